/**
 * Neo4j's own time per request, for the measured pass: instrumented servers record every statement they send
 * (text, parameters, resultAvailableAfter) and serve the totals on a second port, so that the measured servers stay
 * exactly as users run them. GET /stats returns the totals since the last POST /reset.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';

export interface Recorded {
  cypher: string;
  params: string;
}

export class StatementStats {
  roundTrips = 0;
  availableMs = 0;
  /** the statements of the requests since the reset, in order (parameters as JSON, integers as {"$int": "n"}) */
  statements: Recorded[] = [];

  record(cypher: string, params: unknown, availableMs: number): void {
    this.sent(cypher, params);
    this.done(availableMs);
  }

  /** A statement sent (recorded even when it fails, for the PROFILE pass). */
  sent(cypher: string, params: unknown): void {
    this.roundTrips++;
    if (this.statements.length < 200) this.statements.push({ cypher, params: serializeParams(params) });
  }

  done(availableMs: number): void {
    this.availableMs += availableMs;
  }

  reset(): void {
    this.roundTrips = 0;
    this.availableMs = 0;
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
    const body = JSON.stringify({ roundTrips: stats.roundTrips, availableMs: stats.availableMs, statements: stats.statements });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  server.unref();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}
