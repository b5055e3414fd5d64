/**
 * The file store: a vault in one JSON file (see vault-file-format.ts) with its audit log
 * beside it (`<vault>.audit.jsonl`) and a lock file (`<vault>.lock`) while a process works.
 *
 * Every transaction runs under the lock, starts from the file as it is on disk (re-read when
 * another process has replaced it), and commits with one atomic, fsynced rename. The commit
 * carries its own audit record as the file's anchor, so a crash between the rename and the log
 * append loses nothing: the next transaction finds the anchor missing from the log and appends it.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync } from 'node:fs';
import { VaultKeys, type RandomSource } from '../crypto/envelope.js';
import type { MasterKey } from '../crypto/master-key.js';
import { IntegrityError, VaultError } from '../errors.js';
import { LIMITS, validateRecoverableDays } from '../names.js';
import { headOf, recordIsAuthentic, type AuditHead, type AuditRecord } from '../audit/record.js';
import { MAX_RECORD_CHARS, appendLogLine, appendLogLineAsync, logSize, readLogLines, readLogTail, truncateLog } from './audit-log-file.js';
import { createFileDurably, readFully, removeOrphanTemps, replaceFileDurably } from './durable-file.js';
import { FileLock } from './file-lock.js';
import { FileTransaction, type ObjectTable } from './file-transaction.js';
import { FORMAT, MAX_VAULT_FILE_BYTES, decodeVaultFile, encodeVaultFile, wrapContext, type FileObject, type VaultHeader } from './vault-file-format.js';
import type { AuditRecordBuilder, AuditRecordsBuilder, AuditSnapshot, Store, StoreReader, StoreTransaction } from './store.js';

export interface FileStoreOptions {
  /** How long to wait for another process's lock, in milliseconds. */
  readonly lockTimeoutMs?: number;
  readonly random?: RandomSource;
  /**
   * Refuse a vault file older than this generation. The files alone cannot expose a vault
   * file rolled back together with its log (a reverted commit does exactly that); a generation
   * pinned outside them, where the attacker cannot write, can.
   */
  readonly minGeneration?: number;
}

export interface CreateFileStoreOptions extends FileStoreOptions {
  readonly recoverableDays?: number;
}

/**
 * What tells us another process replaced the file. Inode, size and mtime alone can repeat (a
 * freed inode reused, same-size values, a file system with coarse timestamps), so the file's
 * first bytes — which hold its generation, bumped by every commit — are compared too.
 */
interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly head: Buffer;
}

const HEAD_BYTES = 256;

interface Snapshot {
  readonly header: VaultHeader;
  readonly table: ObjectTable;
  readonly identity: FileIdentity;
}

/** Reads the identity (and, if `whole`, every byte) through one open file. */
function readIdentity(path: string, whole: boolean): { identity: FileIdentity; bytes: Buffer } {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (whole && stat.size > MAX_VAULT_FILE_BYTES) {
      throw new VaultError('StorageError', `${path} is ${stat.size} bytes: larger than the ${MAX_VAULT_FILE_BYTES}-byte limit of a vault file.`);
    }
    const bytes = readFully(fd, 0, whole ? stat.size : Math.min(stat.size, HEAD_BYTES));
    const identity = { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, head: Buffer.from(bytes.subarray(0, HEAD_BYTES)) };
    return { identity, bytes };
  } finally {
    closeSync(fd);
  }
}

const identityOf = (path: string): FileIdentity => readIdentity(path, false).identity;

const sameIdentity = (a: FileIdentity, b: FileIdentity): boolean =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.head.equals(b.head);

/** Reads the vault file as a StorageError-reporting step: a missing vault gets its own hint. */
function readVault<T>(path: string, read: (path: string) => T): T {
  try {
    return read(path);
  } catch (error) {
    if (error instanceof VaultError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new VaultError('StorageError', `No vault at ${path}: create one with 'coffer init'.`);
    }
    throw new VaultError('StorageError', `Could not read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`);
  }
}

function checkPinnedGeneration(path: string, generation: number, min: number | undefined): void {
  if (min !== undefined && generation < min) {
    throw new IntegrityError(`${path} is at generation ${generation}, older than the pinned generation ${min}: the vault file was rolled back.`);
  }
}

export class FileStore implements Store {
  readonly location: string;
  readonly #auditPath: string;
  readonly #lock: FileLock;
  readonly #random: RandomSource;
  readonly #minGeneration: number | undefined;
  #master: MasterKey;
  #keys: VaultKeys;
  #snapshot: Snapshot;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(path: string, master: MasterKey, keys: VaultKeys, snapshot: Snapshot, options: FileStoreOptions) {
    this.location = path;
    this.#auditPath = `${path}.audit.jsonl`;
    this.#lock = new FileLock(`${path}.lock`, options.lockTimeoutMs);
    this.#minGeneration = options.minGeneration;
    this.#random = options.random ?? randomBytes;
    this.#master = master;
    this.#keys = keys;
    this.#snapshot = snapshot;
  }

  /** Opens and authenticates an existing vault file. */
  static open(path: string, master: MasterKey, options: FileStoreOptions = {}): FileStore {
    const { header, table, keys, identity } = FileStore.#load(path, master, options.random);
    checkPinnedGeneration(path, header.generation, options.minGeneration);
    return new FileStore(path, master, keys, { header, table, identity }, options);
  }

  /** Creates a new, empty vault file; refuses to overwrite one that exists. */
  static create(path: string, master: MasterKey, options: CreateFileStoreOptions = {}): FileStore {
    const recoverableDays = validateRecoverableDays(options.recoverableDays ?? LIMITS.defaultRecoverableDays);
    const random = options.random ?? randomBytes;
    const keys = VaultKeys.generate(random);
    const vaultId = random(16).toString('hex');
    const header: VaultHeader = {
      format: FORMAT, vaultId, generation: 0, keyId: master.id, dataKey: keys.wrap(master, wrapContext(vaultId)), recoverableDays, audit: null,
    };
    const empty = { secret: new Map<string, FileObject>(), key: new Map<string, FileObject>(), certificate: new Map<string, FileObject>() };
    createFileDurably(path, encodeVaultFile(header, empty, keys));
    return FileStore.open(path, master, options);
  }

  static #load(path: string, master: MasterKey, random?: RandomSource): { header: VaultHeader; table: ObjectTable; keys: VaultKeys; identity: FileIdentity } {
    // One open file for identity and bytes: what we decode is exactly what we fingerprint.
    const { identity, bytes } = readVault(path, (at) => readIdentity(at, true));
    return { ...decodeVaultFile(bytes, master, path, random), identity };
  }

  get vaultId(): string {
    return this.#snapshot.header.vaultId;
  }

  get keys(): VaultKeys {
    return this.#keys;
  }

  /** Retention, in days, that new objects get. */
  get recoverableDays(): number {
    return this.#snapshot.header.recoverableDays;
  }

  async transact<T>(work: (tx: StoreTransaction) => T | Promise<T>, audit: AuditRecordBuilder | AuditRecordsBuilder): Promise<T> {
    return this.#exclusive(async () => {
      const head = this.#prepare();
      const tx = new FileTransaction(this.#snapshot.table, this.#snapshot.header.generation);
      let result: T | undefined;
      let failure: { error: unknown } | undefined;
      try {
        result = await work(tx);
      } catch (error) {
        failure = { error };
      }
      const changed = failure === undefined && tx.changed;
      const generation = this.#snapshot.header.generation + (changed ? 1 : 0);
      const built = audit(head, { generation, changed });
      const records: readonly AuditRecord[] = Array.isArray(built) ? built : [built as AuditRecord];
      const [record] = records;
      if (record === undefined || (changed && records.length > 1)) throw new Error('A change is audited by exactly one record.');
      if (changed) this.#commitWithRecord({ ...this.#snapshot.header, generation }, tx.apply(), record);
      // Reads of several objects: their records go out in one write and one fsync.
      else await this.#appendLineAsync(records.map((r) => this.#serialise(r)).join('\n'));
      if (failure !== undefined) throw failure.error;
      return result as T;
    });
  }

  /**
   * Without the lock: the file is only ever replaced whole (rename), and one open file gives one
   * consistent version of it, so a read needs no exclusion, and does not wait behind another
   * transaction's fsync. It sees every commit that has returned, in any process.
   */
  async read<T>(work: (reader: StoreReader) => T): Promise<T> {
    this.#refresh();
    // A transaction that is never applied: the reader cannot change anything.
    return Promise.resolve(work(new FileTransaction(this.#snapshot.table, this.#snapshot.header.generation)));
  }

  async rekey(newKey: MasterKey, audit: AuditRecordBuilder): Promise<void> {
    await this.#exclusive(() => {
      const head = this.#prepare();
      const current = this.#snapshot.header;
      const generation = current.generation + 1;
      const record = audit(head, { generation, changed: true });
      const header = { ...current, generation, keyId: newKey.id, dataKey: this.#keys.wrap(newKey, wrapContext(current.vaultId)) };
      this.#commitWithRecord(header, this.#snapshot.table, record);
      this.#master = newKey;
    });
  }

  /**
   * The audit log and the anchor as of one moment, read under the lock: crash leftovers are
   * repaired first, and the lines stop where the log ended then, so that records appended by
   * another process meanwhile are not mistaken for a rolled-back vault.
   */
  async auditSnapshot(): Promise<AuditSnapshot> {
    const { anchor, size } = await this.#exclusive(() => {
      this.#refresh();
      this.#repairLog();
      return { anchor: this.#snapshot.header.audit ?? undefined, size: this.#logIo(() => logSize(this.#auditPath)) };
    });
    return { anchor, lines: readLogLines(this.#auditPath, size) };
  }

  async close(): Promise<void> {
    // Nothing is held between transactions: the lock is released after each one.
  }

  /**
   * Runs `fn` under the file lock, one call at a time. The lock file excludes other processes;
   * this queue excludes this store's own concurrent calls (Promise.all of two gets), which the
   * non-reentrant lock would otherwise refuse.
   */
  #exclusive<T>(fn: () => T | Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      await this.#lock.acquire();
      try {
        return await fn();
      } finally {
        this.#lock.release();
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The start of every change: the file as it is on disk, the log reconciled with it; the chain's head. */
  #prepare(): AuditHead | undefined {
    this.#refresh();
    return this.#reconcileLog();
  }

  /** Re-reads the file if another process replaced it since we last looked. */
  #refresh(): void {
    let current: FileIdentity;
    try {
      current = identityOf(this.location);
    } catch {
      throw new VaultError('StorageError', `The vault file ${this.location} has disappeared.`);
    }
    if (sameIdentity(current, this.#snapshot.identity)) return;
    const { header, table, keys, identity } = FileStore.#load(this.location, this.#master, this.#random);
    checkPinnedGeneration(this.location, header.generation, this.#minGeneration);
    if (header.vaultId !== this.#snapshot.header.vaultId) {
      throw new IntegrityError(`${this.location} was replaced by a different vault (id ${header.vaultId}).`);
    }
    if (header.generation < this.#snapshot.header.generation) {
      throw new IntegrityError(`${this.location} went back from generation ${this.#snapshot.header.generation} to ${header.generation}: the file was rolled back.`);
    }
    this.#keys = keys;
    this.#snapshot = { header, table, identity };
  }

  /**
   * Repairs only what a crash leaves in the log (a torn last line; the record of a committed
   * change not yet appended), so that verifying right after a crash does not report tampering.
   * Anything else is left in place for the verifier to name.
   */
  #repairLog(): void {
    try {
      this.#reconcileLog();
    } catch (error) {
      if (!(error instanceof IntegrityError)) throw error;
    }
  }

  /**
   * Brings the log and the file into agreement and returns the chain's head. Repairs the two
   * traces a crash can leave (a torn last line; a committed change whose record was not yet
   * appended) and refuses everything else: a log that belongs elsewhere, or shows the file
   * was rolled back, or lost records the file anchors.
   */
  #reconcileLog(): AuditHead | undefined {
    const anchor = this.#snapshot.header.audit ?? undefined;
    const tail = this.#logIo(() => readLogTail(this.#auditPath));
    if (tail === undefined) {
      // No log here (lost, or not kept beside the file): a new segment starts at the anchor,
      // so that a lost log does not lock anyone out of their secrets; verify reports the gap.
      if (anchor !== undefined) this.#appendLine(this.#serialise(anchor));
      return anchor === undefined ? undefined : headOf(anchor);
    }
    if (tail.completeSize < 0) throw new IntegrityError(`${this.#auditPath} has a line longer than any audit record.`);
    if (tail.completeSize < tail.size) this.#logIo(() => { truncateLog(this.#auditPath, tail.completeSize); });
    const last = this.#parseTail(tail.lastLine);
    const generation = this.#snapshot.header.generation;
    if (last !== undefined && last.generation > generation) {
      throw new IntegrityError(`${this.location} is at generation ${generation} but ${this.#auditPath} records generation ${last.generation}: the vault file was rolled back.`);
    }
    if (anchor === undefined || (last !== undefined && last.seq >= anchor.seq)) return last === undefined ? undefined : headOf(last);
    if ((last?.seq ?? 0) + 1 === anchor.seq && (last === undefined || anchor.prev === last.hash)) {
      this.#appendLine(this.#serialise(anchor));
      return headOf(anchor);
    }
    throw new IntegrityError(`${this.#auditPath} ends at record ${last?.seq ?? 0} but ${this.location} anchors record ${anchor.seq}: audit records were removed.`);
  }

  #parseTail(line: string | undefined): AuditRecord | undefined {
    if (line === undefined) return undefined;
    // A blank line is no record: skipping it would hide the real last record from the rollback check.
    if (line.trim() === '') throw new IntegrityError(`The last line of ${this.#auditPath} is blank: the log was modified outside Coffer.`);
    let record: AuditRecord;
    try {
      record = JSON.parse(line) as AuditRecord;
    } catch (error) {
      throw new IntegrityError(`The last record of ${this.#auditPath} is not valid JSON.`, error);
    }
    if (!recordIsAuthentic(record, (text) => this.#keys.auditMac(text))) {
      throw new IntegrityError(`The last record of ${this.#auditPath} fails its MAC: it was edited, or the log belongs to another vault.`);
    }
    return record;
  }

  /**
   * Commits a change with its audit record as the file's anchor, then appends the record to
   * the log. The record is serialised first, so one that cannot be written leaves no change.
   * If the append fails after the rename, the change stands and its record is safe in the
   * file (the next operation appends it); the caller is told exactly that.
   */
  #commitWithRecord(header: VaultHeader, table: ObjectTable, record: AuditRecord): void {
    const line = this.#serialise(record);
    const next: VaultHeader = { ...header, audit: record };
    const bytes = encodeVaultFile(next, table, this.#keys);
    if (bytes.length > MAX_VAULT_FILE_BYTES) {
      throw new VaultError('StorageError', `The change would make ${this.location} ${bytes.length} bytes, over the ${MAX_VAULT_FILE_BYTES}-byte limit of a vault file; purge old versions or secrets first. Nothing was changed.`);
    }
    removeOrphanTemps(this.location);
    replaceFileDurably(this.location, bytes);
    this.#snapshot = { header: next, table, identity: identityOf(this.location) };
    try {
      appendLogLine(this.#auditPath, line);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new VaultError('AuditWriteFailed', `The change was committed and its audit record is kept in ${this.location}, but appending it to ${this.#auditPath} failed (${code}); the next operation appends it. The result is withheld.`, { cause: error });
    }
  }

  #serialise(record: AuditRecord): string {
    const line = this.#logIo(() => JSON.stringify(record));
    // A record the log could not be read back with would lock everyone out: refuse it, unwritten.
    if (line.length > MAX_RECORD_CHARS) {
      throw new VaultError('AuditWriteFailed', `An audit record of ${line.length} characters is over the ${MAX_RECORD_CHARS} limit; nothing was written and the operation's result is withheld.`);
    }
    return line;
  }

  #appendLine(line: string): void {
    this.#logIo(() => { appendLogLine(this.#auditPath, line); });
  }

  async #appendLineAsync(line: string): Promise<void> {
    try {
      await appendLogLineAsync(this.#auditPath, line);
    } catch (error) {
      // Through #logIo's mapping: any failure fails the operation closed.
      this.#logIo(() => { throw error; });
    }
  }

  /** Any failure to read, repair or write the log fails the operation closed: it cannot be audited. */
  #logIo<T>(io: () => T): T {
    try {
      return io();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.name : 'unknown error');
      throw new VaultError('AuditWriteFailed', `Could not write the audit record to ${this.#auditPath} (${code}); the operation's result is withheld.`, { cause: error });
    }
  }
}
