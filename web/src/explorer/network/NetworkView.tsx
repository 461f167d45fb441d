/**
 * The collaboration network of a year (the API's `network`: members, centralities, Louvain communities and ties under
 * a chosen kind of tie), drawn with sigma.js (WebGL) over a graphology graph, or as a table of members. Loaded as its
 * own chunk, only when the view is opened.
 *
 * What the picture says: colour = kind of organisation (fixed palette, src/analytics/palette.ts), size = the chosen
 * centrality, tie width and shade = shared items; members without a tie sit in a row below the others; every member
 * is named (labels.ts places the labels so they collide neither with each other nor with members) when the picture
 * is small enough. Communities colour the picture only when their modularity says they mean something.
 *
 * Large graphs stay responsive: the response streams in with a byte counter, the most central members are drawn first
 * (more on request), and the picture is drawn at once where the server's layout (computed once per graph version,
 * cached with the centralities) put the members: the page runs no layout of its own.
 */
import Graph from 'graphology';
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { kindColour, tieShade } from '../../../../src/analytics/palette';
import { placeApart } from '../../../../src/analytics/layout';
import { ExplorerNetworkDocument, type ExplorerNetworkQuery, type TieChoiceInput } from '../../generated/graphql';
import { request } from '../api';
import { label } from '../facts';
import { useT } from '../i18n';
import { PALETTE } from '../palette';
import { ProjectFilters, describeFilter, filterNetwork, isFiltered, useProjectFacts, type ProjectFilter } from '../filters';
import { drawLabels, placeLabels, type LabelBox } from './labels';
import { MembersTable } from './MembersTable';

type Network = ExplorerNetworkQuery['network'];
type Measure = 'pagerank' | 'betweenness' | 'weightedDegree';
type Phase = 'loading' | 'drawing' | 'settled' | 'empty' | 'error';
type ColourBy = 'kind' | 'community';

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
  isolated: boolean;
}

/** Drawn at first; the rest on request ("Show more"). */
const FIRST_NODES = 1500;
const EDGES_PER_NODE = 10;
/** Up to this many members, every one is named (labels.ts); above, the largest LABELS_OF_LARGE that find room. */
const LABEL_ALL_UP_TO = 300;
const LABELS_OF_LARGE = 60;
/** Pixels around the picture (sigma's stagePadding, and the first picture's before sigma is up). */
const STAGE_PADDING = 40;

/** Graph coordinates to viewport pixels, and how large a member is drawn. */
interface Frame {
  width: number;
  height: number;
  toViewport(x: number, y: number): { x: number; y: number };
  radius(key: string, attrs: NodeAttributes): number;
}
/** Below this modularity a partition is no better than chance-like structure: communities are not offered. */
export const MEANINGFUL_MODULARITY = 0.3;

const ALL_BODY_KINDS = ['STEERING_GROUP', 'NETWORK', 'WORKING_GROUP', 'MANAGEMENT_GROUP', 'OTHER'] as const;

/** The kinds of tie the explorer offers; the API takes any combination (TieChoiceInput). */
export const TIE_PRESETS = {
  default: { input: null, query: '' },
  projects: { input: { events: false, bodyKinds: [] }, query: 'events=false&bodyKinds=' },
  events: { input: { projects: false, bodyKinds: [] }, query: 'projects=false&bodyKinds=' },
  steering: { input: { projects: false, events: false, bodyKinds: ['STEERING_GROUP'] }, query: 'projects=false&events=false&bodyKinds=STEERING_GROUP' },
  all: { input: { bodyKinds: [...ALL_BODY_KINDS] }, query: `bodyKinds=${ALL_BODY_KINDS.join(',')}` },
} satisfies Record<string, { input: TieChoiceInput | null; query: string }>;
export type TiePreset = keyof typeof TIE_PRESETS;

declare global {
  interface Window {
    /** For tests and curious users: where a member is drawn, in viewport pixels, and the labels placed. */
    botniaNetwork?: {
      order: number;
      size: number;
      viewportPosition(key: string): { x: number; y: number } | null;
      labels(): LabelBox[];
      /** What draws the picture: the 2D layer (the first picture) or sigma's WebGL (from the first zoom or drag). */
      renderer(): '2d' | 'webgl';
    };
  }
}

export default function NetworkView({
  year,
  selected,
  onSelect,
  filter,
  onFilter,
}: {
  year?: number;
  selected?: string;
  onSelect(key: string): void;
  filter: ProjectFilter;
  onFilter(change: ProjectFilter): void;
}) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const labelCanvas = useRef<HTMLCanvasElement>(null);
  const sigma = useRef<Sigma<NodeAttributes> | null>(null);
  const graph = useRef<Graph<NodeAttributes> | null>(null);
  const labels = useRef<LabelBox[]>([]);
  const selection = useRef<{ key?: string; graph?: Graph<NodeAttributes>; neighbours: Set<string> }>({ neighbours: new Set() });
  /** Sigma has drawn its first frame: from then on it draws the picture and the 2D layer only the labels. */
  const sigmaReady = useRef(false);
  const [network, setNetwork] = useState<Network | null>(null);
  const [phase, setPhase] = useState<Phase>('loading');
  const [received, setReceived] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [ties, setTies] = useState<TiePreset>('default');
  const [minWeight, setMinWeight] = useState(1);
  const [limit, setLimit] = useState(FIRST_NODES);
  const [colourChoice, setColourBy] = useState<ColourBy>('kind');
  const [sizeBy, setSizeBy] = useState<Measure>('pagerank');
  const [mode, setMode] = useState<'picture' | 'table'>('picture');
  const [shown, setShown] = useState({ nodes: 0, edges: 0 });

  const meaningful = (network?.modularity ?? 0) >= MEANINGFUL_MODULARITY && (network?.communityCount ?? 0) > 1;
  // Communities are shown only where they mean something; otherwise the picture falls back to kinds.
  const colourBy: ColourBy = colourChoice === 'community' && meaningful ? 'community' : 'kind';

  // 1. Fetch the network of the year under the chosen ties, streaming. A new question starts from an empty view
  // (set while rendering, as React advises for state that follows a prop, rather than in the effect).
  const question = `${year}|${minWeight}|${ties}`;
  const [asked, setAsked] = useState(question);
  if (asked !== question) {
    setAsked(question);
    setPhase('loading');
    setReceived(0);
    setError(null);
    setNetwork(null);
    setLimit(FIRST_NODES);
  }
  useEffect(() => {
    const controller = new AbortController();
    let last = 0;
    request(
      ExplorerNetworkDocument,
      { year, minWeight, ties: TIE_PRESETS[ties].input },
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
        // A prefetched answer arrives even for a request aborted since (StrictMode's second effect takes it too).
        if (controller.signal.aborted) return;
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
  }, [year, minWeight, ties]);

  // The filters by funder, status and role: over the year's projects, asked once the network is shown.
  const filtered = isFiltered(filter);
  const { facts, error: factsError } = useProjectFacts(year, phase === 'settled' || filtered);
  /** The network as drawn: the API's, or under a filter its ties recounted over the matching projects. */
  const shownNetwork = useMemo(() => {
    if (!network || !filtered) return network;
    return facts ? filterNetwork(network, facts, filter, minWeight) : null;
  }, [network, filtered, facts, filter, minWeight]);

  // The phase shown: a filter waits for the project facts; a filter that keeps nothing is an empty picture.
  const shownPhase: Phase =
    network && filtered && !shownNetwork ? 'loading' : shownNetwork && shownNetwork.nodes.length === 0 && (phase === 'settled' || phase === 'drawing') ? 'empty' : phase;

  // Members by centrality, most central first: the order in which they are drawn.
  const ranked = useMemo(() => {
    if (!shownNetwork) return [];
    return [...shownNetwork.nodes].sort((a, b) => b.pagerank - a.pagerank || b.weightedDegree - a.weightedDegree || a.key.localeCompare(b.key));
  }, [shownNetwork]);

  /**
   * Where a member is on screen. Once sigma has drawn, its own camera; before (the first picture, while WebGL starts),
   * the same framing sigma starts with: the graph's extent fitted into the view less the padding, y pointing up.
   */
  const frame = (): Frame | null => {
    const g = graph.current;
    const s = sigma.current;
    if (s && sigmaReady.current) {
      return { ...s.getDimensions(), toViewport: (x, y) => s.graphToViewport({ x, y }), radius: (key, attrs) => s.getNodeDisplayData(key)?.size ?? attrs.size };
    }
    const el = container.current;
    if (!g || !el) return null;
    return previewFrame(g, el.clientWidth, el.clientHeight, STAGE_PADDING);
  };

  /**
   * The 2D layer over sigma's WebGL: the labels (every member of a small picture; the largest of a large one), and
   * before sigma has drawn its first frame, the whole picture (ties and members), so that the network is seen at once.
   */
  const renderOverlay = () => {
    const canvas = labelCanvas.current;
    const g = graph.current;
    const f = frame();
    if (!canvas || !f) return;
    // A canvas in memory, rasterised by the CPU: thousands of ties are tens of milliseconds there, where an
    // accelerated canvas without a GPU (SwiftShader) holds the page's frames for seconds (measured at M: 2.4–3.9 s).
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    const { width, height } = f;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!g || g.order === 0) {
      labels.current = [];
      return;
    }
    const sel = selection.current;
    if (!sigmaReady.current) drawPreview(ctx, g, f, sel);
    const discs: { key: string; text: string; x: number; y: number; r: number; size: number }[] = [];
    g.forEachNode((key, attrs) => {
      if (sel.key && key !== sel.key && !sel.neighbours.has(key)) return;
      const p = f.toViewport(attrs.x, attrs.y);
      discs.push({ key, text: attrs.label, x: p.x, y: p.y, r: f.radius(key, attrs), size: attrs.size });
    });
    discs.sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
    // A large picture names its largest members (and, with a selection, the selected one's neighbours).
    const named = g.order <= LABEL_ALL_UP_TO || sel.key ? discs.slice(0, LABEL_ALL_UP_TO) : discs.slice(0, LABELS_OF_LARGE);
    labels.current = placeLabels(ctx, named, discs, width, height);
    drawLabels(ctx, labels.current, () => false);
  };

  // 4. Selection: highlight the member and its ties, centre the camera on it.
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);
  /** The member last clicked in the picture: selecting it does not move the camera. */
  const clicked = useRef<string | undefined>(undefined);
  /** Reads the selection for the reducers and the 2D layer; true when it changed. */
  const updateSelection = (): boolean => {
    const g = graph.current;
    const key = selected && g?.hasNode(selected) ? selected : undefined;
    const previous = selection.current;
    selection.current = { key, graph: g ?? undefined, neighbours: new Set(key && g ? g.neighbors(key) : []) };
    return key !== previous.key || (key !== undefined && g !== previous.graph);
  };
  /** Draws the picture again: sigma once it draws the picture, else the 2D layer (a full redraw of a large graph is dear). */
  const redraw = () => (sigmaReady.current ? sigma.current?.refresh() : renderOverlay());
  // 2. Build the graph of the `limit` most central members and their strongest ties, where the API's layout put them
  // (the same under every tie weight and filter, so members stay where they were); draw it at once (before sigma's
  // WebGL is up: on the 2D layer). The layout is computed once per graph version on the server: the first picture is
  // the final one, and nothing competes with the page for the CPU after it.
  useEffect(() => {
    if (!shownNetwork || !ranked.length || mode !== 'picture' || !container.current) return;
    const nodes = ranked.slice(0, limit);
    const keep = new Set(nodes.map((n) => n.key));
    const edges = shownNetwork.edges
      .filter((e) => keep.has(e.source) && keep.has(e.target) && e.source !== e.target)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, Math.max(2000, nodes.length * EDGES_PER_NODE));
    const tied = new Set(edges.flatMap((e) => [e.source, e.target]));
    // Members without a drawn tie (under this weight, filter or cut) are set apart in a row below the others.
    const pos = Float32Array.from(nodes.flatMap((n) => [n.x, n.y]));
    placeApart(pos, nodes.flatMap((n, i) => (tied.has(n.key) ? [] : [i])));

    const g = new Graph<NodeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
    nodes.forEach((n, i) => {
      g.addNode(n.key, {
        x: pos[2 * i]!,
        y: pos[2 * i + 1]!,
        size: 4,
        color: '#999',
        label: n.name,
        kind: n.kind,
        community: n.community,
        pagerank: n.pagerank,
        betweenness: n.betweenness,
        weightedDegree: n.weightedDegree,
        isolated: !tied.has(n.key),
      });
    });
    const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
    for (const e of edges) {
      if (g.hasEdge(e.source, e.target)) continue;
      // Width and shade by shared items: one item thin and light, the strongest tie thick and dark.
      const w = maxWeight > 1 ? (e.weight - 1) / (maxWeight - 1) : 0;
      g.addEdge(e.source, e.target, { size: 1 + 5 * w, color: tieShade(e.weight, maxWeight), weight: e.weight });
    }
    graph.current = g;
    applyStyle(g, colourBy, sizeBy);

    let cancelled = false;
    const cleanups: (() => void)[] = [];
    updateSelection();
    if (sigma.current) sigma.current.setGraph(g);
    else renderOverlay();
    performance.mark('network:drawn');
    // The picture drawn is laid out already: nothing left to settle.
    performance.mark('network:settled');
    setPhase('settled');
    publish(g);
    setShown({ nodes: g.order, edges: g.size });

    // Until sigma is wanted, the 2D picture answers: a click opens a member, the pointer shows what can be clicked.
    // Sigma (WebGL: seconds in a software renderer, then a full pass over every tie) starts at the first zoom or drag.
    const el = container.current;
    const hit = (e: MouseEvent): string | undefined => {
      const f = frame();
      if (!f) return undefined;
      const box = el.getBoundingClientRect();
      const x = e.clientX - box.left;
      const y = e.clientY - box.top;
      let best: string | undefined;
      let bestDistance = Infinity;
      g.forEachNode((key, attrs) => {
        const p = f.toViewport(attrs.x, attrs.y);
        const d = Math.hypot(p.x - x, p.y - y);
        if (d <= f.radius(key, attrs) + 3 && d < bestDistance) {
          best = key;
          bestDistance = d;
        }
      });
      return best;
    };
    let down: { x: number; y: number } | null = null;
    const wake = () => {
      if (!sigma.current && !cancelled) startSigma(g);
    };
    const onClick = (e: MouseEvent) => {
      if (sigma.current) return;
      const key = hit(e);
      if (key) {
        clicked.current = key;
        onSelectRef.current(key);
      }
    };
    const onDown = (e: PointerEvent) => {
      down = { x: e.clientX, y: e.clientY };
    };
    const onUp = () => {
      down = null;
    };
    const onMove = (e: PointerEvent) => {
      if (sigma.current) return;
      if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > 4) wake();
      else el.style.cursor = hit(e) ? 'pointer' : '';
    };
    el.addEventListener('click', onClick);
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('wheel', wake, { passive: true });
    cleanups.push(() => {
      el.removeEventListener('click', onClick);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('wheel', wake);
    });

    function startSigma(graphToDraw: Graph<NodeAttributes>) {
      performance.mark('network:sigma-start');
      const s = new Sigma<NodeAttributes>(graphToDraw, container.current!, {
        settings: {
          itemSizesReference: 'screen',
          // Labels are drawn on the 2D layer (labels.ts): placed without collisions, and no glyph atlas to build.
          renderLabels: false,
          hideEdgesOnMove: graphToDraw.size > 20000,
          stagePadding: STAGE_PADDING,
        },
        nodeReducer: (key, data) => {
          const sel = selection.current;
          if (!sel.key) return data;
          if (key === sel.key) return { ...data, highlighted: true, zIndex: 2 };
          if (sel.neighbours.has(key)) return { ...data, zIndex: 1 };
          return { ...data, color: '#e4e7ec', zIndex: 0 };
        },
        edgeReducer: (key, data) => {
          const sel = selection.current;
          if (!sel.key || !graph.current) return data;
          const [a, b] = graph.current.extremities(key);
          return a === sel.key || b === sel.key ? { ...data, color: '#334155' } : { ...data, visibility: 'hidden' };
        },
      });
      performance.mark('network:sigma-created');
      s.on('clickNode', ({ node }) => {
        clicked.current = node;
        onSelectRef.current(node);
      });
      s.on('enterNode', () => container.current && (container.current.style.cursor = 'pointer'));
      s.on('leaveNode', () => container.current && (container.current.style.cursor = ''));
      s.on('afterRender', () => renderOverlay());
      sigma.current = s;
      // The constructor has drawn the first frame: the 2D layer now only names the members.
      sigmaReady.current = true;
      performance.mark('network:sigma-drawn');
      renderOverlay();
    }

    function publish(graphToDraw: Graph<NodeAttributes>) {
      window.botniaNetwork = {
        order: graphToDraw.order,
        size: graphToDraw.size,
        viewportPosition(key) {
          const f = frame();
          if (!f || !graphToDraw.hasNode(key)) return null;
          const attrs = graphToDraw.getNodeAttributes(key);
          return f.toViewport(attrs.x, attrs.y);
        },
        labels: () => labels.current,
        renderer: () => (sigmaReady.current ? 'webgl' : '2d'),
      };
    }
    return () => {
      cancelled = true;
      for (const c of cleanups.splice(0)) c();
      // This graph belongs to this network: once the network changes (a refetch for another year or tie kind),
      // nothing may restyle or select in it any more.
      if (graph.current === g) graph.current = null;
      g.clear();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- style changes are applied by the next effect
  }, [shownNetwork, ranked, limit, mode]);

  // 3. Colour and size without rebuilding the graph.
  useEffect(() => {
    if (graph.current) {
      applyStyle(graph.current, colourBy, sizeBy);
      redraw();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redraw reads refs only
  }, [colourBy, sizeBy]);

  useEffect(() => {
    if (updateSelection()) redraw();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, phase]);
  // The view narrows when the details open (or the window changes): drawn again at its new size, so that a click
  // lands on what is seen there.
  useEffect(() => {
    const el = container.current;
    if (!el || mode !== 'picture') return;
    let size = `${el.clientWidth}x${el.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${el.clientWidth}x${el.clientHeight}`;
      if (now === size) return;
      size = now;
      redraw();
    });
    observer.observe(el);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redraw reads refs only
  }, [mode]);
  // Chosen elsewhere (search, a link in the details): bring it to the middle.
  useEffect(() => {
    const s = sigma.current;
    if (!s || !selected || selected === clicked.current || !graph.current?.hasNode(selected)) return;
    const d = s.getNodeDisplayData(selected);
    if (d) void s.getCamera().animate({ x: d.x, y: d.y }, { duration: 500 });
    // Again once the picture is drawn (phase).
  }, [selected, phase]);

  // The table replaces the picture: sigma needs a visible container, so it is dropped and made again on return.
  const showTable = () => {
    if (mode === 'table') return;
    sigma.current?.kill();
    sigma.current = null;
    sigmaReady.current = false;
    setShown({ nodes: 0, edges: 0 });
    if (network) setPhase(network.nodes.length ? 'settled' : 'empty');
    setMode('table');
  };

  useEffect(
    () => () => {
      sigma.current?.kill();
      sigma.current = null;
      sigmaReady.current = false;
      delete window.botniaNetwork;
    },
    [],
  );

  const info = network && shownNetwork && shownPhase === 'settled';
  const legend = useMemo(() => legendOf(ranked.slice(0, limit), colourBy, t), [ranked, limit, colourBy, t]);
  const total = shownNetwork?.nodes.length ?? 0;
  const exportQuery = `year=${year ?? 'all'}${TIE_PRESETS[ties].query ? `&${TIE_PRESETS[ties].query}` : ''}`;
  const isolated = useMemo(() => {
    const tied = new Set(shownNetwork?.edges.flatMap((e) => [e.source, e.target]));
    return ranked.slice(0, limit).filter((n) => !tied.has(n.key));
  }, [shownNetwork, ranked, limit]);

  return (
    <div className="network">
      <div className="toolbar">
        <h2>{year !== undefined ? t('Who works with whom in {year}', { year }) : t('Who works with whom, all years')}</h2>
        <label>
          {t('Ties through')}{' '}
          <select value={ties} onChange={(e) => setTies(e.target.value as TiePreset)} data-testid="ties">
            <option value="default">{t('projects, events, working groups')}</option>
            <option value="projects">{t('projects only')}</option>
            <option value="events">{t('events only')}</option>
            <option value="steering">{t('the steering group only')}</option>
            <option value="all">{t('everything, steering group too')}</option>
          </select>
        </label>
        <label title={t('Only ties with at least this many shared projects, bodies and events')}>
          {t('Ties ≥')}{' '}
          <select value={minWeight} onChange={(e) => setMinWeight(Number(e.target.value))}>
            {[1, 2, 3, 5, 10].map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </label>
        <label>
          {t('Colour by')}{' '}
          <select value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourBy)} data-testid="colour-by">
            <option value="kind">{t('kind of organisation')}</option>
            <option value="community" disabled={!meaningful}>
              {meaningful
                ? t('community (modularity {m})', { m: (network?.modularity ?? 0).toFixed(2) })
                : t('community (none: modularity {m})', { m: (network?.modularity ?? 0).toFixed(2) })}
            </option>
          </select>
        </label>
        <label>
          {t('Size by')}{' '}
          <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as Measure)}>
            <option value="pagerank">PageRank</option>
            <option value="betweenness">{t('betweenness')}</option>
            <option value="weightedDegree">{t('shared items')}</option>
          </select>
        </label>
        <ProjectFilters facts={facts} error={factsError} value={filter} onChange={onFilter} />
        <span className="segmented" role="group" aria-label={t('Show as')}>
          <button className={mode === 'picture' ? 'active' : ''} onClick={() => setMode('picture')} data-testid="show-picture">
            {t('Picture')}
          </button>
          <button className={mode === 'table' ? 'active' : ''} onClick={showTable} data-testid="show-table">
            {t('Table')}
          </button>
        </span>
      </div>
      <div className="network-main">
        <div className="network-body">
          {mode === 'picture' ? (
            <>
              <div
                className="network-canvas"
                ref={container}
                data-testid="network"
                data-state={shownPhase}
                data-nodes={shown.nodes}
                data-edges={shown.edges}
                aria-label={t('Collaboration network')}
              />
              <canvas className="network-labels" ref={labelCanvas} aria-hidden="true" />
            </>
          ) : (
            shownNetwork && <MembersTable network={shownNetwork} year={year} onSelect={onSelect} />
          )}
          {shownPhase === 'loading' && (
            <p className="overlay loading" role="status">
              {t('Loading the network')}
              {received ? ` (${(received / 1e6).toFixed(1)} MB)` : ''}…
            </p>
          )}
          {shownPhase === 'drawing' && <p className="overlay loading">{t('Drawing {n} members…', { n: total.toLocaleString('en') })}</p>}
          {shownPhase === 'empty' && <p className="overlay empty">{filtered ? t('No collaboration matches the filters.') : t('No collaboration in this year.')}</p>}
          {phase === 'error' && (
            <p className="overlay error" role="alert">
              {error}
            </p>
          )}
        </div>
        {/* Always there (hidden until the picture is): the picture's width does not change when it is drawn. */}
        <aside className="network-info" data-testid={info ? 'network-info' : undefined} style={info ? undefined : { visibility: 'hidden' }}>
          {info && network && shownNetwork && (
            <>
              <p>
                {shown.nodes && shown.nodes < total
                  ? t('The {shown} most central of {total} members', { shown: shown.nodes.toLocaleString('en'), total: total.toLocaleString('en') })
                  : t('{total} members', { total: total.toLocaleString('en') })}
                , {t('{n} ties', { n: shownNetwork.edges.length.toLocaleString('en') })}
                {mode === 'picture' && shown.edges < shownNetwork.edges.length ? ` (${t('{n} drawn', { n: shown.edges.toLocaleString('en') })})` : ''}.
              </p>
              <p className="muted" data-testid="ties-note">
                {t('Ties')}: {filtered ? describeFilter(filter, facts, t) : network.ties}.
              </p>
              <p className="muted" data-testid="modularity-note">
                {meaningful
                  ? t('{c} communities, modularity {m}.', { c: network.communityCount, m: network.modularity.toFixed(2) })
                  : t('Modularity {m}: no community structure worth colouring.', { m: network.modularity.toFixed(2) })}
              </p>
              {isolated.length > 0 && (
                <p className="muted" data-testid="isolated-note">
                  {t('{n} without a tie of this kind (the row below)', { n: isolated.length })}: {isolated.map((n) => n.name).join(', ')}.
                </p>
              )}
              {mode === 'picture' && shown.nodes < total && (
                <button onClick={() => setLimit((l) => Math.min(total, l * 2))}>{t('Show more ({n})', { n: Math.min(total, limit * 2).toLocaleString('en') })}</button>
              )}
              {mode === 'picture' && (
                <p className="muted">{t('Click a member for its details and quotes. Scroll to zoom.')}</p>
              )}
              <h3>{colourBy === 'kind' ? t('Kind of organisation') : t('Community')}</h3>
              <ul className="legend" data-testid="legend">
                {legend.map((l) => (
                  <li key={l.label}>
                    <span className="swatch" style={{ background: l.colour }} />
                    {l.label} <span className="muted">{l.count}</span>
                  </li>
                ))}
              </ul>
              <h3>{t('Tie width')}</h3>
              <p className="muted tie-key">
                <span className="tie-sample thin" /> 1 {t('shared item')} <span className="tie-sample thick" /> {t('most shared')}
              </p>
              <h3>{t('Download')}</h3>
              <p className="downloads" data-testid="downloads">
                <a href={`/export/network.gexf?${exportQuery}`} download>
                  GEXF
                </a>{' '}
                <a href={`/export/network.graphml?${exportQuery}`} download>
                  GraphML
                </a>{' '}
                <a href={`/export/network.cyjs?${exportQuery}`} download>
                  Cytoscape JSON
                </a>{' '}
                <a href={`/export/network.graphology.json?${exportQuery}`} download>
                  graphology JSON
                </a>{' '}
                {mode === 'picture' && (
                  <button className="link" onClick={() => downloadPng(sigmaReady.current ? sigma.current : null, labelCanvas.current, `botnia-network-${year ?? 'all'}.png`)}>
                    PNG
                  </button>
                )}
              </p>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}

/** Sigma's starting framing: the graph's extent fitted into the view less the padding, centred, y pointing up. */
function previewFrame(g: Graph<NodeAttributes>, width: number, height: number, padding: number): Frame {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  g.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const scale = Math.min((width - 2 * padding) / Math.max(maxX - minX, 1e-9), (height - 2 * padding) / Math.max(maxY - minY, 1e-9));
  const s = Number.isFinite(scale) && scale > 0 ? scale : 1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return { width, height, toViewport: (x, y) => ({ x: width / 2 + (x - cx) * s, y: height / 2 - (y - cy) * s }), radius: (_key, attrs) => attrs.size };
}

/** The picture on a 2D canvas (ties, then members), as sigma will draw it: shown while sigma sets WebGL up. */
function drawPreview(ctx: CanvasRenderingContext2D, g: Graph<NodeAttributes>, f: Frame, sel: { key?: string; neighbours: Set<string> }): void {
  ctx.lineCap = 'round';
  // As sigma's reducers: with a selection, only its ties (dark), the others' members greyed. Ties of one shade and
  // width go in one path: a few strokes, not one per tie (thousands of draw calls cost seconds in software rendering).
  const paths = new Map<string, { colour: string; width: number; path: Path2D }>();
  g.forEachEdge((_e, attrs, source, target, sa, ta) => {
    if (sel.key && source !== sel.key && target !== sel.key) return;
    const colour = sel.key ? '#334155' : (attrs.color as string);
    const width = attrs.size as number;
    const id = `${colour}|${width}`;
    let entry = paths.get(id);
    if (!entry) paths.set(id, (entry = { colour, width, path: new Path2D() }));
    const a = f.toViewport(sa.x, sa.y);
    const b = f.toViewport(ta.x, ta.y);
    entry.path.moveTo(a.x, a.y);
    entry.path.lineTo(b.x, b.y);
  });
  for (const { colour, width, path } of [...paths.values()].sort((x, y) => x.width - y.width)) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke(path);
  }
  g.forEachNode((key, attrs) => {
    const p = f.toViewport(attrs.x, attrs.y);
    ctx.fillStyle = sel.key && key !== sel.key && !sel.neighbours.has(key) ? '#e4e7ec' : attrs.color;
    ctx.beginPath();
    ctx.arc(p.x, p.y, f.radius(key, attrs), 0, 2 * Math.PI);
    ctx.fill();
  });
}

function communityColour(community: number): string {
  return PALETTE[community % PALETTE.length]!;
}

function applyStyle(g: Graph<NodeAttributes>, colourBy: ColourBy, sizeBy: Measure): void {
  let max = 0;
  g.forEachNode((_key, attrs) => {
    max = Math.max(max, attrs[sizeBy]);
  });
  g.updateEachNodeAttributes(
    (_key, attrs) => {
      // Area proportional to the measure: radius ∝ √value.
      attrs.size = 4 + 16 * Math.sqrt(max > 0 ? attrs[sizeBy] / max : 0);
      attrs.color = colourBy === 'community' ? communityColour(attrs.community) : kindColour(attrs.kind);
      return attrs;
    },
    { attributes: ['size', 'color'] },
  );
}

type Node = Network['nodes'][number];

function legendOf(nodes: readonly Node[], colourBy: ColourBy, t: ReturnType<typeof useT>): { label: string; colour: string; count: number }[] {
  const counts = new Map<string | number, number>();
  for (const n of nodes) {
    const k = colourBy === 'community' ? n.community : n.kind;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const items = [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  return items.map(([k, count]) => {
    if (colourBy === 'community') {
      // Name a community by its most central member.
      const top = nodes.find((n) => n.community === k);
      return { label: t('with {name}', { name: top?.name ?? `#${k}` }), colour: communityColour(k as number), count };
    }
    return { label: t(label(k as string)), colour: kindColour(k as string), count };
  });
}

/** The picture as drawn (sigma's WebGL layers if it has started, then the 2D layer) on white, as a PNG download. */
function downloadPng(s: Sigma<NodeAttributes> | null, labelLayer: HTMLCanvasElement | null, name: string): void {
  s?.refresh();
  const { width, height } = s ? s.getDimensions() : { width: labelLayer?.clientWidth ?? 0, height: labelLayer?.clientHeight ?? 0 };
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  // Right after a refresh the WebGL buffers still hold the frame.
  if (s) for (const c of s.getContainer().querySelectorAll('canvas')) ctx.drawImage(c, 0, 0, out.width, out.height);
  if (labelLayer) ctx.drawImage(labelLayer, 0, 0, out.width, out.height);
  out.toBlob((blob) => {
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }, 'image/png');
}

