/**
 * How certificates sit in the store. A certificate is an object of type `certificate`:
 *   - each version's `meta` holds the DER, the issuing chain and what is read from them
 *     (subject, issuer, serial, SANs, thumbprints); its dates are the certificate's validity;
 *   - the object's `policy` holds the certificate policy and the last operation (a pending
 *     request keeps its CSR and the version of the key it was made with).
 * Vault-wide certificate settings — the contacts and the vault CA issuers — are objects of the
 * same type under names no certificate can have (they start with `.`, which names never do),
 * with no versions, so that they are never listed, deleted or swept as certificates.
 */
import { createHash } from 'node:crypto';
import { VaultError, quote } from '../errors.js';
import { versionPropertiesOf } from '../objects.js';
import type { StoredObject, StoredVersion } from '../store/store.js';
import type {
  CertificateContact, CertificateIssuer, CertificateOperation, CertificateOperationStatus, CertificateProperties, SubjectAlternativeNames, VaultCertificate,
} from './model.js';
import { policyOf, type StoredPolicy } from './policy.js';
import type { CertificateInfo } from './x509.js';

export const CONTACTS_NAME = '.contacts';
export const ISSUER_PREFIX = '.issuer.';

/** The clear metadata of a certificate version, kept in StoredVersion.meta. */
export interface CertificateMeta {
  /** base64 DER. */
  readonly cer: string;
  readonly chain: readonly string[];
  readonly subject: string;
  readonly issuer: string;
  readonly serialNumber: string;
  readonly sans: SubjectAlternativeNames;
  readonly ca: boolean;
  /** False for a certificate imported without its private key: it has no key version. */
  readonly hasKey: boolean;
}

export interface StoredOperation {
  readonly requestId: string;
  readonly status: CertificateOperationStatus;
  readonly statusDetails?: string;
  readonly issuerName: string;
  /** base64 DER of the PKCS#10 request. */
  readonly csr: string;
  readonly cancellationRequested: boolean;
  readonly error?: { readonly code: string; readonly message: string };
  /** The key version a pending request was made for; the merged certificate gets the same version. */
  readonly keyVersion?: string;
  readonly created: string;
}

/** StoredObject.policy of a certificate. */
export interface CertificateObjectPolicy {
  readonly certificatePolicy?: StoredPolicy;
  readonly operation?: StoredOperation;
}

export interface StoredIssuer {
  readonly name: string;
  readonly certificateName: string;
  readonly enabled: boolean;
  readonly created: string;
  readonly updated: string;
}

export function metaOf(name: string, version: StoredVersion): CertificateMeta {
  const meta = version.meta as CertificateMeta | undefined;
  if (meta === undefined || typeof meta.cer !== 'string') throw new VaultError('IntegrityError', `Certificate ${quote(name)} version ${version.version} has no certificate data.`);
  return meta;
}

export function metaFrom(der: Buffer, chain: readonly Buffer[], info: CertificateInfo, hasKey: boolean): CertificateMeta {
  return {
    cer: der.toString('base64'), chain: chain.map((c) => c.toString('base64')),
    subject: info.subject, issuer: info.issuer, serialNumber: info.serialNumber, sans: info.subjectAlternativeNames, ca: info.ca, hasKey,
  };
}

export function objectPolicy(object: StoredObject): CertificateObjectPolicy {
  const policy: CertificateObjectPolicy = object.policy ?? {};
  return policy;
}

export function certificatePropertiesOf(object: StoredObject, version: StoredVersion): CertificateProperties {
  const meta = metaOf(object.name, version);
  const der = Buffer.from(meta.cer, 'base64');
  return {
    ...versionPropertiesOf(object, version),
    x509Thumbprint: createHash('sha1').update(der).digest(),
    x509ThumbprintSha256: createHash('sha256').update(der).digest(),
    subject: meta.subject,
    issuer: meta.issuer,
    serialNumber: meta.serialNumber,
    subjectAlternativeNames: {
      dnsNames: [...meta.sans.dnsNames], emails: [...meta.sans.emails], upns: [...meta.sans.upns], ipAddresses: [...meta.sans.ipAddresses],
    },
  };
}

export function vaultCertificateOf(object: StoredObject, version: StoredVersion, withPolicy: boolean): VaultCertificate {
  const meta = metaOf(object.name, version);
  const stored = objectPolicy(object).certificatePolicy;
  return {
    name: object.name,
    properties: certificatePropertiesOf(object, version),
    cer: Buffer.from(meta.cer, 'base64'),
    chain: meta.chain.map((c) => Buffer.from(c, 'base64')),
    keyId: meta.hasKey ? `/keys/${object.name}/${version.version}` : undefined,
    secretId: `/secrets/${object.name}/${version.version}`,
    ...(withPolicy && stored !== undefined ? { policy: policyOf(stored) } : {}),
  };
}

export function operationOf(name: string, stored: StoredOperation): CertificateOperation {
  return {
    name,
    status: stored.status,
    statusDetails: stored.statusDetails,
    issuerName: stored.issuerName,
    csr: Buffer.from(stored.csr, 'base64'),
    cancellationRequested: stored.cancellationRequested,
    requestId: stored.requestId,
    error: stored.error === undefined ? undefined : { ...stored.error },
    target: stored.status === 'completed' ? `/certificates/${name}` : undefined,
  };
}

export function issuerOf(stored: StoredIssuer): CertificateIssuer {
  return {
    name: stored.name, provider: 'Coffer', certificateName: stored.certificateName, enabled: stored.enabled,
    createdOn: new Date(stored.created), updatedOn: new Date(stored.updated),
  };
}

export function issuerObjectName(name: string): string {
  return `${ISSUER_PREFIX}${name.toLowerCase()}`;
}

export function storedIssuer(object: StoredObject | undefined): StoredIssuer | undefined {
  return (object?.policy as { issuer?: StoredIssuer } | undefined)?.issuer;
}

export function storedContacts(object: StoredObject | undefined): CertificateContact[] {
  const contacts = (object?.policy as { contacts?: CertificateContact[] } | undefined)?.contacts ?? [];
  return contacts.map((c) => ({ ...c }));
}
