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
import { checkReferences } from './references.js';

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
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
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
  const refProblems = checkReferences(parsed.data).map((p) => ({
    file: shown,
    line: lineOf(doc, counter, p.path),
    path: p.path,
    message: p.message,
  }));
  return refProblems.length ? { problems: refProblems } : { data: parsed.data, problems: [] };
}

export function loadSeedFiles(targets: string[]): LoadResult {
  const { files, problems } = resolveSeedFiles(targets);
  const seeds: LoadedSeed[] = [];
  for (const file of files) {
    const shown = display(file);
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({ file: shown, path: [], message: `the file is ${size} bytes; the limit is ${MAX_FILE_BYTES}` });
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
