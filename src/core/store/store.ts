/**
 * The Store contract. A store keeps objects (a name with its versions) and the audit chain,
 * and commits both together: one transaction, one audit record, durable before it resolves.
 * Every implementation (file, SQLite, PostgreSQL) must pass test/core/store-conformance.ts.
 *
 * Records are plain JSON-able data. Values arrive already sealed by the caller (VaultKeys),
 * with their identity in the AAD; a store never sees plaintext.
 */
import type { VaultKeys } from '../crypto/envelope.js';
import type { MasterKey } from '../crypto/master-key.js';
import type { ObjectType } from '../model.js';
import type { AuditHead, AuditRecord } from '../audit/record.js';

/** One version of an object, as stored. Times are ISO 8601 (UTC, milliseconds). */
export interface StoredVersion {
  readonly version: string;
  readonly created: string;
  readonly updated: string;
  readonly enabled: boolean;
  readonly notBefore?: string;
  readonly expires?: string;
  readonly contentType?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly managed?: boolean;
  /** Clear metadata that object types other than secrets need (a key's public parts, say). */
  readonly meta?: Readonly<Record<string, unknown>>;
  /** The value or private material: base64 of salt‖nonce‖ciphertext‖tag. */
  readonly sealed: string;
}

export interface DeletionInfo {
  readonly deletedOn: string;
  readonly scheduledPurgeDate: string;
}

/** A named object and its versions, oldest first; the last version is the current one. */
export interface StoredObject {
  readonly type: ObjectType;
  /** The name as first created; lookups use its lower-case form (names are case-insensitive). */
  readonly name: string;
  readonly recoverableDays: number;
  readonly deleted?: DeletionInfo;
  /** Clear, type-specific settings of the object as a whole: a key's rotation policy, say. */
  readonly policy?: Readonly<Record<string, unknown>>;
  readonly versions: readonly StoredVersion[];
}

export interface StoreReader {
  /** The object with this name (any case), deleted or not. */
  getObject(type: ObjectType, name: string): StoredObject | undefined;
  /**
   * Every object of a type, deleted or not, ordered by lower-case name; with `namePrefix`,
   * only those whose lower-case name starts with it (lower-cased), so that a store can skip
   * reading the others.
   */
  listObjects(type: ObjectType, namePrefix?: string): readonly StoredObject[];
}

export interface StoreTransaction extends StoreReader {
  /** The generation the transaction started from; a commit makes it generation + 1. */
  readonly generation: number;
  putObject(object: StoredObject): void;
  removeObject(type: ObjectType, name: string): void;
}

/** What the vault tells the store about the transaction it is about to commit. */
export interface TransactionOutcome {
  /** The generation the store will hold after the commit (unchanged if nothing changed). */
  readonly generation: number;
  readonly changed: boolean;
}

/** The audit chain as of one moment, with the record the store's own data anchors it to. */
export interface AuditSnapshot {
  /** The last committed change's record, if any change was committed. */
  readonly anchor: AuditRecord | undefined;
  readonly lines: AsyncIterable<string>;
}

/** Builds the transaction's one audit record once the outcome is known. */
export type AuditRecordBuilder = (head: AuditHead | undefined, outcome: TransactionOutcome) => AuditRecord;

/**
 * Builds several records, chained in order, for a transaction that reads several objects at
 * once (one record per object read). Only a transaction that changes nothing may have more
 * than one: a change is anchored by exactly one record.
 */
export type AuditRecordsBuilder = (head: AuditHead | undefined, outcome: TransactionOutcome) => readonly AuditRecord[];

export interface Store {
  /** Random id of this vault, bound into every sealed value's AAD. */
  readonly vaultId: string;
  /** The unwrapped data key and its derived keys. */
  readonly keys: VaultKeys;
  /** Where the store lives, for messages (a path or a URL without credentials). */
  readonly location: string;
  /** Retention, in days, that new objects get (7–90; Azure's default is 90). */
  readonly recoverableDays: number;

  /**
   * Runs `work` with exclusive, up-to-date access. If it throws, its changes are discarded.
   * Either way, the record that `audit` builds is appended to the chain; then the changes (if
   * any) and the record are durable, and only then does the promise settle. If the record
   * cannot be written the transaction fails with AuditWriteFailed and returns nothing.
   */
  transact<T>(work: (tx: StoreTransaction) => T | Promise<T>, audit: AuditRecordBuilder | AuditRecordsBuilder): Promise<T>;

  /**
   * A consistent, up-to-date view of the objects, with no audit record and no change. Only for
   * work whose outcome a later transaction audits before any result is released: the vault
   * resolves the keys of a batch of key operations here, runs the operations outside the lock,
   * then re-checks the keys and writes the records in one transaction.
   */
  read<T>(work: (reader: StoreReader) => T): Promise<T>;

  /** The audit chain (one JSON text per record, oldest first) and its anchor, consistent with each other. */
  auditSnapshot(): Promise<AuditSnapshot>;

  /** Re-wraps the data key under a new master key. Values are not re-sealed. */
  rekey(newKey: MasterKey, audit: AuditRecordBuilder): Promise<void>;

  close(): Promise<void>;
}
