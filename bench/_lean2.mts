import { LocalNeo4j, freePort } from '../src/db/local-neo4j.js';
import { createDriver } from '../src/db/driver.js';
import { startServer } from './lib/proc.js';
import { QUERIES, findParams } from './queries.js';
const n = await LocalNeo4j.start({ port: await freePort(), dataDir: process.env.DIR ?? '/tmp/neo-M', pageCache: '1g', jvmOptions: ['-Xmx4g'] });
try {
  const driver = createDriver({ uri: n.uri, user: 'neo4j', password: '' });
  const params = await findParams(driver);
  const q = QUERIES.find((x) => x.id === 'nested')!;
  const fb = JSON.stringify((q.bodies(params) as any).floor[0]);
  const ob = JSON.stringify((q.bodies(params) as any).botnia[0]);
  const pb = JSON.stringify((q.bodies(params) as any).neo4jGraphql[0]);
  const S = { full: await startServer('f', 'servers/_floorlean.ts', { NEO4J_URI: n.uri }), lean: await startServer('f2', 'servers/_floorlean.ts', { NEO4J_URI: n.uri, LEAN: '2' }),
    ours: await startServer('b', 'servers/botnia.ts', { NEO4J_URI: n.uri, NODE_ENV: 'production' }), peer: await startServer('p', 'servers/neo4j-graphql.ts', { NEO4J_URI: n.uri }) };
  const t: Record<string, number[]> = { full: [], lean: [], ours: [], peer: [] };
  const req = async (k: string) => { const s = (S as any)[k]; const body = k === 'ours' ? ob : k === 'peer' ? pb : fb; const path = k === 'ours' || k === 'peer' ? '/graphql' : '/';
    const t0 = performance.now(); await (await fetch(`http://127.0.0.1:${s.port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text(); return performance.now() - t0; };
  for (let i = 0; i < 5; i++) for (const k of Object.keys(t)) await req(k);
  for (let i = 0; i < 25; i++) for (const k of Object.keys(t)) t[k]!.push(await req(k));
  const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  for (const [k, v] of Object.entries(t)) console.log(k, 'median ms', med(v).toFixed(1), 'min', Math.min(...v).toFixed(1));
  for (const s of Object.values(S)) await s.child.stop();
  await driver.close();
} finally { await n.stop(); }
