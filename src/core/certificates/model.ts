/**
 * Certificates as callers see them, after the Azure SDK's public models (camelCase, Date,
 * bytes), not the wire format (snake_case, Unix seconds, base64), which lives in src/protocol.
 *
 * A certificate is a policy plus versions. Each version has a key and a secret of the same name
 * and version (`managed: true`): the key is the certificate's key pair (usable for keys/sign),
 * the secret holds the certificate and chain, with the private key if the policy is exportable.
 */
import type { Tags, VersionProperties } from '../model.js';

export type CertificateKeyType = 'RSA' | 'EC';
export type CertificateCurve = 'P-256' | 'P-384' | 'P-521';
export const CERTIFICATE_CURVES: readonly CertificateCurve[] = ['P-256', 'P-384', 'P-521'];
export const CERTIFICATE_RSA_SIZES: readonly number[] = [2048, 3072, 4096];

export const PKCS12_CONTENT_TYPE = 'application/x-pkcs12';
export const PEM_CONTENT_TYPE = 'application/x-pem-file';
export type CertificateContentType = typeof PKCS12_CONTENT_TYPE | typeof PEM_CONTENT_TYPE;

export const KEY_USAGES = [
  'digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement',
  'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly',
] as const;
export type KeyUsageName = (typeof KEY_USAGES)[number];

/** The issuers every vault has; any other name is a vault CA created with createIssuer. */
export const SELF_ISSUER = 'Self';
export const UNKNOWN_ISSUER = 'Unknown';

export interface SubjectAlternativeNames {
  readonly dnsNames: readonly string[];
  readonly emails: readonly string[];
  /** User principal names (otherName 1.3.6.1.4.1.311.20.2.3). */
  readonly upns: readonly string[];
  readonly ipAddresses: readonly string[];
}

/** Exactly one trigger is set. */
export interface CertificateLifetimeAction {
  readonly action: 'AutoRenew' | 'EmailContacts';
  /** 1–99: fires once this share of the validity period has passed. */
  readonly lifetimePercentage?: number;
  /** Fires this many days before expiry. */
  readonly daysBeforeExpiry?: number;
}

export interface CertificatePolicy {
  readonly keyType: CertificateKeyType;
  /** RSA only: 2048, 3072 or 4096. */
  readonly keySize: number | undefined;
  /** EC only. */
  readonly curve: CertificateCurve | undefined;
  /** Whether the private key is in the certificate's secret (and may leave the vault). */
  readonly exportable: boolean;
  /** Whether a renewal keeps the current key pair instead of generating a new one. */
  readonly reuseKey: boolean;
  readonly contentType: CertificateContentType;
  /** An X.500 name such as `CN=api.example.com, O=Example`; empty only if there are SANs. */
  readonly subject: string;
  readonly subjectAlternativeNames: SubjectAlternativeNames;
  /** Extended key usage OIDs, e.g. 1.3.6.1.5.5.7.3.1 (serverAuth). */
  readonly enhancedKeyUsage: readonly string[];
  readonly keyUsage: readonly KeyUsageName[];
  /** 1–120. */
  readonly validityInMonths: number;
  readonly lifetimeActions: readonly CertificateLifetimeAction[];
  /** `Self`, `Unknown`, or the name of a vault CA issuer. */
  readonly issuerName: string;
  /** A CA certificate: basicConstraints CA:true (Coffer's addition to Azure's policy). */
  readonly ca: boolean;
  readonly enabled: boolean;
  readonly createdOn: Date | undefined;
  readonly updatedOn: Date | undefined;
}

/** What a caller gives for a policy: anything left out takes the default (see defaultPolicy). */
export type CertificatePolicyInput = {
  readonly [K in keyof Omit<CertificatePolicy, 'createdOn' | 'updatedOn' | 'subjectAlternativeNames'>]?: CertificatePolicy[K];
} & { readonly subjectAlternativeNames?: Partial<SubjectAlternativeNames> };

/** Properties of one certificate version: everything but the DER. Dates are the certificate's validity. */
export interface CertificateProperties extends VersionProperties {
  /** SHA-1 of the DER (Azure's x5t). */
  readonly x509Thumbprint: Uint8Array;
  readonly x509ThumbprintSha256: Uint8Array;
  readonly subject: string;
  /** The issuer's distinguished name, as in the certificate. */
  readonly issuer: string;
  /** Hex, upper case, as openssl prints it without colons. */
  readonly serialNumber: string;
  readonly subjectAlternativeNames: SubjectAlternativeNames;
}

export interface VaultCertificate {
  readonly name: string;
  readonly properties: CertificateProperties;
  /** The certificate, DER. */
  readonly cer: Uint8Array;
  /** The issuing chain after the certificate (DER each), up to the root if known; empty if self-signed. */
  readonly chain: readonly Uint8Array[];
  /** `/keys/name/version` of the managed key; undefined for a certificate imported without its private key. */
  readonly keyId: string | undefined;
  /** `/secrets/name/version` of the managed secret (the certificate and chain, with the private key if exportable). */
  readonly secretId: string;
  /** The certificate's current policy: with getCertificate (latest), not with a named version. */
  readonly policy?: CertificatePolicy;
}

export type CertificateOperationStatus = 'inProgress' | 'completed' | 'cancelled' | 'failed';

/** A create, renewal or import in progress or finished, as Azure's CertificateOperation. */
export interface CertificateOperation {
  readonly name: string;
  readonly status: CertificateOperationStatus;
  readonly statusDetails: string | undefined;
  readonly issuerName: string;
  /** The PKCS#10 request (DER) for the pending key: sign it and merge the chain (issuer Unknown). */
  readonly csr: Uint8Array;
  readonly cancellationRequested: boolean;
  readonly requestId: string;
  /** Set when the operation failed. */
  readonly error: { readonly code: string; readonly message: string } | undefined;
  /** `/certificates/name` once completed. */
  readonly target: string | undefined;
}

export interface DeletedCertificate {
  readonly certificate: VaultCertificate;
  readonly deletedOn: Date;
  readonly scheduledPurgeDate: Date;
}

/** What a caller may change on a version (the policy has its own update). */
export interface UpdateCertificateOptions {
  readonly enabled?: boolean;
  readonly tags?: Tags;
}

export interface CreateCertificateOptions {
  readonly enabled?: boolean;
  readonly tags?: Tags;
}

export interface ImportCertificateOptions {
  /** The PKCS#12 password; empty or absent for none. */
  readonly password?: string;
  /** Policy fields to keep with the certificate; its key and subject come from the certificate itself. */
  readonly policy?: CertificatePolicyInput;
  readonly enabled?: boolean;
  readonly tags?: Tags;
}

/** A vault CA: an issuer backed by a CA certificate in this vault, whose key signs what it issues. */
export interface CertificateIssuer {
  readonly name: string;
  /** Always `Coffer`: the only provider this vault has. */
  readonly provider: 'Coffer';
  /** The vault certificate (CA:true, keyCertSign) whose latest version signs. */
  readonly certificateName: string;
  readonly enabled: boolean;
  readonly createdOn: Date;
  readonly updatedOn: Date;
}

export interface CreateIssuerOptions {
  readonly certificateName: string;
  readonly enabled?: boolean;
}

export interface UpdateIssuerOptions {
  readonly certificateName?: string;
  readonly enabled?: boolean;
}

export interface CertificateContact {
  readonly email?: string;
  readonly name?: string;
  readonly phone?: string;
}

/** What a renew-if-due pass did. */
export interface CertificateRenewalOutcome {
  readonly name: string;
  /** `renewed`: a new version (or, for issuer Unknown, a pending request) was made; `notify`: an EmailContacts action is due. */
  readonly result: 'renewed' | 'notify' | 'not-due';
  readonly operation: CertificateOperation | undefined;
  readonly certificate: VaultCertificate;
  /** The trigger that fired, e.g. `lifetimePercentage 80`. */
  readonly reason?: string;
}

/**
 * certificates/* permissions, as Azure's Certificates Officer holds them. Each method's doc in
 * the Vault names the permission it checks.
 */
export interface CertificateVault {
  /**
   * certificates/create. Starts a new certificate or a new version of one: with issuer Self or a
   * vault CA the operation completes at once; with issuer Unknown it stays inProgress with a
   * CSR until mergeCertificate. Creating over an existing certificate replaces its policy.
   */
  createCertificate(name: string, policy: CertificatePolicyInput, options?: CreateCertificateOptions): Promise<CertificateOperation>;
  /** certificates/get. The last create, renewal or merge; CertificateNotFound (PendingCertificateNotFound inner) if none. */
  getCertificateOperation(name: string): Promise<CertificateOperation>;
  /** certificates/update. Cancels a pending (inProgress) request. */
  cancelCertificateOperation(name: string): Promise<CertificateOperation>;
  /** certificates/update (as Azure). Forgets the operation (and a pending request's key is left as it is). */
  deleteCertificateOperation(name: string): Promise<CertificateOperation>;
  /** certificates/create. Merges a CA-signed chain (leaf first, DER) into the pending request. */
  mergeCertificate(name: string, x509Chain: readonly Uint8Array[], options?: CreateCertificateOptions): Promise<VaultCertificate>;
  /** certificates/import. PEM text or PKCS#12 bytes, with or without the private key. */
  importCertificate(name: string, data: Uint8Array, options?: ImportCertificateOptions): Promise<VaultCertificate>;
  /** certificates/get. The latest version, with the policy. */
  getCertificate(name: string): Promise<VaultCertificate>;
  /** certificates/get. One version, without the policy. */
  getCertificateVersion(name: string, version: string): Promise<VaultCertificate>;
  /** certificates/update. Enabled and tags of a version (the latest if none is named); the key and secret follow. */
  updateCertificateProperties(name: string, version: string | undefined, options: UpdateCertificateOptions): Promise<VaultCertificate>;
  /** certificates/list. Each live certificate's latest version, ordered by name. */
  listPropertiesOfCertificates(): Promise<CertificateProperties[]>;
  /** certificates/list. Every version of one certificate, oldest first. */
  listPropertiesOfCertificateVersions(name: string): Promise<CertificateProperties[]>;
  /** certificates/delete. Soft delete of the certificate with its key and secret. */
  deleteCertificate(name: string): Promise<DeletedCertificate>;
  /** certificates/list. */
  listDeletedCertificates(): Promise<DeletedCertificate[]>;
  /** certificates/get. */
  getDeletedCertificate(name: string): Promise<DeletedCertificate>;
  /** certificates/recover. With its key and secret. */
  recoverDeletedCertificate(name: string): Promise<VaultCertificate>;
  /** certificates/purge. With its key and secret. */
  purgeDeletedCertificate(name: string): Promise<void>;
  /** certificates/backup. One blob holding the certificate, its key and its secret. */
  backupCertificate(name: string): Promise<string>;
  /** certificates/restore. Refused if any of the three names exists, deleted or not. */
  restoreCertificateBackup(blob: string): Promise<VaultCertificate>;
  /** certificates/get. */
  getCertificatePolicy(name: string): Promise<CertificatePolicy>;
  /** certificates/update. Fields left out keep their current value. */
  updateCertificatePolicy(name: string, policy: CertificatePolicyInput): Promise<CertificatePolicy>;
  /** certificates/create. A new version per the current policy (the same key if reuseKey). */
  renewCertificate(name: string): Promise<CertificateOperation>;
  /** certificates/create. Renews if an AutoRenew lifetime action is due now; reports a due EmailContacts. */
  renewCertificateIfDue(name: string): Promise<CertificateRenewalOutcome>;
  /** certificates/managecontacts. */
  getContacts(): Promise<CertificateContact[]>;
  /** certificates/managecontacts. Replaces the list (1–32 contacts, each with an email). */
  setContacts(contacts: readonly CertificateContact[]): Promise<CertificateContact[]>;
  /** certificates/managecontacts. Returns the list as it was. */
  deleteContacts(): Promise<CertificateContact[]>;
  /** certificates/manageissuers. A vault CA backed by a CA certificate in this vault. */
  createIssuer(name: string, options: CreateIssuerOptions): Promise<CertificateIssuer>;
  /** certificates/getissuers. */
  getIssuer(name: string): Promise<CertificateIssuer>;
  /** certificates/manageissuers. */
  updateIssuer(name: string, options: UpdateIssuerOptions): Promise<CertificateIssuer>;
  /** certificates/manageissuers. Certificates it issued stay as they are. */
  deleteIssuer(name: string): Promise<CertificateIssuer>;
  /** certificates/listissuers. Ordered by name. */
  listIssuers(): Promise<CertificateIssuer[]>;
}
