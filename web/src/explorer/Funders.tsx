/**
 * Funder portfolios: the funders (with how many projects each funds in the year), and for the chosen one what it
 * funds, who leads those projects, whom it reaches, each funding fact with its quote.
 */
import { useEffect, useState } from 'react';
import { ExplorerFundersDocument, ExplorerPortfolioDocument, type ExplorerFundersQuery } from '../generated/graphql';
import { cachedRequest, useQuery } from './api';
import { ErrorNote, Loading } from './Details';
import { Ambiguities, Badge, EntityLink, label, LIST_CAP, Quotes } from './facts';

type FunderNode = ExplorerFundersQuery['funders']['edges'][number]['node'];

export function Funders({ year, funder, onPick }: { year?: number; funder?: string; onPick(key: string): void }) {
  const [pages, setPages] = useState<{ nodes: FunderNode[]; total: number; next: string | null } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  /** The page after `after` appended to `base`. "Load more" says it is loading; the first page is the empty state. */
  const load = (after: string | null, base: FunderNode[]) =>
    cachedRequest(ExplorerFundersDocument, { year, after })
      .then(
        (data) =>
          setPages({
            nodes: [...base, ...data.funders.edges.map((e) => e.node)],
            total: data.funders.totalCount,
            next: data.funders.pageInfo.hasNextPage ? (data.funders.pageInfo.endCursor ?? null) : null,
          }),
        (e: Error) => setError(e),
      )
      .finally(() => setLoadingMore(false));

  // Made anew for each year (its key in App).
  useEffect(() => {
    void load(null, []);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [year]);

  if (error) return <ErrorNote error={error} />;
  if (!pages) return <Loading what="Loading the funders" />;
  // A fund's projects include those of its parts (EU structural funds ← ESR): counted once each.
  const reach = new Map(pages.nodes.map((f) => [f.key, new Set(f.projects.map((x) => x.project.key))]));
  for (const f of pages.nodes) if (f.parent) for (const k of f.projects) reach.get(f.parent.key)?.add(k.project.key);
  const count = (f: (typeof pages.nodes)[number]) => reach.get(f.key)?.size ?? f.projects.length;
  const sorted = [...pages.nodes].sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name, 'fi'));
  const max = Math.max(1, ...sorted.map(count));
  const chosen = funder ?? sorted.find((f) => f.projects.length > 0)?.key;
  const parts = (key: string) => pages.nodes.filter((f) => f.parent?.key === key);
  return (
    <div className="funders" data-testid="funders">
      <div className="funder-list">
        <h2>
          Funders <span className="count">{pages.total}</span>
        </h2>
        <ul>
          {sorted.map((f) => (
            <li key={f.key} className={f.key === chosen ? 'active' : ''}>
              <button onClick={() => onPick(f.key)} data-testid="funder" data-key={f.key}>
                <span className="funder-name">{f.shortName ? `${f.shortName} — ${f.name}` : f.name}</span>
                <span className="bar" style={{ width: `${(count(f) / max) * 100}%` }} />
                <span className="bar-value" title={count(f) > f.projects.length ? 'with the projects of its parts' : undefined}>
                  {f.projects.length >= LIST_CAP ? `${LIST_CAP}+` : count(f)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {pages.next && (
          <button className="more" disabled={loadingMore} onClick={() => {
              setLoadingMore(true);
              void load(pages.next, pages.nodes);
            }}>
            {loadingMore ? 'Loading…' : `Load more (${pages.nodes.length} of ${pages.total})`}
          </button>
        )}
      </div>
      {chosen ? <Portfolio funder={chosen} year={year} parts={parts(chosen)} /> : <p className="empty">No funder in this year.</p>}
    </div>
  );
}

/** Rows drawn at first; more on request, so a large portfolio does not freeze the tab. */
const FIRST_ROWS = 200;

/** Statuses of projects that got the money (as opposed to prepared, applied for or not started). */
const FUNDED = new Set(['FUNDED', 'ONGOING', 'COMPLETED', 'INTERRUPTED']);

function Portfolio({ funder, year, parts }: { funder: string; year?: number; parts: { key: string; name: string; shortName?: string | null; projects: unknown[] }[] }) {
  const { data, error, loading } = useQuery(ExplorerPortfolioDocument, { funder, year });
  const [rows, setRows] = useState(FIRST_ROWS);
  if (error) return <ErrorNote error={error} />;
  if (loading || !data) return <Loading what="Loading the portfolio" />;
  const p = data.funderPortfolio;
  if (!p) return <p className="empty">No funder has the key {funder}; pick one from the list.</p>;
  const f = p.funder;
  return (
    <div className="portfolio" data-testid="portfolio">
      <h2>
        <EntityLink entity={f}>{f.shortName ? `${f.shortName} — ${f.name}` : f.name}</EntityLink> <Badge>{label(f.funderKind)}</Badge>
      </h2>
      {f.parent && (
        <p className="aka">
          Part of <EntityLink entity={f.parent} />
        </p>
      )}
      <Quotes sources={f.sources} />
      <p className="stats" data-testid="portfolio-stats">
        <strong>{p.projectCount}</strong> project{p.projectCount === 1 ? '' : 's'} ({p.projects.filter((x) => FUNDED.has(x.project.status)).length} funded,{' '}
        {p.projects.filter((x) => !FUNDED.has(x.project.status)).length} only prepared, applied for or not started) reaching{' '}
        <strong>{p.organizationCount}</strong> organisations
        {year !== undefined ? ` in ${year}` : ' in all years'}.
      </p>
      {parts.length > 0 && (
        <p className="aka" data-testid="portfolio-parts">
          Its parts fund more:{' '}
          {parts.map((x, i) => (
            <span key={x.key}>
              {i > 0 && ', '}
              <EntityLink entity={x}>{x.shortName ?? x.name}</EntityLink> ({x.projects.length})
            </span>
          ))}
          .
        </p>
      )}
      <table className="portfolio-table">
        <thead>
          <tr>
            <th>Project</th>
            <th>Led by</th>
            <th>Partners besides the lead</th>
            <th>The report says</th>
          </tr>
        </thead>
        <tbody>
          {p.projects.slice(0, rows).map((x) => (
            <tr key={x.project.key} data-testid="portfolio-project">
              <td>
                <EntityLink entity={x.project} /> <Badge>{label(x.project.status)}</Badge>
              </td>
              <td>
                {x.leads.map((l, n) => (
                  <span key={l.key}>
                    {n > 0 && ', '}
                    <EntityLink entity={l} />
                  </span>
                ))}
              </td>
              <td className="num">{x.participants.filter((o) => o.role !== 'LEAD').length}</td>
              <td>
                <Quotes sources={x.sources} />
                <Ambiguities items={x.ambiguities} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.projects.length > rows && (
        <button className="more" onClick={() => setRows((r) => r * 2)}>
          Show more ({rows} of {p.projects.length} projects shown)
        </button>
      )}
      {p.organizations.length > 0 && (
        <>
          <h3>
            Organisations reached{p.organizations.length > rows ? ` (${rows} of ${p.organizations.length})` : ''}
          </h3>
          <p className="chips">
            {p.organizations.slice(0, rows).map((o) => (
              <EntityLink key={o.key} entity={o} />
            ))}
          </p>
        </>
      )}
    </div>
  );
}
