import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { AppError, countUpTo, ErrorCode } from '../../../errors.js';
import { SEARCHABLE, typenameOf } from '../../../graph/model.js';
import type { Label } from '../../../graph/vocabulary.js';
import { KEY_ARGUMENT, lookupAny, LOOKUP_MISS } from '../../engine/keys.js';
import type { Context } from '../../context.js';
import { EntityKind } from '../../engine/enums.js';
import { Entity } from '../../engine/fact.type.js';
import { objectType } from '../../engine/object-types.js';
import { toEntity } from '../../engine/mapping.js';
import { selectedProperties } from '../../engine/selection.js';
import { lookupTree } from '../../engine/compile.js';
import { fullTextSearch } from './search.queries.js';

const SearchHit = objectType('SearchHit', {
  description: 'A search result: an entity and how well it matches.',
  fields: {
    score: ['Float', 'Relevance score (higher is better); comparable within one search only.'],
    entity: ['Entity', 'The matching entity.'],
  },
});

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search across names, short names, aliases and titles, Finnish-aware (“lastensuojelun” finds “lastensuojelu”), best match first.',
  })
  async search(
    @Arg('text', () => String, { description: 'Words to look for.' }) text: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only these kinds (all searchable kinds when not given).' })
    kinds: EntityKind[] | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many results (at most 100).' }) first: number,
    @Ctx() ctx: Context,
  ) {
    countUpTo(first, 100, '`first`');
    if (text.length > 500) throw new AppError(ErrorCode.BadUserInput, 'Search text is limited to 500 characters.');
    const labels = (kinds?.length ? kinds : [...SEARCHABLE.keys()]).map((k) => SEARCHABLE.get(k)).filter((l): l is Label => !!l);
    const rows = await fullTextSearch(ctx.executor, text, labels, first, ctx.signal);
    // Asked for one kind, a hit is that kind (an organisation that funds, found as a FUNDER, is a Funder).
    const as = labels.length === 1 && kinds?.length === 1 ? typenameOf(labels) : undefined;
    return rows.map((r) => ({ score: r.score, entity: toEntity(r, as) }));
  }

  @Query(() => Entity, { nullable: true, description: `Any entity by key, whatever its kind. ${LOOKUP_MISS}` })
  async entity(@Arg('key', () => String, { description: KEY_ARGUMENT }) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const byKey = async (k: string) => {
      const row = await ctx.loaders.nodeWith(selectedProperties(info, 1)).load(k);
      return row && toEntity(row);
    };
    return lookupAny(key, null, (k) => lookupTree(ctx, k, 'Entity', info, () => byKey(k)), ctx);
  }
}

