/**
 * The graph's largest degrees: for each relationship type and direction that a list field of the API follows, the
 * most relationships any one node has. The cost limit multiplies nested lists by these instead of by `first`
 * (src/api/limits.ts). One statement, the types a parameter: a scan of the relationships, grouped per node. (One
 * `COUNT { (a)-[:T]->() }` per type and direction reads degrees from the store instead, but with twenty of them
 * Neo4j took 2.7 s to plan the statement; this one plans in a fraction of that.)
 */
import type { Executor } from '../../db/executor.js';
import { TRAVERSALS } from '../../graph/traversals.js';
import { Label, type Rel } from '../../graph/vocabulary.js';

export type Direction = 'out' | 'in';
export const degreeId = (rel: Rel, direction: Direction) => `${rel}:${direction}`;

/** Every (type, direction) a many-valued traversal of the model follows, once. */
export const LIST_HOPS: readonly { rel: Rel; direction: Direction }[] = [
  ...new Map(
    Object.values(TRAVERSALS)
      .flat()
      .filter((t) => !t.one)
      .map((t) => [degreeId(t.rel, t.direction), { rel: t.rel, direction: t.direction }]),
  ).values(),
];

/** The largest degree per `degreeId(type, direction)`; 0 where no node has one. */
export async function maxDegrees(executor: Executor, signal?: AbortSignal): Promise<Map<string, number>> {
  const rows = await executor.read<{ type: Rel; direction: Direction; degree: number }>(
    `CALL () {
       MATCH (a:${Label.Entity})-[r]->() WHERE type(r) IN $types
       WITH a, type(r) AS type, count(*) AS degree
       RETURN type, 'out' AS direction, max(degree) AS degree
       UNION ALL
       MATCH (a:${Label.Entity})<-[r]-() WHERE type(r) IN $types
       WITH a, type(r) AS type, count(*) AS degree
       RETURN type, 'in' AS direction, max(degree) AS degree
     }
     RETURN type, direction, degree`,
    { types: [...new Set(LIST_HOPS.map((h) => h.rel))] },
    { signal },
  );
  const found = new Map(rows.map((r) => [degreeId(r.type, r.direction), Number(r.degree)]));
  return new Map(LIST_HOPS.map((h) => [degreeId(h.rel, h.direction), found.get(degreeId(h.rel, h.direction)) ?? 0]));
}
