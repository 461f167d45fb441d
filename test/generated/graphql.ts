/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A person’s title at an organisation, as written in the report. */
export type Affiliation = Fact & {
  __typename?: 'Affiliation';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** The organisation. */
  organization: Organization;
  /** The person. */
  person: Person;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** Title as written, e.g. kehittämissuunnittelija. */
  title?: Maybe<Scalars['String']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A person’s title at an organisation, as written in the report. */
export type AffiliationHistoryArgs = {
  fields?: InputMaybe<Array<AffiliationField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The per-year fields of Affiliation: what history(fields:) can list. */
export type AffiliationField =
  | 'title';

/** Counts for dashboards, each by one dimension; `year` of `aggregates` applies to all. */
export type Aggregates = {
  __typename?: 'Aggregates';
  /** Organisations counted by a dimension, among those the filter selects. */
  organizationsBy: Array<Bucket>;
  /** Projects counted by a dimension, among those the filter selects (e.g. a funder’s projects by status). */
  projectsBy: Array<Bucket>;
  /** Seats counted by a dimension (by organisation: how many seats each one holds, in every body). */
  seatsBy: Array<Bucket>;
};


/** Counts for dashboards, each by one dimension; `year` of `aggregates` applies to all. */
export type AggregatesOrganizationsByArgs = {
  dimension: OrganizationDimension;
  filter?: InputMaybe<OrganizationFilter>;
  first?: Scalars['Int']['input'];
};


/** Counts for dashboards, each by one dimension; `year` of `aggregates` applies to all. */
export type AggregatesProjectsByArgs = {
  dimension: ProjectDimension;
  filter?: InputMaybe<ProjectFilter>;
  first?: Scalars['Int']['input'];
};


/** Counts for dashboards, each by one dimension; `year` of `aggregates` applies to all. */
export type AggregatesSeatsByArgs = {
  dimension: SeatDimension;
  first?: Scalars['Int']['input'];
};

/** A body: the regional steering group (alueohjausryhmä), a network or a working group. */
export type Body = Entity & Fact & {
  __typename?: 'Body';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Numbers the report states without naming each thing it counts (six associations, four applications), each with its quote. */
  counts: Array<Count>;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** Steering group, network, working group, … */
  kind: BodyKind;
  /** Meetings per year, where stated (newest report). */
  meetingsPerYear?: Maybe<Scalars['Float']['output']>;
  /** Organisations and people that are members or coordinators. */
  members: Array<BodyMembership>;
  /** True when the report lists the body’s whole membership for its year. */
  membersComplete?: Maybe<Scalars['Boolean']['output']>;
  /** How many members there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  membersCount: Scalars['Int']['output'];
  /** Name as written. */
  name: Scalars['String']['output'];
  /** Names in other languages, where known. */
  names?: Maybe<Names>;
  /** The organisation the body belongs to. */
  organization?: Maybe<Organization>;
  /** Seats in the body, in the order the report lists them: each member followed by its deputies (with whom they deputise), then the presenters. */
  seats: Array<Seat>;
  /** True when the report lists every seat of the body for its year. */
  seatsComplete?: Maybe<Scalars['Boolean']['output']>;
  /** How many seats there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  seatsCount: Scalars['Int']['output'];
  /** Number of members, where stated. */
  size?: Maybe<Scalars['Int']['output']>;
  /** True when the stated size is approximate (“noin 15”). */
  sizeApproximate?: Maybe<Scalars['Boolean']['output']>;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** What the body does or deals with, e.g. dialogiset menetelmät. As written (the quote naming `topics` in its fields states them); the lists filter by them (`topic`). */
  topics: Array<Scalars['String']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A body: the regional steering group (alueohjausryhmä), a network or a working group. */
export type BodyHistoryArgs = {
  fields?: InputMaybe<Array<BodyField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/** A body: the regional steering group (alueohjausryhmä), a network or a working group. */
export type BodyMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<MembershipRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: the regional steering group (alueohjausryhmä), a network or a working group. */
export type BodyMembersCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<MembershipRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: the regional steering group (alueohjausryhmä), a network or a working group. */
export type BodySeatsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<SeatRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: the regional steering group (alueohjausryhmä), a network or a working group. */
export type BodySeatsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<SeatRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of bodys (Relay connection). */
export type BodyConnection = {
  __typename?: 'BodyConnection';
  /** The items of this page, in order. */
  edges: Array<BodyEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole filtered list (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One body in a page, with its cursor. */
export type BodyEdge = {
  __typename?: 'BodyEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The body. */
  node: Body;
};

/** The per-year fields of Body: what history(fields:) can list. */
export type BodyField =
  | 'kind'
  | 'meetingsPerYear'
  | 'membersComplete'
  | 'name'
  | 'nameEn'
  | 'nameFi'
  | 'nameSv'
  | 'seatsComplete'
  | 'size'
  | 'sizeApproximate';

/** Which bodies to list. */
export type BodyFilter = {
  /** All of these. */
  AND?: InputMaybe<Array<BodyFilter>>;
  /** Not this. */
  NOT?: InputMaybe<BodyFilter>;
  /** Any of these. */
  OR?: InputMaybe<Array<BodyFilter>>;
  /** With `organization`: its parts count as it (a university centre for its university, a hospital for its joint authority). */
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<BodyKind>>;
  /** Belongs to this organisation (key), e.g. org:soite. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** Named in a report of this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Does or deals with this (one of its `topics`, case-insensitive), e.g. dialogiset menetelmät. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** Named in the report of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Steering group, network, working group, … */
export type BodyKind =
  | 'MANAGEMENT_GROUP'
  | 'NETWORK'
  | 'OTHER'
  | 'STEERING_GROUP'
  | 'WORKING_GROUP';

/** An organisation or person that is a member of a body. */
export type BodyMembership = Fact & {
  __typename?: 'BodyMembership';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** The body. */
  body: Body;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** True when a report states that the membership ended that year. */
  ended?: Maybe<Scalars['Boolean']['output']>;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** The member: an Organization or a Person. */
  member: Entity;
  /** Member, coordinator or host. */
  role: MembershipRole;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** An organisation or person that is a member of a body. */
export type BodyMembershipHistoryArgs = {
  fields?: InputMaybe<Array<BodyMembershipField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The per-year fields of BodyMembership: what history(fields:) can list. */
export type BodyMembershipField =
  | 'ended'
  | 'role';

/** Sort bodies by name or key. */
export type BodySort =
  | 'KEY'
  | 'NAME';

/** One group of an aggregate and how many it holds, largest first. */
export type Bucket = {
  __typename?: 'Bucket';
  /** How many are in the group (each counted once per group; with a relationship dimension one may be in several). */
  count: Scalars['Int']['output'];
  /** The name of the entity a key names. */
  label?: Maybe<Scalars['String']['output']>;
  /** The group: an enumeration value (ONGOING), a key (funder:esr) or a year (2020); null for those with none (no programme). */
  value?: Maybe<Scalars['String']['output']>;
};

/** Degree, weighted degree, betweenness (brokers) or PageRank. */
export type CentralityMeasure =
  | 'BETWEENNESS'
  | 'DEGREE'
  | 'PAGERANK'
  | 'WEIGHTED_DEGREE';

/** Collaborations that appeared or disappeared between two years. */
export type CollaborationChange = {
  __typename?: 'CollaborationChange';
  /** Ties in the later year, not in the earlier. */
  appeared: Array<NetworkEdge>;
  /** Ties in the earlier year, not in the later. */
  disappeared: Array<NetworkEdge>;
  /** Ties in both years. */
  kept: Scalars['Int']['output'];
};

/** The collaboration network of a year: members linked by shared projects, bodies and events. */
export type CollaborationNetwork = {
  __typename?: 'CollaborationNetwork';
  /** False when the network is too large for exact betweenness and it was estimated from 256 sampled sources. */
  betweennessExact: Scalars['Boolean']['output'];
  /** Number of communities found. */
  communityCount: Scalars['Int']['output'];
  /** Ties between members. */
  edges: Array<NetworkEdge>;
  /** Members without any tie under this choice. */
  isolatedCount: Scalars['Int']['output'];
  /** Modularity of the community partition. */
  modularity: Scalars['Float']['output'];
  /** Members, highest betweenness first. */
  nodes: Array<NetworkNode>;
  /** The region asked for, or null for every region. */
  region?: Maybe<Scalars['String']['output']>;
  /** The tie choice in words, e.g. "shared projects; shared bodies of kind NETWORK, WORKING_GROUP; shared events". */
  ties: Scalars['String']['output'];
  /** The year, or null for all years together. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Someone an organisation (or person) works with, and through what. */
export type Collaborator = {
  __typename?: 'Collaborator';
  /** The collaborator: an Organization (or a Person, for people). */
  entity: Entity;
  /** For each shared item, how each side is involved in it: its relationship, role and the quotes that state it (the participation quotes of both organisations). */
  evidence: Array<TieEvidence>;
  /** The collaborator, when it is an organisation. */
  organization?: Maybe<Organization>;
  /** The collaborator, when it is a person. */
  person?: Maybe<Person>;
  /** The shared projects, bodies and events. */
  via: Array<Entity>;
  /** How many projects, bodies and events the two share. */
  weight: Scalars['Int']['output'];
};

/** A community of the collaboration network. */
export type Community = {
  __typename?: 'Community';
  /** Community number, 0 = largest. */
  id: Scalars['Int']['output'];
  /** Members, most central first. */
  members: Array<NetworkNode>;
  /** Number of members. */
  size: Scalars['Int']['output'];
};

/** A shortest connection between two entities, as typed steps. */
export type ConnectionPath = {
  __typename?: 'ConnectionPath';
  /** Number of steps. */
  length: Scalars['Int']['output'];
  /** The entities along the way, from start to end. */
  nodes: Array<Entity>;
  /** The steps, in order. */
  steps: Array<PathStep>;
};

/** A person’s part in a project, event, body or programme. */
export type Contribution = Fact & {
  __typename?: 'Contribution';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** The person. */
  person: Person;
  /** Coordinator, lead, speaker, responsible, … */
  role: PersonRole;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** What the person contributes to. */
  target: Entity;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A person’s part in a project, event, body or programme. */
export type ContributionHistoryArgs = {
  fields?: InputMaybe<Array<ContributionField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The per-year fields of Contribution: what history(fields:) can list. */
export type ContributionField =
  | 'role';

/** A number the report states without naming each thing it counts, with the quote that states it. */
export type Count = {
  __typename?: 'Count';
  /** True when the report gives the number as approximate (“noin”). */
  approximate: Scalars['Boolean']['output'];
  /** How many, e.g. 6. */
  count: Scalars['Int']['output'];
  /** The quote that states the number. */
  source?: Maybe<Source>;
  /** What is counted, e.g. associations or federations supported in applying for STEA funding. */
  what: Scalars['String']['output'];
};

/** Why an item ended: the later report says so, or it is missing from a list that report declares complete. */
export type EndedBy =
  | 'ABSENT_FROM_COMPLETE_LIST'
  | 'STATED';

/** A node of the graph: an organisation, person, project, … Every entity has a stable key. */
export type Entity = {
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};

/** Entities compared between two years: each as continued, appeared, ended or not mentioned. */
export type EntityChange = {
  __typename?: 'EntityChange';
  /** Named in the later year, not in the earlier. */
  appeared: Array<Entity>;
  /** Named in both years, not ended. */
  continued: Array<Entity>;
  /** Named in the earlier year, not in the later: ended and notMentioned together. */
  disappeared: Array<Entity>;
  /** Ended: stated by the later report, or absent from a list it declares complete. */
  ended: Array<Entity>;
  /** Every item of either year (except those already ended in the earlier), in key order. */
  items: Array<ItemChange>;
  /** Named in both years. */
  kept: Scalars['Int']['output'];
  /** Named in the earlier year, not in the later, whose report does not declare its list complete: not evidence of an end. */
  notMentioned: Array<Entity>;
};

/** The kinds of entity in the graph. */
export type EntityKind =
  | 'BODY'
  | 'EVALUATION'
  | 'EVENT'
  | 'FUNDER'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PRIORITY'
  | 'PROGRAMME'
  | 'PROJECT'
  | 'REPORT'
  | 'SEAT';

/** A priority’s evaluated realisation in one year and region. */
export type Evaluation = Entity & Fact & {
  __typename?: 'Evaluation';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** The evaluated priority. */
  priority?: Maybe<Priority>;
  /** The region, e.g. Keski-Pohjanmaa. */
  region: Scalars['String']['output'];
  /** How many answered, e.g. 13. */
  respondents?: Maybe<Scalars['Int']['output']>;
  /** Highest value of the scale (5 = toteutunut erittäin hyvin). */
  scaleMax: Scalars['Float']['output'];
  /** Lowest value of the scale (1 = ei toteutunut). */
  scaleMin: Scalars['Float']['output'];
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** How many were asked, e.g. 19. */
  surveyed?: Maybe<Scalars['Int']['output']>;
  /** Mean score, e.g. 4.2. */
  value: Scalars['Float']['output'];
  /** The evaluated year. */
  year: Scalars['Int']['output'];
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A priority’s evaluated realisation in one year and region. */
export type EvaluationHistoryArgs = {
  fields?: InputMaybe<Array<EvaluationField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A page of evaluations (Relay connection). */
export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  /** The items of this page, in order. */
  edges: Array<EvaluationEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole filtered list (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One evaluation in a page, with its cursor. */
export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The evaluation. */
  node: Evaluation;
};

/** The per-year fields of Evaluation: what history(fields:) can list. */
export type EvaluationField =
  | 'region'
  | 'respondents'
  | 'scaleMax'
  | 'scaleMin'
  | 'surveyed'
  | 'value'
  | 'year';

/** Which evaluations to list. */
export type EvaluationFilter = {
  /** All of these. */
  AND?: InputMaybe<Array<EvaluationFilter>>;
  /** Not this. */
  NOT?: InputMaybe<EvaluationFilter>;
  /** Any of these. */
  OR?: InputMaybe<Array<EvaluationFilter>>;
  /** Scores at most this. */
  maxValue?: InputMaybe<Scalars['Float']['input']>;
  /** Scores at least this. */
  minValue?: InputMaybe<Scalars['Float']['input']>;
  /** Evaluates this priority (key). */
  priority?: InputMaybe<Scalars['String']['input']>;
  /** The region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Scores exactly this, e.g. 4.2. */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** The evaluated year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort evaluations by score, year or key. */
export type EvaluationSort =
  | 'KEY'
  | 'VALUE'
  | 'YEAR';

/** An event: a seminar, theme afternoon, conference days, study trip. */
export type Event = Entity & Fact & {
  __typename?: 'Event';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Numbers the report states without naming each thing it counts (six associations, four applications), each with its quote. */
  counts: Array<Count>;
  /** Date, YYYY-MM-DD, where stated. */
  date?: Maybe<Scalars['String']['output']>;
  /** On site, online or hybrid. */
  format?: Maybe<EventFormat>;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** Month, YYYY-MM, where only the month is known (or from the date). */
  month?: Maybe<Scalars['String']['output']>;
  /** Name as written. */
  name: Scalars['String']['output'];
  /** Who organised the event. */
  organizers: Array<Organizing>;
  /** How many organizers there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  organizersCount: Scalars['Int']['output'];
  /** Speakers and other people with a role at the event. */
  people: Array<Contribution>;
  /** How many people there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  peopleCount: Scalars['Int']['output'];
  /** Place, e.g. Kokkola. */
  place?: Maybe<Scalars['String']['output']>;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** Planned, held or cancelled. */
  status: EventStatus;
  /** What the event covered, e.g. AVAIN, Omaolo, Suomi.fi. As written (the quote naming `topics` in its fields states them); the lists filter by them (`topic`). */
  topics: Array<Scalars['String']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** An event: a seminar, theme afternoon, conference days, study trip. */
export type EventHistoryArgs = {
  fields?: InputMaybe<Array<EventField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/** An event: a seminar, theme afternoon, conference days, study trip. */
export type EventOrganizersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An event: a seminar, theme afternoon, conference days, study trip. */
export type EventOrganizersCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An event: a seminar, theme afternoon, conference days, study trip. */
export type EventPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An event: a seminar, theme afternoon, conference days, study trip. */
export type EventPeopleCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of events (Relay connection). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The items of this page, in order. */
  edges: Array<EventEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole filtered list (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One event in a page, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** The per-year fields of Event: what history(fields:) can list. */
export type EventField =
  | 'date'
  | 'format'
  | 'month'
  | 'name'
  | 'place'
  | 'status';

/** Which events to list. */
export type EventFilter = {
  /** All of these. */
  AND?: InputMaybe<Array<EventFilter>>;
  /** Not this. */
  NOT?: InputMaybe<EventFilter>;
  /** Any of these. */
  OR?: InputMaybe<Array<EventFilter>>;
  /** Any of these formats. */
  formats?: InputMaybe<Array<EventFormat>>;
  /** Organised by this organisation (key). */
  organizer?: InputMaybe<Scalars['String']['input']>;
  /** Named in a report of this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses. */
  statuses?: InputMaybe<Array<EventStatus>>;
  /** Part of the name or place. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Covered this topic (one of its `topics`, case-insensitive), e.g. Omaolo. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** Named in the report of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** On site, online or hybrid. */
export type EventFormat =
  | 'HYBRID'
  | 'ONLINE'
  | 'ON_SITE';

/** Sort events by date (or month), name or key. */
export type EventSort =
  | 'DATE'
  | 'KEY'
  | 'NAME';

/** Planned, held or cancelled. */
export type EventStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'PLANNED';

/** A statement of the reports: which years state it, with the quotes it rests on. */
export type Fact = {
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};

/** What one report stated of one field: a line of a history. */
export type FieldStatement = {
  __typename?: 'FieldStatement';
  /** The field, e.g. meetingsPerYear. */
  field: Scalars['String']['output'];
  /** The value when it is true or false. */
  flag?: Maybe<Scalars['Boolean']['output']>;
  /** The value when it is a number. */
  number?: Maybe<Scalars['Float']['output']>;
  /** The report’s region. */
  region?: Maybe<Scalars['String']['output']>;
  /** Key of the report. */
  reportKey: Scalars['String']['output'];
  /** The quotes that report gives this fact. */
  sources: Array<Source>;
  /** The value as text (numbers and flags too). */
  value: Scalars['String']['output'];
  /** The report year. */
  year: Scalars['Int']['output'];
};

/** A funder: a fund (ESR, EU structural funds, state research funding) or an organisation that funds (STEA). */
export type Funder = Entity & Fact & {
  __typename?: 'Funder';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Funds within this one. */
  children: Array<Funder>;
  /** How many children there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  childrenCount: Scalars['Int']['output'];
  /** What kind of funder it is. */
  funderKind: FunderKind;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** Name of the fund or funding organisation. */
  name: Scalars['String']['output'];
  /** Names in other languages, e.g. en: European Social Fund. */
  names?: Maybe<Names>;
  /** The organisation, when the funder is one (STEA, THL). */
  organization?: Maybe<Organization>;
  /** The larger fund this one belongs to (ESR → EU structural funds). */
  parent?: Maybe<Funder>;
  /** The funder’s portfolio: the projects it funds. */
  projects: Array<Funding>;
  /** How many projects there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  projectsCount: Scalars['Int']['output'];
  /** Abbreviation, e.g. ESR, STEA. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A funder: a fund (ESR, EU structural funds, state research funding) or an organisation that funds (STEA). */
export type FunderChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A funder: a fund (ESR, EU structural funds, state research funding) or an organisation that funds (STEA). */
export type FunderChildrenCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A funder: a fund (ESR, EU structural funds, state research funding) or an organisation that funds (STEA). */
export type FunderHistoryArgs = {
  fields?: InputMaybe<Array<FunderField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/** A funder: a fund (ESR, EU structural funds, state research funding) or an organisation that funds (STEA). */
export type FunderProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A funder: a fund (ESR, EU structural funds, state research funding) or an organisation that funds (STEA). */
export type FunderProjectsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of funders (Relay connection). */
export type FunderConnection = {
  __typename?: 'FunderConnection';
  /** The items of this page, in order. */
  edges: Array<FunderEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole filtered list (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One funder in a page, with its cursor. */
export type FunderEdge = {
  __typename?: 'FunderEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The funder. */
  node: Funder;
};

/** The per-year fields of Funder: what history(fields:) can list. */
export type FunderField =
  | 'funderKind'
  | 'name'
  | 'nameEn'
  | 'nameFi'
  | 'nameSv'
  | 'shortName';

/** Which funders to list. */
export type FunderFilter = {
  /** All of these. */
  AND?: InputMaybe<Array<FunderFilter>>;
  /** Not this. */
  NOT?: InputMaybe<FunderFilter>;
  /** Any of these. */
  OR?: InputMaybe<Array<FunderFilter>>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<FunderKind>>;
  /** Part of the name or abbreviation. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Named in the report of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of funder: an EU fund, a state agency, state funding, … */
export type FunderKind =
  | 'EU_FUND'
  | 'EU_PROGRAMME'
  | 'FOUNDATION'
  | 'OTHER'
  | 'STATE_AGENCY'
  | 'STATE_FUNDING';

/** What a funder funds in a year (or all years) and whom it reaches. */
export type FunderPortfolio = {
  __typename?: 'FunderPortfolio';
  /** The funder. */
  funder: Funder;
  /** Number of distinct organisations taking part in funded projects. */
  organizationCount: Scalars['Int']['output'];
  /** The organisations reached through the funded projects. */
  organizations: Array<Organization>;
  /** Number of funded projects. */
  projectCount: Scalars['Int']['output'];
  /** The funded projects. */
  projects: Array<PortfolioProject>;
  /** The year, or null for all years. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Sort funders by name or key. */
export type FunderSort =
  | 'KEY'
  | 'NAME';

/** A funder funds a project. */
export type Funding = Fact & {
  __typename?: 'Funding';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** The funder. */
  funder: Funder;
  /** The funded project. */
  project: Project;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};

/** An organisation’s or person’s place in a body compared between two years (whichever seat it holds). */
export type HolderChange = {
  __typename?: 'HolderChange';
  /** The body. */
  body?: Maybe<Body>;
  /** Continued, appeared, ended or not mentioned. */
  change: YearChange;
  /** For ENDED: stated, or absent from a complete list. */
  endedBy?: Maybe<EndedBy>;
  /** The organisation or person. */
  holder?: Maybe<Entity>;
  /** The quotes the answer rests on. */
  sources: Array<Source>;
};

/** How one member is involved in a shared item: the relationship, its role, and the quotes that state it. */
export type Involvement = Fact & {
  __typename?: 'Involvement';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** The member (organisation or person). */
  member: Entity;
  /** How: PARTICIPATES_IN a project, MEMBER_OF a body, REPRESENTS (an organisation’s seat in a body) or HELD_BY (a person’s), PART_OF (a body the organisation hosts), ORGANIZES an event, CONTRIBUTES_TO. */
  relationship: Scalars['String']['output'];
  /** Its role (LEAD, PARTNER, MEMBER, COORDINATOR, DEPUTY, PRESENTER, SPEAKER, …), where it has one. */
  role?: Maybe<Scalars['String']['output']>;
  /** Key of the seat, for an involvement through a seat. */
  seat?: Maybe<Scalars['String']['output']>;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The title the seat is held with, for a seat. */
  title?: Maybe<Scalars['String']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};

/** One item compared between two years, with the quotes the answer rests on. */
export type ItemChange = {
  __typename?: 'ItemChange';
  /** Continued, appeared, ended or not mentioned. */
  change: YearChange;
  /** For ENDED: stated, or absent from a complete list. */
  endedBy?: Maybe<EndedBy>;
  /** The entity, as the year it was last stated in gives it. */
  entity?: Maybe<Entity>;
  /** Its key. */
  key: Scalars['String']['output'];
  /** The later year’s quotes (ended by a complete list: the list’s quotes; not mentioned: the earlier year’s). */
  sources: Array<Source>;
};

/** How many nodes of one kind the graph holds. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** Number of nodes with that label. */
  count: Scalars['Int']['output'];
  /** The node label, e.g. Organization. */
  label: Scalars['String']['output'];
};

/** Role of a member in a network or working group. */
export type MembershipRole =
  | 'COORDINATOR'
  | 'HOST'
  | 'MEMBER';

/** A name in the other languages of the region, where known. */
export type Names = {
  __typename?: 'Names';
  /** English. */
  en?: Maybe<Scalars['String']['output']>;
  /** Finnish. */
  fi?: Maybe<Scalars['String']['output']>;
  /** Swedish. */
  sv?: Maybe<Scalars['String']['output']>;
};

/** A tie of the collaboration network. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** For each shared item, how each side is involved in it: its relationship, role and the quotes that state it (the participation quotes of both organisations). Empty for ties of a comparison. */
  evidence: Array<TieEvidence>;
  /** The shared projects, bodies and events, named, with type and kind. */
  items: Array<SharedItem>;
  /** Key of one member. */
  source: Scalars['String']['output'];
  /** Sum of the shared items’ weights under the tie choice (= weight with the default weights of 1). */
  strength: Scalars['Float']['output'];
  /** Key of the other member. */
  target: Scalars['String']['output'];
  /** Keys of the shared projects, bodies and events. */
  via: Array<Scalars['String']['output']>;
  /** Number of shared items. */
  weight: Scalars['Int']['output'];
};

/** A network file format. */
export type NetworkFormat =
  /** Cytoscape.js elements JSON (`cytoscape({ elements })`, Cytoscape desktop CYJS). */
  | 'CYTOSCAPE_JSON'
  /** GEXF 1.3 with viz colour, size and position and a filled <meta> (Gephi). */
  | 'GEXF'
  /** GraphML with `label` and yEd node graphics (yEd, Gephi, NetworkX, Cytoscape desktop). */
  | 'GRAPHML'
  /** graphology’s serialized graph (`Graph.from(json)`; sigma.js). */
  | 'GRAPHOLOGY_JSON'
  /** The API’s own { year, nodes, edges }, as `network` answers. */
  | 'JSON';

/** Whose network: organisations (default) or people. */
export type NetworkMembers =
  | 'ORGANIZATIONS'
  | 'PEOPLE';

/** A member of the collaboration network with its centrality and community. */
export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** Normalised betweenness: how often it lies on the shortest path between two others (brokers score high). */
  betweenness: Scalars['Float']['output'];
  /** Community number (Louvain, seeded; 0 is the largest community). */
  community: Scalars['Int']['output'];
  /** Number of collaborators. */
  degree: Scalars['Int']['output'];
  /** Key of the organisation (or person). */
  key: Scalars['String']['output'];
  /** Its kind (OrganizationKind values; PERSON for people). */
  kind: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** PageRank over tie strength. */
  pagerank: Scalars['Float']['output'];
  /** Rank by the requested measure (1 = highest); in `network`, rank by betweenness. */
  rank: Scalars['Int']['output'];
  /** Sum of shared items over all collaborators. */
  weightedDegree: Scalars['Float']['output'];
  /** Where the member is drawn: the network’s layout (ForceAtlas2 from a seed layout by community, deterministic, computed once per graph version; members without a tie in rows below), the same positions as in the exported files. y points up. */
  x: Scalars['Float']['output'];
  /** See `x`. */
  y: Scalars['Float']['output'];
};

/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type Organization = Entity & Fact & {
  __typename?: 'Organization';
  /** Other spellings used in the reports; all of them are this organisation. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** This organisation as a funder, when it funds projects (e.g. STEA). */
  asFunder?: Maybe<Funder>;
  /** Bodies (working groups, networks) this organisation hosts. */
  bodies: Array<Body>;
  /** How many bodies there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  bodiesCount: Scalars['Int']['output'];
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Projects this organisation funds (empty unless it is a funder). */
  funds: Array<Funding>;
  /** How many funds there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  fundsCount: Scalars['Int']['output'];
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Official identifiers as scheme:value, e.g. fi-ytunnus:0123456-7. */
  identifiers: Array<Scalars['String']['output']>;
  /** True when the organisation also funds projects (see asFunder). */
  isFunder: Scalars['Boolean']['output'];
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** What kind of organisation it is. */
  kind: OrganizationKind;
  /** Networks and working groups this organisation is a member of. */
  memberships: Array<BodyMembership>;
  /** How many memberships there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  membershipsCount: Scalars['Int']['output'];
  /** Name as written in the report (fullest form). */
  name: Scalars['String']['output'];
  /** Names in other languages, where known. */
  names?: Maybe<Names>;
  /** Events this organisation organises and programmes it coordinates. */
  organizes: Array<Organizing>;
  /** How many organizes there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  organizesCount: Scalars['Int']['output'];
  /** The larger organisation this one is part of. */
  parent?: Maybe<Organization>;
  /** People with a title at this organisation. */
  people: Array<Affiliation>;
  /** How many people there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  peopleCount: Scalars['Int']['output'];
  /** The projects this organisation takes part in, with its role in each. */
  projects: Array<ProjectParticipation>;
  /** How many projects there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  projectsCount: Scalars['Int']['output'];
  /** Seats held on behalf of this organisation (e.g. in the steering group): each member, its deputies, then presenters. */
  seats: Array<Seat>;
  /** How many seats there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  seatsCount: Scalars['Int']['output'];
  /** Short name or abbreviation, e.g. Soite. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** Units of this organisation (e.g. Keski-Pohjanmaan keskussairaala of Soite). */
  units: Array<Organization>;
  /** How many units there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  unitsCount: Scalars['Int']['output'];
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationBodiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationBodiesCountArgs = {
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationFundsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationFundsCountArgs = {
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationHistoryArgs = {
  fields?: InputMaybe<Array<OrganizationField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationMembershipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationMembershipsCountArgs = {
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationOrganizesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationOrganizesCountArgs = {
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationPeopleCountArgs = {
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<ParticipationRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationProjectsCountArgs = {
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<ParticipationRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationSeatsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<SeatRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationSeatsCountArgs = {
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<SeatRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationUnitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: Soite, Centria AMK, Kosti ry, THL, … */
export type OrganizationUnitsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organisations (Relay connection). */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The items of this page, in order. */
  edges: Array<OrganizationEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole filtered list (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** What organisations are counted by: kind or report year. */
export type OrganizationDimension =
  | 'KIND'
  | 'YEAR';

/** One organisation in a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organization;
};

/** The per-year fields of Organization: what history(fields:) can list. */
export type OrganizationField =
  | 'kind'
  | 'name'
  | 'nameEn'
  | 'nameFi'
  | 'nameSv'
  | 'shortName';

/** Which organisations to list. Fields combine with AND; use AND/OR/NOT for more. */
export type OrganizationFilter = {
  /** All of these. */
  AND?: InputMaybe<Array<OrganizationFilter>>;
  /** Not this. */
  NOT?: InputMaybe<OrganizationFilter>;
  /** Any of these. */
  OR?: InputMaybe<Array<OrganizationFilter>>;
  /** Has a seat in, or is a member of, this body (key). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Takes part in a project funded by this funder (key), e.g. funder:esr. */
  funder?: InputMaybe<Scalars['String']['input']>;
  /** Only organisations that (do not) fund projects. */
  isFunder?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Has this role in at least one project. */
  projectRole?: InputMaybe<ParticipationRole>;
  /** Named in a report of this region, e.g. Keski-Pohjanmaa. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, short name or an alias (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Named in the report of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of organisation it is. */
export type OrganizationKind =
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'COMPETENCE_CENTRE'
  | 'FOREIGN_ORGANIZATION'
  | 'FOUNDATION'
  | 'HOSPITAL'
  | 'JOINT_MUNICIPAL_AUTHORITY'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'REGIONAL_COUNCIL'
  | 'STATE_AGENCY'
  | 'SUBREGIONAL_UNIT'
  | 'UNIVERSITY'
  | 'UNIVERSITY_CENTRE'
  | 'UNIVERSITY_OF_APPLIED_SCIENCES'
  | 'VOCATIONAL_COLLEGE';

/** Sort organisations by name or key. */
export type OrganizationSort =
  | 'KEY'
  | 'NAME';

/** An organisation organises an event or coordinates a programme. */
export type Organizing = Fact & {
  __typename?: 'Organizing';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** The organisation. */
  organization: Organization;
  /** ORGANIZER (events) or COORDINATOR (programmes). */
  role: Scalars['String']['output'];
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The event or programme. */
  target: Entity;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** An organisation organises an event or coordinates a programme. */
export type OrganizingHistoryArgs = {
  fields?: InputMaybe<Array<OrganizingField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The per-year fields of Organizing: what history(fields:) can list. */
export type OrganizingField =
  | 'role';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of this page: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start at the beginning of the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An organisation’s role in a project: LEAD (hallinnoija), PARTNER, CO_IMPLEMENTER (osatoteuttaja), COORDINATOR, SUPPORTER. */
export type ParticipationRole =
  | 'COORDINATOR'
  | 'CO_IMPLEMENTER'
  | 'LEAD'
  | 'PARTNER'
  | 'SUPPORTER';

/** One step of a connection: a relationship between two entities, with its quotes. */
export type PathStep = Fact & {
  __typename?: 'PathStep';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** True when the relationship points from `from` to `to` in the graph; false when it is followed backwards. */
  forward: Scalars['Boolean']['output'];
  /** The entity the step starts from (in path order). */
  from: Entity;
  /** The role or title on the relationship, if any. */
  role?: Maybe<Scalars['String']['output']>;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The entity the step leads to. */
  to: Entity;
  /** Relationship type, e.g. PARTICIPATES_IN. */
  type: Scalars['String']['output'];
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};

/** A person named in a report (public report data only: name and titles). */
export type Person = Entity & Fact & {
  __typename?: 'Person';
  /** The person’s titles at organisations, as written. */
  affiliations: Array<Affiliation>;
  /** How many affiliations there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  affiliationsCount: Scalars['Int']['output'];
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** Reports this person wrote. */
  authored: Array<Report>;
  /** How many authored there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  authoredCount: Scalars['Int']['output'];
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** What the person coordinates, leads or speaks at. */
  contributions: Array<Contribution>;
  /** How many contributions there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  contributionsCount: Scalars['Int']['output'];
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** Networks and working groups the person is a member or coordinator of. */
  memberships: Array<BodyMembership>;
  /** How many memberships there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  membershipsCount: Scalars['Int']['output'];
  /** Full name as written. */
  name: Scalars['String']['output'];
  /** The person’s seats in bodies (member, deputy, presenter): members and their deputies first, then presenters. */
  seats: Array<Seat>;
  /** How many seats there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  seatsCount: Scalars['Int']['output'];
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** Every title and role the reports give the person, as written: at organisations, in seats, and without an organisation (hyvinvointikoordinaattori, asiantuntija Tanskasta). Searched with the name. */
  titles: Array<Scalars['String']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonAffiliationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonAffiliationsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonAuthoredArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonAuthoredCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonContributionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<PersonRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonContributionsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<PersonRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonHistoryArgs = {
  fields?: InputMaybe<Array<PersonField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonMembershipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonMembershipsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonSeatsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<SeatRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in a report (public report data only: name and titles). */
export type PersonSeatsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<SeatRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of persons (Relay connection). */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The items of this page, in order. */
  edges: Array<PersonEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole filtered list (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One person in a page, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** The per-year fields of Person: what history(fields:) can list. */
export type PersonField =
  | 'name';

/** Which people to list. */
export type PersonFilter = {
  /** All of these. */
  AND?: InputMaybe<Array<PersonFilter>>;
  /** Not this. */
  NOT?: InputMaybe<PersonFilter>;
  /** Any of these. */
  OR?: InputMaybe<Array<PersonFilter>>;
  /** Has a seat in this body (key), e.g. body:keski-pohjanmaa-alueohjausryhma. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** With `organization`: its parts count as it (a university centre for its university, a hospital for its joint authority). */
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Has a title at, or a seat on behalf of, this organisation (key). */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** Named in a report of this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** With `body` or alone: holds a seat with this role. */
  seatRole?: InputMaybe<SeatRole>;
  /** Part of the name. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Named in the report of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A person’s role in a project, event, body or programme. */
export type PersonRole =
  | 'CONTRIBUTOR'
  | 'COORDINATOR'
  | 'LEAD'
  | 'MEMBER'
  | 'RESPONSIBLE'
  | 'SPEAKER';

/** Sort people by name or key. */
export type PersonSort =
  | 'KEY'
  | 'NAME';

/** A funded project in a portfolio, with who runs it. */
export type PortfolioProject = Fact & {
  __typename?: 'PortfolioProject';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Its lead organisations. */
  leads: Array<Organization>;
  /** All organisations taking part, with roles. */
  participants: Array<ProjectParticipation>;
  /** The project. */
  project: Project;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};

/** One of the strategic priorities of SONet BOTNIA (painopiste). */
export type Priority = Entity & Fact & {
  __typename?: 'Priority';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Number of the priority, 1–7. */
  code: Scalars['Int']['output'];
  /** How the priority was evaluated, by year. */
  evaluations: Array<Evaluation>;
  /** How many evaluations there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  evaluationsCount: Scalars['Int']['output'];
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** Wording of the strategy section heading. */
  title: Scalars['String']['output'];
  /** Every wording the reports use for this priority. */
  titles: Array<Scalars['String']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** One of the strategic priorities of SONet BOTNIA (painopiste). */
export type PriorityEvaluationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** One of the strategic priorities of SONet BOTNIA (painopiste). */
export type PriorityEvaluationsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** One of the strategic priorities of SONet BOTNIA (painopiste). */
export type PriorityHistoryArgs = {
  fields?: InputMaybe<Array<PriorityField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The per-year fields of Priority: what history(fields:) can list. */
export type PriorityField =
  | 'code'
  | 'title';

/** A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma. */
export type Programme = Entity & Fact & {
  __typename?: 'Programme';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Programmes within this one. */
  children: Array<Programme>;
  /** How many children there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  childrenCount: Scalars['Int']['output'];
  /** Organisations that coordinate the programme (e.g. THL). */
  coordinators: Array<Organizing>;
  /** How many coordinators there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  coordinatorsCount: Scalars['Int']['output'];
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** Name as written. */
  name: Scalars['String']['output'];
  /** Names in other languages, where known. */
  names?: Maybe<Names>;
  /** The programme this one is part of. */
  parent?: Maybe<Programme>;
  /** Projects in this programme. */
  projects: Array<Project>;
  /** How many projects there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  projectsCount: Scalars['Int']['output'];
  /** Short name. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma. */
export type ProgrammeChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma. */
export type ProgrammeChildrenCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma. */
export type ProgrammeCoordinatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma. */
export type ProgrammeCoordinatorsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma. */
export type ProgrammeHistoryArgs = {
  fields?: InputMaybe<Array<ProgrammeField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/** A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma. */
export type ProgrammeProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma. */
export type ProgrammeProjectsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of programmes (Relay connection). */
export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  /** The items of this page, in order. */
  edges: Array<ProgrammeEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole filtered list (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One programme in a page, with its cursor. */
export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The programme. */
  node: Programme;
};

/** The per-year fields of Programme: what history(fields:) can list. */
export type ProgrammeField =
  | 'name'
  | 'nameEn'
  | 'nameFi'
  | 'nameSv'
  | 'shortName';

/** Which programmes to list. */
export type ProgrammeFilter = {
  /** All of these. */
  AND?: InputMaybe<Array<ProgrammeFilter>>;
  /** Not this. */
  NOT?: InputMaybe<ProgrammeFilter>;
  /** Any of these. */
  OR?: InputMaybe<Array<ProgrammeFilter>>;
  /** Part of the name. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Named in the report of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort programmes by name or key. */
export type ProgrammeSort =
  | 'KEY'
  | 'NAME';

/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type Project = Entity & Fact & {
  __typename?: 'Project';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Numbers the report states without naming each thing it counts (six associations, four applications), each with its quote. */
  counts: Array<Count>;
  /** Last year of the project, where stated. */
  endYear?: Maybe<Scalars['Int']['output']>;
  /** Who funds the project. */
  funders: Array<Funding>;
  /** How many funders there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  fundersCount: Scalars['Int']['output'];
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** The lead organisation(s) (hallinnoija). */
  leads: Array<ProjectParticipation>;
  /** How many leads (LEAD) there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  leadsCount: Scalars['Int']['output'];
  /** Name as written in the report. */
  name: Scalars['String']['output'];
  /** Names in other languages, where known. */
  names?: Maybe<Names>;
  /** The project this is a sub-project of. */
  parent?: Maybe<Project>;
  /** Organisations taking part, with their roles. */
  participants: Array<ProjectParticipation>;
  /** How many participants there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  participantsCount: Scalars['Int']['output'];
  /** People with a named role in the project. */
  people: Array<Contribution>;
  /** How many people there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  peopleCount: Scalars['Int']['output'];
  /** The programme the project belongs to. */
  programme?: Maybe<Programme>;
  /** Short name, e.g. TASOS. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** First year of the project, where stated. */
  startYear?: Maybe<Scalars['Int']['output']>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** Status in the newest report that states it (see statusHistory). */
  status: ProjectStatus;
  /** The status each report year gave, oldest first. */
  statusHistory: Array<YearStatus>;
  /** Direct sub-projects (osahankkeet). */
  subprojects: Array<Project>;
  /** How many subprojects there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  subprojectsCount: Scalars['Int']['output'];
  /** The fields the project concerns, where the report names them (sosiaalihuolto, vanhuspalvelut). As written (the quote naming `topics` in its fields states them); the lists filter by them (`topic`). */
  topics: Array<Scalars['String']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectFundersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectFundersCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectHistoryArgs = {
  fields?: InputMaybe<Array<ProjectField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectLeadsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectLeadsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<ParticipationRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectParticipantsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<ParticipationRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<PersonRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectPeopleCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<PersonRole>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectSubprojectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, … */
export type ProjectSubprojectsCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of projects (Relay connection). */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** The items of this page, in order. */
  edges: Array<ProjectEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole filtered list (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** What projects are counted by: status (the newest report’s), funder, programme or report year. */
export type ProjectDimension =
  | 'FUNDER'
  | 'PROGRAMME'
  | 'STATUS'
  | 'YEAR';

/** One project in a page, with its cursor. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: Project;
};

/** The per-year fields of Project: what history(fields:) can list. */
export type ProjectField =
  | 'endYear'
  | 'name'
  | 'nameEn'
  | 'nameFi'
  | 'nameSv'
  | 'shortName'
  | 'startYear'
  | 'status';

/** Which projects to list. Fields combine with AND; use AND/OR/NOT for more. */
export type ProjectFilter = {
  /** All of these. */
  AND?: InputMaybe<Array<ProjectFilter>>;
  /** Not this. */
  NOT?: InputMaybe<ProjectFilter>;
  /** Any of these. */
  OR?: InputMaybe<Array<ProjectFilter>>;
  /** Funded by this funder (key), e.g. funder:esr or org:stea. */
  funder?: InputMaybe<Scalars['String']['input']>;
  /** With `organization`: its parts count as it (a university centre for its university, a hospital for its joint authority). */
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  /** This organisation (key) takes part, in the role given by `role` if any. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** Belongs to this programme (key). */
  programme?: InputMaybe<Scalars['String']['input']>;
  /** Named in a report of this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** With `organization`: its role; alone: some organisation has this role. */
  role?: InputMaybe<ParticipationRole>;
  /** Any of these statuses (the newest report’s). */
  statuses?: InputMaybe<Array<ProjectStatus>>;
  /** Is a direct sub-project of this project (key). */
  subprojectOf?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name or short name (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only top-level projects (true) or only sub-projects (false). */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Concerns this field (one of its `topics`, case-insensitive), e.g. sosiaalihuolto or vanhuspalvelut. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** Named in the report of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** An organisation’s part in a project, with its role (lead, partner, …). */
export type ProjectParticipation = Fact & {
  __typename?: 'ProjectParticipation';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** The organisation. */
  organization: Organization;
  /** The project. */
  project: Project;
  /** LEAD (hallinnoija), PARTNER, CO_IMPLEMENTER, COORDINATOR or SUPPORTER. */
  role: ParticipationRole;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** An organisation’s part in a project, with its role (lead, partner, …). */
export type ProjectParticipationHistoryArgs = {
  fields?: InputMaybe<Array<ProjectParticipationField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The per-year fields of ProjectParticipation: what history(fields:) can list. */
export type ProjectParticipationField =
  | 'role';

/** Sort projects by name, key or status. */
export type ProjectSort =
  | 'KEY'
  | 'NAME'
  | 'STATUS';

/** A project’s status as the report states it for its year. */
export type ProjectStatus =
  | 'APPLIED'
  | 'COMPLETED'
  | 'FUNDED'
  | 'INTERRUPTED'
  | 'NOT_STARTED'
  | 'ONGOING'
  | 'PREPARED';

export type Query = {
  __typename?: 'Query';
  /** Counts for dashboards (projects by status, funder, programme, year; organisations by kind; seats by organisation, body, role) in one request. */
  aggregates: Aggregates;
  /** Bodies (steering groups, networks, working groups), filtered, sorted and paged. */
  bodies: BodyConnection;
  /** One body by key, e.g. body:keski-pohjanmaa-alueohjausryhma. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  body?: Maybe<Body>;
  /** Organisations (or people) ranked by a centrality measure in a year’s collaboration network. */
  centrality: Array<NetworkNode>;
  /** Who an organisation (or person) works with, strongest ties first, and through which projects, bodies and events. */
  collaborators: Array<Collaborator>;
  /** Communities of the collaboration network (Louvain, seeded: the same graph and seed give the same answer). */
  communities: Array<Community>;
  /** What changed between two report years: each organisation, project, seat (also by organisation and by person), membership and priority as continued, appeared, ended (stated, or absent from a list the later report declares complete) or not mentioned, with quotes; collaborations and priority scores. */
  compareYears: YearComparison;
  /** The shortest connections between two entities (all of the shortest length, up to `limit`), each step with its quotes. */
  connection: Array<ConnectionPath>;
  /** Any entity by key, whatever its kind. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  entity?: Maybe<Entity>;
  /** One evaluation by key. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  evaluation?: Maybe<Evaluation>;
  /** Evaluations of the priorities, highest score first unless sorted otherwise. */
  evaluations: EvaluationConnection;
  /** One event by key. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  event?: Maybe<Event>;
  /** Events, filtered, sorted and paged. */
  events: EventConnection;
  /** One funder by key, e.g. funder:esr or org:stea. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  funder?: Maybe<Funder>;
  /** A funder’s portfolio in a year (or all years): projects, their leads and partners, the organisations reached. */
  funderPortfolio?: Maybe<FunderPortfolio>;
  /** Funders, filtered, sorted and paged. */
  funders: FunderConnection;
  /** The entities one step from an entity (projects, funders, bodies, seats, people, events, …), each as a step with its relationship, role and quotes: what expanding a node shows. */
  neighbours: Array<PathStep>;
  /** The collaboration network of a year with every member’s centrality and community. */
  network: CollaborationNetwork;
  /** The collaboration network of a year (and region) as a file for Gephi, yEd, Cytoscape, NetworkX or graphology (also at GET /export/network.<gexf|graphml|cyjs|json>?year=2020&region=Keski-Pohjanmaa). A year or region without a report is NOT_FOUND. */
  networkExport: Scalars['String']['output'];
  /** One organisation by key, e.g. org:kosti-ry. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  organization?: Maybe<Organization>;
  /** Organisations, filtered, sorted and paged. */
  organizations: OrganizationConnection;
  /** People, filtered, sorted and paged. */
  people: PersonConnection;
  /** One person by key, e.g. person:iiris-jurvansuu. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  person?: Maybe<Person>;
  /** The strategic priorities, by code. */
  priorities: Array<Priority>;
  /** One strategic priority by key, e.g. priority:sonet-botnia-4. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  priority?: Maybe<Priority>;
  /** One programme by key. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  programme?: Maybe<Programme>;
  /** Programmes, filtered, sorted and paged. */
  programmes: ProgrammeConnection;
  /** One project by key, e.g. project:tasos. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  project?: Maybe<Project>;
  /** Projects, filtered, sorted and paged. */
  projects: ProjectConnection;
  /** One report by key, e.g. report:keski-pohjanmaa-2020. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  report?: Maybe<Report>;
  /** The imported reports, oldest first. */
  reports: Array<Report>;
  /** Full-text search across names, short names, aliases and titles, Finnish-aware (“lastensuojelun” finds “lastensuojelu”), best match first. */
  search: Array<SearchHit>;
  /** One seat by key. A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates. */
  seat?: Maybe<Seat>;
  /** The API version, the Neo4j that answers, and what the graph holds. */
  status: ServiceStatus;
};


export type QueryAggregatesArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<BodyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: BodySort;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBodyArgs = {
  key: Scalars['String']['input'];
};


export type QueryCentralityArgs = {
  first?: Scalars['Int']['input'];
  measure?: CentralityMeasure;
  members?: NetworkMembers;
  region?: InputMaybe<Scalars['String']['input']>;
  ties?: InputMaybe<TieChoiceInput>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollaboratorsArgs = {
  first?: Scalars['Int']['input'];
  includeParts?: Scalars['Boolean']['input'];
  key: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  ties?: InputMaybe<TieChoiceInput>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommunitiesArgs = {
  members?: NetworkMembers;
  region?: InputMaybe<Scalars['String']['input']>;
  seed?: Scalars['Int']['input'];
  ties?: InputMaybe<TieChoiceInput>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompareYearsArgs = {
  from: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['Int']['input'];
};


export type QueryConnectionArgs = {
  from: Scalars['String']['input'];
  limit?: Scalars['Int']['input'];
  maxLength?: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  to: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  key: Scalars['String']['input'];
};


export type QueryEvaluationArgs = {
  key: Scalars['String']['input'];
};


export type QueryEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<EvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: EvaluationSort;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventArgs = {
  key: Scalars['String']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: EventSort;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFunderArgs = {
  key: Scalars['String']['input'];
};


export type QueryFunderPortfolioArgs = {
  funder: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<FunderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: FunderSort;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighboursArgs = {
  first?: Scalars['Int']['input'];
  key: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkArgs = {
  members?: NetworkMembers;
  minWeight?: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  ties?: InputMaybe<TieChoiceInput>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkExportArgs = {
  format: NetworkFormat;
  members?: NetworkMembers;
  region?: InputMaybe<Scalars['String']['input']>;
  ties?: InputMaybe<TieChoiceInput>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganizationArgs = {
  key: Scalars['String']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: OrganizationSort;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: PersonSort;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  key: Scalars['String']['input'];
};


export type QueryPrioritiesArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPriorityArgs = {
  key: Scalars['String']['input'];
};


export type QueryProgrammeArgs = {
  key: Scalars['String']['input'];
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ProgrammeSort;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectArgs = {
  key: Scalars['String']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ProjectSort;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportArgs = {
  key: Scalars['String']['input'];
};


export type QueryReportsArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: Scalars['Int']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


export type QuerySeatArgs = {
  key: Scalars['String']['input'];
};

/** A relationship type a connection may follow. */
export type RelationshipType =
  | 'AFFILIATED_WITH'
  | 'CONTRIBUTES_TO'
  | 'DEPUTY_FOR'
  | 'EVALUATES'
  | 'FUNDED_WITHIN'
  | 'FUNDS'
  | 'HELD_BY'
  | 'IN_PROGRAMME'
  | 'MEMBER_OF'
  | 'ORGANIZES'
  | 'PARTICIPATES_IN'
  | 'PART_OF'
  | 'REPRESENTS'
  | 'SEAT_IN'
  | 'SUBPROJECT_OF';

/** A yearly activity report: the source of every fact. */
export type Report = Entity & Fact & {
  __typename?: 'Report';
  /** The competence centre the report is written for. */
  about?: Maybe<Organization>;
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** Who wrote the report. */
  author?: Maybe<Person>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** Date it was signed, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** Language of the report: fi, sv or en. */
  language: Scalars['String']['output'];
  /** True when the report lists every priority of its year (one a later complete list leaves out has ended). */
  prioritiesComplete?: Maybe<Scalars['Boolean']['output']>;
  /** The region it covers, e.g. Keski-Pohjanmaa. */
  region: Scalars['String']['output'];
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** Title as written. */
  title: Scalars['String']['output'];
  /** The year it reports on. */
  year: Scalars['Int']['output'];
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A yearly activity report: the source of every fact. */
export type ReportHistoryArgs = {
  fields?: InputMaybe<Array<ReportField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The per-year fields of Report: what history(fields:) can list. */
export type ReportField =
  | 'date'
  | 'language'
  | 'prioritiesComplete'
  | 'region'
  | 'title'
  | 'year';

/** How a priority’s score moved between two years in one region. */
export type ScoreChange = {
  __typename?: 'ScoreChange';
  /** Later minus earlier; null when a year has no score. */
  change?: Maybe<Scalars['Float']['output']>;
  /** Score in the earlier year. */
  from?: Maybe<Scalars['Float']['output']>;
  /** The priority. */
  priority?: Maybe<Priority>;
  /** The region. */
  region: Scalars['String']['output'];
  /** Score in the later year. */
  to?: Maybe<Scalars['Float']['output']>;
};

/** A search result: an entity and how well it matches. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matching entity. */
  entity: Entity;
  /** Relevance score (higher is better); comparable within one search only. */
  score: Scalars['Float']['output'];
};

/** One person’s place in a body, across the years that state it: member, deputy or presenter. */
export type Seat = Entity & Fact & {
  __typename?: 'Seat';
  /** Where the report is ambiguous about this fact: what it says and what was recorded. Empty when it is clear. */
  ambiguities: Array<Scalars['String']['output']>;
  /** The body the seat is in. */
  body?: Maybe<Body>;
  /** In a year view: the fields answered from an earlier year’s report because that year’s report does not state them (the latest earlier value is carried over). Empty without a year. */
  carriedOver: Array<Scalars['String']['output']>;
  /** For a member: the deputy seats (varahenkilöt) of this seat. */
  deputies: Array<Seat>;
  /** How many deputies there are, whatever `first` cuts the list to: the list is complete when it has this many. */
  deputiesCount: Scalars['Int']['output'];
  /** For a deputy: the member seat it deputises. */
  deputyFor?: Maybe<Seat>;
  /** True when a report states that the holder left the body that year. */
  ended?: Maybe<Scalars['Boolean']['output']>;
  /** Each per-year field as each report stated it, oldest first, with the report’s quotes: what changed, and when. */
  history: Array<FieldStatement>;
  /** Stable key, e.g. org:kosti-ry. The same key in every year’s report is the same entity. */
  key: Scalars['String']['output'];
  /** Who holds the seat. */
  person?: Maybe<Person>;
  /** The organisation the seat holder represents. */
  represents?: Maybe<Organization>;
  /** MEMBER, DEPUTY or PRESENTER. */
  role: SeatRole;
  /** The report quotes this fact rests on. In a year view, only those of that year’s reports (of the view’s region; the newest year up to the view’s that states it), in a region’s view those of its reports; `history` keeps every report’s. */
  sources: Array<Source>;
  /** The newest report year that states this fact (in a year view: up to that year). Earlier than the view’s year: the fact is carried over from then. */
  statedIn?: Maybe<Scalars['Int']['output']>;
  /** Title as written in the seat list. */
  title?: Maybe<Scalars['String']['output']>;
  /** The year of the seat list (the newest that states the seat; in a year view, that year’s). */
  year: Scalars['Int']['output'];
  /** The report years that state this fact, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** One person’s place in a body, across the years that state it: member, deputy or presenter. */
export type SeatDeputiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** One person’s place in a body, across the years that state it: member, deputy or presenter. */
export type SeatDeputiesCountArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** One person’s place in a body, across the years that state it: member, deputy or presenter. */
export type SeatHistoryArgs = {
  fields?: InputMaybe<Array<SeatField>>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** What seats are counted by: the organisation represented, the body, the role or the year. */
export type SeatDimension =
  | 'BODY'
  | 'ORGANIZATION'
  | 'ROLE'
  | 'YEAR';

/** The per-year fields of Seat: what history(fields:) can list. */
export type SeatField =
  | 'ended'
  | 'role'
  | 'title'
  | 'year';

/** MEMBER (varsinainen jäsen), DEPUTY (varahenkilö) or PRESENTER (esittelijä). */
export type SeatRole =
  | 'DEPUTY'
  | 'MEMBER'
  | 'PRESENTER';

/** The service and the graph behind it. */
export type ServiceStatus = {
  __typename?: 'ServiceStatus';
  /** Version of this API (botnia-graph). */
  apiVersion: Scalars['String']['output'];
  /** The Neo4j database the API reads. */
  database: Scalars['String']['output'];
  /** Neo4j edition: community or enterprise. */
  neo4jEdition: Scalars['String']['output'];
  /** The Neo4j server that answered, e.g. Neo4j/5.26.19. */
  neo4jVersion: Scalars['String']['output'];
  /** Node counts by label, in vocabulary order. */
  nodeCounts: Array<LabelCount>;
  /** Total number of relationships in the graph. */
  relationshipCount: Scalars['Int']['output'];
};

/** A project, body or event two members share. */
export type SharedItem = {
  __typename?: 'SharedItem';
  /** Its key. */
  key: Scalars['String']['output'];
  /** The body’s kind (STEERING_GROUP, NETWORK, …); null for projects and events. */
  kind?: Maybe<Scalars['String']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Project, Body or Event. */
  type: Scalars['String']['output'];
};

/** Ascending or descending order. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Where a fact comes from: a report, the section, and a short exact quote. */
export type Source = {
  __typename?: 'Source';
  /** The fields of the fact whose values this quote states (e.g. respondents, surveyed): the quote to show for that number. Empty when the quote states the fact as a whole. */
  fields: Array<Scalars['String']['output']>;
  /** The exact words of the report (whitespace normalised). */
  quote: Scalars['String']['output'];
  /** The report that states the fact. */
  report?: Maybe<Report>;
  /** Key of the report that states the fact, e.g. report:keski-pohjanmaa-2020. */
  reportKey: Scalars['String']['output'];
  /** The report section the quote comes from. */
  section: Scalars['String']['output'];
};

/** Which shared items tie two members, and how much each counts. The default leaves out the steering group: it seats most organisations, so with it they are all tied to each other (2020: a 10-clique, 45 of the 49 ties) and the project ties disappear in it (see the README). */
export type TieChoiceInput = {
  /** Only these bodies (keys) tie, whatever their kind; overrides `bodyKinds`. */
  bodies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Bodies of these kinds tie their members (seats, membership, hosting). Add STEERING_GROUP for the steering group; [] for no bodies. */
  bodyKinds?: Array<BodyKind>;
  /** What one shared body adds to a tie’s strength. */
  bodyWeight?: Scalars['Float']['input'];
  /** What one shared event adds to a tie’s strength. */
  eventWeight?: Scalars['Float']['input'];
  /** Shared events (organised together) tie. */
  events?: Scalars['Boolean']['input'];
  /** What one shared project adds to a tie’s strength (PageRank, communities). */
  projectWeight?: Scalars['Float']['input'];
  /** Shared projects tie. */
  projects?: Scalars['Boolean']['input'];
};

/** The evidence for one shared item of a tie: each side’s involvement in it, with quotes. */
export type TieEvidence = {
  __typename?: 'TieEvidence';
  /** How each of the two members is involved, the first member’s first (for collaborators: the one asked about). */
  involvements: Array<Involvement>;
  /** The shared project, body or event. */
  item: Entity;
};

/** How an item stands in the later year: continued, appeared, ended (stated, or absent from a complete list), or simply not mentioned (open world: not evidence of an end). */
export type YearChange =
  | 'APPEARED'
  | 'CONTINUED'
  | 'ENDED'
  | 'NOT_MENTIONED';

/** What changed between two report years. */
export type YearComparison = {
  __typename?: 'YearComparison';
  /** Organisation–organisation collaborations. */
  collaborations: CollaborationChange;
  /** The earlier year. */
  from: Scalars['Int']['output'];
  /** Memberships of networks and working groups (a body’s `members`). */
  memberships: Array<HolderChange>;
  /** Organisations. */
  organizations: EntityChange;
  /** The strategic priorities (a complete list where the report says so). */
  priorities: EntityChange;
  /** Priority scores, by priority and region. */
  priorityScores: Array<ScoreChange>;
  /** Projects. */
  projects: EntityChange;
  /** The region compared (both years’ reports of it), or null for all regions. */
  region?: Maybe<Scalars['String']['output']>;
  /** Seats (steering-group and other seat lists), by seat. */
  seats: EntityChange;
  /** Seats by body and organisation: whether the organisation kept a seat in the body, whichever. */
  seatsByOrganization: Array<HolderChange>;
  /** Seats by body and person: whether the person kept a seat in the body, whichever. */
  seatsByPerson: Array<HolderChange>;
  /** The later year. */
  to: Scalars['Int']['output'];
};

/** A project’s status as stated in one report year. */
export type YearStatus = {
  __typename?: 'YearStatus';
  /** The status that year. */
  status: ProjectStatus;
  /** The report year. */
  year: Scalars['Int']['output'];
};

export type FunderPortfolioQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FunderPortfolioQuery = { __typename?: 'Query', funder?: { __typename?: 'Funder', key: string, name: string, shortName?: string | null, names?: { __typename?: 'Names', en?: string | null } | null, parent?: { __typename?: 'Funder', key: string, name: string } | null, projects: Array<{ __typename?: 'Funding', years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, report?: { __typename?: 'Report', key: string, year: number } | null }>, project: { __typename?: 'Project', key: string, name: string, shortName?: string | null, status: ProjectStatus, leads: Array<{ __typename?: 'ProjectParticipation', organization: { __typename?: 'Organization', key: string, name: string }, sources: Array<{ __typename?: 'Source', quote: string }> }> } }> } | null };

export type ProjectLeadQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type ProjectLeadQuery = { __typename?: 'Query', project?: { __typename?: 'Project', key: string, name: string, status: ProjectStatus, statusHistory: Array<{ __typename?: 'YearStatus', year: number, status: ProjectStatus }>, leads: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, years: Array<number>, organization: { __typename?: 'Organization', key: string, name: string }, sources: Array<{ __typename?: 'Source', quote: string, section: string }> }>, funders: Array<{ __typename?: 'Funding', funder: { __typename?: 'Funder', key: string, shortName?: string | null }, sources: Array<{ __typename?: 'Source', quote: string }> }>, parent?: { __typename?: 'Project', key: string } | null, subprojects: Array<{ __typename?: 'Project', key: string, name: string }>, programme?: { __typename?: 'Programme', key: string, name: string } | null } | null };

export type OrganizationSeatsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrganizationSeatsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', key: string, name: string, kind: OrganizationKind, seats: Array<{ __typename?: 'Seat', key: string, role: SeatRole, title?: string | null, year: number, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string }>, person?: { __typename?: 'Person', key: string, name: string } | null, body?: { __typename?: 'Body', key: string, name: string } | null, deputyFor?: { __typename?: 'Seat', person?: { __typename?: 'Person', name: string } | null } | null, deputies: Array<{ __typename?: 'Seat', person?: { __typename?: 'Person', name: string } | null }> }> } | null };

export type EvaluationsScoringQueryVariables = Exact<{
  value: Scalars['Float']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EvaluationsScoringQuery = { __typename?: 'Query', evaluations: { __typename?: 'EvaluationConnection', totalCount: number, edges: Array<{ __typename?: 'EvaluationEdge', node: { __typename?: 'Evaluation', key: string, value: number, respondents?: number | null, surveyed?: number | null, year: number, priority?: { __typename?: 'Priority', code: number, title: string, titles: Array<string> } | null, sources: Array<{ __typename?: 'Source', quote: string, section: string }> } }> } };

export type ReportAuthorQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type ReportAuthorQuery = { __typename?: 'Query', report?: { __typename?: 'Report', key: string, title: string, date: string, year: number, region: string, sources: Array<{ __typename?: 'Source', quote: string }>, author?: { __typename?: 'Person', key: string, name: string, affiliations: Array<{ __typename?: 'Affiliation', title?: string | null, organization: { __typename?: 'Organization', name: string } }> } | null, about?: { __typename?: 'Organization', key: string, name: string } | null } | null };

export type SearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<EntityKind> | EntityKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, entity:
      | { __typename: 'Body', name: string, key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Evaluation', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Event', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Funder', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Organization', name: string, key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Person', name: string, key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Priority', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Programme', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Project', name: string, key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Report', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Seat', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
     }> };

export type OrganizationsPageQueryVariables = Exact<{
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrganizationSort>;
  direction?: InputMaybe<SortDirection>;
}>;


export type OrganizationsPageQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', cursor: string, node: { __typename?: 'Organization', key: string, name: string, kind: OrganizationKind, years: Array<number> } }> } };

export type ProjectsPageQueryVariables = Exact<{
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProjectsPageQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', key: string, name: string, status: ProjectStatus } }> } };

export type PeoplePageQueryVariables = Exact<{
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PeoplePageQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', totalCount: number, edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', key: string, name: string, seats: Array<{ __typename?: 'Seat', role: SeatRole, represents?: { __typename?: 'Organization', key: string, name: string } | null }> } }> } };

export type BodySeatsQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type BodySeatsQuery = { __typename?: 'Query', body?: { __typename?: 'Body', key: string, name: string, kind: BodyKind, meetingsPerYear?: number | null, size?: number | null, organization?: { __typename?: 'Organization', key: string } | null, seats: Array<{ __typename?: 'Seat', key: string, title?: string | null, person?: { __typename?: 'Person', name: string } | null, represents?: { __typename?: 'Organization', key: string, name: string } | null, deputies: Array<{ __typename?: 'Seat', title?: string | null, ambiguities: Array<string>, person?: { __typename?: 'Person', name: string } | null }> }>, members: Array<{ __typename?: 'BodyMembership', role: MembershipRole, member:
        | { __typename: 'Body', key: string }
        | { __typename: 'Evaluation', key: string }
        | { __typename: 'Event', key: string }
        | { __typename: 'Funder', key: string }
        | { __typename: 'Organization', key: string }
        | { __typename: 'Person', key: string }
        | { __typename: 'Priority', key: string }
        | { __typename: 'Programme', key: string }
        | { __typename: 'Project', key: string }
        | { __typename: 'Report', key: string }
        | { __typename: 'Seat', key: string }
       }> } | null };

export type NestedFundersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NestedFundersQuery = { __typename?: 'Query', funders: { __typename?: 'FunderConnection', edges: Array<{ __typename?: 'FunderEdge', node: { __typename?: 'Funder', key: string, projects: Array<{ __typename?: 'Funding', project: { __typename?: 'Project', key: string, participants: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, organization: { __typename?: 'Organization', key: string, seats: Array<{ __typename?: 'Seat', key: string, person?: { __typename?: 'Person', key: string, name: string } | null }> } }> } }> } }> } };

export type EntityByKeyQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type EntityByKeyQuery = { __typename?: 'Query', entity?:
    | { __typename: 'Body', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Evaluation', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Event', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Funder', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Organization', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Person', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Priority', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Programme', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Project', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Report', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
    | { __typename: 'Seat', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', reportKey: string, section: string, quote: string }> }
   | null };

export type PriorityEvaluationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PriorityEvaluationsQuery = { __typename?: 'Query', priorities: Array<{ __typename?: 'Priority', key: string, code: number, title: string, titles: Array<string>, evaluations: Array<{ __typename?: 'Evaluation', year: number, region: string, value: number }> }> };

export type FunderByAnyKeyQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type FunderByAnyKeyQuery = { __typename?: 'Query', funder?: { __typename?: 'Funder', key: string, name: string, shortName?: string | null, projects: Array<{ __typename?: 'Funding', project: { __typename?: 'Project', key: string, name: string }, sources: Array<{ __typename?: 'Source', quote: string }> }> } | null };

export type OrganizationByNameQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type OrganizationByNameQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', key: string, name: string, aliases: Array<string>, sources: Array<{ __typename?: 'Source', quote: string }> } | null };

export type PersonByNameQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type PersonByNameQuery = { __typename?: 'Query', person?: { __typename?: 'Person', key: string, name: string, affiliations: Array<{ __typename?: 'Affiliation', title?: string | null, organization: { __typename?: 'Organization', key: string }, sources: Array<{ __typename?: 'Source', quote: string }> }> } | null };

export type EntityByNameQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type EntityByNameQuery = { __typename?: 'Query', entity?:
    | { __typename: 'Body', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Evaluation', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Event', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Funder', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Organization', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Person', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Priority', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Programme', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Project', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Report', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    | { __typename: 'Seat', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
   | null };

export type SteeringGroupInOrderQueryVariables = Exact<{
  key: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SteeringGroupInOrderQuery = { __typename?: 'Query', body?: { __typename?: 'Body', key: string, seats: Array<{ __typename?: 'Seat', key: string, role: SeatRole, title?: string | null, person?: { __typename?: 'Person', name: string } | null, represents?: { __typename?: 'Organization', key: string } | null, deputyFor?: { __typename?: 'Seat', key: string } | null, sources: Array<{ __typename?: 'Source', quote: string }> }> } | null };

export type EvaluationSurveyQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type EvaluationSurveyQuery = { __typename?: 'Query', evaluation?: { __typename?: 'Evaluation', key: string, value: number, scaleMin: number, scaleMax: number, respondents?: number | null, surveyed?: number | null, priority?: { __typename?: 'Priority', code: number } | null, sources: Array<{ __typename?: 'Source', quote: string, section: string, fields: Array<string> }> } | null };

export type BodyNumbersQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type BodyNumbersQuery = { __typename?: 'Query', body?: { __typename?: 'Body', key: string, name: string, size?: number | null, sizeApproximate?: boolean | null, meetingsPerYear?: number | null, topics: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, fields: Array<string> }> } | null };

export type ProjectCountsQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type ProjectCountsQuery = { __typename?: 'Query', project?: { __typename?: 'Project', key: string, name: string, status: ProjectStatus, topics: Array<string>, counts: Array<{ __typename?: 'Count', what: string, count: number, approximate: boolean, source?: { __typename?: 'Source', quote: string, section: string } | null }>, subprojects: Array<{ __typename?: 'Project', key: string, name: string, topics: Array<string> }>, sources: Array<{ __typename?: 'Source', quote: string, fields: Array<string> }> } | null };

export type ProjectsOnTopicQueryVariables = Exact<{
  topic: Scalars['String']['input'];
  subprojectOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProjectsOnTopicQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', key: string, name: string, topics: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, fields: Array<string> }> } }> } };

export type EventsOnTopicQueryVariables = Exact<{
  topic: Scalars['String']['input'];
}>;


export type EventsOnTopicQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', key: string, name: string, date?: string | null, place?: string | null, topics: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, fields: Array<string> }> } }> } };

export type BodiesOnTopicQueryVariables = Exact<{
  topic: Scalars['String']['input'];
}>;


export type BodiesOnTopicQuery = { __typename?: 'Query', bodies: { __typename?: 'BodyConnection', totalCount: number, edges: Array<{ __typename?: 'BodyEdge', node: { __typename?: 'Body', key: string, name: string, kind: BodyKind, topics: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, fields: Array<string> }> } }> } };

export type PeopleByTextQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type PeopleByTextQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', totalCount: number, edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', key: string, name: string, titles: Array<string>, affiliations: Array<{ __typename?: 'Affiliation', title?: string | null, organization: { __typename?: 'Organization', key: string }, sources: Array<{ __typename?: 'Source', quote: string }> }>, sources: Array<{ __typename?: 'Source', quote: string }> } }> } };

export type SearchPeopleQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type SearchPeopleQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, entity:
      | { __typename: 'Body', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Evaluation', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Event', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Funder', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Organization', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Person', name: string, titles: Array<string>, key: string, affiliations: Array<{ __typename?: 'Affiliation', title?: string | null, sources: Array<{ __typename?: 'Source', quote: string }> }>, seats: Array<{ __typename?: 'Seat', title?: string | null, sources: Array<{ __typename?: 'Source', quote: string }> }>, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Priority', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Programme', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Project', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Report', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Seat', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
     }> };

export type CollaboratorEvidenceQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
  ties?: InputMaybe<TieChoiceInput>;
}>;


export type CollaboratorEvidenceQuery = { __typename?: 'Query', collaborators: Array<{ __typename?: 'Collaborator', weight: number, entity:
      | { __typename?: 'Body', key: string }
      | { __typename?: 'Evaluation', key: string }
      | { __typename?: 'Event', key: string }
      | { __typename?: 'Funder', key: string }
      | { __typename?: 'Organization', key: string }
      | { __typename?: 'Person', key: string }
      | { __typename?: 'Priority', key: string }
      | { __typename?: 'Programme', key: string }
      | { __typename?: 'Project', key: string }
      | { __typename?: 'Report', key: string }
      | { __typename?: 'Seat', key: string }
    , evidence: Array<{ __typename?: 'TieEvidence', item:
        | { __typename: 'Body', key: string }
        | { __typename: 'Evaluation', key: string }
        | { __typename: 'Event', key: string }
        | { __typename: 'Funder', key: string }
        | { __typename: 'Organization', key: string }
        | { __typename: 'Person', key: string }
        | { __typename: 'Priority', key: string }
        | { __typename: 'Programme', key: string }
        | { __typename: 'Project', key: string }
        | { __typename: 'Report', key: string }
        | { __typename: 'Seat', key: string }
      , involvements: Array<{ __typename?: 'Involvement', relationship: string, role?: string | null, title?: string | null, seat?: string | null, years: Array<number>, member:
          | { __typename?: 'Body', key: string }
          | { __typename?: 'Evaluation', key: string }
          | { __typename?: 'Event', key: string }
          | { __typename?: 'Funder', key: string }
          | { __typename?: 'Organization', key: string }
          | { __typename?: 'Person', key: string }
          | { __typename?: 'Priority', key: string }
          | { __typename?: 'Programme', key: string }
          | { __typename?: 'Project', key: string }
          | { __typename?: 'Report', key: string }
          | { __typename?: 'Seat', key: string }
        , sources: Array<{ __typename?: 'Source', quote: string, section: string }> }> }> }> };

export type NetworkEvidenceQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  ties?: InputMaybe<TieChoiceInput>;
}>;


export type NetworkEvidenceQuery = { __typename?: 'Query', network: { __typename?: 'CollaborationNetwork', edges: Array<{ __typename?: 'NetworkEdge', source: string, target: string, via: Array<string>, evidence: Array<{ __typename?: 'TieEvidence', item:
          | { __typename?: 'Body', key: string }
          | { __typename?: 'Evaluation', key: string }
          | { __typename?: 'Event', key: string }
          | { __typename?: 'Funder', key: string }
          | { __typename?: 'Organization', key: string }
          | { __typename?: 'Person', key: string }
          | { __typename?: 'Priority', key: string }
          | { __typename?: 'Programme', key: string }
          | { __typename?: 'Project', key: string }
          | { __typename?: 'Report', key: string }
          | { __typename?: 'Seat', key: string }
        , involvements: Array<{ __typename?: 'Involvement', relationship: string, role?: string | null, member:
            | { __typename?: 'Body', key: string }
            | { __typename?: 'Evaluation', key: string }
            | { __typename?: 'Event', key: string }
            | { __typename?: 'Funder', key: string }
            | { __typename?: 'Organization', key: string }
            | { __typename?: 'Person', key: string }
            | { __typename?: 'Priority', key: string }
            | { __typename?: 'Programme', key: string }
            | { __typename?: 'Project', key: string }
            | { __typename?: 'Report', key: string }
            | { __typename?: 'Seat', key: string }
          , sources: Array<{ __typename?: 'Source', quote: string }> }> }> }> } };

export type ProjectsOfOrganizationQueryVariables = Exact<{
  organization: Scalars['String']['input'];
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ProjectsOfOrganizationQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', key: string, name: string, participants: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, organization: { __typename?: 'Organization', key: string }, sources: Array<{ __typename?: 'Source', quote: string }> }> } }> } };

export type SeatHoldersOfOrganizationQueryVariables = Exact<{
  organization: Scalars['String']['input'];
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
}>;


export type SeatHoldersOfOrganizationQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', totalCount: number, edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', key: string, name: string, seats: Array<{ __typename?: 'Seat', role: SeatRole, title?: string | null, represents?: { __typename?: 'Organization', key: string } | null, sources: Array<{ __typename?: 'Source', quote: string }> }> } }> } };

export type BodiesOfOrganizationQueryVariables = Exact<{
  organization: Scalars['String']['input'];
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type BodiesOfOrganizationQuery = { __typename?: 'Query', bodies: { __typename?: 'BodyConnection', totalCount: number, edges: Array<{ __typename?: 'BodyEdge', node: { __typename?: 'Body', key: string, name: string, organization?: { __typename?: 'Organization', key: string } | null } }> } };

export type CollaboratorsWithPartsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CollaboratorsWithPartsQuery = { __typename?: 'Query', collaborators: Array<{ __typename?: 'Collaborator', weight: number, entity:
      | { __typename?: 'Body', key: string }
      | { __typename?: 'Evaluation', key: string }
      | { __typename?: 'Event', key: string }
      | { __typename?: 'Funder', key: string }
      | { __typename?: 'Organization', key: string }
      | { __typename?: 'Person', key: string }
      | { __typename?: 'Priority', key: string }
      | { __typename?: 'Programme', key: string }
      | { __typename?: 'Project', key: string }
      | { __typename?: 'Report', key: string }
      | { __typename?: 'Seat', key: string }
    , via: Array<
      | { __typename?: 'Body', key: string }
      | { __typename?: 'Evaluation', key: string }
      | { __typename?: 'Event', key: string }
      | { __typename?: 'Funder', key: string }
      | { __typename?: 'Organization', key: string }
      | { __typename?: 'Person', key: string }
      | { __typename?: 'Priority', key: string }
      | { __typename?: 'Programme', key: string }
      | { __typename?: 'Project', key: string }
      | { __typename?: 'Report', key: string }
      | { __typename?: 'Seat', key: string }
    >, evidence: Array<{ __typename?: 'TieEvidence', item:
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      , involvements: Array<{ __typename?: 'Involvement', relationship: string, role?: string | null, member:
          | { __typename?: 'Body', key: string }
          | { __typename?: 'Evaluation', key: string }
          | { __typename?: 'Event', key: string }
          | { __typename?: 'Funder', key: string }
          | { __typename?: 'Organization', key: string }
          | { __typename?: 'Person', key: string }
          | { __typename?: 'Priority', key: string }
          | { __typename?: 'Programme', key: string }
          | { __typename?: 'Project', key: string }
          | { __typename?: 'Report', key: string }
          | { __typename?: 'Seat', key: string }
        , sources: Array<{ __typename?: 'Source', quote: string }> }> }> }> };

export type CollaboratorsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
  ties?: InputMaybe<TieChoiceInput>;
}>;


export type CollaboratorsQuery = { __typename?: 'Query', collaborators: Array<{ __typename?: 'Collaborator', weight: number, organization?: { __typename?: 'Organization', key: string, name: string } | null, person?: { __typename?: 'Person', key: string, name: string } | null, via: Array<
      | { __typename: 'Body', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Evaluation', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Event', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Funder', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Organization', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Person', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Priority', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Programme', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Project', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Report', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
      | { __typename: 'Seat', key: string, sources: Array<{ __typename?: 'Source', quote: string }> }
    > }> };

export type ConnectionQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType> | RelationshipType>;
}>;


export type ConnectionQuery = { __typename?: 'Query', connection: Array<{ __typename?: 'ConnectionPath', length: number, nodes: Array<
      | { __typename: 'Body', key: string }
      | { __typename: 'Evaluation', key: string }
      | { __typename: 'Event', key: string }
      | { __typename: 'Funder', key: string }
      | { __typename: 'Organization', key: string }
      | { __typename: 'Person', key: string }
      | { __typename: 'Priority', key: string }
      | { __typename: 'Programme', key: string }
      | { __typename: 'Project', key: string }
      | { __typename: 'Report', key: string }
      | { __typename: 'Seat', key: string }
    >, steps: Array<{ __typename?: 'PathStep', type: string, forward: boolean, role?: string | null, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string }>, from:
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      , to:
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
       }> }> };

export type CentralityQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  measure?: InputMaybe<CentralityMeasure>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CentralityQuery = { __typename?: 'Query', centrality: Array<{ __typename?: 'NetworkNode', rank: number, key: string, name: string, degree: number, weightedDegree: number, betweenness: number, pagerank: number, community: number }> };

export type NetworkQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  ties?: InputMaybe<TieChoiceInput>;
}>;


export type NetworkQuery = { __typename?: 'Query', network: { __typename?: 'CollaborationNetwork', year?: number | null, communityCount: number, modularity: number, ties: string, isolatedCount: number, nodes: Array<{ __typename?: 'NetworkNode', key: string, name: string, kind: string, degree: number, weightedDegree: number, betweenness: number, pagerank: number, community: number }>, edges: Array<{ __typename?: 'NetworkEdge', source: string, target: string, weight: number, strength: number, via: Array<string>, items: Array<{ __typename?: 'SharedItem', key: string, name: string, type: string, kind?: string | null }> }> } };

export type CommunitiesQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CommunitiesQuery = { __typename?: 'Query', communities: Array<{ __typename?: 'Community', id: number, size: number, members: Array<{ __typename?: 'NetworkNode', key: string }> }> };

export type PortfolioQueryVariables = Exact<{
  funder: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PortfolioQuery = { __typename?: 'Query', funderPortfolio?: { __typename?: 'FunderPortfolio', year?: number | null, projectCount: number, organizationCount: number, funder: { __typename?: 'Funder', key: string, shortName?: string | null }, projects: Array<{ __typename?: 'PortfolioProject', years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string }>, project: { __typename?: 'Project', key: string, name: string }, leads: Array<{ __typename?: 'Organization', key: string, name: string }>, participants: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, organization: { __typename?: 'Organization', key: string } }> }>, organizations: Array<{ __typename?: 'Organization', key: string, name: string }> } | null };

export type CompareYearsQueryVariables = Exact<{
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type CompareYearsQuery = { __typename?: 'Query', compareYears: { __typename?: 'YearComparison', from: number, to: number, organizations: { __typename?: 'EntityChange', kept: number, appeared: Array<
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      >, disappeared: Array<
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      > }, projects: { __typename?: 'EntityChange', kept: number, appeared: Array<
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      >, disappeared: Array<
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      > }, seats: { __typename?: 'EntityChange', kept: number, appeared: Array<
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      >, disappeared: Array<
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      > }, collaborations: { __typename?: 'CollaborationChange', kept: number, appeared: Array<{ __typename?: 'NetworkEdge', source: string, target: string, via: Array<string> }>, disappeared: Array<{ __typename?: 'NetworkEdge', source: string, target: string }> }, priorityScores: Array<{ __typename?: 'ScoreChange', region: string, from?: number | null, to?: number | null, change?: number | null, priority?: { __typename?: 'Priority', code: number } | null }> } };

export type NetworkExportQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  format: NetworkFormat;
  ties?: InputMaybe<TieChoiceInput>;
}>;


export type NetworkExportQuery = { __typename?: 'Query', networkExport: string };

export type NeighboursQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType> | RelationshipType>;
}>;


export type NeighboursQuery = { __typename?: 'Query', neighbours: Array<{ __typename?: 'PathStep', type: string, forward: boolean, role?: string | null, sources: Array<{ __typename?: 'Source', quote: string }>, from:
      | { __typename?: 'Body', key: string }
      | { __typename?: 'Evaluation', key: string }
      | { __typename?: 'Event', key: string }
      | { __typename?: 'Funder', key: string }
      | { __typename?: 'Organization', key: string }
      | { __typename?: 'Person', key: string }
      | { __typename?: 'Priority', key: string }
      | { __typename?: 'Programme', key: string }
      | { __typename?: 'Project', key: string }
      | { __typename?: 'Report', key: string }
      | { __typename?: 'Seat', key: string }
    , to:
      | { __typename: 'Body', key: string }
      | { __typename: 'Evaluation', key: string }
      | { __typename: 'Event', key: string }
      | { __typename: 'Funder', key: string }
      | { __typename: 'Organization', key: string }
      | { __typename: 'Person', key: string }
      | { __typename: 'Priority', key: string }
      | { __typename: 'Programme', key: string }
      | { __typename: 'Project', key: string }
      | { __typename: 'Report', key: string }
      | { __typename: 'Seat', key: string }
     }> };

export type OrganizationProjectsWithPartsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<ParticipationRole> | ParticipationRole>;
}>;


export type OrganizationProjectsWithPartsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', key: string, name: string, projectsCount: number, projects: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, years: Array<number>, statedIn?: number | null, sources: Array<{ __typename?: 'Source', quote: string }>, organization: { __typename?: 'Organization', key: string, name: string }, project: { __typename?: 'Project', key: string, name: string } }> } | null };

export type OrganizationSeatsWithPartsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrganizationSeatsWithPartsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', key: string, seatsCount: number, seats: Array<{ __typename?: 'Seat', key: string, role: SeatRole, title?: string | null, sources: Array<{ __typename?: 'Source', quote: string }>, person?: { __typename?: 'Person', key: string, name: string } | null, represents?: { __typename?: 'Organization', key: string, name: string } | null, body?: { __typename?: 'Body', key: string } | null, deputyFor?: { __typename?: 'Seat', key: string } | null }> } | null };

export type OrganizationActivitiesWithPartsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type OrganizationActivitiesWithPartsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', key: string, membershipsCount: number, organizesCount: number, bodiesCount: number, peopleCount: number, fundsCount: number, unitsCount: number, memberships: Array<{ __typename?: 'BodyMembership', role: MembershipRole, member:
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      , body: { __typename?: 'Body', key: string, name: string }, sources: Array<{ __typename?: 'Source', quote: string }> }>, organizes: Array<{ __typename?: 'Organizing', role: string, organization: { __typename?: 'Organization', key: string }, target:
        | { __typename?: 'Body', key: string }
        | { __typename?: 'Evaluation', key: string }
        | { __typename?: 'Event', key: string }
        | { __typename?: 'Funder', key: string }
        | { __typename?: 'Organization', key: string }
        | { __typename?: 'Person', key: string }
        | { __typename?: 'Priority', key: string }
        | { __typename?: 'Programme', key: string }
        | { __typename?: 'Project', key: string }
        | { __typename?: 'Report', key: string }
        | { __typename?: 'Seat', key: string }
      , sources: Array<{ __typename?: 'Source', quote: string }> }>, bodies: Array<{ __typename?: 'Body', key: string, name: string, organization?: { __typename?: 'Organization', key: string } | null }>, people: Array<{ __typename?: 'Affiliation', title?: string | null, organization: { __typename?: 'Organization', key: string }, person: { __typename?: 'Person', key: string, name: string }, sources: Array<{ __typename?: 'Source', quote: string }> }>, funds: Array<{ __typename?: 'Funding', funder: { __typename?: 'Funder', key: string }, project: { __typename?: 'Project', key: string } }>, units: Array<{ __typename?: 'Organization', key: string, name: string, units: Array<{ __typename?: 'Organization', key: string }> }> } | null };

export type StatusQueryVariables = Exact<{ [key: string]: never; }>;


export type StatusQuery = { __typename?: 'Query', status: { __typename?: 'ServiceStatus', apiVersion: string, neo4jVersion: string, neo4jEdition: string, database: string, relationshipCount: number, nodeCounts: Array<{ __typename?: 'LabelCount', label: string, count: number }> } };


export const FunderPortfolioDocument = {"__meta__":{"hash":"c5da38f3e412a2037c2accc5f5e5a400c5728ffc4b75a1b8c3897e887551ac1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunderPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FunderPortfolioQuery, FunderPortfolioQueryVariables>;
export const ProjectLeadDocument = {"__meta__":{"hash":"1119b8e5840134e75ae3967f84df358d823e01a53743ce3084f38149e05e8114"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subprojects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectLeadQuery, ProjectLeadQueryVariables>;
export const OrganizationSeatsDocument = {"__meta__":{"hash":"079939f3dfc3e29cb9ee3b134822efd4638bd3456facd92fb8d5e07253dcf1b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambiguities"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationSeatsQuery, OrganizationSeatsQueryVariables>;
export const EvaluationsScoringDocument = {"__meta__":{"hash":"5746ade59b0f3a6227f1577f32ffb37be2218a47e898407f2ef1b01ec5616b33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationsScoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"KEY"}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"surveyed"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationsScoringQuery, EvaluationsScoringQueryVariables>;
export const ReportAuthorDocument = {"__meta__":{"hash":"8e7bda713b0482e9260386a76f2a3520be6f5798add345417045e988af557c25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportAuthor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportAuthorQuery, ReportAuthorQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"e24a4d59d98c346a20dc7243ae2eba743b3d532ee01551bdc548b4becdde75ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const OrganizationsPageDocument = {"__meta__":{"hash":"4d37779026d52c0381736fc479a873b2e8bab0c2cf21d90c285f134a446d7bd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"years"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsPageQuery, OrganizationsPageQueryVariables>;
export const ProjectsPageDocument = {"__meta__":{"hash":"9cc8227387a2a4afb1224995ae0c43fcf937eea17be4b4e28d2d3ce9f4ead946"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsPageQuery, ProjectsPageQueryVariables>;
export const PeoplePageDocument = {"__meta__":{"hash":"38cbafa251652108f1e9f2aef8301e61c21ad495714f0c70bdb1b14a22b36371"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"represents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeoplePageQuery, PeoplePageQueryVariables>;
export const BodySeatsDocument = {"__meta__":{"hash":"7c5964654ceb4c67c3811a59b58d15196e70fa33f607b49fa5c3955f2e9d21d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodySeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEMBER"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambiguities"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodySeatsQuery, BodySeatsQueryVariables>;
export const NestedFundersDocument = {"__meta__":{"hash":"0b3f9e71f230eb47fc4c1934846574359d138f6f856f5da623b5d05a148ad2dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedFunders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedFundersQuery, NestedFundersQueryVariables>;
export const EntityByKeyDocument = {"__meta__":{"hash":"abf87b63eeb4f97d1319df0d22e11585e400d211be8b67e9df073a14ccf29bac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityByKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportKey"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambiguities"}}]}}]}}]} as unknown as DocumentNode<EntityByKeyQuery, EntityByKeyQueryVariables>;
export const PriorityEvaluationsDocument = {"__meta__":{"hash":"aa2f6dc68e35b520b8871c903dd1b1ce2356a44dd791cfae6c96956ac1f09100"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriorityEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titles"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PriorityEvaluationsQuery, PriorityEvaluationsQueryVariables>;
export const FunderByAnyKeyDocument = {"__meta__":{"hash":"3aaeed7b44c8c52b9cd7494360d3d1530d1a0c25139d424ccbf247fd2e2c2b87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunderByAnyKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FunderByAnyKeyQuery, FunderByAnyKeyQueryVariables>;
export const OrganizationByNameDocument = {"__meta__":{"hash":"16c3b4ccf09152d51464821bce07d5e316425b1c8438e8d8278b8a53bea5318f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationByNameQuery, OrganizationByNameQueryVariables>;
export const PersonByNameDocument = {"__meta__":{"hash":"912dbfcd03da02e828b99dc59035b92b7219f6fb48313aa7589c63aade130946"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonByNameQuery, PersonByNameQueryVariables>;
export const EntityByNameDocument = {"__meta__":{"hash":"a20eaa7043c5117c08ee4be3485bfd0f64047a9f167fa2c9b062ecf16a295f10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]} as unknown as DocumentNode<EntityByNameQuery, EntityByNameQueryVariables>;
export const SteeringGroupInOrderDocument = {"__meta__":{"hash":"709e6b608b4787b9b5483ddb027eb60cd2856d749bb28d93b39626a977622d63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SteeringGroupInOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SteeringGroupInOrderQuery, SteeringGroupInOrderQueryVariables>;
export const EvaluationSurveyDocument = {"__meta__":{"hash":"106bb257838bb36836d6bee294edf76fea2cfb0a4bb8d3865cd9064efa1de65f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"surveyed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationSurveyQuery, EvaluationSurveyQueryVariables>;
export const BodyNumbersDocument = {"__meta__":{"hash":"eb85acdee71157e50d93c45c667e021dcba07c519b42158f257a14be72fcadfd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sizeApproximate"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<BodyNumbersQuery, BodyNumbersQueryVariables>;
export const ProjectCountsDocument = {"__meta__":{"hash":"be8b94904557b3b614b4801eade40fa0b01199e3ca4fca2eeb855265badb871f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subprojects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectCountsQuery, ProjectCountsQueryVariables>;
export const ProjectsOnTopicDocument = {"__meta__":{"hash":"a0d31930f82351ac0795d2bd6120a7ce502ddccc004045d44dc81b1d90986c68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsOnTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subprojectOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"subprojectOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subprojectOf"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsOnTopicQuery, ProjectsOnTopicQueryVariables>;
export const EventsOnTopicDocument = {"__meta__":{"hash":"d269cbf2fdaed94390a94428b0a52aeba36da62962d0744dede92a0566182ad2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsOnTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsOnTopicQuery, EventsOnTopicQueryVariables>;
export const BodiesOnTopicDocument = {"__meta__":{"hash":"5a956fb549b8bde7985bf60bf397cf631ca86a4a5d0a3a869f342d70687300e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodiesOnTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodiesOnTopicQuery, BodiesOnTopicQueryVariables>;
export const PeopleByTextDocument = {"__meta__":{"hash":"ad2e5868754198b5c0b3c505d487cecf7b9b5457782fa04f47cbae483186665a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleByText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titles"}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleByTextQuery, PeopleByTextQueryVariables>;
export const SearchPeopleDocument = {"__meta__":{"hash":"82fbf59c78b247eb923918ef4db5a53c965209396c025eab2522575223bac15f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PERSON"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titles"}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const CollaboratorEvidenceDocument = {"__meta__":{"hash":"8d7f2ace1ef7e5f6fc8ec02aad1bf396d8fbf976d4e62b191713d459f71ddd33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollaboratorEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ties"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TieChoiceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"ties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ties"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollaboratorEvidenceQuery, CollaboratorEvidenceQueryVariables>;
export const NetworkEvidenceDocument = {"__meta__":{"hash":"9ce9bbe03f78343a2bdd98cfc8bf762b382f9be12b489939d47bd1e42fc6b7ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ties"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TieChoiceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"ties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ties"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkEvidenceQuery, NetworkEvidenceQueryVariables>;
export const ProjectsOfOrganizationDocument = {"__meta__":{"hash":"7b000bbc1a76b12654c2ece48710ee87d7579cdfa75f41ea0e957b4362b0da04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsOfOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organization"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organization"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsOfOrganizationQuery, ProjectsOfOrganizationQueryVariables>;
export const SeatHoldersOfOrganizationDocument = {"__meta__":{"hash":"552c0230d405f25d52ef6560dd7f1d64dc3d1d9b8f85d23a2714db2fdf2f85d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatHoldersOfOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organization"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organization"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"represents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeatHoldersOfOrganizationQuery, SeatHoldersOfOrganizationQueryVariables>;
export const BodiesOfOrganizationDocument = {"__meta__":{"hash":"45ad9f43bc8d263eaf2e4e832914c3f5a3cfc4eb9754fb2d88e53cc9e4d5c34b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodiesOfOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organization"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organization"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodiesOfOrganizationQuery, BodiesOfOrganizationQueryVariables>;
export const CollaboratorsWithPartsDocument = {"__meta__":{"hash":"759792b9c5a93f5422032c6741c69e7da26479c241de4d2fa699bfed4ca7135a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollaboratorsWithParts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollaboratorsWithPartsQuery, CollaboratorsWithPartsQueryVariables>;
export const CollaboratorsDocument = {"__meta__":{"hash":"df5cffca8a8e0620fbf1474573389c53de062e94688a0f9555b69e48861c88c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collaborators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ties"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TieChoiceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"ties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ties"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollaboratorsQuery, CollaboratorsQueryVariables>;
export const ConnectionDocument = {"__meta__":{"hash":"5dff457642977af53b78429caef5c935610729d7ee1e521e75bf2cf97ab22d4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Connection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionQuery, ConnectionQueryVariables>;
export const CentralityDocument = {"__meta__":{"hash":"2a4fb3216f5065dd8a25b6835bc52033c368e04faa008f39853b8bc829599e36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Centrality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measure"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CentralityMeasure"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centrality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measure"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"weightedDegree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}}]}}]} as unknown as DocumentNode<CentralityQuery, CentralityQueryVariables>;
export const NetworkDocument = {"__meta__":{"hash":"3014bd94866edd24355c748257c8b18b720405237351dab9f806256033f42be7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Network"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ties"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TieChoiceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}},{"kind":"Argument","name":{"kind":"Name","value":"ties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ties"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"communityCount"}},{"kind":"Field","name":{"kind":"Name","value":"modularity"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"isolatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"weightedDegree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkQuery, NetworkQueryVariables>;
export const CommunitiesDocument = {"__meta__":{"hash":"80e6868d63ed03433a3d1ba2c931897c5c86f7982d202d7220ec5b748c1b12a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const PortfolioDocument = {"__meta__":{"hash":"78e029b664603fba60671282cf9c46a8e166981b24cd5b3134055c9f75ee318d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Portfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"funder"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderPortfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"funder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"funder"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioQuery, PortfolioQueryVariables>;
export const CompareYearsDocument = {"__meta__":{"hash":"d6559efc01d1948804e76fec3d00896728bd0dddc650fcfa4dbc9777c7d96b45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disappeared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kept"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disappeared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kept"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disappeared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kept"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"via"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disappeared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kept"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]} as unknown as DocumentNode<CompareYearsQuery, CompareYearsQueryVariables>;
export const NetworkExportDocument = {"__meta__":{"hash":"6443a7fc9134e600715f538cda694082ce982222868f8a8c25ff268246848621"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ties"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TieChoiceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"ties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ties"}}}]}]}}]} as unknown as DocumentNode<NetworkExportQuery, NetworkExportQueryVariables>;
export const NeighboursDocument = {"__meta__":{"hash":"aee88292d5eee68c04ba72f460f6fdebffaa31343ecb12f110b5eff3f50abff7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<NeighboursQuery, NeighboursQueryVariables>;
export const OrganizationProjectsWithPartsDocument = {"__meta__":{"hash":"d4ca9da87853f21ee5f9f9b4cbb747e2cb177f546c297c6a309037b6c5ad6334"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationProjectsWithParts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationRole"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projectsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}]},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"statedIn"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationProjectsWithPartsQuery, OrganizationProjectsWithPartsQueryVariables>;
export const OrganizationSeatsWithPartsDocument = {"__meta__":{"hash":"29138dec638796f66905a819281126f65242a2bdd1b991bc46b535781ea87da2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSeatsWithParts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"seatsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"represents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationSeatsWithPartsQuery, OrganizationSeatsWithPartsQueryVariables>;
export const OrganizationActivitiesWithPartsDocument = {"__meta__":{"hash":"4052047232dbad6d06783a62358ea6e762e834230802983aa975baca0c5f1bbc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationActivitiesWithParts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"membershipsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}]},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizesCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}]},{"kind":"Field","name":{"kind":"Name","value":"organizes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bodiesCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}]},{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}]},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}}]},{"kind":"Field","name":{"kind":"Name","value":"funds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeParts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeParts"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsCount"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationActivitiesWithPartsQuery, OrganizationActivitiesWithPartsQueryVariables>;
export const StatusDocument = {"__meta__":{"hash":"2e038895645372a9f085a72c30efab591e381c755c2815713cedd79402d18b81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"neo4jVersion"}},{"kind":"Field","name":{"kind":"Name","value":"neo4jEdition"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}}]}}]}}]} as unknown as DocumentNode<StatusQuery, StatusQueryVariables>;