/**
 * Operation limits: depth, aliases and directives (GraphQL Armor), tokens (graphql's parser), field suggestions
 * hidden, and a cost limit (graphql-query-complexity) that counts nested list sizes from `first` and the graph's
 * largest degrees. Every rejection has a stable code.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getOperationAST,
  isListType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { Executor } from '../db/executor.js';
import { TRAVERSALS } from '../graph/traversals.js';
import type { Context } from './context.js';
import { degreeId, maxDegrees } from './engine/degree.queries.js';
import { DEFAULT_HOP_LIMIT, DEFAULT_PAGE_SIZE } from './engine/list.queries.js';

// The package's ESM build imports graphql's own ESM build ('graphql/index.mjs'), a second copy of graphql next to the
// CommonJS one type-graphql uses; its CommonJS build shares ours.
const { getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Estimated number of objects the operation may return. */
  maxCost: number;
}

export const DEFAULT_LIMITS: Limits = { maxDepth: 12, maxAliases: 20, maxTokens: 4000, maxDirectives: 20, maxCost: 1_000_000 };

/** Armor's messages → stable codes (Armor reports them all as validation or parse errors). */
export const LIMIT_CODES: [RegExp, string][] = [
  [/^Syntax Error: Query depth limit/, 'QUERY_TOO_DEEP'],
  [/^Syntax Error: Aliases limit/, 'TOO_MANY_ALIASES'],
  [/^Syntax Error: Document contains more \w+ \d+ tokens/, 'TOO_MANY_TOKENS'],
  [/^Syntax Error: Directives limit/, 'TOO_MANY_DIRECTIVES'],
];

/** graphql 16 lets a mutation through validation on a query-only schema and fails it at execution (a 500). */
export const readOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const missing =
      (node.operation === 'mutation' && !schema.getMutationType()) || (node.operation === 'subscription' && !schema.getSubscriptionType());
    if (missing) {
      context.reportError(
        new GraphQLError(`This API is read-only: it has no ${node.operation}s. Reports are imported with the seed command.`, { nodes: node }),
      );
    }
  },
});

export function armor(limits: Limits): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // Armor's token plugin turns every syntax error into a 500; graphql's own parser limit (parseOptions) is used.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: true },
    // Our own cost limit below counts list sizes from `first`; Armor's does not.
    costLimit: { enabled: false },
  }).protect();
  // Armor's typings name @apollo/server's CommonJS build; the plugin objects are the same at run time.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}

/** How long a request that needs the graph's statistics waits for them before estimating from `first` alone. */
export const STATISTICS_WAIT_MS = 2_000;
/** After a failed read of the statistics, estimates use `first` alone for this long before the next try. */
const STATISTICS_RETRY_MS = 10_000;

/**
 * The largest degree per relationship type and direction (degree.queries.ts), kept per graph version: degrees change
 * only when an import changes the graph, and every such import bumps the version the response cache reads. They are
 * read here, when an estimate first needs them, rather than kept at import: the import then needs no new step, a
 * graph imported by an older version has them too, and every replica reads them once per version.
 */
export class GraphStatistics {
  private kept?: { version: number; degrees: ReadonlyMap<string, number> };
  private reading?: Promise<ReadonlyMap<string, number> | null>;
  private failedAt = -Infinity;

  constructor(private readonly executor: Executor) {}

  /**
   * The degrees of the graph version `version` gives (the request's, shared with its response cache), or null when
   * they cannot be read now (the database is away).
   */
  degrees(version: () => Promise<number>): Promise<ReadonlyMap<string, number> | null> {
    if (Date.now() - this.failedAt < STATISTICS_RETRY_MS) return Promise.resolve(null);
    this.reading ??= this.read(version).finally(() => (this.reading = undefined));
    let timer: NodeJS.Timeout | undefined;
    const wait = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), STATISTICS_WAIT_MS)));
    return Promise.race([this.reading, wait]).finally(() => clearTimeout(timer));
  }

  private async read(versionOf: () => Promise<number>): Promise<ReadonlyMap<string, number> | null> {
    try {
      const version = await versionOf();
      if (this.kept?.version !== version) {
        this.kept = { version, degrees: await maxDegrees(this.executor) };
      }
      return this.kept.degrees;
    } catch {
      this.failedAt = Date.now();
      return null;
    }
  }
}

const TRAVERSAL_OF = new Map(Object.entries(TRAVERSALS).flatMap(([typename, ts]) => ts.map((t) => [`${typename}.${t.name}`, t] as const)));

interface FieldCost {
  cost: number;
  /** For a list: how many items it was counted as. */
  items?: number;
}

/**
 * The cost of a field: 1, plus its children times how many of it may come back. A list with `first` counts `first`
 * (or its default), or — when the graph model says which relationship it follows (src/graph/traversals.ts) and the
 * statistics are known — at most the largest degree of that relationship in that direction: no node has more.
 * Other lists count once: they are short (sources, titles) or computed whole. Each field's cost is noted in `seen`,
 * to name the field to narrow.
 */
function estimator(degrees: ReadonlyMap<string, number> | null, seen: Map<FieldNode, FieldCost>): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    const named = getNamedType(field.type);
    const isConnection = named.name.endsWith('Connection');
    const isList = isConnection || isListType(getNullableType(field.type));
    let counted: FieldCost = { cost: 1 + childComplexity };
    if (isList && field.args.some((a) => a.name === 'first')) {
      const first = typeof args.first === 'number' ? args.first : isConnection ? DEFAULT_PAGE_SIZE : DEFAULT_HOP_LIMIT;
      const hop = TRAVERSAL_OF.get(`${type.name}.${field.name}`);
      // With its parts, a list can hold more than any one node's degree.
      const max = hop && args.includeParts !== true ? degrees?.get(degreeId(hop.rel, hop.direction)) : undefined;
      const items = Math.max(max === undefined ? first : Math.min(first, max), 1);
      counted = { cost: 1 + items * childComplexity, items };
    }
    seen.set(node, counted);
    return counted.cost;
  };
}

/**
 * The field to narrow: down the costliest branch of the operation, the list counted as the most items (the topmost
 * of equals), as a path of response keys (`organization.projects.project.participants`).
 */
function fieldToNarrow(document: DocumentNode, operationName: string | undefined, seen: Map<FieldNode, FieldCost>): string | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const fieldsOf = (set: SelectionSetNode, visited = new Set<string>()): FieldNode[] =>
    set.selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s];
      if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, visited);
      const fragment = fragments.get(s.name.value);
      if (!fragment || visited.has(s.name.value)) return [];
      return fieldsOf(fragment.selectionSet, new Set(visited).add(s.name.value));
    });
  const path: string[] = [];
  let best: { path: string; items: number } | null = null;
  let set: SelectionSetNode | undefined = operation.selectionSet;
  while (set) {
    let top: { node: FieldNode; cost: FieldCost } | null = null;
    for (const node of fieldsOf(set)) {
      const cost = seen.get(node);
      if (cost && (!top || cost.cost > top.cost.cost)) top = { node, cost };
    }
    if (!top) break;
    path.push(top.node.alias?.value ?? top.node.name.value);
    if (top.cost.items !== undefined && (!best || top.cost.items > best.items)) best = { path: path.join('.'), items: top.cost.items };
    set = top.node.selectionSet;
  }
  return best?.path ?? null;
}

export interface Estimate {
  cost: number;
  field: string | null;
}

/** The estimate of an operation with these degrees (null: from `first` alone); null when its variables do not fit. */
export function estimateWith(
  schema: GraphQLSchema,
  degrees: ReadonlyMap<string, number> | null,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): Estimate | null {
  const seen = new Map<FieldNode, FieldCost>();
  try {
    const cost = getComplexity({ schema, query: document, variables, operationName, estimators: [estimator(degrees, seen)] });
    return { cost, field: fieldToNarrow(document, operationName, seen) };
  } catch {
    // Variables that do not fit their types: execution refuses them next, as BAD_USER_INPUT (400).
    return null;
  }
}

/**
 * Refuses operations whose estimate is above `maxCost`. The estimate from `first` alone is computed first: the
 * statistics can only lower it, so an operation under the limit by `first` never waits for them. Above it, the
 * graph's statistics decide; when they cannot be read (the database is away), the estimate from `first` stands —
 * the limit errs towards refusing, and the database would not have answered anyway.
 */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number, statistics?: GraphStatistics): ApolloServerPlugin<Context> {
  // The estimate walks the whole operation and was a quarter of a cached answer's time: it depends only on the
  // document (Apollo keeps one parsed document per query text), the operation, the variables and the statistics.
  const known = new WeakMap<DocumentNode, Map<string, Estimate | null>>();
  // Each version's degrees are one map: its number tells estimates with different statistics apart.
  const statisticsIds = new WeakMap<object, number>();
  let ids = 0;
  const idOf = (degrees: ReadonlyMap<string, number> | null): number => {
    if (!degrees) return 0;
    if (!statisticsIds.has(degrees)) statisticsIds.set(degrees, ++ids);
    return statisticsIds.get(degrees)!;
  };
  const estimate = (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    degrees: ReadonlyMap<string, number> | null,
  ): Estimate | null => {
    let byRequest = known.get(document);
    if (!byRequest) known.set(document, (byRequest = new Map()));
    const id = `${idOf(degrees)}\n${operationName ?? ''}\n${JSON.stringify(variables)}`;
    let found = byRequest.get(id);
    if (found === undefined) {
      found = estimateWith(schema, degrees, document, operationName, variables);
      if (byRequest.size >= 256) byRequest.clear();
      byRequest.set(id, found);
    }
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const operationName = request.operationName ?? undefined;
          const variables = request.variables ?? {};
          let found = estimate(document, operationName, variables, null);
          let measured = false;
          if (found && found.cost > maxCost && statistics) {
            const degrees = await statistics.degrees(() => contextValue.graphVersion());
            if (degrees) {
              found = estimate(document, operationName, variables, degrees);
              measured = true;
            }
          }
          if (found && found.cost > maxCost) {
            const where = found.field ? ` Most of it comes from \`${found.field}\`: give it a smaller \`first\`` : ' Ask for fewer items (a smaller `first`)';
            throw new GraphQLError(
              `The query is too expensive: it may return about ${found.cost} objects, the limit is ${maxCost}.${where}, or list from a top-level connection with a filter.`,
              {
                extensions: {
                  code: 'QUERY_TOO_EXPENSIVE',
                  cost: found.cost,
                  maxCost,
                  field: found.field,
                  // Which list sizes the estimate used: the graph's largest degrees, or `first` alone.
                  estimatedFrom: measured ? 'GRAPH_STATISTICS' : 'FIRST',
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
