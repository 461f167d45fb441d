/** The results: their shape (latest.json) and the Markdown report. */
import { errorsOf, type LoadResult } from './load.js';
import { QUERIES, SERVER_LABEL, SERVERS, type ServerName } from '../queries.js';
import type { CpuSummary } from './cpuprof.js';

export interface Cell {
  status: 'ok' | 'failed' | 'not expressible' | 'skipped';
  note?: string;
  load?: LoadResult;
  /** response body bytes (mean over the request variants) */
  bytes?: number;
  /** the same data as our API returns (canonical comparison), null when not compared */
  sameData?: boolean | null;
  sameDataNote?: string;
  /** measured pass: mean per request of Neo4j's time over its statements (resultAvailableAfter + resultConsumedAfter), round trips, and the latency of one request alone */
  neo4jMs?: number;
  roundTrips?: number;
  sequentialMs?: number;
  /** PROFILE: database hits of one request, all statements */
  dbHits?: number;
  /** floor only: sends the same statements as our API */
  sameCypherAsOurs?: boolean;
  loadavg1?: number;
  /** share of the machine's CPU that other processes used during the measured run */
  foreignCpu?: number;
  /** measurements taken (repeated when other processes took much of the CPU); the least disturbed one is kept */
  attempts?: number;
  /** req/s of each round when the measured time was split into rounds; `load` is the median round */
  rounds?: number[];
}

export interface ImportStats {
  method: string;
  files: number;
  filesImported: number;
  rows: number;
  writerMs: number;
  wallMs: number;
  rowsPerSec: number;
  /** the first file goes into an empty graph */
  firstFile?: { rows: number; ms: number; rowsPerSec: number; partial?: boolean; totalRows?: number };
  laterRowsPerSec?: number;
  stoppedByBudget?: boolean;
  note?: string;
  perFile: { report: string; rows: number; ms: number; wallMs: number }[];
  bulk?: { nodes: number; relationships: number; planMs: number; writeMs: number };
}

export interface ScaleResult {
  scale: string;
  graph: Record<string, number>;
  import: ImportStats;
  params: Record<string, unknown>;
  queries: Record<string, { title: string; paginated: boolean; cells: Partial<Record<ServerName, Cell>> }>;
}

export interface Goal {
  goal: string;
  met: boolean | null;
  evidence: string;
}

export interface Results {
  date: string;
  mode: 'quick' | 'full';
  commit: string;
  workingTree: string;
  machine: { cpus: number; node: string; loadavgStart: number[]; loadavgEnd: number[] };
  settings: { connections: number; warmupS: number; primeS?: number; durationS: number; rounds?: number; measuredRequests: number; pageCache: string; heap: string; foreignLimit: number; retries: number };
  caching: string;
  scales: ScaleResult[];
  ratios: { vsNeo4jGraphql: number | null; vsRawFloor: number | null; scale: string; query: string };
  /** nested query: our req/s ÷ the peer's and ÷ the floor's (cold), and our warm req/s ÷ our cold */
  ratiosByScale: Record<string, { vsNeo4jGraphql: number | null; vsRawFloor: number | null; warmOverCold: number | null }>;
  growth: Record<string, Partial<Record<ServerName, { p99: Record<string, number | null>; largestOverS: number | null }>>>;
  goals: Goal[];
  notExpressible: Record<string, string>;
  notes: string[];
  cpuProfiles?: Record<string, CpuSummary>;
}

const f = (x: number | undefined | null, digits = 1) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x.toFixed(digits));
const kb = (x: number | undefined) => (x === undefined ? '–' : x >= 10_000 ? `${(x / 1024).toFixed(0)} KiB` : `${x} B`);

export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || b === 0) return null;
  return a / b;
}

/** How the measured time was split (the servers taking turns, each one's median round kept). */
function roundsText(settings: Results['settings']): string {
  const n = settings.rounds ?? 1;
  if (n <= 1) return '';
  const each = (s: number) => `${Number((s / n).toFixed(2))} s`;
  return `The warm-up and the measured time were split into ${n} rounds: in each, every server in turn (the order rotating from query to query and round to round) for ${each(settings.warmupS)} of warm-up and ${each(settings.durationS)} measured; a server's figures are those of its median round, and the req/s of all its rounds are in brackets, so that a burst of foreign load in one window does not decide a ratio. `;
}

export function cellLine(c: Cell | undefined): string[] {
  if (!c) return ['–', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–'];
  if (c.status !== 'ok' || !c.load) {
    return [c.status === 'not expressible' ? 'n/a' : c.status, '–', '–', '–', c.note ? c.note.slice(0, 90) : '–', kb(c.bytes), f(c.sequentialMs, 1), f(c.neo4jMs, 1), f(c.roundTrips, 0), c.dbHits === undefined ? '–' : String(c.dbHits), same(c), '–'];
  }
  const l = c.load;
  const errors = errorsOf(l);
  const errText = errors === 0 ? '0' : `${errors} (${[l.non2xx && `${l.non2xx} non-2xx`, l.graphqlErrors && `${l.graphqlErrors} GraphQL`, l.mismatches && `${l.mismatches} wrong`, l.socketErrors && `${l.socketErrors} socket`, l.timeouts && `${l.timeouts} timeouts`].filter(Boolean).join(', ')})`;
  const rounds = c.rounds && c.rounds.length > 1 ? ` (${c.rounds.map((x) => x.toFixed(0)).join(', ')})` : '';
  return [f(l.reqPerSec, 1) + rounds, f(l.p50, 0), f(l.p975, 0), f(l.p99, 0), errText, kb(c.bytes), f(c.sequentialMs, 1), f(c.neo4jMs, 1), f(c.roundTrips, 0), c.dbHits === undefined ? '–' : String(c.dbHits), same(c), c.foreignCpu === undefined ? '–' : `${Math.round(c.foreignCpu * 100)} %${c.foreignCpu > 0.25 ? ' ⚠' : ''}`];
}

function same(c: Cell): string {
  if (c.sameData === undefined || c.sameData === null) return '–';
  return c.sameData ? 'yes' : `NO${c.sameDataNote ? ` (${c.sameDataNote.slice(0, 60)})` : ''}`;
}

/** Our API with its response cache on against the same API cold, per query: what the cache buys under load. */
function warmTable(s: ScaleResult): string[] {
  const rps = (c: Cell | undefined) => (c?.status === 'ok' ? c.load?.reqPerSec : undefined);
  const rows = QUERIES.filter((q) => s.queries[q.id]).map((q) => {
    const { botnia: cold, botniaWarm: warm } = s.queries[q.id]!.cells;
    const p99 = (c: Cell | undefined) => (c?.status === 'ok' ? c.load?.p99 : undefined);
    return `| ${q.id} | ${rps(cold) === undefined ? (cold?.status ?? '–') : f(rps(cold), 1)} | ${rps(warm) === undefined ? (warm?.status ?? '–') : f(rps(warm), 1)} | ${f(ratio(rps(warm), rps(cold)), 1)} | ${f(p99(cold), 0)} | ${f(p99(warm), 0)} |`;
  });
  if (!rows.length) return [];
  return [
    `Warm vs cold at ${s.scale} (our API, the same requests; warm = response cache on, RESPONSE_CACHE_MB=64):`,
    '',
    '| query | cold req/s | warm req/s | warm ÷ cold | cold p99 | warm p99 |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ];
}

export function markdown(r: Results): string {
  const out: string[] = [];
  out.push(`# botnia-graph benchmark — ${r.date} (${r.mode})`);
  out.push('');
  out.push(
    `botnia-graph (createApp, as \`npm start\` runs it; cold, and once more warm with its response cache on) vs @neo4j/graphql ${'7'} on Apollo Server 5 vs the raw driver floor (the Cypher our API sends, bare node:http), on one Neo4j 5.26 and the same data. ` +
      `Commit ${r.commit}${r.workingTree ? ` (${r.workingTree})` : ''}; ${r.machine.cpus} CPUs, Node ${r.machine.node}; load average at start ${r.machine.loadavgStart.map((x) => x.toFixed(1)).join(' ')}, at end ${r.machine.loadavgEnd.map((x) => x.toFixed(1)).join(' ')}.`,
  );
  out.push('');
  out.push(
    `Load: autocannon, ${r.settings.connections} connections, ${r.settings.warmupS} s warm-up, ${r.settings.durationS} s measured, every response body compared with the verified answer; before the first measurement, every server was sent every query for ${r.settings.primeS ?? 0} s, unmeasured, so that none is measured while V8 or Neo4j still compile its hot code. ${roundsText(r.settings)}` +
      `req/s counts correct answers only; latencies in ms (all responses). ` +
      `Measured pass, on separate instrumented instances, up to ${r.settings.measuredRequests} requests one at a time: 1-req ms = client latency of a request alone; Neo4j ms = Neo4j's own time summed over the request's statements (resultAvailableAfter + resultConsumedAfter); round trips = statements per request; db hits = PROFILE of one request. ` +
      `Neo4j page cache ${r.settings.pageCache}, heap ${r.settings.heap}. ${r.caching} ` +
      `"other load" = share of the machine's CPU used by processes outside the benchmark during that measurement (the machine is shared); a measurement above ${Math.round(r.settings.foreignLimit * 100)} % was repeated up to ${r.settings.retries} time(s) and the least disturbed kept; ⚠ marks those still above 25 %.`,
  );
  out.push('');
  out.push(`**Ratios (nested query, scale ${r.ratios.scale}, cold):** vsNeo4jGraphql = ${f(r.ratios.vsNeo4jGraphql, 2)}, vsRawFloor = ${f(r.ratios.vsRawFloor, 2)}` +
    ` (by scale, vs @neo4j/graphql / vs floor / warm ÷ cold: ${Object.entries(r.ratiosByScale).map(([s, x]) => `${s} ${f(x.vsNeo4jGraphql, 2)} / ${f(x.vsRawFloor, 2)} / ${f(x.warmOverCold, 1)}`).join('; ')}).`);
  out.push('');
  for (const s of r.scales) {
    out.push(`## Scale ${s.scale}`);
    out.push('');
    out.push(
      `Graph: ${Object.entries(s.graph).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}. ` +
        `Import (${s.import.method}): ${s.import.filesImported}/${s.import.files} files, ${s.import.rows.toLocaleString('en')} rows, ${f(s.import.rowsPerSec, 0)} rows/s (writer time), wall ${f(s.import.wallMs / 1000, 0)} s` +
        `${s.import.firstFile ? `; first file (empty graph) ${f(s.import.firstFile.rowsPerSec, 0)} rows/s${s.import.firstFile.partial ? ' (unfinished)' : ''}, files into an existing graph ${f(s.import.laterRowsPerSec, 0)} rows/s` : ''}${s.import.note ? `. ${s.import.note}` : ''}.`,
    );
    out.push('');
    out.push('| query | server | req/s | p50 | p97.5 | p99 | errors | bytes/resp | 1-req ms | Neo4j ms | round trips | db hits | same data | other load |');
    out.push('|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---:|');
    for (const q of QUERIES) {
      const entry = s.queries[q.id];
      if (!entry) continue;
      for (const server of SERVERS) {
        const c = entry.cells[server];
        if (!c) continue;
        out.push(`| ${q.id} | ${SERVER_LABEL[server]} | ${cellLine(c).join(' | ')} |`);
      }
    }
    out.push('');
    out.push(...warmTable(s));
  }
  out.push('## Cost growth (p99 ms by scale)');
  out.push('');
  const scales = r.scales.map((s) => s.scale);
  out.push(`| query | server | ${scales.join(' | ')} | ${scales[scales.length - 1]}/S |`);
  out.push(`|---|---|${scales.map(() => '---:').join('|')}|---:|`);
  for (const [qid, byServer] of Object.entries(r.growth)) {
    for (const server of SERVERS) {
      const g = byServer[server];
      if (!g) continue;
      out.push(`| ${qid} | ${SERVER_LABEL[server]} | ${scales.map((sc) => f(g.p99[sc] ?? null, 0)).join(' | ')} | ${f(g.largestOverS, 1)} |`);
    }
  }
  out.push('');
  out.push('## Goals');
  out.push('');
  for (const g of r.goals) out.push(`- ${g.met === null ? 'not evaluated' : g.met ? 'MET' : 'MISSED'} — ${g.goal}: ${g.evidence}`);
  out.push('');
  out.push('## What the peer cannot express');
  out.push('');
  for (const [q, why] of Object.entries(r.notExpressible)) out.push(`- ${q}: ${why}`);
  out.push('');
  if (r.notes.length) {
    out.push('## Notes');
    out.push('');
    for (const n of r.notes) out.push(`- ${n}`);
    out.push('');
  }
  if (r.cpuProfiles) {
    out.push('## CPU profiles (self time)');
    out.push('');
    for (const [server, p] of Object.entries(r.cpuProfiles)) {
      out.push(`**${server}** (${p.totalSamples} samples): ${p.byPackage.slice(0, 10).map((x) => `${x.name} ${(x.share * 100).toFixed(1)} %`).join(', ')}`);
      out.push('');
      for (const fn of p.topFunctions.slice(0, 12)) out.push(`- ${(fn.share * 100).toFixed(1)} % ${fn.name}`);
      out.push('');
    }
  }
  return out.join('\n');
}
