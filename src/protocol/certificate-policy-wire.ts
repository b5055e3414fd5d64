/**
 * The certificate policy on the wire (certificates.json `CertificatePolicy`, 2025-07-01):
 * `{id, key_props, secret_props, x509_props, lifetime_actions, issuer, attributes}`, snake_case,
 * times in Unix seconds. IP SANs are `x509_props.sans.ipAddresses`, the spec's own name since
 * 2025-07-01. One Coffer extension, which the SDKs ignore: `x509_props.basic_constraints: {ca}`
 * for the policy's `ca` (a CA certificate).
 *
 * Requests are read strictly and bounded: every field that is present must have its type and
 * range, or the request is refused with the field's JSON path; fields Coffer does not know are
 * ignored, as Azure ignores them. Fields left out stay out of the CertificatePolicyInput, so the
 * vault applies its defaults (create) or keeps the current value (update).
 */
import { BadParameterError, quote } from '../core/errors.js';
import {
  CERTIFICATE_CURVES, KEY_USAGES, PEM_CONTENT_TYPE, PKCS12_CONTENT_TYPE, SELF_ISSUER, type CertificateContentType, type CertificateCurve, type CertificateKeyType,
  type CertificateLifetimeAction, type CertificatePolicy, type CertificatePolicyInput, type KeyUsageName, type SubjectAlternativeNames,
} from '../core/certificates/model.js';
import { fromUnixSeconds, MAX_UNIX_SECONDS, toUnixSeconds } from './attributes-wire.js';
import {
  optionalArray, optionalBoolean, optionalInteger, optionalObject, optionalString, readNullable, readObject, type JsonObject,
} from './body-fields.js';
import { objectId } from './ids.js';

/** Bounds of what a policy may carry: far above any real policy, so that a body cannot make the vault do much work. */
export const POLICY_LIMITS = { subjectChars: 1024, sanEntries: 100, sanChars: 255, ekus: 32, lifetimeActions: 10, issuerChars: 127 } as const;

const KEY_TYPES: Readonly<Record<string, CertificateKeyType>> = { RSA: 'RSA', 'RSA-HSM': 'RSA', EC: 'EC', 'EC-HSM': 'EC' };
const CURVE_BITS: Readonly<Record<CertificateCurve, number>> = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };
const CONTENT_TYPES: readonly CertificateContentType[] = [PKCS12_CONTENT_TYPE, PEM_CONTENT_TYPE];
const ACTIONS: readonly CertificateLifetimeAction['action'][] = ['AutoRenew', 'EmailContacts'];
const OID = /^[0-2](\.(0|[1-9][0-9]{0,9})){1,31}$/;

interface SansWire {
  readonly dns_names?: readonly string[];
  readonly emails?: readonly string[];
  readonly upns?: readonly string[];
  readonly ipAddresses?: readonly string[];
}

export interface CertificatePolicyWire {
  readonly id: string;
  readonly key_props: { readonly exportable: boolean; readonly kty: CertificateKeyType; readonly key_size?: number; readonly reuse_key: boolean; readonly crv?: CertificateCurve };
  readonly secret_props: { readonly contentType: CertificateContentType };
  readonly x509_props: {
    readonly subject: string;
    readonly sans?: SansWire;
    readonly ekus: readonly string[];
    readonly key_usage: readonly KeyUsageName[];
    readonly validity_months: number;
    readonly basic_constraints?: { readonly ca: true };
  };
  readonly lifetime_actions: readonly { readonly trigger: { readonly lifetime_percentage?: number; readonly days_before_expiry?: number }; readonly action: { readonly action_type: string } }[];
  readonly issuer: { readonly name: string };
  readonly attributes: { readonly enabled: boolean; readonly created?: number; readonly updated?: number };
}

/** The `sans` member: only the kinds that have entries, and none at all when there are none (as Azure answers). */
export function sansWire(sans: SubjectAlternativeNames): SansWire | undefined {
  const wire: SansWire = {
    ...(sans.dnsNames.length === 0 ? {} : { dns_names: [...sans.dnsNames] }),
    ...(sans.emails.length === 0 ? {} : { emails: [...sans.emails] }),
    ...(sans.upns.length === 0 ? {} : { upns: [...sans.upns] }),
    ...(sans.ipAddresses.length === 0 ? {} : { ipAddresses: [...sans.ipAddresses] }),
  };
  return Object.keys(wire).length === 0 ? undefined : wire;
}

function lifetimeActionWire(action: CertificateLifetimeAction): CertificatePolicyWire['lifetime_actions'][number] {
  const trigger = action.lifetimePercentage === undefined ? { days_before_expiry: action.daysBeforeExpiry ?? 0 } : { lifetime_percentage: action.lifetimePercentage };
  return { trigger, action: { action_type: action.action } };
}

/** A certificate's policy as GET /certificates/{name}/policy answers it; its id is `{origin}/certificates/{name}/policy`. */
export function certificatePolicyWire(origin: string, name: string, policy: CertificatePolicy): CertificatePolicyWire {
  const sans = sansWire(policy.subjectAlternativeNames);
  return {
    id: `${objectId(origin, 'certificates', name)}/policy`,
    key_props: {
      exportable: policy.exportable, kty: policy.keyType,
      ...(policy.keySize === undefined ? {} : { key_size: policy.keySize }),
      reuse_key: policy.reuseKey,
      ...(policy.curve === undefined ? {} : { crv: policy.curve }),
    },
    secret_props: { contentType: policy.contentType },
    x509_props: {
      subject: policy.subject, ...(sans === undefined ? {} : { sans }), ekus: [...policy.enhancedKeyUsage], key_usage: [...policy.keyUsage],
      validity_months: policy.validityInMonths, ...(policy.ca ? { basic_constraints: { ca: true as const } } : {}),
    },
    lifetime_actions: policy.lifetimeActions.map(lifetimeActionWire),
    issuer: { name: policy.issuerName },
    attributes: {
      enabled: policy.enabled,
      ...(policy.createdOn === undefined ? {} : { created: toUnixSeconds(policy.createdOn) }),
      ...(policy.updatedOn === undefined ? {} : { updated: toUnixSeconds(policy.updatedOn) }),
    },
  };
}

// --- reading a request's policy ---------------------------------------------------------

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new BadParameterError(`Invalid field '${field}': expected one of ${allowed.join(', ')}.`);
  return found;
}

/** An array of strings, each 1–`maxChars` long, at most `maxItems`; undefined when absent or null. */
export function stringList(body: JsonObject, field: string, path: string, bounds: { maxItems: number; maxChars: number }): string[] | undefined {
  const list = optionalArray(body, field, path);
  if (list === undefined) return undefined;
  const where = `${path}.${field}`;
  if (list.length > bounds.maxItems) throw new BadParameterError(`Invalid field '${where}': at most ${bounds.maxItems} entries, got ${list.length}.`);
  return list.map((entry, i) => {
    if (typeof entry !== 'string' || entry.length === 0 || entry.length > bounds.maxChars) {
      throw new BadParameterError(`Invalid field '${where}[${i}]': expected a string of 1-${bounds.maxChars} characters.`);
    }
    return entry;
  });
}

function parseKeyProps(body: JsonObject): Partial<Pick<CertificatePolicyInput, 'keyType' | 'keySize' | 'curve' | 'exportable' | 'reuseKey'>> {
  const props = optionalObject(body, 'key_props', 'policy');
  if (props === undefined) return {};
  const path = 'policy.key_props';
  const kty = readNullable(props, 'kty') ?? undefined;
  const keyType = kty === undefined ? undefined : KEY_TYPES[oneOf(kty, Object.keys(KEY_TYPES), `${path}.kty`)];
  const crv = readNullable(props, 'crv') ?? undefined;
  const curve = crv === undefined ? undefined : oneOf(crv, CERTIFICATE_CURVES, `${path}.crv`);
  let keySize = optionalInteger(props, 'key_size', { min: 1, max: 16384 }, path);
  // The SDKs send an EC key's size with its curve (256 with P-256): it says nothing more, unless it
  // disagrees. Without a curve, the vault reads the size as the curve (384 is P-384).
  if (keyType === 'EC' && keySize !== undefined && curve !== undefined) {
    if (keySize !== CURVE_BITS[curve]) {
      throw new BadParameterError(`Invalid field '${path}.key_size': ${keySize} is not the size of the curve ${curve} (${CURVE_BITS[curve]}).`);
    }
    keySize = undefined;
  }
  const exportable = optionalBoolean(props, 'exportable', path);
  const reuseKey = optionalBoolean(props, 'reuse_key', path);
  return {
    ...(keyType === undefined ? {} : { keyType }), ...(keySize === undefined ? {} : { keySize }), ...(curve === undefined ? {} : { curve }),
    ...(exportable === undefined ? {} : { exportable }), ...(reuseKey === undefined ? {} : { reuseKey }),
  };
}

function parseSans(x509: JsonObject): Partial<SubjectAlternativeNames> | undefined {
  const sans = optionalObject(x509, 'sans', 'policy.x509_props');
  if (sans === undefined) return undefined;
  const path = 'policy.x509_props.sans';
  const bounds = { maxItems: POLICY_LIMITS.sanEntries, maxChars: POLICY_LIMITS.sanChars };
  // URIs are in Azure's policy, but not in Coffer's: refused rather than left out of the certificate unsaid.
  if ((stringList(sans, 'uris', path, bounds) ?? []).length > 0) {
    throw new BadParameterError(`Invalid field '${path}.uris': Coffer does not issue URI subject alternative names.`);
  }
  const dnsNames = stringList(sans, 'dns_names', path, bounds);
  const emails = stringList(sans, 'emails', path, bounds);
  const upns = stringList(sans, 'upns', path, bounds);
  const ipAddresses = stringList(sans, 'ipAddresses', path, bounds);
  return {
    ...(dnsNames === undefined ? {} : { dnsNames }), ...(emails === undefined ? {} : { emails }),
    ...(upns === undefined ? {} : { upns }), ...(ipAddresses === undefined ? {} : { ipAddresses }),
  };
}

type X509Input = Pick<CertificatePolicyInput, 'subject' | 'subjectAlternativeNames' | 'enhancedKeyUsage' | 'keyUsage' | 'validityInMonths' | 'ca'>;

function parseX509Props(body: JsonObject): X509Input {
  const x509 = optionalObject(body, 'x509_props', 'policy');
  if (x509 === undefined) return {};
  const path = 'policy.x509_props';
  const subject = optionalString(x509, 'subject', path);
  if (subject !== undefined && subject.length > POLICY_LIMITS.subjectChars) {
    throw new BadParameterError(`Invalid field '${path}.subject': longer than ${POLICY_LIMITS.subjectChars} characters.`);
  }
  const subjectAlternativeNames = parseSans(x509);
  const ekus = stringList(x509, 'ekus', path, { maxItems: POLICY_LIMITS.ekus, maxChars: 128 });
  ekus?.forEach((oid, i) => {
    if (!OID.test(oid)) throw new BadParameterError(`Invalid field '${path}.ekus[${i}]': ${quote(oid)} is not an object identifier such as 1.3.6.1.5.5.7.3.1.`);
  });
  const usages = optionalArray(x509, 'key_usage', path);
  if (usages !== undefined && usages.length > KEY_USAGES.length) throw new BadParameterError(`Invalid field '${path}.key_usage': at most ${KEY_USAGES.length} entries.`);
  const keyUsage = usages?.map((usage, i) => oneOf(usage, KEY_USAGES, `${path}.key_usage[${i}]`));
  const validityInMonths = optionalInteger(x509, 'validity_months', { min: 1, max: 120 }, path);
  const constraints = optionalObject(x509, 'basic_constraints', path);
  const ca = constraints === undefined ? undefined : optionalBoolean(constraints, 'ca', `${path}.basic_constraints`);
  return {
    ...(subject === undefined ? {} : { subject }), ...(subjectAlternativeNames === undefined ? {} : { subjectAlternativeNames }),
    ...(ekus === undefined ? {} : { enhancedKeyUsage: ekus }), ...(keyUsage === undefined ? {} : { keyUsage }),
    ...(validityInMonths === undefined ? {} : { validityInMonths }), ...(ca === undefined ? {} : { ca }),
  };
}

function parseLifetimeAction(input: unknown, index: number): CertificateLifetimeAction {
  const path = `policy.lifetime_actions[${index}]`;
  const entry = readObject(input, `field '${path}'`);
  const trigger = readObject(readNullable(entry, 'trigger') ?? undefined, `field '${path}.trigger'`);
  const action = readObject(readNullable(entry, 'action') ?? undefined, `field '${path}.action'`);
  const actionType = oneOf(readNullable(action, 'action_type'), ACTIONS, `${path}.action.action_type`);
  const lifetimePercentage = optionalInteger(trigger, 'lifetime_percentage', { min: 1, max: 99 }, `${path}.trigger`);
  const daysBeforeExpiry = optionalInteger(trigger, 'days_before_expiry', { min: 1, max: 120 * 31 }, `${path}.trigger`);
  if (lifetimePercentage !== undefined && daysBeforeExpiry === undefined) return { action: actionType, lifetimePercentage };
  if (daysBeforeExpiry !== undefined && lifetimePercentage === undefined) return { action: actionType, daysBeforeExpiry };
  throw new BadParameterError(`Invalid field '${path}.trigger': expected exactly one of lifetime_percentage and days_before_expiry.`);
}

function parseIssuerName(body: JsonObject): string | undefined {
  const issuer = optionalObject(body, 'issuer', 'policy');
  const name = issuer === undefined ? undefined : optionalString(issuer, 'name', 'policy.issuer');
  if (name !== undefined && (name.length === 0 || name.length > POLICY_LIMITS.issuerChars)) {
    throw new BadParameterError(`Invalid field 'policy.issuer.name': expected 1-${POLICY_LIMITS.issuerChars} characters.`);
  }
  return name;
}

/**
 * A request's policy (create, import, PATCH …/policy) as the vault's input: only the fields the
 * request sets. Checked here: types, enumerations and ranges; the vault checks how the fields
 * go together (a key size for the key type, a subject or SANs, an issuer that exists).
 */
export function parseCertificatePolicyInput(input: unknown): CertificatePolicyInput {
  const body = readObject(input, "field 'policy'");
  const secretProps = optionalObject(body, 'secret_props', 'policy');
  const contentTypeText = secretProps === undefined ? undefined : readNullable(secretProps, 'contentType') ?? undefined;
  const contentType = contentTypeText === undefined ? undefined : oneOf(contentTypeText, CONTENT_TYPES, 'policy.secret_props.contentType');
  const actions = optionalArray(body, 'lifetime_actions', 'policy');
  if (actions !== undefined && actions.length > POLICY_LIMITS.lifetimeActions) {
    throw new BadParameterError(`Invalid field 'policy.lifetime_actions': at most ${POLICY_LIMITS.lifetimeActions} actions, got ${actions.length}.`);
  }
  const lifetimeActions = actions?.map(parseLifetimeAction);
  const issuerName = parseIssuerName(body);
  const attributes = optionalObject(body, 'attributes', 'policy');
  const enabled = attributes === undefined ? undefined : optionalBoolean(attributes, 'enabled', 'policy.attributes');
  return {
    ...parseKeyProps(body), ...(contentType === undefined ? {} : { contentType }), ...parseX509Props(body),
    ...(lifetimeActions === undefined ? {} : { lifetimeActions }), ...(issuerName === undefined ? {} : { issuerName }),
    ...(enabled === undefined ? {} : { enabled }),
  };
}

// --- the client's side ------------------------------------------------------------------

/** The body (or `policy` member) the remote client sends for a policy input: only what it sets. */
export function certificatePolicyInputWire(input: CertificatePolicyInput): JsonObject {
  const keyProps = {
    ...(input.exportable === undefined ? {} : { exportable: input.exportable }), ...(input.keyType === undefined ? {} : { kty: input.keyType }),
    ...(input.keySize === undefined ? {} : { key_size: input.keySize }), ...(input.reuseKey === undefined ? {} : { reuse_key: input.reuseKey }),
    ...(input.curve === undefined ? {} : { crv: input.curve }),
  };
  const s = input.subjectAlternativeNames;
  const sans = s === undefined ? undefined : {
    ...(s.dnsNames === undefined ? {} : { dns_names: [...s.dnsNames] }), ...(s.emails === undefined ? {} : { emails: [...s.emails] }),
    ...(s.upns === undefined ? {} : { upns: [...s.upns] }), ...(s.ipAddresses === undefined ? {} : { ipAddresses: [...s.ipAddresses] }),
  };
  const x509 = {
    ...(input.subject === undefined ? {} : { subject: input.subject }), ...(sans === undefined ? {} : { sans }),
    ...(input.enhancedKeyUsage === undefined ? {} : { ekus: [...input.enhancedKeyUsage] }), ...(input.keyUsage === undefined ? {} : { key_usage: [...input.keyUsage] }),
    ...(input.validityInMonths === undefined ? {} : { validity_months: input.validityInMonths }), ...(input.ca === undefined ? {} : { basic_constraints: { ca: input.ca } }),
  };
  const nonEmpty = (object: JsonObject): boolean => Object.keys(object).length > 0;
  return {
    ...(nonEmpty(keyProps) ? { key_props: keyProps } : {}),
    ...(input.contentType === undefined ? {} : { secret_props: { contentType: input.contentType } }),
    ...(nonEmpty(x509) ? { x509_props: x509 } : {}),
    ...(input.lifetimeActions === undefined ? {} : { lifetime_actions: input.lifetimeActions.map(lifetimeActionWire) }),
    ...(input.issuerName === undefined ? {} : { issuer: { name: input.issuerName } }),
    ...(input.enabled === undefined ? {} : { attributes: { enabled: input.enabled } }),
  };
}

const optionalSeconds = (attributes: JsonObject | undefined, field: string): Date | undefined => {
  const seconds = attributes === undefined ? undefined : optionalInteger(attributes, field, { min: 0, max: MAX_UNIX_SECONDS }, 'policy.attributes');
  return seconds === undefined ? undefined : fromUnixSeconds(seconds);
};

/**
 * A policy as a vault answers it, for the remote client. What a request may leave out, an answer
 * may too (Azure leaves out empty members); a member left out reads as Azure's default.
 */
export function parseCertificatePolicy(input: unknown): CertificatePolicy {
  const body = readObject(input, 'certificate policy');
  const given = parseCertificatePolicyInput(body);
  const attributes = optionalObject(body, 'attributes', 'policy');
  const keyType = given.keyType ?? 'RSA';
  const sans = given.subjectAlternativeNames ?? {};
  return {
    keyType,
    keySize: keyType === 'RSA' ? given.keySize ?? 2048 : undefined,
    curve: keyType === 'EC' ? given.curve ?? 'P-256' : undefined,
    exportable: given.exportable ?? true,
    reuseKey: given.reuseKey ?? false,
    contentType: given.contentType ?? PKCS12_CONTENT_TYPE,
    subject: given.subject ?? '',
    subjectAlternativeNames: { dnsNames: sans.dnsNames ?? [], emails: sans.emails ?? [], upns: sans.upns ?? [], ipAddresses: sans.ipAddresses ?? [] },
    enhancedKeyUsage: given.enhancedKeyUsage ?? [],
    keyUsage: given.keyUsage ?? [],
    validityInMonths: given.validityInMonths ?? 12,
    lifetimeActions: given.lifetimeActions ?? [],
    issuerName: given.issuerName ?? SELF_ISSUER,
    ca: given.ca ?? false,
    enabled: given.enabled ?? true,
    createdOn: optionalSeconds(attributes, 'created'),
    updatedOn: optionalSeconds(attributes, 'updated'),
  };
}
