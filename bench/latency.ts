/**
 * `npm run bench:latency -- [--runs 100] [--warmup 3] [--op NestedFunders]`: p50/p90/p99 latency and database round trips of the
 * analyst operations in test/operations, run in-process through the whole Apollo pipeline against NEO4J_URI (or a
 * running local Neo4j): cold (response cache off) and warm (on, the same request repeated: a version read and the
 * cached answer). A quick measure for the issue notes; the peer comparison under load is the benchmark proper.
 *
 * Each (operation, server) is first run for `--warmup` seconds, unmeasured: a fresh process answers its first
 * requests several times slower while V8 and Neo4j's JVM compile their hot code (the nested query's p50 was 21 ms
 * after 10 warm-up runs and 7 ms after 100, the same process), and a server in service is past that.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { createApolloServer } from '../src/api/server.js';
import { createContext, createServices } from '../src/api/context.js';
import { createLogger } from '../src/logger.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' }, warmup: { type: 'string', default: '3' }, op: { type: 'string', multiple: true } } });
const runs = Number(values.runs);
const warmupMs = Number(values.warmup) * 1000;
const config = loadConfig();
const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.local.port}`;
const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
const executor = new Executor(driver, { database: config.neo4j.database, txTimeoutMs: config.neo4j.txTimeoutMs });
const apollo = await createApolloServer({ executor, logger: createLogger('error') });
const warmApollo = await createApolloServer({ executor, logger: createLogger('error'), responseCacheChars: 64 * 1024 * 1024 });
const services = createServices(executor);

const cases: { name: string; variables: Record<string, unknown> }[] = [
  { name: 'NestedFunders', variables: { first: 10 } },
  { name: 'FunderPortfolio', variables: { key: 'funder:esr' } },
  { name: 'OrganizationSeats', variables: { key: 'org:kosti-ry' } },
  { name: 'OrganizationsPage', variables: { first: 20 } },
  { name: 'Search', variables: { text: 'lastensuojelun' } },
];
const doc = parse(readFileSync('test/operations/analyst.graphql', 'utf8'));
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

console.log(
  `| operation | runs | round trips | p50 ms | p90 ms | p99 ms | warm round trips | warm p50 ms | warm p99 ms |\n|---|---|---|---|---|---|---|---|---|`,
);
for (const c of cases.filter((c) => !values.op || values.op.includes(c.name))) {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === c.name)!;
  const query = print({ kind: doc.kind, definitions: [op] });
  const once = async (server: typeof apollo) => {
    const res = await server.executeOperation({ query, variables: c.variables }, { contextValue: createContext(services) });
    if (res.body.kind === 'single' && res.body.singleResult.errors) throw new Error(JSON.stringify(res.body.singleResult.errors));
  };
  const measure = async (server: typeof apollo) => {
    const times: number[] = [];
    let trips = 0;
    const warmUntil = performance.now() + warmupMs;
    for (let i = 0; i < 10 || performance.now() < warmUntil; i++) await once(server);
    for (let i = 0; i < runs; i++) {
      let t = 0;
      const stop = executor.onRoundTrip(() => t++);
      const started = performance.now();
      await once(server);
      times.push(performance.now() - started);
      stop();
      trips = t;
    }
    times.sort((a, b) => a - b);
    return { trips, times };
  };
  const cold = await measure(apollo);
  const warm = await measure(warmApollo);
  const ms = (t: number[], p: number) => pct(t, p).toFixed(2);
  console.log(
    `| ${c.name} | ${runs} | ${cold.trips} | ${ms(cold.times, 50)} | ${ms(cold.times, 90)} | ${ms(cold.times, 99)} | ${warm.trips} | ${ms(warm.times, 50)} | ${ms(warm.times, 99)} |`,
  );
}
await apollo.stop();
await warmApollo.stop();
await driver.close();
