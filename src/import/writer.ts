/**
 * The import writer: one report, one write transaction. It takes the import lock (imports take turns, see
 * LOCK_GRAPH), reads what the graph already holds for the report's keys, merges (merge.ts), and writes only the
 * nodes and relationships that change — so a second import of the same file writes no fact at all. A run that
 * changed the graph is recorded as an ImportRun and bumps the graph version; every run that could have changed it
 * announces itself to the API replicas first (version-lease.ts). All Cypher is parameterised; labels
 * and types come from the vocabulary through Cypher's $(…) syntax (or, where $(…) is not allowed, as constants).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { toNeo4jValues } from '../graph/codecs.js';
import { STATEMENTS } from '../graph/statements.js';
import type { Executor } from '../db/executor.js';
import { MAX_RETRY_TIME_MS } from '../db/driver.js';
import { ANNOUNCEMENT_MARGIN_MS, announcementLifetimeMs, IMPORT_COMMIT_DELAY_MS } from '../graph/version-lease.js';
import { AppError, ErrorCode } from '../errors.js';
import { toPlain } from '../db/executor.js';
import { ENTITIES } from '../graph/model.js';
import { Label, Prop, Rel } from '../graph/vocabulary.js';
import type { LoadedSeed } from './load.js';
import { SeedValidationError, type Problem } from './problems.js';
import type { Kind } from './references.js';
import { didYouMean } from './suggest.js';
import { mergeNode, mergeRel, sameProps, type Props } from './merge.js';
import { planSeed, type Plan, type PropValue, type Provenance, type RelRow } from './plan.js';

export const BATCH_SIZE = 2000;

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

/** One fact the import creates or changes, located in the seed file: what the dry run lists. */
export interface FactChange {
  /** restated: only the year (and the report) added, nothing else changed. */
  change: 'created' | 'updated' | 'restated';
  /** `org:kosti-ry`, or `org:kosti-ry -[PARTICIPATES_IN LEAD]-> project:verna` */
  fact: string;
  /** For updates: the property, its value in the graph and its value after the import (null: absent). */
  field?: string;
  old?: PropValue | null;
  new?: PropValue | null;
  /** The year of the report that makes the change. */
  year: number;
  /** Line in the seed file: the quote that states it, or the entry that declares it. */
  line?: number;
}

export interface ImportSummary {
  file: string;
  report: string;
  checksum: string;
  dryRun: boolean;
  changed: boolean;
  nodes: Record<string, Tally>;
  relationships: Record<string, Tally>;
  rows: number;
  ms: number;
  importRunId?: string;
  changes: FactChange[];
  /** Keys the file refers to without defining them, and where each is defined: a seed file, or 'graph'. */
  references: { key: string; kind: string; from: string; line?: number }[];
}

/** Keys and labels that earlier files of the same dry run would create (a dry run writes nothing to find them by). */
export type Available = Map<string, Set<string>>;

export type ImportProgress = (message: string) => void;

// Imports take turns: the first statement of every import transaction write-locks the one GraphMeta node (its
// MERGE is guarded by the graph_meta_id constraint, so two first imports cannot both create it). A second import
// waits here until the first commits or rolls back, and only then reads the graph and plans, so its plan is made
// against committed state: the same file again finds nothing to do, another file writes only what is left. Setting
// and removing a property takes the lock without changing the node. The label is written into the text, not given as
// $(…): only with a label known when the query is planned does the MERGE take the constraint's index lock.
const LOCK_GRAPH = `
MERGE (meta:${Label.GraphMeta} {id: 'graph'})
SET meta._importLock = true
REMOVE meta._importLock`;

// An import that may change the graph says so first, in a transaction of its own (src/graph/version-lease.ts), and
// withdraws the announcement in another once its own transaction has ended: so the announcement stands until the
// change is visible everywhere. The withdrawal also clears announcements left by importers that died, once expired.
const ANNOUNCE = `CREATE (:${Label.ImportAnnouncement} {id: $id, until: timestamp() + $lifetimeMs})`;
const WITHDRAW = `MATCH (a:${Label.ImportAnnouncement}) WHERE a.id = $id OR a.until < timestamp() DELETE a`;

/** The import's announcement: committed before its transaction starts, withdrawn after it. */
interface Announcement {
  id: string;
  /** performance.now() once the announcement had committed. */
  committedAt: number;
  lifetimeMs: number;
}

async function announce(executor: Executor, timeoutMs: number): Promise<Announcement> {
  const id = randomUUID();
  const lifetimeMs = announcementLifetimeMs(timeoutMs, MAX_RETRY_TIME_MS);
  try {
    await executor.writeTransaction((tx) => tx.run(ANNOUNCE, { id, lifetimeMs: neo4j.int(lifetimeMs) }));
  } catch (error) {
    // It may have committed all the same (the answer was lost): then it would stand until it expired.
    await withdraw(executor, id);
    throw error;
  }
  return { id, committedAt: performance.now(), lifetimeMs };
}

/** Best effort: one that cannot be withdrawn (the database is away) expires by itself. */
async function withdraw(executor: Executor, id: string): Promise<void> {
  await executor.writeTransaction((tx) => tx.run(WITHDRAW, { id })).catch(() => undefined);
}

/**
 * Until every lease on the version from before the announcement has ended: only then may a change commit. Checked
 * again after each timer, which may fire a little early. An attempt that comes so late that its announcement may
 * already have expired (a retried transaction can run for two timeouts) fails instead: replicas may hold leases again.
 */
async function leasesEnded(a: Announcement): Promise<void> {
  const until = a.committedAt + IMPORT_COMMIT_DELAY_MS;
  while (performance.now() < until) await sleep(until - performance.now());
  if (performance.now() - a.committedAt > a.lifetimeMs - ANNOUNCEMENT_MARGIN_MS) {
    throw new AppError(ErrorCode.QueryTimeout, 'The import took longer than its announcement to the API replicas stands; nothing was written. Run it again.');
  }
}

const READ_KEYS = `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN n.key AS key, labels(n) AS labels`;

const READ_LABEL_KEYS = `MATCH (n:$($label)) RETURN n.key AS key`;

const READ_NODES = `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN n.key AS key, labels(n) AS labels, properties(n) AS props`;

const READ_RELS = `
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})-[r:$(row.type) {rid: row.rid}]->(b:Entity {key: row.to})
RETURN row.i AS i, elementId(r) AS id, properties(r) AS props`;

const WRITE_NODES = `
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.props
SET n:$(row.labels)`;

// The read above tells which relationships exist, so new ones are CREATEd and existing ones updated by id: a MERGE
// on a dynamic type is planned as a scan of all relationships while the graph's statistics are still empty, which
// made the first import into an empty graph quadratic.
const CREATE_RELS = `
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props`;

const UPDATE_RELS = `
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.id
SET r = row.props`;

const RECORD_RUN = `
MATCH (report:Report {key: $report})
CREATE (run:ImportRun {id: $id, file: $file, checksum: $checksum, at: datetime(), rows: $rows,
  nodesCreated: $nodesCreated, nodesUpdated: $nodesUpdated, relsCreated: $relsCreated, relsUpdated: $relsUpdated})
CREATE (run)-[:$($imported)]->(report)
WITH run
MATCH (meta:$($meta) {id: 'graph'})
SET meta.version = coalesce(meta.version, 0) + 1, meta.updatedAt = datetime()`;

function chunks<T>(items: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function tally(map: Record<string, Tally>, name: string, outcome: keyof Tally) {
  map[name] ??= { created: 0, updated: 0, unchanged: 0 };
  map[name][outcome]++;
}

async function run(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => toPlain(r) as Record<string, unknown>);
}

// Left out of the listed changes: bookkeeping, and the report's year added to `years` — every fact a report
// restates gets it, so listing it would bury the real changes (the summary counts restated facts instead).
const UNLISTED = new Set<string>([Prop.key, Prop.rid, Prop.searchText, Prop.statedYear, Prop.reports, Prop.years, STATEMENTS]);

/** The fields whose values differ, each as old → new; of the quotes only the new ones. */
function fieldChanges(before: Props, after: Props): { field: string; old: PropValue | null; new: PropValue | null }[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !UNLISTED.has(f)).sort();
  return fields.flatMap((field) => {
    const a = before[field];
    const b = after[field];
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    if (field === Prop.sources) {
      const added = (Array.isArray(b) ? b : []).filter((x) => !(Array.isArray(a) ? a : []).includes(x));
      return [{ field, old: null, new: added.map((x) => (JSON.parse(String(x)) as { quote: string }).quote) }];
    }
    return [{ field, old: a ?? null, new: b ?? null }];
  });
}

// Relationships declared inside the entry of their end node (a project's participants, funders and people; a body's
// members; an event's organisers): their line is that entry's when they have no quote of their own.
const DECLARED_AT_END = new Set<string>([Rel.ParticipatesIn, Rel.Funds, Rel.ContributesTo, Rel.MemberOf, Rel.Organizes]);

function relLine(seed: LoadedSeed, row: RelRow): number | undefined {
  const quote = row.provenance.find((p: Provenance) => p.source)?.source?.quote;
  return (quote && seed.lines.quotes[quote]) || seed.lines.entities[DECLARED_AT_END.has(row.type) ? row.to : row.from];
}

const relName = (row: { from: string; type: string; rid: string; to: string }) =>
  `${row.from} -[${row.type}${row.rid ? ` ${row.rid}` : ''}]-> ${row.to}`;

const labelOf = (kind: Kind) => ENTITIES.find((e) => e.typename.toLowerCase() === kind)!.label;

/**
 * The entities the file only refers to must be in the graph (with the right label) before anything is written: the
 * import writes their relationships, never their fields, and a relationship to a missing node would be lost. Read
 * under the import lock, so no other import can remove or add them meanwhile. The problems, if any: the file is
 * then not written at all.
 */
async function checkReferenced(tx: ManagedTransaction, seed: LoadedSeed, available: Available | undefined): Promise<Problem[]> {
  const keys = [...new Set(seed.external.map((r) => r.key))];
  const held = new Map<string, string[]>();
  for (const batch of chunks(keys)) {
    for (const row of await run(tx, READ_KEYS, { keys: batch })) held.set(row.key as string, row.labels as string[]);
  }
  const missing = seed.external.filter((r) => {
    const labels = [...(held.get(r.key) ?? []), ...(available?.get(r.key) ?? [])];
    return !labels.includes(labelOf(r.kind));
  });
  if (missing.length === 0) return [];
  const graphKeys = new Map<Kind, string[]>();
  for (const kind of new Set(missing.map((r) => r.kind))) {
    const rows = await run(tx, READ_LABEL_KEYS, { label: labelOf(kind) });
    graphKeys.set(kind, rows.map((row) => row.key as string));
  }
  return missing.map((r) => ({
    file: seed.displayPath,
    line: r.line,
    path: r.path,
    message:
      `unknown ${r.kind} "${r.key}": ` +
      (r.from === 'graph'
        ? `neither this file, an earlier year's seed file nor the graph defines it${didYouMean(r.key, graphKeys.get(r.kind)!)}`
        : `${r.from} defines it, but the graph does not hold it yet: import that file first (or in the same run)`),
  }));
}

/** checkReferenced on its own, before a run writes anything: the import checks every file of the run first. */
export async function referenceProblems(executor: Executor, seed: LoadedSeed, available: Available): Promise<Problem[]> {
  if (seed.external.length === 0) return [];
  return executor.readTransaction((tx) => checkReferenced(tx, seed, available));
}

async function importPlan(
  tx: ManagedTransaction,
  plan: Plan,
  seed: LoadedSeed,
  dryRun: boolean,
  progress: ImportProgress,
  available: Available | undefined,
  announcement: Announcement | undefined,
): Promise<Omit<ImportSummary, 'ms'> | { problems: Problem[] }> {
  if (!dryRun) await tx.run(LOCK_GRAPH);
  // Returned, not thrown: the executor would turn an error thrown in the transaction into a generic one.
  const problems = await checkReferenced(tx, seed, available);
  if (problems.length) return { problems };
  const stamp = { reportKey: plan.reportKey, year: plan.year, region: plan.region };
  const nodes: Record<string, Tally> = {};
  const relationships: Record<string, Tally> = {};
  const changes: FactChange[] = [];

  // Nodes: read what exists, merge, keep what changes.
  const existingNodes = new Map<string, { labels: string[]; props: Props }>();
  for (const batch of chunks(plan.nodes)) {
    for (const row of await run(tx, READ_NODES, { keys: batch.map((n) => n.key) })) {
      existingNodes.set(row.key as string, { labels: row.labels as string[], props: row.props as Props });
    }
  }
  const nodeWrites: { key: string; labels: string[]; props: Record<string, unknown> }[] = [];
  for (const row of plan.nodes) {
    const existing = existingNodes.get(row.key);
    const props = mergeNode(existing?.props, row, stamp);
    const labels = [Label.Entity, ...row.labels];
    const sameLabels = !!existing && labels.every((l) => existing.labels.includes(l));
    const outcome = !existing ? 'created' : sameLabels && sameProps(existing.props, props) ? 'unchanged' : 'updated';
    tally(nodes, row.labels.join('+'), outcome);
    const line = seed.lines.entities[row.key] ?? seed.lines.entities[row.lists.identifiers?.find((k) => seed.lines.entities[String(k)] !== undefined) as string];
    if (outcome === 'created') changes.push({ change: 'created', fact: row.key, year: plan.year, line });
    if (outcome === 'updated') {
      if (!sameLabels) changes.push({ change: 'updated', fact: row.key, field: 'labels', old: existing!.labels, new: labels, year: plan.year, line });
      const fields = fieldChanges(existing!.props, props);
      for (const c of fields) changes.push({ change: 'updated', fact: row.key, ...c, year: plan.year, line });
      if (sameLabels && fields.length === 0) changes.push({ change: 'restated', fact: row.key, year: plan.year, line });
    }
    if (outcome !== 'unchanged') nodeWrites.push({ key: row.key, labels, props: toNeo4jValues(props) });
  }

  // Relationships: the same, identified by (from, type, rid, to).
  const existingRels = new Map<number, { id: string; props: Props }>();
  const indexed = plan.rels.map((r, i) => ({ i, type: r.type, from: r.from, to: r.to, rid: r.rid }));
  for (const batch of chunks(indexed)) {
    for (const row of await run(tx, READ_RELS, { rows: batch })) {
      existingRels.set(row.i as number, { id: row.id as string, props: row.props as Props });
    }
  }
  const relCreates: { type: string; from: string; to: string; props: Record<string, unknown> }[] = [];
  const relUpdates: { id: string; props: Record<string, unknown> }[] = [];
  plan.rels.forEach((row, i) => {
    const existing = existingRels.get(i);
    const props = mergeRel(existing?.props, row, stamp);
    const outcome = !existing ? 'created' : sameProps(existing.props, props) ? 'unchanged' : 'updated';
    tally(relationships, row.type, outcome);
    const line = relLine(seed, row);
    if (outcome === 'created') changes.push({ change: 'created', fact: relName(row), year: plan.year, line });
    if (outcome === 'updated') {
      const fields = fieldChanges(existing!.props, props);
      for (const c of fields) changes.push({ change: 'updated', fact: relName(row), ...c, year: plan.year, line });
      if (fields.length === 0) changes.push({ change: 'restated', fact: relName(row), year: plan.year, line });
    }
    if (!existing) relCreates.push({ type: row.type, from: row.from, to: row.to, props: toNeo4jValues(props) });
    else if (outcome === 'updated') relUpdates.push({ id: existing.id, props: toNeo4jValues(props) });
  });

  const changed = nodeWrites.length + relCreates.length + relUpdates.length > 0;
  const base = {
    file: seed.displayPath,
    report: plan.reportKey,
    checksum: seed.checksum,
    dryRun,
    changed,
    nodes,
    relationships,
    rows: plan.nodes.length + plan.rels.length,
    changes,
    references: seed.external.map((r) => ({ key: r.key, kind: r.kind, from: r.from, line: r.line })),
  };
  if (dryRun || !changed) return base;

  let written = 0;
  const total = nodeWrites.length + relCreates.length + relUpdates.length;
  const report = (n: number) => {
    written += n;
    if (total > BATCH_SIZE) progress(`  ${seed.displayPath}: ${written}/${total} rows written`);
  };
  for (const batch of chunks(nodeWrites)) {
    await tx.run(WRITE_NODES, { rows: batch });
    report(batch.length);
  }
  for (const batch of chunks(relCreates)) {
    await tx.run(CREATE_RELS, { rows: batch });
    report(batch.length);
  }
  for (const batch of chunks(relUpdates)) {
    await tx.run(UPDATE_RELS, { rows: batch });
    report(batch.length);
  }
  if (announcement) await leasesEnded(announcement);
  const sum = (m: Record<string, Tally>, k: keyof Tally) => Object.values(m).reduce((s, t) => s + t[k], 0);
  const importRunId = randomUUID();
  await tx.run(RECORD_RUN, {
    report: plan.reportKey,
    id: importRunId,
    file: seed.displayPath,
    checksum: seed.checksum,
    rows: neo4j.int(base.rows),
    nodesCreated: neo4j.int(sum(nodes, 'created')),
    nodesUpdated: neo4j.int(sum(nodes, 'updated')),
    relsCreated: neo4j.int(sum(relationships, 'created')),
    relsUpdated: neo4j.int(sum(relationships, 'updated')),
    imported: Rel.Imported,
    meta: Label.GraphMeta,
  });
  return { ...base, importRunId };
}

/** Imports one validated seed file in one transaction (or, with dryRun, only reads and reports). */
export async function writeSeed(
  executor: Executor,
  seed: LoadedSeed,
  options: { dryRun?: boolean; progress?: ImportProgress; timeoutMs?: number; available?: Available } = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const plan = planSeed(seed.data);
  const dryRun = options.dryRun ?? false;
  const progress = options.progress ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  // Announced before the transaction starts, so that the wait for the replicas' leases overlaps the import's work.
  const announcement = dryRun ? undefined : await announce(executor, timeoutMs);
  const work = (tx: ManagedTransaction) => importPlan(tx, plan, seed, dryRun, progress, options.available, announcement);
  let result: Awaited<ReturnType<typeof work>>;
  try {
    result = dryRun ? await executor.readTransaction(work, { timeoutMs }) : await executor.writeTransaction(work, { timeoutMs });
  } finally {
    if (announcement) await withdraw(executor, announcement.id);
  }
  // Nothing was written but the lock's set-and-remove (and the announcement, withdrawn since).
  if ('problems' in result) throw new SeedValidationError(result.problems);
  return { ...result, ms: Math.round(performance.now() - started) };
}

/** How many reports the graph holds (0: an empty graph, to be seeded). */
export async function reportCount(executor: Executor): Promise<number> {
  const rows = await executor.read<{ reports: number }>('MATCH (r:$($label)) RETURN count(r) AS reports', {
    label: Label.Report,
  });
  return rows[0]?.reports ?? 0;
}

/** The reports the graph holds, oldest first: the CLI names them before it writes. */
export async function graphReports(executor: Executor): Promise<{ key: string; region: string; year: number }[]> {
  return executor.read(
    'MATCH (r:$($label)) RETURN r.key AS key, r.region AS region, r.year AS year ORDER BY year, key',
    { label: Label.Report },
  );
}
