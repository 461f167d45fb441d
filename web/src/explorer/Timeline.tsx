/**
 * An entity across the report years: which years name it and what each of them states about it — a project's status,
 * an organisation's projects and roles, seats, memberships, funding, a body's meetings, a priority's score.
 *
 * All data access is in `useTimeline`: today it reads the facts' own `years` (and `statusHistory`) from one query;
 * when the API offers per-year histories, only that hook changes.
 */
import { ExplorerReportsDocument, ExplorerTimelineDocument, type ExplorerTimelineQuery } from '../generated/graphql';
import { useQuery } from './api';
import { ErrorNote, Loading } from './Details';
import { EntityLink, label } from './facts';
import { useT, type Translate } from './i18n';
import { useNav } from './nav';

export interface TimelineItem {
  /** What kind of statement: one line per kind and year, in this order. */
  kind: 'status' | 'meetings' | 'score' | 'project' | 'seat' | 'membership' | 'affiliation' | 'contribution' | 'funding' | 'member';
  /** The statement, in the interface language, before its link. */
  text: string;
  /** The entity it links to, if any. */
  link?: { key: string; name?: string | null };
}

export interface TimelineYear {
  year: number;
  /** A report of this year names the entity. */
  named: boolean;
  items: TimelineItem[];
}

export interface Timeline {
  name: string;
  years: TimelineYear[];
}

type Entity = NonNullable<ExplorerTimelineQuery['entity']>;

/** The entity's timeline over every report year in the graph (years that do not name it included, as gaps). */
export function useTimeline(key: string): { timeline?: Timeline; error?: Error; loading: boolean } {
  const t = useT();
  const reports = useQuery(ExplorerReportsDocument, {});
  const result = useQuery(ExplorerTimelineDocument, { key });
  const error = reports.error ?? result.error;
  if (error) return { error, loading: false };
  if (!reports.data || !result.data) return { loading: true };
  const entity = result.data.entity;
  if (!entity) return { loading: false, error: new Error(`Nothing in the graph has the key ${key}.`) };
  const items = new Map<number, TimelineItem[]>();
  const add = (years: readonly number[], item: TimelineItem) => {
    for (const y of years) items.set(y, [...(items.get(y) ?? []), item]);
  };
  collect(entity, add, t);
  const reportYears = reports.data.reports.map((r) => r.year);
  const all = [...new Set([...reportYears, ...entity.years, ...items.keys()])].sort((a, b) => a - b);
  const order: TimelineItem['kind'][] = ['status', 'meetings', 'score', 'project', 'seat', 'membership', 'affiliation', 'contribution', 'funding', 'member'];
  return {
    loading: false,
    timeline: {
      name: 'name' in entity && entity.name ? entity.name : 'title' in entity && entity.title ? entity.title : entity.key,
      years: all.map((year) => ({
        year,
        named: entity.years.includes(year),
        items: [...(items.get(year) ?? [])].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)),
      })),
    },
  };
}

function collect(e: Entity, add: (years: readonly number[], item: TimelineItem) => void, t: Translate): void {
  const role = (r: string | null | undefined) => t(label(r));
  switch (e.__typename) {
    case 'Organization':
      for (const p of e.projects) add(p.years, { kind: 'project', text: t('{role} in', { role: role(p.role) }), link: p.project });
      for (const s of e.seats) add([s.year], { kind: 'seat', text: t('seat: {role}{title} in', { role: role(s.role), title: s.title ? ` (${s.title})` : '' }), link: s.body ?? undefined });
      for (const m of e.memberships) add(m.years, { kind: 'membership', text: t('{role} of', { role: role(m.role) }), link: m.body });
      for (const f of e.funds) add(f.years, { kind: 'funding', text: t('funds'), link: f.project });
      break;
    case 'Project':
      for (const s of e.statusHistory) add([s.year], { kind: 'status', text: t('status: {status}', { status: role(s.status) }) });
      for (const p of e.participants) add(p.years, { kind: 'project', text: t('{role}:', { role: role(p.role) }), link: p.organization });
      for (const f of e.funders) add(f.years, { kind: 'funding', text: t('funded by'), link: { key: f.funder.key, name: f.funder.shortName ?? f.funder.name } });
      break;
    case 'Person':
      for (const s of e.seats) {
        add([s.year], {
          kind: 'seat',
          text: t('seat: {role}{title}{for} in', { role: role(s.role), title: s.title ? ` (${s.title})` : '', for: s.represents ? ` ${t('for {name}', { name: s.represents.name })}` : '' }),
          link: s.body ?? undefined,
        });
      }
      for (const a of e.affiliations) add(a.years, { kind: 'affiliation', text: a.title ? t('{title} at', { title: a.title }) : t('works at'), link: a.organization });
      for (const c of e.contributions) add(c.years, { kind: 'contribution', text: t('{role} in', { role: role(c.role) }), link: { key: c.target.key, name: 'name' in c.target ? c.target.name : undefined } });
      break;
    case 'Body': {
      // The API keeps meetings per year as the newest report states them: shown in the newest year that names the body.
      const newest = Math.max(...e.years);
      if (e.meetingsPerYear != null && Number.isFinite(newest)) add([newest], { kind: 'meetings', text: t('{n} meetings a year', { n: e.meetingsPerYear }) });
      for (const s of e.seats) add([s.year], { kind: 'seat', text: t('seat: {role}:', { role: role(s.role) }), link: s.person ?? undefined });
      for (const m of e.members) add(m.years, { kind: 'member', text: t('{role}:', { role: role(m.role) }), link: { key: m.member.key, name: 'name' in m.member ? m.member.name : undefined } });
      break;
    }
    case 'Funder':
      for (const p of e.projects) add(p.years, { kind: 'funding', text: t('funds ({status})', { status: role(p.project.status) }), link: p.project });
      break;
    case 'Priority':
      for (const v of e.evaluations) add([v.year], { kind: 'score', text: t('score {value} / {max} ({region})', { value: v.value, max: v.scaleMax, region: v.region }) });
      break;
    default:
      break;
  }
}

/** Items shown per year at first; the rest on request. */
const FIRST_ITEMS = 12;

export function TimelineView({ entityKey }: { entityKey: string }) {
  const t = useT();
  const nav = useNav();
  const { timeline, error, loading } = useTimeline(entityKey);
  if (error) return <ErrorNote error={error} />;
  if (loading || !timeline) return <Loading what={t('Loading the timeline')} />;
  const named = timeline.years.filter((y) => y.named).map((y) => y.year);
  return (
    <section className="section timeline" data-testid="timeline" data-years={named.join(',')}>
      <h3>{t('Across the report years')}</h3>
      <ol className="timeline-strip" aria-label={t('Report years naming it')}>
        {timeline.years.map((y) => (
          <li key={y.year} className={`${y.named ? 'named' : 'gap'} ${y.year === nav.year ? 'chosen' : ''}`} title={y.named ? t('named in the {year} report', { year: y.year }) : t('not named in the {year} report', { year: y.year })}>
            {y.year}
          </li>
        ))}
      </ol>
      <ol className="timeline-years">
        {[...timeline.years].reverse().map((y) => (
          <TimelineYearItem key={y.year} y={y} chosen={y.year === nav.year} />
        ))}
      </ol>
    </section>
  );
}

function TimelineYearItem({ y, chosen }: { y: TimelineYear; chosen: boolean }) {
  const t = useT();
  const shown = y.items.slice(0, FIRST_ITEMS);
  return (
    <li className={`timeline-year ${y.named ? '' : 'gap'} ${chosen ? 'chosen' : ''}`} data-testid="timeline-year" data-year={y.year} data-named={y.named}>
      <strong>{y.year}</strong>{' '}
      {!y.named ? (
        <span className="muted">{t('not named in this report')}</span>
      ) : y.items.length === 0 ? (
        <span className="muted">{t('named')}</span>
      ) : (
        <ul className="timeline-items">
          {shown.map((item, i) => (
            <li key={i} data-testid="timeline-item" data-kind={item.kind}>
              {item.text} {item.link && <EntityLink entity={item.link} />}
            </li>
          ))}
          {y.items.length > shown.length && <li className="muted">{t('… and {n} more', { n: y.items.length - shown.length })}</li>}
        </ul>
      )}
    </li>
  );
}
