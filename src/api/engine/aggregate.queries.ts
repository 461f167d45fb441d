import neo4j from 'neo4j-driver';
/**
 * Counts by dimension for dashboards: the nodes of a listed kind (filtered as its list filters them, from the same
 * fragments and anchors), grouped by a property, by the node a relationship leads to, or by report year. One
 * statement per aggregate; every value a parameter, labels and types the model's vocabulary.
 */
import type { Executor } from '../../db/executor.js';
import type { Step } from '../../graph/model.js';
import type { Label } from '../../graph/vocabulary.js';
import { vocabulary } from './graph.queries.js';
import { compileFilter, Params, where, type Composable, type ListSpec } from './list.queries.js';

/** What a dimension groups by: a property of the node, the node one step away (its key and name), or the years. */
export type Dimension = { prop: string } | { step: Step } | { years: true };

export interface Bucket {
  /** The property value, the key of the node reached, or the year; null: nodes without one. */
  value: string | null;
  /** The name of the node reached (for a step). */
  label: string | null;
  count: number;
}

export async function countBy<F extends Composable<F>>(
  executor: Executor,
  spec: ListSpec<F>,
  dimension: Dimension,
  args: { filter?: F | null; year?: number | null; first: number },
  signal?: AbortSignal,
): Promise<Bucket[]> {
  const p = new Params();
  const anchored = args.filter && spec.anchor ? spec.anchor(args.filter, p) : null;
  let filter = compileFilter(anchored ? anchored.rest : args.filter, p, spec.own);
  if (args.year != null) filter = where.all([filter, where.year(p, args.year)]);
  if ('prop' in dimension && !anchored && filter === 'true') return countAllByProperty(executor, spec.label, dimension.prop, args.first, signal);
  const from = anchored ? `${anchored.pattern} WITH DISTINCT n WHERE ${filter}` : `(n:${vocabulary(spec.label)}) WHERE ${filter}`;
  let group: string;
  if ('prop' in dimension) {
    group = `WITH n.${dimension.prop} AS value, null AS label, count(n) AS count`;
  } else if ('years' in dimension) {
    group = `UNWIND n.years AS year WITH year WHERE $year IS NULL OR year = $year
     WITH toString(year) AS value, null AS label, count(*) AS count`;
  } else {
    const s = dimension.step;
    const rel = `[r:${vocabulary(s.rel)}]`;
    const pattern = s.direction === 'out' ? `(n)-${rel}->(m:${vocabulary(s.to)})` : `(n)<-${rel}-(m:${vocabulary(s.to)})`;
    group = `OPTIONAL MATCH ${pattern} WHERE $year IS NULL OR $year IN r.years
     WITH m.key AS value, coalesce(m.name, m.title) AS label, count(DISTINCT n) AS count`;
  }
  return executor.read<Bucket>(
    `MATCH ${from}
     ${group}
     RETURN value, label, count ORDER BY count DESC, value LIMIT $first`,
    { ...p.values, year: args.year ?? null, first: neo4j.int(args.first) },
    { signal },
  );
}

/**
 * Every node of a label by a property, unfiltered (a dashboard's first chart): the groups from the property's
 * index where it has one (its values come with the entries, no node is read: half the database hits of a label
 * scan), and the nodes without the property as the count store's total less those grouped.
 */
function countAllByProperty(executor: Executor, label: Label, prop: string, first: number, signal?: AbortSignal): Promise<Bucket[]> {
  const n = `(n:${vocabulary(label)})`;
  return executor.read<Bucket>(
    `MATCH ${n} WHERE n.${prop} IS NOT NULL
     WITH n.${prop} AS value, count(*) AS count
     WITH collect({value: value, count: count}) AS groups
     CALL () { MATCH ${n} RETURN count(n) AS total }
     UNWIND groups + [g IN [{value: null, count: total - reduce(s = 0, g IN groups | s + g.count)}] WHERE g.count > 0] AS g
     RETURN g.value AS value, null AS label, g.count AS count ORDER BY count DESC, value LIMIT $first`,
    { first: neo4j.int(first) },
    { signal },
  );
}
