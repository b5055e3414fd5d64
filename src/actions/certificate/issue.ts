/**
 * Whether the step makes a new certificate version, and making it: create when the certificate
 * does not exist (whatever `renew` says: creating is not renewing), otherwise per `renew` —
 * `if-due` renews when an AutoRenew lifetime action is due or when the inputs differ from the
 * policy (which is updated first), `always` renews, `never` never makes a version.
 *
 * Everything that can be refused is refused before the vault is changed: a certificate whose
 * key may not leave the vault, a renewal that would wait for a person (issuer Unknown). An
 * operation in progress is seen through (operation.ts); one that waits for a person fails the
 * step naming what to do, since a pipeline cannot wait for a human CA.
 */
import type { CertificatePolicy, CertificateVault, VaultCertificate } from '../../core/certificates/model.js';
import { UNKNOWN_ISSUER } from '../../core/certificates/model.js';
import { BadParameterError, isVaultError, quote } from '../../core/errors.js';
import type { CertificateRequest, RenewPolicy } from './inputs.js';
import { DEFAULT_WAITING, settle, type Waiting } from './operation.js';
import { creationPolicy, describeChanges, policyChanges, policyUpdate, type PolicyChange } from './request.js';

/** The part of a vault this module uses. */
export interface CertificateHolder {
  readonly certificates: CertificateVault;
}

export interface IssueOutcome {
  /** The latest version after the step, with its policy. */
  readonly certificate: VaultCertificate;
  /** True when this step made a new version (creating the certificate included). */
  readonly renewed: boolean;
  readonly reason: string;
  /** Inputs that differ from the policy but were left as they are (`renew: never`). */
  readonly ignoredChanges: readonly PolicyChange[];
}

async function existing(certificates: CertificateVault, name: string): Promise<VaultCertificate | undefined> {
  try {
    return await certificates.getCertificate(name);
  } catch (error) {
    if (isVaultError(error) && error.code === 'CertificateNotFound') return undefined;
    throw error;
  }
}

function refuseUnexportable(name: string, policy: CertificatePolicy): void {
  if (policy.exportable) return;
  throw new BadParameterError(`Certificate ${quote(name)} is not exportable: its policy keeps the private key in the vault, and this action writes the key to a file. Use the key where it is (the sign action signs with it), or create the certificate with an exportable policy.`);
}

function refuseUnknownIssuer(name: string, issuer: string): void {
  if (issuer.toLowerCase() !== UNKNOWN_ISSUER.toLowerCase()) return;
  throw new BadParameterError(`Certificate ${quote(name)} has issuer Unknown: a new version would wait for a person to have its CSR signed and merge the chain, and a pipeline step cannot wait for that. Nothing was changed. Give an issuer input (Self or a vault CA issuer), or use renew: never to write the current version.`);
}

async function create(certificates: CertificateVault, name: string, request: CertificateRequest, waiting: Waiting): Promise<IssueOutcome> {
  await settle(certificates, await certificates.createCertificate(name, creationPolicy(name, request)), 'creation', waiting);
  return { certificate: await certificates.getCertificate(name), renewed: true, reason: 'created: the certificate did not exist', ignoredChanges: [] };
}

async function renew(certificates: CertificateVault, name: string, reason: string, waiting: Waiting): Promise<IssueOutcome> {
  await settle(certificates, await certificates.renewCertificate(name), 'renewal', waiting);
  return { certificate: await certificates.getCertificate(name), renewed: true, reason, ignoredChanges: [] };
}

async function renewIfDue(certificates: CertificateVault, name: string, current: VaultCertificate, waiting: Waiting): Promise<IssueOutcome> {
  const outcome = await certificates.renewCertificateIfDue(name);
  const trigger = outcome.reason === undefined ? '' : ` (${outcome.reason})`;
  if (outcome.result === 'renewed') {
    if (outcome.operation !== undefined) await settle(certificates, outcome.operation, 'renewal', waiting);
    return { certificate: await certificates.getCertificate(name), renewed: true, reason: `due: an AutoRenew lifetime action is due${trigger}`, ignoredChanges: [] };
  }
  const reason = outcome.result === 'notify' ? `not due (an EmailContacts lifetime action is due${trigger})` : 'not due';
  return { certificate: current, renewed: false, reason, ignoredChanges: [] };
}

/** Makes (or not) a new version of `name` per the inputs and `renewPolicy`, and returns the latest, with its policy. */
export async function issueCertificate(vault: CertificateHolder, name: string, request: CertificateRequest, renewPolicy: RenewPolicy, waiting: Waiting = DEFAULT_WAITING): Promise<IssueOutcome> {
  const { certificates } = vault;
  const current = await existing(certificates, name);
  if (current === undefined) return create(certificates, name, request, waiting);
  const currentPolicy = current.policy ?? await certificates.getCertificatePolicy(name);
  refuseUnexportable(name, currentPolicy);
  const changes = policyChanges(currentPolicy, request);
  if (renewPolicy === 'never') {
    return { certificate: current, renewed: false, reason: 'renew: never', ignoredChanges: changes };
  }
  if (changes.length > 0) {
    refuseUnknownIssuer(name, request.issuer ?? currentPolicy.issuerName);
    await certificates.updateCertificatePolicy(name, policyUpdate(currentPolicy, request));
    const why = `the inputs differ from the policy, which was updated: ${describeChanges(changes)}`;
    return renew(certificates, name, renewPolicy === 'always' ? `renew: always; ${why}` : why, waiting);
  }
  if (renewPolicy === 'always') {
    refuseUnknownIssuer(name, currentPolicy.issuerName);
    return renew(certificates, name, 'renew: always', waiting);
  }
  return renewIfDue(certificates, name, current, waiting);
}
