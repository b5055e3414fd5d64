/**
 * The certificate listings: `certificate list` (each certificate's latest version),
 * `certificate versions` and `certificate deleted`. Properties only — subject, dates,
 * thumbprints — as a table or as JSON; `certificate get` shows one version whole.
 */
import type { Args } from '../args.js';
import type { Command } from '../command.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { certificatePropertiesJson, certificatePropertiesTable, deletedCertificateJson, deletedCertificatesTable } from './certificate-format.js';

async function listCertificates(args: Args, io: CliIo): Promise<void> {
  const list = await withVault(args, io, (vault) => vault.certificates.listPropertiesOfCertificates());
  io.writeOut(args.flag('json') ? renderJson(list.map(certificatePropertiesJson)) : certificatePropertiesTable(list, io.now(), 'No certificates.'));
}

async function listVersions(args: Args, io: CliIo): Promise<void> {
  const list = await withVault(args, io, (vault) => vault.certificates.listPropertiesOfCertificateVersions(args.positional(0)));
  io.writeOut(args.flag('json') ? renderJson(list.map(certificatePropertiesJson)) : certificatePropertiesTable(list, io.now(), 'No versions.'));
}

async function listDeleted(args: Args, io: CliIo): Promise<void> {
  const name = args.string('name');
  if (name !== undefined) {
    const deleted = await withVault(args, io, (vault) => vault.certificates.getDeletedCertificate(name));
    io.writeOut(args.flag('json') ? renderJson(deletedCertificateJson(deleted)) : deletedCertificatesTable([deleted], io.now()));
    return;
  }
  const list = await withVault(args, io, (vault) => vault.certificates.listDeletedCertificates());
  io.writeOut(args.flag('json') ? renderJson(list.map(deletedCertificateJson)) : deletedCertificatesTable(list, io.now()));
}

const JSON_OPTION = { json: { type: 'boolean' } } as const;
const PROPERTIES_JSON = '--json                print a JSON array of properties (subject, issuer, serialNumber, thumbprints, SANs, dates…)';

export const certificateListCommand: Command = {
  name: 'certificate list',
  synopsis: 'certificate list [--json]',
  summary: 'List certificates: the latest version\'s properties of each.',
  details: [PROPERTIES_JSON],
  options: JSON_OPTION,
  positionals: [],
  run: listCertificates,
};

export const certificateVersionsCommand: Command = {
  name: 'certificate versions',
  synopsis: 'certificate versions NAME [--json]',
  summary: 'List every version of a certificate, oldest first.',
  details: [PROPERTIES_JSON],
  options: JSON_OPTION,
  positionals: ['NAME'],
  run: listVersions,
};

export const certificateDeletedCommand: Command = {
  name: 'certificate deleted',
  synopsis: 'certificate deleted [--name NAME] [--json]',
  summary: 'List deleted certificates that can still be recovered or purged, or show one.',
  details: [
    '--name NAME           show only the deleted certificate NAME (exit 1 if there is none)',
    '--json                print a JSON array of deleted certificates (with --name: one object)',
  ],
  options: { ...JSON_OPTION, name: { type: 'string' } },
  positionals: [],
  run: listDeleted,
};
