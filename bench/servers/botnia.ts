/**
 * botnia-graph as users run it: the configuration of `npm start` (src/config.ts defaults, NODE_ENV=production as in
 * a deployment), the project's driver and executor, createApp from src/api/server.ts, on its own port. The Neo4j is
 * the benchmark's (NEO4J_URI); nothing is seeded. Prints `READY <port> <stats port>` when listening.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { createApp } from '../../src/api/server.js';
import { createLogger } from '../../src/logger.js';
import { instrumentDriver, serveStats, StatementStats } from './stats.js';

const config = loadConfig();
if (!config.neo4j.uri) throw new Error('NEO4J_URI is required');
const driver = createDriver({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, maxPoolSize: config.neo4j.maxPoolSize });
const executorOptions = { database: config.neo4j.database, txTimeoutMs: config.neo4j.txTimeoutMs };
// BENCH_INSTRUMENT=1 (the measured pass only): the executor's driver records every statement and Neo4j's time.
const stats = process.env.BENCH_INSTRUMENT === '1' ? new StatementStats() : undefined;
const executor = new Executor(stats ? instrumentDriver(driver, stats) : driver, executorOptions);
const statsPort = stats ? await serveStats(stats) : 0;
// The options main.ts passes (config.api); spread so that the benchmark follows src/main.ts as the API grows.
type AppOptions = Parameters<typeof createApp>[0];
const { app } = await createApp({
  ...(config.api as unknown as Partial<AppOptions>),
  executor,
  logger: createLogger('silent'),
  isReady: () => true,
} as AppOptions);
const server = app.listen(0, '127.0.0.1', () => console.log(`READY ${(server.address() as AddressInfo).port} ${statsPort}`));
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void driver.close().then(() => process.exit(0));
});
