/**
 * Type definitions for @neo4j/graphql 7 over the graph our importer writes: the enumerations, relationship types,
 * directions and targets come from the graph model (src/graph/), the stored properties are listed here. Read-only,
 * like our API, configured the way the library's documentation recommends for production (no mutations, no deprecated
 * fields).
 * Provenance `sources` are the stored JSON strings: the library cannot decode them (our API does).
 */
import { entityOfLabel, type Typename } from '../../src/graph/model.js';
import { TRAVERSALS } from '../../src/graph/traversals.js';
import * as vocabulary from '../../src/graph/vocabulary.js';
import { Label, Rel } from '../../src/graph/vocabulary.js';

const ENUMS = ['OrganizationKind', 'FunderKind', 'ParticipationRole', 'PersonRole', 'SeatRole', 'BodyKind', 'ProjectStatus', 'EventFormat', 'EventStatus']
  .map((name) => `  enum ${name} { ${(vocabulary[name as keyof typeof vocabulary] as readonly string[]).join(' ')} }`)
  .join('\n');

/** The relationship property type of each relationship type (Fact for the others). */
const PROPERTIES: Partial<Record<Rel, string>> = {
  [Rel.ParticipatesIn]: 'Participation',
  [Rel.ContributesTo]: 'Contribution',
  [Rel.MemberOf]: 'Membership',
  [Rel.Organizes]: 'Membership',
  [Rel.AffiliatedWith]: 'Affiliation',
};

/**
 * The traversals the peer declares, by our field name, with their type, direction and target from the graph model;
 * `field:Type` narrows a target of several kinds to one (the library needs one type), `field>name` renames.
 */
const PEER_FIELDS: Record<Typename, string[]> = {
  Organization: ['parent', 'units', 'projects', 'people', 'seats', 'memberships', 'funds'],
  Funder: ['parent', 'children', 'projects'],
  Person: ['affiliations', 'seats', 'contributions:Project'],
  Seat: ['person', 'body', 'represents', 'deputyFor', 'deputies'],
  Body: ['organization', 'seats', 'members>memberOrganizations:Organization'],
  Programme: ['parent', 'projects'],
  Project: ['parent', 'subprojects', 'programme', 'participants', 'funders', 'people'],
  Event: ['organizers'],
  Priority: ['evaluations'],
  Evaluation: ['priority'],
  Report: [],
};

function relationships(typename: Typename): string {
  return PEER_FIELDS[typename]
    .map((spec) => {
      const [, field, rename, narrowed] = /^(\w+)(?:>(\w+))?(?::(\w+))?$/.exec(spec)!;
      const t = TRAVERSALS[typename].find((x) => x.name === field)!;
      const target = narrowed ?? (t.to === Label.Entity ? 'Entity' : entityOfLabel(t.to)!.typename);
      const direction = t.direction === 'out' ? 'OUT' : 'IN';
      return `    ${rename ?? field}: [${target}!]! @relationship(type: "${t.rel}", direction: ${direction}, properties: "${PROPERTIES[t.rel] ?? 'Fact'}")`;
    })
    .join('\n');
}

export const peerTypeDefs = /* GraphQL */ `
  extend schema @mutation(operations: [])

${ENUMS}

  type Participation @relationshipProperties {
    role: ParticipationRole!
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
  }
  type Contribution @relationshipProperties {
    role: PersonRole!
    years: [Int!]
    sources: [String!]
    ambiguities: [String!]
  }
  type Membership @relationshipProperties {
    role: String
    years: [Int!]
    sources: [String!]
  }
  type Affiliation @relationshipProperties {
    title: String
    years: [Int!]
    sources: [String!]
  }
  type Fact @relationshipProperties {
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
  }

  type Organization @node(labels: ["Organization"]) {
    key: String!
    name: String!
    shortName: String
    nameFi: String
    nameSv: String
    nameEn: String
    kind: OrganizationKind!
    aliases: [String!]
    identifiers: [String!]
    searchText: String
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
${relationships('Organization')}
  }

  type Funder @node(labels: ["Funder"]) {
    key: String!
    name: String!
    shortName: String
    nameEn: String
    funderKind: FunderKind!
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
${relationships('Funder')}
  }

  type Person @node(labels: ["Person"]) {
    key: String!
    name: String!
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
${relationships('Person')}
  }

  type Seat @node(labels: ["Seat"]) {
    key: String!
    role: SeatRole!
    title: String
    year: Int!
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
${relationships('Seat')}
  }

  type Body @node(labels: ["Body"]) {
    key: String!
    name: String!
    kind: BodyKind!
    size: Int
    sizeApproximate: Boolean
    meetingsPerYear: Float
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
${relationships('Body')}
  }

  type Programme @node(labels: ["Programme"]) {
    key: String!
    name: String!
    shortName: String
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
${relationships('Programme')}
  }

  type Project @node(labels: ["Project"]) @fulltext(indexes: [{ indexName: "entity_search", queryName: "projectsFulltext", fields: ["searchText"] }]) {
    key: String!
    name: String!
    shortName: String
    status: ProjectStatus!
    statusHistory: [String!]
    startYear: Int
    endYear: Int
    searchText: String
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
${relationships('Project')}
  }

  type Event @node(labels: ["Event"]) {
    key: String!
    name: String!
    date: String
    month: String
    place: String
    format: EventFormat
    status: EventStatus!
    years: [Int!]
    sources: [String!]
${relationships('Event')}
  }

  type Priority @node(labels: ["Priority"]) {
    key: String!
    code: Int!
    title: String!
    titles: [String!]
    years: [Int!]
    sources: [String!]
${relationships('Priority')}
  }

  type Evaluation @node(labels: ["Evaluation"]) {
    key: String!
    value: Float!
    year: Int!
    region: String!
    respondents: Int
    surveyed: Int
    years: [Int!]
    sources: [String!]
${relationships('Evaluation')}
  }

  type Report @node(labels: ["Report"]) {
    key: String!
    title: String!
    region: String!
    year: Int!
    date: String!
    years: [Int!]
    sources: [String!]
${relationships('Report')}
  }
`;

/** The library's documented schema optimisations (neo4j.com/docs/graphql/current/optimization). */
export const peerFeatures = {
  excludeDeprecatedFields: {
    mutationOperations: true,
    aggregationFilters: true,
    aggregationFiltersOutsideConnection: true,
    relationshipFilters: true,
    attributeFilters: true,
  },
};
