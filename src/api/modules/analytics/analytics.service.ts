/**
 * Projections and the algorithms on them, cached per (member kind, year) and graph version; networks per tie choice
 * on top of one projection. The graph changes only when a report is imported, and every import bumps the version
 * kept in Neo4j (GraphMeta), so every API replica sees the same version and drops stale projections on its next
 * request, without talking to the others.
 */
import { computeCentrality, type Centrality } from '../../../analytics/centrality.js';
import { DEFAULT_COMMUNITY_SEED, detectCommunities, type Communities } from '../../../analytics/communities.js';
import { networkJson, type NetworkJson } from '../../../analytics/export.js';
import { buildNetwork, DEFAULT_TIES, selectMemberships, tieChoiceId, type CollaborationGraph, type TieChoice } from '../../../analytics/network.js';
import type { Executor } from '../../../db/executor.js';
import { readProjection, type MemberKind, type Projection } from './analytics.queries.js';

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
    readonly ties: TieChoice = DEFAULT_TIES,
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
  private projections = new Map<string, Promise<{ projection: Projection; ms: number }>>();
  private cache = new Map<string, AnalysedNetwork>();
  private version = -1;

  constructor(
    private readonly executor: Executor,
    private readonly maxEntries = 24,
  ) {}

  /**
   * The collaboration network of a year (null: all years) under a tie choice, from the cache while the graph
   * version is unchanged. Every choice of one year shares one read of the projection. The version is the
   * request's (Context.graphVersion): a request reads it once, whatever it asks.
   */
  async network(kind: MemberKind, year: number | null, version: number, signal?: AbortSignal, ties: TieChoice = DEFAULT_TIES): Promise<AnalysedNetwork> {
    if (version !== this.version) {
      this.projections.clear();
      this.cache.clear();
      this.version = version;
    }
    const id = `${kind}|${year ?? 'all'}`;
    let entry = this.projections.get(id);
    if (!entry) {
      const started = performance.now();
      entry = readProjection(this.executor, kind, year, signal).then((projection) => ({ projection, ms: performance.now() - started }));
      this.projections.set(id, entry);
      // A failed read is not cached: the next request tries again.
      entry.catch(() => this.projections.delete(id));
      if (this.projections.size > this.maxEntries) this.projections.delete(this.projections.keys().next().value!);
    }
    const { projection, ms } = await entry;
    const netId = `${id}|${tieChoiceId(ties)}`;
    let net = this.cache.get(netId);
    if (!net) {
      const started = performance.now();
      const graph = buildNetwork(projection.members, selectMemberships(projection.memberships, ties), ties.weights);
      net = new AnalysedNetwork(graph, year, ms + performance.now() - started, ties);
      this.cache.set(netId, net);
      if (this.cache.size > this.maxEntries * 4) this.cache.delete(this.cache.keys().next().value!);
    }
    return net;
  }
}
