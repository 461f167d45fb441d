import { LocalNeo4j, freePort } from '../src/db/local-neo4j.js';
import { runTs } from './lib/proc.js';
import { readdirSync } from 'node:fs';
const n = await LocalNeo4j.start({ port: await freePort(), dataDir: '/tmp/neo-bulkM', pageCache: '1g', jvmOptions: ['-Xmx4g'] });
const t0 = Date.now();
try {
  const files = readdirSync('/tmp/gen-M').sort().map((y) => `/tmp/gen-M/${y}/keski-pohjanmaa.yaml`);
  console.log(await runTs('bulk', 'bulk-load.ts', ['--uri', n.uri, ...files], { nodeFlags: ['--max-old-space-size=8000'], onStderr: (l) => console.log(((Date.now() - t0) / 1000).toFixed(1), l) }));
} finally { await n.stop(); }
