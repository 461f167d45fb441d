/**
 * Operation limits: depth, aliases and directives (GraphQL Armor), tokens (graphql's parser), field suggestions
 * hidden, and a cost limit (graphql-query-complexity) that counts list sizes from `first`. Every rejection has a
 * stable code.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNamedType, isListType, getNullableType, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_HOP_LIMIT, DEFAULT_PAGE_SIZE } from './engine/list.queries.js';

// The package's ESM build imports graphql's own ESM build ('graphql/index.mjs'), a second copy of graphql next to the
// CommonJS one type-graphql uses; its CommonJS build shares ours.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
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

/**
 * The cost of a field: 1, plus its children times how many of it may come back. Lists with `first` count `first`
 * (or the default page size); other lists count once — they are short (sources, titles) or computed whole.
 */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  const named = getNamedType(field.type);
  const isConnection = named.name.endsWith('Connection');
  if (!isConnection && !isListType(type)) return undefined;
  const hasFirst = field.args.some((a) => a.name === 'first');
  if (!hasFirst) return undefined;
  const first = typeof args.first === 'number' ? args.first : isConnection ? DEFAULT_PAGE_SIZE : DEFAULT_HOP_LIMIT;
  return 1 + Math.max(first, 1) * childComplexity;
};

export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  // The estimate walks the whole operation and was a quarter of a cached answer's time: it depends only on the
  // document (Apollo keeps one parsed document per query text), the operation and the variables, so it is kept.
  const known = new WeakMap<DocumentNode, Map<string, number | null>>();
  const estimate = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number | null => {
    let byRequest = known.get(document);
    if (!byRequest) known.set(document, (byRequest = new Map()));
    const id = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
    let cost = byRequest.get(id);
    if (cost === undefined) {
      try {
        cost = getComplexity({
          schema,
          query: document,
          variables,
          operationName,
          estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
        });
      } catch {
        // Variables that do not fit their types: execution refuses them next, as BAD_USER_INPUT (400).
        cost = null;
      }
      if (byRequest.size >= 256) byRequest.clear();
      byRequest.set(id, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = estimate(document, request.operationName ?? undefined, request.variables ?? {});
          if (cost !== null && cost > maxCost) {
            throw new GraphQLError(
              `The query is too expensive: it may return about ${cost} objects, the limit is ${maxCost}. Ask for fewer items (a smaller \`first\`) on nested lists.`,
              { extensions: { code: 'QUERY_TOO_EXPENSIVE', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
