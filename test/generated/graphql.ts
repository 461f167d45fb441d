/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** How many nodes of one kind the graph holds. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** Number of nodes with that label. */
  count: Scalars['Int']['output'];
  /** The node label, e.g. Organization. */
  label: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The API version, the Neo4j that answers, and what the graph holds. */
  status: ServiceStatus;
};

/** The service and the graph behind it. */
export type ServiceStatus = {
  __typename?: 'ServiceStatus';
  /** Version of this API (botnia-graph). */
  apiVersion: Scalars['String']['output'];
  /** The Neo4j database the API reads. */
  database: Scalars['String']['output'];
  /** Neo4j edition: community or enterprise. */
  neo4jEdition: Scalars['String']['output'];
  /** The Neo4j server that answered, e.g. Neo4j/5.26.19. */
  neo4jVersion: Scalars['String']['output'];
  /** Node counts by label, in vocabulary order. */
  nodeCounts: Array<LabelCount>;
  /** Total number of relationships in the graph. */
  relationshipCount: Scalars['Int']['output'];
};

export type StatusQueryVariables = Exact<{ [key: string]: never; }>;


export type StatusQuery = { __typename?: 'Query', status: { __typename?: 'ServiceStatus', apiVersion: string, neo4jVersion: string, neo4jEdition: string, database: string, relationshipCount: number, nodeCounts: Array<{ __typename?: 'LabelCount', label: string, count: number }> } };


export const StatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"neo4jVersion"}},{"kind":"Field","name":{"kind":"Name","value":"neo4jEdition"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}}]}}]}}]} as unknown as DocumentNode<StatusQuery, StatusQueryVariables>;