import { describe, it, expect } from '@jest/globals';
import { flattenJson, jsonLeaves, jsonText, parseJson, parseJsonContainer, selectField, type Json } from '../../../src/actions/flatten.js';

const DOC: Json = {
  database: { host: 'db.internal', port: 5432, replicas: ['r-a', 'r-b'] },
  'api-key': 'ak',
  enabled: true,
  nothing: null,
  empty: {},
  none: [],
  'a.b': 'dotted',
};

describe('flattenJson', () => {
  it('names each leaf by its path: keys upper-cased, others as _, arrays by index; null as empty', () => {
    expect(flattenJson(DOC, 'APP_CONFIG')).toEqual([
      { name: 'APP_CONFIG_DATABASE_HOST', value: 'db.internal' },
      { name: 'APP_CONFIG_DATABASE_PORT', value: '5432' },
      { name: 'APP_CONFIG_DATABASE_REPLICAS_0', value: 'r-a' },
      { name: 'APP_CONFIG_DATABASE_REPLICAS_1', value: 'r-b' },
      { name: 'APP_CONFIG_API_KEY', value: 'ak' },
      { name: 'APP_CONFIG_ENABLED', value: 'true' },
      { name: 'APP_CONFIG_NOTHING', value: '' },
      { name: 'APP_CONFIG_A_B', value: 'dotted' },
    ]);
  });

  it('flattens a top-level array by index, and a scalar to the base name', () => {
    expect(flattenJson(['x', ['y']], 'LIST')).toEqual([{ name: 'LIST_0', value: 'x' }, { name: 'LIST_1_0', value: 'y' }]);
    expect(flattenJson(1.5, 'N')).toEqual([{ name: 'N', value: '1.5' }]);
  });
});

describe('selectField', () => {
  it('walks object keys and array indexes', () => {
    expect(selectField(DOC, ['database', 'host'])).toBe('db.internal');
    expect(selectField(DOC, ['database', 'replicas', '1'])).toBe('r-b');
    expect(selectField(DOC, ['database'])).toEqual({ host: 'db.internal', port: 5432, replicas: ['r-a', 'r-b'] });
    expect(selectField(DOC, ['nothing'])).toBeNull();
  });

  it('finds nothing for absent keys, bad indexes, paths through scalars, or inherited properties', () => {
    for (const path of [['missing'], ['database', 'replicas', '2'], ['database', 'replicas', '01'], ['database', 'replicas', 'x'], ['database', 'host', 'x'], ['constructor'], ['__proto__'], ['database', 'toString']]) {
      expect(selectField(DOC, path)).toBeUndefined();
    }
  });
});

describe('JSON text and parsing', () => {
  it('delivers strings as they are, null as empty, everything else as compact JSON', () => {
    expect([jsonText('x "y"'), jsonText(null), jsonText(5432), jsonText(false), jsonText({ a: [1, 'b'] })]).toEqual(['x "y"', '', '5432', 'false', '{"a":[1,"b"]}']);
  });

  it('parses JSON, and gives undefined (never the parser message) for anything else', () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson('null')).toBeNull();
    expect(parseJson('not json at all')).toBeUndefined();
  });

  it('recognises a JSON object or array only', () => {
    expect(parseJsonContainer('  {"a":"b"}')).toEqual({ a: 'b' });
    expect(parseJsonContainer('[1]')).toEqual([1]);
    for (const text of ['"str"', '12345', 'true', '{broken', 'plain']) expect(parseJsonContainer(text)).toBeUndefined();
  });

  it('lists string and number leaves, not booleans or nulls', () => {
    expect(jsonLeaves(DOC)).toEqual(['db.internal', '5432', 'r-a', 'r-b', 'ak', 'dotted']);
  });
});
