import { describe, expect, it } from 'vitest';
import { Label } from '../../src/graph/vocabulary.js';
import { compileFilter, compileList, decodeCursor, encodeCursor, Params, where } from '../../src/api/engine/list.queries.js';
import { listOf } from '../../src/graph/lists.js';
import { listSpec, type FilterValues } from '../../src/api/engine/filter.queries.js';

const organizationList = listSpec(listOf('Organization'));
import { luceneQuery } from '../../src/api/modules/search/search.queries.js';

describe('filter compilation', () => {
  it('puts every value in a parameter, never in the Cypher text', () => {
    const p = new Params();
    const hostile = "x') DETACH DELETE n //";
    const cypher = compileFilter<FilterValues>({ text: hostile, kinds: ['ASSOCIATION'], OR: [{ funder: 'funder:esr' }, { year: 2020 }], NOT: { region: hostile } }, p, organizationList.own);
    expect(cypher).not.toContain(hostile);
    expect(cypher).not.toContain('funder:esr');
    expect(Object.values(p.values)).toEqual([hostile, ['ASSOCIATION'], 'funder:esr', 2020, hostile]);
    expect(cypher).toContain('CONTAINS toLower($p0)) AND (n.kind IN $p1) AND (');
    expect(cypher).toContain('(:Entity {key: $p2}) })) OR (($p3 IN n.years)))');
    expect(cypher).toContain('AND (NOT ((EXISTS { MATCH (rep:Report) WHERE rep.key IN n.reports AND toLower(rep.region) = toLower($p4) })))');
  });

  it('an empty filter is true and deep nesting is refused', () => {
    expect(compileFilter(undefined, new Params(), organizationList.own)).toBe('true');
    let deep: Record<string, unknown> = { text: 'x' };
    for (let i = 0; i < 7; i++) deep = { NOT: deep };
    expect(() => compileFilter(deep, new Params(), organizationList.own)).toThrow(/at most 5 levels/);
  });

  it('composes with where.all / where.any', () => {
    expect(where.all([])).toBe('true');
    expect(where.any([])).toBe('false');
    expect(where.all(['a', 'b'])).toBe('(a) AND (b)');
  });
});

describe('list query', () => {
  it('pages by (sort value, key) after the cursor and counts only when asked', () => {
    const after = encodeCursor({ v: 'Kosti ry', k: 'org:kosti-ry' });
    const q = compileList({
      label: Label.Organization,
      filter: 'true',
      params: new Params(),
      sort: { expr: 'n.name', descending: false },
      first: 10,
      after,
      withTotal: false,
      properties: null,
    });
    expect(q.cypher).toContain('MATCH (n:Organization)');
    expect(q.cypher).toContain('n.name >= $afterValue AND NOT (n.name = $afterValue AND n.key <= $afterKey)');
    expect(q.cypher).toContain('WITH null AS total');
    expect(q.params).toMatchObject({ afterValue: 'Kosti ry', afterKey: 'org:kosti-ry' });
    expect(Number(q.params.limit)).toBe(11);
    const desc = compileList({ label: Label.Organization, filter: 'true', params: new Params(), sort: { expr: 'n.name', descending: true }, first: 5, withTotal: true, properties: null });
    expect(desc.cypher).toContain('ORDER BY n.name DESC, n.key DESC');
    expect(desc.cypher).toContain('RETURN count(n) AS total');
  });

  it('reads the quotes only when asked, and a filtered total in the same pass as the page', () => {
    const base = { label: Label.Project, params: new Params(), sort: { expr: 'n.name', descending: false }, first: 20 };
    const lean = compileList({ ...base, filter: 'true', withTotal: false, properties: ['key', 'name'] });
    expect(lean.cypher).toContain('props: [k IN $properties | n[k]]');
    expect(lean.params.properties).toEqual(['key', 'name']);
    const full = compileList({ ...base, filter: 'true', withTotal: false, properties: null });
    expect(full.cypher).toContain('props: properties(n)');
    const filtered = compileList({ ...base, filter: "n.status = 'ONGOING'", withTotal: true, properties: null });
    expect(filtered.cypher.match(/n\.status = 'ONGOING'/g)).toHaveLength(1);
    expect(filtered.cypher).toContain('size(matches) AS total');
  });

  it('starts an anchored list from the named node, and counts its matches, not the label', () => {
    const q = compileList({
      label: Label.Project,
      anchor: '(:Entity {key: $p0})-[:FUNDS]->(n:Project)',
      filter: 'true',
      params: new Params(),
      sort: { expr: 'n.name', descending: false },
      first: 20,
      withTotal: true,
      properties: null,
    });
    expect(q.cypher).toContain('MATCH (:Entity {key: $p0})-[:FUNDS]->(n:Project) WITH DISTINCT n WHERE');
    expect(q.cypher).toContain('size(matches) AS total');
    expect(q.cypher).not.toContain('MATCH (n:Project)');
  });

  it('refuses a label outside the vocabulary', () => {
    expect(() =>
      compileList({ label: 'Organization) DETACH DELETE (x' as Label, filter: 'true', params: new Params(), sort: { expr: 'n.key', descending: false }, first: 1, withTotal: false, properties: null }),
    ).toThrow(/not a vocabulary label/);
  });

  it('cursors round-trip and forged ones are refused', () => {
    expect(decodeCursor(encodeCursor({ v: 3.4, k: 'evaluation:x' }))).toEqual({ v: 3.4, k: 'evaluation:x' });
    expect(() => decodeCursor('garbage')).toThrow(/cursor/);
    expect(() => decodeCursor(Buffer.from('[{"a":1},"k"]').toString('base64url'))).toThrow(/cursor/);
  });
});

describe('search query text', () => {
  it('escapes Lucene syntax and neutralises operators', () => {
    expect(luceneQuery('Lastensuojelun  AND (kehittäminen)')).toBe('lastensuojelun and \\(kehittäminen\\)');
    expect(luceneQuery('* ~ "')).toBe('');
    expect(luceneQuery('Soite 2.0')).toBe('soite 2.0');
  });
});
