/**
 * Reads seed files: size limits, YAML with line numbers, alias-bomb protection, then the zod schema and the
 * cross-reference checks. Produces either the parsed files or every problem found, each with file:line and path.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { SeedFile } from './seed-schema.js';
import type { Problem } from './problems.js';
import { checkReferences, type RefProblem } from './references.js';

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

export function parseSeedText(text: string, file: string): { data?: SeedFile; problems: Problem[] } {
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
  const parsed = SeedFile.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        return { file: shown, line: lineOf(doc, counter, at), path: at, message: issue.message };
      }),
    };
  }
  const refProblems = [...checkReferences(parsed.data), ...checkQuotes(parsed.data, file)].map((p) => ({
    file: shown,
    line: lineOf(doc, counter, p.path),
    path: p.path,
    message: p.message,
  }));
  return refProblems.length ? { problems: refProblems } : { data: parsed.data, problems: [] };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every `source.quote` must occur in the report text (whitespace runs count as one space: the text comes from a PDF). */
function checkQuotes(data: SeedFile, file: string): RefProblem[] {
  if (!data.report.sourceFile) return [];
  const textFile = path.resolve(path.dirname(file), data.report.sourceFile);
  let text: string;
  try {
    text = collapse(readFileSync(textFile, 'utf8'));
  } catch {
    return [{ path: ['report', 'sourceFile'], message: `cannot read the report text ${data.report.sourceFile}` }];
  }
  const problems: RefProblem[] = [];
  const walk = (value: unknown, at: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'source' && v && typeof v === 'object' && 'quote' in v) {
          const quote = String((v as { quote: unknown }).quote);
          if (!text.includes(collapse(quote))) {
            problems.push({ path: [...at, 'source', 'quote'], message: `quote not found in ${data.report.sourceFile}: "${quote}"` });
          }
        } else walk(v, [...at, k]);
      }
    }
  };
  walk(data, []);
  return problems;
}

export function loadSeedFiles(targets: string[], limits: { maxFileBytes?: number } = {}): LoadResult {
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
    const result = parseSeedText(text, file);
    problems.push(...result.problems);
    if (result.data) {
      seeds.push({ file, displayPath: shown, checksum: createHash('sha256').update(bytes).digest('hex'), data: result.data });
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
