/**
 * Expand from any entity: a node opens into its neighbours (projects, funders, bodies, seats, people, events — the
 * API's `neighbours`), each line labelled with its relationship and role; a click on a line shows its quote. Drawn as
 * SVG (small pictures, clickable lines and labels), laid out with the same ForceAtlas2 as the network.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ForceLayout, seedLayout } from '../../../src/analytics/layout';
import { ExplorerNetworkDocument, ExplorerNeighboursDocument, type EntityNameFragment, type StepFragment } from '../generated/graphql';
import { cachedRequest } from './api';
import { Quotes } from './facts';
import { isFiltered, ProjectFilters, projectMatches, useProjectFacts, type ProjectFilter } from './filters';
import { useT } from './i18n';
import { entityColour, entityName, relationshipLabel } from './names';
import { useNav } from './nav';
import { EntityPicker } from './Search';

interface Placed {
  entity: EntityNameFragment;
  x: number;
  y: number;
  expanded: boolean;
}

const stepId = (s: StepFragment) => `${s.from.key}|${s.type}|${s.to.key}`;

export function Explore({
  focus,
  year,
  onFocus,
  filter,
  onFilter,
}: {
  focus?: string;
  year?: number;
  onFocus(key: string): void;
  filter: ProjectFilter;
  onFilter(change: ProjectFilter): void;
}) {
  const t = useT();
  const { facts, error: factsError } = useProjectFacts(year, !!focus);
  const nav = useNav();
  const [nodes, setNodes] = useState(new Map<string, Placed>());
  const [steps, setSteps] = useState(new Map<string, StepFragment>());
  const [picked, setPicked] = useState<StepFragment | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Keyed by focus and year in App: with a focus, its first expansion is under way from the start.
  const [busy, setBusy] = useState(!!focus);
  const [suggestions, setSuggestions] = useState<{ key: string; name: string }[]>([]);
  const generation = useRef(0);

  // Without a starting point: the most central organisations of the year to start from.
  useEffect(() => {
    if (focus) return;
    cachedRequest(ExplorerNetworkDocument, { year, minWeight: 1, ties: null }).then(
      (d) => setSuggestions([...d.network.nodes].sort((a, b) => b.pagerank - a.pagerank).slice(0, 6).map((n) => ({ key: n.key, name: n.name }))),
      () => setSuggestions([]),
    );
  }, [focus, year]);

  /** Adds a node's neighbours to the picture (`reset`: starts the picture from it). Busy is set by the caller. */
  const expand = (key: string, reset = false) => {
    const gen = reset ? ++generation.current : generation.current;
    return cachedRequest(ExplorerNeighboursDocument, { key, year })
      .then(
        (data) => {
          if (gen !== generation.current) return;
          const base = reset ? new Map<string, Placed>() : new Map(nodes);
          const lines = reset ? new Map<string, StepFragment>() : new Map(steps);
          const origin = base.get(key) ?? { entity: data.neighbours[0]?.from ?? ({ __typename: 'Organization', key, name: key, kind: 'OTHER' } as EntityNameFragment), x: 0, y: 0, expanded: false };
          base.set(key, { ...origin, expanded: true });
          data.neighbours.forEach((s, i) => {
            if (!base.has(s.to.key)) {
              const a = (2 * Math.PI * i) / Math.max(data.neighbours.length, 1);
              base.set(s.to.key, { entity: s.to, x: origin.x + Math.cos(a), y: origin.y + Math.sin(a), expanded: false });
            }
            lines.set(stepId(s), s);
          });
          setNodes(layout(base, lines));
          setSteps(lines);
        },
        (e: Error) => setError(e.message),
      )
      .finally(() => setBusy(false));
  };
  const expandFromClick = (key: string, reset = false) => {
    setBusy(true);
    setError(null);
    void expand(key, reset);
  };

  // The view is made anew for each focus and year (its key in App): expanding the focus is where it starts.
  useEffect(() => {
    if (focus) void expand(focus, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, year]);

  // Under a filter: projects of another funder or status go, with their lines; participations in another role go;
  // what is left without a line to it goes too (the focus stays).
  const { shownNodes, shownSteps } = useMemo(() => {
    if (!isFiltered(filter)) return { shownNodes: nodes, shownSteps: steps };
    const byKey = new Map((facts ?? []).map((p) => [p.key, p]));
    const projectOk = (e: EntityNameFragment) => {
      if (e.__typename !== 'Project' || (!filter.funder && !filter.status)) return true;
      const fact = byKey.get(e.key);
      return !!fact && projectMatches(fact, { funder: filter.funder, status: filter.status });
    };
    const lines = new Map([...steps].filter(([, s]) => (!filter.role || s.type !== 'PARTICIPATES_IN' || s.role === filter.role) && projectOk(s.from) && projectOk(s.to)));
    const ends = new Set([...lines.values()].flatMap((s) => [s.from.key, s.to.key]));
    return { shownNodes: new Map([...nodes].filter(([key]) => key === focus || ends.has(key))), shownSteps: lines };
  }, [nodes, steps, filter, facts, focus]);

  const view = useMemo(() => viewBox([...shownNodes.values()]), [shownNodes]);

  if (!focus) {
    return (
      <div className="explore" data-testid="explore">
        <h2>{t('Expand from any entity')}</h2>
        <p>{t('Pick an entity with the search, or start from')}:</p>
        <ul className="chips">
          {suggestions.map((s) => (
            <li key={s.key}>
              <button className="link" data-testid="explore-start" onClick={() => onFocus(s.key)}>
                {s.name}
              </button>
            </li>
          ))}
        </ul>
        <div className="picker">
          <EntityPicker onPick={onFocus} testId="explore-search" />
        </div>
      </div>
    );
  }

  return (
    <div className="explore" data-testid="explore" data-nodes={shownNodes.size} data-edges={shownSteps.size}>
      <div className="toolbar">
        <h2>{nodes.get(focus) ? entityName(nodes.get(focus)!.entity) : focus}</h2>
        <span className="muted">{t('Click a node to expand it; click a line for its quote.')}</span>
        <button onClick={() => expandFromClick(focus, true)}>{t('Start again')}</button>
      </div>
      <div className="toolbar">
        <ProjectFilters facts={facts} error={factsError} value={filter} onChange={onFilter} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {busy && (
        <p className="loading" role="status">
          {t('Loading')}…
        </p>
      )}
      <div className="explore-body">
        <svg className="explore-svg" viewBox={view} role="img" aria-label={t('Expand from any entity')}>
          {[...shownSteps.values()].map((s) => {
            const a = nodes.get(s.from.key);
            const b = nodes.get(s.to.key);
            if (!a || !b) return null;
            const id = stepId(s);
            return (
              <g key={id} className={`explore-edge ${picked && stepId(picked) === id ? 'picked' : ''}`} data-testid="explore-edge" data-id={id} onClick={() => setPicked(s)}>
                <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
                {/* A wide transparent line: easy to hit. */}
                <line className="hit" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
                <text x={(a.x + b.x) / 2} y={(a.y + b.y) / 2} className="edge-label">
                  {relationshipLabel(s.type, s.role)}
                </text>
              </g>
            );
          })}
          {[...shownNodes.entries()].map(([key, n]) => (
            <g
              key={key}
              className={`explore-node ${n.expanded ? 'expanded' : ''}`}
              data-testid="explore-node"
              data-key={key}
              transform={`translate(${n.x} ${n.y})`}
              onClick={() => {
                nav.open(key);
                if (!n.expanded) expandFromClick(key);
              }}
            >
              <circle r={n.expanded ? 9 : 7} fill={entityColour(n.entity)} />
              <text x={11} y={4}>
                {entityName(n.entity)}
              </text>
              <title>{`${n.entity.__typename}: ${entityName(n.entity)}`}</title>
            </g>
          ))}
        </svg>
        {picked && (
          <aside className="explore-quote" data-testid="explore-quote">
            <p>
              <strong>{entityName(picked.forward ? picked.from : picked.to)}</strong> — {relationshipLabel(picked.type, picked.role)} →{' '}
              <strong>{entityName(picked.forward ? picked.to : picked.from)}</strong>
            </p>
            <Quotes sources={picked.sources} />
          </aside>
        )}
      </div>
    </div>
  );
}

/** ForceAtlas2 on the picture so far, from the current positions: new neighbours settle around their node. */
function layout(nodes: Map<string, Placed>, steps: Map<string, StepFragment>): Map<string, Placed> {
  const keys = [...nodes.keys()];
  const index = new Map(keys.map((k, i) => [k, i]));
  const list = [...steps.values()].filter((s) => index.has(s.from.key) && index.has(s.to.key));
  const input = {
    n: keys.length,
    community: new Int32Array(keys.length),
    importance: new Float32Array(keys.length).fill(1),
    edges: Uint32Array.from(list.flatMap((s) => [index.get(s.from.key)!, index.get(s.to.key)!])),
    weights: new Float32Array(list.length).fill(1),
  };
  const start = keys.length > 1 ? Float32Array.from(keys.flatMap((k) => [nodes.get(k)!.x, nodes.get(k)!.y])) : seedLayout(input);
  const fa = new ForceLayout(input, start);
  for (let i = 0; i < 200; i++) fa.step();
  const out = new Map<string, Placed>();
  keys.forEach((k, i) => out.set(k, { ...nodes.get(k)!, x: fa.pos[2 * i]!, y: fa.pos[2 * i + 1]! }));
  // Scale to a picture about 150 units per √member wide: labels need the room, and the SVG fits it to the panel.
  const xs = [...out.values()].map((p) => p.x);
  const ys = [...out.values()].map((p) => p.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  const scale = (Math.sqrt(keys.length) * 150) / span;
  for (const p of out.values()) {
    p.x *= scale;
    p.y *= scale;
  }
  return out;
}

function viewBox(points: { x: number; y: number }[]): string {
  if (!points.length) return '-100 -100 200 200';
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  // Room on the right for the labels; at least 600 × 380 units, so text keeps a readable size in a small picture.
  const w = Math.max(Math.max(...xs) - Math.min(...xs) + 300, 600);
  const h = Math.max(Math.max(...ys) - Math.min(...ys) + 60, 380);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2 + 110;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return `${cx - w / 2} ${cy - h / 2} ${w} ${h}`;
}
