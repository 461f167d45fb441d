import type { Executor } from '../db/executor.js';
import { importSeeds } from './import.js';
import { reportCount } from './writer.js';

/**
 * `npm start`: load the bundled seeds when the graph holds no report yet; leave a graph with data alone. The caller
 * has applied the graph contract.
 */
export async function seedIfEmpty(
  executor: Executor,
  seedPath: string,
  progress: (line: string) => void,
): Promise<{ loaded: boolean; reports: string[] }> {
  if ((await reportCount(executor)) > 0) return { loaded: false, reports: [] };
  const summaries = await importSeeds(executor, [seedPath], { progress, contractApplied: true });
  return { loaded: true, reports: summaries.map((s) => s.report) };
}
