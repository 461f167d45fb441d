import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, Float, InputType, Info, Int, Query, registerEnumType, Resolver } from 'type-graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../../engine/connection.js';
import { SortDirection } from '../../engine/enums.js';
import { lookup } from '../../engine/hop.js';
import { listEntities, type Composable, type ListSpec, type Params } from '../../engine/list.queries.js';
import { toEntity } from '../../engine/mapping.js';
import { pageNeeds, selectedProperties } from '../../engine/selection.js';
import { Evaluation, Priority } from './priority.type.js';

@Resolver(() => Priority)
export class PriorityResolver {
  @Query(() => Priority, { nullable: true, description: 'One strategic priority by key, e.g. priority:sonet-botnia-4.' })
  priority(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Priority>(ctx, key, 'Priority', info);
  }

  @Query(() => [Priority], { description: 'The strategic priorities, by code.' })
  async priorities(@Arg('year', () => Int, { nullable: true, description: 'Only those named in this year’s report.' }) year: number | null, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(
      ctx.executor,
      { label: Label.Priority, sorts: { CODE: 'n.code' }, own: () => [] },
      { orderBy: 'CODE', direction: 'ASC', first: 100, year },
      { withTotal: false, properties: selectedProperties(info, 1) },
      ctx.signal,
    );
    return page.rows.map((row) => toEntity<Priority>(row));
  }
}

@InputType({ description: 'Which evaluations to list.' })
export class EvaluationFilter implements Composable<EvaluationFilter> {
  @Field(() => Int, { nullable: true, description: 'The evaluated year.' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'The region.' })
  region?: string;

  @Field(() => Float, { nullable: true, description: 'Scores at least this.' })
  minValue?: number;

  @Field(() => Float, { nullable: true, description: 'Scores at most this.' })
  maxValue?: number;

  @Field(() => Float, { nullable: true, description: 'Scores exactly this, e.g. 4.2.' })
  value?: number;

  @Field(() => String, { nullable: true, description: 'Evaluates this priority (key).' })
  priority?: string;

  @Field(() => [EvaluationFilter], { nullable: true, description: 'All of these.' })
  AND?: EvaluationFilter[];

  @Field(() => [EvaluationFilter], { nullable: true, description: 'Any of these.' })
  OR?: EvaluationFilter[];

  @Field(() => EvaluationFilter, { nullable: true, description: 'Not this.' })
  NOT?: EvaluationFilter;
}

const EvaluationSort = { VALUE: 'VALUE', YEAR: 'YEAR', KEY: 'KEY' } as const;
registerEnumType(EvaluationSort, { name: 'EvaluationSort', description: 'Sort evaluations by score, year or key.' });

const evaluationList: ListSpec<EvaluationFilter> = {
  label: Label.Evaluation,
  sorts: { VALUE: 'n.value', YEAR: 'n.year', KEY: 'n.key' },
  own: (f: EvaluationFilter, p: Params) => {
    const parts: string[] = [];
    if (f.year != null) parts.push(`n.year = ${p.add(f.year)}`);
    if (f.region) parts.push(`toLower(n.region) = toLower(${p.add(f.region)})`);
    if (f.minValue != null) parts.push(`n.value >= ${p.add(f.minValue)}`);
    if (f.maxValue != null) parts.push(`n.value <= ${p.add(f.maxValue)}`);
    // Scores are stated with one decimal; compare with a tolerance so 4.2 finds 4.2 whatever its float form.
    if (f.value != null) parts.push(`abs(n.value - ${p.add(f.value)}) < 0.0001`);
    if (f.priority) parts.push(`EXISTS { MATCH (n)-[:${Rel.Evaluates}]->(:${Label.Priority} {key: ${p.add(f.priority)}}) }`);
    return parts;
  },
};

const EvaluationConnection = connectionType(Evaluation, 'Evaluation', 'evaluation');

@ArgsType()
class EvaluationListArgs extends PageArgs {
  @Field(() => EvaluationFilter, { nullable: true, description: 'Which evaluations.' })
  filter?: EvaluationFilter | null;

  @Field(() => EvaluationSort, { defaultValue: 'VALUE', description: 'Sort field.' })
  orderBy!: keyof typeof EvaluationSort;

  @Field(() => SortDirection, { defaultValue: 'DESC', description: 'Sort direction.' })
  direction!: SortDirection;
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => Evaluation, { nullable: true, description: 'One evaluation by key.' })
  evaluation(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Evaluation>(ctx, key, 'Evaluation', info);
  }

  @Query(() => EvaluationConnection, { description: 'Evaluations of the priorities, highest score first unless sorted otherwise.' })
  async evaluations(@Args(() => EvaluationListArgs) args: EvaluationListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(ctx.executor, evaluationList, args, pageNeeds(info), ctx.signal);
    return toConnection(page, (row) => toEntity<Evaluation>(row));
  }
}
