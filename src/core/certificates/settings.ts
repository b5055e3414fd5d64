/**
 * Vault-wide certificate settings: the contacts lifetime actions notify, and the vault CA
 * issuers. Each is stored as a certificate-type object under a reserved name (see records.ts).
 */
import { BadParameterError, VaultError, quote } from '../errors.js';
import { validateName } from '../names.js';
import { CERTIFICATE, latestVersion, liveObject } from '../objects.js';
import type { ObjectContext } from '../secrets.js';
import type { StoredObject, StoreReader, StoreTransaction } from '../store/store.js';
import { SELF_ISSUER, UNKNOWN_ISSUER, type CertificateContact, type CertificateIssuer, type CreateIssuerOptions, type UpdateIssuerOptions } from './model.js';
import { MAILBOX } from './policy.js';
import { CONTACTS_NAME, ISSUER_PREFIX, issuerObjectName, issuerOf, metaOf, storedContacts, storedIssuer, type StoredIssuer } from './records.js';
import { certificateInfo } from './x509.js';

const MAX_CONTACTS = 32;

function settingsObject(name: string, recoverableDays: number, policy: Readonly<Record<string, unknown>>): StoredObject {
  return { type: CERTIFICATE.type, name, recoverableDays, versions: [], policy };
}

export function getContacts(tx: StoreReader): CertificateContact[] {
  return storedContacts(tx.getObject(CERTIFICATE.type, CONTACTS_NAME));
}

function optionalText(value: unknown, what: string, max: number): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > max || /[\u0000-\u001f]/.test(value)) throw new BadParameterError(`Invalid contact ${what}: expected text of at most ${max} characters.`);
  return value;
}

export function setContacts(tx: StoreTransaction, ctx: ObjectContext, contacts: readonly CertificateContact[]): CertificateContact[] {
  if (!Array.isArray(contacts) || contacts.length === 0 || contacts.length > MAX_CONTACTS) {
    throw new BadParameterError(`Invalid contacts: expected a list of 1 to ${MAX_CONTACTS} contacts.`);
  }
  const checked = (contacts as readonly unknown[]).map((given) => {
    const contact = given as { readonly [K in keyof CertificateContact]?: unknown } | null;
    if (contact === null || typeof contact !== 'object') throw new BadParameterError('Invalid contact: expected an object with an email.');
    const email = optionalText(contact.email, 'email', 254);
    if (email === undefined || !MAILBOX.test(email)) throw new BadParameterError(`Invalid contact email ${quote(typeof contact.email === 'string' ? contact.email : '')}: expected an address such as ops@example.com.`);
    const name = optionalText(contact.name, 'name', 128);
    const phone = optionalText(contact.phone, 'phone', 32);
    return { email, ...(name === undefined ? {} : { name }), ...(phone === undefined ? {} : { phone }) };
  });
  tx.putObject(settingsObject(CONTACTS_NAME, ctx.recoverableDays, { contacts: checked }));
  return checked.map((c) => ({ ...c }));
}

export function deleteContacts(tx: StoreTransaction): CertificateContact[] {
  const object = tx.getObject(CERTIFICATE.type, CONTACTS_NAME);
  const contacts = storedContacts(object);
  if (object === undefined) throw new VaultError('CertificateNotFound', 'No certificate contacts are set in this vault.');
  tx.removeObject(CERTIFICATE.type, CONTACTS_NAME);
  return contacts;
}

function validateIssuerName(name: string): string {
  validateName(name, 'issuer');
  if ([SELF_ISSUER, UNKNOWN_ISSUER].some((reserved) => reserved.toLowerCase() === name.toLowerCase())) {
    throw new BadParameterError(`Invalid issuer name ${quote(name)}: ${SELF_ISSUER} and ${UNKNOWN_ISSUER} are built in.`);
  }
  return name;
}

function issuerNotFound(name: string): VaultError {
  return new VaultError('CertificateNotFound', `Issuer ${quote(name)} was not found in this vault.`, { innerCode: 'IssuerNotFound' });
}

/** The CA certificate an issuer is to sign with: live, a CA with keyCertSign, its key in the vault. */
function checkCaCertificate(tx: StoreReader, ctx: ObjectContext, certificateName: unknown): string {
  if (typeof certificateName !== 'string') throw new BadParameterError('Invalid issuer: expected the name of the CA certificate that signs for it.');
  validateName(certificateName, 'certificate');
  let object: StoredObject;
  try {
    object = liveObject(tx, CERTIFICATE, certificateName, ctx.now);
    latestVersion(CERTIFICATE, object);
  } catch {
    throw new BadParameterError(`CA certificate ${quote(certificateName)} was not found: create it first (with ca set) or import it with its key.`);
  }
  const latest = latestVersion(CERTIFICATE, object);
  const meta = metaOf(object.name, latest);
  const info = certificateInfo(Buffer.from(meta.cer, 'base64'));
  if (!info.ca || !info.keyUsage.includes('keyCertSign')) {
    throw new BadParameterError(`Certificate ${quote(object.name)} is not a CA certificate (basicConstraints CA:true with keyCertSign): it cannot sign for an issuer.`);
  }
  if (!meta.hasKey) throw new BadParameterError(`Certificate ${quote(object.name)} has no private key in this vault: it cannot sign for an issuer.`);
  return object.name;
}

export function createIssuer(tx: StoreTransaction, ctx: ObjectContext, name: string, options: CreateIssuerOptions): CertificateIssuer {
  validateIssuerName(name);
  if ((options as unknown) === null || typeof options !== 'object') throw new BadParameterError('Invalid issuer: expected its CA certificate name.');
  if (options.enabled !== undefined && typeof options.enabled !== 'boolean') throw new BadParameterError('Invalid enabled flag: expected true or false.');
  const existing = storedIssuer(tx.getObject(CERTIFICATE.type, issuerObjectName(name)));
  const now = ctx.now.toISOString();
  // As Azure's PUT: creating over an existing issuer replaces it.
  const issuer: StoredIssuer = {
    name: existing?.name ?? name, certificateName: checkCaCertificate(tx, ctx, options.certificateName),
    enabled: options.enabled ?? true, created: existing?.created ?? now, updated: now,
  };
  tx.putObject(settingsObject(issuerObjectName(name), ctx.recoverableDays, { issuer }));
  return issuerOf(issuer);
}

export function getIssuer(tx: StoreReader, name: string): CertificateIssuer {
  validateName(name, 'issuer');
  const issuer = storedIssuer(tx.getObject(CERTIFICATE.type, issuerObjectName(name)));
  if (issuer === undefined) throw issuerNotFound(name);
  return issuerOf(issuer);
}

export function updateIssuer(tx: StoreTransaction, ctx: ObjectContext, name: string, options: UpdateIssuerOptions): CertificateIssuer {
  validateName(name, 'issuer');
  const existing = storedIssuer(tx.getObject(CERTIFICATE.type, issuerObjectName(name)));
  if (existing === undefined) throw issuerNotFound(name);
  if (options.enabled !== undefined && typeof options.enabled !== 'boolean') throw new BadParameterError('Invalid enabled flag: expected true or false.');
  const issuer: StoredIssuer = {
    ...existing,
    certificateName: options.certificateName === undefined ? existing.certificateName : checkCaCertificate(tx, ctx, options.certificateName),
    enabled: options.enabled ?? existing.enabled,
    updated: ctx.now.toISOString(),
  };
  tx.putObject(settingsObject(issuerObjectName(name), ctx.recoverableDays, { issuer }));
  return issuerOf(issuer);
}

export function deleteIssuer(tx: StoreTransaction, name: string): CertificateIssuer {
  const issuer = getIssuer(tx, name);
  tx.removeObject(CERTIFICATE.type, issuerObjectName(name));
  return issuer;
}

export function listIssuers(tx: StoreReader): CertificateIssuer[] {
  return tx.listObjects(CERTIFICATE.type, ISSUER_PREFIX).map(storedIssuer).filter((i): i is StoredIssuer => i !== undefined).map(issuerOf);
}
