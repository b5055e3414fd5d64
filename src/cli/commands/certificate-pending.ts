/**
 * The pending request of a certificate with issuer Unknown (or any create, renewal or merge):
 * `certificate pending` shows its status and CSR, cancels or forgets it; `certificate merge`
 * completes it with the chain a CA signed (PEM, leaf first — the order is checked, and a chain
 * whose leaf does not match the pending key is refused by the vault, changing nothing).
 */
import { BadParameterError } from '../../core/errors.js';
import type { Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { readCertificateFile } from './certificate-files.js';
import { csrPem, operationJson, operationText, vaultCertificateJson } from './certificate-format.js';

async function pending(args: Args, io: CliIo): Promise<void> {
  const command = 'certificate pending';
  const name = args.positional(0);
  if (args.flag('csr') && args.flag('json')) throw new UsageError('Give --csr or --json, not both.', command);
  if (args.flag('cancel') && args.flag('delete')) throw new UsageError('Give --cancel or --delete, not both.', command);
  const op = await withVault(args, io, (vault) => {
    if (args.flag('cancel')) return vault.certificates.cancelCertificateOperation(name);
    if (args.flag('delete')) return vault.certificates.deleteCertificateOperation(name);
    return vault.certificates.getCertificateOperation(name);
  });
  if (args.flag('json')) io.writeOut(renderJson(operationJson(op)));
  else if (args.flag('csr')) io.writeOut(csrPem(op));
  else if (args.flag('delete')) io.writeOut(`Deleted the ${op.status} request of certificate ${op.name}.\n`);
  else io.writeOut(operationText(op));
}

/** The chain's certificates (DER), leaf first; a private key has no business in it. */
async function readChain(args: Args, io: CliIo): Promise<Buffer[]> {
  const bytes = readCertificateFile(args, io, 'certificate merge');
  const { readCertificateData } = await import('../../core/certificates/formats.js');
  const parts = readCertificateData(bytes);
  if (parts.privateKey !== undefined) {
    throw new BadParameterError('The chain file holds a private key: merge takes the signed certificate and its issuers only (the key never left the vault).');
  }
  return [...parts.certificates];
}

async function merge(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const chain = await readChain(args, io);
  const certificate = await withVault(args, io, (vault) => vault.certificates.mergeCertificate(name, chain));
  io.writeOut(args.flag('json')
    ? renderJson(vaultCertificateJson(certificate))
    : `Merged certificate ${certificate.name} version ${certificate.properties.version} (issuer ${certificate.properties.issuer}).\n`);
}

export const certificatePendingCommand: Command = {
  name: 'certificate pending',
  synopsis: 'certificate pending NAME [--csr | --json] [--cancel | --delete]',
  summary: 'Show a certificate\'s last create, renewal or merge request: its status and, while pending, its CSR.',
  details: [
    '--csr                 print only the CSR (PEM), for `openssl x509 -req -in` or a CA',
    '--cancel              cancel a pending request (its status becomes cancelled)',
    '--delete              forget the request',
    '--json                print the request as JSON: name, status, statusDetails, issuerName, csr (base64 DER), …',
  ],
  options: { csr: { type: 'boolean' }, cancel: { type: 'boolean' }, delete: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: ['NAME'],
  run: pending,
};

export const certificateMergeCommand: Command = {
  name: 'certificate merge',
  synopsis: 'certificate merge NAME --file CHAIN.pem [--json]',
  summary: 'Complete a pending request with the certificate a CA signed from its CSR, and the CA\'s chain.',
  details: [
    '--file F              the signed certificate, then its issuers, as PEM CERTIFICATE blocks (at most 256 KiB)',
    '--json                print the new certificate (no private key) as JSON',
  ],
  options: { file: { type: 'string' }, json: { type: 'boolean' } },
  positionals: ['NAME'],
  run: merge,
};
