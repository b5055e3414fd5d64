/**
 * Certificate issuers and contacts on the wire (certificates.json IssuerBundle,
 * CertificateIssuerItem, CertificateIssuerSetParameters, CertificateIssuerUpdateParameters,
 * Contacts).
 *
 * Coffer's issuers are vault CAs, told apart from Azure's provider accounts by their provider:
 * `{provider: "Coffer", credentials: {account_id: <the CA certificate's name>}, attributes:
 * {enabled, created, updated}}`. A request's `pwd` and `org_details` mean nothing to a vault CA
 * and are ignored; a password is never stored or answered. Issuer list items carry the
 * issuer's credentials and attributes as well (the SDKs read only `id` and `provider`), so that
 * a listing needs no read per issuer.
 */
import { BadParameterError, quote } from '../core/errors.js';
import type { CertificateContact, CertificateIssuer, CreateIssuerOptions, UpdateIssuerOptions } from '../core/certificates/model.js';
import { fromUnixSeconds, MAX_UNIX_SECONDS, toUnixSeconds } from './attributes-wire.js';
import { optionalArray, optionalBoolean, optionalInteger, optionalObject, optionalString, readObject, requiredString, type JsonObject } from './body-fields.js';
import { validateName } from '../core/names.js';
import { vaultOrigin } from './ids.js';

export const COFFER_PROVIDER = 'Coffer';
/** Azure's limit on contacts, and a bound on each field. */
export const MAX_CONTACTS = 32;
const MAX_CONTACT_CHARS = 256;

export interface IssuerBundle {
  readonly id: string;
  readonly provider: typeof COFFER_PROVIDER;
  readonly credentials: { readonly account_id: string };
  readonly attributes: { readonly enabled: boolean; readonly created: number; readonly updated: number };
}

export type IssuerItem = IssuerBundle;

export interface ContactsWire {
  readonly id: string;
  readonly contacts: readonly { readonly email?: string; readonly name?: string; readonly phone?: string }[];
}

/** `{origin}/certificates/issuers/{name}`, as Azure writes an issuer's id. */
export function issuerId(origin: string, name: string): string {
  return `${vaultOrigin(origin)}/certificates/issuers/${validateName(name, 'issuer')}`;
}

/** GET, PUT, PATCH and DELETE /certificates/issuers/{name} answer this; list items are the same. */
export function issuerBundle(origin: string, issuer: CertificateIssuer): IssuerBundle {
  return {
    id: issuerId(origin, issuer.name),
    provider: COFFER_PROVIDER,
    credentials: { account_id: issuer.certificateName },
    attributes: { enabled: issuer.enabled, created: toUnixSeconds(issuer.createdOn), updated: toUnixSeconds(issuer.updatedOn) },
  };
}

function checkProvider(body: JsonObject, required: boolean): void {
  const provider = optionalString(body, 'provider');
  if (provider === undefined && !required) return;
  if (provider !== COFFER_PROVIDER) {
    throw new BadParameterError(`Invalid field 'provider'${provider === undefined ? '' : ` ${quote(provider)}`}: expected '${COFFER_PROVIDER}' (a vault CA, backed by a CA certificate in this vault).`);
  }
}

function accountId(body: JsonObject): string | undefined {
  const credentials = optionalObject(body, 'credentials');
  return credentials === undefined ? undefined : optionalString(credentials, 'account_id', 'credentials');
}

function enabledOf(body: JsonObject): boolean | undefined {
  const attributes = optionalObject(body, 'attributes');
  return attributes === undefined ? undefined : optionalBoolean(attributes, 'enabled', 'attributes');
}

/** PUT /certificates/issuers/{name}: provider Coffer and the CA certificate's name as `credentials.account_id`. */
export function parseIssuerSetParameters(input: unknown): CreateIssuerOptions {
  const body = readObject(input, 'issuer set request');
  checkProvider(body, true);
  const certificateName = accountId(body);
  if (certificateName === undefined) throw new BadParameterError("Missing field 'credentials.account_id': expected the name of the CA certificate that signs for this issuer.");
  const enabled = enabledOf(body);
  return { certificateName, ...(enabled === undefined ? {} : { enabled }) };
}

/** PATCH /certificates/issuers/{name}: the CA certificate and `enabled`, each optional. */
export function parseIssuerUpdateParameters(input: unknown): UpdateIssuerOptions {
  const body = readObject(input, 'issuer update request');
  checkProvider(body, false);
  const certificateName = accountId(body);
  const enabled = enabledOf(body);
  return { ...(certificateName === undefined ? {} : { certificateName }), ...(enabled === undefined ? {} : { enabled }) };
}

export function contactsWire(origin: string, contacts: readonly CertificateContact[]): ContactsWire {
  return {
    id: `${vaultOrigin(origin)}/certificates/contacts`,
    contacts: contacts.map((c) => ({
      ...(c.email === undefined ? {} : { email: c.email }), ...(c.name === undefined ? {} : { name: c.name }), ...(c.phone === undefined ? {} : { phone: c.phone }),
    })),
  };
}

function parseContact(input: unknown, index: number): CertificateContact {
  const path = `contacts[${index}]`;
  const entry = readObject(input, `field '${path}'`);
  const field = (name: string): string | undefined => {
    const value = optionalString(entry, name, path);
    if (value !== undefined && value.length > MAX_CONTACT_CHARS) throw new BadParameterError(`Invalid field '${path}.${name}': longer than ${MAX_CONTACT_CHARS} characters.`);
    return value;
  };
  const email = field('email');
  const name = field('name');
  const phone = field('phone');
  return { ...(email === undefined ? {} : { email }), ...(name === undefined ? {} : { name }), ...(phone === undefined ? {} : { phone }) };
}

/** PUT /certificates/contacts (request) and the Contacts of any answer (the client): at most 32. */
export function parseContacts(input: unknown): CertificateContact[] {
  const body = readObject(input, 'contacts');
  const contacts = optionalArray(body, 'contacts') ?? [];
  if (contacts.length > MAX_CONTACTS) throw new BadParameterError(`Invalid field 'contacts': at most ${MAX_CONTACTS} contacts, got ${contacts.length}.`);
  return contacts.map(parseContact);
}

// --- the client's side ------------------------------------------------------------------

export function issuerSetWire(options: CreateIssuerOptions): JsonObject {
  return { provider: COFFER_PROVIDER, credentials: { account_id: options.certificateName }, ...(options.enabled === undefined ? {} : { attributes: { enabled: options.enabled } }) };
}

export function issuerUpdateWire(options: UpdateIssuerOptions): JsonObject {
  return {
    ...(options.certificateName === undefined ? {} : { credentials: { account_id: options.certificateName } }),
    ...(options.enabled === undefined ? {} : { attributes: { enabled: options.enabled } }),
  };
}

const ISSUER_ID = /^https:\/\/[^/?#\s]+\/certificates\/issuers\/([0-9a-zA-Z-]{1,127})$/;

/** An issuer's name from its id; undefined when the text is not an issuer id. */
export function issuerNameOf(id: string): string | undefined {
  return ISSUER_ID.exec(id)?.[1];
}

/**
 * Reads an IssuerBundle (or a Coffer list item). An issuer of another provider (an Azure vault's
 * DigiCert or GlobalSign account) is not a vault CA: undefined, for the caller to skip or refuse.
 */
export function parseIssuerBundle(input: unknown): CertificateIssuer | undefined {
  const body = readObject(input, 'issuer');
  const id = requiredString(body, 'id');
  const name = issuerNameOf(id);
  if (name === undefined) throw new BadParameterError("Invalid field 'id': expected https://host/certificates/issuers/name.");
  if (optionalString(body, 'provider') !== COFFER_PROVIDER) return undefined;
  const certificateName = accountId(body);
  const attributes = optionalObject(body, 'attributes');
  if (certificateName === undefined || attributes === undefined) return undefined;
  const seconds = (field: string): Date => fromUnixSeconds(optionalInteger(attributes, field, { min: 0, max: MAX_UNIX_SECONDS }, 'attributes') ?? 0);
  return {
    name, provider: COFFER_PROVIDER, certificateName, enabled: optionalBoolean(attributes, 'enabled', 'attributes') ?? true,
    createdOn: seconds('created'), updatedOn: seconds('updated'),
  };
}
