/**
 * The one place where the application talks to Neo4j: auto-commit reads for the API's single statements, managed
 * transactions with retries for the importer (session.executeWrite / executeRead), the database always named, READ
 * routing for the API, a timeout on every statement, and Neo4j errors mapped to typed errors with stable codes.
 */
import neo4j, { type Driver, type Record as Neo4jRecord, type ManagedTransaction, Neo4jError, isRetryableError } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors.js';
import { MAX_RETRY_TIME_MS } from './driver.js';

/** Retries of auto-commit reads: the first after 100 ms, doubling, within the driver's retry budget. */
const RETRY_START_MS = 100;
const RETRY_MAX_DELAY_MS = 1_000;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

export interface ExecutorOptions {
  database: string;
  txTimeoutMs: number;
}

export interface QueryOptions {
  /** Ends the query early, e.g. at the request's deadline. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Records per batch the driver pulls (its default 1000; -1: all at once, for a statement of many small records). */
  fetchSize?: number;
  /**
   * Read on the cluster's leader, which has every commit, rather than on a secondary that may lag (single servers:
   * no difference). Later reads of this executor wait for what it saw (its bookmarks).
   */
  leader?: boolean;
}

export interface QueryResult<R> {
  rows: R[];
  /** Milliseconds until the server had the first record ready (Neo4j's own time). */
  resultAvailableAfter: number;
}

export type RoundTripListener = (cypher: string, params: Record<string, unknown>) => void;

export class Executor {
  private listeners = new Set<RoundTripListener>();

  constructor(
    readonly driver: Driver,
    readonly options: ExecutorOptions,
  ) {}

  /** Counts database round trips (tests use it to prove there is no N+1). Returns an unsubscribe function. */
  onRoundTrip(listener: RoundTripListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One READ transaction, rows as plain objects (integers converted to JS numbers where safe). */
  async read<R = Record<string, unknown>>(
    cypher: string,
    params: Record<string, unknown> = {},
    opts: QueryOptions = {},
  ): Promise<R[]> {
    return (await this.readWithStats<R>(cypher, params, opts)).rows;
  }

  /**
   * An auto-commit read: one statement needs no transaction around it, and an explicit one costs a COMMIT round trip
   * and the managed-transaction machinery on every request. What executeQuery gives is kept: READ routing, the
   * database named, the timeout, the driver's bookmark manager, the request's abort signal (closing the session ends
   * the query), and retries of retryable errors for the same budget as the driver's managed transactions.
   */
  async readWithStats<R = Record<string, unknown>>(
    cypher: string,
    params: Record<string, unknown> = {},
    opts: QueryOptions = {},
  ): Promise<QueryResult<R>> {
    for (const l of this.listeners) l(cypher, params);
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      if (opts.signal?.aborted) throw deadlinePassed();
      try {
        return await this.autoCommitRead<R>(cypher, params, opts);
      } catch (error) {
        // The driver reports an aborted query as a closed session; the cause is the request's deadline.
        if (opts.signal?.aborted) throw deadlinePassed(error);
        const delay = Math.min(RETRY_START_MS * 2 ** attempt, RETRY_MAX_DELAY_MS);
        if (!isRetryableError(error) || Date.now() - started + delay > MAX_RETRY_TIME_MS) throw mapNeo4jError(error);
        await sleep(delay, opts.signal);
      }
    }
  }

  private async autoCommitRead<R>(cypher: string, params: Record<string, unknown>, opts: QueryOptions): Promise<QueryResult<R>> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: opts.leader ? neo4j.session.WRITE : neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      fetchSize: opts.fetchSize,
    });
    const abort = () => void session.close();
    opts.signal?.addEventListener('abort', abort, { once: true });
    try {
      const result = await runWithoutCallerStack(() => session.run(cypher, params, { timeout: opts.timeoutMs ?? this.options.txTimeoutMs }));
      return {
        rows: result.records.map((r) => toPlain(r) as R),
        resultAvailableAfter: Number(result.summary.resultAvailableAfter),
      };
    } finally {
      opts.signal?.removeEventListener('abort', abort);
      await session.close();
    }
  }

  /** A write transaction for the importer: all of `work` commits, or none of it. */
  writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
    return this.transaction('WRITE', work, opts);
  }

  /** A read transaction spanning several queries (the importer's dry run). */
  readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
    return this.transaction('READ', work, opts);
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    opts: { timeoutMs?: number },
  ): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = { timeout: opts.timeoutMs ?? this.options.txTimeoutMs };
    try {
      return await (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) run in auto-commit transactions, one each. */
  async runSchemaStatement(cypher: string): Promise<void> {
    for (const l of this.listeners) l(cypher, {});
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(cypher);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }
}

/**
 * The driver records the caller's stack trace for every result it creates (new Error().stack, formatted through the
 * source maps under tsx), to print it should the query fail: about 5% of a request's CPU. Its errors are mapped to
 * coded errors here and their stacks never shown, so the result is created with no stack to format.
 */
function runWithoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Neo4j values to plain JS: Integer → number (or string past 2^53), nodes → their properties, records → objects,
 * temporal values → ISO strings. Strings, numbers and plain maps — nearly every value — take the first branches.
 * Lists and maps are converted in place: they are the driver's fresh decoding of one result, held by nothing else,
 * and copying them was about a twentieth of the CPU time of a large nested answer.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (value instanceof neo4j.types.Record) {
    const out: Record<string, unknown> = {};
    for (const key of (value as Neo4jRecord).keys) out[key as string] = toPlain((value as Neo4jRecord).get(key));
    return out;
  }
  if (value instanceof neo4j.types.Node || value instanceof neo4j.types.Relationship) return toPlain(value.properties);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  return value;
}

function deadlinePassed(cause?: unknown): AppError {
  return new AppError(ErrorCode.QueryTimeout, 'The request deadline passed before the query finished.', { cause });
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function mapNeo4jError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code) || /Neo\.TransientError\.General\.DatabaseUnavailable/.test(error.code)) {
      return new AppError(ErrorCode.DatabaseUnavailable, 'The graph database is not reachable right now; try again shortly.', {
        cause: error,
      });
    }
    if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code)) {
      return new AppError(ErrorCode.QueryTimeout, 'The query took longer than the allowed time and was stopped.', {
        cause: error,
      });
    }
    return new AppError(ErrorCode.DatabaseError, `The graph database refused the query (${error.code}).`, { cause: error });
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new AppError(ErrorCode.QueryTimeout, 'The request deadline passed before the query finished.', { cause: error });
  }
  return new AppError(ErrorCode.Internal, 'Unexpected error while querying the graph database.', { cause: error });
}
