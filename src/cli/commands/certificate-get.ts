/**
 * `coffer certificate get`: a certificate version as details, JSON, or a file for other tools —
 * PEM, DER or PKCS#12, with its chain on request and its private key only with --with-key. The
 * key comes from the certificate's managed secret (secrets/get, audited as such) and is checked
 * against the certificate before it is written. A file with a key is created 0600 like every
 * file the CLI makes; binary formats are not written to a terminal. The PEM and PKCS#12 code
 * (node-forge among it) loads only when an export needs it.
 */
import type { KeyObject } from 'node:crypto';
import { quote, VaultError } from '../../core/errors.js';
import type { VaultCertificate } from '../../core/certificates/model.js';
import type { LocalVault } from '../../core/vault.js';
import type { Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { pemBlock } from '../../core/pem.js';
import { PASSWORD_DETAILS, PASSWORD_OPTIONS, readPassword } from './certificate-files.js';
import { certificateDetails, vaultCertificateJson } from './certificate-format.js';
import { intoNewFile } from './key-files.js';

const COMMAND = 'certificate get';
type ExportFormat = 'pem' | 'der' | 'pfx';

interface ExportRequest {
  readonly format: ExportFormat;
  readonly chain: boolean;
  readonly withKey: boolean;
  readonly legacy: boolean;
  readonly out: string | undefined;
  /** PKCS#12 only; empty when none is given, as Key Vault's own PFX downloads have. */
  readonly password: string;
}

const EXPORT_FLAGS = ['format', 'out', 'password', 'password-file'] as const;

function formatOf(args: Args): ExportFormat | undefined {
  const text = args.string('format');
  if (text === undefined) return args.flag('with-key') || args.flag('chain') || args.string('out') !== undefined ? 'pem' : undefined;
  if (text !== 'pem' && text !== 'der' && text !== 'pfx') throw new UsageError(`Invalid --format ${quote(text)}: expected pem, der or pfx.`, COMMAND);
  return text;
}

/** What to export, checked before the vault is asked; undefined for the details or JSON view. */
function exportRequest(args: Args, io: CliIo): ExportRequest | undefined {
  const exporting = EXPORT_FLAGS.some((flag) => args.string(flag) !== undefined) || args.flag('with-key') || args.flag('chain') || args.flag('legacy');
  if (args.flag('json') && exporting) throw new UsageError('Give --json or an export (--format, --chain, --with-key, --out), not both.', COMMAND);
  const format = formatOf(args);
  if (format === undefined) return undefined;
  const request = {
    format, chain: args.flag('chain'), withKey: args.flag('with-key'), legacy: args.flag('legacy'), out: args.string('out'),
    password: format === 'pfx' ? readPassword(args, io, COMMAND) ?? '' : '',
  };
  if (format === 'der' && request.chain) throw new UsageError('DER holds one certificate: use --format pem or pfx for the chain.', COMMAND);
  if (format === 'der' && request.withKey) throw new UsageError('DER holds the certificate only: use --format pem or pfx with --with-key.', COMMAND);
  if (format !== 'pfx' && (args.string('password') !== undefined || args.string('password-file') !== undefined)) {
    throw new UsageError('--password and --password-file are for --format pfx.', COMMAND);
  }
  if (format !== 'pfx' && request.legacy) throw new UsageError('--legacy is for --format pfx.', COMMAND);
  if (format !== 'pem' && request.out === undefined && io.stdoutIsTTY) {
    throw new UsageError(`--format ${format} is binary: give --out FILE, or redirect stdout.`, COMMAND);
  }
  return request;
}

const read = (vault: LocalVault, name: string, version: string | undefined): Promise<VaultCertificate> =>
  (version === undefined ? vault.certificates.getCertificate(name) : vault.certificates.getCertificateVersion(name, version));

/** The private key from the certificate's managed secret of the same version, checked against the certificate. */
async function privateKeyOf(vault: LocalVault, certificate: VaultCertificate): Promise<KeyObject> {
  const { secretPrivateKey } = await import('../../core/certificates/formats.js');
  const secret = await vault.getSecret(certificate.name, certificate.properties.version);
  const label = `Certificate ${quote(certificate.name)} version ${certificate.properties.version}`;
  const privateKey = secretPrivateKey(secret.value, secret.properties.contentType, certificate.cer, label);
  if (privateKey === undefined) {
    throw new VaultError('BadParameter', `${label} has no exportable private key (its policy says exportable: false, or it was imported without one).`,
      { innerCode: 'KeyNotExportable' });
  }
  return privateKey;
}

/** The bytes of the export. */
async function exportBytes(vault: LocalVault, certificate: VaultCertificate, request: ExportRequest): Promise<Buffer> {
  const certificates = [certificate.cer, ...(request.chain ? certificate.chain : [])].map((der) => Buffer.from(der));
  if (request.format === 'der') return Buffer.from(certificate.cer);
  const privateKey = request.withKey ? await privateKeyOf(vault, certificate) : undefined;
  if (request.format === 'pem' && privateKey === undefined) return Buffer.from(certificates.map((der) => pemBlock('CERTIFICATE', der)).join(''), 'utf8');
  const formats = await import('../../core/certificates/formats.js');
  const parts = { certificates, privateKey };
  if (request.format === 'pem') return Buffer.from(formats.partsToPem(parts), 'utf8');
  return formats.partsToPkcs12(parts, request.password, { legacy: request.legacy, friendlyName: certificate.name });
}

function describe(certificate: VaultCertificate, request: ExportRequest): string {
  const parts = [request.format, ...(request.chain ? ['with its chain'] : []), ...(request.withKey ? ['with its private key'] : []), ...(request.legacy ? ['legacy algorithms'] : [])];
  return `certificate ${certificate.name} version ${certificate.properties.version} (${parts.join(', ')})`;
}

async function exportCertificate(args: Args, io: CliIo, request: ExportRequest): Promise<void> {
  const work = (): Promise<{ certificate: VaultCertificate; bytes: Buffer }> => withVault(args, io, async (vault) => {
    const certificate = await read(vault, args.positional(0), args.string('version'));
    return { certificate, bytes: await exportBytes(vault, certificate, request) };
  });
  if (request.out !== undefined) {
    const { certificate } = await intoNewFile(io, request.out, work, (result) => result.bytes);
    io.writeOut(`Wrote ${describe(certificate, request)} to ${request.out}.\n`);
    return;
  }
  const { bytes } = await work();
  if (request.format === 'pem') io.writeOut(bytes.toString('utf8'));
  else io.writeOutBytes(bytes);
}

async function getCertificate(args: Args, io: CliIo): Promise<void> {
  const request = exportRequest(args, io);
  if (request !== undefined) {
    await exportCertificate(args, io, request);
    return;
  }
  const certificate = await withVault(args, io, (vault) => read(vault, args.positional(0), args.string('version')));
  io.writeOut(args.flag('json') ? renderJson(vaultCertificateJson(certificate)) : certificateDetails(certificate, io.now()));
}

export const certificateGetCommand: Command = {
  name: 'certificate get',
  synopsis: 'certificate get NAME [--version V] [--format pem|der|pfx] [--chain] [--with-key] [--password-file F | --password P] [--legacy] [--out FILE] [--json]',
  summary: 'Show a certificate version (the latest unless --version), or export it as PEM, DER or PKCS#12.',
  details: [
    '--version V           the version (default: the latest)',
    '--format pem          CERTIFICATE blocks (with --with-key, a PKCS#8 PRIVATE KEY block first); the default with the flags below',
    '--format der          the certificate alone, binary',
    '--format pfx          PKCS#12, binary: AES-256-CBC and PBKDF2-HMAC-SHA256 (what openssl 3 reads), empty password unless given',
    '--chain               add the issuing certificates after the certificate (pem, pfx)',
    '--with-key            add the private key, read from the certificate\'s managed secret (if its policy is exportable)',
    ...PASSWORD_DETAILS,
    '--legacy              pfx with 3DES and an SHA-1 MAC, for consumers that predate AES PKCS#12 (openssl 1.0, old Java, Windows 2016)',
    '--out FILE            write to FILE (created, mode 0600; refused if it exists) instead of stdout; der and pfx never go to a terminal',
    '                      without --format or --out: the properties, then the certificate as PEM',
    '--json                print the certificate (no private key) as JSON: name, keyId, secretId, cer, chain, properties',
  ],
  options: {
    ...PASSWORD_OPTIONS, version: { type: 'string' }, format: { type: 'string' }, chain: { type: 'boolean' }, 'with-key': { type: 'boolean' },
    legacy: { type: 'boolean' }, out: { type: 'string' }, json: { type: 'boolean' },
  },
  positionals: ['NAME'],
  run: getCertificate,
};
