/**
 * How a row from a report combines with what the graph already holds. Pure functions, so the writer and
 * `--dry-run` agree on what "created / updated / unchanged" means, and re-importing a file changes nothing.
 *
 * - scalar facts: the newest report wins (an older report imported later never overwrites a newer one);
 * - list facts, years, reports, sources, ambiguities: unions, in first-seen order;
 * - nothing derived from the clock, so the same input gives the same graph.
 */
import { encodeSource } from '../graph/codecs.js';
import { Prop } from '../graph/vocabulary.js';
import type { NodeRow, PropValue, Provenance, RelRow, Scalar } from './plan.js';

export type Props = Record<string, PropValue>;

export interface Stamp {
  reportKey: string;
  year: number;
}

function union<T extends Scalar>(a: readonly T[] | undefined, b: readonly T[]): T[] {
  const out = [...(a ?? [])];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

function asList<T extends Scalar>(v: PropValue | undefined): T[] | undefined {
  return Array.isArray(v) ? (v as T[]) : undefined;
}

function provenanceProps(existing: Props, provenance: Provenance[], stamp: Stamp): Props {
  return {
    [Prop.years]: union(asList<number>(existing[Prop.years]), [stamp.year]).sort((a, b) => a - b),
    [Prop.reports]: union(asList<string>(existing[Prop.reports]), [stamp.reportKey]),
    [Prop.sources]: union(
      asList<string>(existing[Prop.sources]),
      // Stored by the graph model's codec, so equal quotes are equal strings.
      provenance.flatMap((p) => (p.source ? [encodeSource({ report: stamp.reportKey, ...p.source })] : [])),
    ),
    [Prop.ambiguities]: union(
      asList<string>(existing[Prop.ambiguities]),
      provenance.flatMap((p) => (p.ambiguity ? [p.ambiguity] : [])),
    ),
  };
}

function scalars(existing: Props, incoming: Record<string, Scalar>, stamp: Stamp): Props {
  const stated = typeof existing[Prop.statedYear] === 'number' ? (existing[Prop.statedYear] as number) : -Infinity;
  if (stamp.year >= stated) return { ...incoming, [Prop.statedYear]: stamp.year };
  // An older report: only fill in what the newer ones did not say.
  const out: Props = {};
  for (const [k, v] of Object.entries(incoming)) if (existing[k] === undefined) out[k] = v;
  return out;
}

export function mergeNode(existing: Props | undefined, row: NodeRow, stamp: Stamp): Props {
  const base: Props = { ...(existing ?? {}) };
  const lists: Props = {};
  for (const [k, v] of Object.entries(row.lists)) lists[k] = union(asList(base[k]), v);
  const terms = union(
    typeof base[Prop.searchText] === 'string' ? (base[Prop.searchText] as string).split('\n') : [],
    row.searchTerms,
  );
  const merged: Props = {
    ...base,
    ...scalars(base, row.props, stamp),
    ...lists,
    ...provenanceProps(base, row.provenance, stamp),
    [Prop.key]: row.key,
  };
  if (terms.length) merged[Prop.searchText] = terms.join('\n');
  return dropEmptyLists(merged);
}

export function mergeRel(existing: Props | undefined, row: RelRow, stamp: Stamp): Props {
  const base: Props = { ...(existing ?? {}) };
  return dropEmptyLists({
    ...base,
    ...scalars(base, row.props, stamp),
    ...provenanceProps(base, row.provenance, stamp),
    [Prop.rid]: row.rid,
  });
}

/** Neo4j does not keep empty lists apart from absent ones reliably across types; absent is simpler. */
function dropEmptyLists(p: Props): Props {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
}

export function sameProps(a: Props | undefined, b: Props): boolean {
  if (!a) return false;
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}
