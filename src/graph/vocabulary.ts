/**
 * The one vocabulary of the graph: labels, relationship types, enumerations and key formats.
 * The import writer, the API queries and the analytics all name things from here, so a rename is one edit; how the
 * kinds and relationships fit together is model.ts.
 */

/** Every imported node also carries ENTITY, whose `key` is unique: one constraint covers every kind. */
export const Label = {
  Entity: 'Entity',
  Report: 'Report',
  Organization: 'Organization',
  Funder: 'Funder',
  Person: 'Person',
  Seat: 'Seat',
  Body: 'Body',
  Project: 'Project',
  Programme: 'Programme',
  Event: 'Event',
  Priority: 'Priority',
  Evaluation: 'Evaluation',
  ImportRun: 'ImportRun',
  /** One node holding the graph version that every import bumps (response caches key on it). */
  GraphMeta: 'GraphMeta',
  /** An import about to change the graph, so that API replicas stop trusting the version they hold (version-lease.ts). */
  ImportAnnouncement: 'ImportAnnouncement',
} as const;
export type Label = (typeof Label)[keyof typeof Label];

export const Rel = {
  /** Organization -[:PART_OF]-> Organization (unit of a larger organisation); Body -[:PART_OF]-> Organization. */
  PartOf: 'PART_OF',
  /** Person -[:AFFILIATED_WITH {title}]-> Organization, titles as written in the report. */
  AffiliatedWith: 'AFFILIATED_WITH',
  /** Seat -[:HELD_BY]-> Person */
  HeldBy: 'HELD_BY',
  /** Seat -[:SEAT_IN]-> Body */
  SeatIn: 'SEAT_IN',
  /** Seat -[:REPRESENTS]-> Organization */
  Represents: 'REPRESENTS',
  /** deputy Seat -[:DEPUTY_FOR]-> member Seat */
  DeputyFor: 'DEPUTY_FOR',
  /** Organization -[:PARTICIPATES_IN {role}]-> Project (lead, partner, co-implementer, coordinator, supporter) */
  ParticipatesIn: 'PARTICIPATES_IN',
  /** Person -[:CONTRIBUTES_TO {role}]-> Project | Body | Event | Programme */
  ContributesTo: 'CONTRIBUTES_TO',
  /** Funder -[:FUNDS]-> Project */
  Funds: 'FUNDS',
  /** Project -[:SUBPROJECT_OF]-> Project */
  SubprojectOf: 'SUBPROJECT_OF',
  /** Project -[:IN_PROGRAMME]-> Programme; Programme -[:IN_PROGRAMME]-> Programme (nesting) */
  InProgramme: 'IN_PROGRAMME',
  /** Funder -[:FUNDED_WITHIN]-> Funder (ESR within the EU structural funds) */
  FundedWithin: 'FUNDED_WITHIN',
  /** Organization -[:MEMBER_OF {role}]-> Body (networks, working groups) */
  MemberOf: 'MEMBER_OF',
  /** Organization -[:ORGANIZES {role}]-> Event | Programme (ORGANIZER of an event, COORDINATOR of a programme) */
  Organizes: 'ORGANIZES',
  /** Evaluation -[:EVALUATES]-> Priority */
  Evaluates: 'EVALUATES',
  /** Report -[:ABOUT]-> Organization (the competence centre the report is written for) */
  About: 'ABOUT',
  /** Report -[:AUTHORED_BY]-> Person */
  AuthoredBy: 'AUTHORED_BY',
  /** ImportRun -[:IMPORTED]-> Report */
  Imported: 'IMPORTED',
} as const;
export type Rel = (typeof Rel)[keyof typeof Rel];

export const OrganizationKind = [
  'JOINT_MUNICIPAL_AUTHORITY',
  'HOSPITAL',
  'COMPETENCE_CENTRE',
  'REGIONAL_COUNCIL',
  'UNIVERSITY',
  'UNIVERSITY_CENTRE',
  'UNIVERSITY_OF_APPLIED_SCIENCES',
  'VOCATIONAL_COLLEGE',
  'ASSOCIATION',
  'FOUNDATION',
  'STATE_AGENCY',
  'SUBREGIONAL_UNIT',
  'MUNICIPALITY',
  'COMPANY',
  'FOREIGN_ORGANIZATION',
  'OTHER',
] as const;
export type OrganizationKind = (typeof OrganizationKind)[number];

export const FunderKind = ['EU_FUND', 'EU_PROGRAMME', 'STATE_AGENCY', 'STATE_FUNDING', 'FOUNDATION', 'OTHER'] as const;
export type FunderKind = (typeof FunderKind)[number];

export const ParticipationRole = ['LEAD', 'PARTNER', 'CO_IMPLEMENTER', 'COORDINATOR', 'SUPPORTER'] as const;
export type ParticipationRole = (typeof ParticipationRole)[number];

export const PersonRole = ['COORDINATOR', 'LEAD', 'MEMBER', 'SPEAKER', 'RESPONSIBLE', 'CONTRIBUTOR'] as const;
export type PersonRole = (typeof PersonRole)[number];

export const SeatRole = ['MEMBER', 'DEPUTY', 'PRESENTER'] as const;
export type SeatRole = (typeof SeatRole)[number];

export const BodyKind = ['STEERING_GROUP', 'NETWORK', 'WORKING_GROUP', 'MANAGEMENT_GROUP', 'OTHER'] as const;
export type BodyKind = (typeof BodyKind)[number];

export const ProjectStatus = ['PREPARED', 'APPLIED', 'FUNDED', 'ONGOING', 'NOT_STARTED', 'INTERRUPTED', 'COMPLETED'] as const;
export type ProjectStatus = (typeof ProjectStatus)[number];

export const EventFormat = ['ON_SITE', 'ONLINE', 'HYBRID'] as const;
export type EventFormat = (typeof EventFormat)[number];

export const EventStatus = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type EventStatus = (typeof EventStatus)[number];

export const MembershipRole = ['MEMBER', 'COORDINATOR', 'HOST'] as const;
export type MembershipRole = (typeof MembershipRole)[number];

/** An organisation organises an event or coordinates a programme. */
export const OrganizingRole = ['ORGANIZER', 'COORDINATOR'] as const;
export type OrganizingRole = (typeof OrganizingRole)[number];

/**
 * Keys are `prefix:slug`, lower case, digits, `-`, `.`, `_` and `/` in the slug: `org:kosti-ry`,
 * `person:iiris-jurvansuu`; official ids (`fi-ytunnus:0123456-7`) are keys too. Conventions: seeds/README.md.
 */
export const KEY_PATTERN = /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9._/-]*$/;

/**
 * Provenance and history properties carried by every imported node and relationship.
 * `sources` holds JSON strings {report, section, quote}: Neo4j properties cannot hold maps, and a string compares
 * by value, so the same quote imported twice stays one entry.
 */
export const Prop = {
  key: 'key',
  years: 'years',
  reports: 'reports',
  sources: 'sources',
  ambiguities: 'ambiguities',
  /** The latest report year that set the scalar properties; an older report never overwrites a newer one. */
  statedYear: 'statedYear',
  /** Relationship identity within its type and endpoints, e.g. the role of a participation. */
  rid: 'rid',
  searchText: 'searchText',
} as const;
