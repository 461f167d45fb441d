/**
 * Starts one throwaway Neo4j for the integration tests on a free port with a temporary data folder, or uses
 * TEST_NEO4J_URI when given (any Neo4j 5; its graph is wiped by the tests). Never a mock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, LocalNeo4j } from '../../src/db/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return async () => {};
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'botnia-test-neo4j-'));
  const started = Date.now();
  const neo4j = await LocalNeo4j.start({
    port: await freePort(),
    dataDir,
    pageCache: '128m',
    jvmOptions: ['-Xmx768m'],
    progress: (line) => console.log(`[test neo4j] ${line}`),
  });
  console.log(`[test neo4j] ready at ${neo4j.uri} in ${Date.now() - started} ms`);
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
