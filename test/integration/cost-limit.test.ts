/**
 * The cost limit as an analyst meets it: natural nested queries on the 2020 graph pass, because nested lists are
 * counted from the graph's largest degrees rather than from `first`; an expensive one is refused with the estimate
 * and the field to narrow; after an import that plants hubs of hundreds (M-ish statistics), a wide query that passed
 * is refused, because the statistics are kept per graph version.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/api/schema.js';
import { DEFAULT_LIMITS, estimateWith } from '../../src/api/limits.js';
import { maxDegrees } from '../../src/api/engine/degree.queries.js';
import { importSeeds } from '../../src/import/import.js';
import { loadReport2020, openTestDb } from '../support/db.js';
import { startHttp, type TestHttp } from '../support/http.js';

const db = openTestDb();
let http: TestHttp;
const dir = mkdtempSync(join(tmpdir(), 'botnia-cost-'));

beforeAll(async () => {
  await loadReport2020(db);
  http = await startHttp({ executor: db.executor, responseCacheChars: 1024 * 1024 });
});
afterAll(async () => {
  await http?.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Four levels under one organisation: its projects, their participants, their seats and memberships, … */
const FOUR_LEVELS = `{
  organization(key: "org:sonet-botnia") {
    name
    projects { role sources { quote } project {
      name
      participants { role organization {
        name
        seats { role title person { name } body { name } }
        memberships { role body { name } }
        projects { role project { name funders { funder { name } } participants { role organization { name } } } }
      } }
      subprojects { name leads { organization { name } } funders { funder { name } } }
    } }
  }
}`;

/** Every object in an answer (what the estimate bounds). */
function objects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + objects(v), 0);
  if (value && typeof value === 'object') return 1 + Object.values(value).reduce((n: number, v) => n + objects(v), 0);
  return 0;
}

const WIDE = `{
  projects(first: 100) { edges { node { key
    participants(first: 500) { organization { key
      projects(first: 500) { project { key
        participants(first: 500) { organization { key } } } } } } } } }
}`;

describe('the cost limit on the 2020 graph', () => {
  it('lets the four-level query on one organisation through, which `first` alone counted over the limit', async () => {
    const byFirst = estimateWith(await getSchema(), null, parse(FOUR_LEVELS), undefined, {})!;
    expect(byFirst.cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    const r = await http.post({ query: FOUR_LEVELS });
    expect(r.body.errors).toBeUndefined();
    const centre = r.body.data.organization;
    expect(centre.name).toMatch(/SONet BOTNIA/i);
    expect(centre.projects.length).toBeGreaterThan(3);
    // A few hundred objects.
    const returned = objects(r.body.data);
    expect(returned).toBeLessThan(3_000);
    const byDegrees = estimateWith(await getSchema(), await maxDegrees(db.executor), parse(FOUR_LEVELS), undefined, {})!;
    expect(byDegrees.cost).toBeLessThan(DEFAULT_LIMITS.maxCost);
    expect(byDegrees.cost).toBeGreaterThanOrEqual(returned);
  });

  it('counts a count as one object, where the list it counts is its items, and an aggregate as its groups', async () => {
    const schema = await getSchema();
    const cost = (q: string) => estimateWith(schema, null, parse(q), undefined, {})!.cost;
    expect(cost('{ organization(key: "org:soite") { projectsCount seatsCount(roles: [MEMBER]) } }')).toBe(3);
    expect(cost('{ organization(key: "org:soite") { projects { role } } }')).toBe(1 + 1 + 25 * 1);
    expect(cost('{ funders { edges { node { projectsCount } } } }')).toBe(1 + 20 * (1 + 1 + 1));
    expect(cost('{ aggregates { projectsBy(dimension: STATUS, first: 10) { value count } } }')).toBe(1 + 1 + 10 * 2);
    expect(cost('{ aggregates { seatsBy(dimension: ORGANIZATION) { value label count } } }')).toBe(1 + 1 + 100 * 3);
  });

  it('refuses a query that is expensive at the 2020 degrees, with the estimate and the field to narrow', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: organizations(first: 100) { edges { node { projects(first: 500) { project { participants(first: 500) { organization { projects(first: 500) { project { key } } } } } } } } }`);
    const r = await http.post({ query: `{ ${aliases.join('\n')} }` });
    expect(r.status).toBe(400);
    const e = r.body.errors[0];
    expect(e.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', maxCost: DEFAULT_LIMITS.maxCost, estimatedFrom: 'GRAPH_STATISTICS' });
    expect(e.extensions.cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    // Far below what `first` alone counts (20 × 100 × 500³).
    expect(e.extensions.cost).toBeLessThan(20 * 100 * 500 * 500);
    // The largest factor: the top-level page of 100 (each organisation has at most 16 projects).
    expect(e.extensions.field).toBe('a0');
    expect(e.message).toContain('`a0`');
  });

  it('lets a wide query with large `first`s through while no node has that many neighbours', async () => {
    const r = await http.post({ query: WIDE });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.projects.edges.length).toBeGreaterThan(10);
  });
});

describe('after an import with hubs of hundreds (M-ish statistics)', () => {
  beforeAll(async () => {
    const orgs = Array.from({ length: 400 }, (_, i) => `org:hub-member-${i}`);
    const projects = Array.from({ length: 40 }, (_, i) => `project:hub-${i}`);
    const source = { section: 'Synthetic', quote: 'Synthetic hub for the cost test.' };
    const seed = {
      report: { key: 'report:suurmaa-2020', title: 'Synthetic hubs (test fixture, not report data)', region: 'Suurmaa', year: 2020, date: '2021-01-01', author: 'person:hub-author', about: orgs[0] },
      organizations: orgs.map((key, i) => ({ key, name: `Hub member ${i}`, kind: 'ASSOCIATION', source })),
      people: [{ key: 'person:hub-author', name: 'Hub Author', source }],
      projects: projects.map((key, i) => ({
        key,
        name: `Hub project ${i}`,
        status: 'ONGOING',
        source,
        participants: orgs.map((organization, j) => ({ organization, role: j === 0 ? 'LEAD' : 'PARTNER' })),
      })),
    };
    const file = join(dir, 'suurmaa-2020.yaml');
    writeFileSync(file, JSON.stringify(seed)); // JSON is YAML
    await importSeeds(db.executor, [file]);
  });

  it('refuses the wide query now, naming the list to narrow', async () => {
    const r = await http.post({ query: WIDE });
    expect(r.status).toBe(400);
    const e = r.body.errors[0];
    expect(e.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', estimatedFrom: 'GRAPH_STATISTICS', field: 'projects.edges.node.participants' });
    // 100 projects × 400 participants × 40 projects × 400 participants, give or take the objects in between.
    expect(e.extensions.cost).toBeGreaterThan(100 * 400 * 40 * 400);
    expect(e.extensions.cost).toBeLessThan(3 * 100 * 400 * 40 * 400);
  });
});
