/**
 * Type definitions for @neo4j/graphql 7 over the graph our importer writes: the same labels, relationship types and
 * directions (src/graph/vocabulary.ts), the same provenance properties. Read-only, like our API, configured the way
 * the library's documentation recommends for production (no mutations, no deprecated fields).
 * Provenance `sources` are the stored JSON strings: the library cannot decode them (our API does).
 */
export const peerTypeDefs = /* GraphQL */ `
  extend schema @mutation(operations: [])

  enum OrganizationKind { JOINT_MUNICIPAL_AUTHORITY HOSPITAL COMPETENCE_CENTRE REGIONAL_COUNCIL UNIVERSITY UNIVERSITY_CENTRE UNIVERSITY_OF_APPLIED_SCIENCES VOCATIONAL_COLLEGE ASSOCIATION FOUNDATION STATE_AGENCY SUBREGIONAL_UNIT MUNICIPALITY COMPANY FOREIGN_ORGANIZATION OTHER }
  enum FunderKind { EU_FUND EU_PROGRAMME STATE_AGENCY STATE_FUNDING FOUNDATION OTHER }
  enum ParticipationRole { LEAD PARTNER CO_IMPLEMENTER COORDINATOR SUPPORTER }
  enum PersonRole { COORDINATOR LEAD MEMBER SPEAKER RESPONSIBLE CONTRIBUTOR }
  enum SeatRole { MEMBER DEPUTY PRESENTER }
  enum BodyKind { STEERING_GROUP NETWORK WORKING_GROUP MANAGEMENT_GROUP OTHER }
  enum ProjectStatus { PREPARED APPLIED FUNDED ONGOING NOT_STARTED INTERRUPTED COMPLETED }
  enum EventFormat { ON_SITE ONLINE HYBRID }
  enum EventStatus { PLANNED HELD CANCELLED }

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
    parent: [Organization!]! @relationship(type: "PART_OF", direction: OUT, properties: "Fact")
    units: [Organization!]! @relationship(type: "PART_OF", direction: IN, properties: "Fact")
    projects: [Project!]! @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Participation")
    people: [Person!]! @relationship(type: "AFFILIATED_WITH", direction: IN, properties: "Affiliation")
    seats: [Seat!]! @relationship(type: "REPRESENTS", direction: IN, properties: "Fact")
    memberships: [Body!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
    funds: [Project!]! @relationship(type: "FUNDS", direction: OUT, properties: "Fact")
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
    parent: [Funder!]! @relationship(type: "FUNDED_WITHIN", direction: OUT, properties: "Fact")
    children: [Funder!]! @relationship(type: "FUNDED_WITHIN", direction: IN, properties: "Fact")
    projects: [Project!]! @relationship(type: "FUNDS", direction: OUT, properties: "Fact")
  }

  type Person @node(labels: ["Person"]) {
    key: String!
    name: String!
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
    affiliations: [Organization!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "Affiliation")
    seats: [Seat!]! @relationship(type: "HELD_BY", direction: IN, properties: "Fact")
    contributions: [Project!]! @relationship(type: "CONTRIBUTES_TO", direction: OUT, properties: "Contribution")
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
    person: [Person!]! @relationship(type: "HELD_BY", direction: OUT, properties: "Fact")
    body: [Body!]! @relationship(type: "SEAT_IN", direction: OUT, properties: "Fact")
    represents: [Organization!]! @relationship(type: "REPRESENTS", direction: OUT, properties: "Fact")
    deputyFor: [Seat!]! @relationship(type: "DEPUTY_FOR", direction: OUT, properties: "Fact")
    deputies: [Seat!]! @relationship(type: "DEPUTY_FOR", direction: IN, properties: "Fact")
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
    organization: [Organization!]! @relationship(type: "PART_OF", direction: OUT, properties: "Fact")
    seats: [Seat!]! @relationship(type: "SEAT_IN", direction: IN, properties: "Fact")
    memberOrganizations: [Organization!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
  }

  type Programme @node(labels: ["Programme"]) {
    key: String!
    name: String!
    shortName: String
    years: [Int!]
    reports: [String!]
    sources: [String!]
    ambiguities: [String!]
    parent: [Programme!]! @relationship(type: "IN_PROGRAMME", direction: OUT, properties: "Fact")
    projects: [Project!]! @relationship(type: "IN_PROGRAMME", direction: IN, properties: "Fact")
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
    parent: [Project!]! @relationship(type: "SUBPROJECT_OF", direction: OUT, properties: "Fact")
    subprojects: [Project!]! @relationship(type: "SUBPROJECT_OF", direction: IN, properties: "Fact")
    programme: [Programme!]! @relationship(type: "IN_PROGRAMME", direction: OUT, properties: "Fact")
    participants: [Organization!]! @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participation")
    funders: [Funder!]! @relationship(type: "FUNDS", direction: IN, properties: "Fact")
    people: [Person!]! @relationship(type: "CONTRIBUTES_TO", direction: IN, properties: "Contribution")
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
    organizers: [Organization!]! @relationship(type: "ORGANIZES", direction: IN, properties: "Membership")
  }

  type Priority @node(labels: ["Priority"]) {
    key: String!
    code: Int!
    title: String!
    titles: [String!]
    years: [Int!]
    sources: [String!]
    evaluations: [Evaluation!]! @relationship(type: "EVALUATES", direction: IN, properties: "Fact")
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
    priority: [Priority!]! @relationship(type: "EVALUATES", direction: OUT, properties: "Fact")
  }

  type Report @node(labels: ["Report"]) {
    key: String!
    title: String!
    region: String!
    year: Int!
    date: String!
    years: [Int!]
    sources: [String!]
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
