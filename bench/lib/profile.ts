/** PROFILE of recorded statements: database hits, rows and the plan, as evidence for the results. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Recorded } from '../servers/stats.js';
import { deserializeParams } from '../servers/stats.js';

export interface PlanNode {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

export interface Profiled {
  dbHits: number;
  rows: number;
  ms: number;
  plan: string;
  error?: string;
}

function num(v: unknown): number {
  return neo4j.isInt(v) ? v.toNumber() : typeof v === 'number' ? v : 0;
}

function totals(p: PlanNode): { dbHits: number } {
  return { dbHits: num(p.dbHits) + p.children.reduce((s, c) => s + totals(c).dbHits, 0) };
}

export function planText(p: PlanNode, depth = 0): string {
  const details = String((p.arguments?.Details as string | undefined) ?? '').replace(/\s+/g, ' ').slice(0, 160);
  const line = `${'  '.repeat(depth)}${p.operatorType.replace(/@neo4j$/, '')}  rows=${num(p.rows)} dbHits=${num(p.dbHits)}${details ? `  ${details}` : ''}`;
  return [line, ...p.children.map((c) => planText(c, depth + 1))].join('\n');
}

/** PROFILE one statement (a leading `CYPHER 5` of @neo4j/graphql is kept in front of PROFILE). */
export async function profile(driver: Driver, s: Recorded, timeoutMs = 120_000): Promise<Profiled> {
  const m = /^\s*CYPHER\s+\d+\s*\n/.exec(s.cypher);
  const cypher = m ? `${m[0].trim()} PROFILE ${s.cypher.slice(m[0].length)}` : `PROFILE ${s.cypher}`;
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  const started = performance.now();
  try {
    const result = await session.run(cypher, deserializeParams(s.params), { timeout: timeoutMs });
    const plan = result.summary.profile as unknown as PlanNode | false;
    if (!plan) return { dbHits: 0, rows: result.records.length, ms: performance.now() - started, plan: '' };
    return { dbHits: totals(plan).dbHits, rows: num(plan.rows), ms: performance.now() - started, plan: planText(plan) };
  } catch (error) {
    return { dbHits: 0, rows: 0, ms: performance.now() - started, plan: '', error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await session.close();
  }
}
