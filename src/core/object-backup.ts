/**
 * Backup and restore of one object (a secret or a key) with all its versions. The blob is
 * base64url of a small JSON envelope whose payload — the stored object, values and private
 * keys still sealed — is sealed again with the vault's data key, and the object's type and
 * name in the AAD. A blob therefore restores only into the vault it came from (as Azure's
 * restore into the same geography), as the same type under the same name, and reproduces the
 * object exactly: version ids, dates and its rotation policy included.
 */
import { BadParameterError, IntegrityError, VaultError, quote } from './errors.js';
import { nameKey, validateName } from './names.js';
import type { ObjectType } from './model.js';
import { latestVersion, notFound, purgeIsDue, refuseManaged, type ObjectKind } from './objects.js';
import type { ObjectContext } from './secrets.js';
import type { StoredObject, StoreReader, StoreTransaction } from './store/store.js';

const BACKUP_FORMAT = 'coffer-backup/1';
/** An object has at most thousands of 25 KiB versions; bound what a caller can hand us. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;

interface BackupEnvelope {
  readonly format: typeof BACKUP_FORMAT;
  readonly vaultId: string;
  readonly type: ObjectType;
  readonly name: string;
  readonly sealed: string;
}

type BackupPayload = Pick<StoredObject, 'recoverableDays' | 'versions' | 'policy'>;

const backupContext = (vaultId: string, type: ObjectType, name: string): readonly string[] => [BACKUP_FORMAT, vaultId, type, nameKey(name)];

export function backupObject(tx: StoreReader, ctx: ObjectContext, kind: ObjectKind, name: string): string {
  validateName(name, kind.label);
  const object = tx.getObject(kind.type, name);
  if (object === undefined || object.deleted !== undefined || purgeIsDue(object, ctx.now)) throw notFound(kind, name);
  const payload: BackupPayload = {
    recoverableDays: object.recoverableDays, versions: object.versions, ...(object.policy === undefined ? {} : { policy: object.policy }),
  };
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT, vaultId: ctx.vaultId, type: kind.type, name: object.name,
    sealed: ctx.keys.seal(backupContext(ctx.vaultId, kind.type, object.name), Buffer.from(JSON.stringify(payload), 'utf8')),
  };
  return Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url');
}

function parseEnvelope(blob: string, kind: ObjectKind): BackupEnvelope {
  const bad = new BadParameterError(`Invalid backup blob: expected the base64url text that a ${kind.label} backup produced.`);
  if (typeof blob !== 'string' || blob.length > MAX_BACKUP_CHARS) throw bad;
  const trimmed = blob.trim();
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed)) throw bad;
  let value: Partial<BackupEnvelope> | null;
  try {
    value = JSON.parse(Buffer.from(trimmed, 'base64url').toString('utf8')) as Partial<BackupEnvelope> | null;
  } catch {
    throw bad;
  }
  if (value === null || typeof value !== 'object' || value.format !== BACKUP_FORMAT || typeof value.vaultId !== 'string'
    || !/^[0-9a-f]{32}$/.test(value.vaultId) || typeof value.name !== 'string' || typeof value.sealed !== 'string') throw bad;
  if (value.type !== kind.type) {
    throw new BadParameterError(`This backup holds a ${String(value.type)}, not a ${kind.label}: restore it with the ${String(value.type)} commands.`);
  }
  validateName(value.name, kind.label);
  return value as BackupEnvelope;
}

/** Restores a backup as a new object; refuses a name that exists, deleted or not. */
export function restoreObject(tx: StoreTransaction, ctx: ObjectContext, kind: ObjectKind, blob: string, managed = false): StoredObject {
  const envelope = parseEnvelope(blob, kind);
  if (envelope.vaultId !== ctx.vaultId) {
    throw new BadParameterError(`This backup belongs to vault ${envelope.vaultId}, not this vault (${ctx.vaultId}): a backup restores only into the vault it came from.`);
  }
  const existing = tx.getObject(kind.type, envelope.name);
  if (existing !== undefined && !purgeIsDue(existing, ctx.now)) {
    const state = existing.deleted === undefined ? 'exists' : 'exists in a deleted state';
    const label = kind.label.charAt(0).toUpperCase() + kind.label.slice(1);
    throw new VaultError('Conflict', `${label} ${quote(existing.name)} ${state}: restore refuses to overwrite it.`);
  }
  let payload: BackupPayload;
  try {
    payload = JSON.parse(ctx.keys.unseal(backupContext(ctx.vaultId, kind.type, envelope.name), envelope.sealed).toString('utf8')) as BackupPayload;
  } catch (error) {
    throw error instanceof IntegrityError ? new IntegrityError('The backup blob failed authentication: it was altered.', error) : error;
  }
  const object: StoredObject = {
    type: kind.type, name: envelope.name, recoverableDays: payload.recoverableDays, versions: payload.versions,
    ...(payload.policy === undefined ? {} : { policy: payload.policy }),
  };
  latestVersion(kind, object);
  // A certificate's key or secret is restored only with its certificate (restoreCertificateBackup).
  if (!managed) refuseManaged(kind, object);
  tx.putObject(object);
  return object;
}
