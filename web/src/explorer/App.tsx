/**
 * The explorer: search, the collaboration network of a year, the priority scores across years and the funder
 * portfolios, with the details of any entity (each fact with its quote) beside them. A client of the public GraphQL
 * API only.
 */
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { ExplorerReportsDocument } from '../generated/graphql';
import { useQuery } from './api';
import { Details, ErrorNote, Loading } from './Details';
import { ErrorBoundary } from './ErrorBoundary';
import { Funders } from './Funders';
import { formatHash, NavContext, parseHash, useRoute, VIEWS, type View } from './nav';
import { Priorities } from './Priorities';
import { Search } from './Search';

// sigma, graphology and the layout are only fetched when the network is shown; when it is the first view, the
// fetch starts at once, beside the first API request.
const loadNetworkView = () => import('./network/NetworkView');
const NetworkView = lazy(loadNetworkView);
if (parseHash(window.location.hash).view === 'network') void loadNetworkView();

const VIEW_TITLES: Record<View, string> = {
  network: 'Network',
  priorities: 'Priorities',
  funders: 'Funders',
};

export function App() {
  const [route, navigate] = useRoute();
  const reports = useQuery(ExplorerReportsDocument, {});
  const years = useMemo(() => [...new Set(reports.data?.reports.map((r) => r.year) ?? [])].sort((a, b) => b - a), [reports.data]);
  // The newest report year unless the URL says otherwise.
  const year = route.year === 'all' ? undefined : (route.year ?? years[0]);
  const yearKnown = route.year !== undefined || !reports.loading;

  const open = useCallback((key: string) => navigate({ key }), [navigate]);
  const nav = useMemo(
    () => ({ year, open, href: (key: string) => formatHash({ ...route, key }) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [year, open, route.view, route.year, route.funder, route.key],
  );

  return (
    <NavContext.Provider value={nav}>
      <div className="app">
        <header className="top">
          <a className="brand" href="#/network" title="SONet BOTNIA activity reports as a knowledge graph">
            botnia-graph <span>explorer</span>
          </a>
          <Search />
          <label className="year">
            Year{' '}
            <select
              data-testid="year"
              value={route.year === 'all' ? 'all' : String(year ?? '')}
              onChange={(e) => navigate({ year: e.target.value === 'all' ? 'all' : Number(e.target.value) })}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
              <option value="all">all years</option>
            </select>
          </label>
          <a className="graphiql" href="/graphql" title="Ask the API directly">
            GraphiQL
          </a>
        </header>
        <nav className="tabs">
          {VIEWS.map((v) => (
            <a key={v} href={formatHash({ ...route, view: v })} className={route.view === v ? 'active' : ''} data-testid={`tab-${v}`}>
              {VIEW_TITLES[v]}
            </a>
          ))}
          {reports.data && (
            <span className="reports muted">
              {reports.data.reports.length} report{reports.data.reports.length === 1 ? '' : 's'}:{' '}
              {[...new Set(reports.data.reports.map((r) => r.region))].join(', ')}
            </span>
          )}
        </nav>
        <main className={route.key ? 'with-details' : ''}>
          <div className="view">
            {reports.error && <ErrorNote error={reports.error} />}
            {!yearKnown ? (
              <Loading />
            ) : (
              <ErrorBoundary what={`The ${VIEW_TITLES[route.view]} view`} resetKey={formatHash({ ...route, key: undefined })}>
                {route.view === 'network' ? (
                  <Suspense fallback={<Loading what="Loading the network view" />}>
                    <NetworkView year={year} selected={route.key} onSelect={open} />
                  </Suspense>
                ) : route.view === 'priorities' ? (
                  <Priorities />
                ) : (
                  <Funders year={year} funder={route.funder} onPick={(funder) => navigate({ funder })} />
                )}
              </ErrorBoundary>
            )}
          </div>
          {route.key && (
            <ErrorBoundary what="The details" resetKey={`${route.key}-${year}`}>
              <Details key={`${route.key}-${year}`} entityKey={route.key} onClose={() => navigate({ key: undefined })} />
            </ErrorBoundary>
          )}
        </main>
      </div>
    </NavContext.Provider>
  );
}
