/**
 * `npm run seed -- <file or folder> … [--dry-run] [--offline] [--json]`
 * `npm run seed -- new <year> --from <last year's file> [--out <file>]`
 *
 * Validates every file first and writes nothing if any problem is found (exit 1, one line per problem:
 * `file:line path: message`). Then imports each report in one transaction. Uses NEO4J_URI when set; otherwise the
 * local Neo4j of `npm start` if it is running on NEO4J_LOCAL_PORT, or starts it for the duration of the import.
 * --offline validates only, without a database: keys a file does not define must then be defined by an earlier
 * year's file of its seeds folder. `new` writes a draft of next year's file (scaffold.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { AppError } from '../errors.js';
import type { Database } from '../runtime.js';
import { connectToGraph } from './connect.js';
import { importSeeds } from './import.js';
import { loadSeedFiles, type LoadedSeed } from './load.js';
import { scaffoldNextYear } from './scaffold.js';
import { SeedValidationError, formatProblem } from './problems.js';
import { graphReports, type FactChange, type ImportSummary, type Tally } from './writer.js';

const USAGE = [
  'usage: npm run seed -- <seed file or folder> [more …] [--dry-run] [--offline] [--json]',
  '       npm run seed -- new <year> --from <last year\'s seed file> [--out <file>]',
].join('\n');

/** Where the keys a file uses without defining them come from: "12 from the graph, 40 from seeds/2020/x.yaml". */
export function describeReferences(refs: { key: string; from: string }[]): string | undefined {
  if (refs.length === 0) return undefined;
  const keys = new Map<string, Set<string>>();
  for (const r of refs) keys.set(r.from, (keys.get(r.from) ?? new Set()).add(r.key));
  const parts = [...keys].map(([from, k]) => `${k.size} from ${from === 'graph' ? 'the graph' : from}`);
  return `  refers to entities it does not define: ${parts.join(', ')} (--json lists them)`;
}

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
  const refs = describeReferences(s.references);
  return [`${s.file} (${s.report}): ${verdict}`, ...(refs ? [refs] : []), ...table('label', s.nodes), ...table('relationship', s.relationships), ...listed].join('\n');
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
      options: {
        'dry-run': { type: 'boolean', default: false },
        offline: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        from: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  if (args.values.help || args.positionals.length === 0) {
    console.error(USAGE);
    return args.values.help ? 0 : 2;
  }
  if (args.positionals[0] === 'new') return scaffold(args.positionals.slice(1), args.values.from, args.values.out);
  const targets = args.positionals;
  const dryRun = args.values['dry-run'];
  const progress = args.values.json ? () => {} : (line: string) => console.error(line);

  // Validate before touching any database, so a bad file fails fast and nothing starts for nothing. Keys no file
  // defines are left for the graph to hold (checked in the import's transaction), unless --offline.
  const loaded = loadSeedFiles(targets, { graph: !args.values.offline });
  if (!loaded.ok) {
    if (args.values.offline) console.error('offline: keys are looked up in the files and in earlier years\' files of their seeds folder, not in a graph');
    console.error(new SeedValidationError(loaded.problems).message.split('\n')[0]);
    for (const p of loaded.problems) console.error(formatProblem(p));
    return 1;
  }
  if (args.values.offline) return offline(loaded.seeds, args.values.json);

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

/** --offline: the files are valid on their own and with the earlier years' files; nothing is asked of a database. */
function offline(seeds: LoadedSeed[], json: boolean): number {
  if (json) {
    console.log(JSON.stringify(seeds.map((s) => ({ file: s.displayPath, report: s.data.report.key, references: s.external })), null, 2));
    return 0;
  }
  for (const s of seeds) {
    console.log(`${s.displayPath} (${s.data.report.key}): valid (offline: the graph was not consulted)`);
    const refs = describeReferences(s.external);
    if (refs) console.log(refs);
  }
  return 0;
}

function scaffold(rest: string[], from: string | undefined, out: string | undefined): number {
  const year = Number(rest[0]);
  if (rest.length !== 1 || !Number.isInteger(year) || !from) {
    console.error(`new: give the year and the file to start from\n${USAGE}`);
    return 2;
  }
  // Only its own content is carried: keys it leaves to the graph are not looked up.
  const loaded = loadSeedFiles([from], { graph: true });
  if (!loaded.ok) {
    console.error(`new: ${from} has problems; fix them first:`);
    for (const p of loaded.problems) console.error(formatProblem(p));
    return 1;
  }
  const seed = loaded.seeds[0]!;
  if (year <= seed.data.report.year) {
    console.error(`new: ${from} is the ${seed.data.report.year} report; the draft must be of a later year`);
    return 2;
  }
  const draft = scaffoldNextYear(seed.data, from, year);
  const file = out ?? draft.file;
  if (existsSync(file)) {
    console.error(`new: ${file} exists; nothing was written (give --out to write elsewhere)`);
    return 1;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, draft.text);
  const todos = draft.text.split('\n').filter((l) => l.includes('TODO')).length;
  console.log(`wrote ${file}: ${draft.text.split('\n').length - 1} lines, ${todos} with a TODO for the curator`);
  console.log(`next: fill in the TODOs, then npm run seed -- ${file} --dry-run lists what is left`);
  return 0;
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
