/**
 * Graph → seed files (`npm run seed:export -- <folder>`): one file per report, in the format of seeds/README.md, so
 * that importing them into an empty graph gives the same graph back. It is the backup a curator can read and diff,
 * and a start for next year's file.
 *
 * What goes into the file of report R: every entity and relationship whose `reports` name R, with the quotes whose
 * source is R. What cannot be told apart any more is written so that the import gives the same graph again:
 * - scalar facts are kept per report (`statements`, src/graph/statements.ts): each file gets the values its own
 *   report stated;
 * - ambiguities are not stored per report; the i-th goes into the file of the i-th report that stated the fact.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Executor } from '../db/executor.js';
import { decodeCount, decodeSource } from '../graph/codecs.js';
import { decodeException, EXCEPTIONS_PROPERTY } from '../graph/numbers.js';
import { decodeStatements, STATEMENTS, statedFields } from '../graph/statements.js';
import { Label, Prop, Rel } from '../graph/vocabulary.js';
import type { Source } from './seed-schema.js';

type Props = Record<string, unknown>;
interface NodeData {
  key: string;
  labels: string[];
  props: Props;
}
interface RelData {
  from: string;
  fromLabels: string[];
  type: string;
  to: string;
  toLabels: string[];
  props: Props;
}

const READ_NODES = `MATCH (n:${Label.Entity}) RETURN n.key AS key, labels(n) AS labels, properties(n) AS props ORDER BY key`;
const READ_RELS = `
MATCH (a:${Label.Entity})-[r]->(b:${Label.Entity})
RETURN a.key AS from, labels(a) AS fromLabels, type(r) AS type, b.key AS to, labels(b) AS toLabels, properties(r) AS props
ORDER BY from, type, to, r.${Prop.rid}`;

const list = <T = string>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** The quotes of a fact whose source is the given report, in stored order. */
function sourcesOf(props: Props, report: string): Source[] {
  return list(props[Prop.sources]).flatMap((s) => {
    const parsed = decodeSource(s);
    return parsed.report === report ? [clean({ section: parsed.section, quote: parsed.quote, fields: [...parsed.fields] })] : [];
  });
}

/** Drops undefined values and empty lists, so files carry only what was said. */
function clean<T extends Props>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

export interface ExportedReport {
  report: string;
  file: string;
  entities: number;
  relationships: number;
}

export async function exportSeeds(executor: Executor, folder: string): Promise<ExportedReport[]> {
  const nodes = await executor.read<NodeData>(READ_NODES, {}, { timeoutMs: 10 * 60_000 });
  const rels = await executor.read<RelData>(READ_RELS, {}, { timeoutMs: 10 * 60_000 });
  const reports = nodes.filter((n) => n.labels.includes(Label.Report)).sort((a, b) => Number(a.props.year) - Number(b.props.year) || a.key.localeCompare(b.key));
  const out: ExportedReport[] = [];
  for (const report of reports) {
    const { seed, entities, relationships } = seedOf(report, nodes, rels);
    const year = Number(report.props.year);
    const file = path.join(folder, String(year), `${report.key.replace(/^report:/, '').replace(/[^a-z0-9._-]/g, '-')}.yaml`);
    mkdirSync(path.dirname(file), { recursive: true });
    const header = `# Exported by \`npm run seed:export\` from the graph: ${report.key}. Importing this file into an empty graph (with\n# the other exported reports) gives the same graph back.\n`;
    writeFileSync(file, header + stringify(seed, { lineWidth: 0 }));
    out.push({ report: report.key, file, entities, relationships });
  }
  return out;
}

/** The properties as report R stated them: its statement's values in place of the newest values. */
function asStatedBy(props: Props, report: string): Props {
  const statements = decodeStatements(props[STATEMENTS]);
  if (!statements.length) return props;
  const out: Props = { ...props };
  for (const field of statedFields(statements)) delete out[field];
  return { ...out, ...(statements.find((s) => s.report === report)?.values ?? {}) };
}

function seedOf(reportNode: NodeData, allNodes: NodeData[], allRels: RelData[]) {
  const R = reportNode.key;
  const year = Number(reportNode.props.year);
  const states = (p: Props) => list(p[Prop.reports]).includes(R);
  const nodes = allNodes.filter((n) => states(n.props)).map((n) => ({ ...n, props: asStatedBy(n.props, R) }));
  const rels = allRels.filter((r) => states(r.props)).map((r) => ({ ...r, props: asStatedBy(r.props, R) }));
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const is = (key: string, label: string) => byKey.get(key)?.labels.includes(label) ?? false;

  /**
   * The provenance of one stated fact: its quotes from this report, and its ambiguities — not stored per report, so
   * the i-th goes to the file of the i-th report that states the fact (any surplus to the last).
   */
  const facts = (props: Props) => {
    const sources = sourcesOf(props, R);
    const stated = list(props[Prop.reports]);
    const at = stated.indexOf(R);
    const ambiguities = list(props[Prop.ambiguities]).filter((_, i) => Math.min(i, stated.length - 1) === at);
    return { sources, ambiguities };
  };
  /** The fields of the i-th entry of a fact in this file (quote i; the ambiguities on the entries in turn). */
  const prov = (props: Props, i = 0, entries = 1) => {
    const { sources, ambiguities } = facts(props);
    const mine = ambiguities.filter((_, k) => Math.min(k, entries - 1) === i);
    return clean({ source: sources[i], ambiguity: mine.length ? mine.join(' / ') : undefined });
  };
  /** A project's, body's or event's topics, and the counts this report states (seeds/README.md). */
  const grouped = (props: Props) => ({
    topics: list(props.topics),
    counts: list(props.counts)
      .map(decodeCount)
      .filter((c) => c.source?.report === R)
      .map((c) => ({ what: c.what, count: c.count, approximate: c.approximate, source: clean({ section: c.source!.section, quote: c.source!.quote, fields: [...c.source!.fields] }) })),
  });
  /** An entity stated by one entry: its first quote, and the others as its further `sources`. */
  const provAll = (props: Props) => clean({ ...prov(props), sources: facts(props).sources.slice(1) });
  /** A relationship entry once per quote this report gives it: the import combines them into one relationship. */
  const each = <T extends Props>(r: RelData, entry: T): T[] => {
    const { sources, ambiguities } = facts(r.props);
    const n = Math.max(1, sources.length, ambiguities.length);
    return Array.from({ length: n }, (_, i) => ({ ...entry, ...prov(r.props, i, n) }));
  };
  const out = (key: string, type: string, toLabel?: string) =>
    rels.filter((r) => r.from === key && r.type === type && (!toLabel || r.toLabels.includes(toLabel)));
  const into = (key: string, type: string, fromLabel?: string) =>
    rels.filter((r) => r.to === key && r.type === type && (!fromLabel || r.fromLabels.includes(fromLabel)));
  const one = (key: string, type: string, toLabel?: string) => out(key, type, toLabel)[0];
  const names = (p: Props) =>
    clean({ name: p.name, shortName: p.shortName, names: Object.keys(clean({ fi: p.nameFi, sv: p.nameSv, en: p.nameEn })).length ? clean({ fi: p.nameFi, sv: p.nameSv, en: p.nameEn }) : undefined });
  const withLabel = (label: string) => nodes.filter((n) => n.labels.includes(label));
  const ref = (field: string, r: RelData | undefined) => (r ? { [field]: r.to, ...prov(r.props) } : undefined);
  const p = reportNode.props;
  const relationships = rels.length;

  const seed = {
    report: clean({
      key: R,
      title: p.title,
      region: p.region,
      year,
      date: p.date,
      author: one(R, Rel.AuthoredBy)?.to,
      about: one(R, Rel.About)?.to,
      language: p.language,
      prioritiesComplete: p.prioritiesComplete,
      ...provAll(p),
    }),
    organizations: withLabel(Label.Organization).map((n) =>
      clean({
        key: n.key,
        ...names(n.props),
        kind: n.props.kind,
        aliases: list(n.props.aliases),
        identifiers: list(n.props.identifiers).map((id) => ({ scheme: id.slice(0, id.indexOf(':')), value: id.slice(id.indexOf(':') + 1) })),
        partOf: ref('organization', one(n.key, Rel.PartOf, Label.Organization)),
        ...prov(n.props),
      }),
    ),
    funders: withLabel(Label.Funder).map((n) => {
      const isOrg = n.labels.includes(Label.Organization);
      return clean({
        key: n.key,
        // An organisation that funds takes its names from the organisation entry.
        ...(isOrg ? {} : names(n.props)),
        kind: n.props.funderKind,
        within: ref('funder', one(n.key, Rel.FundedWithin)),
        // Its organisation entry has the first quote.
        ...(isOrg ? clean({ source: facts(n.props).sources[1] }) : prov(n.props)),
      });
    }),
    people: withLabel(Label.Person).map((n) =>
      clean({
        key: n.key,
        name: n.props.name,
        affiliations: out(n.key, Rel.AffiliatedWith).flatMap((r) => each(r, clean({ organization: r.to, title: r.props.title }))),
        titles: list(n.props.titles).map((text) => ({ text })),
        ...provAll(n.props),
      }),
    ),
    bodies: withLabel(Label.Body).map((n) =>
      clean({
        key: n.key,
        name: n.props.name,
        names: names(n.props).names,
        kind: n.props.kind,
        partOf: ref('organization', one(n.key, Rel.PartOf, Label.Organization)),
        size: n.props.size,
        sizeApproximate: n.props.sizeApproximate,
        meetingsPerYear: n.props.meetingsPerYear,
        members: into(n.key, Rel.MemberOf).flatMap((r) =>
          each(r, clean({ [is(r.from, Label.Person) ? 'person' : 'organization']: r.from, role: r.props.role, ended: r.props.ended })),
        ),
        ...grouped(n.props),
        seatsComplete: n.props.seatsComplete,
        membersComplete: n.props.membersComplete,
        ...provAll(n.props),
      }),
    ),
    seats: withLabel(Label.Seat).map((n) =>
      clean({
        key: n.key,
        body: one(n.key, Rel.SeatIn)?.to,
        person: one(n.key, Rel.HeldBy)?.to,
        role: n.props.role,
        title: n.props.title,
        represents: one(n.key, Rel.Represents)?.to,
        deputyFor: one(n.key, Rel.DeputyFor)?.to,
        ended: n.props.ended,
        ...provAll(n.props),
      }),
    ),
    programmes: withLabel(Label.Programme).map((n) =>
      clean({
        key: n.key,
        ...names(n.props),
        partOf: ref('programme', one(n.key, Rel.InProgramme, Label.Programme)),
        coordinators: into(n.key, Rel.Organizes).flatMap((r) => each(r, { organization: r.from })),
        ...provAll(n.props),
      }),
    ),
    projects: withLabel(Label.Project).map((n) =>
      clean({
        key: n.key,
        ...names(n.props),
        status: n.props.status,
        startYear: n.props.startYear,
        endYear: n.props.endYear,
        subprojectOf: ref('project', one(n.key, Rel.SubprojectOf)),
        programme: ref('programme', one(n.key, Rel.InProgramme, Label.Programme)),
        participants: into(n.key, Rel.ParticipatesIn).flatMap((r) => each(r, { organization: r.from, role: r.props.role })),
        funders: into(n.key, Rel.Funds).flatMap((r) => each(r, { funder: r.from })),
        people: into(n.key, Rel.ContributesTo).flatMap((r) => each(r, { person: r.from, role: r.props.role })),
        ...grouped(n.props),
        ...provAll(n.props),
      }),
    ),
    events: withLabel(Label.Event).map((n) => {
      const date = n.props.date as string | undefined;
      const month = n.props.month as string | undefined;
      return clean({
        key: n.key,
        name: n.props.name,
        date,
        month: month && month !== date?.slice(0, 7) ? month : undefined,
        place: n.props.place,
        format: n.props.format,
        status: n.props.status,
        organizers: into(n.key, Rel.Organizes).flatMap((r) => each(r, { organization: r.from })),
        people: into(n.key, Rel.ContributesTo).flatMap((r) => each(r, { person: r.from, role: r.props.role })),
        ...grouped(n.props),
        ...provAll(n.props),
      });
    }),
    priorities: withLabel(Label.Priority).map((n) => {
      // The priority's own quote first, then one per wording: every wording keeps its place in `titles`.
      const { sources } = facts(n.props);
      const titles = list(n.props.titles);
      const entries = Array.from({ length: Math.max(titles.length, sources.length - 1) }, (_, i) =>
        clean({ text: titles[Math.min(i, titles.length - 1)], source: sources[i + 1] }),
      );
      return clean({ key: n.key, code: n.props.code, title: n.props.title, titles: entries, ...prov(n.props) });
    }),
    evaluations: withLabel(Label.Evaluation).map((n) =>
      clean({
        key: n.key,
        priority: one(n.key, Rel.Evaluates)?.to,
        value: n.props.value,
        scaleMin: n.props.scaleMin,
        scaleMax: n.props.scaleMax,
        respondents: n.props.respondents,
        surveyed: n.props.surveyed,
        ...provAll(n.props),
      }),
    ),
    unquotedNumbers: list(p[EXCEPTIONS_PROPERTY]).map(decodeException),
  };
  return { seed: clean(seed), entities: nodes.length, relationships };
}
