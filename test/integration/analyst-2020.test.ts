/**
 * Questions analysts ask of the 2020 report (issue 16), through the typed operations of test/operations/analyst.graphql:
 * each answer, and that the quote it comes with states it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { applyGraphContract, fullTextIndexes, fullTextIndexInDatabase, graphContractStatements } from '../../src/db/graph-contract.js';
import { unstatedNumbers, type NumericFact } from '../../src/graph/numbers.js';
import { graphNumbers } from '../../src/import/check.js';
import { loadSeedFiles } from '../../src/import/load.js';
import {
  BodiesOfOrganizationDocument,
  BodiesOnTopicDocument,
  BodyNumbersDocument,
  CollaboratorsWithPartsDocument,
  CollaboratorEvidenceDocument,
  EvaluationSurveyDocument,
  EventsOnTopicDocument,
  NetworkEvidenceDocument,
  PeopleByTextDocument,
  ProjectCountsDocument,
  ProjectsOfOrganizationDocument,
  ProjectsOnTopicDocument,
  SearchPeopleDocument,
  SeatHoldersOfOrganizationDocument,
} from '../generated/graphql.js';
import { REPORT_2020 } from '../support/db.js';
import { withReport2020 } from '../support/report-2020.js';

const { db, api } = withReport2020();

const withField = (sources: readonly { quote: string; fields: readonly string[] }[], field: string) =>
  sources.filter((s) => s.fields.includes(field)).map((s) => s.quote);

describe('numbers with the sentence that states them', () => {
  it('how many answered the evaluation of priority 1, of how many asked, and where the report says so', async () => {
    const { data, errors } = await api.run(EvaluationSurveyDocument, { key: 'evaluation:keski-pohjanmaa/2020/priority-1' });
    expect(errors).toBeUndefined();
    const e = data!.evaluation!;
    expect(e).toMatchObject({ value: 4.2, respondents: 13, surveyed: 19, scaleMin: 1, scaleMax: 5 });
    const survey = withField(e.sources, 'respondents');
    expect(survey).toEqual(withField(e.sources, 'surveyed'));
    expect(survey.join(' ')).toMatch(/19 henkilölle, joista 13 vastasi/);
    expect(withField(e.sources, 'value').join(' ')).toMatch(/4,2$/);
    expect(withField(e.sources, 'scaleMax').join(' ')).toMatch(/1-5/);
  });

  it('how often the documentation coaches’ network met, and how big the VEKO-LNP network is', async () => {
    const coaches = await api.run(BodyNumbersDocument, { key: 'body:kirjaamisvalmentajien-verkosto' });
    expect(coaches.data!.body!.meetingsPerYear).toBe(2);
    expect(withField(coaches.data!.body!.sources, 'meetingsPerYear').join(' ')).toMatch(/\(2\/vuosi\)/);
    const veko = await api.run(BodyNumbersDocument, { key: 'body:veko-lnp-verkosto' });
    expect(veko.data!.body).toMatchObject({ size: 15, sizeApproximate: true });
    expect(withField(veko.data!.body!.sources, 'size').join(' ')).toMatch(/noin 15 henkilöä/);
    const steering = await api.run(BodyNumbersDocument, { key: 'body:keski-pohjanmaa-alueohjausryhma' });
    expect(steering.data!.body!.meetingsPerYear).toBe(6);
    expect(withField(steering.data!.body!.sources, 'meetingsPerYear')).toEqual([
      'Alueohjausryhmä kokoontui vuoden aikana kuusi kertaa.',
      'Pidetyt kuusi kokousta ovat olleet osallistujille informatiivisia',
    ]);
  });

  describe('every numeric fact of the 2020 graph has a quote that writes its number', () => {
    let facts: NumericFact[] = [];
    const exceptions = (() => {
      const loaded = loadSeedFiles([REPORT_2020]);
      if (!loaded.ok) throw new Error('the 2020 seed does not load');
      return loaded.seeds[0]!.data.unquotedNumbers;
    })();

    beforeAll(async () => {
      facts = (await graphNumbers(db.executor)).facts;
    });

    it('each one, except those the seed lists with a reason', () => {
      // Not vacuous: the evaluations' numbers, the bodies' and the counts are all among them.
      const fields = new Set(facts.map((f) => `${f.typename}.${f.field.replace(/\[.*/, '')}`));
      for (const f of ['Evaluation.value', 'Evaluation.respondents', 'Evaluation.surveyed', 'Body.size', 'Body.meetingsPerYear', 'Project.counts', 'Priority.code', 'Report.year'])
        expect(fields).toContain(f);
      expect(exceptions.map((x) => `${x.type}.${x.field}`)).toEqual(['Seat.year']);
      expect(exceptions.every((x) => x.reason.length > 20)).toBe(true);
      expect(unstatedNumbers(facts, exceptions)).toEqual([]);
    });

    it('fails when a quote is taken away', () => {
      const survey = 'evaluation:keski-pohjanmaa/2020/priority-3';
      const without = (fact: string, quote: RegExp) =>
        facts.map((f) => (f.fact === fact ? { ...f, quotes: f.quotes.filter((q) => !quote.test(q.quote)) } : f));
      expect(unstatedNumbers(without(survey, /joista 13 vastasi/), exceptions)).toEqual([`${survey} respondents=13`, `${survey} surveyed=19`]);
      expect(unstatedNumbers(without(survey, /3,7$/), exceptions)).toEqual([`${survey} value=3.7`]);
      expect(unstatedNumbers(without('body:veko-lnp-verkosto', /noin 15/), exceptions)).toEqual(['body:veko-lnp-verkosto size=~15']);
      expect(unstatedNumbers(without('project:stea-haku-2020-kuusi-yhdistysta', /kuutta/), exceptions)).toHaveLength(1);
      // An exception covers only its own field.
      expect(unstatedNumbers(facts, []).every((f) => /^seat:.* year=2020$/.test(f))).toBe(true);
    });
  });
});

describe('what the report counts or groups without naming each', () => {
  it('how many associations SONet BOTNIA supported in applying for STEA funding, besides those named', async () => {
    const { data } = await api.run(ProjectCountsDocument, { key: 'project:stea-haku-2020-kuusi-yhdistysta' });
    const [count] = data!.project!.counts;
    expect(count).toMatchObject({ count: 6, approximate: false });
    expect(count!.what).toMatch(/associations or federations/);
    expect(count!.source!.quote).toMatch(/kuutta muuta yhdistystä tai liittoa/);
    expect(data!.project!.topics).toEqual(['hoito- ja kuntoutusprosessit']);
    expect(withField(data!.project!.sources, 'topics').join(' ')).toMatch(/hoito- ja kuntoutusprosesseja/);
  });

  it('how many research applications were made in the first state research funding call, and how many were funded', async () => {
    const { data } = await api.run(ProjectCountsDocument, { key: 'project:valtion-tutkimusrahoitus-2020-tutkimushankkeet' });
    const counts = data!.project!.counts;
    expect(counts.map((c) => c.count)).toEqual([4, 3]);
    expect(counts[0]!.source!.quote).toMatch(/neljässä tutkimushankkeessa/);
    expect(counts[1]!.source!.quote).toMatch(/kolme sai joulukuussa myönteisen rahoituspäätöksen/);
  });

  it('which Soite 2.0 sub-projects concern social welfare: the five the report counts', async () => {
    const parent = await api.run(ProjectCountsDocument, { key: 'project:soite-2-0-sote-keskus' });
    const [five] = parent.data!.project!.counts;
    expect(five).toMatchObject({ count: 5 });
    expect(five!.source!.quote).toMatch(/viisi sosiaalihuoltoa koskevaa osahanketta/);
    const { data } = await api.run(ProjectsOnTopicDocument, { topic: 'sosiaalihuolto', subprojectOf: 'project:soite-2-0-sote-keskus' });
    expect(data!.projects.totalCount).toBe(five!.count);
    for (const { node } of data!.projects.edges) expect(withField(node.sources, 'topics').join(' ')).toMatch(/sosiaalihuoltoa koskevaa/);
    // Sub-projects the report does not count among the five carry no such topic.
    const others = parent.data!.project!.subprojects.filter((p) => !p.topics.includes('sosiaalihuolto')).map((p) => p.key);
    expect(others).toContain('project:soite-2-0-sote-keskus/kokemusosaaminen');
  });

  it('which projects concern services for older people (vanhuspalvelut), in any case', async () => {
    const { data } = await api.run(ProjectsOnTopicDocument, { topic: 'Vanhuspalvelut' });
    expect(data!.projects.edges.map((e) => e.node.key).sort()).toEqual([
      'project:soite-2-0-sote-keskus/ikaantyneiden-omasoite',
      'project:soite-2-0-sote-keskus/kotiin-jarjestettavat-palvelut',
    ]);
    for (const { node } of data!.projects.edges) expect(withField(node.sources, 'topics').join(' ')).toMatch(/\(vanhuspalvelut/);
  });

  it('which event covered Omaolo, and what else it covered', async () => {
    const { data } = await api.run(EventsOnTopicDocument, { topic: 'omaolo' });
    expect(data!.events.edges).toHaveLength(1);
    const event = data!.events.edges[0]!.node;
    expect(event).toMatchObject({ key: 'event:sosdigi-teemailtapaiva-2020-03-04', date: '2020-03-04', topics: ['AVAIN', 'Omaolo', 'Suomi.fi'] });
    const quote = withField(event.sources, 'topics').join(' ');
    for (const topic of event.topics) expect(quote).toContain(topic);
  });

  it('what a network does: which body works on dialogical methods', async () => {
    const { data } = await api.run(BodiesOnTopicDocument, { topic: 'dialogiset menetelmät' });
    expect(data!.bodies.edges.map((e) => e.node.key)).toEqual(['body:veko-lnp-verkosto']);
    expect(withField(data!.bodies.edges[0]!.node.sources, 'topics').join(' ')).toMatch(/Dialogisiin menetelmiin/);
    const digital = await api.run(BodiesOnTopicDocument, { topic: 'tiedon johtaminen' });
    expect(digital.data!.bodies.edges.map((e) => e.node.key).sort()).toEqual(['body:soite-digityoryhma', 'body:soite-tiedon-johtamisen-tyoryhma']);
  });
});

describe('people by title and role, Finnish-stemmed', () => {
  it('the full-text index uses the Finnish analyzer the contract declares', async () => {
    const [declared] = fullTextIndexes(graphContractStatements());
    expect(declared).toMatchObject({ name: 'entity_search', analyzer: 'finnish', properties: ['searchText'] });
    expect(await fullTextIndexInDatabase(db.executor, 'entity_search')).toMatchObject({ analyzer: 'finnish', properties: ['searchText'] });
  });

  it('an index left with another analyzer by an older contract is made again as declared', async () => {
    await db.executor.runSchemaStatement('DROP INDEX entity_search IF EXISTS');
    await db.executor.runSchemaStatement(
      "CREATE FULLTEXT INDEX entity_search FOR (n:Person) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
    );
    expect(await fullTextIndexInDatabase(db.executor, 'entity_search')).toMatchObject({ analyzer: 'standard-no-stop-words', labels: ['Person'] });
    await applyGraphContract(db.executor);
    const index = await fullTextIndexInDatabase(db.executor, 'entity_search');
    expect(index).toMatchObject({ analyzer: 'finnish' });
    expect(index!.labels.sort()).toEqual([...fullTextIndexes(graphContractStatements())[0]!.labels].sort());
  });

  it.each([
    ['sosiaalijohtajan', 'person:tarja-oikarinen-nybacka', /sosiaalijohtaja/],
    ['toiminnanjohtaja', 'person:sirpa-nevasaari', /toiminnanjohtaja/],
    ['kehittämissuunnittelijan', 'person:iiris-jurvansuu', /kehittämissuunnittelija/],
    ['hyvinvointikoordinaattori', 'person:tuija-tuorila', /hyvinvointikoordinaattori/],
    ['koollekutsujien koordinaattori', 'person:pirkko-kivisto', /koollekutsujien verkoston koordinaattori/],
    ['asiantuntija Tanskasta', 'person:marc-johansson', /Tanskasta asiantuntijapuheenvuoro/],
  ])('search(%j) finds %s first, with the quote that gives the title', async (text, key, title) => {
    const { data, errors } = await api.run(SearchPeopleDocument, { text });
    expect(errors).toBeUndefined();
    const hit = data!.search[0]!.entity;
    expect(hit.key).toBe(key);
    if (hit.__typename !== 'Person') throw new Error('not a person');
    const quotes = [...hit.sources, ...hit.affiliations.flatMap((a) => a.sources), ...hit.seats.flatMap((s) => s.sources)].map((s) => s.quote);
    expect(quotes.join(' | ')).toMatch(title);
  });

  it('the people filter matches titles as written', async () => {
    const { data } = await api.run(PeopleByTextDocument, { text: 'palvelualuejohtaja' });
    expect(data!.people.edges.map((e) => e.node.key).sort()).toEqual([
      'person:hanna-saarinen',
      'person:marja-paananen',
      'person:miia-luokkanen',
      'person:minna-lonnback',
    ]);
    for (const { node } of data!.people.edges) {
      expect(node.titles.some((t) => t.startsWith('palvelualuejohtaja'))).toBe(true);
      expect(node.affiliations.flatMap((a) => a.sources.map((s) => s.quote)).join(' ')).toMatch(/palvelualuejohtaja/);
    }
    const kosti = await api.run(PeopleByTextDocument, { text: 'toiminnanjohtaja' });
    expect(kosti.data!.people.edges.map((e) => e.node.key)).toEqual(['person:sirpa-nevasaari']);
  });
});

describe('evidence for a tie', () => {
  it('Kosti ry and SONet BOTNIA work together on VERNA: each side’s role, with the quote of each participation', async () => {
    const { data, errors } = await api.run(CollaboratorEvidenceDocument, { key: 'org:kosti-ry', year: 2020 });
    expect(errors).toBeUndefined();
    const sonet = data!.collaborators.find((c) => c.entity.key === 'org:sonet-botnia')!;
    const verna = sonet.evidence.find((e) => e.item.key === 'project:verna')!;
    expect(verna.involvements.map((i) => [i.member.key, i.relationship, i.role])).toEqual([
      ['org:kosti-ry', 'PARTICIPATES_IN', 'LEAD'],
      ['org:sonet-botnia', 'PARTICIPATES_IN', 'SUPPORTER'],
    ]);
    expect(verna.involvements[0]!.sources[0]!.quote).toMatch(/Kosti ry:n hallinnoima/);
    expect(verna.involvements[1]!.sources[0]!.quote).toMatch(/SONet BOTNIA on edistänyt julkisen sektorin ja järjestöjen yhteistyötä/);
    expect(sonet.evidence).toHaveLength(sonet.weight);
  });

  it('a seat in the steering group: each organisation’s seats, with role, title and quote', async () => {
    const { data } = await api.run(CollaboratorEvidenceDocument, { key: 'org:kosti-ry', year: 2020, ties: { projects: false, events: false, bodyKinds: ['STEERING_GROUP'] } });
    const soite = data!.collaborators.find((c) => c.entity.key === 'org:soite')!;
    const [group] = soite.evidence;
    expect(group!.item.key).toBe('body:keski-pohjanmaa-alueohjausryhma');
    const kosti = group!.involvements.filter((i) => i.member.key === 'org:kosti-ry');
    expect(kosti.map((i) => [i.relationship, i.role, i.title])).toEqual([
      ['REPRESENTS', 'DEPUTY', 'hanketyöntekijä'],
      ['REPRESENTS', 'MEMBER', 'toiminnanjohtaja'],
    ]);
    expect(kosti.map((i) => i.sources[0]!.quote).join(' | ')).toMatch(/Kosti ry Sirpa Nevasaari, toiminnanjohtaja/);
    expect(group!.involvements.filter((i) => i.member.key === 'org:soite').length).toBe(9);
  });

  it('the network’s ties carry the same evidence, for both ends', async () => {
    const { data } = await api.run(NetworkEvidenceDocument, { year: 2020 });
    expect(data!.network.edges.length).toBeGreaterThan(0);
    for (const edge of data!.network.edges) {
      expect(edge.evidence.map((e) => e.item.key)).toEqual(edge.via);
      for (const e of edge.evidence) {
        const members = new Set(e.involvements.map((i) => i.member.key));
        expect(members).toEqual(new Set([edge.source, edge.target]));
        // Every involvement the 2020 seed states carries its quote.
        for (const i of e.involvements) expect(i.sources.length, `${i.member.key} in ${e.item.key}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('parts of organisations (includeParts)', () => {
  const JYU = 'org:jyvaskylan-yliopisto';
  const CHYDENIUS = 'org:kokkolan-yliopistokeskus-chydenius';

  it('which projects Jyväskylän yliopisto takes part in, counting its university centre: TASOS, led by Chydenius', async () => {
    const alone = await api.run(ProjectsOfOrganizationDocument, { organization: JYU });
    expect(alone.data!.projects.totalCount).toBe(0);
    const { data } = await api.run(ProjectsOfOrganizationDocument, { organization: JYU, includeParts: true });
    expect(data!.projects.edges.map((e) => e.node.key)).toEqual(['project:tasos']);
    const lead = data!.projects.edges[0]!.node.participants.find((p) => p.organization.key === CHYDENIUS)!;
    expect(lead.role).toBe('LEAD');
    expect(lead.sources[0]!.quote).toMatch(/päähallinnoija Jyväskylän yliopisto\/Kokkolan yliopistokeskus Chydenius/);
  });

  it('who holds the university’s seats in the steering group, through its university centre', async () => {
    const vars = { organization: JYU, body: 'body:keski-pohjanmaa-alueohjausryhma' };
    expect((await api.run(SeatHoldersOfOrganizationDocument, vars)).data!.people.totalCount).toBe(0);
    const { data } = await api.run(SeatHoldersOfOrganizationDocument, { ...vars, includeParts: true });
    expect(data!.people.edges.map((e) => e.node.key).sort()).toEqual(['person:anu-riina-svenlin', 'person:niina-rantamaki']);
    const seat = data!.people.edges.find((e) => e.node.key === 'person:niina-rantamaki')!.node.seats[0]!;
    expect(seat).toMatchObject({ role: 'MEMBER', represents: { key: CHYDENIUS } });
    expect(seat.sources[0]!.quote).toMatch(/Jyväskylän yliopisto, Kokkolan yliopistokeskus Chydenius Niina Rantamäki/);
  });

  it('Soite’s bodies with its parts: the steering group of SONet BOTNIA (a part of Soite) too, transitively', async () => {
    const alone = await api.run(BodiesOfOrganizationDocument, { organization: 'org:soite' });
    const all = await api.run(BodiesOfOrganizationDocument, { organization: 'org:soite', includeParts: true });
    const keys = (d: typeof all) => d.data!.bodies.edges.map((e) => e.node.key);
    expect(keys(alone)).not.toContain('body:keski-pohjanmaa-alueohjausryhma');
    expect(keys(all)).toEqual(expect.arrayContaining([...keys(alone), 'body:keski-pohjanmaa-alueohjausryhma']));
    expect(all.data!.bodies.totalCount).toBe(alone.data!.bodies.totalCount + 1);
  });

  it('whom the university works with through its parts, and each side’s part in it', async () => {
    const alone = await api.run(CollaboratorsWithPartsDocument, { key: JYU, year: 2020 });
    expect(alone.data!.collaborators).toEqual([]);
    const { data, errors } = await api.run(CollaboratorsWithPartsDocument, { key: JYU, year: 2020, includeParts: true });
    expect(errors).toBeUndefined();
    const chydenius = await api.run(CollaboratorsWithPartsDocument, { key: CHYDENIUS, year: 2020 });
    // The same ties as its part's, the part itself left out.
    expect(data!.collaborators.map((c) => [c.entity.key, c.weight])).toEqual(chydenius.data!.collaborators.map((c) => [c.entity.key, c.weight]));
    const tasos = data!.collaborators.find((c) => c.entity.key === 'org:sonet-botnia')!.evidence.find((e) => e.item.key === 'project:tasos')!;
    expect(tasos.involvements.map((i) => [i.member.key, i.role])).toEqual([
      ['org:sonet-botnia', 'CO_IMPLEMENTER'],
      [CHYDENIUS, 'LEAD'],
    ]);
  });
});
