/**
 * Reads for the analytics: one query per projection (the bipartite member → item graph of a year), shortest
 * connections, a funder's portfolio, and a year's inventory for comparisons.
 */
import neo4j from 'neo4j-driver';
import type { Executor } from '../../../db/executor.js';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { Member, Membership } from '../../../analytics/network.js';
import type { Props } from '../../engine/mapping.js';
import { membershipsCypher } from '../../engine/membership.queries.js';
import { entity, FACT_RELATIONSHIPS, MEMBERSHIPS, PARTS, relationship, type Membership as GraphMembership } from '../../../graph/model.js';

export type MemberKind = 'Organization' | 'Person';

/**
 * Stated in the view: of `$year` (any year when null) and, when `$reports` is given (a region's reports of that
 * year, regionReports), by one of those reports. Two parameters, whatever is asked, so each query is one statement.
 */
const statedIn = (v: string) => `($year IS NULL OR $year IN ${v}.years) AND ($reports IS NULL OR any(k IN coalesce(${v}.reports, []) WHERE k IN $reports))`;

/**
 * The keys of a region's reports (of `year`, when given), and whether the region has any report at all: what narrows
 * a view to a region. Regions compare case-insensitively, as the list views do.
 */
export async function regionReports(
  executor: Executor,
  region: string,
  year: number | null,
  signal?: AbortSignal,
): Promise<{ reports: string[]; known: boolean; regions: string[] }> {
  const [row] = await executor.read<{ reports: string[]; known: boolean; regions: string[] }>(
    `RETURN COLLECT { MATCH (r:${Label.Report}) WHERE toLower(r.region) = toLower($region) AND ($year IS NULL OR r.year = $year) RETURN r.key ORDER BY r.key } AS reports,
            EXISTS { MATCH (r:${Label.Report}) WHERE toLower(r.region) = toLower($region) } AS known,
            COLLECT { MATCH (r:${Label.Report}) WHERE r.region IS NOT NULL RETURN DISTINCT r.region AS region ORDER BY region } AS regions`,
    { region, year },
    { signal },
  );
  return row ?? { reports: [], known: false, regions: [] };
}

export interface Projection {
  members: Member[];
  memberships: Membership[];
}

/**
 * The bipartite projection of one year (or of all years with year = null), in one round trip: the model's
 * memberships (membershipsCypher) and the kind of every body, which tie choices select by.
 */
export async function readProjection(
  executor: Executor,
  kind: MemberKind,
  year: number | null,
  reports: string[] | null = null,
  signal?: AbortSignal,
): Promise<Projection> {
  const memberLabel = kind === 'Organization' ? Label.Organization : Label.Person;
  const [row] = await executor.read<{ members: Member[]; memberships: Omit<Membership, 'itemKind'>[]; bodyKinds: { key: string; kind: string | null }[] }>(
    `CALL () {
       MATCH (m:${memberLabel}) WHERE ${statedIn('m')}
       RETURN collect({key: m.key, name: m.name, kind: coalesce(m.kind, '${memberLabel.toUpperCase()}')}) AS members
     }
     CALL () {
       CALL () { ${membershipsCypher(kind, statedIn)} }
       RETURN collect({member: member, item: item, itemType: itemType, itemName: coalesce(itemName, item)}) AS memberships
     }
     CALL () { MATCH (b:${Label.Body}) RETURN collect({key: b.key, kind: b.kind}) AS bodyKinds }
     RETURN members, memberships, bodyKinds`,
    { year, reports },
    { signal, timeoutMs: 120_000 },
  );
  if (!row) return { members: [], memberships: [] };
  const bodyKind = new Map(row.bodyKinds.map((b) => [b.key, b.kind]));
  return {
    members: row.members,
    memberships: row.memberships.map((m) => ({ ...m, itemKind: m.itemType === 'Body' ? (bodyKind.get(m.item) ?? null) : null })),
  };
}

/**
 * Relationship types a connection may follow: the model's fact relationships between the entities the reports
 * describe, not a report's own (its author, whom it is about), which would make every pair two steps apart.
 */
export const CONNECTION_TYPES: readonly Rel[] = FACT_RELATIONSHIPS.filter((t) => {
  const r = relationship(t);
  return !r.from.includes(Label.Report) && !r.to.includes(Label.Report);
});

export const MAX_CONNECTION_LENGTH = 10;

/**
 * One prepared statement per maximum length: Cypher does not take the bound of a variable-length pattern as a
 * parameter, and a fixed table keeps user input out of the query text. The statement also says whether both ends
 * exist, so that a request naming them by key needs no round trip of its own to learn it.
 */
const SHORTEST: string[] = Array.from({ length: MAX_CONNECTION_LENGTH + 1 }, (_, n) =>
  n === 0
    ? ''
    : `OPTIONAL MATCH (a:${Label.Entity} {key: $from})
       OPTIONAL MATCH (b:${Label.Entity} {key: $to})
       CALL (a, b) {
         WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
         MATCH p = allShortestPaths((a)-[rels:${CONNECTION_TYPES.join('|')}*..${n}]-(b))
         WHERE all(x IN rels WHERE type(x) IN $types AND ${statedIn('x')})
         WITH p LIMIT $limit
         RETURN collect({
           nodes: [n IN nodes(p) | {labels: labels(n), props: properties(n)}],
           rels: [r IN relationships(p) | {type: type(r), from: startNode(r).key, to: endNode(r).key, props: properties(r)}]
         }) AS paths
       }
       RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`,
);

export interface PathRow {
  nodes: { labels: string[]; props: Props }[];
  rels: { type: string; from: string; to: string; props: Props }[];
}

export interface Connections {
  /** Whether `from` and `to` are keys of entities; when either is not, `paths` is empty. */
  fromFound: boolean;
  toFound: boolean;
  paths: PathRow[];
}

/** The shortest connections between two entities, by key (two different keys); at most `limit`. */
export async function shortestConnections(
  executor: Executor,
  args: { from: string; to: string; maxLength: number; types: string[]; year: number | null; reports?: string[] | null; limit: number },
  signal?: AbortSignal,
): Promise<Connections> {
  const [row] = await executor.read<Connections>(
    SHORTEST[args.maxLength]!,
    { from: args.from, to: args.to, types: args.types, year: args.year, reports: args.reports ?? null, limit: neo4j.int(args.limit) },
    { signal },
  );
  return row!;
}

export interface PortfolioRow {
  projects: {
    project: { labels: string[]; props: Props };
    funding: Props;
    participants: { labels: string[]; props: Props; rel: Props }[];
  }[];
}

/** A funder's projects (in a year, or all; of a region's reports, when given), each with its participants and their roles: one round trip. */
export async function funderPortfolio(
  executor: Executor,
  funder: string,
  year: number | null,
  reports: string[] | null,
  signal?: AbortSignal,
): Promise<PortfolioRow | null> {
  const [row] = await executor.read<PortfolioRow>(
    `MATCH (f:${Label.Funder} {key: $funder})
     OPTIONAL MATCH (f)-[fr:${Rel.Funds}]->(p:${Label.Project}) WHERE ${statedIn('fr')}
     CALL (p) {
       OPTIONAL MATCH (o:${Label.Organization})-[r:${Rel.ParticipatesIn}]->(p) WHERE ${statedIn('r')}
       WITH o, r ORDER BY o.name
       RETURN collect(CASE WHEN o IS NULL THEN null ELSE {labels: labels(o), props: properties(o), rel: properties(r)} END) AS participants
     }
     WITH p, fr, participants ORDER BY p.name
     RETURN [x IN collect(CASE WHEN p IS NULL THEN null ELSE {project: {labels: labels(p), props: properties(p)}, funding: properties(fr), participants: participants} END) WHERE x IS NOT NULL] AS projects`,
    { funder, year, reports },
    { signal },
  );
  return row ?? null;
}

/** An item a year's reports state: its key, statements and quotes (still encoded). */
export interface InventoryRow {
  key: string;
  statements: string[] | null;
  sources: string[] | null;
}

export interface YearInventory {
  /** The year's reports (of the region, when given). */
  reports: { key: string; prioritiesComplete: boolean | null; sources: string[] | null }[];
  organizations: InventoryRow[];
  projects: InventoryRow[];
  /** Seats, with the body, person and organisation the year's reports state for them. */
  seats: (InventoryRow & { body: string | null; person: string | null; organization: string | null })[];
  bodies: InventoryRow[];
  priorities: InventoryRow[];
  /** Memberships of bodies: `key` is member|body. */
  memberships: (InventoryRow & { member: string; body: string })[];
  scores: { priority: string; region: string; value: number }[];
}

/**
 * What a year's reports (of one region, when given) state, for comparisons: organisations, projects, seats, bodies,
 * priorities, memberships, each with its statements and quotes, and the priority scores.
 */
export async function yearInventory(executor: Executor, year: number, region: string | null, signal?: AbortSignal): Promise<YearInventory> {
  const row = (v: string) => `{key: ${v}.key, statements: ${v}.statements, sources: ${v}.sources}`;
  const stated = (v: string) => `$year IN ${v}.years AND any(k IN ${v}.reports WHERE k IN reports)`;
  // An entity a year's report refers to (a seat's organisation, a participation's project) is mentioned that year even
  // when the report does not restate its own fields.
  const mentioned = (v: string) => `(${stated(v)} OR EXISTS { MATCH (${v})-[x]-() WHERE ${stated('x')} })`;
  const [result] = await executor.read<YearInventory>(
    `CALL () {
       MATCH (r:${Label.Report}) WHERE r.year = $year AND ($region IS NULL OR toLower(r.region) = toLower($region))
       RETURN collect(r.key) AS reports, collect({key: r.key, prioritiesComplete: r.prioritiesComplete, sources: r.sources}) AS reportRows
     }
     CALL (reports) { MATCH (n:${Label.Organization}) WHERE ${mentioned('n')} RETURN collect(${row('n')}) AS organizations }
     CALL (reports) { MATCH (n:${Label.Project}) WHERE ${mentioned('n')} RETURN collect(${row('n')}) AS projects }
     CALL (reports) { MATCH (n:${Label.Body}) WHERE ${stated('n')} RETURN collect(${row('n')}) AS bodies }
     CALL (reports) { MATCH (n:${Label.Priority}) WHERE ${mentioned('n')} RETURN collect(${row('n')}) AS priorities }
     CALL (reports) {
       MATCH (n:${Label.Seat}) WHERE ${stated('n')}
       RETURN collect({key: n.key, statements: n.statements, sources: n.sources,
         body: COLLECT { MATCH (n)-[r:${Rel.SeatIn}]->(b) WHERE ${stated('r')} RETURN b.key LIMIT 1 }[0],
         person: COLLECT { MATCH (n)-[r:${Rel.HeldBy}]->(p) WHERE ${stated('r')} RETURN p.key LIMIT 1 }[0],
         organization: COLLECT { MATCH (n)-[r:${Rel.Represents}]->(o) WHERE ${stated('r')} RETURN o.key LIMIT 1 }[0]}) AS seats
     }
     CALL (reports) {
       MATCH (m:${Label.Entity})-[r:${Rel.MemberOf}]->(b:${Label.Body}) WHERE ${stated('r')}
       RETURN collect({key: m.key + '|' + b.key, member: m.key, body: b.key, statements: r.statements, sources: r.sources}) AS memberships
     }
     CALL () {
       MATCH (e:${Label.Evaluation} {year: $year})-[:${Rel.Evaluates}]->(p:${Label.Priority})
       WHERE $region IS NULL OR toLower(e.region) = toLower($region)
       RETURN collect({priority: p.key, region: e.region, value: e.value}) AS scores
     }
     RETURN reportRows AS reports, organizations, projects, seats, bodies, priorities, memberships, scores`,
    { year, region },
    { signal },
  );
  return result ?? { reports: [], organizations: [], projects: [], seats: [], bodies: [], priorities: [], memberships: [], scores: [] };
}

/** The reports of a year (all reports for null), of a region when given: what an exported file names as its source. */
export async function reportsOf(
  executor: Executor,
  year: number | null,
  region: string | null,
  signal?: AbortSignal,
): Promise<{ key: string; title: string; year: number }[]> {
  return executor.read<{ key: string; title: string; year: number }>(
    `MATCH (r:${Label.Report}) WHERE ($year IS NULL OR r.year = $year) AND ($region IS NULL OR toLower(r.region) = toLower($region))
     RETURN r.key AS key, coalesce(r.title, r.key) AS title, r.year AS year ORDER BY r.year, r.key`,
    { year, region },
    { signal },
  );
}

/**
 * The entities one step from an entity, by the fact relationships a connection may follow (both directions), with
 * the relationship: what the explorer's "expand" draws. Only relationships stated in the year and by one of the
 * reports (a region's), when given, like a connection's steps. Ordered by relationship type and name, capped by $limit.
 */
export async function neighbours(
  executor: Executor,
  args: { key: string; types: string[]; year: number | null; reports?: string[] | null; limit: number },
  signal?: AbortSignal,
): Promise<PathRow[]> {
  return executor.read<PathRow>(
    `MATCH (a:${Label.Entity} {key: $key})-[r:${CONNECTION_TYPES.join('|')}]-(b:${Label.Entity})
     WHERE type(r) IN $types AND ${statedIn('r')}
     WITH a, r, b ORDER BY type(r), coalesce(b.name, b.title, b.key)
     LIMIT $limit
     RETURN [{labels: labels(a), props: properties(a)}, {labels: labels(b), props: properties(b)}] AS nodes,
            [{type: type(r), from: startNode(r).key, to: endNode(r).key, props: properties(r)}] AS rels`,
    { key: args.key, types: args.types, year: args.year, reports: args.reports ?? null, limit: neo4j.int(args.limit) },
    { signal },
  );
}

export interface InvolvementRow {
  member: string;
  item: string;
  /** The relationship type that involves the member: its first step (a seat's: REPRESENTS or HELD_BY). */
  type: string;
  /** The properties of what states the involvement: the relationship, or for a seat the seat node. */
  props: Props;
  /** The seat's key, for an involvement through a seat. */
  seat: string | null;
}

/**
 * One branch per membership path of the model (MEMBERSHIPS): how each member reaches each item, with the element
 * that states it (the relationship's role and quotes; a seat's role, title and quotes). Built from the same
 * model data as the projection (membershipsCypher), so the evidence covers exactly the ties the network counts.
 */
function involvementBranch(m: GraphMembership): string {
  let pattern = `(m:${entity(m.member).label} {key: member})`;
  m.path.forEach((s, i) => {
    const last = i === m.path.length - 1;
    const rel = i === 0 ? `[r:${s.rel}]` : `[:${s.rel}]`;
    const node = `(${last ? 'i' : 's'}:${s.to}${last ? ' {key: item}' : ''})`;
    pattern += s.direction === 'out' ? `-${rel}->${node}` : `<-${rel}-${node}`;
  });
  const viaSeat = m.yearOn === 'node';
  const stated = viaSeat ? 's' : 'r';
  return `UNWIND $members AS member UNWIND $items AS item
MATCH ${pattern} WHERE ${statedIn(stated)}
RETURN member, item, type(r) AS type, properties(${stated}) AS props, ${viaSeat ? 's.key' : 'null'} AS seat`;
}

/** How each of the members is involved in each of the items (of one year, or all with year null; of a region's reports, when given): one round trip. */
export async function involvements(
  executor: Executor,
  kind: MemberKind,
  members: string[],
  items: string[],
  year: number | null,
  reports: string[] | null,
  signal?: AbortSignal,
): Promise<InvolvementRow[]> {
  if (!members.length || !items.length) return [];
  const cypher = MEMBERSHIPS.filter((m) => m.member === kind)
    .map(involvementBranch)
    .join('\nUNION ALL\n');
  return executor.read<InvolvementRow>(cypher, { members, items, year, reports }, { signal });
}

/** The parts of an organisation (PARTS of the model: along PART_OF, transitively), in key order. */
export async function partsOf(executor: Executor, key: string, signal?: AbortSignal): Promise<string[]> {
  const rows = await executor.read<{ key: string }>(
    `MATCH (p:${PARTS.label})-[:${PARTS.rel}*1..${PARTS.depth}]->(:${PARTS.label} {key: $key}) RETURN DISTINCT p.key AS key ORDER BY key`,
    { key },
    { signal },
  );
  return rows.map((r) => r.key);
}
