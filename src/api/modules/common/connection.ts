/** Relay connections: one Edge and Connection type per listed entity type, and Page → Connection. */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
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

/** Fields that return the node they are asked on, seen as another type (a funder's organisation and back). */
const SAME_NODE = new Set(['organization', 'asFunder']);

/**
 * True when the query selects `field` directly under the current field, or up to `depth` levels below it (fragments
 * included; a field in SAME_NODE does not count as a level). `@skip`/`@include` are not evaluated, so the answer
 * errs towards true.
 */
export function selects(info: GraphQLResolveInfo, field: string, depth = 1): boolean {
  const visit = (set: SelectionSetNode | undefined, left: number): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === 'Field') {
        if (s.name.value === field) return true;
        if (SAME_NODE.has(s.name.value)) return visit(s.selectionSet, left);
        return left > 1 && visit(s.selectionSet, left - 1);
      }
      if (s.kind === 'InlineFragment') return visit(s.selectionSet, left);
      return visit(info.fragments[s.name.value]?.selectionSet, left);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, depth));
}

/** What a page needs beyond its rows: the total count, and the quotes (edges → node → sources). */
export function pageNeeds(info: GraphQLResolveInfo): { withTotal: boolean; withSources: boolean } {
  return { withTotal: selects(info, 'totalCount'), withSources: selects(info, 'sources', 3) };
}
