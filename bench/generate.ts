/**
 * Deterministic generator of report-shaped seed files for the benchmark: one self-contained YAML file per report
 * year, in the format of seeds/README.md, imported through the project's own importer (src/import/import.ts).
 *
 * Shapes: degrees follow Zipf laws (a few hubs such as Soite take part in a large share of projects and hold many
 * seats), projects last one to five years and form sub-project trees, have one to three funders (ESR the largest
 * portfolio), bodies keep most of their seat holders from year to year, and the same keys recur across years so
 * that facts accumulate (`years`, `sources` grow) exactly as real yearly reports would make them.
 *
 * Nothing depends on the clock: the same scale and seed give byte-identical files.
 * CLI: `tsx bench/generate.ts --scale M --out /tmp/botnia-M [--seed botnia-bench-1]`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export interface ScaleSpec {
  name: string;
  organizations: number;
  projects: number;
  years: number;
  lastYear: number;
  people: number;
  bodies: number;
  funders: number;
  programmes: number;
  eventsPerYear: number;
}

export const SCALES: Record<'M' | 'L', ScaleSpec> = {
  M: { name: 'M', organizations: 1000, projects: 5000, years: 10, lastYear: 2020, people: 3000, bodies: 80, funders: 30, programmes: 20, eventsPerYear: 30 },
  L: { name: 'L', organizations: 10000, projects: 50000, years: 20, lastYear: 2020, people: 30000, bodies: 800, funders: 120, programmes: 60, eventsPerYear: 150 },
};

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

/** sfc32, seeded from a string through cyrb128: fast, good enough, and the same on every machine. */
export function prng(seed: string): () => number {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  let a = (h1 ^ h2 ^ h3 ^ h4) >>> 0, b = (h2 ^ h1) >>> 0, c = (h3 ^ h1) >>> 0, d = (h4 ^ h1) >>> 0;
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Index by weights given as a cumulative table. */
  weighted(cumulative: Float64Array): number {
    const x = this.next() * cumulative[cumulative.length - 1]!;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf weights over n ranks (rank 0 the heaviest), as a cumulative table. */
function zipf(n: number, s: number): Float64Array {
  const c = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) c[i] = sum += 1 / Math.pow(i + 1, s);
  return c;
}

/** k distinct indexes drawn by weight (k is small next to n). */
function distinct(rng: Rng, cumulative: Float64Array, k: number, exclude: Set<number> = new Set()): number[] {
  const out: number[] = [];
  const seen = new Set(exclude);
  for (let tries = 0; out.length < k && tries < k * 50; tries++) {
    const i = rng.weighted(cumulative);
    if (!seen.has(i)) {
      seen.add(i);
      out.push(i);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Words (Ostrobothnian places, Finnish welfare vocabulary)

const PLACES = ['Kokkola', 'Kannus', 'Kaustinen', 'Halsua', 'Perho', 'Lestijärvi', 'Toholampi', 'Veteli', 'Kruunupyy', 'Pietarsaari', 'Seinäjoki', 'Vaasa', 'Alavus', 'Kauhava', 'Lapua', 'Kurikka', 'Ilmajoki', 'Mustasaari', 'Närpiö', 'Kristiinankaupunki', 'Uusikaarlepyy', 'Pedersöre', 'Luoto', 'Kauhajoki', 'Teuva', 'Alajärvi', 'Vimpeli', 'Evijärvi', 'Lappajärvi', 'Ähtäri', 'Kuortane', 'Soini', 'Isokyrö', 'Laihia', 'Vöyri', 'Maalahti', 'Korsnäs', 'Kaskinen', 'Isojoki', 'Karijoki'];
const PLACE_GENITIVE: Record<string, string> = { Kokkola: 'Kokkolan', Kannus: 'Kannuksen', Kaustinen: 'Kaustisen', Halsua: 'Halsuan', Perho: 'Perhon', Lestijärvi: 'Lestijärven', Toholampi: 'Toholammin', Veteli: 'Vetelin', Kruunupyy: 'Kruunupyyn', Pietarsaari: 'Pietarsaaren', Seinäjoki: 'Seinäjoen', Vaasa: 'Vaasan', Alavus: 'Alavuden', Kauhava: 'Kauhavan', Lapua: 'Lapuan', Kurikka: 'Kurikan', Ilmajoki: 'Ilmajoen', Mustasaari: 'Mustasaaren', Närpiö: 'Närpiön', Kristiinankaupunki: 'Kristiinankaupungin', Uusikaarlepyy: 'Uudenkaarlepyyn', Pedersöre: 'Pedersören', Luoto: 'Luodon', Kauhajoki: 'Kauhajoen', Teuva: 'Teuvan', Alajärvi: 'Alajärven', Vimpeli: 'Vimpelin', Evijärvi: 'Evijärven', Lappajärvi: 'Lappajärven', Ähtäri: 'Ähtärin', Kuortane: 'Kuortaneen', Soini: 'Soinin', Isokyrö: 'Isonkyrön', Laihia: 'Laihian', Vöyri: 'Vöyrin', Maalahti: 'Maalahden', Korsnäs: 'Korsnäsin', Kaskinen: 'Kaskisten', Isojoki: 'Isojoen', Karijoki: 'Karijoen' };
const ORG_TEMPLATES: [string, string, string][] = [
  // [name pattern (P = place genitive), kind, suffix for the key]
  ['P kaupunki', 'MUNICIPALITY', 'kaupunki'],
  ['P kunta', 'MUNICIPALITY', 'kunta'],
  ['P seudun mielenterveysseura ry', 'ASSOCIATION', 'mielenterveysseura'],
  ['P omaishoitajat ry', 'ASSOCIATION', 'omaishoitajat'],
  ['P kehitysvammaisten tuki ry', 'ASSOCIATION', 'kehitysvammaisten-tuki'],
  ['P nuorisoseura ry', 'ASSOCIATION', 'nuorisoseura'],
  ['P ensi- ja turvakoti ry', 'ASSOCIATION', 'ensi-ja-turvakoti'],
  ['P vanhustenhuollon säätiö sr', 'FOUNDATION', 'vanhustenhuollon-saatio'],
  ['P työllisyyssäätiö sr', 'FOUNDATION', 'tyollisyyssaatio'],
  ['P sosiaalipalvelut Oy', 'COMPANY', 'sosiaalipalvelut'],
  ['P hoivakoti Oy', 'COMPANY', 'hoivakoti'],
  ['P seurakuntayhtymä', 'OTHER', 'seurakuntayhtyma'],
  ['P kansalaisopisto', 'VOCATIONAL_COLLEGE', 'kansalaisopisto'],
  ['P perhekeskus', 'SUBREGIONAL_UNIT', 'perhekeskus'],
  ['P sosiaaliasema', 'SUBREGIONAL_UNIT', 'sosiaaliasema'],
  ['P terveyskeskus', 'HOSPITAL', 'terveyskeskus'],
];
const THEMES = ['Lastensuojelun', 'Perhekeskuksen', 'Vammaispalvelujen', 'Ikäihmisten', 'Mielenterveys- ja päihdetyön', 'Sosiaalityön', 'Osallisuuden', 'Työllisyyden', 'Kotouttamisen', 'Digitaalisten palvelujen', 'Vertaistoiminnan', 'Nuorten', 'Asumisen', 'Omaishoidon', 'Sote-keskuksen', 'Kuntoutuksen'];
const PROJECT_WORDS = ['kehittämishanke', 'hanke', 'pilotti', 'verkostohanke', 'tutkimushanke', 'koulutushanke', 'kokeilu'];
const FIRST = ['Anna', 'Aino', 'Eeva', 'Helena', 'Iiris', 'Johanna', 'Kaisa', 'Katja', 'Laura', 'Leena', 'Maria', 'Minna', 'Niina', 'Outi', 'Pirjo', 'Riikka', 'Sanna', 'Satu', 'Tiina', 'Tuija', 'Ulla', 'Anne', 'Heikki', 'Jari', 'Juha', 'Jukka', 'Kari', 'Markku', 'Matti', 'Mikko', 'Pekka', 'Petri', 'Timo', 'Arto', 'Esa', 'Ville'];
const LAST = ['Aspfors', 'Forss', 'Hakala', 'Heikkilä', 'Hietala', 'Jurvansuu', 'Kangas', 'Kinnunen', 'Korpela', 'Laitinen', 'Levijoki', 'Mäkelä', 'Niemi', 'Ojala', 'Peltola', 'Rautajoki', 'Salo', 'Sormunen', 'Sundell', 'Tuorila', 'Virtanen', 'Välimäki', 'Ylikoski', 'Östman', 'Björk', 'Lindqvist', 'Nyström', 'Sandvik'];
const TITLES = ['sosiaalityöntekijä', 'johtava sosiaalityöntekijä', 'kehittämissuunnittelija', 'palvelupäällikkö', 'toiminnanjohtaja', 'projektipäällikkö', 'yliopettaja', 'tutkija', 'perusturvajohtaja', 'kehitysjohtaja', 'asiantuntija', 'hallituksen jäsen', 'sosiaalijohtaja', 'suunnittelija'];
const SECTIONS = ['Johdanto', '1. Sosiaalialan käytännönläheinen kehittäminen', '2. Sosiaalialan osaamisen vahvistaminen', '3. Palvelurakenteen uudistaminen', '4. TKI –toiminnan ja kestävien kehittämisrakenteiden edistäminen', '5. Asiakkaiden osallisuuden vahvistaminen', '6. Alueellinen ja valtakunnallinen yhteistyö', '7. Järjestöjen ja julkisen kumppanuuden vahvistaminen'];
const PRIORITY_TITLES = ['Sosiaalialan käytännönläheinen kehittäminen', 'Sosiaalialan osaamisen vahvistaminen', 'Palvelurakenteen uudistaminen', 'TKI-toiminnan edistäminen', 'Asiakkaiden osallisuuden vahvistaminen', 'Alueellinen ja valtakunnallinen yhteistyö', 'Järjestöjen ja julkisen kumppanuuden vahvistaminen'];

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// The world: every entity with its facts for every year

interface Org { key: string; name: string; shortName?: string; kind: string; aliases: string[]; partOf?: number; funder?: string }
interface FunderDef { key: string; name?: string; shortName?: string; kind: string; within?: number; org?: number }
interface PersonDef { key: string; name: string; affiliations: { org: number; title: string }[] }
interface BodyDef { key: string; name: string; kind: string; partOf: number; size: number; meetings: number; from: number; to: number; members: number[]; seatCount: number }
interface ProgrammeDef { key: string; name: string; shortName: string; partOf?: number; coordinator: number }
interface ProjectDef {
  key: string; name: string; shortName?: string; from: number; to: number; parent?: number; programme?: number;
  participants: { org: number; role: string; since: number }[]; funders: number[]; people: { person: number; role: string }[];
  quirk: number;
}

export interface World {
  spec: ScaleSpec;
  years: number[];
  orgs: Org[];
  funders: FunderDef[];
  people: PersonDef[];
  bodies: BodyDef[];
  programmes: ProgrammeDef[];
  projects: ProjectDef[];
  /** seat holders by body and year: person indexes (members first, then deputies) */
  rosters: Map<string, number[]>;
  organizerWeights: Float64Array;
  speakerWeights: Float64Array;
}

function buildWorld(spec: ScaleSpec, seed: string): World {
  const rng = new Rng(prng(`${seed}/${spec.name}`));
  const firstYear = spec.lastYear - spec.years + 1;
  const years = Array.from({ length: spec.years }, (_, i) => firstYear + i);

  // Organisations: the hubs of the real report first (rank = Zipf rank), then generated ones.
  const orgs: Org[] = [
    { key: 'org:soite', name: 'Keski-Pohjanmaan sosiaali- ja terveyspalvelukuntayhtymä', shortName: 'Soite', kind: 'JOINT_MUNICIPAL_AUTHORITY', aliases: ['Soite'] },
    { key: 'org:centria-amk', name: 'Centria ammattikorkeakoulu', kind: 'UNIVERSITY_OF_APPLIED_SCIENCES', aliases: ['Centria amk oy'] },
    { key: 'org:kokkolan-yliopistokeskus-chydenius', name: 'Kokkolan yliopistokeskus Chydenius', kind: 'UNIVERSITY_CENTRE', aliases: ['Kokkolan yliopistokeskus'], partOf: 3 },
    { key: 'org:jyvaskylan-yliopisto', name: 'Jyväskylän yliopisto', kind: 'UNIVERSITY', aliases: [] },
    { key: 'org:keski-pohjanmaan-liitto', name: 'Keski-Pohjanmaan liitto', kind: 'REGIONAL_COUNCIL', aliases: [] },
    { key: 'org:thl', name: 'Terveyden ja hyvinvoinnin laitos', shortName: 'THL', kind: 'STATE_AGENCY', aliases: ['THL'] },
    { key: 'org:stea', name: 'Sosiaali- ja terveysjärjestöjen avustuskeskus', shortName: 'STEA', kind: 'STATE_AGENCY', aliases: ['STEA'] },
    { key: 'org:sonet-botnia', name: 'SONet BOTNIA', kind: 'COMPETENCE_CENTRE', aliases: [], partOf: 0 },
    { key: 'org:kosti-ry', name: 'Kosti ry', kind: 'ASSOCIATION', aliases: [] },
    { key: 'org:keski-pohjanmaan-ammattiopisto', name: 'Keski-Pohjanmaan ammattiopisto', kind: 'VOCATIONAL_COLLEGE', aliases: ['Kpedu'] },
  ];
  for (let i = orgs.length; i < spec.organizations; i++) {
    const place = rng.pick(PLACES);
    const [pattern, kind, suffix] = rng.pick(ORG_TEMPLATES);
    const name = pattern.replace('P', PLACE_GENITIVE[place]!);
    const org: Org = { key: `org:${slug(place)}-${suffix}-${i}`, name, kind, aliases: [] };
    if (rng.chance(0.1)) org.aliases.push(name.replace(' ry', ' r.y.').replace(' Oy', ' oy'));
    // Units (a perhekeskus of Soite, a terveyskeskus of a town): part of an earlier organisation, hubs preferred.
    if ((kind === 'SUBREGIONAL_UNIT' || kind === 'HOSPITAL') && rng.chance(0.7)) org.partOf = rng.chance(0.5) ? 0 : rng.int(0, i - 1);
    orgs.push(org);
  }
  const orgWeights = zipf(orgs.length, 1.0);

  // Funders: ESR has the largest portfolio, STEA second; ESR and EAKR within the EU structural funds.
  const funders: FunderDef[] = [
    { key: 'funder:esr', name: 'Euroopan sosiaalirahasto', shortName: 'ESR', kind: 'EU_FUND', within: 2 },
    { key: 'org:stea', kind: 'STATE_AGENCY', org: 6 },
    { key: 'funder:eu-rakennerahastot', name: 'EU:n rakennerahastot', kind: 'EU_PROGRAMME' },
    { key: 'funder:eakr', name: 'Euroopan aluekehitysrahasto', shortName: 'EAKR', kind: 'EU_FUND', within: 2 },
    { key: 'org:thl', kind: 'STATE_AGENCY', org: 5 },
    { key: 'funder:stm', name: 'Sosiaali- ja terveysministeriö', shortName: 'STM', kind: 'STATE_FUNDING' },
    { key: 'funder:sosiaalityon-tutkimuksen-valtionrahoitus', name: 'Yliopistotasoisen sosiaalityön tutkimuksen valtionrahoitus', kind: 'STATE_FUNDING' },
  ];
  for (let i = funders.length; i < spec.funders; i++) {
    const place = rng.pick(PLACES);
    const name = `${PLACE_GENITIVE[place]} ${rng.pick(['hyvinvointisäätiö', 'sosiaalirahasto', 'kulttuurirahasto', 'kehittämisrahasto'])} ${i}`;
    funders.push({ key: `funder:${slug(name)}`, name, kind: rng.pick(['FOUNDATION', 'FOUNDATION', 'OTHER', 'STATE_FUNDING']) });
  }
  const funderWeights = zipf(funders.length, 1.1);

  // People: one or two affiliations; the hubs employ many of them.
  const people: PersonDef[] = [{ key: 'person:iiris-jurvansuu', name: 'Iiris Jurvansuu', affiliations: [{ org: 7, title: 'kehittämissuunnittelija' }] }];
  const affWeights = zipf(orgs.length, 0.9);
  for (let i = 1; i < spec.people; i++) {
    const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    const affOrgs = distinct(rng, affWeights, rng.chance(0.2) ? 2 : 1);
    people.push({ key: `person:${slug(name)}-${i}`, name, affiliations: affOrgs.map((org) => ({ org, title: rng.pick(TITLES) })) });
  }
  const peopleWeights = zipf(people.length, 0.6);

  // Bodies: the regional steering group first; networks and working groups hosted by organisations.
  const bodies: BodyDef[] = [];
  for (let i = 0; i < spec.bodies; i++) {
    const first = i === 0;
    const place = rng.pick(PLACES);
    const kind = first ? 'STEERING_GROUP' : rng.pick(['NETWORK', 'NETWORK', 'WORKING_GROUP', 'WORKING_GROUP', 'MANAGEMENT_GROUP', 'OTHER']);
    const name = first
      ? 'Keski-Pohjanmaan alueohjausryhmä'
      : `${PLACE_GENITIVE[place]} ${rng.pick(THEMES).toLowerCase()} ${kind === 'NETWORK' ? 'verkosto' : 'työryhmä'} ${i}`;
    const from = first || rng.chance(0.5) ? years[0]! : rng.int(years[0]!, years[years.length - 1]!);
    const to = first ? years[years.length - 1]! : Math.min(years[years.length - 1]!, from + rng.int(Math.floor(spec.years / 2), spec.years));
    bodies.push({
      key: first ? 'body:keski-pohjanmaa-alueohjausryhma' : `body:${slug(name)}`,
      name,
      kind,
      partOf: first ? 7 : rng.weighted(orgWeights),
      size: first ? 19 : rng.int(5, 25),
      meetings: rng.int(2, 12),
      from,
      to,
      members: distinct(rng, affWeights, rng.int(3, 25)),
      seatCount: first ? 19 : rng.int(4, 20),
    });
  }

  // Programmes, nested two deep.
  const programmes: ProgrammeDef[] = [];
  for (let i = 0; i < spec.programmes; i++) {
    const theme = rng.pick(THEMES);
    const name = `${theme} kehittämisohjelma ${i}`;
    programmes.push({
      key: `programme:${slug(name)}`,
      name,
      shortName: `${theme.slice(0, 3).toUpperCase()}-O${i}`,
      partOf: i > 2 && rng.chance(0.4) ? rng.int(0, 2) : undefined,
      coordinator: rng.weighted(orgWeights),
    });
  }
  const programmeWeights = zipf(programmes.length, 0.8);

  // Projects: a start year and one to five years; 15 % are sub-projects inside their parent's years.
  const projects: ProjectDef[] = [];
  const lastYear = years[years.length - 1]!;
  const durations = [1, 2, 2, 3, 3, 3, 4, 5];
  for (let i = 0; i < spec.projects; i++) {
    let from: number, to: number, parent: number | undefined;
    if (i > 20 && rng.chance(0.15)) {
      parent = rng.int(Math.max(0, i - 2000), i - 1);
      const p = projects[parent]!;
      from = rng.int(p.from, p.to);
      to = rng.int(from, p.to);
    } else {
      from = rng.int(years[0]! - 2, lastYear);
      to = from + rng.pick(durations) - 1;
      from = Math.max(from, years[0]!);
      if (to < from) to = from;
    }
    const theme = rng.pick(THEMES);
    const place = rng.pick(PLACES);
    const word = rng.pick(PROJECT_WORDS);
    const name = parent !== undefined ? `${theme} osahanke ${place} ${i}` : `${theme} ${word} ${place} ${i}`;
    const lead = rng.weighted(orgWeights);
    const nPartners = rng.pick([0, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8]);
    const partners = distinct(rng, orgWeights, nPartners, new Set([lead]));
    const participants = [
      { org: lead, role: 'LEAD', since: from },
      ...partners.map((org) => ({
        org,
        role: rng.pick(['PARTNER', 'PARTNER', 'PARTNER', 'CO_IMPLEMENTER', 'COORDINATOR', 'SUPPORTER']),
        since: rng.chance(0.15) ? rng.int(from, to) : from,
      })),
    ];
    const nFunders = 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0);
    projects.push({
      key: `project:${slug(name)}`,
      name,
      shortName: rng.chance(0.5) ? `${slug(theme).slice(0, 4).toUpperCase()}${i}` : undefined,
      from,
      to,
      parent,
      programme: rng.chance(0.3) ? rng.weighted(programmeWeights) : undefined,
      participants,
      funders: distinct(rng, funderWeights, nFunders),
      people: distinct(rng, peopleWeights, rng.pick([0, 1, 1, 2, 3])).map((person) => ({
        person,
        role: rng.pick(['COORDINATOR', 'LEAD', 'RESPONSIBLE', 'CONTRIBUTOR']),
      })),
      quirk: rng.next(),
    });
  }

  // Seat rosters: most holders keep their seat from one year to the next.
  const rosters = new Map<string, number[]>();
  for (const [b, body] of bodies.entries()) {
    let roster: number[] = [];
    for (let y = body.from; y <= body.to; y++) {
      const kept = roster.filter(() => rng.chance(0.85));
      const fresh = distinct(rng, peopleWeights, body.seatCount - kept.length, new Set(kept));
      roster = [...kept, ...fresh].slice(0, body.seatCount);
      rosters.set(`${b}/${y}`, roster);
    }
  }

  return { spec, years, orgs, funders, people, bodies, programmes, projects, rosters, organizerWeights: zipf(Math.min(orgs.length, 200), 1.0), speakerWeights: peopleWeights };
}

// ---------------------------------------------------------------------------------------------------------------
// One year's file

const q = (s: string) => JSON.stringify(s);

function statusIn(p: ProjectDef, year: number, lastYear: number): string {
  if (p.quirk < 0.02) return year === p.to ? 'INTERRUPTED' : 'ONGOING';
  if (p.quirk < 0.04 && year === p.from) return 'NOT_STARTED';
  if (year === p.from) return p.quirk < 0.3 ? 'PREPARED' : p.quirk < 0.45 ? 'APPLIED' : p.quirk < 0.6 ? 'FUNDED' : 'ONGOING';
  if (year === p.to && p.to < lastYear) return 'COMPLETED';
  return 'ONGOING';
}

function yearFile(w: World, year: number): { text: string; counts: Record<string, number> } {
  const rng = new Rng(prng(`${w.spec.name}/${year}`));
  const section = () => rng.pick(SECTIONS);
  const src = (quote: string, indent: string) => `${indent}source: { section: ${q(section())}, quote: ${q(quote)} }`;

  const projects = w.projects.map((p, i) => [p, i] as const).filter(([p]) => p.from <= year && year <= p.to);
  const bodies = w.bodies.map((b, i) => [b, i] as const).filter(([b]) => b.from <= year && year <= b.to);
  const events = Array.from({ length: w.spec.eventsPerYear }, (_, i) => i);

  const orgs = new Set<number>([7]); // the report is about SONet BOTNIA
  const funders = new Set<number>();
  const people = new Set<number>([0]); // the author
  const programmes = new Set<number>();
  const addOrg = (o: number) => {
    for (let x: number | undefined = o; x !== undefined && !orgs.has(x); x = w.orgs[x]!.partOf) orgs.add(x);
  };
  const addFunder = (f: number) => {
    for (let x: number | undefined = f; x !== undefined && !funders.has(x); x = w.funders[x]!.within) {
      funders.add(x);
      const org = w.funders[x]!.org;
      if (org !== undefined) addOrg(org);
    }
  };
  const addProgramme = (p: number) => {
    for (let x: number | undefined = p; x !== undefined && !programmes.has(x); x = w.programmes[x]!.partOf) {
      programmes.add(x);
      addOrg(w.programmes[x]!.coordinator);
    }
  };

  for (const [p] of projects) {
    for (const x of p.participants) if (x.since <= year) addOrg(x.org);
    p.funders.forEach(addFunder);
    for (const x of p.people) people.add(x.person);
    if (p.programme !== undefined) addProgramme(p.programme);
  }
  for (const [b, i] of bodies) {
    addOrg(b.partOf);
    b.members.forEach(addOrg);
    for (const person of w.rosters.get(`${i}/${year}`)!) people.add(person);
  }
  const eventDefs = events.map((i) => {
    const erng = new Rng(prng(`${w.spec.name}/${year}/event/${i}`));
    const organizers = distinct(erng, w.organizerWeights, erng.int(1, 2));
    const speakers = distinct(erng, w.speakerWeights, erng.int(0, 3));
    organizers.forEach(addOrg);
    speakers.forEach((s) => people.add(s));
    return { i, organizers, speakers, rng: erng };
  });
  for (const person of people) for (const a of w.people[person]!.affiliations) addOrg(a.org);

  const out: string[] = [];
  const push = (line: string) => out.push(line);
  push(`# Generated by bench/generate.ts (scale ${w.spec.name}, report year ${year}). Synthetic data, report-shaped.`);
  push('report:');
  push(`  key: report:botnia-bench-${year}`);
  push(`  title: ${q(`SONet BOTNIAn toimintakertomus vuodelta ${year} / Keski-Pohjanmaa (synteettinen)`)}`);
  push('  region: Keski-Pohjanmaa');
  push(`  year: ${year}`);
  push(`  date: "${year + 1}-01-28"`);
  push('  author: person:iiris-jurvansuu');
  push('  about: org:sonet-botnia');
  push(src(`${year + 1} Iiris Jurvansuu, SONet BOTNIAn kehittämissuunnittelija`, '  '));

  push('organizations:');
  for (const o of [...orgs].sort((a, b) => a - b)) {
    const org = w.orgs[o]!;
    push(`  - key: ${org.key}`);
    push(`    name: ${q(org.name)}`);
    if (org.shortName) push(`    shortName: ${q(org.shortName)}`);
    push(`    kind: ${org.kind}`);
    if (org.aliases.length) push(`    aliases: [${org.aliases.map(q).join(', ')}]`);
    if (org.partOf !== undefined) {
      push(`    partOf:`);
      push(`      organization: ${w.orgs[org.partOf]!.key}`);
    }
    push(src(`${org.name} toimi alueella vuonna ${year}`, '    '));
  }

  push('funders:');
  for (const f of [...funders].sort((a, b) => a - b)) {
    const fu = w.funders[f]!;
    push(`  - key: ${fu.key}`);
    if (fu.name) push(`    name: ${q(fu.name)}`);
    if (fu.shortName) push(`    shortName: ${q(fu.shortName)}`);
    push(`    kind: ${fu.kind}`);
    if (fu.within !== undefined) push(`    within: { funder: ${w.funders[fu.within]!.key} }`);
  }

  push('people:');
  for (const p of [...people].sort((a, b) => a - b)) {
    const person = w.people[p]!;
    push(`  - key: ${person.key}`);
    push(`    name: ${q(person.name)}`);
    push(`    affiliations:`);
    for (const a of person.affiliations) {
      push(`      - organization: ${w.orgs[a.org]!.key}`);
      push(`        title: ${q(a.title)}`);
      if (rng.chance(0.3)) push(src(`${person.name}, ${a.title}`, '        '));
    }
  }

  push('bodies:');
  for (const [b] of bodies) {
    push(`  - key: ${b.key}`);
    push(`    name: ${q(b.name)}`);
    push(`    kind: ${b.kind}`);
    push(`    partOf: { organization: ${w.orgs[b.partOf]!.key} }`);
    push(`    size: ${b.size}`);
    push(`    meetingsPerYear: ${b.meetings}`);
    push(`    members:`);
    b.members.forEach((m, j) => push(`      - { organization: ${w.orgs[m]!.key}, role: ${j === 0 ? 'COORDINATOR' : 'MEMBER'} }`));
    push(src(`${b.name} kokoontui ${b.meetings} kertaa vuonna ${year}`, '    '));
  }

  push('seats:');
  let seatCount = 0;
  for (const [b, i] of bodies) {
    const roster = w.rosters.get(`${i}/${year}`)!;
    const members = Math.ceil(roster.length * 0.6);
    const bodySlug = b.key.slice('body:'.length);
    roster.forEach((person, j) => {
      const holder = w.people[person]!;
      const aff = holder.affiliations[0]!;
      const isMember = j < members;
      push(`  - key: seat:${bodySlug}/${year}/${j}`);
      push(`    body: ${b.key}`);
      push(`    person: ${holder.key}`);
      push(`    role: ${isMember ? 'MEMBER' : 'DEPUTY'}`);
      push(`    title: ${q(aff.title)}`);
      push(`    represents: ${w.orgs[aff.org]!.key}`);
      if (!isMember) push(`    deputyFor: seat:${bodySlug}/${year}/${(j - members) % members}`);
      push(src(`${w.orgs[aff.org]!.name} ${holder.name}, ${aff.title}`, '    '));
      seatCount++;
    });
  }

  push('programmes:');
  for (const p of [...programmes].sort((a, b) => a - b)) {
    const prog = w.programmes[p]!;
    push(`  - key: ${prog.key}`);
    push(`    name: ${q(prog.name)}`);
    push(`    shortName: ${q(prog.shortName)}`);
    if (prog.partOf !== undefined) push(`    partOf: { programme: ${w.programmes[prog.partOf]!.key} }`);
    push(`    coordinators: [{ organization: ${w.orgs[prog.coordinator]!.key} }]`);
  }

  push('projects:');
  let rels = 0;
  for (const [p] of projects) {
    push(`  - key: ${p.key}`);
    push(`    name: ${q(p.name)}`);
    if (p.shortName) push(`    shortName: ${q(p.shortName)}`);
    push(`    status: ${statusIn(p, year, w.spec.lastYear)}`);
    push(`    startYear: ${p.from}`);
    push(`    endYear: ${p.to}`);
    if (p.parent !== undefined) push(`    subprojectOf: { project: ${w.projects[p.parent]!.key} }`);
    if (p.programme !== undefined) push(`    programme: { programme: ${w.programmes[p.programme]!.key} }`);
    push(`    participants:`);
    for (const x of p.participants) {
      if (x.since > year) continue;
      push(`      - organization: ${w.orgs[x.org]!.key}`);
      push(`        role: ${x.role}`);
      if (x.role === 'LEAD' || rng.chance(0.5)) push(src(`${w.orgs[x.org]!.name} on mukana hankkeessa ${p.shortName ?? p.name}`, '        '));
      rels++;
    }
    push(`    funders:`);
    for (const f of p.funders) {
      push(`      - funder: ${w.funders[f]!.key}`);
      if (rng.chance(0.7)) push(src(`${p.shortName ?? p.name} on ${w.funders[f]!.shortName ?? 'säätiön'} rahoittama`, '        '));
      rels++;
    }
    if (p.people.length) {
      push(`    people:`);
      for (const x of p.people) push(`      - { person: ${w.people[x.person]!.key}, role: ${x.role} }`);
    }
    if (p.quirk > 0.99) push(`    ambiguity: ${q('The report names the lead in two ways; recorded the first.')}`);
    push(src(`${p.name} jatkui vuonna ${year}`, '    '));
  }

  push('events:');
  for (const e of eventDefs) {
    const theme = e.rng.pick(THEMES);
    const place = e.rng.pick(PLACES);
    const month = String(e.rng.int(1, 12)).padStart(2, '0');
    const day = String(e.rng.int(1, 28)).padStart(2, '0');
    push(`  - key: event:botnia-bench-${year}-${e.i}`);
    push(`    name: ${q(`${theme} teemailtapäivä ${place}`)}`);
    push(`    date: "${year}-${month}-${day}"`);
    push(`    place: ${q(place)}`);
    push(`    format: ${e.rng.pick(['ON_SITE', 'ONLINE', 'HYBRID'])}`);
    push(`    status: ${e.rng.chance(0.05) ? 'CANCELLED' : 'HELD'}`);
    push(`    organizers: [${e.organizers.map((o) => `{ organization: ${w.orgs[o]!.key} }`).join(', ')}]`);
    if (e.speakers.length) push(`    people: [${e.speakers.map((s) => `{ person: ${w.people[s]!.key}, role: SPEAKER }`).join(', ')}]`);
  }

  push('priorities:');
  PRIORITY_TITLES.forEach((title, i) => {
    push(`  - key: priority:sonet-botnia-${i + 1}`);
    push(`    code: ${i + 1}`);
    push(`    title: ${q(title)}`);
  });
  push('evaluations:');
  PRIORITY_TITLES.forEach((_, i) => {
    const surveyed = rng.int(15, 25);
    push(`  - key: evaluation:keski-pohjanmaa/${year}/priority-${i + 1}`);
    push(`    priority: priority:sonet-botnia-${i + 1}`);
    push(`    value: ${(rng.int(25, 48) / 10).toFixed(1)}`);
    push(`    respondents: ${rng.int(8, surveyed)}`);
    push(`    surveyed: ${surveyed}`);
  });

  return {
    text: out.join('\n') + '\n',
    counts: { organizations: orgs.size, funders: funders.size, people: people.size, bodies: bodies.length, seats: seatCount, projects: projects.length, projectRels: rels },
  };
}

export interface Generated {
  dir: string;
  files: string[];
  bytes: number;
  perYear: Record<number, Record<string, number>>;
}

/** Writes one seed file per report year into `dir` (…/<year>/keski-pohjanmaa.yaml). */
export function generate(spec: ScaleSpec, dir: string, seed = 'botnia-bench-1'): Generated {
  const world = buildWorld(spec, seed);
  const files: string[] = [];
  const perYear: Generated['perYear'] = {};
  let bytes = 0;
  for (const year of world.years) {
    const { text, counts } = yearFile(world, year);
    const file = path.join(dir, String(year), 'keski-pohjanmaa.yaml');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files.push(file);
    perYear[year] = counts;
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes, perYear };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'M' }, out: { type: 'string' }, seed: { type: 'string', default: 'botnia-bench-1' } } });
  const spec = SCALES[values.scale as 'M' | 'L'];
  if (!spec || !values.out) {
    console.error('usage: tsx bench/generate.ts --scale M|L --out <folder> [--seed <text>]');
    process.exit(2);
  }
  const started = performance.now();
  const g = generate(spec, values.out, values.seed);
  console.log(`${g.files.length} files, ${(g.bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms → ${g.dir}`);
  for (const [year, c] of Object.entries(g.perYear)) console.log(year, JSON.stringify(c));
}
