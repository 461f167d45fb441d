import neo4j from 'neo4j-driver';

/**
 * How facts that Neo4j cannot store as they are (maps, pairs) are kept in properties, encoded and decoded here only:
 * the import writes them, the API and the tests read them back.
 */

/** A quote a fact rests on. */
export interface StoredSource {
  report: string;
  section: string;
  quote: string;
  /** The fields of the fact whose values the quote states (a survey's respondents and surveyed); absent: not said. */
  fields?: readonly string[];
}

/**
 * `sources` holds one JSON string per quote: Neo4j properties cannot hold maps, and a string compares by value, so
 * the same quote imported twice stays one entry. Keys in a fixed order (the report first: graph:check reads it by
 * prefix), and `fields` only when given, so quotes stored before it existed keep their strings.
 */
export function encodeSource(s: StoredSource): string {
  const base = { report: s.report, section: s.section, quote: s.quote };
  return JSON.stringify(s.fields?.length ? { ...base, fields: [...s.fields] } : base);
}

export function decodeSource(stored: string): StoredSource & { fields: readonly string[] } {
  const parsed = JSON.parse(stored) as StoredSource;
  return { report: parsed.report, section: parsed.section, quote: parsed.quote, fields: parsed.fields ?? [] };
}

/** A number the report states without naming each thing it counts (six associations, four applications). */
export interface StoredCount {
  what: string;
  count: number;
  approximate: boolean;
  source?: StoredSource;
}

/** `counts` holds one JSON string per count (with its quote), like `sources`: equal counts are equal strings. */
export function encodeCount(c: StoredCount): string {
  return JSON.stringify({ what: c.what, count: c.count, approximate: c.approximate, ...(c.source ? { source: JSON.parse(encodeSource(c.source)) } : {}) });
}

export function decodeCount(stored: string): StoredCount & { source?: ReturnType<typeof decodeSource> } {
  const parsed = JSON.parse(stored) as StoredCount;
  return {
    what: parsed.what,
    count: parsed.count,
    approximate: parsed.approximate === true,
    ...(parsed.source ? { source: decodeSource(JSON.stringify(parsed.source)) } : {}),
  };
}

/** A per-year history (`statusHistory`, `meetingsHistory`) holds `year:value` strings, one per report year. */
export function encodeYearValue(year: number, value: string | number): string {
  return `${year}:${value}`;
}

export function decodeYearValue(stored: string): { year: number; value: string } {
  const at = stored.indexOf(':');
  return { year: Number(stored.slice(0, at)), value: stored.slice(at + 1) };
}

/** The stored properties behind `names` (a name in each language of the region). */
export const NAME_PROPERTIES = { fi: 'nameFi', sv: 'nameSv', en: 'nameEn' } as const;

/** List properties, read as [] when a node has none. */
export const LIST_PROPERTIES = ['aliases', 'identifiers', 'titles', 'topics'] as const;

/** Whole numbers go to Neo4j as integers (the driver would send every JS number as a float). */
export function toNeo4jValues(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'number' && Number.isInteger(v)) out[k] = neo4j.int(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x))) out[k] = v.map((x) => neo4j.int(x as number));
    else out[k] = v;
  }
  return out;
}
