import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Executor } from './executor.js';

export const GRAPH_CONTRACT_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/neo4j.cypher');

/** The statements of schema/neo4j.cypher, comments removed. */
export function graphContractStatements(file = GRAPH_CONTRACT_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Applies the constraints and indexes (idempotent) and waits until the indexes are online. */
export async function applyGraphContract(executor: Executor): Promise<number> {
  const statements = graphContractStatements();
  for (const statement of statements) await executor.runSchemaStatement(statement);
  await executor.runSchemaStatement('CALL db.awaitIndexes(300)');
  return statements.length;
}
