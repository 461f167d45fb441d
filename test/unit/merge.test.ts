import { describe, expect, it } from 'vitest';
import { mergeNode, mergeRel, sameProps } from '../../src/import/merge.js';
import { planSeed } from '../../src/import/plan.js';
import { parseSeedText } from '../../src/import/load.js';
import { readFileSync } from 'node:fs';
import type { NodeRow, RelRow } from '../../src/import/plan.js';

const row = (over: Partial<NodeRow> = {}): NodeRow => ({
  key: 'project:x',
  labels: ['Project'],
  props: { name: 'X', status: 'PREPARED' },
  lists: { statusHistory: ['2020:PREPARED'] },
  searchTerms: ['X'],
  provenance: [{ source: { section: 's', quote: 'q' } }],
  ...over,
});

describe('merging a report into what the graph holds', () => {
  it('a new node gets the report year, report and source', () => {
    const merged = mergeNode(undefined, row(), { reportKey: 'report:a-2020', year: 2020 });
    expect(merged).toMatchObject({ key: 'project:x', name: 'X', years: [2020], reports: ['report:a-2020'], statedYear: 2020, searchText: 'X' });
    expect(merged.sources).toEqual(['{"report":"report:a-2020","section":"s","quote":"q"}']);
  });

  it('merging the same row again is a no-op', () => {
    const once = mergeNode(undefined, row(), { reportKey: 'report:a-2020', year: 2020 });
    expect(sameProps(once, mergeNode(once, row(), { reportKey: 'report:a-2020', year: 2020 }))).toBe(true);
  });

  it('a newer year overwrites scalars and appends lists; an older one only fills gaps', () => {
    const y2020 = mergeNode(undefined, row(), { reportKey: 'report:a-2020', year: 2020 });
    const y2021 = mergeNode(y2020, row({ props: { name: 'X2', status: 'ONGOING' }, lists: { statusHistory: ['2021:ONGOING'] } }), { reportKey: 'report:a-2021', year: 2021 });
    expect(y2021).toMatchObject({ name: 'X2', status: 'ONGOING', years: [2020, 2021], statusHistory: ['2020:PREPARED', '2021:ONGOING'], statedYear: 2021 });
    const again2019 = mergeNode(y2021, row({ props: { name: 'Old', status: 'PREPARED', startYear: 2019 }, lists: {} }), { reportKey: 'report:a-2019', year: 2019 });
    expect(again2019).toMatchObject({ name: 'X2', status: 'ONGOING', startYear: 2019, years: [2019, 2020, 2021] });
  });

  it('relationships keep their identity and accumulate sources', () => {
    const rel: RelRow = { type: 'PARTICIPATES_IN', from: 'org:a', to: 'project:x', rid: 'LEAD', props: { role: 'LEAD' }, provenance: [{ source: { section: 's', quote: 'q1' } }] };
    const a = mergeRel(undefined, rel, { reportKey: 'r1', year: 2020 });
    const b = mergeRel(a, { ...rel, provenance: [{ source: { section: 's', quote: 'q2' }, ambiguity: 'unclear' }] }, { reportKey: 'r2', year: 2021 });
    expect(b).toMatchObject({ rid: 'LEAD', role: 'LEAD', years: [2020, 2021], ambiguities: ['unclear'] });
    expect(b.sources).toHaveLength(2);
  });
});

describe('planning the 2020 report', () => {
  it('turns every entity into a node and every reference into a relationship', () => {
    const seed = parseSeedText(readFileSync('seeds/2020/keski-pohjanmaa.yaml', 'utf8'), 'seeds/2020/keski-pohjanmaa.yaml').data!;
    const plan = planSeed(seed);
    const entities =
      1 + seed.organizations.length + seed.funders.filter((f) => f.key.startsWith('funder:')).length + seed.people.length + seed.bodies.length +
      seed.seats.length + seed.programmes.length + seed.projects.length + seed.events.length + seed.priorities.length + seed.evaluations.length;
    expect(plan.nodes).toHaveLength(entities);
    expect(plan.nodes.find((n) => n.key === 'org:stea')!.labels).toEqual(['Organization', 'Funder']);
    expect(plan.rels.filter((r) => r.type === 'DEPUTY_FOR').length).toBe(seed.seats.filter((s) => s.deputyFor).length);
    const ids = plan.rels.map((r) => `${r.type}|${r.from}|${r.rid}|${r.to}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
