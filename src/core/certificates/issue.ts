/**
 * Making certificate versions: issuing per a policy (self-signed, by a vault CA, or a pending
 * request for an outside CA), merging an outside CA's chain, and importing. Each writes the
 * certificate version together with its managed key and secret version of the same name and
 * version, inside the caller's one transaction; anything refused is refused before any write.
 */
import { randomUUID } from 'node:crypto';
import { BadParameterError, VaultError, quote } from '../errors.js';
import type { Tags } from '../model.js';
import { validateName, validateTags } from '../names.js';
import {
  CERTIFICATE, KEY, SECRET, isManaged, latestVersion, liveObject, objectForNewVersion, purgeIsDue, sealContextOf, updatedVersion, withVersion, type ObjectKind,
} from '../objects.js';
import type { ObjectContext } from '../secrets.js';
import { setSecret } from '../secrets.js';
import { addKeyVersion } from '../keys.js';
import type { KeySpec, PrivateJwk } from '../crypto/key-types.js';
import { privateKeyObject, publicKeyObject } from '../crypto/key-material.js';
import type { StoredObject, StoredVersion, StoreReader, StoreTransaction } from '../store/store.js';
import { partsToPem, partsToPkcs12, type CertificateParts } from './formats.js';
import {
  PEM_CONTENT_TYPE, SELF_ISSUER, UNKNOWN_ISSUER, type CertificateOperation, type VaultCertificate,
} from './model.js';
import { addMonths, type StoredPolicy } from './policy.js';
import {
  issuerObjectName, metaFrom, metaOf, objectPolicy, operationOf, storedIssuer, vaultCertificateOf, type StoredIssuer, type StoredOperation,
} from './records.js';
import { certificateInfo, certificateRequest, issueCertificate, issuedBy, randomSerial, type CertificateSigner } from './x509.js';

/** What issuing needs from the vault besides the transaction. */
export interface IssueDeps {
  generateKey(spec: KeySpec): Promise<PrivateJwk>;
  readonly random: (size: number) => Buffer;
}

export interface VersionOptions {
  readonly enabled?: boolean;
  readonly tags?: Tags;
}

/** A new version's certificate validity starts a minute back, for clocks slightly behind ours. */
const BACKDATE_MS = 60_000;

/**
 * The certificate object a new version goes into, checked: not deleted, no request pending,
 * and the key and secret names free or already the certificate's own.
 */
export function certificateForWrite(tx: StoreReader, ctx: ObjectContext, name: string): StoredObject {
  validateName(name, 'certificate');
  const object = objectForNewVersion(tx, CERTIFICATE, name, ctx.now, ctx.recoverableDays);
  const pending = objectPolicy(object).operation;
  if (pending?.status === 'inProgress') {
    throw new VaultError('Conflict', `Certificate ${quote(object.name)} has a pending request: merge its signed certificate, or cancel or delete the request first.`);
  }
  for (const kind of [KEY, SECRET]) checkCompanion(tx, ctx, kind, name);
  return object;
}

function checkCompanion(tx: StoreReader, ctx: ObjectContext, kind: ObjectKind, name: string): void {
  const object = tx.getObject(kind.type, name);
  if (object === undefined || purgeIsDue(object, ctx.now)) return;
  if (object.deleted !== undefined) {
    throw new VaultError('ObjectIsDeletedButRecoverable', `A deleted ${kind.label} named ${quote(object.name)} still holds the name: purge or recover it first.`, { innerCode: 'ObjectIsDeletedButRecoverable' });
  }
  if (object.versions.length > 0 && !isManaged(object)) {
    throw new VaultError('Conflict', `A ${kind.label} named ${quote(object.name)} exists and is not a certificate's: a certificate needs the name for its own ${kind.label}.`);
  }
}

function keySpecOf(policy: StoredPolicy): KeySpec {
  return policy.keyType === 'EC' ? { kty: 'EC', curve: policy.curve ?? 'P-256' } : { kty: 'RSA', size: policy.keySize ?? 2048 };
}

export function unsealKey(ctx: ObjectContext, name: string, version: StoredVersion): PrivateJwk {
  return JSON.parse(ctx.keys.unseal(sealContextOf(KEY, ctx.vaultId, name, version.version), version.sealed).toString('utf8')) as PrivateJwk;
}

/** The key of a certificate version, if the vault holds it. */
function keyOfVersion(tx: StoreReader, ctx: ObjectContext, name: string, version: string): PrivateJwk | undefined {
  const key = tx.getObject(KEY.type, name);
  const found = key?.versions.find((v) => v.version === version);
  return found === undefined ? undefined : unsealKey(ctx, key?.name ?? name, found);
}

/** The key a new version gets: the current one if the policy reuses keys (and it fits), else a new one. */
async function keyForVersion(tx: StoreReader, ctx: ObjectContext, deps: IssueDeps, object: StoredObject, policy: StoredPolicy): Promise<PrivateJwk> {
  if (policy.reuseKey && object.versions.length > 0) {
    const latest = latestVersion(CERTIFICATE, object);
    const current = metaOf(object.name, latest).hasKey ? keyOfVersion(tx, ctx, object.name, latest.version) : undefined;
    const spec = keySpecOf(policy);
    const fits = current !== undefined && current.kty === spec.kty && (spec.kty === 'EC' ? current.crv === spec.curve : publicKeyObject(current).asymmetricKeyDetails?.modulusLength === spec.size);
    if (fits) return current;
  }
  return deps.generateKey(keySpecOf(policy));
}

interface Signer {
  readonly signer: CertificateSigner;
  readonly chain: readonly Buffer[];
  /** For a CA certificate it signs: the pathLenConstraint the new CA gets (undefined for none). */
  readonly pathLength: number | undefined;
}

/**
 * The vault CA named `issuerName`, checked usable for a certificate valid until `notAfter`: the
 * issuer enabled, its CA certificate live, enabled, a CA with keyCertSign, valid now and until
 * `notAfter`, and its key in the vault.
 */
function vaultCa(tx: StoreReader, ctx: ObjectContext, issuerName: string, notAfter: Date, issuesCa: boolean): Signer {
  const issuer = policyIssuer(tx, issuerName);
  if (!issuer.enabled) throw new BadParameterError(`Issuer ${quote(issuer.name)} is disabled.`);
  let ca: StoredObject;
  try {
    ca = liveObject(tx, CERTIFICATE, issuer.certificateName, ctx.now);
  } catch {
    throw new BadParameterError(`Issuer ${quote(issuer.name)} cannot sign: its CA certificate ${quote(issuer.certificateName)} was not found.`);
  }
  const version = latestVersion(CERTIFICATE, ca);
  const meta = metaOf(ca.name, version);
  const der = Buffer.from(meta.cer, 'base64');
  const info = certificateInfo(der);
  const cannot = `Issuer ${quote(issuer.name)} cannot sign: its CA certificate ${quote(ca.name)}`;
  if (!version.enabled) throw new BadParameterError(`${cannot} is disabled.`);
  if (!info.ca || !info.keyUsage.includes('keyCertSign')) throw new BadParameterError(`${cannot} is not a CA certificate (basicConstraints CA:true with keyCertSign).`);
  if (info.notAfter.getTime() <= ctx.now.getTime()) throw new BadParameterError(`${cannot} expired on ${info.notAfter.toISOString()}.`);
  if (info.notBefore.getTime() > ctx.now.getTime()) throw new BadParameterError(`${cannot} is not valid before ${info.notBefore.toISOString()}.`);
  const chain = [der, ...meta.chain.map((c) => Buffer.from(c, 'base64'))];
  const infos = chain.map((c) => certificateInfo(c));
  // The issued certificate is valid only while every CA above it is: check the whole chain.
  const firstEnd = infos.reduce((end, i) => (i.notAfter.getTime() < end.notAfter.getTime() ? i : end));
  if (firstEnd.notAfter.getTime() <= ctx.now.getTime()) throw new BadParameterError(`${cannot}: its chain's certificate ${quote(firstEnd.subject)} expired on ${firstEnd.notAfter.toISOString()}.`);
  if (notAfter.getTime() > firstEnd.notAfter.getTime()) {
    throw new BadParameterError(`${cannot} ${firstEnd === info ? 'expires' : `is valid only while ${quote(firstEnd.subject)} is, which expires`} on ${firstEnd.notAfter.toISOString()}, before the requested validity ends (${notAfter.toISOString()}): shorten the validity or renew the CA.`);
  }
  // pathLenConstraint: how many CAs may still follow the issuing CA, the tightest along the chain.
  const room = infos.reduce<number | undefined>((least, i, depth) => {
    if (i.pathLength === undefined) return least;
    const left = i.pathLength - depth;
    return least === undefined ? left : Math.min(least, left);
  }, undefined);
  if (room !== undefined && (room < 0 || (issuesCa && room < 1))) {
    throw new BadParameterError(room < 0
      ? `${cannot}: its chain breaks a path length constraint.`
      : `Issuer ${quote(issuer.name)} cannot sign a CA certificate: the path length constraint above it allows no further CA.`);
  }
  const key = meta.hasKey ? keyOfVersion(tx, ctx, ca.name, version.version) : undefined;
  if (key === undefined) throw new BadParameterError(`${cannot} has no private key in this vault.`);
  return { signer: { certificate: der, key }, chain, pathLength: room === undefined ? undefined : room - 1 };
}

/** The vault CA issuer a policy names; a policy naming none that exists is bad input. */
function policyIssuer(tx: StoreReader, issuerName: string): StoredIssuer {
  const issuer = storedIssuer(tx.getObject(CERTIFICATE.type, issuerObjectName(issuerName)));
  if (issuer === undefined) throw new VaultError('BadParameter', `Issuer ${quote(issuerName)} was not found: create it with a CA certificate, or use Self or Unknown.`, { innerCode: 'IssuerNotFound' });
  return issuer;
}

/** Checks, before a policy is stored, that a vault CA it names exists (Self and Unknown always do). */
export function checkIssuerExists(tx: StoreReader, policy: StoredPolicy): void {
  if (policy.issuerName !== SELF_ISSUER && policy.issuerName !== UNKNOWN_ISSUER) policyIssuer(tx, policy.issuerName);
}

/** A context whose next version id is `version`: the key, secret and certificate share it. */
function withVersionId(ctx: ObjectContext, version: string): ObjectContext {
  return { ...ctx, newVersion: () => version };
}

function operationRecord(ctx: ObjectContext, issuerName: string, status: StoredOperation['status'], extra: Partial<StoredOperation> = {}): StoredOperation {
  return { requestId: randomUUID(), status, issuerName, csr: '', cancellationRequested: false, created: ctx.now.toISOString(), ...extra };
}

/**
 * A new version per `policy`: with issuer Self or a vault CA, a signed certificate with its key
 * and secret (the operation completes at once); with Unknown, a key version and a CSR, and the
 * operation stays inProgress until mergeChain.
 */
export async function issueVersion(tx: StoreTransaction, ctx: ObjectContext, deps: IssueDeps, object: StoredObject, policy: StoredPolicy, options: VersionOptions): Promise<CertificateOperation> {
  const tags = validateTags(options.tags ?? {});
  const version = ctx.newVersion();
  const notBefore = new Date(ctx.now.getTime() - BACKDATE_MS);
  const notAfter = addMonths(ctx.now, policy.validityInMonths);
  const signer = policy.issuerName === SELF_ISSUER || policy.issuerName === UNKNOWN_ISSUER ? undefined : vaultCa(tx, ctx, policy.issuerName, notAfter, policy.ca);
  const jwk = await keyForVersion(tx, ctx, deps, object, policy);
  if (policy.issuerName === UNKNOWN_ISSUER) {
    const csr = await certificateRequest(policy, jwk);
    addKeyVersion(tx, withVersionId(ctx, version), object.name, jwk, { exportable: policy.exportable, enabled: options.enabled ?? policy.enabled }, true);
    const operation = operationRecord(ctx, UNKNOWN_ISSUER, 'inProgress', {
      csr: csr.toString('base64'), keyVersion: version,
      statusDetails: 'Pending certificate created. Sign the CSR with your CA and merge the signed certificate.',
    });
    tx.putObject({ ...object, policy: { certificatePolicy: policy, operation } });
    return operationOf(object.name, operation);
  }
  const der = await issueCertificate({
    policy, key: jwk, signer: signer?.signer ?? { self: true }, notBefore, notAfter, serialNumber: randomSerial(deps.random), pathLength: signer?.pathLength,
  });
  const operation = operationRecord(ctx, policy.issuerName, 'completed');
  writeVersion(tx, ctx, object, {
    version, der, chain: signer?.chain ?? [], jwk, keyExists: false, policy, operation, enabled: options.enabled ?? policy.enabled, tags,
  });
  return operationOf(object.name, operation);
}

interface NewVersion {
  readonly version: string;
  readonly der: Buffer;
  readonly chain: readonly Buffer[];
  /** The private key, if the vault has it; `keyExists` if its key version is already written (a merge). */
  readonly jwk: PrivateJwk | undefined;
  readonly keyExists: boolean;
  readonly policy: StoredPolicy;
  readonly operation: StoredOperation | undefined;
  readonly enabled: boolean;
  readonly tags: Tags;
}

/** Writes the certificate version with its key (unless written already) and its secret. */
function writeVersion(tx: StoreTransaction, ctx: ObjectContext, object: StoredObject, next: NewVersion): VaultCertificate {
  const info = certificateInfo(next.der);
  const dates = { notBefore: info.notBefore, expiresOn: info.notAfter };
  const versionCtx = withVersionId(ctx, next.version);
  if (next.jwk !== undefined && !next.keyExists) {
    addKeyVersion(tx, versionCtx, object.name, next.jwk, { exportable: next.policy.exportable, enabled: next.enabled, ...dates }, true);
  } else if (next.keyExists) {
    // A merge: the pending request's key version was written without dates; it takes the certificate's.
    const key = tx.getObject(KEY.type, object.name);
    const pending = key?.versions.find((v) => v.version === next.version);
    if (key !== undefined && pending !== undefined) tx.putObject(withVersion(key, updatedVersion(pending, dates, ctx.now)));
  }
  const parts: CertificateParts = {
    certificates: [next.der, ...next.chain],
    privateKey: next.policy.exportable && next.jwk !== undefined ? privateKeyObject(next.jwk) : undefined,
  };
  const value = next.policy.contentType === PEM_CONTENT_TYPE ? partsToPem(parts) : partsToPkcs12(parts, '').toString('base64');
  setSecret(tx, versionCtx, object.name, value, { contentType: next.policy.contentType, enabled: next.enabled, ...dates }, true);
  const now = ctx.now.toISOString();
  const stored: StoredVersion = {
    version: next.version, created: now, updated: now, enabled: next.enabled,
    notBefore: info.notBefore.toISOString(), expires: info.notAfter.toISOString(), tags: next.tags,
    meta: metaFrom(next.der, next.chain, info, next.jwk !== undefined) as unknown as Readonly<Record<string, unknown>>,
    sealed: ctx.keys.seal(sealContextOf(CERTIFICATE, ctx.vaultId, object.name, next.version), Buffer.alloc(0)),
  };
  const written: StoredObject = {
    ...object,
    versions: [...object.versions, stored],
    policy: { certificatePolicy: next.policy, ...(next.operation === undefined ? {} : { operation: next.operation }) },
  };
  tx.putObject(written);
  return vaultCertificateOf(written, stored, true);
}

/**
 * A request that will not be merged (cancelled or forgotten) gives up its key version: a key no
 * certificate vouches for would otherwise stay the key's latest version, usable for keys/sign,
 * and — for a first request — in a key object nothing could then delete.
 */
export function dropPendingKey(tx: StoreTransaction, name: string, operation: StoredOperation): void {
  if (operation.status !== 'inProgress' || operation.keyVersion === undefined) return;
  const key = tx.getObject(KEY.type, name);
  if (key === undefined) return;
  const versions = key.versions.filter((v) => v.version !== operation.keyVersion);
  if (versions.length === 0) tx.removeObject(KEY.type, key.name);
  else tx.putObject({ ...key, versions });
}

/** Each certificate signed by the next one, and the first not expired. */
function checkChain(chain: readonly Buffer[], now: Date): void {
  for (let i = 0; i + 1 < chain.length; i += 1) {
    if (!issuedBy(chain[i] as Buffer, chain[i + 1] as Buffer)) {
      throw new BadParameterError(`The chain is broken: certificate ${i + 1} was not signed by certificate ${i + 2}. Give the certificate first, then each issuer.`);
    }
  }
  const leaf = certificateInfo(chain[0] as Buffer);
  if (leaf.notAfter.getTime() <= now.getTime()) throw new BadParameterError(`The certificate expired on ${leaf.notAfter.toISOString()}.`);
}

const MAX_CHAIN = 10;

/** Merges an outside CA's chain (leaf first) into the pending request's key version. */
export function mergeChain(tx: StoreTransaction, ctx: ObjectContext, name: string, x509Chain: readonly Uint8Array[], options: VersionOptions): VaultCertificate {
  validateName(name, 'certificate');
  const object = tx.getObject(CERTIFICATE.type, name);
  const operation = object === undefined || object.deleted !== undefined || purgeIsDue(object, ctx.now) ? undefined : objectPolicy(object).operation;
  if (object === undefined || operation === undefined) {
    throw new VaultError('CertificateNotFound', `Certificate ${quote(name)} has no pending request to merge into.`, { innerCode: 'PendingCertificateNotFound' });
  }
  if (operation.status !== 'inProgress' || operation.keyVersion === undefined) {
    throw new VaultError('Conflict', `The request for certificate ${quote(object.name)} is ${operation.status}, not pending: there is nothing to merge into.`);
  }
  if (!Array.isArray(x509Chain) || x509Chain.length === 0 || x509Chain.length > MAX_CHAIN) {
    throw new BadParameterError(`Invalid chain: expected 1 to ${MAX_CHAIN} certificates, the signed certificate first.`);
  }
  const chain = (x509Chain as readonly unknown[]).map((der, i) => {
    try {
      if (!(der instanceof Uint8Array)) throw new TypeError('not bytes');
      certificateInfo(der);
      return Buffer.from(der);
    } catch {
      throw new BadParameterError(`Invalid chain: certificate ${i + 1} is not a valid X.509 certificate.`);
    }
  });
  const jwk = keyOfVersion(tx, ctx, object.name, operation.keyVersion);
  if (jwk === undefined) throw new VaultError('IntegrityError', `The key of the pending request for certificate ${quote(object.name)} is missing.`);
  const leafKey = certificateInfo(chain[0] as Buffer).publicKey.export({ type: 'spki', format: 'der' });
  if (!leafKey.equals(publicKeyObject(jwk).export({ type: 'spki', format: 'der' }))) {
    throw new BadParameterError(`The certificate does not match the pending request of certificate ${quote(object.name)}: its public key is not the request's key.`);
  }
  checkChain(chain, ctx.now);
  const policy = objectPolicy(object).certificatePolicy;
  if (policy === undefined) throw new VaultError('IntegrityError', `Certificate ${quote(object.name)} has a pending request but no policy.`);
  const { statusDetails: _pending, ...rest } = operation;
  const completed: StoredOperation = { ...rest, status: 'completed' };
  const key = tx.getObject(KEY.type, object.name);
  const keyVersion = key?.versions.find((v) => v.version === operation.keyVersion);
  return writeVersion(tx, ctx, object, {
    version: operation.keyVersion, der: chain[0] as Buffer, chain: chain.slice(1), jwk, keyExists: true, policy,
    operation: completed, enabled: options.enabled ?? keyVersion?.enabled ?? true, tags: validateTags(options.tags ?? {}),
  });
}

/** Imports a certificate (with its chain, and its key if given) as a new version. */
export function importVersion(tx: StoreTransaction, ctx: ObjectContext, object: StoredObject, parts: CertificateParts, jwk: PrivateJwk | undefined, policy: StoredPolicy, options: VersionOptions): VaultCertificate {
  const [leaf, ...chain] = parts.certificates;
  if (leaf === undefined) throw new BadParameterError('The file holds no certificate.');
  checkChain(parts.certificates, ctx.now);
  return writeVersion(tx, ctx, object, {
    version: ctx.newVersion(), der: leaf, chain, jwk, keyExists: false, policy, operation: undefined,
    enabled: options.enabled ?? policy.enabled, tags: validateTags(options.tags ?? {}),
  });
}
