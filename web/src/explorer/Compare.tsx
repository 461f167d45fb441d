/**
 * Two report years side by side (the API's `compareYears`): what appeared, ended and continued; score changes. The
 * header's Year is the later of the two unless the view's own selectors say otherwise (all years: the newest two).
 */
import { ExplorerCompareDocument, type EntityNameFragment } from '../generated/graphql';
import { useQuery } from './api';
import { ErrorNote, Loading } from './Details';
import { EntityLink } from './facts';
import { useT } from './i18n';
import { entityName } from './names';

export function Compare({ years, year, a, b, onChange }: { years: number[]; year?: number; a?: number; b?: number; onChange(change: { a?: number; b?: number }): void }) {
  const t = useT();
  const ascending = [...years].sort((x, y) => x - y);
  const to = b ?? (year !== undefined && ascending.indexOf(year) > 0 ? year : ascending[ascending.length - 1]);
  const from = a ?? [...ascending].reverse().find((y) => to !== undefined && y < to) ?? ascending[ascending.length - 2];
  const ok = from !== undefined && to !== undefined && from !== to;
  const result = useQuery(ExplorerCompareDocument, { from: from ?? 0, to: to ?? 0 }, !ok);
  if (ascending.length < 2) {
    return (
      <div className="compare" data-testid="compare">
        <h2>{t('What changed between two years')}</h2>
        <p className="empty" data-testid="compare-single">
          {t('Only one report year is in the graph: nothing to compare yet.')}
        </p>
      </div>
    );
  }
  const c = result.data?.compareYears;
  return (
    <div className="compare" data-testid="compare">
      <div className="toolbar">
        <h2>{t('What changed between two years')}</h2>
        <label>
          {t('From')}{' '}
          <select value={from} onChange={(e) => onChange({ a: Number(e.target.value) })} data-testid="compare-from">
            {ascending.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('To')}{' '}
          <select value={to} onChange={(e) => onChange({ b: Number(e.target.value) })} data-testid="compare-to">
            {ascending.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!ok ? null : result.error ? (
        <ErrorNote error={result.error} />
      ) : !c ? (
        <Loading />
      ) : (
        <>
          <div className="compare-grid">
            <Changes title={t('Organisations')} change={c.organizations} testId="compare-organizations" />
            <Changes title={t('Projects')} change={c.projects} testId="compare-projects" />
            <Changes title={t('Seats')} change={c.seats} testId="compare-seats" />
            <section data-testid="compare-collaborations">
              <h3>{t('Ties between organisations')}</h3>
              <p>
                {t('Appeared')} {c.collaborations.appeared.length} · {t('Ended')} {c.collaborations.disappeared.length} · {t('Continued')} {c.collaborations.kept}
              </p>
            </section>
          </div>
          <h3>{t('Priority scores')}</h3>
          <table className="portfolio-table" data-testid="compare-scores">
            <thead>
              <tr>
                <th></th>
                <th className="num">{c.from}</th>
                <th className="num">{c.to}</th>
                <th className="num">{t('Change')}</th>
              </tr>
            </thead>
            <tbody>
              {c.priorityScores.map((s) => (
                <tr key={`${s.priority?.key}-${s.region}`}>
                  <td>
                    {s.priority ? `${s.priority.code}. ${s.priority.title}` : '?'} <span className="muted">{s.region}</span>
                  </td>
                  <td className="num">{s.from ?? '–'}</td>
                  <td className="num">{s.to ?? '–'}</td>
                  <td className={`num ${s.change == null ? '' : s.change > 0 ? 'up' : s.change < 0 ? 'down' : ''}`}>
                    {s.change == null ? '–' : `${s.change > 0 ? '+' : ''}${s.change}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function Changes({ title, change, testId }: { title: string; change: { appeared: EntityNameFragment[]; disappeared: EntityNameFragment[]; kept: number }; testId: string }) {
  const t = useT();
  return (
    <section data-testid={testId}>
      <h3>{title}</h3>
      <p>
        {t('Continued')}: {change.kept}
      </p>
      <p>{t('Appeared')}:</p>
      <ul className="chips" data-testid={`${testId}-appeared`}>
        {change.appeared.map((e) => (
          <li key={e.key}>
            <EntityLink entity={{ key: e.key, name: entityName(e) }} />
          </li>
        ))}
      </ul>
      <p>{t('Ended')}:</p>
      <ul className="chips" data-testid={`${testId}-ended`}>
        {change.disappeared.map((e) => (
          <li key={e.key}>
            <EntityLink entity={{ key: e.key, name: entityName(e) }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
