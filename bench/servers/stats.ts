/**
 * Neo4j's own time per request, for the measured pass: instrumented servers record every statement they send
 * (text, parameters, and the server's resultAvailableAfter + resultConsumedAfter: a statement that returns many rows
 * keeps working while they stream, so time-to-first-record alone would undercount it) and serve the totals on a
 * second port, so that the measured servers stay exactly as users run them. GET / returns the totals since the last
 * GET /reset.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver, type Integer, type ManagedTransaction, type Session } from 'neo4j-driver';

export interface TimedSummary {
  resultAvailableAfter: Integer;
  resultConsumedAfter: Integer;
}

/**
 * A driver that records what goes through it: auto-commit session.run (our executor's reads), executeQuery, and
 * transaction functions' tx.run (@neo4j/graphql). Everything else passes through untouched.
 */
export function instrumentDriver(driver: Driver, stats: StatementStats): Driver {
  const bind = <T extends object>(target: T, prop: string | symbol) => {
    const v = Reflect.get(target, prop, target) as unknown;
    return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
  };
  const wrapTx = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop !== 'run') return bind(target, prop);
        return (query: string, params: Record<string, unknown>) => {
          stats.sent(query, params);
          return target.run(query, params).then((r) => {
            stats.done(r.summary);
            return r;
          });
        };
      },
    });
  const wrapSession = (session: Session) =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === 'run') {
          return (query: string, params: Record<string, unknown>, config?: unknown) => {
            stats.sent(query, params);
            return (target.run as (q: string, p: unknown, c: unknown) => Promise<{ summary: TimedSummary }>)(query, params, config).then((r) => {
              stats.done(r.summary);
              return r;
            });
          };
        }
        if (prop !== 'executeRead' && prop !== 'executeWrite') return bind(target, prop);
        return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
          (target[prop] as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => Promise<unknown>)((tx) => work(wrapTx(tx)), config);
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') return (config?: Parameters<Driver['session']>[0]) => wrapSession(target.session(config));
      if (prop === 'executeQuery') {
        return async (query: string, params: Record<string, unknown>, config: unknown) => {
          stats.sent(query, params);
          const result = await (target.executeQuery as (q: string, p: unknown, c: unknown) => Promise<{ summary: TimedSummary }>)(query, params, config);
          stats.done(result.summary);
          return result;
        };
      }
      return bind(target, prop);
    },
  });
}

export interface Recorded {
  cypher: string;
  params: string;
}

export class StatementStats {
  roundTrips = 0;
  availableMs = 0;
  consumedMs = 0;
  /** the statements of the requests since the reset, in order (parameters as JSON, integers as {"$int": "n"}) */
  statements: Recorded[] = [];

  record(cypher: string, params: unknown, summary: TimedSummary): void {
    this.sent(cypher, params);
    this.done(summary);
  }

  /** A statement sent (recorded even when it fails, for the PROFILE pass). */
  sent(cypher: string, params: unknown): void {
    this.roundTrips++;
    if (this.statements.length < 200) this.statements.push({ cypher, params: serializeParams(params) });
  }

  done(summary: TimedSummary): void {
    this.availableMs += summary.resultAvailableAfter.toNumber();
    this.consumedMs += summary.resultConsumedAfter.toNumber();
  }

  reset(): void {
    this.roundTrips = 0;
    this.availableMs = 0;
    this.consumedMs = 0;
    this.statements = [];
  }
}

export function serializeParams(params: unknown): string {
  return JSON.stringify(params ?? {}, (_k, v: unknown) => (neo4j.isInt(v) ? { $int: v.toString() } : v));
}

export function deserializeParams(text: string): Record<string, unknown> {
  return JSON.parse(text, (_k, v: unknown) =>
    v && typeof v === 'object' && '$int' in v ? neo4j.int((v as { $int: string }).$int) : v,
  ) as Record<string, unknown>;
}

/** Serves the stats on a free loopback port; resolves with the port. */
export function serveStats(stats: StatementStats): Promise<number> {
  const server = createServer((req, res) => {
    if (req.url === '/reset') stats.reset();
    const body = JSON.stringify({ roundTrips: stats.roundTrips, availableMs: stats.availableMs, consumedMs: stats.consumedMs, statements: stats.statements });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  server.unref();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}
