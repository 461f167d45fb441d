import type { Executor } from '../db/executor.js';
import { Loaders } from './loaders.js';

/** Per-request context: the executor, the request's DataLoaders, and the request's deadline. */
export interface Context {
  executor: Executor;
  loaders: Loaders;
  /** Aborts the request's database work when the request deadline passes. */
  signal?: AbortSignal;
}

export function createContext(executor: Executor, signal?: AbortSignal): Context {
  return { executor, loaders: new Loaders(executor, signal), signal };
}
