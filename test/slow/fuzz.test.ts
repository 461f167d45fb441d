/**
 * Hostile input: at least 1,000 seeded operations generated from the schema — valid ones with absurd and
 * Cypher-injection values in every argument, and broken ones — sent over HTTP. Never a 5xx, never a stack trace,
 * every error with a code, and the graph exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/api/schema.js';
import { fingerprint, loadReport2020, openTestDb, type TestDb } from '../support/db.js';
import { OperationFuzzer } from '../support/fuzz.js';
import { startHttp, type TestHttp } from '../support/http.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20201);
const VALID = Number(process.env.FUZZ_VALID ?? 800);
const BROKEN = Number(process.env.FUZZ_BROKEN ?? 400);

const db: TestDb = openTestDb();
let http: TestHttp;

beforeAll(async () => {
  await loadReport2020(db);
  http = await startHttp({ executor: db.executor });
});
afterAll(async () => {
  await http.close();
  await db.close();
});

describe(`fuzzing (seed ${SEED})`, () => {
  it(`${VALID} generated and ${BROKEN} broken operations: no 5xx, no stack trace, coded errors, no effect on the graph`, async () => {
    const before = await fingerprint(db);
    const fuzzer = new OperationFuzzer(await getSchema(), SEED);
    const ops = [
      ...Array.from({ length: VALID }, () => fuzzer.validOperation()),
      ...Array.from({ length: BROKEN }, () => fuzzer.brokenOperation()),
    ];
    const problems: string[] = [];
    const codes = new Map<string, number>();
    let answered = 0;
    let withData = 0;
    const run = async (op: { query: string; variables?: unknown }) => {
      const r = await http.post(op);
      answered++;
      const where = `${op.query.slice(0, 200)} ${JSON.stringify(op.variables ?? {}).slice(0, 200)}`;
      if (r.status >= 500) problems.push(`${r.status}: ${r.text.slice(0, 300)} ← ${where}`);
      if (/\bat .*\.(js|ts):\d+|stacktrace|Neo\.ClientError|Neo\.DatabaseError/.test(r.text)) problems.push(`leak: ${r.text.slice(0, 300)} ← ${where}`);
      if (!r.body || typeof r.body !== 'object') problems.push(`not JSON (${r.status}): ${r.text.slice(0, 200)} ← ${where}`);
      if (r.body?.data) withData++;
      for (const e of r.body?.errors ?? []) {
        const code = e?.extensions?.code;
        if (typeof code !== 'string') problems.push(`error without a code: ${JSON.stringify(e).slice(0, 200)} ← ${where}`);
        // An internal error is a bug the input found: every failure a client can cause has its own code.
        if (code === 'INTERNAL_SERVER_ERROR') problems.push(`internal error: ${JSON.stringify(e).slice(0, 300)} ← ${where}`);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    };
    // Four requests in flight at a time.
    for (let i = 0; i < ops.length; i += 4) await Promise.all(ops.slice(i, i + 4).map(run));

    console.log(
      `[fuzz] ${answered} operations, ${withData} with data; error codes: ${[...codes.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c} ${n}`)
        .join(', ')}`,
    );
    expect(answered).toBeGreaterThanOrEqual(1000);
    expect(withData).toBeGreaterThan(200);
    expect(problems.slice(0, 10)).toEqual([]);
    expect(await fingerprint(db)).toBe(before);
  }, 300_000);
});
