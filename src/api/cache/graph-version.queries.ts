/**
 * The graph version, and whether an import has announced a change (src/graph/version-lease.ts). Announcements are
 * looked at first and the version after (the aggregation ends before the next MATCH starts): reads see committed
 * data, but not all of it from one instant, and an import withdraws its announcement only after its change has
 * committed, so a read that finds no announcement then finds the version of every import committed before it.
 * On the leader, which has every commit; the executor's later reads (the answer itself) wait for what it saw.
 */
import type { Executor } from '../../db/executor.js';
import { Label } from '../../graph/vocabulary.js';

export interface VersionRead {
  version: number;
  /** No import has announced a change: the version may be kept for a lease. */
  settled: boolean;
}

export async function readGraphVersion(executor: Executor): Promise<VersionRead> {
  const [row] = await executor.read<VersionRead>(
    `OPTIONAL MATCH (a:${Label.ImportAnnouncement}) WHERE a.until > timestamp()
     WITH count(a) = 0 AS settled
     OPTIONAL MATCH (m:${Label.GraphMeta} {id: 'graph'})
     RETURN coalesce(m.version, 0) AS version, settled`,
    {},
    { leader: true },
  );
  return row ?? { version: 0, settled: false };
}
