/**
 * Keys, with Azure Key Vault's semantics: a key is a name with versions; each version holds
 * key material sealed at rest (the private JWK, AES-GCM under a per-value key, bound to the
 * key's name and version) and, in clear, what anyone may see: its type, size or curve, its
 * permitted operations and its public parts. The private parts never leave the core: callers
 * get a VaultKey (public parts only) or the output of an operation done with the key.
 *
 * These functions run inside one store transaction; generating material (slow for RSA) is
 * done by the Vault before the transaction starts. The lifecycle shared with secrets is in
 * objects.ts.
 */
import { createHash } from 'node:crypto';
import { BadParameterError, VaultError, quote } from './errors.js';
import type { CreateKeyOptions, DeletedKey, KeyProperties, UpdateKeyOptions, VaultKey } from './model.js';
import { validateName, validateTags } from './names.js';
import {
  KEY, checkDates, deletedObject, deletedObjects, findVersion, latestVersion, liveObject, liveObjects,
  objectForNewVersion, recoverDeleted, refuseManaged, sealContextOf, softDelete, updatedVersion, versionPropertiesOf, withVersion,
} from './objects.js';
import type { ObjectContext } from './secrets.js';
import { KEY_OPERATIONS, type CurveName, type KeyHandle, type KeyOperationName, type KeySpec, type KeyType, type PrivateJwk, type PublicJwk } from './crypto/key-types.js';
import { keySpecOf, publicJwk } from './crypto/key-material.js';
import type { StoredObject, StoredVersion, StoreReader, StoreTransaction } from './store/store.js';

/** The clear metadata of a key version, kept in StoredVersion.meta. */
export interface KeyMeta {
  readonly kty: KeyType;
  readonly keySize: number;
  readonly curve?: CurveName;
  readonly keyOps: readonly KeyOperationName[];
  readonly exportable: boolean;
  readonly publicKey: PublicJwk;
}

/** What Azure gives a new key when the caller names no operations. */
export function defaultKeyOperations(kty: KeyType): readonly KeyOperationName[] {
  if (kty === 'EC') return ['sign', 'verify'];
  if (kty === 'oct') return ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
  return KEY_OPERATIONS;
}

/** Operations a key type can do at all: EC keys only sign and verify; oct keys never sign here. */
function possibleOperations(kty: KeyType): readonly KeyOperationName[] {
  return kty === 'RSA' ? KEY_OPERATIONS : defaultKeyOperations(kty);
}

export function validateKeyOperations(ops: unknown, kty: KeyType): readonly KeyOperationName[] {
  if (!Array.isArray(ops) || ops.length > KEY_OPERATIONS.length) {
    throw new BadParameterError(`Invalid key operations: expected a list of ${KEY_OPERATIONS.join(', ')}.`);
  }
  const possible = possibleOperations(kty);
  const seen = new Set<KeyOperationName>();
  for (const op of ops as unknown[]) {
    if (typeof op !== 'string' || !(KEY_OPERATIONS as readonly string[]).includes(op)) {
      throw new BadParameterError(`Invalid key operation ${quote(String(op))}: expected one of ${KEY_OPERATIONS.join(', ')}.`);
    }
    if (!possible.includes(op as KeyOperationName)) {
      throw new BadParameterError(`An ${kty} key cannot ${op}: its operations are ${possible.join(', ')}.`);
    }
    seen.add(op as KeyOperationName);
  }
  // Stored in the canonical order, so that equal sets compare equal.
  return KEY_OPERATIONS.filter((op) => seen.has(op));
}

function metaOf(name: string, version: StoredVersion): KeyMeta {
  const meta = version.meta as KeyMeta | undefined;
  if (meta === undefined || typeof meta.kty !== 'string') throw new VaultError('IntegrityError', `Key ${quote(name)} version ${version.version} has no key metadata.`);
  return meta;
}

function specOf(meta: KeyMeta): KeySpec {
  return meta.kty === 'EC' ? { kty: 'EC', ...(meta.curve === undefined ? {} : { curve: meta.curve }) } : { kty: meta.kty, size: meta.keySize };
}

export function keyPropertiesOf(object: StoredObject, version: StoredVersion): KeyProperties {
  return { ...versionPropertiesOf(object, version), exportable: metaOf(object.name, version).exportable };
}

export function vaultKeyOf(object: StoredObject, version: StoredVersion): VaultKey {
  const meta = metaOf(object.name, version);
  return {
    name: object.name,
    keyType: meta.kty,
    keyOperations: [...meta.keyOps],
    key: { ...meta.publicKey },
    keySize: meta.keySize,
    curve: meta.curve,
    properties: keyPropertiesOf(object, version),
  };
}

function deletedKeyOf(object: StoredObject): DeletedKey {
  if (object.deleted === undefined) throw new Error('deletedKeyOf: object is not deleted');
  return {
    key: vaultKeyOf(object, latestVersion(KEY, object)),
    deletedOn: new Date(object.deleted.deletedOn),
    scheduledPurgeDate: new Date(object.deleted.scheduledPurgeDate),
  };
}

/** The clear size of a key: RSA modulus bits, oct key bits, or the curve's size for EC. */
function sizeOf(spec: KeySpec): number {
  if (spec.kty !== 'EC') return spec.size ?? 0;
  return { 'P-256': 256, 'P-384': 384, 'P-521': 521, 'P-256K': 256 }[spec.curve ?? 'P-256'];
}

/** Adds a version holding `jwk` (generated or imported) to the key `name`; `managed` is for a certificate's own key. */
export function addKeyVersion(tx: StoreTransaction, ctx: ObjectContext, name: string, jwk: PrivateJwk, options: CreateKeyOptions = {}, managed = false): VaultKey {
  validateName(name, 'key');
  const spec = keySpecOf(jwk);
  const keyOps = options.keyOperations === undefined ? defaultKeyOperations(spec.kty) : validateKeyOperations(options.keyOperations, spec.kty);
  const tags = validateTags(options.tags ?? {});
  checkDates(options.notBefore, options.expiresOn);
  if (options.exportable !== undefined && typeof options.exportable !== 'boolean') throw new BadParameterError('Invalid exportable flag: expected true or false.');
  const object = objectForNewVersion(tx, KEY, name, ctx.now, ctx.recoverableDays, managed);
  const now = ctx.now.toISOString();
  const version = ctx.newVersion();
  const meta: KeyMeta = {
    kty: spec.kty, keySize: sizeOf(spec), ...(spec.curve === undefined ? {} : { curve: spec.curve }),
    keyOps, exportable: options.exportable ?? false, publicKey: publicJwk(jwk),
  };
  const stored: StoredVersion = {
    version, created: now, updated: now, enabled: options.enabled ?? true,
    ...(options.notBefore === undefined ? {} : { notBefore: options.notBefore.toISOString() }),
    ...(options.expiresOn === undefined ? {} : { expires: options.expiresOn.toISOString() }),
    tags,
    ...(managed ? { managed: true } : {}),
    meta: meta as unknown as Readonly<Record<string, unknown>>,
    sealed: ctx.keys.seal(sealContextOf(KEY, ctx.vaultId, object.name, version), Buffer.from(JSON.stringify(jwk), 'utf8')),
  };
  const next = { ...object, versions: [...object.versions, stored] };
  tx.putObject(next);
  return vaultKeyOf(next, stored);
}

export function getKey(tx: StoreReader, ctx: ObjectContext, name: string, version?: string): VaultKey {
  const object = liveObject(tx, KEY, name, ctx.now);
  return vaultKeyOf(object, findVersion(KEY, object, version));
}

/** The type and size or curve of a key's latest version: what a rotation makes again. */
export function latestSpec(tx: StoreReader, ctx: ObjectContext, name: string): { spec: KeySpec; options: CreateKeyOptions; object: StoredObject } {
  const object = liveObject(tx, KEY, name, ctx.now);
  refuseManaged(KEY, object);
  const latest = latestVersion(KEY, object);
  const meta = metaOf(object.name, latest);
  return { spec: specOf(meta), options: { keyOperations: meta.keyOps, exportable: meta.exportable, tags: latest.tags }, object };
}

export function updateKeyProperties(tx: StoreTransaction, ctx: ObjectContext, name: string, version: string | undefined, options: UpdateKeyOptions): VaultKey {
  const object = liveObject(tx, KEY, name, ctx.now);
  refuseManaged(KEY, object);
  const found = findVersion(KEY, object, version);
  const meta = metaOf(object.name, found);
  const tags = options.tags === undefined ? undefined : validateTags(options.tags);
  const keyOps = options.keyOperations === undefined ? meta.keyOps : validateKeyOperations(options.keyOperations, meta.kty);
  const base = updatedVersion(found, { ...options, ...(tags === undefined ? {} : { tags }) }, ctx.now);
  const updated: StoredVersion = { ...base, meta: { ...meta, keyOps } };
  const next = withVersion(object, updated);
  tx.putObject(next);
  return vaultKeyOf(next, updated);
}

export function listKeys(tx: StoreReader): KeyProperties[] {
  return liveObjects(tx, KEY).map((object) => keyPropertiesOf(object, latestVersion(KEY, object)));
}

export function listKeyVersions(tx: StoreReader, now: Date, name: string): KeyProperties[] {
  const object = liveObject(tx, KEY, name, now);
  return object.versions.map((version) => keyPropertiesOf(object, version));
}

export function deleteKey(tx: StoreTransaction, ctx: ObjectContext, name: string): DeletedKey {
  return deletedKeyOf(softDelete(tx, KEY, name, ctx.now));
}

export function listDeletedKeys(tx: StoreReader, now: Date): DeletedKey[] {
  return deletedObjects(tx, KEY, now).map(deletedKeyOf);
}

export function getDeletedKey(tx: StoreReader, now: Date, name: string): DeletedKey {
  return deletedKeyOf(deletedObject(tx, KEY, name, now));
}

export function recoverDeletedKey(tx: StoreTransaction, now: Date, name: string): VaultKey {
  const object = recoverDeleted(tx, KEY, name, now);
  return vaultKeyOf(object, latestVersion(KEY, object));
}

/** A key version resolved for one operation: checked usable, with its material unsealed. */
export interface UsableKey {
  readonly handle: KeyHandle;
  readonly spec: KeySpec;
  readonly version: string;
  /** `/keys/Name/version`. */
  readonly keyId: string;
}

/**
 * Resolves the version that will do `op`, refusing it (Forbidden, with Azure's inner code) if
 * it is disabled, outside its validity dates, or not permitted that operation.
 */
export function usableKey(tx: StoreReader, ctx: ObjectContext, name: string, version: string | undefined, op: KeyOperationName,
  unseal: (sealed: string, handleId: string, open: () => PrivateJwk) => PrivateJwk): UsableKey {
  const object = liveObject(tx, KEY, name, ctx.now);
  const found = findVersion(KEY, object, version);
  const meta = metaOf(object.name, found);
  const key = quote(object.name);
  if (!found.enabled) throw new VaultError('Forbidden', `Operation ${op} is not allowed: key ${key} version ${found.version} is disabled.`, { innerCode: 'KeyDisabled' });
  const now = ctx.now.getTime();
  if (found.notBefore !== undefined && new Date(found.notBefore).getTime() > now) {
    throw new VaultError('Forbidden', `Operation ${op} is not allowed: key ${key} is not valid before ${found.notBefore}.`, { innerCode: 'KeyNotYetValid' });
  }
  if (found.expires !== undefined && new Date(found.expires).getTime() <= now) {
    throw new VaultError('Forbidden', `Operation ${op} is not allowed: key ${key} expired on ${found.expires}.`, { innerCode: 'KeyExpired' });
  }
  if (!meta.keyOps.includes(op)) {
    throw new VaultError('Forbidden', `Operation ${op} is not permitted on key ${key}: its operations are ${meta.keyOps.join(', ') || 'none'}.`, { innerCode: 'KeyOperationNotPermitted' });
  }
  // The id changes whenever the sealed material does, so executors may cache by it.
  const id = `${ctx.vaultId}/${object.name.toLowerCase()}/${found.version}/${createHash('sha256').update(found.sealed).digest('base64url').slice(0, 22)}`;
  const jwk = unseal(found.sealed, id, () => JSON.parse(ctx.keys.unseal(sealContextOf(KEY, ctx.vaultId, object.name, found.version), found.sealed).toString('utf8')) as PrivateJwk);
  return { handle: { id, jwk }, spec: specOf(meta), version: found.version, keyId: `/keys/${object.name}/${found.version}` };
}
