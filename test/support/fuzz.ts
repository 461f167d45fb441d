/**
 * Seeded generation of GraphQL operations from the schema: valid ones (random fields, arguments and selections,
 * with hostile values) and broken ones (wrong types, unknown fields, garbage). Same seed, same operations.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { seededRandom } from '../../src/analytics/communities.js';

export const HOSTILE_STRINGS = [
  "' OR 1=1 //",
  "x'}) MATCH (n) DETACH DELETE n //",
  '"}) DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //',
  'MATCH (n) DETACH DELETE n',
  '$p0',
  '`Organization`) DELETE (n',
  '\\u0000\\u0000',
  '\u0000nul',
  '😀🇫🇮 lastensuojelu',
  'Ä'.repeat(3),
  '\u202Eevil',
  '<script>alert(1)</script>',
  '%00%27',
  '{"a":',
  '*~?^',
  'AND OR NOT',
  '',
  ' ',
  'x'.repeat(20_000),
  'org:kosti-ry',
  'funder:esr',
  'project:tasos',
  'person:iiris-jurvansuu',
  'body:keski-pohjanmaa-alueohjausryhma',
  'lastensuojelun',
];

const HOSTILE_INTS = [0, 1, -1, 2, 5, 20, 100, 101, 500, 501, 2020, 2021, 1899, 2147483647, -2147483648];

export class OperationFuzzer {
  private readonly rnd: () => number;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.rnd = seededRandom(seed);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)]!;
  }

  private chance(p: number): boolean {
    return this.rnd() < p;
  }

  /** A value for an input type, hostile on purpose; JSON (for variables). */
  value(type: GraphQLInputType, depth = 0): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (this.chance(0.05)) return null;
    if (isListType(type)) return Array.from({ length: Math.floor(this.rnd() * 3) }, () => this.value(type.ofType, depth + 1));
    if (isEnumType(type)) return this.pick(type.getValues()).value;
    if (isInputObjectType(type)) {
      if (depth > 3) return {};
      const out: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) if (this.chance(0.3)) out[field.name] = this.value(field.type, depth + 1);
      return out;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return this.pick(HOSTILE_INTS);
        case 'Float':
          return this.pick([0, 4.2, 3.4, -1, 1e308, 0.0001]);
        case 'Boolean':
          return this.chance(0.5);
        default:
          return this.pick(HOSTILE_STRINGS);
      }
    }
    return null;
  }

  private selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return '';
    if (isUnionType(named) || isInterfaceType(named)) {
      const base = isInterfaceType(named) ? this.fields(named.getFields(), depth) : '';
      const impls = this.schema.getPossibleTypes(named);
      const frag = this.chance(0.5) ? ` ... on ${this.pick(impls).name} ${this.fieldsBlock(this.pick(impls).getFields(), depth)}` : '';
      return `{ __typename ${base}${frag} }`;
    }
    if (isObjectType(named)) return this.fieldsBlock(named.getFields(), depth);
    return '';
  }

  private fieldsBlock(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number): string {
    return `{ __typename ${this.fields(fields, depth)} }`;
  }

  private fields(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number): string {
    const list = Object.values(fields);
    const parts: string[] = [];
    for (const field of list) {
      const leaf = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type));
      if (leaf ? !this.chance(0.4) : depth >= 3 || !this.chance(0.25)) continue;
      parts.push(`${field.name}${this.inlineArgs(field.args)} ${leaf ? '' : this.selection(field.type, depth + 1)}`);
    }
    return parts.join(' ');
  }

  private inlineArgs(args: readonly GraphQLArgument[]): string {
    const given = args.filter((a) => isNonNullType(a.type) || this.chance(0.3));
    if (given.length === 0) return '';
    return `(${given.map((a) => `${a.name}: ${literal(this.value(a.type), a.type)}`).join(', ')})`;
  }

  /** A valid operation: a root field with arguments as variables, and a random selection. */
  validOperation(): { query: string; variables: Record<string, unknown> } {
    const field = this.pick(Object.values(this.schema.getQueryType()!.getFields()));
    const variables: Record<string, unknown> = {};
    const decls: string[] = [];
    const uses: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && !this.chance(0.5)) continue;
      decls.push(`$${arg.name}: ${arg.type.toString()}`);
      uses.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = this.value(arg.type);
    }
    const sel = this.selection(field.type, 0);
    const query = `query Fuzz${decls.length ? `(${decls.join(', ')})` : ''} { ${field.name}${uses.length ? `(${uses.join(', ')})` : ''} ${sel} }`;
    return { query, variables };
  }

  /** A broken operation: one of several ways a client gets it wrong. */
  brokenOperation(): { query: string; variables?: unknown } {
    const valid = this.validOperation();
    switch (Math.floor(this.rnd() * 7)) {
      case 0: // wrong variable types
        return { query: valid.query, variables: Object.fromEntries(Object.keys(valid.variables).map((k) => [k, this.pick([{ deep: { deeper: [1, [2, [3]]] } }, 'not-a-number', 1.5, [[]], true])])) };
      case 1: // unknown field
        return { query: valid.query.replace('__typename', 'noSuchField__x') };
      case 2: // truncated
        return { query: valid.query.slice(0, Math.floor(this.rnd() * valid.query.length)) };
      case 3: // garbage
        return { query: this.pick(HOSTILE_STRINGS) };
      case 4: // a mutation or subscription, which the API does not have
        return { query: `mutation { deleteEverything(key: "org:kosti-ry") }` };
      case 5: // variables that are not an object
        return { query: valid.query, variables: this.pick([[1, 2], 'x', 42]) };
      default: // deeply nested variable object
        return { query: valid.query, variables: { ...valid.variables, filter: nest(200) } };
    }
  }
}

function nest(depth: number): unknown {
  let v: unknown = { text: 'x' };
  for (let i = 0; i < depth; i++) v = { AND: [v] };
  return v;
}

/** A JSON value as a GraphQL literal of the given type (enums unquoted). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(type) ? type.ofType : isNonNullType(type) && isListType(type.ofType) ? type.ofType.ofType : type)).join(', ')}]`;
  if (isEnumType(named)) return String(value);
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${fields[k] ? literal(v, fields[k]!.type) : JSON.stringify(v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}
