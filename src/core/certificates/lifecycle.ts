/**
 * A certificate's lifecycle with its key and secret: reads, property updates, soft delete,
 * recovery, purge, backup and restore each act on all three together, in one transaction.
 */
import { BadParameterError, VaultError, quote } from '../errors.js';
import { validateName, validateTags, validateVersion } from '../names.js';
import {
  CERTIFICATE, KEY, SECRET, deletedObject, deletedObjects, latestVersion, liveObject, liveObjects, notFound, purgeDeleted, purgeIsDue,
  recoverDeleted, softDelete, updatedVersion, withVersion, type ObjectKind,
} from '../objects.js';
import { backupObject, restoreObject, MAX_BACKUP_CHARS } from '../object-backup.js';
import type { ObjectContext } from '../secrets.js';
import type { StoredObject, StoreReader, StoreTransaction } from '../store/store.js';
import type { CertificateProperties, DeletedCertificate, UpdateCertificateOptions, VaultCertificate } from './model.js';
import { certificatePropertiesOf, vaultCertificateOf } from './records.js';

const COMPANIONS: readonly ObjectKind[] = [KEY, SECRET];
const BACKUP_FORMAT = 'coffer-certificate-backup/1';

/** A live certificate with at least one version (a first request still pending has none). */
export function liveCertificate(tx: StoreReader, ctx: ObjectContext, name: string): StoredObject {
  const object = liveObject(tx, CERTIFICATE, name, ctx.now);
  if (object.versions.length === 0) throw notFound(CERTIFICATE, name);
  return object;
}

export function getCertificate(tx: StoreReader, ctx: ObjectContext, name: string): VaultCertificate {
  const object = liveCertificate(tx, ctx, name);
  return vaultCertificateOf(object, latestVersion(CERTIFICATE, object), true);
}

export function getCertificateVersion(tx: StoreReader, ctx: ObjectContext, name: string, version: string): VaultCertificate {
  validateVersion(version);
  const object = liveCertificate(tx, ctx, name);
  const found = object.versions.find((v) => v.version === version);
  if (found === undefined) throw notFound(CERTIFICATE, object.name, version);
  return vaultCertificateOf(object, found, false);
}

export function listCertificates(tx: StoreReader): CertificateProperties[] {
  return liveObjects(tx, CERTIFICATE).map((object) => certificatePropertiesOf(object, latestVersion(CERTIFICATE, object)));
}

export function listCertificateVersions(tx: StoreReader, ctx: ObjectContext, name: string): CertificateProperties[] {
  const object = liveCertificate(tx, ctx, name);
  return object.versions.map((version) => certificatePropertiesOf(object, version));
}

/** Enabled and tags of a version; the key and secret version follow its enabled state. */
export function updateCertificate(tx: StoreTransaction, ctx: ObjectContext, name: string, version: string | undefined, options: UpdateCertificateOptions): VaultCertificate {
  const object = liveCertificate(tx, ctx, name);
  if (version !== undefined) validateVersion(version);
  const found = version === undefined ? latestVersion(CERTIFICATE, object) : object.versions.find((v) => v.version === version);
  if (found === undefined) throw notFound(CERTIFICATE, object.name, version);
  if (options.enabled !== undefined && typeof options.enabled !== 'boolean') throw new BadParameterError('Invalid enabled flag: expected true or false.');
  const tags = options.tags === undefined ? undefined : validateTags(options.tags);
  const updated = updatedVersion(found, { ...(options.enabled === undefined ? {} : { enabled: options.enabled }), ...(tags === undefined ? {} : { tags }) }, ctx.now);
  const next = withVersion(object, updated);
  tx.putObject(next);
  if (options.enabled !== undefined) {
    for (const kind of COMPANIONS) {
      const companion = tx.getObject(kind.type, object.name);
      const companionVersion = companion?.versions.find((v) => v.version === found.version);
      if (companion !== undefined && companionVersion !== undefined && companion.deleted === undefined) {
        tx.putObject(withVersion(companion, updatedVersion(companionVersion, { enabled: options.enabled }, ctx.now)));
      }
    }
  }
  return vaultCertificateOf(next, updated, version === undefined);
}

function deletedCertificateOf(object: StoredObject): DeletedCertificate {
  if (object.deleted === undefined) throw new Error('deletedCertificateOf: object is not deleted');
  return {
    certificate: vaultCertificateOf(object, latestVersion(CERTIFICATE, object), true),
    deletedOn: new Date(object.deleted.deletedOn),
    scheduledPurgeDate: new Date(object.deleted.scheduledPurgeDate),
  };
}

/** Runs `act` on the certificate's key and secret, where they are in the state `act` needs. */
function eachCompanion(tx: StoreReader, ctx: ObjectContext, name: string, deleted: boolean, act: (kind: ObjectKind) => void): void {
  for (const kind of COMPANIONS) {
    const companion = tx.getObject(kind.type, name);
    if (companion === undefined || purgeIsDue(companion, ctx.now) || (companion.deleted !== undefined) !== deleted) continue;
    act(kind);
  }
}

export function deleteCertificate(tx: StoreTransaction, ctx: ObjectContext, name: string): DeletedCertificate {
  const object = liveCertificate(tx, ctx, name);
  const deleted = softDelete(tx, CERTIFICATE, object.name, ctx.now);
  eachCompanion(tx, ctx, object.name, false, (kind) => { softDelete(tx, kind, object.name, ctx.now, true); });
  return deletedCertificateOf(deleted);
}

export function listDeletedCertificates(tx: StoreReader, ctx: ObjectContext): DeletedCertificate[] {
  return deletedObjects(tx, CERTIFICATE, ctx.now).filter((o) => o.versions.length > 0).map(deletedCertificateOf);
}

export function getDeletedCertificate(tx: StoreReader, ctx: ObjectContext, name: string): DeletedCertificate {
  return deletedCertificateOf(deletedObject(tx, CERTIFICATE, name, ctx.now));
}

export function recoverCertificate(tx: StoreTransaction, ctx: ObjectContext, name: string): VaultCertificate {
  const object = recoverDeleted(tx, CERTIFICATE, name, ctx.now);
  eachCompanion(tx, ctx, object.name, true, (kind) => { recoverDeleted(tx, kind, object.name, ctx.now, true); });
  return vaultCertificateOf(object, latestVersion(CERTIFICATE, object), true);
}

export function purgeCertificate(tx: StoreTransaction, ctx: ObjectContext, name: string): void {
  const object = deletedObject(tx, CERTIFICATE, name, ctx.now);
  purgeDeleted(tx, CERTIFICATE, object.name, ctx.now);
  eachCompanion(tx, ctx, object.name, true, (kind) => { purgeDeleted(tx, kind, object.name, ctx.now, true); });
}

interface CertificateBackup {
  readonly format: typeof BACKUP_FORMAT;
  readonly certificate: string;
  readonly key?: string;
  readonly secret: string;
}

/**
 * One blob for the three objects: each is an object backup (sealed to this vault, bound to its
 * type and name), so a certificate restores only into the vault it came from.
 */
export function backupCertificate(tx: StoreReader, ctx: ObjectContext, name: string): string {
  const object = liveCertificate(tx, ctx, name);
  const key = tx.getObject(KEY.type, object.name);
  const backup: CertificateBackup = {
    format: BACKUP_FORMAT,
    certificate: backupObject(tx, ctx, CERTIFICATE, object.name),
    ...(key === undefined || key.deleted !== undefined ? {} : { key: backupObject(tx, ctx, KEY, object.name) }),
    secret: backupObject(tx, ctx, SECRET, object.name),
  };
  return Buffer.from(JSON.stringify(backup), 'utf8').toString('base64url');
}

export function restoreCertificate(tx: StoreTransaction, ctx: ObjectContext, blob: string): VaultCertificate {
  const bad = new BadParameterError('Invalid backup blob: expected the base64url text that a certificate backup produced.');
  if (typeof blob !== 'string' || blob.length > MAX_BACKUP_CHARS || !/^[A-Za-z0-9_-]+$/.test(blob.trim())) throw bad;
  let backup: Partial<CertificateBackup> | null;
  try {
    backup = JSON.parse(Buffer.from(blob.trim(), 'base64url').toString('utf8')) as Partial<CertificateBackup> | null;
  } catch {
    throw bad;
  }
  if (backup === null || typeof backup !== 'object' || backup.format !== BACKUP_FORMAT || typeof backup.certificate !== 'string'
    || typeof backup.secret !== 'string' || (backup.key !== undefined && typeof backup.key !== 'string')) throw bad;
  const certificate = restoreObject(tx, ctx, CERTIFICATE, backup.certificate);
  const secret = restoreObject(tx, ctx, SECRET, backup.secret, true);
  const key = backup.key === undefined ? undefined : restoreObject(tx, ctx, KEY, backup.key, true);
  if (secret.name.toLowerCase() !== certificate.name.toLowerCase() || (key !== undefined && key.name.toLowerCase() !== certificate.name.toLowerCase())) {
    throw new VaultError('BadParameter', `The backup's key and secret do not belong to certificate ${quote(certificate.name)}.`);
  }
  validateName(certificate.name, 'certificate');
  return vaultCertificateOf(certificate, latestVersion(CERTIFICATE, certificate), true);
}
