/** The members of the network with their centralities: sortable by any column, downloadable as CSV. */
import { useMemo, useState } from 'react';
import type { ExplorerNetworkQuery } from '../../generated/graphql';
import { label } from '../facts';
import { useT } from '../i18n';

type Network = ExplorerNetworkQuery['network'];
type Column = 'name' | 'kind' | 'degree' | 'weightedDegree' | 'betweenness' | 'pagerank' | 'community';

const COLUMNS: { id: Column; title: string; numeric: boolean }[] = [
  { id: 'name', title: 'Name', numeric: false },
  { id: 'kind', title: 'Kind', numeric: false },
  { id: 'degree', title: 'Collaborators', numeric: true },
  { id: 'weightedDegree', title: 'Shared items', numeric: true },
  { id: 'betweenness', title: 'Betweenness', numeric: true },
  { id: 'pagerank', title: 'PageRank', numeric: true },
  { id: 'community', title: 'Community', numeric: true },
];

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
export function toCsv(rows: (string | number)[][]): string {
  return rows.map((r) => r.map((v) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')).join('\r\n') + '\r\n';
}

export function MembersTable({ network, year, onSelect }: { network: Network; year?: number; onSelect(key: string): void }) {
  const t = useT();
  const [sort, setSort] = useState<{ by: Column; desc: boolean }>({ by: 'pagerank', desc: true });
  const rows = useMemo(() => {
    const dir = sort.desc ? -1 : 1;
    return [...network.nodes].sort((a, b) => {
      const x = a[sort.by];
      const y = b[sort.by];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'fi');
      return dir * c || a.key.localeCompare(b.key);
    });
  }, [network, sort]);

  const csv = () => {
    const text = toCsv([
      ['key', ...COLUMNS.map((c) => c.id)],
      ...rows.map((n) => [n.key, n.name, n.kind, n.degree, n.weightedDegree, n.betweenness, n.pagerank, n.community]),
    ]);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    a.download = `botnia-members-${year ?? 'all'}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <div className="members-table" data-testid="members-table">
      <p>
        <button onClick={csv} data-testid="csv">
          {t('Download as CSV')}
        </button>
      </p>
      <table className="portfolio-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.id} className={c.numeric ? 'num' : ''} aria-sort={sort.by === c.id ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                <button
                  className="link"
                  data-testid={`sort-${c.id}`}
                  onClick={() => setSort((s) => ({ by: c.id, desc: s.by === c.id ? !s.desc : c.numeric }))}
                >
                  {t(c.title)}
                  {sort.by === c.id ? (sort.desc ? ' ↓' : ' ↑') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.key} data-testid="member-row" data-key={n.key}>
              <td>
                <a
                  href={`#${n.key}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onSelect(n.key);
                  }}
                >
                  {n.name}
                </a>
              </td>
              <td>{t(label(n.kind))}</td>
              <td className="num">{n.degree}</td>
              <td className="num">{n.weightedDegree}</td>
              <td className="num">{n.betweenness.toFixed(3)}</td>
              <td className="num">{n.pagerank.toFixed(3)}</td>
              <td className="num">{n.community}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
