import { LocalNeo4j, freePort } from '../src/db/local-neo4j.js';
import { createDriver } from '../src/db/driver.js';
import { startServer } from './lib/proc.js';
import { runLoad } from './lib/load.js';
import { QUERIES, findParams } from './queries.js';
import { isDeepStrictEqual } from 'node:util';
const n = await LocalNeo4j.start({ port: await freePort(), dataDir: process.env.DIR ?? '/tmp/neo-M', pageCache: '1g', jvmOptions: ['-Xmx4g'] });
try {
  const driver = createDriver({ uri: n.uri, user: 'neo4j', password: '' });
  const params = await findParams(driver);
  const q = QUERIES.find((x) => x.id === 'nested')!;
  const body = JSON.stringify((q.bodies(params) as any).floor[0]);
  let ref: any;
  for (const round of [1, 2]) for (const lean of ['', '1', '2']) {
    const srv = await startServer('f', 'servers/_floorlean.ts', { NEO4J_URI: n.uri, ...(lean ? { LEAN: lean } : {}) });
    const text = await (await fetch(`http://127.0.0.1:${srv.port}/`, { method: 'POST', body })).text();
    const c = q.canon('floor', JSON.parse(text)); ref ??= c;
    const r = await runLoad({ url: `http://127.0.0.1:${srv.port}/`, bodies: [body], expected: [text], connections: 8, warmupS: 2, durationS: 8, timeoutS: 30 });
    console.log(`round ${round} lean=${lean || 'no'} same=${isDeepStrictEqual(c, ref)} ${r.reqPerSec.toFixed(1)} req/s p50 ${r.p50} p99 ${r.p99}`);
    await srv.child.stop();
  }
  await driver.close();
} finally { await n.stop(); }
