/**
 * Import seed files: validate every file first (all problems at once, nothing written), apply the graph contract,
 * then one transaction per report. Used by the seed CLI, `npm start` and the tests.
 */
import type { Executor } from '../db/executor.js';
import { applyGraphContract } from '../db/graph-contract.js';
import { loadSeedFiles } from './load.js';
import { planSeed } from './plan.js';
import { SeedValidationError } from './problems.js';
import { referenceProblems, writeSeed, type Available, type ImportProgress, type ImportSummary } from './writer.js';

export interface ImportOptions {
  dryRun?: boolean;
  progress?: ImportProgress;
  /** The caller has applied the graph contract already (npm start does, before it seeds). */
  contractApplied?: boolean;
}

export async function importSeeds(executor: Executor, targets: string[], options: ImportOptions = {}): Promise<ImportSummary[]> {
  // Keys a file does not define may be defined by the graph: the writer checks them in its transaction.
  const loaded = loadSeedFiles(targets, { graph: true });
  if (!loaded.ok) throw new SeedValidationError(loaded.problems);
  if (!options.dryRun && !options.contractApplied) await applyGraphContract(executor);
  // Older years first, so that scalar facts end with the newest report's wording whatever the file order.
  const seeds = [...loaded.seeds].sort((a, b) => a.data.report.year - b.data.report.year);
  // Every file's references to the graph are checked before any file is written, so that a run with a key nothing
  // defines writes nothing at all; the writer checks them again under the import lock.
  if (seeds.some((s) => s.external.length > 0)) {
    const planned: Available = new Map();
    const problems = [];
    for (const seed of seeds) {
      problems.push(...(await referenceProblems(executor, seed, planned)));
      for (const n of planSeed(seed.data).nodes) planned.set(n.key, new Set([...(planned.get(n.key) ?? []), ...n.labels]));
    }
    if (problems.length) throw new SeedValidationError(problems);
  }
  const summaries: ImportSummary[] = [];
  // A dry run writes nothing, so what its earlier files would create is passed on to the later ones.
  const available: Available | undefined = options.dryRun ? new Map() : undefined;
  for (const seed of seeds) {
    options.progress?.(`${options.dryRun ? 'Checking' : 'Importing'} ${seed.displayPath} (${seed.data.report.key})…`);
    summaries.push(await writeSeed(executor, seed, { dryRun: options.dryRun, progress: options.progress, available }));
    if (available) {
      for (const n of planSeed(seed.data).nodes) available.set(n.key, new Set([...(available.get(n.key) ?? []), ...n.labels]));
    }
  }
  return summaries;
}
