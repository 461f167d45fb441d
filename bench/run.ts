/**
 * `npm run bench` (quick: scales S and M, short runs) and `npm run bench -- --scale L` (full: S, M and L).
 *
 * One Neo4j for the whole run; four servers, each in its own process, over it: botnia-graph (createApp) cold
 * (RESPONSE_CACHE_MB=0), the same with its response cache on (RESPONSE_CACHE_MB=64: the warm column), @neo4j/graphql 7
 * on Apollo Server 5, and the raw-driver floor. For each scale: import the data through the project's importer
 * (timed), find the query parameters, verify that every server answers every query with the same data, load each
 * (query, server) with autocannon (responses checked), then a measured pass on instrumented instances (cold) for
 * Neo4j's own time, round trips and PROFILE db hits. Results: bench/results/<date>-<mode>.md, latest.json.
 *
 * Options: --scale S|M|L, --quick, --connections N, --warmup S, --prime S, --duration S, --rounds N, --only q1,q2, --cpu-prof,
 * --import-budget-min N (how long the importer may spend on the first L year, default 5), --keep, --out DIR.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { LocalNeo4j, freePort } from '../src/db/local-neo4j.js';
import { createDriver } from '../src/db/driver.js';
import { Label } from '../src/graph/vocabulary.js';
import { generate, SCALES } from './generate.js';
import { BENCH_DIR, REPO_DIR, runTs, spawnTs, startServer, type RunningServer } from './lib/proc.js';
import { errorsOf, runLoad, type LoadResult } from './lib/load.js';
import { cpuSnapshot, foreignShare } from './lib/cpu.js';
import { profile } from './lib/profile.js';
import { summarizeCpuProfile, type CpuSummary } from './lib/cpuprof.js';
import { markdown, ratio, type Cell, type Goal, type ImportStats, type Results, type ScaleResult } from './lib/report.js';
import { findParams, QUERIES, SERVER_LABEL, SERVERS, speaks, type Body, type QueryParams, type QueryServer, type QuerySpec, type ServerName } from './queries.js';
import type { Recorded } from './servers/stats.js';

// ---------------------------------------------------------------------------------------------------------------
// Options

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'M' },
    quick: { type: 'boolean', default: false },
    connections: { type: 'string' },
    warmup: { type: 'string' },
    prime: { type: 'string' },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    only: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    'import-budget-min': { type: 'string' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(BENCH_DIR, 'results') },
  },
});
const target = values.quick ? 'M' : String(values.scale).toUpperCase();
if (!['S', 'M', 'L'].includes(target)) throw new Error('--scale is S, M or L');
const mode: 'quick' | 'full' = target === 'L' ? 'full' : 'quick';
const scales = ['S', 'M', 'L'].slice(0, ['S', 'M', 'L'].indexOf(target) + 1);
const settings = {
  connections: Number(values.connections ?? 8),
  warmupS: Number(values.warmup ?? (mode === 'full' ? 3 : 1)),
  /**
   * Seconds of unmeasured load per (query, server) once, before the first measurement of the run. A server's first
   * tens of seconds of load run slower while V8 (and Neo4j's JVM) compile its hot code: measured on this machine, our
   * API went 155 → 320 → 640 → 780 req/s over its first four 10 s lookups, and the floor 76 → 273 → 400 → 600 on the
   * nested query. Without this, whichever server came first at the first scale was measured while still warming up.
   */
  primeS: Number(values.prime ?? (mode === 'full' ? 4 : 2)),
  durationS: Number(values.duration ?? (mode === 'full' ? 10 : 3)),
  /**
   * The measured time of a (query, server) is split into this many rounds, the servers taking turns, and each
   * server's median round is kept. On this shared machine, foreign load comes in bursts of seconds: with one window
   * per server, a burst decided a ratio (in one full run, the floor measured 20 % below our API on a lookup that is a
   * subset of our work, and our nested query 0.61x the floor where A/B runs give 0.8-0.9x).
   */
  rounds: Math.max(1, Math.round(Number(values.rounds ?? (mode === 'full' ? 3 : 1)))),
  measuredRequests: mode === 'full' ? 20 : 5,
  /** a measurement during which other processes used more than this share of the CPU is repeated (up to `retries`) */
  foreignLimit: mode === 'full' ? 0.25 : 0.4,
  retries: mode === 'full' ? 2 : 1,
  pageCache: mode === 'full' ? '2g' : '1g',
  heap: '4g',
};
const verifyTimeoutMs = mode === 'full' ? 120_000 : 30_000;
const loadTimeoutS = mode === 'full' ? 30 : 10;
const importBudgetMs = Number(values['import-budget-min'] ?? 5) * 60_000;
const only = values.only ? new Set(values.only.split(',')) : undefined;
const queries = QUERIES.filter((q) => !only || only.has(q.id));
const started = new Date();
const stamp = started.toISOString().slice(0, 10);
const log = (line: string) => console.error(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);

// ---------------------------------------------------------------------------------------------------------------
// The database side

async function cypher<T = Record<string, unknown>>(driver: Driver, text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const r = await driver.executeQuery(text, params, { database: 'neo4j' });
  return r.records.map((x) => {
    const o = x.toObject() as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) if (neo4j.isInt(v)) o[k] = v.toNumber();
    return o as T;
  });
}

/** Ends every transaction still running (a client that timed out leaves its query running in Neo4j). */
async function endStragglers(driver: Driver): Promise<number> {
  const running = async () =>
    cypher<{ id: string }>(
      driver,
      `SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' AND NOT currentQuery STARTS WITH 'TERMINATE' RETURN id`,
    );
  // Requests in flight when the load stopped finish on their own within a moment; what is left is ended.
  for (let i = 0; i < 10; i++) {
    if ((await running()).length === 0) return 0;
    await new Promise((r) => setTimeout(r, 100));
  }
  let ended = 0;
  for (let i = 0; i < 30; i++) {
    const rows = await running();
    if (rows.length === 0) return ended;
    ended += rows.length;
    await cypher(driver, 'TERMINATE TRANSACTIONS $ids', { ids: rows.map((r) => r.id) }).catch(() => []);
    await new Promise((r) => setTimeout(r, 300));
  }
  return ended;
}

/**
 * Empties the graph for the next scale but keeps its version node, so that every import of the run bumps the version
 * past all earlier ones: the warm server's cache is keyed on it, and a version counted again from 0 could answer the
 * next scale's requests from the previous scale's entries.
 */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run(`MATCH (n) WHERE NOT n:${Label.GraphMeta} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
  } finally {
    await session.close();
  }
}

async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const [n] = await cypher<{ c: number }>(driver, 'MATCH (n) RETURN count(n) AS c');
  const [r] = await cypher<{ c: number }>(driver, 'MATCH ()-[r]->() RETURN count(r) AS c');
  const out: Record<string, number> = { nodes: n!.c, relationships: r!.c };
  for (const label of ['Organization', 'Project', 'Person', 'Seat', 'Funder', 'Body']) {
    const [x] = await cypher<{ c: number }>(driver, `MATCH (n:${label}) RETURN count(n) AS c`);
    out[label.toLowerCase() + 's'] = x!.c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Import

interface ImportLine {
  file: string;
  report: string;
  rows: number;
  ms: number;
  wallMs: number;
}

interface ImportRun {
  files: ImportLine[];
  stoppedByBudget: boolean;
  killed: boolean;
  /** where the file in progress was when the budget stopped the importer */
  partial?: { atMs: number; written: number; total: number };
}

async function importWithProjectImporter(uri: string, files: string[], budgetMs: number): Promise<ImportRun> {
  let last = '';
  let killed = false;
  const child = spawnTs('import', 'import.ts', ['--uri', uri, '--budget-ms', String(budgetMs), ...files], {
    nodeFlags: ['--max-old-space-size=12000'],
    onLine: (line, stream) => {
      if (stream === 'out' && line.trim()) last = line;
      else if (stream === 'err' && (!line.includes('PROGRESS') || /PROGRESS \d+ ms \d*0000\//.test(line))) log(line.trim());
    },
  });
  // A single file can take longer than the whole budget: stop the importer then (its transaction rolls back).
  const timer = setTimeout(() => {
    killed = true;
    log(`import budget of ${Math.round(budgetMs / 60_000)} min spent inside a file: stopping the importer`);
    void child.stop();
  }, budgetMs);
  const code = await new Promise<number | null>((resolve) => child.proc.once('exit', resolve));
  clearTimeout(timer);
  if (killed) {
    // The importer prints its summary only at the end; what finished was logged line by line, and the file in
    // progress reported its write phase.
    const done = child.tail
      .map((l) => /imported (\S+): (\d+) rows in (\d+) ms .*wall (\d+) ms/.exec(l))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => ({ file: '', report: m[1]!, rows: Number(m[2]), ms: Number(m[3]), wallMs: Number(m[4]) }));
    const progress = child.tail.map((l) => /PROGRESS (\d+) ms (\d+)\/(\d+) rows written/.exec(l)).filter((m): m is RegExpExecArray => !!m).pop();
    const partial = progress ? { atMs: Number(progress[1]), written: Number(progress[2]), total: Number(progress[3]) } : undefined;
    return { files: done, stoppedByBudget: true, killed, partial };
  }
  if (code !== 0) throw new Error(`import failed:\n${child.tail.join('\n')}`);
  const parsed = JSON.parse(last) as { files: ImportLine[]; stoppedByBudget: boolean };
  return { ...parsed, killed };
}

function importStats(method: string, files: number, lines: ImportLine[], wallMs: number, stopped: boolean): ImportStats {
  const rows = lines.reduce((s, l) => s + l.rows, 0);
  const ms = lines.reduce((s, l) => s + l.ms, 0);
  const first = lines[0];
  const later = lines.slice(1);
  const laterRows = later.reduce((s, l) => s + l.rows, 0);
  const laterMs = later.reduce((s, l) => s + l.ms, 0);
  return {
    method,
    files,
    filesImported: lines.length,
    rows,
    writerMs: ms,
    wallMs,
    rowsPerSec: ms ? (rows / ms) * 1000 : 0,
    firstFile: first && lines.length > 1 ? { rows: first.rows, ms: first.ms, rowsPerSec: (first.rows / first.ms) * 1000 } : undefined,
    laterRowsPerSec: laterMs ? (laterRows / laterMs) * 1000 : undefined,
    stoppedByBudget: stopped,
    perFile: lines.map((l) => ({ report: l.report, rows: l.rows, ms: l.ms, wallMs: l.wallMs })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Servers

type Servers = Record<ServerName, RunningServer>;
/** The measured pass runs cold only: the warm server has no instrumented twin. */
type Measured = Record<QueryServer, RunningServer>;
const pathOf = (server: ServerName) => (server === 'floor' ? '/' : '/graphql');

async function post(port: number, server: ServerName, body: string, timeoutMs: number): Promise<{ status: number; text: string; ms: number }> {
  const t = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}${pathOf(server)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - t };
}

async function stats(s: RunningServer, reset = false): Promise<{ roundTrips: number; neo4jMs: number; statements: Recorded[] }> {
  const res = await fetch(`http://127.0.0.1:${s.statsPort}/${reset ? 'reset' : ''}`);
  const x = (await res.json()) as { roundTrips: number; availableMs: number; consumedMs: number; statements: Recorded[] };
  return { roundTrips: x.roundTrips, neo4jMs: x.availableMs + x.consumedMs, statements: x.statements };
}

const norm = (c: string) => c.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'botnia-bench-'));
  mkdirSync(values.out!, { recursive: true });
  const profileFile = path.join(values.out!, `${stamp}-${mode}-profiles.txt`);
  writeFileSync(profileFile, `PROFILE plans of one request per (scale, query, server), ${started.toISOString()}\n`);
  const cpuDir = path.join(tmp, 'cpuprof');
  const results: Results = {
    date: started.toISOString(),
    mode,
    commit: execSync('git rev-parse --short HEAD', { cwd: REPO_DIR }).toString().trim(),
    workingTree: (() => {
      const dirty = execSync('git status --porcelain -- src schema', { cwd: REPO_DIR }).toString().trim().split('\n').filter(Boolean).length;
      return dirty ? `${dirty} uncommitted change(s) under src/ and schema/ at start` : '';
    })(),
    machine: { cpus: os.cpus().length, node: process.versions.node, loadavgStart: os.loadavg(), loadavgEnd: [] },
    settings,
    caching:
      'Every figure is cold (our API with RESPONSE_CACHE_MB=0; the peer and the floor have no cache) except the rows "botnia-graph (warm: cache on)": ' +
      'our API in a process of its own with its response cache on (RESPONSE_CACHE_MB=64), sent the same requests, so that under load it answers them from the cache, with the graph version under its lease (no database read for most requests); ' +
      'it has no measured pass (1-req ms, Neo4j ms, round trips, db hits: –). Every goal but the warm one is cold.',
    scales: [],
    ratios: { vsNeo4jGraphql: null, vsRawFloor: null, scale: '', query: 'nested' },
    ratiosByScale: {},
    growth: {},
    goals: [],
    notExpressible: {},
    notes: [],
  };
  for (const q of QUERIES) for (const [server, why] of Object.entries(q.notExpressible ?? {})) results.notExpressible[`${q.id} (${SERVER_LABEL[server as ServerName]})`] = why;

  log(`mode ${mode}: scales ${scales.join(', ')}; ${settings.connections} connections, ${settings.warmupS} s warm-up, ${settings.durationS} s measured in ${settings.rounds} round(s), servers primed ${settings.primeS} s per query first; temp ${tmp}`);
  // The servers connect lazily, so they start while Neo4j does.
  const port = await freePort();
  const uri = `bolt://127.0.0.1:${port}`;
  const env = { NEO4J_URI: uri, NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_ON_START: 'false' };
  // Our API cold (the goals are cold), and once more warm: the same requests answered from its response cache.
  const botniaEnv = { ...env, RESPONSE_CACHE_MB: '0' };
  const warmEnv = { ...env, RESPONSE_CACHE_MB: '64' };
  // One folder per server: tsx's module-hooks worker thread writes a profile of its own next to the main thread's.
  const profFlags = (name: string) => (values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.join(cpuDir, name)}`] : []);
  const running: RunningServer[] = [];
  const serversStarting = Promise.allSettled([
    startServer('botnia', 'servers/botnia.ts', botniaEnv, profFlags('botnia')),
    startServer('botnia-warm', 'servers/botnia.ts', warmEnv, profFlags('botnia-warm')),
    startServer('neo4j-graphql', 'servers/neo4j-graphql.ts', env, profFlags('neo4j-graphql')),
    startServer('floor', 'servers/floor.ts', env, profFlags('floor')),
    startServer('botnia-instrumented', 'servers/botnia.ts', { ...botniaEnv, BENCH_INSTRUMENT: '1' }),
    startServer('neo4j-graphql-instrumented', 'servers/neo4j-graphql.ts', { ...env, BENCH_INSTRUMENT: '1' }),
  ]).then((settled) => {
    for (const x of settled) if (x.status === 'fulfilled') running.push(x.value);
    const failed = settled.find((x): x is PromiseRejectedResult => x.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((x) => (x as PromiseFulfilledResult<RunningServer>).value);
  });
  let db: LocalNeo4j;
  try {
    db = await LocalNeo4j.start({
      port,
      dataDir: path.join(tmp, 'neo4j'),
      pageCache: settings.pageCache,
      jvmOptions: [`-Xmx${settings.heap}`],
      progress: log,
    });
  } catch (error) {
    await serversStarting.catch(() => {});
    for (const x of running) await x.child.stop();
    throw error;
  }
  const driver = createDriver({ uri: db.uri, user: 'neo4j', password: '' });
  try {
    const up = (await serversStarting) as RunningServer[];
    const [botnia, botniaWarm, peer, floor, botniaI, peerI] = up as [RunningServer, RunningServer, RunningServer, RunningServer, RunningServer, RunningServer];
    log('Neo4j and the servers are up (each server in its own process)');
    const load: Servers = { botnia, botniaWarm, neo4jGraphql: peer, floor };
    const measured: Measured = { botnia: botniaI, neo4jGraphql: peerI, floor };
    ours.pids = [process.pid, ...(db.pid ? [db.pid] : []), ...up.map((x) => x.child.proc.pid ?? 0)];

    for (const scale of scales) {
      const result = await runScale(scale, driver, uri, tmp, load, measured, profileFile);
      results.scales.push(result);
    }
  } finally {
    for (const s of running) await s.child.stop();
    await driver.close();
    await db.stop();
    results.machine.loadavgEnd = os.loadavg();
  }

  if (values['cpu-prof'] && existsSync(cpuDir)) {
    results.cpuProfiles = {};
    for (const server of readdirSync(cpuDir)) {
      // The main thread is the profile with the most non-idle samples.
      const summaries = readdirSync(path.join(cpuDir, server))
        .filter((x) => x.endsWith('.cpuprofile'))
        .map((x) => summarizeCpuProfile(path.join(cpuDir, server, x)));
      const busy = (x: CpuSummary) => x.totalSamples * (1 - (x.byPackage.find((p) => p.name === '(idle)')?.share ?? 0));
      const main = summaries.sort((a, b) => busy(b) - busy(a))[0];
      if (main) results.cpuProfiles[server] = { ...main, file: path.basename(main.file) };
    }
  }
  summarize(results);
  const md = markdown(results);
  const mdFile = path.join(values.out!, `${stamp}-${mode}.md`);
  writeFileSync(mdFile, md + '\n');
  writeFileSync(path.join(values.out!, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(md);
  log(`written ${path.relative(REPO_DIR, mdFile)}, ${path.relative(REPO_DIR, path.join(values.out!, 'latest.json'))}, ${path.relative(REPO_DIR, profileFile)}`);
  if (!values.keep) rmSync(tmp, { recursive: true, force: true });
  else log(`kept ${tmp}`);
}

/**
 * L: (a) the project's importer on the first year into an empty graph, within the time budget (that file meets an
 * empty-graph query plan: see the notes); (b) the graph of every year but the last two, written by the bulk loader
 * (the importer's own planning and merge functions, bench/bulk-load.ts); (c) the project's importer on the last two
 * years, into the large graph: its steady-state speed at L.
 */
async function importLarge(uri: string, driver: Driver, files: string[]): Promise<ImportStats> {
  const t0 = performance.now();
  log(`L (a): the importer on the first year, into an empty graph (budget ${Math.round(importBudgetMs / 60_000)} min)`);
  const first = await importWithProjectImporter(uri, files.slice(0, 1), importBudgetMs);
  await endStragglers(driver);
  await wipe(driver);
  log(`L (b): the bulk loader for ${files.length - 2} years`);
  const bulkOut = await runTs('bulk-load', 'bulk-load.ts', ['--uri', uri, ...files.slice(0, -2)], {
    nodeFlags: ['--max-old-space-size=12000'],
    onStderr: (l) => log(l.trim()),
  });
  const bulk = JSON.parse(bulkOut) as NonNullable<ImportStats['bulk']>;
  const before = await graphCounts(driver);
  log(`L (c): the importer on the last two years, into a graph of ${before.nodes} nodes and ${before.relationships} relationships`);
  const last = await importWithProjectImporter(uri, files.slice(-2), 60 * 60_000);
  const stats = importStats('the importer on the last 2 years into the bulk-loaded graph of the first 18', files.length, last.files, performance.now() - t0, false);
  stats.bulk = bulk;
  const f = first.files[0];
  if (f) stats.firstFile = { rows: f.rows, ms: f.ms, rowsPerSec: (f.rows / f.ms) * 1000 };
  else if (first.partial) {
    stats.firstFile = { rows: first.partial.written, ms: first.partial.atMs, rowsPerSec: (first.partial.written / first.partial.atMs) * 1000, partial: true, totalRows: first.partial.total } as ImportStats['firstFile'];
  }
  stats.laterRowsPerSec = stats.rowsPerSec;
  stats.note =
    `first year into an empty graph: ${f ? `${f.rows} rows in ${(f.ms / 1000).toFixed(0)} s` : first.partial ? `not finished within ${Math.round(importBudgetMs / 60_000)} min (${first.partial.written} of ${first.partial.total} rows written after ${(first.partial.atMs / 1000).toFixed(0)} s; rolled back)` : `not finished within ${Math.round(importBudgetMs / 60_000)} min`}; ` +
    `years 1–${files.length - 2} bulk-loaded (${bulk.nodes} nodes, ${bulk.relationships} relationships in ${((bulk.planMs + bulk.writeMs) / 1000).toFixed(0)} s); ` +
    `the importer then took the last two years into a graph of ${(before.relationships ?? 0).toLocaleString('en')} relationships`;
  return stats;
}

/** 1. Data, through the project's importer (the bulk loader at L when the importer cannot within its budget). */
async function loadData(scale: string, driver: Driver, uri: string, tmp: string): Promise<{ params: QueryParams; result: ScaleResult }> {
  let files: string[];
  if (scale === 'S') files = [path.join(REPO_DIR, 'seeds/2020/keski-pohjanmaa.yaml')];
  else {
    const g = generate(SCALES[scale as 'M' | 'L'], path.join(tmp, `seeds-${scale}`));
    log(`generated ${g.files.length} files, ${(g.bytes / 1e6).toFixed(1)} MB`);
    files = g.files;
  }
  let importResult: ImportStats;
  if (scale !== 'L') {
    const t0 = performance.now();
    const imported = await importWithProjectImporter(uri, files, 60 * 60_000);
    importResult = importStats('importSeeds (src/import/import.ts), one call per file, from an empty graph', files.length, imported.files, performance.now() - t0, imported.stoppedByBudget);
  } else {
    importResult = await importLarge(uri, driver, files);
  }
  const graph = await graphCounts(driver);
  log(`graph: ${JSON.stringify(graph)}`);
  const params = await findParams(driver);
  return { params, result: { scale, graph, import: importResult, params: { ...params, lookupKeys: `${params.lookupKeys.length} organisation keys` }, queries: {} } };

}

/** 2. Verify: every server answers every variant, with the same data as ours. Returns the expected answers. */
async function verify(result: ScaleResult, params: QueryParams, load: Servers, driver: Driver, profileFile: string): Promise<Map<string, string[]>> {
  const { scale } = result;
  const expected = new Map<string, string[]>();
  for (const q of queries) {
    const bodies = q.bodies(params);
    const cells: Partial<Record<ServerName, Cell>> = {};
    const canon: Partial<Record<ServerName, unknown[]>> = {};
    for (const server of SERVERS) {
      const list = bodies[speaks(server)];
      if (!list) {
        cells[server] = { status: 'not expressible', note: q.notExpressible?.[speaks(server)] };
        continue;
      }
      const texts: string[] = [];
      const canons: unknown[] = [];
      let failure: string | undefined;
      for (const body of list) {
        try {
          const r = await post(load[server].port, server, JSON.stringify(body), verifyTimeoutMs);
          const json = JSON.parse(r.text) as { errors?: { message: string }[] };
          if (r.status !== 200 || json.errors) {
            failure = `HTTP ${r.status}: ${json.errors?.[0]?.message ?? r.text.slice(0, 120)}`;
            break;
          }
          texts.push(r.text);
          canons.push(q.canon(speaks(server), json));
        } catch (error) {
          failure = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${verifyTimeoutMs / 1000} s` : String(error);
          break;
        }
      }
      if (failure) {
        cells[server] = { status: 'failed', note: failure };
        log(`${q.id} ${server}: FAILED ${failure.slice(0, 160)}`);
        await endStragglers(driver);
        continue;
      }
      expected.set(`${q.id}/${server}`, texts);
      canon[server] = canons;
      cells[server] = { status: 'ok', bytes: Math.round(texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / texts.length) };
    }
    for (const server of SERVERS) {
      const c = cells[server];
      if (c?.status !== 'ok' || !canon.botnia || !canon[server]) continue;
      const mine = canon[server]!;
      const bad = mine.findIndex((x, i) => !isDeepStrictEqual(x, canon.botnia![i]));
      c.sameData = bad < 0;
      if (bad >= 0) {
        c.sameDataNote = `variant ${bad} differs`;
        appendFileSync(profileFile, `\n### DATA DIFFERENCE ${scale} ${q.id} ${server} variant ${bad}\nours: ${JSON.stringify(canon.botnia[bad]).slice(0, 2000)}\n${server}: ${JSON.stringify(mine[bad]).slice(0, 2000)}\n`);
      }
    }
    result.queries[q.id] = { title: q.title, paginated: q.paginated, cells };
  }
  log('verified: ' + queries.map((q) => `${q.id} ${SERVERS.map((s) => `${s}:${result.queries[q.id]!.cells[s]?.status}${result.queries[q.id]!.cells[s]?.sameData === false ? '(DIFFERENT DATA)' : ''}`).join(' ')}`).join('; '));

  return expected;
}

/** The load of one (query, server): its requests, each answer checked against the verified one. */
function loadOf(q: QuerySpec, server: ServerName, params: QueryParams, load: Servers, expected: Map<string, string[]>, timing: { warmupS: number; durationS: number }) {
  return runLoad({
    url: `http://127.0.0.1:${load[server].port}${pathOf(server)}`,
    bodies: q.bodies(params)[speaks(server)]!.map((b: Body) => JSON.stringify(b)),
    expected: expected.get(`${q.id}/${server}`)!,
    connections: settings.connections,
    warmupS: timing.warmupS,
    durationS: timing.durationS,
    timeoutS: loadTimeoutS,
  });
}

/** Every server, sent every query once for `primeS` seconds, unmeasured: the first scale measures warmed servers. */
let primed = false;
async function prime(result: ScaleResult, params: QueryParams, load: Servers, expected: Map<string, string[]>, driver: Driver): Promise<void> {
  if (primed || settings.primeS <= 0) return;
  primed = true;
  log(`priming: every (query, server) for ${settings.primeS} s, unmeasured`);
  for (const q of queries) {
    for (const server of SERVERS) {
      if (result.queries[q.id]!.cells[server]?.status !== 'ok') continue;
      await loadOf(q, server, params, load, expected, { warmupS: 0, durationS: settings.primeS });
      await endStragglers(driver);
    }
  }
}

/**
 * 3. Load, one (query, server) at a time, in `rounds` rounds: in each, every server in turn (the order rotating from
 * query to query and round to round) for its share of the warm-up and of the measured time. A server's cell keeps its
 * median round; `rounds` lists the req/s of all of them.
 */
async function measureLoad(result: ScaleResult, params: QueryParams, load: Servers, expected: Map<string, string[]>, driver: Driver): Promise<void> {
  const { scale } = result;
  await prime(result, params, load, expected, driver);
  const timing = { warmupS: settings.warmupS / settings.rounds, durationS: settings.durationS / settings.rounds };
  for (const [qi, q] of queries.entries()) {
    const taken = new Map<ServerName, Measurement[]>();
    for (let round = 0; round < settings.rounds; round++) {
      const order = SERVERS.map((_, i) => SERVERS[(i + qi + round) % SERVERS.length]!);
      for (const server of order) {
        if (result.queries[q.id]!.cells[server]!.status !== 'ok') continue;
        const m = await leastDisturbed(q, server, params, load, expected, driver, timing);
        if (!taken.has(server)) taken.set(server, []);
        taken.get(server)!.push(m);
        const l = m.load;
        log(`${scale} ${q.id.padEnd(10)} ${server.padEnd(12)} ${l.reqPerSec.toFixed(1).padStart(7)} req/s  p50 ${l.p50} p99 ${l.p99} ms  errors ${errorsOf(l)}${settings.rounds > 1 ? `  (round ${round + 1}/${settings.rounds})` : ''}`);
        if (l.sample) log(`  first wrong answer: ${l.sample.slice(0, 200)}`);
      }
    }
    for (const [server, rounds] of taken) {
      const cell = result.queries[q.id]!.cells[server]!;
      const median = [...rounds].sort((a, b) => a.load.reqPerSec - b.load.reqPerSec)[Math.floor((rounds.length - 1) / 2)]!;
      cell.load = median.load;
      cell.foreignCpu = median.foreign;
      cell.loadavg1 = median.loadavg1;
      cell.attempts = rounds.reduce((n, r) => n + r.attempts, 0);
      if (rounds.length > 1) cell.rounds = rounds.map((r) => Math.round(r.load.reqPerSec * 10) / 10);
      if (rounds.every((r) => r.load.responses === 0)) {
        cell.status = 'failed';
        cell.note = `no answer completed within the ${settings.durationS} s measurement`;
      }
    }
  }
}

interface Measurement {
  load: LoadResult;
  foreign: number | undefined;
  loadavg1: number;
  attempts: number;
}

/**
 * One measurement of a (query, server). The machine is shared: a measurement during which other processes took much
 * of the CPU is repeated, and the attempt with the least foreign load is kept.
 */
async function leastDisturbed(
  q: QuerySpec,
  server: ServerName,
  params: QueryParams,
  load: Servers,
  expected: Map<string, string[]>,
  driver: Driver,
  timing: { warmupS: number; durationS: number },
): Promise<Measurement> {
  let kept: Omit<Measurement, 'attempts'> | undefined;
  let attempts = 0;
  while (attempts <= settings.retries) {
    attempts++;
    const before = cpuSnapshot(ours.pids);
    const measured = await loadOf(q, server, params, load, expected, timing);
    const foreign = foreignShare(before, cpuSnapshot(ours.pids));
    if (!kept || (foreign ?? 1) < (kept.foreign ?? 1)) kept = { load: measured, foreign, loadavg1: os.loadavg()[0]! };
    await endStragglers(driver);
    if ((foreign ?? 0) <= settings.foreignLimit) break;
    log(`  other processes took ${Math.round((foreign ?? 0) * 100)} % of the CPU: measuring ${q.id}/${server} again`);
  }
  return { ...kept!, attempts };
}

/** 4. Measured pass: Neo4j's own time, round trips, statements (instrumented instances, sequential requests). */
async function measuredPass(result: ScaleResult, params: QueryParams, measured: Measured, driver: Driver, profileFile: string): Promise<void> {
  const { scale } = result;
  for (const q of queries) {
    const bodies = q.bodies(params);
    let oursStatements: string[] | undefined;
    // Ours first: the floor's statements are compared with those our API sent.
    for (const server of ['botnia', 'neo4jGraphql', 'floor'] as const) {
      const cell = result.queries[q.id]!.cells[server]!;
      if (cell.status !== 'ok') continue;
      const s = measured[server];
      const list = bodies[server]!.map((b: Body) => JSON.stringify(b));
      try {
        for (const body of list.slice(0, 2)) await post(s.port, server, body, verifyTimeoutMs);
        await stats(s, true);
        const one = await post(s.port, server, list[0]!, verifyTimeoutMs);
        const first = await stats(s);
        let n = 1;
        let dbMs = first.neo4jMs;
        let trips = first.roundTrips;
        let clientMs = one.ms;
        const deadline = performance.now() + (mode === 'full' ? 20_000 : 6_000);
        while (n < settings.measuredRequests && performance.now() < deadline) {
          await stats(s, true);
          const r = await post(s.port, server, list[n % list.length]!, verifyTimeoutMs);
          const st = await stats(s);
          dbMs += st.neo4jMs;
          trips += st.roundTrips;
          clientMs += r.ms;
          n++;
        }
        cell.neo4jMs = dbMs / n;
        cell.roundTrips = trips / n;
        cell.sequentialMs = clientMs / n;
        // PROFILE the statements of the first request (the floor sends ours; profiled once, as ours).
        const statements = first.statements.filter((x) => !x.cypher.includes('dbms.components()'));
        if (server === 'botnia') oursStatements = statements.map((x) => norm(x.cypher));
        if (server === 'floor') {
          cell.sameCypherAsOurs = oursStatements !== undefined && isDeepStrictEqual(statements.map((x) => norm(x.cypher)), oursStatements);
          const oursCell = result.queries[q.id]!.cells.botnia;
          if (cell.sameCypherAsOurs && oursCell?.dbHits !== undefined) {
            cell.dbHits = oursCell.dbHits;
            continue;
          }
        }
        let hits = 0;
        for (const st of statements) {
          const p = await profile(driver, st, verifyTimeoutMs);
          hits += p.dbHits;
          appendFileSync(
            profileFile,
            `\n### ${scale} ${q.id} ${server}: dbHits=${p.dbHits} rows=${p.rows}${p.error ? ` ERROR ${p.error}` : ''}\n${st.cypher}\nparams ${st.params.slice(0, 400)}\n${p.plan}\n`,
          );
        }
        cell.dbHits = hits;
      } catch (error) {
        log(`measured pass ${q.id} ${server}: ${error instanceof Error ? error.message : String(error)}`);
        await endStragglers(driver);
      }
    }
    const f = result.queries[q.id]!.cells.floor;
    if (f?.sameCypherAsOurs === false) results_notes.push(`${scale} ${q.id}: the floor's statements differ from those our API sent (see the profiles file).`);
  }
}

async function runScale(scale: string, driver: Driver, uri: string, tmp: string, load: Servers, measured: Measured, profileFile: string): Promise<ScaleResult> {
  log(`=== scale ${scale}`);
  await endStragglers(driver);
  await wipe(driver);
  const { params, result } = await loadData(scale, driver, uri, tmp);
  const expected = await verify(result, params, load, driver, profileFile);
  await measureLoad(result, params, load, expected, driver);
  await measuredPass(result, params, measured, driver, profileFile);
  return result;
}

const results_notes: string[] = [];
/** our processes, for the foreign CPU share */
const ours = { pids: [] as number[] };

function summarize(r: Results) {
  r.notes.push(...results_notes);
  const nestedRatio = (s: ScaleResult) => {
    const c = s.queries.nested?.cells;
    return {
      vsNeo4jGraphql: ratio(c?.botnia?.load?.reqPerSec, c?.neo4jGraphql?.load?.reqPerSec),
      vsRawFloor: ratio(c?.botnia?.load?.reqPerSec, c?.floor?.load?.reqPerSec),
      warmOverCold: ratio(c?.botniaWarm?.load?.reqPerSec, c?.botnia?.load?.reqPerSec),
    };
  };
  for (const s of r.scales) r.ratiosByScale[s.scale] = nestedRatio(s);
  const largest = r.scales[r.scales.length - 1];
  if (largest) r.ratios = { ...nestedRatio(largest), scale: largest.scale, query: 'nested' };

  // Growth of p99 with the graph.
  const first = r.scales[0];
  for (const q of queries) {
    r.growth[q.id] = {};
    for (const server of SERVERS) {
      const p99: Record<string, number | null> = {};
      for (const s of r.scales) p99[s.scale] = s.queries[q.id]?.cells[server]?.load?.p99 ?? null;
      const a = first ? p99[first.scale] : null;
      const b = largest ? p99[largest.scale] : null;
      if (Object.values(p99).some((x) => x !== null)) r.growth[q.id]![server] = { p99, largestOverS: a && b ? b / a : null };
    }
  }

  if (!largest) return;
  const goals: Goal[] = [];
  const at = (s: ScaleResult, q: string, server: ServerName) => s.queries[q]?.cells[server];
  /** req/s of a cell that answered correctly under load; undefined for a failure, n/a or a query not run */
  const rps = (s: ScaleResult, q: string, server: ServerName) => {
    const c = at(s, q, server);
    return c?.status === 'ok' ? c.load?.reqPerSec : undefined;
  };
  const n1 = (x: number | undefined) => x?.toFixed(1) ?? '–';
  const scaleList = r.scales.map((s) => s.scale).join(', ');
  const hasNested = queries.some((q) => q.id === 'nested');

  // (a) The nested query ≥ 1.5× the peer at every scale (a peer that fails it is beaten).
  const nestedAt = r.scales.map((s) => {
    const peerFailed = at(s, 'nested', 'neo4jGraphql')?.status === 'failed';
    const x = r.ratiosByScale[s.scale]?.vsNeo4jGraphql ?? null;
    const met = rps(s, 'nested', 'botnia') === undefined ? false : peerFailed ? true : x === null ? null : x >= 1.5;
    return { met, text: `${s.scale} ours ${n1(rps(s, 'nested', 'botnia'))} vs ${peerFailed ? 'failed' : n1(rps(s, 'nested', 'neo4jGraphql'))} req/s (×${x?.toFixed(2) ?? '–'})${met === false ? ' MISSED' : ''}` };
  });
  goals.push({
    goal: 'nested query ≥ 1.5× @neo4j/graphql throughput at every scale (cold)',
    met: !hasNested ? null : nestedAt.some((x) => x.met === false) ? false : nestedAt.every((x) => x.met === true) ? true : null,
    evidence: hasNested ? nestedAt.map((x) => x.text).join('; ') : 'the nested query was not in this run (--only)',
  });

  // (b) No query slower than the peer at any scale. A peer that fails a query is not faster; one that cannot
  // express it is not compared.
  const slower: string[] = [];
  let compared = 0;
  for (const s of r.scales)
    for (const q of queries) {
      const p = at(s, q.id, 'neo4jGraphql');
      if (!p || p.status === 'not expressible') continue;
      compared++;
      const ours = rps(s, q.id, 'botnia');
      const theirs = rps(s, q.id, 'neo4jGraphql');
      if (ours === undefined) slower.push(`${s.scale} ${q.id} (ours ${at(s, q.id, 'botnia')?.status ?? 'not run'}, peer ${n1(theirs)} req/s)`);
      else if (theirs !== undefined && ours < theirs) slower.push(`${s.scale} ${q.id} (${ours.toFixed(1)} vs ${theirs.toFixed(1)} req/s, ×${(ours / theirs).toFixed(2)})`);
    }
  goals.push({
    goal: 'no query of the set slower than @neo4j/graphql at any scale (cold)',
    met: compared === 0 ? null : slower.length === 0,
    evidence: slower.length
      ? `slower on ${slower.length} of ${compared}: ${slower.join(', ')}`
      : `at ${scaleList}, ours is at least as fast on all ${compared} (scale, query) pairs the peer answers or fails`,
  });

  // (c) Every query ≥ 0.8× the floor at every scale.
  const belowFloor: string[] = [];
  const floorRatios: string[] = [];
  let floorCompared = 0;
  for (const s of r.scales) {
    const line: string[] = [];
    for (const q of queries) {
      const fl = at(s, q.id, 'floor');
      if (!fl || fl.status === 'not expressible') continue;
      floorCompared++;
      const ours = rps(s, q.id, 'botnia');
      const floor = rps(s, q.id, 'floor');
      const x = ratio(ours, floor);
      line.push(`${q.id} ${x?.toFixed(2) ?? '–'}`);
      if (ours === undefined) belowFloor.push(`${s.scale} ${q.id} (ours ${at(s, q.id, 'botnia')?.status ?? 'not run'}, floor ${n1(floor)} req/s)`);
      else if (x !== null && x < 0.8) belowFloor.push(`${s.scale} ${q.id} (${ours.toFixed(1)} vs ${floor!.toFixed(1)} req/s, ×${x.toFixed(2)})`);
    }
    floorRatios.push(`${s.scale}: ${line.join(', ')}`);
  }
  goals.push({
    goal: 'every query ≥ 0.8× the raw-driver floor at every scale (cold)',
    met: floorCompared === 0 ? null : belowFloor.length === 0,
    evidence: `${belowFloor.length ? `below on ${belowFloor.length} of ${floorCompared}: ${belowFloor.join(', ')}. ` : ''}ours ÷ floor — ${floorRatios.join('; ')}`,
  });

  // (d) Warm ≥ 10× cold on the nested query at S.
  const sResult = r.scales.find((s) => s.scale === 'S');
  const warmX = r.ratiosByScale.S?.warmOverCold ?? null;
  goals.push({
    goal: 'warm (response cache on) throughput ≥ 10× cold on the nested query at S',
    met: !sResult || !hasNested ? null : warmX === null ? false : warmX >= 10,
    evidence: !sResult
      ? 'needs scale S in the run'
      : !hasNested
        ? 'the nested query was not in this run (--only)'
        : `S: warm ${n1(rps(sResult, 'nested', 'botniaWarm'))} vs cold ${n1(rps(sResult, 'nested', 'botnia'))} req/s (×${warmX?.toFixed(1) ?? '–'})`,
  });

  if (largest.scale === 'L') {
    const paginated = queries.filter((q) => q.paginated);
    const misses = paginated.filter((q) => (r.growth[q.id]?.botnia?.largestOverS ?? Infinity) > 3);
    goals.push({
      goal: 'p99 at L within 3× of p99 at S for paginated queries',
      met: misses.length === 0,
      evidence: paginated.map((q) => `${q.id} ×${r.growth[q.id]?.botnia?.largestOverS?.toFixed(1) ?? '–'}`).join(', '),
    });
    const m = r.scales.find((s) => s.scale === 'M')?.import;
    const l = largest.import;
    const mSteady = m?.laterRowsPerSec ?? m?.rowsPerSec;
    goals.push({
      goal: 'import rows/s at L at least half of that at M',
      met: mSteady && l.filesImported ? l.rowsPerSec >= mSteady / 2 : null,
      evidence:
        `into an existing graph: M ${mSteady?.toFixed(0) ?? '–'} rows/s (years 2–10), L ${l.rowsPerSec.toFixed(0)} rows/s (years 19–20, into ${largest.graph.relationships?.toLocaleString('en') ?? '?'} relationships); ` +
        `from an empty graph (first year): M ${m?.firstFile?.rowsPerSec.toFixed(0) ?? '–'} rows/s, L ${l.firstFile?.rowsPerSec.toFixed(0) ?? '–'} rows/s${l.firstFile?.partial ? ' (not finished within the budget)' : ''}; M overall ${m?.rowsPerSec.toFixed(0) ?? '–'} rows/s`,
    });
  } else {
    const paginated = queries.filter((q) => q.paginated);
    goals.push({
      goal: 'p99 at L within 3× of p99 at S (paginated queries)',
      met: null,
      evidence: `needs --scale L; ${paginated.length ? `${largest.scale}/S here: ${paginated.map((q) => `${q.id} ×${r.growth[q.id]?.botnia?.largestOverS?.toFixed(1) ?? '–'}`).join(', ')}` : 'no paginated query in this run'}`,
    });
    goals.push({ goal: 'import rows/s at L at least half of that at M', met: null, evidence: `needs --scale L; M: ${r.scales.find((s) => s.scale === 'M')?.import.rowsPerSec.toFixed(0) ?? '–'} rows/s` });
  }
  r.goals = goals;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
