import neo4j, { type Driver } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors.js';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  maxPoolSize?: number;
}

/** How long the driver retries a transaction that failed transiently (the executor's auto-commit reads too). */
export const MAX_RETRY_TIME_MS = 3_000;

/** A driver, with basic auth when a password is given (the local Neo4j runs without auth). */
export function createDriver(options: DriverOptions): Driver {
  const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
  return neo4j.driver(options.uri, auth, {
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Retry transient failures briefly; while the database is down, answer "unavailable" fast instead of holding
    // requests for the driver's default 30 s.
    maxTransactionRetryTime: MAX_RETRY_TIME_MS,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: () => {} },
  });
}

/** Fails with one clear line when the server cannot be reached. Returns the server's agent string. */
export async function verifyConnectivity(driver: Driver, uri: string, database: string): Promise<string> {
  try {
    const info = await driver.getServerInfo({ database });
    return info.agent ?? 'Neo4j';
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError(ErrorCode.DatabaseUnavailable, `cannot reach Neo4j at ${uri}: ${reason}`, { cause: error });
  }
}
