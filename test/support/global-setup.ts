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

interface Shared {
  uri: string;
  users: number;
  stop(): Promise<void>;
}

/**
 * The database tiers (integration, browser, slow) are projects of one vitest run that take turns (groupOrder); each
 * project runs this setup, and they share one Neo4j through the main process's globalThis instead of starting three.
 */
const registry = globalThis as typeof globalThis & { botniaTestNeo4j?: Promise<Shared> };

async function startShared(): Promise<Shared> {
  const external = process.env.TEST_NEO4J_URI;
  if (external) return { uri: external, users: 0, stop: async () => {} };
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
  return {
    uri: neo4j.uri,
    users: 0,
    async stop() {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  registry.botniaTestNeo4j ??= startShared();
  const shared = await registry.botniaTestNeo4j;
  shared.users++;
  project.provide('neo4jUri', shared.uri);
  return async () => {
    if (--shared.users > 0) return;
    registry.botniaTestNeo4j = undefined;
    await shared.stop();
  };
}
