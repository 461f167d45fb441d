import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/db/executor.js';

describe('toPlain', () => {
  it('turns the driver’s values into plain JSON values, however deep', () => {
    const value = {
      count: neo4j.int(3),
      rows: [{ k: 'a', p: ['Soite', [neo4j.int(2019), neo4j.int(2020)]], c: [neo4j.int(7), null, [{ n: neo4j.int(1) }]] }],
      huge: neo4j.int('9007199254740993'),
      date: new neo4j.types.Date(2020, 5, 1),
      missing: undefined,
    };
    expect(toPlain(value)).toEqual({
      count: 3,
      rows: [{ k: 'a', p: ['Soite', [2019, 2020]], c: [7, null, [{ n: 1 }]] }],
      huge: '9007199254740993',
      date: '2020-05-01',
      missing: null,
    });
  });

  it('reads a record as an object of its keys, and a node as its properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Organization'], { key: 'org:soite', founded: neo4j.int(2017) }, '4:x:1');
    const record = new neo4j.types.Record(['n', 'total'], [node, neo4j.int(24)]);
    expect(toPlain(record)).toEqual({ n: { key: 'org:soite', founded: 2017 }, total: 24 });
  });
});
