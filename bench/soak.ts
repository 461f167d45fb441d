/**
 * `npm run soak -- [--minutes 10] [--rate 50]`: the API as users run it (its own process, over a local Neo4j with
 * the 2020 report), under a constant request rate of the analyst operations for a fixed time, its RSS sampled
 * every 5 s. Passes when no request failed and RSS at the end is within 10% of RSS after the warm-up.
 * Not part of `npm test` (it takes ten minutes).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, LocalNeo4j } from '../src/db/local-neo4j.js';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, rate: { type: 'string', default: '50' } } });
const minutes = Number(values.minutes);
const rate = Number(values.rate);

const rssOf = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) * 1024;
};
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'botnia-soak-'));
const neo4j = await LocalNeo4j.start({ port: await freePort(), dataDir, pageCache: '256m', jvmOptions: ['-Xmx1g'] });
const port = await freePort();
const api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, NEO4J_URI: neo4j.uri, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 600; i++) {
  if ((await fetch(`${base}/readyz`).then((r) => r.status, () => 0)) === 200) break;
  await new Promise((r) => setTimeout(r, 200));
}

const operations = [
  '{ funder(key: "funder:esr") { projects { project { name leads { organization { name } } participants { organization { seats { person { name } } } } } sources { quote } } } }',
  '{ organizations(first: 20, filter: { kinds: [ASSOCIATION] }) { totalCount edges { node { name projects { role project { name } } } } } }',
  '{ search(text: "lastensuojelun") { score entity { key } } }',
  '{ collaborators(key: "org:kosti-ry") { weight organization { name } } }',
  '{ connection(from: "org:kosti-ry", to: "org:keski-pohjanmaan-keskussairaala") { steps { type sources { quote } } } }',
  '{ centrality(year: 2020) { name betweenness } }',
];
let failures = 0;
const samples: { t: number; rss: number }[] = [];
const started = Date.now();
const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, rss: rssOf(api.pid!) }), 5000);

const result = await autocannon({
  url: `${base}/graphql`,
  connections: 8,
  overallRate: rate,
  duration: minutes * 60,
  requests: operations.map((query) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    onResponse: (status: number, body: string) => {
      if (status !== 200 || body.includes('"errors"')) failures++;
    },
  })),
});
clearInterval(sampler);

// RSS after the first minute (JIT warm, caches filled) against RSS at the end.
const warm = samples.find((s) => s.t >= Math.min(60, (minutes * 60) / 4)) ?? samples[0]!;
const end = samples[samples.length - 1]!;
const growth = (end.rss - warm.rss) / warm.rss;
console.log(`| requests | req/s | p99 ms | errors | failed checks | RSS after warm-up | RSS at end | growth |`);
console.log(`|---|---|---|---|---|---|---|---|`);
console.log(
  `| ${result.requests.total} | ${result.requests.average.toFixed(1)} | ${result.latency.p99} | ${result.errors + result.non2xx} | ${failures} | ${mb(warm.rss)} MB | ${mb(end.rss)} MB | ${(growth * 100).toFixed(1)}% |`,
);
console.log(`RSS samples (s: MB): ${samples.map((s) => `${s.t.toFixed(0)}:${mb(s.rss)}`).join(' ')}`);

api.kill('SIGTERM');
await new Promise((r) => api.once('exit', r));
await neo4j.stop();
rmSync(dataDir, { recursive: true, force: true });
const ok = failures === 0 && result.errors + result.non2xx === 0 && growth <= 0.1;
console.log(ok ? 'soak: passed' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
