import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { TYPES } from '../../engine/entity-types.js';
import { Source } from '../../engine/fact.type.js';
import { lookup } from '../../engine/hop.js';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => TYPES.Report!, { nullable: true, description: 'The report that states the fact.' })
  report(@Root() s: Source, @Ctx() ctx: Context) {
    return lookup(ctx, s.reportKey, 'Report');
  }
}
