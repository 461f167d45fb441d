import type { Executor } from '../db/executor.js';
import { Loaders } from './loaders.js';
import { AnalyticsService } from './modules/analytics/analytics.service.js';

/** What lives as long as the server: the executor and the analytics cache. */
export interface Services {
  executor: Executor;
  analytics: AnalyticsService;
}

export function createServices(executor: Executor): Services {
  return { executor, analytics: new AnalyticsService(executor) };
}

/** Per-request context: the services, the request's DataLoaders, and the request's deadline. */
export interface Context extends Services {
  loaders: Loaders;
  /** Aborts the request's database work when the request deadline passes. */
  signal?: AbortSignal;
}

export function createContext(services: Services, signal?: AbortSignal): Context {
  return { ...services, loaders: new Loaders(services.executor, signal), signal };
}
