/**
 * The commands that make certificate versions: `certificate create` (from the flags and/or an
 * Azure policy file; completes at once for Self and vault CAs, stays pending for Unknown),
 * `import` (PEM or PKCS#12, with or without the key), `renew`, `renew-if-due` (the step a
 * scheduled pipeline calls: it prints one word, renewed, notify or not-due, to branch on), and
 * `update` (enabled and tags). An imported file holds private key material and its password:
 * both are read once, handed to the vault, and never quoted.
 */
import { resolve } from 'node:path';
import type {
  CertificateOperation, CertificatePolicyInput, CertificateVault, CreateCertificateOptions, UpdateCertificateOptions, VaultCertificate,
} from '../../core/certificates/model.js';
import { BadParameterError, quote } from '../../core/errors.js';
import { parseBoolean, parseTags, type Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { PASSWORD_DETAILS, PASSWORD_OPTIONS, readCertificateFile, readPassword } from './certificate-files.js';
import { operationJson, vaultCertificateJson } from './certificate-format.js';
import { mergePolicies, policyFromFlags } from './certificate-options.js';
import { readPolicyInput } from './certificate-policy.js';

function newVersionOptions(args: Args, command: string): CreateCertificateOptions {
  const tags = args.strings('tag');
  return { ...(args.flag('disabled') ? { enabled: false } : {}), ...(tags.length === 0 ? {} : { tags: parseTags(tags, command) }) };
}

/** The policy to create with: a --policy file's, with the flags on top. */
async function createPolicy(args: Args, io: CliIo): Promise<CertificatePolicyInput> {
  const command = 'certificate create';
  const flags = policyFromFlags(args, command);
  const file = args.string('policy');
  if (file === undefined) {
    if (flags.subject === undefined && flags.subjectAlternativeNames === undefined) {
      throw new UsageError(`'coffer ${command}' needs --subject "CN=…" (or SANs, or --policy FILE).`, command);
    }
    return flags;
  }
  return mergePolicies(await readPolicyInput(resolve(io.cwd, file)), flags);
}

/** A create or renewal that ended badly is a failure of the command, with the vault's reason. */
function checkOperation(op: CertificateOperation): void {
  if (op.status !== 'failed' && op.status !== 'cancelled') return;
  const reason = op.error === undefined ? op.statusDetails ?? 'no reason given' : `${op.error.message} (${op.error.code})`;
  throw new BadParameterError(`The request for certificate ${quote(op.name)} ${op.status}: ${reason}`);
}

/**
 * After a create or renewal: the operation and, once completed, the new version — as JSON
 * `{operation, certificate}` (certificate null while pending), or a line saying what happened
 * and, for a pending request, what to do next.
 */
async function reportOperation(certificates: CertificateVault, op: CertificateOperation, args: Args, io: CliIo, verb: string): Promise<void> {
  checkOperation(op);
  const certificate = op.status === 'completed' ? await certificates.getCertificate(op.name) : undefined;
  if (args.flag('json')) {
    io.writeOut(renderJson({ operation: operationJson(op), certificate: certificate === undefined ? null : vaultCertificateJson(certificate) }));
    return;
  }
  if (certificate === undefined) {
    io.writeOut(`Certificate ${op.name} is pending with issuer ${op.issuerName}: get its CSR with 'coffer certificate pending ${op.name} --csr', `
      + `have it signed, then run 'coffer certificate merge ${op.name} --file CHAIN.pem'.\n`);
    return;
  }
  io.writeOut(`${verb} certificate ${op.name} version ${certificate.properties.version}${expiry(certificate)}.\n`);
}

const expiry = (certificate: VaultCertificate): string =>
  (certificate.properties.expiresOn === undefined ? '' : ` (expires ${certificate.properties.expiresOn.toISOString()})`);

async function createCertificate(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const options = newVersionOptions(args, 'certificate create');
  const policy = await createPolicy(args, io);
  await withVault(args, io, async (vault) => {
    const op = await vault.certificates.createCertificate(name, policy, options);
    await reportOperation(vault.certificates, op, args, io, 'Created');
  });
}

async function importCertificate(args: Args, io: CliIo): Promise<void> {
  const command = 'certificate import';
  const name = args.positional(0);
  const data = readCertificateFile(args, io, command);
  const password = readPassword(args, io, command);
  const file = args.string('policy');
  const policy = file === undefined ? undefined : await readPolicyInput(resolve(io.cwd, file));
  const options = {
    ...newVersionOptions(args, command),
    ...(password === undefined ? {} : { password }),
    ...(policy === undefined ? {} : { policy }),
  };
  const certificate = await withVault(args, io, (vault) => vault.certificates.importCertificate(name, data, options));
  io.writeOut(args.flag('json')
    ? renderJson(vaultCertificateJson(certificate))
    : `Imported certificate ${certificate.name} version ${certificate.properties.version}${expiry(certificate)}.\n`);
}

async function renewCertificate(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  await withVault(args, io, async (vault) => {
    const op = await vault.certificates.renewCertificate(name);
    await reportOperation(vault.certificates, op, args, io, 'Renewed');
  });
}

async function renewIfDue(args: Args, io: CliIo): Promise<void> {
  const outcome = await withVault(args, io, (vault) => vault.certificates.renewCertificateIfDue(args.positional(0)));
  if (outcome.operation !== undefined) checkOperation(outcome.operation);
  if (args.flag('json')) {
    io.writeOut(renderJson({
      name: outcome.name, result: outcome.result, reason: outcome.reason ?? null,
      operation: outcome.operation === undefined ? null : operationJson(outcome.operation),
      certificate: vaultCertificateJson(outcome.certificate),
    }));
    return;
  }
  io.writeOut(`${outcome.result}\n`);
  const because = outcome.reason === undefined ? '' : ` (${outcome.reason})`;
  const pending = outcome.operation?.status === 'inProgress';
  if (outcome.result === 'renewed') {
    io.writeErr(pending
      ? `coffer: Certificate ${outcome.name} is due${because}: a renewal request is pending; sign its CSR and merge the chain.\n`
      : `coffer: Renewed certificate ${outcome.name}: new version ${outcome.certificate.properties.version}${because}.\n`);
  }
  if (outcome.result === 'notify') {
    io.writeErr(`coffer: Certificate ${outcome.name} version ${outcome.certificate.properties.version} is due for attention${because}.\n`);
  }
}

function updateOptions(args: Args): UpdateCertificateOptions {
  const enabled = args.string('enabled');
  const tags = args.strings('tag');
  return {
    ...(enabled === undefined ? {} : { enabled: parseBoolean(enabled, '--enabled', 'certificate update') }),
    ...(tags.length === 0 ? {} : { tags: parseTags(tags, 'certificate update') }),
  };
}

async function updateCertificate(args: Args, io: CliIo): Promise<void> {
  const options = updateOptions(args);
  if (Object.keys(options).length === 0) throw new UsageError('Nothing to update: give --enabled or --tag.', 'certificate update');
  const certificate = await withVault(args, io, (vault) => vault.certificates.updateCertificateProperties(args.positional(0), args.string('version'), options));
  io.writeOut(args.flag('json')
    ? renderJson(vaultCertificateJson(certificate))
    : `Updated certificate ${certificate.name} version ${certificate.properties.version}.\n`);
}

const NEW_VERSION_OPTIONS = { disabled: { type: 'boolean' }, tag: { type: 'string', multiple: true }, json: { type: 'boolean' } } as const;
const NEW_VERSION_DETAILS = [
  '--disabled            store the version disabled',
  '--tag K=V             a tag; repeat for more (at most 15)',
];
const OPERATION_JSON = '--json                print {operation, certificate} as JSON (certificate null while pending)';
const JSON_DETAIL = '--json                print the certificate (no private key) as JSON';

export const certificateCreateCommand: Command = {
  name: 'certificate create',
  synopsis: 'certificate create NAME --subject "CN=..." [--dns D]... [--ip IP]... [--email E]... [--upn U]... [--issuer Self|Unknown|ISSUER] [--ca] '
    + '[--validity-months N] [--kty RSA|EC] [--size N] [--curve C] [--eku LIST] [--key-usage LIST] [--policy FILE] [--disabled] [--tag K=V]... [--json]',
  summary: 'Create a certificate (or a new version of one) per a policy: self-signed, from a vault CA, or pending a CSR.',
  details: [
    '--subject DN          the subject, e.g. "CN=api.example.com, O=Example"',
    '--dns D, --ip IP      a DNS name or IP address SAN; repeat for more',
    '--email E, --upn U    an email (rfc822Name) or user principal name SAN; repeat for more',
    '--issuer NAME         Self (default), Unknown (pending: sign the CSR, then merge), or a vault CA (certificate issuer create)',
    '--ca                  a CA certificate (basicConstraints CA:true, keyCertSign, cRLSign); self-signed unless --issuer',
    '--validity-months N   1 to 120 (default 12)',
    '--kty RSA|EC          the key type (default RSA); --size 2048|3072|4096 for RSA, --curve P-256|P-384|P-521 for EC',
    '--eku LIST            extended key usages: serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, OCSPSigning or OIDs',
    '--key-usage LIST      digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign, …',
    '--policy FILE         start from a policy in Key Vault\'s shape ({"key_props": …, "x509_props": …, "issuer": …}); flags override it',
    ...NEW_VERSION_DETAILS,
    OPERATION_JSON,
  ],
  options: {
    ...NEW_VERSION_OPTIONS,
    subject: { type: 'string' }, dns: { type: 'string', multiple: true }, ip: { type: 'string', multiple: true },
    email: { type: 'string', multiple: true }, upn: { type: 'string', multiple: true }, issuer: { type: 'string' }, ca: { type: 'boolean' },
    'validity-months': { type: 'string' }, kty: { type: 'string' }, size: { type: 'string' }, curve: { type: 'string' },
    eku: { type: 'string' }, 'key-usage': { type: 'string' }, policy: { type: 'string' },
  },
  positionals: ['NAME'],
  run: createCertificate,
};

export const certificateImportCommand: Command = {
  name: 'certificate import',
  synopsis: 'certificate import NAME --file F [--password-file F | --password P] [--policy FILE] [--disabled] [--tag K=V]... [--json]',
  summary: 'Import a certificate made elsewhere (PEM, or PKCS#12 with its password), with or without its private key.',
  details: [
    '--file F              PEM (CERTIFICATE blocks and an optional PRIVATE KEY) or PKCS#12 (binary or base64), at most 256 KiB',
    ...PASSWORD_DETAILS,
    '--policy FILE         policy fields to keep with it (issuer, lifetime actions, …), in Key Vault\'s shape',
    ...NEW_VERSION_DETAILS,
    JSON_DETAIL,
  ],
  options: { ...NEW_VERSION_OPTIONS, ...PASSWORD_OPTIONS, file: { type: 'string' }, policy: { type: 'string' } },
  positionals: ['NAME'],
  run: importCertificate,
};

export const certificateRenewCommand: Command = {
  name: 'certificate renew',
  synopsis: 'certificate renew NAME [--json]',
  summary: 'Make a new version now per the current policy (the same key if reuse_key; pending for issuer Unknown).',
  details: [OPERATION_JSON],
  options: { json: { type: 'boolean' } },
  positionals: ['NAME'],
  run: renewCertificate,
};

export const certificateRenewIfDueCommand: Command = {
  name: 'certificate renew-if-due',
  synopsis: 'certificate renew-if-due NAME [--json]',
  summary: 'Apply the policy\'s lifetime actions now: print renewed, notify or not-due (details on stderr).',
  details: ['--json                print {name, result, reason, operation, certificate} as JSON'],
  options: { json: { type: 'boolean' } },
  positionals: ['NAME'],
  run: renewIfDue,
};

export const certificateUpdateCommand: Command = {
  name: 'certificate update',
  synopsis: 'certificate update NAME [--version V] [--enabled true|false] [--tag K=V]... [--json]',
  summary: 'Enable or disable a certificate version (the latest unless --version) or replace its tags; its key and secret follow.',
  details: [
    '--version V           the version to change (default: the latest)',
    '--enabled true|false  enable or disable the version',
    '--tag K=V             replaces all of the version\'s tags; repeat for more',
    JSON_DETAIL,
  ],
  options: { version: { type: 'string' }, enabled: { type: 'string' }, tag: { type: 'string', multiple: true }, json: { type: 'boolean' } },
  positionals: ['NAME'],
  run: updateCertificate,
};
