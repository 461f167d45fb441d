import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { answerPrefetchedFirst } from './engine/compile.js';
import { resolveTypesSynchronously } from './execution.js';
import { resolvers } from './modules/index.js';

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the resolver classes. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    // Arguments are checked by their GraphQL types and by the engine (page sizes, cursors, filter depth, each with a
    // coded error); class-validator stays off.
    validate: false,
  })
    .then(answerPrefetchedFirst)
    .then(resolveTypesSynchronously);
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so a diff is an API change and nothing else. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
