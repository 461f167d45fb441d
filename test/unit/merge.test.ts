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
    expect(merged).toMatchObject({ key: 'project:x', name: 'X', years: [2020], reports: ['report:a-2020'], searchText: 'X' });
    expect(merged.statements).toEqual(['{"report":"report:a-2020","year":2020,"region":null,"values":{"name":"X","status":"PREPARED"}}']);
    expect(merged.sources).toEqual(['{"report":"report:a-2020","section":"s","quote":"q"}']);
  });

  it('merging the same row again is a no-op', () => {
    const once = mergeNode(undefined, row(), { reportKey: 'report:a-2020', year: 2020 });
    expect(sameProps(once, mergeNode(once, row(), { reportKey: 'report:a-2020', year: 2020 }))).toBe(true);
  });

  it('keeps every report’s statement; the plain properties are the newest report’s, whatever the import order', () => {
    const r2020 = row();
    const r2021 = row({ props: { name: 'X2', status: 'ONGOING' }, lists: { statusHistory: ['2021:ONGOING'] } });
    const r2019 = row({ props: { name: 'Old', status: 'PREPARED', startYear: 2019 }, lists: { statusHistory: ['2019:PREPARED'] } });
    const stamps = { r2019: { reportKey: 'report:a-2019', year: 2019 }, r2020: { reportKey: 'report:a-2020', year: 2020 }, r2021: { reportKey: 'report:a-2021', year: 2021 } };
    const forward = mergeNode(mergeNode(mergeNode(undefined, r2019, stamps.r2019), r2020, stamps.r2020), r2021, stamps.r2021);
    const backward = mergeNode(mergeNode(mergeNode(undefined, r2021, stamps.r2021), r2020, stamps.r2020), r2019, stamps.r2019);
    expect(forward).toMatchObject({ name: 'X2', status: 'ONGOING', startYear: 2019, years: [2019, 2020, 2021] });
    expect(forward.statusHistory).toEqual(['2019:PREPARED', '2020:PREPARED', '2021:ONGOING']);
    expect(forward.statedYear).toBeUndefined();
    // Sources are listed in the order they came; everything else is the same graph.
    expect({ ...backward, sources: null, reports: null }).toEqual({ ...forward, sources: null, reports: null });
  });

  it('a corrected file of the same report replaces its statement; a field only it gave goes with it', () => {
    const first = mergeNode(undefined, row({ props: { name: 'X', status: 'PREPARED', startYear: 2019 } }), { reportKey: 'report:a-2020', year: 2020 });
    const corrected = mergeNode(first, row(), { reportKey: 'report:a-2020', year: 2020 });
    expect(corrected.startYear).toBeUndefined();
    expect(corrected.statements).toHaveLength(1);
  });

  it('two regions’ reports of one year are two statements; the report key breaks the tie', () => {
    const a = mergeNode(undefined, row(), { reportKey: 'report:keski-pohjanmaa-2020', year: 2020, region: 'Keski-Pohjanmaa' });
    const b = mergeNode(a, row({ props: { name: 'X', status: 'ONGOING' } }), { reportKey: 'report:pohjanmaa-2020', year: 2020, region: 'Pohjanmaa' });
    expect(b.statements).toHaveLength(2);
    expect(b.status).toBe('ONGOING');
    expect(b.statusHistory).toEqual(['2020:PREPARED', '2020:ONGOING']);
  });

  it('a graph imported before statements were kept: its scalars become one statement of its newest report', () => {
    const legacy = { key: 'project:x', name: 'X', status: 'PREPARED', years: [2020], reports: ['report:a-2020'], statedYear: 2020 };
    const merged = mergeNode(legacy, row({ props: { name: 'X', status: 'ONGOING' } }), { reportKey: 'report:a-2021', year: 2021 });
    expect(merged.statements).toHaveLength(2);
    expect(merged).toMatchObject({ status: 'ONGOING', statusHistory: ['2020:PREPARED', '2021:ONGOING'] });
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
