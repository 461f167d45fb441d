/**
 * Compiled execution (src/api/execution.ts): a document's first run goes through graphql-js, the runs after it
 * through the function graphql-jit compiled for it. Both must answer the same: data, errors (message, path, code),
 * null where a field failed, abstract types, introspection, @skip/@include, and bad variables.
 */
import { readFileSync } from 'node:fs';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { executionCounts } from '../../src/api/execution.js';
import { withReport2020 } from '../support/report-2020.js';

const { api } = withReport2020();

const analyst = parse(readFileSync('test/operations/analyst.graphql', 'utf8'));
const operation = (name: string) => {
  const op = analyst.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name);
  if (!op) throw new Error(`no operation ${name} in analyst.graphql`);
  return print({ kind: analyst.kind, definitions: [op, ...analyst.definitions.filter((d) => d.kind === 'FragmentDefinition')] });
};

/**
 * The same request three times: the first interpreted, the next two compiled. Errors in path order: the spec leaves
 * their order open, and graphql-jit lists them as the fields fail, graphql-js in selection order.
 */
async function thrice(query: string, variables: Record<string, unknown> = {}) {
  const before = { ...executionCounts };
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const { data, errors } = await api.raw(query, variables);
    const sorted = errors && [...errors].sort((a, b) => JSON.stringify((a as { path?: unknown }).path ?? []).localeCompare(JSON.stringify((b as { path?: unknown }).path ?? [])));
    runs.push({ data, errors: sorted });
  }
  return { runs, compiled: executionCounts.compiled - before.compiled, interpreted: executionCounts.interpreted - before.interpreted };
}

describe('a compiled operation answers as graphql-js does', () => {
  it.each([
    ['FunderPortfolio', { key: 'funder:esr' }],
    ['ProjectLead', { key: 'project:mukaan' }],
    ['OrganizationSeats', { key: 'org:kosti-ry', year: 2020 }],
    ['EvaluationsScoring', { value: 4 }],
    ['Search', { text: 'soite' }],
    ['OrganizationsPage', { first: 5 }],
    ['ProjectsPage', { filter: { funder: 'funder:esr' } }],
    ['BodySeats', { key: 'body:keski-pohjanmaa-alueohjausryhma' }],
    ['NestedFunders', { first: 10 }],
    ['EntityByKey', { key: 'org:soite' }],
    ['EntityByName', { key: 'Soite' }],
    ['PriorityEvaluations', {}],
    ['CollaboratorEvidence', { key: 'org:sonet-botnia' }],
    ['NetworkEvidence', { year: 2020 }],
  ])('%s', async (name, variables) => {
    const { runs, compiled, interpreted } = await thrice(operation(name), variables);
    expect(runs[0]!.errors, name).toBeUndefined();
    expect(runs[0]!.data, name).toBeTruthy();
    expect(runs[1], name).toEqual(runs[0]);
    expect(runs[2], name).toEqual(runs[0]);
    // A variable of a filter type (AND/OR/NOT contain the type itself) keeps the operation with graphql-js.
    const recursive = /\$filter: (Organization|Project)Filter/.test(operation(name));
    expect({ compiled, interpreted }, name).toEqual(recursive ? { compiled: 0, interpreted: 3 } : { compiled: 2, interpreted: 1 });
  });

  it('with errors at fields, null in their place, and the rest of the answer', async () => {
    const { runs, compiled } = await thrice(`{
      ok: organization(key: "org:soite") { key }
      cut: organization(key: "org:soite") { key projects(first: 100000) { role } }
      none: entity(key: "no-such-entity-anywhere") { key }
    }`);
    expect(compiled).toBe(2);
    expect(runs[0]!.data).toMatchObject({ ok: { key: 'org:soite' }, none: null });
    expect(runs[0]!.errors?.length).toBeGreaterThan(0);
    expect(runs[0]!.errors![0]).toMatchObject({ path: ['cut', 'projects'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('with abstract types, __typename, introspection and @skip/@include', async () => {
    const query = `query Q($with: Boolean!) {
      __typename
      __schema { queryType { name } }
      __type(name: "Organization") { name kind fields { name } }
      entity(key: "org:soite") { __typename key ... on Organization { shortName projects(first: 2) @include(if: $with) { role } } }
      search(text: "soite") @skip(if: $with) { __typename }
    }`;
    for (const value of [true, false]) {
      const { runs, compiled } = await thrice(query, { with: value });
      expect(runs[0]!.errors).toBeUndefined();
      expect(runs[1]).toEqual(runs[0]);
      expect(runs[2]).toEqual(runs[0]);
      expect(compiled).toBeGreaterThan(0);
    }
  });

  it('with variables that do not coerce: the same coded error every time', async () => {
    const query = `query Q($key: String!, $first: Int) { organization(key: $key) { projects(first: $first) { role } } }`;
    for (const variables of [{ key: 5 }, { first: 2 }, { key: 'org:soite', first: 'two' }]) {
      const { runs } = await thrice(query, variables);
      expect(runs[0]!.data).toBeUndefined();
      expect(runs[0]!.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(runs[1]).toEqual(runs[0]);
      expect(runs[2]).toEqual(runs[0]);
    }
  });
});
