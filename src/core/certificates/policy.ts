/**
 * Certificate policies: defaults, validation, the stored form, and when a lifetime action is
 * due. A policy says how each new version is made (key, subject, names, usages, validity,
 * issuer) and when it is renewed; every field is checked here, bounded, before anything is
 * generated or written.
 */
import { isIP } from 'node:net';
import { BadParameterError, quote } from '../errors.js';
import {
  CERTIFICATE_CURVES, CERTIFICATE_RSA_SIZES, KEY_USAGES, PEM_CONTENT_TYPE, PKCS12_CONTENT_TYPE, SELF_ISSUER, UNKNOWN_ISSUER,
  type CertificateCurve, type CertificateKeyType, type CertificateLifetimeAction, type CertificatePolicy, type CertificatePolicyInput,
  type KeyUsageName, type SubjectAlternativeNames,
} from './model.js';

export const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
export const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

const MAX_SUBJECT = 1024;
const MAX_NAMES = 100;
const MAX_EKUS = 20;
const MAX_LIFETIME_ACTIONS = 4;
const MAX_VALIDITY_MONTHS = 120;
const DAY_MS = 86_400_000;

/** A policy as callers send it: parsed JSON, each field possibly anything. */
type Loose = { readonly [K in keyof CertificatePolicyInput]?: unknown };

/** The policy as stored with the certificate object: JSON, dates as ISO text. */
export type StoredPolicy = Omit<CertificatePolicy, 'createdOn' | 'updatedOn'> & { readonly created?: string; readonly updated?: string };

const HOSTNAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
/** An email address or UPN: a local part and a domain, no spaces or brackets. */
export const MAILBOX = /^[^\s@<>()[\],;:"]{1,64}@[a-z0-9.-]{1,253}$/i;
const OID = /^[0-2](\.(0|[1-9][0-9]{0,8})){1,20}$/;

function list(value: unknown, what: string, max: number): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > max) throw new BadParameterError(`Invalid ${what}: expected a list of at most ${max}.`);
  return value as unknown[];
}

function strings(value: unknown, what: string, max: number, check: (text: string) => boolean, expected: string): string[] {
  const out: string[] = [];
  for (const item of list(value, what, max)) {
    if (typeof item !== 'string' || item.length === 0 || item.length > 253 || !check(item)) {
      throw new BadParameterError(`Invalid ${what} entry ${quote(String(item))}: expected ${expected}.`);
    }
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

function validateSans(given: unknown): SubjectAlternativeNames {
  if (given !== undefined && (given === null || typeof given !== 'object')) throw new BadParameterError('Invalid subject alternative names: expected an object.');
  const sans = given as { readonly [K in keyof SubjectAlternativeNames]?: unknown } | undefined;
  return {
    dnsNames: strings(sans?.dnsNames, 'DNS name', MAX_NAMES, (t) => HOSTNAME.test(t), 'a host name such as api.example.com or *.example.com').map((t) => t.toLowerCase()),
    emails: strings(sans?.emails, 'email', MAX_NAMES, (t) => MAILBOX.test(t), 'an address such as ops@example.com'),
    upns: strings(sans?.upns, 'user principal name', MAX_NAMES, (t) => MAILBOX.test(t), 'a name such as user@example.com'),
    ipAddresses: strings(sans?.ipAddresses, 'IP address', MAX_NAMES, (t) => isIP(t) !== 0, 'an IPv4 or IPv6 address'),
  };
}

/**
 * An X.500 name: `CN=a, O=b` (or `/CN=a/O=b`). Checked for shape here; the X.509 library then
 * parses it, and its refusal is reported as bad input too.
 */
function validateSubject(subject: unknown): string {
  if (typeof subject !== 'string' || subject.trim() === '' || subject.length > MAX_SUBJECT) {
    throw new BadParameterError('Invalid subject: expected an X.500 name such as "CN=api.example.com, O=Example".');
  }
  if (!/^\s*[A-Za-z][A-Za-z0-9.]*\s*=/.test(subject) || /[\u0000-\u001f]/.test(subject)) {
    throw new BadParameterError(`Invalid subject ${quote(subject)}: expected an X.500 name such as "CN=api.example.com, O=Example".`);
  }
  return subject.trim();
}

function validateLifetimeActions(value: unknown, validityInMonths: number): CertificateLifetimeAction[] {
  const out: CertificateLifetimeAction[] = [];
  for (const item of list(value, 'lifetime actions', MAX_LIFETIME_ACTIONS)) {
    const a = item as Partial<CertificateLifetimeAction> | null;
    if (a === null || typeof a !== 'object' || (a.action !== 'AutoRenew' && a.action !== 'EmailContacts')) {
      throw new BadParameterError('Invalid lifetime action: expected action AutoRenew or EmailContacts.');
    }
    const hasPercentage = a.lifetimePercentage !== undefined;
    if (hasPercentage === (a.daysBeforeExpiry !== undefined)) {
      throw new BadParameterError('Invalid lifetime action: give exactly one trigger, lifetimePercentage or daysBeforeExpiry.');
    }
    if (hasPercentage) {
      if (!Number.isInteger(a.lifetimePercentage) || (a.lifetimePercentage ?? 0) < 1 || (a.lifetimePercentage ?? 0) > 99) {
        throw new BadParameterError('Invalid lifetime percentage: expected a whole number from 1 to 99.');
      }
      out.push({ action: a.action, lifetimePercentage: a.lifetimePercentage ?? 0 });
    } else {
      const maxDays = validityInMonths * 28 - 1;
      if (!Number.isInteger(a.daysBeforeExpiry) || (a.daysBeforeExpiry ?? 0) < 1 || (a.daysBeforeExpiry ?? 0) > maxDays) {
        throw new BadParameterError(`Invalid days before expiry: expected a whole number from 1 to ${maxDays} for a validity of ${validityInMonths} months.`);
      }
      out.push({ action: a.action, daysBeforeExpiry: a.daysBeforeExpiry ?? 0 });
    }
  }
  return out;
}

function validateKeyUsage(value: unknown, keyType: CertificateKeyType, ca: boolean): KeyUsageName[] {
  const usages = strings(value, 'key usage', KEY_USAGES.length, (t) => (KEY_USAGES as readonly string[]).includes(t), `one of ${KEY_USAGES.join(', ')}`) as KeyUsageName[];
  const forbidden: readonly KeyUsageName[] = keyType === 'EC' ? ['keyEncipherment', 'dataEncipherment'] : ['keyAgreement', 'encipherOnly', 'decipherOnly'];
  const bad = usages.find((usage) => forbidden.includes(usage));
  if (bad !== undefined) throw new BadParameterError(`Invalid key usage ${bad}: an ${keyType} key cannot be used for it.`);
  if ((usages.includes('encipherOnly') || usages.includes('decipherOnly')) && !usages.includes('keyAgreement')) {
    throw new BadParameterError('Invalid key usage: encipherOnly and decipherOnly need keyAgreement.');
  }
  if (ca && !usages.includes('keyCertSign')) throw new BadParameterError('Invalid key usage: a CA certificate needs keyCertSign.');
  if (!ca && usages.includes('keyCertSign')) throw new BadParameterError('Invalid key usage: keyCertSign is for CA certificates (set ca).');
  return KEY_USAGES.filter((usage) => usages.includes(usage));
}

function defaultKeyUsage(keyType: CertificateKeyType, ca: boolean): KeyUsageName[] {
  if (ca) return ['digitalSignature', 'keyCertSign', 'cRLSign'];
  return keyType === 'RSA' ? ['digitalSignature', 'keyEncipherment'] : ['digitalSignature'];
}

function validateIssuerName(value: unknown): string {
  if (typeof value !== 'string' || !/^[0-9a-zA-Z-]{1,127}$/.test(value)) {
    throw new BadParameterError(`Invalid issuer name ${quote(String(value))}: expected Self, Unknown or a vault issuer's name.`);
  }
  if (value.toLowerCase() === SELF_ISSUER.toLowerCase()) return SELF_ISSUER;
  if (value.toLowerCase() === UNKNOWN_ISSUER.toLowerCase()) return UNKNOWN_ISSUER;
  return value;
}

function optionalBoolean(value: unknown, what: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new BadParameterError(`Invalid ${what}: expected true or false.`);
  return value;
}

/**
 * A whole policy from what the caller gave, each field left out taken from `base` (the current
 * policy, when one is updated) or else from Azure's defaults: RSA 2048, exportable, a new key on
 * renewal, PKCS#12, serverAuth and clientAuth, 12 months, AutoRenew at 80%, issuer Self.
 */
export function validatePolicy(given: CertificatePolicyInput, base?: StoredPolicy): StoredPolicy {
  // Callers hand over parsed JSON: every field is checked as if it could be anything.
  const input = given as unknown as Loose | null;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new BadParameterError('Invalid certificate policy: expected an object.');
  const ca = optionalBoolean(input.ca, 'ca flag', base?.ca ?? false);
  const keyType: unknown = input.keyType ?? base?.keyType ?? 'RSA';
  if (keyType !== 'RSA' && keyType !== 'EC') throw new BadParameterError(`Invalid key type ${quote(String(keyType))}: a certificate's key is RSA or EC.`);
  const { keySize, curve } = keyParameters(input, keyType, base?.keyType === keyType ? base : undefined);
  const contentType: unknown = input.contentType ?? base?.contentType ?? PKCS12_CONTENT_TYPE;
  if (contentType !== PKCS12_CONTENT_TYPE && contentType !== PEM_CONTENT_TYPE) {
    throw new BadParameterError(`Invalid content type ${quote(String(contentType))}: expected ${PKCS12_CONTENT_TYPE} or ${PEM_CONTENT_TYPE}.`);
  }
  const validityInMonths: unknown = input.validityInMonths ?? base?.validityInMonths ?? 12;
  if (typeof validityInMonths !== 'number' || !Number.isInteger(validityInMonths) || validityInMonths < 1 || validityInMonths > MAX_VALIDITY_MONTHS) {
    throw new BadParameterError(`Invalid validity: expected a whole number of months from 1 to ${MAX_VALIDITY_MONTHS}.`);
  }
  const subjectAlternativeNames = validateSans(input.subjectAlternativeNames ?? base?.subjectAlternativeNames);
  const enhancedKeyUsage = strings(input.enhancedKeyUsage ?? base?.enhancedKeyUsage ?? (ca ? [] : [SERVER_AUTH, CLIENT_AUTH]),
    'extended key usage', MAX_EKUS, (t) => OID.test(t), 'an object identifier such as 1.3.6.1.5.5.7.3.1');
  // A key usage carried over from another key type or CA setting would not fit: only keep it if both match.
  const baseUsage = base !== undefined && base.keyType === keyType && base.ca === ca ? base.keyUsage : undefined;
  const keyUsage = validateKeyUsage(input.keyUsage ?? baseUsage ?? defaultKeyUsage(keyType, ca), keyType, ca);
  return {
    keyType, keySize, curve,
    exportable: optionalBoolean(input.exportable, 'exportable flag', base?.exportable ?? true),
    reuseKey: optionalBoolean(input.reuseKey, 'reuseKey flag', base?.reuseKey ?? false),
    contentType,
    subject: validateSubject(input.subject ?? base?.subject),
    subjectAlternativeNames, enhancedKeyUsage, keyUsage, validityInMonths,
    lifetimeActions: validateLifetimeActions(input.lifetimeActions ?? base?.lifetimeActions ?? [{ action: 'AutoRenew', lifetimePercentage: 80 }], validityInMonths),
    issuerName: validateIssuerName(input.issuerName ?? base?.issuerName ?? SELF_ISSUER),
    ca,
    enabled: optionalBoolean(input.enabled, 'enabled flag', base?.enabled ?? true),
    ...(base?.created === undefined ? {} : { created: base.created }),
    ...(base?.updated === undefined ? {} : { updated: base.updated }),
  };
}

/** RSA: its size (2048 unless given or kept); EC: its curve, given as a curve or as a size (256, 384, 521). */
function keyParameters(input: Loose, keyType: CertificateKeyType, base: StoredPolicy | undefined): { keySize: number | undefined; curve: CertificateCurve | undefined } {
  if (keyType === 'RSA') {
    if (input.curve !== undefined) throw new BadParameterError('Invalid policy: a curve is for EC keys, not RSA.');
    const keySize: unknown = input.keySize ?? base?.keySize ?? 2048;
    if (typeof keySize !== 'number' || !CERTIFICATE_RSA_SIZES.includes(keySize)) {
      throw new BadParameterError(`Invalid RSA key size ${quote(String(keySize))}: expected ${CERTIFICATE_RSA_SIZES.join(', ')}.`);
    }
    return { keySize, curve: undefined };
  }
  const bySize: Readonly<Record<string, CertificateCurve>> = { 256: 'P-256', 384: 'P-384', 521: 'P-521' };
  if (input.keySize !== undefined && input.curve === undefined) {
    const curve = typeof input.keySize === 'number' ? bySize[String(input.keySize)] : undefined;
    if (curve === undefined) throw new BadParameterError(`Invalid EC key size ${quote(JSON.stringify(input.keySize))}: expected 256, 384 or 521.`);
    return { keySize: undefined, curve };
  }
  const curve: unknown = input.curve ?? base?.curve ?? 'P-256';
  if (!CERTIFICATE_CURVES.some((known) => known === curve)) throw new BadParameterError(`Invalid curve ${quote(String(curve))}: expected ${CERTIFICATE_CURVES.join(', ')}.`);
  return { keySize: undefined, curve: curve as CertificateCurve };
}

export function policyOf(stored: StoredPolicy): CertificatePolicy {
  const { created, updated, ...rest } = stored;
  return {
    ...rest,
    subjectAlternativeNames: { ...rest.subjectAlternativeNames },
    createdOn: created === undefined ? undefined : new Date(created),
    updatedOn: updated === undefined ? undefined : new Date(updated),
  };
}

/** The certificate's validity end: `months` calendar months after `from` (UTC), clamped to the month's end. */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1, from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return target;
}

/** The first lifetime action due at `now` for a version valid from `notBefore` to `notAfter`, AutoRenew first. */
export function dueLifetimeAction(actions: readonly CertificateLifetimeAction[], notBefore: Date, notAfter: Date, now: Date): { action: CertificateLifetimeAction; reason: string } | undefined {
  const due = actions.filter((action) => {
    if (action.lifetimePercentage !== undefined) {
      const at = notBefore.getTime() + ((notAfter.getTime() - notBefore.getTime()) * action.lifetimePercentage) / 100;
      return now.getTime() >= at;
    }
    return now.getTime() >= notAfter.getTime() - (action.daysBeforeExpiry ?? 0) * DAY_MS;
  });
  const first = due.find((action) => action.action === 'AutoRenew') ?? due[0];
  if (first === undefined) return undefined;
  const reason = first.lifetimePercentage !== undefined ? `lifetimePercentage ${first.lifetimePercentage}` : `daysBeforeExpiry ${String(first.daysBeforeExpiry)}`;
  return { action: first, reason };
}
