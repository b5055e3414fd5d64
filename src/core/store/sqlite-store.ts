/**
 * The SQLite store: a vault in one SQLite database, for a server that many callers share. It
 * seals nothing itself: values arrive sealed by the vault, exactly as in the vault file, so the
 * database alone reveals no value. The schema (sqlite-schema.ts has the details):
 *
 *   meta    (id = 1, format, vault_id, key_id, data_key [wrapped], generation, recoverable_days,
 *            anchor [the last change's audit record], object_index [sealed], mac)
 *   objects (type, name [lower-case], mac, body [the object's JSON, values sealed])  PK (type, name)
 *   audit   (seq PRIMARY KEY, record [the record's JSON])
 *
 * Every transaction is one SQLite transaction (BEGIN IMMEDIATE) that holds the object changes,
 * the generation bump and the audit record(s): a change and its record commit together or not
 * at all, and the commit is fsynced before the promise settles (WAL; the store fsyncs the log
 * itself, off the event loop: sqlite-wal-sync.ts).
 *
 * What is read back is authenticated: the meta row by its MAC; the chain's head against the
 * meta row's generation and anchor; and every object row by its own MAC and, in the same SQLite
 * transaction, against the sealed object index of that meta row (sqlite-objects.ts). So a get
 * fails with IntegrityError, and serves nothing, when the row it reads was edited, moved from
 * another name, removed, added, or put back as an older copy of itself (an old value, a key
 * since disabled, an object since deleted); a listing, by prefix or whole, fails the same way
 * when any row in its range was; a write takes each old row's term from the index, never from
 * the row; opening the vault checks every row. What no read of this store catches is a database
 * rolled back whole (meta row, rows and audit table together) before this store first opened
 * it: only the pinned minGeneration does.
 */
import { randomBytes } from 'node:crypto';
import { VaultKeys, type RandomSource } from '../crypto/envelope.js';
import type { MasterKey } from '../crypto/master-key.js';
import { IntegrityError, VaultError, quote } from '../errors.js';
import { LIMITS, validateRecoverableDays } from '../names.js';
import { headOf, recordIsAuthentic, type AuditHead, type AuditRecord } from '../audit/record.js';
import { MAX_RECORD_CHARS } from './audit-log-file.js';
import { checkSchema, createDatabase, isBusy, openDatabase, sqliteFailure, type Database } from './sqlite-database.js';
import {
  MAX_OBJECT_CHARS, SQLITE_FORMAT, emptyDigests, macsEqual, metaMac, metaOf, openIndex, rowMac, sealIndex, wrapContext,
  type Digests, type Meta,
} from './sqlite-schema.js';
import { SqliteObjects } from './sqlite-objects.js';
import { WalSync } from './sqlite-wal-sync.js';
import { SqliteTransaction, type ObjectChanges } from './sqlite-transaction.js';
import { statements, type Statements } from './sqlite-statements.js';
import type { AuditRecordBuilder, AuditRecordsBuilder, AuditSnapshot, Store, StoreReader, StoreTransaction } from './store.js';

export interface SqliteStoreOptions {
  /** How long to wait for another writer (process or store) to finish, in milliseconds. */
  readonly lockTimeoutMs?: number;
  readonly random?: RandomSource;
  /** Refuse a database older than this generation (see FileStoreOptions.minGeneration). */
  readonly minGeneration?: number;
}

export interface CreateSqliteStoreOptions extends SqliteStoreOptions {
  readonly recoverableDays?: number;
}

const DEFAULT_LOCK_TIMEOUT_MS = 30_000;
const AUDIT_PAGE = 512;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class SqliteStore implements Store {
  readonly location: string;
  readonly vaultId: string;
  readonly recoverableDays: number;
  readonly #db: Database;
  readonly #wal: WalSync;
  readonly #sql: Statements;
  readonly #objects: SqliteObjects;
  readonly #lockTimeoutMs: number;
  readonly #minGeneration: number | undefined;
  readonly #random: RandomSource;
  #master: MasterKey;
  #keys: VaultKeys;
  /** The wrapped data key and generation last seen: a change in either is checked. */
  #dataKey: string;
  #generation: number;
  /** SQLite's count of schema changes when the schema was last checked. */
  #schemaVersion: unknown;
  #index: { readonly sealed: string; readonly digests: Digests } | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  private constructor(path: string, db: Database, master: MasterKey, keys: VaultKeys, meta: Meta, options: SqliteStoreOptions) {
    this.location = path;
    this.vaultId = meta.vaultId;
    this.recoverableDays = meta.recoverableDays;
    this.#db = db;
    this.#wal = new WalSync(path);
    this.#sql = statements(db);
    this.#objects = new SqliteObjects(this.#sql, keys, meta.vaultId, path);
    this.#lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
    this.#minGeneration = options.minGeneration;
    this.#random = options.random ?? randomBytes;
    this.#master = master;
    this.#keys = keys;
    this.#dataKey = meta.dataKey;
    this.#generation = meta.generation;
    this.#schemaVersion = this.#sql.schemaVersion.get();
  }

  /** Opens and authenticates an existing vault database: its meta row, every row's place in the index, the chain's head. */
  static open(path: string, master: MasterKey, options: SqliteStoreOptions = {}): SqliteStore {
    const db = openDatabase(path, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
    try {
      const store = db.transaction(() => {
        const meta = metaOf(db.prepare('SELECT * FROM meta WHERE id = 1').get(), path);
        const keys = VaultKeys.unwrap(meta.dataKey, master, meta.keyId, wrapContext(meta.vaultId), options.random);
        const opened = new SqliteStore(path, db, master, keys, meta, options);
        opened.#checkAll();
        return opened;
      })();
      // From here on, waits for the write lock are async (see #begin): SQLite's busy handler sleeps on the event loop.
      db.pragma('busy_timeout = 0');
      return store;
    } catch (error) {
      db.close();
      throw sqliteFailure(error, path, 'opening it');
    }
  }

  /** Creates a new, empty vault database; refuses to replace anything at `path`. */
  static create(path: string, master: MasterKey, options: CreateSqliteStoreOptions = {}): SqliteStore {
    const recoverableDays = validateRecoverableDays(options.recoverableDays ?? LIMITS.defaultRecoverableDays);
    const random = options.random ?? randomBytes;
    const keys = VaultKeys.generate(random);
    const vaultId = random(16).toString('hex');
    const meta: Meta = {
      format: SQLITE_FORMAT, vaultId, keyId: master.id, dataKey: keys.wrap(master, wrapContext(vaultId)), generation: 0, recoverableDays,
      anchor: null, objectIndex: sealIndex(keys, vaultId, emptyDigests()),
    };
    createDatabase(path, (db) => { statements(db).insertMeta.run(metaParams(keys, meta)); });
    return SqliteStore.open(path, master, options);
  }

  get keys(): VaultKeys {
    return this.#keys;
  }

  async transact<T>(work: (tx: StoreTransaction) => T | Promise<T>, audit: AuditRecordBuilder | AuditRecordsBuilder): Promise<T> {
    const outcome = await this.#exclusive(async (): Promise<{ result: T } | { error: unknown }> => {
      const meta = await this.#begin('IMMEDIATE');
      let outcome: { result: T } | { error: unknown } | undefined;
      try {
        const head = this.#head(meta);
        const tx = new SqliteTransaction(this.#objects.rows(() => this.#digests(meta)), meta.generation);
        try {
          outcome = { result: await work(tx) };
        } catch (error) {
          outcome = { error };
        }
        const changed = !('error' in outcome) && tx.changed;
        const generation = meta.generation + (changed ? 1 : 0);
        const built = audit(head, { generation, changed });
        const records: readonly AuditRecord[] = Array.isArray(built) ? built : [built as AuditRecord];
        const [record] = records;
        if (record === undefined || (changed && records.length > 1)) throw new Error('A change is audited by exactly one record.');
        const lines = records.map((r) => this.#serialise(r));
        let committed = (): void => undefined;
        this.#write(() => {
          if (changed) committed = this.#applyChanges(tx.changes, meta, generation, lines[0] as string);
          for (const [i, r] of records.entries()) this.#sql.insertAudit.run(r.seq, lines[i]);
        });
        this.#commit();
        committed();
        this.#generation = generation;
      } finally {
        this.#rollbackIfOpen();
      }
      return outcome;
    });
    // Committed: nothing is released, and nothing acknowledged, before the commit is on disk.
    await this.#durable();
    if ('error' in outcome) throw outcome.error;
    return outcome.result;
  }

  async read<T>(work: (reader: StoreReader) => T): Promise<T> {
    return this.#exclusive(async () => {
      const meta = await this.#begin('DEFERRED');
      try {
        // A transaction never applied: the reader cannot change anything.
        return work(new SqliteTransaction(this.#objects.rows(() => this.#digests(meta)), meta.generation));
      } finally {
        this.#rollbackIfOpen();
      }
    });
  }

  async rekey(newKey: MasterKey, audit: AuditRecordBuilder): Promise<void> {
    await this.#exclusive(async () => {
      const meta = await this.#begin('IMMEDIATE');
      try {
        const head = this.#head(meta);
        const generation = meta.generation + 1;
        const record = audit(head, { generation, changed: true });
        const line = this.#serialise(record);
        const next: Meta = { ...meta, generation, keyId: newKey.id, dataKey: this.#keys.wrap(newKey, wrapContext(this.vaultId)), anchor: line };
        this.#write(() => {
          this.#sql.updateMeta.run(metaParams(this.#keys, next));
          this.#sql.insertAudit.run(record.seq, line);
        });
        this.#commit();
        this.#master = newKey;
        this.#dataKey = next.dataKey;
        this.#generation = generation;
      } finally {
        this.#rollbackIfOpen();
      }
    });
    await this.#durable();
  }

  /**
   * Waits for the log to reach the disk (see sqlite-wal-sync.ts). If it cannot, the commit may or
   * may not survive a power loss, and nothing later can be trusted to either: the store refuses
   * every further operation, as a database must after a failed fsync, and this one fails closed.
   */
  async #durable(): Promise<void> {
    try {
      await this.#wal.sync();
    } catch (error) {
      this.#closed = true;
      throw new VaultError('AuditWriteFailed', `Could not flush ${this.location} to disk (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}): the result is withheld and the vault accepts no more operations until it is reopened.`, { cause: error });
    }
  }

  /**
   * The anchor and the last record's seq, read in one snapshot; the lines are then read in
   * pages up to that seq, so that records appended meanwhile are not mistaken for a rolled-back
   * vault. The chain itself is not checked here: the verifier is there to name what broke.
   */
  async auditSnapshot(): Promise<AuditSnapshot> {
    const { anchor, last } = await this.#exclusive(async () => {
      const meta = await this.#begin('DEFERRED');
      try {
        const row = this.#sql.lastAudit.get(MAX_RECORD_CHARS) as { seq: number } | undefined;
        return { anchor: meta.anchor === null ? undefined : JSON.parse(meta.anchor) as AuditRecord, last: row?.seq ?? 0 };
      } finally {
        this.#rollbackIfOpen();
      }
    });
    return { anchor, lines: this.#auditLines(last) };
  }

  async close(): Promise<void> {
    const drained = this.#queue.then(() => {
      if (this.#closed) return;
      this.#closed = true;
      this.#db.close();
      this.#wal.close();
    });
    this.#queue = drained;
    await drained;
  }

  async *#auditLines(last: number): AsyncGenerator<string> {
    for (let after = 0; after < last;) {
      const from = after;
      const page = await this.#exclusive(() => this.#sql.auditPage.all(MAX_RECORD_CHARS, from, last, AUDIT_PAGE) as { seq: number; record: string | null }[]);
      if (page.length === 0) return;
      // A row too long to be ours is yielded empty: the verifier names it, by its place.
      for (const row of page) yield row.record ?? '';
      after = page.at(-1)?.seq ?? last;
    }
  }

  /**
   * Runs `fn` with this store's connection to itself, one call at a time: a transaction stays
   * open across the awaits in its work, and nothing else may run on the connection meanwhile.
   */
  #exclusive<T>(fn: () => T | Promise<T>): Promise<T> {
    const run = this.#queue.then(() => {
      if (this.#closed) throw new VaultError('StorageError', `The vault ${this.location} is closed.`);
      return fn();
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Starts a transaction and reads the authenticated meta row. The write lock is waited for
   * here, asynchronously: SQLite's busy handler would sleep on the event loop, and a store in
   * this process holding the lock across an await could then never release it.
   */
  async #begin(mode: 'IMMEDIATE' | 'DEFERRED'): Promise<Meta> {
    const deadline = Date.now() + this.#lockTimeoutMs;
    for (let attempt = 0; ; attempt += 1) {
      try {
        this.#db.exec(`BEGIN ${mode}`);
        return this.#meta();
      } catch (error) {
        this.#rollbackIfOpen();
        if (!isBusy(error)) throw sqliteFailure(error, this.location, 'starting a transaction');
      }
      if (Date.now() >= deadline) {
        throw new VaultError('LockTimeout', `Timed out after ${this.#lockTimeoutMs} ms waiting for another writer to finish with ${this.location}.`);
      }
      await sleep(Math.min(50, 1 + attempt) * (0.5 + Math.random()));
    }
  }

  #commit(): void {
    try {
      this.#db.exec('COMMIT');
    } catch (error) {
      throw sqliteFailure(error, this.location, 'committing; neither the change nor its audit record was written, and the result is withheld', 'AuditWriteFailed');
    }
  }

  #rollbackIfOpen(): void {
    try {
      if (this.#db.open && this.#db.inTransaction) this.#db.exec('ROLLBACK');
    } catch {
      // SQLite rolls back by itself after the errors that make ROLLBACK fail; the first error is the one to report.
    }
  }

  /** Writes inside the open transaction; a failure fails closed, for nothing commits without its record. */
  #write(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      throw sqliteFailure(error, this.location, 'writing; nothing was written and the result is withheld', 'AuditWriteFailed');
    }
  }

  /** The meta row, authenticated, checked against what this store has seen and the pinned generation. */
  #meta(): Meta {
    const schemaVersion = this.#sql.schemaVersion.get();
    if (schemaVersion !== this.#schemaVersion) {
      // Someone changed the schema since it was checked: a planted trigger would run in our transactions.
      checkSchema(this.#db, this.location);
      this.#schemaVersion = schemaVersion;
    }
    const meta = metaOf(this.#sql.meta.get(), this.location);
    if (!macsEqual(meta.mac, metaMac(this.#keys, meta))) {
      throw new IntegrityError(`${this.location} failed its integrity check (the meta row's MAC): it was modified outside Coffer or replaced by another vault.`);
    }
    if (meta.format !== SQLITE_FORMAT) throw new VaultError('UnsupportedFormat', `${this.location} has format '${meta.format}': this Coffer reads ${SQLITE_FORMAT}.`);
    if (meta.generation < this.#generation) {
      throw new IntegrityError(`${this.location} went back from generation ${this.#generation} to ${meta.generation}: the database was rolled back.`);
    }
    if (this.#minGeneration !== undefined && meta.generation < this.#minGeneration) {
      throw new IntegrityError(`${this.location} is at generation ${meta.generation}, older than the pinned generation ${this.#minGeneration}: the database was rolled back.`);
    }
    if (meta.dataKey !== this.#dataKey) {
      // Rekeyed by another process: this store's master key must still open it (KeyMismatch if not).
      VaultKeys.unwrap(meta.dataKey, this.#master, meta.keyId, wrapContext(this.vaultId), this.#random);
      this.#dataKey = meta.dataKey;
    }
    this.#generation = meta.generation;
    return meta;
  }

  /**
   * The chain's head: the last audit row, authentic, at the meta row's generation, and the
   * anchor still in the table as written. One SQLite transaction writes all three, so any
   * disagreement is tampering (or a database rolled back under its audit table).
   */
  #head(meta: Meta): AuditHead | undefined {
    const row = this.#sql.lastAudit.get(MAX_RECORD_CHARS) as { seq: number; record: string | null } | undefined;
    if (row === undefined) {
      if (meta.generation === 0 && meta.anchor === null) return undefined;
      throw new IntegrityError(`${this.location} is at generation ${meta.generation} but its audit table is empty: audit records were removed.`);
    }
    const last = this.#parseRecord(row);
    if (last.generation > meta.generation) {
      throw new IntegrityError(`${this.location} is at generation ${meta.generation} but its last audit record is at generation ${last.generation}: the vault was rolled back.`);
    }
    if (last.generation < meta.generation) {
      throw new IntegrityError(`${this.location} is at generation ${meta.generation} but its last audit record is at generation ${last.generation}: audit records were removed.`);
    }
    if (meta.anchor !== null && row.record !== meta.anchor) {
      const seq = (JSON.parse(meta.anchor) as AuditRecord).seq;
      const anchored = this.#sql.auditAt.get(MAX_RECORD_CHARS, seq) as { record: string | null } | undefined;
      if (anchored?.record !== meta.anchor) {
        throw new IntegrityError(`${this.location} anchors audit record ${seq}, which its audit table no longer holds as written: audit records were removed or edited.`);
      }
    }
    return headOf(last);
  }

  #parseRecord(row: { seq: number; record: string | null }): AuditRecord {
    let record: AuditRecord | undefined;
    try {
      record = row.record === null ? undefined : JSON.parse(row.record) as AuditRecord;
    } catch {
      record = undefined;
    }
    if (record?.seq !== row.seq || !recordIsAuthentic(record, (text) => this.#keys.auditMac(text))) {
      throw new IntegrityError(`Audit record ${row.seq} in ${this.location} fails its MAC: it was edited, or belongs to another vault.`);
    }
    return record;
  }

  /** At open: the meta row, every row's term in the index, and the chain's head. */
  #checkAll(): void {
    const meta = this.#meta();
    this.#objects.checkAll(this.#sql.allMacs.iterate() as IterableIterator<{ type: string; name: string; mac: string }>, this.#digests(meta));
    this.#head(meta);
  }

  #digests(meta: Meta): Digests {
    if (this.#index?.sealed !== meta.objectIndex) this.#index = { sealed: meta.objectIndex, digests: openIndex(this.#keys, this.vaultId, meta.objectIndex) };
    return this.#index.digests;
  }

  /**
   * Applies a transaction's changes, and updates the index and the meta row with its record as
   * the anchor. Returns what to call once the transaction has committed.
   */
  #applyChanges(changes: ObjectChanges, meta: Meta, generation: number, line: string): () => void {
    const update = this.#objects.update(this.#digests(meta));
    for (const [type, section] of changes) {
      for (const [key, object] of section) {
        if (object === null) {
          this.#sql.deleteObject.run(type, key);
          update.set(type, key, null);
          continue;
        }
        const { type: _type, ...stored } = object;
        const body = JSON.stringify(stored);
        if (body.length > MAX_OBJECT_CHARS) {
          throw new VaultError('StorageError', `The ${type} ${quote(object.name)} would take ${body.length} characters, over the ${MAX_OBJECT_CHARS} limit of one object; purge old versions first. Nothing was changed.`);
        }
        const mac = rowMac(this.#keys, this.vaultId, type, key, body);
        this.#sql.putObject.run(type, key, mac, body);
        update.set(type, key, mac);
      }
    }
    const next: Meta = { ...meta, generation, anchor: line, objectIndex: sealIndex(this.#keys, this.vaultId, update.digests) };
    this.#sql.updateMeta.run(metaParams(this.#keys, next));
    return () => { update.committed(); };
  }

  #serialise(record: AuditRecord): string {
    let line: unknown;
    try {
      line = JSON.stringify(record);
    } catch (error) {
      throw new VaultError('AuditWriteFailed', `An audit record could not be serialised (${error instanceof Error ? error.name : 'error'}); nothing was written and the operation's result is withheld.`, { cause: error });
    }
    // A record that could not be read back would lock everyone out: refuse it, unwritten.
    if (typeof line !== 'string' || line.length > MAX_RECORD_CHARS) {
      throw new VaultError('AuditWriteFailed', `An audit record of ${typeof line === 'string' ? line.length : 0} characters is not a record that can be stored (limit ${MAX_RECORD_CHARS}); nothing was written and the operation's result is withheld.`);
    }
    return line;
  }
}

/** The meta row's columns, MAC included, as named parameters. */
function metaParams(keys: VaultKeys, meta: Meta): Record<string, string | number | null> {
  return {
    format: meta.format, vault_id: meta.vaultId, key_id: meta.keyId, data_key: meta.dataKey, generation: meta.generation,
    recoverable_days: meta.recoverableDays, anchor: meta.anchor, object_index: meta.objectIndex, mac: metaMac(keys, meta),
  };
}
