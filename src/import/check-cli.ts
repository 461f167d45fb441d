/**
 * `npm run graph:check [-- --json]`: the consistency check of src/import/check.ts against the configured graph.
 * Exit 0 when every check passes, 1 when any fails, 2 on bad usage or when the graph cannot be reached.
 */
import { parseArgs } from 'node:util';
import { checkGraph, describeCheck } from './check.js';
import { runCommand, withGraph } from './connect.js';

const USAGE = 'usage: npm run graph:check [-- --json]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.error(USAGE);
    return 0;
  }
  return withGraph('Checking', async (db) => {
    const report = await checkGraph(db.executor);
    console.log(args.values.json ? JSON.stringify(report, null, 2) : describeCheck(report));
    return report.ok ? 0 : 1;
  });
}

runCommand('graph:check', main, 2);
