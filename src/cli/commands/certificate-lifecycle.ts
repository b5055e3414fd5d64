/**
 * The certificate lifecycle commands, as for keys and secrets, each acting on the certificate
 * together with its managed key and secret: `certificate delete` (soft), `recover`, `purge`;
 * and `backup` / `restore`, whose blob holds all three (private parts still sealed) and
 * restores only into this vault.
 */
import type { Args } from '../args.js';
import type { Command } from '../command.js';
import { readBackup, writeBackup } from '../backup-io.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { deletedCertificateJson, vaultCertificateJson } from './certificate-format.js';

async function deleteCertificate(args: Args, io: CliIo): Promise<void> {
  const deleted = await withVault(args, io, (vault) => vault.certificates.deleteCertificate(args.positional(0)));
  const name = deleted.certificate.name;
  io.writeOut(args.flag('json')
    ? renderJson(deletedCertificateJson(deleted))
    : `Deleted certificate ${name} with its key and secret; recoverable until ${deleted.scheduledPurgeDate.toISOString()} with 'coffer certificate recover ${name}'.\n`);
}

async function recoverCertificate(args: Args, io: CliIo): Promise<void> {
  const certificate = await withVault(args, io, (vault) => vault.certificates.recoverDeletedCertificate(args.positional(0)));
  io.writeOut(args.flag('json')
    ? renderJson(vaultCertificateJson(certificate))
    : `Recovered certificate ${certificate.name} with its key and secret (latest version ${certificate.properties.version}).\n`);
}

async function purgeCertificate(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  await withVault(args, io, (vault) => vault.certificates.purgeDeletedCertificate(name));
  io.writeOut(`Purged certificate ${name} with its key and secret.\n`);
}

async function backupCertificate(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const out = await writeBackup(args, io, () => withVault(args, io, (vault) => vault.certificates.backupCertificate(name)));
  if (out !== undefined) io.writeOut(`Backed up certificate ${name} to ${out}.\n`);
}

async function restoreCertificate(args: Args, io: CliIo): Promise<void> {
  const blob = await readBackup(args, io);
  const certificate = await withVault(args, io, (vault) => vault.certificates.restoreCertificateBackup(blob));
  io.writeOut(args.flag('json')
    ? renderJson(vaultCertificateJson(certificate))
    : `Restored certificate ${certificate.name} with its key and secret (latest version ${certificate.properties.version}).\n`);
}

const JSON_DETAIL = '--json                print the certificate (no private key) as JSON';

const nameCommand = (name: string, summary: string, run: Command['run'], json: boolean): Command => ({
  name: `certificate ${name}`, synopsis: `certificate ${name} NAME${json ? ' [--json]' : ''}`, summary,
  details: json ? [JSON_DETAIL] : [], options: json ? { json: { type: 'boolean' } } : {}, positionals: ['NAME'], run,
});

export const certificateDeleteCommand = nameCommand('delete', 'Delete a certificate with its key and secret (soft: recoverable until its purge date).', deleteCertificate, true);
export const certificateRecoverCommand = nameCommand('recover', 'Recover a deleted certificate, all its versions, with its key and secret.', recoverCertificate, true);
export const certificatePurgeCommand = nameCommand('purge', 'Remove a deleted certificate, its key and its secret for good.', purgeCertificate, false);

export const certificateBackupCommand: Command = {
  name: 'certificate backup',
  synopsis: 'certificate backup NAME [--out FILE]',
  summary: 'Write a sealed backup of a certificate with its key and secret; it restores only into this vault.',
  details: ['--out FILE            write the backup to FILE (created, mode 0600) instead of stdout'],
  options: { out: { type: 'string' } },
  positionals: ['NAME'],
  run: backupCertificate,
};

export const certificateRestoreCommand: Command = {
  name: 'certificate restore',
  synopsis: 'certificate restore [--file FILE] [--json]',
  summary: 'Restore a certificate from a backup (refused if its name, key or secret exists, deleted or not).',
  details: ['--file FILE           read the backup from FILE instead of stdin', JSON_DETAIL],
  options: { file: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [],
  run: restoreCertificate,
};
