import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DEFAULT_TIES } from '../../../analytics/network.js';
import { BodyKind } from '../../engine/enums.js';
import { Entity, Fact, Source } from '../../engine/fact.type.js';
// The generated object types (src/api/engine/entity-types.ts) these analytics types point at.
import { named, type GraphObject } from '../../engine/entity-types.js';

const Body = named('Body');
type Body = GraphObject;
const Funder = named('Funder');
type Funder = GraphObject;
const Organization = named('Organization');
type Organization = GraphObject;
const Person = named('Person');
type Person = GraphObject;
const Priority = named('Priority');
type Priority = GraphObject;
const Project = named('Project');
type Project = GraphObject;
const ProjectParticipation = named('ProjectParticipation');
type ProjectParticipation = GraphObject;

@ObjectType({
  implements: Fact,
  description: 'How one member is involved in a shared item: the relationship, its role, and the quotes that state it.',
})
export class Involvement extends Fact {
  @Field(() => Entity, { description: 'The member (organisation or person).' })
  member!: Entity;

  @Field(() => String, {
    description:
      'How: PARTICIPATES_IN a project, MEMBER_OF a body, REPRESENTS (an organisation’s seat in a body) or HELD_BY (a person’s), PART_OF (a body the organisation hosts), ORGANIZES an event, CONTRIBUTES_TO.',
  })
  relationship!: string;

  @Field(() => String, { nullable: true, description: 'Its role (LEAD, PARTNER, MEMBER, COORDINATOR, DEPUTY, PRESENTER, SPEAKER, …), where it has one.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'The title the seat is held with, for a seat.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the seat, for an involvement through a seat.' })
  seat?: string | null;
}

@ObjectType({ description: 'The evidence for one shared item of a tie: each side’s involvement in it, with quotes.' })
export class TieEvidence {
  @Field(() => Entity, { description: 'The shared project, body or event.' })
  item!: Entity;

  @Field(() => [Involvement], {
    description: 'How each of the two members is involved, the first member’s first (for collaborators: the one asked about).',
  })
  involvements!: Involvement[];
}

/** What a tie's evidence is read from: its two members, their kind, the shared items, the year and region. */
export interface TieRef {
  kind: 'Organization' | 'Person';
  /** The two members, the first first; with `includeParts`, the first member's parts after the two. */
  members: string[];
  items: string[];
  year: number | null;
  /** The region's reports the tie was found in (null: every report). */
  reports: string[] | null;
}

@ObjectType({ description: 'Someone an organisation (or person) works with, and through what.' })
export class Collaborator {
  @Field(() => Entity, { description: 'The collaborator: an Organization (or a Person, for people).' })
  entity!: Entity;

  @Field(() => Organization, { nullable: true, description: 'The collaborator, when it is an organisation.' })
  organization?: Organization | null;

  @Field(() => Person, { nullable: true, description: 'The collaborator, when it is a person.' })
  person?: Person | null;

  @Field(() => Int, { description: 'How many projects, bodies and events the two share.' })
  weight!: number;

  @Field(() => [Entity], { description: 'The shared projects, bodies and events.' })
  via!: Entity[];

  /** Read by the `evidence` field only when asked. */
  tie!: TieRef;
}

@ObjectType({ description: 'A member of the collaboration network with its centrality and community.' })
export class NetworkNode {
  @Field(() => String, { description: 'Key of the organisation (or person).' })
  key!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { description: 'Its kind (OrganizationKind values; PERSON for people).' })
  kind!: string;

  @Field(() => Int, { description: 'Number of collaborators.' })
  degree!: number;

  @Field(() => Float, { description: 'Sum of shared items over all collaborators.' })
  weightedDegree!: number;

  @Field(() => Float, { description: 'Normalised betweenness: how often it lies on the shortest path between two others (brokers score high).' })
  betweenness!: number;

  @Field(() => Float, { description: 'PageRank over tie strength.' })
  pagerank!: number;

  @Field(() => Int, { description: 'Community number (Louvain, seeded; 0 is the largest community).' })
  community!: number;

  @Field(() => Int, { description: 'Rank by the requested measure (1 = highest); in `network`, rank by betweenness.' })
  rank!: number;

  @Field(() => Float, {
    description:
      'Where the member is drawn: the network’s layout (ForceAtlas2 from a seed layout by community, deterministic, computed once per graph version; members without a tie in rows below), the same positions as in the exported files. y points up.',
  })
  x!: number;

  @Field(() => Float, { description: 'See `x`.' })
  y!: number;
}

@InputType({
  description:
    'Which shared items tie two members, and how much each counts. The default leaves out the steering group: it seats most organisations, so with it they are all tied to each other (2020: a 10-clique, 45 of the 49 ties) and the project ties disappear in it (see the README).',
})
export class TieChoiceInput {
  @Field(() => Boolean, { defaultValue: DEFAULT_TIES.projects, description: 'Shared projects tie.' })
  projects!: boolean;

  @Field(() => Boolean, { defaultValue: DEFAULT_TIES.events, description: 'Shared events (organised together) tie.' })
  events!: boolean;

  @Field(() => [BodyKind], {
    defaultValue: DEFAULT_TIES.bodyKinds,
    description: 'Bodies of these kinds tie their members (seats, membership, hosting). Add STEERING_GROUP for the steering group; [] for no bodies.',
  })
  bodyKinds!: (keyof typeof BodyKind)[];

  @Field(() => [String], { nullable: true, description: 'Only these bodies (keys) tie, whatever their kind; overrides `bodyKinds`.' })
  bodies?: string[] | null;

  @Field(() => Float, { defaultValue: 1, description: 'What one shared project adds to a tie’s strength (PageRank, communities).' })
  projectWeight!: number;

  @Field(() => Float, { defaultValue: 1, description: 'What one shared body adds to a tie’s strength.' })
  bodyWeight!: number;

  @Field(() => Float, { defaultValue: 1, description: 'What one shared event adds to a tie’s strength.' })
  eventWeight!: number;
}

@ObjectType({ description: 'A project, body or event two members share.' })
export class SharedItem {
  @Field(() => String, { description: 'Its key.' })
  key!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { description: 'Project, Body or Event.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'The body’s kind (STEERING_GROUP, NETWORK, …); null for projects and events.' })
  kind?: string | null;
}

@ObjectType({ description: 'A tie of the collaboration network.' })
export class NetworkEdge {
  @Field(() => String, { description: 'Key of one member.' })
  source!: string;

  @Field(() => String, { description: 'Key of the other member.' })
  target!: string;

  @Field(() => Int, { description: 'Number of shared items.' })
  weight!: number;

  @Field(() => [String], { description: 'Keys of the shared projects, bodies and events.' })
  via!: string[];

  @Field(() => Float, { description: 'Sum of the shared items’ weights under the tie choice (= weight with the default weights of 1).' })
  strength!: number;

  @Field(() => [SharedItem], { description: 'The shared projects, bodies and events, named, with type and kind.' })
  items!: SharedItem[];

  /** Read by the `evidence` field only when asked (absent where a tie has no single year view, e.g. comparisons). */
  tie?: TieRef;
}

@ObjectType({ description: 'The collaboration network of a year: members linked by shared projects, bodies and events.' })
export class CollaborationNetwork {
  @Field(() => Int, { nullable: true, description: 'The year, or null for all years together.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'The region asked for, or null for every region.' })
  region?: string | null;

  @Field(() => [NetworkNode], { description: 'Members, highest betweenness first.' })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { description: 'Ties between members.' })
  edges!: NetworkEdge[];

  @Field(() => Int, { description: 'Number of communities found.' })
  communityCount!: number;

  @Field(() => Float, { description: 'Modularity of the community partition.' })
  modularity!: number;

  @Field(() => Boolean, {
    description: 'False when the network is too large for exact betweenness and it was estimated from 256 sampled sources.',
  })
  betweennessExact!: boolean;

  @Field(() => String, { description: 'The tie choice in words, e.g. "shared projects; shared bodies of kind NETWORK, WORKING_GROUP; shared events".' })
  ties!: string;

  @Field(() => Int, { description: 'Members without any tie under this choice.' })
  isolatedCount!: number;
}

@ObjectType({ description: 'A community of the collaboration network.' })
export class Community {
  @Field(() => Int, { description: 'Community number, 0 = largest.' })
  id!: number;

  @Field(() => Int, { description: 'Number of members.' })
  size!: number;

  @Field(() => [NetworkNode], { description: 'Members, most central first.' })
  members!: NetworkNode[];
}

@ObjectType({ implements: Fact, description: 'One step of a connection: a relationship between two entities, with its quotes.' })
export class PathStep extends Fact {
  @Field(() => Entity, { description: 'The entity the step starts from (in path order).' })
  from!: Entity;

  @Field(() => Entity, { description: 'The entity the step leads to.' })
  to!: Entity;

  @Field(() => String, { description: 'Relationship type, e.g. PARTICIPATES_IN.' })
  type!: string;

  @Field(() => Boolean, { description: 'True when the relationship points from `from` to `to` in the graph; false when it is followed backwards.' })
  forward!: boolean;

  @Field(() => String, { nullable: true, description: 'The role or title on the relationship, if any.' })
  role?: string | null;
}

@ObjectType({ description: 'A shortest connection between two entities, as typed steps.' })
export class ConnectionPath {
  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field(() => [Entity], { description: 'The entities along the way, from start to end.' })
  nodes!: Entity[];

  @Field(() => [PathStep], { description: 'The steps, in order.' })
  steps!: PathStep[];
}

@ObjectType({ implements: Fact, description: 'A funded project in a portfolio, with who runs it.' })
export class PortfolioProject extends Fact {
  @Field(() => Project, { description: 'The project.' })
  project!: Project;

  @Field(() => [Organization], { description: 'Its lead organisations.' })
  leads!: Organization[];

  @Field(() => [ProjectParticipation], { description: 'All organisations taking part, with roles.' })
  participants!: ProjectParticipation[];
}

@ObjectType({ description: 'What a funder funds in a year (or all years) and whom it reaches.' })
export class FunderPortfolio {
  @Field(() => Funder, { description: 'The funder.' })
  funder!: Funder;

  @Field(() => Int, { nullable: true, description: 'The year, or null for all years.' })
  year?: number | null;

  @Field(() => Int, { description: 'Number of funded projects.' })
  projectCount!: number;

  @Field(() => [PortfolioProject], { description: 'The funded projects.' })
  projects!: PortfolioProject[];

  @Field(() => Int, { description: 'Number of distinct organisations taking part in funded projects.' })
  organizationCount!: number;

  @Field(() => [Organization], { description: 'The organisations reached through the funded projects.' })
  organizations!: Organization[];
}

export const YearChangeKind = { CONTINUED: 'CONTINUED', APPEARED: 'APPEARED', ENDED: 'ENDED', NOT_MENTIONED: 'NOT_MENTIONED' } as const;
registerEnumType(YearChangeKind, {
  name: 'YearChange',
  description: 'How an item stands in the later year: continued, appeared, ended (stated, or absent from a complete list), or simply not mentioned (open world: not evidence of an end).',
});
export const EndedByKind = { STATED: 'STATED', ABSENT_FROM_COMPLETE_LIST: 'ABSENT_FROM_COMPLETE_LIST' } as const;
registerEnumType(EndedByKind, { name: 'EndedBy', description: 'Why an item ended: the later report says so, or it is missing from a list that report declares complete.' });

@ObjectType({ description: 'One item compared between two years, with the quotes the answer rests on.' })
export class ItemChange {
  @Field(() => String, { description: 'Its key.' })
  key!: string;

  @Field(() => Entity, { nullable: true, description: 'The entity, as the year it was last stated in gives it.' })
  entity?: Entity | null;

  @Field(() => YearChangeKind, { description: 'Continued, appeared, ended or not mentioned.' })
  change!: keyof typeof YearChangeKind;

  @Field(() => EndedByKind, { nullable: true, description: 'For ENDED: stated, or absent from a complete list.' })
  endedBy?: keyof typeof EndedByKind | null;

  @Field(() => [Source], { description: 'The later year’s quotes (ended by a complete list: the list’s quotes; not mentioned: the earlier year’s).' })
  sources!: Source[];
}

@ObjectType({ description: 'An organisation’s or person’s place in a body compared between two years (whichever seat it holds).' })
export class HolderChange {
  @Field(() => Body, { nullable: true, description: 'The body.' })
  body?: Body | null;

  @Field(() => Entity, { nullable: true, description: 'The organisation or person.' })
  holder?: Entity | null;

  @Field(() => YearChangeKind, { description: 'Continued, appeared, ended or not mentioned.' })
  change!: keyof typeof YearChangeKind;

  @Field(() => EndedByKind, { nullable: true, description: 'For ENDED: stated, or absent from a complete list.' })
  endedBy?: keyof typeof EndedByKind | null;

  @Field(() => [Source], { description: 'The quotes the answer rests on.' })
  sources!: Source[];
}

@ObjectType({ description: 'Entities compared between two years: each as continued, appeared, ended or not mentioned.' })
export class EntityChange {
  @Field(() => [ItemChange], { description: 'Every item of either year (except those already ended in the earlier), in key order.' })
  items!: ItemChange[];

  @Field(() => [Entity], { description: 'Named in both years, not ended.' })
  continued!: Entity[];

  @Field(() => [Entity], { description: 'Ended: stated by the later report, or absent from a list it declares complete.' })
  ended!: Entity[];

  @Field(() => [Entity], { description: 'Named in the earlier year, not in the later, whose report does not declare its list complete: not evidence of an end.' })
  notMentioned!: Entity[];

  @Field(() => [Entity], { description: 'Named in the later year, not in the earlier.' })
  appeared!: Entity[];

  @Field(() => [Entity], { description: 'Named in the earlier year, not in the later: ended and notMentioned together.' })
  disappeared!: Entity[];

  @Field(() => Int, { description: 'Named in both years.' })
  kept!: number;
}

@ObjectType({ description: 'Collaborations that appeared or disappeared between two years.' })
export class CollaborationChange {
  @Field(() => [NetworkEdge], { description: 'Ties in the later year, not in the earlier.' })
  appeared!: NetworkEdge[];

  @Field(() => [NetworkEdge], { description: 'Ties in the earlier year, not in the later.' })
  disappeared!: NetworkEdge[];

  @Field(() => Int, { description: 'Ties in both years.' })
  kept!: number;
}

@ObjectType({ description: 'How a priority’s score moved between two years in one region.' })
export class ScoreChange {
  @Field(() => Priority, { nullable: true, description: 'The priority.' })
  priority?: Priority | null;

  @Field(() => String, { description: 'The region.' })
  region!: string;

  @Field(() => Float, { nullable: true, description: 'Score in the earlier year.' })
  from?: number | null;

  @Field(() => Float, { nullable: true, description: 'Score in the later year.' })
  to?: number | null;

  @Field(() => Float, { nullable: true, description: 'Later minus earlier; null when a year has no score.' })
  change?: number | null;
}

@ObjectType({ description: 'What changed between two report years.' })
export class YearComparison {
  @Field(() => Int, { description: 'The earlier year.' })
  from!: number;

  @Field(() => Int, { description: 'The later year.' })
  to!: number;

  @Field(() => EntityChange, { description: 'Organisations.' })
  organizations!: EntityChange;

  @Field(() => EntityChange, { description: 'Projects.' })
  projects!: EntityChange;

  @Field(() => String, { nullable: true, description: 'The region compared (both years’ reports of it), or null for all regions.' })
  region?: string | null;

  @Field(() => EntityChange, { description: 'Seats (steering-group and other seat lists), by seat.' })
  seats!: EntityChange;

  @Field(() => [HolderChange], { description: 'Seats by body and organisation: whether the organisation kept a seat in the body, whichever.' })
  seatsByOrganization!: HolderChange[];

  @Field(() => [HolderChange], { description: 'Seats by body and person: whether the person kept a seat in the body, whichever.' })
  seatsByPerson!: HolderChange[];

  @Field(() => [HolderChange], { description: 'Memberships of networks and working groups (a body’s `members`).' })
  memberships!: HolderChange[];

  @Field(() => EntityChange, { description: 'The strategic priorities (a complete list where the report says so).' })
  priorities!: EntityChange;

  @Field(() => CollaborationChange, { description: 'Organisation–organisation collaborations.' })
  collaborations!: CollaborationChange;

  @Field(() => [ScoreChange], { description: 'Priority scores, by priority and region.' })
  priorityScores!: ScoreChange[];
}
