// ESLint (flat config): the recommended JavaScript and typescript-eslint rules, without type information (fast
// enough for `npm test`), and for the explorer (web/) the Rules of React and hooks (eslint-plugin-react-hooks'
// recommended set, the React Compiler's checks included). Generated code and the built page are left as they are.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', '**/generated/', 'neo4j/', 'bench/results/', 'coverage/', 'dist/'] },
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
    files: ['web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    // Every finding fails `npm test`, as the other rules do.
    rules: Object.fromEntries(Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error'])),
  },
  {
    // web/measure-load.mjs runs in Node, with functions it evaluates in the page.
    files: ['web/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly', window: 'readonly', location: 'readonly', addEventListener: 'readonly' } },
  },
  {
    // Tests and benchmarks read JSON answers many levels deep, by the shape the query asked for.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
