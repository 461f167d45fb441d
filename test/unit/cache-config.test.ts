import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration of the response cache and trusted documents', () => {
  it('caches 64 MB of answers by default, none with RESPONSE_CACHE_MB=0, and accepts trusted and free-form documents', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.api.responseCacheChars).toBe(64 * 1024 * 1024);
    expect(loadConfig({ RESPONSE_CACHE_MB: '0' }).api.responseCacheChars).toBe(0);
    expect(c.api.trustedDocumentsOnly).toBe(false);
    expect(c.api.trustedDocuments).toEqual([
      path.resolve('/srv/app', 'web/src/generated/persisted-documents.json'),
      path.resolve('/srv/app', 'test/generated/persisted-documents.json'),
    ]);
    expect(loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'true', TRUSTED_DOCUMENTS: 'a.json' }, '/srv').api).toMatchObject({
      trustedDocumentsOnly: true,
      trustedDocuments: ['/srv/a.json'],
    });
  });

  it('refuses a negative cache size and a switch that is not a boolean, both at once', () => {
    let error: unknown;
    try {
      loadConfig({ RESPONSE_CACHE_MB: '-1', TRUSTED_DOCUMENTS_ONLY: 'sometimes' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(':')[0]).sort()).toEqual(['RESPONSE_CACHE_MB', 'TRUSTED_DOCUMENTS_ONLY']);
  });
});
