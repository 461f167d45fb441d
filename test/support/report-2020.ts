import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { Limits } from '../../src/api/limits.js';
import { createApp } from '../../src/api/server.js';
import { startTestApi, type TestApi } from './api.js';
import { loadReport2020, openTestDb, silentLogger, type TestDb } from './db.js';

export interface Report2020 {
  db: TestDb;
  /** The API over the graph, through the whole server pipeline (started in the file's first beforeAll). */
  api: TestApi;
  /** With `http`: the HTTP app's address (`http://127.0.0.1:<port>`), for the plain URLs (downloads, headers). */
  readonly base: string;
}

/**
 * The setup most integration files share: the 2020 report alone in an empty graph, the API over it and, with `http`,
 * the HTTP app on a free port (`limits`: the API's, where a test selects more than a client would); all stopped after
 * the file. Call it at the top of a file: its hooks run first, so
 * `api` and `base` can be used in the file's own hooks and tests.
 */
export function withReport2020(options: { http?: boolean; limits?: Partial<Limits> } = {}): Report2020 {
  const db = openTestDb();
  let api: TestApi | undefined;
  let server: Server | undefined;
  let base: string | undefined;
  beforeAll(async () => {
    await loadReport2020(db);
    api = await startTestApi(db.executor, options.limits);
    if (options.http) {
      const { app } = await createApp({ executor: db.executor, logger: silentLogger, isReady: () => true });
      const listening = app.listen(0, '127.0.0.1');
      server = listening;
      await new Promise((resolve) => listening.once('listening', resolve));
      base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    }
  });
  afterAll(async () => {
    if (server) await new Promise((resolve) => server!.close(resolve));
    await api?.stop();
    await db.close();
  });
  const started = (): TestApi => {
    if (!api) throw new Error('withReport2020: the API is started in beforeAll; use it from hooks and tests');
    return api;
  };
  return {
    db,
    api: {
      get apollo() {
        return started().apollo;
      },
      get services() {
        return started().services;
      },
      run: (doc, variables) => started().run(doc, variables),
      raw: (query, variables) => started().raw(query, variables),
      stop: () => started().stop(),
    },
    get base() {
      if (!base) throw new Error('withReport2020: the HTTP app runs only with { http: true }');
      return base;
    },
  };
}
