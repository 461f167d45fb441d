/**
 * GraphiQL for GET /graphql from a browser, bundled from local packages: the editor (Monaco), its workers and the
 * styles all come from this build, so it works without internet. The analyst questions of the test suite
 * (test/operations/analyst.graphql) and the network analytics (analytics.graphql) are preloaded as tabs, each with the
 * variables the tests use.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import analytics from '../../../test/operations/analytics.graphql?raw';
import analyst from '../../../test/operations/analyst.graphql?raw';
import status from '../../../test/operations/status.graphql?raw';
import { exampleTabs } from './examples';

// A plain JSON POST: the API serves queries only (no subscriptions, no incremental delivery).
const fetcher = async (params: unknown, options?: { headers?: Record<string, string> }) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

const tabs = exampleTabs(`${analyst}\n${analytics}\n${status}`);
// GraphiQL 5 fills the variables editor from `initialVariables`, not from the first default tab: pass the first tab's
// variables on a first visit (no tabs stored yet), so the first example runs as it is.
const firstVisit = !window.localStorage.getItem('graphiql:tabState');

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={tabs}
      initialVariables={firstVisit ? (tabs[0]?.variables ?? undefined) : undefined}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <a href="/" title="Back to the explorer" style={{ color: 'inherit', textDecoration: 'none' }}>
          botnia-graph
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
