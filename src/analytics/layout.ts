/**
 * Graph layout of the collaboration network, pure functions. `networkLayout` runs once per network on the server (in
 * the analysis worker, cached with the centralities): the API's `network` answers with the positions and the exported
 * files carry the same ones, so the explorer draws the final picture at once and needs no layout of its own.
 *
 * 1. `seedLayout`: an instant, deterministic picture: communities as discs placed on a sunflower spiral (largest in
 *    the middle), members in a phyllotaxis disc inside their community, most central first.
 * 2. `ForceLayout`: ForceAtlas2 (Jacomy et al. 2014: degree-weighted repulsion, linear attraction, adaptive speed)
 *    with a Barnes–Hut quadtree, so an iteration costs O(n log n + m): about 3 ms at 868 members and 20,000 ties.
 * 3. `placeApart`: members without a tie in rows below the others, so they neither crowd nor shrink the picture.
 */
import type { Centrality } from './centrality.js';
import type { Communities } from './communities.js';
import type { CollaborationGraph } from './network.js';

export interface LayoutInput {
  n: number;
  /** Community of each node. */
  community: Int32Array;
  /** Importance of each node (e.g. pagerank): the most important sit at the centre of their community. */
  importance: Float32Array;
  /** Node index pairs. */
  edges: Uint32Array;
  /** One weight per edge. */
  weights: Float32Array;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

export function seedLayout(input: LayoutInput): Float32Array {
  const { n, community, importance } = input;
  const pos = new Float32Array(2 * n);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(i);
  }
  const groups = [...members.values()].sort((a, b) => b.length - a.length);
  let area = 0;
  groups.forEach((group, g) => {
    const radius = Math.sqrt(group.length);
    // Centre of the community on a spiral whose radius grows with the area placed so far.
    const r = g === 0 ? 0 : Math.sqrt(area + group.length) * 1.6 + radius;
    area += group.length * 2.2;
    const cx = r * Math.cos(g * GOLDEN);
    const cy = r * Math.sin(g * GOLDEN);
    group.sort((a, b) => importance[b]! - importance[a]!);
    group.forEach((node, j) => {
      const rr = Math.sqrt(j + 0.5);
      pos[2 * node] = cx + rr * Math.cos(j * GOLDEN);
      pos[2 * node + 1] = cy + rr * Math.sin(j * GOLDEN);
    });
  });
  return pos;
}

/** Barnes–Hut quadtree over node positions with masses (struct of arrays), rebuilt every iteration. */
class QuadTree {
  private x0: Float64Array;
  private y0: Float64Array;
  private size: Float64Array;
  private mass: Float64Array;
  private mx: Float64Array;
  private my: Float64Array;
  /** First of four children, -1 for a leaf. */
  private child: Int32Array;
  /** The leaf's node, -1 when empty (or internal). */
  private body: Int32Array;
  private count = 0;
  private pos: Float32Array = new Float32Array(0);
  private masses: Float32Array = new Float32Array(0);

  constructor(private capacity: number) {
    this.x0 = new Float64Array(capacity);
    this.y0 = new Float64Array(capacity);
    this.size = new Float64Array(capacity);
    this.mass = new Float64Array(capacity);
    this.mx = new Float64Array(capacity);
    this.my = new Float64Array(capacity);
    this.child = new Int32Array(capacity);
    this.body = new Int32Array(capacity);
  }

  private grow(): void {
    this.capacity *= 2;
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(this.capacity);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(this.capacity);
      b.set(a);
      return b;
    };
    this.x0 = f64(this.x0);
    this.y0 = f64(this.y0);
    this.size = f64(this.size);
    this.mass = f64(this.mass);
    this.mx = f64(this.mx);
    this.my = f64(this.my);
    this.child = i32(this.child);
    this.body = i32(this.body);
  }

  private cell(x0: number, y0: number, size: number): number {
    if (this.count >= this.capacity) this.grow();
    const c = this.count++;
    this.x0[c] = x0;
    this.y0[c] = y0;
    this.size[c] = size;
    this.mass[c] = 0;
    this.mx[c] = 0;
    this.my[c] = 0;
    this.child[c] = -1;
    this.body[c] = -1;
    return c;
  }

  build(pos: Float32Array, masses: Float32Array, n: number): void {
    this.pos = pos;
    this.masses = masses;
    this.count = 0;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = pos[2 * i]!;
      const y = pos[2 * i + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.cell(minX, minY, Math.max(maxX - minX, maxY - minY, 1e-6) * 1.0001);
    for (let i = 0; i < n; i++) this.insert(i);
  }

  private addMass(c: number, x: number, y: number, m: number): void {
    const total = this.mass[c]! + m;
    this.mx[c] = (this.mx[c]! * this.mass[c]! + x * m) / total;
    this.my[c] = (this.my[c]! * this.mass[c]! + y * m) / total;
    this.mass[c] = total;
  }

  private quadrant(c: number, x: number, y: number): number {
    const half = this.size[c]! / 2;
    return this.child[c]! + (x >= this.x0[c]! + half ? 1 : 0) + (y >= this.y0[c]! + half ? 2 : 0);
  }

  private insert(i: number): void {
    const x = this.pos[2 * i]!;
    const y = this.pos[2 * i + 1]!;
    const m = this.masses[i]!;
    let c = 0;
    for (let depth = 0; ; depth++) {
      if (this.child[c] === -1) {
        if (this.body[c] === -1 && this.mass[c] === 0) {
          this.body[c] = i;
          this.addMass(c, x, y, m);
          return;
        }
        if (depth > 48) {
          // (Nearly) coincident nodes share this leaf; its mass counts them all.
          this.addMass(c, x, y, m);
          return;
        }
        // Split the leaf and move its node one level down.
        const other = this.body[c]!;
        this.body[c] = -1;
        const half = this.size[c]! / 2;
        const first = this.cell(this.x0[c]!, this.y0[c]!, half);
        this.cell(this.x0[c]! + half, this.y0[c]!, half);
        this.cell(this.x0[c]!, this.y0[c]! + half, half);
        this.cell(this.x0[c]! + half, this.y0[c]! + half, half);
        this.child[c] = first;
        const ox = this.pos[2 * other]!;
        const oy = this.pos[2 * other + 1]!;
        const target = this.quadrant(c, ox, oy);
        this.body[target] = other;
        this.addMass(target, ox, oy, this.mass[c]!);
      }
      this.addMass(c, x, y, m);
      c = this.quadrant(c, x, y);
    }
  }

  /** Adds the repulsion on node i (FA2: kr·mi·mj/d, along the separation) to force. */
  repulse(i: number, kr: number, theta2: number, force: Float64Array, stack: Int32Array): void {
    const x = this.pos[2 * i]!;
    const y = this.pos[2 * i + 1]!;
    const m = this.masses[i]!;
    let top = 0;
    stack[top++] = 0;
    let fx = 0;
    let fy = 0;
    while (top > 0) {
      const c = stack[--top]!;
      let cm = this.mass[c]!;
      if (cm === 0) continue;
      const leaf = this.child[c] === -1;
      if (leaf && this.body[c] === i) cm -= m;
      if (cm <= 1e-9) continue;
      const dx = x - this.mx[c]!;
      const dy = y - this.my[c]!;
      const d2 = dx * dx + dy * dy;
      if (leaf || (this.size[c]! * this.size[c]!) / d2 < theta2) {
        if (d2 > 1e-12) {
          const f = (kr * m * cm) / d2;
          fx += dx * f;
          fy += dy * f;
        } else {
          // Coincident: push apart in a direction that differs per node.
          fx += Math.cos(i) * kr;
          fy += Math.sin(i) * kr;
        }
      } else {
        const first = this.child[c]!;
        stack[top++] = first;
        stack[top++] = first + 1;
        stack[top++] = first + 2;
        stack[top++] = first + 3;
      }
    }
    force[2 * i] = force[2 * i]! + fx;
    force[2 * i + 1] = force[2 * i + 1]! + fy;
  }
}

export interface ForceSettings {
  scalingRatio: number;
  gravity: number;
  /** Gravity grows with the distance to the centre: keeps isolated members and small components close. */
  strongGravity: boolean;
  slowDown: number;
  theta: number;
}

/** graphology-layout-forceatlas2's inferred settings for a graph of n nodes. */
export function inferSettings(n: number): ForceSettings {
  return { scalingRatio: 10, gravity: 0.05, strongGravity: true, slowDown: 1 + Math.log(Math.max(n, 1)), theta: 0.6 };
}

export class ForceLayout {
  readonly pos: Float32Array;
  private mass: Float32Array;
  private force: Float64Array;
  private oldForce: Float64Array;
  private tree: QuadTree;
  private stack: Int32Array;
  iterations = 0;

  constructor(
    private input: LayoutInput,
    start: Float32Array,
    private settings: ForceSettings = inferSettings(input.n),
  ) {
    const n = input.n;
    this.pos = Float32Array.from(start);
    // FA2's mass: degree + 1, so hubs push harder and are pushed less.
    this.mass = new Float32Array(n).fill(1);
    for (let e = 0; e < input.edges.length; e += 2) {
      this.mass[input.edges[e]!]! += 1;
      this.mass[input.edges[e + 1]!]! += 1;
    }
    this.force = new Float64Array(2 * n);
    this.oldForce = new Float64Array(2 * n);
    this.tree = new QuadTree(16 * n + 256);
    // Depth-first traversal holds at most 3 cells per level plus 4.
    this.stack = new Int32Array(4096);
  }

  step(): void {
    const { n, edges, weights } = this.input;
    const { scalingRatio: kr, gravity, strongGravity, slowDown, theta } = this.settings;
    const pos = this.pos;
    const mass = this.mass;
    const force = this.force;
    const old = this.oldForce;
    old.set(force);
    force.fill(0);

    // Repulsion (Barnes–Hut): kr·m1·m2/d.
    this.tree.build(pos, mass, n);
    const theta2 = theta * theta;
    for (let i = 0; i < n; i++) this.tree.repulse(i, kr, theta2, force, this.stack);

    // Gravity towards the centre.
    for (let i = 0; i < n; i++) {
      const x = pos[2 * i]!;
      const y = pos[2 * i + 1]!;
      const d = Math.sqrt(x * x + y * y);
      if (d === 0) continue;
      const f = strongGravity ? kr * mass[i]! * gravity : (kr * mass[i]! * gravity) / d;
      force[2 * i] = force[2 * i]! - x * f;
      force[2 * i + 1] = force[2 * i + 1]! - y * f;
    }

    // Linear attraction along ties, by strength.
    for (let e = 0, k = 0; e < edges.length; e += 2, k++) {
      const a = edges[e]!;
      const b = edges[e + 1]!;
      const w = weights[k]!;
      const dx = pos[2 * a]! - pos[2 * b]!;
      const dy = pos[2 * a + 1]! - pos[2 * b + 1]!;
      force[2 * a] = force[2 * a]! - dx * w;
      force[2 * a + 1] = force[2 * a + 1]! - dy * w;
      force[2 * b] = force[2 * b]! + dx * w;
      force[2 * b + 1] = force[2 * b + 1]! + dy * w;
    }

    // Per-node speed (as graphology's FA2): nodes whose force keeps its direction move fast, swinging ones slowly.
    const first = this.iterations === 0;
    for (let i = 0; i < n; i++) {
      const fx = force[2 * i]!;
      const fy = force[2 * i + 1]!;
      const ox = first ? 0 : old[2 * i]!;
      const oy = first ? 0 : old[2 * i + 1]!;
      const swinging = mass[i]! * Math.sqrt((ox - fx) ** 2 + (oy - fy) ** 2);
      const traction = Math.sqrt((ox + fx) ** 2 + (oy + fy) ** 2) / 2;
      const speed = (0.1 * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
      pos[2 * i] = pos[2 * i]! + (fx * speed) / slowDown;
      pos[2 * i + 1] = pos[2 * i + 1]! + (fy * speed) / slowDown;
    }
    this.iterations++;
  }
}

/** ForceAtlas2 iterations for n laid-out members: small pictures settle fully, large ones in a second or two of CPU. */
export function layoutIterations(n: number): number {
  return n < 300 ? 500 : n < 3000 ? 200 : 100;
}

/**
 * Moves the members `apart` (most important first) into rows below the others, left to right across the others'
 * width. Positions are pairs in `pos`, changed in place.
 */
export function placeApart(pos: Float32Array, apart: readonly number[]): void {
  if (!apart.length) return;
  const away = new Set(apart);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < pos.length / 2; i++) {
    if (away.has(i)) continue;
    minX = Math.min(minX, pos[2 * i]!);
    maxX = Math.max(maxX, pos[2 * i]!);
    minY = Math.min(minY, pos[2 * i + 1]!);
    maxY = Math.max(maxY, pos[2 * i + 1]!);
  }
  if (!Number.isFinite(minX)) {
    minX = 0;
    maxX = Math.max(1, apart.length - 1);
    minY = maxY = 0;
  }
  const width = Math.max(maxX - minX, 1);
  const perRow = Math.max(1, Math.min(apart.length, 8));
  const step = width / Math.max(perRow - 1, 1);
  const gap = Math.max((maxY - minY) * 0.25, step * 0.6, 1);
  apart.forEach((node, i) => {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    pos[2 * node] = perRow === 1 ? (minX + maxX) / 2 : minX + col * step;
    pos[2 * node + 1] = minY - gap * (row + 1);
  });
}

export interface Position {
  x: number;
  y: number;
}

/**
 * The layout of a collaboration network, deterministic: the members with a tie from the seed layout (by community,
 * most central first by PageRank) refined by ForceAtlas2 along log(1 + strength) of their ties; the members without a
 * tie in rows below (most central first, then in the graph's order). Spread to a canvas of a few hundred units, as
 * Gephi, yEd and Cytoscape expect of pixel positions, rounded to 0.01.
 */
export function networkLayout(
  graph: CollaborationGraph,
  centrality: ReadonlyMap<string, Centrality>,
  communities: Communities,
  iterations?: number,
): Map<string, Position> {
  const keys = graph.nodes();
  const tied = keys.filter((k) => graph.degree(k) > 0);
  const index = new Map(tied.map((k, i) => [k, i]));
  const edges = new Uint32Array(graph.size * 2);
  const weights = new Float32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attr, source, target) => {
    edges[2 * e] = index.get(source)!;
    edges[2 * e + 1] = index.get(target)!;
    weights[e++] = Math.log1p(attr.strength);
  });
  const input: LayoutInput = {
    n: tied.length,
    community: Int32Array.from(tied, (k) => communities.of.get(k) ?? -1),
    importance: Float32Array.from(tied, (k) => centrality.get(k)?.pagerank ?? 0),
    edges,
    weights,
  };
  const layout = new ForceLayout(input, seedLayout(input));
  const steps = iterations ?? layoutIterations(input.n);
  if (input.n >= 2) for (let i = 0; i < steps; i++) layout.step();

  // Tied members first (as laid out), then the others, set apart.
  const order = [...tied, ...keys.filter((k) => graph.degree(k) === 0)];
  const pos = new Float32Array(2 * order.length);
  pos.set(layout.pos);
  const apart = order
    .map((k, i) => ({ i, rank: centrality.get(k)?.pagerank ?? 0 }))
    .slice(tied.length)
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((a) => a.i);
  placeApart(pos, apart);
  const round = (v: number) => Math.round(v * 1000) / 100;
  return new Map(order.map((k, i) => [k, { x: round(pos[2 * i]!), y: round(pos[2 * i + 1]!) }]));
}
