/**
 * Graph rows → the plain objects the GraphQL types describe, with the graph model's codecs (src/graph/codecs.ts).
 */
import { decodeCount, decodeSource, decodeYearValue, LIST_PROPERTIES, NAME_PROPERTIES, type StoredSource } from '../../graph/codecs.js';
import { typenameOf } from '../../graph/model.js';
import { Label } from '../../graph/vocabulary.js';
import type { Source } from './fact.type.js';

export type Props = Record<string, unknown>;

export interface FactFields {
  years: number[];
  sources: Source[];
  ambiguities: string[];
}

const asSource = (s: StoredSource): Source => ({ reportKey: s.report, section: s.section, quote: s.quote, fields: s.fields ?? [] });

export function facts(props: Props): FactFields {
  return {
    years: (props.years as number[] | undefined) ?? [],
    sources: ((props.sources as string[] | undefined) ?? []).map((stored) => asSource(decodeSource(stored))),
    ambiguities: (props.ambiguities as string[] | undefined) ?? [],
  };
}

export { typenameOf };

export interface EntityRow {
  labels: string[];
  props: Props;
}

function names(p: Props): Record<string, unknown> | null {
  const byLanguage = Object.fromEntries(Object.entries(NAME_PROPERTIES).map(([language, stored]) => [language, p[stored]]));
  return Object.values(byLanguage).some(Boolean) ? byLanguage : null;
}

/** A node as a GraphQL entity object: its properties, decoded facts, names, and its __typename. */
export function toEntity<T = Record<string, unknown>>(row: EntityRow, as?: string): T {
  const p = row.props;
  const lists = Object.fromEntries(LIST_PROPERTIES.map((l) => [l, (p[l] as string[] | undefined) ?? []]));
  return {
    ...p,
    ...facts(p),
    names: names(p),
    ...lists,
    statusHistory: ((p.statusHistory as string[] | undefined) ?? []).map((s) => {
      const { year, value } = decodeYearValue(s);
      return { year, status: value };
    }),
    counts: ((p.counts as string[] | undefined) ?? []).map((stored) => {
      const c = decodeCount(stored);
      return { ...c, source: c.source ? asSource(c.source) : null };
    }),
    isFunder: row.labels.includes(Label.Funder),
    labels: row.labels,
    __typename: as ?? typenameOf(row.labels),
  } as T;
}
