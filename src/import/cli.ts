/**
 * `npm run seed -- <file or folder> … [--dry-run] [--json]`
 *
 * Validates every file first and writes nothing if any problem is found (exit 1, one line per problem:
 * `file:line path: message`). Then imports each report in one transaction. Uses NEO4J_URI when set; otherwise the
 * local Neo4j of `npm start` if it is running on NEO4J_LOCAL_PORT, or starts it for the duration of the import.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { portInUse } from '../db/local-neo4j.js';
import { AppError } from '../errors.js';
import { openDatabase, type Database } from '../runtime.js';
import { importSeeds } from './import.js';
import { loadSeedFiles } from './load.js';
import { SeedValidationError, formatProblem } from './problems.js';
import type { ImportSummary, Tally } from './writer.js';

const USAGE = 'usage: npm run seed -- <seed file or folder> [more …] [--dry-run] [--json]';

function table(title: string, rows: Record<string, Tally>): string[] {
  const names = Object.keys(rows).sort();
  if (names.length === 0) return [];
  const width = Math.max(...names.map((n) => n.length), title.length);
  return [
    `  ${title.padEnd(width)}  created  updated  unchanged`,
    ...names.map((n) => {
      const t = rows[n]!;
      return `  ${n.padEnd(width)}  ${String(t.created).padStart(7)}  ${String(t.updated).padStart(7)}  ${String(t.unchanged).padStart(9)}`;
    }),
  ];
}

export function describeSummary(s: ImportSummary): string {
  const verdict = s.dryRun
    ? s.changed
      ? 'would change the graph (dry run: nothing written)'
      : 'already imported: nothing would change (dry run)'
    : s.changed
      ? `imported in ${s.ms} ms (${Math.round((s.rows / Math.max(s.ms, 1)) * 1000)} rows/s), import run ${s.importRunId}`
      : 'already imported: the graph is unchanged, nothing was written';
  return [`${s.file} (${s.report}): ${verdict}`, ...table('label', s.nodes), ...table('relationship', s.relationships)].join('\n');
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  if (args.values.help || args.positionals.length === 0) {
    console.error(USAGE);
    return args.values.help ? 0 : 2;
  }
  const targets = args.positionals;
  const dryRun = args.values['dry-run'];
  const progress = args.values.json ? () => {} : (line: string) => console.error(line);

  // Validate before touching any database, so a bad file fails fast and nothing starts for nothing.
  const loaded = loadSeedFiles(targets);
  if (!loaded.ok) {
    console.error(new SeedValidationError(loaded.problems).message.split('\n')[0]);
    for (const p of loaded.problems) console.error(formatProblem(p));
    return 1;
  }

  const config = loadConfig();
  if (!config.neo4j.uri && (await portInUse(config.neo4j.local.port))) {
    // The local Neo4j of a running `npm start`.
    config.neo4j.uri = `bolt://127.0.0.1:${config.neo4j.local.port}`;
  }
  let db: Database | undefined;
  try {
    db = await openDatabase(config, progress);
    const summaries = await importSeeds(db.executor, targets, { dryRun, progress });
    if (args.values.json) console.log(JSON.stringify(summaries, null, 2));
    else for (const s of summaries) console.log(describeSummary(s));
    return 0;
  } finally {
    await db?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof SeedValidationError) console.error(error.message);
    else if (error instanceof AppError) console.error(`seed: ${error.message}; nothing was written`);
    else console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
