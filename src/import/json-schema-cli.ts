/** `npm run seed:schema`: writes seeds/seed.schema.json from the zod schema, for editors (yaml-language-server). */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { SeedFile } from './seed-schema.js';

export function seedJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(SeedFile, { io: 'input', target: 'draft-2020-12' }),
    title: 'botnia-graph seed file (one activity report)',
  };
}

if (process.argv[1]?.endsWith('json-schema-cli.ts')) {
  writeFileSync('seeds/seed.schema.json', `${JSON.stringify(seedJsonSchema(), null, 2)}\n`);
  console.log('wrote seeds/seed.schema.json');
}
