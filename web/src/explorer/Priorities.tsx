/**
 * The strategic priorities' scores (1 = ei toteutunut … 5 = toteutunut erittäin hyvin) for one region: the header's
 * Year gives that year's scores as bars, "all years" a line per priority across the years, as every view reads the
 * Year (one report year, or all of them together). A point opens the evaluation with the report's quote.
 */
import { useMemo, useState } from 'react';
import { ExplorerPrioritiesDocument, type ExplorerPrioritiesQuery } from '../generated/graphql';
import { useQuery } from './api';
import { ErrorNote, Loading } from './Details';
import { EntityLink, Quotes } from './facts';
import { useT } from './i18n';
import { PALETTE } from './palette';

type Priority = ExplorerPrioritiesQuery['priorities'][number];
type Evaluation = Priority['evaluations'][number];

const W = 760;
const H = 340;
const M = { top: 20, right: 24, bottom: 36, left: 60 };

/** `year`: the header's year, charted and listed below the chart with its quotes; all years (undefined): lines, the newest year listed. */
export function Priorities({ year }: { year?: number }) {
  const t = useT();
  const { data, error, loading } = useQuery(ExplorerPrioritiesDocument, {});
  const [region, setRegion] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ priority: Priority; evaluation: Evaluation } | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);

  const regions = useMemo(
    () => [...new Set(data?.priorities.flatMap((p) => p.evaluations.map((e) => e.region)) ?? [])].sort(),
    [data],
  );
  if (error) return <ErrorNote error={error} />;
  if (loading || !data) return <Loading what={t('Loading the priorities')} />;
  const shownRegion = region ?? regions[0] ?? null;
  const priorities = [...data.priorities].sort((a, b) => a.code - b.code);
  const evaluations = priorities.flatMap((p) => p.evaluations.filter((e) => e.region === shownRegion));
  const evaluated = [...new Set(evaluations.map((e) => e.year))].sort((a, b) => a - b);
  if (!evaluated.length) return <p className="empty">{t('No priority has been evaluated yet.')}</p>;
  if (year !== undefined && !evaluated.includes(year)) {
    return (
      <p className="empty" data-testid="priorities-none">
        {t('No priority scores for {year}: scores exist for {years}.', { year, years: evaluated.join(', ') })}
      </p>
    );
  }
  // The chosen year alone, or every year.
  const years = year !== undefined ? [year] : evaluated;

  const yMin = Math.min(...evaluations.map((e) => e.scaleMin), 1);
  const yMax = Math.max(...evaluations.map((e) => e.scaleMax), 5);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  // One year: a single column in the middle; more: spread over the width.
  const x = (year: number) =>
    first === last ? M.left + (W - M.left - M.right) / 2 : M.left + ((year - first) / (last - first)) * (W - M.left - M.right);
  const y = (value: number) => M.top + (1 - (value - yMin) / (yMax - yMin)) * (H - M.top - M.bottom);
  const ticks = Array.from({ length: Math.round(yMax - yMin) + 1 }, (_, i) => yMin + i);

  return (
    <div className="priorities" data-testid="priorities" data-years={years.join(',')}>
      <div className="toolbar">
        <h2>{year !== undefined ? t('Priority scores in {year}', { year }) : t('Priority scores by year')}</h2>
        {regions.length > 1 && (
          <label>
            {t('Region')}{' '}
            <select value={shownRegion ?? ''} onChange={(e) => setRegion(e.target.value)}>
              {regions.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
        )}
        {regions.length === 1 && <span className="muted">{shownRegion}</span>}
      </div>
      <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('Priority scores by year')}>
        <text transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="tick" data-testid="y-axis-label">
          {t('score (1 = not achieved … 5 = very well)')}
        </text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} className="grid" />
            <text x={M.left - 8} y={y(tick) + 4} textAnchor="end" className="tick">
              {tick}
            </text>
          </g>
        ))}
        {first === last ? (
          <text x={(W + M.left - M.right) / 2} y={H - 6} textAnchor="middle" className="tick">
            {t('priorities 1–{n}, {year}', { n: priorities.length, year: first })}
          </text>
        ) : (
          years
            .filter((_, i) => years.length <= 12 || i % Math.ceil(years.length / 12) === 0)
            .map((yr) => (
            <text key={yr} x={x(yr)} y={H - 12} textAnchor="middle" className="tick">
              {yr}
            </text>
          ))
        )}
        {first === last
          ? // One year: a bar per priority.
            priorities.map((p, i) => {
              const e = p.evaluations.find((v) => v.region === shownRegion && v.year === first);
              if (!e) return null;
              const slot = (W - M.left - M.right) / priorities.length;
              const bx = M.left + i * slot + slot * 0.2;
              const colour = PALETTE[i % PALETTE.length]!;
              const dim = hovered !== null && hovered !== p.key;
              return (
                <g
                  key={p.key}
                  className="point"
                  opacity={dim ? 0.3 : 1}
                  onMouseEnter={() => setHovered(p.key)}
                  onMouseLeave={() => setHovered(null)}
                  onClick={() => setPicked({ priority: p, evaluation: e })}
                  data-testid="priority-point"
                >
                  <rect x={bx} y={y(e.value)} width={slot * 0.6} height={y(yMin) - y(e.value)} fill={colour} rx={3}>
                    <title>{`${p.code}. ${p.title}: ${e.value} (${e.year})`}</title>
                  </rect>
                  <text x={bx + slot * 0.3} y={y(e.value) - 6} textAnchor="middle" className="value">
                    {e.value}
                  </text>
                  <text x={bx + slot * 0.3} y={H - 24} textAnchor="middle" className="tick">
                    {p.code}
                  </text>
                </g>
              );
            })
          : priorities.map((p, i) => {
              const points = p.evaluations.filter((e) => e.region === shownRegion && years.includes(e.year)).sort((a, b) => a.year - b.year);
              const colour = PALETTE[i % PALETTE.length]!;
              const dim = hovered !== null && hovered !== p.key;
              return (
                <g key={p.key} opacity={dim ? 0.2 : 1} onMouseEnter={() => setHovered(p.key)} onMouseLeave={() => setHovered(null)}>
                  <polyline fill="none" stroke={colour} strokeWidth={2.5} points={points.map((e) => `${x(e.year)},${y(e.value)}`).join(' ')} />
                  {points.map((e) => (
                    <circle
                      key={e.key}
                      className="point"
                      cx={x(e.year)}
                      cy={y(e.value)}
                      r={5}
                      fill={colour}
                      stroke="#fff"
                      strokeWidth={1.5}
                      data-testid="priority-point"
                      onClick={() => setPicked({ priority: p, evaluation: e })}
                    >
                      <title>{`${p.code}. ${p.title}: ${e.value} (${e.year})`}</title>
                    </circle>
                  ))}
                </g>
              );
            })}
      </svg>
      <ol className="legend">
        {priorities.map((p, i) => {
          const all = p.evaluations.filter((e) => e.region === shownRegion).sort((a, b) => a.year - b.year);
          // The newest few scores; the chart has the rest.
          const scores = `${all.length > 3 ? '… ' : ''}${all
            .slice(-3)
            .map((e) => `${e.year}: ${e.value}`)
            .join(', ')}`;
          return (
            <li key={p.key} onMouseEnter={() => setHovered(p.key)} onMouseLeave={() => setHovered(null)}>
              <span className="swatch" style={{ background: PALETTE[i % PALETTE.length] }} />
              <EntityLink entity={{ key: p.key, name: `${p.code}. ${p.title}` }} /> <span className="muted">{scores}</span>
            </li>
          );
        })}
      </ol>
      <ShownYear priorities={priorities} region={shownRegion} year={year ?? last} />
      {picked && (
        <div className="picked" data-testid="priority-picked">
          <h3>
            {picked.priority.code}. {picked.priority.title} — {picked.evaluation.year}: {picked.evaluation.value} / {picked.evaluation.scaleMax}
            {picked.evaluation.respondents != null && ` ${t('({n} of {m} answered)', { n: picked.evaluation.respondents, m: picked.evaluation.surveyed ?? '?' })}`}
          </h3>
          <Quotes sources={picked.evaluation.sources} />
        </div>
      )}
    </div>
  );
}

/** The chosen year's scores, each with its respondents and quote, without a click. */
function ShownYear({ priorities, region, year }: { priorities: Priority[]; region: string | null; year: number }) {
  const t = useT();
  return (
    <section className="year-scores" data-testid="year-scores">
      <h3>{t('Scores in {year}', { year })}</h3>
      <ul className="facts">
        {priorities.map((p) => {
          const e = p.evaluations.find((v) => v.region === region && v.year === year);
          if (!e) return null;
          return (
            <li key={p.key} className="fact" data-testid="year-score">
              <strong>
                {p.code}. {p.title}: {e.value} / {e.scaleMax}
              </strong>
              {e.respondents != null && (
                <span className="muted">
                  {' '}
                  {t('({n} of {m} answered)', { n: e.respondents, m: e.surveyed ?? '?' })}
                </span>
              )}
              <Quotes sources={e.sources} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
