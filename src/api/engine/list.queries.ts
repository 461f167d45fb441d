import neo4j from 'neo4j-driver';
/**
 * Lists as pages: filters compiled to a Cypher WHERE from fixed fragments (every value a parameter), keyset
 * pagination on (sort value, key), and the total in the same round trip when it is asked for.
 */
import type { Executor } from '../../db/executor.js';
import { AppError, countUpTo, ErrorCode } from '../../errors.js';
import { Label } from '../../graph/vocabulary.js';
import { named, vocabulary } from './graph.queries.js';
import type { EntityRow, Props } from './mapping.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Relationship fields (a project's participants, …) return at most this many unless `first` says otherwise. */
export const DEFAULT_HOP_LIMIT = 25;
export const MAX_HOP_LIMIT = 500;

/** Collects parameters while a filter is compiled; fragments refer to them as $p0, $p1, … */
export class Params {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  add(value: unknown): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }
}

/** Filter fragments shared by the entity types. `n` is the listed node. */
export const where = {
  text: (p: Params, text: string) => `toLower(coalesce(n.searchText, n.name, n.title, n.key)) CONTAINS toLower(${p.add(text)})`,
  propIn: (p: Params, prop: string, values: unknown[]) => `n.${prop} IN ${p.add(values)}`,
  year: (p: Params, year: number) => `${p.add(year)} IN n.years`,
  region: (p: Params, region: string) =>
    `EXISTS { MATCH (rep:${Label.Report}) WHERE rep.key IN n.reports AND toLower(rep.region) = toLower(${p.add(region)}) }`,
  /** Stated by a report of this region of this year (a region's view of a year). */
  regionYear: (p: Params, region: string, year: number) =>
    `EXISTS { MATCH (rep:${Label.Report}) WHERE rep.key IN n.reports AND rep.year = ${p.add(year)} AND toLower(rep.region) = toLower(${p.add(region)}) }`,
  all: (parts: string[]) => (parts.length ? parts.map((x) => `(${x})`).join(' AND ') : 'true'),
  any: (parts: string[]) => (parts.length ? parts.map((x) => `(${x})`).join(' OR ') : 'false'),
  not: (part: string) => `NOT (${part})`,
};

/** The parts every filter input has: AND / OR / NOT of its own kind. */
export interface Composable<F> {
  AND?: F[] | null;
  OR?: F[] | null;
  NOT?: F | null;
}

/** Compiles a filter with AND/OR/NOT, given the compiler for one level's own fields. */
export function compileFilter<F extends Composable<F>>(
  filter: F | null | undefined,
  p: Params,
  own: (f: F, p: Params) => string[],
  depth = 0,
): string {
  if (!filter) return 'true';
  if (depth > 5) throw new AppError(ErrorCode.BadUserInput, 'Filters nest at most 5 levels deep.');
  const parts = own(filter, p);
  if (filter.AND?.length) parts.push(where.all(filter.AND.map((f) => compileFilter(f, p, own, depth + 1))));
  if (filter.OR?.length) parts.push(where.any(filter.OR.map((f) => compileFilter(f, p, own, depth + 1))));
  if (filter.NOT) parts.push(where.not(compileFilter(filter.NOT, p, own, depth + 1)));
  return where.all(parts);
}

export interface Cursor {
  v: string | number;
  k: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.v, c.k])).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const [v, k] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if ((typeof v === 'string' || typeof v === 'number') && typeof k === 'string') return { v, k };
  } catch {
    // fall through
  }
  throw new AppError(ErrorCode.BadUserInput, 'The `after` cursor is not one this API gave out.');
}

export const pageSize = (first: number | null | undefined): number => countUpTo(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, '`first`');

export interface SortSpec {
  /** A Cypher expression over `n`, from the module's fixed list (never from input). */
  expr: string;
  descending: boolean;
}

export interface ListRequest {
  label: Label;
  /**
   * A pattern that binds `n` from a node named by key (a funder's projects), from the module's fixed list: the match
   * starts there instead of scanning the label.
   */
  anchor?: string | null;
  /** Compiled filter (see compileFilter). */
  filter: string;
  params: Params;
  sort: SortSpec;
  first: number;
  after?: string | null;
  withTotal: boolean;
  /** The properties to return (see selection.ts); null: all of them. */
  properties: readonly string[] | null;
  /** What each listed node's selection traverses, compiled (compile.queries.ts): one expression on `n`, as `c`. */
  children?: { expr: string; params: Record<string, unknown> } | null;
}

export interface PageRow extends EntityRow {
  sortValue: string | number;
  /** The values of the compiled children (ListRequest.children). */
  c?: unknown[];
}

export interface Page {
  rows: PageRow[];
  hasNextPage: boolean;
  total: number | null;
  after: Cursor | null;
}

export function compileList(req: ListRequest): { cypher: string; params: Record<string, unknown> } {
  const n = `(n:${vocabulary(req.label)})`;
  // An anchored pattern can reach a node twice (two relationships to it); a label scan cannot.
  const from = req.anchor ? `${req.anchor} WITH DISTINCT n WHERE` : `${n} WHERE`;
  const after = req.after ? decodeCursor(req.after) : null;
  const cmp = req.sort.descending ? '<' : '>';
  const dir = req.sort.descending ? 'DESC' : 'ASC';
  // The cursor condition is written on the sort property itself (not on an alias) so that Neo4j can seek its index
  // from the cursor and stop after `first` rows, instead of sorting the whole label.
  const e = req.sort.expr;
  // `NOT (…)` rather than an OR: a single range on the sort property, which the planner turns into an index seek
  // ordered by the index (PartialTop), where an OR made it union a second seek on the key.
  const back = req.sort.descending ? '>=' : '<=';
  const afterClause = after ? ` AND ${e} ${cmp}= $afterValue AND NOT (${e} = $afterValue AND n.key ${back} $afterKey)` : '';
  const page = `WITH n ORDER BY ${e} ${dir}, n.key ${dir}
  LIMIT $limit
  RETURN collect({labels: labels(n), props: ${req.properties ? '[k IN $properties | n[k]]' : 'properties(n)'}, sortValue: ${e}${req.children ? `, c: ${req.children.expr}` : ''}}) AS rows`;
  const params = {
    ...req.params.values,
    limit: neo4j.int(req.first + 1),
    afterValue: after?.v ?? null,
    afterKey: after?.k ?? null,
    ...(req.properties ? { properties: req.properties } : {}),
    ...req.children?.params,
  };
  if (req.withTotal && (req.filter !== 'true' || req.anchor)) {
    // A filtered list with its total: the filter is evaluated once, the page cut from the matches.
    const cypher = `MATCH ${from} ${req.filter}
WITH collect(n) AS matches
CALL (matches) {
  UNWIND matches AS n
  WITH n WHERE true${afterClause}
  ${page}
}
RETURN size(matches) AS total, rows`;
    return { cypher, params };
  }
  // Unfiltered, the total comes from Neo4j's count store; the page from the sort property's index.
  const total = req.withTotal ? `CALL () { MATCH ${n} RETURN count(n) AS total }` : `WITH null AS total`;
  const cypher = `${total}
CALL () {
  MATCH ${from} (${req.filter})${afterClause}
  ${page}
}
RETURN total, rows`;
  return { cypher, params };
}

export async function listPage(executor: Executor, req: ListRequest, signal?: AbortSignal): Promise<Page> {
  const { cypher, params } = compileList(req);
  const [row] = await executor.read<{ total: number | null; rows: { labels: string[]; props: Props | unknown[]; sortValue: string | number; c?: unknown[] }[] }>(
    cypher,
    params,
    { signal },
  );
  const rows = row?.rows ?? [];
  const props = (p: Props | unknown[]): Props => (req.properties ? named(req.properties, p as unknown[]) : (p as Props));
  return {
    rows: rows.slice(0, req.first).map((r) => ({ ...r, props: props(r.props) })),
    hasNextPage: rows.length > req.first,
    total: row?.total ?? null,
    after: req.after ? decodeCursor(req.after) : null,
  };
}

export interface ListArgs<F> {
  filter?: F | null;
  orderBy: string;
  direction: 'ASC' | 'DESC';
  first?: number | null;
  after?: string | null;
  year?: number | null;
  region?: string | null;
}

/** What a module says about listing its type: the label, its filter fields' fragments, its sort expressions. */
export interface ListSpec<F extends Composable<F>> {
  label: Label;
  own: (f: F, p: Params) => string[];
  sorts: Record<string, string>;
  /**
   * When the top-level filter names a node the list hangs off (a funder), the pattern from it and the filter without
   * that field: the match then starts from that node.
   */
  anchor?: (f: F, p: Params) => { pattern: string; rest: F } | null;
}

export function listEntities<F extends Composable<F>>(
  executor: Executor,
  spec: ListSpec<F>,
  args: ListArgs<F>,
  needs: { withTotal: boolean; properties: readonly string[] | null; children?: ListRequest['children'] },
  signal?: AbortSignal,
): Promise<Page> {
  const p = new Params();
  const anchored = args.filter && spec.anchor ? spec.anchor(args.filter, p) : null;
  let filter = compileFilter(anchored ? anchored.rest : args.filter, p, spec.own);
  if (args.year != null) filter = where.all([filter, where.year(p, args.year)]);
  if (args.region) filter = where.all([filter, args.year != null ? where.regionYear(p, args.region, args.year) : where.region(p, args.region)]);
  const expr = spec.sorts[args.orderBy];
  if (!expr) throw new AppError(ErrorCode.BadUserInput, `cannot sort by ${args.orderBy}`);
  return listPage(
    executor,
    {
      label: spec.label,
      anchor: anchored?.pattern ?? null,
      filter,
      params: p,
      sort: { expr, descending: args.direction === 'DESC' },
      first: pageSize(args.first),
      after: args.after,
      ...needs,
    },
    signal,
  );
}
