/**
 * The seed file format: one YAML file per report. This zod schema is the single source of validation; the JSON
 * Schema in seeds/seed.schema.json is generated from it (`npm run seed:schema`) for editors.
 * Cross-references (a project's lead organisation, a seat's person, …) are checked after parsing, in references.ts,
 * because they need the whole file.
 */
import { z } from 'zod';
import {
  BodyKind,
  EventFormat,
  EventStatus,
  FunderKind,
  KEY_PATTERN,
  MembershipRole,
  OrganizationKind,
  ParticipationRole,
  PersonRole,
  ProjectStatus,
  SeatRole,
} from '../graph/vocabulary.js';

const text = (max = 500) => z.string().trim().min(1).max(max);
const keyOf = (prefix: string | string[]) => {
  const prefixes = Array.isArray(prefix) ? prefix : [prefix];
  return z
    .string()
    .max(200)
    .regex(KEY_PATTERN, 'a key is prefix:slug in lower case, e.g. org:kosti-ry')
    .refine((k) => prefixes.some((p) => k.startsWith(`${p}:`)), {
      message: `the key must start with ${prefixes.map((p) => `"${p}:"`).join(' or ')}`,
    });
};
/** Official ids (Finnish Business ID etc.) may serve as keys of organisations. */
const orgKey = keyOf(['org', 'fi-ytunnus']);

export const Source = z
  .object({
    section: text(300).describe('The report section the quote comes from, e.g. "7. Järjestöjen ja julkisen kumppanuuden vahvistaminen"'),
    quote: text(1000).describe('A short exact quote from the report that states the fact'),
    fields: z
      .array(text(100))
      .max(20)
      .optional()
      .describe('The fields of the fact whose values this quote states, e.g. [respondents, surveyed]; the quote must write each number'),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/** What every fact (entity or relationship) may carry besides its own fields. */
const factFields = {
  source: Source.optional(),
  sources: z
    .array(Source)
    .max(20)
    .optional()
    .describe('More quotes of the same fact, e.g. the sentence that states one of its numbers (with `fields`)'),
  ambiguity: text(1000)
    .optional()
    .describe('Where the report is ambiguous about this fact: what it says, and what was recorded'),
};

/** What the report counts or groups without naming each (seeds/README.md, "Counts and topics"). */
const Count = z
  .object({
    what: text(300).describe('What is counted, in English, e.g. "associations or federations supported in applying for STEA funding"'),
    count: z.number().int().min(0).max(1000000),
    approximate: z.boolean().default(false).describe('The report gives the number as approximate ("noin")'),
    source: Source.describe('The quote that states the number'),
  })
  .strict();
const grouped = {
  topics: z
    .array(text(200))
    .max(50)
    .default([])
    .describe('What it concerns, covers or does, as written (sosiaalihuolto, AVAIN); give the quote in `sources` with fields: [topics]'),
  counts: z.array(Count).max(50).default([]).describe('Numbers the report states without naming each thing it counts'),
};

const Translations = z
  .object({ fi: text().optional(), sv: text().optional(), en: text().optional() })
  .strict()
  .describe('Names in other languages, where known');

export const Report = z
  .object({
    key: keyOf('report'),
    title: text(),
    region: text(100),
    year: z.number().int().min(1990).max(2100),
    date: z.iso.date().describe('Date the report was signed, YYYY-MM-DD'),
    author: keyOf('person').describe('The person who wrote the report (listed under people)'),
    about: orgKey.describe('The competence centre the report is written for'),
    language: z.enum(['fi', 'sv', 'en']).default('fi'),
    sourceFile: z
      .string()
      .max(500)
      .optional()
      .describe('The report text, relative to this file; when given, every quote in the file must occur in it'),
    prioritiesComplete: z
      .boolean()
      .optional()
      .describe('The priorities of this file are all the priorities of this year: one a later complete file leaves out has ended'),
    ...factFields,
  })
  .strict();

const OrganizationRef = z.object({ organization: orgKey, ...factFields }).strict();

export const Organization = z
  .object({
    key: orgKey,
    name: text().describe('Official or fullest name as written, in the report language'),
    shortName: text(100).optional(),
    names: Translations.optional(),
    kind: z.enum(OrganizationKind),
    aliases: z.array(text()).max(50).default([]).describe('Other spellings in the reports: all resolve to this node'),
    identifiers: z
      .array(z.object({ scheme: text(50), value: text(100) }).strict())
      .max(10)
      .default([]),
    partOf: OrganizationRef.optional().describe('The larger organisation this one is a unit of'),
    ...factFields,
  })
  .strict();

export const Funder = z
  .object({
    key: z.union([keyOf('funder'), orgKey]).describe('funder:… for a fund; an organisation key when the funder is an organisation listed under organizations'),
    name: text().optional().describe('Required for funds; taken from the organisation otherwise'),
    shortName: text(100).optional(),
    names: Translations.optional(),
    kind: z.enum(FunderKind),
    within: z
      .object({ funder: z.union([keyOf('funder'), orgKey]), ...factFields })
      .strict()
      .optional()
      .describe('The larger fund this one belongs to (ESR within the EU structural funds)'),
    ...factFields,
  })
  .strict();

export const Person = z
  .object({
    key: keyOf('person'),
    name: text(200),
    titles: z
      .array(z.object({ text: text(300), ...factFields }).strict())
      .max(20)
      .default([])
      .describe('Titles and roles the report gives without an organisation (hyvinvointikoordinaattori), or where the person comes from, as written'),
    affiliations: z
      .array(
        z
          .object({ organization: orgKey, title: text(300).optional().describe('Title as written'), ...factFields })
          .strict(),
      )
      .max(100)
      .default([]),
    ...factFields,
  })
  .strict();

const MemberRef = z
  .object({
    organization: orgKey.optional(),
    person: keyOf('person').optional(),
    role: z.enum(MembershipRole).default('MEMBER'),
    ended: z.boolean().optional().describe('The report states that this membership ended this year'),
    ...factFields,
  })
  .strict()
  .refine((m) => (m.organization ? 1 : 0) + (m.person ? 1 : 0) === 1, {
    message: 'give exactly one of organization or person',
  });

export const Body = z
  .object({
    key: keyOf('body'),
    name: text(),
    names: Translations.optional(),
    kind: z.enum(BodyKind),
    partOf: OrganizationRef.optional().describe('The organisation the body belongs to or is hosted by'),
    size: z.number().int().min(1).max(100000).optional().describe('Number of members where stated'),
    sizeApproximate: z.boolean().optional(),
    meetingsPerYear: z.number().min(0).max(1000).optional(),
    members: z.array(MemberRef).max(10000).default([]),
    seatsComplete: z
      .boolean()
      .optional()
      .describe("The file lists every seat of this body for this year: a seat a later complete list leaves out has ended"),
    membersComplete: z
      .boolean()
      .optional()
      .describe("`members` is the body's whole membership this year: a member a later complete list leaves out has ended"),
    ...grouped,
    ...factFields,
  })
  .strict();

export const Seat = z
  .object({
    key: keyOf('seat'),
    body: keyOf('body'),
    person: keyOf('person'),
    role: z.enum(SeatRole),
    title: text(300).optional().describe('Title as written in the seat list'),
    represents: orgKey.optional(),
    deputyFor: keyOf('seat').optional().describe('For a deputy: the member seat it deputises'),
    ended: z.boolean().optional().describe('The report states that the seat holder left the body this year'),
    ...factFields,
  })
  .strict();

export const Programme = z
  .object({
    key: keyOf('programme'),
    name: text(),
    shortName: text(100).optional(),
    names: Translations.optional(),
    partOf: z.object({ programme: keyOf('programme'), ...factFields }).strict().optional(),
    coordinators: z.array(OrganizationRef).max(100).default([]),
    ...factFields,
  })
  .strict();

const PersonRef = z.object({ person: keyOf('person'), role: z.enum(PersonRole), ...factFields }).strict();

export const Project = z
  .object({
    key: keyOf('project'),
    name: text(),
    shortName: text(100).optional(),
    names: Translations.optional(),
    status: z.enum(ProjectStatus),
    startYear: z.number().int().min(1990).max(2100).optional(),
    endYear: z.number().int().min(1990).max(2100).optional(),
    subprojectOf: z.object({ project: keyOf('project'), ...factFields }).strict().optional(),
    programme: z.object({ programme: keyOf('programme'), ...factFields }).strict().optional(),
    participants: z
      .array(z.object({ organization: orgKey, role: z.enum(ParticipationRole), ...factFields }).strict())
      .max(1000)
      .default([]),
    funders: z
      .array(z.object({ funder: z.union([keyOf('funder'), orgKey]), ...factFields }).strict())
      .max(100)
      .default([]),
    people: z.array(PersonRef).max(1000).default([]),
    ...grouped,
    ...factFields,
  })
  .strict();

export const Event = z
  .object({
    key: keyOf('event'),
    name: text(),
    date: z.iso.date().optional(),
    month: z
      .string()
      .regex(/^\d{4}-\d{2}$/, 'YYYY-MM')
      .optional()
      .describe('When only the month is known'),
    place: text(200).optional(),
    format: z.enum(EventFormat).optional(),
    status: z.enum(EventStatus),
    organizers: z.array(z.object({ organization: orgKey, ...factFields }).strict()).max(100).default([]),
    people: z.array(PersonRef).max(1000).default([]),
    ...grouped,
    ...factFields,
  })
  .strict();

export const Priority = z
  .object({
    key: keyOf('priority'),
    code: z.number().int().min(1).max(99),
    title: text().describe('The wording of the strategy section headings'),
    titles: z
      .array(z.object({ text: text(), ...factFields }).strict())
      .max(10)
      .default([])
      .describe('Every wording the report uses, each with its source'),
    ...factFields,
  })
  .strict();

export const Evaluation = z
  .object({
    key: keyOf('evaluation'),
    priority: keyOf('priority'),
    value: z.number().min(0).max(100),
    scaleMin: z.number().default(1),
    scaleMax: z.number().default(5),
    respondents: z.number().int().min(0).optional(),
    surveyed: z.number().int().min(0).optional(),
    ...factFields,
  })
  .strict();

/** A number of the graph that no quote states, and why (the numeric-quote test checks every other one). */
export const UnquotedNumber = z
  .object({
    type: text(50).describe('The entity or edge type, e.g. Seat'),
    field: text(100).describe('Its numeric field, e.g. year'),
    key: z.string().max(200).optional().describe('Only this entity; every entity of the type when left out'),
    reason: text(1000),
  })
  .strict();

export const SeedFile = z
  .object({
    report: Report,
    organizations: z.array(Organization).max(100000).default([]),
    funders: z.array(Funder).max(10000).default([]),
    people: z.array(Person).max(100000).default([]),
    bodies: z.array(Body).max(10000).default([]),
    seats: z.array(Seat).max(100000).default([]),
    programmes: z.array(Programme).max(10000).default([]),
    projects: z.array(Project).max(200000).default([]),
    events: z.array(Event).max(100000).default([]),
    priorities: z.array(Priority).max(100).default([]),
    evaluations: z.array(Evaluation).max(10000).default([]),
    unquotedNumbers: z
      .array(UnquotedNumber)
      .max(100)
      .default([])
      .describe('Numbers of this file that no quote states, each with its reason'),
  })
  .strict();
export type SeedFile = z.infer<typeof SeedFile>;
