import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, InputType, Info, Int, Query, registerEnumType, Resolver } from 'type-graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import type { Context } from '../../context.js';
import { connectionType, PageArgs, toConnection } from '../../engine/connection.js';
import { EventFormat, EventStatus, SortDirection } from '../../engine/enums.js';
import { lookup } from '../../engine/hop.js';
import { listEntities, where, type Composable, type ListSpec, type Params } from '../../engine/list.queries.js';
import { toEntity } from '../../engine/mapping.js';
import { pageNeeds } from '../../engine/selection.js';
import { Event } from './event.type.js';

@InputType({ description: 'Which events to list.' })
export class EventFilter implements Composable<EventFilter> {
  @Field(() => String, { nullable: true, description: 'Part of the name or place.' })
  text?: string;

  @Field(() => [EventStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: (keyof typeof EventStatus)[];

  @Field(() => [EventFormat], { nullable: true, description: 'Any of these formats.' })
  formats?: (keyof typeof EventFormat)[];

  @Field(() => Int, { nullable: true, description: 'Named in the report of this year.' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Named in a report of this region.' })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Organised by this organisation (key).' })
  organizer?: string;

  @Field(() => [EventFilter], { nullable: true, description: 'All of these.' })
  AND?: EventFilter[];

  @Field(() => [EventFilter], { nullable: true, description: 'Any of these.' })
  OR?: EventFilter[];

  @Field(() => EventFilter, { nullable: true, description: 'Not this.' })
  NOT?: EventFilter;
}

const EventSort = { DATE: 'DATE', NAME: 'NAME', KEY: 'KEY' } as const;
registerEnumType(EventSort, { name: 'EventSort', description: 'Sort events by date (or month), name or key.' });

const eventList: ListSpec<EventFilter> = {
  label: Label.Event,
  sorts: { DATE: "coalesce(n.date, n.month, '')", NAME: 'n.name', KEY: 'n.key' },
  own: (f: EventFilter, p: Params) => {
    const parts: string[] = [];
    if (f.text) parts.push(where.text(p, f.text));
    if (f.statuses?.length) parts.push(where.propIn(p, 'status', f.statuses));
    if (f.formats?.length) parts.push(where.propIn(p, 'format', f.formats));
    if (f.year != null) parts.push(where.year(p, f.year));
    if (f.region) parts.push(where.region(p, f.region));
    if (f.organizer) parts.push(`EXISTS { MATCH (n)<-[:${Rel.Organizes}]-(:${Label.Organization} {key: ${p.add(f.organizer)}}) }`);
    return parts;
  },
};

const EventConnection = connectionType(Event, 'Event', 'event');

@ArgsType()
class EventListArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Which events.' })
  filter?: EventFilter | null;

  @Field(() => EventSort, { defaultValue: 'DATE', description: 'Sort field.' })
  orderBy!: keyof typeof EventSort;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Sort direction.' })
  direction!: SortDirection;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'One event by key.' })
  event(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup<Event>(ctx, key, 'Event', info);
  }

  @Query(() => EventConnection, { description: 'Events, filtered, sorted and paged.' })
  async events(@Args(() => EventListArgs) args: EventListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listEntities(ctx.executor, eventList, args, pageNeeds(info), ctx.signal);
    return toConnection(page, (row) => toEntity<Event>(row));
  }
}
