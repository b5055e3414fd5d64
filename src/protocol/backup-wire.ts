/**
 * Backup and restore bodies, the same for secrets and keys: `POST …/backup` answers
 * `{"value": "<base64url blob>"}` (BackupSecretResult, BackupKeyResult) and `POST …/restore`
 * takes `{"value": "<blob>"}` (SecretRestoreParameters, KeyRestoreParameters). The blob is
 * opaque here: the core opens and authenticates it; this layer checks only its form and size.
 */
import { MAX_BACKUP_CHARS } from '../core/object-backup.js';
import { checkBase64urlText } from './base64url.js';
import { readNullable, readObject } from './body-fields.js';

export interface BackupResult {
  readonly value: string;
}

export function backupResultWire(blob: string): BackupResult {
  return { value: blob };
}

/** The blob of a restore request: a base64url string of at most MAX_BACKUP_CHARS. */
export function parseRestoreParameters(input: unknown): string {
  const body = readObject(input, 'restore request');
  return checkBase64urlText(readNullable(body, 'value') ?? undefined, 'value', MAX_BACKUP_CHARS);
}

/** The blob of a backup response, for the remote client. */
export function parseBackupResult(input: unknown): string {
  const body = readObject(input, 'backup result');
  return checkBase64urlText(readNullable(body, 'value') ?? undefined, 'value', MAX_BACKUP_CHARS);
}
