/**
 * The relationships a seed file states, read along the graph model's seed links (RELATIONSHIPS[].seed): the import
 * plan writes them, the reference checks test that each names an entity of the right kind in the same file.
 */
import { RELATIONSHIPS, type SeedLink, type Typename } from './model.js';
import type { Rel } from './vocabulary.js';

type Item = Record<string, unknown>;
type Path = (string | number)[];

export interface StatedLink {
  type: Rel;
  from: string;
  to: string;
  /** The seed object that states it: its source and ambiguity are the relationship's provenance. */
  stated: Item;
  /** Relationship properties (role, title). */
  props: Record<string, string | undefined>;
  /** Tells two relationships of one type between the same nodes apart (two titles, two roles). */
  rid: string;
  /** The key the link names, where in the file, and the kind it must be. */
  key: string;
  path: Path;
  target: Typename;
}

function* objects(item: Item, at: Path, link: SeedLink): Generator<[Item | string, Path]> {
  const value = item[link.field];
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) for (const [j, o] of value.entries()) yield [o as Item, [...at, link.field, j]];
  else yield [value as Item | string, [...at, link.field]];
}

/** Every relationship the file states, in model order. */
export function* statedLinks(seed: Record<string, unknown>): Generator<StatedLink> {
  for (const rel of RELATIONSHIPS) {
    for (const link of rel.seed) {
      const items: [Item, Path][] =
        link.list === 'report' ? [[seed.report as Item, ['report']]] : ((seed[link.list] as Item[]) ?? []).map((x, i) => [x, [link.list, i]]);
      for (const [item, at] of items) {
        for (const [o, path] of objects(item, at, link)) {
          const obj = typeof o === 'string' ? null : o;
          const key = (link.ref ? obj?.[link.ref] : o) as string | undefined;
          if (key === undefined) continue;
          const role = link.role && ('value' in link.role ? link.role.value : (obj?.[link.role.field] as string));
          const props: Record<string, string | undefined> = role ? { role } : {};
          for (const p of link.props ?? []) props[p] = obj?.[p] as string | undefined;
          const own = String(item.key);
          yield {
            type: rel.type,
            from: link.item === 'to' ? key : own,
            to: link.item === 'to' ? own : key,
            stated: obj ?? item,
            props,
            rid: role ?? (link.props ? (props[link.props[0]!] ?? '') : ''),
            key,
            path: link.ref ? [...path, link.ref] : path,
            target: link.target,
          };
        }
      }
    }
  }
}
