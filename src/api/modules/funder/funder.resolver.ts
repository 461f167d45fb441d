import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, Info, Int, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../common/connection.js';
import { FunderKind, SortDirection } from '../common/enums.js';
import { edge, follow, followOne, HopArgs, lookup } from '../common/hop.js';
import { listEntities, where, type Composable, type ListSpec, type Params } from '../common/list.queries.js';
import { toEntity } from '../common/mapping.js';
import { pageNeeds } from '../common/selection.js';
import { Organization } from '../organization/organization.type.js';
import { Funder, Funding } from './funder.type.js';

@InputType({ description: 'Which funders to list.' })
export class FunderFilter implements Composable<FunderFilter> {
  @Field(() => String, { nullable: true, description: 'Part of the name or abbreviation.' })
  text?: string;

  @Field(() => [FunderKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: (keyof typeof FunderKind)[];

  @Field(() => Int, { nullable: true, description: 'Named in the report of this year.' })
  year?: number;

  @Field(() => [FunderFilter], { nullable: true, description: 'All of these.' })
  AND?: FunderFilter[];

  @Field(() => [FunderFilter], { nullable: true, description: 'Any of these.' })
  OR?: FunderFilter[];

  @Field(() => FunderFilter, { nullable: true, description: 'Not this.' })
  NOT?: FunderFilter;
}

const FunderSort = { NAME: 'NAME', KEY: 'KEY' } as const;
registerEnumType(FunderSort, { name: 'FunderSort', description: 'Sort funders by name or key.' });

const funderList: ListSpec<FunderFilter> = {
  label: Label.Funder,
  sorts: { NAME: 'n.name', KEY: 'n.key' },
  own: (f: FunderFilter, p: Params) => {
    const parts: string[] = [];
    if (f.text) parts.push(where.text(p, f.text));
    if (f.kinds?.length) parts.push(where.propIn(p, 'funderKind', f.kinds));
    if (f.year != null) parts.push(where.year(p, f.year));
    return parts;
  },
};

const FunderConnection = connectionType(Funder, 'Funder', 'funder');

@ArgsType()
class FunderListArgs extends PageArgs {
  @Field(() => FunderFilter, { nullable: true, description: 'Which funders.' })
  filter?: FunderFilter | null;

  @Field(() => FunderSort, { defaultValue: 'NAME', description: 'Sort field.' })
  orderBy!: keyof typeof FunderSort;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Sort direction.' })
  direction!: SortDirection;
}

@Resolver(() => Funder)
export class FunderResolver {
  @Query(() => Funder, { nullable: true, description: 'One funder by key, e.g. funder:esr or org:stea.' })
  funder(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Funder>(ctx, key, 'Funder', info);
  }

  @Query(() => FunderConnection, { description: 'Funders, filtered, sorted and paged.' })
  async funders(@Args(() => FunderListArgs) args: FunderListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(ctx.executor, funderList, args, pageNeeds(info), ctx.signal);
    return toConnection(page, (row) => toEntity<Funder>(row, 'Funder'));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation, when the funder is one (STEA, THL).' })
  organization(@Root() f: Funder & { labels: string[] }) {
    return f.labels.includes(Label.Organization) ? { ...f, __typename: 'Organization' } : null;
  }

  @FieldResolver(() => Funder, { nullable: true, description: 'The larger fund this one belongs to (ESR → EU structural funds).' })
  async parent(@Root() f: Funder, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const parent = await followOne<Funder>(ctx, f.key, { type: Rel.FundedWithin, direction: 'out', to: Label.Funder }, info);
    return parent && { ...parent, __typename: 'Funder' };
  }

  @FieldResolver(() => [Funder], { description: 'Funds within this one.' })
  async children(@Root() f: Funder, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await follow(ctx, f.key, { type: Rel.FundedWithin, direction: 'in', to: Label.Funder }, args, info)).map((n) => toEntity(n.node, 'Funder'));
  }

  @FieldResolver(() => [Funding], { description: 'The funder’s portfolio: the projects it funds.' })
  async projects(@Root() f: Funder, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const found = await follow(ctx, f.key, { type: Rel.Funds, direction: 'out', to: Label.Project }, args, info);
    return found.map((n) => edge(n, 'funder', 'project'));
  }
}
