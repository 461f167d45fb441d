/** How an entity of any type is named and coloured on the explore and path views. */
import { ITEM_COLOURS, kindColour } from '../../../src/analytics/palette';
import type { EntityNameFragment } from '../generated/graphql';
import { label } from './facts';

export function entityName(e: EntityNameFragment): string {
  if ('name' in e && e.name) return e.name;
  if ('title' in e && e.title) return e.title;
  if ('seatTitle' in e) return `${label(e.role)}${e.seatTitle ? `: ${e.seatTitle}` : ''}`;
  if ('reportTitle' in e && e.reportTitle) return e.reportTitle;
  if ('value' in e) return `${e.value} (${e.year})`;
  return e.key;
}

const TYPE_COLOURS: Record<string, string> = {
  Project: ITEM_COLOURS.Project,
  Body: ITEM_COLOURS.Body,
  Event: ITEM_COLOURS.Event,
  Person: '#2f5fa7',
  Funder: '#c10020',
  Programme: '#93aa00',
  Seat: '#a6bdd7',
};

export function entityColour(e: EntityNameFragment): string {
  if (e.__typename === 'Organization' && 'kind' in e) return kindColour(e.kind);
  return TYPE_COLOURS[e.__typename ?? ''] ?? '#6b7280';
}

/** PARTICIPATES_IN + lead → "participates in (lead)" */
export function relationshipLabel(type: string, role?: string | null): string {
  return `${type.toLowerCase().replace(/_/g, ' ')}${role ? ` (${label(role)})` : ''}`;
}
