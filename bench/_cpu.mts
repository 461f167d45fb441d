import { LocalNeo4j, freePort } from '../src/db/local-neo4j.js';
import { createDriver } from '../src/db/driver.js';
import { startServer } from './lib/proc.js';
import { runLoad } from './lib/load.js';
import { summarizeCpuProfile } from './lib/cpuprof.js';
import { QUERIES, findParams } from './queries.js';
import { readdirSync, rmSync } from 'node:fs';
const qid = process.argv[2] ?? 'nested';
const which = (process.argv[3] ?? 'botnia,neo4jGraphql,floor').split(',');
const n = await LocalNeo4j.start({ port: await freePort(), dataDir: process.env.DIR ?? '/tmp/neo-M', pageCache: '1g', jvmOptions: ['-Xmx4g'] });
const dir = '/tmp/cpuprof-' + qid; rmSync(dir, { recursive: true, force: true });
try {
  const driver = createDriver({ uri: n.uri, user: 'neo4j', password: '' });
  const params = await findParams(driver);
  const q = QUERIES.find((x) => x.id === qid)!;
  const files: any = { botnia: 'servers/botnia.ts', neo4jGraphql: 'servers/neo4j-graphql.ts', floor: 'servers/floor.ts' };
  for (const s of which) {
    const env = { NEO4J_URI: n.uri, NODE_ENV: 'production', LOG_LEVEL: 'silent' };
    const srv = await startServer(s, files[s], env, ['--cpu-prof', `--cpu-prof-dir=${dir}/${s}`]);
    const bodies = (q.bodies(params) as any)[s].map((b: any) => JSON.stringify(b));
    const path = s === 'floor' ? '/' : '/graphql';
    const expected: string[] = [];
    for (const b of bodies) expected.push(await (await fetch(`http://127.0.0.1:${srv.port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b })).text());
    const r = await runLoad({ url: `http://127.0.0.1:${srv.port}${path}`, bodies, expected, connections: 8, warmupS: 3, durationS: Number(process.env.DUR ?? 15), timeoutS: 30 });
    console.log(s, r.reqPerSec.toFixed(1), 'req/s p50', r.p50, 'errors', r.graphqlErrors + r.mismatches + r.non2xx);
    await srv.child.stop();
  }
  await driver.close();
} finally { await n.stop(); }
for (const d of readdirSync(dir)) for (const f of readdirSync(`${dir}/${d}`)) {
  const sum = summarizeCpuProfile(`${dir}/${d}/${f}`, 30);
  if (sum.byPackage[0]?.name === '(idle)' && sum.byPackage[0].share > 0.9) continue;
  console.log(d);
  console.log(`\n== ${f} (${sum.totalSamples} samples)`);
  console.log(sum.byPackage.map((x) => `${x.name} ${(x.share * 100).toFixed(1)}%`).join(', '));
  for (const fn of sum.topFunctions) console.log(`  ${(fn.share * 100).toFixed(1)}% ${fn.name}`);
}
