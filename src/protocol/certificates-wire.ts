/**
 * Certificates on the wire (certificates.json, 2025-07-01): CertificateBundle, CertificateItem,
 * their deleted forms, and CertificateOperation. The policy is in certificate-policy-wire.ts,
 * the request bodies in certificate-requests-wire.ts, issuers and contacts in
 * certificate-issuers-wire.ts.
 *
 * Binary members follow the spec's formats: `x5t` is base64url (SHA-1 of the DER), `cer`,
 * `csr` and `x5c` are standard base64 (`format: byte`). Attributes carry the certificate's own
 * validity as `nbf`/`exp`. Coffer's additions, which the SDKs ignore: `chain` on a bundle (the
 * issuing chain after the certificate, base64 DER each, absent for a self-signed one), and
 * `x509_info` on a list item (subject, issuer, serial number, SHA-256 thumbprint and SANs), so
 * that a listing says what the certificate is without a read per entry.
 */
import { BadParameterError } from '../core/errors.js';
import type {
  CertificateOperation, CertificateOperationStatus, CertificateProperties, CertificateRenewalOutcome, DeletedCertificate, VaultCertificate,
} from '../core/certificates/model.js';
import { certificateInfo } from '../core/certificates/x509.js';
import { attributesWire, parseWireAttributes, requiredUnixSeconds, toUnixSeconds, type WireAttributes } from './attributes-wire.js';
import { decodeBase64url, encodeBase64url } from './base64url.js';
import { optionalArray, optionalBoolean, optionalObject, optionalString, readNullable, readObject, requiredString, type JsonObject } from './body-fields.js';
import { certificatePolicyWire, parseCertificatePolicy, sansWire, stringList, type CertificatePolicyWire } from './certificate-policy-wire.js';
import { objectId, parseObjectId, parseRecoveryId, recoveryId, vaultOrigin } from './ids.js';
import { parseTags, tagsWire } from './tags-wire.js';

/** A certificate (DER) is never near this size; a chain holds at most this many. */
export const MAX_CERTIFICATE_BYTES = 64 * 1024;
export const MAX_CHAIN_LENGTH = 10;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Strict standard base64 (the spec's `format: byte`): padding as RFC 4648 writes it, no
 * whitespace, no leftover bits, bounded on the text before anything is decoded. Messages name
 * the field and never quote it.
 */
export function decodeBase64(text: unknown, field: string, maxBytes: number): Buffer {
  if (typeof text !== 'string') throw new BadParameterError(`Invalid field '${field}': expected a base64 string.`);
  if (text.length > Math.ceil(maxBytes / 3) * 4) throw new BadParameterError(`Invalid field '${field}': longer than ${maxBytes} bytes.`);
  const bytes = Buffer.from(text, 'base64');
  if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text) || bytes.toString('base64') !== text) {
    throw new BadParameterError(`Invalid field '${field}': expected standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding).`);
  }
  return bytes;
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export interface CertificateBundle {
  readonly id: string;
  /** Absent for a certificate imported without its private key: it has no key. */
  readonly kid?: string;
  readonly sid: string;
  readonly x5t: string;
  readonly cer: string;
  readonly contentType?: string;
  readonly attributes: WireAttributes;
  readonly tags?: Readonly<Record<string, string>>;
  readonly policy?: CertificatePolicyWire;
  readonly chain?: readonly string[];
}

interface X509Info {
  readonly subject: string;
  readonly issuer: string;
  readonly serial_number: string;
  readonly x5t_s256: string;
  readonly sans?: ReturnType<typeof sansWire>;
}

export interface CertificateItem {
  readonly id: string;
  readonly attributes: WireAttributes;
  readonly tags?: Readonly<Record<string, string>>;
  readonly x5t: string;
  readonly x509_info: X509Info;
}

interface Deletion {
  readonly recoveryId: string;
  readonly deletedDate: number;
  readonly scheduledPurgeDate: number;
}

export type DeletedCertificateBundle = CertificateBundle & Deletion;
export type DeletedCertificateItem = CertificateItem & Deletion;

/** `/keys/name/version` (the domain's keyId, secretId) as an absolute id on `origin`. */
function managedId(origin: string, relative: string, collection: 'keys' | 'secrets'): string {
  const [, found, name, version] = relative.split('/');
  if (found !== collection || name === undefined || version === undefined) throw new BadParameterError(`Invalid ${collection} id of a certificate: expected /${collection}/name/version.`);
  return objectId(origin, collection, name, version);
}

/** GET, import, merge, PATCH, recover and restore answer this; the policy comes with the latest version only. */
export function certificateBundle(origin: string, certificate: VaultCertificate): CertificateBundle {
  const { properties, policy } = certificate;
  return {
    id: objectId(origin, 'certificates', certificate.name, properties.version),
    ...(certificate.keyId === undefined ? {} : { kid: managedId(origin, certificate.keyId, 'keys') }),
    sid: managedId(origin, certificate.secretId, 'secrets'),
    x5t: encodeBase64url(properties.x509Thumbprint),
    cer: base64(certificate.cer),
    ...(policy === undefined ? {} : { contentType: policy.contentType }),
    attributes: attributesWire(properties),
    ...tagsWire(properties.tags),
    ...(policy === undefined ? {} : { policy: certificatePolicyWire(origin, certificate.name, policy) }),
    ...(certificate.chain.length === 0 ? {} : { chain: certificate.chain.map(base64) }),
  };
}

/** A list entry: the base id in GET /certificates (latest version), each version's id in /versions. */
export function certificateItem(origin: string, properties: CertificateProperties, versioned: boolean): CertificateItem {
  const sans = sansWire(properties.subjectAlternativeNames);
  return {
    id: objectId(origin, 'certificates', properties.name, versioned ? properties.version : undefined),
    attributes: attributesWire(properties),
    ...tagsWire(properties.tags),
    x5t: encodeBase64url(properties.x509Thumbprint),
    x509_info: {
      subject: properties.subject, issuer: properties.issuer, serial_number: properties.serialNumber,
      x5t_s256: encodeBase64url(properties.x509ThumbprintSha256), ...(sans === undefined ? {} : { sans }),
    },
  };
}

function deletion(origin: string, deleted: DeletedCertificate): Deletion {
  return {
    recoveryId: recoveryId(origin, 'certificates', deleted.certificate.name),
    deletedDate: toUnixSeconds(deleted.deletedOn),
    scheduledPurgeDate: toUnixSeconds(deleted.scheduledPurgeDate),
  };
}

/** DELETE /certificates/{name} and GET /deletedcertificates/{name}. */
export function deletedCertificateBundle(origin: string, deleted: DeletedCertificate): DeletedCertificateBundle {
  return { ...certificateBundle(origin, deleted.certificate), ...deletion(origin, deleted) };
}

export function deletedCertificateItem(origin: string, deleted: DeletedCertificate): DeletedCertificateItem {
  return { ...certificateItem(origin, deleted.certificate.properties, false), ...deletion(origin, deleted) };
}

export interface CertificateOperationWire {
  readonly id: string;
  readonly issuer: { readonly name: string };
  readonly csr?: string;
  readonly cancellation_requested: boolean;
  readonly status: CertificateOperationStatus;
  readonly status_details?: string;
  readonly error?: { readonly code: string; readonly message: string };
  readonly target?: string;
  readonly request_id: string;
}

/** POST …/create (202), GET|PATCH|DELETE …/pending and Coffer's POST …/renew answer this. */
export function certificateOperationWire(origin: string, operation: CertificateOperation): CertificateOperationWire {
  const base = objectId(origin, 'certificates', operation.name);
  return {
    id: `${base}/pending`,
    issuer: { name: operation.issuerName },
    ...(operation.csr.length === 0 ? {} : { csr: base64(operation.csr) }),
    cancellation_requested: operation.cancellationRequested,
    status: operation.status,
    ...(operation.statusDetails === undefined ? {} : { status_details: operation.statusDetails }),
    ...(operation.error === undefined ? {} : { error: { code: operation.error.code, message: operation.error.message } }),
    ...(operation.target === undefined ? {} : { target: `${vaultOrigin(origin)}${operation.target}` }),
    request_id: operation.requestId,
  };
}

// --- the client's side ------------------------------------------------------------------

const STATUSES: readonly CertificateOperationStatus[] = ['inProgress', 'completed', 'cancelled', 'failed'];

/** A relative `/keys/name/version` from an absolute kid or sid. */
function relativeId(id: string, collection: 'keys' | 'secrets'): string {
  const parsed = parseObjectId(id, collection);
  return `/${collection}/${parsed.name}${parsed.version === undefined ? '' : `/${parsed.version}`}`;
}

function decodeChain(list: readonly unknown[] | undefined, field: string): Buffer[] {
  if (list === undefined) return [];
  if (list.length > MAX_CHAIN_LENGTH) throw new BadParameterError(`Invalid field '${field}': at most ${MAX_CHAIN_LENGTH} certificates.`);
  return list.map((entry, i) => decodeBase64(entry, `${field}[${i}]`, MAX_CERTIFICATE_BYTES));
}

/** Properties as the domain has them, from the wire's id, attributes and tags and the certificate itself. */
function propertiesFrom(body: JsonObject, name: string, version: string | undefined, cer: Uint8Array): CertificateProperties & { readonly version: string } {
  const { exportable: _exportable, ...attributes } = parseWireAttributes(readNullable(body, 'attributes'));
  const info = certificateInfo(cer);
  return {
    name, version: version ?? '', ...attributes, tags: parseTags(body) ?? {}, managed: false,
    x509Thumbprint: info.x5t, x509ThumbprintSha256: info.x5tS256, subject: info.subject, issuer: info.issuer,
    serialNumber: info.serialNumber, subjectAlternativeNames: info.subjectAlternativeNames,
  };
}

/** Reads a CertificateBundle (the remote client); subject, issuer, serial and SANs are read from `cer` itself. */
export function parseCertificateBundle(input: unknown): VaultCertificate {
  const body = readObject(input, 'certificate');
  const id = parseObjectId(requiredString(body, 'id'), 'certificates');
  if (id.version === undefined) throw new BadParameterError("Invalid field 'id': expected the id of a certificate version.");
  const cer = decodeBase64(readNullable(body, 'cer'), 'cer', MAX_CERTIFICATE_BYTES);
  const policy = readNullable(body, 'policy') ?? undefined;
  const kid = optionalString(body, 'kid');
  return {
    name: id.name,
    properties: propertiesFrom(body, id.name, id.version, cer),
    cer,
    chain: decodeChain(optionalArray(body, 'chain'), 'chain'),
    keyId: kid === undefined ? undefined : relativeId(kid, 'keys'),
    secretId: relativeId(requiredString(body, 'sid'), 'secrets'),
    ...(policy === undefined ? {} : { policy: parseCertificatePolicy(policy) }),
  };
}

export function parseDeletedCertificateBundle(input: unknown): DeletedCertificate {
  const body = readObject(input, 'deleted certificate');
  const certificate = parseCertificateBundle(body);
  parseRecoveryId(requiredString(body, 'recoveryId'), 'certificates');
  return { certificate, deletedOn: requiredUnixSeconds(body, 'deletedDate'), scheduledPurgeDate: requiredUnixSeconds(body, 'scheduledPurgeDate') };
}

/** A list entry's properties, `version` undefined for a base id; undefined when it has no `x509_info` (Azure's items), which the caller then reads whole. */
export function parseCertificateItem(input: unknown): { readonly name: string; readonly version: string | undefined; readonly properties: CertificateProperties | undefined } {
  const body = readObject(input, 'certificate item');
  const id = parseObjectId(requiredString(body, 'id'), 'certificates');
  const info = optionalObject(body, 'x509_info');
  if (info === undefined) return { name: id.name, version: id.version, properties: undefined };
  const { exportable: _exportable, ...attributes } = parseWireAttributes(readNullable(body, 'attributes'));
  const sans = optionalObject(info, 'sans', 'x509_info') ?? {};
  const names = (field: string): string[] => stringList(sans, field, 'x509_info.sans', { maxItems: 1000, maxChars: 1024 }) ?? [];
  const properties: CertificateProperties = {
    name: id.name, version: id.version ?? '', ...attributes, tags: parseTags(body) ?? {}, managed: false,
    x509Thumbprint: decodeBase64url(readNullable(body, 'x5t'), 'x5t', { min: 20, max: 20 }),
    x509ThumbprintSha256: decodeBase64url(readNullable(info, 'x5t_s256'), 'x509_info.x5t_s256', { min: 32, max: 32 }),
    subject: requiredString(info, 'subject', 'x509_info'),
    issuer: requiredString(info, 'issuer', 'x509_info'),
    serialNumber: requiredString(info, 'serial_number', 'x509_info'),
    subjectAlternativeNames: { dnsNames: names('dns_names'), emails: names('emails'), upns: names('upns'), ipAddresses: names('ipAddresses') },
  };
  return { name: id.name, version: id.version, properties };
}

/** Reads a CertificateOperation; `name` is the certificate the request was about. */
export function parseCertificateOperation(input: unknown, name: string): CertificateOperation {
  const body = readObject(input, 'certificate operation');
  const status = readNullable(body, 'status');
  const found = STATUSES.find((candidate) => candidate === status);
  if (found === undefined) throw new BadParameterError(`Invalid field 'status': expected one of ${STATUSES.join(', ')}.`);
  const issuer = optionalObject(body, 'issuer');
  const error = optionalObject(body, 'error');
  const target = optionalString(body, 'target');
  const csr = readNullable(body, 'csr') ?? undefined;
  return {
    name, status: found,
    statusDetails: optionalString(body, 'status_details'),
    issuerName: (issuer === undefined ? undefined : optionalString(issuer, 'name', 'issuer')) ?? '',
    csr: csr === undefined ? new Uint8Array() : decodeBase64(csr, 'csr', MAX_CERTIFICATE_BYTES),
    cancellationRequested: optionalBoolean(body, 'cancellation_requested') ?? false,
    requestId: optionalString(body, 'request_id') ?? '',
    error: error === undefined ? undefined : { code: optionalString(error, 'code', 'error') ?? 'Unknown', message: optionalString(error, 'message', 'error') ?? '' },
    target: target === undefined ? undefined : `/certificates/${parseObjectId(target, 'certificates').name}`,
  };
}

export interface CertificateRenewalWire {
  readonly result: CertificateRenewalOutcome['result'];
  readonly reason?: string;
  readonly operation?: CertificateOperationWire;
  readonly certificate: CertificateBundle;
}

/** Coffer's POST /certificates/{name}/renewifdue: what the pass did, the operation it started, and the certificate as it now is. */
export function certificateRenewalWire(origin: string, outcome: CertificateRenewalOutcome): CertificateRenewalWire {
  return {
    result: outcome.result,
    ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
    ...(outcome.operation === undefined ? {} : { operation: certificateOperationWire(origin, outcome.operation) }),
    certificate: certificateBundle(origin, outcome.certificate),
  };
}

const RESULTS: readonly CertificateRenewalOutcome['result'][] = ['renewed', 'notify', 'not-due'];

export function parseCertificateRenewal(input: unknown, name: string): CertificateRenewalOutcome {
  const body = readObject(input, 'certificate renewal');
  const result = RESULTS.find((candidate) => candidate === readNullable(body, 'result'));
  if (result === undefined) throw new BadParameterError(`Invalid field 'result': expected one of ${RESULTS.join(', ')}.`);
  const operation = readNullable(body, 'operation') ?? undefined;
  const reason = optionalString(body, 'reason');
  return {
    name, result, ...(reason === undefined ? {} : { reason }),
    operation: operation === undefined ? undefined : parseCertificateOperation(operation, name),
    certificate: parseCertificateBundle(readNullable(body, 'certificate')),
  };
}

/**
 * GET /certificates/{name}/ while the first version is still a pending request: Azure answers
 * such a certificate with a bundle that has no `cer`, and the SDK's getCertificateOperation
 * reads the certificate before the operation, so it needs a 200 here. The id names the pending
 * request (`…/{name}/pending`), as the SDK's own create poller reports it.
 */
export function pendingCertificateWire(origin: string, operation: CertificateOperation): { readonly id: string; readonly attributes: { readonly enabled: false } } {
  return { id: `${objectId(origin, 'certificates', operation.name)}/pending`, attributes: { enabled: false } };
}

/** Whether an answer to GET /certificates/{name}/ is a pending certificate's (no `cer`), for the remote client. */
export function isPendingCertificate(input: unknown): boolean {
  return input !== null && typeof input === 'object' && !Array.isArray(input) && (readNullable(input as JsonObject, 'cer') ?? undefined) === undefined;
}
