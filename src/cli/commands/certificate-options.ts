/**
 * Parsing of `certificate create`'s policy options into a CertificatePolicyInput: subject,
 * SANs, issuer, CA, validity, key type, EKUs and key usage. Pure; each refusal is a UsageError
 * (exit 2) quoting what it knows the meaning of — a name, an address, a usage — since none of
 * these is secret. The core checks the policy as a whole (an RSA size with an EC curve, a
 * subject or SANs at all) after a --policy file and these flags are merged.
 */
import { isIP } from 'node:net';
import {
  CERTIFICATE_CURVES, CERTIFICATE_RSA_SIZES, KEY_USAGES,
  type CertificateCurve, type CertificateKeyType, type CertificatePolicyInput, type KeyUsageName, type SubjectAlternativeNames,
} from '../../core/certificates/model.js';
import { quote } from '../../core/errors.js';
import { parseInteger, type Args } from '../args.js';
import { UsageError } from '../cli-error.js';

/** Extended key usages by the names openssl prints (`TLS Web Server Authentication` is serverAuth). */
export const EKU_NAMES: Readonly<Record<string, string>> = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  OCSPSigning: '1.3.6.1.5.5.7.3.9',
};

const OID = /^[0-2](?:\.(?:0|[1-9]\d{0,9})){1,20}$/;

/** An OID's name if it has one of ours: `1.3.6.1.5.5.7.3.1 (serverAuth)`. */
export function ekuLabel(oid: string): string {
  const name = Object.keys(EKU_NAMES).find((key) => EKU_NAMES[key] === oid);
  return name === undefined ? oid : `${oid} (${name})`;
}

const listOf = (text: string): string[] => text.split(',').map((item) => item.trim());

/** `--eku serverAuth,clientAuth` or dotted OIDs, comma-separated. */
export function parseEkus(text: string, command: string): string[] {
  return listOf(text).map((item) => {
    const oid = Object.hasOwn(EKU_NAMES, item) ? EKU_NAMES[item] : undefined;
    if (oid !== undefined) return oid;
    if (OID.test(item)) return item;
    throw new UsageError(`Invalid --eku ${quote(item)}: expected ${Object.keys(EKU_NAMES).join(', ')} or a dotted OID, comma-separated.`, command);
  });
}

/** `--key-usage digitalSignature,keyEncipherment`: X.509 key usage names, comma-separated. */
export function parseKeyUsage(text: string, command: string): KeyUsageName[] {
  return listOf(text).map((item) => {
    if ((KEY_USAGES as readonly string[]).includes(item)) return item as KeyUsageName;
    throw new UsageError(`Invalid --key-usage ${quote(item)}: expected a comma-separated list of ${KEY_USAGES.join(', ')}.`, command);
  });
}

/** `--ip`, repeated: IPv4 or IPv6 addresses, as written. */
function parseIps(items: readonly string[], command: string): string[] {
  for (const item of items) {
    if (isIP(item) === 0) throw new UsageError(`Invalid --ip ${quote(item)}: expected an IPv4 or IPv6 address.`, command);
  }
  return [...items];
}

/** The SANs given with --dns, --ip, --email and --upn; only the kinds given are set. */
function sansOf(args: Args, command: string): Partial<SubjectAlternativeNames> | undefined {
  const sans: { -readonly [K in keyof SubjectAlternativeNames]?: string[] } = {};
  const dns = args.strings('dns');
  const ips = args.strings('ip');
  const emails = args.strings('email');
  const upns = args.strings('upn');
  if (dns.length > 0) sans.dnsNames = [...dns];
  if (ips.length > 0) sans.ipAddresses = parseIps(ips, command);
  if (emails.length > 0) sans.emails = [...emails];
  if (upns.length > 0) sans.upns = [...upns];
  return Object.keys(sans).length === 0 ? undefined : sans;
}

function oneOf<T extends string>(text: string, allowed: readonly T[], option: string, command: string): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`Invalid ${option} ${quote(text)}: expected ${allowed.join(', ')}.`, command);
}

type KeyFields = { keyType?: CertificateKeyType; keySize?: number; curve?: CertificateCurve };

/** `--kty`, `--size`, `--curve`: a curve implies EC and a size RSA when --kty is not given. */
function keyFields(args: Args, command: string): KeyFields {
  const ktyText = args.string('kty');
  const sizeText = args.string('size');
  const curveText = args.string('curve');
  const kty = ktyText === undefined ? undefined : oneOf(ktyText, ['RSA', 'EC'] as const, '--kty', command);
  if (kty === 'EC' && sizeText !== undefined) throw new UsageError('An EC key takes --curve, not --size.', command);
  if (kty === 'RSA' && curveText !== undefined) throw new UsageError('An RSA key takes --size, not --curve.', command);
  if (sizeText !== undefined && curveText !== undefined) throw new UsageError('Give --size (RSA) or --curve (EC), not both.', command);
  const fields: KeyFields = {};
  if (curveText !== undefined) {
    fields.keyType = 'EC';
    fields.curve = oneOf(curveText, CERTIFICATE_CURVES, '--curve', command);
  }
  if (sizeText !== undefined) {
    const size = parseInteger(sizeText, '--size', { min: 1, max: 65536 }, command);
    if (!CERTIFICATE_RSA_SIZES.includes(size)) {
      throw new UsageError(`Invalid --size ${quote(sizeText)}: expected ${CERTIFICATE_RSA_SIZES.join(', ')} bits.`, command);
    }
    fields.keyType = 'RSA';
    fields.keySize = size;
  }
  if (kty !== undefined) fields.keyType = kty;
  return fields;
}

/** The policy fields the create flags set; fields not given are absent (a --policy file or the defaults fill them). */
export function policyFromFlags(args: Args, command: string): CertificatePolicyInput {
  const subject = args.string('subject');
  const issuer = args.string('issuer');
  const months = args.string('validity-months');
  const eku = args.string('eku');
  const keyUsage = args.string('key-usage');
  const sans = sansOf(args, command);
  return {
    ...keyFields(args, command),
    ...(subject === undefined ? {} : { subject }),
    ...(sans === undefined ? {} : { subjectAlternativeNames: sans }),
    ...(issuer === undefined ? {} : { issuerName: issuer }),
    ...(args.flag('ca') ? { ca: true } : {}),
    ...(months === undefined ? {} : { validityInMonths: parseInteger(months, '--validity-months', { min: 1, max: 120 }, command) }),
    ...(eku === undefined ? {} : { enhancedKeyUsage: parseEkus(eku, command) }),
    ...(keyUsage === undefined ? {} : { keyUsage: parseKeyUsage(keyUsage, command) }),
  };
}

/**
 * A --policy file's policy with the flags on top: a flag wins over the file's field, and SANs
 * merge kind by kind (--dns replaces the file's DNS names and leaves its emails).
 */
export function mergePolicies(base: CertificatePolicyInput, flags: CertificatePolicyInput): CertificatePolicyInput {
  const sans = base.subjectAlternativeNames === undefined && flags.subjectAlternativeNames === undefined
    ? undefined
    : { ...base.subjectAlternativeNames, ...flags.subjectAlternativeNames };
  // A key type from the flags makes the file's size or curve for the other type meaningless.
  const keyFromFlags = flags.keyType !== undefined && flags.keyType !== base.keyType ? { keySize: undefined, curve: undefined } : {};
  const merged = { ...base, ...keyFromFlags, ...flags };
  return sans === undefined ? merged : { ...merged, subjectAlternativeNames: sans };
}
