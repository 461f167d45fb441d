// ESLint (flat config): the recommended JavaScript and typescript-eslint rules, without type information (fast
// enough for `npm test`). web/ is linted by its own owner's config once it has the React hooks plugin; generated
// code is left as generated.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/', '**/generated/', 'neo4j/', 'bench/results/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (a parameter a signature requires).
      // A `let` that a closure reads before its one assignment (the server a signal handler stops) stays a `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and benchmarks read JSON answers many levels deep, by the shape the query asked for.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
