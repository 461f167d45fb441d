/**
 * How much of the machine other processes took during a measurement: the benchmark shares its cores with whatever
 * else runs, so each load cell records the CPU share of processes that are not its own (Neo4j, the servers, the
 * load generator). Linux /proc only; elsewhere the share is unknown.
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  total: number;
  busy: number;
  ours: number;
}

function procTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime are fields 14 and 15 of the whole line: 12 and 13 after the command name
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

export function cpuSnapshot(pids: number[]): Snapshot | null {
  try {
    const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
    const t = cpu!.trim().split(/\s+/).slice(1).map(Number);
    const total = t.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (t[3] ?? 0) + (t[4] ?? 0);
    return { total, busy: total - idle, ours: pids.reduce((s, p) => s + procTicks(p), 0) };
  } catch {
    return null;
  }
}

/** Share (0–1) of the machine's CPU time used by other processes between two snapshots. */
export function foreignShare(a: Snapshot | null, b: Snapshot | null): number | undefined {
  if (!a || !b || b.total <= a.total) return undefined;
  return Math.max(0, (b.busy - a.busy - (b.ours - a.ours)) / (b.total - a.total));
}
