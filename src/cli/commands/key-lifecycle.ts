/**
 * The key lifecycle commands, as for secrets: `key delete` (soft: the name stays reserved),
 * `key recover`, `key purge`; and `key backup` / `key restore`, whose blob holds every version
 * (private parts still sealed) and the rotation policy, and restores only into this vault.
 */
import type { Args } from '../args.js';
import type { Command } from '../command.js';
import { readBackup, writeBackup } from '../backup-io.js';
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

async function backupKey(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const out = await writeBackup(args, io, () => withVault(args, io, (vault) => vault.backupKey(name)));
  if (out !== undefined) io.writeOut(`Backed up key ${name} to ${out}.\n`);
}

async function restoreKey(args: Args, io: CliIo): Promise<void> {
  const blob = await readBackup(args, io);
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
