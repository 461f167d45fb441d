/**
 * The analysis pool: graph algorithms in worker threads give the main thread's answers, leave the main thread free
 * while they compute, and end at the request deadline with QUERY_TIMEOUT, freeing the worker.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { toJob } from '../../src/analytics/analysis-job.js';
import { AnalysisPool } from '../../src/analytics/analysis-pool.js';
import { computeCentrality } from '../../src/analytics/centrality.js';
import { detectCommunities } from '../../src/analytics/communities.js';
import { randomNetwork } from '../support/random-network.js';

const pool = new AnalysisPool(1);
afterAll(() => pool.close());

describe('analysis pool', () => {
  it('computes in a worker what the main thread computes', async () => {
    const g = randomNetwork(120, 300);
    const r = await pool.run(toJob(g, true, [42, 7]));
    expect(new Map(r.centrality)).toEqual(computeCentrality(g));
    for (const seed of [42, 7]) {
      const main = detectCommunities(g, seed);
      const got = r.communities.find((c) => c.seed === seed)!;
      expect({ of: new Map(got.of), count: got.count, modularity: got.modularity }).toEqual(main);
    }
  });

  it('leaves the main thread free while a large computation runs, and ends one past its deadline with QUERY_TIMEOUT', async () => {
    const big = randomNetwork(2000, 9000);
    const started = performance.now();
    const running = pool.run(toJob(big, true, [42]));
    // While it runs the main thread answers timers promptly.
    await new Promise((r) => setTimeout(r, 100));
    expect(pool.running).toBe(1);
    const lags: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, 5));
      lags.push(performance.now() - t - 5);
    }
    expect(pool.running).toBe(1);
    expect(Math.max(...lags)).toBeLessThan(200);
    await running;
    const ms = performance.now() - started;
    console.log(`[analysis-pool] 2000 members, 9000 ties: ${Math.round(ms)} ms in the worker; main-thread timer lag max ${Math.round(Math.max(...lags))} ms`);

    const deadline = AbortSignal.timeout(Math.max(50, Math.round(ms / 4)));
    await expect(pool.run(toJob(big, true, [42]), deadline)).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    expect(pool.running).toBe(0);
    // The worker was freed: the next job runs (on a fresh worker).
    const small = await pool.run(toJob(randomNetwork(10, 12), true, [42]));
    expect(small.centrality).toHaveLength(10);
  }, 120_000);
});
