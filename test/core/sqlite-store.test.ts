import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { chainRecord, type AuditEvent } from '../../src/core/audit/record.js';
import { inlineKeyExecutor } from '../../src/core/crypto/key-executor.js';
import { SqliteStore } from '../../src/core/store/sqlite-store.js';
import type { AuditRecordBuilder, Store, StoredObject } from '../../src/core/store/store.js';
import { LocalVault } from '../../src/core/vault.js';
import { openVault } from '../../src/open-vault.js';
import { describeStoreConformance } from './store-conformance.js';
import { FixedClock, OTHER_KEY, TEST_KEY, TESTER, failure, seededRandom, summary, tempDir, type TempDir } from './helpers.js';

describeStoreConformance('SqliteStore', async () => {
  const { dir, cleanup } = await tempDir();
  const path = join(dir, 'vault.db');
  const random = seededRandom('conformance');
  const opened: Store[] = [SqliteStore.create(path, TEST_KEY, { random })];
  const reopen = (key = TEST_KEY): Promise<Store> => Promise.resolve().then(() => {
    const store = SqliteStore.open(path, key, { random });
    opened.push(store);
    return store;
  });
  return { store: opened[0] as Store, reopen, cleanup: async () => { for (const store of opened) await store.close(); await cleanup(); } };
});

const EVENT: AuditEvent = {
  time: '2025-01-01T00:00:00.000Z', resourceId: 'coffer:vault/test', operationName: 'SqliteStoreTest', operationVersion: '1',
  category: 'AuditEvent', resultType: 'Success', resultSignature: 'OK', durationMs: 0, correlationId: 'sqlite-store',
  identity: { claim: { name: 'sqlite-store-test' } }, properties: {},
};

const audit = (store: Store): AuditRecordBuilder => (head, outcome) =>
  chainRecord(EVENT, head, outcome.generation, (text) => store.keys.auditMac(text));

const object = (name: string, tag: string): StoredObject => ({
  type: 'secret', name, recoverableDays: 90,
  versions: [{ version: '0'.repeat(32), created: 'x', updated: 'x', enabled: true, tags: { tag }, sealed: '' }],
});

const put = (store: Store, ...objects: StoredObject[]): Promise<void> =>
  store.transact((tx) => { for (const o of objects) tx.putObject(o); }, audit(store));

const get = (store: Store, name: string): Promise<StoredObject | undefined> => store.transact((tx) => tx.getObject('secret', name), audit(store));

const list = (store: Store): Promise<string[]> => store.transact((tx) => tx.listObjects('secret').map((o) => o.name), audit(store));

/** Runs SQL on the database behind the store's back, as someone with the file but not the key. */
function tamper(path: string, ...sql: string[]): void {
  const db = new Database(path);
  try {
    for (const statement of sql) db.exec(statement);
  } finally {
    db.close();
  }
}

describe('SqliteStore', () => {
  let temp: TempDir;
  let path: string;
  let store: SqliteStore;
  const others: Store[] = [];
  const open = (options = {}): SqliteStore => {
    const opened = SqliteStore.open(path, TEST_KEY, options);
    others.push(opened);
    return opened;
  };
  beforeEach(async () => {
    temp = await tempDir();
    path = join(temp.dir, 'vault.db');
    store = SqliteStore.create(path, TEST_KEY, { random: seededRandom('sqlite-store') });
  });
  afterEach(async () => {
    for (const other of others.splice(0)) await other.close();
    await store.close();
    await temp.cleanup();
  });

  it('creates a database that only its owner can read, and refuses to create over it', async () => {
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(summary(await failure(() => SqliteStore.create(path, TEST_KEY)))).toEqual({
      code: 'Conflict', innerCode: undefined, message: `${path} already exists; it was left unchanged.`,
    });
  });

  it('refuses a missing vault with StorageError, and a file that is not a SQLite vault with IntegrityError', async () => {
    const missing = join(temp.dir, 'missing.db');
    expect(summary(await failure(() => SqliteStore.open(missing, TEST_KEY)))).toEqual({
      code: 'StorageError', innerCode: undefined, message: `No vault at ${missing}: create one with 'coffer init'.`,
    });
    const json = join(temp.dir, 'vault.json');
    writeFileSync(json, '{"format":"coffer-vault/1"}\n');
    expect((await failure(() => SqliteStore.open(json, TEST_KEY))).code).toBe('IntegrityError');
    const other = join(temp.dir, 'other.db');
    tamper(other, 'CREATE TABLE t (x)');
    expect(summary(await failure(() => SqliteStore.open(other, TEST_KEY)))).toEqual({
      code: 'IntegrityError', innerCode: undefined, message: `${other} is not a Coffer SQLite vault.`,
    });
  });

  it('fails the next read of an edited object row with IntegrityError, and of a row moved to another name', async () => {
    await put(store, object('db-pass', 'one'), object('other', 'two'));
    // Read first, so that the store has checked the row once: the edit must fail all the same.
    expect(await list(store)).toEqual(['db-pass', 'other']);
    tamper(path, `UPDATE objects SET body = replace(body, '"tag":"one"', '"tag":"evil"') WHERE name = 'db-pass'`);
    expect(summary(await failure(get(store, 'db-pass')))).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `The secret 'db-pass' in ${path} failed its integrity check: its row was modified outside Coffer.`,
    });
    tamper(path, `UPDATE objects SET (mac, body) = (SELECT mac, body FROM objects WHERE name = 'other') WHERE name = 'db-pass'`);
    expect((await failure(get(store, 'db-pass'))).code).toBe('IntegrityError');
    expect(await get(store, 'other')).toMatchObject({ name: 'other' });
  });

  it('detects a removed row, and a row put back as an older version of itself, when the type is listed or the vault opened', async () => {
    await put(store, object('a', 'one'), object('b', 'one'));
    const reader = new Database(path, { readonly: true });
    const old = reader.prepare("SELECT mac, body FROM objects WHERE name = 'a'").get() as { mac: string; body: string };
    reader.close();
    await put(store, object('a', 'two'));
    // An old row is a valid row: its own MAC checks out, so only the index can tell.
    tamper(path, `UPDATE objects SET mac = '${old.mac}', body = '${old.body.replace(/'/g, "''")}' WHERE name = 'a'`);
    const rolledBack = await failure(list(store));
    expect(summary(rolledBack)).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `The secret rows of ${path} do not match its object index: rows were added, removed or put back outside Coffer.`,
    });
    expect((await failure(() => open())).code).toBe('IntegrityError');
    tamper(path, "DELETE FROM objects WHERE name = 'a'");
    expect((await failure(list(store))).code).toBe('IntegrityError');
    expect((await failure(() => open())).code).toBe('IntegrityError');
  });

  it('fails on an edited meta row, an edited or removed last audit record, and a planted trigger', async () => {
    await put(store, object('a', 'one'));
    const copy = join(temp.dir, 'copy.db');
    const fresh = async (edit: string): Promise<string> => {
      await store.close();
      copyFileSync(path, copy);
      tamper(copy, edit);
      return (await failure(() => SqliteStore.open(copy, TEST_KEY))).message;
    };
    expect(await fresh('UPDATE meta SET recoverable_days = 7')).toBe(`${copy} failed its integrity check (the meta row's MAC): it was modified outside Coffer or replaced by another vault.`);
    expect(await fresh(`UPDATE audit SET record = replace(record, 'SqliteStoreTest', 'Innocent') WHERE seq = 1`))
      .toBe(`Audit record 1 in ${copy} fails its MAC: it was edited, or belongs to another vault.`);
    expect(await fresh('DELETE FROM audit')).toBe(`${copy} is at generation 1 but its audit table is empty: audit records were removed.`);
    expect(await fresh('CREATE TRIGGER t AFTER INSERT ON audit BEGIN DELETE FROM audit; END'))
      .toBe(`${copy} has tables, indexes, views or triggers that Coffer did not make: it was modified outside Coffer.`);
    store = SqliteStore.open(path, TEST_KEY);
  });

  it('detects removed audit records under an open store, and lets verifyAudit name an edited one', async () => {
    const vault = new LocalVault(store, { principal: TESTER, clock: new FixedClock().now, keyExecutor: inlineKeyExecutor });
    await vault.recordCreation();
    await vault.setSecret('a', 'one');
    await vault.getSecret('a');
    tamper(path, `UPDATE audit SET record = replace(record, '"SecretSet"', '"SecretGet"') WHERE seq = 2`);
    expect(await vault.verifyAudit()).toMatchObject({ ok: false, seq: 2, reason: 'its MAC does not match: the record was edited' });
    tamper(path, 'DELETE FROM audit WHERE seq >= 2');
    expect((await failure(vault.getSecret('a'))).message).toBe(`${path} is at generation 1 but its last audit record is at generation 0: audit records were removed.`);
  });

  it('refuses to go on once a trigger is planted under an open store', async () => {
    await put(store, object('a', 'one'));
    tamper(path, 'CREATE TRIGGER t AFTER INSERT ON audit BEGIN DELETE FROM audit; END');
    expect((await failure(get(store, 'a'))).message).toBe(`${path} has tables, indexes, views or triggers that Coffer did not make: it was modified outside Coffer.`);
  });

  it('fails closed with AuditWriteFailed when the record cannot be stored, and commits nothing', async () => {
    await put(store, object('a', 'one'));
    const before = await list(store);
    // A record whose seq is already taken: the database refuses the row, so the change must go too.
    const taken: AuditRecordBuilder = (_head, outcome) => chainRecord(EVENT, undefined, outcome.generation, (text) => store.keys.auditMac(text));
    const error = await failure(store.transact((tx) => { tx.putObject(object('b', 'two')); }, taken));
    expect(summary(error)).toEqual({
      code: 'AuditWriteFailed', innerCode: undefined,
      message: `${path} failed while writing; nothing was written and the result is withheld (SQLITE_CONSTRAINT_PRIMARYKEY).`,
    });
    expect(await list(store)).toEqual(before);
  });

  it('refuses a database older than the pinned generation', async () => {
    await put(store, object('a', 'one'));
    await put(store, object('a', 'two'));
    expect(summary(await failure(() => open({ minGeneration: 3 })))).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `${path} is at generation 2, older than the pinned generation 3: the database was rolled back.`,
    });
    expect(await get(open({ minGeneration: 2 }), 'a')).toMatchObject({ versions: [{ tags: { tag: 'two' } }] });
  });

  it('waits for another writer, then fails with LockTimeout once the timeout passes', async () => {
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const waiting = open({ lockTimeoutMs: 150 });
    const started = Date.now();
    expect(summary(await failure(put(waiting, object('a', 'one'))))).toEqual({
      code: 'LockTimeout', innerCode: undefined, message: `Timed out after 150 ms waiting for another writer to finish with ${path}.`,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    setTimeout(() => { other.exec('ROLLBACK'); other.close(); }, 50);
    await put(waiting, object('a', 'two'));
    expect(await get(store, 'a')).toMatchObject({ versions: [{ tags: { tag: 'two' } }] });
  });

  it('sees a rekey by another store: its old master key no longer opens the vault', async () => {
    await put(store, object('a', 'one'));
    await open().rekey(OTHER_KEY, audit(store));
    expect((await failure(get(store, 'a'))).code).toBe('KeyMismatch');
    const rekeyed = SqliteStore.open(path, OTHER_KEY);
    others.push(rekeyed);
    expect(await get(rekeyed, 'a')).toMatchObject({ name: 'a' });
  });
});

const CANARY = 'cnry-7c41f9e2-Sq!planted-value';
const KEY_BYTES = createHash('sha256').update(CANARY).digest();

/** Raw, hex (both cases), UTF-16 and base64/base64url at each alignment. */
function formsOf(bytes: Buffer): string[] {
  const forms = [bytes.toString('latin1'), bytes.toString('hex'), bytes.toString('hex').toUpperCase()];
  for (const encoding of ['base64', 'base64url'] as const) {
    for (let align = 0; align < 3; align += 1) {
      const encoded = Buffer.concat([Buffer.alloc(align), bytes]).toString(encoding);
      forms.push(encoded.slice(align === 0 ? 0 : 4, -4));
    }
  }
  return forms;
}

const FORMS = [...formsOf(Buffer.from(CANARY)), Buffer.from(CANARY, 'utf16le').toString('latin1'), ...formsOf(KEY_BYTES)];

describe('LocalVault over SqliteStore', () => {
  let temp: TempDir;
  let path: string;
  let vault: LocalVault;
  const vaultOver = (store: Store): LocalVault =>
    new LocalVault(store, { principal: TESTER, clock: new FixedClock().now, random: seededRandom('vault'), keyExecutor: inlineKeyExecutor });
  beforeEach(async () => {
    temp = await tempDir();
    path = join(temp.dir, 'vault.db');
    vault = vaultOver(SqliteStore.create(path, TEST_KEY, { random: seededRandom('vault') }));
    await vault.recordCreation();
  });
  afterEach(async () => {
    await vault.close();
    await temp.cleanup();
  });

  it('sets, gets, lists, deletes and recovers secrets, creates a key and signs, with an intact audit chain', async () => {
    await vault.setSecret('db-pass', 'one');
    await vault.setSecret('db-pass', 'two');
    await vault.setSecret('Api-Token', 'three', { tags: { env: 'prod' } });
    expect((await vault.getSecret('DB-PASS')).value).toBe('two');
    expect((await vault.listPropertiesOfSecrets()).map((p) => p.name)).toEqual(['Api-Token', 'db-pass']);
    expect(await vault.listPropertiesOfSecretVersions('db-pass')).toHaveLength(2);
    await vault.deleteSecret('db-pass');
    expect((await vault.listDeletedSecrets()).map((d) => d.properties.name)).toEqual(['db-pass']);
    expect((await failure(vault.getSecret('db-pass'))).code).toBe('SecretNotFound');
    await vault.recoverDeletedSecret('db-pass');
    expect((await vault.getSecret('db-pass')).value).toBe('two');
    const key = await vault.createKey('release', { kty: 'EC', curve: 'P-256' });
    const digest = createHash('sha256').update('artifact').digest();
    const signed = await vault.sign('release', undefined, 'ES256', digest);
    expect((await vault.verify('release', undefined, 'ES256', digest, signed.result)).valid).toBe(true);
    expect(signed.keyId).toBe(`/keys/release/${key.properties.version}`);
    expect(await vault.verifyAudit()).toMatchObject({ ok: true });
    await vault.close();
    vault = openVault(`sqlite:${path}`, { masterKey: TEST_KEY, principal: TESTER, keyExecutor: inlineKeyExecutor });
    expect((await vault.getSecret('Api-Token')).value).toBe('three');
    expect(await vault.verifyAudit()).toMatchObject({ ok: true });
  });

  /** The row as it is now, to put back later as someone with the file but not the key. */
  const copyRow = (type: string, name: string): { mac: string; body: string } => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare('SELECT mac, body FROM objects WHERE type = ? AND name = ?').get(type, name) as { mac: string; body: string };
    } finally {
      db.close();
    }
  };
  const putBack = (type: string, name: string, row: { mac: string; body: string }): void => {
    const db = new Database(path);
    try {
      db.prepare('UPDATE objects SET mac = ?, body = ? WHERE type = ? AND name = ?').run(row.mac, row.body, type, name);
    } finally {
      db.close();
    }
  };
  const lastAudit = (): { operationName: string; resultType: string } => {
    const db = new Database(path, { readonly: true });
    try {
      return JSON.parse(db.prepare('SELECT record FROM audit ORDER BY seq DESC LIMIT 1').pluck().get() as string) as { operationName: string; resultType: string };
    } finally {
      db.close();
    }
  };

  it('fails the next get of a row put back as an older copy of itself with IntegrityError, serving no value', async () => {
    await vault.setSecret('db-pass', 'old-value');
    await vault.setSecret('other', 'x');
    const old = copyRow('secret', 'db-pass');
    await vault.setSecret('db-pass', 'new-value');
    // Read once more, so that the store has checked the current row: the old copy must fail all the same.
    expect((await vault.getSecret('db-pass')).value).toBe('new-value');
    const current = copyRow('secret', 'db-pass');
    putBack('secret', 'db-pass', old);
    const error = await failure(vault.getSecret('db-pass'));
    expect(summary(error)).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `The secret 'db-pass' in ${path} does not match its object index: its row was put back as an older copy, or replaced outside Coffer.`,
    });
    expect(lastAudit()).toMatchObject({ operationName: 'SecretGet', resultType: 'Failure' });
    // Listings fail too, by prefix or whole; other objects still read.
    expect((await failure(vault.listPropertiesOfSecrets({ namePrefix: 'db' }))).code).toBe('IntegrityError');
    expect((await failure(vault.listPropertiesOfSecrets())).code).toBe('IntegrityError');
    expect((await vault.getSecret('other')).value).toBe('x');
    // The current row restored, before any write: everything reads again, as it was.
    putBack('secret', 'db-pass', current);
    expect((await vault.getSecret('db-pass')).value).toBe('new-value');
  });

  it('fails a get of a removed row with IntegrityError, not SecretNotFound, and of a purged row put back', async () => {
    await vault.setSecret('db-pass', 'one');
    await vault.setSecret('gone', 'two');
    const purged = copyRow('secret', 'gone');
    await vault.deleteSecret('gone');
    await vault.purgeDeletedSecret('gone');
    expect((await failure(vault.getSecret('gone'))).code).toBe('SecretNotFound');
    expect((await vault.getSecret('db-pass')).value).toBe('one');
    tamper(path, "DELETE FROM objects WHERE type = 'secret' AND name = 'db-pass'");
    expect(summary(await failure(vault.getSecret('db-pass')))).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `The secret 'db-pass' in ${path} does not match its object index: its row was removed outside Coffer.`,
    });
    tamper(path, `INSERT INTO objects (type, name, mac, body) VALUES ('secret', 'gone', '${purged.mac}', '${purged.body.replace(/'/g, "''")}')`);
    expect(summary(await failure(vault.getSecret('gone')))).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `The secret 'gone' in ${path} does not match its object index: its row was added outside Coffer.`,
    });
  });

  it('refuses to sign with a disabled key whose old, enabled row is put back, with IntegrityError', async () => {
    await vault.createKey('release', { kty: 'EC', curve: 'P-256' });
    const enabled = copyRow('key', 'release');
    await vault.updateKeyProperties('release', undefined, { enabled: false });
    const digest = createHash('sha256').update('artifact').digest();
    expect((await failure(vault.sign('release', undefined, 'ES256', digest))).code).toBe('Forbidden');
    // A second store, opened now: its index is the one it summed at open, not kept from its own writes.
    const other = vaultOver(SqliteStore.open(path, TEST_KEY));
    try {
      putBack('key', 'release', enabled);
      expect((await failure(vault.sign('release', undefined, 'ES256', digest))).code).toBe('IntegrityError');
      expect(lastAudit()).toMatchObject({ resultType: 'Failure' });
      expect((await failure(other.sign('release', undefined, 'ES256', digest))).code).toBe('IntegrityError');
      expect((await failure(() => SqliteStore.open(path, TEST_KEY))).code).toBe('IntegrityError');
    } finally {
      await other.close();
    }
  });

  it('checks a get against another store\'s writes: the rows are summed again, and an old copy still fails', async () => {
    await vault.setSecret('a', 'one');
    const other = vaultOver(SqliteStore.open(path, TEST_KEY));
    try {
      const old = copyRow('secret', 'a');
      await other.setSecret('a', 'two');
      await other.setSecret('b', 'three');
      expect((await vault.getSecret('a')).value).toBe('two');
      expect((await vault.getSecret('b')).value).toBe('three');
      await other.setSecret('c', 'four');
      putBack('secret', 'a', old);
      expect((await failure(vault.getSecret('a'))).code).toBe('IntegrityError');
      expect((await failure(vault.getSecret('c'))).code).toBe('IntegrityError');
    } finally {
      await other.close();
    }
  });

  it('leaves no planted value in the database or its write-ahead log, raw or encoded', async () => {
    await vault.setSecret('canary', CANARY);
    await vault.setSecret('multi', `${CANARY}\n${CANARY}`);
    await vault.importKey('canary-key', { jwk: { kty: 'oct', k: KEY_BYTES.toString('base64url') } });
    await vault.setSecret('canary', `again ${CANARY}`);
    expect((await vault.getSecret('canary')).value).toBe(`again ${CANARY}`);
    const files = ['', '-wal', '-shm'].map((suffix) => `${path}${suffix}`).filter((file) => existsSync(file));
    expect(files).toContain(`${path}-wal`);
    const leaks = files.flatMap((file) => FORMS.filter((form) => readFileSync(file).toString('latin1').includes(form)).map((form) => `${file}: ${form}`));
    await vault.close();
    const afterClose = FORMS.filter((form) => readFileSync(path).toString('latin1').includes(form));
    vault = openVault(`sqlite:${path}`, { masterKey: TEST_KEY, principal: TESTER });
    expect([...leaks, ...afterClose]).toEqual([]);
  });

  it('loses no update between two stores writing one secret at once: 2 × 100 versions', async () => {
    const other = vaultOver(SqliteStore.open(path, TEST_KEY));
    const writes = (v: LocalVault, who: string): Promise<unknown>[] => Array.from({ length: 100 }, (_x, i) => v.setSecret('counter', `${who}-${i}`));
    await Promise.all([...writes(vault, 'a'), ...writes(other, 'b')]);
    expect(await vault.listPropertiesOfSecretVersions('counter')).toHaveLength(200);
    // Creation, 200 sets and the listing: one record each.
    expect(await other.verifyAudit()).toMatchObject({ ok: true, records: 202 });
    await other.close();
  });
});
