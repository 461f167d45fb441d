/**
 * Brings up the database side for any entry point (server, seed CLI, benchmarks): the local Neo4j when no NEO4J_URI
 * is configured, the driver, a connectivity check with one clear error, and the executor.
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { createDriver, verifyConnectivity } from './db/driver.js';
import { Executor } from './db/executor.js';
import { LocalNeo4j, type Progress } from './db/local-neo4j.js';

export interface Database {
  uri: string;
  agent: string;
  driver: Driver;
  executor: Executor;
  /** The local Neo4j this process started, if any. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

/**
 * With `verify` (the default) the server must answer now, or this fails with one clear error. Without it the
 * driver is only created: the caller waits for the server itself (waitForNeo4j).
 */
export async function openDatabase(config: Config, progress: Progress, { verify = true } = {}): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    local = await LocalNeo4j.start({
      port: config.neo4j.local.port,
      dataDir: config.neo4j.local.dataDir,
      startTimeoutMs: config.neo4j.local.startTimeoutMs,
      progress,
    });
    uri = local.uri;
  }
  const driver = createDriver({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    maxPoolSize: config.neo4j.maxPoolSize,
  });
  try {
    const agent = verify ? await verifyConnectivity(driver, uri, config.neo4j.database) : 'not yet connected';
    const executor = new Executor(driver, { database: config.neo4j.database, txTimeoutMs: config.neo4j.txTimeoutMs });
    return {
      uri,
      agent,
      driver,
      executor,
      local,
      async close() {
        await driver.close();
        await local?.stop();
      },
    };
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
}

/** Retries the connection with exponential backoff (0.5 s doubling to 5 s) until it answers or `budgetMs` passes. */
export async function waitForNeo4j(
  db: Database,
  database: string,
  budgetMs: number,
  onRetry: (attempt: number, delayMs: number, reason: string) => void,
): Promise<string> {
  const deadline = Date.now() + budgetMs;
  let delay = 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await verifyConnectivity(db.driver, db.uri, database);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (Date.now() + delay > deadline) throw error;
      onRetry(attempt, delay, reason);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5_000);
    }
  }
}
