import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, InputType, Info, Int, Query, registerEnumType, Resolver } from 'type-graphql';
import { Label } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../../engine/connection.js';
import { FunderKind, SortDirection } from '../../engine/enums.js';
import { lookup } from '../../engine/hop.js';
import { listEntities, where, type Composable, type ListSpec, type Params } from '../../engine/list.queries.js';
import { toEntity } from '../../engine/mapping.js';
import { pageNeeds } from '../../engine/selection.js';
import { Funder } from './funder.type.js';

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
}
