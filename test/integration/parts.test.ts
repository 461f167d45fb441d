/**
 * Parts of organisations on the organisation's own fields (issue 16): `includeParts` on every to-many traversal of an
 * Organization that the model gives it (src/graph/traversals.ts) and on its count, asked as an analyst would through
 * the typed operations of test/operations/parts.graphql on the 2020 graph, and checked field by field against the
 * organisation's and its parts' own lists, on both read paths (the compiled statement and the loaders).
 */
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, parse, print, type GraphQLEnumType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maxDegrees } from '../../src/api/engine/degree.queries.js';
import { estimateWith } from '../../src/api/limits.js';
import { getSchema } from '../../src/api/schema.js';
import { relationship } from '../../src/graph/model.js';
import { TRAVERSALS, type Traversal } from '../../src/graph/traversals.js';
import {
  OrganizationActivitiesWithPartsDocument,
  OrganizationProjectsWithPartsDocument,
  OrganizationSeatsWithPartsDocument,
} from '../generated/graphql.js';
import { withReport2020 } from '../support/report-2020.js';
import { bothReadPaths, under } from '../support/selections.js';

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
// Selecting every field of every possible type takes more aliases and tokens than a client needs.
const { db, api } = withReport2020({ limits: { maxAliases: 1000, maxTokens: 100_000 } });

const JYU = 'org:jyvaskylan-yliopisto';
const CHYDENIUS = 'org:kokkolan-yliopistokeskus-chydenius';
const SOITE = 'org:soite';
const SONET = 'org:sonet-botnia';
const HOSPITAL = 'org:keski-pohjanmaan-keskussairaala';

/** The Organization fields that take `includeParts`, as the schema offers them. */
const organization = schema.getType('Organization') as GraphQLObjectType;
const withParts = Object.values(organization.getFields()).filter((f) => f.args.some((a) => a.name === 'includeParts'));

describe('the fields that take includeParts', () => {
  it('are every list of an organisation but its units, and the count beside each', () => {
    const lists = TRAVERSALS.Organization.filter((t) => !t.one && t.name !== 'units').map((t) => t.name);
    expect(lists.length).toBeGreaterThanOrEqual(7);
    expect(withParts.map((f) => f.name).sort()).toEqual([...lists, ...lists.map((l) => `${l}Count`)].sort());
    // Other kinds have no parts: no other type offers it on a traversal.
    for (const typename of Object.keys(TRAVERSALS).filter((t) => t !== 'Organization')) {
      const type = schema.getType(typename) as GraphQLObjectType;
      expect(Object.values(type.getFields()).filter((f) => f.args.some((a) => a.name === 'includeParts')), typename).toEqual([]);
    }
  });
});

describe('an organisation’s projects, seats and activities with its parts', () => {
  it('which projects Jyväskylän yliopisto takes part in, counting its university centre: TASOS, led by Chydenius', async () => {
    const alone = await api.run(OrganizationProjectsWithPartsDocument, { key: JYU });
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.organization).toMatchObject({ projectsCount: 0, projects: [] });

    const { data, errors } = await api.run(OrganizationProjectsWithPartsDocument, { key: JYU, includeParts: true });
    expect(errors).toBeUndefined();
    const org = data!.organization!;
    expect(org.projects.map((p) => [p.project.key, p.role, p.organization.key])).toEqual([['project:tasos', 'LEAD', CHYDENIUS]]);
    expect(org.projectsCount).toBe(org.projects.length);
    // The edge says which part the project came through, with that part's quote.
    expect(org.projects[0]!.organization.name).toBe('Kokkolan yliopistokeskus Chydenius');
    expect(org.projects[0]!.sources.map((s) => s.quote).join(' ')).toMatch(/päähallinnoija Jyväskylän yliopisto\/Kokkolan yliopistokeskus Chydenius/);
  });

  it('who holds the university’s seats, through its university centre: the member, then her deputy', async () => {
    const alone = await api.run(OrganizationSeatsWithPartsDocument, { key: JYU });
    expect(alone.data!.organization).toMatchObject({ seatsCount: 0, seats: [] });

    const { data, errors } = await api.run(OrganizationSeatsWithPartsDocument, { key: JYU, includeParts: true });
    expect(errors).toBeUndefined();
    const { seats, seatsCount } = data!.organization!;
    expect(seats.map((s) => [s.person?.name, s.role, s.represents?.key])).toEqual([
      ['Niina Rantamäki', 'MEMBER', CHYDENIUS],
      ['Anu-Riina Svenlin', 'DEPUTY', CHYDENIUS],
    ]);
    expect(seatsCount).toBe(2);
    expect(seats[1]!.deputyFor!.key).toBe(seats[0]!.key);
    expect(seats[0]!.sources[0]!.quote).toMatch(/Jyväskylän yliopisto, Kokkolan yliopistokeskus Chydenius Niina Rantamäki, projektitutkija/);
    expect(seats[1]!.sources[0]!.quote).toMatch(/Anu-Riina Svenlin, yliopistonopettaja/);
    // The same seats the part lists as its own.
    const part = await api.run(OrganizationSeatsWithPartsDocument, { key: CHYDENIUS });
    expect(part.data!.organization!.seats).toEqual(seats);
  });

  it('Soite’s projects with SONet BOTNIA and the central hospital: each project once, Soite’s own as they were', async () => {
    const alone = (await api.run(OrganizationProjectsWithPartsDocument, { key: SOITE })).data!.organization!;
    const { data, errors } = await api.run(OrganizationProjectsWithPartsDocument, { key: SOITE, includeParts: true });
    expect(errors).toBeUndefined();
    const all = data!.organization!;
    const keys = all.projects.map((p) => p.project.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(all.projectsCount).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(alone.projects.length);
    // Soite's own participations stay, with its role and its quote (Soite 2.0 led by Soite, SONet BOTNIA coordinating).
    for (const own of alone.projects) expect(all.projects).toContainEqual(own);
    expect(all.projects.find((p) => p.project.key === 'project:soite-2-0-sote-keskus')).toMatchObject({ role: 'LEAD', organization: { key: SOITE } });
    // TASOS through SONet BOTNIA; OLKA, where the hospital and SONet BOTNIA both take part, once, through the hospital.
    const tasos = all.projects.find((p) => p.project.key === 'project:tasos')!;
    expect(tasos).toMatchObject({ role: 'CO_IMPLEMENTER', organization: { key: SONET } });
    expect(tasos.sources.map((s) => s.quote).join(' ')).toMatch(/osatoteuttajan suunnitelma TASOS/);
    expect(keys.filter((k) => k === 'project:olka-keski-pohjanmaan-keskussairaala')).toHaveLength(1);
    expect(all.projects.find((p) => p.project.key === 'project:olka-keski-pohjanmaan-keskussairaala')!.organization.key).toBe(HOSPITAL);
  });

  it('which of Soite’s projects someone of it leads, and the year and region views with parts', async () => {
    const leads = (await api.run(OrganizationProjectsWithPartsDocument, { key: SOITE, includeParts: true, roles: ['LEAD'] })).data!.organization!;
    expect(leads.projects.map((p) => [p.project.key, p.organization.key])).toEqual([
      ['project:soite-2-0-sote-keskus', SOITE],
      ['project:tkio-alkukartoitus', SONET],
    ]);
    expect(leads.projectsCount).toBe(2);

    const newest = (await api.run(OrganizationProjectsWithPartsDocument, { key: SOITE, includeParts: true })).data!.organization!;
    const of2020 = (await api.run(OrganizationProjectsWithPartsDocument, { key: SOITE, includeParts: true, year: 2020 })).data!.organization!;
    expect(of2020.projects.map((p) => p.project.key)).toEqual(newest.projects.map((p) => p.project.key));
    expect(of2020.projects.every((p) => p.statedIn === 2020 && p.years.includes(2020))).toBe(true);
    expect(of2020.projectsCount).toBe(newest.projectsCount);
    const of2019 = (await api.run(OrganizationProjectsWithPartsDocument, { key: SOITE, includeParts: true, year: 2019 })).data!.organization!;
    expect(of2019).toMatchObject({ projects: [], projectsCount: 0 });

    const region = (await api.run(OrganizationProjectsWithPartsDocument, { key: JYU, includeParts: true, region: 'Keski-Pohjanmaa' })).data!.organization!;
    expect(region.projects.map((p) => p.project.key)).toEqual(['project:tasos']);
    const elsewhere = (await api.run(OrganizationProjectsWithPartsDocument, { key: JYU, includeParts: true, region: 'Lappi' })).data!.organization!;
    expect(elsewhere).toMatchObject({ projects: [], projectsCount: 0 });
  });

  it('what SONet BOTNIA, a part of Soite, brings to Soite: networks, events, the steering group it hosts, its people', async () => {
    const alone = (await api.run(OrganizationActivitiesWithPartsDocument, { key: SOITE })).data!.organization!;
    const { data, errors } = await api.run(OrganizationActivitiesWithPartsDocument, { key: SOITE, includeParts: true });
    expect(errors).toBeUndefined();
    const all = data!.organization!;
    expect(alone.memberships).toEqual([]);
    expect(all.memberships.map((m) => [m.body.key, m.role, m.member.key])).toEqual([
      ['body:kirjaamisvalmentajien-verkosto', 'COORDINATOR', SONET],
      ['body:maakunnallistuva-aikuissosiaalityo-verkosto', 'MEMBER', SONET],
    ]);
    expect(all.organizes.map((o) => o.target.key)).toContain('event:sosdigi-teemailtapaiva-2020-03-04');
    expect(all.organizes.every((o) => o.organization.key === SONET && o.sources.length > 0)).toBe(true);
    expect(all.bodies.map((b) => [b.key, b.organization!.key])).toContainEqual(['body:keski-pohjanmaa-alueohjausryhma', SONET]);
    // Both of Arto Rautajoki's titles at SONET BOTNIA, as its own list has them.
    expect(all.people.filter((p) => p.person.key === 'person:arto-rautajoki').map((p) => p.title).sort()).toEqual(['kehitysjohtaja', 'kehityspäällikkö']);
    expect(all.people.find((p) => p.person.key === 'person:iiris-jurvansuu')).toMatchObject({ title: 'kehittämissuunnittelija', organization: { key: SONET } });
    for (const f of ['memberships', 'organizes', 'bodies', 'people', 'funds'] as const) {
      expect(all[`${f}Count`], f).toBe(all[f].length);
      expect(all[f] as unknown[], f).toEqual(expect.arrayContaining(alone[f] as unknown[]));
    }
    // Units are the parts themselves: not folded (their units are their own field).
    expect(all.units.map((u) => u.key).sort()).toEqual([HOSPITAL, SONET]);
  });
});

/** An edge traversal's two ends, as the model names them: the one it starts from, and the one it reaches. */
function endsOf(t: Traversal) {
  const edge = relationship(t.rel).edge;
  if (!t.edge || !edge) return [];
  return t.direction === 'out' ? [edge.from, edge.to] : [edge.to, edge.from];
}

/** The organisation and its parts, transitively, through the API's own `units`. */
async function group(key: string): Promise<string[]> {
  const found = [key];
  for (let i = 0; i < found.length; i++) {
    const r = await api.raw('query U($key: String!) { organization(key: $key) { units(first: 500) { key } } }', { key: found[i] });
    for (const u of r.data!.organization.units as { key: string }[]) if (!found.includes(u.key)) found.push(u.key);
  }
  return found;
}

describe('every list with includeParts', () => {
  it('is the organisation’s and its parts’ own lists together, each item once, through the organisation first, its count its length', async () => {
    let folded = 0;
    for (const key of [SOITE, JYU, SONET]) {
      const members = await group(key);
      for (const t of TRAVERSALS.Organization.filter((x) => x.parts)) {
        const [self, other] = endsOf(t);
        // The item (the reached entity, or the edge's other end) and the member it came through.
        const selection = self ? `${other!.name} { key } ${self.name} { key }` : 'key';
        const item = (x: Record<string, { key: string }> & { key?: string }) => (self ? x[other!.name]!.key : x.key!);
        const query = `query L($key: String!, $parts: Boolean) { organization(key: $key) {
          n: ${t.name}Count(includeParts: $parts) l: ${t.name}(includeParts: $parts, first: 500) { ${selection} } } }`;
        const lists = async (k: string, parts: boolean) => {
          const r = await api.raw(query, { key: k, parts });
          expect(r.errors, `${k} ${t.name}`).toBeUndefined();
          return r.data!.organization as { n: number; l: (Record<string, { key: string }> & { key?: string })[] };
        };
        const all = await lists(key, true);
        const at = `${key}.${t.name}(includeParts: true)`;
        expect(all.n, at).toBe(all.l.length);
        const own = await Promise.all(members.map((m) => lists(m, false)));
        // Each item once, through the first member (the organisation, then its parts) whose own list has it.
        const expected: string[] = [];
        const through = new Map<string, string>();
        own.forEach((o, i) =>
          o.l.forEach((x) => {
            if (!through.has(item(x))) through.set(item(x), members[i]!);
          }),
        );
        for (const [i, o] of own.entries()) for (const x of o.l) if (through.get(item(x)) === members[i]) expected.push(item(x));
        expect(all.l.map(item).sort(), at).toEqual(expected.sort());
        if (self) for (const x of all.l) expect(x[self.name]!.key, at).toBe(through.get(item(x)));
        // The organisation's own list is kept whole.
        expect(all.l, at).toEqual(expect.arrayContaining(own[0]!.l));
        if (all.l.length > own[0]!.l.length) folded++;
      }
    }
    expect(folded).toBeGreaterThanOrEqual(5);
  });

  it('is counted by the cost limit from `first`: with its parts a list can be longer than any one node’s degree', async () => {
    const s = await getSchema();
    const degrees = await maxDegrees(db.executor);
    const cost = (args: string) => estimateWith(s, degrees, parse(`{ organization(key: "${SOITE}") { projects(${args}) { role } } }`), undefined, {})!.cost;
    expect(cost('first: 500, includeParts: true')).toBe(1 + 1 + 500);
    expect(cost('first: 500')).toBeLessThan(cost('first: 500, includeParts: true'));
  });
});

/** Both read paths of one operation. */
const both = (query: string, variables: Record<string, unknown> = {}) => bothReadPaths(api, db.executor, query, variables);

describe('the compiled statement answers as the loaders do with includeParts', () => {
  it('for every field that takes it, two levels deep (its parts’ fields too), with year, region, roles and first', async () => {
    let compared = 0;
    let nonEmpty = 0;
    for (const f of withParts) {
      // Roles on the field itself only (the levels below have other role enumerations): its enumeration's first two.
      const rolesArg = f.args.find((a) => a.name === 'roles');
      const roles = rolesArg ? `roles: [${(getNamedType(rolesArg.type) as GraphQLEnumType).getValues().slice(0, 2).map((v) => v.name).join(', ')}]` : null;
      const variants = ['includeParts: true', 'includeParts: true, first: 1, year: 2020', 'includeParts: true, region: "Keski-Pohjanmaa"', ...(roles ? [roles] : [])];
      for (const args of variants) {
        // A region is a shape of its own: one level of it (the levels below are the plain variant's).
        const selection =
          args === roles
            ? under(schema, organization, f.name, 'includeParts: true', true).replace(`${f.name}(includeParts: true)`, `${f.name}(includeParts: true, ${roles})`)
            : under(schema, organization, f.name, args, !args.includes('region'));
        const query = `query Q($key: String!) { organization(key: $key) { key ${f.name}: ${selection} } }`;
        for (const key of [SOITE, JYU]) {
          const at = `Organization.${f.name}(${args}) of ${key}`;
          const { compiled, loaders } = await both(query, { key });
          expect(compiled.errors, at).toBeUndefined();
          expect(loaders.errors, at).toBeUndefined();
          expect(compiled.data, at).toEqual(loaders.data);
          expect(compiled.statements, `${at}: one statement`).toBe(1);
          const value = (compiled.data!.organization as Record<string, unknown>)[f.name];
          if (Array.isArray(value) ? value.length : value) nonEmpty++;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(14 * 3 * 2);
    expect(nonEmpty).toBeGreaterThan(30);
  }, 600_000);

  it('for the analyst operations with parts', async () => {
    for (const [doc, variables] of [
      [OrganizationProjectsWithPartsDocument, { key: SOITE, includeParts: true }],
      [OrganizationSeatsWithPartsDocument, { key: JYU, includeParts: true, year: 2020 }],
      [OrganizationActivitiesWithPartsDocument, { key: SOITE, includeParts: true }],
    ] as const) {
      const { compiled, loaders } = await both(print(doc), variables);
      expect(compiled.errors).toBeUndefined();
      expect(compiled.data).toEqual(loaders.data);
      expect(compiled.statements).toBeLessThan(loaders.statements);
    }
  });
});
