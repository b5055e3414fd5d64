/**
 * Pure rendering of certificates: the stable JSON shapes that `coffer certificate … --json`
 * promises (the domain models with dates as ISO text, bytes as base64 — thumbprints as upper
 * case hex, as openssl and Windows show them — and absent values as null; key order is part of
 * the contract) and the text views. A VaultCertificate holds no private key, so nothing
 * rendered here can carry one.
 */
import type {
  CertificateIssuer, CertificateOperation, CertificateProperties, DeletedCertificate, SubjectAlternativeNames, VaultCertificate,
} from '../../core/certificates/model.js';
import type { RecoveryLevel } from '../../core/model.js';
import { deletedTable, expiryCell, isoOrNull, renderTable } from '../format.js';
import { pemBlock } from '../../core/pem.js';

/** A certificate version's properties as `--json` prints them. */
export interface CertificatePropertiesJson {
  readonly name: string;
  readonly version: string;
  readonly enabled: boolean;
  readonly notBefore: string | null;
  readonly expiresOn: string | null;
  readonly createdOn: string;
  readonly updatedOn: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly subject: string;
  readonly issuer: string;
  readonly serialNumber: string;
  readonly x509Thumbprint: string;
  readonly x509ThumbprintSha256: string;
  readonly subjectAlternativeNames: SubjectAlternativeNames;
  readonly recoverableDays: number;
  readonly recoveryLevel: RecoveryLevel;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex').toUpperCase();
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function sansJson(sans: SubjectAlternativeNames): SubjectAlternativeNames {
  return { dnsNames: [...sans.dnsNames], emails: [...sans.emails], upns: [...sans.upns], ipAddresses: [...sans.ipAddresses] };
}

export function certificatePropertiesJson(p: CertificateProperties): CertificatePropertiesJson {
  return {
    name: p.name,
    version: p.version,
    enabled: p.enabled,
    notBefore: isoOrNull(p.notBefore),
    expiresOn: isoOrNull(p.expiresOn),
    createdOn: p.createdOn.toISOString(),
    updatedOn: p.updatedOn.toISOString(),
    tags: { ...p.tags },
    subject: p.subject,
    issuer: p.issuer,
    serialNumber: p.serialNumber,
    x509Thumbprint: hex(p.x509Thumbprint),
    x509ThumbprintSha256: hex(p.x509ThumbprintSha256),
    subjectAlternativeNames: sansJson(p.subjectAlternativeNames),
    recoverableDays: p.recoverableDays,
    recoveryLevel: p.recoveryLevel,
  };
}

/** A certificate as `--json` prints it: ids, the DER and chain in base64, and the properties. */
export interface VaultCertificateJson {
  readonly name: string;
  /** Null for a certificate imported without its private key. */
  readonly keyId: string | null;
  readonly secretId: string;
  readonly cer: string;
  readonly chain: readonly string[];
  readonly properties: CertificatePropertiesJson;
}

export function vaultCertificateJson(certificate: VaultCertificate): VaultCertificateJson {
  return {
    name: certificate.name,
    keyId: certificate.keyId ?? null,
    secretId: certificate.secretId,
    cer: base64(certificate.cer),
    chain: certificate.chain.map(base64),
    properties: certificatePropertiesJson(certificate.properties),
  };
}

export function deletedCertificateJson(deleted: DeletedCertificate): VaultCertificateJson & { readonly deletedOn: string; readonly scheduledPurgeDate: string } {
  return { ...vaultCertificateJson(deleted.certificate), deletedOn: deleted.deletedOn.toISOString(), scheduledPurgeDate: deleted.scheduledPurgeDate.toISOString() };
}

/** A create, renewal or merge as `--json` prints it; the CSR (DER) in base64. */
export function operationJson(op: CertificateOperation): Record<string, unknown> {
  return {
    name: op.name,
    status: op.status,
    statusDetails: op.statusDetails ?? null,
    issuerName: op.issuerName,
    csr: base64(op.csr),
    cancellationRequested: op.cancellationRequested,
    requestId: op.requestId,
    error: op.error === undefined ? null : { code: op.error.code, message: op.error.message },
    target: op.target ?? null,
  };
}

export function issuerJson(issuer: CertificateIssuer): Record<string, unknown> {
  return {
    name: issuer.name,
    provider: issuer.provider,
    certificateName: issuer.certificateName,
    enabled: issuer.enabled,
    createdOn: issuer.createdOn.toISOString(),
    updatedOn: issuer.updatedOn.toISOString(),
  };
}

/** The PKCS#10 request, as `openssl req -in` and `openssl x509 -req -in` read it. */
export const csrPem = (op: CertificateOperation): string => pemBlock('CERTIFICATE REQUEST', op.csr);

/** `DNS:a.example, IP:10.0.0.1, email:x@example, UPN:x@example`, or `-`. */
export function sansText(sans: SubjectAlternativeNames): string {
  const all = [
    ...sans.dnsNames.map((n) => `DNS:${n}`), ...sans.ipAddresses.map((n) => `IP:${n}`),
    ...sans.emails.map((n) => `email:${n}`), ...sans.upns.map((n) => `UPN:${n}`),
  ];
  return all.length === 0 ? '-' : all.join(', ');
}

/** Rows of `Label:  value`, labels padded to one width. */
export function labelled(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return `${rows.map(([label, value]) => `${`${label}:`.padEnd(width)}  ${value}`).join('\n')}\n`;
}

const dateCell = (date: Date | undefined): string => (date === undefined ? '-' : date.toISOString());

/** `certificate get` as text: one property a line, then the certificate as PEM. */
export function certificateDetails(certificate: VaultCertificate, now: Date): string {
  const p = certificate.properties;
  const tags = Object.entries(p.tags).map(([name, value]) => `${name}=${value}`).join(', ');
  const rows: [string, string][] = [
    ['Name', certificate.name],
    ['Version', p.version],
    ['Subject', p.subject || '-'],
    ['Issuer', p.issuer || '-'],
    ['SANs', sansText(p.subjectAlternativeNames)],
    ['Serial', p.serialNumber],
    ['Not before', dateCell(p.notBefore)],
    ['Expires', expiryCell(p.expiresOn, now)],
    ['SHA-1', hex(p.x509Thumbprint)],
    ['SHA-256', hex(p.x509ThumbprintSha256)],
    ['Chain', certificate.chain.length === 0 ? '-' : `${certificate.chain.length} issuing certificate${certificate.chain.length === 1 ? '' : 's'}`],
    ['Enabled', String(p.enabled)],
    ['Created', p.createdOn.toISOString()],
    ['Updated', p.updatedOn.toISOString()],
    ['Tags', tags === '' ? '-' : tags],
    ['Key', certificate.keyId ?? '- (imported without its private key)'],
    ['Secret', certificate.secretId],
  ];
  if (certificate.policy !== undefined) rows.push(['Policy issuer', certificate.policy.issuerName]);
  return `${labelled(rows)}\n${pemBlock('CERTIFICATE', certificate.cer)}`;
}

/** `certificate list` and `certificate versions` as text: what a certificate is known by, and when it expires. */
export function certificatePropertiesTable(list: readonly CertificateProperties[], now: Date, empty: string): string {
  if (list.length === 0) return `${empty}\n`;
  return renderTable(['NAME', 'VERSION', 'ENABLED', 'EXPIRES', 'SUBJECT'],
    list.map((p) => [p.name, p.version, String(p.enabled), expiryCell(p.expiresOn, now), p.subject || '-']));
}

/** `certificate deleted` as text. */
export function deletedCertificatesTable(list: readonly DeletedCertificate[], now: Date): string {
  return deletedTable(list.map((d) => ({ ...d, properties: d.certificate.properties })), now, 'No deleted certificates.');
}

/** `certificate issuer list` as text. */
export function issuersTable(list: readonly CertificateIssuer[]): string {
  if (list.length === 0) return 'No issuers (Self and Unknown are always there).\n';
  return renderTable(['NAME', 'CERTIFICATE', 'ENABLED', 'UPDATED'],
    list.map((i) => [i.name, i.certificateName, String(i.enabled), i.updatedOn.toISOString()]));
}

/** `certificate pending` as text: the status, and what to do next while a request is pending. */
export function operationText(op: CertificateOperation): string {
  const rows: [string, string][] = [
    ['Certificate', op.name],
    ['Status', op.status],
    ['Issuer', op.issuerName],
    ['Request id', op.requestId],
  ];
  if (op.statusDetails !== undefined) rows.push(['Details', op.statusDetails]);
  if (op.cancellationRequested) rows.push(['Cancellation', 'requested']);
  if (op.error !== undefined) rows.push(['Error', `${op.error.message} (${op.error.code})`]);
  if (op.target !== undefined) rows.push(['Target', op.target]);
  const text = labelled(rows);
  return op.status === 'inProgress' ? `${text}\n${csrPem(op)}` : text;
}
