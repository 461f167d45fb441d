import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, Info, Int, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../common/connection.js';
import { BodyKind, MembershipRole, SeatRole, SortDirection } from '../common/enums.js';
import { edge, follow, followOne, HopArgs, lookup } from '../common/hop.js';
import { listEntities, where, type Composable, type ListSpec, type Params } from '../common/list.queries.js';
import { toEntity } from '../common/mapping.js';
import { pageNeeds } from '../common/selection.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { Body, BodyMembership, Seat } from './body.type.js';

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

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the body belongs to.' })
  organization(@Root() b: Body, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return followOne<Organization>(ctx, b.key, { type: Rel.PartOf, direction: 'out', to: Label.Organization }, info);
  }

  @FieldResolver(() => [Seat], { description: 'Seats in the body: members, deputies (with whom they deputise) and presenters.' })
  async seats(
    @Root() b: Body,
    @Args(() => HopArgs) args: HopArgs,
    @Arg('roles', () => [SeatRole], { nullable: true, description: 'Only these seat roles.' }) roles: string[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const found = await follow(ctx, b.key, { type: Rel.SeatIn, direction: 'in', to: Label.Seat }, args, info);
    return found.map((n) => toEntity<Seat>(n.node)).filter((s) => !roles?.length || roles.includes(s.role));
  }

  @FieldResolver(() => [BodyMembership], { description: 'Organisations and people that are members or coordinators.' })
  async members(
    @Root() b: Body,
    @Args(() => HopArgs) args: HopArgs,
    @Arg('roles', () => [MembershipRole], { nullable: true, description: 'Only these roles.' }) roles: string[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const found = await follow(ctx, b.key, { type: Rel.MemberOf, direction: 'in', to: Label.Entity }, { ...args, roles }, info);
    return found.map((n) => edge(n, 'body', 'member'));
  }
}

@Resolver(() => Seat)
export class SeatResolver {
  @Query(() => Seat, { nullable: true, description: 'One seat by key.' })
  seat(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Seat>(ctx, key, 'Seat', info);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who holds the seat.' })
  person(@Root() s: Seat, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return followOne<Person>(ctx, s.key, { type: Rel.HeldBy, direction: 'out', to: Label.Person }, info);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body the seat is in.' })
  body(@Root() s: Seat, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return followOne<Body>(ctx, s.key, { type: Rel.SeatIn, direction: 'out', to: Label.Body }, info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the seat holder represents.' })
  represents(@Root() s: Seat, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return followOne<Organization>(ctx, s.key, { type: Rel.Represents, direction: 'out', to: Label.Organization }, info);
  }

  @FieldResolver(() => Seat, { nullable: true, description: 'For a deputy: the member seat it deputises.' })
  deputyFor(@Root() s: Seat, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return followOne<Seat>(ctx, s.key, { type: Rel.DeputyFor, direction: 'out', to: Label.Seat }, info);
  }

  @FieldResolver(() => [Seat], { description: 'For a member: the deputy seats (varahenkilöt) of this seat.' })
  async deputies(@Root() s: Seat, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await follow(ctx, s.key, { type: Rel.DeputyFor, direction: 'in', to: Label.Seat }, args, info)).map((n) => toEntity(n.node));
  }
}
