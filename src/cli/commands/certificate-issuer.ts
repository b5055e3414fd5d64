/**
 * Vault CAs: `certificate issuer create|get|list|update|delete`. An issuer names a CA
 * certificate in this vault (made with `certificate create --ca`, or imported with its key);
 * `certificate create --issuer NAME` then has that certificate's latest version sign. Self and
 * Unknown are built in and never listed.
 */
import type { CertificateIssuer, UpdateIssuerOptions } from '../../core/certificates/model.js';
import { parseBoolean, type Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { issuerJson, issuersTable, labelled } from './certificate-format.js';

function issuerText(issuer: CertificateIssuer): string {
  return labelled([
    ['Issuer', issuer.name],
    ['Provider', issuer.provider],
    ['Certificate', issuer.certificateName],
    ['Enabled', String(issuer.enabled)],
    ['Created', issuer.createdOn.toISOString()],
    ['Updated', issuer.updatedOn.toISOString()],
  ]);
}

async function createIssuer(args: Args, io: CliIo): Promise<void> {
  const certificateName = args.string('certificate');
  if (certificateName === undefined) throw new UsageError('\'coffer certificate issuer create\' needs --certificate CA_CERT_NAME.', 'certificate issuer create');
  const options = { certificateName, ...(args.flag('disabled') ? { enabled: false } : {}) };
  const issuer = await withVault(args, io, (vault) => vault.certificates.createIssuer(args.positional(0), options));
  io.writeOut(args.flag('json') ? renderJson(issuerJson(issuer)) : `Created issuer ${issuer.name}: certificate ${issuer.certificateName} signs what it issues.\n`);
}

async function getIssuer(args: Args, io: CliIo): Promise<void> {
  const issuer = await withVault(args, io, (vault) => vault.certificates.getIssuer(args.positional(0)));
  io.writeOut(args.flag('json') ? renderJson(issuerJson(issuer)) : issuerText(issuer));
}

async function listIssuers(args: Args, io: CliIo): Promise<void> {
  const list = await withVault(args, io, (vault) => vault.certificates.listIssuers());
  io.writeOut(args.flag('json') ? renderJson(list.map(issuerJson)) : issuersTable(list));
}

async function updateIssuer(args: Args, io: CliIo): Promise<void> {
  const certificateName = args.string('certificate');
  const enabled = args.string('enabled');
  const options: UpdateIssuerOptions = {
    ...(certificateName === undefined ? {} : { certificateName }),
    ...(enabled === undefined ? {} : { enabled: parseBoolean(enabled, '--enabled', 'certificate issuer update') }),
  };
  if (Object.keys(options).length === 0) throw new UsageError('Nothing to update: give --certificate or --enabled.', 'certificate issuer update');
  const issuer = await withVault(args, io, (vault) => vault.certificates.updateIssuer(args.positional(0), options));
  io.writeOut(args.flag('json') ? renderJson(issuerJson(issuer)) : `Updated issuer ${issuer.name}.\n`);
}

async function deleteIssuer(args: Args, io: CliIo): Promise<void> {
  const issuer = await withVault(args, io, (vault) => vault.certificates.deleteIssuer(args.positional(0)));
  io.writeOut(args.flag('json')
    ? renderJson(issuerJson(issuer))
    : `Deleted issuer ${issuer.name}; certificate ${issuer.certificateName} and what it issued are unchanged.\n`);
}

const JSON_OPTION = { json: { type: 'boolean' } } as const;
const JSON_DETAIL = '--json                print the issuer as JSON: name, provider, certificateName, enabled, createdOn, updatedOn';

export const certificateIssuerCreateCommand: Command = {
  name: 'certificate issuer create',
  synopsis: 'certificate issuer create ISSUER --certificate CA_CERT_NAME [--disabled] [--json]',
  summary: 'Make a vault CA: an issuer whose CA certificate (and key) in this vault signs the certificates that name it.',
  details: [
    '--certificate NAME    a CA certificate in this vault (certificate create --ca, or imported with its key)',
    '--disabled            create it disabled (it issues nothing until enabled)',
    JSON_DETAIL,
  ],
  options: { ...JSON_OPTION, certificate: { type: 'string' }, disabled: { type: 'boolean' } },
  positionals: ['ISSUER'],
  run: createIssuer,
};

export const certificateIssuerGetCommand: Command = {
  name: 'certificate issuer get',
  synopsis: 'certificate issuer get ISSUER [--json]',
  summary: 'Show a vault CA issuer.',
  details: [JSON_DETAIL],
  options: JSON_OPTION,
  positionals: ['ISSUER'],
  run: getIssuer,
};

export const certificateIssuerListCommand: Command = {
  name: 'certificate issuer list',
  synopsis: 'certificate issuer list [--json]',
  summary: 'List the vault CA issuers (Self and Unknown are built in).',
  details: ['--json                print a JSON array of issuers'],
  options: JSON_OPTION,
  positionals: [],
  run: listIssuers,
};

export const certificateIssuerUpdateCommand: Command = {
  name: 'certificate issuer update',
  synopsis: 'certificate issuer update ISSUER [--certificate CA_CERT_NAME] [--enabled true|false] [--json]',
  summary: 'Point an issuer at another CA certificate, or enable or disable it.',
  details: ['--certificate NAME    the CA certificate that signs from now on', '--enabled true|false  enable or disable the issuer', JSON_DETAIL],
  options: { ...JSON_OPTION, certificate: { type: 'string' }, enabled: { type: 'string' } },
  positionals: ['ISSUER'],
  run: updateIssuer,
};

export const certificateIssuerDeleteCommand: Command = {
  name: 'certificate issuer delete',
  synopsis: 'certificate issuer delete ISSUER [--json]',
  summary: 'Delete an issuer; its CA certificate and the certificates it issued stay.',
  details: [JSON_DETAIL],
  options: JSON_OPTION,
  positionals: ['ISSUER'],
  run: deleteIssuer,
};
