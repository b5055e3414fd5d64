/**
 * What the step writes for one certificate version: the certificate, the chain, and the private
 * key (or one PFX holding key and chain), with every string that must be masked before any of
 * it is written. The key comes from the certificate's managed secret (secrets/get), read for the
 * exact version the certificate is, and is checked to belong to that certificate.
 *
 * The masks cover the forms a script is likely to print a key in: each line of the PKCS#8 PEM
 * written (and of the PKCS#1 / SEC1 PEM `openssl` converts it to), the DER as one base64 line,
 * base64url and hex, the JWK private members; and for a PFX its base64 (one line and wrapped),
 * base64url and hex, which is how PFX files are usually passed around. PEM header lines are
 * not secret and are left unmasked, so logs keep showing them.
 */
import { randomBytes, type KeyObject } from 'node:crypto';
import type { VaultCertificate } from '../../core/certificates/model.js';
import { VaultError, isVaultError, quote } from '../../core/errors.js';
import type { Secret } from '../../core/model.js';
import { masksFor } from '../masks.js';
import type { CertificateSettings } from './inputs.js';

export interface CertificateMaterial {
  /** The certificate alone, PEM. */
  readonly certificatePem: string;
  /** The certificate, then its issuers up to the root if the vault knows it, PEM: what a TLS server presents. */
  readonly chainPem: string;
  /** PKCS#8 PEM; only with format pem. */
  readonly privateKeyPem: string | undefined;
  /** Key and chain under `pfxPassword`; only with format pfx. */
  readonly pfx: Buffer | undefined;
  readonly pfxPassword: string | undefined;
  /** True when the password was made here (no pfx-password input): it is then an output. */
  readonly pfxPasswordGenerated: boolean;
  /** Every string to register with `::add-mask::` before anything above is written. */
  readonly masks: readonly string[];
}

export interface SecretReader {
  getSecret(name: string, version?: string): Promise<Secret>;
}

/** As min-mask-length's default: a PEM's last line is 4 characters or more, and is masked too. */
const MIN_MASK = 4;
const WRAP_WIDTHS = [64, 76] as const;
const PASSWORD_BYTES = 24;

async function readManagedSecret(vault: SecretReader, name: string, version: string): Promise<Secret> {
  try {
    return await vault.getSecret(name, version);
  } catch (error) {
    if (!isVaultError(error) || (error.code !== 'Forbidden' && error.code !== 'SecretNotFound')) throw error;
    const why = error.code === 'Forbidden'
      ? 'the caller may not read it. The action needs secrets/get on the certificate\'s managed secret besides certificates/*: assign Secrets User (or Certificate User) on it besides Certificates Officer, or Administrator'
      : 'the vault has no such secret version';
    throw new VaultError(error.code, `The private key of certificate ${quote(name)} version ${version} is in its managed secret (/secrets/${name}/${version}), and ${why}. (${error.message})`, { cause: error });
  }
}

function pemBodyLines(pem: string): string[] {
  return pem.split(/\r?\n/).filter((line) => line !== '' && !line.startsWith('-----'));
}

function wrapped(base64: string): string[] {
  return WRAP_WIDTHS.flatMap((width) => base64.match(new RegExp(`.{1,${width}}`, 'g')) ?? []);
}

/** The key as `openssl` writes it with -traditional (PKCS#1 for RSA, SEC1 for EC); none for other types. */
function traditionalPem(key: KeyObject): string[] {
  const type = key.asymmetricKeyType === 'ec' ? 'sec1' : key.asymmetricKeyType === 'rsa' ? 'pkcs1' : undefined;
  return type === undefined ? [] : [key.export({ type, format: 'pem' }).toString()];
}

/** Every form of the private key worth masking (see the module doc). */
export function privateKeyMasks(key: KeyObject): string[] {
  const pems = [key.export({ type: 'pkcs8', format: 'pem' }).toString(), ...traditionalPem(key)];
  const der = key.export({ type: 'pkcs8', format: 'der' });
  const jwk = key.export({ format: 'jwk' }) as Record<string, unknown>;
  const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi'].map((member) => jwk[member]).filter((value): value is string => typeof value === 'string');
  return keep([
    ...pems.flatMap(pemBodyLines),
    ...pems.map((pem) => pemBodyLines(pem).join('')),
    der.toString('base64'), der.toString('base64url'), der.toString('hex'), der.toString('hex').toUpperCase(),
    ...privateMembers.flatMap((value) => [value, Buffer.from(value, 'base64url').toString('hex')]),
  ]);
}

/** Every form of a PFX file worth masking: it holds the key, under a password a log would also show. */
export function pfxMasks(pfx: Buffer): string[] {
  const base64 = pfx.toString('base64');
  return keep([base64, ...wrapped(base64), pfx.toString('base64url'), pfx.toString('hex')]);
}

function keep(masks: readonly string[]): string[] {
  return [...new Set(masks.filter((mask) => mask.trim().length >= MIN_MASK))];
}

/** A random PFX password: 24 bytes as base64url (32 characters, no character a shell or YAML treats specially). */
export function randomPassword(random: (size: number) => Buffer = randomBytes): string {
  return random(PASSWORD_BYTES).toString('base64url');
}

/** The private key from the managed secret, checked to belong to the certificate. */
async function privateKeyOf(vault: SecretReader, certificate: VaultCertificate): Promise<{ key: KeyObject; formats: typeof import('../../core/certificates/formats.js') }> {
  const { name, properties: { version } } = certificate;
  const secret = await readManagedSecret(vault, name, version);
  const formats = await import('../../core/certificates/formats.js');
  const key = formats.secretPrivateKey(secret.value, secret.properties.contentType, certificate.cer, `Certificate ${quote(name)} version ${version}`);
  if (key === undefined) {
    throw new VaultError('BadParameter', `Certificate ${quote(name)} version ${version} has no private key in its managed secret: its policy is not exportable, so the key cannot leave the vault.`);
  }
  return { key, formats };
}

/** Reads the key and builds what the step writes for `certificate`, per the format settings. */
export async function certificateMaterial(vault: SecretReader, certificate: VaultCertificate, settings: Pick<CertificateSettings, 'format' | 'pfxPassword' | 'pfxLegacy'>): Promise<CertificateMaterial> {
  const { key, formats } = await privateKeyOf(vault, certificate);
  const ders = [certificate.cer, ...certificate.chain].map((der) => Buffer.from(der));
  const certificatePem = formats.certificatePem(certificate.cer);
  const chainPem = ders.map((der) => formats.certificatePem(der)).join('');
  const keyMasks = privateKeyMasks(key);
  if (settings.format === 'pem') {
    return {
      certificatePem, chainPem, privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      pfx: undefined, pfxPassword: undefined, pfxPasswordGenerated: false, masks: keyMasks,
    };
  }
  const password = settings.pfxPassword ?? randomPassword();
  const pfx = formats.partsToPkcs12({ certificates: ders, privateKey: key }, password, { legacy: settings.pfxLegacy, friendlyName: certificate.name });
  const passwordMasks = masksFor(password, { encodings: true, minLength: 4 });
  return {
    certificatePem, chainPem, privateKeyPem: undefined, pfx, pfxPassword: password,
    pfxPasswordGenerated: settings.pfxPassword === undefined, masks: [...new Set([...passwordMasks, ...keyMasks, ...pfxMasks(pfx)])],
  };
}
