/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** The per-year fields of Affiliation: what history(fields:) can list. */
export type AffiliationField =
  | 'title';

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

/** The per-year fields of BodyMembership: what history(fields:) can list. */
export type BodyMembershipField =
  | 'ended'
  | 'role';

/** Sort bodies by name or key. */
export type BodySort =
  | 'KEY'
  | 'NAME';

/** Degree, weighted degree, betweenness (brokers) or PageRank. */
export type CentralityMeasure =
  | 'BETWEENNESS'
  | 'DEGREE'
  | 'PAGERANK'
  | 'WEIGHTED_DEGREE';

/** The per-year fields of Contribution: what history(fields:) can list. */
export type ContributionField =
  | 'role';

/** Why an item ended: the later report says so, or it is missing from a list that report declares complete. */
export type EndedBy =
  | 'ABSENT_FROM_COMPLETE_LIST'
  | 'STATED';

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

/** Sort funders by name or key. */
export type FunderSort =
  | 'KEY'
  | 'NAME';

/** Role of a member in a network or working group. */
export type MembershipRole =
  | 'COORDINATOR'
  | 'HOST'
  | 'MEMBER';

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

/** What organisations are counted by: kind or report year. */
export type OrganizationDimension =
  | 'KIND'
  | 'YEAR';

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

/** The per-year fields of Organizing: what history(fields:) can list. */
export type OrganizingField =
  | 'role';

/** An organisation’s role in a project: LEAD (hallinnoija), PARTNER, CO_IMPLEMENTER (osatoteuttaja), COORDINATOR, SUPPORTER. */
export type ParticipationRole =
  | 'COORDINATOR'
  | 'CO_IMPLEMENTER'
  | 'LEAD'
  | 'PARTNER'
  | 'SUPPORTER';

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

/** The per-year fields of Priority: what history(fields:) can list. */
export type PriorityField =
  | 'code'
  | 'title';

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

/** What projects are counted by: status (the newest report’s), funder, programme or report year. */
export type ProjectDimension =
  | 'FUNDER'
  | 'PROGRAMME'
  | 'STATUS'
  | 'YEAR';

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

/** The per-year fields of Report: what history(fields:) can list. */
export type ReportField =
  | 'date'
  | 'language'
  | 'prioritiesComplete'
  | 'region'
  | 'title'
  | 'year';

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

/** Ascending or descending order. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

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

/** How an item stands in the later year: continued, appeared, ended (stated, or absent from a complete list), or simply not mentioned (open world: not evidence of an end). */
export type YearChange =
  | 'APPEARED'
  | 'CONTINUED'
  | 'ENDED'
  | 'NOT_MENTIONED';

export type QuoteFragment = { __typename?: 'Source', quote: string, section: string, reportKey: string };

export type ExplorerReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerReportsQuery = { __typename?: 'Query', reports: Array<{ __typename?: 'Report', key: string, year: number, region: string, title: string }> };

export type ExplorerSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type ExplorerSearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, entity:
      | { __typename: 'Body', name: string, key: string, years: Array<number> }
      | { __typename: 'Evaluation', key: string, years: Array<number> }
      | { __typename: 'Event', name: string, date?: string | null, key: string, years: Array<number> }
      | { __typename: 'Funder', name: string, shortName?: string | null, key: string, years: Array<number> }
      | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string, years: Array<number> }
      | { __typename: 'Person', name: string, key: string, years: Array<number> }
      | { __typename: 'Priority', code: number, title: string, key: string, years: Array<number> }
      | { __typename: 'Programme', name: string, key: string, years: Array<number> }
      | { __typename: 'Project', name: string, shortName?: string | null, status: ProjectStatus, key: string, years: Array<number> }
      | { __typename: 'Report', key: string, years: Array<number> }
      | { __typename: 'Seat', key: string, years: Array<number> }
     }> };

export type ExplorerEntityKindQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type ExplorerEntityKindQuery = { __typename?: 'Query', entity?:
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
   | null };

export type ExplorerOrganizationQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerOrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', key: string, name: string, shortName?: string | null, kind: OrganizationKind, aliases: Array<string>, identifiers: Array<string>, years: Array<number>, ambiguities: Array<string>, names?: { __typename?: 'Names', fi?: string | null, sv?: string | null, en?: string | null } | null, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, parent?: { __typename?: 'Organization', key: string, name: string } | null, units: Array<{ __typename?: 'Organization', key: string, name: string }>, asFunder?: { __typename?: 'Funder', key: string, name: string, shortName?: string | null } | null, projects: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, project: { __typename?: 'Project', key: string, name: string, shortName?: string | null, status: ProjectStatus, funders: Array<{ __typename?: 'Funding', years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, funder: { __typename?: 'Funder', key: string, name: string, shortName?: string | null } }> } }>, seats: Array<{ __typename?: 'Seat', key: string, role: SeatRole, title?: string | null, year: number, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, body?: { __typename?: 'Body', key: string, name: string } | null, person?: { __typename?: 'Person', key: string, name: string } | null, deputyFor?: { __typename?: 'Seat', person?: { __typename?: 'Person', key: string, name: string } | null } | null }>, memberships: Array<{ __typename?: 'BodyMembership', role: MembershipRole, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, body: { __typename?: 'Body', key: string, name: string } }>, people: Array<{ __typename?: 'Affiliation', title?: string | null, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, person: { __typename?: 'Person', key: string, name: string } }>, organizes: Array<{ __typename?: 'Organizing', role: string, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, target:
        | { __typename: 'Body', key: string }
        | { __typename: 'Evaluation', key: string }
        | { __typename: 'Event', name: string, date?: string | null, key: string }
        | { __typename: 'Funder', key: string }
        | { __typename: 'Organization', key: string }
        | { __typename: 'Person', key: string }
        | { __typename: 'Priority', key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', key: string }
        | { __typename: 'Report', key: string }
        | { __typename: 'Seat', key: string }
       }>, funds: Array<{ __typename?: 'Funding', years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, project: { __typename?: 'Project', key: string, name: string } }> } | null };

export type ExplorerProjectQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerProjectQuery = { __typename?: 'Query', project?: { __typename?: 'Project', key: string, name: string, shortName?: string | null, status: ProjectStatus, startYear?: number | null, endYear?: number | null, years: Array<number>, ambiguities: Array<string>, names?: { __typename?: 'Names', fi?: string | null, sv?: string | null, en?: string | null } | null, statusHistory: Array<{ __typename?: 'YearStatus', year: number, status: ProjectStatus }>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, participants: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, organization: { __typename?: 'Organization', key: string, name: string, kind: OrganizationKind } }>, funders: Array<{ __typename?: 'Funding', years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, funder: { __typename?: 'Funder', key: string, name: string, shortName?: string | null } }>, people: Array<{ __typename?: 'Contribution', role: PersonRole, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, person: { __typename?: 'Person', key: string, name: string } }>, parent?: { __typename?: 'Project', key: string, name: string } | null, subprojects: Array<{ __typename?: 'Project', key: string, name: string }>, programme?: { __typename?: 'Programme', key: string, name: string } | null } | null };

export type ExplorerPersonQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerPersonQuery = { __typename?: 'Query', person?: { __typename?: 'Person', key: string, name: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, affiliations: Array<{ __typename?: 'Affiliation', title?: string | null, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, organization: { __typename?: 'Organization', key: string, name: string } }>, seats: Array<{ __typename?: 'Seat', key: string, role: SeatRole, title?: string | null, year: number, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, body?: { __typename?: 'Body', key: string, name: string } | null, represents?: { __typename?: 'Organization', key: string, name: string } | null, deputyFor?: { __typename?: 'Seat', person?: { __typename?: 'Person', key: string, name: string } | null } | null, deputies: Array<{ __typename?: 'Seat', person?: { __typename?: 'Person', key: string, name: string } | null }> }>, contributions: Array<{ __typename?: 'Contribution', role: PersonRole, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, target:
        | { __typename: 'Body', name: string, key: string }
        | { __typename: 'Evaluation', key: string }
        | { __typename: 'Event', name: string, key: string }
        | { __typename: 'Funder', key: string }
        | { __typename: 'Organization', key: string }
        | { __typename: 'Person', key: string }
        | { __typename: 'Priority', key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', name: string, key: string }
        | { __typename: 'Report', key: string }
        | { __typename: 'Seat', key: string }
       }>, memberships: Array<{ __typename?: 'BodyMembership', role: MembershipRole, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, body: { __typename?: 'Body', key: string, name: string } }> } | null };

export type ExplorerBodyQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerBodyQuery = { __typename?: 'Query', body?: { __typename?: 'Body', key: string, name: string, kind: BodyKind, size?: number | null, sizeApproximate?: boolean | null, meetingsPerYear?: number | null, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, organization?: { __typename?: 'Organization', key: string, name: string } | null, seats: Array<{ __typename?: 'Seat', key: string, role: SeatRole, title?: string | null, year: number, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, person?: { __typename?: 'Person', key: string, name: string } | null, represents?: { __typename?: 'Organization', key: string, name: string } | null, deputyFor?: { __typename?: 'Seat', person?: { __typename?: 'Person', key: string, name: string } | null } | null }>, members: Array<{ __typename?: 'BodyMembership', role: MembershipRole, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, member:
        | { __typename: 'Body', key: string }
        | { __typename: 'Evaluation', key: string }
        | { __typename: 'Event', key: string }
        | { __typename: 'Funder', key: string }
        | { __typename: 'Organization', name: string, key: string }
        | { __typename: 'Person', name: string, key: string }
        | { __typename: 'Priority', key: string }
        | { __typename: 'Programme', key: string }
        | { __typename: 'Project', key: string }
        | { __typename: 'Report', key: string }
        | { __typename: 'Seat', key: string }
       }> } | null };

export type ExplorerFunderQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerFunderQuery = { __typename?: 'Query', funder?: { __typename?: 'Funder', key: string, name: string, shortName?: string | null, funderKind: FunderKind, years: Array<number>, ambiguities: Array<string>, names?: { __typename?: 'Names', fi?: string | null, sv?: string | null, en?: string | null } | null, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, parent?: { __typename?: 'Funder', key: string, name: string } | null, children: Array<{ __typename?: 'Funder', key: string, name: string, shortName?: string | null }>, organization?: { __typename?: 'Organization', key: string, name: string } | null, projects: Array<{ __typename?: 'Funding', years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, project: { __typename?: 'Project', key: string, name: string, shortName?: string | null, status: ProjectStatus, leads: Array<{ __typename?: 'ProjectParticipation', sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, organization: { __typename?: 'Organization', key: string, name: string } }> } }> } | null };

export type ExplorerOtherQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerOtherQuery = { __typename?: 'Query', entity?:
    | { __typename: 'Body', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Evaluation', value: number, year: number, region: string, key: string, years: Array<number>, ambiguities: Array<string>, priority?: { __typename?: 'Priority', key: string, code: number, title: string } | null, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Event', name: string, date?: string | null, month?: string | null, place?: string | null, format?: EventFormat | null, status: EventStatus, key: string, years: Array<number>, ambiguities: Array<string>, organizers: Array<{ __typename?: 'Organizing', role: string, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, organization: { __typename?: 'Organization', key: string, name: string } }>, people: Array<{ __typename?: 'Contribution', role: PersonRole, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, person: { __typename?: 'Person', key: string, name: string } }>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Funder', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Organization', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Person', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Priority', code: number, title: string, titles: Array<string>, key: string, years: Array<number>, ambiguities: Array<string>, evaluations: Array<{ __typename?: 'Evaluation', key: string, year: number, region: string, value: number, scaleMax: number, respondents?: number | null, surveyed?: number | null, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Programme', name: string, shortName?: string | null, key: string, years: Array<number>, ambiguities: Array<string>, parent?: { __typename?: 'Programme', key: string, name: string } | null, children: Array<{ __typename?: 'Programme', key: string, name: string }>, coordinators: Array<{ __typename?: 'Organizing', role: string, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, organization: { __typename?: 'Organization', key: string, name: string } }>, projects: Array<{ __typename?: 'Project', key: string, name: string, status: ProjectStatus }>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Project', key: string, years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Report', year: number, region: string, key: string, years: Array<number>, ambiguities: Array<string>, reportTitle: string, reportDate: string, author?: { __typename?: 'Person', key: string, name: string } | null, about?: { __typename?: 'Organization', key: string, name: string } | null, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
    | { __typename: 'Seat', role: SeatRole, year: number, key: string, years: Array<number>, ambiguities: Array<string>, seatTitle?: string | null, person?: { __typename?: 'Person', key: string, name: string } | null, body?: { __typename?: 'Body', key: string, name: string } | null, represents?: { __typename?: 'Organization', key: string, name: string } | null, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }
   | null };

export type ExplorerPrioritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerPrioritiesQuery = { __typename?: 'Query', priorities: Array<{ __typename?: 'Priority', key: string, code: number, title: string, evaluations: Array<{ __typename?: 'Evaluation', key: string, year: number, region: string, value: number, scaleMin: number, scaleMax: number, respondents?: number | null, surveyed?: number | null, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }> }> }> };

export type ExplorerCollaboratorsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerCollaboratorsQuery = { __typename?: 'Query', collaborators: Array<{ __typename?: 'Collaborator', weight: number, entity:
      | { __typename: 'Body', key: string }
      | { __typename: 'Evaluation', key: string }
      | { __typename: 'Event', key: string }
      | { __typename: 'Funder', key: string }
      | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
      | { __typename: 'Person', name: string, key: string }
      | { __typename: 'Priority', key: string }
      | { __typename: 'Programme', key: string }
      | { __typename: 'Project', key: string }
      | { __typename: 'Report', key: string }
      | { __typename: 'Seat', key: string }
    , via: Array<
      | { __typename: 'Body', name: string, key: string }
      | { __typename: 'Evaluation', key: string }
      | { __typename: 'Event', name: string, key: string }
      | { __typename: 'Funder', key: string }
      | { __typename: 'Organization', key: string }
      | { __typename: 'Person', key: string }
      | { __typename: 'Priority', key: string }
      | { __typename: 'Programme', name: string, key: string }
      | { __typename: 'Project', name: string, key: string }
      | { __typename: 'Report', key: string }
      | { __typename: 'Seat', key: string }
    > }> };

export type ExplorerNetworkQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  minWeight: Scalars['Int']['input'];
  ties?: InputMaybe<TieChoiceInput>;
}>;


export type ExplorerNetworkQuery = { __typename?: 'Query', network: { __typename?: 'CollaborationNetwork', year?: number | null, communityCount: number, modularity: number, ties: string, isolatedCount: number, nodes: Array<{ __typename?: 'NetworkNode', key: string, name: string, kind: string, degree: number, weightedDegree: number, betweenness: number, pagerank: number, community: number, x: number, y: number }>, edges: Array<{ __typename?: 'NetworkEdge', source: string, target: string, weight: number }> } };

type EntityName_Body_Fragment = { __typename: 'Body', name: string, key: string };

type EntityName_Evaluation_Fragment = { __typename: 'Evaluation', value: number, year: number, key: string };

type EntityName_Event_Fragment = { __typename: 'Event', name: string, key: string };

type EntityName_Funder_Fragment = { __typename: 'Funder', name: string, key: string };

type EntityName_Organization_Fragment = { __typename: 'Organization', name: string, kind: OrganizationKind, key: string };

type EntityName_Person_Fragment = { __typename: 'Person', name: string, key: string };

type EntityName_Priority_Fragment = { __typename: 'Priority', title: string, key: string };

type EntityName_Programme_Fragment = { __typename: 'Programme', name: string, key: string };

type EntityName_Project_Fragment = { __typename: 'Project', name: string, key: string };

type EntityName_Report_Fragment = { __typename: 'Report', key: string, reportTitle: string };

type EntityName_Seat_Fragment = { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null };

export type EntityNameFragment =
  | EntityName_Body_Fragment
  | EntityName_Evaluation_Fragment
  | EntityName_Event_Fragment
  | EntityName_Funder_Fragment
  | EntityName_Organization_Fragment
  | EntityName_Person_Fragment
  | EntityName_Priority_Fragment
  | EntityName_Programme_Fragment
  | EntityName_Project_Fragment
  | EntityName_Report_Fragment
  | EntityName_Seat_Fragment
;

export type StepFragment = { __typename?: 'PathStep', type: string, forward: boolean, role?: string | null, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, from:
    | { __typename: 'Body', name: string, key: string }
    | { __typename: 'Evaluation', value: number, year: number, key: string }
    | { __typename: 'Event', name: string, key: string }
    | { __typename: 'Funder', name: string, key: string }
    | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
    | { __typename: 'Person', name: string, key: string }
    | { __typename: 'Priority', title: string, key: string }
    | { __typename: 'Programme', name: string, key: string }
    | { __typename: 'Project', name: string, key: string }
    | { __typename: 'Report', key: string, reportTitle: string }
    | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
  , to:
    | { __typename: 'Body', name: string, key: string }
    | { __typename: 'Evaluation', value: number, year: number, key: string }
    | { __typename: 'Event', name: string, key: string }
    | { __typename: 'Funder', name: string, key: string }
    | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
    | { __typename: 'Person', name: string, key: string }
    | { __typename: 'Priority', title: string, key: string }
    | { __typename: 'Programme', name: string, key: string }
    | { __typename: 'Project', name: string, key: string }
    | { __typename: 'Report', key: string, reportTitle: string }
    | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
   };

export type ExplorerNeighboursQueryVariables = Exact<{
  key: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerNeighboursQuery = { __typename?: 'Query', neighbours: Array<{ __typename?: 'PathStep', type: string, forward: boolean, role?: string | null, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, from:
      | { __typename: 'Body', name: string, key: string }
      | { __typename: 'Evaluation', value: number, year: number, key: string }
      | { __typename: 'Event', name: string, key: string }
      | { __typename: 'Funder', name: string, key: string }
      | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
      | { __typename: 'Person', name: string, key: string }
      | { __typename: 'Priority', title: string, key: string }
      | { __typename: 'Programme', name: string, key: string }
      | { __typename: 'Project', name: string, key: string }
      | { __typename: 'Report', key: string, reportTitle: string }
      | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
    , to:
      | { __typename: 'Body', name: string, key: string }
      | { __typename: 'Evaluation', value: number, year: number, key: string }
      | { __typename: 'Event', name: string, key: string }
      | { __typename: 'Funder', name: string, key: string }
      | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
      | { __typename: 'Person', name: string, key: string }
      | { __typename: 'Priority', title: string, key: string }
      | { __typename: 'Programme', name: string, key: string }
      | { __typename: 'Project', name: string, key: string }
      | { __typename: 'Report', key: string, reportTitle: string }
      | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
     }> };

export type ExplorerConnectionQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType> | RelationshipType>;
}>;


export type ExplorerConnectionQuery = { __typename?: 'Query', connection: Array<{ __typename?: 'ConnectionPath', length: number, nodes: Array<
      | { __typename: 'Body', name: string, key: string }
      | { __typename: 'Evaluation', value: number, year: number, key: string }
      | { __typename: 'Event', name: string, key: string }
      | { __typename: 'Funder', name: string, key: string }
      | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
      | { __typename: 'Person', name: string, key: string }
      | { __typename: 'Priority', title: string, key: string }
      | { __typename: 'Programme', name: string, key: string }
      | { __typename: 'Project', name: string, key: string }
      | { __typename: 'Report', key: string, reportTitle: string }
      | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
    >, steps: Array<{ __typename?: 'PathStep', type: string, forward: boolean, role?: string | null, years: Array<number>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, from:
        | { __typename: 'Body', name: string, key: string }
        | { __typename: 'Evaluation', value: number, year: number, key: string }
        | { __typename: 'Event', name: string, key: string }
        | { __typename: 'Funder', name: string, key: string }
        | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
        | { __typename: 'Person', name: string, key: string }
        | { __typename: 'Priority', title: string, key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', name: string, key: string }
        | { __typename: 'Report', key: string, reportTitle: string }
        | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
      , to:
        | { __typename: 'Body', name: string, key: string }
        | { __typename: 'Evaluation', value: number, year: number, key: string }
        | { __typename: 'Event', name: string, key: string }
        | { __typename: 'Funder', name: string, key: string }
        | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
        | { __typename: 'Person', name: string, key: string }
        | { __typename: 'Priority', title: string, key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', name: string, key: string }
        | { __typename: 'Report', key: string, reportTitle: string }
        | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
       }> }> };

export type ExplorerCompareQueryVariables = Exact<{
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type ExplorerCompareQuery = { __typename?: 'Query', compareYears: { __typename?: 'YearComparison', from: number, to: number, organizations: { __typename?: 'EntityChange', kept: number, appeared: Array<
        | { __typename: 'Body', name: string, key: string }
        | { __typename: 'Evaluation', value: number, year: number, key: string }
        | { __typename: 'Event', name: string, key: string }
        | { __typename: 'Funder', name: string, key: string }
        | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
        | { __typename: 'Person', name: string, key: string }
        | { __typename: 'Priority', title: string, key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', name: string, key: string }
        | { __typename: 'Report', key: string, reportTitle: string }
        | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
      >, disappeared: Array<
        | { __typename: 'Body', name: string, key: string }
        | { __typename: 'Evaluation', value: number, year: number, key: string }
        | { __typename: 'Event', name: string, key: string }
        | { __typename: 'Funder', name: string, key: string }
        | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
        | { __typename: 'Person', name: string, key: string }
        | { __typename: 'Priority', title: string, key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', name: string, key: string }
        | { __typename: 'Report', key: string, reportTitle: string }
        | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
      > }, projects: { __typename?: 'EntityChange', kept: number, appeared: Array<
        | { __typename: 'Body', name: string, key: string }
        | { __typename: 'Evaluation', value: number, year: number, key: string }
        | { __typename: 'Event', name: string, key: string }
        | { __typename: 'Funder', name: string, key: string }
        | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
        | { __typename: 'Person', name: string, key: string }
        | { __typename: 'Priority', title: string, key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', name: string, key: string }
        | { __typename: 'Report', key: string, reportTitle: string }
        | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
      >, disappeared: Array<
        | { __typename: 'Body', name: string, key: string }
        | { __typename: 'Evaluation', value: number, year: number, key: string }
        | { __typename: 'Event', name: string, key: string }
        | { __typename: 'Funder', name: string, key: string }
        | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
        | { __typename: 'Person', name: string, key: string }
        | { __typename: 'Priority', title: string, key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', name: string, key: string }
        | { __typename: 'Report', key: string, reportTitle: string }
        | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
      > }, seats: { __typename?: 'EntityChange', kept: number, appeared: Array<
        | { __typename: 'Body', name: string, key: string }
        | { __typename: 'Evaluation', value: number, year: number, key: string }
        | { __typename: 'Event', name: string, key: string }
        | { __typename: 'Funder', name: string, key: string }
        | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
        | { __typename: 'Person', name: string, key: string }
        | { __typename: 'Priority', title: string, key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', name: string, key: string }
        | { __typename: 'Report', key: string, reportTitle: string }
        | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
      >, disappeared: Array<
        | { __typename: 'Body', name: string, key: string }
        | { __typename: 'Evaluation', value: number, year: number, key: string }
        | { __typename: 'Event', name: string, key: string }
        | { __typename: 'Funder', name: string, key: string }
        | { __typename: 'Organization', name: string, kind: OrganizationKind, key: string }
        | { __typename: 'Person', name: string, key: string }
        | { __typename: 'Priority', title: string, key: string }
        | { __typename: 'Programme', name: string, key: string }
        | { __typename: 'Project', name: string, key: string }
        | { __typename: 'Report', key: string, reportTitle: string }
        | { __typename: 'Seat', role: SeatRole, key: string, seatTitle?: string | null }
      > }, collaborations: { __typename?: 'CollaborationChange', kept: number, appeared: Array<{ __typename?: 'NetworkEdge', source: string, target: string, weight: number }>, disappeared: Array<{ __typename?: 'NetworkEdge', source: string, target: string, weight: number }> }, priorityScores: Array<{ __typename?: 'ScoreChange', region: string, from?: number | null, to?: number | null, change?: number | null, priority?: { __typename?: 'Priority', key: string, code: number, title: string } | null }> } };

export type ExplorerPortfolioQueryVariables = Exact<{
  funder: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerPortfolioQuery = { __typename?: 'Query', funderPortfolio?: { __typename?: 'FunderPortfolio', year?: number | null, projectCount: number, organizationCount: number, funder: { __typename?: 'Funder', key: string, name: string, shortName?: string | null, funderKind: FunderKind, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, parent?: { __typename?: 'Funder', key: string, name: string } | null }, projects: Array<{ __typename?: 'PortfolioProject', years: Array<number>, ambiguities: Array<string>, sources: Array<{ __typename?: 'Source', quote: string, section: string, reportKey: string }>, project: { __typename?: 'Project', key: string, name: string, shortName?: string | null, status: ProjectStatus }, leads: Array<{ __typename?: 'Organization', key: string, name: string }>, participants: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, organization: { __typename?: 'Organization', key: string, name: string } }> }>, organizations: Array<{ __typename?: 'Organization', key: string, name: string, kind: OrganizationKind }> } | null };

export type ExplorerFundersQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerFundersQuery = { __typename?: 'Query', funders: { __typename?: 'FunderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FunderEdge', node: { __typename?: 'Funder', key: string, name: string, shortName?: string | null, funderKind: FunderKind, parent?: { __typename?: 'Funder', key: string } | null, projects: Array<{ __typename?: 'Funding', project: { __typename?: 'Project', key: string } }> } }> } };

export type ExplorerProjectFactsQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerProjectFactsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', key: string, status: ProjectStatus, funders: Array<{ __typename?: 'Funding', funder: { __typename?: 'Funder', key: string, name: string, shortName?: string | null } }>, participants: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, organization: { __typename?: 'Organization', key: string } }> } }> } };

type TimelineLink_Body_Fragment = { __typename: 'Body', name: string, key: string };

type TimelineLink_Evaluation_Fragment = { __typename: 'Evaluation', key: string };

type TimelineLink_Event_Fragment = { __typename: 'Event', name: string, key: string };

type TimelineLink_Funder_Fragment = { __typename: 'Funder', name: string, key: string };

type TimelineLink_Organization_Fragment = { __typename: 'Organization', name: string, key: string };

type TimelineLink_Person_Fragment = { __typename: 'Person', name: string, key: string };

type TimelineLink_Priority_Fragment = { __typename: 'Priority', key: string };

type TimelineLink_Programme_Fragment = { __typename: 'Programme', name: string, key: string };

type TimelineLink_Project_Fragment = { __typename: 'Project', name: string, key: string };

type TimelineLink_Report_Fragment = { __typename: 'Report', key: string };

type TimelineLink_Seat_Fragment = { __typename: 'Seat', key: string };

export type TimelineLinkFragment =
  | TimelineLink_Body_Fragment
  | TimelineLink_Evaluation_Fragment
  | TimelineLink_Event_Fragment
  | TimelineLink_Funder_Fragment
  | TimelineLink_Organization_Fragment
  | TimelineLink_Person_Fragment
  | TimelineLink_Priority_Fragment
  | TimelineLink_Programme_Fragment
  | TimelineLink_Project_Fragment
  | TimelineLink_Report_Fragment
  | TimelineLink_Seat_Fragment
;

export type ExplorerTimelineQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type ExplorerTimelineQuery = { __typename?: 'Query', entity?:
    | { __typename: 'Body', name: string, meetingsPerYear?: number | null, key: string, years: Array<number>, seats: Array<{ __typename?: 'Seat', key: string, role: SeatRole, year: number, person?: { __typename?: 'Person', key: string, name: string } | null }>, members: Array<{ __typename?: 'BodyMembership', role: MembershipRole, years: Array<number>, member:
          | { __typename: 'Body', name: string, key: string }
          | { __typename: 'Evaluation', key: string }
          | { __typename: 'Event', name: string, key: string }
          | { __typename: 'Funder', name: string, key: string }
          | { __typename: 'Organization', name: string, key: string }
          | { __typename: 'Person', name: string, key: string }
          | { __typename: 'Priority', key: string }
          | { __typename: 'Programme', name: string, key: string }
          | { __typename: 'Project', name: string, key: string }
          | { __typename: 'Report', key: string }
          | { __typename: 'Seat', key: string }
         }> }
    | { __typename: 'Evaluation', key: string, years: Array<number> }
    | { __typename: 'Event', name: string, date?: string | null, key: string, years: Array<number> }
    | { __typename: 'Funder', name: string, key: string, years: Array<number>, projects: Array<{ __typename?: 'Funding', years: Array<number>, project: { __typename?: 'Project', key: string, name: string, status: ProjectStatus } }> }
    | { __typename: 'Organization', name: string, key: string, years: Array<number>, projects: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, years: Array<number>, project: { __typename?: 'Project', key: string, name: string, status: ProjectStatus } }>, seats: Array<{ __typename?: 'Seat', key: string, role: SeatRole, title?: string | null, year: number, body?: { __typename?: 'Body', key: string, name: string } | null }>, memberships: Array<{ __typename?: 'BodyMembership', role: MembershipRole, years: Array<number>, body: { __typename?: 'Body', key: string, name: string } }>, funds: Array<{ __typename?: 'Funding', years: Array<number>, project: { __typename?: 'Project', key: string, name: string } }> }
    | { __typename: 'Person', name: string, key: string, years: Array<number>, seats: Array<{ __typename?: 'Seat', key: string, role: SeatRole, title?: string | null, year: number, body?: { __typename?: 'Body', key: string, name: string } | null, represents?: { __typename?: 'Organization', key: string, name: string } | null }>, affiliations: Array<{ __typename?: 'Affiliation', title?: string | null, years: Array<number>, organization: { __typename?: 'Organization', key: string, name: string } }>, contributions: Array<{ __typename?: 'Contribution', role: PersonRole, years: Array<number>, target:
          | { __typename: 'Body', name: string, key: string }
          | { __typename: 'Evaluation', key: string }
          | { __typename: 'Event', name: string, key: string }
          | { __typename: 'Funder', name: string, key: string }
          | { __typename: 'Organization', name: string, key: string }
          | { __typename: 'Person', name: string, key: string }
          | { __typename: 'Priority', key: string }
          | { __typename: 'Programme', name: string, key: string }
          | { __typename: 'Project', name: string, key: string }
          | { __typename: 'Report', key: string }
          | { __typename: 'Seat', key: string }
         }> }
    | { __typename: 'Priority', code: number, title: string, key: string, years: Array<number>, evaluations: Array<{ __typename?: 'Evaluation', key: string, year: number, region: string, value: number, scaleMax: number }> }
    | { __typename: 'Programme', name: string, key: string, years: Array<number> }
    | { __typename: 'Project', name: string, key: string, years: Array<number>, statusHistory: Array<{ __typename?: 'YearStatus', year: number, status: ProjectStatus }>, participants: Array<{ __typename?: 'ProjectParticipation', role: ParticipationRole, years: Array<number>, organization: { __typename?: 'Organization', key: string, name: string } }>, funders: Array<{ __typename?: 'Funding', years: Array<number>, funder: { __typename?: 'Funder', key: string, name: string, shortName?: string | null } }> }
    | { __typename: 'Report', key: string, years: Array<number> }
    | { __typename: 'Seat', key: string, years: Array<number> }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const QuoteFragmentDoc = new TypedDocumentString(`
    fragment Quote on Source {
  quote
  section
  reportKey
}
    `, {"fragmentName":"Quote"}) as unknown as TypedDocumentString<QuoteFragment, unknown>;
export const EntityNameFragmentDoc = new TypedDocumentString(`
    fragment EntityName on Entity {
  __typename
  key
  ... on Organization {
    name
    kind
  }
  ... on Project {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Funder {
    name
  }
  ... on Programme {
    name
  }
  ... on Event {
    name
  }
  ... on Priority {
    title
  }
  ... on Seat {
    seatTitle: title
    role
  }
  ... on Report {
    reportTitle: title
  }
  ... on Evaluation {
    value
    year
  }
}
    `, {"fragmentName":"EntityName"}) as unknown as TypedDocumentString<EntityNameFragment, unknown>;
export const StepFragmentDoc = new TypedDocumentString(`
    fragment Step on PathStep {
  type
  forward
  role
  years
  sources {
    ...Quote
  }
  from {
    ...EntityName
  }
  to {
    ...EntityName
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}
fragment EntityName on Entity {
  __typename
  key
  ... on Organization {
    name
    kind
  }
  ... on Project {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Funder {
    name
  }
  ... on Programme {
    name
  }
  ... on Event {
    name
  }
  ... on Priority {
    title
  }
  ... on Seat {
    seatTitle: title
    role
  }
  ... on Report {
    reportTitle: title
  }
  ... on Evaluation {
    value
    year
  }
}`, {"fragmentName":"Step"}) as unknown as TypedDocumentString<StepFragment, unknown>;
export const TimelineLinkFragmentDoc = new TypedDocumentString(`
    fragment TimelineLink on Entity {
  __typename
  key
  ... on Organization {
    name
  }
  ... on Project {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Funder {
    name
  }
  ... on Programme {
    name
  }
  ... on Event {
    name
  }
}
    `, {"fragmentName":"TimelineLink"}) as unknown as TypedDocumentString<TimelineLinkFragment, unknown>;
export const ExplorerReportsDocument = new TypedDocumentString(`
    query ExplorerReports {
  reports {
    key
    year
    region
    title
  }
}
    `, {"hash":"ed8063e2a51d604a6015eabf7ea7372984dfa7be2693970ea62f089c47ef9629"}) as unknown as TypedDocumentString<ExplorerReportsQuery, ExplorerReportsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    score
    entity {
      __typename
      key
      years
      ... on Organization {
        name
        kind
      }
      ... on Project {
        name
        shortName
        status
      }
      ... on Person {
        name
      }
      ... on Body {
        name
      }
      ... on Funder {
        name
        shortName
      }
      ... on Programme {
        name
      }
      ... on Event {
        name
        date
      }
      ... on Priority {
        code
        title
      }
    }
  }
}
    `, {"hash":"4136e4801e1b14c5d984c90076d8a790e012fc3db6c57740c671ed7dc32b3e83"}) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntityKindDocument = new TypedDocumentString(`
    query ExplorerEntityKind($key: String!) {
  entity(key: $key) {
    __typename
    key
  }
}
    `, {"hash":"9086bba0a09c0912f69173c3374ca6a85eca63495b74941646f5de244c9dd2e0"}) as unknown as TypedDocumentString<ExplorerEntityKindQuery, ExplorerEntityKindQueryVariables>;
export const ExplorerOrganizationDocument = new TypedDocumentString(`
    query ExplorerOrganization($key: String!, $year: Int) {
  organization(key: $key) {
    key
    name
    shortName
    kind
    aliases
    identifiers
    years
    ambiguities
    names {
      fi
      sv
      en
    }
    sources {
      ...Quote
    }
    parent {
      key
      name
    }
    units(year: $year, first: 500) {
      key
      name
    }
    asFunder {
      key
      name
      shortName
    }
    projects(year: $year, first: 500) {
      role
      years
      ambiguities
      sources {
        ...Quote
      }
      project {
        key
        name
        shortName
        status
        funders(year: $year, first: 20) {
          years
          sources {
            ...Quote
          }
          funder {
            key
            name
            shortName
          }
        }
      }
    }
    seats(year: $year, first: 500) {
      key
      role
      title
      year
      ambiguities
      sources {
        ...Quote
      }
      body {
        key
        name
      }
      person {
        key
        name
      }
      deputyFor {
        person {
          key
          name
        }
      }
    }
    memberships(year: $year, first: 500) {
      role
      years
      sources {
        ...Quote
      }
      body {
        key
        name
      }
    }
    people(year: $year, first: 500) {
      title
      years
      sources {
        ...Quote
      }
      person {
        key
        name
      }
    }
    organizes(year: $year, first: 500) {
      role
      years
      sources {
        ...Quote
      }
      target {
        __typename
        key
        ... on Event {
          name
          date
        }
        ... on Programme {
          name
        }
      }
    }
    funds(year: $year, first: 500) {
      years
      sources {
        ...Quote
      }
      project {
        key
        name
      }
    }
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}`, {"hash":"8f4b4206798d643b41cec33b7c6d04475ecdd040f2d3f8b87d178577f70baf49"}) as unknown as TypedDocumentString<ExplorerOrganizationQuery, ExplorerOrganizationQueryVariables>;
export const ExplorerProjectDocument = new TypedDocumentString(`
    query ExplorerProject($key: String!, $year: Int) {
  project(key: $key) {
    key
    name
    shortName
    status
    startYear
    endYear
    years
    ambiguities
    names {
      fi
      sv
      en
    }
    statusHistory {
      year
      status
    }
    sources {
      ...Quote
    }
    participants(year: $year, first: 500) {
      role
      years
      ambiguities
      sources {
        ...Quote
      }
      organization {
        key
        name
        kind
      }
    }
    funders(year: $year, first: 500) {
      years
      ambiguities
      sources {
        ...Quote
      }
      funder {
        key
        name
        shortName
      }
    }
    people(year: $year, first: 500) {
      role
      years
      sources {
        ...Quote
      }
      person {
        key
        name
      }
    }
    parent {
      key
      name
    }
    subprojects(year: $year, first: 500) {
      key
      name
    }
    programme {
      key
      name
    }
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}`, {"hash":"8fd747427293c44c017458d99aa76cca9e512294fc4b65b5ba0f04801a506248"}) as unknown as TypedDocumentString<ExplorerProjectQuery, ExplorerProjectQueryVariables>;
export const ExplorerPersonDocument = new TypedDocumentString(`
    query ExplorerPerson($key: String!, $year: Int) {
  person(key: $key) {
    key
    name
    years
    ambiguities
    sources {
      ...Quote
    }
    affiliations(year: $year, first: 500) {
      title
      years
      ambiguities
      sources {
        ...Quote
      }
      organization {
        key
        name
      }
    }
    seats(year: $year, first: 500) {
      key
      role
      title
      year
      ambiguities
      sources {
        ...Quote
      }
      body {
        key
        name
      }
      represents {
        key
        name
      }
      deputyFor {
        person {
          key
          name
        }
      }
      deputies {
        person {
          key
          name
        }
      }
    }
    contributions(year: $year, first: 500) {
      role
      years
      sources {
        ...Quote
      }
      target {
        __typename
        key
        ... on Project {
          name
        }
        ... on Event {
          name
        }
        ... on Body {
          name
        }
        ... on Programme {
          name
        }
      }
    }
    memberships(year: $year, first: 500) {
      role
      years
      sources {
        ...Quote
      }
      body {
        key
        name
      }
    }
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}`, {"hash":"3c80747530dbdb9fce05775c975f99c09e85c1bd7efb8adf8d3e50e4869b656c"}) as unknown as TypedDocumentString<ExplorerPersonQuery, ExplorerPersonQueryVariables>;
export const ExplorerBodyDocument = new TypedDocumentString(`
    query ExplorerBody($key: String!, $year: Int) {
  body(key: $key) {
    key
    name
    kind
    size
    sizeApproximate
    meetingsPerYear
    years
    ambiguities
    sources {
      ...Quote
    }
    organization {
      key
      name
    }
    seats(year: $year, first: 500) {
      key
      role
      title
      year
      ambiguities
      sources {
        ...Quote
      }
      person {
        key
        name
      }
      represents {
        key
        name
      }
      deputyFor {
        person {
          key
          name
        }
      }
    }
    members(year: $year, first: 500) {
      role
      years
      sources {
        ...Quote
      }
      member {
        __typename
        key
        ... on Organization {
          name
        }
        ... on Person {
          name
        }
      }
    }
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}`, {"hash":"821b1c346434457893469d1e933a28e32c037a9d9c74b0410a258773e47b9eec"}) as unknown as TypedDocumentString<ExplorerBodyQuery, ExplorerBodyQueryVariables>;
export const ExplorerFunderDocument = new TypedDocumentString(`
    query ExplorerFunder($key: String!, $year: Int) {
  funder(key: $key) {
    key
    name
    shortName
    funderKind
    years
    ambiguities
    names {
      fi
      sv
      en
    }
    sources {
      ...Quote
    }
    parent {
      key
      name
    }
    children(year: $year, first: 500) {
      key
      name
      shortName
    }
    organization {
      key
      name
    }
    projects(year: $year, first: 500) {
      years
      ambiguities
      sources {
        ...Quote
      }
      project {
        key
        name
        shortName
        status
        leads(year: $year, first: 10) {
          sources {
            ...Quote
          }
          organization {
            key
            name
          }
        }
      }
    }
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}`, {"hash":"44dd93fbb80bf818d6e1258314eaee8f5964b6b44f2320c0deab928ab6efae1a"}) as unknown as TypedDocumentString<ExplorerFunderQuery, ExplorerFunderQueryVariables>;
export const ExplorerOtherDocument = new TypedDocumentString(`
    query ExplorerOther($key: String!, $year: Int) {
  entity(key: $key) {
    __typename
    key
    years
    ambiguities
    sources {
      ...Quote
    }
    ... on Programme {
      name
      shortName
      parent {
        key
        name
      }
      children(year: $year, first: 500) {
        key
        name
      }
      coordinators(year: $year, first: 500) {
        role
        sources {
          ...Quote
        }
        organization {
          key
          name
        }
      }
      projects(year: $year, first: 500) {
        key
        name
        status
      }
    }
    ... on Event {
      name
      date
      month
      place
      format
      status
      organizers(year: $year, first: 500) {
        role
        sources {
          ...Quote
        }
        organization {
          key
          name
        }
      }
      people(year: $year, first: 500) {
        role
        sources {
          ...Quote
        }
        person {
          key
          name
        }
      }
    }
    ... on Priority {
      code
      title
      titles
      evaluations(first: 500) {
        key
        year
        region
        value
        scaleMax
        respondents
        surveyed
        sources {
          ...Quote
        }
      }
    }
    ... on Report {
      reportTitle: title
      year
      region
      reportDate: date
      author {
        key
        name
      }
      about {
        key
        name
      }
    }
    ... on Evaluation {
      value
      year
      region
      priority {
        key
        code
        title
      }
    }
    ... on Seat {
      role
      seatTitle: title
      year
      person {
        key
        name
      }
      body {
        key
        name
      }
      represents {
        key
        name
      }
    }
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}`, {"hash":"bf137194571026fdbafee1b927933c1e4d2d3df142c5ed2ae8a042cb08c5ca16"}) as unknown as TypedDocumentString<ExplorerOtherQuery, ExplorerOtherQueryVariables>;
export const ExplorerPrioritiesDocument = new TypedDocumentString(`
    query ExplorerPriorities {
  priorities {
    key
    code
    title
    evaluations(first: 500) {
      key
      year
      region
      value
      scaleMin
      scaleMax
      respondents
      surveyed
      sources {
        ...Quote
      }
    }
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}`, {"hash":"1c12bc7a0877ce30d4067ed807ef58ae47987777607a5f457179bc738e746ba2"}) as unknown as TypedDocumentString<ExplorerPrioritiesQuery, ExplorerPrioritiesQueryVariables>;
export const ExplorerCollaboratorsDocument = new TypedDocumentString(`
    query ExplorerCollaborators($key: String!, $year: Int) {
  collaborators(key: $key, year: $year, first: 200) {
    weight
    entity {
      __typename
      key
      ... on Organization {
        name
        kind
      }
      ... on Person {
        name
      }
    }
    via {
      __typename
      key
      ... on Project {
        name
      }
      ... on Body {
        name
      }
      ... on Event {
        name
      }
      ... on Programme {
        name
      }
    }
  }
}
    `, {"hash":"40b760b85b7956fa29f1167aad199f780a598b75cc0c5770734d3f91c01c4162"}) as unknown as TypedDocumentString<ExplorerCollaboratorsQuery, ExplorerCollaboratorsQueryVariables>;
export const ExplorerNetworkDocument = new TypedDocumentString(`
    query ExplorerNetwork($year: Int, $minWeight: Int!, $ties: TieChoiceInput) {
  network(year: $year, minWeight: $minWeight, ties: $ties) {
    year
    communityCount
    modularity
    ties
    isolatedCount
    nodes {
      key
      name
      kind
      degree
      weightedDegree
      betweenness
      pagerank
      community
      x
      y
    }
    edges {
      source
      target
      weight
    }
  }
}
    `, {"hash":"82fd33534188a42ec8f84fe26124bd494c79dbb5a869bcb594351ba13fc29661"}) as unknown as TypedDocumentString<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const ExplorerNeighboursDocument = new TypedDocumentString(`
    query ExplorerNeighbours($key: String!, $year: Int) {
  neighbours(key: $key, year: $year, first: 200) {
    ...Step
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}
fragment EntityName on Entity {
  __typename
  key
  ... on Organization {
    name
    kind
  }
  ... on Project {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Funder {
    name
  }
  ... on Programme {
    name
  }
  ... on Event {
    name
  }
  ... on Priority {
    title
  }
  ... on Seat {
    seatTitle: title
    role
  }
  ... on Report {
    reportTitle: title
  }
  ... on Evaluation {
    value
    year
  }
}
fragment Step on PathStep {
  type
  forward
  role
  years
  sources {
    ...Quote
  }
  from {
    ...EntityName
  }
  to {
    ...EntityName
  }
}`, {"hash":"ec6695f6ded9b17ce6b58d2dcbd676b1c10ca6b2790900f593ebec31d2c49b74"}) as unknown as TypedDocumentString<ExplorerNeighboursQuery, ExplorerNeighboursQueryVariables>;
export const ExplorerConnectionDocument = new TypedDocumentString(`
    query ExplorerConnection($from: String!, $to: String!, $year: Int, $maxLength: Int, $types: [RelationshipType!]) {
  connection(
    from: $from
    to: $to
    year: $year
    maxLength: $maxLength
    relationshipTypes: $types
    limit: 5
  ) {
    length
    nodes {
      ...EntityName
    }
    steps {
      ...Step
    }
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}
fragment EntityName on Entity {
  __typename
  key
  ... on Organization {
    name
    kind
  }
  ... on Project {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Funder {
    name
  }
  ... on Programme {
    name
  }
  ... on Event {
    name
  }
  ... on Priority {
    title
  }
  ... on Seat {
    seatTitle: title
    role
  }
  ... on Report {
    reportTitle: title
  }
  ... on Evaluation {
    value
    year
  }
}
fragment Step on PathStep {
  type
  forward
  role
  years
  sources {
    ...Quote
  }
  from {
    ...EntityName
  }
  to {
    ...EntityName
  }
}`, {"hash":"4fb3f0c7b94304d4b7b116a5285b9a5d48740b24d23112470903138bef76dc7f"}) as unknown as TypedDocumentString<ExplorerConnectionQuery, ExplorerConnectionQueryVariables>;
export const ExplorerCompareDocument = new TypedDocumentString(`
    query ExplorerCompare($from: Int!, $to: Int!) {
  compareYears(from: $from, to: $to) {
    from
    to
    organizations {
      appeared {
        ...EntityName
      }
      disappeared {
        ...EntityName
      }
      kept
    }
    projects {
      appeared {
        ...EntityName
      }
      disappeared {
        ...EntityName
      }
      kept
    }
    seats {
      appeared {
        ...EntityName
      }
      disappeared {
        ...EntityName
      }
      kept
    }
    collaborations {
      appeared {
        source
        target
        weight
      }
      disappeared {
        source
        target
        weight
      }
      kept
    }
    priorityScores {
      priority {
        key
        code
        title
      }
      region
      from
      to
      change
    }
  }
}
    fragment EntityName on Entity {
  __typename
  key
  ... on Organization {
    name
    kind
  }
  ... on Project {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Funder {
    name
  }
  ... on Programme {
    name
  }
  ... on Event {
    name
  }
  ... on Priority {
    title
  }
  ... on Seat {
    seatTitle: title
    role
  }
  ... on Report {
    reportTitle: title
  }
  ... on Evaluation {
    value
    year
  }
}`, {"hash":"9d7e70cb15950c6052f55007d4a961da33006169d0a206dd6d615bbe763475bf"}) as unknown as TypedDocumentString<ExplorerCompareQuery, ExplorerCompareQueryVariables>;
export const ExplorerPortfolioDocument = new TypedDocumentString(`
    query ExplorerPortfolio($funder: String!, $year: Int) {
  funderPortfolio(funder: $funder, year: $year) {
    year
    projectCount
    organizationCount
    funder {
      key
      name
      shortName
      funderKind
      sources {
        ...Quote
      }
      parent {
        key
        name
      }
    }
    projects {
      years
      ambiguities
      sources {
        ...Quote
      }
      project {
        key
        name
        shortName
        status
      }
      leads {
        key
        name
      }
      participants {
        role
        organization {
          key
          name
        }
      }
    }
    organizations {
      key
      name
      kind
    }
  }
}
    fragment Quote on Source {
  quote
  section
  reportKey
}`, {"hash":"f99491b4bd0f33b7fb79ea6b1c9582fc1056e2505a485c3aa27b7400f572bdab"}) as unknown as TypedDocumentString<ExplorerPortfolioQuery, ExplorerPortfolioQueryVariables>;
export const ExplorerFundersDocument = new TypedDocumentString(`
    query ExplorerFunders($year: Int, $after: String) {
  funders(first: 100, after: $after, year: $year) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        key
        name
        shortName
        funderKind
        parent {
          key
        }
        projects(year: $year, first: 500) {
          project {
            key
          }
        }
      }
    }
  }
}
    `, {"hash":"cfd5dd8fda99d29242244b898525856161bc89bf438ef932ae0b09f82324015a"}) as unknown as TypedDocumentString<ExplorerFundersQuery, ExplorerFundersQueryVariables>;
export const ExplorerProjectFactsDocument = new TypedDocumentString(`
    query ExplorerProjectFacts($year: Int, $after: String) {
  projects(first: 100, after: $after, year: $year) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        key
        status
        funders(year: $year, first: 50) {
          funder {
            key
            name
            shortName
          }
        }
        participants(year: $year, first: 500) {
          role
          organization {
            key
          }
        }
      }
    }
  }
}
    `, {"hash":"afb7637ade717242028603a21050cce871ed0dc4d5c222385f9d1dd3e642f0e1"}) as unknown as TypedDocumentString<ExplorerProjectFactsQuery, ExplorerProjectFactsQueryVariables>;
export const ExplorerTimelineDocument = new TypedDocumentString(`
    query ExplorerTimeline($key: String!) {
  entity(key: $key) {
    __typename
    key
    years
    ... on Organization {
      name
      projects(first: 500) {
        role
        years
        project {
          key
          name
          status
        }
      }
      seats(first: 500) {
        key
        role
        title
        year
        body {
          key
          name
        }
      }
      memberships(first: 500) {
        role
        years
        body {
          key
          name
        }
      }
      funds(first: 500) {
        years
        project {
          key
          name
        }
      }
    }
    ... on Project {
      name
      statusHistory {
        year
        status
      }
      participants(first: 500) {
        role
        years
        organization {
          key
          name
        }
      }
      funders(first: 500) {
        years
        funder {
          key
          name
          shortName
        }
      }
    }
    ... on Person {
      name
      seats(first: 500) {
        key
        role
        title
        year
        body {
          key
          name
        }
        represents {
          key
          name
        }
      }
      affiliations(first: 500) {
        title
        years
        organization {
          key
          name
        }
      }
      contributions(first: 500) {
        role
        years
        target {
          ...TimelineLink
        }
      }
    }
    ... on Body {
      name
      meetingsPerYear
      seats(first: 500) {
        key
        role
        year
        person {
          key
          name
        }
      }
      members(first: 500) {
        role
        years
        member {
          ...TimelineLink
        }
      }
    }
    ... on Funder {
      name
      projects(first: 500) {
        years
        project {
          key
          name
          status
        }
      }
    }
    ... on Programme {
      name
    }
    ... on Event {
      name
      date
    }
    ... on Priority {
      code
      title
      evaluations(first: 500) {
        key
        year
        region
        value
        scaleMax
      }
    }
  }
}
    fragment TimelineLink on Entity {
  __typename
  key
  ... on Organization {
    name
  }
  ... on Project {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Funder {
    name
  }
  ... on Programme {
    name
  }
  ... on Event {
    name
  }
}`, {"hash":"ac26797ba00c616fb0ace99101436d86ce30943dd8bb4bac832849793a17704d"}) as unknown as TypedDocumentString<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;