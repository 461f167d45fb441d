/**
 * Graph algorithms (centrality, betweenness, communities) off the main thread: a cold computation on a large
 * network takes seconds of CPU, which on the main thread would stall every other request. Workers are kept between
 * jobs (starting one loads TypeScript, about a second); a job whose deadline passes — running or still queued —
 * ends with QUERY_TIMEOUT, and a running one's worker is terminated so nothing keeps computing for nobody.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, ErrorCode } from '../errors.js';
import type { AnalysisJob, AnalysisResult } from './analysis-job.js';

interface Pending {
  job: AnalysisJob;
  signal?: AbortSignal;
  resolve(result: AnalysisResult): void;
  reject(error: unknown): void;
}

const timeout = () => new AppError(ErrorCode.QueryTimeout, 'The request deadline passed before the network analysis finished.');

export class AnalysisPool {
  private idle: Worker[] = [];
  private busy = new Set<Worker>();
  private queue: Pending[] = [];

  /** One worker by default on two cores: the other core stays for the requests and Neo4j. */
  constructor(readonly size = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  /** Workers computing now (tests check that a timed-out job frees its worker). */
  get running(): number {
    return this.busy.size;
  }

  run(job: AnalysisJob, signal?: AbortSignal): Promise<AnalysisResult> {
    if (signal?.aborted) return Promise.reject(timeout());
    return new Promise((resolve, reject) => {
      const pending: Pending = { job, signal, resolve, reject };
      const onAbort = () => {
        const at = this.queue.indexOf(pending);
        if (at >= 0) this.queue.splice(at, 1);
        reject(timeout());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = <T>(f: (v: T) => void) => (v: T) => {
        signal?.removeEventListener('abort', onAbort);
        f(v);
      };
      pending.resolve = settle(resolve);
      pending.reject = settle(reject);
      this.queue.push(pending);
      this.next();
    });
  }

  /** Stops every worker (tests, shutdown). */
  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy];
    this.idle = [];
    this.busy.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private next(): void {
    if (!this.queue.length || this.busy.size >= this.size) return;
    const pending = this.queue.shift()!;
    const worker = this.idle.pop() ?? this.spawn();
    this.busy.add(worker);
    const done = (keep: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      pending.signal?.removeEventListener('abort', onAbort);
      this.busy.delete(worker);
      if (keep) {
        // An idle worker does not keep the process alive.
        worker.unref();
        this.idle.push(worker);
      }      else void worker.terminate();
      this.next();
    };
    const onMessage = (m: { ok?: AnalysisResult; error?: string }) => {
      done(true);
      if (m.ok) pending.resolve(m.ok);
      else pending.reject(new Error(`network analysis failed: ${m.error}`));
    };
    const onError = (error: Error) => {
      done(false);
      pending.reject(error);
    };
    // The deadline passed while computing: the worker cannot be interrupted, only ended.
    const onAbort = () => done(false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    pending.signal?.addEventListener('abort', onAbort, { once: true });
    const { sources, targets, strengths } = pending.job;
    worker.ref();
    worker.postMessage(pending.job, [sources.buffer as ArrayBuffer, targets.buffer as ArrayBuffer, strengths.buffer as ArrayBuffer]);
  }

  private spawn(): Worker {
    return new Worker(new URL('./worker-boot.mjs', import.meta.url));
  }
}
