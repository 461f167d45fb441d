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

/** A full-text index as the contract declares it: its name, labels, properties and analyzer. */
export interface FullTextIndex {
  name: string;
  labels: string[];
  properties: string[];
  analyzer: string;
}

/** The full-text indexes the contract's statements create. */
export function fullTextIndexes(statements: string[]): FullTextIndex[] {
  return statements.flatMap((st) => {
    const m = /^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS\s+FOR \(n:([\w|]+)\)\s+ON EACH \[([^\]]+)\][\s\S]*`fulltext\.analyzer`:\s*'(\w+)'/.exec(st);
    if (!m) return [];
    const properties = m[3]!.split(',').map((p) => p.trim().replace(/^n\./, ''));
    return [{ name: m[1]!, labels: m[2]!.split('|'), properties, analyzer: m[4]! }];
  });
}

interface ShownIndex {
  name: string;
  labelsOrTypes: string[];
  properties: string[];
  options: { indexConfig?: Record<string, unknown> };
}

/**
 * `CREATE … IF NOT EXISTS` keeps an index of the same name made under an older contract (another analyzer, fewer
 * labels): such a full-text index is dropped here, so that the contract's statement creates it as declared.
 */
async function dropStaleFullTextIndexes(executor: Executor, declared: FullTextIndex[]): Promise<string[]> {
  if (!declared.length) return [];
  const shown = await executor.read<ShownIndex>(`SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options`);
  const dropped: string[] = [];
  for (const want of declared) {
    const have = shown.find((i) => i.name === want.name);
    if (!have) continue;
    const same =
      [...have.labelsOrTypes].sort().join('|') === [...want.labels].sort().join('|') &&
      [...have.properties].sort().join(',') === [...want.properties].sort().join(',') &&
      have.options.indexConfig?.['fulltext.analyzer'] === want.analyzer;
    if (same) continue;
    // The name comes from the contract file, never from input.
    await executor.runSchemaStatement(`DROP INDEX ${want.name} IF EXISTS`);
    dropped.push(want.name);
  }
  return dropped;
}

/** The analyzer, labels and properties of a full-text index as the database has it (null when it has none). */
export async function fullTextIndexInDatabase(executor: Executor, name: string): Promise<FullTextIndex | null> {
  const shown = await executor.read<ShownIndex>(`SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name`, { name });
  const i = shown[0];
  return i ? { name: i.name, labels: i.labelsOrTypes, properties: i.properties, analyzer: String(i.options.indexConfig?.['fulltext.analyzer']) } : null;
}

/** Applies the constraints and indexes (idempotent) and waits until the indexes are online. */
export async function applyGraphContract(executor: Executor): Promise<number> {
  const statements = graphContractStatements();
  await dropStaleFullTextIndexes(executor, fullTextIndexes(statements));
  for (const statement of statements) await executor.runSchemaStatement(statement);
  await executor.runSchemaStatement('CALL db.awaitIndexes(300)');
  return statements.length;
}
