import type { Executor } from '../db/executor.js';
import { GraphVersion } from './cache/graph-version.js';
import { Loaders } from './loaders.js';
import { AnalyticsService } from './modules/analytics/analytics.service.js';

/** What lives as long as the server: the executor, the graph version reads and the analytics cache. */
export interface Services {
  executor: Executor;
  version: GraphVersion;
  analytics: AnalyticsService;
}

export function createServices(executor: Executor): Services {
  return { executor, version: new GraphVersion(executor), analytics: new AnalyticsService(executor) };
}

/** Per-request context: the services, the request's DataLoaders, and the request's deadline. */
export interface Context extends Services {
  loaders: Loaders;
  /** Aborts the request's database work when the request deadline passes. */
  signal?: AbortSignal;
  /**
   * The graph version as of this request, read once on first use and shared by everything in the request that
   * depends on it (the response cache, the analytics caches).
   */
  graphVersion(): Promise<number>;
  /**
   * Filled in by the response cache when it keeps this request's answer: the graph version it keeps it under. An
   * object, because Apollo hands its plugins a shallow copy of the context.
   */
  cacheNote: { keptAt?: number };
}

/** `version`: the request's graph version when it was read before the context was needed. */
export function createContext(services: Services, signal?: AbortSignal, version?: Promise<number>): Context {
  return {
    ...services,
    loaders: new Loaders(services.executor, signal),
    signal,
    cacheNote: {},
    graphVersion: () => (version ??= services.version.current()),
  };
}
