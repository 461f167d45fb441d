/**
 * The graph version (GraphMeta.version in Neo4j, bumped by every import that changes the graph), known so that a
 * cached answer is never stale: every request uses a version learnt from a read that reached Neo4j after the request
 * arrived, or one still under its lease (src/graph/version-lease.ts: a read that saw no import announced may be used
 * for a moment, because an import that changes the graph announces itself and waits out every such lease before it
 * commits). Neo4j is the only place all replicas and the import command share, and Neo4j Community has no change
 * feed to push a new version to the replicas.
 *
 * Without a lease (an import is announced), requests share reads under load: a request that arrives while a read is
 * in flight cannot use it (that read may have been answered before the request came), so it waits for the next
 * read, which starts when the one in flight returns and serves every request that arrived meanwhile. So at most
 * one version read is in flight, and a request waits at most two of them (about a millisecond on a LAN).
 */
import type { Executor } from '../../db/executor.js';
import { VERSION_LEASE_MS } from '../../graph/version-lease.js';
import { readGraphVersion } from './graph-version.queries.js';

export class GraphVersion {
  private inFlight?: Promise<number>;
  private next?: Promise<number>;
  private lease?: { version: Promise<number>; until: number };
  /** Reads sent to Neo4j (tests and the benchmark check the sharing). */
  reads = 0;

  constructor(
    private readonly executor: Executor,
    private readonly leaseMs = VERSION_LEASE_MS,
  ) {}

  /** The version as of now or later. */
  current(): Promise<number> {
    const leased = this.leased();
    if (leased) return leased;
    if (!this.inFlight) return this.start();
    this.next ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.leased() ?? this.start();
      });
    return this.next;
  }

  /** The version of the last read while its lease lasts. */
  private leased(): Promise<number> | undefined {
    return this.lease && performance.now() < this.lease.until ? this.lease.version : undefined;
  }

  private start(): Promise<number> {
    this.reads++;
    // The lease counts from before the read is sent: the read may reach Neo4j any time after this.
    const sentAt = performance.now();
    const read = readGraphVersion(this.executor)
      .then(({ version, settled }) => {
        this.lease = settled && this.leaseMs > 0 ? { version: Promise.resolve(version), until: sentAt + this.leaseMs } : undefined;
        return version;
      })
      .finally(() => {
        if (this.inFlight === read) this.inFlight = undefined;
      });
    this.inFlight = read;
    return read;
  }
}
