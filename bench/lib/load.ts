/**
 * One load cell: autocannon against one server with one query, fixed connections, a warm-up run, then a measured
 * run in which every response body is checked against the verified answer of that request variant.
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** request bodies (variants rotate per connection) and the verified answer of each */
  bodies: string[];
  expected: string[];
  connections: number;
  warmupS: number;
  durationS: number;
  timeoutS: number;
}

export interface LoadResult {
  /** correct answers per second (wrong answers and errors do not count) */
  reqPerSec: number;
  responses: number;
  correct: number;
  non2xx: number;
  graphqlErrors: number;
  mismatches: number;
  socketErrors: number;
  timeouts: number;
  p50: number;
  p975: number;
  p99: number;
  mean: number;
  max: number;
  durationS: number;
  /** first wrong body seen, shortened */
  sample?: string;
}

/** Every answer that was not a correct one: non-2xx, GraphQL errors, wrong bodies, socket errors, timeouts. */
export function errorsOf(l: LoadResult): number {
  return l.non2xx + l.graphqlErrors + l.mismatches + l.socketErrors + l.timeouts;
}

function cannon(opts: LoadOptions, durationS: number, check: boolean) {
  const counts = { correct: 0, graphqlErrors: 0, mismatches: 0, sample: undefined as string | undefined };
  const n = opts.bodies.length;
  let next = 0;
  return new Promise<{ result: autocannon.Result; counts: typeof counts }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        duration: durationS,
        timeout: opts.timeoutS,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req, context) => {
              const ctx = context as { i?: number };
              ctx.i = next++ % n;
              return { ...req, body: opts.bodies[ctx.i] };
            },
            onResponse: check
              ? (status, body, context) => {
                  if (status !== 200) return; // counted by autocannon as non2xx
                  const i = (context as { i: number }).i;
                  if (body === opts.expected[i]) counts.correct++;
                  else {
                    if (body.includes('"errors"')) counts.graphqlErrors++;
                    else counts.mismatches++;
                    counts.sample ??= body.slice(0, 300);
                  }
                }
              : undefined,
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve({ result, counts })),
    );
    void instance;
  });
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  if (opts.warmupS > 0) await cannon(opts, opts.warmupS, false);
  const { result, counts } = await cannon(opts, opts.durationS, true);
  const responses = result['2xx'] + result.non2xx;
  return {
    reqPerSec: counts.correct / result.duration,
    responses,
    correct: counts.correct,
    non2xx: result.non2xx,
    graphqlErrors: counts.graphqlErrors,
    mismatches: counts.mismatches,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    mean: result.latency.mean,
    max: result.latency.max,
    durationS: result.duration,
    sample: counts.sample,
  };
}
