/**
 * The bodies of certificate requests (certificates.json CertificateCreateParameters,
 * CertificateImportParameters, CertificateUpdateParameters, CertificateMergeParameters,
 * CertificateOperationUpdateParameter): read by the server into the vault's options, written by
 * the remote client from them.
 *
 * A certificate version's dates are the certificate's own validity, so `attributes.nbf` and
 * `attributes.exp` of a request are ignored (as the certificate would contradict them); only
 * `enabled` is read. An import's `value` and `pwd` are never quoted in any message.
 */
import { BadParameterError } from '../core/errors.js';
import type {
  CertificatePolicyInput, CreateCertificateOptions, ImportCertificateOptions, UpdateCertificateOptions,
} from '../core/certificates/model.js';
import type { Tags } from '../core/model.js';
import { optionalArray, optionalBoolean, optionalObject, readNullable, readObject, type JsonObject } from './body-fields.js';
import { certificatePolicyInputWire, parseCertificatePolicyInput } from './certificate-policy-wire.js';
import { decodeBase64, MAX_CERTIFICATE_BYTES, MAX_CHAIN_LENGTH } from './certificates-wire.js';
import { parseTags } from './tags-wire.js';

/** An imported file (PEM or PKCS#12) is at most 256 KiB (core/certificates/formats.ts); base64'd, this many characters. */
const MAX_IMPORT_BYTES = 256 * 1024;
export const MAX_IMPORT_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
const MAX_PASSWORD_CHARS = 1024;

interface NewVersionOptions {
  readonly enabled?: boolean;
  readonly tags?: Tags;
}

/** `attributes.enabled` and `tags`, the options every new version and update takes. */
function versionOptions(body: JsonObject): NewVersionOptions {
  const attributes = optionalObject(body, 'attributes');
  const enabled = attributes === undefined ? undefined : optionalBoolean(attributes, 'enabled', 'attributes');
  const tags = parseTags(body);
  return { ...(enabled === undefined ? {} : { enabled }), ...(tags === undefined ? {} : { tags }) };
}

function optionalPolicy(body: JsonObject): CertificatePolicyInput | undefined {
  const policy = readNullable(body, 'policy') ?? undefined;
  return policy === undefined ? undefined : parseCertificatePolicyInput(policy);
}

/** POST /certificates/{name}/create: `{policy, attributes, tags}`; a policy left out takes the vault's defaults. */
export function parseCertificateCreateParameters(input: unknown): { policy: CertificatePolicyInput; options: CreateCertificateOptions } {
  const body = readObject(input, 'certificate create request');
  return { policy: optionalPolicy(body) ?? {}, options: versionOptions(body) };
}

/**
 * POST /certificates/{name}/import: `value` is PEM text (as the SDKs send a PEM file) or the
 * base64 of a PKCS#12 or PEM file; `pwd` the PKCS#12 password. The file's bytes are returned for
 * the vault to read; only their form and size are checked here.
 */
export function parseCertificateImportParameters(input: unknown): { data: Buffer; options: ImportCertificateOptions } {
  const body = readObject(input, 'certificate import request');
  const value = readNullable(body, 'value') ?? undefined;
  if (typeof value !== 'string') throw new BadParameterError("Missing field 'value': expected the certificate as PEM text or base64.");
  if (value.length > MAX_IMPORT_CHARS) throw new BadParameterError(`Invalid field 'value': longer than ${MAX_IMPORT_CHARS} characters.`);
  const data = value.includes('-----BEGIN ') ? Buffer.from(value, 'utf8') : decodeBase64(value, 'value', MAX_IMPORT_BYTES);
  const password = readNullable(body, 'pwd') ?? undefined;
  if (password !== undefined && (typeof password !== 'string' || password.length > MAX_PASSWORD_CHARS)) {
    throw new BadParameterError(`Invalid field 'pwd': expected a string of at most ${MAX_PASSWORD_CHARS} characters.`);
  }
  const policy = optionalPolicy(body);
  return {
    data,
    options: { ...(password === undefined || password === '' ? {} : { password }), ...(policy === undefined ? {} : { policy }), ...versionOptions(body) },
  };
}

/** PATCH /certificates/{name}/{version}: `attributes.enabled` and `tags`. A policy has its own route, so one here is refused, not dropped. */
export function parseCertificateUpdateParameters(input: unknown): UpdateCertificateOptions {
  const body = readObject(input, 'certificate update request');
  if ((readNullable(body, 'policy') ?? undefined) !== undefined) {
    throw new BadParameterError("Invalid field 'policy': change a certificate's policy with PATCH /certificates/{name}/policy.");
  }
  return versionOptions(body);
}

/** POST /certificates/{name}/pending/merge: `x5c`, the signed certificate first, then its issuers (base64 DER each). */
export function parseCertificateMergeParameters(input: unknown): { chain: Buffer[]; options: CreateCertificateOptions } {
  const body = readObject(input, 'certificate merge request');
  const x5c = optionalArray(body, 'x5c');
  if (x5c === undefined || x5c.length === 0 || x5c.length > MAX_CHAIN_LENGTH) {
    throw new BadParameterError(`Invalid field 'x5c': expected 1-${MAX_CHAIN_LENGTH} certificates (base64 DER), the signed one first.`);
  }
  return { chain: x5c.map((entry, i) => decodeBase64(entry, `x5c[${i}]`, MAX_CERTIFICATE_BYTES)), options: versionOptions(body) };
}

/** PATCH /certificates/{name}/pending: `{cancellation_requested: true}`, the one change a pending request takes. */
export function parseCertificateOperationUpdate(input: unknown): void {
  const body = readObject(input, 'certificate operation update');
  if (optionalBoolean(body, 'cancellation_requested') !== true) {
    throw new BadParameterError("Invalid field 'cancellation_requested': expected true (a pending request can only be cancelled).");
  }
}

// --- the client's side ------------------------------------------------------------------

function optionsWire(options: NewVersionOptions): JsonObject {
  return { ...(options.enabled === undefined ? {} : { attributes: { enabled: options.enabled } }), ...(options.tags === undefined ? {} : { tags: { ...options.tags } }) };
}

export function certificateCreateWire(policy: CertificatePolicyInput, options: CreateCertificateOptions = {}): JsonObject {
  return { policy: certificatePolicyInputWire(policy), ...optionsWire(options) };
}

/** A PEM file goes as its text (what Azure expects of PEM), anything else as base64. */
export function certificateImportWire(data: Uint8Array, options: ImportCertificateOptions = {}): JsonObject {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const text = bytes.toString('utf8');
  const value = text.includes('-----BEGIN ') && Buffer.from(text, 'utf8').equals(bytes) ? text : bytes.toString('base64');
  return {
    value,
    ...(options.password === undefined || options.password === '' ? {} : { pwd: options.password }),
    ...(options.policy === undefined ? {} : { policy: certificatePolicyInputWire(options.policy) }),
    ...optionsWire(options),
  };
}

export function certificateUpdateWire(options: UpdateCertificateOptions): JsonObject {
  return optionsWire(options);
}

export function certificateMergeWire(chain: readonly Uint8Array[], options: CreateCertificateOptions = {}): JsonObject {
  return { x5c: chain.map((der) => Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64')), ...optionsWire(options) };
}
