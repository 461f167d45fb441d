/**
 * Traversals and lookups read only the properties their query selects (src/api/engine/selection.ts). This
 * file checks, for every relationship field of every entity type in the schema and every node of the 2020 graph, that
 * an entity reached by a traversal, and the same entity looked up by key, answer every plain field as the database
 * holds it, and that a relationship's own fields do not depend on what else the query selects.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCount, decodeSource } from '../../src/graph/codecs.js';
import { withReport2020 } from '../support/report-2020.js';

const schema: GraphQLSchema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
const entity = schema.getType('Entity')!;
const isEntity = (t: GraphQLNamedType): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i === entity);
const callable = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type));
const leaf = (t: GraphQLNamedType) => isScalarType(t) || isEnumType(t);
const fact = schema.getType('Fact')!;
/** A small value object (Names, Source, YearStatus): not an entity, not a relationship; its plain fields are compared. */
const plainObject = (t: GraphQLNamedType): t is GraphQLObjectType =>
  isObjectType(t) && !t.getInterfaces().some((i) => i === entity || i === fact) && Object.values(t.getFields()).some((f) => leaf(getNamedType(f.type)));
/** A count beside a list field (`projectsCount` beside `projects`): checked against the list, not a property. */
const isCount = (t: GraphQLObjectType, f: GraphQLField<unknown, unknown>) => {
  const list = t.getFields()[f.name.replace(/Count$/, '')];
  return f.name.endsWith('Count') && !!list && list.args.some((a) => a.name === 'first');
};
const leafFields = (t: GraphQLObjectType) => Object.values(t.getFields()).filter((f) => callable(f) && leaf(getNamedType(f.type))).map((f) => f.name);

/**
 * Every plain field of a type, and the plain objects it holds (their fields too). Under an abstract type the fields
 * of each possible type get an alias `Type__field` (the same name may have another type elsewhere).
 */
function plainSelection(type: GraphQLObjectType, aliased = false): string {
  const as = (name: string) => (aliased ? `${type.name}__${name}: ${name}` : name);
  return Object.values(type.getFields())
    .filter(callable)
    .flatMap((f) => {
      const t = getNamedType(f.type);
      if (isCount(type, f)) return [];
      if (leaf(t)) return [as(f.name)];
      if (plainObject(t)) return [`${as(f.name)} { ${leafFields(t).join(' ')} }`];
      return [];
    })
    .join(' ');
}

/** The selection of what a relationship field returns: the edge's plain fields and the plain fields of its entities. */
function targetSelection(type: GraphQLNamedType): string {
  const entityPart = (t: GraphQLNamedType): string =>
    isAbstractType(t)
      ? `__typename key ${schema
          .getPossibleTypes(t)
          .map((p) => `... on ${p.name} { ${plainSelection(p, true)} }`)
          .join(' ')}`
      : `__typename ${isObjectType(t) ? plainSelection(t) : ''}`;
  if (isEntity(type) || isAbstractType(type) || !isObjectType(type)) return entityPart(type);
  const edge = type;
  const ends = Object.values(edge.getFields()).filter((f) => {
    const t = getNamedType(f.type);
    return isEntity(t) || t === entity;
  });
  return `${plainSelection(edge)} ${ends.map((f) => `${f.name} { ${entityPart(getNamedType(f.type))} }`).join(' ')}`;
}

interface Traversal {
  on: GraphQLObjectType;
  field: string;
  selection: string;
  edgeFields: string[];
}

/** Every field of an entity type that follows a relationship to entities or to relationship edges. */
const traversals: Traversal[] = Object.values(schema.getTypeMap())
  .filter(isEntity)
  .flatMap((on) =>
    Object.values(on.getFields())
      .filter(callable)
      .filter((f) => {
        const t = getNamedType(f.type);
        return isEntity(t) || t === entity || (isObjectType(t) && t.getInterfaces().some((i) => i === fact));
      })
      .map((f) => {
        const t = getNamedType(f.type);
        const edgeFields = isEntity(t) || !isObjectType(t) ? [] : Object.values(t.getFields()).filter((x) => leaf(getNamedType(x.type)) || plainObject(getNamedType(x.type))).map((x) => x.name);
        return { on, field: f.name, selection: targetSelection(t), edgeFields };
      }),
  );

// Selecting every field of every possible type takes more aliases and tokens than a client needs.
const { db, api } = withReport2020({ limits: { maxAliases: 1000, maxTokens: 100_000 } });

type J = Record<string, any>;

/** The stored statements as `history` lists them: field by field (in name order), each report oldest first. */
function storedHistory(p: J): J[] {
  const statements = ((p.statements ?? []) as string[]).map((s) => JSON.parse(s) as { report: string; year: number; region: string; values: J });
  statements.sort((a, b) => a.year - b.year || a.report.localeCompare(b.report));
  const fields = [...new Set(statements.flatMap((s) => Object.keys(s.values)))].sort();
  return fields.flatMap((field) =>
    statements
      .filter((s) => field in s.values)
      .map((s) => {
        const v = s.values[field];
        return { field, year: s.year, region: s.region, reportKey: s.report, value: String(v), number: typeof v === 'number' ? v : null, flag: typeof v === 'boolean' ? v : null };
      }),
  );
}

/** Every entity object in a result, wherever it sits. */
function entitiesIn(value: unknown, out: J[] = []): J[] {
  if (Array.isArray(value)) value.forEach((v) => entitiesIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as J;
    if (typeof o.key === 'string' && typeof o.__typename === 'string') out.push(o);
    Object.values(o).forEach((v) => entitiesIn(v, out));
  }
  return out;
}

describe('traversals read what their query selects', () => {
  it('covers the relationship fields of the schema', () => {
    expect(traversals.length).toBeGreaterThan(30);
    expect(traversals.map((t) => `${t.on.name}.${t.field}`)).toEqual(
      expect.arrayContaining(['Funder.projects', 'Project.participants', 'Organization.seats', 'Seat.person', 'Organization.asFunder', 'Funder.organization']),
    );
  });

  it('an entity reached along any relationship, or looked up by key, answers what the database holds', async () => {
    const nodes = await db.executor.read<{ key: string; labels: string[] }>('MATCH (n:Entity) RETURN n.key AS key, labels(n) AS labels');
    const stored = new Map(
      (await db.executor.read<{ key: string; labels: string[]; props: J }>('MATCH (n:Entity) RETURN n.key AS key, labels(n) AS labels, properties(n) AS props')).map(
        (r) => [r.key, r],
      ),
    );
    /** Each plain field of `found` against the stored node: a property of the same name, or what the API derives from it. */
    const checkAgainstDb = (found: J, where: string) => {
      const node = stored.get(found.key)!;
      const p = node.props;
      for (const [alias, value] of Object.entries(found)) {
        const field = alias.replace(/^\w+__/, '');
        const at = `${where} → ${found.key}.${field}`;
        if (field === '__typename') continue;
        else if (field === 'names') expect(value, at).toEqual(p.nameFi || p.nameSv || p.nameEn ? { fi: p.nameFi ?? null, sv: p.nameSv ?? null, en: p.nameEn ?? null } : null);
        else if (field === 'sources')
          expect(value, at).toEqual(((p.sources ?? []) as string[]).map(decodeSource).map((s) => ({ reportKey: s.report, section: s.section, quote: s.quote, fields: s.fields })));
        else if (field === 'counts') {
          // The plain fields of each count, as the query selected them.
          const selected = (value as J[]).map((c) => Object.keys(c));
          const expected = ((p.counts ?? []) as string[]).map(decodeCount);
          expect(value, at).toEqual(expected.map((c, i) => Object.fromEntries((selected[i] ?? []).map((k) => [k, (c as J)[k]]))));
          expect(selected.length, at).toBe(expected.length);
        }
        else if (field === 'statusHistory')
          expect(value, at).toEqual(((p.statusHistory ?? []) as string[]).map((s) => ({ year: Number(s.split(':')[0]), status: s.split(':')[1] })));
        else if (field === 'isFunder') expect(value, at).toBe(node.labels.includes('Funder'));
        else if (field === 'statedIn') expect(value, at).toBe(Math.max(...(p.years as number[])));
        else if (field === 'history') expect(value, at).toEqual(storedHistory(p));
        else if (field in p) expect(value, at).toEqual(p[field]);
        else expect([null, false].includes(value as null) || (Array.isArray(value) && value.length === 0), `${at}: ${JSON.stringify(value)} is not stored`).toBe(true);
      }
    };
    const lookedUp = new Set<string>();
    const lookup = async (key: string, type: string) => {
      const id = `${type}/${key}`;
      if (lookedUp.has(id)) return;
      lookedUp.add(id);
      // The lookup of the type (`funder(key)` also finds an organisation that funds, seen as a funder).
      const field = type[0]!.toLowerCase() + type.slice(1);
      const t = schema.getType(type) as GraphQLObjectType;
      const { data, errors } = await api.raw(`query Q($key: String!) { ${field}(key: $key) { __typename ${plainSelection(t)} } }`, { key });
      expect(errors, id).toBeUndefined();
      checkAgainstDb(data![field], `${field}(key)`);
    };
    let reached = 0;
    for (const t of traversals) {
      const keys = nodes.filter((n) => n.labels.includes(t.on.name)).map((n) => n.key);
      for (const key of keys) {
        const { data, errors } = await api.raw(`query Q($key: String!) { entity(key: $key) { ... on ${t.on.name} { ${t.field} { ${t.selection} } } } }`, { key });
        expect(errors, `${t.on.name}.${t.field} of ${key}`).toBeUndefined();
        for (const found of entitiesIn(data!.entity?.[t.field])) {
          checkAgainstDb(found, `${t.on.name}.${t.field} of ${key}`);
          await lookup(found.key, found.__typename);
          reached++;
        }
      }
    }
    expect(reached).toBeGreaterThan(300);
    expect(lookedUp.size).toBeGreaterThan(100);

    // The lists read what their pages select too: every connection's entities against the database.
    let listed = 0;
    for (const f of Object.values(schema.getQueryType()!.getFields())) {
      const t = getNamedType(f.type);
      if (!isObjectType(t) || !t.name.endsWith('Connection')) continue;
      const node = getNamedType((getNamedType(t.getFields().edges!.type) as GraphQLObjectType).getFields().node!.type) as GraphQLObjectType;
      const { data, errors } = await api.raw(`{ ${f.name}(first: 100) { edges { node { __typename ${plainSelection(node)} } } } }`);
      expect(errors, f.name).toBeUndefined();
      for (const e of data![f.name].edges as J[]) {
        checkAgainstDb(e.node, f.name);
        listed++;
      }
    }
    expect(listed).toBeGreaterThan(90);
  }, 180_000); // every traversal of every entity, each with its history: about a minute on a shared 2-core machine

  it('every count beside a list field is the length of the whole list', async () => {
    const nodes = await db.executor.read<{ key: string; labels: string[] }>('MATCH (n:Entity) RETURN n.key AS key, labels(n) AS labels');
    let compared = 0;
    let nonZero = 0;
    for (const on of Object.values(schema.getTypeMap()).filter(isEntity)) {
      const counts = Object.values(on.getFields()).filter((f) => isCount(on, f));
      if (!counts.length) continue;
      const lists = counts.map((f) => f.name.replace(/Count$/, ''));
      const selection = lists.map((l) => `${l}Count ${l}(first: 500) { __typename } ${l}__y: ${l}Count(year: 2020) ${l}__z: ${l}(first: 500, year: 2020) { __typename }`).join(' ');
      for (const key of nodes.filter((n) => n.labels.includes(on.name)).map((n) => n.key)) {
        // The type's lookup: a funder that is an organisation is a Funder there (entity(key) names it an Organization).
        const field = on.name[0]!.toLowerCase() + on.name.slice(1);
        const { data, errors } = await api.raw(`query Q($key: String!) { ${field}(key: $key) { ${selection} } }`, { key });
        expect(errors, `${on.name} ${key}`).toBeUndefined();
        const e = data![field] as J;
        for (const l of lists) {
          expect(e[`${l}Count`], `${on.name}.${l}Count of ${key}`).toBe(e[l].length);
          expect(e[`${l}__y`], `${on.name}.${l}Count(year: 2020) of ${key}`).toBe(e[`${l}__z`].length);
          compared++;
          if (e[l].length) nonZero++;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
    expect(nonZero).toBeGreaterThan(100);
  });

  it('a relationship answers the same whatever else the query selects', async () => {
    const nodes = await db.executor.read<{ key: string; labels: string[] }>('MATCH (n:Entity) RETURN n.key AS key, labels(n) AS labels');
    let compared = 0;
    for (const t of traversals.filter((x) => x.edgeFields.length > 0)) {
      for (const key of nodes.filter((n) => n.labels.includes(t.on.name)).map((n) => n.key)) {
        const full = await api.raw(`query Q($key: String!) { entity(key: $key) { ... on ${t.on.name} { ${t.field} { ${t.selection} } } } }`, { key });
        const edges = (full.data!.entity?.[t.field] ?? []) as J[];
        if (edges.length === 0) continue;
        for (const field of t.edgeFields) {
          const sub = plainObject(getNamedType((schema.getType(getNamedType(t.on.getFields()[t.field]!.type).name) as GraphQLObjectType).getFields()[field]!.type))
            ? t.selection.match(new RegExp(`\\b${field} \\{[^}]*\\}`))![0]
            : field;
          const alone = await api.raw(`query Q($key: String!) { entity(key: $key) { ... on ${t.on.name} { ${t.field} { ${sub} } } } }`, { key });
          expect(alone.errors).toBeUndefined();
          expect((alone.data!.entity[t.field] as J[]).map((e) => e[field]), `${t.on.name}.${t.field}.${field} of ${key}`).toEqual(edges.map((e) => e[field]));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
