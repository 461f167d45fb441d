import type { Executor } from '../db/executor.js';

/** Per-request context: the executor and the request's deadline. Loaders are added per module as they come. */
export interface Context {
  executor: Executor;
  /** Aborts the request's database work when the request deadline passes. */
  signal?: AbortSignal;
}
