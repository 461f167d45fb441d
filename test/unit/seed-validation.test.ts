import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedFiles, parseSeedText } from '../../src/import/load.js';
import { formatProblem } from '../../src/import/problems.js';
import { seedJsonSchema } from '../../src/import/json-schema-cli.js';
import { enumFields, regeneratedReadme, SEED_README } from '../../src/import/docs-cli.js';
import { OrganizationKind, ProjectStatus } from '../../src/graph/vocabulary.js';

const tiny = readFileSync('test/fixtures/testmaa/testmaa-2020.yaml', 'utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'botnia-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problemsOf(text: string, name = 'bad.yaml'): string[] {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = loadSeedFiles([file]);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('seed validation', () => {
  it('accepts the small fixture', () => {
    const result = parseSeedText(tiny, 'tiny.yaml');
    expect(result.problems).toEqual([]);
    expect(result.data!.projects[0]!.key).toBe('project:verna');
  });

  it('names file, line and field of an unknown reference', () => {
    const text = tiny.replace('      - funder: org:stea', '      - funder: funder:esf');
    const problems = problemsOf(text);
    const line = text.split('\n').findIndex((l) => l.includes('funder:esf')) + 1;
    expect(problems).toEqual([expect.stringMatching(new RegExp(`bad\\.yaml:${line} projects\\[0\\]\\.funders\\[0\\]\\.funder: unknown funder "funder:esf"$`))]);
  });

  it('reports every problem at once: wrong type, missing field, bad enum, duplicate key', () => {
    const text = tiny
      .replace('  year: 2020', '  year: "twenty"')
      .replace('    name: A B\n', '')
      .replace('status: ONGOING', 'status: ONGONG')
      .replace('  - key: org:stea\n    name: STEA', '  - key: org:centre\n    name: STEA');
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/:5 report\.year: Invalid input: expected number, received string/);
    expect(problems).toMatch(/people\[0\]\.name: required \(text\)$/m);
    expect(problems).toMatch(/projects\[0\]\.status: "ONGONG" is not allowed here; did you mean ONGOING\? \(one of PREPARED, APPLIED, FUNDED, ONGOING, NOT_STARTED, INTERRUPTED, COMPLETED\)/);
    expect(problemsOf(tiny.replace('  - key: org:stea\n    name: STEA', '  - key: org:centre\n    name: STEA')).join('\n')).toMatch(
      /organizations\[1\]\.key: duplicate key "org:centre"/,
    );
  });

  it('refuses unknown fields (typos) instead of dropping them', () => {
    expect(problemsOf(tiny.replace('    status: ONGOING', '    status: ONGOING\n    stauts: FUNDED')).join('\n')).toMatch(
      /projects\[0\]: unknown field "stauts"; did you mean status\?/,
    );
  });

  it('says what a curator can act on: required, the allowed values, the closest key or value', () => {
    const problems = problemsOf(
      tiny
        .replace('    kind: COMPETENCE_CENTRE', '    kind: competence_centre')
        .replace('    name: A B\n', '    nmae: A B\n'),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/organizations\[0\]\.kind: "competence_centre" is not allowed here; did you mean COMPETENCE_CENTRE\? \(one of /),
        expect.stringMatching(/people\[0\]\.name: required \(text\)$/),
        expect.stringMatching(/people\[0\]: unknown field "nmae"; did you mean name\?$/),
      ]),
    );
    // A missing enumeration value is required too, with its values.
    expect(problemsOf(tiny.replace('        role: LEAD\n', ''))).toEqual([
      expect.stringMatching(/projects\[0\]\.participants\[0\]\.role: required: one of LEAD, PARTNER, CO_IMPLEMENTER, COORDINATOR, SUPPORTER$/),
    ]);
    // A misspelt reference offers the keys it may have meant.
    expect(problemsOf(tiny.replace('      - organization: org:centre', '      - organization: org:centr'))).toEqual([
      expect.stringMatching(/unknown organization "org:centr"; did you mean org:centre\?$/),
    ]);
  });

  it('a later year refers to what an earlier year\'s file of the same seeds folder defines; an earlier year cannot', () => {
    const seeds = mkdtempSync(path.join(os.tmpdir(), 'botnia-seeds-'));
    try {
      const [y2020, y2021] = [path.join(seeds, '2020'), path.join(seeds, '2021')];
      for (const d of [y2020, y2021]) mkdirSync(d);
      writeFileSync(path.join(y2020, 'testmaa.yaml'), tiny);
      // 2021 leaves org:stea out but still funds with it: the 2020 file defines it.
      const next = tiny.replace('report:testmaa-2020', 'report:testmaa-2021').replace('year: 2020', 'year: 2021').replace('  - key: org:stea\n    name: STEA\n    kind: STATE_AGENCY\n', '').replace('funders:\n  - key: org:stea\n    kind: STATE_AGENCY\n', '');
      writeFileSync(path.join(y2021, 'testmaa.yaml'), next);
      const result = loadSeedFiles([path.join(y2021, 'testmaa.yaml')]);
      expect(result.ok).toBe(true);
      const from = expect.stringMatching(/2020\/testmaa\.yaml$/);
      expect(result.ok && result.seeds[0]!.external).toEqual([
        { kind: 'funder', key: 'org:stea', path: ['projects', 0, 'funders', 0, 'funder'], from, line: next.split('\n').indexOf('      - funder: org:stea') + 1 },
      ]);
      // The other way round, an earlier report cannot rely on a later one: the message says where the key is.
      writeFileSync(path.join(y2020, 'testmaa.yaml'), next.replace('report:testmaa-2021', 'report:testmaa-2020').replace('year: 2021', 'year: 2020'));
      writeFileSync(path.join(y2021, 'testmaa.yaml'), tiny.replace('report:testmaa-2020', 'report:testmaa-2021').replace('year: 2020', 'year: 2021'));
      const earlier = loadSeedFiles([path.join(y2020, 'testmaa.yaml')]);
      const line = tiny.split('\n').lastIndexOf('  - key: org:stea') + 1; // its funders entry
      expect(earlier.ok ? [] : earlier.problems.map(formatProblem)).toEqual([
        expect.stringMatching(new RegExp(`unknown funder "org:stea"; it is defined in \\S*2021/testmaa\\.yaml:${line}, not an earlier year's file — a report relies only on earlier years: copy that entry into this file$`)),
      ]);
      // Without the graph, a key that no file defines stays unknown; with it, it is left for the import to check.
      const alone = path.join(y2021, 'testmaa.yaml');
      writeFileSync(alone, next.replace('funder: org:stea', 'funder: org:stea-x'));
      expect(loadSeedFiles([alone]).ok).toBe(false);
      const withGraph = loadSeedFiles([alone], { graph: true });
      expect(withGraph.ok && withGraph.seeds[0]!.external.map((r) => [r.key, r.from])).toEqual([['org:stea-x', 'graph']]);
    } finally {
      rmSync(seeds, { recursive: true, force: true });
    }
  });

  it('lists every TODO the scaffold left, one per quote or value, with its line', () => {
    const draft = tiny
      .replace('  date: 2021-01-28', '  date: TODO')
      .replace(/( {2}- key: org:stea\n {4}name: STEA\n {4}kind: STATE_AGENCY\n)/, '$1    source: { section: TODO, quote: TODO }\n');
    const lines = draft.split('\n');
    expect(problemsOf(draft)).toEqual([
      expect.stringMatching(new RegExp(`bad\\.yaml:${lines.indexOf('  date: TODO') + 1} report\\.date: still to write \\(TODO\\)`)),
      expect.stringMatching(new RegExp(`bad\\.yaml:${lines.indexOf('    source: { section: TODO, quote: TODO }') + 1} organizations\\[\\d\\]\\.source\\.quote: quote still to write \\(TODO\\)`)),
    ]);
  });

  it('refuses empty files, non-YAML, non-mappings and duplicate YAML keys', () => {
    expect(problemsOf('')).toEqual([expect.stringMatching(/bad\.yaml: the file is empty/)]);
    expect(problemsOf('report: [unclosed\n  - x: {')[0]).toMatch(/bad\.yaml:\d+: not valid YAML/);
    expect(problemsOf('- just\n- a list\n')[0]).toMatch(/a seed file is a YAML mapping/);
    expect(problemsOf(tiny.replace('  region: Testmaa', '  region: Testmaa\n  region: Other'))[0]).toMatch(/not valid YAML: Map keys must be unique/);
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const started = Date.now();
    const problems = problemsOf(bomb.join('\n'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(problems[0]).toMatch(/refused: .*alias/i);
  });

  it('refuses files over the size limit before parsing them', () => {
    const file = path.join(dir, 'big.yaml');
    writeFileSync(file, tiny);
    const result = loadSeedFiles([file], { maxFileBytes: 100 });
    expect(result.ok).toBe(false);
    expect(!result.ok && formatProblem(result.problems[0]!)).toMatch(/big\.yaml: the file is \d+ bytes; the limit is 100/);
  });

  it('refuses a missing path and a folder without seeds', () => {
    expect(problemsOf(tiny).length).toBe(0);
    const missing = loadSeedFiles([path.join(dir, 'nope.yaml')]);
    expect(!missing.ok && formatProblem(missing.problems[0]!)).toMatch(/no such file or folder/);
    const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'botnia-empty-'));
    const empty = loadSeedFiles([emptyDir]);
    rmSync(emptyDir, { recursive: true });
    expect(!empty.ok && formatProblem(empty.problems[0]!)).toMatch(/no \.yaml seed files found/);
  });

  it('seeds/seed.schema.json is generated from the zod schema (run `npm run seed:schema`)', () => {
    expect(JSON.parse(readFileSync('seeds/seed.schema.json', 'utf8'))).toEqual(seedJsonSchema());
  });
});

describe('seeds/README.md', () => {
  it('lists the allowed values of every enumerated field as the vocabulary has them (run `npm run seed:docs`)', () => {
    const text = readFileSync(SEED_README, 'utf8');
    expect(regeneratedReadme(text)).toBe(text);
    const fields = Object.fromEntries(enumFields().map((f) => [f.field, f.values]));
    expect(fields['organizations[].kind']).toEqual([...OrganizationKind]);
    expect(fields['projects[].status']).toEqual([...ProjectStatus]);
    expect(text).toContain(`| \`projects[].status\` | ${ProjectStatus.map((v) => `\`${v}\``).join(', ')} |`);
    expect(text).not.toMatch(/see src\/graph\/vocabulary\.ts|are in `src\/graph\/vocabulary\.ts`/);
  });

  it('describes the quote check as it is: checked with report.sourceFile', () => {
    const text = readFileSync(SEED_README, 'utf8');
    expect(text).toMatch(/## Quotes are checked/);
    expect(text).not.toMatch(/checks the structure, not\s+the quotes/);
  });
});

describe('quotes checked against the report text', () => {
  it('the bundled 2020 seed validates, every quote found in the report', () => {
    const result = loadSeedFiles(['seeds/2020/keski-pohjanmaa.yaml']);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('a quote that is not in the report is refused with its line', () => {
    const text = readFileSync('seeds/2020/keski-pohjanmaa.yaml', 'utf8').replace(
      'quote: "28.1.2021 Iiris Jurvansuu, SONet BOTNIAn kehittämissuunnittelija Keski-Pohjanmaalla"',
      'quote: "28.1.2021 Iiris Jurvansuu, SONet BOTNIAn kehitysjohtaja"',
    );
    const file = path.join('seeds/2020', '.tmp-misquote.yaml');
    writeFileSync(file, text);
    try {
      const result = loadSeedFiles([file]);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
        expect.stringMatching(/\.tmp-misquote\.yaml:\d+ report\.source\.quote: quote not found in keski-pohjanmaa\.source\.txt: "28\.1\.2021 Iiris Jurvansuu, SONet BOTNIAn kehitysjohtaja"; nearest passage, keski-pohjanmaa\.source\.txt:244: "28\.1\.2021 Iiris Jurvansuu, SONet BOTNIAn kehittämissuunnittelija/),
      ]);
    } finally {
      rmSync(file);
    }
  });
});
