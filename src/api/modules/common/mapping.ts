/**
 * Graph rows → the plain objects the GraphQL types describe. Provenance lists are decoded here, once.
 */
import { Label } from '../../../graph/vocabulary.js';
import type { Source } from './fact.type.js';

export type Props = Record<string, unknown>;

export interface FactFields {
  years: number[];
  sources: Source[];
  ambiguities: string[];
}

export function facts(props: Props): FactFields {
  return {
    years: (props.years as number[] | undefined) ?? [],
    sources: ((props.sources as string[] | undefined) ?? []).map((s) => {
      const parsed = JSON.parse(s) as { report: string; section: string; quote: string };
      return { reportKey: parsed.report, section: parsed.section, quote: parsed.quote };
    }),
    ambiguities: (props.ambiguities as string[] | undefined) ?? [],
  };
}

/** Which GraphQL type a node is, from its labels (an organisation that funds is still an Organization). */
const TYPE_BY_LABEL: [Label, string][] = [
  [Label.Organization, 'Organization'],
  [Label.Funder, 'Funder'],
  [Label.Person, 'Person'],
  [Label.Seat, 'Seat'],
  [Label.Body, 'Body'],
  [Label.Project, 'Project'],
  [Label.Programme, 'Programme'],
  [Label.Event, 'Event'],
  [Label.Priority, 'Priority'],
  [Label.Evaluation, 'Evaluation'],
  [Label.Report, 'Report'],
];

export function typenameOf(labels: string[]): string | undefined {
  return TYPE_BY_LABEL.find(([label]) => labels.includes(label))?.[1];
}

export interface EntityRow {
  labels: string[];
  props: Props;
}

/** A node as a GraphQL entity object: its properties, decoded facts, names, and its __typename. */
export function toEntity<T = Record<string, unknown>>(row: EntityRow, as?: string): T {
  const p = row.props;
  const names = p.nameFi || p.nameSv || p.nameEn ? { fi: p.nameFi, sv: p.nameSv, en: p.nameEn } : null;
  return {
    ...p,
    ...facts(p),
    names,
    aliases: (p.aliases as string[] | undefined) ?? [],
    identifiers: (p.identifiers as string[] | undefined) ?? [],
    titles: (p.titles as string[] | undefined) ?? [],
    statusHistory: ((p.statusHistory as string[] | undefined) ?? []).map((s) => {
      const [year, status] = s.split(':');
      return { year: Number(year), status };
    }),
    isFunder: row.labels.includes(Label.Funder),
    labels: row.labels,
    __typename: as ?? typenameOf(row.labels),
  } as T;
}
