/**
 * The graph model: which kinds of entity there are and how relationships connect them, said once. The import plan
 * and its reference checks, the API's traversal fields, lists and search, the analytics memberships and the benchmark
 * peer read it (like neo4j/graphql's schema-model, read by both its schema generation and its Cypher translation).
 * Names (labels, relationship types, enumerations) come from vocabulary.ts; this file says how they fit together.
 */
import {
  Label,
  MembershipRole,
  OrganizingRole,
  ParticipationRole,
  PersonRole,
  Rel,
  SeatRole,
} from './vocabulary.js';
import { NAME_PROPERTIES } from './codecs.js';
import type { Fields } from './properties.js';
import type { Traversal } from './traversals.js';

/** The GraphQL type of each kind of entity; also the name the model uses for it. */
export type Typename =
  | 'Report'
  | 'Organization'
  | 'Funder'
  | 'Person'
  | 'Seat'
  | 'Body'
  | 'Project'
  | 'Programme'
  | 'Event'
  | 'Priority'
  | 'Evaluation';

/** The lists of a seed file that define entities (seeds/README.md). */
export type SeedList =
  | 'organizations'
  | 'funders'
  | 'people'
  | 'bodies'
  | 'seats'
  | 'programmes'
  | 'projects'
  | 'events'
  | 'priorities'
  | 'evaluations';

export interface EntityModel {
  typename: Typename;
  /** The node label; every entity node also carries Label.Entity. */
  label: Label;
  /** The prefix of keys this kind gets (`org:kosti-ry`); official ids such as `fi-ytunnus:` are organisations too. */
  keyPrefix: string;
  /** The seed list that defines it (the report is the file itself). */
  seedList: SeedList | null;
  /** In the full-text index (see search). */
  searchable: boolean;
  /** Properties its neighbours are ordered by when a traversal reaches it (then the key). */
  order: readonly string[];
  /**
   * Reached by a traversal, nodes sort in groups before `order`: a node sorts with the node it reaches along `with`
   * (a deputy seat right after the member seat it deputises, the member first), and nodes whose role is in `last`
   * come after every group (presenters after the members and deputies).
   */
  orderGroups?: { with: Rel; last: readonly string[] };
  /** A role the node itself carries (a seat's), which a traversal's `roles` argument tests. */
  roles?: { enum: string; values: readonly string[] };
  /** Another kind one node can be too (an organisation that funds carries both labels; its key is not `funder:`). */
  sameNodeAs?: Typename;
}

/**
 * In vocabulary order, which is also the order of status counts. Where a node has two labels (an organisation that
 * funds), the first entity here whose label it carries names its type: Organization before Funder.
 */
export const ENTITIES: readonly EntityModel[] = [
  { typename: 'Report', label: Label.Report, keyPrefix: 'report', seedList: null, searchable: false, order: ['title'] },
  { typename: 'Organization', label: Label.Organization, keyPrefix: 'org', seedList: 'organizations', searchable: true, order: ['name'] },
  {
    typename: 'Funder',
    label: Label.Funder,
    keyPrefix: 'funder',
    seedList: 'funders',
    searchable: true,
    order: ['name'],
    sameNodeAs: 'Organization',
  },
  { typename: 'Person', label: Label.Person, keyPrefix: 'person', seedList: 'people', searchable: true, order: ['name'] },
  {
    typename: 'Seat',
    label: Label.Seat,
    keyPrefix: 'seat',
    seedList: 'seats',
    searchable: false,
    // Members in key order (keys carry the represented organisation and the report's numbering), each followed by
    // its deputies, then the presenters.
    order: ['key'],
    orderGroups: { with: Rel.DeputyFor, last: ['PRESENTER'] },
    roles: { enum: 'SeatRole', values: SeatRole },
  },
  { typename: 'Body', label: Label.Body, keyPrefix: 'body', seedList: 'bodies', searchable: true, order: ['name'] },
  { typename: 'Project', label: Label.Project, keyPrefix: 'project', seedList: 'projects', searchable: true, order: ['name'] },
  { typename: 'Programme', label: Label.Programme, keyPrefix: 'programme', seedList: 'programmes', searchable: true, order: ['name'] },
  { typename: 'Event', label: Label.Event, keyPrefix: 'event', seedList: 'events', searchable: true, order: ['name'] },
  { typename: 'Priority', label: Label.Priority, keyPrefix: 'priority', seedList: 'priorities', searchable: true, order: ['code'] },
  { typename: 'Evaluation', label: Label.Evaluation, keyPrefix: 'evaluation', seedList: 'evaluations', searchable: false, order: ['year', 'region'] },
];

const byTypename = new Map(ENTITIES.map((e) => [e.typename, e]));
const byLabel = new Map(ENTITIES.map((e) => [e.label as string, e]));

export function entity(typename: Typename): EntityModel {
  return byTypename.get(typename)!;
}

/** The entity a label names (undefined for Entity, which every kind carries). */
export function entityOfLabel(label: Label): EntityModel | undefined {
  return byLabel.get(label);
}

/** Which GraphQL type a node is, from its labels (an organisation that funds is still an Organization). */
export function typenameOf(labels: readonly string[]): Typename | undefined {
  return ENTITIES.find((e) => labels.includes(e.label))?.typename;
}

/** The type a key's prefix names (`org:kosti-ry` → Organization); official ids (`fi-ytunnus:`) name none. */
export const TYPE_BY_KEY_PREFIX: Readonly<Record<string, Typename>> = Object.fromEntries(ENTITIES.map((e) => [e.keyPrefix, e.typename]));

/**
 * What entities are called, as stored: properties holding one name, and properties holding lists of other spellings
 * (aliases) or of other keys (official ids such as `fi-ytunnus:0123456-7`). A lookup by name or by another key tests
 * these (src/api/engine/keys.ts).
 */
export const NAMING = {
  names: ['name', 'shortName', ...Object.values(NAME_PROPERTIES)],
  aliases: ['aliases'],
  keys: ['identifiers'],
} as const;

/** The labels an analyst sees as kinds of entity (ImportRun, GraphMeta and Entity are bookkeeping). */
export const ENTITY_LABELS: readonly Label[] = ENTITIES.map((e) => e.label);

/** The labels the full-text search finds, by EntityKind name (ORGANIZATION, …). */
export const SEARCHABLE: ReadonlyMap<string, Label> = new Map(
  ENTITIES.filter((e) => e.searchable).map((e) => [e.typename.toUpperCase(), e.label]),
);

// ---------------------------------------------------------------------------------------------------------------

/** One end of a relationship as an API edge shows it: its field name, and its type when it is one kind. */
export interface EdgeEnd {
  name: string;
  typename: Typename | 'Entity';
  description: string;
}

/** Where a relationship is written in a seed file, as seen from the item of `list` that states it. */
export interface SeedLink {
  list: SeedList | 'report';
  /** The item's field: a key, an object holding the key in `ref`, or a list of such objects. */
  field: string;
  ref?: string;
  /** The kind the key must name (checked against the keys the same file defines). */
  target: Typename;
  /** The item is the relationship's `from` end (default) or its `to` end (a project's participants). */
  item?: 'from' | 'to';
  /** Where the role comes from: a field of the object, or a fixed value (an event's organisers). */
  role?: { field: string } | { value: string };
  /** Relationship properties copied from the object (a title); the first also tells two of them apart. */
  props?: readonly string[];
}

export interface RelationshipModel {
  type: Rel;
  from: readonly Label[];
  to: readonly Label[];
  /** The role enumeration of its `role` property. */
  roles?: { enum: string; values: readonly string[] };
  /** The GraphQL edge type that shows the relationship itself: its properties (as in properties.ts) and two ends. */
  edge?: { typename: string; description: string; fields?: Fields; from: EdgeEnd; to: EdgeEnd };
  /** Its traversal fields in the API (traversals.ts gathers them by type). */
  api: readonly RelationshipField[];
  seed: readonly SeedLink[];
}

/** A traversal field the relationship gives the type `on`: `out` from its `from` end, `inn` from its `to` end. */
export type RelationshipField = Omit<Traversal, 'rel'> & { on: Typename };

const field =
  (direction: 'out' | 'in') =>
  (on: Typename, name: string, to: Label, description: string, more: Partial<Traversal> = {}): RelationshipField => ({
    on,
    name,
    direction,
    to,
    description,
    ...more,
  });
const out = field('out');
const inn = field('in');
const one = { one: true } as const;
const edge = { edge: true } as const;

export const RELATIONSHIPS: readonly RelationshipModel[] = [
  {
    type: Rel.AuthoredBy,
    from: [Label.Report],
    to: [Label.Person],
    api: [
      out('Report', 'author', Label.Person, 'Who wrote the report.', one),
      inn('Person', 'authored', Label.Report, 'Reports this person wrote.'),
    ],
    seed: [{ list: 'report', field: 'author', target: 'Person' }],
  },
  {
    type: Rel.About,
    from: [Label.Report],
    to: [Label.Organization],
    api: [
      out('Report', 'about', Label.Organization, 'The competence centre the report is written for.', one),
    ],
    seed: [{ list: 'report', field: 'about', target: 'Organization' }],
  },
  {
    type: Rel.PartOf,
    from: [Label.Organization, Label.Body],
    to: [Label.Organization],
    api: [
      out('Organization', 'parent', Label.Organization, 'The larger organisation this one is part of.', one),
      inn('Organization', 'units', Label.Organization, 'Units of this organisation (e.g. Keski-Pohjanmaan keskussairaala of Soite).'),
      inn('Organization', 'bodies', Label.Body, 'Bodies (working groups, networks) this organisation hosts.'),
      out('Body', 'organization', Label.Organization, 'The organisation the body belongs to.', one),
    ],
    seed: [
      { list: 'organizations', field: 'partOf', ref: 'organization', target: 'Organization' },
      { list: 'bodies', field: 'partOf', ref: 'organization', target: 'Organization' },
    ],
  },
  {
    type: Rel.FundedWithin,
    from: [Label.Funder],
    to: [Label.Funder],
    api: [
      out('Funder', 'parent', Label.Funder, 'The larger fund this one belongs to (ESR → EU structural funds).', one),
      inn('Funder', 'children', Label.Funder, 'Funds within this one.'),
    ],
    seed: [{ list: 'funders', field: 'within', ref: 'funder', target: 'Funder' }],
  },
  {
    type: Rel.AffiliatedWith,
    from: [Label.Person],
    to: [Label.Organization],
    edge: {
      typename: 'Affiliation',
      description: 'A person’s title at an organisation, as written in the report.',
      fields: { title: ['String?', 'Title as written, e.g. kehittämissuunnittelija.'] },
      from: { name: 'person', typename: 'Person', description: 'The person.' },
      to: { name: 'organization', typename: 'Organization', description: 'The organisation.' },
    },
    api: [
      inn('Organization', 'people', Label.Person, 'People with a title at this organisation.', edge),
      out('Person', 'affiliations', Label.Organization, 'The person’s titles at organisations, as written.', edge),
    ],
    seed: [{ list: 'people', field: 'affiliations', ref: 'organization', target: 'Organization', props: ['title'] }],
  },
  {
    type: Rel.MemberOf,
    from: [Label.Organization, Label.Person],
    to: [Label.Body],
    roles: { enum: 'MembershipRole', values: MembershipRole },
    edge: {
      typename: 'BodyMembership',
      description: 'An organisation or person that is a member of a body.',
      fields: {
        role: ['MembershipRole', 'Member, coordinator or host.'],
        ended: ['Boolean?', 'True when a report states that the membership ended that year.'],
      },
      from: { name: 'member', typename: 'Entity', description: 'The member: an Organization or a Person.' },
      to: { name: 'body', typename: 'Body', description: 'The body.' },
    },
    api: [
      out('Organization', 'memberships', Label.Body, 'Networks and working groups this organisation is a member of.', edge),
      out('Person', 'memberships', Label.Body, 'Networks and working groups the person is a member or coordinator of.', edge),
      inn('Body', 'members', Label.Entity, 'Organisations and people that are members or coordinators.', { ...edge, roles: 'rel' }),
    ],
    seed: [
      { list: 'bodies', field: 'members', ref: 'organization', target: 'Organization', item: 'to', role: { field: 'role' }, props: ['ended'] },
      { list: 'bodies', field: 'members', ref: 'person', target: 'Person', item: 'to', role: { field: 'role' }, props: ['ended'] },
    ],
  },
  {
    type: Rel.HeldBy,
    from: [Label.Seat],
    to: [Label.Person],
    api: [
      inn('Person', 'seats', Label.Seat, 'The person’s seats in bodies (member, deputy, presenter): members and their deputies first, then presenters.', { roles: 'node' }),
      out('Seat', 'person', Label.Person, 'Who holds the seat.', one),
    ],
    seed: [{ list: 'seats', field: 'person', target: 'Person' }],
  },
  {
    type: Rel.SeatIn,
    from: [Label.Seat],
    to: [Label.Body],
    api: [
      out('Seat', 'body', Label.Body, 'The body the seat is in.', one),
      inn('Body', 'seats', Label.Seat, 'Seats in the body, in the order the report lists them: each member followed by its deputies (with whom they deputise), then the presenters.', { roles: 'node' }),
    ],
    seed: [{ list: 'seats', field: 'body', target: 'Body' }],
  },
  {
    type: Rel.Represents,
    from: [Label.Seat],
    to: [Label.Organization],
    api: [
      inn('Organization', 'seats', Label.Seat, 'Seats held on behalf of this organisation (e.g. in the steering group): each member, its deputies, then presenters.', { roles: 'node' }),
      out('Seat', 'represents', Label.Organization, 'The organisation the seat holder represents.', one),
    ],
    seed: [{ list: 'seats', field: 'represents', target: 'Organization' }],
  },
  {
    type: Rel.DeputyFor,
    from: [Label.Seat],
    to: [Label.Seat],
    api: [
      out('Seat', 'deputyFor', Label.Seat, 'For a deputy: the member seat it deputises.', one),
      inn('Seat', 'deputies', Label.Seat, 'For a member: the deputy seats (varahenkilöt) of this seat.'),
    ],
    seed: [{ list: 'seats', field: 'deputyFor', target: 'Seat' }],
  },
  {
    type: Rel.InProgramme,
    from: [Label.Project, Label.Programme],
    to: [Label.Programme],
    api: [
      out('Project', 'programme', Label.Programme, 'The programme the project belongs to.', one),
      out('Programme', 'parent', Label.Programme, 'The programme this one is part of.', one),
      inn('Programme', 'children', Label.Programme, 'Programmes within this one.'),
      inn('Programme', 'projects', Label.Project, 'Projects in this programme.'),
    ],
    seed: [
      { list: 'programmes', field: 'partOf', ref: 'programme', target: 'Programme' },
      { list: 'projects', field: 'programme', ref: 'programme', target: 'Programme' },
    ],
  },
  {
    type: Rel.Organizes,
    from: [Label.Organization],
    to: [Label.Event, Label.Programme],
    roles: { enum: 'OrganizingRole', values: OrganizingRole },
    edge: {
      typename: 'Organizing',
      description: 'An organisation organises an event or coordinates a programme.',
      fields: { role: ['String', 'ORGANIZER (events) or COORDINATOR (programmes).'] },
      from: { name: 'organization', typename: 'Organization', description: 'The organisation.' },
      to: { name: 'target', typename: 'Entity', description: 'The event or programme.' },
    },
    api: [
      out('Organization', 'organizes', Label.Entity, 'Events this organisation organises and programmes it coordinates.', edge),
      inn('Programme', 'coordinators', Label.Organization, 'Organisations that coordinate the programme (e.g. THL).', edge),
      inn('Event', 'organizers', Label.Organization, 'Who organised the event.', edge),
    ],
    seed: [
      { list: 'programmes', field: 'coordinators', ref: 'organization', target: 'Organization', item: 'to', role: { value: 'COORDINATOR' } },
      { list: 'events', field: 'organizers', ref: 'organization', target: 'Organization', item: 'to', role: { value: 'ORGANIZER' } },
    ],
  },
  {
    type: Rel.SubprojectOf,
    from: [Label.Project],
    to: [Label.Project],
    api: [
      out('Project', 'parent', Label.Project, 'The project this is a sub-project of.', one),
      inn('Project', 'subprojects', Label.Project, 'Direct sub-projects (osahankkeet).'),
    ],
    seed: [{ list: 'projects', field: 'subprojectOf', ref: 'project', target: 'Project' }],
  },
  {
    type: Rel.ParticipatesIn,
    from: [Label.Organization],
    to: [Label.Project],
    roles: { enum: 'ParticipationRole', values: ParticipationRole },
    edge: {
      typename: 'ProjectParticipation',
      description: 'An organisation’s part in a project, with its role (lead, partner, …).',
      fields: { role: ['ParticipationRole', 'LEAD (hallinnoija), PARTNER, CO_IMPLEMENTER, COORDINATOR or SUPPORTER.'] },
      from: { name: 'organization', typename: 'Organization', description: 'The organisation.' },
      to: { name: 'project', typename: 'Project', description: 'The project.' },
    },
    api: [
      out('Organization', 'projects', Label.Project, 'The projects this organisation takes part in, with its role in each.', {
        ...edge,
        roles: 'rel',
      }),
      inn('Project', 'participants', Label.Organization, 'Organisations taking part, with their roles.', { ...edge, roles: 'rel' }),
      inn('Project', 'leads', Label.Organization, 'The lead organisation(s) (hallinnoija).', { ...edge, fixedRoles: ['LEAD'] }),
    ],
    seed: [{ list: 'projects', field: 'participants', ref: 'organization', target: 'Organization', item: 'to', role: { field: 'role' } }],
  },
  {
    type: Rel.Funds,
    from: [Label.Funder],
    to: [Label.Project],
    edge: {
      typename: 'Funding',
      description: 'A funder funds a project.',
      from: { name: 'funder', typename: 'Funder', description: 'The funder.' },
      to: { name: 'project', typename: 'Project', description: 'The funded project.' },
    },
    api: [
      out('Organization', 'funds', Label.Project, 'Projects this organisation funds (empty unless it is a funder).', edge),
      out('Funder', 'projects', Label.Project, 'The funder’s portfolio: the projects it funds.', edge),
      inn('Project', 'funders', Label.Funder, 'Who funds the project.', edge),
    ],
    seed: [{ list: 'projects', field: 'funders', ref: 'funder', target: 'Funder', item: 'to' }],
  },
  {
    type: Rel.ContributesTo,
    from: [Label.Person],
    to: [Label.Project, Label.Body, Label.Event, Label.Programme],
    roles: { enum: 'PersonRole', values: PersonRole },
    edge: {
      typename: 'Contribution',
      description: 'A person’s part in a project, event, body or programme.',
      fields: { role: ['PersonRole', 'Coordinator, lead, speaker, responsible, …'] },
      from: { name: 'person', typename: 'Person', description: 'The person.' },
      to: { name: 'target', typename: 'Entity', description: 'What the person contributes to.' },
    },
    api: [
      out('Person', 'contributions', Label.Entity, 'What the person coordinates, leads or speaks at.', { ...edge, roles: 'rel' }),
      inn('Project', 'people', Label.Person, 'People with a named role in the project.', { ...edge, roles: 'rel' }),
      inn('Event', 'people', Label.Person, 'Speakers and other people with a role at the event.', edge),
    ],
    seed: [
      { list: 'projects', field: 'people', ref: 'person', target: 'Person', item: 'to', role: { field: 'role' } },
      { list: 'events', field: 'people', ref: 'person', target: 'Person', item: 'to', role: { field: 'role' } },
    ],
  },
  {
    type: Rel.Evaluates,
    from: [Label.Evaluation],
    to: [Label.Priority],
    api: [
      inn('Priority', 'evaluations', Label.Evaluation, 'How the priority was evaluated, by year.'),
      out('Evaluation', 'priority', Label.Priority, 'The evaluated priority.', one),
    ],
    seed: [{ list: 'evaluations', field: 'priority', target: 'Priority' }],
  },
];

const relByType = new Map(RELATIONSHIPS.map((r) => [r.type as string, r]));

export function relationship(type: Rel): RelationshipModel {
  const found = relByType.get(type);
  if (!found) throw new Error(`not a relationship of the model: ${type}`);
  return found;
}

/**
 * What an organisation's parts are: the organisations PART_OF it (a university centre of a university, a hospital of
 * a joint authority), transitively up to `depth` levels. `includeParts` on lists and collaborators folds them into it.
 */
export const PARTS = { rel: Rel.PartOf, label: Label.Organization, depth: 5 } as const;

/** The relationship types that state facts of the reports (not the import's bookkeeping): what a connection follows. */
export const FACT_RELATIONSHIPS: readonly Rel[] = RELATIONSHIPS.map((r) => r.type);

// ---------------------------------------------------------------------------------------------------------------

/** One step of a path: a relationship type, its direction, and the label of the node it reaches. */
export interface Step {
  rel: Rel;
  direction: 'out' | 'in';
  to: Label;
}

/**
 * What ties a member (an organisation or a person) to an item of the collaboration network: a path from the member
 * to the item, and which element states the year (the relationship, or for a seat the seat node).
 */
export interface Membership {
  member: 'Organization' | 'Person';
  path: readonly Step[];
  yearOn: 'rel' | 'node';
}

const viaSeat = (rel: Rel): Step[] => [
  { rel, direction: 'in', to: Label.Seat },
  { rel: Rel.SeatIn, direction: 'out', to: Label.Body },
];

/** Shared projects, bodies (membership, a seat, hosting) and events make two members collaborators. */
export const MEMBERSHIPS: readonly Membership[] = [
  { member: 'Organization', path: [{ rel: Rel.ParticipatesIn, direction: 'out', to: Label.Project }], yearOn: 'rel' },
  { member: 'Organization', path: [{ rel: Rel.MemberOf, direction: 'out', to: Label.Body }], yearOn: 'rel' },
  { member: 'Organization', path: viaSeat(Rel.Represents), yearOn: 'node' },
  { member: 'Organization', path: [{ rel: Rel.PartOf, direction: 'in', to: Label.Body }], yearOn: 'rel' },
  { member: 'Organization', path: [{ rel: Rel.Organizes, direction: 'out', to: Label.Event }], yearOn: 'rel' },
  { member: 'Person', path: [{ rel: Rel.ContributesTo, direction: 'out', to: Label.Project }], yearOn: 'rel' },
  { member: 'Person', path: [{ rel: Rel.ContributesTo, direction: 'out', to: Label.Event }], yearOn: 'rel' },
  { member: 'Person', path: [{ rel: Rel.ContributesTo, direction: 'out', to: Label.Body }], yearOn: 'rel' },
  { member: 'Person', path: [{ rel: Rel.MemberOf, direction: 'out', to: Label.Body }], yearOn: 'rel' },
  { member: 'Person', path: viaSeat(Rel.HeldBy), yearOn: 'node' },
];
