/**
 * Backup and restore of one secret with all its versions. The blob is base64url of a small
 * JSON envelope whose payload — the stored object, values still sealed — is sealed again with
 * the vault's data key and the secret's name in the AAD. A blob therefore restores only into
 * the vault it came from (as Azure's restore into the same geography), under the same name,
 * and reproduces the object exactly, version ids and dates included.
 */
import { BadParameterError, IntegrityError, VaultError, quote } from './errors.js';
import { nameKey, validateName } from './names.js';
import type { SecretProperties } from './model.js';
import { propertiesOf, purgeIsDue, secretNotFound, type SecretContext } from './secrets.js';
import type { StoredObject, StoreReader, StoreTransaction } from './store/store.js';

const BACKUP_FORMAT = 'coffer-backup/1';
/** A secret has at most thousands of 25 KiB versions; bound what a caller can hand us. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;

interface BackupEnvelope {
  readonly format: typeof BACKUP_FORMAT;
  readonly vaultId: string;
  readonly type: 'secret';
  readonly name: string;
  readonly sealed: string;
}

const backupContext = (vaultId: string, name: string): readonly string[] => [BACKUP_FORMAT, vaultId, 'secret', nameKey(name)];

export function backupSecret(tx: StoreReader, ctx: SecretContext, name: string): string {
  validateName(name);
  const object = tx.getObject('secret', name);
  if (object === undefined || object.deleted !== undefined) throw secretNotFound(name);
  const payload = Buffer.from(JSON.stringify({ recoverableDays: object.recoverableDays, versions: object.versions }), 'utf8');
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT, vaultId: ctx.vaultId, type: 'secret', name: object.name,
    sealed: ctx.keys.seal(backupContext(ctx.vaultId, object.name), payload),
  };
  return Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url');
}

function parseEnvelope(blob: string): BackupEnvelope {
  const bad = new BadParameterError('Invalid backup blob: expected the base64url text that a secret backup produced.');
  if (typeof blob !== 'string' || blob.length > MAX_BACKUP_CHARS) throw bad;
  const trimmed = blob.trim();
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed)) throw bad;
  let value: Partial<BackupEnvelope>;
  try {
    value = JSON.parse(Buffer.from(trimmed, 'base64url').toString('utf8')) as Partial<BackupEnvelope>;
  } catch {
    throw bad;
  }
  if (value.format !== BACKUP_FORMAT || value.type !== 'secret' || typeof value.vaultId !== 'string' || !/^[0-9a-f]{32}$/.test(value.vaultId)
    || typeof value.name !== 'string' || typeof value.sealed !== 'string') throw bad;
  validateName(value.name);
  return value as BackupEnvelope;
}

export function restoreSecret(tx: StoreTransaction, ctx: SecretContext, blob: string): SecretProperties {
  const envelope = parseEnvelope(blob);
  if (envelope.vaultId !== ctx.vaultId) {
    throw new BadParameterError(`This backup belongs to vault ${envelope.vaultId}, not this vault (${ctx.vaultId}): a backup restores only into the vault it came from.`);
  }
  const existing = tx.getObject('secret', envelope.name);
  if (existing !== undefined && !purgeIsDue(existing, ctx.now)) {
    const state = existing.deleted === undefined ? 'exists' : 'exists in a deleted state';
    throw new VaultError('Conflict', `Secret ${quote(existing.name)} ${state}: restore refuses to overwrite it.`);
  }
  let payload: Pick<StoredObject, 'recoverableDays' | 'versions'>;
  try {
    payload = JSON.parse(ctx.keys.unseal(backupContext(ctx.vaultId, envelope.name), envelope.sealed).toString('utf8')) as typeof payload;
  } catch (error) {
    throw error instanceof IntegrityError ? new IntegrityError('The backup blob failed authentication: it was altered.', error) : error;
  }
  const object: StoredObject = { type: 'secret', name: envelope.name, recoverableDays: payload.recoverableDays, versions: payload.versions };
  const latest = object.versions[object.versions.length - 1];
  if (latest === undefined) throw new IntegrityError('The backup blob holds no versions.');
  tx.putObject(object);
  return propertiesOf(object, latest);
}
