/** What changed between two report years: pure set and score differences. */

export interface Diff<T> {
  appeared: T[];
  disappeared: T[];
  kept: number;
}

/** Items present in `to` and not in `from` appeared; the reverse disappeared. Order follows the input. */
export function diffBy<T>(from: T[], to: T[], id: (t: T) => string): Diff<T> {
  const before = new Set(from.map(id));
  const after = new Set(to.map(id));
  return {
    appeared: to.filter((t) => !before.has(id(t))),
    disappeared: from.filter((t) => !after.has(id(t))),
    kept: to.filter((t) => before.has(id(t))).length,
  };
}

export interface Score {
  priority: string;
  region: string;
  value: number;
}

export interface ScoreChange {
  priority: string;
  region: string;
  from: number | null;
  to: number | null;
  /** to − from, rounded to the report's precision; null when either year has no score. */
  change: number | null;
}

export function compareScores(from: Score[], to: Score[]): ScoreChange[] {
  const id = (s: Score) => `${s.priority}|${s.region}`;
  const a = new Map(from.map((s) => [id(s), s]));
  const b = new Map(to.map((s) => [id(s), s]));
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  return ids.map((k) => {
    const x = a.get(k);
    const y = b.get(k);
    const base = (x ?? y)!;
    return {
      priority: base.priority,
      region: base.region,
      from: x?.value ?? null,
      to: y?.value ?? null,
      change: x && y ? Math.round((y.value - x.value) * 100) / 100 : null,
    };
  });
}

/** Undirected pair id, so a–b and b–a are one collaboration. */
export function pairId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
