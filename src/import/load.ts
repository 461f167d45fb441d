/**
 * Reads seed files: size limits, YAML with line numbers, alias-bomb protection, then the zod schema and the
 * cross-reference checks. Produces either the parsed files or every problem found, each with file:line and path.
 */
import { createHash } from 'node:crypto';
import { distance } from 'fastest-levenshtein';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { SeedFile } from './seed-schema.js';
import { closest, didYouMean } from './suggest.js';
import type { Problem } from './problems.js';
import { ENTITIES, RELATIONSHIPS } from '../graph/model.js';
import { ENTITY_FIELDS } from '../graph/properties.js';
import { checkReferences, type ExternalRef, type Kind, type Outside, type RefProblem } from './references.js';

/** Larger files are refused before parsing: a report is tens of kilobytes, a generated benchmark year a few MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** YAML aliases are handy for repeated sources but unbounded ones expand exponentially ("billion laughs"). */
export const MAX_ALIAS_COUNT = 1000;

export interface LoadedSeed {
  file: string;
  /** File path as shown in messages (relative to the working directory). */
  displayPath: string;
  checksum: string;
  data: SeedFile;
  /** Where things are in the file, for messages: the line of each entity's entry and of each quote. */
  lines: SeedLines;
  /** Keys the file refers to without defining them, with their line: the writer checks that the graph holds them. */
  external: (ExternalRef & { line?: number })[];
}

export interface LoadOptions {
  maxFileBytes?: number;
  /**
   * Keys that neither the file nor an earlier year's file of its seeds folder defines are left for the graph to
   * hold (the import checks them in its transaction). false (the default, and `--offline`): they are errors.
   */
  graph?: boolean;
}

/** What the scaffold leaves for the curator (`npm run seed -- new`): an error, with its line, until replaced. */
export const TODO = 'TODO';

export interface SeedLines {
  entities: Record<string, number>;
  quotes: Record<string, number>;
}

/** The line of every `key:` entry of the top-level lists, and the first line of every quote. */
function seedLines(doc: Document, counter: LineCounter, data: SeedFile): SeedLines {
  const entities: Record<string, number> = {};
  const quotes: Record<string, number> = {};
  const line = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  entities[data.report.key] = line(doc.getIn(['report'], true)) ?? 1;
  for (const [list, items] of Object.entries(data)) {
    if (!Array.isArray(items)) continue;
    items.forEach((item: { key?: string }, i) => {
      const at = line(doc.getIn([list, i], true));
      if (item.key && at && entities[item.key] === undefined) entities[item.key] = at;
    });
  }
  eachQuote(data, (at, q) => {
    const l = line(doc.getIn(at, true));
    if (l && quotes[q] === undefined) quotes[q] = l;
  });
  return { entities, quotes };
}

export type LoadResult = { ok: true; seeds: LoadedSeed[] } | { ok: false; problems: Problem[] };

/** The seed files named by the arguments: files as given, folders searched for *.yaml / *.yml, sorted. */
export function resolveSeedFiles(targets: string[]): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(entry.name)) files.push(full);
    }
  };
  for (const target of targets) {
    let stat;
    try {
      stat = statSync(target);
    } catch {
      problems.push({ file: display(target), path: [], message: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) walk(target);
    else files.push(target);
  }
  if (files.length === 0 && problems.length === 0) {
    problems.push({ file: targets.join(', '), path: [], message: 'no .yaml seed files found' });
  }
  return { files: [...new Set(files.map((f) => path.resolve(f)))], problems };
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return rel.startsWith('..') ? path.resolve(file) : rel;
}

/** Line (1-based) of the node at `at`, or of its nearest existing ancestor. */
function lineOf(doc: Document, counter: LineCounter, at: readonly (string | number)[]): number | undefined {
  for (let n = at.length; n >= 0; n--) {
    const node = doc.getIn(at.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

export function parseSeedText(
  text: string,
  file: string,
  options: { graph?: boolean } = {},
): { data?: SeedFile; lines?: SeedLines; external?: LoadedSeed['external']; problems: Problem[] } {
  const shown = display(file);
  if (text.trim() === '') return { problems: [{ file: shown, path: [], message: 'the file is empty' }] };
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file: shown,
        line: e.linePos?.[0]?.line,
        path: [],
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [{ file: shown, path: [], message: `refused: ${reason}` }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ file: shown, line: 1, path: [], message: 'a seed file is a YAML mapping with a `report:` header' }] };
  }
  const todos = todoProblems(raw);
  const located = (p: RefProblem): Problem => ({ file: shown, line: lineOf(doc, counter, p.path), path: p.path, message: p.message });
  const parsed = SeedFile.safeParse(raw);
  if (!parsed.success) {
    const isTodo = (at: (string | number)[]) => valueAt(raw, at) === TODO;
    return {
      problems: [
        ...todos.map(located),
        ...parsed.error.issues.flatMap((issue) => {
          const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
          return isTodo(at) ? [] : [{ file: shown, line: lineOf(doc, counter, at), path: at, message: curatorMessage(issue, raw) }];
        }),
      ],
    };
  }
  const refs = checkReferences(parsed.data, outsideOf(file, parsed.data.report.year, options.graph ?? false));
  const problems = [...todos, ...refs.problems, ...checkQuotes(parsed.data, file), ...checkQuotedFields(parsed.data)].map(located);
  return problems.length
    ? { problems }
    : {
        data: parsed.data,
        lines: seedLines(doc, counter, parsed.data),
        external: refs.external.map((r) => ({ ...r, line: lineOf(doc, counter, r.path) })),
        problems: [],
      };
}

/**
 * Every TODO the scaffold left: one problem per quote still to write (its section may be a TODO too), and one per
 * other field still to fill in.
 */
function todoProblems(raw: unknown): RefProblem[] {
  const problems: RefProblem[] = [];
  const walk = (value: unknown, at: (string | number)[]) => {
    if (value === TODO) {
      const last = at[at.length - 1];
      const inSource = at[at.length - 2] === 'source';
      if (inSource && last === 'section' && valueAt(raw, [...at.slice(0, -1), 'quote']) === TODO) return;
      problems.push({
        path: at,
        message: inSource
          ? `${String(last)} still to write (${TODO}): the report's words that state this, or delete the source (then restated without a quote)`
          : `still to write (${TODO}): fill in this year's value, or delete the line`,
      });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
  };
  walk(raw, []);
  return problems;
}

/** The kind of entity each list of a seed file defines. */
const LIST_KIND = new Map(ENTITIES.flatMap((e) => (e.seedList ? [[e.seedList, e.typename.toLowerCase() as Kind] as const] : [])));

interface SiblingFile {
  shown: string;
  year: number | undefined;
  /** kind → key → line */
  keys: Map<Kind, Map<string, number>>;
}

/** The keys another seed file defines, read from its YAML without validating it (it is validated on its own). */
function readSibling(file: string): SiblingFile {
  const keys = new Map<Kind, Map<string, number>>();
  let year: number | undefined;
  try {
    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
    const raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown> | null;
    const y = (raw?.report as { year?: unknown } | undefined)?.year;
    year = typeof y === 'number' ? y : undefined;
    for (const [list, kind] of LIST_KIND) {
      const items = raw?.[list];
      if (!Array.isArray(items)) continue;
      const byKey = keys.get(kind) ?? new Map<string, number>();
      keys.set(kind, byKey);
      items.forEach((item: unknown, i) => {
        const key = (item as { key?: unknown } | null)?.key;
        if (typeof key === 'string' && !byKey.has(key)) byKey.set(key, lineOf(doc, counter, [list, i]) ?? 1);
      });
    }
  } catch {
    // An unreadable sibling defines nothing; it reports its own problems when it is imported.
  }
  return { shown: display(file), year, keys };
}

/**
 * Where a file's undefined keys may come from: the seed files of earlier years under the same seeds folder
 * (seeds/ for seeds/2021/x.yaml), read only when a key is missing; then, unless offline, the graph.
 */
function outsideOf(file: string, year: number, graph: boolean): Outside {
  let siblings: SiblingFile[] | undefined;
  const all = () => (siblings ??= siblingSeedFiles(file).map(readSibling));
  return {
    graph,
    definedIn: (kind, key) => all().find((s) => s.year !== undefined && s.year < year && s.keys.get(kind)?.has(key))?.shown,
    hint: (kind, key) => {
      const found = all().flatMap((s) => {
        const line = s.keys.get(kind)?.get(key);
        return line ? [`${s.shown}:${line}`] : [];
      });
      return found.length
        ? `; it is defined in ${found.join(', ')}, not an earlier year's file — a report relies only on earlier years: copy that entry into this file`
        : '';
    },
  };
}

/**
 * The other *.yaml files of the seeds folder this file is in: for seeds/2021/x.yaml, those in seeds/<year>/. A file
 * that is not in a year folder has none (and a folder such as /tmp is never searched).
 */
function siblingSeedFiles(file: string): string[] {
  const own = path.resolve(file);
  if (!/^\d{4}$/.test(path.basename(path.dirname(own)))) return [];
  const root = path.dirname(path.dirname(own));
  try {
    const years = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name));
    if (years.length === 0) return [];
    return resolveSeedFiles(years.map((e) => path.join(root, e.name))).files.filter((f) => f !== own && statSync(f).size < MAX_FILE_BYTES);
  } catch {
    return [];
  }
}

/** The value at a path of the parsed YAML (undefined when absent). */
function valueAt(raw: unknown, at: readonly (string | number)[]): unknown {
  let v: unknown = raw;
  for (const part of at) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

/** The zod schema of the object at a path of a seed file, through lists, defaults and optionals. */
function schemaAt(at: readonly (string | number)[]): z.ZodType | undefined {
  const unwrap = (s: z.ZodType): z.ZodType => {
    const def = (s as unknown as { def: { innerType?: z.ZodType; element?: z.ZodType } }).def;
    return def.innerType ? unwrap(def.innerType) : s;
  };
  let schema: z.ZodType | undefined = unwrap(SeedFile);
  for (const part of at) {
    if (!schema) return undefined;
    const def: { element?: z.ZodType; shape?: Record<string, z.ZodType> } = (schema as unknown as { def: { element?: z.ZodType; shape?: Record<string, z.ZodType> } }).def;
    schema = typeof part === 'number' ? def.element : def.shape?.[part];
    schema = schema && unwrap(schema);
  }
  return schema;
}

const quoted = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** zod's messages in a curator's words: "required", the allowed values, and the closest of them. */
function curatorMessage(issue: z.core.$ZodIssue, raw: unknown): string {
  const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const value = valueAt(raw, at);
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    if (value === undefined) return `required: one of ${allowed.join(', ')}`;
    const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
    return `${quoted(value)} is not allowed here${hint} (one of ${allowed.join(', ')})`;
  }
  if (issue.code === 'invalid_type' && value === undefined) return `required (${issue.expected === 'string' ? 'text' : issue.expected})`;
  if (issue.code === 'unrecognized_keys') {
    const shape = (schemaAt(at) as unknown as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
    const fields = shape ? Object.keys(shape) : [];
    return issue.keys
      .map((k) => {
        const near = closest(k, fields);
        return `unknown field "${k}"${near.length ? `; did you mean ${near.join(' or ')}?` : fields.length ? ` (fields here: ${fields.join(', ')})` : ''}`;
      })
      .join('; ');
  }
  return issue.message;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const word = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The passage of the report text nearest to a quote that is not in it, and its line: the run of as many words as the
 * quote that shares the most words with it (ties: the one with the fewest letters to change).
 */
export function nearestPassage(text: string, quote: string): { line: number; passage: string } | undefined {
  const words: { w: string; line: number }[] = [];
  text.split('\n').forEach((l, i) => {
    for (const w of l.split(/\s+/)) if (w) words.push({ w, line: i + 1 });
  });
  const q = collapse(quote).split(' ');
  const wanted = new Set(q.map(word).filter(Boolean));
  const n = Math.min(q.length, words.length);
  let best: { score: number; d: number; start: number } | undefined;
  for (let start = 0; start + n <= words.length; start++) {
    let score = 0;
    const seen = new Set<string>();
    for (let k = start; k < start + n; k++) {
      const w = word(words[k]!.w);
      if (wanted.has(w) && !seen.has(w)) {
        seen.add(w);
        score++;
      }
    }
    if (score === 0 || (best && score < best.score)) continue;
    const passage = words.slice(start, start + n).map((x) => x.w).join(' ');
    const d = distance(passage, collapse(quote));
    if (!best || score > best.score || d < best.d) best = { score, d, start };
  }
  if (!best) return undefined;
  return { line: words[best.start]!.line, passage: words.slice(best.start, best.start + n).map((x) => x.w).join(' ') };
}

/**
 * The quotes under a key: a fact's `source`, or each of its further `sources`, with the path from the key to each
 * quote's object; null when the key holds no quotes.
 */
function quotedSources(key: string, value: unknown): [(string | number)[], string][] | null {
  const isQuote = (v: unknown): v is { quote: unknown } => !!v && typeof v === 'object' && 'quote' in v;
  if (key === 'source' && isQuote(value)) return [[[], String(value.quote)]];
  if (key === 'sources' && Array.isArray(value) && value.every(isQuote)) return value.map((v, i) => [[i], String(v.quote)]);
  return null;
}

/** Every quote of a file (a `source`, each of `sources`), anywhere in it, with the path to its `quote`. */
function eachQuote(data: unknown, visit: (path: (string | number)[], quote: string) => void): void {
  const walk = (value: unknown, at: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const quoted = quotedSources(k, v);
        if (quoted) for (const [rest, quote] of quoted) visit([...at, k, ...rest, 'quote'], quote);
        else walk(v, [...at, k]);
      }
    }
  };
  walk(data, []);
}

/**
 * A quote's `fields` name fields of its fact: of the entity for an entry's own quotes, of the relationship's edge for
 * a sub-object's (a participation's role), so a misspelt field is an error rather than a quote that states nothing.
 */
function checkQuotedFields(data: SeedFile): RefProblem[] {
  const problems: RefProblem[] = [];
  const edgeFields = (list: string, field: string) =>
    RELATIONSHIPS.filter((r) => r.seed.some((l) => l.list === list && l.field === field)).flatMap((r) => Object.keys(r.edge?.fields ?? {}));
  const check = (item: Record<string, unknown>, at: (string | number)[], allowed: string[]) => {
    for (const [k, v] of Object.entries(item)) {
      for (const [rest] of quotedSources(k, v) ?? []) {
        const source = rest.length ? (v as Record<string, unknown>[])[rest[0] as number]! : (v as Record<string, unknown>);
        ((source.fields as string[] | undefined) ?? []).forEach((f, i) => {
          if (!allowed.includes(f)) {
            const hint = didYouMean(f, allowed);
            problems.push({ path: [...at, k, ...rest, 'fields', i], message: `"${f}" is not a field of this fact${hint || ` (its fields: ${allowed.join(', ') || 'none'})`}` });
          }
        });
      }
    }
  };
  check(data.report as Record<string, unknown>, ['report'], Object.keys(ENTITY_FIELDS.Report.fields));
  for (const e of ENTITIES) {
    if (!e.seedList) continue;
    const own = Object.keys(ENTITY_FIELDS[e.typename].fields);
    ((data[e.seedList] as Record<string, unknown>[] | undefined) ?? []).forEach((item, i) => {
      check(item, [e.seedList!, i], own);
      for (const [field, value] of Object.entries(item)) {
        const subs = Array.isArray(value) ? value : [value];
        subs.forEach((sub, j) => {
          if (sub && typeof sub === 'object' && field !== 'source' && field !== 'sources' && field !== 'counts') {
            check(sub as Record<string, unknown>, Array.isArray(value) ? [e.seedList!, i, field, j] : [e.seedList!, i, field], edgeFields(e.seedList!, field));
          }
        });
      }
    });
  }
  return problems;
}

/** Every `source.quote` (and `sources[].quote`) must occur in the report text (whitespace runs count as one space: the text comes from a PDF). */
function checkQuotes(data: SeedFile, file: string): RefProblem[] {
  if (!data.report.sourceFile) return [];
  const textFile = path.resolve(path.dirname(file), data.report.sourceFile);
  let original: string;
  try {
    original = readFileSync(textFile, 'utf8');
  } catch {
    return [{ path: ['report', 'sourceFile'], message: `cannot read the report text ${data.report.sourceFile}` }];
  }
  const text = collapse(original);
  const problems: RefProblem[] = [];
  eachQuote(data, (at, quote) => {
    if (quote === TODO || text.includes(collapse(quote))) return;
    const near = nearestPassage(original, quote);
    const hint = near ? `; nearest passage, ${data.report.sourceFile}:${near.line}: "${near.passage}"` : '';
    problems.push({ path: at, message: `quote not found in ${data.report.sourceFile}: "${quote}"${hint}` });
  });
  return problems;
}

export function loadSeedFiles(targets: string[], limits: LoadOptions = {}): LoadResult {
  const maxBytes = limits.maxFileBytes ?? MAX_FILE_BYTES;
  const { files, problems } = resolveSeedFiles(targets);
  const seeds: LoadedSeed[] = [];
  for (const file of files) {
    const shown = display(file);
    const size = statSync(file).size;
    if (size > maxBytes) {
      problems.push({ file: shown, path: [], message: `the file is ${size} bytes; the limit is ${maxBytes}` });
      continue;
    }
    const bytes = readFileSync(file);
    const text = bytes.toString('utf8');
    if (text.includes('\u0000')) {
      problems.push({ file: shown, path: [], message: 'not a text file' });
      continue;
    }
    const result = parseSeedText(text, file, { graph: limits.graph });
    problems.push(...result.problems);
    if (result.data && result.lines && result.external) {
      const checksum = createHash('sha256').update(bytes).digest('hex');
      seeds.push({ file, displayPath: shown, checksum, data: result.data, lines: result.lines, external: result.external });
    }
  }
  // The same report twice in one run would make the outcome depend on file order.
  const seen = new Map<string, string>();
  for (const s of seeds) {
    const other = seen.get(s.data.report.key);
    if (other) problems.push({ file: s.displayPath, path: ['report', 'key'], message: `report ${s.data.report.key} is also in ${other}` });
    seen.set(s.data.report.key, s.displayPath);
  }
  return problems.length ? { ok: false, problems } : { ok: true, seeds };
}
