/**
 * Reads from a vault file as opened afresh: objects are found by a binary search over the
 * file's sorted sections (vault-file-format.ts), and listings by prefix scan only their range.
 * Every lookup and listing must agree with a full index of the file, in any case.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { chainRecord, type AuditEvent } from '../../src/core/audit/record.js';
import { FileStore } from '../../src/core/store/file-store.js';
import type { AuditRecordBuilder, Store, StoredObject } from '../../src/core/store/store.js';
import { TEST_KEY, seededRandom, tempDir, type TempDir } from './helpers.js';

const EVENT: AuditEvent = {
  time: '2025-01-01T00:00:00.000Z', resourceId: 'coffer:vault/test', operationName: 'LookupTest', operationVersion: '1',
  category: 'AuditEvent', resultType: 'Success', resultSignature: 'OK', durationMs: 0, correlationId: 'lookup',
  identity: { claim: { name: 'lookup-test' } }, properties: {},
};

const audit = (store: Store): AuditRecordBuilder => (head, outcome) =>
  chainRecord(EVENT, head, outcome.generation, (text) => store.keys.auditMac(text));

const object = (type: StoredObject['type'], name: string, versions: number): StoredObject => ({
  type, name, recoverableDays: 90,
  versions: Array.from({ length: versions }, (_, i) => ({
    version: i.toString(16).padStart(32, '0'), created: 'x', updated: 'x', enabled: true, tags: { n: name, pad: 'p'.repeat((name.length * 37) % 300) }, sealed: '',
  })),
});

/** Names that sort awkwardly: prefixes of each other, mixed case, digits and dashes, one to many versions. */
const NAMES = [
  'a', 'A-1', 'a-10', 'a-2', 'AB', 'abc', 'abc-', 'b', 'B0', 'db-pass', 'DB-PASSWORD', 'z', 'Zz-9',
  ...Array.from({ length: 300 }, (_, i) => `app-${(i * 7919 % 300).toString(36)}-${i % 3 === 0 ? 'Key' : 'key'}`),
];

describe('FileStore lookups in a reopened file', () => {
  let temp: TempDir;
  let path: string;
  const read = <T>(fn: (store: FileStore) => Promise<T>): Promise<T> => fn(FileStore.open(path, TEST_KEY));

  beforeAll(async () => {
    temp = await tempDir();
    path = join(temp.dir, 'vault.json');
    const store = FileStore.create(path, TEST_KEY, { random: seededRandom('lookup') });
    await store.transact((tx) => {
      NAMES.forEach((name, i) => { tx.putObject(object('secret', name, 1 + (i % 4))); });
      tx.putObject(object('key', 'a', 1));
      tx.putObject(object('key', 'db-pass-key', 2));
    }, audit(store));
  });
  afterAll(async () => {
    await temp.cleanup();
  });

  it('finds every object by its name in any case, and nothing for names it does not hold', async () => {
    await read(async (store) => store.read((tx) => {
      for (const name of NAMES) {
        for (const asked of [name, name.toLowerCase(), name.toUpperCase()]) expect(tx.getObject('secret', asked)?.name).toBe(name);
      }
      for (const missing of ['0', 'a-0', 'a-11', 'aa', 'abd', 'app-', 'app-zz-key', 'c', 'zzz', 'db-pas', 'db-pass-key']) {
        expect(tx.getObject('secret', missing)).toBeUndefined();
      }
      // Each section is searched on its own: a key is not a secret, and the reverse.
      expect(tx.getObject('key', 'DB-PASS-KEY')?.name).toBe('db-pass-key');
      expect(tx.getObject('key', 'db-pass')).toBeUndefined();
      expect(tx.getObject('certificate', 'a')).toBeUndefined();
    }));
  });

  it('lists each prefix exactly as a full listing filtered by it, in order, in a fresh store each time', async () => {
    const all = await read(async (store) => store.read((tx) => tx.listObjects('secret').map((o) => o.name)));
    expect(all).toHaveLength(NAMES.length);
    expect(all.map((n) => n.toLowerCase())).toEqual(NAMES.map((n) => n.toLowerCase()).sort());
    for (const prefix of ['a', 'A', 'a-1', 'ab', 'abc-', 'app-', 'APP-1', 'app-8', 'b', 'db-pass', 'z', 'zz-9', 'zz-90', 'c', '0', '']) {
      const listed = await read(async (store) => store.read((tx) => tx.listObjects('secret', prefix).map((o) => o.name)));
      expect(listed).toEqual(all.filter((name) => name.toLowerCase().startsWith(prefix.toLowerCase())));
    }
  });

  it('agrees with itself when lookups, prefix listings and full listings are mixed in one store', async () => {
    const named = (lower: string): string | undefined => NAMES.find((name) => name.toLowerCase() === lower);
    const under = (prefix: string): string[] => NAMES.filter((name) => name.toLowerCase().startsWith(prefix)).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    await read(async (store) => store.read((tx) => {
      expect(tx.getObject('secret', 'APP-5-KEY')?.name).toBe(named('app-5-key'));
      expect(tx.listObjects('secret', 'app-5').map((o) => o.name)).toEqual(under('app-5'));
      expect(under('app-5').length).toBeGreaterThan(5);
      expect(tx.getObject('secret', 'app-50-key')?.name).toBe(named('app-50-key'));
      expect(tx.listObjects('secret')).toHaveLength(NAMES.length);
      expect(tx.getObject('secret', 'zz-9')?.name).toBe('Zz-9');
      expect(tx.getObject('secret', 'zz-8')).toBeUndefined();
    }));
  });
});
