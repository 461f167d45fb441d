/**
 * Graph rows → the plain objects the GraphQL types describe, with the graph model's codecs (src/graph/codecs.ts).
 * A view (one report year, optionally one region) answers each per-year field as that view's reports stated it
 * (src/graph/statements.ts); every builder of entities and edges (the hops, the lists, a compiled selection) passes
 * its level's view here, so they all answer a view the same way.
 */
import { decodeCount, decodeSource, decodeYearValue, LIST_PROPERTIES, NAME_PROPERTIES, type StoredSource } from '../../graph/codecs.js';
import { typenameOf } from '../../graph/model.js';
import { decodeStatements, historyOf, STATEMENTS, statedFields, viewOf, type View } from '../../graph/statements.js';
import { Label } from '../../graph/vocabulary.js';
import type { Source } from './fact.type.js';

export type Props = Record<string, unknown>;
export type { View };

export interface FactFields {
  years: number[];
  sources: Source[];
  ambiguities: string[];
  /** The newest report year (within the view) that states the fact. */
  statedIn: number | null;
  /** Fields answered from an earlier year than the view's (that year's report is silent on them). */
  carriedOver: string[];
  /** The statements, still encoded: `history` decodes them when it is asked. */
  statements?: unknown;
  /** Every report's quotes, for `history`, where a view's `sources` are only those of the year it answers from. */
  allSources?: Source[];
}

/** A stored quote as the API shows it. */
export const asSource = (s: StoredSource): Source => ({ reportKey: s.report, section: s.section, quote: s.quote, fields: s.fields ?? [] });

/**
 * A fact's years, quotes and notes; within a view, its stated year, the fields `inView` found carried over, and only
 * the quotes of the reports it answers from (`outside`: the reports whose quotes it leaves out).
 */
export function facts(props: Props, view?: View, carriedOver: string[] = [], outside?: ReadonlySet<string>): FactFields {
  const years = (props.years as number[] | undefined) ?? [];
  const inView = view?.year == null ? years : years.filter((y) => y <= view.year!);
  const sources = ((props.sources as string[] | undefined) ?? []).map((stored) => asSource(decodeSource(stored)));
  const shown = outside?.size ? sources.filter((s) => !outside.has(s.reportKey)) : sources;
  return {
    years,
    sources: shown,
    ambiguities: (props.ambiguities as string[] | undefined) ?? [],
    statedIn: inView.length ? Math.max(...inView) : null,
    carriedOver,
    statements: props[STATEMENTS],
    ...(shown !== sources ? { allSources: sources } : {}),
  };
}

/**
 * The stored properties as the view answers them: each per-year field from the newest statement in the view (a field
 * no statement in the view gives is absent). Without a year or region: as stored (the newest of every field).
 * `outside`: the reports whose quotes the view leaves out, those of its statements of another year than the newest in
 * the view or of another region (their quotes stay in `history`). A report that states no field of it (a relationship
 * without fields) has no statement to date it, so its quotes stay.
 */
export function inView(props: Props, view?: View): { props: Props; carriedOver: string[]; outside?: ReadonlySet<string> } {
  if (view?.year == null && !view?.region) return { props, carriedOver: [] };
  const statements = decodeStatements(props[STATEMENTS]);
  if (!statements.length) return { props, carriedOver: [] };
  const stated = statedFields(statements);
  const out: Props = {};
  for (const k in props) if (!stated.has(k)) out[k] = props[k];
  const answer = viewOf(statements, view);
  const outside = new Set(statements.map((s) => s.report).filter((r) => !answer.reports.includes(r)));
  return { props: Object.assign(out, answer.values), carriedOver: answer.carriedOver, outside };
}

export { typenameOf };

export interface EntityRow {
  labels: string[];
  props: Props;
}

function names(p: Props): Record<string, unknown> | null {
  const { fi, sv, en } = NAME_PROPERTIES;
  return p[fi] || p[sv] || p[en] ? { fi: p[fi], sv: p[sv], en: p[en] } : null;
}

/**
 * The fact fields set on `out` (which holds the stored properties): assigned one by one, not spread. An object
 * literal with several spreads was ~35 µs per object in V8 (each spread after the first copies through the slow
 * path), and a nested answer builds thousands of these; assignments are ~0.2 µs.
 */
function setFacts(
  out: Props,
  p: Props,
  view: View | undefined,
  carriedOver: string[],
  outside?: ReadonlySet<string>,
): void {
  const f = facts(p, view, carriedOver, outside);
  out.years = f.years;
  out.sources = f.sources;
  out.ambiguities = f.ambiguities;
  out.statedIn = f.statedIn;
  out.carriedOver = f.carriedOver;
  out.statements = f.statements;
  if (f.allSources) out.allSources = f.allSources;
}

/** A node as a GraphQL entity object: its properties (as the view answers them), decoded facts, names, __typename. */
export function toEntity<T = Record<string, unknown>>(row: EntityRow, as?: string, view?: View): T {
  const { props: p, carriedOver, outside } = inView(row.props, view);
  const out: Props = Object.assign({}, p);
  setFacts(out, p, view, carriedOver, outside);
  out.names = names(p);
  for (const l of LIST_PROPERTIES) out[l] = (p[l] as string[] | undefined) ?? [];
  const history = p.statusHistory as string[] | undefined;
  out.statusHistory = history?.length
    ? history.map((s) => {
        const { year, value } = decodeYearValue(s);
        return { year, status: value };
      })
    : [];
  const counts = p.counts as string[] | undefined;
  out.counts = counts?.length
    ? counts.map((stored) => {
        const c = decodeCount(stored);
        return { ...c, source: c.source ? asSource(c.source) : null };
      })
    : [];
  out.isFunder = row.labels.includes(Label.Funder);
  out.labels = row.labels;
  out.__typename = as ?? typenameOf(row.labels);
  return out as T;
}

/** Stored on a relationship but not an edge field of its own: the facts (set from them) and the import's ids. */
const NOT_OWN = new Set(['years', 'sources', 'ambiguities', 'reports', 'rid', STATEMENTS]);

/** A relationship's own fields as an edge shows them (role, title, …), as the view answers them, and its facts. */
export function edgeFields(rel: Props, view?: View): FactFields & Record<string, unknown> {
  const { props: p, carriedOver, outside } = inView(rel, view);
  const out: Props = {};
  for (const k in p) if (!NOT_OWN.has(k)) out[k] = p[k];
  setFacts(out, p, view, carriedOver, outside);
  return out as FactFields & Record<string, unknown>;
}

/** One line of a history, as the API's FieldStatement shows it. */
export interface FieldStatementRow {
  field: string;
  year: number;
  region: string | null;
  reportKey: string;
  value: string;
  number: number | null;
  flag: boolean | null;
  sources: Source[];
}

/**
 * The history of an entity or edge object (as toEntity or edgeFields made it): each asked field as each report stated
 * it, oldest first, with that report's quotes of the fact. Narrowed to a region when the view names one.
 */
export function historyRows(
  object: { statements?: unknown; sources?: Source[]; allSources?: Source[] },
  fields?: readonly string[] | null,
  view?: View,
): FieldStatementRow[] {
  return historyOf(decodeStatements(object.statements), fields, view).map((h) => {
    // The report's quotes that name this field (a quote stating a number), else all of that report's quotes.
    const own = (object.allSources ?? object.sources ?? []).filter((s) => s.reportKey === h.reportKey);
    const naming = own.filter((s) => s.fields.includes(h.field));
    return {
      field: h.field,
      year: h.year,
      region: h.region,
      reportKey: h.reportKey,
      value: String(h.value),
      number: typeof h.value === 'number' ? h.value : null,
      flag: typeof h.value === 'boolean' ? h.value : null,
      sources: naming.length ? naming : own,
    };
  });
}
