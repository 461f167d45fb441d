import type { ClassType, NonEmptyArray } from 'type-graphql';
import { ENTITIES } from '../../graph/model.js';
import { Entity } from '../engine/fact.type.js';
import { listResolvers } from '../engine/lists.js';
import { traversalResolver, type TypeRegistry } from '../engine/traversals.js';
import { Body, BodyMembership, Seat } from './body/body.type.js';
import { Event } from './event/event.type.js';
import { Funder, Funding } from './funder/funder.type.js';
import { Organization } from './organization/organization.type.js';
import { Affiliation, Contribution, Person } from './person/person.type.js';
import { Evaluation, Priority } from './priority/priority.type.js';
import { Organizing, Programme } from './programme/programme.type.js';
import { Project, ProjectParticipation } from './project/project.type.js';
import { Report } from './report/report.type.js';
import { AnalyticsResolver, ScoreChangeResolver } from './analytics/analytics.resolver.js';
import { PriorityResolver } from './priority/priority.resolver.js';
import { ReportResolver, SourceResolver } from './report/report.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { StatusResolver } from './status/status.resolver.js';

/** The GraphQL classes the graph model's typenames and edge types name. */
const types: TypeRegistry = {
  Entity,
  Report,
  Organization,
  Funder,
  Person,
  Seat,
  Body,
  Project,
  Programme,
  Event,
  Priority,
  Evaluation,
  Affiliation,
  BodyMembership,
  Contribution,
  Funding,
  Organizing,
  ProjectParticipation,
};

/** Every resolver class of the API: one module per domain, and the traversal fields the graph model names. */
export const resolvers: NonEmptyArray<ClassType> = [
  StatusResolver,
  SearchResolver,
  PriorityResolver,
  ReportResolver,
  SourceResolver,
  AnalyticsResolver,
  ScoreChangeResolver,
  ...listResolvers(types),
  ...ENTITIES.map((e) => traversalResolver(e.typename, types)),
];
