/**
 * What entities of one kind are called and which other keys they have (the graph model's NAMING properties): read
 * when a lookup's key is not a key of that kind, to find the entity meant or the nearest ones.
 */
import type { Executor } from '../../db/executor.js';
import { NAMING } from '../../graph/model.js';
import type { Label } from '../../graph/vocabulary.js';
import { vocabulary } from './graph.queries.js';

export interface KnownAs {
  key: string;
  labels: string[];
  /** Names and aliases. */
  names: string[];
  /** Official ids that serve as keys too. */
  keys: string[];
}

export async function knownAs(executor: Executor, label: Label, signal?: AbortSignal): Promise<KnownAs[]> {
  const rows = await executor.read<{ key: string; labels: string[]; names: (string | null)[]; lists: (string[] | null)[]; keys: (string[] | null)[] }>(
    `MATCH (n:${vocabulary(label)})
     RETURN n.key AS key, labels(n) AS labels, [p IN $names | n[p]] AS names, [p IN $aliases | n[p]] AS lists, [p IN $keys | n[p]] AS keys`,
    { names: NAMING.names, aliases: NAMING.aliases, keys: NAMING.keys },
    { signal },
  );
  return rows.map((r) => ({
    key: r.key,
    labels: r.labels,
    names: [...r.names.filter((n): n is string => !!n), ...r.lists.flatMap((l) => l ?? [])],
    keys: r.keys.flatMap((l) => l ?? []),
  }));
}
