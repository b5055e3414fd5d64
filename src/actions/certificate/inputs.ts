/**
 * The certificate action's inputs (actions/certificate/action.yml), read once into one settings
 * object with the shared parsers of ../inputs.ts. The `key` and `token` inputs are masked by
 * readVaultSettings before any other input is read, and `pfx-password` right after them, before
 * anything that could fail with a message is parsed.
 *
 * An input about the certificate itself (subject, SANs, issuer, validity, key) that is left
 * empty means "as the certificate has it": only what is given is compared with an existing
 * certificate's policy, so a step that names only the certificate never changes it.
 */
import { isIP } from 'node:net';
import { BadParameterError, quote } from '../../core/errors.js';
import { validateName } from '../../core/names.js';
import {
  CERTIFICATE_CURVES, CERTIFICATE_RSA_SIZES, UNKNOWN_ISSUER,
  type CertificateCurve, type CertificateKeyType,
} from '../../core/certificates/model.js';
import { boolean, oneOf, readVaultSettings, required, type GetInput, type Mask, type VaultSettings } from '../inputs.js';

export type RenewPolicy = 'if-due' | 'always' | 'never';
export type OutputFormat = 'pem' | 'pfx';

/** What the inputs ask of the certificate; undefined: whatever the certificate (or the vault's default policy) has. */
export interface CertificateRequest {
  readonly subject: string | undefined;
  readonly dnsNames: readonly string[] | undefined;
  readonly ipAddresses: readonly string[] | undefined;
  readonly issuer: string | undefined;
  readonly validityMonths: number | undefined;
  readonly keyType: CertificateKeyType | undefined;
  /** RSA only. */
  readonly keySize: number | undefined;
  /** EC only. */
  readonly curve: CertificateCurve | undefined;
}

export interface CertificateSettings extends VaultSettings {
  readonly name: string;
  readonly request: CertificateRequest;
  readonly renew: RenewPolicy;
  readonly format: OutputFormat;
  /** As given (relative to the workspace, or absolute); undefined: RUNNER_TEMP. */
  readonly outputDir: string | undefined;
  /** The `pfx-password` input, masked; undefined: a random one is made (format pfx). */
  readonly pfxPassword: string | undefined;
  /** Write the PFX with 3DES and an SHA-1 MAC, for consumers that know nothing newer. */
  readonly pfxLegacy: boolean;
}

export const MAX_VALIDITY_MONTHS = 120;
/** RFC 1035 limits: 63 per label, 253 in all; a leading `*.` is a wildcard. */
const DNS_NAME = /^(?:\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const MAX_SANS = 100;

/** The items of a list input: one per line, or separated by commas or spaces; blank lines and `# comments` are skipped. */
export function listItems(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, '')).flatMap((line) => line.split(/[\s,]+/)).filter((item) => item !== '');
}

function list(getInput: GetInput, name: string, check: (item: string) => boolean, expected: string): string[] | undefined {
  const text = getInput(name);
  if (text === '') return undefined;
  const items = listItems(text);
  if (items.length === 0) return undefined;
  if (items.length > MAX_SANS) throw new BadParameterError(`Invalid ${name} input: ${items.length} items; at most ${MAX_SANS}.`);
  const bad = items.find((item) => !check(item));
  if (bad !== undefined) throw new BadParameterError(`Invalid ${name} input ${quote(bad)}: expected ${expected}.`);
  return [...new Set(items)];
}

function validityMonths(getInput: GetInput): number | undefined {
  const value = getInput('validity-months');
  if (value === '') return undefined;
  const months = /^[0-9]{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(months >= 1 && months <= MAX_VALIDITY_MONTHS)) {
    throw new BadParameterError(`Invalid validity-months input ${quote(value)}: expected a whole number from 1 to ${MAX_VALIDITY_MONTHS}.`);
  }
  return months;
}

function subject(getInput: GetInput): string | undefined {
  const value = getInput('subject');
  if (value === '') return undefined;
  if (value.length > 1024 || /[\0-\x1f\x7f]/.test(value) || !/^[A-Za-z][A-Za-z0-9.]*\s*=/.test(value)) {
    throw new BadParameterError(`Invalid subject input ${quote(value)}: expected an X.500 name such as CN=api.example.com, O=Example.`);
  }
  return value;
}

function issuer(getInput: GetInput): string | undefined {
  const value = getInput('issuer');
  if (value === '') return undefined;
  const name = validateName(value, 'issuer');
  if (name.toLowerCase() === UNKNOWN_ISSUER.toLowerCase()) {
    throw new BadParameterError(`Invalid issuer input ${quote(value)}: with issuer Unknown a certificate waits for a person to have its CSR signed and merge the chain, and a pipeline step cannot wait for that. Use Self or the name of a vault CA issuer (coffer certificate issuer create).`);
  }
  return name;
}

/** kty, key-size and curve: key-size implies RSA and curve implies EC when kty is empty. */
function keyChoice(getInput: GetInput): Pick<CertificateRequest, 'keyType' | 'keySize' | 'curve'> {
  const kty = oneOf<CertificateKeyType | ''>(getInput, 'kty', ['RSA', 'EC'], '');
  const sizeText = getInput('key-size');
  const curveText = getInput('curve');
  const keySize = sizeText === '' ? undefined : Number(sizeText);
  if (keySize !== undefined && !(/^[0-9]{4}$/.test(sizeText) && CERTIFICATE_RSA_SIZES.includes(keySize))) {
    throw new BadParameterError(`Invalid key-size input ${quote(sizeText)}: expected ${CERTIFICATE_RSA_SIZES.join(', ')} (RSA).`);
  }
  if (curveText !== '' && !(CERTIFICATE_CURVES as readonly string[]).includes(curveText)) {
    throw new BadParameterError(`Invalid curve input ${quote(curveText)}: expected ${CERTIFICATE_CURVES.join(', ')} (EC).`);
  }
  const curve = curveText === '' ? undefined : curveText as CertificateCurve;
  if (keySize !== undefined && curve !== undefined) throw new BadParameterError('Invalid inputs key-size and curve: key-size is for RSA keys, curve for EC keys; give one of them.');
  if (kty === 'EC' && keySize !== undefined) throw new BadParameterError(`Invalid key-size input ${quote(sizeText)}: kty is EC, whose size is set by curve.`);
  if (kty === 'RSA' && curve !== undefined) throw new BadParameterError(`Invalid curve input ${quote(curveText)}: kty is RSA, whose size is set by key-size.`);
  const keyType = kty !== '' ? kty : keySize !== undefined ? 'RSA' : curve !== undefined ? 'EC' : undefined;
  return { keyType, keySize, curve };
}

/** Every input about the certificate itself. */
export function readRequest(getInput: GetInput): CertificateRequest {
  return {
    subject: subject(getInput),
    dnsNames: list(getInput, 'dns-names', (item) => item.length <= 253 && DNS_NAME.test(item), 'DNS names such as api.example.com or *.example.com, one per line'),
    ipAddresses: list(getInput, 'ip-addresses', (item) => isIP(item) !== 0, 'IPv4 or IPv6 addresses, one per line'),
    issuer: issuer(getInput),
    validityMonths: validityMonths(getInput),
    ...keyChoice(getInput),
  };
}

function outputDir(getInput: GetInput): string | undefined {
  const value = getInput('output-dir');
  if (value === '') return undefined;
  if (value.length > 4096 || /[\0-\x1f]/.test(value)) throw new BadParameterError(`Invalid output-dir input ${quote(value.slice(0, 80))}: expected a folder path.`);
  return value;
}

/** Every input of the certificate action. Masks key, token and pfx-password before anything else happens. */
export function readCertificateSettings(getInput: GetInput, mask: Mask): CertificateSettings {
  const vault = readVaultSettings(getInput, mask);
  const password = getInput('pfx-password');
  if (password !== '') mask(password);
  const format = oneOf<OutputFormat>(getInput, 'format', ['pem', 'pfx'], 'pem');
  const settings: CertificateSettings = {
    ...vault,
    name: validateName(required(getInput, 'name', 'the certificate\'s name in the vault, e.g. api-tls'), 'certificate'),
    request: readRequest(getInput),
    renew: oneOf<RenewPolicy>(getInput, 'renew', ['if-due', 'always', 'never'], 'if-due'),
    format,
    outputDir: outputDir(getInput),
    pfxPassword: password === '' ? undefined : password,
    pfxLegacy: boolean(getInput, 'pfx-legacy', false),
  };
  if (format === 'pem' && (settings.pfxPassword !== undefined || settings.pfxLegacy)) {
    throw new BadParameterError(`Invalid input ${settings.pfxPassword !== undefined ? 'pfx-password' : 'pfx-legacy'}: it is used only with format: pfx.`);
  }
  return settings;
}
