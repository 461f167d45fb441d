import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, InputType, Info, Int, Query, registerEnumType, Resolver } from 'type-graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../../engine/connection.js';
import { SeatRole, SortDirection } from '../../engine/enums.js';
import { lookup } from '../../engine/hop.js';
import { listEntities, where, type Composable, type ListSpec, type Params } from '../../engine/list.queries.js';
import { toEntity } from '../../engine/mapping.js';
import { pageNeeds } from '../../engine/selection.js';
import { Person } from './person.type.js';

@InputType({ description: 'Which people to list.' })
export class PersonFilter implements Composable<PersonFilter> {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  text?: string;

  @Field(() => Int, { nullable: true, description: 'Named in the report of this year.' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Named in a report of this region.' })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Has a seat in this body (key), e.g. body:keski-pohjanmaa-alueohjausryhma.' })
  body?: string;

  @Field(() => SeatRole, { nullable: true, description: 'With `body` or alone: holds a seat with this role.' })
  seatRole?: keyof typeof SeatRole;

  @Field(() => String, { nullable: true, description: 'Has a title at, or a seat on behalf of, this organisation (key).' })
  organization?: string;

  @Field(() => [PersonFilter], { nullable: true, description: 'All of these.' })
  AND?: PersonFilter[];

  @Field(() => [PersonFilter], { nullable: true, description: 'Any of these.' })
  OR?: PersonFilter[];

  @Field(() => PersonFilter, { nullable: true, description: 'Not this.' })
  NOT?: PersonFilter;
}

const PersonSort = { NAME: 'NAME', KEY: 'KEY' } as const;
registerEnumType(PersonSort, { name: 'PersonSort', description: 'Sort people by name or key.' });

const personList: ListSpec<PersonFilter> = {
  label: Label.Person,
  sorts: { NAME: 'n.name', KEY: 'n.key' },
  own: (f: PersonFilter, p: Params) => {
    const parts: string[] = [];
    if (f.text) parts.push(where.text(p, f.text));
    if (f.year != null) parts.push(where.year(p, f.year));
    if (f.region) parts.push(where.region(p, f.region));
    if (f.body || f.seatRole) {
      const body = f.body ? `{key: ${p.add(f.body)}}` : '';
      const role = f.seatRole ? `WHERE s.role = ${p.add(f.seatRole)}` : '';
      parts.push(`EXISTS { MATCH (n)<-[:${Rel.HeldBy}]-(s:${Label.Seat})-[:${Rel.SeatIn}]->(:${Label.Body} ${body}) ${role} }`);
    }
    if (f.organization) {
      const org = p.add(f.organization);
      parts.push(
        `EXISTS { MATCH (n)-[:${Rel.AffiliatedWith}]->(:${Label.Organization} {key: ${org}}) } OR EXISTS { MATCH (n)<-[:${Rel.HeldBy}]-(:${Label.Seat})-[:${Rel.Represents}]->(:${Label.Organization} {key: ${org}}) }`,
      );
    }
    return parts;
  },
};

const PersonConnection = connectionType(Person, 'Person', 'person');

@ArgsType()
class PersonListArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true, description: 'Which people.' })
  filter?: PersonFilter | null;

  @Field(() => PersonSort, { defaultValue: 'NAME', description: 'Sort field.' })
  orderBy!: keyof typeof PersonSort;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Sort direction.' })
  direction!: SortDirection;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by key, e.g. person:iiris-jurvansuu.' })
  person(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Person>(ctx, key, 'Person', info);
  }

  @Query(() => PersonConnection, { description: 'People, filtered, sorted and paged.' })
  async people(@Args(() => PersonListArgs) args: PersonListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(ctx.executor, personList, args, pageNeeds(info), ctx.signal);
    return toConnection(page, (row) => toEntity<Person>(row));
  }
}
