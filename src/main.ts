/**
 * `npm start`: configuration → Neo4j (local or NEO4J_URI) → graph contract → bundled seeds when the graph is empty →
 * HTTP server. SIGINT/SIGTERM stop the listener, then the driver, then the Neo4j this process started.
 */
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { AppError } from './errors.js';
import { applyGraphContract } from './db/graph-contract.js';
import { LocalNeo4jError } from './db/local-neo4j.js';
import { createLogger } from './logger.js';
import { openDatabase, type Database } from './runtime.js';
import { createApp } from './api/server.js';
import { seedIfEmpty } from './import/bundled.js';

let db: Database | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const progress = (line: string) => logger.info(line);

  let server: Server | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await db?.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  db = await openDatabase(config, progress);
  if (stopping) return;
  logger.info({ uri: db.uri, server: db.agent, database: config.neo4j.database }, 'connected to Neo4j');

  let contractApplied = false;
  const statements = await applyGraphContract(db.executor);
  contractApplied = true;
  logger.info({ statements }, 'graph contract applied (schema/neo4j.cypher)');

  if (config.seed.onStart) {
    const outcome = await seedIfEmpty(db.executor, config.seed.path, progress);
    logger.info(outcome, outcome.loaded ? 'bundled seeds loaded' : 'graph already has data; bundled seeds not loaded');
  }

  const { app } = await createApp({
    executor: db.executor,
    logger,
    isReady: () => contractApplied,
    introspection: config.env !== 'production',
  });
  server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server!.once('listening', resolve);
    server!.once('error', reject);
  });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info(`botnia-graph ready: GraphQL at http://${shownHost}:${config.port}/graphql`);
}

main().catch(async (error: unknown) => {
  // One clear line for the errors a user can act on; no stack traces.
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if (error instanceof AppError || error instanceof LocalNeo4jError) {
    console.error(`botnia-graph: ${error.message}`);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`botnia-graph: ${error.message}: set PORT to a free port`);
  } else {
    console.error('botnia-graph: failed to start:', error instanceof Error ? error.message : error);
  }
  await db?.close().catch(() => {});
  process.exit(1);
});
