/**
 * The compiled path (a root field's whole selection in one statement, src/api/engine/compile.ts) against the loader
 * path (one batched statement per level): for every traversal, count and same-node field of the schema, two levels
 * deep, with and without arguments, on nodes of the 2020 graph, and for the analyst operations, both answer the same.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/graph/model.js';
import { bothReadPaths, compiledFields, under } from '../support/selections.js';
import { withReport2020 } from '../support/report-2020.js';

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
// Selecting every field of every possible type takes more aliases and tokens than a client needs.
const { db, api } = withReport2020({ limits: { maxAliases: 1000, maxTokens: 100_000 } });

/** Both read paths of one operation. */
const both = (query: string, variables: Record<string, unknown> = {}) => bothReadPaths(api, db.executor, query, variables);

describe('the compiled statement answers as the loaders do', () => {
  it('for every compiled field of every type, two levels deep, with and without arguments', async () => {
    const nodes = await db.executor.read<{ key: string; labels: string[] }>('MATCH (n:Entity) RETURN n.key AS key, labels(n) AS labels ORDER BY n.key');
    const fields = new Set<string>();
    let compared = 0;
    let nonEmpty = 0;
    for (const { typename } of ENTITIES) {
      const on = schema.getType(typename) as GraphQLObjectType;
      // Three nodes of the type, the best connected first (so that the lists are not all empty).
      const keys = nodes.filter((n) => n.labels.includes(typename)).map((n) => n.key);
      const best = await db.executor.read<{ key: string }>(
        'UNWIND $keys AS key MATCH (n:Entity {key: key}) RETURN key ORDER BY COUNT { (n)--() } DESC, key LIMIT 3',
        { keys },
      );
      const lookup = typename[0]!.toLowerCase() + typename.slice(1);
      for (const field of compiledFields(typename)) {
        for (const args of ['', 'first: 1, year: 2020']) {
          const query = `query Q($key: String!) { ${lookup}(key: $key) { __typename key ${field}: ${under(schema, on, field, args, true)} } }`;
          for (const { key } of best) {
            const at = `${typename}.${field}(${args}) of ${key}`;
            const { compiled, loaders } = await both(query, { key });
            expect(compiled.errors, at).toBeUndefined();
            expect(loaders.errors, at).toBeUndefined();
            expect(compiled.data, at).toEqual(loaders.data);
            expect(compiled.statements, `${at}: one statement`).toBe(1);
            const value = (compiled.data![lookup] as Record<string, unknown>)[field];
            if (Array.isArray(value) ? value.length : typeof value === 'number' ? value : value) nonEmpty++;
            compared++;
          }
        }
        fields.add(`${typename}.${field}`);
      }
    }
    expect(fields.size).toBeGreaterThan(60);
    expect(compared).toBeGreaterThan(300);
    expect(nonEmpty).toBeGreaterThan(100);
  }, 600_000);

  it('for the analyst operations, the nested lists and the lookups', async () => {
    const doc = parse(readFileSync('test/operations/analyst.graphql', 'utf8'));
    const cases: [string, Record<string, unknown>][] = [
      ['NestedFunders', { first: 10 }],
      ['FunderPortfolio', { key: 'funder:esr' }],
      ['OrganizationSeats', { key: 'org:kosti-ry' }],
      ['BodySeats', { key: 'body:keski-pohjanmaa-alueohjausryhma' }],
      ['ProjectLead', { key: 'project:mukaan' }],
      ['OrganizationsPage', { first: 20 }],
      ['ProjectsPage', { filter: { funder: 'funder:esr' } }],
    ];
    for (const [name, variables] of cases) {
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name);
      expect(op, name).toBeDefined();
      const { compiled, loaders } = await both(print({ kind: doc.kind, definitions: [op!] }), variables);
      expect(compiled.errors, name).toBeUndefined();
      expect(compiled.data, name).toEqual(loaders.data);
      expect(compiled.statements, name).toBeLessThanOrEqual(loaders.statements);
    }
    // Aliases of one field with different arguments, a fragment spread twice, a same-node field, an edge's starting end.
    const { compiled, loaders } = await both(`{
      organization(key: "org:sonet-botnia") {
        a: projects(first: 2) { role project { ...P } }
        b: projects(first: 30, roles: [PARTNER]) { role project { ...P } organization { key seatsCount } }
        projectsCount
        asFunder { key projectsCount projects { project { key } } }
      }
      funder(key: "org:stea") { organization { key projects(first: 1) { project { key } } } projects { funder { key } project { ...P } } }
      projects(first: 3, filter: { funder: "funder:esr" }) { edges { node { key leads { organization { key } } n: leadsCount } } }
      priorities { key evaluations { value priority { key } } }
    }
    fragment P on Project { key name participantsCount participants(first: 1) { organization { key } } }`);
    expect(compiled.errors).toBeUndefined();
    expect(compiled.data).toEqual(loaders.data);
    expect(compiled.statements).toBe(4);
  });

  it('for one document sent again with other variables, where they change the selection under the root', async () => {
    // The plan of a document is kept (compile.ts, "Plans remembered"): each request must still get its own variables'.
    const query = `query Q($key: String!, $n: Int, $roles: [ParticipationRole!], $year: Int, $seats: Boolean!, $absent: Int) {
      organization(key: $key) { key
        projects(first: $n, roles: $roles, year: $year) { role project { key participants(first: $absent) { organization { key } } } }
        seats(first: 2) @include(if: $seats) { key }
      }
    }`;
    const runs: Record<string, unknown>[] = [
      { key: 'org:sonet-botnia', n: 1, seats: false },
      { key: 'org:sonet-botnia', n: 3, seats: true },
      { key: 'org:sonet-botnia', n: 3, seats: true, roles: ['LEAD'] },
      { key: 'org:soite', n: 3, seats: true, roles: ['LEAD'] },
      { key: 'org:sonet-botnia', n: 3, seats: true, roles: null, absent: 1 },
      { key: 'org:sonet-botnia', n: 3, seats: true, year: 2019 },
      { key: 'org:sonet-botnia', n: 1, seats: false },
    ];
    const answers = [];
    for (const variables of [...runs, ...runs]) {
      const { compiled, loaders } = await both(query, variables);
      const at = JSON.stringify(variables);
      expect(compiled.errors, at).toBeUndefined();
      expect(compiled.data, at).toEqual(loaders.data);
      expect(compiled.statements, at).toBe(1);
      answers.push(compiled.data);
    }
    // Sent twice over, the same answers; and the variables did change them (else this test could not fail).
    expect(answers.slice(runs.length)).toEqual(answers.slice(0, runs.length));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBeGreaterThanOrEqual(5);
  });
});
