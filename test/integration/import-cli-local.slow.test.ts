/**
 * With no NEO4J_URI and nothing on NEO4J_LOCAL_PORT, `npm run seed` starts the local Neo4j itself — and says so on a
 * line of its own, before it names the (empty) graph and warns that it holds no earlier report (issue 14.5). Slow:
 * it starts a Neo4j.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/local-neo4j.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'botnia-cli-local-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run seed without a running Neo4j', () => {
  it('says on its own line that it starts the local Neo4j, and which data folder it uses', { timeout: 240_000 }, async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_LOCAL_PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_TX_TIMEOUT_MS: '120000' };
    delete env.NEO4J_URI;
    const { stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', 'seeds/2020/keski-pohjanmaa.yaml', '--dry-run'], {
      env,
      timeout: 220_000,
    });
    const lines = stderr.split('\n');
    const starting = lines.findIndex((l) =>
      l === `No Neo4j is running on 127.0.0.1:${port} and NEO4J_URI is not set: starting the local Neo4j with the data in ${dataDir} (stopped again when done).`,
    );
    expect(starting, stderr).toBeGreaterThanOrEqual(0);
    expect(lines.slice(starting)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^Checking against bolt://127\\.0\\.0\\.1:${port}, database neo4j \\(Neo4j/5[^)]*\\)\\.$`)),
        'The graph holds no report yet (an empty graph).',
        expect.stringMatching(/^warning: the graph holds no earlier report of Keski-Pohjanmaa than 2020/),
      ]),
    );
  });
});
