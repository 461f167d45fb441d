/**
 * The consistency check of an imported graph (`npm run graph:check`, also run by the tests after importing their
 * fixtures). Read-only. Each check is one query that returns the offending items, capped, with their total count:
 *
 * - no two relationships share an identity (type, from, rid, to) — what concurrent imports used to leave;
 * - no dangling references: every relationship joins two keyed entities, every `reports` entry and every source
 *   names a Report in the graph, every ImportRun points at a Report, every Report has an ImportRun;
 * - every seat has exactly one person, one body and one organisation it represents;
 * - every fact (entity node and relationship between entities) carries years and reports;
 * - per report, the nodes and relationships it first stated match what its ImportRuns say they created;
 * - every number a fact holds is written in one of its quotes as the report writes it (src/graph/numbers.ts), except
 *   those the seed files list under `unquotedNumbers` (kept on their Report nodes).
 */
import type { Executor } from '../db/executor.js';
import { RELATIONSHIPS, typenameOf } from '../graph/model.js';
import {
  decodeException,
  describeNumber,
  EXCEPTIONS_PROPERTY,
  NUMERIC_FIELDS,
  numericFacts,
  unstatedFacts,
  type NumberException,
  type NumericFact,
} from '../graph/numbers.js';
import { Label, Prop, Rel } from '../graph/vocabulary.js';

// Labels and types are the vocabulary's constants, written into the text (Cypher's dynamic $(…) labels are not
// allowed in WHERE or in COUNT patterns); no input ever is.

/** Items listed per failed check; the count is always the full number. */
export const CHECK_SAMPLE = 20;

export interface CheckResult {
  name: string;
  description: string;
  ok: boolean;
  count: number;
  /** Up to CHECK_SAMPLE offending items, readable. */
  items: string[];
  /** How to fix what it found, where the items alone do not say. */
  fix?: string;
}

export interface GraphCheckReport {
  ok: boolean;
  checks: CheckResult[];
  ms: number;
}

type Check = {
  name: string;
  description: string;
  fix?: string;
  /** A check of what the seed files say (their quotes), not of how the graph was written. */
  content?: boolean;
} & (
  | {
      /** Returns rows of { item } for every offending item. */
      cypher: string;
    }
  | {
      /** The offending items, for a check that Cypher alone cannot make (quotes are matched in the process). */
      items: (executor: Executor, timeoutMs: number) => Promise<string[]>;
    }
);

// Sources are JSON strings {report, section, quote}; Cypher has no JSON parser without APOC, but the report key is
// the first member of every stored source (merge.ts writes them in a fixed key order), so a prefix extracts it.
const SOURCE_REPORT = `CASE WHEN s STARTS WITH '{"report":"' THEN split(substring(s, 11), '"')[0] ELSE '(unreadable source)' END`;

const CHECKS: Check[] = [
  {
    name: 'duplicate-relationships',
    description: 'no two relationships with the same identity (type, from, rid, to)',
    cypher: `
MATCH (a:${Label.Entity})-[r]->(b:${Label.Entity})
WITH a.key AS from, type(r) AS type, r.${Prop.rid} AS rid, b.key AS to, count(r) AS copies
WHERE copies > 1
RETURN from + ' -[' + type + CASE WHEN rid IS NULL OR rid = '' THEN '' ELSE ' ' + rid END + ']-> ' + to
  + ' ×' + toString(copies) AS item`,
  },
  {
    name: 'dangling-endpoints',
    description: 'every relationship of the graph joins two entities with a key (bookkeeping aside)',
    cypher: `
MATCH (a)-[r]->(b)
WHERE NOT type(r) = '${Rel.Imported}'
  AND (NOT a:${Label.Entity} OR NOT b:${Label.Entity} OR a.key IS NULL OR b.key IS NULL)
RETURN coalesce(a.key, '(' + elementId(a) + ')') + ' -[' + type(r) + ']-> ' + coalesce(b.key, '(' + elementId(b) + ')') AS item`,
  },
  {
    name: 'dangling-reports',
    description: 'every report a fact names (in reports or in a source) is in the graph',
    cypher: `
MATCH (report:${Label.Report})
WITH collect(report.key) AS known
CALL (known) {
  MATCH (n:${Label.Entity}) RETURN n.key AS fact, n.${Prop.reports} AS reports, n.${Prop.sources} AS sources
  UNION ALL
  MATCH (a:${Label.Entity})-[r]->(b:${Label.Entity})
  RETURN a.key + ' -[' + type(r) + ']-> ' + b.key AS fact, r.${Prop.reports} AS reports, r.${Prop.sources} AS sources
}
WITH known, fact, coalesce(reports, []) + [s IN coalesce(sources, []) | ${SOURCE_REPORT}] AS named
UNWIND named AS name
WITH known, fact, name WHERE NOT name IN known
RETURN DISTINCT fact + ' names report ' + name AS item`,
  },
  {
    name: 'import-runs',
    description: 'every ImportRun points at a report and every report has an ImportRun',
    cypher: `
MATCH (run:${Label.ImportRun}) WHERE NOT (run)-[:${Rel.Imported}]->(:${Label.Report})
RETURN 'ImportRun ' + run.id + ' (' + coalesce(run.file, '?') + ') points at no report' AS item
UNION ALL
MATCH (report:${Label.Report}) WHERE NOT (:${Label.ImportRun})-[:${Rel.Imported}]->(report)
RETURN report.key + ' has no ImportRun' AS item`,
  },
  {
    name: 'seats',
    description: 'every seat has exactly one person, one body and one organisation it represents',
    cypher: `
MATCH (s:${Label.Seat})
WITH s, COUNT { (s)-[:${Rel.HeldBy}]->(:${Label.Person}) } AS people, COUNT { (s)-[:${Rel.SeatIn}]->(:${Label.Body}) } AS bodies,
  COUNT { (s)-[:${Rel.Represents}]->(:${Label.Organization}) } AS organizations
WHERE people <> 1 OR bodies <> 1 OR organizations <> 1
RETURN s.key + ': ' + toString(people) + ' person, ' + toString(bodies) + ' body, ' + toString(organizations)
  + ' organisation' AS item`,
  },
  {
    name: 'facts-with-years-and-reports',
    description: 'every entity and every relationship between entities carries years and reports',
    cypher: `
MATCH (n:${Label.Entity}) WHERE size(coalesce(n.${Prop.years}, [])) = 0 OR size(coalesce(n.${Prop.reports}, [])) = 0
RETURN n.key + ' has no ' + CASE WHEN size(coalesce(n.${Prop.years}, [])) = 0 THEN 'years' ELSE 'reports' END AS item
UNION ALL
MATCH (a:${Label.Entity})-[r]->(b:${Label.Entity})
WHERE size(coalesce(r.${Prop.years}, [])) = 0 OR size(coalesce(r.${Prop.reports}, [])) = 0
RETURN a.key + ' -[' + type(r) + ']-> ' + b.key + ' has no '
  + CASE WHEN size(coalesce(r.${Prop.years}, [])) = 0 THEN 'years' ELSE 'reports' END AS item`,
  },
  {
    name: 'import-run-counts',
    description: "per report, the nodes and relationships it first stated equal what its ImportRuns created",
    cypher: `
MATCH (report:${Label.Report})
OPTIONAL MATCH (run:${Label.ImportRun})-[:${Rel.Imported}]->(report)
WITH report, sum(coalesce(run.nodesCreated, 0)) AS nodesRun, sum(coalesce(run.relsCreated, 0)) AS relsRun
CALL (report) {
  MATCH (n:${Label.Entity}) WHERE n.${Prop.reports}[0] = report.key RETURN count(n) AS nodes
}
CALL (report) {
  MATCH (:${Label.Entity})-[r]->(:${Label.Entity}) WHERE r.${Prop.reports}[0] = report.key RETURN count(r) AS rels
}
WITH report, nodesRun, relsRun, nodes, rels WHERE nodes <> nodesRun OR rels <> relsRun
RETURN report.key + ': ' + toString(nodes) + ' nodes and ' + toString(rels) + ' relationships first stated by it, its ImportRuns created '
  + toString(nodesRun) + ' and ' + toString(relsRun) AS item`,
  },
  {
    name: 'unquoted-numbers',
    description: "every number a fact holds is written in one of its quotes as the report writes it (the seeds' unquotedNumbers aside)",
    fix:
      "in the seed file of the report named, add a quote that writes the number as the report does to the fact's sources (with fields: [<field>]), " +
      'or list it under unquotedNumbers with the reason no quote can state it (seeds/README.md, "Numbers and their quotes"); then import the file again',
    items: unquotedNumbers,
    content: true,
  },
];

// The edge types that hold numbers, by relationship type: only their relationships are read.
const NUMERIC_EDGES = new Map(
  RELATIONSHIPS.flatMap((r) => (r.edge && (NUMERIC_FIELDS[r.edge.typename] ?? []).length ? [[r.type as string, r.edge.typename]] : [])),
);

/** Every numeric fact the graph holds (src/graph/numbers.ts), and the exceptions its reports list. */
export async function graphNumbers(
  executor: Executor,
  timeoutMs?: number,
): Promise<{ facts: NumericFact[]; exceptions: NumberException[] }> {
  const options = { timeoutMs };
  const reports = await executor.read<{ exceptions: string[] | null }>(
    `MATCH (r:${Label.Report}) RETURN r.${EXCEPTIONS_PROPERTY} AS exceptions`, {}, options,
  );
  const nodes = await executor.read<{ key: string; labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n:${Label.Entity}) RETURN n.key AS key, labels(n) AS labels, properties(n) AS props`, {}, options,
  );
  const rels = await executor.read<{ fact: string; type: string; props: Record<string, unknown> }>(
    `MATCH (a:${Label.Entity})-[r]->(b:${Label.Entity}) WHERE type(r) IN $types
     RETURN a.key + ' -[' + type(r) + ']-> ' + b.key AS fact, type(r) AS type, properties(r) AS props`,
    { types: [...NUMERIC_EDGES.keys()] },
    options,
  );
  return {
    facts: [
      ...nodes.flatMap((n) => numericFacts(n.key, typenameOf(n.labels) ?? '', n.props)),
      ...rels.flatMap((r) => numericFacts(r.fact, NUMERIC_EDGES.get(r.type)!, r.props)),
    ],
    exceptions: reports.flatMap((r) => (r.exceptions ?? []).map(decodeException)),
  };
}

/** `Evaluation evaluation:…/priority-3 respondents=13, stated by report:…`: every number no quote writes. */
async function unquotedNumbers(executor: Executor, timeoutMs: number): Promise<string[]> {
  const { facts, exceptions } = await graphNumbers(executor, timeoutMs);
  return unstatedFacts(facts, exceptions).map((f) => `${f.typename} ${describeNumber(f)}, stated by ${f.report ?? '(no report)'}`);
}

/** `content: false`: only the consistency checks (how the graph was written), not those of the seeds' content. */
export async function checkGraph(executor: Executor, options: { timeoutMs?: number; content?: boolean } = {}): Promise<GraphCheckReport> {
  const started = performance.now();
  const checks: CheckResult[] = [];
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  for (const check of CHECKS.filter((c) => options.content !== false || !c.content)) {
    const found =
      'cypher' in check
        ? (await executor.read<{ item: string }>(check.cypher, {}, { timeoutMs })).map((r) => r.item)
        : await check.items(executor, timeoutMs);
    const items = found.sort();
    checks.push({
      name: check.name,
      description: check.description,
      ok: items.length === 0,
      count: items.length,
      items: items.slice(0, CHECK_SAMPLE),
      ...(items.length && check.fix ? { fix: check.fix } : {}),
    });
  }
  return { ok: checks.every((c) => c.ok), checks, ms: Math.round(performance.now() - started) };
}

export function describeCheck(report: GraphCheckReport): string {
  const lines = report.checks.map((c) =>
    [
      `${c.ok ? 'ok  ' : 'FAIL'} ${c.description}${c.ok ? '' : ` — ${c.count} found`}`,
      ...c.items.map((i) => `       ${i}`),
      ...(c.count > c.items.length ? [`       … and ${c.count - c.items.length} more`] : []),
      ...(c.fix ? [`     fix: ${c.fix}`] : []),
    ].join('\n'),
  );
  const failed = report.checks.filter((c) => !c.ok).length;
  lines.push(failed ? `graph check: ${failed} of ${report.checks.length} checks failed (${report.ms} ms)` : `graph check: all ${report.checks.length} checks passed (${report.ms} ms)`);
  return lines.join('\n');
}
