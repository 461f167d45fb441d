/**
 * The Cypher of list filters, compiled from the graph model's filter fields (src/graph/lists.ts). `n` is the listed
 * node; labels and relationship types are the model's vocabulary constants, every value a parameter.
 */
import type { FilterField, ListModel, Path } from '../../graph/lists.js';
import { entity, PARTS } from '../../graph/model.js';
import { vocabulary } from './graph.queries.js';
import { Params, where, type ListSpec } from './list.queries.js';

export type FilterValues = Record<string, unknown> & { AND?: FilterValues[] | null; OR?: FilterValues[] | null; NOT?: FilterValues | null };

/**
 * `(n)-[…]->(…)…` along the path, the last node with `key` if given, and the role test at the path's role step. With
 * `parts`, the last node may also be a part of the keyed organisation (PARTS: along PART_OF, transitively).
 */
function pathPattern(path: Path, p: Params, key: unknown, role: unknown, parts = false): string {
  let pattern = '(n)';
  const tests: string[] = [];
  path.forEach((s, i) => {
    const tested = s.role && role != null ? s.role : null;
    const rel = `[${tested === 'rel' ? 'r' : ''}:${vocabulary(s.rel)}]`;
    const isLast = i === path.length - 1 && key != null;
    const last = isLast && !parts ? ` {key: ${p.add(key)}}` : '';
    const node = `(${tested === 'node' ? 'm' : isLast && parts ? 'k' : ''}:${vocabulary(s.to)}${last})`;
    pattern += s.direction === 'out' ? `-${rel}->${node}` : `<-${rel}-${node}`;
    if (tested) tests.push(`${tested === 'rel' ? 'r' : 'm'}.role = ${p.add(role)}`);
    if (isLast && parts) {
      const k = p.add(key);
      tests.push(`(k.key = ${k} OR EXISTS { MATCH (k)-[:${vocabulary(PARTS.rel)}*1..${PARTS.depth}]->(:${vocabulary(PARTS.label)} {key: ${k}}) })`);
    }
  });
  return `EXISTS { MATCH ${pattern}${tests.length ? ` WHERE ${tests.join(' AND ')}` : ''} }`;
}

/** The role field that is tested together with this key field (`with`), if any. */
function companion(model: ListModel, name: string): FilterField | undefined {
  return model.filters.find((x) => x.kind === 'role' && x.with === name);
}

function fragment(model: ListModel, field: FilterField, f: FilterValues, p: Params): string | null {
  const v = f[field.name];
  if (v == null || (Array.isArray(v) && v.length === 0) || v === '') return null;
  switch (field.kind) {
    case 'text':
      return where.text(p, v as string);
    case 'in':
      return where.propIn(p, field.prop, v as unknown[]);
    case 'year':
      return where.year(p, v as number);
    case 'region':
      return where.region(p, v as string);
    case 'equals':
      return field.type === 'String' ? `toLower(n.${field.prop}) = toLower(${p.add(v)})` : `n.${field.prop} = ${p.add(v)}`;
    case 'compare':
      // Scores are stated with one decimal; ≈ compares with a tolerance so 4.2 finds 4.2 whatever its float form.
      return field.op === '≈' ? `abs(n.${field.prop} - ${p.add(v)}) < 0.0001` : `n.${field.prop} ${field.op} ${p.add(v)}`;
    case 'has':
      return `any(x IN coalesce(n.${field.prop}, []) WHERE toLower(x) = toLower(${p.add(v)}))`;
    case 'parts':
      return null;
    case 'label':
      return `${v ? '' : 'NOT '}n:${vocabulary(field.label)}`;
    case 'none':
      return `${v ? 'NOT ' : ''}${pathPattern(field.path, p, null, null)}`;
    case 'key': {
      const role = companion(model, field.name);
      const parts = !!field.parts && f.includeParts === true;
      const patterns = field.paths.map((path) => pathPattern(path, p, v, role ? f[role.name] : null, parts));
      return patterns.length === 1 ? patterns[0]! : where.any(patterns);
    }
    case 'role':
      return field.with && f[field.with] != null ? null : pathPattern(field.path, p, null, v);
  }
}

/**
 * A top-level filter naming an anchored key (a funder): the match starts from that node, as
 * `(:Label {key})-[:TYPE {role}]->(n)`, and the filter goes on without the field.
 */
function anchor(model: ListModel, f: FilterValues, p: Params): { pattern: string; rest: FilterValues } | null {
  for (const field of model.filters) {
    // With its parts, the match cannot start from the one node the key names.
    if (field.kind !== 'key' || !field.anchor || f[field.name] == null || (field.parts && f.includeParts === true)) continue;
    const [s] = field.paths[0]!;
    const role = companion(model, field.name);
    const roleValue = role ? f[role.name] : null;
    const rel = `[:${vocabulary(s!.rel)}${roleValue != null ? ` {role: ${p.add(roleValue)}}` : ''}]`;
    const from = `(:${vocabulary(s!.to)} {key: ${p.add(f[field.name])}})`;
    const n = `(n:${vocabulary(entity(model.typename).label)})`;
    const pattern = s!.direction === 'in' ? `${from}-${rel}->${n}` : `${from}<-${rel}-${n}`;
    const rest = { ...f, [field.name]: undefined, ...(role ? { [role.name]: undefined } : {}) };
    return { pattern, rest };
  }
  return null;
}

/** The list spec (label, filter fragments, sort expressions, anchors) of a listed kind. */
export function listSpec(model: ListModel): ListSpec<FilterValues> {
  const sorts = Object.fromEntries(
    Object.entries(model.sorts).map(([name, props]) => [
      name,
      props.length === 1 ? `n.${props[0]}` : `coalesce(${props.map((x) => `n.${x}`).join(', ')}, '')`,
    ]),
  );
  return {
    label: entity(model.typename).label,
    sorts,
    own: (f, p) => model.filters.map((field) => fragment(model, field, f, p)).filter((x): x is string => x !== null),
    anchor: model.filters.some((x) => x.kind === 'key' && x.anchor) ? (f, p) => anchor(model, f, p) : undefined,
  };
}
