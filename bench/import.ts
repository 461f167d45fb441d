/**
 * Imports seed files through the project's own import path (importSeeds: validate, graph contract, one transaction
 * per report file) and prints one JSON line with the per-file summaries. Run in its own process by bench/run.ts so
 * that a large import gets its own heap: `node --max-old-space-size=… --import tsx bench/import.ts --uri … <files…>`.
 *
 * Files are imported one call per file, oldest year first (what `npm run seed -- <folder>` does, minus loading every
 * file up front), so that progress can be reported and a time budget can stop the import between two years.
 */
import { parseArgs } from 'node:util';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { importSeeds } from '../src/import/import.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { uri: { type: 'string' }, 'budget-ms': { type: 'string' } },
});
if (!values.uri || positionals.length === 0) {
  console.error('usage: bench/import.ts --uri bolt://… [--budget-ms N] <seed files in import order…>');
  process.exit(2);
}
const budgetMs = values['budget-ms'] ? Number(values['budget-ms']) : Infinity;
const driver = createDriver({ uri: values.uri, user: 'neo4j', password: '' });
const executor = new Executor(driver, { database: 'neo4j', txTimeoutMs: 600_000 });

interface FileResult {
  file: string;
  report: string;
  rows: number;
  /** the writer's own time: the transaction (read existing, merge, write) */
  ms: number;
  /** wall time of the importSeeds call: load + validate + graph contract + transaction */
  wallMs: number;
  nodesCreated: number;
  relsCreated: number;
  relsUpdated: number;
}

const results: FileResult[] = [];
const started = performance.now();
let stoppedByBudget = false;
try {
  for (const file of positionals) {
    if (performance.now() - started > budgetMs) {
      stoppedByBudget = true;
      break;
    }
    const t0 = performance.now();
    // The writer reports its write phase batch by batch; the lines let bench/run.ts tell how far a file got when the
    // time budget stops the importer inside it.
    const [summary] = await importSeeds(executor, [file], {
      progress: (message) => {
        const m = /(\d+)\/(\d+) rows written/.exec(message);
        if (m) console.error(`  PROGRESS ${Math.round(performance.now() - t0)} ms ${m[1]}/${m[2]} rows written`);
      },
    });
    const wallMs = Math.round(performance.now() - t0);
    const sum = (m: Record<string, { created: number; updated: number }>, k: 'created' | 'updated') =>
      Object.values(m).reduce((s, t) => s + t[k], 0);
    const r: FileResult = {
      file,
      report: summary!.report,
      rows: summary!.rows,
      ms: summary!.ms,
      wallMs,
      nodesCreated: sum(summary!.nodes, 'created'),
      relsCreated: sum(summary!.relationships, 'created'),
      relsUpdated: sum(summary!.relationships, 'updated'),
    };
    results.push(r);
    console.error(
      `  imported ${summary!.report}: ${r.rows} rows in ${r.ms} ms (${Math.round((r.rows / r.ms) * 1000)} rows/s; wall ${wallMs} ms)`,
    );
  }
} finally {
  await driver.close();
}
console.log(JSON.stringify({ files: results, stoppedByBudget, totalFiles: positionals.length }));
