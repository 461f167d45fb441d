/** The graph version, and whether an import has announced a change (version-lease.ts): one index seek, one scan of a label that is almost always empty. */
import type { Executor } from '../../db/executor.js';
import { Label } from '../../graph/vocabulary.js';

export interface VersionRead {
  version: number;
  /** No import has announced a change: the version may be kept for a lease. */
  settled: boolean;
}

export async function readGraphVersion(executor: Executor, signal?: AbortSignal): Promise<VersionRead> {
  const [row] = await executor.read<VersionRead>(
    `OPTIONAL MATCH (m:${Label.GraphMeta} {id: 'graph'})
     RETURN coalesce(m.version, 0) AS version,
       NOT EXISTS { MATCH (a:${Label.ImportAnnouncement}) WHERE a.until > timestamp() } AS settled`,
    {},
    { signal },
  );
  return row ?? { version: 0, settled: false };
}
