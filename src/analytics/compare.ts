/** What changed between two report years: pure set and score differences, and each item's continuation. */

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

// ---------------------------------------------------------------------------------------------------------------
// Each item's continuation (issue 14): open world by default, closed where a report says its list is complete.

/** How an item of the earlier year stands in the later one. */
export type YearChange = 'CONTINUED' | 'APPEARED' | 'ENDED' | 'NOT_MENTIONED';
/** Why an item ended: a report says so, or it is absent from a list the later report declares complete. */
export type EndedBy = 'STATED' | 'ABSENT_FROM_COMPLETE_LIST';

export interface YearItem<S = unknown> {
  key: string;
  /** The list it belongs to (a seat's body), which a report may declare complete for its year. */
  list?: string;
  /** The year's report states its end (a project COMPLETED or INTERRUPTED, a seat left, a membership ended). */
  ended: boolean;
  /** The year's quotes of it. */
  sources: S[];
}

export interface ItemChange<S = unknown> {
  key: string;
  change: YearChange;
  endedBy: EndedBy | null;
  /** The later year's quotes (for an item absent from a complete list: the list's quotes); not mentioned: the earlier year's. */
  sources: S[];
}

/**
 * Each item of either year: CONTINUED (in both, not ended), APPEARED (only in the later), ENDED (the later report says
 * so, or the item is missing from a list the later report declares complete), NOT_MENTIONED (missing from the later
 * year, whose report does not say its list is complete: not evidence of an end). Items that had already ended in the
 * earlier year are left out. In key order.
 */
export function compareItems<S>(
  from: readonly YearItem<S>[],
  to: readonly YearItem<S>[],
  completeList: (list: string) => S[] | null,
): ItemChange<S>[] {
  const before = new Map(from.map((i) => [i.key, i]));
  const after = new Map(to.map((i) => [i.key, i]));
  const out: ItemChange<S>[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(key);
    const b = after.get(key);
    if (b) {
      if (b.ended) out.push({ key, change: 'ENDED', endedBy: 'STATED', sources: b.sources });
      else out.push({ key, change: a ? 'CONTINUED' : 'APPEARED', endedBy: null, sources: b.sources });
      continue;
    }
    if (a!.ended) continue;
    const list = a!.list ? completeList(a!.list) : null;
    if (list) out.push({ key, change: 'ENDED', endedBy: 'ABSENT_FROM_COMPLETE_LIST', sources: list });
    else out.push({ key, change: 'NOT_MENTIONED', endedBy: null, sources: a!.sources });
  }
  return out;
}

/**
 * Items grouped by what they share (seats by body and organisation, or body and person): a group is in a year when
 * one of its items is; ended when every one of them that year is ended. Quotes gathered from its items.
 */
export function groupItems<S, T extends YearItem<S> = YearItem<S>>(items: readonly T[], groupOf: (item: T) => string | null): YearItem<S>[] {
  const groups = new Map<string, YearItem<S>>();
  for (const item of items) {
    const key = groupOf(item);
    if (!key) continue;
    const g = groups.get(key);
    if (!g) groups.set(key, { key, list: item.list, ended: item.ended, sources: [...item.sources] });
    else {
      g.ended &&= item.ended;
      g.sources.push(...item.sources);
    }
  }
  return [...groups.values()];
}
