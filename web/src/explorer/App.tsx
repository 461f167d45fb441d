/**
 * The explorer: search, the collaboration network of a year, the priority scores across years and the funder
 * portfolios, with the details of any entity (each fact with its quote) beside them. A client of the public GraphQL
 * API only.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ExplorerNetworkDocument, ExplorerReportsDocument } from '../generated/graphql';
import { cachedRequest, prefetch, useQuery } from './api';
import { Details, ErrorNote, Loading } from './Details';
import { Compare } from './Compare';
import { ErrorBoundary } from './ErrorBoundary';
import { Explore } from './Explore';
import type { ProjectFilter } from './filters';
import { initialLang, LANG_NAMES, LANGS, LangContext, translate, type Lang } from './i18n';
import { PathFinder } from './PathFinder';
import { Funders } from './Funders';
import { formatHash, NavContext, parseHash, useRoute, VIEWS, type View } from './nav';
import { Priorities } from './Priorities';
import { Search } from './Search';

// sigma and graphology are only fetched when the network is shown; when it is the first view, the
// fetch starts at once, beside the first API request.
const loadNetworkView = () => import('./network/NetworkView');
const NetworkView = lazy(loadNetworkView);
const start = parseHash(window.location.hash);
if (start.view === 'network') {
  void loadNetworkView();
  // The network's request goes as soon as its year is known (the newest report's, unless the URL says), not after
  // React has rendered the view; the view then takes this answer.
  const prefetchYear = (year: number | undefined) => prefetch(ExplorerNetworkDocument, { year, minWeight: 1, ties: null });
  if (start.year !== undefined) prefetchYear(start.year === 'all' ? undefined : start.year);
  else void cachedRequest(ExplorerReportsDocument, {}).then((d) => d.reports.length && prefetchYear(Math.max(...d.reports.map((r) => r.year))));
}

const VIEW_TITLES: Record<View, string> = {
  network: 'Network',
  explore: 'Explore',
  path: 'Path',
  compare: 'Compare',
  priorities: 'Priorities',
  funders: 'Funders',
};

export function App() {
  const [route, navigate] = useRoute();
  const [storedLang, setStoredLang] = useState<Lang>(() => initialLang(route.lang));
  const lang = route.lang ?? storedLang;
  const t = useCallback((text: string, vars?: Record<string, string | number>) => translate(lang, text, vars), [lang]);
  const [pathTypes, setPathTypes] = useState('all');
  const [pathLength, setPathLength] = useState(6);
  const reports = useQuery(ExplorerReportsDocument, {});
  const years = useMemo(() => [...new Set(reports.data?.reports.map((r) => r.year) ?? [])].sort((a, b) => b - a), [reports.data]);
  // The newest report year unless the URL says otherwise.
  const year = route.year === 'all' ? undefined : (route.year ?? years[0]);
  const yearKnown = route.year !== undefined || !reports.loading;
  // A year in the URL that no report covers: said as such (and shown in the selector), not as an empty view.
  const unknownYear = typeof route.year === 'number' && reports.data && !years.includes(route.year) ? route.year : undefined;

  const open = useCallback((key: string) => navigate({ key }), [navigate]);
  const filter = useMemo<ProjectFilter>(() => ({ funder: route.funded, status: route.status, role: route.role }), [route.funded, route.status, route.role]);
  const onFilter = useCallback((f: ProjectFilter) => navigate({ funded: f.funder, status: f.status, role: f.role }), [navigate]);
  const nav = useMemo(
    () => ({ year, open, href: (key: string) => formatHash({ ...route, key }) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [year, open, route.view, route.year, route.funder, route.key],
  );

  // The page says which language it is in, and what it shows.
  useEffect(() => {
    document.documentElement.lang = lang;
    const what = route.view === 'network' && year !== undefined ? `${t(VIEW_TITLES[route.view])} ${year}` : t(VIEW_TITLES[route.view]);
    document.title = `${what} · botnia-graph`;
  }, [lang, route.view, year, t]);

  const changeLang = (next: Lang) => {
    localStorage.setItem('botnia-lang', next);
    setStoredLang(next);
    navigate({ lang: next });
  };

  return (
    <LangContext.Provider value={lang}>
    <NavContext.Provider value={nav}>
      <div className="app">
        <header className="top">
          <a className="brand" href="#/network" title="SONet BOTNIA activity reports as a knowledge graph">
            botnia-graph <span>explorer</span>
          </a>
          <Search />
          <label className="year">
            {t('Year')}{' '}
            <select
              data-testid="year"
              value={route.year === 'all' ? 'all' : String(year ?? '')}
              onChange={(e) => navigate({ year: e.target.value === 'all' ? 'all' : Number(e.target.value) })}
            >
              {unknownYear !== undefined && (
                <option value={unknownYear} disabled>
                  {t('{year} (no report)', { year: unknownYear })}
                </option>
              )}
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
              <option value="all">{t('all years')}</option>
            </select>
          </label>
          <label className="lang">
            <span className="sr-only">{t('Language')}</span>
            <select data-testid="lang" value={lang} onChange={(e) => changeLang(e.target.value as Lang)} aria-label={t('Language')}>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <a className="graphiql" href="/graphql" title={t('Ask the API directly')}>
            GraphiQL
          </a>
        </header>
        <nav className="tabs">
          {VIEWS.map((v) => (
            <a key={v} href={formatHash({ ...route, view: v })} className={route.view === v ? 'active' : ''} data-testid={`tab-${v}`}>
              {t(VIEW_TITLES[v])}
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
            ) : unknownYear !== undefined ? (
              <p className="empty" role="alert" data-testid="no-report">
                {t('No report for {year}: the graph holds reports for {years}.', { year: unknownYear, years: [...years].sort().join(', ') })}
              </p>
            ) : (
              <ErrorBoundary what={t('The {view} view', { view: t(VIEW_TITLES[route.view]) })} retryLabel={t('Retry')} resetKey={formatHash({ ...route, key: undefined })}>
                {route.view === 'network' ? (
                  <Suspense fallback={<Loading what={t('Loading the network view')} />}>
                    <NetworkView year={year} selected={route.key} onSelect={open} filter={filter} onFilter={onFilter} />
                  </Suspense>
                ) : route.view === 'explore' ? (
                  <Explore key={`${route.focus}|${year}`} focus={route.focus} year={year} filter={filter} onFilter={onFilter} onFocus={(focus) => navigate({ focus, key: focus })} />
                ) : route.view === 'path' ? (
                  <PathFinder
                    from={route.from}
                    to={route.to}
                    year={year}
                    types={pathTypes}
                    maxLength={pathLength}
                    onChange={(c) => {
                      if (c.types) setPathTypes(c.types);
                      if (c.maxLength) setPathLength(c.maxLength);
                      if (c.from || c.to) navigate({ from: c.from ?? route.from, to: c.to ?? route.to });
                    }}
                  />
                ) : route.view === 'compare' ? (
                  <Compare years={years} year={year} a={route.a} b={route.b} onChange={(c) => navigate(c)} />
                ) : route.view === 'priorities' ? (
                  <Priorities key={year ?? 'all'} year={year} />
                ) : (
                  <Funders key={year ?? 'all'} year={year} funder={route.funder} onPick={(funder) => navigate({ funder })} />
                )}
              </ErrorBoundary>
            )}
          </div>
          {route.key && (
            <ErrorBoundary what={t('The details')} retryLabel={t('Retry')} resetKey={`${route.key}-${year}`}>
              <Details key={`${route.key}-${year}`} entityKey={route.key} onClose={() => navigate({ key: undefined })} />
            </ErrorBoundary>
          )}
        </main>
      </div>
    </NavContext.Provider>
    </LangContext.Provider>
  );
}
