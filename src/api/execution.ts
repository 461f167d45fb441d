/**
 * Execution of a validated operation: a document Apollo has seen before runs as a function compiled for it
 * (graphql-jit), not through graphql-js's interpreter. graphql-js walks the document and the schema again for every
 * object of every answer (argument values, type checks, field collection): on the 2020 graph's nested query that was
 * a tenth of the server's CPU time per request, and most of what a large nested answer costs after the database.
 *
 * What graphql-js would answer with an error still comes from graphql-js: variables that do not coerce (its error
 * messages, which Apollo reads to answer BAD_USER_INPUT), and a document graphql-jit cannot compile. The schema
 * takes one step for it where it is built (resolveTypesSynchronously, schema.ts). A document seen
 * once runs through graphql-js too: compiling costs more than one interpreted run (Apollo's document cache hands
 * later requests of the same text the same DocumentNode, which is what the compiled function is kept on).
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  defaultTypeResolver,
  execute,
  getNamedType,
  GraphQLError,
  isAbstractType,
  isInputObjectType,
  printSchema,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Per document, per operation name: how often it ran, and its compiled function once it has one. */
const COMPILED = new WeakMap<DocumentNode, Map<string, { runs: number; compiled?: CompiledQuery | null }>>();
/** Runs of a document through graphql-js before it is compiled. */
const INTERPRETED_RUNS = 1;
/** Operations run each way since start (what the tests check the compiled path was taken by). */
export const executionCounts = { compiled: 0, interpreted: 0 };

function compiledFor(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, operationName: string | undefined): CompiledQuery | null {
  let byName = COMPILED.get(document);
  if (!byName) COMPILED.set(document, (byName = new Map()));
  const name = operationName ?? '';
  let entry = byName.get(name);
  if (!entry) byName.set(name, (entry = { runs: 0 }));
  if (entry.compiled !== undefined) return entry.compiled;
  if (++entry.runs <= INTERPRETED_RUNS) return null;
  if (takesRecursiveInput(schema, operation)) return (entry.compiled = null);
  try {
    const compiled = compileQuery(schema, document, operationName);
    entry.compiled = isCompiledQuery(compiled) ? compiled : null;
  } catch {
    entry.compiled = null; // what graphql-jit cannot compile, graphql-js runs
  }
  return entry.compiled;
}

/**
 * Whether a variable of the operation is of an input type that contains itself (a filter's AND/OR/NOT): graphql-jit
 * writes a variable's coercion out as code, type by type, and for such a type it never stops (the process ran out of
 * memory). Those operations stay with graphql-js.
 */
function takesRecursiveInput(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((v) => {
    const type = getNamedType(typeFromAST(schema, v.type));
    return isInputObjectType(type) && containsItself(type);
  });
}

const RECURSIVE = new WeakMap<GraphQLInputObjectType, boolean>();
function containsItself(type: GraphQLInputObjectType): boolean {
  let known = RECURSIVE.get(type);
  if (known === undefined) {
    const seen = new Set<GraphQLInputObjectType>();
    const reaches = (from: GraphQLInputObjectType): boolean =>
      Object.values(from.getFields()).some((field) => {
        const to = getNamedType(field.type);
        if (!isInputObjectType(to)) return false;
        if (to === type) return true;
        if (seen.has(to)) return false;
        seen.add(to);
        return reaches(to);
      });
    known = reaches(type);
    RECURSIVE.set(type, known);
  }
  return known;
}

/** Runs an operation (already validated and resolved by Apollo) compiled when it can, else as graphql-js does. */
export async function runOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  contextValue: unknown,
): Promise<ExecutionResult> {
  const interpreted = () => {
    executionCounts.interpreted++;
    return execute({ schema, document, operationName, variableValues: variables, contextValue }) as Promise<ExecutionResult>;
  };
  const compiled = compiledFor(schema, document, operation, operationName);
  if (!compiled) return interpreted();
  const result = (await compiled.query(undefined, contextValue, variables)) as ExecutionResult;
  // Without `data`, the variables did not coerce, and no resolver ran: graphql-js answers, with its own messages.
  if (!('data' in result)) return interpreted();
  executionCounts.compiled++;
  // In graphql-js's key order (errors first), so that an answer's bytes do not depend on how it was executed.
  return result.errors ? { errors: result.errors.map(asGraphQLError), data: result.data } : result;
}

/**
 * graphql-jit's errors as graphql-js's: its own class has a read-only message, which Apollo's and GraphQL Armor's
 * error handling rewrite (Armor's field-suggestion mask threw on it: a database outage answered INTERNAL_SERVER_ERROR).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  // graphql-js computes locations from AST nodes, which graphql-jit's errors do not carry; they carry the locations.
  return Object.assign(copy, { locations: error.locations });
}

/**
 * graphql-jit takes an abstract type's resolveType as synchronous; type-graphql wraps every one it is given in an
 * async function, which made every Entity field fail compiled. The entities the engine builds name their type
 * (`__typename`): that answer first, synchronously; anything else as before. Applied once, where the schema is built.
 */
export function resolveTypesSynchronously(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const resolve = type.resolveType ?? defaultTypeResolver;
    type.resolveType = (value, context, info, abstract) => {
      const named = (value as { __typename?: unknown } | null)?.__typename;
      return typeof named === 'string' ? named : resolve(value, context, info, abstract);
    };
  }
  return schema;
}

/**
 * The compiled execution as Apollo Server takes a custom executor: the gateway interface (a schema that never
 * changes, and an executor). Apollo still parses, validates, runs its plugins (limits, cost, response cache) and
 * formats errors; only the execution step is this one.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const executor: GatewayExecutor = async (rc) =>
    runOperation(schema, rc.document, rc.operation, rc.operationName ?? rc.request.operationName, rc.request.variables, rc.context);
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      // The SDL is read only by Apollo's schema reporting (not used here); printed when asked, not at every start.
      callback({
        apiSchema: schema,
        get coreSupergraphSdl() {
          return printSchema(schema);
        },
      });
      return () => {};
    },
    async stop() {},
  };
}
