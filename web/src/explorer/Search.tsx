/**
 * Full-text search over the API's Finnish-aware index (“lastensuojelun” finds “lastensuojelu”): organisations,
 * projects, people, bodies, funders, programmes, events and priorities. Enter or a click opens the details.
 */
import { useEffect, useRef, useState } from 'react';
import { ExplorerSearchDocument, type ExplorerSearchQuery } from '../generated/graphql';
import { request } from './api';
import { Badge, label } from './facts';
import { useT } from './i18n';
import { useNav } from './nav';

type Hit = ExplorerSearchQuery['search'][number];

function hitName(hit: Hit): string {
  const e = hit.entity;
  if ('title' in e && e.title) return `${'code' in e ? `${e.code}. ` : ''}${e.title}`;
  if ('name' in e && e.name) return 'shortName' in e && e.shortName && e.shortName !== e.name ? `${e.name} (${e.shortName})` : e.name;
  return e.key;
}

function hitDetail(hit: Hit): string {
  const e = hit.entity;
  if ('kind' in e && e.kind) return label(e.kind);
  if ('status' in e && e.status) return label(e.status);
  if ('date' in e && e.date) return e.date;
  return '';
}

/** The top bar's search (opens the details), or a picker when `onPick` is given (the path finder's ends). */
export function Search({ onPick, placeholder, testId = 'search', initial = '' }: { onPick?(key: string, name: string): void; placeholder?: string; testId?: string; initial?: string }) {
  const nav = useNav();
  const [text, setText] = useState(initial);
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  /** The text a pick wrote into the box: not a new search. */
  const picked = useRef<string | null>(initial || null);

  useEffect(() => {
    const q = text.trim();
    // Shorter texts show no results (below), so nothing is asked.
    if (text === picked.current || q.length < 2) return;
    const controller = new AbortController();
    // Debounced: one request when typing pauses.
    const timer = window.setTimeout(() => {
      request(ExplorerSearchDocument, { text: q, first: 20 }, { signal: controller.signal }).then(
        (data) => {
          setHits(data.search);
          setError(null);
          setActive(0);
          setOpen(true);
        },
        (e: Error) => {
          if (e.name !== 'AbortError') setError(e.message);
        },
      );
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const pick = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    if (onPick) {
      picked.current = hitName(hit);
      setText(hitName(hit));
      onPick(hit.entity.key, hitName(hit));
    } else nav.open(hit.entity.key);
  };

  return (
    <div className="search" ref={box}>
      <input
        type="search"
        data-testid={testId}
        placeholder={placeholder ?? 'Search organisations, projects, people… (e.g. lastensuojelu)'}
        aria-label={placeholder ?? 'Search'}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onFocus={() => hits && setOpen(true)}
        onKeyDown={(e) => {
          if (!hits?.length) return;
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            pick(hits[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && text.trim().length >= 2 && (hits || error) && (
        <ul className="search-results" role="listbox" data-testid={`${testId}-results`}>
          {error && <li className="error">{error}</li>}
          {hits?.length === 0 && <li className="empty">No matches for “{text.trim()}”.</li>}
          {hits?.map((hit, i) => (
            <li
              key={hit.entity.key}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              data-testid={`${testId}-result`}
              data-key={hit.entity.key}
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <Badge kind={hit.entity.__typename}>{hit.entity.__typename}</Badge>
              <span className="hit-name">{hitName(hit)}</span>
              <span className="hit-detail">{hitDetail(hit)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Picks an entity by search (the path finder's ends, explore's start); `chosen`: the key picked so far. */
export function EntityPicker({ chosen, onPick, testId }: { chosen?: string; onPick(key: string): void; testId: string }) {
  const t = useT();
  return <Search onPick={onPick} placeholder={chosen ?? t('Search…')} testId={testId} />;
}
