/**
 * The named hops: every relationship field of the API, as data, gathered by type from the model's relationships. The
 * API builds its traversal resolvers from this, and a compiler of whole selections can read the same (relationship
 * type, direction, target, roles, one or many).
 */
import { ENTITIES, entity, PARTS, RELATIONSHIPS, type Typename } from './model.js';
import { Label, type Rel } from './vocabulary.js';

export interface Traversal {
  /** The field of the entity type. */
  name: string;
  rel: Rel;
  direction: 'out' | 'in';
  /** The label of the nodes it reaches (Label.Entity: more than one kind). */
  to: Label;
  /** At most one neighbour (a seat's person), returned as the entity or null. */
  one?: boolean;
  /** Returns the relationship as its edge type (properties and both ends) rather than the entity it reaches. */
  edge?: boolean;
  /** A `roles` argument that tests the relationship's role, or the reached node's (a seat's role). */
  roles?: 'rel' | 'node';
  /** Only relationships of these roles (a project's leads). */
  fixedRoles?: readonly string[];
  /**
   * An `includeParts` argument: the hop also starts from the node's parts (PARTS). Not given in the model: every
   * to-many hop of the kind that has parts gets it (traversals.ts), except the parts relationship itself.
   */
  parts?: boolean;
  description: string;
}

/** A field that shows the same node as another type (an organisation that funds, as a Funder and back). */
export interface SameNode {
  name: string;
  as: Typename;
  /** The node is that type only when it carries this label. */
  when: Label;
  description: string;
}

/**
 * Whether folding parts into their organisation makes sense for a traversal: any list from the kind that has parts
 * (an organisation's projects, seats, memberships, hosted bodies, people, events, funded projects), but not the parts
 * tree itself (`units` with its parts would be the units of its units, which `units` of each answers).
 */
const foldsParts = (typename: Typename, t: Traversal): boolean =>
  entity(typename).label === PARTS.label && !t.one && !(t.rel === PARTS.rel && t.to === PARTS.label);

const gathered = (typename: Typename): Traversal[] =>
  RELATIONSHIPS.flatMap((r) =>
    r.api
      .filter((f) => f.on === typename)
      .map(({ on: _on, ...f }) => ({ ...f, rel: r.type }))
      .map((t) => (foldsParts(typename, t) ? { ...t, parts: true } : t)),
  );

/** Each type's traversal fields, gathered from the relationships of the model (their `api` entries). */
export const TRAVERSALS = {} as Record<Typename, readonly Traversal[]>;
for (const { typename } of ENTITIES) TRAVERSALS[typename] = gathered(typename);

export const SAME_NODE: Partial<Record<Typename, readonly SameNode[]>> = {
  Organization: [
    { name: 'asFunder', as: 'Funder', when: Label.Funder, description: 'This organisation as a funder, when it funds projects (e.g. STEA).' },
  ],
  Funder: [
    { name: 'organization', as: 'Organization', when: Label.Organization, description: 'The organisation, when the funder is one (STEA, THL).' },
  ],
};

/** Field names that show the node they are asked on (their fields are read from the same row). */
export const SAME_NODE_FIELDS: ReadonlySet<string> = new Set(
  Object.values(SAME_NODE).flatMap((fields) => fields.map((f) => f.name)),
);
