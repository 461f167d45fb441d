/**
 * The graph model agrees with itself: every named hop runs along a relationship of the model in a direction its ends
 * allow, every filter path too, and every seed link names a list and a kind the seed format has.
 */
import { describe, expect, it } from 'vitest';
import { LISTS } from '../../src/graph/lists.js';
import { ENTITIES, entity, MEMBERSHIPS, relationship, RELATIONSHIPS, type Step, type Typename } from '../../src/graph/model.js';
import { TRAVERSALS } from '../../src/graph/traversals.js';
import { Label } from '../../src/graph/vocabulary.js';
import { SeedFile } from '../../src/import/seed-schema.js';

/** Labels one node can carry together (an organisation that funds). */
const together = (a: Label, b: Label) =>
  a === b || ENTITIES.some((e) => e.sameNodeAs && [e.label, entity(e.sameNodeAs).label].sort().join() === [a, b].sort().join());

/** The problem with walking `step` from a node with `from`'s label, or null; returns the label it reaches. */
function walk(from: Label, step: Step): string | null {
  const rel = relationship(step.rel);
  const [here, there] = step.direction === 'out' ? [rel.from, rel.to] : [rel.to, rel.from];
  if (from !== Label.Entity && !here.some((l) => together(l, from))) return `${step.rel} does not start at ${from} going ${step.direction}`;
  if (step.to !== Label.Entity && !there.includes(step.to)) return `${step.rel} ${step.direction} does not reach ${step.to}`;
  return null;
}

function walkPath(from: Label, path: readonly Step[]): string[] {
  const problems: string[] = [];
  let at = from;
  for (const s of path) {
    const problem = walk(at, s);
    if (problem) problems.push(problem);
    at = s.to;
  }
  return problems;
}

describe('graph model', () => {
  it('every traversal field follows a relationship its type can take, and an edge field has an edge type', () => {
    const problems: string[] = [];
    for (const [typename, fields] of Object.entries(TRAVERSALS)) {
      const from = entity(typename as Typename).label;
      for (const t of fields) {
        problems.push(...walkPath(from, [t]).map((p) => `${typename}.${t.name}: ${p}`));
        if (t.edge && !relationship(t.rel).edge) problems.push(`${typename}.${t.name}: ${t.rel} has no edge type`);
        if (t.roles === 'rel' && !relationship(t.rel).roles) problems.push(`${typename}.${t.name}: ${t.rel} has no roles`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every filter path and membership path can be walked', () => {
    const problems: string[] = [];
    for (const list of LISTS) {
      const from = entity(list.typename).label;
      for (const f of list.filters) {
        const paths = f.kind === 'key' ? f.paths : f.kind === 'role' || f.kind === 'none' ? [f.path] : [];
        for (const path of paths) problems.push(...walkPath(from, path).map((p) => `${list.typename} filter ${f.name}: ${p}`));
      }
    }
    for (const m of MEMBERSHIPS) problems.push(...walkPath(entity(m.member).label, m.path).map((p) => `${m.member} membership: ${p}`));
    expect(problems).toEqual([]);
  });

  it('every seed link names a list of the seed format, and a kind that list defines', () => {
    const lists = new Set(Object.keys(SeedFile.shape));
    const problems: string[] = [];
    for (const rel of RELATIONSHIPS) {
      for (const link of rel.seed) {
        if (!lists.has(link.list)) problems.push(`${rel.type}: no seed list ${link.list}`);
        if (!entity(link.target).seedList) problems.push(`${rel.type}: ${link.target} is not defined in a seed file`);
        const end = link.item === 'to' ? rel.from : rel.to;
        if (!end.includes(entity(link.target).label)) problems.push(`${rel.type}: ${link.target} is not an end of it`);
      }
    }
    expect(problems).toEqual([]);
    expect(ENTITIES.filter((e) => e.seedList && !lists.has(e.seedList)).map((e) => e.typename)).toEqual([]);
  });
});
