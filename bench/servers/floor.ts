/**
 * The floor: the Cypher our API sends for each operation of the query set, through neo4j-driver, behind a bare
 * node:http handler that writes the same JSON our API answers. No GraphQL, no framework: what is left of a request
 * when everything but the database work and the answer is taken away.
 *
 * The Cypher is not copied: it is taken from the project's own query builders at start (they are called once with a
 * recording executor), so the floor follows src/ as it changes; the run checks that the statements match what our
 * API sent. Round trips are the same as ours: one per nested level, batched over the level's keys.
 *
 * POST / {op, vars} → {"data": …}. Neo4j's own time (resultAvailableAfter) and round trips are served on a second
 * port (bench/servers/stats.ts). Prints `READY <port> <stats port>`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver.js';
import { toPlain as plain, type Executor } from '../../src/db/executor.js';
import { typenameOf } from '../../src/graph/model.js';
import { Label } from '../../src/graph/vocabulary.js';
import { execute, parse } from 'graphql';
import { COUNTS_QUERY, NESTED_QUERY } from '../queries.js';
import { storedProperties } from '../../src/api/engine/selection.js';
import { getSchema } from '../../src/api/schema.js';
import { Loaders } from '../../src/api/loaders.js';
import type { Context } from '../../src/api/context.js';
import { countBy } from '../../src/api/engine/aggregate.queries.js';
import { named, nodesByKey } from '../../src/api/engine/graph.queries.js';
import { treeOf } from '../../src/api/engine/compile.queries.js';
import { listEntities } from '../../src/api/engine/list.queries.js';
import { listSpec } from '../../src/api/engine/filter.queries.js';
import { listOf } from '../../src/graph/lists.js';
import { fullTextSearch } from '../../src/api/modules/search/search.queries.js';
import { CONNECTION_TYPES, shortestConnections } from '../../src/api/modules/analytics/analytics.queries.js';
import { serveStats, StatementStats } from './stats.js';

type Props = Record<string, unknown>;
interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** An executor that runs nothing: it records the statement a query builder would send. */
async function recorded(build: (executor: Executor) => Promise<unknown>): Promise<Statement> {
  let statement: Statement | undefined;
  const recorder = {
    options: { database: 'neo4j', txTimeoutMs: 10_000 },
    read: async (cypher: string, params: Record<string, unknown> = {}) => {
      statement ??= { cypher, params };
      return [];
    },
    readWithStats: async (cypher: string, params: Record<string, unknown> = {}) => {
      statement = { cypher, params };
      return { rows: [], resultAvailableAfter: 0 };
    },
  } as unknown as Executor;
  await build(recorder);
  if (!statement) throw new Error('the query builder sent nothing');
  return statement;
}

// ---------------------------------------------------------------------------------------------------------------

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is required');
const database = 'neo4j';
const txTimeoutMs = Number(process.env.NEO4J_TX_TIMEOUT_MS ?? 10_000);
const driver: Driver = createDriver({ uri, user: 'neo4j', password: '' });

// Recording costs a few additions per statement (parameters are kept for the first 200 only), so the floor records
// always: its stats port serves the measured pass.
const stats = new StatementStats();
const projectList = listSpec(listOf('Project'));

async function run(s: Statement): Promise<Props[]> {
  const result = await driver.executeQuery(s.cypher, s.params, {
    database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: txTimeoutMs },
  });
  stats.record(s.cypher, s.params, result.summary);
  return result.records.map((r) => r.toObject() as Props);
}

/**
 * A compiled statement's records as its tree (compile.queries.ts readTree: the root's row, `s` -1, then one record
 * per row of each of its `stages` stages), pulled in one batch as our executor pulls them.
 */
async function runTree(s: Statement, stages: number): Promise<{ labels: string[]; p: unknown[]; c: Tree } | null> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: -1 });
  try {
    const result = await session.run(s.cypher, s.params, { timeout: txTimeoutMs });
    stats.record(s.cypher, s.params, result.summary);
    return treeOf(
      result.records.map((r) => ({ s: plain(r.get('s')) as number, row: r.get('row') })),
      stages,
    );
  } finally {
    await session.close();
  }
}

/** Which GraphQL type a node is: the graph model's answer, as our API gives it. */
const typename = (labels: string[]) => typenameOf(labels) ?? null;

// Statements that do not depend on the request are recorded once; the others once per distinct variables.
// Our API reads the properties its query selects (selection.ts); the field names below are those of the bench query.
const selected = (...names: string[]) => storedProperties(['key', ...names]);
const LOOKUP = await recorded((x) => nodesByKey(x, ['?'], undefined, ['key']));
async function lookupNode(key: string, properties: string[]): Promise<{ labels: string[]; props: Props } | null> {
  const [row] = await run({ cypher: LOOKUP.cypher, params: { keys: [key], properties } });
  if (!row) return null;
  return { labels: row.labels as string[], props: named(properties, row.props as unknown[]) };
}
/**
 * The statement our API compiles for an operation (src/api/engine/compile.ts): the operation is executed once
 * against the real schema with a recording executor, and the first statement it sends is kept (text and parameters);
 * a request then sends that text with its own key.
 */
async function compiledStatement(executor: Executor, query: string, variables: Record<string, unknown>): Promise<void> {
  const ctx = { executor, loaders: new Loaders(executor), graphVersion: async () => 0 } as unknown as Context;
  await execute({ schema: await getSchema(), document: parse(query), variableValues: variables, contextValue: ctx });
}
type Row = { k: string; l: string[]; p: unknown[]; c: unknown[] };
type Item = Row & { r: unknown[] | null };
/** The compiled tree (compile.queries.ts TreeRow): a hop's items carry the reached node's key into its stage's rows. */
type Tree = { c: unknown[]; o: Row[][] };
function joined(tree: Tree): (stage: number, hop: unknown) => Item[] {
  const stages = tree.o.map((rows) => new Map(rows.map((r) => [r.k, r])));
  return (stage, hop) => (hop as { i: { r: unknown[] | null; k: string }[] }).i.map((i) => ({ ...stages[stage]!.get(i.k)!, r: i.r }));
}
const perVars = new Map<string, Statement>();
async function once(id: string, vars: unknown, build: (executor: Executor) => Promise<unknown>): Promise<Statement> {
  const k = `${id}:${JSON.stringify(vars)}`;
  let s = perVars.get(k);
  if (!s) {
    s = await recorded(build);
    perVars.set(k, s);
  }
  return s;
}

const cursor = (v: unknown, k: string) => Buffer.from(JSON.stringify([v, k])).toString('base64url');

type Handler = (vars: Props) => Promise<unknown>;
const ops: Record<string, Handler> = {
  async lookup(vars) {
    const row = await lookupNode(vars.key as string, selected('name', 'shortName', 'kind', 'aliases', 'years'));
    if (!row || typename(row.labels as string[]) !== 'Organization') return { organization: null };
    const p = plain(row.props) as Props;
    return {
      organization: { key: p.key, name: p.name, shortName: p.shortName ?? null, kind: p.kind, aliases: p.aliases ?? [], years: p.years ?? [] },
    };
  },

  async filtered(vars) {
    const properties = selected('totalCount', 'edges', 'node', 'name', 'status');
    const s = await once('filtered', vars, (x) =>
      listEntities(
        x,
        projectList,
        { filter: { statuses: ['ONGOING'], funder: vars.funder as string }, orderBy: 'NAME', direction: 'ASC', first: 20 },
        { withTotal: true, properties },
      ),
    );
    const [row] = await run(s);
    // A page row holds the values of `properties`, in order (as listPage reads them).
    const rows = ((row?.rows as { props: unknown[] }[]) ?? []).slice(0, 20).map((r) => named(properties, r.props));
    return {
      projects: {
        totalCount: plain(row?.total) ?? 0,
        edges: rows.map((p) => ({ node: { key: p.key, name: p.name, status: p.status } })),
      },
    };
  },

  async deepPage(vars) {
    const properties = selected('totalCount', 'pageInfo', 'hasNextPage', 'endCursor', 'edges', 'node', 'name', 'status');
    const s = await once('deepPage', vars, (x) =>
      listEntities(x, projectList, { orderBy: 'NAME', direction: 'ASC', first: 20, after: vars.after as string }, { withTotal: true, properties }),
    );
    const [row] = await run(s);
    const all = ((row?.rows as { props: unknown[]; sortValue: unknown }[]) ?? []).map((r) => ({ ...r, props: named(properties, r.props) }));
    const rows = all.slice(0, 20);
    const last = rows[rows.length - 1];
    return {
      projects: {
        totalCount: plain(row?.total) ?? 0,
        pageInfo: { hasNextPage: all.length > 20, endCursor: last ? cursor(plain(last.sortValue), last.props.key as string) : null },
        edges: rows.map((r) => ({ node: { key: r.props.key, name: r.props.name, status: r.props.status } })),
      },
    };
  },

  async nested(vars) {
    const s = await once('nested', null, (x) => compiledStatement(x, NESTED_QUERY, { key: vars.key }));
    const row = await runTree({ cypher: s.cypher, params: { ...s.params, key: vars.key } }, 4);
    if (!row || !row.labels.includes(Label.Funder)) return { funder: null };
    const p = s.params;
    const props = (name: string, values: unknown[]) => named(p[name] as string[], values);
    const f = props('properties', row.p);
    const tree = row.c;
    const items = joined(tree);
    // The levels of the statement, in the order the compiler numbers them: projects 1, participants 2, seats 3, person 4
    // (their stages 0 to 3).
    return {
      funder: {
        key: f.key,
        name: f.name,
        projects: items(0, tree.c[0]).map((pr) => {
          const project = props('np1', pr.p);
          return {
            project: {
              key: project.key,
              name: project.name,
              participants: items(1, pr.c[0]).map((pa) => {
                const o = props('np2', pa.p);
                return {
                  role: props('rp2', pa.r ?? []).role,
                  organization: {
                    key: o.key,
                    name: o.name,
                    seats: items(2, pa.c[0]).map((se) => {
                      const person = items(3, se.c[0])[0];
                      const pp = person && props('np4', person.p);
                      return { key: props('np3', se.p).key, person: pp ? { key: pp.key, name: pp.name } : null };
                    }),
                  },
                };
              }),
            },
          };
        }),
      },
    };
  },

  async counts(vars) {
    const s = await once('counts', null, (x) => compiledStatement(x, COUNTS_QUERY, { key: vars.key }));
    const row = await runTree({ cypher: s.cypher, params: { ...s.params, key: vars.key } }, 1);
    if (!row || !row.labels.includes(Label.Funder)) return { funder: null };
    const f = named(s.params.properties as string[], row.p);
    const tree = row.c;
    const items = joined(tree);
    const [projectsCount, projects] = tree.c as [number, unknown];
    return {
      funder: {
        key: f.key,
        projectsCount: plain(projectsCount),
        projects: items(0, projects).map((pr) => {
          const project = named(s.params.np2 as string[], pr.p);
          return { project: { key: project.key, participantsCount: plain(pr.c[0]) } };
        }),
      },
    };
  },

  async aggregate() {
    const s = await once('aggregate', null, (x) => countBy(x, projectList, { prop: 'status' }, { first: 100 }));
    const rows = await run(s);
    return { aggregates: { projectsBy: rows.map((r) => ({ value: r.value, count: plain(r.count) })) } };
  },

  async search(vars) {
    const s = await once('search', vars, (x) => fullTextSearch(x, vars.text as string, [Label.Project], 20));
    const rows = await run(s);
    return {
      search: rows.map((r) => {
        const p = r.props as Props;
        return { score: r.score, entity: { __typename: typename(r.labels as string[]), key: p.key, name: p.name } };
      }),
    };
  },

  async connection(vars) {
    const s = await once('connection', vars, (x) =>
      shortestConnections(x, {
        from: vars.from as string,
        to: vars.to as string,
        maxLength: 4,
        types: [...CONNECTION_TYPES],
        year: null,
        limit: 5,
      }),
    );
    const [found] = await run(s);
    return {
      connection: (found!.paths as Props[]).map((row) => {
        const nodes = (row.nodes as { labels: string[]; props: Props }[]).map((n) => ({ __typename: typename(n.labels), key: n.props.key as string }));
        const rels = row.rels as { type: string; from: string; to: string; props: Props }[];
        return {
          length: rels.length,
          nodes,
          steps: rels.map((r, i) => ({
            type: r.type,
            forward: r.from === nodes[i]!.key,
            role: (r.props.role as string | undefined) ?? (r.props.title as string | undefined) ?? null,
            years: plain(r.props.years ?? []),
            from: { key: nodes[i]!.key },
            to: { key: nodes[i + 1]!.key },
          })),
        };
      }),
    };
  },
};

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    const { op, vars } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { op: string; vars: Props };
    const handler = ops[op];
    if (!handler) return send(res, 400, JSON.stringify({ errors: [{ message: `unknown op ${op}` }] }));
    send(res, 200, JSON.stringify({ data: await handler(vars) }) + '\n');
  } catch (error) {
    send(res, 500, JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
  }
}

const server = createServer((req, res) => void handle(req, res));
server.keepAliveTimeout = 65_000;
const statsPort = await serveStats(stats);
server.listen(0, '127.0.0.1', () => console.log(`READY ${(server.address() as AddressInfo).port} ${statsPort}`));
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void driver.close().then(() => process.exit(0));
});
