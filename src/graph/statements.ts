/**
 * Per-report statements (issue 14): every node and relationship keeps, in its list property `statements`, one JSON
 * string per report that states it — the report, its year and region, and the scalar facts that report gives
 * (`values`). The plain properties (name, status, role, …) are recomputed from all statements on every merge: each
 * field takes the value of the newest report that states it (year, then report key), so import order changes no
 * answer. A year view reads the statements instead: what that year's report stated, the latest earlier value where
 * it is silent (and which fields were carried over so). Pure: the import's merge, the API's mapping and the
 * one-statement compiler all use these functions, so every path answers a view the same way.
 */

export type Scalar = string | number | boolean;

export interface Statement {
  report: string;
  year: number;
  /** The report's region (Keski-Pohjanmaa): two reports of one year for two regions are two statements. */
  region: string | null;
  /** The scalar facts this report states of the node or relationship. */
  values: Record<string, Scalar>;
}

/** A view of the graph: one report year, optionally one region's report. No year: the newest of every field. */
export interface View {
  year?: number | null;
  region?: string | null;
}

/** The property that holds the statements. */
export const STATEMENTS = 'statements';

/** Stable key order (values sorted), so the same statement is the same string and re-importing changes nothing. */
export function encodeStatement(s: Statement): string {
  const values = Object.fromEntries(Object.keys(s.values).sort().map((k) => [k, s.values[k]]));
  return JSON.stringify({ report: s.report, year: s.year, region: s.region, values });
}

export function decodeStatement(stored: string): Statement {
  const p = JSON.parse(stored) as Statement;
  return { report: p.report, year: p.year, region: p.region ?? null, values: p.values ?? {} };
}

export function decodeStatements(stored: unknown): Statement[] {
  return Array.isArray(stored) ? (stored as string[]).map(decodeStatement) : [];
}

/** Oldest first: by year, then report key (the tie-break between two regions' reports of one year). */
export function byAge(a: Statement, b: Statement): number {
  return a.year - b.year || (a.report < b.report ? -1 : a.report > b.report ? 1 : 0);
}

/** The statements with `s` in place of an earlier statement of the same report (a corrected file), oldest first. */
export function upsertStatement(list: readonly Statement[], s: Statement): Statement[] {
  return [...list.filter((x) => x.report !== s.report), s].sort(byAge);
}

/** Every field any statement gives. */
export function statedFields(list: readonly Statement[]): Set<string> {
  return new Set(list.flatMap((s) => Object.keys(s.values)));
}

const inView = (view: View | undefined) => (s: Statement) =>
  (view?.year == null || s.year <= view.year) && (!view?.region || (s.region ?? '').toLowerCase() === view.region.toLowerCase());

export interface ViewAnswer {
  /** Each field's value: from the newest statement in the view that gives it. */
  values: Record<string, Scalar>;
  /** The year each field's value was stated in. */
  statedIn: Record<string, number>;
  /** The newest statement year in the view (null: no statement in it). */
  year: number | null;
  /** Fields whose value comes from a report older than the view's year (carried over: that year's report is silent). */
  carriedOver: string[];
  /** Whose quotes the view shows: in a year view, the reports of its newest year (of its region); else every report in it. */
  reports: string[];
}

/**
 * What a view answers: each field from the newest statement in the view (a year's report, else the latest earlier
 * one that gives the field). Without a year: the newest of all, which is what the plain properties hold.
 */
export function viewOf(list: readonly Statement[], view?: View): ViewAnswer {
  const values: Record<string, Scalar> = {};
  const statedIn: Record<string, number> = {};
  let year: number | null = null;
  let reports: string[] = [];
  for (const s of [...list].filter(inView(view)).sort(byAge)) {
    if (view?.year != null && s.year !== year) reports = [];
    reports.push(s.report);
    year = s.year;
    for (const [k, v] of Object.entries(s.values)) {
      values[k] = v;
      statedIn[k] = s.year;
    }
  }
  const carriedOver = view?.year == null ? [] : Object.keys(statedIn).filter((k) => statedIn[k]! < view.year!).sort();
  return { values, statedIn, year, carriedOver, reports };
}

/** The plain properties: every field's newest value (year, then report key). */
export function currentValues(list: readonly Statement[]): Record<string, Scalar> {
  return viewOf(list).values;
}

/** One report's statement of one field: what a history lists. */
export interface FieldStatement {
  field: string;
  year: number;
  region: string | null;
  reportKey: string;
  value: Scalar;
}

/** The history of the fields asked (all when none), oldest first, field by field in the order asked. */
export function historyOf(list: readonly Statement[], fields?: readonly string[] | null, view?: View): FieldStatement[] {
  const sorted = [...list].filter((s) => !view?.region || inView({ region: view.region })(s)).sort(byAge);
  const wanted = fields?.length ? fields : [...statedFields(sorted)].sort();
  return wanted.flatMap((field) =>
    sorted.flatMap((s) =>
      field in s.values ? [{ field, year: s.year, region: s.region, reportKey: s.report, value: s.values[field]! }] : [],
    ),
  );
}

/**
 * A per-year history kept as `year:value` strings (project `statusHistory`, body `meetingsHistory`), derived from
 * the statements: one entry per report that gives the field, oldest first (two regions' reports of one year that
 * agree are one entry).
 */
export function yearValues(list: readonly Statement[], field: string): string[] {
  const out: string[] = [];
  for (const s of [...list].sort(byAge)) {
    if (!(field in s.values)) continue;
    const entry = `${s.year}:${String(s.values[field])}`;
    if (!out.includes(entry)) out.push(entry);
  }
  return out;
}

/** The histories derived from statements, by the list property that holds them. */
export const YEAR_HISTORIES: Readonly<Record<string, string>> = { statusHistory: 'status', meetingsHistory: 'meetingsPerYear' };
