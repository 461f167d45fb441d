/**
 * The properties each kind of entity shows, with their GraphQL types and descriptions: the API generates its entity
 * object types from this table (src/api/engine/object-types.ts). A type is a scalar (String, Int, Float, Boolean),
 * an enumeration of the vocabulary, or an object type of the API (Names, YearStatus); `[T]` is a list and a trailing
 * `?` a field that may be null. How stored values become these fields (names, histories, lists): codecs.ts.
 */
import { NAME_PROPERTIES } from './codecs.js';
import type { Typename } from './model.js';

/** A field: its type as described above, and its description. */
export type FieldSpec = readonly [type: string, description: string];
export type Fields = Readonly<Record<string, FieldSpec>>;

export interface EntityFields {
  description: string;
  fields: Fields;
}

const names = (description = 'Names in other languages, where known.'): FieldSpec => ['Names?', description];
/** What the report counts or groups without naming each: on projects, bodies and events (seeds/README.md). */
const grouped = (topics: string): Fields => ({
  topics: ['[String]', `${topics} As written (the quote naming \`topics\` in its fields states them); the lists filter by them (\`topic\`).`],
  counts: ['[Count]', 'Numbers the report states without naming each thing it counts (six associations, four applications), each with its quote.'],
});

export const ENTITY_FIELDS: Readonly<Record<Typename, EntityFields>> = {
  Report: {
    description: 'A yearly activity report: the source of every fact.',
    fields: {
      title: ['String', 'Title as written.'],
      region: ['String', 'The region it covers, e.g. Keski-Pohjanmaa.'],
      year: ['Int', 'The year it reports on.'],
      date: ['String', 'Date it was signed, YYYY-MM-DD.'],
      language: ['String', 'Language of the report: fi, sv or en.'],
      prioritiesComplete: ['Boolean?', 'True when the report lists every priority of its year (one a later complete list leaves out has ended).'],
    },
  },
  Organization: {
    description: 'An organisation: Soite, Centria AMK, Kosti ry, THL, …',
    fields: {
      name: ['String', 'Name as written in the report (fullest form).'],
      shortName: ['String?', 'Short name or abbreviation, e.g. Soite.'],
      names: names(),
      kind: ['OrganizationKind', 'What kind of organisation it is.'],
      aliases: ['[String]', 'Other spellings used in the reports; all of them are this organisation.'],
      identifiers: ['[String]', 'Official identifiers as scheme:value, e.g. fi-ytunnus:0123456-7.'],
      isFunder: ['Boolean', 'True when the organisation also funds projects (see asFunder).'],
    },
  },
  Funder: {
    description: 'A funder: a fund (ESR, EU structural funds, state research funding) or an organisation that funds (STEA).',
    fields: {
      name: ['String', 'Name of the fund or funding organisation.'],
      shortName: ['String?', 'Abbreviation, e.g. ESR, STEA.'],
      names: names('Names in other languages, e.g. en: European Social Fund.'),
      funderKind: ['FunderKind', 'What kind of funder it is.'],
    },
  },
  Person: {
    description: 'A person named in a report (public report data only: name and titles).',
    fields: {
      name: ['String', 'Full name as written.'],
      titles: [
        '[String]',
        'Every title and role the reports give the person, as written: at organisations, in seats, and without an organisation (hyvinvointikoordinaattori, asiantuntija Tanskasta). Searched with the name.',
      ],
    },
  },
  Seat: {
    description: 'One person’s place in a body, across the years that state it: member, deputy or presenter.',
    fields: {
      role: ['SeatRole', 'MEMBER, DEPUTY or PRESENTER.'],
      title: ['String?', 'Title as written in the seat list.'],
      year: ['Int', 'The year of the seat list (the newest that states the seat; in a year view, that year’s).'],
      ended: ['Boolean?', 'True when a report states that the holder left the body that year.'],
    },
  },
  Body: {
    description: 'A body: the regional steering group (alueohjausryhmä), a network or a working group.',
    fields: {
      name: ['String', 'Name as written.'],
      names: names(),
      kind: ['BodyKind', 'Steering group, network, working group, …'],
      size: ['Int?', 'Number of members, where stated.'],
      sizeApproximate: ['Boolean?', 'True when the stated size is approximate (“noin 15”).'],
      meetingsPerYear: ['Float?', 'Meetings per year, where stated (newest report).'],
      ...grouped('What the body does or deals with, e.g. dialogiset menetelmät.'),
      seatsComplete: ['Boolean?', 'True when the report lists every seat of the body for its year.'],
      membersComplete: ['Boolean?', 'True when the report lists the body’s whole membership for its year.'],
    },
  },
  Project: {
    description: 'A project or sub-project: Soite 2.0 sote-keskus, TASOS, MUKAAN, VERNA, …',
    fields: {
      name: ['String', 'Name as written in the report.'],
      shortName: ['String?', 'Short name, e.g. TASOS.'],
      names: names(),
      status: ['ProjectStatus', 'Status in the newest report that states it (see statusHistory).'],
      startYear: ['Int?', 'First year of the project, where stated.'],
      endYear: ['Int?', 'Last year of the project, where stated.'],
      statusHistory: ['[YearStatus]', 'The status each report year gave, oldest first.'],
      ...grouped('The fields the project concerns, where the report names them (sosiaalihuolto, vanhuspalvelut).'),
    },
  },
  Programme: {
    description: 'A programme projects belong to, e.g. Tulevaisuuden sosiaali- ja terveyskeskusohjelma.',
    fields: { name: ['String', 'Name as written.'], shortName: ['String?', 'Short name.'], names: names() },
  },
  Event: {
    description: 'An event: a seminar, theme afternoon, conference days, study trip.',
    fields: {
      name: ['String', 'Name as written.'],
      date: ['String?', 'Date, YYYY-MM-DD, where stated.'],
      month: ['String?', 'Month, YYYY-MM, where only the month is known (or from the date).'],
      place: ['String?', 'Place, e.g. Kokkola.'],
      format: ['EventFormat?', 'On site, online or hybrid.'],
      status: ['EventStatus', 'Planned, held or cancelled.'],
      ...grouped('What the event covered, e.g. AVAIN, Omaolo, Suomi.fi.'),
    },
  },
  Priority: {
    description: 'One of the strategic priorities of SONet BOTNIA (painopiste).',
    fields: {
      code: ['Int', 'Number of the priority, 1–7.'],
      title: ['String', 'Wording of the strategy section heading.'],
      titles: ['[String]', 'Every wording the reports use for this priority.'],
    },
  },
  Evaluation: {
    description: 'A priority’s evaluated realisation in one year and region.',
    fields: {
      year: ['Int', 'The evaluated year.'],
      region: ['String', 'The region, e.g. Keski-Pohjanmaa.'],
      value: ['Float', 'Mean score, e.g. 4.2.'],
      scaleMin: ['Float', 'Lowest value of the scale (1 = ei toteutunut).'],
      scaleMax: ['Float', 'Highest value of the scale (5 = toteutunut erittäin hyvin).'],
      respondents: ['Int?', 'How many answered, e.g. 13.'],
      surveyed: ['Int?', 'How many were asked, e.g. 19.'],
    },
  },
};

/** Fields computed from others, not stated by a report (they have no history). */
const DERIVED = new Set(['isFunder']);

/**
 * The per-year fields of a field table: every scalar or enumeration a report states (each kept per report in
 * `statements`, src/graph/statements.ts), with `names` as its stored languages. What `history(fields:)` offers.
 */
export function perYearFields(fields: Fields): string[] {
  return Object.entries(fields).flatMap(([name, [type]]) => {
    if (DERIVED.has(name) || type.startsWith('[')) return [];
    if (type.replace('?', '') === 'Names') return Object.values(NAME_PROPERTIES);
    if (type.replace('?', '') === 'YearStatus') return [];
    return [name];
  });
}

/** The object types entity fields are made of: decoded stored values (codecs.ts) and a fact's quotes. */
export const VALUE_TYPES: Readonly<Record<'Names' | 'YearStatus' | 'Count' | 'Source' | 'FieldStatement', EntityFields>> = {
  Names: {
    description: 'A name in the other languages of the region, where known.',
    fields: { fi: ['String?', 'Finnish.'], sv: ['String?', 'Swedish.'], en: ['String?', 'English.'] },
  },
  YearStatus: {
    description: 'A project’s status as stated in one report year.',
    fields: { year: ['Int', 'The report year.'], status: ['ProjectStatus', 'The status that year.'] },
  },
  Count: {
    description: 'A number the report states without naming each thing it counts, with the quote that states it.',
    fields: {
      what: ['String', 'What is counted, e.g. associations or federations supported in applying for STEA funding.'],
      count: ['Int', 'How many, e.g. 6.'],
      approximate: ['Boolean', 'True when the report gives the number as approximate (“noin”).'],
      source: ['Source?', 'The quote that states the number.'],
    },
  },
  Source: {
    description: 'Where a fact comes from: a report, the section, and a short exact quote.',
    fields: {
      reportKey: ['String', 'Key of the report that states the fact, e.g. report:keski-pohjanmaa-2020.'],
      section: ['String', 'The report section the quote comes from.'],
      quote: ['String', 'The exact words of the report (whitespace normalised).'],
      fields: [
        '[String]',
        'The fields of the fact whose values this quote states (e.g. respondents, surveyed): the quote to show for that number. Empty when the quote states the fact as a whole.',
      ],
    },
  },
  FieldStatement: {
    description: 'What one report stated of one field: a line of a history.',
    fields: {
      field: ['String', 'The field, e.g. meetingsPerYear.'],
      year: ['Int', 'The report year.'],
      region: ['String?', 'The report’s region.'],
      reportKey: ['String', 'Key of the report.'],
      value: ['String', 'The value as text (numbers and flags too).'],
      number: ['Float?', 'The value when it is a number.'],
      flag: ['Boolean?', 'The value when it is true or false.'],
      sources: ['[Source]', 'The quotes that report gives this fact.'],
    },
  },
};
