// The analysis worker's entry: the project runs TypeScript through tsx, and a worker thread does not inherit a
// loader the main thread got from a test runner, so the worker loads its TypeScript module through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./analysis-worker.ts', import.meta.url);
