/** The analyst questions as GraphiQL tabs: one operation per tab, with the variables the integration tests use. */
import type { ComponentProps } from 'react';
import type { GraphiQL } from 'graphiql';

type TabDefinition = NonNullable<ComponentProps<typeof GraphiQL>['defaultTabs']>[number];

/** Variables the integration tests pass (test/integration/queries.test.ts); operations not listed take none. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  Search: { text: 'lastensuojelun' },
  FunderPortfolio: { key: 'funder:esr' },
  ProjectLead: { key: 'project:mukaan' },
  OrganizationSeats: { key: 'org:kosti-ry', year: 2020 },
  EvaluationsScoring: { value: 4.2, year: 2020 },
  ReportAuthor: { key: 'report:keski-pohjanmaa-2020' },
  BodySeats: { key: 'body:keski-pohjanmaa-alueohjausryhma' },
  PriorityEvaluations: {},
  OrganizationsPage: { filter: { kinds: ['ASSOCIATION'] }, first: 20 },
  ProjectsPage: { filter: { funder: 'org:stea' } },
  PeoplePage: { filter: { body: 'body:keski-pohjanmaa-alueohjausryhma', seatRole: 'PRESENTER' } },
  EntityByKey: { key: 'org:kosti-ry' },
  NestedFunders: { first: 5 },
  // test/operations/analytics.graphql (test/integration/analytics.test.ts)
  Collaborators: { key: 'org:kosti-ry', year: 2020 },
  Connection: { from: 'org:kosti-ry', to: 'org:keski-pohjanmaa-keskussairaala' },
  Neighbours: { key: 'org:kosti-ry', year: 2020 },
  Centrality: { year: 2020, measure: 'BETWEENNESS', first: 5 },
  Network: { year: 2020, ties: { bodyKinds: ['STEERING_GROUP'] } },
  Communities: { year: 2020, seed: 3 },
  Portfolio: { funder: 'org:stea', year: 2020 },
  CompareYears: { from: 2020, to: 2021 },
  NetworkExport: { year: 2020, format: 'GEXF' },
};

/** The order analysts meet them in; the rest follow in file order. */
const FIRST = ['Search', 'ProjectLead', 'FunderPortfolio', 'OrganizationSeats', 'BodySeats', 'PriorityEvaluations', 'EvaluationsScoring'];

/**
 * Splits a document into one tab per operation. A plain scan on top-level braces, so that GraphiQL's bundle needs
 * no second copy of the GraphQL parser; the operations files hold no fragments.
 */
export function exampleTabs(source: string): TabDefinition[] {
  const operations: { name: string; text: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (ch === '"') {
      const block = source.startsWith('"""', i);
      const end = block ? source.indexOf('"""', i + 3) + 2 : source.indexOf('"', i + 1);
      i = end < i ? source.length : end;
      continue;
    }
    if (depth === 0 && start < 0 && /\S/.test(ch!)) start = i;
    if (ch === '{') depth++;
    if (ch === '}' && --depth === 0 && start >= 0) {
      const text = source.slice(start, i + 1).trim();
      const name = /^(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1] ?? 'Query';
      operations.push({ name, text });
      start = -1;
    }
  }
  const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
  return operations
    .map((op, index) => ({ ...op, index }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.index - b.index)
    .map(({ name, text }) => ({
      query: text,
      variables: VARIABLES[name] && Object.keys(VARIABLES[name]).length ? JSON.stringify(VARIABLES[name], null, 2) : null,
    }));
}
