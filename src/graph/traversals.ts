/**
 * The named hops: every relationship field of the API, as data. The API builds its traversal resolvers from this
 * list, and a compiler of whole selections can read the same (relationship type, direction, target, roles, one or many).
 */
import type { Typename } from './model.js';
import { Label, Rel } from './vocabulary.js';

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

const hop =
  (direction: 'out' | 'in') =>
  (name: string, rel: Rel, to: Label, description: string, more: Partial<Traversal> = {}): Traversal => ({ name, rel, direction, to, description, ...more });
const out = hop('out');
const inn = hop('in');
const one = { one: true } as const;
const edge = { edge: true } as const;

export const TRAVERSALS: Record<Typename, readonly Traversal[]> = {
  Report: [
    out('author', Rel.AuthoredBy, Label.Person, 'Who wrote the report.', one),
    out('about', Rel.About, Label.Organization, 'The competence centre the report is written for.', one),
  ],
  Organization: [
    out('parent', Rel.PartOf, Label.Organization, 'The larger organisation this one is part of.', one),
    inn('units', Rel.PartOf, Label.Organization, 'Units of this organisation (e.g. Keski-Pohjanmaan keskussairaala of Soite).'),
    inn('bodies', Rel.PartOf, Label.Body, 'Bodies (working groups, networks) this organisation hosts.'),
    out('projects', Rel.ParticipatesIn, Label.Project, 'The projects this organisation takes part in, with its role in each.', {
      ...edge,
      roles: 'rel',
    }),
    inn('people', Rel.AffiliatedWith, Label.Person, 'People with a title at this organisation.', edge),
    inn('seats', Rel.Represents, Label.Seat, 'Seats held on behalf of this organisation (e.g. in the steering group): each member, its deputies, then presenters.', { roles: 'node' }),
    out('memberships', Rel.MemberOf, Label.Body, 'Networks and working groups this organisation is a member of.', edge),
    out('organizes', Rel.Organizes, Label.Entity, 'Events this organisation organises and programmes it coordinates.', edge),
    out('funds', Rel.Funds, Label.Project, 'Projects this organisation funds (empty unless it is a funder).', edge),
  ],
  Funder: [
    out('parent', Rel.FundedWithin, Label.Funder, 'The larger fund this one belongs to (ESR → EU structural funds).', one),
    inn('children', Rel.FundedWithin, Label.Funder, 'Funds within this one.'),
    out('projects', Rel.Funds, Label.Project, 'The funder’s portfolio: the projects it funds.', edge),
  ],
  Person: [
    out('affiliations', Rel.AffiliatedWith, Label.Organization, 'The person’s titles at organisations, as written.', edge),
    inn('seats', Rel.HeldBy, Label.Seat, 'The person’s seats in bodies (member, deputy, presenter): members and their deputies first, then presenters.', { roles: 'node' }),
    out('contributions', Rel.ContributesTo, Label.Entity, 'What the person coordinates, leads or speaks at.', { ...edge, roles: 'rel' }),
    out('memberships', Rel.MemberOf, Label.Body, 'Networks and working groups the person is a member or coordinator of.', edge),
    inn('authored', Rel.AuthoredBy, Label.Report, 'Reports this person wrote.'),
  ],
  Seat: [
    out('person', Rel.HeldBy, Label.Person, 'Who holds the seat.', one),
    out('body', Rel.SeatIn, Label.Body, 'The body the seat is in.', one),
    out('represents', Rel.Represents, Label.Organization, 'The organisation the seat holder represents.', one),
    out('deputyFor', Rel.DeputyFor, Label.Seat, 'For a deputy: the member seat it deputises.', one),
    inn('deputies', Rel.DeputyFor, Label.Seat, 'For a member: the deputy seats (varahenkilöt) of this seat.'),
  ],
  Body: [
    out('organization', Rel.PartOf, Label.Organization, 'The organisation the body belongs to.', one),
    inn('seats', Rel.SeatIn, Label.Seat, 'Seats in the body, in the order the report lists them: each member followed by its deputies (with whom they deputise), then the presenters.', { roles: 'node' }),
    inn('members', Rel.MemberOf, Label.Entity, 'Organisations and people that are members or coordinators.', { ...edge, roles: 'rel' }),
  ],
  Project: [
    out('parent', Rel.SubprojectOf, Label.Project, 'The project this is a sub-project of.', one),
    inn('subprojects', Rel.SubprojectOf, Label.Project, 'Direct sub-projects (osahankkeet).'),
    out('programme', Rel.InProgramme, Label.Programme, 'The programme the project belongs to.', one),
    inn('participants', Rel.ParticipatesIn, Label.Organization, 'Organisations taking part, with their roles.', { ...edge, roles: 'rel' }),
    inn('leads', Rel.ParticipatesIn, Label.Organization, 'The lead organisation(s) (hallinnoija).', { ...edge, fixedRoles: ['LEAD'] }),
    inn('funders', Rel.Funds, Label.Funder, 'Who funds the project.', edge),
    inn('people', Rel.ContributesTo, Label.Person, 'People with a named role in the project.', { ...edge, roles: 'rel' }),
  ],
  Programme: [
    out('parent', Rel.InProgramme, Label.Programme, 'The programme this one is part of.', one),
    inn('children', Rel.InProgramme, Label.Programme, 'Programmes within this one.'),
    inn('projects', Rel.InProgramme, Label.Project, 'Projects in this programme.'),
    inn('coordinators', Rel.Organizes, Label.Organization, 'Organisations that coordinate the programme (e.g. THL).', edge),
  ],
  Event: [
    inn('organizers', Rel.Organizes, Label.Organization, 'Who organised the event.', edge),
    inn('people', Rel.ContributesTo, Label.Person, 'Speakers and other people with a role at the event.', edge),
  ],
  Priority: [inn('evaluations', Rel.Evaluates, Label.Evaluation, 'How the priority was evaluated, by year.')],
  Evaluation: [out('priority', Rel.Evaluates, Label.Priority, 'The evaluated priority.', one)],
};

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
