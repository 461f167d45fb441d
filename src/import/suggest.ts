/**
 * "Did you mean …?" for curators: the closest existing values to a misspelt one (a key, a field name, an enum
 * value). Same letters in another case win outright (`municipality` → MUNICIPALITY); otherwise the candidates
 * within a small edit distance, nearest first.
 */
import { distance } from 'fastest-levenshtein';

export function closest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const all = [...new Set(candidates)];
  const folded = value.toLowerCase().replace(/[-_\s]/g, '');
  const sameLetters = all.filter((c) => c.toLowerCase().replace(/[-_\s]/g, '') === folded);
  if (sameLetters.length) return sameLetters.slice(0, max);
  const limit = Math.max(2, Math.floor(value.length / 3));
  return all
    .map((c) => ({ c, d: distance(value.toLowerCase(), c.toLowerCase()) }))
    .filter((x) => x.d <= limit || x.c.toLowerCase().includes(value.toLowerCase()) || value.toLowerCase().includes(x.c.toLowerCase()))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}

/** "; did you mean org:kosti-ry?" (or "… or …"), empty when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const near = closest(value, candidates);
  return near.length ? `; did you mean ${near.join(' or ')}?` : '';
}
