/**
 * What the inputs ask of a certificate, against what the vault has: the policy to create one
 * with, and how an existing certificate's policy differs from the inputs. Pure.
 *
 * Comparison is deliberately forgiving where spelling varies but meaning does not (a subject's
 * spacing, attribute aliases and letter case; DNS names' case and order; IPv6 notation): a
 * scheduled step that saw a difference every run would make a new certificate every run.
 */
import { isIPv6 } from 'node:net';
import { PEM_CONTENT_TYPE, SELF_ISSUER, type CertificatePolicy, type CertificatePolicyInput } from '../../core/certificates/model.js';
import { BadParameterError, quote } from '../../core/errors.js';
import type { CertificateRequest } from './inputs.js';

/** One input that differs from the policy, for the reason output and the log. */
export interface PolicyChange {
  /** The input's name, e.g. `dns-names`. */
  readonly input: string;
  readonly from: string;
  readonly to: string;
}

const DEFAULT_RSA_SIZE = 2048;
const DEFAULT_CURVE = 'P-256';

/**
 * The policy a new certificate is created with: the inputs, issuer Self unless one is named,
 * and an exportable key in a PEM secret (this action writes the key out). Without a subject,
 * the first DNS name is the common name; with neither, there is nothing to certify.
 */
export function creationPolicy(name: string, request: CertificateRequest): CertificatePolicyInput {
  const firstDns = request.dnsNames?.[0];
  const subject = request.subject ?? (firstDns === undefined ? undefined : `CN=${firstDns}`);
  if (subject === undefined) {
    throw new BadParameterError(`Certificate ${quote(name)} does not exist, and creating it needs a subject or dns-names input (e.g. subject: CN=api.example.com).`);
  }
  return {
    subject,
    subjectAlternativeNames: { dnsNames: request.dnsNames ?? [], ipAddresses: request.ipAddresses ?? [] },
    issuerName: request.issuer ?? SELF_ISSUER,
    exportable: true,
    contentType: PEM_CONTENT_TYPE,
    ...(request.validityMonths === undefined ? {} : { validityInMonths: request.validityMonths }),
    ...keyFields(request),
  };
}

function keyFields(request: CertificateRequest): Pick<CertificatePolicyInput, 'keyType' | 'keySize' | 'curve'> {
  if (request.keyType === 'RSA') return { keyType: 'RSA', keySize: request.keySize ?? DEFAULT_RSA_SIZE, curve: undefined };
  if (request.keyType === 'EC') return { keyType: 'EC', curve: request.curve ?? DEFAULT_CURVE, keySize: undefined };
  return {};
}

/** OIDs and aliases of the attribute types subjects are written with, as their usual short names. */
const ATTRIBUTE_ALIASES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', S: 'ST', '2.5.4.10': 'O', '2.5.4.11': 'OU',
  '2.5.4.5': 'SERIALNUMBER', '0.9.2342.19200300.100.1.25': 'DC', '1.2.840.113549.1.9.1': 'E', EMAIL: 'E', EMAILADDRESS: 'E',
};

/** Splits at separators not escaped with `\` nor inside double quotes. */
function splitUnescaped(text: string, separators: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (c === '\\' && i + 1 < text.length) {
      current += c + (text[i + 1] ?? '');
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (!quoted && separators.includes(c)) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  return [...parts, current];
}

/** A subject as comparable text: RDNs in order, each attribute's type by its short name, values trimmed and lower-cased. */
export function normalizeSubject(subject: string): string {
  return splitUnescaped(subject, ',;').map((rdn) => splitUnescaped(rdn, '+').map((pair) => {
    const equals = pair.indexOf('=');
    if (equals < 0) return pair.trim().toLowerCase();
    const type = pair.slice(0, equals).trim().toUpperCase().replace(/^OID\./, '');
    return `${ATTRIBUTE_ALIASES[type] ?? type}=${pair.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase()}`;
  }).sort().join('+')).filter((rdn) => rdn !== '').join(',');
}

/** An IP address as comparable text: IPv6 in its shortest lower-case form. */
export function normalizeIp(address: string): string {
  if (!isIPv6(address)) return address;
  return new URL(`http://[${address}]/`).hostname.slice(1, -1);
}

function sameSet(a: readonly string[], b: readonly string[], normalize: (item: string) => string): boolean {
  const left = new Set(a.map(normalize));
  const right = new Set(b.map(normalize));
  return left.size === right.size && [...left].every((item) => right.has(item));
}

const listText = (items: readonly string[]): string => (items.length === 0 ? '(none)' : items.join(', '));
const lower = (text: string): string => text.toLowerCase();

function keyChanges(policy: CertificatePolicy, request: CertificateRequest): PolicyChange[] {
  if (request.keyType === undefined) return [];
  if (request.keyType !== policy.keyType) return [{ input: 'kty', from: policy.keyType, to: request.keyType }];
  if (request.keySize !== undefined && request.keySize !== policy.keySize) return [{ input: 'key-size', from: String(policy.keySize ?? ''), to: String(request.keySize) }];
  if (request.curve !== undefined && request.curve !== policy.curve) return [{ input: 'curve', from: policy.curve ?? '', to: request.curve }];
  return [];
}

/** Each given input that differs from `policy`, in input order. */
export function policyChanges(policy: CertificatePolicy, request: CertificateRequest): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const sans = policy.subjectAlternativeNames;
  if (request.subject !== undefined && normalizeSubject(request.subject) !== normalizeSubject(policy.subject)) {
    changes.push({ input: 'subject', from: policy.subject, to: request.subject });
  }
  if (request.dnsNames !== undefined && !sameSet(request.dnsNames, sans.dnsNames, lower)) {
    changes.push({ input: 'dns-names', from: listText(sans.dnsNames), to: listText(request.dnsNames) });
  }
  if (request.ipAddresses !== undefined && !sameSet(request.ipAddresses, sans.ipAddresses, normalizeIp)) {
    changes.push({ input: 'ip-addresses', from: listText(sans.ipAddresses), to: listText(request.ipAddresses) });
  }
  if (request.issuer !== undefined && lower(request.issuer) !== lower(policy.issuerName)) {
    changes.push({ input: 'issuer', from: policy.issuerName, to: request.issuer });
  }
  if (request.validityMonths !== undefined && request.validityMonths !== policy.validityInMonths) {
    changes.push({ input: 'validity-months', from: String(policy.validityInMonths), to: String(request.validityMonths) });
  }
  return [...changes, ...keyChanges(policy, request)];
}

/**
 * The policy update that makes `policy` agree with the inputs: only the fields given, the SANs
 * whole (the kinds not given kept as they are), so the update means the same whether the vault
 * merges SANs field by field or replaces them.
 */
export function policyUpdate(policy: CertificatePolicy, request: CertificateRequest): CertificatePolicyInput {
  const sans = policy.subjectAlternativeNames;
  const sanChanged = request.dnsNames !== undefined || request.ipAddresses !== undefined;
  return {
    ...(request.subject === undefined ? {} : { subject: request.subject }),
    ...(sanChanged ? { subjectAlternativeNames: { ...sans, dnsNames: request.dnsNames ?? sans.dnsNames, ipAddresses: request.ipAddresses ?? sans.ipAddresses } } : {}),
    ...(request.issuer === undefined ? {} : { issuerName: request.issuer }),
    ...(request.validityMonths === undefined ? {} : { validityInMonths: request.validityMonths }),
    ...(keyChanges(policy, request).length === 0 ? {} : keyFields(request)),
  };
}

/** The changes as one line: `dns-names a.example.com → a.example.com, b.example.com; validity-months 12 → 6`. */
export function describeChanges(changes: readonly PolicyChange[]): string {
  return changes.map((change) => `${change.input} ${change.from} → ${change.to}`).join('; ');
}
