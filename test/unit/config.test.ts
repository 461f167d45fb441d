import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has defaults that start the local Neo4j on 7687 and serve on 4000', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.local.port).toBe(7687);
    expect(c.neo4j.local.dataDir).toBe('/srv/app/.neo4j/data');
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.seed.onStart).toBe(true);
  });

  it('accepts every Neo4j URI scheme the driver speaks', () => {
    for (const uri of ['bolt://h:7687', 'bolt+s://h', 'bolt+ssc://h', 'neo4j://h', 'neo4j+s://x.databases.neo4j.io', 'neo4j+ssc://h']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOG_LEVEL: 'loud', SEED_ON_START: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect((error as ConfigError).problems).toHaveLength(4);
    expect(problems).toMatch(/^PORT:/m);
    expect(problems).toMatch(/^NEO4J_URI: must be a URL with one of the schemes/m);
    expect(problems).toMatch(/^LOG_LEVEL:/m);
    expect(problems).toMatch(/^SEED_ON_START:/m);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).port).toBe(4000);
  });
});
