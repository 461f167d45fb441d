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
        {(
          [
            ['From', from, 'a', 'compare-from'],
            ['To', to, 'b', 'compare-to'],
          ] as const
        ).map(([title, value, param, testId]) => (
          <label key={param}>
            {t(title)}{' '}
            <select value={value} onChange={(e) => onChange({ [param]: Number(e.target.value) })} data-testid={testId}>
              {ascending.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {!ok ? null : result.error ? (
        <ErrorNote error={result.error} />
      ) : !c ? (
        <Loading />
      ) : (
        <>
          <div className="compare-grid">
            {SECTIONS.map((section) => (
              <Changes key={section.testId} title={t(section.title)} change={c[section.field]} testId={section.testId} />
            ))}
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

/** The kinds of entity compared, in the order shown. */
const SECTIONS = [
  { title: 'Organisations', field: 'organizations', testId: 'compare-organizations' },
  { title: 'Projects', field: 'projects', testId: 'compare-projects' },
  { title: 'Seats', field: 'seats', testId: 'compare-seats' },
] as const;

/** The two lists of a section: what appeared, what ended. */
const LISTS = [
  { title: 'Appeared', field: 'appeared', suffix: 'appeared' },
  { title: 'Ended', field: 'disappeared', suffix: 'ended' },
] as const;

function Changes({ title, change, testId }: { title: string; change: { appeared: EntityNameFragment[]; disappeared: EntityNameFragment[]; kept: number }; testId: string }) {
  const t = useT();
  return (
    <section data-testid={testId}>
      <h3>{title}</h3>
      <p>
        {t('Continued')}: {change.kept}
      </p>
      {LISTS.map((list) => (
        <div key={list.suffix}>
          <p>{t(list.title)}:</p>
          <ul className="chips" data-testid={`${testId}-${list.suffix}`}>
            {change[list.field].map((e) => (
              <li key={e.key}>
                <EntityLink entity={{ key: e.key, name: entityName(e) }} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
