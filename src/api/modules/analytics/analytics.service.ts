/**
 * Projections and the algorithms on them, cached per (member kind, year) and graph version. The graph changes
 * only when a report is imported, and every import bumps the version kept in Neo4j (GraphMeta), so every API
 * replica sees the same version and drops stale projections on its next request, without talking to the others.
 */
import { computeCentrality, type Centrality } from '../../../analytics/centrality.js';
import { detectCommunities, type Communities } from '../../../analytics/communities.js';
import { networkJson, type NetworkJson } from '../../../analytics/export.js';
import { buildNetwork, type CollaborationGraph } from '../../../analytics/network.js';
import type { Executor } from '../../../db/executor.js';
import { graphVersion, readProjection, type MemberKind } from './analytics.queries.js';

export const DEFAULT_COMMUNITY_SEED = 42;

/** One analysed network; its algorithms run on first use only. */
export class AnalysedNetwork {
  private centralityCache?: Map<string, Centrality>;
  private communityCache = new Map<number, Communities>();
  private jsonCache?: NetworkJson;

  constructor(
    readonly graph: CollaborationGraph,
    readonly year: number | null,
    /** Milliseconds it took to read the projection and build the graph. */
    readonly buildMs: number,
  ) {}

  get centrality(): Map<string, Centrality> {
    this.centralityCache ??= computeCentrality(this.graph);
    return this.centralityCache;
  }

  communities(seed = DEFAULT_COMMUNITY_SEED): Communities {
    let c = this.communityCache.get(seed);
    if (!c) {
      c = detectCommunities(this.graph, seed);
      this.communityCache.set(seed, c);
    }
    return c;
  }

  json(): NetworkJson {
    this.jsonCache ??= networkJson(this.graph, this.centrality, this.communities(), this.year);
    return this.jsonCache;
  }
}

export class AnalyticsService {
  private cache = new Map<string, Promise<AnalysedNetwork>>();
  private version = -1;

  constructor(
    private readonly executor: Executor,
    private readonly maxEntries = 24,
  ) {}

  /** The collaboration network of a year (null: all years), from the cache while the graph version is unchanged. */
  async network(kind: MemberKind, year: number | null, signal?: AbortSignal): Promise<AnalysedNetwork> {
    const version = await graphVersion(this.executor, signal);
    if (version !== this.version) {
      this.cache.clear();
      this.version = version;
    }
    const id = `${kind}|${year ?? 'all'}`;
    let entry = this.cache.get(id);
    if (!entry) {
      entry = this.build(kind, year, signal);
      this.cache.set(id, entry);
      // A failed build is not cached: the next request tries again.
      entry.catch(() => this.cache.delete(id));
      if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    }
    return entry;
  }

  private async build(kind: MemberKind, year: number | null, signal?: AbortSignal): Promise<AnalysedNetwork> {
    const started = performance.now();
    const projection = await readProjection(this.executor, kind, year, signal);
    const graph = buildNetwork(projection.members, projection.memberships);
    return new AnalysedNetwork(graph, year, performance.now() - started);
  }
}
