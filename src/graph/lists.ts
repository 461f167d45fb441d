/**
 * How each kind of entity is listed: its filter fields (what each tests in the graph, as paths of the model) and its
 * sort orders. The API builds the Filter input, Sort enum, list arguments, connection and queries from this, and the
 * engine compiles the filters to Cypher (src/api/engine/filter.queries.ts).
 */
import type { Step, Typename } from './model.js';
import { Label, Rel } from './vocabulary.js';

/** A step of a filter path; `role` marks the step whose role a role field tests (its relationship or its node). */
export interface PathStep extends Step {
  role?: 'rel' | 'node';
}
export type Path = readonly PathStep[];

interface Described {
  name: string;
  description: string;
}

export type FilterField = Described &
  (
    | { kind: 'text' }
    | { kind: 'in'; prop: string; enum: string }
    /** Named in the report of this year. */
    | { kind: 'year' }
    /** Named in a report of this region. */
    | { kind: 'region' }
    | { kind: 'equals'; prop: string; type: 'Int' | 'String' }
    | { kind: 'compare'; prop: string; op: '>=' | '<=' | '≈' }
    /** One of the values of a list property is this (case-insensitive): a topic. */
    | { kind: 'has'; prop: string }
    /** The node does (true) or does not (false) carry the label. */
    | { kind: 'label'; label: Label }
    /** true: the path leads nowhere (a top-level project); false: it leads somewhere. */
    | { kind: 'none'; path: Path }
    /**
     * A key: any of the paths leads to the node with that key. With `anchor`, a top-level filter naming it starts the
     * match from that node (a funder's portfolio) instead of testing every listed node.
     */
    | { kind: 'key'; paths: readonly Path[]; anchor?: boolean; parts?: boolean }
    /** With `true`, the key fields marked `parts` also match the parts of the organisation they name (PARTS). */
    | { kind: 'parts' }
    /** A role at the path's role step; with `with`, tested on the same path as that key field when both are given. */
    | { kind: 'role'; path: Path; enum: string; with?: string }
  );

export interface ListModel {
  typename: Typename;
  /** The list query (a connection) and its texts; null for the short lists that are plain arrays. */
  query: { name: string; description: string; what: string; filter: string; argument: string } | null;
  /** A short list's query, answered whole: its filter fields are its arguments, and `year` (described here). */
  whole?: { name: string; description: string; year: string };
  /** The lookup by key. */
  lookup: string;
  filters: readonly FilterField[];
  /** Sort orders: the properties they sort by (more than one: the first that is set). */
  sorts: Record<string, readonly string[]>;
  sort: { default: string; direction: 'ASC' | 'DESC'; description: string };
}

const text = (description: string): FilterField => ({ name: 'text', kind: 'text', description });
const year: FilterField = { name: 'year', kind: 'year', description: 'Named in the report of this year.' };
const region = (description = 'Named in a report of this region.'): FilterField => ({ name: 'region', kind: 'region', description });
const step = (rel: Rel, direction: 'out' | 'in', to: Label, role?: 'rel' | 'node'): PathStep => ({ rel, direction, to, role });
const byName = { NAME: ['name'], KEY: ['key'] };
const topic = (description: string): FilterField => ({ name: 'topic', kind: 'has', prop: 'topics', description });
const includeParts: FilterField = {
  name: 'includeParts',
  kind: 'parts',
  description: 'With `organization`: its parts count as it (a university centre for its university, a hospital for its joint authority).',
};
const nameSort = (description: string) => ({ default: 'NAME', direction: 'ASC' as const, description });

const participation = [step(Rel.ParticipatesIn, 'in', Label.Organization, 'rel')];
const seatInBody = [step(Rel.HeldBy, 'in', Label.Seat, 'node'), step(Rel.SeatIn, 'out', Label.Body)];

export const LISTS: readonly ListModel[] = [
  {
    typename: 'Organization',
    query: {
      name: 'organizations',
      description: 'Organisations, filtered, sorted and paged.',
      what: 'organisation',
      filter: 'Which organisations to list. Fields combine with AND; use AND/OR/NOT for more.',
      argument: 'Which organisations.',
    },
    lookup: 'One organisation by key, e.g. org:kosti-ry.',
    filters: [
      text('Part of the name, short name or an alias (case-insensitive).'),
      { name: 'kinds', kind: 'in', prop: 'kind', enum: 'OrganizationKind', description: 'Any of these kinds.' },
      year,
      region('Named in a report of this region, e.g. Keski-Pohjanmaa.'),
      {
        name: 'funder',
        kind: 'key',
        paths: [[step(Rel.ParticipatesIn, 'out', Label.Project), step(Rel.Funds, 'in', Label.Entity)]],
        description: 'Takes part in a project funded by this funder (key), e.g. funder:esr.',
      },
      {
        name: 'projectRole',
        kind: 'role',
        path: [step(Rel.ParticipatesIn, 'out', Label.Project, 'rel')],
        enum: 'ParticipationRole',
        description: 'Has this role in at least one project.',
      },
      {
        name: 'body',
        kind: 'key',
        paths: [[step(Rel.Represents, 'in', Label.Seat), step(Rel.SeatIn, 'out', Label.Body)], [step(Rel.MemberOf, 'out', Label.Body)]],
        description: 'Has a seat in, or is a member of, this body (key).',
      },
      { name: 'isFunder', kind: 'label', label: Label.Funder, description: 'Only organisations that (do not) fund projects.' },
    ],
    sorts: byName,
    sort: nameSort('Sort organisations by name or key.'),
  },
  {
    typename: 'Funder',
    query: {
      name: 'funders',
      description: 'Funders, filtered, sorted and paged.',
      what: 'funder',
      filter: 'Which funders to list.',
      argument: 'Which funders.',
    },
    lookup: 'One funder by key, e.g. funder:esr or org:stea.',
    filters: [
      text('Part of the name or abbreviation.'),
      { name: 'kinds', kind: 'in', prop: 'funderKind', enum: 'FunderKind', description: 'Any of these kinds.' },
      year,
    ],
    sorts: byName,
    sort: nameSort('Sort funders by name or key.'),
  },
  {
    typename: 'Person',
    query: {
      name: 'people',
      description: 'People, filtered, sorted and paged.',
      what: 'person',
      filter: 'Which people to list.',
      argument: 'Which people.',
    },
    lookup: 'One person by key, e.g. person:iiris-jurvansuu.',
    filters: [
      text('Part of the name.'),
      year,
      region(),
      { name: 'body', kind: 'key', paths: [seatInBody], description: 'Has a seat in this body (key), e.g. body:keski-pohjanmaa-alueohjausryhma.' },
      { name: 'seatRole', kind: 'role', path: seatInBody, enum: 'SeatRole', with: 'body', description: 'With `body` or alone: holds a seat with this role.' },
      {
        name: 'organization',
        kind: 'key',
        paths: [[step(Rel.AffiliatedWith, 'out', Label.Organization)], [step(Rel.HeldBy, 'in', Label.Seat), step(Rel.Represents, 'out', Label.Organization)]],
        parts: true,
        description: 'Has a title at, or a seat on behalf of, this organisation (key).',
      },
      includeParts,
    ],
    sorts: byName,
    sort: nameSort('Sort people by name or key.'),
  },
  { typename: 'Seat', query: null, lookup: 'One seat by key.', filters: [], sorts: { KEY: ['key'] }, sort: { default: 'KEY', direction: 'ASC', description: '' } },
  {
    typename: 'Body',
    query: {
      name: 'bodies',
      description: 'Bodies (steering groups, networks, working groups), filtered, sorted and paged.',
      what: 'body',
      filter: 'Which bodies to list.',
      argument: 'Which bodies.',
    },
    lookup: 'One body by key, e.g. body:keski-pohjanmaa-alueohjausryhma.',
    filters: [
      text('Part of the name.'),
      { name: 'kinds', kind: 'in', prop: 'kind', enum: 'BodyKind', description: 'Any of these kinds.' },
      year,
      region(),
      {
        name: 'organization',
        kind: 'key',
        paths: [[step(Rel.PartOf, 'out', Label.Organization)]],
        parts: true,
        description: 'Belongs to this organisation (key), e.g. org:soite.',
      },
      includeParts,
      topic('Does or deals with this (one of its `topics`, case-insensitive), e.g. dialogiset menetelmät.'),
    ],
    sorts: byName,
    sort: nameSort('Sort bodies by name or key.'),
  },
  {
    typename: 'Project',
    query: {
      name: 'projects',
      description: 'Projects, filtered, sorted and paged.',
      what: 'project',
      filter: 'Which projects to list. Fields combine with AND; use AND/OR/NOT for more.',
      argument: 'Which projects.',
    },
    lookup: 'One project by key, e.g. project:tasos.',
    filters: [
      text('Part of the name or short name (case-insensitive).'),
      { name: 'statuses', kind: 'in', prop: 'status', enum: 'ProjectStatus', description: 'Any of these statuses (the newest report’s).' },
      year,
      region(),
      {
        name: 'funder',
        kind: 'key',
        paths: [[step(Rel.Funds, 'in', Label.Entity)]],
        anchor: true,
        description: 'Funded by this funder (key), e.g. funder:esr or org:stea.',
      },
      {
        name: 'organization',
        kind: 'key',
        paths: [participation],
        anchor: true,
        parts: true,
        description: 'This organisation (key) takes part, in the role given by `role` if any.',
      },
      includeParts,
      {
        name: 'role',
        kind: 'role',
        path: participation,
        enum: 'ParticipationRole',
        with: 'organization',
        description: 'With `organization`: its role; alone: some organisation has this role.',
      },
      { name: 'programme', kind: 'key', paths: [[step(Rel.InProgramme, 'out', Label.Programme)]], description: 'Belongs to this programme (key).' },
      {
        name: 'subprojectOf',
        kind: 'key',
        paths: [[step(Rel.SubprojectOf, 'out', Label.Project)]],
        description: 'Is a direct sub-project of this project (key).',
      },
      {
        name: 'topLevel',
        kind: 'none',
        path: [step(Rel.SubprojectOf, 'out', Label.Project)],
        description: 'Only top-level projects (true) or only sub-projects (false).',
      },
      topic('Concerns this field (one of its `topics`, case-insensitive), e.g. sosiaalihuolto or vanhuspalvelut.'),
    ],
    sorts: { ...byName, STATUS: ['status'] },
    sort: nameSort('Sort projects by name, key or status.'),
  },
  {
    typename: 'Programme',
    query: {
      name: 'programmes',
      description: 'Programmes, filtered, sorted and paged.',
      what: 'programme',
      filter: 'Which programmes to list.',
      argument: 'Which programmes.',
    },
    lookup: 'One programme by key.',
    filters: [text('Part of the name.'), year],
    sorts: byName,
    sort: nameSort('Sort programmes by name or key.'),
  },
  {
    typename: 'Event',
    query: {
      name: 'events',
      description: 'Events, filtered, sorted and paged.',
      what: 'event',
      filter: 'Which events to list.',
      argument: 'Which events.',
    },
    lookup: 'One event by key.',
    filters: [
      text('Part of the name or place.'),
      { name: 'statuses', kind: 'in', prop: 'status', enum: 'EventStatus', description: 'Any of these statuses.' },
      { name: 'formats', kind: 'in', prop: 'format', enum: 'EventFormat', description: 'Any of these formats.' },
      year,
      region(),
      { name: 'organizer', kind: 'key', paths: [[step(Rel.Organizes, 'in', Label.Organization)]], description: 'Organised by this organisation (key).' },
      topic('Covered this topic (one of its `topics`, case-insensitive), e.g. Omaolo.'),
    ],
    sorts: { DATE: ['date', 'month'], ...byName },
    sort: { default: 'DATE', direction: 'ASC', description: 'Sort events by date (or month), name or key.' },
  },
  {
    typename: 'Priority',
    query: null,
    whole: { name: 'priorities', description: 'The strategic priorities, by code.', year: 'Only those named in this year’s report.' },
    lookup: 'One strategic priority by key, e.g. priority:sonet-botnia-4.',
    filters: [],
    sorts: { CODE: ['code'] },
    sort: { default: 'CODE', direction: 'ASC', description: '' },
  },
  {
    typename: 'Evaluation',
    query: {
      name: 'evaluations',
      description: 'Evaluations of the priorities, highest score first unless sorted otherwise.',
      what: 'evaluation',
      filter: 'Which evaluations to list.',
      argument: 'Which evaluations.',
    },
    lookup: 'One evaluation by key.',
    filters: [
      { name: 'year', kind: 'equals', prop: 'year', type: 'Int', description: 'The evaluated year.' },
      { name: 'region', kind: 'equals', prop: 'region', type: 'String', description: 'The region.' },
      { name: 'minValue', kind: 'compare', prop: 'value', op: '>=', description: 'Scores at least this.' },
      { name: 'maxValue', kind: 'compare', prop: 'value', op: '<=', description: 'Scores at most this.' },
      { name: 'value', kind: 'compare', prop: 'value', op: '≈', description: 'Scores exactly this, e.g. 4.2.' },
      { name: 'priority', kind: 'key', paths: [[step(Rel.Evaluates, 'out', Label.Priority)]], description: 'Evaluates this priority (key).' },
    ],
    sorts: { VALUE: ['value'], YEAR: ['year'], KEY: ['key'] },
    sort: { default: 'VALUE', direction: 'DESC', description: 'Sort evaluations by score, year or key.' },
  },
  {
    typename: 'Report',
    query: null,
    whole: { name: 'reports', description: 'The imported reports, oldest first.', year: 'Only this year.' },
    lookup: 'One report by key, e.g. report:keski-pohjanmaa-2020.',
    filters: [{ name: 'region', kind: 'equals', prop: 'region', type: 'String', description: 'Only this region.' }],
    sorts: { YEAR: ['year'] },
    sort: { default: 'YEAR', direction: 'ASC', description: '' },
  },
];

export function listOf(typename: Typename): ListModel {
  return LISTS.find((l) => l.typename === typename)!;
}
