/** Relay connections: one Edge and Connection type per listed entity type, and Page → Connection. */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './fact.type.js';
import { encodeCursor, type Page, type PageRow } from './list.queries.js';

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function connectionType<T extends object>(Node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this edge: pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s (Relay connection).` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page is in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole filtered list (counted only when asked for).' })
    totalCount!: number;
  }
  return Connection;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size: 20 when not given, at most 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor (pageInfo.endCursor of the previous page).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'One year’s view: only what the report of this year states.' })
  year?: number | null;
}

export function toConnection<T>(page: Page, map: (row: PageRow) => T): ConnectionShape<T> {
  const edges = page.rows.map((row) => ({ cursor: encodeCursor({ v: row.sortValue, k: String(row.props.key) }), node: map(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: page.total ?? 0,
  };
}
