/**
 * The vault's certificate operations (CertificateVault), each one store transaction with one
 * audit record, run through the LocalVault that owns the store (access, audit, sweeping and
 * If-Match are its). Loaded only when a certificate operation runs: see ./lazy.ts.
 */
import { BadParameterError, VaultError, quote } from '../errors.js';
import type { Permission } from '../access/permissions.js';
import { resourcePath } from '../access/decision.js';
import { validateName } from '../names.js';
import { CERTIFICATE, latestVersion, liveObject, purgeIsDue } from '../objects.js';
import type { ObjectContext } from '../secrets.js';
import type { StoredObject, StoreTransaction } from '../store/store.js';
import type { KeySpec, PrivateJwk } from '../crypto/key-types.js';
import { checkRsaPrimes, generateKey, importPem, keySpecOf } from '../crypto/key-material.js';
import { readCertificateData, type CertificateParts } from './formats.js';
import {
  PEM_CONTENT_TYPE, PKCS12_CONTENT_TYPE, SELF_ISSUER, UNKNOWN_ISSUER,
  type CertificateContact, type CertificateCurve, type CertificateIssuer, type CertificateOperation, type CertificatePolicy, type CertificatePolicyInput,
  type CertificateProperties, type CertificateRenewalOutcome, type CertificateVault, type CreateCertificateOptions, type CreateIssuerOptions,
  type DeletedCertificate, type ImportCertificateOptions, type UpdateCertificateOptions, type UpdateIssuerOptions, type VaultCertificate,
} from './model.js';
import { dueLifetimeAction, policyOf, validatePolicy, type StoredPolicy } from './policy.js';
import { objectPolicy, operationOf, vaultCertificateOf, type StoredOperation } from './records.js';
import { certificateForWrite, checkIssuerExists, dropPendingKey, importVersion, issueVersion, mergeChain, type IssueDeps } from './issue.js';
import * as lifecycle from './lifecycle.js';
import * as settings from './settings.js';
import { certificateInfo } from './x509.js';

/** What an operation is, for access and audit (LocalVault's Operation). */
export interface CertificateOperationSpec {
  readonly name: string;
  readonly permission: Permission;
  readonly resource: string;
  readonly writes: boolean;
}

/** How the service runs its work: LocalVault's #run, and its random source. */
export interface CertificateRunner {
  run<T>(operation: CertificateOperationSpec, work: (tx: StoreTransaction, ctx: ObjectContext) => T | Promise<T>,
    idOf?: (result: T) => string, extra?: Readonly<Record<string, string>>): Promise<T>;
  readonly random: (size: number) => Buffer;
  /** Whether this caller also holds `permission` on `resource` (checked inside an operation). */
  allows(permission: Permission, resource: string): boolean;
}

const read = (name: string, permission: Permission, certificate?: string): CertificateOperationSpec =>
  ({ name, permission, resource: resourcePath('certificates', certificate), writes: false });
const write = (name: string, permission: Permission, certificate?: string): CertificateOperationSpec =>
  ({ name, permission, resource: resourcePath('certificates', certificate), writes: true });

const certificateId = (certificate: VaultCertificate): string => `/certificates/${certificate.name}/${certificate.properties.version}`;
const operationId = (operation: CertificateOperation): string => `/certificates/${operation.name}/pending`;

export class LocalCertificates implements CertificateVault {
  readonly #runner: CertificateRunner;
  readonly #deps: IssueDeps;

  constructor(runner: CertificateRunner) {
    this.#runner = runner;
    this.#deps = { generateKey: (spec: KeySpec) => generateKey(spec, runner.random), random: runner.random };
  }

  async createCertificate(name: string, policy: CertificatePolicyInput, options: CreateCertificateOptions = {}): Promise<CertificateOperation> {
    return this.#runner.run(write('CertificateCreate', 'certificates/create', name), async (tx, ctx) => {
      const object = certificateForWrite(tx, ctx, name);
      const stored = stamped(validatePolicy(policy), objectPolicy(object).certificatePolicy, ctx.now);
      checkIssuerExists(tx, stored);
      this.#checkCaIssuance(stored);
      return issueVersion(tx, ctx, this.#deps, object, stored, options);
    }, operationId, { issuer: typeof (policy as { issuerName?: unknown } | null)?.issuerName === 'string' ? String(policy.issuerName).slice(0, 127) : SELF_ISSUER });
  }

  async getCertificateOperation(name: string): Promise<CertificateOperation> {
    return this.#runner.run(read('CertificatePendingGet', 'certificates/get', name), (tx, ctx) => operationOf(name, this.#operation(tx, ctx, name).operation), operationId);
  }

  async cancelCertificateOperation(name: string): Promise<CertificateOperation> {
    return this.#runner.run(write('CertificatePendingCancel', 'certificates/update', name), (tx, ctx) => {
      const { object, operation } = this.#operation(tx, ctx, name);
      if (operation.status !== 'inProgress') throw new VaultError('Conflict', `The request for certificate ${quote(object.name)} is ${operation.status}: only a pending request can be cancelled.`);
      dropPendingKey(tx, object.name, operation);
      const cancelled = { ...operation, status: 'cancelled' as const, cancellationRequested: true, statusDetails: 'Cancelled by request.' };
      tx.putObject({ ...object, policy: { ...objectPolicy(object), operation: cancelled } });
      return operationOf(object.name, cancelled);
    }, operationId);
  }

  async deleteCertificateOperation(name: string): Promise<CertificateOperation> {
    return this.#runner.run(write('CertificatePendingDelete', 'certificates/update', name), (tx, ctx) => {
      const { object, operation } = this.#operation(tx, ctx, name);
      dropPendingKey(tx, object.name, operation);
      const { operation: _dropped, ...rest } = objectPolicy(object);
      // A first request that never completed leaves nothing behind but its (managed) key version.
      if (object.versions.length === 0) tx.removeObject(CERTIFICATE.type, object.name);
      else tx.putObject({ ...object, policy: rest });
      return operationOf(object.name, operation);
    }, operationId);
  }

  async mergeCertificate(name: string, x509Chain: readonly Uint8Array[], options: CreateCertificateOptions = {}): Promise<VaultCertificate> {
    return this.#runner.run(write('CertificatePendingMerge', 'certificates/create', name), (tx, ctx) => mergeChain(tx, ctx, name, x509Chain, options), certificateId);
  }

  async importCertificate(name: string, data: Uint8Array, options: ImportCertificateOptions = {}): Promise<VaultCertificate> {
    return this.#runner.run(write('CertificateImport', 'certificates/import', name), async (tx, ctx) => {
      const object = certificateForWrite(tx, ctx, name);
      if (!(data instanceof Uint8Array)) throw new BadParameterError('Invalid certificate: expected the bytes of a PEM or PKCS#12 file.');
      if (options.password !== undefined && (typeof options.password !== 'string' || options.password.length > 1024)) {
        throw new BadParameterError('Invalid password: expected text of at most 1024 characters.');
      }
      const parts = readCertificateData(data, options.password);
      const jwk = parts.privateKey === undefined ? undefined : await importedKey(parts);
      const isPem = Buffer.from(data.subarray(0, 4096)).toString('latin1').includes('-----BEGIN ');
      const policy = stamped(importedPolicy(parts, jwk, isPem, options.policy ?? {}), objectPolicy(object).certificatePolicy, ctx.now);
      return importVersion(tx, ctx, object, parts, jwk, policy, options);
    }, certificateId);
  }

  async getCertificate(name: string): Promise<VaultCertificate> {
    return this.#runner.run(read('CertificateGet', 'certificates/get', name), (tx, ctx) => lifecycle.getCertificate(tx, ctx, name), certificateId);
  }

  async getCertificateVersion(name: string, version: string): Promise<VaultCertificate> {
    return this.#runner.run(read('CertificateGet', 'certificates/get', name), (tx, ctx) => lifecycle.getCertificateVersion(tx, ctx, name, version), certificateId);
  }

  async updateCertificateProperties(name: string, version: string | undefined, options: UpdateCertificateOptions): Promise<VaultCertificate> {
    return this.#runner.run(write('CertificateUpdate', 'certificates/update', name), (tx, ctx) => lifecycle.updateCertificate(tx, ctx, name, version, options), certificateId);
  }

  async listPropertiesOfCertificates(): Promise<CertificateProperties[]> {
    return this.#runner.run(read('CertificateList', 'certificates/list'), (tx) => lifecycle.listCertificates(tx));
  }

  async listPropertiesOfCertificateVersions(name: string): Promise<CertificateProperties[]> {
    return this.#runner.run(read('CertificateListVersions', 'certificates/list', name), (tx, ctx) => lifecycle.listCertificateVersions(tx, ctx, name));
  }

  async deleteCertificate(name: string): Promise<DeletedCertificate> {
    return this.#runner.run(write('CertificateDelete', 'certificates/delete', name), (tx, ctx) => lifecycle.deleteCertificate(tx, ctx, name));
  }

  async listDeletedCertificates(): Promise<DeletedCertificate[]> {
    return this.#runner.run(read('CertificateListDeleted', 'certificates/list'), (tx, ctx) => lifecycle.listDeletedCertificates(tx, ctx));
  }

  async getDeletedCertificate(name: string): Promise<DeletedCertificate> {
    return this.#runner.run(read('CertificateGetDeleted', 'certificates/get', name), (tx, ctx) => lifecycle.getDeletedCertificate(tx, ctx, name));
  }

  async recoverDeletedCertificate(name: string): Promise<VaultCertificate> {
    return this.#runner.run(write('CertificateRecover', 'certificates/recover', name), (tx, ctx) => lifecycle.recoverCertificate(tx, ctx, name), certificateId);
  }

  async purgeDeletedCertificate(name: string): Promise<void> {
    return this.#runner.run(write('CertificatePurge', 'certificates/purge', name), (tx, ctx) => { lifecycle.purgeCertificate(tx, ctx, name); });
  }

  async backupCertificate(name: string): Promise<string> {
    return this.#runner.run(read('CertificateBackup', 'certificates/backup', name), (tx, ctx) => lifecycle.backupCertificate(tx, ctx, name));
  }

  async restoreCertificateBackup(blob: string): Promise<VaultCertificate> {
    return this.#runner.run(write('CertificateRestore', 'certificates/restore'), (tx, ctx) => lifecycle.restoreCertificate(tx, ctx, blob), certificateId);
  }

  async getCertificatePolicy(name: string): Promise<CertificatePolicy> {
    // A certificate whose first request is still pending has a policy before it has a version (as in Azure).
    return this.#runner.run(read('CertificatePolicyGet', 'certificates/get', name), (tx, ctx) => policyOf(this.#policy(liveObject(tx, CERTIFICATE, name, ctx.now))));
  }

  async updateCertificatePolicy(name: string, policy: CertificatePolicyInput): Promise<CertificatePolicy> {
    return this.#runner.run(write('CertificatePolicyUpdate', 'certificates/update', name), (tx, ctx) => {
      const object = liveObject(tx, CERTIFICATE, name, ctx.now);
      const current = this.#policy(object);
      const next = stamped(validatePolicy(policy, current), current, ctx.now);
      checkIssuerExists(tx, next);
      this.#checkCaIssuance(next);
      tx.putObject({ ...object, policy: { ...objectPolicy(object), certificatePolicy: next } });
      return policyOf(next);
    });
  }

  async renewCertificate(name: string): Promise<CertificateOperation> {
    return this.#runner.run(write('CertificateRenew', 'certificates/create', name), async (tx, ctx) => {
      lifecycle.liveCertificate(tx, ctx, name);
      const object = certificateForWrite(tx, ctx, name);
      this.#checkCaIssuance(this.#policy(object));
      return issueVersion(tx, ctx, this.#deps, object, this.#policy(object), {});
    }, operationId);
  }

  async renewCertificateIfDue(name: string): Promise<CertificateRenewalOutcome> {
    return this.#runner.run(write('CertificateRenewIfDue', 'certificates/create', name), async (tx, ctx): Promise<CertificateRenewalOutcome> => {
      const object = lifecycle.liveCertificate(tx, ctx, name);
      const latest = latestVersion(CERTIFICATE, object);
      const certificate = vaultCertificateOf(object, latest, true);
      const { notBefore, expiresOn } = certificate.properties;
      const due = notBefore === undefined || expiresOn === undefined ? undefined : dueLifetimeAction(this.#policy(object).lifetimeActions, notBefore, expiresOn, ctx.now);
      if (due === undefined || objectPolicy(object).operation?.status === 'inProgress') {
        return { name: object.name, result: 'not-due', operation: undefined, certificate };
      }
      if (due.action.action === 'EmailContacts') return { name: object.name, result: 'notify', operation: undefined, certificate, reason: due.reason };
      this.#checkCaIssuance(this.#policy(object));
      const operation = await issueVersion(tx, ctx, this.#deps, certificateForWrite(tx, ctx, name), this.#policy(object), {});
      const renewed = operation.status === 'completed' ? lifecycle.getCertificate(tx, ctx, name) : certificate;
      return { name: object.name, result: 'renewed', operation, certificate: renewed, reason: due.reason };
    }, (outcome) => `/certificates/${outcome.certificate.name}/${outcome.certificate.properties.version}`);
  }

  async getContacts(): Promise<CertificateContact[]> {
    return this.#runner.run(read('CertificateContactsGet', 'certificates/managecontacts'), (tx) => settings.getContacts(tx));
  }

  async setContacts(contacts: readonly CertificateContact[]): Promise<CertificateContact[]> {
    return this.#runner.run(write('CertificateContactsSet', 'certificates/managecontacts'), (tx, ctx) => settings.setContacts(tx, ctx, contacts));
  }

  async deleteContacts(): Promise<CertificateContact[]> {
    return this.#runner.run(write('CertificateContactsDelete', 'certificates/managecontacts'), (tx) => settings.deleteContacts(tx));
  }

  async createIssuer(name: string, options: CreateIssuerOptions): Promise<CertificateIssuer> {
    return this.#runner.run(write('CertificateIssuerSet', 'certificates/manageissuers'), (tx, ctx) => settings.createIssuer(tx, ctx, name, options), issuerId);
  }

  async getIssuer(name: string): Promise<CertificateIssuer> {
    return this.#runner.run(read('CertificateIssuerGet', 'certificates/getissuers'), (tx) => settings.getIssuer(tx, name), issuerId);
  }

  async updateIssuer(name: string, options: UpdateIssuerOptions): Promise<CertificateIssuer> {
    return this.#runner.run(write('CertificateIssuerUpdate', 'certificates/manageissuers'), (tx, ctx) => settings.updateIssuer(tx, ctx, name, options), issuerId);
  }

  async deleteIssuer(name: string): Promise<CertificateIssuer> {
    return this.#runner.run(write('CertificateIssuerDelete', 'certificates/manageissuers'), (tx) => settings.deleteIssuer(tx, name), issuerId);
  }

  async listIssuers(): Promise<CertificateIssuer[]> {
    return this.#runner.run(read('CertificateIssuerList', 'certificates/listissuers'), (tx) => settings.listIssuers(tx));
  }

  /** The certificate's last operation, pending or finished; CertificateNotFound (PendingCertificateNotFound) if none. */
  #operation(tx: StoreTransaction, ctx: ObjectContext, name: string): { object: StoredObject; operation: StoredOperation } {
    validateName(name, 'certificate');
    const object = tx.getObject(CERTIFICATE.type, name);
    const operation = object === undefined || object.deleted !== undefined || purgeIsDue(object, ctx.now) ? undefined : objectPolicy(object).operation;
    if (object === undefined || operation === undefined) {
      throw new VaultError('CertificateNotFound', `Certificate ${quote(name)} has no request in progress or recorded.`, { innerCode: 'PendingCertificateNotFound' });
    }
    return { object, operation };
  }

  /**
   * A CA certificate signed by a vault CA is a new CA under it: whoever may make one can then sign
   * anything the chain is trusted for. So it takes what choosing the vault's CAs takes,
   * `certificates/manageissuers` on the vault, besides the operation's own permission. A
   * self-signed CA, or one for an outside CA to sign (Unknown), is trusted by nobody on its own.
   */
  #checkCaIssuance(policy: StoredPolicy): void {
    if (!policy.ca || policy.issuerName === SELF_ISSUER || policy.issuerName === UNKNOWN_ISSUER) return;
    const resource = resourcePath('certificates');
    if (!this.#runner.allows('certificates/manageissuers', resource)) {
      throw new VaultError('Forbidden', `A CA certificate issued by vault CA ${quote(policy.issuerName)} needs certificates/manageissuers on ${resource}, as creating issuers does.`, { innerCode: 'ForbiddenByRbac' });
    }
  }

  #policy(object: StoredObject): StoredPolicy {
    const policy = objectPolicy(object).certificatePolicy;
    if (policy === undefined) throw new VaultError('IntegrityError', `Certificate ${quote(object.name)} has no policy.`);
    return policy;
  }
}

const issuerId = (issuer: CertificateIssuer): string => `/certificates/issuers/${issuer.name}`;

/** The policy with its created and updated times: created kept from the one it replaces. */
function stamped(policy: StoredPolicy, previous: StoredPolicy | undefined, now: Date): StoredPolicy {
  return { ...policy, created: previous?.created ?? now.toISOString(), updated: now.toISOString() };
}

/** An imported private key as a checked JWK: RSA 2048–4096 (with sound primes) or EC P-256/384/521. */
async function importedKey(parts: CertificateParts): Promise<PrivateJwk> {
  const pem = parts.privateKey?.export({ type: 'pkcs8', format: 'pem' }).toString() ?? '';
  const jwk = importPem(pem);
  const spec = keySpecOf(jwk);
  if (spec.kty === 'EC' && spec.curve === 'P-256K') throw new BadParameterError('The certificate\'s key is on curve P-256K: certificates here use P-256, P-384 or P-521.');
  if (spec.kty === 'oct') throw new BadParameterError('The certificate\'s key must be RSA or EC.');
  await checkRsaPrimes(jwk);
  return jwk;
}

/** The policy of an imported certificate: read from the certificate, with the caller's fields over it. */
function importedPolicy(parts: CertificateParts, jwk: PrivateJwk | undefined, isPem: boolean, given: CertificatePolicyInput): StoredPolicy {
  const info = certificateInfo(parts.certificates[0] as Buffer);
  const details = info.publicKey.asymmetricKeyDetails;
  const keyType = info.publicKey.asymmetricKeyType === 'ec' ? 'EC' : 'RSA';
  const curves: Readonly<Record<string, CertificateCurve>> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
  const curve = curves[details?.namedCurve ?? ''];
  const months = Math.round((info.notAfter.getTime() - info.notBefore.getTime()) / (30.44 * 86_400_000));
  const selfSigned = parts.certificates.length === 1 && info.subject === info.issuer;
  const derived: CertificatePolicyInput = {
    keyType, ...(keyType === 'RSA' ? { keySize: details?.modulusLength ?? 2048 } : { curve }),
    exportable: jwk !== undefined, contentType: isPem ? PEM_CONTENT_TYPE : PKCS12_CONTENT_TYPE,
    subject: info.subject, subjectAlternativeNames: info.subjectAlternativeNames,
    enhancedKeyUsage: info.enhancedKeyUsage, keyUsage: info.keyUsage, ca: info.ca,
    validityInMonths: Math.min(120, Math.max(1, months)),
    lifetimeActions: [{ action: 'EmailContacts', lifetimePercentage: 80 }],
    issuerName: selfSigned ? SELF_ISSUER : UNKNOWN_ISSUER,
  };
  const merged = { ...derived, ...given, ...(jwk === undefined ? { exportable: false } : {}) };
  try {
    return validatePolicy(merged);
  } catch (error) {
    // A certificate made elsewhere may carry usages this vault would not issue; keep its other fields.
    if (!(error instanceof BadParameterError) || given.keyUsage !== undefined) throw error;
    const { keyUsage: _k, ...rest } = merged;
    return validatePolicy(rest);
  }
}
