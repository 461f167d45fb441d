/**
 * The query set, written three times: for our API (the shapes of test/operations/analyst.graphql), for
 * @neo4j/graphql against its own generated schema (same data: same page sizes, same order, same fields), and as an
 * operation of the raw floor server (bench/servers/floor.ts, which runs the Cypher our API sends).
 *
 * `canon` turns each server's answer into one comparable form, so that the run can check, before measuring, that
 * the three return the same data.
 */
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ProjectStatus } from '../src/graph/vocabulary.js';

/** The servers a query is written for. */
export type QueryServer = 'botnia' | 'neo4jGraphql' | 'floor';
/**
 * The servers measured: those, and our API once more with its response cache on (`botniaWarm`), which is sent our
 * requests and checked against our answers. `botnia` itself runs cold, and every comparison with the peer and the
 * floor is cold.
 */
export type ServerName = QueryServer | 'botniaWarm';
export const SERVERS: ServerName[] = ['botnia', 'botniaWarm', 'neo4jGraphql', 'floor'];
export const SERVER_LABEL: Record<ServerName, string> = {
  botnia: 'botnia-graph',
  botniaWarm: 'botnia-graph (warm: cache on)',
  neo4jGraphql: '@neo4j/graphql',
  floor: 'raw driver (floor)',
};
/** The server whose requests and canonical form a server takes: the warm one is our API. */
export const speaks = (server: ServerName): QueryServer => (server === 'botniaWarm' ? 'botnia' : server);

/** Parameters found in the imported graph, the same for every server. */
export interface QueryParams {
  lookupKeys: string[];
  funder: string;
  searchText: string;
  /** 0-based position of the first item of the deep page, and the cursors that start there */
  deepOffset: number;
  deepAfterOurs: string;
  deepAfterPeer: string;
  projectCount: number;
  connectionFrom: string;
  connectionTo: string;
}

/** One HTTP request body (JSON) for a server. */
export type Body = { query: string; variables: Record<string, unknown> } | { op: string; vars: Record<string, unknown> };

export interface QuerySpec {
  id: string;
  title: string;
  /** Paginated queries count for the p99 growth goal. */
  paginated: boolean;
  /** The request variants (lookups rotate over keys); one body per variant and server, or null when not expressible. */
  bodies(p: QueryParams): Record<QueryServer, Body[] | null>;
  /** Why a server has no body, when it has none. */
  notExpressible?: Partial<Record<QueryServer, string>>;
  canon(server: QueryServer, json: unknown): unknown;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers for canonical forms

type J = Record<string, any>;
const data = (json: unknown): J => ((json as J)?.data ?? {}) as J;
/** @neo4j/graphql returns to-one relationships as lists; our API as an object or null. */
const one = (x: unknown): J | null => (Array.isArray(x) ? ((x[0] as J) ?? null) : ((x as J) ?? null));

// ---------------------------------------------------------------------------------------------------------------

/** Our nested and count operations (the floor sends the statement our API compiles for them). */
export const NESTED_QUERY = `query Nested($key: String!) { funder(key: $key) { key name projects(first: 20) { project { key name participants(first: 25) { role organization { key name seats(first: 10, roles: [MEMBER]) { key person { key name } } } } } } } }`;
export const COUNTS_QUERY = `query Counts($key: String!) { funder(key: $key) { key projectsCount projects(first: 20) { project { key participantsCount } } } }`;

const ours = (query: string, variables: Record<string, unknown>): Body => ({ query, variables });
const peer = ours;
const floor = (op: string, vars: Record<string, unknown>): Body => ({ op, vars });

export const QUERIES: QuerySpec[] = [
  {
    id: 'lookup',
    title: 'Lookup by key (organisation)',
    paginated: false,
    bodies: (p) => ({
      botnia: p.lookupKeys.map((key) =>
        ours(`query Lookup($key: String!) { organization(key: $key) { key name shortName kind aliases years } }`, { key }),
      ),
      neo4jGraphql: p.lookupKeys.map((key) =>
        peer(`query Lookup($key: String!) { organizations(where: { key: { eq: $key } }) { key name shortName kind aliases years } }`, { key }),
      ),
      floor: p.lookupKeys.map((key) => floor('lookup', { key })),
    }),
    canon: (server, json) => {
      const o = server === 'neo4jGraphql' ? one(data(json).organizations) : data(json).organization;
      return o && { key: o.key, name: o.name, shortName: o.shortName ?? null, kind: o.kind, aliases: o.aliases ?? [], years: o.years ?? [] };
    },
  },
  {
    id: 'filtered',
    title: 'Filtered list page (ongoing projects of a funder, 20, by name)',
    paginated: true,
    bodies: (p) => ({
      botnia: [
        ours(
          `query Filtered($funder: String!) { projects(first: 20, filter: { statuses: [ONGOING], funder: $funder }) { totalCount edges { node { key name status } } } }`,
          { funder: p.funder },
        ),
      ],
      neo4jGraphql: [
        peer(
          `query Filtered($funder: String!) { projectsConnection(first: 20, where: { status: { in: [ONGOING] }, funders: { some: { key: { eq: $funder } } } }, sort: [{ name: ASC }, { key: ASC }]) { totalCount edges { node { key name status } } } }`,
          { funder: p.funder },
        ),
      ],
      floor: [floor('filtered', { funder: p.funder })],
    }),
    canon: (server, json) => {
      const c = server === 'neo4jGraphql' ? data(json).projectsConnection : data(json).projects;
      return c && { totalCount: c.totalCount, nodes: (c.edges as J[]).map((e) => e.node) };
    },
  },
  {
    id: 'nested',
    title: 'Nested, four levels: funder → projects (20) → organisations → member seats (10) → people',
    paginated: false,
    bodies: (p) => ({
      botnia: [
        ours(NESTED_QUERY, { key: p.funder }),
      ],
      neo4jGraphql: [
        // The connection form: the library applies first/sort before it resolves the nested levels (its list form,
        // projects(limit:, sort:), resolves every project of the funder first and sorts and cuts afterwards).
        peer(
          `query Nested($key: String!) { funders(where: { key: { eq: $key } }) { key name projectsConnection(first: 20, sort: [{ node: { name: ASC } }, { node: { key: ASC } }]) { edges { node { key name participantsConnection(first: 25, sort: [{ node: { name: ASC } }, { node: { key: ASC } }]) { edges { properties { role } node { key name seatsConnection(first: 10, where: { node: { role: { eq: MEMBER } } }, sort: [{ node: { key: ASC } }]) { edges { node { key person(limit: 1, sort: [{ name: ASC }, { key: ASC }]) { key name } } } } } } } } } } } }`,
          { key: p.funder },
        ),
      ],
      // Member seats only, in key order, on both sides: our default seat order (each member followed by its
      // deputies, presenters last) is one the library's `sort` cannot express, and with `first` the two orders
      // would cut different seats (the answers differed at M). Among members alone, ours is key order. A seat held by
      // different people over the years has several: ours answers the first by name (the order of people), so the
      // peer's `person(limit: 1)` is sorted the same way (unsorted, it took any one).
      floor: [floor('nested', { key: p.funder })],
    }),
    canon: (server, json) => {
      if (server === 'neo4jGraphql') {
        const f = one(data(json).funders);
        return (
          f && {
            key: f.key,
            name: f.name,
            projects: (f.projectsConnection.edges as J[]).map(({ node: p }) => ({
              key: p.key,
              name: p.name,
              participants: (p.participantsConnection.edges as J[]).map((e) => ({
                role: e.properties.role,
                key: e.node.key,
                name: e.node.name,
                seats: (e.node.seatsConnection.edges as J[]).map(({ node: s }) => ({ key: s.key, person: one(s.person) })),
              })),
            })),
          }
        );
      }
      const f = data(json).funder;
      return (
        f && {
          key: f.key,
          name: f.name,
          projects: (f.projects as J[]).map((x) => ({
            key: x.project.key,
            name: x.project.name,
            participants: (x.project.participants as J[]).map((pp) => ({
              role: pp.role,
              key: pp.organization.key,
              name: pp.organization.name,
              seats: (pp.organization.seats as J[]).map((s) => ({ key: s.key, person: s.person })),
            })),
          })),
        }
      );
    },
  },
  {
    id: 'counts',
    title: 'Counts beside lists: a funder’s projects (count, first 20) and each one’s participant count',
    paginated: false,
    bodies: (p) => ({
      botnia: [ours(COUNTS_QUERY, { key: p.funder })],
      neo4jGraphql: [
        // Its documented way to count a relationship: the connection's totalCount (aggregations moved there in 7).
        peer(
          `query Counts($key: String!) { funders(where: { key: { eq: $key } }) { key all: projectsConnection { totalCount } projectsConnection(first: 20, sort: [{ node: { name: ASC } }, { node: { key: ASC } }]) { edges { node { key participantsConnection { totalCount } } } } } }`,
          { key: p.funder },
        ),
      ],
      floor: [floor('counts', { key: p.funder })],
    }),
    canon: (server, json) => {
      if (server === 'neo4jGraphql') {
        const f = one(data(json).funders);
        return (
          f && {
            key: f.key,
            projectsCount: f.all.totalCount,
            projects: (f.projectsConnection.edges as J[]).map(({ node: x }) => ({ key: x.key, participantsCount: x.participantsConnection.totalCount })),
          }
        );
      }
      const f = data(json).funder;
      return f && { key: f.key, projectsCount: f.projectsCount, projects: (f.projects as J[]).map((x) => ({ key: x.project.key, participantsCount: x.project.participantsCount })) };
    },
  },
  {
    id: 'aggregate',
    title: 'Aggregate: projects counted by status (a dashboard’s first chart)',
    paginated: false,
    bodies: () => ({
      botnia: [ours(`query ByStatus { aggregates { projectsBy(dimension: STATUS) { value count } } }`, {})],
      neo4jGraphql: [
        // No group-by in its schema: one connection count per status, in one request (its aggregate fields count one set).
        peer(`query ByStatus { ${ProjectStatus.map((st) => `${st}: projectsConnection(where: { status: { eq: ${st} } }) { totalCount }`).join(' ')} }`, {}),
      ],
      floor: [floor('aggregate', {})],
    }),
    notExpressible: { neo4jGraphql: 'no group-by: one projectsConnection { totalCount } per status, aliased, in one request' },
    canon: (server, json) => {
      const counts: [string, number][] =
        server === 'neo4jGraphql'
          ? Object.entries(data(json)).map(([status, c]) => [status, (c as J).totalCount as number])
          : ((data(json).aggregates?.projectsBy ?? []) as J[]).map((b) => [b.value as string, b.count as number]);
      return counts.filter(([, n]) => n > 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    },
  },
  {
    id: 'deepPage',
    title: 'Connection page deep in the largest list (projects by name, 20 at 90 %)',
    paginated: true,
    bodies: (p) => ({
      botnia: [
        ours(
          `query Deep($after: String) { projects(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { key name status } } } }`,
          { after: p.deepAfterOurs },
        ),
      ],
      neo4jGraphql: [
        peer(
          `query Deep($after: String) { projectsConnection(first: 20, after: $after, sort: [{ name: ASC }, { key: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { key name status } } } }`,
          { after: p.deepAfterPeer },
        ),
      ],
      floor: [floor('deepPage', { after: p.deepAfterOurs })],
    }),
    canon: (server, json) => {
      const c = server === 'neo4jGraphql' ? data(json).projectsConnection : data(json).projects;
      // Cursors differ by design (ours: keyset; the peer's: offsets), so they are left out of the comparison.
      return c && { totalCount: c.totalCount, hasNextPage: c.pageInfo.hasNextPage, nodes: (c.edges as J[]).map((e) => e.node) };
    },
  },
  {
    id: 'search',
    title: 'Full-text search (projects, Finnish analyzer, top 20)',
    paginated: false,
    bodies: (p) => ({
      botnia: [
        ours(
          `query Search($text: String!) { search(text: $text, kinds: [PROJECT], first: 20) { score entity { __typename key ... on Project { name } } } }`,
          { text: p.searchText },
        ),
      ],
      neo4jGraphql: [
        peer(
          `query Search($text: String!) { projectsFulltext(phrase: $text, first: 20, sort: [{ score: DESC }, { node: { key: ASC } }]) { edges { score node { key name } } } }`,
          { text: p.searchText },
        ),
      ],
      floor: [floor('search', { text: p.searchText })],
    }),
    notExpressible: {
      neo4jGraphql:
        'one type per query field (@fulltext on Project): no ranked search across kinds in one list; measured for projects only, like ours with kinds: [PROJECT]',
    },
    canon: (server, json) => {
      const rows: J[] =
        server === 'neo4jGraphql'
          ? ((data(json).projectsFulltext?.edges ?? []) as J[]).map((e) => ({ score: e.score, key: e.node.key, name: e.node.name }))
          : ((data(json).search ?? []) as J[]).map((h) => ({ score: h.score, key: h.entity.key, name: h.entity.name }));
      return rows.map((r) => ({ ...r, score: Math.round(r.score * 1e4) / 1e4 }));
    },
  },
  {
    id: 'connection',
    title: 'Shortest connection (all shortest paths, ≤ 4 steps, ≤ 5 paths)',
    paginated: false,
    bodies: (p) => ({
      botnia: [
        ours(
          `query Connection($from: String!, $to: String!) { connection(from: $from, to: $to, maxLength: 4, limit: 5) { length nodes { __typename key } steps { type forward role years from { key } to { key } } } }`,
          { from: p.connectionFrom, to: p.connectionTo },
        ),
      ],
      neo4jGraphql: null,
      floor: [floor('connection', { from: p.connectionFrom, to: p.connectionTo })],
    }),
    notExpressible: {
      neo4jGraphql:
        'its generated schema has no path queries; only a hand-written @cypher field could do it (that would be our Cypher run through the library), so it is not measured',
    },
    canon: (_server, json) => {
      const paths = (data(json).connection ?? []) as J[];
      return paths.map((p) => JSON.stringify(p)).sort();
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Parameters from the imported graph

/** The cursor our API gives out: base64url of [sortValue, key] (src/api/engine/list.queries.ts encodeCursor). */
export function ourCursor(sortValue: string | number, key: string): string {
  return Buffer.from(JSON.stringify([sortValue, key])).toString('base64url');
}

/** The cursor @neo4j/graphql gives out: graphql-relay's offsetToCursor. */
export function peerCursor(offset: number): string {
  return Buffer.from(`arrayconnection:${offset}`).toString('base64');
}

export async function findParams(driver: Driver): Promise<QueryParams> {
  const q = async <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => {
    const r = await driver.executeQuery(cypher, params, { database: 'neo4j', routing: neo4j.routing.READ });
    return r.records.map((rec) => rec.toObject() as T);
  };
  // 16 organisations spread over the key order, plus the largest hub.
  const [keyRow] = await q<{ keys: string[] }>(
    `MATCH (o:Organization) WITH o.key AS key ORDER BY key WITH collect(key) AS ks
     WITH ks, size(ks) AS n
     RETURN [i IN range(0, 15) | ks[toInteger(i * n / 16)]] AS keys`,
  );
  const lookupKeys = [...new Set(['org:soite', ...(keyRow?.keys ?? []).filter(Boolean)])];
  const [countRow] = await q<{ n: number }>(`MATCH (p:Project) RETURN count(p) AS n`);
  const projectCount = Number(countRow?.n ?? 0);
  const deepOffset = Math.max(1, Math.floor(projectCount * 0.9));
  const [before] = await q<{ name: string; key: string }>(
    `MATCH (p:Project) WITH p ORDER BY p.name, p.key SKIP $skip LIMIT 1 RETURN p.name AS name, p.key AS key`,
    { skip: neo4j.int(deepOffset - 1) },
  );
  return {
    lookupKeys,
    funder: 'funder:esr',
    searchText: 'lastensuojelun',
    deepOffset,
    deepAfterOurs: ourCursor(before!.name, before!.key),
    deepAfterPeer: peerCursor(deepOffset - 1),
    projectCount,
    connectionFrom: 'person:iiris-jurvansuu',
    connectionTo: 'org:kosti-ry',
  };
}
