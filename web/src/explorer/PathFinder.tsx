/**
 * "How is Kosti ry linked to ESR?": the API's `connection` between two entities picked by search, as steps with
 * their relationship, role and quotes; the relationship types and the longest path can be chosen.
 */
import { ExplorerConnectionDocument, type RelationshipType } from '../generated/graphql';
import { useQuery } from './api';
import { ErrorNote, Loading } from './Details';
import { EntityLink, Quotes } from './facts';
import { useT } from './i18n';
import { entityColour, entityName, relationshipLabel } from './names';
import { EntityPicker } from './Search';

/** Families of relationship types an analyst asks about; the API takes any list. */
export const TYPE_SETS: Record<string, RelationshipType[] | null> = {
  all: null,
  projects: ['PARTICIPATES_IN', 'FUNDS', 'SUBPROJECT_OF', 'IN_PROGRAMME', 'FUNDED_WITHIN'],
  seats: ['REPRESENTS', 'SEAT_IN', 'HELD_BY', 'DEPUTY_FOR', 'MEMBER_OF', 'PART_OF'],
  people: ['CONTRIBUTES_TO', 'HELD_BY', 'AFFILIATED_WITH', 'REPRESENTS', 'SEAT_IN'],
};
const TYPE_SET_NAMES: Record<string, string> = {
  all: 'all',
  projects: 'projects and funding',
  seats: 'seats and bodies',
  people: 'people',
};

export function PathFinder({
  from,
  to,
  types,
  maxLength,
  year,
  onChange,
}: {
  from?: string;
  to?: string;
  types: string;
  maxLength: number;
  year?: number;
  onChange(change: { from?: string; to?: string; types?: string; maxLength?: number }): void;
}) {
  const t = useT();
  const ready = !!from && !!to && from !== to;
  const result = useQuery(ExplorerConnectionDocument, { from: from ?? '', to: to ?? '', year, maxLength, types: TYPE_SETS[types] ?? null }, !ready);
  return (
    <div className="path" data-testid="path">
      <h2>{t('How are they linked?')}</h2>
      <div className="toolbar">
        {(
          [
            ['from', 'From', from],
            ['to', 'To', to],
          ] as const
        ).map(([end, title, key]) => (
          <label className="picker" key={end}>
            {t(title)} <EntityPicker key={`${end}-${key}`} chosen={key} onPick={(picked) => onChange({ [end]: picked })} testId={`path-${end}`} />
          </label>
        ))}
        <label>
          {t('Longest path')}{' '}
          <select value={maxLength} onChange={(e) => onChange({ maxLength: Number(e.target.value) })} data-testid="path-length">
            {[2, 3, 4, 5, 6, 8].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Relationship types')}{' '}
          <select value={types} onChange={(e) => onChange({ types: e.target.value })} data-testid="path-types">
            {Object.keys(TYPE_SETS).map((k) => (
              <option key={k} value={k}>
                {t(TYPE_SET_NAMES[k]!)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!ready ? null : result.error ? (
        <ErrorNote error={result.error} />
      ) : result.loading || !result.data ? (
        <Loading />
      ) : result.data.connection.length === 0 ? (
        <p className="empty" data-testid="path-none">
          {t('No connection of at most {n} steps.', { n: maxLength })}
        </p>
      ) : (
        <ol className="paths">
          {result.data.connection.map((p, i) => (
            <li key={i} data-testid="path-result">
              <p className="muted">{t('{n} steps', { n: p.length })}</p>
              <ol className="steps">
                {p.steps.map((s, j) => (
                  <li key={j} data-testid="path-step">
                    <span className="swatch" style={{ background: entityColour(s.from) }} /> <EntityLink entity={{ key: s.from.key, name: entityName(s.from) }} />{' '}
                    <span className="relation">
                      {s.forward ? '—' : '←'} {relationshipLabel(s.type, s.role)} {s.forward ? '→' : '—'}
                    </span>{' '}
                    <span className="swatch" style={{ background: entityColour(s.to) }} /> <EntityLink entity={{ key: s.to.key, name: entityName(s.to) }} />
                    <Quotes sources={s.sources} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
