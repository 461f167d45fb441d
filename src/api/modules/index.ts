import type { ClassType, NonEmptyArray } from 'type-graphql';
import { ENTITIES } from '../../graph/model.js';
import { TYPES } from '../engine/entity-types.js';
import { historyResolvers } from '../engine/history.js';
import { AggregatesResolver } from '../engine/aggregates.js';
import { listResolvers } from '../engine/lists.js';
import { traversalResolver } from '../engine/traversals.js';
import { AnalyticsResolver, ScoreChangeResolver } from './analytics/analytics.resolver.js';
import { CollaboratorEvidenceResolver, NetworkEdgeEvidenceResolver } from './analytics/evidence.resolver.js';
import { SourceResolver } from './report/report.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { StatusResolver } from './status/status.resolver.js';

/** Every resolver class of the API: one module per domain, and the lists and traversal fields the graph model names. */
export const resolvers: NonEmptyArray<ClassType> = [
  StatusResolver,
  SearchResolver,
  SourceResolver,
  AnalyticsResolver,
  ScoreChangeResolver,
  CollaboratorEvidenceResolver,
  NetworkEdgeEvidenceResolver,
  ...listResolvers(TYPES),
  AggregatesResolver,
  ...ENTITIES.map((e) => traversalResolver(e.typename, TYPES)),
  ...historyResolvers(TYPES),
];
