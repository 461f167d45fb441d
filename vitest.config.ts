import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build while type-graphql (CommonJS) loads the CJS one; two copies of graphql
    // break schema building ("Cannot use GraphQLScalarType from another module"). Node itself picks the CJS one.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // One real Neo4j for the run (or TEST_NEO4J_URI); files take turns so each can reset the graph it uses.
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
