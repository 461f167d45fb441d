import { LocalNeo4j, freePort } from '../src/db/local-neo4j.js';
import { createDriver } from '../src/db/driver.js';
import { startServer } from './lib/proc.js';
import { QUERIES, findParams, SERVERS } from './queries.js';
const n = await LocalNeo4j.start({ port: await freePort(), dataDir: process.env.DIR ?? '/tmp/neo-M', pageCache: '1g', jvmOptions: ['-Xmx4g'] });
const sv: any = {};
try {
  const env = { NEO4J_URI: n.uri, NODE_ENV: 'production', LOG_LEVEL: 'silent', BENCH_INSTRUMENT: '1' };
  [sv.botnia, sv.neo4jGraphql, sv.floor] = await Promise.all([startServer('b', 'servers/botnia.ts', env), startServer('p', 'servers/neo4j-graphql.ts', env), startServer('f', 'servers/floor.ts', env)]);
  const driver = createDriver({ uri: n.uri, user: 'neo4j', password: '' });
  const params = await findParams(driver);
  for (const q of QUERIES) {
    if (process.argv[2] && q.id !== process.argv[2]) continue;
    for (const s of SERVERS) {
      const b = (q.bodies(params) as any)[s]; if (!b) continue;
      const body = JSON.stringify(b[0]); const path = s === 'floor' ? '/' : '/graphql';
      for (let i = 0; i < 3; i++) await fetch(`http://127.0.0.1:${sv[s].port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const out: string[] = [];
      for (let i = 0; i < 8; i++) {
        await fetch(`http://127.0.0.1:${sv[s].statsPort}/reset`);
        const t = performance.now();
        await (await fetch(`http://127.0.0.1:${sv[s].port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
        const ms = performance.now() - t;
        const st: any = await (await fetch(`http://127.0.0.1:${sv[s].statsPort}/`)).json();
        out.push(`${ms.toFixed(0)}/${st.availableMs}+${st.consumedMs}`);
      }
      console.log(q.id, s, 'client/avail+consumed:', out.join(' '));
    }
  }
  await driver.close();
} finally { for (const s of Object.values(sv) as any[]) await s.child.stop(); await n.stop(); }
