/**
 * How a row from a report combines with what the graph already holds. Pure functions, so the writer and
 * `--dry-run` agree on what "created / updated / unchanged" means, and re-importing a file changes nothing.
 *
 * - scalar facts: kept per report in `statements` (src/graph/statements.ts); the plain properties are recomputed
 *   from all of them, each field the newest report's value (year, then report key), so import order changes nothing;
 * - list facts, years, reports, sources, ambiguities: unions, in first-seen order;
 * - nothing derived from the clock, so the same input gives the same graph.
 */
import { encodeSource } from '../graph/codecs.js';
import { currentValues, decodeStatements, encodeStatement, STATEMENTS, statedFields, upsertStatement, YEAR_HISTORIES, yearValues, type Statement } from '../graph/statements.js';
import { Prop } from '../graph/vocabulary.js';
import type { NodeRow, PropValue, Provenance, RelRow, Scalar } from './plan.js';

export type Props = Record<string, PropValue>;

export interface Stamp {
  reportKey: string;
  year: number;
  /** The report's region: another region's report of the same year is another statement. */
  region?: string | null;
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

// Properties that are not facts of one report: bookkeeping, accumulated lists, derived histories.
const NOT_SCALAR_FACTS = new Set<string>([...Object.values(Prop), STATEMENTS, 'aliases', 'identifiers', 'titles', ...Object.keys(YEAR_HISTORIES)]);

/**
 * The statements a node or relationship held before: its `statements`, or, in a graph imported before they were kept,
 * one statement made of its scalar properties, dated by the newest report it names (the best that graph knows).
 */
function storedStatements(existing: Props): Statement[] {
  if (Array.isArray(existing[STATEMENTS])) return decodeStatements(existing[STATEMENTS]);
  const reports = asList<string>(existing[Prop.reports]) ?? [];
  const years = asList<number>(existing[Prop.years]) ?? [];
  if (!reports.length) return [];
  const values = Object.fromEntries(
    Object.entries(existing).filter(([k, v]) => !NOT_SCALAR_FACTS.has(k) && !Array.isArray(v)),
  ) as Record<string, Scalar>;
  // Nothing to carry (a relationship without a role or title): it needs no statement.
  if (!Object.keys(values).length) return [];
  const year = typeof existing[Prop.statedYear] === 'number' ? (existing[Prop.statedYear] as number) : Math.max(...years);
  return [{ report: reports[reports.length - 1]!, year, region: null, values }];
}

/** This report's statement added (or replacing its earlier one), and the plain properties recomputed from all. */
function scalars(existing: Props, incoming: Record<string, Scalar>, stamp: Stamp, histories: readonly string[] = []): Props {
  const before = storedStatements(existing);
  // A report that states no scalar of it (most relationships) adds no statement: `years` and `reports` say it stated it.
  const statements = Object.keys(incoming).length
    ? upsertStatement(before, { report: stamp.reportKey, year: stamp.year, region: stamp.region ?? null, values: incoming })
    : before.filter((s) => s.report !== stamp.reportKey);
  const out: Props = {};
  // A field only a replaced statement gave is gone with it.
  for (const k of statedFields(before)) out[k] = undefined as unknown as PropValue;
  Object.assign(out, currentValues(statements));
  for (const [list, field] of Object.entries(YEAR_HISTORIES)) {
    if (existing[list] !== undefined || histories.includes(list)) out[list] = yearValues(statements, field);
  }
  out[STATEMENTS] = statements.map(encodeStatement) as PropValue;
  // Superseded by the statements (kept by graphs imported before them).
  out[Prop.statedYear] = undefined as unknown as PropValue;
  return out;
}

export function mergeNode(existing: Props | undefined, row: NodeRow, stamp: Stamp): Props {
  const base: Props = { ...(existing ?? {}) };
  const lists: Props = {};
  for (const [k, v] of Object.entries(row.lists)) if (!(k in YEAR_HISTORIES)) lists[k] = union(asList(base[k]), v);
  const terms = union(
    typeof base[Prop.searchText] === 'string' ? (base[Prop.searchText] as string).split('\n') : [],
    row.searchTerms,
  );
  const merged: Props = {
    ...base,
    ...lists,
    ...scalars(base, row.props, stamp, Object.keys(row.lists)),
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
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

export function sameProps(a: Props | undefined, b: Props): boolean {
  if (!a) return false;
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}
