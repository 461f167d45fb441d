/**
 * Whole-file checks the schema cannot make: unique keys, and every reference pointing at an entity of the right
 * kind defined in the same file (a report file is self-contained; the same key in another year is the same node).
 */
import type { SeedFile } from './seed-schema.js';
import { didYouMean } from './suggest.js';

export interface RefProblem {
  path: (string | number)[];
  message: string;
}

type Kind = 'organization' | 'funder' | 'person' | 'body' | 'seat' | 'programme' | 'project' | 'event' | 'priority' | 'evaluation';

export function checkReferences(seed: SeedFile): RefProblem[] {
  const problems: RefProblem[] = [];
  const keys = new Map<Kind, Set<string>>();
  const firstSeen = new Map<string, string>();

  const define = (kind: Kind, list: { key: string }[], listName: string) => {
    const set = keys.get(kind) ?? new Set<string>();
    keys.set(kind, set);
    list.forEach((item, i) => {
      const where = `${listName}[${i}]`;
      // A funder that is an organisation shares the organisation's key on purpose.
      const sharedWithOrg = kind === 'funder' && !item.key.startsWith('funder:');
      const earlier = firstSeen.get(item.key);
      if (set.has(item.key) || (earlier && !sharedWithOrg)) {
        problems.push({ path: [listName, i, 'key'], message: `duplicate key "${item.key}" (first used at ${earlier})` });
      }
      set.add(item.key);
      if (!earlier) firstSeen.set(item.key, where);
    });
  };
  define('organization', seed.organizations, 'organizations');
  define('funder', seed.funders, 'funders');
  define('person', seed.people, 'people');
  define('body', seed.bodies, 'bodies');
  define('seat', seed.seats, 'seats');
  define('programme', seed.programmes, 'programmes');
  define('project', seed.projects, 'projects');
  define('event', seed.events, 'events');
  define('priority', seed.priorities, 'priorities');
  define('evaluation', seed.evaluations, 'evaluations');

  const ref = (kind: Kind, key: string | undefined, path: (string | number)[]) => {
    if (key !== undefined && !keys.get(kind)!.has(key)) {
      problems.push({ path, message: `unknown ${kind} "${key}"${didYouMean(key, keys.get(kind)!)}` });
    }
  };

  ref('person', seed.report.author, ['report', 'author']);
  ref('organization', seed.report.about, ['report', 'about']);

  seed.organizations.forEach((o, i) => {
    ref('organization', o.partOf?.organization, ['organizations', i, 'partOf', 'organization']);
    if (o.partOf?.organization === o.key) problems.push({ path: ['organizations', i, 'partOf'], message: 'an organisation cannot be part of itself' });
  });
  seed.funders.forEach((f, i) => {
    if (!f.key.startsWith('funder:')) ref('organization', f.key, ['funders', i, 'key']);
    else if (!f.name) problems.push({ path: ['funders', i, 'name'], message: 'a fund (funder:…) needs a name' });
    ref('funder', f.within?.funder, ['funders', i, 'within', 'funder']);
  });
  seed.people.forEach((p, i) =>
    p.affiliations.forEach((a, j) => ref('organization', a.organization, ['people', i, 'affiliations', j, 'organization'])),
  );
  seed.bodies.forEach((b, i) => {
    ref('organization', b.partOf?.organization, ['bodies', i, 'partOf', 'organization']);
    b.members.forEach((m, j) => {
      ref('organization', m.organization, ['bodies', i, 'members', j, 'organization']);
      ref('person', m.person, ['bodies', i, 'members', j, 'person']);
    });
  });
  const seatRole = new Map(seed.seats.map((s) => [s.key, s.role]));
  seed.seats.forEach((s, i) => {
    ref('body', s.body, ['seats', i, 'body']);
    ref('person', s.person, ['seats', i, 'person']);
    ref('organization', s.represents, ['seats', i, 'represents']);
    ref('seat', s.deputyFor, ['seats', i, 'deputyFor']);
    if (s.deputyFor && s.role !== 'DEPUTY') {
      problems.push({ path: ['seats', i, 'deputyFor'], message: 'only a DEPUTY seat deputises another seat' });
    }
    if (s.deputyFor && seatRole.get(s.deputyFor) === 'DEPUTY') {
      problems.push({ path: ['seats', i, 'deputyFor'], message: `seat "${s.deputyFor}" is itself a deputy seat` });
    }
  });
  seed.programmes.forEach((p, i) => {
    ref('programme', p.partOf?.programme, ['programmes', i, 'partOf', 'programme']);
    if (p.partOf?.programme === p.key) problems.push({ path: ['programmes', i, 'partOf'], message: 'a programme cannot be part of itself' });
    p.coordinators.forEach((c, j) => ref('organization', c.organization, ['programmes', i, 'coordinators', j, 'organization']));
  });
  seed.projects.forEach((p, i) => {
    ref('project', p.subprojectOf?.project, ['projects', i, 'subprojectOf', 'project']);
    if (p.subprojectOf?.project === p.key) problems.push({ path: ['projects', i, 'subprojectOf'], message: 'a project cannot be its own sub-project' });
    ref('programme', p.programme?.programme, ['projects', i, 'programme', 'programme']);
    p.participants.forEach((x, j) => ref('organization', x.organization, ['projects', i, 'participants', j, 'organization']));
    p.funders.forEach((x, j) => ref('funder', x.funder, ['projects', i, 'funders', j, 'funder']));
    p.people.forEach((x, j) => ref('person', x.person, ['projects', i, 'people', j, 'person']));
    if (p.startYear && p.endYear && p.endYear < p.startYear) {
      problems.push({ path: ['projects', i, 'endYear'], message: 'endYear is before startYear' });
    }
  });
  seed.events.forEach((e, i) => {
    e.organizers.forEach((x, j) => ref('organization', x.organization, ['events', i, 'organizers', j, 'organization']));
    e.people.forEach((x, j) => ref('person', x.person, ['events', i, 'people', j, 'person']));
  });
  seed.evaluations.forEach((e, i) => {
    ref('priority', e.priority, ['evaluations', i, 'priority']);
    if (e.value < e.scaleMin || e.value > e.scaleMax) {
      problems.push({ path: ['evaluations', i, 'value'], message: `value ${e.value} is outside the scale ${e.scaleMin}–${e.scaleMax}` });
    }
    if (e.respondents !== undefined && e.surveyed !== undefined && e.respondents > e.surveyed) {
      problems.push({ path: ['evaluations', i, 'respondents'], message: 'more respondents than people surveyed' });
    }
  });
  return problems;
}
