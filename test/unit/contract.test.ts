import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { printSortedSchema } from '../../src/api/schema.js';
import { graphContractStatements } from '../../src/db/graph-contract.js';

const run = promisify(execFile);

describe('the API contract', () => {
  it('schema/schema.graphql is what the code emits (run `npm run schema:emit` after an API change)', async () => {
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(await printSortedSchema());
  });

  it('the generated typed operations are current (run `npm run codegen`)', async () => {
    const result = await run('npx', ['graphql-codegen', '--config', 'codegen.yml', '--check'], { timeout: 60_000 }).then(
      () => 0,
      (e: { code?: number; stdout?: string }) => e.code ?? 1,
    );
    expect(result).toBe(0);
  }, 90_000);

  it('every type and field has a description', async () => {
    const sdl = await printSortedSchema();
    const { buildSchema } = await import('graphql');
    const schema = buildSchema(sdl);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID', 'Query'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    for (const field of Object.values(schema.getQueryType()!.getFields())) if (!field.description) missing.push(`Query.${field.name}`);
    expect(missing).toEqual([]);
  });
});

describe('the graph contract', () => {
  it('is idempotent: every statement says IF NOT EXISTS or only waits', () => {
    const statements = graphContractStatements();
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
  });
});
