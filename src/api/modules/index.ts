import type { NonEmptyArray } from 'type-graphql';
import { AnalyticsResolver, ScoreChangeResolver } from './analytics/analytics.resolver.js';
import { BodyResolver, SeatResolver } from './body/body.resolver.js';
import { EventResolver } from './event/event.resolver.js';
import { FunderResolver } from './funder/funder.resolver.js';
import { OrganizationResolver } from './organization/organization.resolver.js';
import { PersonResolver } from './person/person.resolver.js';
import { EvaluationResolver, PriorityResolver } from './priority/priority.resolver.js';
import { ProgrammeResolver } from './programme/programme.resolver.js';
import { ProjectResolver } from './project/project.resolver.js';
import { ReportResolver, SourceResolver } from './report/report.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { StatusResolver } from './status/status.resolver.js';

/** Every resolver class of the API, one module per domain. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  StatusResolver,
  SearchResolver,
  OrganizationResolver,
  FunderResolver,
  PersonResolver,
  BodyResolver,
  SeatResolver,
  ProjectResolver,
  ProgrammeResolver,
  EventResolver,
  PriorityResolver,
  EvaluationResolver,
  ReportResolver,
  SourceResolver,
  AnalyticsResolver,
  ScoreChangeResolver,
];
