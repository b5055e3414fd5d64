/**
 * The CertificateVault over the Key Vault REST API: RemoteVault's `certificates`, loaded by its
 * first call. Each method is one request (lists: one per page, plus a read per entry where the
 * list says too little), through the same KeyVaultHttp as the rest of RemoteVault: bearer token,
 * retries, response bounds, and errors as VaultErrors. Names and versions are checked here
 * first, so that bad input fails before it is sent.
 *
 * Against `coffer serve` everything is one request per call. Against Azure Key Vault, whose
 * list items have no `x509_info`, a listing reads each certificate; vault CA issuers, renew and
 * renew-if-due are Coffer's and are refused by Azure.
 */
import { BadParameterError, VaultError, quote } from '../core/errors.js';
import type {
  CertificateContact, CertificateIssuer, CertificateOperation, CertificatePolicy, CertificatePolicyInput, CertificateProperties,
  CertificateRenewalOutcome, CertificateVault, CreateCertificateOptions, CreateIssuerOptions, DeletedCertificate, ImportCertificateOptions,
  UpdateCertificateOptions, UpdateIssuerOptions, VaultCertificate,
} from '../core/certificates/model.js';
import { MAX_BACKUP_CHARS } from '../core/object-backup.js';
import { validateName, validateVersion } from '../core/names.js';
import { parseBackupResult } from '../protocol/backup-wire.js';
import { checkBase64urlText } from '../protocol/base64url.js';
import { issuerSetWire, issuerUpdateWire, parseContacts, parseIssuerBundle } from '../protocol/certificate-issuers-wire.js';
import { certificatePolicyInputWire, parseCertificatePolicy } from '../protocol/certificate-policy-wire.js';
import {
  certificateCreateWire, certificateImportWire, certificateMergeWire, certificateUpdateWire,
} from '../protocol/certificate-requests-wire.js';
import {
  isPendingCertificate, parseCertificateBundle, parseCertificateItem, parseCertificateOperation, parseCertificateRenewal, parseDeletedCertificateBundle,
} from '../protocol/certificates-wire.js';
import type { KeyVaultHttp } from './key-vault-http.js';
import { mapBounded } from './map-bounded.js';

const certificatePath = (name: string): string => `/certificates/${encodeURIComponent(validateName(name, 'certificate'))}`;
const deletedPath = (name: string): string => `/deletedcertificates/${encodeURIComponent(validateName(name, 'certificate'))}`;
const issuerPath = (name: string): string => `/certificates/issuers/${encodeURIComponent(validateName(name, 'issuer'))}`;

const lower = (name: string): string => name.toLowerCase();
const byName = (a: { name: string }, b: { name: string }): number => (lower(a.name) < lower(b.name) ? -1 : lower(a.name) > lower(b.name) ? 1 : 0);
const oldestFirst = (a: { createdOn: Date }, b: { createdOn: Date }): number => a.createdOn.getTime() - b.createdOn.getTime();

/** The strings an import request carries that no error message may repeat: the file (whole and by line) and its password. */
function importConfidential(body: { value?: unknown; pwd?: unknown }): string[] {
  const value = typeof body.value === 'string' ? body.value : '';
  const lines = value.split(/\r?\n/).filter((line) => line.length >= 16 && !line.startsWith('-----'));
  return [value, ...lines, ...(typeof body.pwd === 'string' ? [body.pwd] : [])];
}

export class RemoteCertificates implements CertificateVault {
  readonly #http: KeyVaultHttp;

  constructor(http: KeyVaultHttp) {
    this.#http = http;
  }

  async #read<T>(method: string, path: string, parse: (body: unknown) => T, options: { body?: unknown; confidential?: readonly string[] } = {}): Promise<T> {
    return this.#http.parse(await this.#http.call(method, path, options), parse, path);
  }

  async createCertificate(name: string, policy: CertificatePolicyInput, options?: CreateCertificateOptions): Promise<CertificateOperation> {
    const path = `${certificatePath(name)}/create`;
    return await this.#read('POST', path, (body) => parseCertificateOperation(body, name), { body: certificateCreateWire(policy, options) });
  }

  async getCertificateOperation(name: string): Promise<CertificateOperation> {
    return await this.#read('GET', `${certificatePath(name)}/pending`, (body) => parseCertificateOperation(body, name));
  }

  async cancelCertificateOperation(name: string): Promise<CertificateOperation> {
    const path = `${certificatePath(name)}/pending`;
    return await this.#read('PATCH', path, (body) => parseCertificateOperation(body, name), { body: { cancellation_requested: true } });
  }

  async deleteCertificateOperation(name: string): Promise<CertificateOperation> {
    return await this.#read('DELETE', `${certificatePath(name)}/pending`, (body) => parseCertificateOperation(body, name));
  }

  async mergeCertificate(name: string, x509Chain: readonly Uint8Array[], options?: CreateCertificateOptions): Promise<VaultCertificate> {
    const path = `${certificatePath(name)}/pending/merge`;
    return await this.#read('POST', path, parseCertificateBundle, { body: certificateMergeWire(x509Chain, options) });
  }

  async importCertificate(name: string, data: Uint8Array, options?: ImportCertificateOptions): Promise<VaultCertificate> {
    const path = `${certificatePath(name)}/import`;
    const body = certificateImportWire(data, options);
    return await this.#read('POST', path, parseCertificateBundle, { body, confidential: importConfidential(body) });
  }

  /** A certificate whose first request is still pending has no version: CertificateNotFound, as a local vault says. */
  async getCertificate(name: string): Promise<VaultCertificate> {
    const path = `${certificatePath(name)}/`;
    const body = await this.#http.call('GET', path);
    if (isPendingCertificate(body)) {
      throw new VaultError('CertificateNotFound', `Certificate ${quote(name)} has no version yet: its request is pending (see getCertificateOperation).`);
    }
    return this.#http.parse(body, parseCertificateBundle, path);
  }

  async getCertificateVersion(name: string, version: string): Promise<VaultCertificate> {
    return await this.#read('GET', `${certificatePath(name)}/${validateVersion(version)}`, parseCertificateBundle);
  }

  async updateCertificateProperties(name: string, version: string | undefined, options: UpdateCertificateOptions): Promise<VaultCertificate> {
    const path = `${certificatePath(name)}/${version === undefined ? '' : validateVersion(version)}`;
    return await this.#read('PATCH', path, parseCertificateBundle, { body: certificateUpdateWire(options) });
  }

  /** Each entry's properties: from the list itself (Coffer's `x509_info`), or else read whole, at most maxParallel at once. */
  async #properties(path: string): Promise<CertificateProperties[]> {
    const items = await this.#http.list(path, parseCertificateItem);
    return mapBounded(items, this.#http.maxParallel, async (item) => {
      if (item.properties !== undefined) return item.properties;
      const certificate = item.version === undefined ? await this.getCertificate(item.name) : await this.getCertificateVersion(item.name, item.version);
      return certificate.properties;
    });
  }

  /** Entries carry the base id: their version is '' (the latest, unnamed), as RemoteVault's other lists. */
  async listPropertiesOfCertificates(): Promise<CertificateProperties[]> {
    return (await this.#properties('/certificates')).sort(byName);
  }

  async listPropertiesOfCertificateVersions(name: string): Promise<CertificateProperties[]> {
    return (await this.#properties(`${certificatePath(name)}/versions`)).sort(oldestFirst);
  }

  async deleteCertificate(name: string): Promise<DeletedCertificate> {
    return await this.#read('DELETE', certificatePath(name), parseDeletedCertificateBundle);
  }

  /** The list names each deleted certificate; each is then read whole (a list entry has no certificate). */
  async listDeletedCertificates(): Promise<DeletedCertificate[]> {
    const items = await this.#http.list('/deletedcertificates', parseCertificateItem);
    const deleted = await mapBounded(items, this.#http.maxParallel, (item) => this.getDeletedCertificate(item.name));
    return deleted.sort((a, b) => byName(a.certificate, b.certificate));
  }

  async getDeletedCertificate(name: string): Promise<DeletedCertificate> {
    return await this.#read('GET', deletedPath(name), parseDeletedCertificateBundle);
  }

  async recoverDeletedCertificate(name: string): Promise<VaultCertificate> {
    return await this.#read('POST', `${deletedPath(name)}/recover`, parseCertificateBundle);
  }

  async purgeDeletedCertificate(name: string): Promise<void> {
    await this.#http.call('DELETE', deletedPath(name));
  }

  async backupCertificate(name: string): Promise<string> {
    return await this.#read('POST', `${certificatePath(name)}/backup`, parseBackupResult);
  }

  async restoreCertificateBackup(blob: string): Promise<VaultCertificate> {
    const value = checkBase64urlText(blob, 'backup', MAX_BACKUP_CHARS);
    return await this.#read('POST', '/certificates/restore', parseCertificateBundle, { body: { value } });
  }

  async getCertificatePolicy(name: string): Promise<CertificatePolicy> {
    return await this.#read('GET', `${certificatePath(name)}/policy`, parseCertificatePolicy);
  }

  async updateCertificatePolicy(name: string, policy: CertificatePolicyInput): Promise<CertificatePolicy> {
    const path = `${certificatePath(name)}/policy`;
    return await this.#read('PATCH', path, parseCertificatePolicy, { body: certificatePolicyInputWire(policy) });
  }

  /** Coffer's POST …/renew: a new version per the current policy, read and applied in one server transaction. */
  async renewCertificate(name: string): Promise<CertificateOperation> {
    return await this.#read('POST', `${certificatePath(name)}/renew`, (body) => parseCertificateOperation(body, name));
  }

  /**
   * Coffer's POST …/renewifdue: the server decides whether a lifetime action is due and renews
   * in the same transaction. Reading the certificate and its policy here and then calling renew
   * would let two runners that both found it due make two new versions; so this is one request,
   * and a vault without the route (Azure, which renews on its own schedule) refuses it.
   */
  async renewCertificateIfDue(name: string): Promise<CertificateRenewalOutcome> {
    return await this.#read('POST', `${certificatePath(name)}/renewifdue`, (body) => parseCertificateRenewal(body, name));
  }

  async getContacts(): Promise<CertificateContact[]> {
    return await this.#read('GET', '/certificates/contacts', parseContacts);
  }

  async setContacts(contacts: readonly CertificateContact[]): Promise<CertificateContact[]> {
    const given: unknown = contacts;
    if (!Array.isArray(given)) throw new BadParameterError('Invalid contacts: expected a list of contacts.');
    const body = { contacts: contacts.map((c) => ({ email: c.email, name: c.name, phone: c.phone })) };
    return await this.#read('PUT', '/certificates/contacts', parseContacts, { body });
  }

  async deleteContacts(): Promise<CertificateContact[]> {
    return await this.#read('DELETE', '/certificates/contacts', parseContacts);
  }

  async createIssuer(name: string, options: CreateIssuerOptions): Promise<CertificateIssuer> {
    const path = issuerPath(name);
    validateName(options.certificateName, 'certificate');
    return await this.#read('PUT', path, vaultCa, { body: issuerSetWire(options) });
  }

  async getIssuer(name: string): Promise<CertificateIssuer> {
    return await this.#read('GET', issuerPath(name), vaultCa);
  }

  async updateIssuer(name: string, options: UpdateIssuerOptions): Promise<CertificateIssuer> {
    const path = issuerPath(name);
    if (options.certificateName !== undefined) validateName(options.certificateName, 'certificate');
    return await this.#read('PATCH', path, vaultCa, { body: issuerUpdateWire(options) });
  }

  async deleteIssuer(name: string): Promise<CertificateIssuer> {
    return await this.#read('DELETE', issuerPath(name), vaultCa);
  }

  /** Vault CAs only: an Azure vault's provider accounts (DigiCert, GlobalSign) are left out. */
  async listIssuers(): Promise<CertificateIssuer[]> {
    const issuers = await this.#http.list('/certificates/issuers', parseIssuerBundle);
    return issuers.filter((issuer): issuer is CertificateIssuer => issuer !== undefined).sort(byName);
  }
}

/** An issuer answer that must be a vault CA. */
function vaultCa(body: unknown): CertificateIssuer {
  const issuer = parseIssuerBundle(body);
  if (issuer === undefined) throw new BadParameterError('the issuer is not a vault CA (provider Coffer with a CA certificate)');
  return issuer;
}
