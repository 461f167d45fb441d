/**
 * Look-ahead on the GraphQL selection: what a field's query will ask of the rows a read returns, so that the read
 * returns only that (the quotes of a fact grow with every report year; most queries never ask for them).
 * `@skip`/`@include` are not evaluated, so every answer errs towards reading more.
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { NAME_PROPERTIES } from '../../graph/codecs.js';
import { SAME_NODE_FIELDS } from '../../graph/traversals.js';

/** Calls `visit` for every field name selected up to `depth` levels under the current field (fragments included). */
function walk(info: GraphQLResolveInfo, depth: number, visit: (name: string) => boolean): boolean {
  const inSet = (set: SelectionSetNode | undefined, left: number): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === 'Field') {
        if (visit(s.name.value)) return true;
        // A field that shows the same node (a funder's organisation) does not count as a level: its fields are read
        // from the same row. (A traversal of that name elsewhere just reads a level more than it needs.)
        if (SAME_NODE_FIELDS.has(s.name.value)) return inSet(s.selectionSet, left);
        return left > 1 && inSet(s.selectionSet, left - 1);
      }
      if (s.kind === 'InlineFragment') return inSet(s.selectionSet, left);
      return inSet(info.fragments[s.name.value]?.selectionSet, left);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet, depth));
}

/** True when the query selects `field` directly under the current field, or up to `depth` levels below it. */
export function selects(info: GraphQLResolveInfo, field: string, depth = 1): boolean {
  return walk(info, depth, (name) => name === field);
}

/** What a page reads: the total count when selected, and the properties its entities select (edges → node → field). */
export function pageNeeds(info: GraphQLResolveInfo): { withTotal: boolean; properties: string[] } {
  return { withTotal: selects(info, 'totalCount'), properties: selectedProperties(info, 3) };
}

/** GraphQL fields computed from stored properties of other names. */
const STORED_AS: Record<string, string[]> = {
  names: Object.values(NAME_PROPERTIES),
  // Per-report statements (src/graph/statements.ts): a history, and which fields a year view carried over.
  history: ['statements', 'sources'],
  carriedOver: ['statements', 'years'],
  statedIn: ['years'],
};
/** Read whatever the query asks: the resolvers themselves need the key (identity, the next hop, cursors). */
const ALWAYS = ['key'];

/** The stored properties behind GraphQL field names, plus ALWAYS, in one order (one loader and one plan per set). */
export function storedProperties(fieldNames: Iterable<string>): string[] {
  const names = new Set(ALWAYS);
  for (const name of fieldNames) for (const stored of STORED_AS[name] ?? [name]) names.add(stored);
  return [...names].sort();
}

// graphql-js hands every item of a list the same `fieldNodes` array, so a field resolved for each of 500 parents
// walks its selection once.
const walked = new WeakMap<object, Map<number, string[]>>();

/**
 * The stored properties a read returns: the names selected up to `depth` levels down (a name that is not a property
 * just reads as absent), plus ALWAYS. An entity's fields are 1 level down; a traversal's are 2 (edge, then entity).
 */
export function selectedProperties(info: GraphQLResolveInfo, depth: number): string[] {
  let byDepth = walked.get(info.fieldNodes);
  if (!byDepth) walked.set(info.fieldNodes, (byDepth = new Map()));
  let properties = byDepth.get(depth);
  if (!properties) {
    const names: string[] = [];
    walk(info, depth, (name) => {
      names.push(name);
      return false;
    });
    byDepth.set(depth, (properties = storedProperties(names)));
  }
  return properties;
}
