/**
 * `npm run schema:emit` writes schema/schema.graphql from the code; `npm run schema:check` fails (exit 1) when the
 * committed file differs from what the code emits. The committed SDL is the API contract: a diff is an API change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from './schema.js';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');

const sdl = await printSortedSchema();
if (process.argv.includes('--write')) {
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
} else {
  let committed = '';
  try {
    committed = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== sdl) {
    console.error('schema/schema.graphql is not what the code emits: run `npm run schema:emit` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current.');
}
