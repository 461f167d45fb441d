/**
 * Keys that do not guess right, asked as an analyst would on the 2020 graph: another key the entity is known by
 * (STEA is org:stea, and funder:stea as a funder), a name or alias in any case and without diacritics, a miss that
 * says so with the nearest keys, and a name two entities go by refused with both.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeeds } from '../../src/import/import.js';
import { CollaboratorsDocument, ConnectionDocument, EntityByNameDocument, FunderByAnyKeyDocument, OrganizationByNameDocument, PersonByNameDocument, PortfolioDocument } from '../generated/graphql.js';
import { withReport2020 } from '../support/report-2020.js';

const { db, api } = withReport2020();
const dir = mkdtempSync(join(tmpdir(), 'botnia-keys-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('another key the entity is known by', () => {
  it('funder(key: "funder:stea") is STEA, whose key is org:stea, with its portfolio and the quote that states it', async () => {
    const { data, errors } = await api.run(FunderByAnyKeyDocument, { key: 'funder:stea' });
    expect(errors).toBeUndefined();
    expect(data!.funder).toMatchObject({ key: 'org:stea', shortName: 'STEA' });
    const verna = data!.funder!.projects.find((p) => p.project.key === 'project:verna');
    expect(verna).toBeDefined();
    expect(verna!.sources.map((s) => s.quote).join(' ')).toMatch(/STEA/);
  });

  it('funderPortfolio, collaborators and connection take it too', async () => {
    const portfolio = await api.run(PortfolioDocument, { funder: 'funder:stea' });
    expect(portfolio.errors).toBeUndefined();
    expect(portfolio.data!.funderPortfolio!.funder.key).toBe('org:stea');
    const byKey = await api.run(CollaboratorsDocument, { key: 'org:stea' });
    const byOtherKey = await api.run(CollaboratorsDocument, { key: 'funder:stea' });
    expect(byOtherKey.errors).toBeUndefined();
    expect(byOtherKey.data).toEqual(byKey.data);
    const path = await api.run(ConnectionDocument, { from: 'funder:stea', to: 'org:kosti-ry' });
    expect(path.errors).toBeUndefined();
    expect(path.data!.connection[0]!.nodes[0]!.key).toBe('org:stea');
  });
});

describe('a name or alias, whatever the case and diacritics', () => {
  it('organization(key: "soite") is Soite, by its alias', async () => {
    const { data, errors } = await api.run(OrganizationByNameDocument, { key: 'soite' });
    expect(errors).toBeUndefined();
    expect(data!.organization!.key).toBe('org:soite');
    expect(data!.organization!.aliases).toContain('Soite');
  });

  it('person(key: "minna lonnback") is Minna Lönnbäck, with her title and its quote', async () => {
    const { data, errors } = await api.run(PersonByNameDocument, { key: 'minna lonnback' });
    expect(errors).toBeUndefined();
    expect(data!.person!.name).toBe('Minna Lönnbäck');
    const title = data!.person!.affiliations[0]!;
    expect(title.sources.map((s) => s.quote).join(' ')).toContain('Lönnbäck');
  });

  it('entity, collaborators and connection take names: the university centre by a long alias, Kosti ry to Soite', async () => {
    const centre = await api.run(EntityByNameDocument, { key: 'JYVASKYLAN YLIOPISTO / KOKKOLAN YLIOPISTOKESKUS' });
    expect(centre.errors).toBeUndefined();
    expect(centre.data!.entity).toMatchObject({ __typename: 'Organization' });
    const byName = await api.run(CollaboratorsDocument, { key: 'Kosti ry' });
    const byKey = await api.run(CollaboratorsDocument, { key: 'org:kosti-ry' });
    expect(byName.errors).toBeUndefined();
    expect(byName.data).toEqual(byKey.data);
    const path = await api.run(ConnectionDocument, { from: 'Kosti ry', to: 'Soite' });
    expect(path.errors).toBeUndefined();
    const nodes = path.data!.connection[0]!.nodes.map((n) => n.key);
    expect([nodes[0], nodes.at(-1)]).toEqual(['org:kosti-ry', 'org:soite']);
  });
});

describe('a miss', () => {
  it('is null with NOT_FOUND naming the nearest keys', async () => {
    const { data, errors } = await api.run(OrganizationByNameDocument, { key: 'org:kosti' });
    expect(data!.organization).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(errors![0]!.message).toMatch(/Did you mean org:kosti-ry/);
    const suggestions = errors![0]!.extensions!.suggestions as { key: string }[];
    expect(suggestions[0]!.key).toBe('org:kosti-ry');
  });

  it('says when the key is of another kind', async () => {
    const { data, errors } = await api.run(FunderByAnyKeyDocument, { key: 'org:kosti-ry' });
    expect(data!.funder).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(errors![0]!.message).toContain('org:kosti-ry is an Organization, not a Funder');
  });

  it('in collaborators is an error too, not an empty list', async () => {
    const { errors } = await api.run(CollaboratorsDocument, { key: 'org:no-such-org' });
    expect(errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('a name two entities go by', () => {
  beforeAll(async () => {
    const source = { section: 'Synthetic', quote: 'Synthetic namesake for the lookup test.' };
    const seed = {
      report: { key: 'report:testmaa-2020', title: 'Synthetic namesake (test fixture, not report data)', region: 'Testmaa', year: 2020, date: '2021-01-01', author: 'person:namesake-author', about: 'org:kosti-testmaa' },
      organizations: [{ key: 'org:kosti-testmaa', name: 'KOSTI RY', kind: 'ASSOCIATION', source }],
      people: [{ key: 'person:namesake-author', name: 'Namesake Author', source }],
    };
    const file = join(dir, 'testmaa-2020.yaml');
    writeFileSync(file, JSON.stringify(seed)); // JSON is YAML
    await importSeeds(db.executor, [file]);
  });

  it('is refused with AMBIGUOUS_NAME and both candidates', async () => {
    const { data, errors } = await api.run(OrganizationByNameDocument, { key: 'kosti ry' });
    expect(data!.organization).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('AMBIGUOUS_NAME');
    const candidates = (errors![0]!.extensions!.candidates as { key: string }[]).map((c) => c.key).sort();
    expect(candidates).toEqual(['org:kosti-ry', 'org:kosti-testmaa']);
    // Its key still finds each.
    expect((await api.run(OrganizationByNameDocument, { key: 'org:kosti-ry' })).data!.organization!.name).toBe('Kosti ry');
  });
});
