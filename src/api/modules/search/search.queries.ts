import neo4j from 'neo4j-driver';
import type { Executor } from '../../../db/executor.js';
import { Label } from '../../../graph/vocabulary.js';
import type { Props } from '../../engine/mapping.js';

export const SEARCH_INDEX = 'entity_search';

/** Lucene's query syntax characters, escaped so that user text is always searched as words. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, (c) => `\\${c}`);
}

/**
 * The words of the text, each escaped; OR-ed by Lucene, ranked by score. Lower case, so that a user's "AND" or
 * "NOT" is a word and not an operator (the analyzer lower-cases anyway); words without a letter or digit dropped.
 */
export function luceneQuery(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map(escapeLucene)
    .join(' ');
}

export interface SearchRow {
  labels: string[];
  props: Props;
  score: number;
}

export async function fullTextSearch(
  executor: Executor,
  text: string,
  labels: Label[],
  first: number,
  signal?: AbortSignal,
): Promise<SearchRow[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  return executor.read<SearchRow>(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WHERE any(l IN labels(node) WHERE l IN $labels)
     RETURN labels(node) AS labels, properties(node) AS props, score
     ORDER BY score DESC, node.key
     LIMIT $first`,
    { index: SEARCH_INDEX, query, labels, first: neo4j.int(first) },
    { signal },
  );
}
