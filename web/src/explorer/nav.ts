/**
 * The explorer's state lives in the URL hash (#/network?year=2020&key=org%3Akosti-ry), so views can be bookmarked,
 * shared and walked with the browser's back and forward buttons.
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { isLang, type Lang } from './i18n';

export const VIEWS = ['network', 'explore', 'path', 'compare', 'priorities', 'funders'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  /** One report year, 'all' for all years together; not given: the newest report year. */
  year?: number | 'all';
  /** The entity whose details are open. */
  key?: string;
  /** Funders view: the funder whose portfolio is shown. */
  funder?: string;
  /** Explore view: the entity it starts from. */
  focus?: string;
  /** Path view: the two ends. */
  from?: string;
  to?: string;
  /** Compare view: the two years. */
  a?: number;
  b?: number;
  /** Interface language. */
  lang?: Lang;
  /** Network and explore: only projects funded by this funder, of this status, ties with an end in this role. */
  funded?: string;
  status?: string;
  role?: string;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : 'network';
  const rawYear = params.get('year');
  const year = Number(rawYear);
  return {
    view,
    year: rawYear === 'all' ? 'all' : Number.isInteger(year) && year > 1900 ? year : undefined,
    key: params.get('key') ?? undefined,
    funder: params.get('funder') ?? undefined,
    focus: params.get('focus') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    a: yearParam(params.get('a')),
    b: yearParam(params.get('b')),
    lang: isLang(params.get('lang')) ? (params.get('lang') as Lang) : undefined,
    funded: params.get('funded') ?? undefined,
    status: params.get('status') ?? undefined,
    role: params.get('role') ?? undefined,
  };
}

function yearParam(raw: string | null): number | undefined {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 1900 ? n : undefined;
}

export function formatHash(route: Route): string {
  const params = new URLSearchParams();
  if (route.year !== undefined) params.set('year', String(route.year));
  if (route.key) params.set('key', route.key);
  if (route.funder) params.set('funder', route.funder);
  for (const k of ['focus', 'from', 'to', 'a', 'b', 'lang', 'funded', 'status', 'role'] as const) if (route[k] !== undefined) params.set(k, String(route[k]));
  const query = params.toString();
  return `#/${route.view}${query ? `?${query}` : ''}`;
}

/** The route, and a setter that pushes a history entry. */
export function useRoute(): [Route, (change: Partial<Route>) => void] {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const route = parseHash(hash);
  const navigate = useCallback((change: Partial<Route>) => {
    const next = formatHash({ ...parseHash(window.location.hash), ...change });
    if (next !== window.location.hash) window.location.hash = next;
  }, []);
  return [route, navigate];
}

export interface Nav {
  year?: number;
  /** Opens an entity's details. */
  open(key: string): void;
  /** The link to an entity's details in the current view. */
  href(key: string): string;
}

export const NavContext = createContext<Nav>({ open: () => {}, href: () => '#' });
export const useNav = () => useContext(NavContext);
