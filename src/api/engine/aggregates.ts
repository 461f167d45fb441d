/**
 * Dashboard aggregates: `aggregates(year) { projectsBy(dimension: STATUS) { value label count } … }`, each a count of
 * a listed kind's nodes by one dimension, filtered with that kind's list filter (so `filter: { funder: … }` gives a
 * funder's projects by status). The dimensions are model paths (relationship, direction, label), said here once.
 */
import { Arg, Ctx, FieldResolver, Int, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { countUpTo } from '../../errors.js';
import { listOf } from '../../graph/lists.js';
import type { Typename } from '../../graph/model.js';
import { Label, Rel } from '../../graph/vocabulary.js';
import type { Context } from '../context.js';
import { countBy, type Dimension } from './aggregate.queries.js';
import { listSpec, type FilterValues } from './filter.queries.js';
import { FILTERS } from './lists.js';
import { objectType } from './object-types.js';

const DIMENSIONS = {
  Project: {
    STATUS: { prop: 'status' },
    FUNDER: { step: { rel: Rel.Funds, direction: 'in', to: Label.Funder } },
    PROGRAMME: { step: { rel: Rel.InProgramme, direction: 'out', to: Label.Programme } },
    YEAR: { years: true },
  },
  Organization: { KIND: { prop: 'kind' }, YEAR: { years: true } },
  Seat: {
    ORGANIZATION: { step: { rel: Rel.Represents, direction: 'out', to: Label.Organization } },
    BODY: { step: { rel: Rel.SeatIn, direction: 'out', to: Label.Body } },
    ROLE: { prop: 'role' },
    YEAR: { years: true },
  },
} as const satisfies Partial<Record<Typename, Record<string, Dimension>>>;

const enumOf = (typename: keyof typeof DIMENSIONS, description: string) => {
  const values = Object.fromEntries(Object.keys(DIMENSIONS[typename]).map((k) => [k, k]));
  registerEnumType(values, { name: `${typename}Dimension`, description });
  return values;
};
const ProjectDimension = enumOf('Project', 'What projects are counted by: status (the newest report’s), funder, programme or report year.');
const OrganizationDimension = enumOf('Organization', 'What organisations are counted by: kind or report year.');
const SeatDimension = enumOf('Seat', 'What seats are counted by: the organisation represented, the body, the role or the year.');

const Bucket = objectType('Bucket', {
  description: 'One group of an aggregate and how many it holds, largest first.',
  fields: {
    value: ['String?', 'The group: an enumeration value (ONGOING), a key (funder:esr) or a year (2020); null for those with none (no programme).'],
    label: ['String?', 'The name of the entity a key names.'],
    count: ['Int', 'How many are in the group (each counted once per group; with a relationship dimension one may be in several).'],
  },
});

@ObjectType({ description: 'Counts for dashboards, each by one dimension; `year` of `aggregates` applies to all.' })
export class Aggregates {
  year!: number | null;
}

const FIRST = 'At most this many groups, largest first (default 100, at most 500).';
const first = (n: number) => countUpTo(n, 500, '`first`');

async function count(typename: keyof typeof DIMENSIONS, root: Aggregates, dimension: string, filter: FilterValues | null, n: number, ctx: Context) {
  const dims = DIMENSIONS[typename] as Record<string, Dimension>;
  return countBy(ctx.executor, listSpec(listOf(typename)), dims[dimension]!, { filter, year: root.year, first: first(n) }, ctx.signal);
}

@Resolver(() => Aggregates)
export class AggregatesResolver {
  @Query(() => Aggregates, { description: 'Counts for dashboards (projects by status, funder, programme, year; organisations by kind; seats by organisation, body, role) in one request.' })
  aggregates(@Arg('year', () => Int, { nullable: true, description: 'Only what the report of this year names.' }) year: number | null): Aggregates {
    return { year: year ?? null };
  }

  @FieldResolver(() => [Bucket], { description: 'Projects counted by a dimension, among those the filter selects (e.g. a funder’s projects by status).' })
  projectsBy(
    @Root() root: Aggregates,
    @Arg('dimension', () => ProjectDimension) dimension: string,
    @Arg('filter', () => FILTERS.Project!, { nullable: true, description: 'Which projects (as in `projects`).' }) filter: FilterValues | null,
    @Arg('first', () => Int, { defaultValue: 100, description: FIRST }) n: number,
    @Ctx() ctx: Context,
  ) {
    return count('Project', root, dimension, filter, n, ctx);
  }

  @FieldResolver(() => [Bucket], { description: 'Organisations counted by a dimension, among those the filter selects.' })
  organizationsBy(
    @Root() root: Aggregates,
    @Arg('dimension', () => OrganizationDimension) dimension: string,
    @Arg('filter', () => FILTERS.Organization!, { nullable: true, description: 'Which organisations (as in `organizations`).' }) filter: FilterValues | null,
    @Arg('first', () => Int, { defaultValue: 100, description: FIRST }) n: number,
    @Ctx() ctx: Context,
  ) {
    return count('Organization', root, dimension, filter, n, ctx);
  }

  @FieldResolver(() => [Bucket], { description: 'Seats counted by a dimension (by organisation: how many seats each one holds, in every body).' })
  seatsBy(
    @Root() root: Aggregates,
    @Arg('dimension', () => SeatDimension) dimension: string,
    @Arg('first', () => Int, { defaultValue: 100, description: FIRST }) n: number,
    @Ctx() ctx: Context,
  ) {
    return count('Seat', root, dimension, null, n, ctx);
  }
}

