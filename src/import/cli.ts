/**
 * `npm run seed -- <file or folder> … [--dry-run] [--json]`
 *
 * Validates every file first and writes nothing if any problem is found (exit 1, one line per problem:
 * `file:line path: message`). Then imports each report in one transaction. Uses NEO4J_URI when set; otherwise the
 * local Neo4j of `npm start` if it is running on NEO4J_LOCAL_PORT, or starts it for the duration of the import.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { AppError } from '../errors.js';
import type { Database } from '../runtime.js';
import { connectToGraph } from './connect.js';
import { importSeeds } from './import.js';
import { loadSeedFiles } from './load.js';
import { SeedValidationError, formatProblem } from './problems.js';
import { graphReports, type FactChange, type ImportSummary, type Tally } from './writer.js';

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
  const listed = s.dryRun ? describeChanges(s) : [];
  return [`${s.file} (${s.report}): ${verdict}`, ...table('label', s.nodes), ...table('relationship', s.relationships), ...listed].join('\n');
}

/** Created facts shown before "… and N more" (updates are always listed in full). */
const CREATED_SHOWN = 30;

function show(v: FactChange['old']): string {
  const text = v === null || v === undefined ? '(none)' : JSON.stringify(v);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The dry run's list: each changed fact as `old → new` with its year and line, then the new facts. */
export function describeChanges(s: ImportSummary): string[] {
  const at = (c: FactChange) => `${s.file}${c.line ? `:${c.line}` : ''}`;
  const updated = s.changes.filter((c) => c.change === 'updated');
  const created = s.changes.filter((c) => c.change === 'created');
  const restated = s.changes.filter((c) => c.change === 'restated');
  const lines: string[] = [];
  if (updated.length) {
    lines.push(`  changed facts (${updated.length}):`);
    for (const c of updated) lines.push(`    ${at(c)} ${c.fact} ${c.field}: ${show(c.old)} → ${show(c.new)} (${c.year})`);
  }
  if (created.length) {
    lines.push(`  new facts (${created.length}):`);
    for (const c of created.slice(0, CREATED_SHOWN)) lines.push(`    ${at(c)} + ${c.fact} (${c.year})`);
    if (created.length > CREATED_SHOWN) lines.push(`    … and ${created.length - CREATED_SHOWN} more (--json lists every one)`);
  }
  if (restated.length) lines.push(`  restated facts, unchanged but for the year ${s.changes[0]!.year}: ${restated.length} (--json lists them)`);
  return lines;
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

  // Messages go to stderr, so that --json leaves stdout to the JSON.
  const say = (line: string) => console.error(line);
  let db: Database | undefined;
  try {
    const connection = await connectToGraph(say);
    db = connection.db;
    // Which graph this is, before anything is written: a curator with the wrong NEO4J_LOCAL_PORT or data folder sees
    // an unexpected (often empty) list here.
    const held = await graphReports(db.executor);
    say(`${dryRun ? 'Checking against' : 'Writing to'} ${connection.description}.`);
    say(
      held.length
        ? `The graph holds ${held.length} report${held.length === 1 ? '' : 's'}: ${held.map((r) => `${r.key} (${r.region} ${r.year})`).join(', ')}.`
        : 'The graph holds no report yet (an empty graph).',
    );
    if (dryRun) {
      for (const seed of loaded.seeds) {
        const { region, year } = seed.data.report;
        const earlier = held.filter((r) => r.region === region && r.year < year);
        if (earlier.length === 0) {
          say(`warning: the graph holds no earlier report of ${region} than ${year}: is this the database you meant? (NEO4J_URI, NEO4J_LOCAL_PORT, NEO4J_DATA_DIR)`);
        }
      }
    }
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
