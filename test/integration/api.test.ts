import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/server.js';
import { StatusDocument } from '../generated/graphql.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { openTestDb, resetGraph, silentLogger, type TestDb } from '../support/db.js';

let db: TestDb;
let api: TestApi;
let server: Server;
let base: string;
let ready = true;

beforeAll(async () => {
  db = openTestDb();
  await resetGraph(db);
  api = await startTestApi(db.executor);
  const { app } = await createApp({ executor: db.executor, logger: silentLogger, isReady: () => ready });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.stop();
  await db.close();
});

describe('status query (schema → resolver → Neo4j → codegen)', () => {
  it('names the Neo4j that answered and counts nodes by label', async () => {
    await db.executor.writeTransaction((tx) =>
      tx.run(`CREATE (:Entity:Organization {key: 'org:a'}), (:Entity:Organization {key: 'org:b'}), (:Entity:Person {key: 'person:c'})`),
    );
    const { data, errors } = await api.run(StatusDocument);
    expect(errors).toBeUndefined();
    expect(data!.status.neo4jVersion).toMatch(/^Neo4j\/5\.\d+/);
    expect(data!.status.database).toBe('neo4j');
    const counts = Object.fromEntries(data!.status.nodeCounts.map((c) => [c.label, c.count]));
    expect(counts.Organization).toBe(2);
    expect(counts.Person).toBe(1);
    expect(counts.Project).toBe(0);
  });
});

describe('HTTP', () => {
  it('answers POST /graphql {__typename}', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('gives a bad query a GraphQL error with a stable code and no stack trace', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ status { noSuchField } }' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('GET /healthz says the process is alive', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz is 200 with Neo4j reachable and the contract applied, 503 otherwise', async () => {
    let res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', neo4j: { reachable: true }, graphContract: 'applied' });
    ready = false;
    res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    ready = true;
  });
});
