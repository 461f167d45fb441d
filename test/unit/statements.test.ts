/** Per-report statements and what a view answers (src/graph/statements.ts), and each item's continuation (compare.ts). */
import { describe, expect, it } from 'vitest';
import { compareItems, groupItems, type YearItem } from '../../src/analytics/compare.js';
import { decodeStatement, encodeStatement, historyOf, upsertStatement, viewOf, type Statement } from '../../src/graph/statements.js';

const s = (report: string, year: number, values: Statement['values'], region: string | null = 'Keski-Pohjanmaa'): Statement => ({ report, year, region, values });
const list = [
  s('report:kp-2020', 2020, { name: 'X', meetingsPerYear: 6, size: 10 }),
  s('report:kp-2021', 2021, { name: 'X', meetingsPerYear: 7 }),
  s('report:p-2021', 2021, { name: 'X (P)' }, 'Pohjanmaa'),
];

describe('statements', () => {
  it('encode with a stable key order, so the same statement is the same string', () => {
    const a = encodeStatement(s('r', 2020, { b: 1, a: 'x' }));
    expect(a).toBe(encodeStatement(s('r', 2020, { a: 'x', b: 1 })));
    expect(decodeStatement(a)).toEqual(s('r', 2020, { a: 'x', b: 1 }));
  });

  it('a report’s new statement replaces its old one; the list stays oldest first', () => {
    const out = upsertStatement([list[1]!, list[0]!], s('report:kp-2020', 2020, { name: 'Y' }));
    expect(out.map((x) => [x.report, x.values.name])).toEqual([['report:kp-2020', 'Y'], ['report:kp-2021', 'X']]);
  });

  it('a year view answers that year’s report and carries over, saying so, where it is silent', () => {
    expect(viewOf(list, { year: 2020 })).toMatchObject({ values: { name: 'X', meetingsPerYear: 6, size: 10 }, year: 2020, carriedOver: [] });
    const y2021 = viewOf(list, { year: 2021, region: 'Keski-Pohjanmaa' });
    expect(y2021.values).toEqual({ name: 'X', meetingsPerYear: 7, size: 10 });
    expect(y2021.carriedOver).toEqual(['size']);
    // Two regions' reports of one year: without a region the report key decides.
    expect(viewOf(list, { year: 2021 }).values.name).toBe('X (P)');
    expect(viewOf(list).values).toEqual({ name: 'X (P)', meetingsPerYear: 7, size: 10 });
    expect(viewOf(list, { year: 2019 })).toEqual({ values: {}, statedIn: {}, year: null, carriedOver: [], reports: [] });
  });

  it('a view shows the quotes of the reports of its newest year (of its region); a region’s view without a year, all of its reports’', () => {
    expect(viewOf(list, { year: 2020 }).reports).toEqual(['report:kp-2020']);
    expect(viewOf(list, { year: 2021 }).reports).toEqual(['report:kp-2021', 'report:p-2021']);
    expect(viewOf(list, { year: 2021, region: 'Pohjanmaa' }).reports).toEqual(['report:p-2021']);
    expect(viewOf(list, { region: 'Keski-Pohjanmaa' }).reports).toEqual(['report:kp-2020', 'report:kp-2021']);
  });

  it('a history lists each field as each report stated it, narrowed to a region when asked', () => {
    expect(historyOf(list, ['meetingsPerYear']).map((h) => [h.year, h.value])).toEqual([[2020, 6], [2021, 7]]);
    expect(historyOf(list, ['name'], { region: 'Pohjanmaa' })).toEqual([{ field: 'name', year: 2021, region: 'Pohjanmaa', reportKey: 'report:p-2021', value: 'X (P)' }]);
    expect(historyOf(list).map((h) => h.field)).toEqual(['meetingsPerYear', 'meetingsPerYear', 'name', 'name', 'name', 'size']);
  });
});

describe('each item between two years', () => {
  const item = (key: string, more: Partial<YearItem<string>> = {}): YearItem<string> => ({ key, ended: false, sources: [`${key} quote`], ...more });
  it('continued, appeared, ended (stated / absent from a complete list) and not mentioned', () => {
    const from = [item('a', { list: 'body' }), item('b', { list: 'body' }), item('c'), item('d'), item('old', { ended: true })];
    const to = [item('a', { list: 'body' }), item('d', { ended: true }), item('e')];
    const changes = compareItems(from, to, (l) => (l === 'body' ? ['the list'] : null));
    expect(changes.map((c) => [c.key, c.change, c.endedBy, c.sources[0]])).toEqual([
      ['a', 'CONTINUED', null, 'a quote'],
      ['b', 'ENDED', 'ABSENT_FROM_COMPLETE_LIST', 'the list'],
      ['c', 'NOT_MENTIONED', null, 'c quote'],
      ['d', 'ENDED', 'STATED', 'd quote'],
      ['e', 'APPEARED', null, 'e quote'],
    ]);
  });

  it('groups (an organisation’s seats in a body) end only when every one of their items does', () => {
    const seats = [item('s1', { ended: true }), item('s2')];
    expect(groupItems(seats, () => 'org|body')).toEqual([{ key: 'org|body', list: undefined, ended: false, sources: ['s1 quote', 's2 quote'] }]);
  });
});
