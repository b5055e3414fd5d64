/**
 * The Vault: what every adapter (CLI, actions, server routes) calls. LocalVault runs each
 * operation as one store transaction: check access, do the work, record exactly one audit
 * record (allowed or denied, succeeded or failed), and return only once that record is
 * durable. Each method's doc names the permission it needs.
 */
import { randomBytes } from 'node:crypto';
import { BadParameterError, IntegrityError, VaultError, quote } from './errors.js';
import { validateName } from './names.js';
import type { Precondition } from './etag.js';
import type {
  CreateKeyOptions, DeletedKey, DeletedSecret, KeyOperationResult, KeyProperties, KeyRotationOutcome, KeyRotationPolicy, Secret,
  SecretProperties, SetSecretOptions, UpdateKeyOptions, UpdateSecretOptions, VaultKey,
} from './model.js';
import { keyHolderIsAdministrator, resourcePath, type Authorizer } from './access/decision.js';
import type { Permission } from './access/permissions.js';
import type { Principal } from './access/principal.js';
import { auditEvent } from './audit/event.js';
import { chainRecord, headOf, type AuditRecord } from './audit/record.js';
import type { ChainVerdict } from './audit/verify.js';
import type { MasterKey } from './crypto/master-key.js';
import type { RandomSource } from './crypto/envelope.js';
import * as secrets from './secrets.js';
import type * as KeysModule from './keys.js';
import type { UsableKey } from './keys.js';
import type * as KeyMaterialModule from './crypto/key-material.js';
import type { KeyMaterial } from './crypto/key-material.js';
import type * as KeyRotationModule from './key-rotation.js';
import type * as ObjectBackupModule from './object-backup.js';
import { KEY, SECRET, latestVersion, liveObject, purgeDeleted, refuseManaged, sweepExpired } from './objects.js';
import type {
  EncryptionAlgorithm, KeyExecutor, KeyOperationName, KeyRequest, KeyResult, KeySpec, KeyWrapAlgorithm, PrivateJwk, SignatureAlgorithm,
} from './crypto/key-types.js';
import type { AuditRecordBuilder, Store, StoreReader, StoreTransaction } from './store/store.js';
import type { CertificateVault } from './certificates/model.js';
import { lazyCertificates } from './certificates/lazy.js';

/*
 * Loaded by the first operation that needs them, not with the vault: the key code (key
 * material, key operations and their worker pool, rotation), backups, If-Match checks and the
 * chain verifier are most of the vault's code, and a process that only reads secrets (the
 * fetch action, which starts afresh for every step) would otherwise load and compile them all.
 */
const keysModule = (): Promise<typeof KeysModule> => import('./keys.js');
const keyMaterial = (): Promise<typeof KeyMaterialModule> => import('./crypto/key-material.js');
const keyRotation = (): Promise<typeof KeyRotationModule> => import('./key-rotation.js');
const objectBackup = (): Promise<typeof ObjectBackupModule> => import('./object-backup.js');

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

  /** keys/create. A new key, or a new version of one, generated in the vault. */
  createKey(name: string, spec: KeySpec, options?: CreateKeyOptions): Promise<VaultKey>;
  /** keys/import. A key made elsewhere, as a JWK or PEM private key; weak or malformed keys are refused. */
  importKey(name: string, material: KeyMaterial, options?: CreateKeyOptions): Promise<VaultKey>;
  /** keys/read. Public parts only. */
  getKey(name: string, version?: string): Promise<VaultKey>;
  /** keys/update. Enabled, dates, permitted operations and tags of a version (the latest if none is named). */
  updateKeyProperties(name: string, version: string | undefined, options: UpdateKeyOptions): Promise<VaultKey>;
  /** keys/read. Each live key's latest version, ordered by name. */
  listPropertiesOfKeys(): Promise<KeyProperties[]>;
  /** keys/read. Every version of one key, oldest first. */
  listPropertiesOfKeyVersions(name: string): Promise<KeyProperties[]>;
  /** keys/delete. Soft delete. */
  deleteKey(name: string): Promise<DeletedKey>;
  /** keys/read. */
  listDeletedKeys(): Promise<DeletedKey[]>;
  /** keys/read. */
  getDeletedKey(name: string): Promise<DeletedKey>;
  /** keys/recover. */
  recoverDeletedKey(name: string): Promise<VaultKey>;
  /** keys/purge. */
  purgeDeletedKey(name: string): Promise<void>;
  /** keys/backup. A sealed base64url blob of every version and the rotation policy. */
  backupKey(name: string): Promise<string>;
  /** keys/restore. Refused if the name exists, deleted or not. */
  restoreKeyBackup(blob: string): Promise<VaultKey>;
  /** keys/rotate. A new version with the latest one's type, size or curve, operations and tags. */
  rotateKey(name: string): Promise<VaultKey>;
  /** keys/readRotationPolicy. Azure's default (notify 30 days before expiry) if none was set. */
  getKeyRotationPolicy(name: string): Promise<KeyRotationPolicy>;
  /** keys/writeRotationPolicy. The policy in its wire shape ({lifetimeActions, attributes}). */
  updateKeyRotationPolicy(name: string, policy: unknown): Promise<KeyRotationPolicy>;
  /** keys/rotate. Rotates the key if its policy's Rotate action is due now; reports a due Notify. */
  rotateKeyIfDue(name: string): Promise<KeyRotationOutcome>;
  /** keys/sign. Signs a digest (not a message): its length must fit the algorithm. */
  sign(name: string, version: string | undefined, algorithm: SignatureAlgorithm, digest: Uint8Array): Promise<KeyOperationResult>;
  /** keys/verify. `result` is one byte: 1 if the signature is valid for the digest, else 0. */
  verify(name: string, version: string | undefined, algorithm: SignatureAlgorithm, digest: Uint8Array, signature: Uint8Array): Promise<KeyOperationResult & { readonly valid: boolean }>;
  /** keys/encrypt. For AES-GCM the vault picks the iv (returned with the tag); `aad` is optional. */
  encrypt(name: string, version: string | undefined, algorithm: EncryptionAlgorithm, plaintext: Uint8Array, options?: { aad?: Uint8Array | undefined }): Promise<KeyOperationResult>;
  /** keys/decrypt. */
  decrypt(name: string, version: string | undefined, algorithm: EncryptionAlgorithm, ciphertext: Uint8Array, options?: { iv?: Uint8Array | undefined; aad?: Uint8Array | undefined; tag?: Uint8Array | undefined }): Promise<KeyOperationResult>;
  /** keys/wrapKey. */
  wrapKey(name: string, version: string | undefined, algorithm: KeyWrapAlgorithm, key: Uint8Array): Promise<KeyOperationResult>;
  /** keys/unwrapKey. */
  unwrapKey(name: string, version: string | undefined, algorithm: KeyWrapAlgorithm, wrapped: Uint8Array): Promise<KeyOperationResult>;
  /** rng/get. 1 to 128 random bytes from the vault's random source. */
  getRandomBytes(count: number): Promise<Uint8Array>;
  /** Certificates: policies, versions with their managed key and secret, vault CAs (certificates/*). */
  readonly certificates: CertificateVault;
  close(): Promise<void>;
}

/** Key material to import (see parseKeyMaterial). */
export type { KeyMaterial };

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
  /** Carried into every audit record; by default each operation gets a fresh one. */
  readonly correlationId?: string;
  /** See Caller.clientRequestId. */
  readonly clientRequestId?: string;
  /** See Caller.precondition. */
  readonly precondition?: Precondition;
  /** Runs key operations; by default a process-wide pool of worker threads. */
  readonly keyExecutor?: KeyExecutor;
}

/** What #run learns about an operation as it goes, for its audit record. */
interface OperationTrace<T> {
  readonly started: Date;
  purged: string[];
  result?: { readonly value: T };
  failure?: { readonly error: unknown };
  /** Runs the operation's body, remembering its result or error. */
  capture(fn: () => T): T;
  captureAsync(fn: () => Promise<T>): Promise<T>;
  readonly record: AuditRecordBuilder;
}

interface Operation {
  readonly name: string;
  readonly permission: Permission;
  /** The object path access is decided on and the audit record names. */
  readonly resource: string;
  /** Changes state: also purges what is past its retention, in the same transaction. */
  readonly writes: boolean;
  /** Access is decided inside the work, item by item, instead of once for `resource` (listings by partial grant). */
  readonly authorizeEach?: boolean;
}

const secretRead = (name: string, permission: Permission, secret?: string): Operation =>
  ({ name, permission, resource: resourcePath('secrets', secret), writes: false });

const secretWrite = (name: string, permission: Permission, secret?: string): Operation =>
  ({ name, permission, resource: resourcePath('secrets', secret), writes: true });

const keyRead = (name: string, permission: Permission, key?: string): Operation =>
  ({ name, permission, resource: resourcePath('keys', key), writes: false });

const keyWrite = (name: string, permission: Permission, key?: string): Operation =>
  ({ name, permission, resource: resourcePath('keys', key), writes: true });

/** The object id an audit record names for a version: `/secrets/Name/version`. */
const versionId = (properties: SecretProperties): string => `/secrets/${properties.name}/${properties.version}`;
const keyVersionId = (key: VaultKey): string => `/keys/${key.name}/${key.properties.version}`;

/** A key operation waiting for the next batch. */
interface PendingKeyUse {
  readonly operation: Operation;
  readonly op: KeyOperationName;
  readonly name: string;
  readonly version: string | undefined;
  readonly request: KeyRequest;
  readonly trace: OperationTrace<KeyUse>;
  /** Decides access as the caller who asked, whichever caller's view runs the batch. */
  readonly authorize: () => void;
  readonly resolve: (use: KeyUse) => void;
  readonly reject: (error: unknown) => void;
}

interface KeyUse {
  readonly keyId: string;
  readonly result: KeyResult;
}

type UsableKeyLookup = (reader: StoreReader, item: PendingKeyUse, version?: string) => UsableKey;

const closedVaultError = (): VaultError => new VaultError('StorageError', 'The vault is closed: it accepts no more key operations.');

/** One key operation of a batch as it goes: resolved, then run, or failed on the way. */
interface KeyStep {
  readonly item: PendingKeyUse;
  readonly usable?: UsableKey;
  readonly result?: KeyResult;
  readonly error?: unknown;
}

/** What a caller's view shares with the vault it came from. */
interface SharedState {
  readonly unsealed: Map<string, PrivateJwk>;
  readonly pendingKeyUses: PendingKeyUse[];
  keyBatchStarting: boolean;
  /** The batches between their start and their last answer. */
  readonly keyBatches: Set<Promise<void>>;
  /** Secret reads waiting for the next group commit, and the one being committed. */
  readonly secretReads: PendingSecretRead[];
  secretReadBatch: Promise<void> | undefined;
  closed: boolean;
}

interface PendingSecretRead {
  readonly name: string;
  readonly version: string | undefined;
  readonly trace: OperationTrace<Secret>;
  readonly authorize: () => void;
  readonly resolve: (secret: Secret) => void;
  readonly reject: (error: unknown) => void;
}

/** Passes a vault's shared state to a caller's view; a symbol, so that no options object can carry it by accident. */
const SHARED = Symbol('coffer.vault.shared');

/** Who a caller's view acts for (see LocalVault.withCaller). */
export interface Caller {
  readonly principal: Principal;
  readonly authorizer: Authorizer;
  readonly callerIpAddress?: string;
  /** The request's correlation id, carried into every audit record it causes. */
  readonly correlationId?: string;
  /** The id the client gave its request (`x-ms-client-request-id`), recorded beside the server's own. */
  readonly clientRequestId?: string;
  /** A write happens only if the object still matches (If-Match); checked in its transaction. */
  readonly precondition?: Precondition;
}

/** An audit event that is not a vault operation (see LocalVault.record). */
export interface RequestRecord {
  readonly operationName: string;
  readonly who: Principal;
  readonly started: Date;
  readonly correlationId?: string;
  readonly callerIpAddress?: string;
  /** What it touched: `/roleassignments/<id>`, or the request's path. */
  readonly id?: string;
  /** A VaultError makes the record a failure with its code; anything else, an internal error. */
  readonly error?: unknown;
  readonly extra?: Readonly<Record<string, string>>;
}

/** Unsealed private keys kept in memory between operations, by handle id (bounded). */
const MAX_CACHED_KEYS = 256;

/** Key operations waiting for a batch, at most; more are refused (Throttled) rather than queued without bound. */
const MAX_PENDING_KEY_USES = 10_000;

/** Batches between their resolution and their audit record, at most; later arrivals wait. */
const MAX_KEY_BATCHES_IN_FLIGHT = 4;

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
  readonly #keyExecutor: KeyExecutor | undefined;
  readonly #correlationId: string | undefined;
  readonly #clientRequestId: string | undefined;
  readonly #precondition: Precondition | undefined;
  /** Shared by every caller's view of this vault (see withCaller). */
  readonly #shared: SharedState;
  /** A caller's view does not own the store: closing it closes nothing. */
  readonly #owner: boolean;
  #certificates: CertificateVault | undefined;

  constructor(store: Store, options: LocalVaultOptions) {
    this.#store = store;
    this.#who = options.principal;
    this.#authorizer = options.authorizer ?? keyHolderIsAdministrator;
    this.#clock = options.clock ?? (() => new Date());
    this.#random = options.random ?? randomBytes;
    this.#callerIpAddress = options.callerIpAddress;
    this.#correlationId = options.correlationId;
    this.#clientRequestId = options.clientRequestId;
    this.#precondition = options.precondition;
    this.#keyExecutor = options.keyExecutor;
    const shared = (options as { readonly [SHARED]?: SharedState })[SHARED];
    this.#shared = shared ?? {
      unsealed: new Map(), pendingKeyUses: [], keyBatchStarting: false, keyBatches: new Set(), secretReads: [], secretReadBatch: undefined, closed: false,
    };
    this.#owner = shared === undefined;
  }

  /**
   * The same vault as another caller: a server answers each request as its caller, with that
   * caller's access decisions and audit identity, while key batches, the unsealed-key cache and
   * the store are shared. Closing the view closes nothing; the vault's owner closes the vault.
   */
  withCaller(caller: Caller): LocalVault {
    const options: LocalVaultOptions & { readonly [SHARED]: SharedState } = {
      principal: caller.principal, authorizer: caller.authorizer, clock: this.#clock, random: this.#random,
      ...(caller.callerIpAddress === undefined ? {} : { callerIpAddress: caller.callerIpAddress }),
      ...(caller.correlationId === undefined ? {} : { correlationId: caller.correlationId }),
      ...(caller.clientRequestId === undefined ? {} : { clientRequestId: caller.clientRequestId }),
      ...(caller.precondition === undefined ? {} : { precondition: caller.precondition }),
      ...(this.#keyExecutor === undefined ? {} : { keyExecutor: this.#keyExecutor }),
      [SHARED]: this.#shared,
    };
    return new LocalVault(this.#store, options);
  }

  /**
   * Records an event that is not a vault operation — a request refused before it reached one
   * (401), a role assignment made, a token minted — as one audit record, durable before this
   * resolves. Fails (AuditWriteFailed) if the record cannot be written.
   */
  async record(entry: RequestRecord): Promise<void> {
    await this.#store.transact(() => undefined, (head, stored) => chainRecord(auditEvent({
      operationName: entry.operationName, vaultId: this.#store.vaultId, who: entry.who, started: entry.started, finished: this.#clock(),
      correlationId: entry.correlationId ?? uuid(this.#random(16)),
      ...(entry.callerIpAddress === undefined ? {} : { callerIpAddress: entry.callerIpAddress }),
      ...(entry.id === undefined ? {} : { id: entry.id }),
      ...(entry.error === undefined ? {} : { error: entry.error }),
      extra: entry.extra ?? {},
    }), head, stored.generation, (text) => this.#store.keys.auditMac(text)));
  }

  /**
   * A 32-byte key for one purpose (`token-signing`, `access-file`), derived from the vault's
   * data key: whoever holds the master key can re-derive it, nobody else can, and a key for one
   * purpose tells nothing about another's.
   */
  derivedKey(purpose: 'token-signing' | 'access-file'): Buffer {
    return this.#store.keys.mac(`coffer derived key\n${purpose}`);
  }

  get location(): string {
    return this.#store.location;
  }

  get vaultId(): string {
    return this.#store.vaultId;
  }

  /** Operations waiting for a group commit of their audit records (secret reads and key operations). */
  get pendingOperations(): number {
    return this.#shared.secretReads.length + this.#shared.pendingKeyUses.length;
  }

  async setSecret(name: string, value: string, options?: SetSecretOptions): Promise<Secret> {
    return this.#run(secretWrite('SecretSet', 'secrets/set', name), (tx, ctx) => secrets.setSecret(tx, ctx, name, value, options),
      (secret) => versionId(secret.properties));
  }

  /**
   * Reads that arrive together share one transaction and one durable append of their records
   * (group commit): a server answering many GETs at once pays one fsync per batch, not one per
   * read. Each read is still decided, recorded and released only once its record is durable.
   */
  async getSecret(name: string, version?: string): Promise<Secret> {
    const operation = secretRead('SecretGet', 'secrets/get', name);
    const trace = this.#trace<Secret>(operation, (secret) => versionId(secret.properties));
    if (this.#shared.closed) return Promise.reject(closedVaultError());
    return new Promise<Secret>((resolve, reject) => {
      this.#shared.secretReads.push({ name, version, trace, authorize: () => { this.#authorize(operation); }, resolve, reject });
      this.#startSecretReads();
    });
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
    const operation = secretRead('SecretList', 'secrets/readMetadata');
    if (this.#allows(operation)) return this.#run(operation, (tx) => secrets.listSecrets(tx, namePrefix));
    // A caller granted only part of the collection (`/secrets/app-*`, one secret) lists what its
    // grants cover, so that selecting `app-*` works with an assignment over `/secrets/app-*`; a
    // caller granted none of it is refused, as before. The decision is per name, in the transaction.
    return this.#run({ ...operation, authorizeEach: true }, (tx) => {
      const visible = secrets.listSecrets(tx, namePrefix)
        .filter((properties) => this.#allows(secretRead('SecretList', 'secrets/readMetadata', properties.name)));
      if (visible.length === 0) this.#authorize(operation);
      return visible;
    });
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
    const { backupObject } = await objectBackup();
    return this.#run(secretRead('SecretBackup', 'secrets/backup', name), (tx, ctx) => backupObject(tx, ctx, SECRET, name));
  }

  async restoreSecretBackup(blob: string): Promise<SecretProperties> {
    const { restoreObject } = await objectBackup();
    return this.#run(secretWrite('SecretRestore', 'secrets/restore'), (tx, ctx) => {
      const object = restoreObject(tx, ctx, SECRET, blob);
      return secrets.propertiesOf(object, latestVersion(SECRET, object));
    }, versionId);
  }

  async createKey(name: string, spec: KeySpec, options: CreateKeyOptions = {}): Promise<VaultKey> {
    // Generation runs on the thread pool; the transaction (and the lock) waits for it, so that
    // a denied or malformed request is refused before any work and every outcome is audited.
    const [keys, { generateKey }] = await Promise.all([keysModule(), keyMaterial()]);
    return this.#run(keyWrite('KeyCreate', 'keys/create', name), async (tx, ctx) => {
      validateName(name, 'key');
      const jwk = await generateKey(spec, this.#random);
      return keys.addKeyVersion(tx, ctx, name, jwk, options);
    }, keyVersionId, { kty: spec.kty });
  }

  async importKey(name: string, material: KeyMaterial, options: CreateKeyOptions = {}): Promise<VaultKey> {
    const [keys, { checkRsaPrimes }] = await Promise.all([keysModule(), keyMaterial()]);
    return this.#run(keyWrite('KeyImport', 'keys/import', name), async (tx, ctx) => {
      validateName(name, 'key');
      const jwk = (await keyMaterial()).parseKeyMaterial(material);
      await checkRsaPrimes(jwk);
      return keys.addKeyVersion(tx, ctx, name, jwk, options);
    }, keyVersionId);
  }

  async getKey(name: string, version?: string): Promise<VaultKey> {
    const keys = await keysModule();
    return this.#run(keyRead('KeyGet', 'keys/read', name), (tx, ctx) => keys.getKey(tx, ctx, name, version), keyVersionId);
  }

  async updateKeyProperties(name: string, version: string | undefined, options: UpdateKeyOptions): Promise<VaultKey> {
    const keys = await keysModule();
    return this.#run(keyWrite('KeyUpdate', 'keys/update', name), (tx, ctx) => keys.updateKeyProperties(tx, ctx, name, version, options), keyVersionId);
  }

  async listPropertiesOfKeys(): Promise<KeyProperties[]> {
    const keys = await keysModule();
    return this.#run(keyRead('KeyList', 'keys/read'), (tx) => keys.listKeys(tx));
  }

  async listPropertiesOfKeyVersions(name: string): Promise<KeyProperties[]> {
    const keys = await keysModule();
    return this.#run(keyRead('KeyListVersions', 'keys/read', name), (tx, ctx) => keys.listKeyVersions(tx, ctx.now, name));
  }

  async deleteKey(name: string): Promise<DeletedKey> {
    const keys = await keysModule();
    return this.#run(keyWrite('KeyDelete', 'keys/delete', name), (tx, ctx) => keys.deleteKey(tx, ctx, name));
  }

  async listDeletedKeys(): Promise<DeletedKey[]> {
    const keys = await keysModule();
    return this.#run(keyRead('KeyListDeleted', 'keys/read'), (tx, ctx) => keys.listDeletedKeys(tx, ctx.now));
  }

  async getDeletedKey(name: string): Promise<DeletedKey> {
    const keys = await keysModule();
    return this.#run(keyRead('KeyGetDeleted', 'keys/read', name), (tx, ctx) => keys.getDeletedKey(tx, ctx.now, name));
  }

  async recoverDeletedKey(name: string): Promise<VaultKey> {
    const keys = await keysModule();
    return this.#run(keyWrite('KeyRecover', 'keys/recover', name), (tx, ctx) => keys.recoverDeletedKey(tx, ctx.now, name));
  }

  async purgeDeletedKey(name: string): Promise<void> {
    return this.#run(keyWrite('KeyPurge', 'keys/purge', name), (tx, ctx) => { purgeDeleted(tx, KEY, name, ctx.now); });
  }

  async backupKey(name: string): Promise<string> {
    const { backupObject } = await objectBackup();
    return this.#run(keyRead('KeyBackup', 'keys/backup', name), (tx, ctx) => backupObject(tx, ctx, KEY, name));
  }

  async restoreKeyBackup(blob: string): Promise<VaultKey> {
    const [keys, { restoreObject }] = await Promise.all([keysModule(), objectBackup()]);
    return this.#run(keyWrite('KeyRestore', 'keys/restore'), (tx, ctx) => {
      const object = restoreObject(tx, ctx, KEY, blob);
      return keys.vaultKeyOf(object, latestVersion(KEY, object));
    }, keyVersionId);
  }

  async rotateKey(name: string): Promise<VaultKey> {
    return this.#run(keyWrite('KeyRotate', 'keys/rotate', name), (tx, ctx) => this.#rotate(tx, ctx, name), keyVersionId);
  }

  async getKeyRotationPolicy(name: string): Promise<KeyRotationPolicy> {
    const { rotationPolicyOf } = await keyRotation();
    return this.#run(keyRead('KeyRotationPolicyGet', 'keys/readRotationPolicy', name), (tx, ctx) => rotationPolicyOf(liveObject(tx, KEY, name, ctx.now)));
  }

  async updateKeyRotationPolicy(name: string, policy: unknown): Promise<KeyRotationPolicy> {
    const { parseRotationPolicy, rotationPolicyOf, storedPolicy } = await keyRotation();
    return this.#run(keyWrite('KeyRotationPolicyUpdate', 'keys/writeRotationPolicy', name), (tx, ctx) => {
      const object = liveObject(tx, KEY, name, ctx.now);
      refuseManaged(KEY, object);
      const next = { ...object, policy: storedPolicy(parseRotationPolicy(policy), object.policy, ctx.now) };
      tx.putObject(next);
      return rotationPolicyOf(next);
    });
  }

  async rotateKeyIfDue(name: string): Promise<KeyRotationOutcome> {
    const [keys, { dueAction, rotationPolicyOf }] = await Promise.all([keysModule(), keyRotation()]);
    return this.#run(keyWrite('KeyRotateIfDue', 'keys/rotate', name), async (tx, ctx): Promise<KeyRotationOutcome> => {
      const object = liveObject(tx, KEY, name, ctx.now);
      const latest = latestVersion(KEY, object);
      const due = dueAction(rotationPolicyOf(object), latest, ctx.now);
      if (due?.action === 'Rotate') return { name: object.name, result: 'rotated', key: await this.#rotate(tx, ctx, name), reason: due.reason };
      const key = keys.vaultKeyOf(object, latest);
      return due === undefined ? { name: object.name, result: 'not-due', key } : { name: object.name, result: 'notify', key, reason: due.reason };
    }, (outcome) => keyVersionId(outcome.key));
  }

  async sign(name: string, version: string | undefined, algorithm: SignatureAlgorithm, digest: Uint8Array): Promise<KeyOperationResult> {
    const { keyId, result } = await this.#useKey('KeySign', 'keys/sign', name, version, { op: 'sign', algorithm, digest });
    return { keyId, algorithm, result: (result as Extract<KeyResult, { op: 'sign' }>).signature };
  }

  async verify(name: string, version: string | undefined, algorithm: SignatureAlgorithm, digest: Uint8Array, signature: Uint8Array): Promise<KeyOperationResult & { readonly valid: boolean }> {
    const { keyId, result } = await this.#useKey('KeyVerify', 'keys/verify', name, version, { op: 'verify', algorithm, digest, signature });
    const { valid } = result as Extract<KeyResult, { op: 'verify' }>;
    return { keyId, algorithm, result: Uint8Array.of(valid ? 1 : 0), valid };
  }

  async encrypt(name: string, version: string | undefined, algorithm: EncryptionAlgorithm, plaintext: Uint8Array, options: { aad?: Uint8Array | undefined } = {}): Promise<KeyOperationResult> {
    const { keyId, result } = await this.#useKey('KeyEncrypt', 'keys/encrypt', name, version,
      { op: 'encrypt', algorithm, plaintext, ...(options.aad === undefined ? {} : { aad: options.aad }) });
    const { ciphertext, iv, tag } = result as Extract<KeyResult, { op: 'encrypt' }>;
    return { keyId, algorithm, result: ciphertext, ...(iv === undefined ? {} : { iv }), ...(tag === undefined ? {} : { tag }) };
  }

  async decrypt(name: string, version: string | undefined, algorithm: EncryptionAlgorithm, ciphertext: Uint8Array, options: { iv?: Uint8Array | undefined; aad?: Uint8Array | undefined; tag?: Uint8Array | undefined } = {}): Promise<KeyOperationResult> {
    const { keyId, result } = await this.#useKey('KeyDecrypt', 'keys/decrypt', name, version, { op: 'decrypt', algorithm, ciphertext, ...options });
    return { keyId, algorithm, result: (result as Extract<KeyResult, { op: 'decrypt' }>).plaintext };
  }

  async wrapKey(name: string, version: string | undefined, algorithm: KeyWrapAlgorithm, key: Uint8Array): Promise<KeyOperationResult> {
    const { keyId, result } = await this.#useKey('KeyWrap', 'keys/wrapKey', name, version, { op: 'wrapKey', algorithm, key });
    return { keyId, algorithm, result: (result as Extract<KeyResult, { op: 'wrapKey' }>).wrapped };
  }

  async unwrapKey(name: string, version: string | undefined, algorithm: KeyWrapAlgorithm, wrapped: Uint8Array): Promise<KeyOperationResult> {
    const { keyId, result } = await this.#useKey('KeyUnwrap', 'keys/unwrapKey', name, version, { op: 'unwrapKey', algorithm, wrapped });
    return { keyId, algorithm, result: (result as Extract<KeyResult, { op: 'unwrapKey' }>).key };
  }

  async getRandomBytes(count: number): Promise<Uint8Array> {
    return this.#run({ name: 'GetRandomBytes', permission: 'rng/get', resource: '/', writes: false }, () => {
      if (!Number.isInteger(count) || count < 1 || count > 128) {
        throw new BadParameterError(`Invalid count ${quote(String(count))}: expected a whole number of bytes from 1 to 128.`);
      }
      return new Uint8Array(this.#random(count));
    }, undefined, { count: String(count) });
  }

  /** vault/rekey. Re-wraps the data key under `newKey`; every value stays sealed as it is. */
  /** Certificate operations, run as this caller through #run; their code loads with the first one. */
  get certificates(): CertificateVault {
    this.#certificates ??= lazyCertificates(async () => new (await import('./certificates/service.js')).LocalCertificates({
      run: (operation, work, idOf, extra) => this.#run(operation, work, idOf, extra), random: this.#random,
      allows: (permission, resource) => this.#authorizer.decide(this.#who, permission, resource).allowed,
    }));
    return this.#certificates;
  }

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
    const { verifyChain } = await import('./audit/verify.js');
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
    if (!this.#owner) return;
    // New key operations are refused; those already accepted finish (and are audited) before
    // the unsealed keys are dropped, so that no batch brings them back after close.
    this.#shared.closed = true;
    while (this.#shared.pendingKeyUses.length > 0 || this.#shared.keyBatches.size > 0 || this.#shared.secretReads.length > 0 || this.#shared.secretReadBatch !== undefined) {
      const running = [...this.#shared.keyBatches, ...(this.#shared.secretReadBatch === undefined ? [] : [this.#shared.secretReadBatch])];
      if (running.length > 0) await Promise.allSettled(running);
      else await new Promise((resolve) => { setImmediate(resolve); });
    }
    this.#shared.unsealed.clear();
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
   * transaction, what is past its retention; the purged paths go into the operation's record.
   */
  async #run<T>(operation: Operation, work: (tx: StoreTransaction, ctx: secrets.ObjectContext) => T | Promise<T>,
    idOf?: (result: T) => string, extra: Readonly<Record<string, string>> = {}): Promise<T> {
    const trace = this.#trace<T>(operation, idOf, extra);
    return this.#store.transact((tx) => trace.captureAsync(async () => {
      if (operation.authorizeEach !== true) this.#authorize(operation);
      const ctx = this.#context(trace.started);
      if (operation.writes) {
        if (this.#precondition !== undefined) (await import('./etag.js')).checkPrecondition(tx, this.#precondition, ctx.now);
        trace.purged = sweepExpired(tx, ctx.now);
      }
      return work(tx, ctx);
    }), trace.record);
  }

  /** A new version of a key with its latest version's parameters; the policy may set its expiry. */
  async #rotate(tx: StoreTransaction, ctx: secrets.ObjectContext, name: string): Promise<VaultKey> {
    const [keys, { generateKey }, { rotatedExpiry, rotationPolicyOf }] = await Promise.all([keysModule(), keyMaterial(), keyRotation()]);
    const { spec, options, object } = keys.latestSpec(tx, ctx, name);
    const expiresOn = rotatedExpiry(rotationPolicyOf(object), ctx.now);
    const jwk = await generateKey(spec, this.#random);
    return keys.addKeyVersion(tx, ctx, object.name, jwk, { ...options, ...(expiresOn === undefined ? {} : { expiresOn }) });
  }

  /** Starts a group commit on the next turn, unless one is running (arrivals wait for the next). */
  #startSecretReads(): void {
    const shared = this.#shared;
    if (shared.secretReadBatch !== undefined || shared.secretReads.length === 0) return;
    const running = new Promise<void>((resolve) => { setImmediate(resolve); })
      .then(() => this.#runSecretReads(shared.secretReads.splice(0, MAX_BATCH)))
      .finally(() => {
        shared.secretReadBatch = undefined;
        this.#startSecretReads();
      });
    shared.secretReadBatch = running;
  }

  async #runSecretReads(batch: readonly PendingSecretRead[]): Promise<void> {
    await this.#commitBatch(batch, (tx) => {
      for (const item of batch) {
        try {
          item.trace.capture(() => {
            item.authorize();
            return secrets.getSecret(tx, this.#context(item.trace.started), item.name, item.version);
          });
        } catch {
          // capture() has recorded the failure in the item's trace: it is that read's outcome, not the batch's.
        }
      }
    });
  }

  /**
   * One transaction for a batch (group commit): `work` decides each item's outcome into its
   * trace, then the items' records are chained and written together, and only once they are
   * durable is each caller answered. If they cannot be written, no item is released.
   */
  async #commitBatch<T>(batch: readonly { readonly trace: OperationTrace<T>; readonly resolve: (value: T) => void; readonly reject: (error: unknown) => void }[],
    work: (tx: StoreTransaction) => void): Promise<void> {
    try {
      await this.#store.transact(work, (head, stored) => {
        let previous = head;
        return batch.map(({ trace }) => {
          const record = trace.record(previous, stored);
          previous = headOf(record);
          return record;
        });
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    for (const { trace, resolve, reject } of batch) {
      if (trace.result !== undefined) resolve(trace.result.value);
      else reject(trace.failure?.error ?? new Error('An operation ended without an outcome.'));
    }
  }

  /**
   * A key operation. Operations that arrive together run as a batch, in three steps: a read
   * resolves each one's key (access decided, key usable, request well formed); the operations
   * run on the executor outside the lock (both cores); then one transaction re-checks that
   * each key version used is still usable with the same material and writes the batch's audit
   * records with one fsync. No result is released before its record is durable, and a failed
   * audit write withholds every result of the batch. While one batch runs, the next is resolved,
   * so the executor is not idle while a batch's records are written.
   */
  #useKey(operationName: string, permission: Permission, name: string, version: string | undefined, request: KeyRequest): Promise<KeyUse> {
    const operation = keyRead(operationName, permission, name);
    const trace = this.#trace<KeyUse>(operation, (use) => use.keyId, { algorithm: request.algorithm });
    if (this.#shared.closed) return Promise.reject(closedVaultError());
    if (this.#shared.pendingKeyUses.length >= MAX_PENDING_KEY_USES) {
      // Refused before it is queued, and so not audited: nothing was decided or done.
      return Promise.reject(new VaultError('Throttled', `${MAX_PENDING_KEY_USES} key operations are already waiting: retry later.`));
    }
    return new Promise<KeyUse>((resolve, reject) => {
      this.#shared.pendingKeyUses.push({ operation, op: request.op, name, version, request, trace, authorize: () => { this.#authorize(operation); }, resolve, reject });
      this.#startKeyBatch();
    });
  }

  /**
   * Starts a batch on the next turn of the event loop (so that callers woken by the last batch
   * join it), unless one is being resolved (arrivals wait for the next) or enough are in flight.
   */
  #startKeyBatch(): void {
    if (this.#shared.keyBatchStarting || this.#shared.pendingKeyUses.length === 0 || this.#shared.keyBatches.size >= MAX_KEY_BATCHES_IN_FLIGHT) return;
    this.#shared.keyBatchStarting = true;
    setImmediate(() => {
      // With nothing in flight, take half: the other half resolves and runs while this half's
      // records are written, so the executor always has work.
      const pending = this.#shared.pendingKeyUses.length;
      const size = this.#shared.keyBatches.size === 0 && pending >= 16 ? Math.ceil(pending / 2) : pending;
      const batch = this.#shared.pendingKeyUses.splice(0, Math.min(size, MAX_BATCH));
      const resolved = (): void => {
        this.#shared.keyBatchStarting = false;
        this.#startKeyBatch();
      };
      const running = this.#runKeyBatch(batch, resolved).finally(() => {
        this.#shared.keyBatches.delete(running);
        this.#startKeyBatch();
      });
      this.#shared.keyBatches.add(running);
    });
  }

  /** Runs a batch; whatever goes wrong, every caller hears of it and later batches still start. */
  async #runKeyBatch(batch: readonly PendingKeyUse[], resolved: () => void): Promise<void> {
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      resolved();
    };
    try {
      await this.#runKeyBatchSteps(batch, release);
    } catch (error) {
      // An unexpected error: a caller already answered keeps its answer (a promise settles once).
      for (const item of batch) item.reject(error);
    } finally {
      release();
    }
  }

  async #runKeyBatchSteps(batch: readonly PendingKeyUse[], resolved: () => void): Promise<void> {
    let steps: KeyStep[];
    let keys: typeof KeysModule;
    let executor: KeyExecutor;
    try {
      const [loaded, { checkKeyRequest }] = await Promise.all([keysModule(), import('./crypto/key-ops.js')]);
      keys = loaded;
      executor = this.#keyExecutor ?? (await import('./crypto/key-executor.js')).defaultKeyExecutor();
      const usableKey = this.#usableKeys(keys, this.#clock());
      steps = await this.#store.read((reader) => batch.map((item): KeyStep => {
        try {
          item.authorize();
          const usable = usableKey(reader, item);
          checkKeyRequest(usable.spec, item.request);
          return { item, usable };
        } catch (error) {
          return { item, error };
        }
      }));
    } catch (error) {
      // The vault could not be read (a lock timeout, a damaged file): nothing ran, nothing to record.
      for (const item of batch) item.reject(error);
      return;
    } finally {
      resolved();
    }
    const done = await Promise.all(steps.map(async (step): Promise<KeyStep> => {
      if (step.usable === undefined) return step;
      try {
        const result = await executor.run(step.usable.handle, step.item.request);
        // A result of the wrong operation (a misbehaving executor) is no result.
        if ((result as KeyResult | undefined)?.op !== step.item.request.op) throw new Error('The key executor returned no result for the operation.');
        return { ...step, result };
      } catch (error) {
        return { item: step.item, error };
      }
    }));
    await this.#commitBatch(batch, (tx) => {
      const usableKey = this.#usableKeys(keys, this.#clock());
      for (const step of done) this.#settleKeyStep(tx, step, usableKey);
    });
  }

  /**
   * Decides a step's outcome in the audit transaction, into its trace: its error, or its result
   * if the version that did the work is still usable, with the same material, now.
   */
  #settleKeyStep(tx: StoreReader, step: KeyStep, usableKey: UsableKeyLookup): void {
    try {
      step.item.trace.capture(() => {
        if (step.usable === undefined || step.result === undefined) {
          // Never an undefined failure, which a record would show as a success.
          if (step.error instanceof Error) throw step.error;
          throw new Error('A key operation ended without a result.');
        }
        step.item.authorize();
        const current = usableKey(tx, step.item, step.usable.version);
        if (current.handle.id !== step.usable.handle.id) {
          throw new VaultError('Conflict', `Key ${quote(step.item.name)} version ${step.usable.version} changed while the operation ran: retry it.`);
        }
        return { keyId: step.usable.keyId, result: step.result };
      });
    } catch {
      // capture() has recorded the failure in the trace; it is this step's outcome, not the batch's.
    }
  }

  /**
   * Resolves keys for one step of a batch, as of `now` (not when an operation was queued: a key
   * that expired meanwhile is not used). A batch mostly uses one key: each (name, version,
   * operation) is resolved once per step, its refusal too.
   */
  #usableKeys(keys: typeof KeysModule, now: Date): UsableKeyLookup {
    const ctx = this.#context(now);
    const seen = new Map<string, { usable: UsableKey } | { error: unknown }>();
    return (reader, item, version = item.version) => {
      // The name and version exactly as given (not yet validated): '' is not "latest", and two
      // spellings of a name that validation would treat differently never share an answer.
      const id = JSON.stringify([item.name, version ?? null, item.op]);
      let found = seen.get(id);
      if (found === undefined) {
        try {
          found = { usable: keys.usableKey(reader, ctx, item.name, version, item.op, (_sealed, handle, open) => this.#unsealCached(handle, open)) };
        } catch (error) {
          found = { error };
        }
        seen.set(id, found);
      }
      if ('error' in found) throw found.error;
      return found.usable;
    };
  }

  #unsealCached(id: string, open: () => PrivateJwk): PrivateJwk {
    const cached = this.#shared.unsealed.get(id);
    if (cached !== undefined) return cached;
    const jwk = open();
    if (this.#shared.unsealed.size >= MAX_CACHED_KEYS) {
      const oldest = this.#shared.unsealed.keys().next();
      if (oldest.done !== true) this.#shared.unsealed.delete(oldest.value);
    }
    this.#shared.unsealed.set(id, jwk);
    return jwk;
  }

  #context(now: Date): secrets.ObjectContext {
    return {
      vaultId: this.#store.vaultId, keys: this.#store.keys, now,
      newVersion: () => this.#random(16).toString('hex'), recoverableDays: this.#store.recoverableDays,
    };
  }

  /** Follows one operation from its start to its audit record. */
  #trace<T>(operation: Operation, idOf?: (result: T) => string, extra: Readonly<Record<string, string>> = {}): OperationTrace<T> {
    const started = this.#clock();
    const correlationId = this.#correlationId ?? uuid(this.#random(16));
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
      captureAsync: async (fn) => {
        try {
          const result = await fn();
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
          extra: {
            ...extra, ...(purged.length === 0 ? {} : { autoPurged: purged }),
            ...(this.#clientRequestId === undefined ? {} : { clientRequestId: this.#clientRequestId }),
          },
        });
        return chainRecord(event, head, stored.generation, (text) => this.#store.keys.auditMac(text));
      },
    };
    return trace;
  }
}
