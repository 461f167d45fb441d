/**
 * `npm run bench:analytics -- [--uri bolt://…]`: the time of each analytic against the graph at NEO4J_URI (or the
 * given URI), cold (projection read from Neo4j and built) and warm (from the cache), through the API's own code.
 * Prints a Markdown table. Used for the issue notes on the 2020 graph and a generated 10k/50k graph.
 */
import { parseArgs } from 'node:util';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { createApolloServer } from '../src/api/server.js';
import { createContext, createServices } from '../src/api/context.js';
import { createLogger } from '../src/logger.js';

const { values } = parseArgs({ options: { uri: { type: 'string' }, year: { type: 'string' } } });
const uri = values.uri ?? process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
const executor = new Executor(driver, { database: process.env.NEO4J_DATABASE ?? 'neo4j', txTimeoutMs: 600_000 });
const apollo = await createApolloServer({ executor, logger: createLogger('error'), limits: { maxCost: 1e12 } });
const services = createServices(executor);

const run = async (query: string, variables: Record<string, unknown> = {}) => {
  const started = performance.now();
  const res = await apollo.executeOperation({ query, variables }, { contextValue: createContext(services) });
  const ms = performance.now() - started;
  if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
  return { ms, data: res.body.singleResult.data as Record<string, any> };
};

const first = await run('{ reports { year } organizations(first: 1) { totalCount } projects(first: 1) { totalCount } }');
const years = (first.data.reports as { year: number }[]).map((r) => r.year);
const year = values.year ? Number(values.year) : Math.max(...years);
const top = await run('{ organizations(first: 1, orderBy: KEY) { edges { node { key } } } }');
console.log(`graph: ${first.data.organizations.totalCount} organisations, ${first.data.projects.totalCount} projects, years ${Math.min(...years)}–${Math.max(...years)}; analysed year ${year}`);

// The hub: the organisation with the most collaborators in the year; a peripheral one for the connection.
const byDegree = (await run('query($year: Int) { centrality(year: $year, measure: DEGREE, first: 1000) { key } }', { year })).data
  .centrality as { key: string }[];
const hub = byDegree[0]?.key ?? top.data.organizations.edges[0].node.key;
const other = byDegree.at(-1)?.key;
const funder = (await run('{ funders(first: 1) { edges { node { key } } } }')).data.funders.edges[0]?.node.key;
const prev = Math.max(Math.min(...years), year - 1);

const cases: [string, string, Record<string, unknown>][] = [
  ['network (projection + centrality + communities)', 'query($year: Int) { network(year: $year) { communityCount nodes { key } edges { source } } }', { year }],
  ['centrality, top 20 by betweenness', 'query($year: Int) { centrality(year: $year, first: 20) { key betweenness } }', { year }],
  ['communities', 'query($year: Int) { communities(year: $year) { id size } }', { year }],
  ['collaborators of the hub', 'query($year: Int, $hub: String!) { collaborators(key: $hub, year: $year) { weight } }', { year, hub }],
  ['funder portfolio', 'query($year: Int, $funder: String!) { funderPortfolio(funder: $funder, year: $year) { projectCount organizationCount } }', { year, funder }],
  ['compare years', 'query($year: Int!, $prev: Int!) { compareYears(from: $prev, to: $year) { organizations { kept } collaborations { kept } } }', { year, prev }],
  ['export GraphML', 'query($year: Int) { networkExport(year: $year, format: GRAPHML) }', { year }],
  ['network, all years together', '{ network { nodes { key } } }', {}],
];

console.log('| analytic | cold ms | warm ms |\n|---|---|---|');
for (const [name, query, variables] of cases) {
  services.analytics = createServices(executor).analytics; // cold: an empty projection cache
  const cold = await run(query, variables);
  const warm = await run(query, variables);
  console.log(`| ${name} | ${cold.ms.toFixed(0)} | ${warm.ms.toFixed(0)} |`);
}
const conn = await run('query($a: String!, $b: String!) { connection(from: $a, to: $b) { length } }', { a: hub, b: other ?? hub });
console.log(`| shortest connection (hub → a peripheral organisation) | ${conn.ms.toFixed(0)} | — |`);
await apollo.stop();
await driver.close();
