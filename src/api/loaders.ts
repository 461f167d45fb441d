/**
 * Per-request DataLoaders: every field that follows a relationship asks a loader, and each loader sends one query
 * per batch, so a query nested d levels deep costs d round trips whatever the list sizes.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { neighbourCounts, neighbours, nodesByKey, type Hop, type HopFilter, type Neighbour } from './engine/graph.queries.js';
import type { EntityRow } from './engine/mapping.js';

export class Loaders {
  /**
   * Root fields compile their selection into one statement (engine/compile.ts) unless this is false: then every
   * field loads through the loaders below (what the compiled path is tested against).
   */
  compiled = true;
  /** Nodes by key with all their properties. */
  readonly node: DataLoader<string, EntityRow | null>;
  private partial = new Map<string, DataLoader<string, EntityRow | null>>();
  private hops = new Map<string, DataLoader<string, Neighbour[]>>();
  private counts = new Map<string, DataLoader<string, number>>();

  constructor(
    private readonly executor: Executor,
    private readonly signal?: AbortSignal,
  ) {
    this.node = this.byKey();
  }

  private byKey(properties?: readonly string[]): DataLoader<string, EntityRow | null> {
    return new DataLoader(async (keys) => {
      const found = await nodesByKey(this.executor, keys, this.signal, properties);
      return keys.map((k) => found.get(k) ?? null);
    });
  }

  /** Nodes by key with only these properties (lookups read what their query selects). */
  nodeWith(properties: readonly string[]): DataLoader<string, EntityRow | null> {
    const id = properties.join(',');
    let loader = this.partial.get(id);
    if (!loader) {
      loader = this.byKey(properties);
      this.partial.set(id, loader);
    }
    return loader;
  }

  /** The loader for one hop with one set of arguments (fields with the same hop and arguments share a batch). */
  hop(hop: Hop, filter: HopFilter): DataLoader<string, Neighbour[]> {
    const id = JSON.stringify([hop.type, hop.direction, hop.to, hop.roleOn ?? 'rel', filter.year ?? null, filter.region ?? null, filter.roles ?? null, filter.parts === true, filter.limit, filter.properties]);
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

  /** The loader of one hop's counts with one set of filters (a count field the compiled statement did not read). */
  count(hop: Hop, filter: Pick<HopFilter, 'year' | 'region' | 'roles' | 'parts'>): DataLoader<string, number> {
    const id = JSON.stringify([hop.type, hop.direction, hop.to, hop.roleOn ?? 'rel', filter.year ?? null, filter.region ?? null, filter.roles ?? null, filter.parts === true]);
    let loader = this.counts.get(id);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const found = await neighbourCounts(this.executor, hop, filter, keys, this.signal);
        return keys.map((k) => found.get(k) ?? 0);
      });
      this.counts.set(id, loader);
    }
    return loader;
  }
}
