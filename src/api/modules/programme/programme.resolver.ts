import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, InputType, Info, Int, Query, registerEnumType, Resolver } from 'type-graphql';
import { Label } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../../engine/connection.js';
import { SortDirection } from '../../engine/enums.js';
import { lookup } from '../../engine/hop.js';
import { listEntities, where, type Composable, type ListSpec, type Params } from '../../engine/list.queries.js';
import { toEntity } from '../../engine/mapping.js';
import { pageNeeds } from '../../engine/selection.js';
import { Programme } from './programme.type.js';

@InputType({ description: 'Which programmes to list.' })
export class ProgrammeFilter implements Composable<ProgrammeFilter> {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  text?: string;

  @Field(() => Int, { nullable: true, description: 'Named in the report of this year.' })
  year?: number;

  @Field(() => [ProgrammeFilter], { nullable: true, description: 'All of these.' })
  AND?: ProgrammeFilter[];

  @Field(() => [ProgrammeFilter], { nullable: true, description: 'Any of these.' })
  OR?: ProgrammeFilter[];

  @Field(() => ProgrammeFilter, { nullable: true, description: 'Not this.' })
  NOT?: ProgrammeFilter;
}

const ProgrammeSort = { NAME: 'NAME', KEY: 'KEY' } as const;
registerEnumType(ProgrammeSort, { name: 'ProgrammeSort', description: 'Sort programmes by name or key.' });

const programmeList: ListSpec<ProgrammeFilter> = {
  label: Label.Programme,
  sorts: { NAME: 'n.name', KEY: 'n.key' },
  own: (f: ProgrammeFilter, p: Params) => {
    const parts: string[] = [];
    if (f.text) parts.push(where.text(p, f.text));
    if (f.year != null) parts.push(where.year(p, f.year));
    return parts;
  },
};

const ProgrammeConnection = connectionType(Programme, 'Programme', 'programme');

@ArgsType()
class ProgrammeListArgs extends PageArgs {
  @Field(() => ProgrammeFilter, { nullable: true, description: 'Which programmes.' })
  filter?: ProgrammeFilter | null;

  @Field(() => ProgrammeSort, { defaultValue: 'NAME', description: 'Sort field.' })
  orderBy!: keyof typeof ProgrammeSort;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Sort direction.' })
  direction!: SortDirection;
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => Programme, { nullable: true, description: 'One programme by key.' })
  programme(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Programme>(ctx, key, 'Programme', info);
  }

  @Query(() => ProgrammeConnection, { description: 'Programmes, filtered, sorted and paged.' })
  async programmes(@Args(() => ProgrammeListArgs) args: ProgrammeListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(ctx.executor, programmeList, args, pageNeeds(info), ctx.signal);
    return toConnection(page, (row) => toEntity<Programme>(row));
  }
}
