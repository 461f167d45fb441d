import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { Body, BodyMembership, Seat } from '../body/body.type.js';
import { connectionType, PageArgs, toConnection } from '../common/connection.js';
import { ParticipationRole, SeatRole, SortDirection } from '../common/enums.js';
import { edge, follow, followOne, HopArgs, lookup } from '../common/hop.js';
import { listEntities } from '../common/list.queries.js';
import { toEntity } from '../common/mapping.js';
import { pageNeeds } from '../common/selection.js';
import { Funder, Funding } from '../funder/funder.type.js';
import { Affiliation } from '../person/person.type.js';
import { Organizing } from '../programme/programme.type.js';
import { ProjectParticipation } from '../project/project.type.js';
import { OrganizationFilter, organizationList, OrganizationSort } from './organization.queries.js';
import { Organization } from './organization.type.js';

registerEnumType(OrganizationSort, { name: 'OrganizationSort', description: 'Sort organisations by name or key.' });

const OrganizationConnection = connectionType(Organization, 'Organization', 'organisation');

@ArgsType()
class OrganizationListArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Which organisations.' })
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationSort, { defaultValue: 'NAME', description: 'Sort field.' })
  orderBy!: keyof typeof OrganizationSort;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Sort direction.' })
  direction!: SortDirection;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organisation by key, e.g. org:kosti-ry.' })
  organization(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Organization>(ctx, key, 'Organization', info);
  }

  @Query(() => OrganizationConnection, { description: 'Organisations, filtered, sorted and paged.' })
  async organizations(@Args(() => OrganizationListArgs) args: OrganizationListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(ctx.executor, organizationList, args, pageNeeds(info), ctx.signal);
    return toConnection(page, (row) => toEntity<Organization>(row));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The larger organisation this one is part of.' })
  parent(@Root() o: Organization, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return followOne<Organization>(ctx, o.key, { type: Rel.PartOf, direction: 'out', to: Label.Organization }, info);
  }

  @FieldResolver(() => [Organization], { description: 'Units of this organisation (e.g. Keski-Pohjanmaan keskussairaala of Soite).' })
  async units(@Root() o: Organization, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await follow(ctx, o.key, { type: Rel.PartOf, direction: 'in', to: Label.Organization }, args, info)).map((n) => toEntity(n.node));
  }

  @FieldResolver(() => [Body], { description: 'Bodies (working groups, networks) this organisation hosts.' })
  async bodies(@Root() o: Organization, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await follow(ctx, o.key, { type: Rel.PartOf, direction: 'in', to: Label.Body }, args, info)).map((n) => toEntity(n.node));
  }

  @FieldResolver(() => [ProjectParticipation], { description: 'The projects this organisation takes part in, with its role in each.' })
  async projects(
    @Root() o: Organization,
    @Args(() => HopArgs) args: HopArgs,
    @Arg('roles', () => [ParticipationRole], { nullable: true, description: 'Only these roles.' }) roles: string[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const found = await follow(ctx, o.key, { type: Rel.ParticipatesIn, direction: 'out', to: Label.Project }, { ...args, roles }, info);
    return found.map((n) => edge(n, 'organization', 'project'));
  }

  @FieldResolver(() => [Affiliation], { description: 'People with a title at this organisation.' })
  async people(@Root() o: Organization, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const found = await follow(ctx, o.key, { type: Rel.AffiliatedWith, direction: 'in', to: Label.Person }, args, info);
    return found.map((n) => edge(n, 'organization', 'person'));
  }

  @FieldResolver(() => [Seat], { description: 'Seats held on behalf of this organisation (e.g. in the steering group).' })
  async seats(
    @Root() o: Organization,
    @Args(() => HopArgs) args: HopArgs,
    @Arg('roles', () => [SeatRole], { nullable: true, description: 'Only these seat roles.' }) roles: string[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const found = await follow(ctx, o.key, { type: Rel.Represents, direction: 'in', to: Label.Seat }, args, info);
    return found.map((n) => toEntity<Seat>(n.node)).filter((s) => !roles?.length || roles.includes(s.role));
  }

  @FieldResolver(() => [BodyMembership], { description: 'Networks and working groups this organisation is a member of.' })
  async memberships(@Root() o: Organization, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const found = await follow(ctx, o.key, { type: Rel.MemberOf, direction: 'out', to: Label.Body }, args, info);
    return found.map((n) => edge(n, 'member', 'body'));
  }

  @FieldResolver(() => [Organizing], { description: 'Events this organisation organises and programmes it coordinates.' })
  async organizes(@Root() o: Organization, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const found = await follow(ctx, o.key, { type: Rel.Organizes, direction: 'out', to: Label.Entity }, args, info);
    return found.map((n) => edge(n, 'organization', 'target'));
  }

  @FieldResolver(() => Funder, { nullable: true, description: 'This organisation as a funder, when it funds projects (e.g. STEA).' })
  asFunder(@Root() o: Organization) {
    return o.isFunder ? { ...o, __typename: 'Funder' } : null;
  }

  @FieldResolver(() => [Funding], { description: 'Projects this organisation funds (empty unless it is a funder).' })
  async funds(@Root() o: Organization, @Args(() => HopArgs) args: HopArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (!o.isFunder) return [];
    const found = await follow(ctx, o.key, { type: Rel.Funds, direction: 'out', to: Label.Project }, args, info);
    return found.map((n) => edge(n, 'funder', 'project'));
  }
}
