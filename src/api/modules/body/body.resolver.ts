import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, InputType, Info, Int, Query, registerEnumType, Resolver } from 'type-graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../../engine/connection.js';
import { BodyKind, SortDirection } from '../../engine/enums.js';
import { lookup } from '../../engine/hop.js';
import { listEntities, where, type Composable, type ListSpec, type Params } from '../../engine/list.queries.js';
import { toEntity } from '../../engine/mapping.js';
import { pageNeeds } from '../../engine/selection.js';
import { Body, Seat } from './body.type.js';

@InputType({ description: 'Which bodies to list.' })
export class BodyFilter implements Composable<BodyFilter> {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  text?: string;

  @Field(() => [BodyKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: (keyof typeof BodyKind)[];

  @Field(() => Int, { nullable: true, description: 'Named in the report of this year.' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Named in a report of this region.' })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Belongs to this organisation (key), e.g. org:soite.' })
  organization?: string;

  @Field(() => [BodyFilter], { nullable: true, description: 'All of these.' })
  AND?: BodyFilter[];

  @Field(() => [BodyFilter], { nullable: true, description: 'Any of these.' })
  OR?: BodyFilter[];

  @Field(() => BodyFilter, { nullable: true, description: 'Not this.' })
  NOT?: BodyFilter;
}

const BodySort = { NAME: 'NAME', KEY: 'KEY' } as const;
registerEnumType(BodySort, { name: 'BodySort', description: 'Sort bodies by name or key.' });

const bodyList: ListSpec<BodyFilter> = {
  label: Label.Body,
  sorts: { NAME: 'n.name', KEY: 'n.key' },
  own: (f: BodyFilter, p: Params) => {
    const parts: string[] = [];
    if (f.text) parts.push(where.text(p, f.text));
    if (f.kinds?.length) parts.push(where.propIn(p, 'kind', f.kinds));
    if (f.year != null) parts.push(where.year(p, f.year));
    if (f.region) parts.push(where.region(p, f.region));
    if (f.organization) parts.push(`EXISTS { MATCH (n)-[:${Rel.PartOf}]->(:${Label.Organization} {key: ${p.add(f.organization)}}) }`);
    return parts;
  },
};

const BodyConnection = connectionType(Body, 'Body', 'body');

@ArgsType()
class BodyListArgs extends PageArgs {
  @Field(() => BodyFilter, { nullable: true, description: 'Which bodies.' })
  filter?: BodyFilter | null;

  @Field(() => BodySort, { defaultValue: 'NAME', description: 'Sort field.' })
  orderBy!: keyof typeof BodySort;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Sort direction.' })
  direction!: SortDirection;
}

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => Body, { nullable: true, description: 'One body by key, e.g. body:keski-pohjanmaa-alueohjausryhma.' })
  body(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Body>(ctx, key, 'Body', info);
  }

  @Query(() => BodyConnection, { description: 'Bodies (steering groups, networks, working groups), filtered, sorted and paged.' })
  async bodies(@Args(() => BodyListArgs) args: BodyListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(ctx.executor, bodyList, args, pageNeeds(info), ctx.signal);
    return toConnection(page, (row) => toEntity<Body>(row));
  }
}

@Resolver(() => Seat)
export class SeatResolver {
  @Query(() => Seat, { nullable: true, description: 'One seat by key.' })
  seat(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Seat>(ctx, key, 'Seat', info);
  }
}
