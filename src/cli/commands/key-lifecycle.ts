/**
 * The key lifecycle commands, as for secrets: `key delete` (soft: the name stays reserved),
 * `key recover`, `key purge`; and `key backup` / `key restore`, whose blob holds every version
 * (private parts still sealed) and the rotation policy, and restores only into this vault.
 */
import { resolve } from 'node:path';
import { MAX_BACKUP_CHARS } from '../../core/object-backup.js';
import type { Args } from '../args.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { abandonNewFile, decodeUtf8, finishNewFile, openNewFile, readSmallFile } from '../files.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { deletedKeyJson, vaultKeyJson } from './key-format.js';

async function deleteKey(args: Args, io: CliIo): Promise<void> {
  const deleted = await withVault(args, io, (vault) => vault.deleteKey(args.positional(0)));
  const name = deleted.key.name;
  io.writeOut(args.flag('json')
    ? renderJson(deletedKeyJson(deleted))
    : `Deleted key ${name}; recoverable until ${deleted.scheduledPurgeDate.toISOString()} with 'coffer key recover ${name}'.\n`);
}

async function recoverKey(args: Args, io: CliIo): Promise<void> {
  const key = await withVault(args, io, (vault) => vault.recoverDeletedKey(args.positional(0)));
  io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Recovered key ${key.name} (latest version ${key.properties.version}).\n`);
}

async function purgeKey(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  await withVault(args, io, (vault) => vault.purgeDeletedKey(name));
  io.writeOut(`Purged key ${name}.\n`);
}

/** With --out the file is reserved first, so that an existing file fails before the vault is asked. */
async function backupKey(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const given = args.string('out');
  if (given === undefined) {
    io.writeOut(`${await withVault(args, io, (vault) => vault.backupKey(name))}\n`);
    return;
  }
  const out = resolve(io.cwd, given);
  const fd = openNewFile(out);
  let blob: string;
  try {
    blob = await withVault(args, io, (vault) => vault.backupKey(name));
  } catch (error) {
    abandonNewFile(fd, out);
    throw error;
  }
  finishNewFile(fd, out, `${blob}\n`);
  io.writeOut(`Backed up key ${name} to ${given}.\n`);
}

async function readBlob(args: Args, io: CliIo): Promise<string> {
  const file = args.string('file');
  if (file !== undefined) return decodeUtf8(readSmallFile(resolve(io.cwd, file), MAX_BACKUP_CHARS, 'Backup file'), 'The backup file');
  if (io.stdinIsTTY) io.writeErr('coffer: reading the backup from stdin; end it with Ctrl-D.\n');
  const bytes = await io.readStdin(MAX_BACKUP_CHARS);
  if (bytes.length > MAX_BACKUP_CHARS) throw new CliError('TooLarge', `The backup on stdin is more than ${MAX_BACKUP_CHARS} bytes, larger than any backup.`);
  return decodeUtf8(bytes, 'The backup on stdin');
}

async function restoreKey(args: Args, io: CliIo): Promise<void> {
  const blob = (await readBlob(args, io)).trim();
  const key = await withVault(args, io, (vault) => vault.restoreKeyBackup(blob));
  io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Restored key ${key.name} (latest version ${key.properties.version}).\n`);
}

const JSON_DETAIL = '--json                print the key (public parts only) as JSON';

const nameCommand = (name: string, summary: string, run: Command['run'], json: boolean): Command => ({
  name: `key ${name}`, synopsis: `key ${name} NAME${json ? ' [--json]' : ''}`, summary,
  details: json ? [JSON_DETAIL] : [], options: json ? { json: { type: 'boolean' } } : {}, positionals: ['NAME'], run,
});

export const keyDeleteCommand = nameCommand('delete', 'Delete a key (soft: recoverable until its purge date).', deleteKey, true);
export const keyRecoverCommand = nameCommand('recover', 'Recover a deleted key, all its versions.', recoverKey, true);
export const keyPurgeCommand = nameCommand('purge', 'Remove a deleted key for good.', purgeKey, false);

export const keyBackupCommand: Command = {
  name: 'key backup',
  synopsis: 'key backup NAME [--out FILE]',
  summary: 'Write a sealed backup of a key, every version and its rotation policy; it restores only into this vault.',
  details: ['--out FILE            write the backup to FILE (created, mode 0600) instead of stdout'],
  options: { out: { type: 'string' } },
  positionals: ['NAME'],
  run: backupKey,
};

export const keyRestoreCommand: Command = {
  name: 'key restore',
  synopsis: 'key restore [--file FILE] [--json]',
  summary: 'Restore a key from a backup (refused if the name exists, deleted or not).',
  details: ['--file FILE           read the backup from FILE instead of stdin', JSON_DETAIL],
  options: { file: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [],
  run: restoreKey,
};
