/**
 * The graph version (GraphMeta.version in Neo4j, bumped by every import that changes the graph), read so that a
 * cached answer is never stale: every request that uses a cache learns the version from a read that reached Neo4j
 * after the request arrived. Neo4j is the only place all replicas and the import command share, and Neo4j Community
 * has no change feed to push a new version to the replicas, so any cheaper scheme (a TTL, a poll) would serve
 * answers older than the newest import for a while.
 *
 * One read per request would do; under load, requests share reads instead: a request that arrives while a read is
 * in flight cannot use it (that read may have been answered before the request came), so it waits for the next
 * read, which starts when the one in flight returns and serves every request that arrived meanwhile. So at most
 * one version read is in flight, and a request waits at most two of them (about a millisecond on a LAN).
 */
import type { Executor } from '../../db/executor.js';
import { graphVersion } from '../modules/analytics/analytics.queries.js';

export class GraphVersion {
  private inFlight?: Promise<number>;
  private next?: Promise<number>;
  /** Reads sent to Neo4j (tests and the benchmark check the sharing). */
  reads = 0;

  constructor(private readonly executor: Executor) {}

  /** The version as of now or later. */
  current(): Promise<number> {
    if (!this.inFlight) return this.start();
    this.next ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.start();
      });
    return this.next;
  }

  private start(): Promise<number> {
    this.reads++;
    const read = graphVersion(this.executor).finally(() => {
      if (this.inFlight === read) this.inFlight = undefined;
    });
    this.inFlight = read;
    return read;
  }
}
