/**
 * The evidence for a tie: for each item two members share, how each of them is involved (the relationship, its
 * role, its quotes), so that an analyst can check a collaboration against the report rather than take the shared
 * item's own quote for it. Read only when asked, batched per request: the ties of one answer (a collaborator list,
 * a network's edges) cost one round trip per kind of member, year and region.
 */
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { facts, toEntity, type EntityRow } from '../../engine/mapping.js';
import { involvements, type InvolvementRow } from './analytics.queries.js';
import { Collaborator, NetworkEdge, TieEvidence, type TieRef } from './analytics.type.js';

type Evidence = { item: unknown; involvements: unknown[] }[];

const loaders = new WeakMap<Context, DataLoader<TieRef, Evidence>>();

function loader(ctx: Context): DataLoader<TieRef, Evidence> {
  let l = loaders.get(ctx);
  if (!l) {
    l = new DataLoader<TieRef, Evidence>((ties) => evidenceOf(ctx, ties), { cache: false });
    loaders.set(ctx, l);
  }
  return l;
}

async function evidenceOf(ctx: Context, ties: readonly TieRef[]): Promise<Evidence[]> {
  // One read per (kind, year, region) of the ties asked together.
  const view = (t: TieRef) => `${t.kind}:${t.year}:${t.reports?.join(',') ?? '*'}`;
  const groups = new Map<string, TieRef[]>();
  for (const t of ties) groups.set(view(t), [...(groups.get(view(t)) ?? []), t]);
  const rows = new Map<string, InvolvementRow[]>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const members = [...new Set(group.flatMap((t) => t.members))];
      const items = [...new Set(group.flatMap((t) => t.items))];
      const { kind, year, reports } = group[0]!;
      for (const r of await involvements(ctx.executor, kind, members, items, year, reports, ctx.signal)) {
        const at = `${view(group[0]!)}:${r.member}:${r.item}`;
        rows.set(at, [...(rows.get(at) ?? []), r]);
      }
    }),
  );
  const keys = [...new Set(ties.flatMap((t) => [...t.members, ...t.items]))];
  const nodes = await ctx.loaders.node.loadMany(keys);
  const entities = new Map(nodes.filter((r): r is EntityRow => !!r && !(r instanceof Error)).map((r) => [String(r.props.key), toEntity(r)]));
  return ties.map((t) =>
    t.items.map((item) => ({
      item: entities.get(item),
      involvements: t.members.flatMap((member) =>
        (rows.get(`${view(t)}:${member}:${item}`) ?? [])
          .map((r) => ({
            member: entities.get(member),
            relationship: r.type,
            role: (r.props.role as string | undefined) ?? null,
            title: (r.props.title as string | undefined) ?? null,
            seat: r.seat,
            ...facts(r.props),
          }))
          .sort((a, b) => a.relationship.localeCompare(b.relationship) || String(a.seat ?? a.role).localeCompare(String(b.seat ?? b.role))),
      ),
    })),
  );
}

const DESCRIPTION =
  'For each shared item, how each side is involved in it: its relationship, role and the quotes that state it (the participation quotes of both organisations).';

@Resolver(() => Collaborator)
export class CollaboratorEvidenceResolver {
  @FieldResolver(() => [TieEvidence], { description: DESCRIPTION })
  evidence(@Root() c: Collaborator, @Ctx() ctx: Context) {
    return loader(ctx).load(c.tie);
  }
}

@Resolver(() => NetworkEdge)
export class NetworkEdgeEvidenceResolver {
  @FieldResolver(() => [TieEvidence], { description: `${DESCRIPTION} Empty for ties of a comparison.` })
  evidence(@Root() e: NetworkEdge, @Ctx() ctx: Context) {
    return e.tie ? loader(ctx).load(e.tie) : [];
  }
}
