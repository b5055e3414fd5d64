/**
 * The lifecycle commands: `secret delete` (soft: the name stays reserved), `secret recover`
 * and `secret purge`; and `secret backup` / `secret restore`, whose blob is sealed under this
 * vault's data key and restores only into this vault.
 */
import type { Args } from '../args.js';
import type { Command } from '../command.js';
import { readBackup, writeBackup } from '../backup-io.js';
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

async function backupSecret(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const out = await writeBackup(args, io, () => withVault(args, io, (vault) => vault.backupSecret(name)));
  if (out !== undefined) io.writeOut(`Backed up secret ${name} to ${out}.\n`);
}

async function restoreSecret(args: Args, io: CliIo): Promise<void> {
  const blob = await readBackup(args, io);
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
