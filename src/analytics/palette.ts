/**
 * Fixed colours, shared by the explorer and the exported files so a kind has one colour everywhere.
 *
 * Kinds of organisation: one colour each from Kenneth Kelly's 22 colours of maximum contrast (1965), in a fixed
 * order — never hashed, so no two kinds share a colour and a legend is unambiguous.
 */
export const KIND_COLOURS: Readonly<Record<string, string>> = {
  JOINT_MUNICIPAL_AUTHORITY: '#00538a',
  HOSPITAL: '#c10020',
  COMPETENCE_CENTRE: '#ff6800',
  REGIONAL_COUNCIL: '#007d34',
  UNIVERSITY: '#803e75',
  UNIVERSITY_CENTRE: '#a6bdd7',
  UNIVERSITY_OF_APPLIED_SCIENCES: '#ffb300',
  VOCATIONAL_COLLEGE: '#cea262',
  ASSOCIATION: '#f6768e',
  FOUNDATION: '#53377a',
  STATE_AGENCY: '#817066',
  SUBREGIONAL_UNIT: '#93aa00',
  MUNICIPALITY: '#ff7a5c',
  COMPANY: '#593315',
  FOREIGN_ORGANIZATION: '#b32851',
  OTHER: '#f4c800',
  PERSON: '#2f5fa7',
};

export const UNKNOWN_KIND_COLOUR = '#6b7280';

export function kindColour(kind: string): string {
  return KIND_COLOURS[kind] ?? UNKNOWN_KIND_COLOUR;
}

/** Colours of the kinds of shared items (edges in the explorer's expand view, legends). */
export const ITEM_COLOURS = { Project: '#007d34', Body: '#803e75', Event: '#ff6800' } as const;

/** A tie's shade: light grey for one shared item, dark slate for the strongest tie of the picture. */
export function tieShade(weight: number, maxWeight: number): string {
  const t = maxWeight > 1 ? Math.min(1, (weight - 1) / (maxWeight - 1)) : 1;
  const from = [0xc9, 0xcf, 0xd8];
  const to = [0x33, 0x41, 0x55];
  const c = from.map((f, i) => Math.round(f + (to[i]! - f) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
