/**
 * `npm run seed:export -- <folder>`: writes the graph back as seed files, one per report (src/import/export.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCommand, withGraph } from './connect.js';
import { exportSeeds } from './export.js';

const USAGE = 'usage: npm run seed:export -- <folder> (a new or empty folder)';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  const [folder, ...rest] = args.positionals;
  if (args.values.help || !folder || rest.length) {
    console.error(USAGE);
    return args.values.help ? 0 : 2;
  }
  // Never mix an export into a folder of other files (or over the curated seeds/).
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    console.error(`seed:export: ${folder} is not empty; give a new or empty folder`);
    return 2;
  }
  return withGraph('Exporting', async (db) => {
    const exported = await exportSeeds(db.executor, folder);
    for (const e of exported) console.log(`${e.file}: ${e.report}, ${e.entities} entities, ${e.relationships} relationships`);
    if (exported.length === 0) console.log('the graph holds no report; nothing was written');
    return 0;
  });
}

runCommand('seed:export', main, 1);
