/**
 * A CertificateVault whose implementation is loaded by its first call. The certificate code
 * (X.509, PKCS#12, policies) is large; a process that never touches a certificate — the fetch
 * action, `coffer secret get` — must not load or compile it.
 */
import type { CertificateVault } from './model.js';

const METHODS = [
  'createCertificate', 'getCertificateOperation', 'cancelCertificateOperation', 'deleteCertificateOperation', 'mergeCertificate',
  'importCertificate', 'getCertificate', 'getCertificateVersion', 'updateCertificateProperties', 'listPropertiesOfCertificates',
  'listPropertiesOfCertificateVersions', 'deleteCertificate', 'listDeletedCertificates', 'getDeletedCertificate',
  'recoverDeletedCertificate', 'purgeDeletedCertificate', 'backupCertificate', 'restoreCertificateBackup', 'getCertificatePolicy',
  'updateCertificatePolicy', 'renewCertificate', 'renewCertificateIfDue', 'getContacts', 'setContacts', 'deleteContacts',
  'createIssuer', 'getIssuer', 'updateIssuer', 'deleteIssuer', 'listIssuers',
] as const satisfies readonly (keyof CertificateVault)[];

// Fails to compile if CertificateVault gains a method that METHODS does not list.
type Unlisted = Exclude<keyof CertificateVault, (typeof METHODS)[number]>;
export const LISTS_EVERY_METHOD: [Unlisted] extends [never] ? true : Unlisted = true;

export function lazyCertificates(load: () => Promise<CertificateVault>): CertificateVault {
  let loaded: Promise<CertificateVault> | undefined;
  const facade: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of METHODS) {
    facade[method] = async (...args: unknown[]) => {
      loaded ??= load();
      const impl = await loaded;
      return (impl[method] as (...a: unknown[]) => Promise<unknown>).apply(impl, args);
    };
  }
  return facade as unknown as CertificateVault;
}
