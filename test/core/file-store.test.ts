import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chainRecord, type AuditEvent } from '../../src/core/audit/record.js';
import { FileStore } from '../../src/core/store/file-store.js';
import type { AuditRecordBuilder, Store, StoredObject } from '../../src/core/store/store.js';
import { describeStoreConformance } from './store-conformance.js';
import { TEST_KEY, failure, seededRandom, summary, tempDir, type TempDir } from './helpers.js';

describeStoreConformance('FileStore', async () => {
  const { dir, cleanup } = await tempDir();
  const path = join(dir, 'vault.json');
  const random = seededRandom('conformance');
  const store = FileStore.create(path, TEST_KEY, { random });
  return { store, cleanup, reopen: (key = TEST_KEY) => Promise.resolve().then(() => FileStore.open(path, key, { random })) };
});

const EVENT: AuditEvent = {
  time: '2025-01-01T00:00:00.000Z', resourceId: 'coffer:vault/test', operationName: 'FileStoreTest', operationVersion: '1',
  category: 'AuditEvent', resultType: 'Success', resultSignature: 'OK', durationMs: 0, correlationId: 'file-store',
  identity: { claim: { name: 'file-store-test' } }, properties: {},
};

const audit = (store: Store): AuditRecordBuilder => (head, outcome) =>
  chainRecord(EVENT, head, outcome.generation, (text) => store.keys.auditMac(text));

/** A secret whose `count` tag a transaction increments: a lost update shows as a low count. */
const counter = (count: number): StoredObject => ({
  type: 'secret', name: 'counter', recoverableDays: 90,
  versions: [{ version: '0'.repeat(32), created: 'x', updated: 'x', enabled: true, tags: { count: String(count) }, sealed: '' }],
});

const increment = (store: Store): Promise<void> => store.transact(async (tx) => {
  const count = Number(tx.getObject('secret', 'counter')?.versions[0]?.tags.count ?? '0');
  await new Promise((resolve) => setImmediate(resolve));
  tx.putObject(counter(count + 1));
}, audit(store));

const countOf = (store: Store): Promise<string | undefined> =>
  store.transact((tx) => tx.getObject('secret', 'counter')?.versions[0]?.tags.count, audit(store));

describe('FileStore', () => {
  let temp: TempDir;
  let path: string;
  let store: FileStore;
  beforeEach(async () => {
    temp = await tempDir();
    path = join(temp.dir, 'vault.json');
    store = FileStore.create(path, TEST_KEY, { random: seededRandom('file-store') });
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('writes a diff-friendly file: fixed field order, names in clear, a MAC last', async () => {
    await store.transact((tx) => { tx.putObject(counter(1)); }, audit(store));
    const text = readFileSync(path, 'utf8');
    const document = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['format', 'vaultId', 'generation', 'keyId', 'dataKey', 'recoverableDays', 'audit', 'secrets', 'keys', 'certificates', 'mac']);
    expect(document).toMatchObject({ format: 'coffer-vault/1', vaultId: store.vaultId, generation: 1, keyId: TEST_KEY.id, recoverableDays: 90 });
    // One line per object's own fields, one line per version: a diff names what changed.
    const lines = text.split('\n');
    const at = lines.indexOf('    {"name":"counter","recoverableDays":90,"versions":[');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {6}\{"version":"[0-9a-f]{32}",.*"sealed":"[^"]*"\}$/);
    expect(lines[at + 2]).toBe('    ]}');
    expect(text.endsWith('"\n}\n')).toBe(true);
  });

  it('refuses to create over an existing vault and leaves it unchanged', async () => {
    const before = readFileSync(path);
    const error = await failure(() => FileStore.create(path, TEST_KEY));
    expect(summary(error)).toEqual({ code: 'Conflict', innerCode: undefined, message: `${path} already exists; it was left unchanged.` });
    expect(readFileSync(path)).toEqual(before);
  });

  it('refuses to open a missing vault with StorageError', async () => {
    const missing = join(temp.dir, 'missing.json');
    const error = await failure(() => FileStore.open(missing, TEST_KEY));
    expect(summary(error)).toEqual({ code: 'StorageError', innerCode: undefined, message: `No vault at ${missing}: create one with 'coffer init'.` });
  });

  it('sees a change that another store instance (another process) committed', async () => {
    const other = FileStore.open(path, TEST_KEY);
    await increment(other);
    expect(await countOf(store)).toBe('1');
  });

  it('runs concurrent transactions of one store one at a time', async () => {
    await Promise.all(Array.from({ length: 20 }, () => increment(store)));
    expect(await countOf(store)).toBe('20');
  });

  it('loses no update between two store instances writing at once', async () => {
    const other = FileStore.open(path, TEST_KEY);
    await Promise.all(Array.from({ length: 10 }, (_v, i) => increment(i % 2 === 0 ? store : other)));
    expect(await countOf(store)).toBe('10');
  });

  it('removes temp files that a killed writer left behind on the next commit', async () => {
    writeFileSync(join(temp.dir, '.vault.json.0123456789ab.tmp'), 'orphan');
    await increment(store);
    expect(readdirSync(temp.dir).sort()).toEqual(['vault.json', 'vault.json.audit.jsonl']);
  });

  it('fails closed with AuditWriteFailed when the audit log is a directory, and changes nothing', async () => {
    await increment(store);
    const before = readFileSync(path);
    const auditPath = `${path}.audit.jsonl`;
    rmSync(auditPath);
    mkdirSync(auditPath);
    const read = await failure(countOf(store));
    const write = await failure(increment(store));
    expect(summary(read)).toEqual({
      code: 'AuditWriteFailed', innerCode: undefined,
      message: `Could not write the audit record to ${auditPath} (EISDIR); the operation's result is withheld.`,
    });
    expect(write.code).toBe('AuditWriteFailed');
    expect(readFileSync(path)).toEqual(before);
  });
});
