/**
 * The Store contract as one suite. Every store (file now; SQLite and PostgreSQL later) runs it
 * through describeStoreConformance with a factory for a fresh, empty store.
 */
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { chainRecord, GENESIS_HASH, type AuditEvent, type AuditRecord } from '../../src/core/audit/record.js';
import type { MasterKey } from '../../src/core/crypto/master-key.js';
import { sealContext } from '../../src/core/secrets.js';
import type { AuditRecordBuilder, Store, StoredObject, StoreTransaction, TransactionOutcome } from '../../src/core/store/store.js';
import { OTHER_KEY, failure } from './helpers.js';

export interface ConformanceFixture {
  readonly store: Store;
  /** Opens the same store afresh, with `masterKey` if given, else the key it was created with. */
  readonly reopen: (masterKey?: MasterKey) => Promise<Store>;
  readonly cleanup: () => Promise<void>;
}

const EVENT: AuditEvent = {
  time: '2025-01-01T00:00:00.000Z', resourceId: 'coffer:vault/test', operationName: 'ConformanceTest', operationVersion: '1',
  category: 'AuditEvent', resultType: 'Success', resultSignature: 'OK', durationMs: 0, correlationId: 'conformance',
  identity: { claim: { name: 'conformance' } }, properties: {},
};

/** Builds each transaction's record and remembers the outcome the store reported. */
function recorder(store: Store, outcomes: TransactionOutcome[] = []): AuditRecordBuilder {
  return (head, outcome) => {
    outcomes.push(outcome);
    return chainRecord(EVENT, head, outcome.generation, (text) => store.keys.auditMac(text));
  };
}

/** A secret object whose one version seals `value` under this store's keys. */
function secretObject(store: Store, name: string, value: string, version = 'a'.repeat(32)): StoredObject {
  const at = '2025-01-01T00:00:00.000Z';
  return {
    type: 'secret', name, recoverableDays: 90,
    versions: [{ version, created: at, updated: at, enabled: true, tags: {}, sealed: store.keys.seal(sealContext(store.vaultId, name, version), Buffer.from(value)) }],
  };
}

const valueOf = (store: Store, object: StoredObject | undefined): string | undefined => {
  const version = object?.versions[0];
  return object === undefined || version === undefined ? undefined
    : store.keys.unseal(sealContext(store.vaultId, object.name, version.version), version.sealed).toString('utf8');
};

async function auditOf(store: Store): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for await (const line of (await store.auditSnapshot()).lines) records.push(JSON.parse(line) as AuditRecord);
  return records;
}

const put = (store: Store, ...objects: StoredObject[]): Promise<void> =>
  store.transact((tx) => { for (const object of objects) tx.putObject(object); }, recorder(store));

const read = <T>(store: Store, work: (tx: StoreTransaction) => T): Promise<T> => store.transact(work, recorder(store));

export function describeStoreConformance(name: string, factory: () => Promise<ConformanceFixture>): void {
  describe(`Store conformance: ${name}`, () => {
    let fixture: ConformanceFixture;
    let store: Store;
    beforeEach(async () => {
      fixture = await factory();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('commits a transaction and returns its result', async () => {
      const result = await store.transact((tx) => { tx.putObject(secretObject(store, 'db-pass', 'one')); return 'done'; }, recorder(store));
      const stored = await read(store, (tx) => tx.getObject('secret', 'db-pass'));
      expect(result).toBe('done');
      expect(valueOf(store, stored)).toBe('one');
    });

    it('discards the changes of a throwing transaction, audits it once and rethrows', async () => {
      const before = (await auditOf(store)).length;
      const thrown = new Error('work failed');
      const caught = await store.transact((tx) => { tx.putObject(secretObject(store, 'db-pass', 'one')); throw thrown; }, recorder(store)).catch((error: unknown) => error);
      const after = (await auditOf(store)).length;
      expect(caught).toBe(thrown);
      expect(after).toBe(before + 1);
      expect(await read(store, (tx) => tx.getObject('secret', 'db-pass'))).toBeUndefined();
    });

    it('appends exactly one record per transaction, with contiguous seq and prev links', async () => {
      const before = await auditOf(store);
      await put(store, secretObject(store, 'a', 'one'));
      await read(store, (tx) => tx.listObjects('secret'));
      await store.transact(() => { throw new Error('refused'); }, recorder(store)).catch(() => undefined);
      const records = (await auditOf(store)).slice(before.length);
      const first = (before.at(-1)?.seq ?? 0) + 1;
      expect(records.map((record) => record.seq)).toEqual([first, first + 1, first + 2]);
      expect(records.map((record) => record.prev)).toEqual([before.at(-1)?.hash ?? GENESIS_HASH, records[0]?.hash, records[1]?.hash]);
    });

    it('increments the generation on a change only', async () => {
      const outcomes: TransactionOutcome[] = [];
      const start = await store.transact((tx) => tx.generation, recorder(store, outcomes));
      await store.transact((tx) => { tx.putObject(secretObject(store, 'a', 'one')); }, recorder(store, outcomes));
      await store.transact((tx) => { tx.putObject(secretObject(store, 'b', 'two')); throw new Error('no'); }, recorder(store, outcomes)).catch(() => undefined);
      const end = await store.transact((tx) => tx.generation, recorder(store, outcomes));
      expect(end).toBe(start + 1);
      expect(outcomes).toEqual([
        { generation: start, changed: false }, { generation: start + 1, changed: true },
        { generation: start + 1, changed: false }, { generation: start + 1, changed: false },
      ]);
      expect((await auditOf(store)).slice(-4).map((record) => record.generation)).toEqual([start, start + 1, start + 1, start + 1]);
    });

    it('reads the latest committed state without an audit record or a change', async () => {
      await put(store, secretObject(store, 'db-pass', 'one'));
      const other = await fixture.reopen();
      await put(other, secretObject(other, 'db-pass', 'two', 'b'.repeat(32)));
      const before = await auditOf(store);
      const seen = await store.read((reader) => valueOf(store, reader.getObject('secret', 'db-pass')));
      expect(seen).toBe('two');
      expect(await auditOf(store)).toEqual(before);
      await other.close();
    });

    it('finds an object by name in any case and keeps the name as first created', async () => {
      await put(store, secretObject(store, 'Db-Pass', 'one'));
      const found = await read(store, (tx) => tx.getObject('secret', 'DB-PASS'));
      expect(found?.name).toBe('Db-Pass');
      expect(await read(store, (tx) => tx.getObject('key', 'db-pass'))).toBeUndefined();
    });

    it('lists objects ordered by lower-case name', async () => {
      await put(store, ...['zeta', 'Beta-2', 'alpha', 'beta', '0-first', 'Gamma'].map((n) => secretObject(store, n, n)));
      const names = await read(store, (tx) => tx.listObjects('secret').map((object) => object.name));
      expect(names).toEqual(['0-first', 'alpha', 'beta', 'Beta-2', 'Gamma', 'zeta']);
    });

    it('lists only the objects whose lower-case name starts with a prefix, in order', async () => {
      await put(store, ...['App-One', 'app-two', 'apple', 'other'].map((n) => secretObject(store, n, n)));
      const names = await read(store, (tx) => tx.listObjects('secret', 'APP-').map((object) => object.name));
      expect(names).toEqual(['App-One', 'app-two']);
      expect(await read(store, (tx) => tx.listObjects('secret', 'zz'))).toEqual([]);
    });

    it('appends several chained records for a transaction that changes nothing, and refuses them for a change', async () => {
      await put(store, secretObject(store, 'a', 'one'));
      const before = (await auditOf(store)).length;
      await store.transact(() => undefined, (head, outcome) => {
        const first = chainRecord(EVENT, head, outcome.generation, (text) => store.keys.auditMac(text));
        return [first, chainRecord(EVENT, { seq: first.seq, hash: first.hash, generation: first.generation }, outcome.generation, (text) => store.keys.auditMac(text))];
      });
      const records = await auditOf(store);
      expect(records.length).toBe(before + 2);
      expect(records.at(-1)?.prev).toBe(records.at(-2)?.hash);
      const twoForAChange = store.transact((tx) => { tx.putObject(secretObject(store, 'b', 'two')); }, (head, outcome) => {
        const record = chainRecord(EVENT, head, outcome.generation, (text) => store.keys.auditMac(text));
        return [record, record];
      });
      await expect(twoForAChange).rejects.toThrow('A change is audited by exactly one record.');
      expect(await read(store, (tx) => tx.getObject('secret', 'b'))).toBeUndefined();
    });

    it('removes an object', async () => {
      await put(store, secretObject(store, 'a', 'one'), secretObject(store, 'b', 'two'));
      await store.transact((tx) => { tx.removeObject('secret', 'a'); }, recorder(store));
      const reopened = await fixture.reopen();
      expect(await read(reopened, (tx) => tx.listObjects('secret').map((object) => object.name))).toEqual(['b']);
    });

    it('keeps changes across a reopen', async () => {
      await put(store, secretObject(store, 'db-pass', 'one'));
      const reopened = await fixture.reopen();
      expect(reopened.vaultId).toBe(store.vaultId);
      expect(valueOf(reopened, await read(reopened, (tx) => tx.getObject('secret', 'db-pass')))).toBe('one');
    });

    it('reads the audit records back in order and anchors the last change', async () => {
      await put(store, secretObject(store, 'a', 'one'));
      await read(store, (tx) => tx.getObject('secret', 'a'));
      const records = await auditOf(store);
      expect(records.map((record) => record.seq)).toEqual(records.map((_record, index) => index + 1));
      expect((await store.auditSnapshot()).anchor).toEqual(records.at(-2));
    });

    it('rekeys: every object stays readable under the new key, and the old key is refused', async () => {
      await put(store, secretObject(store, 'a', 'one'), secretObject(store, 'b', 'two'));
      await store.rekey(OTHER_KEY, recorder(store));
      const reopened = await fixture.reopen(OTHER_KEY);
      const values = await read(reopened, (tx) => tx.listObjects('secret').map((object) => valueOf(reopened, object)));
      expect(values).toEqual(['one', 'two']);
      expect(valueOf(store, await read(store, (tx) => tx.getObject('secret', 'a')))).toBe('one');
      expect((await failure(fixture.reopen())).code).toBe('KeyMismatch');
    });

    it('fails a transaction whose audit record cannot be written with AuditWriteFailed, returning nothing', async () => {
      // A record the store cannot serialise stands in for a sink that cannot be written, whatever the store.
      const unwritable: AuditRecordBuilder = (head, outcome) =>
        ({ ...recorder(store)(head, outcome), properties: { size: 1n } }) as unknown as AuditRecord;
      const before = await auditOf(store);
      const reading = await failure(store.transact(() => 'a result', unwritable));
      const writing = await failure(store.transact((tx) => { tx.putObject(secretObject(store, 'a', 'one')); }, unwritable));
      expect([reading.code, writing.code]).toEqual(['AuditWriteFailed', 'AuditWriteFailed']);
      expect(await auditOf(store)).toEqual(before);
      expect(await read(store, (tx) => tx.getObject('secret', 'a'))).toBeUndefined();
    });
  });
}
