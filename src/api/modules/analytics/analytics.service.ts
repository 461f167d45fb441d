/**
 * Projections and the algorithms on them, cached per (member kind, year, region) and graph version; networks per tie choice
 * on top of one projection. The graph changes only when a report is imported, and every import bumps the version
 * kept in Neo4j (GraphMeta), so every API replica sees the same version and drops stale projections on its next
 * request, without talking to the others.
 */
import { AnalysisPool } from '../../../analytics/analysis-pool.js';
import { toJob, type AnalysisResult } from '../../../analytics/analysis-job.js';
import type { Centrality } from '../../../analytics/centrality.js';
import { DEFAULT_COMMUNITY_SEED, type Communities } from '../../../analytics/communities.js';
import type { Position } from '../../../analytics/layout.js';
import { networkJson, type NetworkJson } from '../../../analytics/export.js';
import { buildNetwork, DEFAULT_TIES, selectMemberships, tieChoiceId, type CollaborationGraph, type TieChoice } from '../../../analytics/network.js';
import type { Executor } from '../../../db/executor.js';
import { AppError, ErrorCode } from '../../../errors.js';
import { readProjection, regionReports, type MemberKind, type Projection } from './analytics.queries.js';

/**
 * The reports a region's view reads (of `year`, when given; possibly none that year), or null for every region.
 * A region no report has is NOT_FOUND, naming the regions the graph holds.
 */
export async function reportsOfRegion(executor: Executor, region: string | null, year: number | null, signal?: AbortSignal): Promise<string[] | null> {
  if (region == null) return null;
  const found = await regionReports(executor, region, year, signal);
  if (!found.known) {
    throw new AppError(ErrorCode.NotFound, `No report of region "${region}": the graph holds reports of ${found.regions.join(', ') || 'no region'}.`);
  }
  return found.reports;
}

/** One analysed network; its algorithms run on first use only, in the analysis pool's worker threads. */
export class AnalysedNetwork {
  private base?: Promise<{ centrality: Map<string, Centrality>; communities: Communities; layout: Map<string, Position> }>;
  private communityCache = new Map<number, Promise<Communities>>();
  private jsonCache?: Promise<NetworkJson>;

  constructor(
    readonly graph: CollaborationGraph,
    readonly year: number | null,
    /** The region's view, or null for every region. */
    readonly region: string | null,
    /** The region's reports the network is read from (null: every report). */
    readonly reports: string[] | null,
    /** Milliseconds it took to read the projection and build the graph. */
    readonly buildMs: number,
    readonly ties: TieChoice,
    private readonly pool: AnalysisPool,
  ) {}

  /** A failed or timed-out computation is not kept: the next request tries again. */
  private remember<T>(p: Promise<T>, forget: () => void): Promise<T> {
    p.catch(forget);
    return p;
  }

  /**
   * Centrality, the default seed's communities and the layout that follows from them: one job, since nearly every
   * answer wants the first two and the layout costs less than betweenness (M: about 0.7 s of the worker's CPU).
   */
  private analysis(signal?: AbortSignal) {
    this.base ??= this.remember(
      this.pool.run(toJob(this.graph, true, [DEFAULT_COMMUNITY_SEED]), signal).then((r) => ({
        centrality: new Map(r.centrality),
        communities: communitiesOf(r.communities[0]!),
        layout: new Map(r.layout),
      })),
      () => (this.base = undefined),
    );
    return this.base;
  }

  async centrality(signal?: AbortSignal): Promise<Map<string, Centrality>> {
    return (await this.analysis(signal)).centrality;
  }

  /** Where each member is drawn: the explorer's picture and the exported files' positions. */
  async layout(signal?: AbortSignal): Promise<Map<string, Position>> {
    return (await this.analysis(signal)).layout;
  }

  async communities(seed = DEFAULT_COMMUNITY_SEED, signal?: AbortSignal): Promise<Communities> {
    if (seed === DEFAULT_COMMUNITY_SEED) return (await this.analysis(signal)).communities;
    let c = this.communityCache.get(seed);
    if (!c) {
      c = this.remember(
        this.pool.run(toJob(this.graph, false, [seed]), signal).then((r) => communitiesOf(r.communities[0]!)),
        () => this.communityCache.delete(seed),
      );
      this.communityCache.set(seed, c);
    }
    return c;
  }

  json(signal?: AbortSignal): Promise<NetworkJson> {
    this.jsonCache ??= this.remember(
      this.analysis(signal).then((a) => networkJson(this.graph, a.centrality, a.communities, a.layout, this.year)),
      () => (this.jsonCache = undefined),
    );
    return this.jsonCache;
  }
}

function communitiesOf(r: AnalysisResult['communities'][number]): Communities {
  return { of: new Map(r.of), count: r.count, modularity: r.modularity };
}

export class AnalyticsService {
  private projections = new Map<string, Promise<{ projection: Projection; reports: string[] | null; ms: number }>>();
  private cache = new Map<string, AnalysedNetwork>();
  private version = -1;

  constructor(
    private readonly executor: Executor,
    readonly pool = new AnalysisPool(),
    private readonly maxEntries = 24,
  ) {}

  /**
   * The collaboration network of a year (null: all years) and region (null: every region) under a tie choice, from
   * the cache while the graph version is unchanged. Every choice of one view shares one read of the projection. The
   * version is the request's (Context.graphVersion): a request reads it once, whatever it asks. An unknown region
   * is NOT_FOUND.
   */
  async network(
    kind: MemberKind,
    year: number | null,
    version: number,
    signal?: AbortSignal,
    ties: TieChoice = DEFAULT_TIES,
    region: string | null = null,
  ): Promise<AnalysedNetwork> {
    if (version !== this.version) {
      this.projections.clear();
      this.cache.clear();
      this.version = version;
    }
    // Regions compare case-insensitively: one entry per region however it is spelt.
    const id = `${kind}|${year ?? 'all'}|${region?.toLowerCase() ?? 'all'}`;
    let entry = this.projections.get(id);
    if (!entry) {
      const started = performance.now();
      entry = reportsOfRegion(this.executor, region, year, signal).then(async (reports) => ({
        projection: await readProjection(this.executor, kind, year, reports, signal),
        reports,
        ms: performance.now() - started,
      }));
      this.projections.set(id, entry);
      // A failed read is not cached: the next request tries again.
      entry.catch(() => this.projections.delete(id));
      if (this.projections.size > this.maxEntries) this.projections.delete(this.projections.keys().next().value!);
    }
    const { projection, reports, ms } = await entry;
    const netId = `${id}|${tieChoiceId(ties)}`;
    let net = this.cache.get(netId);
    if (!net) {
      const started = performance.now();
      const graph = buildNetwork(projection.members, selectMemberships(projection.memberships, ties), ties.weights);
      net = new AnalysedNetwork(graph, year, region, reports, ms + performance.now() - started, ties, this.pool);
      this.cache.set(netId, net);
      if (this.cache.size > this.maxEntries * 4) this.cache.delete(this.cache.keys().next().value!);
    }
    return net;
  }
}
