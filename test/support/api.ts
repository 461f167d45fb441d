import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import { createApolloServer } from '../../src/api/server.js';
import type { Limits } from '../../src/api/limits.js';
import { createContext, createServices, type Context, type Services } from '../../src/api/context.js';
import type { Executor } from '../../src/db/executor.js';
import { silentLogger } from './db.js';

export interface TestApi {
  apollo: ApolloServer<Context>;
  /** The services every operation's context shares (the version reads, the analytics cache). */
  services: Services;
  /** Runs a typed operation through the whole server pipeline (parsing, validation, resolvers, error formatting). */
  run<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables?: V): Promise<{ data?: R; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  /** The same with an operation written inline (for shapes the typed operations do not cover). */
  raw(query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, any>; errors?: readonly { message: string }[] }>;
  stop(): Promise<void>;
}

export async function startTestApi(executor: Executor, limits?: Partial<Limits>): Promise<TestApi> {
  const apollo = await createApolloServer({ executor, logger: silentLogger, limits });
  const services = createServices(executor);
  const api: TestApi = {
    apollo,
    services,
    run(doc, variables) {
      return api.raw(print(doc), variables) as never;
    },
    async raw(query, variables) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(services) });
      if (response.body.kind !== 'single') throw new Error('incremental responses are not used');
      const { data, errors } = response.body.singleResult;
      return { data: (data ?? undefined) as never, errors: errors as never };
    },
    stop: () => apollo.stop(),
  };
  return api;
}
