import { LocalNeo4j, freePort } from '../src/db/local-neo4j.js';
import { createDriver } from '../src/db/driver.js';
import { findParams } from './queries.js';
import { profile } from './lib/profile.js';
import { serializeParams } from './servers/stats.js';
import neo4j from 'neo4j-driver';
const n = await LocalNeo4j.start({ port: await freePort(), dataDir: process.env.DIR ?? '/tmp/neo-M', pageCache: '1g', jvmOptions: ['-Xmx4g'] });
try {
  const driver = createDriver({ uri: n.uri, user: 'neo4j', password: '' });
  const p = await findParams(driver);
  const [v, k] = JSON.parse(Buffer.from(p.deepAfterOurs, 'base64url').toString());
  const params = serializeParams({ limit: neo4j.int(21), afterValue: v, afterKey: k });
  const A = `CALL () { MATCH (n:Project) WHERE true RETURN count(n) AS total }
CALL () {
  MATCH (n:Project) WHERE true
  WITH n, n.name AS sortValue
  WHERE true AND (sortValue > $afterValue OR (sortValue = $afterValue AND n.key > $afterKey))
  ORDER BY sortValue ASC, n.key ASC
  LIMIT $limit
  RETURN collect({labels: labels(n), props: properties(n), sortValue: sortValue}) AS rows
}
RETURN total, rows`;
  const B = `CALL () { MATCH (n:Project) WHERE true RETURN count(n) AS total }
CALL () {
  MATCH (n:Project) WHERE n.name >= $afterValue AND (n.name > $afterValue OR n.key > $afterKey)
  WITH n ORDER BY n.name ASC, n.key ASC
  LIMIT $limit
  RETURN collect({labels: labels(n), props: properties(n), sortValue: n.name}) AS rows
}
RETURN total, rows`;
  for (const [name, c] of [['current', A], ['keyset on the index', B]] as const) {
    for (let i = 0; i < 3; i++) await profile(driver, { cypher: c, params });
    const times: number[] = [];
    for (let i = 0; i < 10; i++) { const t = performance.now(); await driver.executeQuery(c, JSON.parse(params, (_k, x) => x && typeof x === 'object' && '$int' in x ? neo4j.int(x.$int) : x), { database: 'neo4j' }); times.push(performance.now() - t); }
    const pr = await profile(driver, { cypher: c, params });
    times.sort((a, b) => a - b);
    console.log(`== ${name}: dbHits=${pr.dbHits} median ${times[5]!.toFixed(1)} ms\n${pr.plan}`);
  }
  const r1 = await driver.executeQuery(A, { limit: neo4j.int(21), afterValue: v, afterKey: k }, { database: 'neo4j' });
  const r2 = await driver.executeQuery(B, { limit: neo4j.int(21), afterValue: v, afterKey: k }, { database: 'neo4j' });
  console.log('same rows:', JSON.stringify(r1.records[0]!.get('rows').map((x: any) => x.props.key)) === JSON.stringify(r2.records[0]!.get('rows').map((x: any) => x.props.key)));
  await driver.close();
} finally { await n.stop(); }
