import type { Executor } from '../../../db/executor.js';
import { ENTITY_LABELS } from '../../../graph/model.js';

export interface GraphStatusRow {
  counts: { label: string; count: number }[];
  relationships: number;
}

/** One count per entity label, each from Neo4j's count store. */
const COUNTS = ENTITY_LABELS.map((label, i) => `CALL () { MATCH (n:${label}) RETURN count(n) AS c${i} }`).join('\n');

/** Node counts per entity label and the relationship total, both from Neo4j's count store (constant time). */
export async function graphStatus(executor: Executor, signal?: AbortSignal): Promise<GraphStatusRow> {
  const rows = await executor.read<GraphStatusRow>(
    `${COUNTS}
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN [${ENTITY_LABELS.map((label, i) => `{label: '${label}', count: c${i}}`).join(', ')}] AS counts, relationships`,
    {},
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
