/**
 * Secrets, with Azure Key Vault's semantics: every set makes a new version; properties of a
 * version change, its value never does; delete is soft and reserves the name until the object
 * is recovered or purged (or its retention passes). The lifecycle shared with keys and
 * certificates is in objects.ts. These functions run inside one store transaction and know
 * nothing of access or audit, which the Vault wraps around them.
 */
import { VaultError } from './errors.js';
import type { DeletedSecret, Secret, SecretProperties, SetSecretOptions, UpdateSecretOptions } from './model.js';
import { validateContentType, validateName, validateSecretValue, validateTags } from './names.js';
import type { VaultKeys } from './crypto/envelope.js';
import {
  SECRET, checkDates, deletedObject, deletedObjects, findVersion, latestVersion, liveObject, liveObjects, notFound,
  objectForNewVersion, purgeDeleted, recoverDeleted, refuseManaged, sealContextOf, softDelete, updatedVersion, versionPropertiesOf, withVersion,
} from './objects.js';
import type { StoredObject, StoredVersion, StoreReader, StoreTransaction } from './store/store.js';

/** What an operation on a vault object needs besides the transaction. */
export interface ObjectContext {
  readonly vaultId: string;
  readonly keys: VaultKeys;
  readonly now: Date;
  readonly newVersion: () => string;
  readonly recoverableDays: number;
}

export function sealContext(vaultId: string, name: string, version: string): readonly string[] {
  return sealContextOf(SECRET, vaultId, name, version);
}

export function propertiesOf(object: StoredObject, version: StoredVersion): SecretProperties {
  return { ...versionPropertiesOf(object, version), contentType: version.contentType };
}

function deletedOf(object: StoredObject): DeletedSecret {
  if (object.deleted === undefined) throw new Error('deletedOf: object is not deleted');
  return {
    properties: propertiesOf(object, latestVersion(SECRET, object)),
    deletedOn: new Date(object.deleted.deletedOn),
    scheduledPurgeDate: new Date(object.deleted.scheduledPurgeDate),
  };
}

export function secretNotFound(name: string, version?: string): VaultError {
  return notFound(SECRET, name, version);
}

/** A new version; `managed` is for a certificate writing its own secret (see refuseManaged). */
export function setSecret(tx: StoreTransaction, ctx: ObjectContext, name: string, value: string, options: SetSecretOptions = {}, managed = false): Secret {
  validateName(name);
  validateSecretValue(value);
  if (options.contentType !== undefined) validateContentType(options.contentType);
  const tags = validateTags(options.tags ?? {});
  checkDates(options.notBefore, options.expiresOn);
  const object = objectForNewVersion(tx, SECRET, name, ctx.now, ctx.recoverableDays, managed);
  const now = ctx.now.toISOString();
  const version = ctx.newVersion();
  const stored: StoredVersion = {
    version, created: now, updated: now, enabled: options.enabled ?? true,
    ...(options.notBefore === undefined ? {} : { notBefore: options.notBefore.toISOString() }),
    ...(options.expiresOn === undefined ? {} : { expires: options.expiresOn.toISOString() }),
    ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    tags,
    ...(managed ? { managed: true } : {}),
    sealed: ctx.keys.seal(sealContext(ctx.vaultId, object.name, version), Buffer.from(value, 'utf8')),
  };
  const next = { ...object, versions: [...object.versions, stored] };
  tx.putObject(next);
  return { properties: propertiesOf(next, stored), value };
}

export function getSecret(tx: StoreReader, ctx: ObjectContext, name: string, version?: string): Secret {
  const object = liveObject(tx, SECRET, name, ctx.now);
  const found = findVersion(SECRET, object, version);
  if (!found.enabled) {
    throw new VaultError('Forbidden', 'Operation get is not allowed on a disabled secret.', { innerCode: 'SecretDisabled' });
  }
  const value = ctx.keys.unseal(sealContext(ctx.vaultId, object.name, found.version), found.sealed);
  return { properties: propertiesOf(object, found), value: value.toString('utf8') };
}

export function updateSecretProperties(tx: StoreTransaction, ctx: ObjectContext, name: string, version: string | undefined, options: UpdateSecretOptions): SecretProperties {
  const object = liveObject(tx, SECRET, name, ctx.now);
  refuseManaged(SECRET, object);
  const found = findVersion(SECRET, object, version);
  if (typeof options.contentType === 'string') validateContentType(options.contentType);
  const tags = options.tags === undefined ? undefined : validateTags(options.tags);
  const { contentType: _c, ...base } = updatedVersion(found, { ...options, ...(tags === undefined ? {} : { tags }) }, ctx.now);
  const contentType = options.contentType === undefined ? found.contentType : options.contentType ?? undefined;
  const updated: StoredVersion = { ...base, ...(contentType === undefined ? {} : { contentType }) };
  const next = withVersion(object, updated);
  tx.putObject(next);
  return propertiesOf(next, updated);
}

/** Every live secret's latest version properties, ordered by name. */
export function listSecrets(tx: StoreReader, namePrefix?: string): SecretProperties[] {
  return liveObjects(tx, SECRET, namePrefix).map((object) => propertiesOf(object, latestVersion(SECRET, object)));
}

export function listSecretVersions(tx: StoreReader, now: Date, name: string): SecretProperties[] {
  const object = liveObject(tx, SECRET, name, now);
  return object.versions.map((version) => propertiesOf(object, version));
}

export function deleteSecret(tx: StoreTransaction, ctx: ObjectContext, name: string): DeletedSecret {
  return deletedOf(softDelete(tx, SECRET, name, ctx.now));
}

export function listDeletedSecrets(tx: StoreReader, now: Date): DeletedSecret[] {
  return deletedObjects(tx, SECRET, now).map(deletedOf);
}

export function getDeletedSecret(tx: StoreReader, now: Date, name: string): DeletedSecret {
  return deletedOf(deletedObject(tx, SECRET, name, now));
}

export function recoverDeletedSecret(tx: StoreTransaction, now: Date, name: string): SecretProperties {
  const object = recoverDeleted(tx, SECRET, name, now);
  return propertiesOf(object, latestVersion(SECRET, object));
}

export function purgeDeletedSecret(tx: StoreTransaction, now: Date, name: string): void {
  purgeDeleted(tx, SECRET, name, now);
}
