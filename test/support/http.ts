import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type ApiOptions } from '../../src/api/server.js';
import { silentLogger } from './db.js';

export interface TestHttp {
  base: string;
  /** The server's Apollo: tests watch which requests reach it. */
  apollo: Awaited<ReturnType<typeof createApp>>['apollo'];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; text: string; headers: Headers }>;
  close(): Promise<void>;
}

/** The real HTTP app on a free loopback port. */
export async function startHttp(options: Omit<ApiOptions, 'logger'> & { logger?: ApiOptions['logger'] }): Promise<TestHttp> {
  const { app, apollo } = await createApp({ logger: silentLogger, isReady: () => true, ...options });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    apollo,
    async post(body, headers = {}) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON
      }
      return { status: res.status, body: parsed, text, headers: res.headers };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}
