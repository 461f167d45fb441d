import { createRequire } from 'node:module';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Test tiers by cost, each a project (and an `npm run test:<tier>` script). `npm test` runs them all in one run, in
 * this order: a cheap tier's failure is reported before the expensive ones have spent their minutes.
 */
const SLOW = ['test/slow/**/*.test.ts', 'test/**/*.slow.test.ts'];
const BROWSER = ['test/browser/**/*.test.ts', 'test/integration/explorer.test.ts', 'test/**/*.browser.test.ts'];

/** Tiers that need the real Neo4j: one throwaway server for the run (or TEST_NEO4J_URI), files taking turns. */
function databaseTier(name: string, groupOrder: number, include: string[], exclude: string[] = []): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include,
      exclude,
      globalSetup: ['test/support/global-setup.ts'],
      // Files take turns so each can reset the graph it uses.
      fileParallelism: false,
      sequence: { groupOrder },
      testTimeout: 60_000,
      hookTimeout: 240_000,
    },
  };
}

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build while type-graphql (CommonJS) loads the CJS one; two copies of graphql
    // break schema building ("Cannot use GraphQLScalarType from another module"). Node itself picks the CJS one.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    reporters: ['default'],
    projects: [
      // No database, seconds: config, seed validation, Cypher builders, merge rules, the API and graph contracts,
      // and the HTTP limits, access and CSRF cases.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      databaseTier('integration', 1, ['test/integration/**/*.test.ts'], [...SLOW, ...BROWSER]),
      databaseTier('browser', 2, BROWSER, SLOW),
      // Faults (Neo4j stopped under load), fuzzing, killed imports: anything over ~20 s.
      databaseTier('slow', 3, SLOW),
    ],
  },
});
