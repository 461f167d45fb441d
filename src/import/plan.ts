/**
 * Seed file → graph rows. Pure: no database. Each entity becomes a NodeRow (labels, key, properties) and each
 * relationship a RelRow (type, endpoints, identity, properties), every one carrying the report, year and source
 * that state it. The writer merges these into the graph.
 */
import { encodeCount } from '../graph/codecs.js';
import { encodeException, EXCEPTIONS_PROPERTY } from '../graph/numbers.js';
import { statedLinks } from '../graph/seed-links.js';
import { Label, type Rel } from '../graph/vocabulary.js';
import type { SeedFile, Source } from './seed-schema.js';

export type Scalar = string | number | boolean;
export type PropValue = Scalar | Scalar[];

export interface Provenance {
  source?: Source;
  ambiguity?: string;
}

export interface NodeRow {
  key: string;
  /** Primary label first; every node also gets :Entity. */
  labels: Label[];
  /** Scalar facts: this report's statement (merge.ts keeps one per report; the plain properties take the newest). */
  props: Record<string, Scalar>;
  /** List facts: accumulated across reports (aliases, alternative titles, status history). */
  lists: Record<string, Scalar[]>;
  /** Words the full-text index searches. */
  searchTerms: string[];
  provenance: Provenance[];
}

export interface RelRow {
  type: Rel;
  from: string;
  to: string;
  /** Distinguishes two relationships of the same type between the same nodes (e.g. two titles). */
  rid: string;
  props: Record<string, Scalar>;
  provenance: Provenance[];
}

export interface Plan {
  reportKey: string;
  year: number;
  region: string;
  nodes: NodeRow[];
  rels: RelRow[];
}

type Named = { name?: string; shortName?: string; names?: { fi?: string; sv?: string; en?: string } };

function nameProps(x: Named): Record<string, Scalar> {
  return compact({ name: x.name, shortName: x.shortName, nameFi: x.names?.fi, nameSv: x.names?.sv, nameEn: x.names?.en });
}

function nameTerms(x: Named): string[] {
  return [x.name, x.shortName, x.names?.fi, x.names?.sv, x.names?.en].filter((v): v is string => !!v);
}

function compact(o: Record<string, Scalar | undefined>): Record<string, Scalar> {
  return Object.fromEntries(Object.entries(o).filter((e): e is [string, Scalar] => e[1] !== undefined));
}

/**
 * Seats continue across years (issue 14): `seat:<body>/<slug>`. A key of the older form, with the report's year in
 * it (`seat:<body>/2021/<slug>`, as files written before were keyed), is the same seat; every year's form of the key
 * is kept among the seat's `identifiers`, so a lookup by an old key still finds it.
 */
export function seatKey(key: string, year: number): string {
  const m = /^seat:([^/]+)\/(\d{4})\/(.+)$/.exec(key);
  return m && Number(m[2]) === year ? `seat:${m[1]}/${m[3]}` : key;
}

function yearSeatKey(key: string, year: number): string {
  return key.replace(/^seat:([^/]+)\//, `seat:$1/${year}/`);
}

/** A fact's provenance: its quote and ambiguity, then its further quotes (`sources`, e.g. one stating a number). */
function prov(x: Provenance & { sources?: Source[] }): Provenance[] {
  const first = x.source || x.ambiguity ? [{ source: x.source, ambiguity: x.ambiguity }] : [];
  return [...first, ...(x.sources ?? []).map((source) => ({ source }))];
}

export function planSeed(seed: SeedFile): Plan {
  const year = seed.report.year;
  /** Topics and counts (with their quotes, stored by the model's codec) of a project, body or event. */
  const groupLists = (x: { topics: string[]; counts: SeedFile['projects'][number]['counts'] }): Record<string, Scalar[]> => ({
    topics: x.topics,
    counts: x.counts.map((c) => encodeCount({ what: c.what, count: c.count, approximate: c.approximate, source: { report: seed.report.key, ...c.source } })),
  });
  const nodes = new Map<string, NodeRow>();
  const rels: RelRow[] = [];

  const node = (row: Omit<NodeRow, 'lists' | 'searchTerms'> & Partial<Pick<NodeRow, 'lists' | 'searchTerms'>>) => {
    const existing = nodes.get(row.key);
    if (existing) {
      // The same key twice in one file is only allowed for an organisation that is also a funder.
      for (const l of row.labels) if (!existing.labels.includes(l)) existing.labels.push(l);
      Object.assign(existing.props, row.props);
      for (const [k, v] of Object.entries(row.lists ?? {})) existing.lists[k] = [...(existing.lists[k] ?? []), ...v];
      existing.searchTerms.push(...(row.searchTerms ?? []));
      existing.provenance.push(...row.provenance);
      return;
    }
    nodes.set(row.key, { lists: {}, searchTerms: [], ...row });
  };
  // The relationships are where the graph model's seed links say (RELATIONSHIPS[].seed in src/graph/model.ts).
  for (const l of statedLinks(seed)) {
    const [from, to] = [seatKey(l.from, year), seatKey(l.to, year)];
    rels.push({ type: l.type, from, to, rid: l.rid, props: compact(l.props), provenance: prov(l.stated as Provenance) });
  }

  const r = seed.report;
  node({
    key: r.key,
    labels: [Label.Report],
    props: compact({ title: r.title, region: r.region, year: r.year, date: r.date, language: r.language, prioritiesComplete: r.prioritiesComplete }),
    // The file's numbers no quote states, for graph:check (src/graph/numbers.ts).
    lists: { [EXCEPTIONS_PROPERTY]: seed.unquotedNumbers.map(encodeException) },
    provenance: prov(r),
  });

  for (const o of seed.organizations) {
    node({
      key: o.key,
      labels: [Label.Organization],
      props: { ...nameProps(o), kind: o.kind },
      lists: { aliases: o.aliases, identifiers: o.identifiers.map((i) => `${i.scheme}:${i.value}`) },
      searchTerms: [...nameTerms(o), ...o.aliases],
      provenance: prov(o),
    });
  }

  for (const f of seed.funders) {
    const isOrg = !f.key.startsWith('funder:');
    node({
      key: f.key,
      labels: isOrg ? [Label.Organization, Label.Funder] : [Label.Funder],
      props: { ...nameProps(f), funderKind: f.kind },
      searchTerms: nameTerms(f),
      provenance: prov(f),
    });
  }

  // A person's titles as written: at organisations, in seats of this file, and those the report gives without one.
  // They are searched with the name, so people are found by what they are called (sosiaalijohtaja).
  const personTitles = new Map<string, string[]>();
  const addTitle = (person: string, title: string | undefined) => {
    if (title) personTitles.set(person, [...(personTitles.get(person) ?? []), title]);
  };
  for (const p of seed.people) for (const a of p.affiliations) addTitle(p.key, a.title);
  for (const s of seed.seats) addTitle(s.person, s.title);
  for (const p of seed.people) for (const t of p.titles) addTitle(p.key, t.text);
  for (const p of seed.people) {
    const titles = [...new Set(personTitles.get(p.key) ?? [])];
    node({
      key: p.key,
      labels: [Label.Person],
      props: { name: p.name },
      lists: { titles },
      searchTerms: [p.name, ...titles],
      provenance: [...prov(p), ...p.titles.flatMap(prov)],
    });
  }

  for (const b of seed.bodies) {
    node({
      key: b.key,
      labels: [Label.Body],
      props: compact({
        ...nameProps(b),
        kind: b.kind,
        size: b.size,
        sizeApproximate: b.sizeApproximate,
        meetingsPerYear: b.meetingsPerYear,
        seatsComplete: b.seatsComplete,
        membersComplete: b.membersComplete,
      }),
      lists: { ...(b.meetingsPerYear !== undefined ? { meetingsHistory: [`${year}:${b.meetingsPerYear}`] } : {}), ...groupLists(b) },
      searchTerms: [...nameTerms(b), ...b.topics],
      provenance: prov(b),
    });
  }

  for (const s of seed.seats) {
    const key = seatKey(s.key, year);
    node({
      key,
      labels: [Label.Seat],
      props: compact({ role: s.role, title: s.title, year, ended: s.ended }),
      lists: { identifiers: [yearSeatKey(key, year)] },
      provenance: prov(s),
    });
  }

  for (const p of seed.programmes) {
    node({ key: p.key, labels: [Label.Programme], props: nameProps(p), searchTerms: nameTerms(p), provenance: prov(p) });
  }

  for (const p of seed.projects) {
    node({
      key: p.key,
      labels: [Label.Project],
      props: compact({ ...nameProps(p), status: p.status, startYear: p.startYear, endYear: p.endYear }),
      lists: { statusHistory: [`${year}:${p.status}`], ...groupLists(p) },
      searchTerms: [...nameTerms(p), ...p.topics],
      provenance: prov(p),
    });
  }

  for (const e of seed.events) {
    node({
      key: e.key,
      labels: [Label.Event],
      props: compact({ name: e.name, date: e.date, month: e.month ?? e.date?.slice(0, 7), place: e.place, format: e.format, status: e.status }),
      lists: groupLists(e),
      searchTerms: [e.name, ...(e.place ? [e.place] : []), ...e.topics],
      provenance: prov(e),
    });
  }

  for (const p of seed.priorities) {
    node({
      key: p.key,
      labels: [Label.Priority],
      props: { code: p.code, title: p.title },
      lists: { titles: [p.title, ...p.titles.map((t) => t.text)] },
      searchTerms: [p.title, ...p.titles.map((t) => t.text)],
      provenance: [...prov(p), ...p.titles.flatMap(prov)],
    });
  }

  for (const e of seed.evaluations) {
    node({
      key: e.key,
      labels: [Label.Evaluation],
      props: compact({
        year,
        region: r.region,
        value: e.value,
        scaleMin: e.scaleMin,
        scaleMax: e.scaleMax,
        respondents: e.respondents,
        surveyed: e.surveyed,
      }),
      provenance: prov(e),
    });
  }

  return { reportKey: r.key, year, region: r.region, nodes: [...nodes.values()], rels: combineDuplicates(rels) };
}

/** The same relationship stated twice in one file is one relationship with both sources. */
function combineDuplicates(rels: RelRow[]): RelRow[] {
  const byId = new Map<string, RelRow>();
  for (const rel of rels) {
    const id = JSON.stringify([rel.type, rel.from, rel.rid, rel.to]);
    const first = byId.get(id);
    if (first) {
      Object.assign(first.props, rel.props);
      first.provenance.push(...rel.provenance);
    } else byId.set(id, rel);
  }
  return [...byId.values()];
}
