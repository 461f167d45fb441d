/**
 * Spot checks of the 2020 graph against the report text (seeds/2020/keski-pohjanmaa.source.txt), through the graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeeds } from '../../src/import/import.js';
import { fingerprint, openTestDb, resetGraph, type TestDb } from '../support/db.js';

const FILE = 'seeds/2020/keski-pohjanmaa.yaml';
const db: TestDb = openTestDb();

beforeAll(async () => {
  await resetGraph(db);
  await importSeeds(db.executor, [FILE]);
});
afterAll(() => db.close());

const rows = <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) => db.executor.read<T>(cypher, params);
const quotes = (sources: string[]) => sources.map((s) => (JSON.parse(s) as { quote: string }).quote);

describe('the 2020 Keski-Pohjanmaa report as a graph', () => {
  it('TASOS is led by Kokkolan yliopistokeskus Chydenius (Jyväskylän yliopisto), funded by ESR', async () => {
    const [row] = await rows<{ lead: string; parent: string; funders: string[]; sources: string[] }>(
      `MATCH (o:Organization)-[r:PARTICIPATES_IN {role: 'LEAD'}]->(p:Project {key: 'project:tasos'})
       MATCH (o)-[:PART_OF]->(parent:Organization)
       MATCH (f:Funder)-[:FUNDS]->(p)
       RETURN o.name AS lead, parent.name AS parent, collect(f.shortName) AS funders, r.sources AS sources`,
    );
    expect(row!.lead).toMatch(/Chydenius/);
    expect(row!.parent).toBe('Jyväskylän yliopisto');
    expect(row!.funders).toEqual(['ESR']);
    expect(quotes(row!.sources).join(' ')).toMatch(/päähallinnoija Jyväskylän yliopisto\/Kokkolan yliopistokeskus Chydenius/);
  });

  it('ESR funds TASOS, MUKAAN and the Green Care project', async () => {
    const funded = await rows<{ name: string }>(
      `MATCH (:Funder {key: 'funder:esr'})-[:FUNDS]->(p:Project) RETURN coalesce(p.shortName, p.name) AS name ORDER BY name`,
    );
    const names = funded.map((r) => r.name).join(' | ');
    expect(names).toMatch(/TASOS/);
    expect(names).toMatch(/MUKAAN/);
    expect(names).toMatch(/Green Care/);
  });

  it('MUKAAN is led by Kaustisen seutukunta; VERNA by Kosti ry with STEA funding', async () => {
    const [mukaan] = await rows<{ lead: string }>(
      `MATCH (o)-[:PARTICIPATES_IN {role: 'LEAD'}]->(:Project {key: 'project:mukaan'}) RETURN o.name AS lead`,
    );
    expect(mukaan!.lead).toBe('Kaustisen seutukunta');
    const [verna] = await rows<{ lead: string; funder: string; status: string }>(
      `MATCH (o)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p:Project {key: 'project:verna'})<-[:FUNDS]-(f)
       RETURN o.name AS lead, f.shortName AS funder, p.status AS status`,
    );
    expect(verna).toEqual({ lead: 'Kosti ry', funder: 'STEA', status: 'ONGOING' });
  });

  it('the deputy of Kosti ry’s member Sirpa Nevasaari is Minna Kallio-Järvinen', async () => {
    const [row] = await rows<{ member: string; deputy: string; title: string; body: string }>(
      `MATCH (d:Seat)-[:DEPUTY_FOR]->(m:Seat)-[:HELD_BY]->(mp:Person {name: 'Sirpa Nevasaari'})
       MATCH (d)-[:HELD_BY]->(dp:Person), (m)-[:SEAT_IN]->(b:Body), (m)-[:REPRESENTS]->(:Organization {key: 'org:kosti-ry'})
       RETURN mp.name AS member, dp.name AS deputy, d.title AS title, b.name AS body`,
    );
    expect(row).toEqual({ member: 'Sirpa Nevasaari', deputy: 'Minna Kallio-Järvinen', title: 'hanketyöntekijä', body: expect.stringMatching(/alueohjausryhmä/i) });
  });

  it('the steering group met six times and seats every member, deputy and both presenters', async () => {
    const [row] = await rows<{ meetings: number; members: number; deputies: number; presenters: string[] }>(
      `MATCH (b:Body {key: 'body:keski-pohjanmaa-alueohjausryhma'})<-[:SEAT_IN]-(s:Seat)-[:HELD_BY]->(p:Person)
       RETURN b.meetingsPerYear AS meetings,
              count(CASE s.role WHEN 'MEMBER' THEN 1 END) AS members,
              count(CASE s.role WHEN 'DEPUTY' THEN 1 END) AS deputies,
              [x IN collect(CASE s.role WHEN 'PRESENTER' THEN p.name END) WHERE x IS NOT NULL] AS presenters`,
    );
    expect(row!.meetings).toBe(6);
    expect(row!.members + row!.deputies).toBe(23);
    expect([...row!.presenters].sort()).toEqual(['Arto Rautajoki', 'Iiris Jurvansuu']);
  });

  it('the Soite block’s uncertain member/deputy pairing is marked, not silently guessed', async () => {
    const [row] = await rows<{ seats: number; marked: number }>(
      `MATCH (s:Seat)-[:REPRESENTS]->(:Organization {key: 'org:soite'})
       RETURN count(s) AS seats, count(CASE WHEN size(coalesce(s.ambiguities, [])) > 0 THEN 1 END) AS marked`,
    );
    expect(row!.seats).toBe(9);
    expect(row!.marked).toBe(9);
  });

  it('keeps both of Arto Rautajoki’s titles, each with its own quote', async () => {
    const titles = await rows<{ title: string; sources: string[] }>(
      `MATCH (:Person {key: 'person:arto-rautajoki'})-[r:AFFILIATED_WITH]->(:Organization {key: 'org:sonet-botnia'})
       RETURN r.title AS title, r.sources AS sources ORDER BY title`,
    );
    expect(titles.map((t) => t.title)).toEqual(['kehitysjohtaja', 'kehityspäällikkö']);
    expect(quotes(titles[0]!.sources)[0]).toMatch(/kehitysjohtaja Arto Rautajoki/);
  });

  it('the lowest-scoring priority is 4 (TKIO, 3.4); three priorities scored 4.2; 13 of 19 answered', async () => {
    const scores = await rows<{ code: number; value: number; respondents: number; surveyed: number }>(
      `MATCH (e:Evaluation {year: 2020})-[:EVALUATES]->(p:Priority)
       RETURN p.code AS code, e.value AS value, e.respondents AS respondents, e.surveyed AS surveyed ORDER BY value, code`,
    );
    expect(scores).toHaveLength(7);
    expect(scores[0]).toEqual({ code: 4, value: 3.4, respondents: 13, surveyed: 19 });
    expect(scores.filter((s) => s.value === 4.2).map((s) => s.code)).toEqual([1, 2, 5]);
  });

  it('the report was written by Iiris Jurvansuu on 28.1.2021', async () => {
    const [row] = await rows<{ author: string; date: string }>(
      `MATCH (r:Report {key: 'report:keski-pohjanmaa-2020'})-[:AUTHORED_BY]->(p:Person) RETURN p.name AS author, r.date AS date`,
    );
    expect(row).toEqual({ author: 'Iiris Jurvansuu', date: '2021-01-28' });
  });

  it('the SosDigi theme afternoon was held 4.3.2020 in Kokkola; the ISW-day seminar was cancelled', async () => {
    const events = await rows<{ key: string; date: string | null; place: string | null; status: string }>(
      `MATCH (e:Event) RETURN e.key AS key, e.date AS date, e.place AS place, e.status AS status`,
    );
    expect(events.find((e) => e.key.includes('sosdigi-teemailtapaiva'))).toMatchObject({ date: '2020-03-04', place: 'Kokkola', status: 'HELD' });
    expect(events.find((e) => e.key.includes('sosiaalityon-paivan-seminaari'))!.status).toBe('CANCELLED');
  });

  it('almost every fact carries a quote from the report', async () => {
    const [row] = await rows<{ facts: number; quoted: number }>(
      `CALL () { MATCH (n:Entity) RETURN n.sources AS s UNION ALL MATCH (:Entity)-[r]->(:Entity) RETURN r.sources AS s }
       RETURN count(*) AS facts, count(CASE WHEN size(coalesce(s, [])) > 0 THEN 1 END) AS quoted`,
    );
    expect(row!.quoted / row!.facts).toBeGreaterThan(0.97);
  });

  it('importing the 2020 report again leaves the graph identical', async () => {
    const before = await fingerprint(db);
    const [again] = await importSeeds(db.executor, [FILE]);
    expect(again!.changed).toBe(false);
    expect(await fingerprint(db)).toBe(before);
  });
});
