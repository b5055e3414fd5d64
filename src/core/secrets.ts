/**
 * Secrets, with Azure Key Vault's semantics: every set makes a new version; properties of a
 * version change, its value never does; delete is soft and reserves the name until the object
 * is recovered or purged (or its retention passes). These functions run inside one store
 * transaction and know nothing of access or audit, which the Vault wraps around them.
 */
import { BadParameterError, VaultError, quote } from './errors.js';
import type { DeletedSecret, RecoveryLevel, Secret, SecretProperties, SetSecretOptions, UpdateSecretOptions } from './model.js';
import { nameKey, validateContentType, validateDate, validateName, validateSecretValue, validateTags, validateVersion } from './names.js';
import type { VaultKeys } from './crypto/envelope.js';
import type { StoredObject, StoredVersion, StoreReader, StoreTransaction } from './store/store.js';

/** Binds a sealed value to its vault, type, name and version (the AAD). */
export const SEAL_FORMAT = 'coffer-seal/1';

/** What a secret operation needs besides the transaction. */
export interface SecretContext {
  readonly vaultId: string;
  readonly keys: VaultKeys;
  readonly now: Date;
  readonly newVersion: () => string;
  readonly recoverableDays: number;
}

const DAY_MS = 86_400_000;

export function sealContext(vaultId: string, name: string, version: string): readonly string[] {
  return [SEAL_FORMAT, vaultId, 'secret', nameKey(name), version];
}

function recoveryLevel(days: number): RecoveryLevel {
  return days === 90 ? 'Recoverable+Purgeable' : 'CustomizedRecoverable+Purgeable';
}

const optionalDate = (iso: string | undefined): Date | undefined => (iso === undefined ? undefined : new Date(iso));

export function propertiesOf(object: StoredObject, version: StoredVersion): SecretProperties {
  return {
    name: object.name,
    version: version.version,
    enabled: version.enabled,
    notBefore: optionalDate(version.notBefore),
    expiresOn: optionalDate(version.expires),
    createdOn: new Date(version.created),
    updatedOn: new Date(version.updated),
    contentType: version.contentType,
    tags: { ...version.tags },
    managed: version.managed === true,
    recoverableDays: object.recoverableDays,
    recoveryLevel: recoveryLevel(object.recoverableDays),
  };
}

function deletedOf(object: StoredObject): DeletedSecret {
  const latest = latestVersion(object);
  if (object.deleted === undefined) throw new Error('deletedOf: object is not deleted');
  return {
    properties: propertiesOf(object, latest),
    deletedOn: new Date(object.deleted.deletedOn),
    scheduledPurgeDate: new Date(object.deleted.scheduledPurgeDate),
  };
}

function latestVersion(object: StoredObject): StoredVersion {
  const latest = object.versions[object.versions.length - 1];
  if (latest === undefined) throw new VaultError('IntegrityError', `Secret ${quote(object.name)} has no versions.`);
  return latest;
}

/** A soft-deleted object whose retention has passed is gone, whether or not it was swept yet. */
export function purgeIsDue(object: StoredObject, now: Date): boolean {
  return object.deleted !== undefined && new Date(object.deleted.scheduledPurgeDate).getTime() <= now.getTime();
}

export function secretNotFound(name: string, version?: string): VaultError {
  const what = version === undefined ? `A secret with name ${quote(name)}` : `Version ${quote(version)} of secret ${quote(name)}`;
  return new VaultError('SecretNotFound', `${what} was not found in this vault.`);
}

/** The live (not deleted) object, or SecretNotFound. */
function liveObject(tx: StoreReader, name: string, now: Date): StoredObject {
  validateName(name);
  const object = tx.getObject('secret', name);
  if (object === undefined || object.deleted !== undefined || purgeIsDue(object, now)) throw secretNotFound(name);
  return object;
}

function deletedObject(tx: StoreReader, name: string, now: Date): StoredObject {
  validateName(name);
  const object = tx.getObject('secret', name);
  if (object === undefined || object.deleted === undefined || purgeIsDue(object, now)) {
    throw new VaultError('SecretNotFound', `A deleted secret with name ${quote(name)} was not found in this vault.`);
  }
  return object;
}

function findVersion(object: StoredObject, version: string | undefined): StoredVersion {
  // Only undefined means latest: an empty string is a caller's unset variable, not a choice.
  if (version === undefined) return latestVersion(object);
  validateVersion(version);
  const found = object.versions.find((v) => v.version === version);
  if (found === undefined) throw secretNotFound(object.name, version);
  return found;
}

function checkDates(notBefore: Date | undefined, expiresOn: Date | undefined): void {
  if (notBefore !== undefined) validateDate(notBefore, 'not-before date');
  if (expiresOn !== undefined) validateDate(expiresOn, 'expiry date');
  if (notBefore !== undefined && expiresOn !== undefined && notBefore.getTime() >= expiresOn.getTime()) {
    throw new BadParameterError(`The not-before date ${notBefore.toISOString()} is not before the expiry date ${expiresOn.toISOString()}.`);
  }
}

/** Removes objects whose retention has passed. Runs inside write transactions only. */
export function sweepExpired(tx: StoreTransaction, now: Date): string[] {
  const purged = tx.listObjects('secret').filter((object) => purgeIsDue(object, now));
  for (const object of purged) tx.removeObject('secret', object.name);
  return purged.map((object) => object.name);
}

export function setSecret(tx: StoreTransaction, ctx: SecretContext, name: string, value: string, options: SetSecretOptions = {}): Secret {
  validateName(name);
  validateSecretValue(value);
  if (options.contentType !== undefined) validateContentType(options.contentType);
  const tags = validateTags(options.tags ?? {});
  checkDates(options.notBefore, options.expiresOn);
  let existing = tx.getObject('secret', name);
  if (existing !== undefined && purgeIsDue(existing, ctx.now)) existing = undefined;
  if (existing?.deleted !== undefined) {
    throw new VaultError('ObjectIsDeletedButRecoverable', `Secret ${quote(existing.name)} is deleted but recoverable: recover or purge it before setting it again.`, { innerCode: 'ObjectIsDeletedButRecoverable' });
  }
  const object: StoredObject = existing ?? { type: 'secret', name, recoverableDays: ctx.recoverableDays, versions: [] };
  const now = ctx.now.toISOString();
  const version = ctx.newVersion();
  const stored: StoredVersion = {
    version, created: now, updated: now, enabled: options.enabled ?? true,
    ...(options.notBefore === undefined ? {} : { notBefore: options.notBefore.toISOString() }),
    ...(options.expiresOn === undefined ? {} : { expires: options.expiresOn.toISOString() }),
    ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    tags,
    sealed: ctx.keys.seal(sealContext(ctx.vaultId, object.name, version), Buffer.from(value, 'utf8')),
  };
  const next = { ...object, versions: [...object.versions, stored] };
  tx.putObject(next);
  return { properties: propertiesOf(next, stored), value };
}

export function getSecret(tx: StoreReader, ctx: SecretContext, name: string, version?: string): Secret {
  const object = liveObject(tx, name, ctx.now);
  const found = findVersion(object, version);
  if (!found.enabled) {
    throw new VaultError('Forbidden', 'Operation get is not allowed on a disabled secret.', { innerCode: 'SecretDisabled' });
  }
  const value = ctx.keys.unseal(sealContext(ctx.vaultId, object.name, found.version), found.sealed);
  return { properties: propertiesOf(object, found), value: value.toString('utf8') };
}

export function updateSecretProperties(tx: StoreTransaction, ctx: SecretContext, name: string, version: string | undefined, options: UpdateSecretOptions): SecretProperties {
  const object = liveObject(tx, name, ctx.now);
  const found = findVersion(object, version);
  if (typeof options.contentType === 'string') validateContentType(options.contentType);
  const tags = options.tags === undefined ? found.tags : validateTags(options.tags);
  const notBefore = options.notBefore === undefined ? optionalDate(found.notBefore) : options.notBefore ?? undefined;
  const expiresOn = options.expiresOn === undefined ? optionalDate(found.expires) : options.expiresOn ?? undefined;
  checkDates(notBefore, expiresOn);
  const contentType = options.contentType === undefined ? found.contentType : options.contentType ?? undefined;
  const { notBefore: _n, expires: _e, contentType: _c, ...rest } = found;
  const updated: StoredVersion = {
    ...rest,
    enabled: options.enabled ?? found.enabled,
    updated: ctx.now.toISOString(),
    ...(notBefore === undefined ? {} : { notBefore: notBefore.toISOString() }),
    ...(expiresOn === undefined ? {} : { expires: expiresOn.toISOString() }),
    ...(contentType === undefined ? {} : { contentType }),
    tags,
  };
  const next = { ...object, versions: object.versions.map((v) => (v.version === found.version ? updated : v)) };
  tx.putObject(next);
  return propertiesOf(next, updated);
}

/** Every live secret's latest version properties, ordered by name. */
export function listSecrets(tx: StoreReader, namePrefix?: string): SecretProperties[] {
  return tx.listObjects('secret', namePrefix)
    .filter((object) => object.deleted === undefined && object.versions.length > 0)
    .map((object) => propertiesOf(object, latestVersion(object)));
}

export function listSecretVersions(tx: StoreReader, now: Date, name: string): SecretProperties[] {
  const object = liveObject(tx, name, now);
  return object.versions.map((version) => propertiesOf(object, version));
}

export function deleteSecret(tx: StoreTransaction, ctx: SecretContext, name: string): DeletedSecret {
  const object = liveObject(tx, name, ctx.now);
  const deleted: StoredObject = {
    ...object,
    deleted: {
      deletedOn: ctx.now.toISOString(),
      scheduledPurgeDate: new Date(ctx.now.getTime() + object.recoverableDays * DAY_MS).toISOString(),
    },
  };
  tx.putObject(deleted);
  return deletedOf(deleted);
}

export function listDeletedSecrets(tx: StoreReader, now: Date): DeletedSecret[] {
  return tx.listObjects('secret').filter((object) => object.deleted !== undefined && !purgeIsDue(object, now)).map(deletedOf);
}

export function getDeletedSecret(tx: StoreReader, now: Date, name: string): DeletedSecret {
  return deletedOf(deletedObject(tx, name, now));
}

export function recoverDeletedSecret(tx: StoreTransaction, now: Date, name: string): SecretProperties {
  const { deleted: _deleted, ...object } = deletedObject(tx, name, now);
  tx.putObject(object);
  return propertiesOf(object, latestVersion(object));
}

export function purgeDeletedSecret(tx: StoreTransaction, now: Date, name: string): void {
  const object = deletedObject(tx, name, now);
  tx.removeObject('secret', object.name);
}
