/**
 * The Vault: what every adapter (CLI, actions, server routes) calls. LocalVault runs each
 * operation as one store transaction: check access, do the work, record exactly one audit
 * record (allowed or denied, succeeded or failed), and return only once that record is
 * durable. Each method's doc names the permission it needs.
 */
import { randomBytes } from 'node:crypto';
import { BadParameterError, IntegrityError, VaultError, quote } from './errors.js';
import type { DeletedSecret, Secret, SecretProperties, SetSecretOptions, UpdateSecretOptions } from './model.js';
import { keyHolderIsAdministrator, resourcePath, type Authorizer } from './access/decision.js';
import type { Permission } from './access/permissions.js';
import type { Principal } from './access/principal.js';
import { auditEvent } from './audit/event.js';
import { chainRecord, headOf, type AuditRecord } from './audit/record.js';
import { verifyChain, type ChainVerdict } from './audit/verify.js';
import type { MasterKey } from './crypto/master-key.js';
import type { RandomSource } from './crypto/envelope.js';
import * as secrets from './secrets.js';
import { backupSecret, restoreSecret } from './secret-backup.js';
import type { AuditRecordBuilder, Store, StoreTransaction } from './store/store.js';

export interface Vault {
  /** Where the vault lives (a path or URL), for messages. */
  readonly location: string;
  /** secrets/set. A new version; the value is returned as stored. */
  setSecret(name: string, value: string, options?: SetSecretOptions): Promise<Secret>;
  /** secrets/get. The latest version, or the one named. A disabled version is Forbidden (SecretDisabled). */
  getSecret(name: string, version?: string): Promise<Secret>;
  /**
   * secrets/get, for each request. Many secrets in one pass over the vault: each is decided,
   * served and audited (one SecretGet record each) on its own, and fails on its own.
   */
  getSecrets(requests: readonly SecretRequest[]): Promise<SecretResult[]>;
  /** secrets/update. Properties of a version (the latest if none is named); never the value. */
  updateSecretProperties(name: string, version: string | undefined, options: UpdateSecretOptions): Promise<SecretProperties>;
  /**
   * secrets/readMetadata. Each live secret's latest version, without values, ordered by name;
   * with `namePrefix`, only the names that start with it (compared case-insensitively).
   */
  listPropertiesOfSecrets(options?: ListSecretsOptions): Promise<SecretProperties[]>;
  /** secrets/readMetadata. Every version of one secret, oldest first. */
  listPropertiesOfSecretVersions(name: string): Promise<SecretProperties[]>;
  /** secrets/delete. Soft delete: recoverable until its scheduled purge date. */
  deleteSecret(name: string): Promise<DeletedSecret>;
  /** secrets/readMetadata. */
  listDeletedSecrets(): Promise<DeletedSecret[]>;
  /** secrets/readMetadata. */
  getDeletedSecret(name: string): Promise<DeletedSecret>;
  /** secrets/recover. */
  recoverDeletedSecret(name: string): Promise<SecretProperties>;
  /** secrets/purge. Removes a deleted secret for good. */
  purgeDeletedSecret(name: string): Promise<void>;
  /** secrets/backup. A sealed base64url blob of every version. */
  backupSecret(name: string): Promise<string>;
  /** secrets/restore. Refused if the name exists, deleted or not. */
  restoreSecretBackup(blob: string): Promise<SecretProperties>;
  close(): Promise<void>;
}

export interface ListSecretsOptions {
  readonly namePrefix?: string;
}

/** One secret asked for in a batch: the latest version, or the one named. */
export interface SecretRequest {
  readonly name: string;
  readonly version?: string;
}

export type SecretResult =
  | { readonly ok: true; readonly secret: Secret }
  | { readonly ok: false; readonly error: VaultError };

/** A batch is one transaction holding the lock; bound it, as every input is bounded. */
export const MAX_BATCH = 1000;

export interface LocalVaultOptions {
  /** Who is calling; recorded in every audit record. */
  readonly principal: Principal;
  readonly authorizer?: Authorizer;
  readonly clock?: () => Date;
  readonly random?: RandomSource;
  readonly callerIpAddress?: string;
}

/** What #run learns about an operation as it goes, for its audit record. */
interface OperationTrace<T> {
  readonly started: Date;
  purged: string[];
  result?: { readonly value: T };
  failure?: { readonly error: unknown };
  /** Runs the operation's body, remembering its result or error. */
  capture(fn: () => T): T;
  readonly record: AuditRecordBuilder;
}

interface Operation {
  readonly name: string;
  readonly permission: Permission;
  /** The object path access is decided on and the audit record names. */
  readonly resource: string;
  /** Changes state: also purges what is past its retention, in the same transaction. */
  readonly writes: boolean;
}

const secretRead = (name: string, permission: Permission, secret?: string): Operation =>
  ({ name, permission, resource: resourcePath('secrets', secret), writes: false });

const secretWrite = (name: string, permission: Permission, secret?: string): Operation =>
  ({ name, permission, resource: resourcePath('secrets', secret), writes: true });

/** The object id an audit record names for a version: `/secrets/Name/version`. */
const versionId = (properties: SecretProperties): string => `/secrets/${properties.name}/${properties.version}`;

function parseAuditLine(text: string, line: number): AuditRecord {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as AuditRecord;
  } catch {
    // The parser's message may quote the line; ours does not.
  }
  throw new IntegrityError(`Audit log line ${line} is not a record: the log was modified outside Coffer.`);
}

function uuid(bytes: Buffer): string {
  const b = Buffer.from(bytes);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export class LocalVault implements Vault {
  readonly #store: Store;
  readonly #who: Principal;
  readonly #authorizer: Authorizer;
  readonly #clock: () => Date;
  readonly #random: RandomSource;
  readonly #callerIpAddress: string | undefined;

  constructor(store: Store, options: LocalVaultOptions) {
    this.#store = store;
    this.#who = options.principal;
    this.#authorizer = options.authorizer ?? keyHolderIsAdministrator;
    this.#clock = options.clock ?? (() => new Date());
    this.#random = options.random ?? randomBytes;
    this.#callerIpAddress = options.callerIpAddress;
  }

  get location(): string {
    return this.#store.location;
  }

  get vaultId(): string {
    return this.#store.vaultId;
  }

  async setSecret(name: string, value: string, options?: SetSecretOptions): Promise<Secret> {
    return this.#run(secretWrite('SecretSet', 'secrets/set', name), (tx, ctx) => secrets.setSecret(tx, ctx, name, value, options),
      (secret) => versionId(secret.properties));
  }

  async getSecret(name: string, version?: string): Promise<Secret> {
    return this.#run(secretRead('SecretGet', 'secrets/get', name), (tx, ctx) => secrets.getSecret(tx, ctx, name, version),
      (secret) => versionId(secret.properties));
  }

  async getSecrets(requests: readonly SecretRequest[]): Promise<SecretResult[]> {
    if (requests.length > MAX_BATCH) {
      throw new BadParameterError(`Too many secrets in one batch (${requests.length}): at most ${MAX_BATCH}.`);
    }
    if (requests.length === 0) return [];
    const items = requests.map((request) => {
      const operation = secretRead('SecretGet', 'secrets/get', request.name);
      return { request, operation, trace: this.#trace<Secret>(operation, (secret) => versionId(secret.properties)) };
    });
    return this.#store.transact((tx) => items.map(({ request, operation, trace }): SecretResult => {
      try {
        return { ok: true, secret: trace.capture(() => {
          this.#authorize(operation);
          return secrets.getSecret(tx, this.#context(trace.started), request.name, request.version);
        }) };
      } catch (error) {
        if (error instanceof VaultError) return { ok: false, error };
        throw error;
      }
    }), (head, stored) => {
      let previous = head;
      // An unexpected error ends the batch: the items it never reached are not recorded as served.
      return items.filter(({ trace }) => trace.result !== undefined || trace.failure !== undefined).map(({ trace }) => {
        const record = trace.record(previous, stored);
        previous = headOf(record);
        return record;
      });
    });
  }

  async updateSecretProperties(name: string, version: string | undefined, options: UpdateSecretOptions): Promise<SecretProperties> {
    return this.#run(secretWrite('SecretUpdate', 'secrets/update', name), (tx, ctx) => secrets.updateSecretProperties(tx, ctx, name, version, options), versionId);
  }

  async listPropertiesOfSecrets(options: ListSecretsOptions = {}): Promise<SecretProperties[]> {
    const { namePrefix } = options;
    if (namePrefix !== undefined && !/^[0-9a-zA-Z-]{0,127}$/.test(namePrefix)) {
      throw new BadParameterError(`Invalid name prefix ${quote(namePrefix)}: expected 0-127 of 0-9, a-z, A-Z, '-'.`);
    }
    return this.#run(secretRead('SecretList', 'secrets/readMetadata'), (tx) => secrets.listSecrets(tx, namePrefix));
  }

  async listPropertiesOfSecretVersions(name: string): Promise<SecretProperties[]> {
    return this.#run(secretRead('SecretListVersions', 'secrets/readMetadata', name), (tx, ctx) => secrets.listSecretVersions(tx, ctx.now, name));
  }

  async deleteSecret(name: string): Promise<DeletedSecret> {
    return this.#run(secretWrite('SecretDelete', 'secrets/delete', name), (tx, ctx) => secrets.deleteSecret(tx, ctx, name));
  }

  async listDeletedSecrets(): Promise<DeletedSecret[]> {
    return this.#run(secretRead('SecretListDeleted', 'secrets/readMetadata'), (tx, ctx) => secrets.listDeletedSecrets(tx, ctx.now));
  }

  async getDeletedSecret(name: string): Promise<DeletedSecret> {
    return this.#run(secretRead('SecretGetDeleted', 'secrets/readMetadata', name), (tx, ctx) => secrets.getDeletedSecret(tx, ctx.now, name));
  }

  async recoverDeletedSecret(name: string): Promise<SecretProperties> {
    return this.#run(secretWrite('SecretRecover', 'secrets/recover', name), (tx, ctx) => secrets.recoverDeletedSecret(tx, ctx.now, name));
  }

  async purgeDeletedSecret(name: string): Promise<void> {
    return this.#run(secretWrite('SecretPurge', 'secrets/purge', name), (tx, ctx) => { secrets.purgeDeletedSecret(tx, ctx.now, name); });
  }

  async backupSecret(name: string): Promise<string> {
    return this.#run(secretRead('SecretBackup', 'secrets/backup', name), (tx, ctx) => backupSecret(tx, ctx, name));
  }

  async restoreSecretBackup(blob: string): Promise<SecretProperties> {
    return this.#run(secretWrite('SecretRestore', 'secrets/restore'), (tx, ctx) => restoreSecret(tx, ctx, blob), versionId);
  }

  /** vault/rekey. Re-wraps the data key under `newKey`; every value stays sealed as it is. */
  async rekey(newKey: MasterKey): Promise<void> {
    const operation: Operation = { name: 'VaultRekey', permission: 'vault/rekey', resource: '/', writes: true };
    // A denial is audited like any other: #run records it, then throws Forbidden.
    if (!this.#allows(operation)) return this.#run(operation, () => undefined);
    await this.#store.rekey(newKey, this.#trace(operation, undefined, { keyId: newKey.id }).record);
  }

  /** Records that the vault was created; the first record of a new vault's chain. */
  async recordCreation(): Promise<void> {
    await this.#run({ name: 'VaultCreate', permission: 'vault/create', resource: '/', writes: false }, () => undefined);
  }

  /** Walks the audit chain; the store's anchor catches a truncated tail. Needs the vault key. */
  async verifyAudit(): Promise<ChainVerdict> {
    const { anchor, lines } = await this.#store.auditSnapshot();
    return verifyChain(lines, (text) => this.#store.keys.auditMac(text), anchor);
  }

  /** The audit records as stored, oldest first. A line that is not a record is an IntegrityError. */
  async *readAudit(): AsyncGenerator<AuditRecord> {
    const { lines } = await this.#store.auditSnapshot();
    let line = 0;
    for await (const text of lines) {
      line += 1;
      yield parseAuditLine(text, line);
    }
  }

  async close(): Promise<void> {
    await this.#store.close();
  }

  #allows(operation: Operation): boolean {
    return this.#authorizer.decide(this.#who, operation.permission, operation.resource).allowed;
  }

  #authorize(operation: Operation): void {
    if (!this.#allows(operation)) {
      throw new VaultError('Forbidden', `${this.#who.name} is not allowed to ${operation.permission} on ${operation.resource}.`, { innerCode: 'ForbiddenByRbac' });
    }
  }

  /**
   * One operation: one transaction, one audit record. A write also purges, in the same
   * transaction, what is past its retention; the purged names go into the operation's record.
   */
  async #run<T>(operation: Operation, work: (tx: StoreTransaction, ctx: secrets.SecretContext) => T, idOf?: (result: T) => string): Promise<T> {
    const trace = this.#trace<T>(operation, idOf);
    return this.#store.transact((tx) => trace.capture(() => {
      this.#authorize(operation);
      const ctx = this.#context(trace.started);
      if (operation.writes) trace.purged = secrets.sweepExpired(tx, ctx.now);
      return work(tx, ctx);
    }), trace.record);
  }

  #context(now: Date): secrets.SecretContext {
    return {
      vaultId: this.#store.vaultId, keys: this.#store.keys, now,
      newVersion: () => this.#random(16).toString('hex'), recoverableDays: this.#store.recoverableDays,
    };
  }

  /** Follows one operation from its start to its audit record. */
  #trace<T>(operation: Operation, idOf?: (result: T) => string, extra: Readonly<Record<string, string>> = {}): OperationTrace<T> {
    const started = this.#clock();
    const correlationId = uuid(this.#random(16));
    const trace: OperationTrace<T> = {
      started,
      purged: [],
      capture: (fn) => {
        try {
          const result = fn();
          trace.result = { value: result };
          return result;
        } catch (error) {
          trace.failure = { error };
          throw error;
        }
      },
      record: (head, stored) => {
        const { result, failure, purged } = trace;
        const event = auditEvent({
          operationName: operation.name, vaultId: this.#store.vaultId, who: this.#who, started, finished: this.#clock(),
          correlationId, id: result !== undefined && idOf !== undefined ? idOf(result.value) : operation.resource,
          ...(this.#callerIpAddress === undefined ? {} : { callerIpAddress: this.#callerIpAddress }),
          ...(failure === undefined ? {} : { error: failure.error }),
          extra: { ...extra, ...(purged.length === 0 ? {} : { autoPurged: purged }) },
        });
        return chainRecord(event, head, stored.generation, (text) => this.#store.keys.auditMac(text));
      },
    };
    return trace;
  }
}
