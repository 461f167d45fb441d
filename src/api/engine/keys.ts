/**
 * Keys that do not guess right. A lookup is given a key of the kind it asks for, or another key the entity is known
 * by (STEA is `org:stea`; asked for as a funder it is `funder:stea` too, since it carries the Funder label; an
 * official id such as `fi-ytunnus:…`), or a name or alias, matched whole but regardless of case and diacritics. A
 * name more than one entity goes by is refused with the candidates (AMBIGUOUS_NAME); a miss is NOT_FOUND with the
 * nearest keys. The exact key is tried first, with no extra read; only a miss reads what the kind is called.
 */
import { distance } from 'fastest-levenshtein';
import { AppError, ErrorCode } from '../../errors.js';
import { entity, entityOfLabel, typenameOf, type Typename } from '../../graph/model.js';
import { Label } from '../../graph/vocabulary.js';
import type { Context } from '../context.js';
import { knownAs, type KnownAs } from './key.queries.js';

/** What a lookup's `key` argument takes, and what a miss gives (schema descriptions). */
export const KEY_ARGUMENT = 'A key (`org:stea`), another key the entity is known by (`funder:stea`, an official id), or a name or alias (case and diacritics aside).';
export const LOOKUP_MISS = 'A key or name that finds nothing is null with a NOT_FOUND error naming the nearest keys; a name of more than one, null with AMBIGUOUS_NAME and the candidates.';

/** Case, diacritics (ä → a, å → a, é → e) and runs of spaces aside. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const article = (kind: string) => `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;
const slugOf = (key: string) => key.slice(key.indexOf(':') + 1);

/** Every key an entity answers to: its own, its official ids, and its slug under the prefix of each kind it is. */
function keysOf(e: KnownAs): string[] {
  const prefixes = e.labels.map((l) => entityOfLabel(l as Label)?.keyPrefix).filter((p): p is string => !!p);
  return [e.key, ...e.keys, ...prefixes.map((p) => `${p}:${slugOf(e.key)}`)];
}

const candidate = (e: KnownAs) => ({ key: e.key, name: e.names[0] ?? null, kind: typenameOf(e.labels) ?? null });

/** The nearest keys to what was given: by edit distance to a key, a slug or a name. */
function nearest(all: KnownAs[], given: string, count = 5): KnownAs[] {
  const g = fold(given);
  const score = (e: KnownAs) =>
    Math.min(...keysOf(e).map((k) => Math.min(distance(g, k), distance(fold(slugOf(given)), slugOf(k)))), ...e.names.map((n) => distance(g, fold(n))));
  return all
    .map((e) => ({ e, d: score(e) }))
    .sort((a, b) => a.d - b.d || a.e.key.localeCompare(b.e.key))
    .slice(0, count)
    .map((x) => x.e);
}

/**
 * The key of the entity of `typename` (any kind when null) that `given` names, or a coded error. `argument` names the
 * argument in messages.
 */
export async function resolveKey(ctx: Context, given: string, typename: Typename | null, argument = 'key'): Promise<string> {
  const label = typename ? entity(typename).label : Label.Entity;
  const what = typename ? article(typename) : 'an entity';
  const all = await knownAs(ctx.executor, label, ctx.signal);
  const byKey = all.filter((e) => keysOf(e).includes(given));
  if (byKey.length === 1) return byKey[0]!.key;
  const folded = fold(given);
  const byName = byKey.length ? byKey : all.filter((e) => e.names.some((n) => fold(n) === folded));
  if (byName.length === 1) return byName[0]!.key;
  if (byName.length > 1) {
    const candidates = byName.map(candidate);
    throw new AppError(
      ErrorCode.Ambiguous,
      `\`${argument}\`: "${given}" names more than one ${typename ?? 'entity'}: ${candidates.map((c) => `${c.key} (${c.name})`).join(', ')}. Give one of these keys.`,
      { details: { candidates } },
    );
  }
  const other = await ctx.loaders.node.load(given);
  const otherKind = other ? typenameOf(other.labels) : undefined;
  const suggestions = nearest(all, given).map(candidate);
  const isA = otherKind ? ` ${given} is ${article(otherKind)}, not ${what}.` : '';
  throw new AppError(
    ErrorCode.NotFound,
    `\`${argument}\`: no key or name of ${what} is "${given}".${isA}${suggestions.length ? ` Did you mean ${suggestions.map((s) => s.key).join(', ')}?` : ''}`,
    { details: { suggestions } },
  );
}

/**
 * A lookup by key that accepts what resolveKey accepts: the exact key first (no extra read); otherwise the entity
 * meant, or a coded error.
 */
export async function lookupAny<T>(given: string, typename: Typename | null, read: (key: string) => Promise<T | null>, ctx: Context, argument?: string): Promise<T> {
  const found = await read(given);
  if (found) return found;
  const key = await resolveKey(ctx, given, typename, argument);
  return (await read(key))!;
}
