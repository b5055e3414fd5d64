/**
 * What every object type (secret, key, certificate) shares, with Azure Key Vault's semantics:
 * versions, dates, soft delete that reserves the name until the object is recovered or purged,
 * and automatic purge once the retention has passed. The per-type services (secrets.ts,
 * keys.ts) add their own values and operations on top. These functions run inside one store
 * transaction and know nothing of access or audit, which the Vault wraps around them.
 */
import { BadParameterError, VaultError, quote, type VaultErrorCode } from './errors.js';
import type { ObjectType, RecoveryLevel, VersionProperties, VersionUpdateOptions } from './model.js';
import { validateDate, validateName, validateVersion } from './names.js';
import type { StoredObject, StoredVersion, StoreReader, StoreTransaction } from './store/store.js';

/** Binds a sealed value to its vault, type, name and version (the AAD). */
export const SEAL_FORMAT = 'coffer-seal/1';

/** An object type as the services and their messages see it. */
export interface ObjectKind {
  readonly type: ObjectType;
  /** `secret`, `key`, `certificate`: for messages. */
  readonly label: string;
  /** The collection in resource paths and object ids: `/secrets/name/version`. */
  readonly collection: 'secrets' | 'keys' | 'certificates';
  readonly notFound: VaultErrorCode;
}

export const SECRET: ObjectKind = { type: 'secret', label: 'secret', collection: 'secrets', notFound: 'SecretNotFound' };
export const KEY: ObjectKind = { type: 'key', label: 'key', collection: 'keys', notFound: 'KeyNotFound' };
export const CERTIFICATE: ObjectKind = { type: 'certificate', label: 'certificate', collection: 'certificates', notFound: 'CertificateNotFound' };
const KINDS: readonly ObjectKind[] = [SECRET, KEY, CERTIFICATE];

const DAY_MS = 86_400_000;

const capitalised = (kind: ObjectKind): string => kind.label.charAt(0).toUpperCase() + kind.label.slice(1);

export function sealContextOf(kind: ObjectKind, vaultId: string, name: string, version: string): readonly string[] {
  return [SEAL_FORMAT, vaultId, kind.type, name.toLowerCase(), version];
}

/** What every version of every object type shows: its identity, state, dates and tags. */
export function versionPropertiesOf(object: StoredObject, version: StoredVersion): VersionProperties {
  return {
    name: object.name,
    version: version.version,
    enabled: version.enabled,
    notBefore: optionalDate(version.notBefore),
    expiresOn: optionalDate(version.expires),
    createdOn: new Date(version.created),
    updatedOn: new Date(version.updated),
    tags: { ...version.tags },
    managed: version.managed === true,
    recoverableDays: object.recoverableDays,
    recoveryLevel: recoveryLevel(object.recoverableDays),
  };
}

export function recoveryLevel(days: number): RecoveryLevel {
  return days === 90 ? 'Recoverable+Purgeable' : 'CustomizedRecoverable+Purgeable';
}

export const optionalDate = (iso: string | undefined): Date | undefined => (iso === undefined ? undefined : new Date(iso));

export function notFound(kind: ObjectKind, name: string, version?: string): VaultError {
  const what = version === undefined ? `A ${kind.label} with name ${quote(name)}` : `Version ${quote(version)} of ${kind.label} ${quote(name)}`;
  return new VaultError(kind.notFound, `${what} was not found in this vault.`);
}

export function latestVersion(kind: ObjectKind, object: StoredObject): StoredVersion {
  const latest = object.versions[object.versions.length - 1];
  if (latest === undefined) throw new VaultError('IntegrityError', `${capitalised(kind)} ${quote(object.name)} has no versions.`);
  return latest;
}

/** A soft-deleted object whose retention has passed is gone, whether or not it was swept yet. */
export function purgeIsDue(object: StoredObject, now: Date): boolean {
  return object.deleted !== undefined && new Date(object.deleted.scheduledPurgeDate).getTime() <= now.getTime();
}

/** The live (not deleted) object, or the kind's NotFound. */
export function liveObject(tx: StoreReader, kind: ObjectKind, name: string, now: Date): StoredObject {
  validateName(name, kind.label);
  const object = tx.getObject(kind.type, name);
  if (object === undefined || object.deleted !== undefined || purgeIsDue(object, now)) throw notFound(kind, name);
  return object;
}

export function deletedObject(tx: StoreReader, kind: ObjectKind, name: string, now: Date): StoredObject {
  validateName(name, kind.label);
  const object = tx.getObject(kind.type, name);
  if (object === undefined || object.deleted === undefined || purgeIsDue(object, now)) {
    throw new VaultError(kind.notFound, `A deleted ${kind.label} with name ${quote(name)} was not found in this vault.`);
  }
  return object;
}

export function findVersion(kind: ObjectKind, object: StoredObject, version: string | undefined): StoredVersion {
  // Only undefined means latest: an empty string is a caller's unset variable, not a choice.
  if (version === undefined) return latestVersion(kind, object);
  validateVersion(version);
  const found = object.versions.find((v) => v.version === version);
  if (found === undefined) throw notFound(kind, object.name, version);
  return found;
}

/**
 * The object a new version goes into: the existing one, or a new empty one. A name that is
 * deleted but recoverable is reserved, as in Azure.
 */
export function objectForNewVersion(tx: StoreReader, kind: ObjectKind, name: string, now: Date, recoverableDays: number, managed = false): StoredObject {
  let existing = tx.getObject(kind.type, name);
  if (existing !== undefined && purgeIsDue(existing, now)) existing = undefined;
  if (existing?.deleted !== undefined) {
    throw new VaultError('ObjectIsDeletedButRecoverable', `${capitalised(kind)} ${quote(existing.name)} is deleted but recoverable: recover or purge it before setting it again.`, { innerCode: 'ObjectIsDeletedButRecoverable' });
  }
  if (existing !== undefined && !managed) refuseManaged(kind, existing);
  return existing ?? { type: kind.type, name, recoverableDays, versions: [] };
}

/** Whether an object's latest version belongs to a certificate (its key or its secret). */
export function isManaged(object: StoredObject): boolean {
  return object.versions[object.versions.length - 1]?.managed === true;
}

/**
 * A certificate's key and secret change only through the certificate (as in Azure): setting,
 * updating, deleting, recovering, purging or restoring them on their own is Forbidden.
 */
export function refuseManaged(kind: ObjectKind, object: StoredObject): void {
  if (isManaged(object)) {
    throw new VaultError('Forbidden', `${capitalised(kind)} ${quote(object.name)} belongs to certificate ${quote(object.name)}: change it through the certificate.`, { innerCode: 'CertificateManaged' });
  }
}

export function checkDates(notBefore: Date | undefined, expiresOn: Date | undefined): void {
  if (notBefore !== undefined) validateDate(notBefore, 'not-before date');
  if (expiresOn !== undefined) validateDate(expiresOn, 'expiry date');
  if (notBefore !== undefined && expiresOn !== undefined && notBefore.getTime() >= expiresOn.getTime()) {
    throw new BadParameterError(`The not-before date ${notBefore.toISOString()} is not before the expiry date ${expiresOn.toISOString()}.`);
  }
}

/** A version with the changes applied (dates checked together), stamped as updated now. */
export function updatedVersion(found: StoredVersion, changes: VersionUpdateOptions, now: Date): StoredVersion {
  const notBefore = changes.notBefore === undefined ? optionalDate(found.notBefore) : changes.notBefore ?? undefined;
  const expiresOn = changes.expiresOn === undefined ? optionalDate(found.expires) : changes.expiresOn ?? undefined;
  checkDates(notBefore, expiresOn);
  const { notBefore: _n, expires: _e, ...rest } = found;
  return {
    ...rest,
    enabled: changes.enabled ?? found.enabled,
    updated: now.toISOString(),
    ...(notBefore === undefined ? {} : { notBefore: notBefore.toISOString() }),
    ...(expiresOn === undefined ? {} : { expires: expiresOn.toISOString() }),
    tags: changes.tags ?? found.tags,
  };
}

/** The object with one version replaced. */
export function withVersion(object: StoredObject, version: StoredVersion): StoredObject {
  return { ...object, versions: object.versions.map((v) => (v.version === version.version ? version : v)) };
}

/** Removes objects of every type whose retention has passed; returns their paths. Write transactions only. */
export function sweepExpired(tx: StoreTransaction, now: Date): string[] {
  const purged: string[] = [];
  for (const kind of KINDS) {
    for (const object of tx.listObjects(kind.type).filter((o) => purgeIsDue(o, now))) {
      tx.removeObject(kind.type, object.name);
      purged.push(`/${kind.collection}/${object.name}`);
    }
  }
  return purged;
}

/** Live objects of a kind with at least one version, ordered by name. */
export function liveObjects(tx: StoreReader, kind: ObjectKind, namePrefix?: string): StoredObject[] {
  return tx.listObjects(kind.type, namePrefix).filter((object) => object.deleted === undefined && object.versions.length > 0);
}

/** Deleted objects still within their retention. */
export function deletedObjects(tx: StoreReader, kind: ObjectKind, now: Date): StoredObject[] {
  return tx.listObjects(kind.type).filter((object) => object.deleted !== undefined && !purgeIsDue(object, now));
}

export function softDelete(tx: StoreTransaction, kind: ObjectKind, name: string, now: Date, managed = false): StoredObject {
  const object = liveObject(tx, kind, name, now);
  if (!managed) refuseManaged(kind, object);
  const deleted: StoredObject = {
    ...object,
    deleted: {
      deletedOn: now.toISOString(),
      scheduledPurgeDate: new Date(now.getTime() + object.recoverableDays * DAY_MS).toISOString(),
    },
  };
  tx.putObject(deleted);
  return deleted;
}

export function recoverDeleted(tx: StoreTransaction, kind: ObjectKind, name: string, now: Date, managed = false): StoredObject {
  const found = deletedObject(tx, kind, name, now);
  if (!managed) refuseManaged(kind, found);
  const { deleted: _deleted, ...object } = found;
  tx.putObject(object);
  return object;
}

export function purgeDeleted(tx: StoreTransaction, kind: ObjectKind, name: string, now: Date, managed = false): void {
  const object = deletedObject(tx, kind, name, now);
  if (!managed) refuseManaged(kind, object);
  tx.removeObject(kind.type, object.name);
}
