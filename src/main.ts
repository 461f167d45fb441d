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
import { openDatabase, waitForNeo4j, type Database } from './runtime.js';
import { createApp } from './api/server.js';
import { seedIfEmpty } from './import/bundled.js';

let db: Database | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const progress = (line: string) => logger.info(line);

  let server: Server | undefined;
  let stopping = false;
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await db?.close();
    logger.info('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const waitForDatabase = config.api.startupWaitMs > 0;
  db = await openDatabase(config, progress, { verify: !waitForDatabase });
  if (stopping) return;

  let ready = false;
  const prepare = async (database: Database) => {
    if (waitForDatabase) {
      database.agent = await waitForNeo4j(database, config.neo4j.database, config.api.startupWaitMs, (attempt, delayMs, reason) =>
        logger.warn({ attempt, retryInMs: delayMs }, `Neo4j not reachable yet (${reason}); /readyz answers 503 until it is`),
      );
    }
    logger.info({ uri: database.uri, server: database.agent, database: config.neo4j.database }, 'connected to Neo4j');
    const statements = await applyGraphContract(database.executor);
    logger.info({ statements }, 'graph contract applied (schema/neo4j.cypher)');
    if (config.seed.onStart) {
      const outcome = await seedIfEmpty(database.executor, config.seed.path, progress);
      logger.info(outcome, outcome.loaded ? 'bundled seeds loaded' : 'graph already has data; bundled seeds not loaded');
    }
    if (waitForDatabase) logger.info('botnia-graph ready');
    ready = true;
  };
  // Fail fast (one clear line) unless told to wait for the database, as a server under an orchestrator should.
  if (!waitForDatabase) await prepare(db);

  const { app } = await createApp({
    executor: db.executor,
    logger,
    isReady: () => ready,
    introspection: config.api.introspection,
    ide: config.api.ide,
    limits: config.api.limits,
    apiKeys: config.api.apiKeys,
    corsOrigins: config.api.corsOrigins,
    requestTimeoutMs: config.api.requestTimeoutMs,
    responseCacheChars: config.api.responseCacheChars,
    trustedDocuments: config.api.trustedDocuments,
    trustedDocumentsOnly: config.api.trustedDocumentsOnly,
  });
  server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server!.once('listening', resolve);
    server!.once('error', reject);
  });
  if (waitForDatabase) {
    const database = db;
    prepare(database).catch(async (error: unknown) => {
      logger.error(`giving up: ${error instanceof Error ? error.message : String(error)}`);
      await stop('startup failed', 1);
    });
  }
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${config.port}/graphql`;
  logger.info(ready ? `botnia-graph ready: GraphQL at ${url}` : `botnia-graph listening at ${url}; waiting for Neo4j (/readyz answers 503 until ready)`);
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
