/**
 * Building blocks for facts: every fact is shown with the report quotes it rests on, so a reader can check it
 * against the report text.
 */
import { useState, type ReactNode } from 'react';
import type { QuoteFragment } from '../generated/graphql';
import { useNav } from './nav';

/** Quotes shown at first: the newest reports'; the older ones on request. */
const FIRST_QUOTES = 3;

export function Quotes({ sources }: { sources: readonly QuoteFragment[] }) {
  const [all, setAll] = useState(false);
  if (!sources.length) return null;
  // Sources come oldest report first.
  const hidden = all ? 0 : Math.max(0, sources.length - FIRST_QUOTES);
  return (
    <div className="quotes">
      {hidden > 0 && (
        <button className="more-quotes" onClick={() => setAll(true)}>
          {hidden} older quote{hidden === 1 ? '' : 's'}…
        </button>
      )}
      {sources.slice(hidden).map((s, i) => (
        <blockquote className="quote" key={`${s.reportKey}-${i}`}>
          <span className="quote-text">“{displayQuote(s.quote)}”</span>
          <cite>
            {s.section} · {reportLabel(s.reportKey)}
          </cite>
        </blockquote>
      ))}
    </div>
  );
}

/**
 * A quote as a person reads it: the runs of spaces and line breaks the PDF extraction left collapse into one space.
 * Only for display; the stored quote stays exact, because the import matches it against the report text.
 */
export function displayQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

/** report:keski-pohjanmaa-2020 → Keski-Pohjanmaa 2020 */
export function reportLabel(reportKey: string): string {
  const m = /^report:(.+)-(\d{4})$/.exec(reportKey);
  if (!m) return reportKey;
  const region = m[1]!
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('-');
  return `${region} ${m[2]}`;
}

export function Ambiguities({ items }: { items: readonly string[] }) {
  if (!items.length) return null;
  return (
    <ul className="ambiguities">
      {items.map((a) => (
        <li key={a} title="The report is ambiguous here">
          ⚠ {a}
        </li>
      ))}
    </ul>
  );
}

export function Years({ years }: { years: readonly number[] }) {
  if (!years.length) return null;
  return <span className="years">{years.join(', ')}</span>;
}

export function EntityLink({ entity, children }: { entity: { key: string; name?: string | null }; children?: ReactNode }) {
  const nav = useNav();
  return (
    <a
      className="entity-link"
      href={nav.href(entity.key)}
      onClick={(e) => {
        e.preventDefault();
        nav.open(entity.key);
      }}
      title={entity.key}
    >
      {children ?? entity.name ?? entity.key}
    </a>
  );
}

export function Fact({
  children,
  sources,
  ambiguities = [],
  years = [],
  testId,
}: {
  children: ReactNode;
  sources: readonly QuoteFragment[];
  ambiguities?: readonly string[];
  years?: readonly number[];
  testId?: string;
}) {
  return (
    <li className="fact" data-testid={testId}>
      <div className="fact-main">
        {children} <Years years={years} />
      </div>
      <Quotes sources={sources} />
      <Ambiguities items={ambiguities} />
    </li>
  );
}

/** The most items a nested list asks the API for (its maximum `first`). */
export const LIST_CAP = 500;

export function Section({
  title,
  count,
  children,
  testId,
  capped = count !== undefined && count >= LIST_CAP,
}: {
  title: string;
  count?: number;
  children: ReactNode;
  testId?: string;
  /** The API returned as many as asked: there may be more. */
  capped?: boolean;
}) {
  if (count === 0) return null;
  return (
    <section className="section" data-testid={testId}>
      <h3>
        {title}
        {count !== undefined && <span className="count">{capped ? `${count}+` : count}</span>}
      </h3>
      <ul className="facts">{children}</ul>
      {capped && <p className="muted capped">The first {count}; GraphiQL (with `first` and a `year`) gives the rest.</p>}
    </section>
  );
}

const LABELS: Record<string, string> = {
  LEAD: 'lead',
  PARTNER: 'partner',
  CO_IMPLEMENTER: 'co-implementer',
  COORDINATOR: 'coordinator',
  SUPPORTER: 'supporter',
  MEMBER: 'member',
  DEPUTY: 'deputy',
  PRESENTER: 'presenter',
  HOST: 'host',
  ORGANIZER: 'organiser',
  RESPONSIBLE: 'responsible',
  SPEAKER: 'speaker',
  CONTRIBUTOR: 'contributor',
};

/** LEAD → lead, JOINT_MUNICIPAL_AUTHORITY → joint municipal authority */
export function label(value: string | null | undefined): string {
  if (!value) return '';
  return LABELS[value] ?? value.toLowerCase().replace(/_/g, ' ');
}

export function Badge({ children, kind }: { children: ReactNode; kind?: string }) {
  return <span className={`badge ${kind ? `badge-${kind.toLowerCase()}` : ''}`}>{children}</span>;
}
