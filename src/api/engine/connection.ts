/** Relay connections: one Edge and Connection type per listed entity type, and Page → Connection. */
import type { ClassType } from 'type-graphql';
import { encodeCursor, type Page, type PageRow } from './list.queries.js';
import { argsType, objectType } from './object-types.js';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

objectType('PageInfo', {
  description: 'Relay page information.',
  fields: {
    hasNextPage: ['Boolean', 'True when more items follow this page.'],
    hasPreviousPage: ['Boolean', 'True when this page does not start at the beginning of the list.'],
    startCursor: ['String?', 'Cursor of the first edge of this page.'],
    endCursor: ['String?', 'Cursor of the last edge of this page: pass it as `after` for the next page.'],
  },
});

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The `${name}Edge` and `${name}Connection` types of the entity type `name` (a list of `what`s). */
export function connectionType(name: string, what: string): ClassType {
  objectType(`${name}Edge`, {
    description: `One ${what} in a page, with its cursor.`,
    fields: { cursor: ['String', 'Opaque cursor of this edge: pass it as `after` to continue after it.'], node: [name, `The ${what}.`] },
  });
  return objectType(`${name}Connection`, {
    description: `A page of ${what}s (Relay connection).`,
    fields: {
      edges: [`[${name}Edge]`, 'The items of this page, in order.'],
      pageInfo: ['PageInfo', 'Where this page is in the whole list.'],
      totalCount: ['Int', 'Number of items in the whole filtered list (counted only when asked for).'],
    },
  });
}

export const PageArgs = argsType('PageArgs', {
  first: ['Int?', 'Page size: 20 when not given, at most 100.'],
  after: ['String?', 'Continue after this cursor (pageInfo.endCursor of the previous page).'],
  year: ['Int?', 'One year’s view: only what the report of this year states, each field as that report stated it (where it is silent, the latest earlier value, listed in carriedOver). Applies to the listed entities, not to the levels nested under them.'],
  region: ['String?', 'One region’s view: only what a report of this region states (of `year`, when given), answered as its reports stated it.'],
});

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
