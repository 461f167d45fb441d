import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedFiles, parseSeedText } from '../../src/import/load.js';
import { formatProblem } from '../../src/import/problems.js';
import { seedJsonSchema } from '../../src/import/json-schema-cli.js';

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
      .replace('status: ONGOING', 'status: RUNNING')
      .replace('  - key: org:stea\n    name: STEA', '  - key: org:centre\n    name: STEA');
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/:5 report\.year: Invalid input: expected number, received string/);
    expect(problems).toMatch(/people\[0\]\.name: Invalid input/);
    expect(problems).toMatch(/projects\[0\]\.status: Invalid option/);
    expect(problemsOf(tiny.replace('  - key: org:stea\n    name: STEA', '  - key: org:centre\n    name: STEA')).join('\n')).toMatch(
      /organizations\[1\]\.key: duplicate key "org:centre"/,
    );
  });

  it('refuses unknown fields (typos) instead of dropping them', () => {
    expect(problemsOf(tiny.replace('    status: ONGOING', '    status: ONGOING\n    stauts: FUNDED')).join('\n')).toMatch(
      /projects\[0\]: Unrecognized key: "stauts"/,
    );
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
        expect.stringMatching(/\.tmp-misquote\.yaml:\d+ report\.source\.quote: quote not found in keski-pohjanmaa\.source\.txt/),
      ]);
    } finally {
      rmSync(file);
    }
  });
});
