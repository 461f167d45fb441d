/**
 * The collaboration network of a year (the API's `network`: members, centralities, Louvain communities and ties),
 * drawn with sigma.js (WebGL) over a graphology graph. Loaded as its own chunk, only when the view is opened.
 *
 * Large graphs stay responsive: the response streams in with a byte counter, the most central members are drawn first
 * (more on request), the layout runs in a Web Worker and the picture is drawn at once from an instant seed layout,
 * then refined while the page stays usable.
 */
import Graph from 'graphology';
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { ExplorerNetworkDocument, type ExplorerNetworkQuery } from '../../generated/graphql';
import { request } from '../api';
import { label } from '../facts';
import { colourFor, PALETTE } from '../palette';
import type { LayoutRequest, LayoutUpdate } from './layout.worker';

type Network = ExplorerNetworkQuery['network'];
type Node = Network['nodes'][number];
type Measure = 'pagerank' | 'betweenness' | 'weightedDegree';
type Phase = 'loading' | 'drawing' | 'drawn' | 'settled' | 'empty' | 'error';

/** A drawn member carries its own measures, so restyling reads the graph being drawn and nothing else. */
interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  community: number;
  pagerank: number;
  betweenness: number;
  weightedDegree: number;
}

/** Drawn at first; the rest on request ("Show more"). */
const FIRST_NODES = 1500;
const EDGES_PER_NODE = 10;

const MEASURES: Record<Measure, string> = {
  pagerank: 'PageRank',
  betweenness: 'betweenness',
  weightedDegree: 'shared items',
};

declare global {
  interface Window {
    /** For tests and curious users: where a member is drawn, in viewport pixels. */
    botniaNetwork?: { order: number; size: number; viewportPosition(key: string): { x: number; y: number } | null };
  }
}

export default function NetworkView({ year, selected, onSelect }: { year?: number; selected?: string; onSelect(key: string): void }) {
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<NodeAttributes> | null>(null);
  const graph = useRef<Graph<NodeAttributes> | null>(null);
  const worker = useRef<Worker | null>(null);
  const selection = useRef<{ key?: string; neighbours: Set<string> }>({ neighbours: new Set() });
  const layingOut = useRef(false);
  const [network, setNetwork] = useState<Network | null>(null);
  const [phase, setPhase] = useState<Phase>('loading');
  const [received, setReceived] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [minWeight, setMinWeight] = useState(1);
  const [limit, setLimit] = useState(FIRST_NODES);
  const [colourBy, setColourBy] = useState<'community' | 'kind'>('community');
  const [sizeBy, setSizeBy] = useState<Measure>('pagerank');
  const [iteration, setIteration] = useState(0);
  const [shown, setShown] = useState({ nodes: 0, edges: 0 });

  // 1. Fetch the network of the year, streaming.
  useEffect(() => {
    const controller = new AbortController();
    setPhase('loading');
    setReceived(0);
    setError(null);
    setNetwork(null);
    setLimit(FIRST_NODES);
    let last = 0;
    request(
      ExplorerNetworkDocument,
      { year, minWeight },
      {
        signal: controller.signal,
        onProgress: ({ received }) => {
          // Repaint the counter at most every 64 kB.
          if (received - last > 65536) {
            last = received;
            setReceived(received);
          }
        },
      },
    ).then(
      (data) => {
        performance.mark('network:data');
        setNetwork(data.network);
        setPhase(data.network.nodes.length ? 'drawing' : 'empty');
      },
      (e: Error) => {
        if (e.name === 'AbortError') return;
        setError(e.message);
        setPhase('error');
      },
    );
    return () => controller.abort();
  }, [year, minWeight]);

  // Members by centrality, most central first: the order in which they are drawn.
  const ranked = useMemo(() => {
    if (!network) return [];
    return [...network.nodes].sort((a, b) => b.pagerank - a.pagerank || b.weightedDegree - a.weightedDegree || a.key.localeCompare(b.key));
  }, [network]);

  // 2. Build the graph of the `limit` most central members and their strongest ties; draw; lay out in the worker.
  useEffect(() => {
    if (!network || !container.current || !ranked.length) return;
    const nodes = ranked.slice(0, limit);
    const index = new Map<string, number>(nodes.map((n, i) => [n.key, i]));
    const edges = network.edges
      .filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, Math.max(2000, nodes.length * EDGES_PER_NODE));

    const g = new Graph<NodeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
    for (const n of nodes) {
      g.addNode(n.key, {
        x: 0,
        y: 0,
        size: 4,
        color: '#999',
        label: n.name,
        kind: n.kind,
        community: n.community,
        pagerank: n.pagerank,
        betweenness: n.betweenness,
        weightedDegree: n.weightedDegree,
      });
    }
    const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
    for (const e of edges) {
      if (g.hasEdge(e.source, e.target)) continue;
      g.addEdge(e.source, e.target, { size: 0.5 + 2.5 * Math.sqrt(e.weight / maxWeight), color: '#cfd5de', weight: e.weight });
    }
    graph.current = g;
    applyStyle(g, colourBy, sizeBy);

    // Layout: the worker answers with the seed layout at once, then refinements.
    const layoutInput: LayoutRequest = {
      id: Date.now(),
      n: nodes.length,
      community: Int32Array.from(nodes.map((n) => n.community)),
      importance: Float32Array.from(nodes.map((n) => n.pagerank)),
      edges: new Uint32Array(g.size * 2),
      weights: new Float32Array(g.size),
      iterations: nodes.length < 300 ? 500 : nodes.length < 3000 ? 200 : 100,
      // Small pictures move smoothly; large ones are redrawn less often (each redraw draws every tie).
      postEveryMs: g.size < 3000 ? 100 : 600,
    };
    let k = 0;
    g.forEachEdge((_e, attrs, source, target) => {
      layoutInput.edges[2 * k] = index.get(source)!;
      layoutInput.edges[2 * k + 1] = index.get(target)!;
      layoutInput.weights[k] = Math.log1p(attrs.weight as number);
      k++;
    });
    worker.current?.terminate();
    const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    let drawn = false;
    // Ties of a large picture are hidden while it is being arranged: the intermediate redraws stay cheap.
    layingOut.current = g.size > 3000;
    w.onmessage = (event: MessageEvent<LayoutUpdate>) => {
      const { positions, iteration, done } = event.data;
      g.updateEachNodeAttributes(
        (key, attrs) => {
          const i = index.get(key)!;
          attrs.x = positions[2 * i]!;
          attrs.y = positions[2 * i + 1]!;
          return attrs;
        },
        { attributes: ['x', 'y'] },
      );
      if (!drawn) {
        drawn = true;
        performance.mark('network:layout-seed');
        drawGraph(g);
        performance.mark('network:drawn');
        setPhase(done ? 'settled' : 'drawn');
      } else if (done) {
        setPhase('settled');
      }
      setIteration(iteration);
      if (done) {
        performance.mark('network:settled');
        w.terminate();
        if (layingOut.current) {
          layingOut.current = false;
          sigma.current?.refresh();
        }
      }
    };
    w.postMessage(layoutInput, [layoutInput.edges.buffer, layoutInput.weights.buffer, layoutInput.community.buffer, layoutInput.importance.buffer]);
    setShown({ nodes: g.order, edges: g.size });

    function drawGraph(graphToDraw: Graph<NodeAttributes>) {
      if (!sigma.current) {
        performance.mark('network:sigma-start');
        const s = new Sigma<NodeAttributes>(graphToDraw, container.current!, {
          settings: { itemSizesReference: 'screen', labelDensity: 0.6, labelRenderedSizeThreshold: 9, hideEdgesOnMove: graphToDraw.size > 20000 },
          nodeReducer: (key, data) => {
            const sel = selection.current;
            if (!sel.key) return data;
            if (key === sel.key) return { ...data, highlighted: true, labelVisibility: 'visible', zIndex: 2 };
            if (sel.neighbours.has(key)) return { ...data, labelVisibility: 'visible', zIndex: 1 };
            return { ...data, color: '#e4e7ec', labelVisibility: 'hidden', zIndex: 0 };
          },
          edgeReducer: (key, data) => {
            if (layingOut.current) return { ...data, visibility: 'hidden' };
            const sel = selection.current;
            if (!sel.key || !graph.current) return data;
            const [s, t] = graph.current.extremities(key);
            return s === sel.key || t === sel.key ? { ...data, color: '#7a8699' } : { ...data, visibility: 'hidden' };
          },
        });
        performance.mark('network:sigma-created');
        s.on('clickNode', ({ node }) => {
          clicked.current = node;
          onSelectRef.current(node);
        });
        s.on('enterNode', () => container.current && (container.current.style.cursor = 'pointer'));
        s.on('leaveNode', () => container.current && (container.current.style.cursor = ''));
        sigma.current = s;
      } else {
        sigma.current.setGraph(graphToDraw);
      }
      updateSelection();
      window.botniaNetwork = {
        order: graphToDraw.order,
        size: graphToDraw.size,
        viewportPosition(key) {
          const s = sigma.current;
          if (!s || !graphToDraw.hasNode(key)) return null;
          const attrs = graphToDraw.getNodeAttributes(key);
          return s.graphToViewport({ x: attrs.x, y: attrs.y });
        },
      };
    }
    return () => {
      w.terminate();
      // This graph belongs to this network: once the network changes (a refetch for another year or tie strength),
      // nothing may restyle or select in it any more.
      if (graph.current === g) graph.current = null;
      g.clear();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- style changes are applied by the next effect
  }, [network, ranked, limit]);

  // 3. Colour and size without rebuilding the graph.
  useEffect(() => {
    if (graph.current) {
      applyStyle(graph.current, colourBy, sizeBy);
      sigma.current?.refresh();
    }
  }, [colourBy, sizeBy]);

  // 4. Selection: highlight the member and its ties, centre the camera on it.
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  /** The member last clicked in the picture: selecting it does not move the camera. */
  const clicked = useRef<string | undefined>(undefined);
  const updateSelection = () => {
    const g = graph.current;
    const key = selected && g?.hasNode(selected) ? selected : undefined;
    selection.current = { key, neighbours: new Set(key && g ? g.neighbors(key) : []) };
    sigma.current?.refresh();
  };
  useEffect(() => {
    updateSelection();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, phase]);
  // Chosen elsewhere (search, a link in the details): bring it to the middle.
  useEffect(() => {
    const s = sigma.current;
    if (!s || !selected || selected === clicked.current || !graph.current?.hasNode(selected)) return;
    const d = s.getNodeDisplayData(selected);
    if (d) void s.getCamera().animate({ x: d.x, y: d.y }, { duration: 500 });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- again when the layout has settled
  }, [selected, phase]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      sigma.current?.kill();
      sigma.current = null;
      delete window.botniaNetwork;
    },
    [],
  );

  const legend = useMemo(() => legendOf(ranked.slice(0, limit), colourBy), [ranked, limit, colourBy]);
  const total = network?.nodes.length ?? 0;

  return (
    <div className="network">
      <div className="toolbar">
        <h2>Who works with whom{year !== undefined ? ` in ${year}` : ', all years'}</h2>
        <label>
          Colour by{' '}
          <select value={colourBy} onChange={(e) => setColourBy(e.target.value as 'community' | 'kind')}>
            <option value="community">community</option>
            <option value="kind">kind of organisation</option>
          </select>
        </label>
        <label>
          Size by{' '}
          <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as Measure)}>
            {Object.entries(MEASURES).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <label title="Only ties with at least this many shared projects, bodies and events">
          Ties ≥{' '}
          <select value={minWeight} onChange={(e) => setMinWeight(Number(e.target.value))}>
            {[1, 2, 3, 5, 10].map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="network-body">
        <div
          className="network-canvas"
          ref={container}
          data-testid="network"
          data-state={phase}
          data-nodes={shown.nodes}
          data-edges={shown.edges}
          aria-label="Collaboration network"
        />
        {phase === 'loading' && (
          <p className="overlay loading" role="status">
            Loading the network{received ? ` (${(received / 1e6).toFixed(1)} MB)` : ''}…
          </p>
        )}
        {phase === 'drawing' && <p className="overlay loading">Drawing {total.toLocaleString('en')} members…</p>}
        {phase === 'empty' && <p className="overlay empty">No collaboration in this year.</p>}
        {phase === 'error' && (
          <p className="overlay error" role="alert">
            {error}
          </p>
        )}
        {network && (phase === 'drawn' || phase === 'settled') && (
          <div className="network-info" data-testid="network-info">
            <p>
              {shown.nodes < total ? (
                <>
                  The {shown.nodes.toLocaleString('en')} most central of <strong>{total.toLocaleString('en')}</strong> members
                </>
              ) : (
                <>
                  <strong>{total.toLocaleString('en')}</strong> members
                </>
              )}
              , {shown.edges.toLocaleString('en')}
              {shown.edges < network.edges.length ? ` of ${network.edges.length.toLocaleString('en')}` : ''} ties
              {network.communityCount > 0 && (
                <>
                  , {network.communityCount} communities (modularity {network.modularity.toFixed(2)})
                </>
              )}
              .
            </p>
            {shown.nodes < total && (
              <button onClick={() => setLimit((l) => Math.min(total, l * 2))}>Show more ({Math.min(total, limit * 2).toLocaleString('en')})</button>
            )}
            <p className="muted">{phase === 'drawn' ? `Arranging… (step ${iteration})` : 'Click a member for its details and quotes. Scroll to zoom.'}</p>
            <ul className="legend">
              {legend.map((l) => (
                <li key={l.label}>
                  <span className="swatch" style={{ background: l.colour }} />
                  {l.label} <span className="muted">{l.count}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

function communityColour(community: number): string {
  return PALETTE[community % PALETTE.length]!;
}

function applyStyle(g: Graph<NodeAttributes>, colourBy: 'community' | 'kind', sizeBy: Measure): void {
  let max = 0;
  g.forEachNode((_key, attrs) => {
    max = Math.max(max, attrs[sizeBy]);
  });
  g.updateEachNodeAttributes(
    (_key, attrs) => {
      // Area proportional to the measure: radius ∝ √value.
      attrs.size = 3 + 17 * Math.sqrt(max > 0 ? attrs[sizeBy] / max : 0);
      attrs.color = colourBy === 'community' ? communityColour(attrs.community) : colourFor(attrs.kind);
      return attrs;
    },
    { attributes: ['size', 'color'] },
  );
}

function legendOf(nodes: readonly Node[], colourBy: 'community' | 'kind'): { label: string; colour: string; count: number }[] {
  const counts = new Map<string | number, number>();
  for (const n of nodes) {
    const k = colourBy === 'community' ? n.community : n.kind;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const items = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return items.map(([k, count]) => {
    if (colourBy === 'community') {
      // Name a community by its most central member.
      const top = nodes.find((n) => n.community === k);
      return { label: `with ${top?.name ?? `#${k}`}`, colour: communityColour(k as number), count };
    }
    return { label: label(k as string), colour: colourFor(k as string), count };
  });
}
