/**
 * Numbers and the sentences that state them. Every Int and Float field of the model's field tables (properties.ts,
 * the relationships' edge fields) is a stated number: a fact that carries one must also carry a quote that writes it
 * as the report does ("4,2", "19", "kuusi", "noin 15"). The numeric-quote test runs this over the whole graph; the
 * seed lists the exceptions (`unquotedNumbers`), each with its reason.
 */
import { decodeCount, decodeSource, type StoredSource } from './codecs.js';
import { RELATIONSHIPS, type Typename } from './model.js';
import { ENTITY_FIELDS, type Fields } from './properties.js';
import { byAge, decodeStatements, STATEMENTS } from './statements.js';

/** Finnish number words as the report may write them, in the inflections it uses (kuusi, kuutta, kuuden, …). */
const WORDS: Readonly<Record<number, readonly string[]>> = {
  1: ['yksi', 'yhde', 'yhtä'],
  2: ['kaksi', 'kahde', 'kahta'],
  3: ['kolm'],
  4: ['neljä'],
  5: ['viisi', 'viide', 'viitt'],
  6: ['kuusi', 'kuude', 'kuutta'],
  7: ['seitsem'],
  8: ['kahdeks'],
  9: ['yhdeks'],
  10: ['kymmen'],
}

/** The ways the report may write a number: "4,2" (decimal comma), "19" (not inside a longer number), "4,0", a word. */
export function numberPatterns(value: number): RegExp[] {
  const digits = Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  const escaped = digits.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [new RegExp(`(?<![\\d,])${escaped}(?![\\d]|,\\d)`)];
  // A whole value of a decimal field, as a table writes it: "4,0".
  if (Number.isInteger(value)) patterns.push(new RegExp(`(?<![\\d,])${escaped},0+(?!\\d)`));
  for (const word of WORDS[value] ?? []) patterns.push(new RegExp(`(?<![\\p{L}])${word}`, 'iu'));
  return patterns;
}

/** The quote writes the number; an approximate one with its "noin" (about) before it. */
export function statesNumber(quote: string, value: number, approximate = false): boolean {
  const text = quote.replace(/\s+/g, ' ');
  return numberPatterns(value).some((p) =>
    approximate ? new RegExp(`(?:noin|n\\.|lähes|yli|arviolta) (?:${p.source})`, p.flags).test(text) : p.test(text),
  );
}

/** A number the graph holds and the quotes that may state it. */
export interface NumericFact {
  /** The entity key, or `from -[TYPE]-> to` for a relationship. */
  fact: string;
  typename: string;
  field: string;
  value: number;
  approximate: boolean;
  /** The quotes that must state it: those naming the field in `fields` when any do, else all the fact's quotes. */
  quotes: readonly StoredSource[];
  /** The report that states this value (the newest statement giving the field; a count's own quote's report). */
  report: string | null;
}

const numeric = (fields: Fields | undefined) =>
  Object.entries(fields ?? {})
    .filter(([, [type]]) => /^(Int|Float)\??$/.test(type))
    .map(([name]) => name);

/** The numeric fields of each entity and edge type, from the field tables. */
export const NUMERIC_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(Object.entries(ENTITY_FIELDS).map(([t, e]) => [t, numeric(e.fields)])),
  ...Object.fromEntries(RELATIONSHIPS.flatMap((r) => (r.edge ? [[r.edge.typename, numeric(r.edge.fields)]] : []))),
};

const toNumber = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : (v as { toNumber?: () => number })?.toNumber?.();

/** The numeric facts of one stored entity or relationship (its properties as stored), and of its counts. */
export function numericFacts(fact: string, typename: Typename | string, props: Record<string, unknown>): NumericFact[] {
  const sources = ((props.sources as string[] | undefined) ?? []).map(decodeSource);
  const statements = decodeStatements(props[STATEMENTS]).sort(byAge);
  const reports = (props.reports as string[] | undefined) ?? [];
  const statedBy = (field: string) =>
    statements.findLast((s) => field in s.values)?.report ?? reports[reports.length - 1] ?? null;
  const out: NumericFact[] = [];
  for (const field of NUMERIC_FIELDS[typename] ?? []) {
    const value = toNumber(props[field]);
    if (value === undefined) continue;
    const named = sources.filter((s) => s.fields.includes(field));
    const approximate = field === 'size' && props.sizeApproximate === true;
    out.push({ fact, typename, field, value, approximate, quotes: named.length ? named : sources, report: statedBy(field) });
  }
  for (const c of ((props.counts as string[] | undefined) ?? []).map(decodeCount)) {
    out.push({
      fact,
      typename,
      field: `counts[${c.what}]`,
      value: c.count,
      approximate: c.approximate,
      quotes: c.source ? [c.source] : [],
      report: c.source?.report ?? null,
    });
  }
  return out;
}

/** An exception the seed lists: a field (of one entity, or of every entity of a type) that no quote states. */
export interface NumberException {
  type: string;
  field: string;
  key?: string;
  reason: string;
}

/**
 * The Report node keeps its file's exceptions in this list property, one JSON string each (keys in a fixed order, so
 * importing the file again changes nothing), so that graph:check knows them without the seed files.
 */
export const EXCEPTIONS_PROPERTY = 'unquotedNumbers';

export function encodeException(x: NumberException): string {
  return JSON.stringify({ type: x.type, field: x.field, ...(x.key ? { key: x.key } : {}), reason: x.reason });
}

export function decodeException(stored: string): NumberException {
  const p = JSON.parse(stored) as NumberException;
  return { type: p.type, field: p.field, ...(p.key ? { key: p.key } : {}), reason: p.reason };
}

/** The facts whose number no quote states, leaving out the listed exceptions. */
export function unstatedFacts(facts: readonly NumericFact[], exceptions: readonly NumberException[] = []): NumericFact[] {
  return facts
    .filter((f) => !exceptions.some((x) => x.type === f.typename && x.field === f.field && (!x.key || x.key === f.fact)))
    .filter((f) => !f.quotes.some((q) => statesNumber(q.quote, f.value, f.approximate)));
}

/** A number as `fact field=value` (`~` before an approximate one). */
export const describeNumber = (f: NumericFact): string => `${f.fact} ${f.field}=${f.approximate ? '~' : ''}${f.value}`;

/** The numbers no quote states, as `fact field=value`, leaving out the listed exceptions. */
export function unstatedNumbers(facts: readonly NumericFact[], exceptions: readonly NumberException[] = []): string[] {
  return unstatedFacts(facts, exceptions).map(describeNumber);
}
