/**
 * A bulk loader for the large benchmark graph, used only when the project's importer cannot load it within the run's
 * time budget (the importer's own speed is measured and reported first, on the same files).
 *
 * It builds exactly the graph the importer builds: the files are validated by the project's loader, turned into rows
 * by the project's planSeed and merged year after year by the project's mergeNode / mergeRel (the same pure
 * functions the writer uses), and only the final state of every node and relationship is written — with CREATE and
 * static labels and types, in batches of their own transactions. ImportRun and GraphMeta bookkeeping is written as
 * the writer writes it. `tsx bench/bulk-load.ts --uri … <files…>` prints one JSON line.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { applyGraphContract } from '../src/db/graph-contract.js';
import { toNeo4jValues as toNeo4j } from '../src/graph/codecs.js';
import { Label, Rel } from '../src/graph/vocabulary.js';
import { loadSeedFiles } from '../src/import/load.js';
import { mergeNode, mergeRel, sameProps, type Props } from '../src/import/merge.js';
import { planSeed } from '../src/import/plan.js';

export interface BulkResult {
  files: number;
  nodes: number;
  relationships: number;
  planMs: number;
  writeMs: number;
}

export async function bulkLoad(executor: Executor, files: string[], log: (line: string) => void = () => {}): Promise<BulkResult> {
  const t0 = performance.now();
  const nodes = new Map<string, { labels: Set<string>; props: Props }>();
  const rels = new Map<string, { type: string; from: string; to: string; props: Props }>();
  const runs: { report: string; file: string; checksum: string; rows: number; nc: number; nu: number; rc: number; ru: number }[] = [];

  // One file at a time, in the order given, which must be oldest year first (the order importSeeds imports in).
  let lastYear = -Infinity;
  for (const file of files) {
    const r = loadSeedFiles([file]);
    if (!r.ok) throw new Error(`${file}: ${r.problems.slice(0, 3).map((p) => p.message).join('; ')}`);
    const seed = r.seeds[0]!;
    if (seed.data.report.year < lastYear) throw new Error(`${file}: give the files oldest year first`);
    lastYear = seed.data.report.year;
    const plan = planSeed(seed.data);
    const stamp = { reportKey: plan.reportKey, year: plan.year };
    const tally = { nc: 0, nu: 0, rc: 0, ru: 0 };
    for (const row of plan.nodes) {
      const existing = nodes.get(row.key);
      const props = mergeNode(existing?.props, row, stamp);
      const labels = new Set([Label.Entity, ...row.labels, ...(existing?.labels ?? [])]);
      if (!existing) tally.nc++;
      else if (labels.size !== existing.labels.size || !sameProps(existing.props, props)) tally.nu++;
      nodes.set(row.key, { labels, props });
    }
    for (const row of plan.rels) {
      const id = JSON.stringify([row.type, row.from, row.rid, row.to]);
      const existing = rels.get(id);
      const props = mergeRel(existing?.props, row, stamp);
      if (!existing) tally.rc++;
      else if (!sameProps(existing.props, props)) tally.ru++;
      rels.set(id, { type: row.type, from: row.from, to: row.to, props });
    }
    runs.push({ report: plan.reportKey, file: seed.displayPath, checksum: seed.checksum, rows: plan.nodes.length + plan.rels.length, ...tally });
    log(`  planned ${plan.reportKey}: ${nodes.size} nodes, ${rels.size} relationships so far`);
  }
  const planMs = performance.now() - t0;

  await applyGraphContract(executor);
  const t1 = performance.now();
  const write = async (cypher: string, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += 10_000) {
      await executor.writeTransaction((tx) => tx.run(cypher, { rows: rows.slice(i, i + 10_000) }));
    }
  };
  const byLabels = new Map<string, Record<string, unknown>[]>();
  for (const n of nodes.values()) {
    const labels = [...n.labels].sort().join(':');
    if (!byLabels.has(labels)) byLabels.set(labels, []);
    byLabels.get(labels)!.push({ props: toNeo4j(n.props) });
  }
  const known = new Set<string>(Object.values(Label));
  for (const [labels, rows] of byLabels) {
    if (!labels.split(':').every((l) => known.has(l))) throw new Error(`unexpected labels ${labels}`);
    await write(`UNWIND $rows AS row CREATE (n:${labels}) SET n = row.props`, rows);
    log(`  wrote ${rows.length} :${labels} nodes`);
  }
  const byType = new Map<string, Record<string, unknown>[]>();
  for (const r of rels.values()) {
    if (!byType.has(r.type)) byType.set(r.type, []);
    byType.get(r.type)!.push({ from: r.from, to: r.to, props: toNeo4j(r.props) });
  }
  const types = new Set<string>(Object.values(Rel));
  for (const [type, rows] of byType) {
    if (!types.has(type)) throw new Error(`unexpected relationship type ${type}`);
    await write(
      `UNWIND $rows AS row MATCH (a:${Label.Entity} {key: row.from}) MATCH (b:${Label.Entity} {key: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`,
      rows,
    );
    log(`  wrote ${rows.length} :${type} relationships`);
  }
  // The writer's bookkeeping: one ImportRun per report and the graph version. Without the writer's announcement
  // (src/graph/version-lease.ts) and in many transactions: only for a graph no API is answering from yet, as the
  // benchmark uses it (its last step at L is the real importer, which announces itself).
  for (const run of runs) {
    await executor.writeTransaction((tx) =>
      tx.run(
        `MATCH (report:${Label.Report} {key: $report})
         CREATE (run:${Label.ImportRun} {id: $id, file: $file, checksum: $checksum, at: datetime(), rows: $rows,
           nodesCreated: $nc, nodesUpdated: $nu, relsCreated: $rc, relsUpdated: $ru})
         CREATE (run)-[:${Rel.Imported}]->(report)
         MERGE (meta:${Label.GraphMeta} {id: 'graph'})
         SET meta.version = coalesce(meta.version, 0) + 1, meta.updatedAt = datetime()`,
        {
          report: run.report,
          id: randomUUID(),
          file: run.file,
          checksum: run.checksum,
          rows: neo4j.int(run.rows),
          nc: neo4j.int(run.nc),
          nu: neo4j.int(run.nu),
          rc: neo4j.int(run.rc),
          ru: neo4j.int(run.ru),
        },
      ),
    );
  }
  await executor.runSchemaStatement('CALL db.awaitIndexes(600)');
  return { files: files.length, nodes: nodes.size, relationships: rels.size, planMs: Math.round(planMs), writeMs: Math.round(performance.now() - t1) };
}

if (process.argv[1]?.endsWith('bulk-load.ts')) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { uri: { type: 'string' } } });
  if (!values.uri || positionals.length === 0) {
    console.error('usage: bench/bulk-load.ts --uri bolt://… <seed files…>');
    process.exit(2);
  }
  const driver = createDriver({ uri: values.uri, user: 'neo4j', password: '' });
  const executor = new Executor(driver, { database: 'neo4j', txTimeoutMs: 600_000 });
  try {
    const result = await bulkLoad(executor, positionals, (line) => console.error(line));
    console.log(JSON.stringify(result));
  } finally {
    await driver.close();
  }
}
