/**
 * Per-request DataLoaders: every field that follows a relationship asks a loader, and each loader sends one query
 * per batch, so a query nested d levels deep costs d round trips whatever the list sizes.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { neighbours, nodesByKey, type Hop, type HopFilter, type Neighbour } from './modules/common/graph.queries.js';
import type { EntityRow } from './modules/common/mapping.js';

export class Loaders {
  readonly node: DataLoader<string, EntityRow | null>;
  /** The same, without the quotes: for lookups whose query does not ask for them. */
  readonly nodeWithoutSources: DataLoader<string, EntityRow | null>;
  private hops = new Map<string, DataLoader<string, Neighbour[]>>();

  constructor(
    private readonly executor: Executor,
    private readonly signal?: AbortSignal,
  ) {
    const byKey = (withSources: boolean) =>
      new DataLoader<string, EntityRow | null>(async (keys) => {
        const found = await nodesByKey(executor, keys, signal, withSources);
        return keys.map((k) => found.get(k) ?? null);
      });
    this.node = byKey(true);
    this.nodeWithoutSources = byKey(false);
  }

  /** The loader for one hop with one set of arguments (fields with the same hop and arguments share a batch). */
  hop(hop: Hop, filter: HopFilter): DataLoader<string, Neighbour[]> {
    const id = JSON.stringify([hop.type, hop.direction, hop.to, filter.year ?? null, filter.roles ?? null, filter.limit, filter.properties]);
    let loader = this.hops.get(id);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const found = await neighbours(this.executor, hop, filter, keys, this.signal);
        return keys.map((k) => found.get(k) ?? []);
      });
      this.hops.set(id, loader);
    }
    return loader;
  }
}
