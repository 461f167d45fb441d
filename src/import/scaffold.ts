/**
 * `npm run seed -- new <year> --from <last year's file>`: a draft of next year's seed file. It refers to last year's
 * entities by key and carries, as editable entries, what a report states again each year: the seats (and deputies)
 * of the bodies that have seats, those bodies themselves, and the projects that have not ended. Every quote, and
 * every per-year number, is left as TODO for the curator; the loader reports each TODO with its line.
 */
import path from 'node:path';
import { Document, isMap, isPair, isScalar, visit } from 'yaml';
import type { SeedFile } from './seed-schema.js';
import { seatKey } from './plan.js';
import { TODO } from './load.js';

/** Projects with these statuses are not carried: the report that ended them was their last. */
const ENDED = new Set(['COMPLETED', 'INTERRUPTED']);

const todoSource = () => ({ section: TODO, quote: TODO });

/** `report:region-2020` → `report:region-2021`: the keys of things that belong to one year. */
export function nextYearKey(key: string, from: number, to: number): string {
  const swapped = key.replace(new RegExp(`(^|[/:-])${from}(?=$|[/-])`), `$1${to}`);
  return swapped !== key ? swapped : `${key}-${to}`;
}

export interface Scaffold {
  /** Where it goes by default: the same file name under the next year's folder. */
  file: string;
  text: string;
}

export function scaffoldNextYear(seed: SeedFile, fromFile: string, year: number): Scaffold {
  const last = seed.report.year;
  const seatBodies = new Set(seed.seats.map((s) => s.body));
  const bodies = seed.bodies
    .filter((b) => seatBodies.has(b.key))
    .map((b) => ({
      key: b.key,
      name: b.name,
      kind: b.kind,
      ...(b.partOf ? { partOf: { organization: b.partOf.organization } } : {}),
      ...(b.size !== undefined ? { size: TODO } : {}),
      ...(b.meetingsPerYear !== undefined ? { meetingsPerYear: TODO } : {}),
      // A complete list last year is carried as one: a seat deleted from the draft has then ended.
      ...(b.seatsComplete ? { seatsComplete: true } : {}),
      source: todoSource(),
    }));
  // Seats continue across years: the same key (a key of the older form, with its year, in the new form).
  const seats = seed.seats.map((s) => ({
    key: seatKey(s.key, last),
    body: s.body,
    person: s.person,
    role: s.role,
    ...(s.title ? { title: s.title } : {}),
    ...(s.represents ? { represents: s.represents } : {}),
    ...(s.deputyFor ? { deputyFor: seatKey(s.deputyFor, last) } : {}),
    source: todoSource(),
  }));
  const projects = seed.projects
    .filter((p) => !ENDED.has(p.status))
    .map((p) => ({
      key: p.key,
      name: p.name,
      ...(p.shortName ? { shortName: p.shortName } : {}),
      status: p.status,
      ...(p.startYear ? { startYear: p.startYear } : {}),
      ...(p.endYear ? { endYear: p.endYear } : {}),
      ...(p.subprojectOf ? { subprojectOf: { project: p.subprojectOf.project } } : {}),
      ...(p.programme ? { programme: { programme: p.programme.programme } } : {}),
      ...(p.participants.length ? { participants: p.participants.map((x) => ({ organization: x.organization, role: x.role })) } : {}),
      ...(p.funders.length ? { funders: p.funders.map((f) => ({ funder: f.funder })) } : {}),
      ...(p.people.length ? { people: p.people.map((x) => ({ person: x.person, role: x.role })) } : {}),
      source: todoSource(),
    }));
  const r = seed.report;
  const data = {
    report: {
      key: nextYearKey(r.key, last, year),
      title: TODO,
      region: r.region,
      year,
      date: TODO,
      author: r.author,
      about: r.about,
      language: r.language,
      ...(r.sourceFile ? { sourceFile: r.sourceFile } : {}),
      source: todoSource(),
    },
    bodies,
    seats,
    projects,
  };

  const doc = new Document(data);
  // A source on one line: filling it in, or deleting it, is a one-line edit.
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'source' && isMap(pair.value)) pair.value.flow = true;
    },
  });
  const lastValue = (list: 'bodies', key: string, field: 'size' | 'meetingsPerYear') =>
    seed[list].find((b) => b.key === key)?.[field];
  // Last year's numbers beside the TODOs that replace them, as a reminder, not as a value.
  visit(doc, {
    Pair(_, pair, ancestry) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || pair.value.value !== TODO) return;
      const field = pair.key.value;
      if (field !== 'size' && field !== 'meetingsPerYear') return;
      const entry = ancestry[ancestry.length - 1];
      const key = isMap(entry) ? String(entry.get('key')) : '';
      pair.value.comment = ` ${last}: ${String(lastValue('bodies', key, field))}`;
    },
  });
  const relative = path.relative(process.cwd(), path.resolve(fromFile));
  const source = relative.startsWith('..') ? path.resolve(fromFile) : relative;
  const header = [
    ` Draft of the ${year} report of ${r.region}, from ${source} (npm run seed -- new ${year} --from ${source}).`,
    ` Entities of earlier files and of the graph (organisations, people, programmes, priorities, funders) are referred`,
    ` to by key; list one here only to add it or to restate it. Carried from ${last}: the seats of ${[...seatBodies].join(', ')},`,
    ` the projects that had not ended. Edit each to what the ${year} report says; delete what it does not mention.`,
    ` Every TODO is for the curator: \`npm run seed -- <this file> --dry-run\` lists each one left, with its line.`,
    ` sourceFile: put the ${year} report text there (every quote must occur in it). See seeds/README.md.`,
  ];
  doc.commentBefore = header.join('\n');
  const text = doc.toString({ lineWidth: 0 }).replace(/\n(bodies|seats|projects):/g, '\n\n$1:');
  return { file: path.join(path.dirname(path.dirname(fromFile)), String(year), path.basename(fromFile)), text };
}
