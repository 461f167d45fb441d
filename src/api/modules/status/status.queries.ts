import type { Executor } from '../../../db/executor.js';
import { ENTITY_LABELS } from '../../../graph/vocabulary.js';

export interface GraphStatusRow {
  counts: { label: string; count: number }[];
  relationships: number;
}

/** Node counts per entity label and the relationship total, both from Neo4j's count store (constant time). */
export async function graphStatus(executor: Executor, signal?: AbortSignal): Promise<GraphStatusRow> {
  const rows = await executor.read<GraphStatusRow>(
    `UNWIND $labels AS label
     CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
     WITH collect({label: label, count: count}) AS counts
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN counts, relationships`,
    { labels: [...ENTITY_LABELS] },
    { signal },
  );
  return rows[0] ?? { counts: [], relationships: 0 };
}

export async function serverAgent(executor: Executor): Promise<{ agent: string; edition: string }> {
  const rows = await executor.read<{ version: string; edition: string }>(
    `CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel'
     RETURN versions[0] AS version, edition`,
  );
  return { agent: `Neo4j/${rows[0]?.version ?? 'unknown'}`, edition: rows[0]?.edition ?? 'unknown' };
}
