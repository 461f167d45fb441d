/**
 * Whole-file checks the schema cannot make: unique keys, and every reference pointing at an entity of the right
 * kind — defined in the same file, or else outside it (an earlier year's seed file of the same seeds folder, or the
 * graph the file is imported into: the same key in another year is the same node). References resolved outside are
 * returned, so that the import can check at write time that the graph holds them.
 */
import { ENTITIES, type Typename } from '../graph/model.js';
import { statedLinks } from '../graph/seed-links.js';
import type { SeedFile } from './seed-schema.js';
import { didYouMean } from './suggest.js';

export interface RefProblem {
  path: (string | number)[];
  message: string;
}

export type Kind = Lowercase<Typename>;

/** Where keys that a file uses without defining may be defined. */
export interface Outside {
  /** The earlier seed file (as shown in messages) that defines the key as that kind, if any. */
  definedIn(kind: Kind, key: string): string | undefined;
  /** Keys found nowhere else are looked up in the graph at import time (false: --offline, they are errors). */
  graph: boolean;
  /** For an unknown key: where it is defined after all, e.g. only in a later year's file (a hint, or ''). */
  hint?(kind: Kind, key: string): string;
}

/** A key the file refers to without defining it; `from` is the seed file that defines it, or 'graph'. */
export interface ExternalRef {
  kind: Kind;
  key: string;
  path: (string | number)[];
  from: string;
}

const SELF_CONTAINED: Outside = { definedIn: () => undefined, graph: false };

export function checkReferences(seed: SeedFile, outside: Outside = SELF_CONTAINED): { problems: RefProblem[]; external: ExternalRef[] } {
  const external: ExternalRef[] = [];
  const problems: RefProblem[] = [];
  const keys = new Map<Kind, Set<string>>();
  const firstSeen = new Map<string, string>();

  const define = (kind: Kind, list: { key: string }[], listName: string) => {
    const set = keys.get(kind) ?? new Set<string>();
    keys.set(kind, set);
    list.forEach((item, i) => {
      const where = `${listName}[${i}]`;
      // A funder that is an organisation shares the organisation's key on purpose.
      const sharedWithOrg = kind === 'funder' && !item.key.startsWith('funder:');
      const earlier = firstSeen.get(item.key);
      if (set.has(item.key) || (earlier && !sharedWithOrg)) {
        problems.push({ path: [listName, i, 'key'], message: `duplicate key "${item.key}" (first used at ${earlier})` });
      }
      set.add(item.key);
      if (!earlier) firstSeen.set(item.key, where);
    });
  };
  for (const e of ENTITIES) if (e.seedList) define(e.typename.toLowerCase() as Kind, seed[e.seedList], e.seedList);

  const ref = (kind: Kind, key: string | undefined, path: (string | number)[]) => {
    if (key === undefined || keys.get(kind)!.has(key)) return;
    const from = outside.definedIn(kind, key) ?? (outside.graph ? 'graph' : undefined);
    if (from) external.push({ kind, key, path, from });
    else problems.push({ path, message: `unknown ${kind} "${key}"${didYouMean(key, keys.get(kind)!)}${outside.hint?.(kind, key) ?? ''}` });
  };
  // Every relationship the graph model reads from the file names an entity of the model's kind.
  for (const l of statedLinks(seed)) ref(l.target.toLowerCase() as Kind, l.key, l.path);

  seed.organizations.forEach((o, i) => {
    if (o.partOf?.organization === o.key) problems.push({ path: ['organizations', i, 'partOf'], message: 'an organisation cannot be part of itself' });
  });
  seed.funders.forEach((f, i) => {
    if (!f.key.startsWith('funder:')) ref('organization', f.key, ['funders', i, 'key']);
    else if (!f.name) problems.push({ path: ['funders', i, 'name'], message: 'a fund (funder:…) needs a name' });
  });
  const seatRole = new Map(seed.seats.map((s) => [s.key, s.role]));
  seed.seats.forEach((s, i) => {
    if (s.deputyFor && s.role !== 'DEPUTY') {
      problems.push({ path: ['seats', i, 'deputyFor'], message: 'only a DEPUTY seat deputises another seat' });
    }
    if (s.deputyFor && seatRole.get(s.deputyFor) === 'DEPUTY') {
      problems.push({ path: ['seats', i, 'deputyFor'], message: `seat "${s.deputyFor}" is itself a deputy seat` });
    }
  });
  seed.programmes.forEach((p, i) => {
    if (p.partOf?.programme === p.key) problems.push({ path: ['programmes', i, 'partOf'], message: 'a programme cannot be part of itself' });
  });
  seed.projects.forEach((p, i) => {
    if (p.subprojectOf?.project === p.key) problems.push({ path: ['projects', i, 'subprojectOf'], message: 'a project cannot be its own sub-project' });
    if (p.startYear && p.endYear && p.endYear < p.startYear) {
      problems.push({ path: ['projects', i, 'endYear'], message: 'endYear is before startYear' });
    }
  });
  seed.evaluations.forEach((e, i) => {
    if (e.value < e.scaleMin || e.value > e.scaleMax) {
      problems.push({ path: ['evaluations', i, 'value'], message: `value ${e.value} is outside the scale ${e.scaleMin}–${e.scaleMax}` });
    }
    if (e.respondents !== undefined && e.surveyed !== undefined && e.respondents > e.surveyed) {
      problems.push({ path: ['evaluations', i, 'respondents'], message: 'more respondents than people surveyed' });
    }
  });
  return { problems, external };
}
