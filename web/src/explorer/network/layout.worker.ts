/**
 * Runs the network layout off the main thread: posts the instant seed layout first, then ForceAtlas2 refinements
 * every `postEveryMs` until the iteration budget is spent, so the page stays responsive at any graph size.
 */
import { ForceLayout, seedLayout, type LayoutInput } from '../../../../src/analytics/layout';

export interface LayoutRequest extends LayoutInput {
  id: number;
  iterations: number;
  /** How often to post intermediate positions (each one costs the page a redraw). */
  postEveryMs: number;
}

export interface LayoutUpdate {
  id: number;
  positions: Float32Array;
  iteration: number;
  done: boolean;
}

let current = 0;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  current = request.id;
  const seed = seedLayout(request);
  post({ id: request.id, positions: Float32Array.from(seed), iteration: 0, done: request.iterations === 0 });
  if (request.iterations === 0 || request.n < 2) return;
  const layout = new ForceLayout(request, seed);
  const run = () => {
    if (current !== request.id) return; // a newer graph replaced this one
    const until = performance.now() + request.postEveryMs;
    while (layout.iterations < request.iterations && performance.now() < until) layout.step();
    const done = layout.iterations >= request.iterations;
    post({ id: request.id, positions: Float32Array.from(layout.pos), iteration: layout.iterations, done });
    // Yield between slices so that a newer request can replace this one.
    if (!done) setTimeout(run, 0);
  };
  setTimeout(run, 0);
};

function post(update: LayoutUpdate): void {
  (self as unknown as Worker).postMessage(update, [update.positions.buffer]);
}
