/**
 * The Vault: what every adapter (CLI, actions, server routes) calls. LocalVault runs each
 * operation as one store transaction: check access, do the work, record exactly one audit
 * record (allowed or denied, succeeded or failed), and return only once that record is
 * durable. Each method's doc names the permission it needs.
 */
import { randomBytes } from 'node:crypto';
import { VaultError } from './errors.js';
import type { DeletedSecret, Secret, SecretProperties, SetSecretOptions, UpdateSecretOptions } from './model.js';
import { keyHolderIsAdministrator, resourcePath, type Authorizer } from './access/decision.js';
import type { Permission } from './access/permissions.js';
import type { Principal } from './access/principal.js';
import { auditEvent } from './audit/event.js';
import { chainRecord, type AuditRecord } from './audit/record.js';
import { verifyChain, type ChainVerdict } from './audit/verify.js';
import type { MasterKey } from './crypto/master-key.js';
import type { RandomSource } from './crypto/envelope.js';
import * as secrets from './secrets.js';
import { backupSecret, restoreSecret } from './secret-backup.js';
import type { Store, StoreTransaction } from './store/store.js';

export interface Vault {
  /** Where the vault lives (a path or URL), for messages. */
  readonly location: string;
  /** secrets/set. A new version; the value is returned as stored. */
  setSecret(name: string, value: string, options?: SetSecretOptions): Promise<Secret>;
  /** secrets/get. The latest version, or the one named. A disabled version is Forbidden (SecretDisabled). */
  getSecret(name: string, version?: string): Promise<Secret>;
  /** secrets/update. Properties of a version (the latest if none is named); never the value. */
  updateSecretProperties(name: string, version: string | undefined, options: UpdateSecretOptions): Promise<SecretProperties>;
  /** secrets/readMetadata. Each live secret's latest version, without values, ordered by name. */
  listPropertiesOfSecrets(): Promise<SecretProperties[]>;
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

export interface LocalVaultOptions {
  /** Who is calling; recorded in every audit record. */
  readonly principal: Principal;
  readonly authorizer?: Authorizer;
  readonly clock?: () => Date;
  readonly random?: RandomSource;
  readonly callerIpAddress?: string;
}

interface Operation {
  readonly name: string;
  readonly permission: Permission;
  /** The object path access is decided on and the audit record names. */
  readonly resource: string;
}

const secretOp = (name: string, permission: Permission, secret?: string): Operation =>
  ({ name, permission, resource: resourcePath('secrets', secret) });

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
    return this.#run(secretOp('SecretSet', 'secrets/set', name), (tx, ctx) => {
      const purged = secrets.sweepExpired(tx, ctx.now);
      return { result: secrets.setSecret(tx, ctx, name, value, options), purged };
    }, (secret) => `/secrets/${secret.properties.name}/${secret.properties.version}`);
  }

  async getSecret(name: string, version?: string): Promise<Secret> {
    return this.#run(secretOp('SecretGet', 'secrets/get', name), (tx, ctx) => ({ result: secrets.getSecret(tx, ctx, name, version) }),
      (secret) => `/secrets/${secret.properties.name}/${secret.properties.version}`);
  }

  async updateSecretProperties(name: string, version: string | undefined, options: UpdateSecretOptions): Promise<SecretProperties> {
    return this.#run(secretOp('SecretUpdate', 'secrets/update', name), (tx, ctx) => ({ result: secrets.updateSecretProperties(tx, ctx, name, version, options) }),
      (p) => `/secrets/${p.name}/${p.version}`);
  }

  async listPropertiesOfSecrets(): Promise<SecretProperties[]> {
    return this.#run(secretOp('SecretList', 'secrets/readMetadata'), (tx) => ({ result: secrets.listSecrets(tx) }));
  }

  async listPropertiesOfSecretVersions(name: string): Promise<SecretProperties[]> {
    return this.#run(secretOp('SecretListVersions', 'secrets/readMetadata', name), (tx, ctx) => ({ result: secrets.listSecretVersions(tx, ctx.now, name) }));
  }

  async deleteSecret(name: string): Promise<DeletedSecret> {
    return this.#run(secretOp('SecretDelete', 'secrets/delete', name), (tx, ctx) => {
      const purged = secrets.sweepExpired(tx, ctx.now);
      return { result: secrets.deleteSecret(tx, ctx, name), purged };
    });
  }

  async listDeletedSecrets(): Promise<DeletedSecret[]> {
    return this.#run(secretOp('SecretListDeleted', 'secrets/readMetadata'), (tx, ctx) => ({ result: secrets.listDeletedSecrets(tx, ctx.now) }));
  }

  async getDeletedSecret(name: string): Promise<DeletedSecret> {
    return this.#run(secretOp('SecretGetDeleted', 'secrets/readMetadata', name), (tx, ctx) => ({ result: secrets.getDeletedSecret(tx, ctx.now, name) }));
  }

  async recoverDeletedSecret(name: string): Promise<SecretProperties> {
    return this.#run(secretOp('SecretRecover', 'secrets/recover', name), (tx, ctx) => ({ result: secrets.recoverDeletedSecret(tx, ctx.now, name) }));
  }

  async purgeDeletedSecret(name: string): Promise<void> {
    return this.#run(secretOp('SecretPurge', 'secrets/purge', name), (tx, ctx) => {
      secrets.purgeDeletedSecret(tx, ctx.now, name);
      return { result: undefined };
    });
  }

  async backupSecret(name: string): Promise<string> {
    return this.#run(secretOp('SecretBackup', 'secrets/backup', name), (tx, ctx) => ({ result: backupSecret(tx, ctx, name) }));
  }

  async restoreSecretBackup(blob: string): Promise<SecretProperties> {
    return this.#run(secretOp('SecretRestore', 'secrets/restore'), (tx, ctx) => {
      const purged = secrets.sweepExpired(tx, ctx.now);
      return { result: restoreSecret(tx, ctx, blob), purged };
    }, (p) => `/secrets/${p.name}/${p.version}`);
  }

  /** vault/rekey. Re-wraps the data key under `newKey`; every value stays sealed as it is. */
  async rekey(newKey: MasterKey): Promise<void> {
    const operation: Operation = { name: 'VaultRekey', permission: 'vault/rekey', resource: '/' };
    // A denial is audited like any other: #run records it, then throws Forbidden.
    if (!this.#allows(operation)) return this.#run(operation, () => ({ result: undefined }));
    const started = this.#clock();
    const correlationId = uuid(this.#random(16));
    await this.#store.rekey(newKey, (head, outcome) => chainRecord(
      auditEvent({ operationName: 'VaultRekey', vaultId: this.#store.vaultId, who: this.#who, started, finished: this.#clock(), correlationId, extra: { keyId: newKey.id } }),
      head, outcome.generation, (text) => this.#store.keys.auditMac(text)));
  }

  /** Records that the vault was created; the first record of a new vault's chain. */
  async recordCreation(): Promise<void> {
    await this.#run({ name: 'VaultCreate', permission: 'vault/rekey', resource: '/' }, () => ({ result: undefined }));
  }

  /** Walks the audit chain; the store's anchor catches a truncated tail. Needs the vault key. */
  async verifyAudit(): Promise<ChainVerdict> {
    const anchor = await this.#store.auditAnchor();
    return verifyChain(this.#store.readAudit(), (text) => this.#store.keys.auditMac(text), anchor);
  }

  /** The audit records as stored, oldest first. */
  async *readAudit(): AsyncGenerator<AuditRecord> {
    for await (const line of this.#store.readAudit()) yield JSON.parse(line) as AuditRecord;
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
   * One operation: one transaction, one audit record. `work` returns its result and the names
   * it purged because their retention had passed (purges are audited with the operation).
   */
  async #run<T>(
    operation: Operation,
    work: (tx: StoreTransaction, ctx: secrets.SecretContext) => { result: T; purged?: string[] },
    idOf?: (result: T) => string,
  ): Promise<T> {
    const started = this.#clock();
    const correlationId = uuid(this.#random(16));
    let outcome: { result: T; purged?: string[] } | undefined;
    let failure: unknown;
    return this.#store.transact((tx) => {
      try {
        this.#authorize(operation);
        const ctx: secrets.SecretContext = {
          vaultId: this.#store.vaultId, keys: this.#store.keys, now: started,
          newVersion: () => this.#random(16).toString('hex'), recoverableDays: this.#store.recoverableDays,
        };
        outcome = work(tx, ctx);
        return outcome.result;
      } catch (error) {
        failure = error;
        throw error;
      }
    }, (head, stored) => {
      const purged = outcome?.purged ?? [];
      const event = auditEvent({
        operationName: operation.name, vaultId: this.#store.vaultId, who: this.#who, started, finished: this.#clock(),
        correlationId, id: outcome !== undefined && idOf !== undefined ? idOf(outcome.result) : operation.resource,
        ...(this.#callerIpAddress === undefined ? {} : { callerIpAddress: this.#callerIpAddress }),
        ...(failure === undefined ? {} : { error: failure }),
        ...(purged.length === 0 ? {} : { extra: { autoPurged: purged } }),
      });
      return chainRecord(event, head, stored.generation, (text) => this.#store.keys.auditMac(text));
    });
  }
}
