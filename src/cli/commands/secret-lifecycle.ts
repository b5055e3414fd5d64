/**
 * The lifecycle commands: `secret delete` (soft: the name stays reserved), `secret recover`
 * and `secret purge`; and `secret backup` / `secret restore`, whose blob is sealed under this
 * vault's data key and restores only into this vault.
 */
import { resolve } from 'node:path';
import { MAX_BACKUP_CHARS } from '../../core/object-backup.js';
import type { Args } from '../args.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { abandonNewFile, decodeUtf8, finishNewFile, openNewFile, readSmallFile } from '../files.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';

async function deleteSecret(args: Args, io: CliIo): Promise<void> {
  const deleted = await withVault(args, io, (vault) => vault.deleteSecret(args.positional(0)));
  const name = deleted.properties.name;
  io.writeOut(`Deleted secret ${name}; recoverable until ${deleted.scheduledPurgeDate.toISOString()} with 'coffer secret recover ${name}'.\n`);
}

async function recoverSecret(args: Args, io: CliIo): Promise<void> {
  const p = await withVault(args, io, (vault) => vault.recoverDeletedSecret(args.positional(0)));
  io.writeOut(`Recovered secret ${p.name} (latest version ${p.version}).\n`);
}

async function purgeSecret(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  await withVault(args, io, (vault) => vault.purgeDeletedSecret(name));
  io.writeOut(`Purged secret ${name}.\n`);
}

/** With --out the file is reserved first, so that an existing file fails before the vault is asked. */
async function backupSecret(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const given = args.string('out');
  if (given === undefined) {
    io.writeOut(`${await withVault(args, io, (vault) => vault.backupSecret(name))}\n`);
    return;
  }
  const out = resolve(io.cwd, given);
  const fd = openNewFile(out);
  let blob: string;
  try {
    blob = await withVault(args, io, (vault) => vault.backupSecret(name));
  } catch (error) {
    abandonNewFile(fd, out);
    throw error;
  }
  finishNewFile(fd, out, `${blob}\n`);
  io.writeOut(`Backed up secret ${name} to ${given}.\n`);
}

async function readBlob(args: Args, io: CliIo): Promise<string> {
  const file = args.string('file');
  if (file !== undefined) return decodeUtf8(readSmallFile(resolve(io.cwd, file), MAX_BACKUP_CHARS, 'Backup file'), 'The backup file');
  if (io.stdinIsTTY) io.writeErr('coffer: reading the backup from stdin; end it with Ctrl-D.\n');
  const bytes = await io.readStdin(MAX_BACKUP_CHARS);
  if (bytes.length > MAX_BACKUP_CHARS) throw new CliError('TooLarge', `The backup on stdin is more than ${MAX_BACKUP_CHARS} bytes, larger than any backup.`);
  return decodeUtf8(bytes, 'The backup on stdin');
}

async function restoreSecret(args: Args, io: CliIo): Promise<void> {
  const blob = (await readBlob(args, io)).trim();
  const p = await withVault(args, io, (vault) => vault.restoreSecretBackup(blob));
  io.writeOut(`Restored secret ${p.name} (latest version ${p.version}).\n`);
}

const nameCommand = (name: string, summary: string, run: Command['run']): Command =>
  ({ name: `secret ${name}`, synopsis: `secret ${name} NAME`, summary, details: [], options: {}, positionals: ['NAME'], run });

export const secretDeleteCommand = nameCommand('delete', 'Delete a secret (soft: recoverable until its purge date).', deleteSecret);
export const secretRecoverCommand = nameCommand('recover', 'Recover a deleted secret, all its versions.', recoverSecret);
export const secretPurgeCommand = nameCommand('purge', 'Remove a deleted secret for good.', purgeSecret);

export const secretBackupCommand: Command = {
  name: 'secret backup',
  synopsis: 'secret backup NAME [--out FILE]',
  summary: 'Write a sealed backup of a secret, every version; it restores only into this vault.',
  details: ['--out FILE            write the backup to FILE (created, mode 0600) instead of stdout'],
  options: { out: { type: 'string' } },
  positionals: ['NAME'],
  run: backupSecret,
};

export const secretRestoreCommand: Command = {
  name: 'secret restore',
  synopsis: 'secret restore [--file FILE]',
  summary: 'Restore a secret from a backup (refused if the name exists, deleted or not).',
  details: ['--file FILE           read the backup from FILE instead of stdin'],
  options: { file: { type: 'string' } },
  positionals: [],
  run: restoreSecret,
};
