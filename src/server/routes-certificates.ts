/**
 * The certificates routes of the Key Vault data plane (reference: "Operations", certificates),
 * over the caller's `vault.certificates`. Literal segments (`restore`, `contacts`, `issuers`,
 * and `pending`, `policy`, `versions` after a name) come before the `{name}` and `{version?}`
 * routes that would swallow them.
 *
 * Create answers 202 with the CertificateOperation and a Location header on its `pending`
 * resource, as Azure does; the SDK's poller then reads `pending` until the status leaves
 * `inProgress`. Merge answers 201, purge 204. Certificate answers carry an ETag for If-Match. No answer here carries a private key: a
 * certificate's key leaves the vault only as its managed secret (GET /secrets/{name}).
 *
 * Coffer's additions: POST /certificates/{name}/renew (202, a new version per the current
 * policy) and POST /certificates/{name}/renewifdue (200, renews only if an AutoRenew lifetime
 * action is due, deciding and renewing in one transaction).
 */
import type { CertificateVault, VaultCertificate } from '../core/certificates/model.js';
import { certificateETag } from '../core/etag.js';
import { isVaultError } from '../core/errors.js';
import { backupResultWire, parseRestoreParameters } from '../protocol/backup-wire.js';
import {
  contactsWire, issuerBundle, parseContacts, parseIssuerSetParameters, parseIssuerUpdateParameters,
} from '../protocol/certificate-issuers-wire.js';
import { certificatePolicyWire, parseCertificatePolicyInput } from '../protocol/certificate-policy-wire.js';
import {
  MAX_IMPORT_CHARS, parseCertificateCreateParameters, parseCertificateImportParameters, parseCertificateMergeParameters, parseCertificateOperationUpdate,
  parseCertificateUpdateParameters,
} from '../protocol/certificate-requests-wire.js';
import {
  certificateBundle, certificateItem, certificateOperationWire, certificateRenewalWire, deletedCertificateBundle, deletedCertificateItem,
  pendingCertificateWire,
} from '../protocol/certificates-wire.js';
import { objectId } from '../protocol/ids.js';
import type { Reply } from './http-io.js';
import { listReply, MAX_RESTORE_BODY, param } from './route-helpers.js';
import type { Route, RouteContext } from './router.js';

const ok = (body: unknown): Reply => ({ status: 200, body });

/** A certificate version with its ETag, for If-Match on the next PATCH or DELETE. */
const withETag = (ctx: RouteContext, certificate: VaultCertificate, status = 200): Reply =>
  ({ status, body: certificateBundle(ctx.origin, certificate), headers: { etag: certificateETag(certificate.properties) } });
const certificates = (ctx: RouteContext): CertificateVault => ctx.vault.certificates;

/** An import body holds a PEM or PKCS#12 file of up to 256 KiB, base64'd, with its policy. */
const MAX_IMPORT_BODY = MAX_IMPORT_CHARS + 64 * 1024;

/** 202 with the operation, and where to poll it (Azure's Location header). */
function accepted(ctx: RouteContext, body: ReturnType<typeof certificateOperationWire>): Reply {
  const location = `${objectId(ctx.origin, 'certificates', param(ctx, 'name'))}/pending?api-version=${ctx.apiVersion}`;
  return { status: 202, body, headers: { location } };
}

/**
 * The latest version; or, for a certificate whose first request is still pending (no version
 * yet), what Azure answers for it (see pendingCertificateWire). Only a plain CertificateNotFound
 * leads to the second read, which is audited as the CertificatePendingGet it is.
 */
async function latestOrPending(ctx: RouteContext, name: string): Promise<Reply> {
  try {
    return withETag(ctx, await certificates(ctx).getCertificate(name));
  } catch (error) {
    if (!isVaultError(error) || error.code !== 'CertificateNotFound' || error.innerCode !== undefined) throw error;
    try {
      return ok(pendingCertificateWire(ctx.origin, await certificates(ctx).getCertificateOperation(name)));
    } catch (second) {
      throw isVaultError(second) && second.code === 'CertificateNotFound' ? error : second;
    }
  }
}

const SETTINGS_ROUTES: readonly Route[] = [
  {
    method: 'GET', pattern: '/certificates/contacts', operation: 'CertificateContactsGet',
    handle: async (ctx) => ok(contactsWire(ctx.origin, await certificates(ctx).getContacts())),
  },
  {
    method: 'PUT', pattern: '/certificates/contacts', operation: 'CertificateContactsSet',
    handle: async (ctx) => {
      const contacts = parseContacts(ctx.body);
      return ok(contactsWire(ctx.origin, await certificates(ctx).setContacts(contacts)));
    },
  },
  {
    method: 'DELETE', pattern: '/certificates/contacts', operation: 'CertificateContactsDelete',
    handle: async (ctx) => ok(contactsWire(ctx.origin, await certificates(ctx).deleteContacts())),
  },
  {
    method: 'GET', pattern: '/certificates/issuers', operation: 'CertificateIssuerList',
    handle: async (ctx) => listReply(ctx, (vault) => vault.certificates.listIssuers(), (i) => i.name, (i) => issuerBundle(ctx.origin, i)),
  },
  {
    method: 'GET', pattern: '/certificates/issuers/{issuer}', operation: 'CertificateIssuerGet',
    handle: async (ctx) => ok(issuerBundle(ctx.origin, await certificates(ctx).getIssuer(param(ctx, 'issuer')))),
  },
  {
    method: 'PUT', pattern: '/certificates/issuers/{issuer}', operation: 'CertificateIssuerSet',
    handle: async (ctx) => {
      const options = parseIssuerSetParameters(ctx.body);
      return ok(issuerBundle(ctx.origin, await certificates(ctx).createIssuer(param(ctx, 'issuer'), options)));
    },
  },
  {
    method: 'PATCH', pattern: '/certificates/issuers/{issuer}', operation: 'CertificateIssuerUpdate',
    handle: async (ctx) => {
      const options = parseIssuerUpdateParameters(ctx.body);
      return ok(issuerBundle(ctx.origin, await certificates(ctx).updateIssuer(param(ctx, 'issuer'), options)));
    },
  },
  {
    method: 'DELETE', pattern: '/certificates/issuers/{issuer}', operation: 'CertificateIssuerDelete',
    handle: async (ctx) => ok(issuerBundle(ctx.origin, await certificates(ctx).deleteIssuer(param(ctx, 'issuer')))),
  },
];

const PENDING_ROUTES: readonly Route[] = [
  {
    method: 'GET', pattern: '/certificates/{name}/pending', operation: 'CertificatePendingGet',
    handle: async (ctx) => ok(certificateOperationWire(ctx.origin, await certificates(ctx).getCertificateOperation(param(ctx, 'name')))),
  },
  {
    method: 'PATCH', pattern: '/certificates/{name}/pending', operation: 'CertificatePendingCancel',
    handle: async (ctx) => {
      parseCertificateOperationUpdate(ctx.body);
      return ok(certificateOperationWire(ctx.origin, await certificates(ctx).cancelCertificateOperation(param(ctx, 'name'))));
    },
  },
  {
    method: 'DELETE', pattern: '/certificates/{name}/pending', operation: 'CertificatePendingDelete',
    handle: async (ctx) => ok(certificateOperationWire(ctx.origin, await certificates(ctx).deleteCertificateOperation(param(ctx, 'name')))),
  },
  {
    method: 'POST', pattern: '/certificates/{name}/pending/merge', operation: 'CertificatePendingMerge',
    handle: async (ctx) => {
      const { chain, options } = parseCertificateMergeParameters(ctx.body);
      return withETag(ctx, await certificates(ctx).mergeCertificate(param(ctx, 'name'), chain, options), 201);
    },
  },
];

const CERTIFICATE_OBJECT_ROUTES: readonly Route[] = [
  {
    method: 'POST', pattern: '/certificates/{name}/create', operation: 'CertificateCreate',
    handle: async (ctx) => {
      const { policy, options } = parseCertificateCreateParameters(ctx.body);
      return accepted(ctx, certificateOperationWire(ctx.origin, await certificates(ctx).createCertificate(param(ctx, 'name'), policy, options)));
    },
  },
  {
    method: 'POST', pattern: '/certificates/{name}/import', operation: 'CertificateImport', maxBody: MAX_IMPORT_BODY,
    handle: async (ctx) => {
      const { data, options } = parseCertificateImportParameters(ctx.body);
      return withETag(ctx, await certificates(ctx).importCertificate(param(ctx, 'name'), data, options));
    },
  },
  {
    method: 'GET', pattern: '/certificates/{name}/versions', operation: 'CertificateListVersions',
    handle: async (ctx) => listReply(ctx, (vault) => vault.certificates.listPropertiesOfCertificateVersions(param(ctx, 'name')), (p) => p.version,
      (p) => certificateItem(ctx.origin, p, true), false),
  },
  {
    method: 'GET', pattern: '/certificates/{name}/policy', operation: 'CertificatePolicyGet',
    handle: async (ctx) => ok(certificatePolicyWire(ctx.origin, param(ctx, 'name'), await certificates(ctx).getCertificatePolicy(param(ctx, 'name')))),
  },
  {
    method: 'PATCH', pattern: '/certificates/{name}/policy', operation: 'CertificatePolicyUpdate',
    handle: async (ctx) => {
      const policy = parseCertificatePolicyInput(ctx.body);
      return ok(certificatePolicyWire(ctx.origin, param(ctx, 'name'), await certificates(ctx).updateCertificatePolicy(param(ctx, 'name'), policy)));
    },
  },
  ...PENDING_ROUTES,
  {
    method: 'POST', pattern: '/certificates/{name}/backup', operation: 'CertificateBackup',
    handle: async (ctx) => ok(backupResultWire(await certificates(ctx).backupCertificate(param(ctx, 'name')))),
  },
  {
    method: 'POST', pattern: '/certificates/{name}/renew', operation: 'CertificateRenew',
    handle: async (ctx) => accepted(ctx, certificateOperationWire(ctx.origin, await certificates(ctx).renewCertificate(param(ctx, 'name')))),
  },
  {
    method: 'POST', pattern: '/certificates/{name}/renewifdue', operation: 'CertificateRenewIfDue',
    handle: async (ctx) => ok(certificateRenewalWire(ctx.origin, await certificates(ctx).renewCertificateIfDue(param(ctx, 'name')))),
  },
  {
    method: 'GET', pattern: '/certificates/{name}/{version?}', operation: 'CertificateGet',
    handle: async (ctx) => {
      const name = param(ctx, 'name');
      const version = ctx.params.version;
      if (version === undefined) return latestOrPending(ctx, name);
      return withETag(ctx, await certificates(ctx).getCertificateVersion(name, version));
    },
  },
  {
    method: 'PATCH', pattern: '/certificates/{name}/{version?}', operation: 'CertificateUpdate', ifMatch: { type: 'certificate', versioned: true },
    handle: async (ctx) => {
      const options = parseCertificateUpdateParameters(ctx.body);
      return withETag(ctx, await certificates(ctx).updateCertificateProperties(param(ctx, 'name'), ctx.params.version, options));
    },
  },
  {
    method: 'DELETE', pattern: '/certificates/{name}', operation: 'CertificateDelete', ifMatch: { type: 'certificate', versioned: false },
    handle: async (ctx) => ok(deletedCertificateBundle(ctx.origin, await certificates(ctx).deleteCertificate(param(ctx, 'name')))),
  },
];

export const CERTIFICATE_ROUTES: readonly Route[] = [
  {
    method: 'GET', pattern: '/certificates', operation: 'CertificateList',
    handle: async (ctx) => listReply(ctx, (vault) => vault.certificates.listPropertiesOfCertificates(), (p) => p.name, (p) => certificateItem(ctx.origin, p, false)),
  },
  {
    method: 'POST', pattern: '/certificates/restore', operation: 'CertificateRestore', maxBody: MAX_RESTORE_BODY,
    handle: async (ctx) => {
      const blob = parseRestoreParameters(ctx.body);
      return withETag(ctx, await certificates(ctx).restoreCertificateBackup(blob));
    },
  },
  ...SETTINGS_ROUTES,
  ...CERTIFICATE_OBJECT_ROUTES,
  {
    method: 'GET', pattern: '/deletedcertificates', operation: 'CertificateListDeleted',
    handle: async (ctx) => listReply(ctx, (vault) => vault.certificates.listDeletedCertificates(), (d) => d.certificate.name, (d) => deletedCertificateItem(ctx.origin, d)),
  },
  {
    method: 'GET', pattern: '/deletedcertificates/{name}', operation: 'CertificateGetDeleted',
    handle: async (ctx) => ok(deletedCertificateBundle(ctx.origin, await certificates(ctx).getDeletedCertificate(param(ctx, 'name')))),
  },
  {
    method: 'DELETE', pattern: '/deletedcertificates/{name}', operation: 'CertificatePurge',
    handle: async (ctx) => {
      await certificates(ctx).purgeDeletedCertificate(param(ctx, 'name'));
      return { status: 204 };
    },
  },
  {
    method: 'POST', pattern: '/deletedcertificates/{name}/recover', operation: 'CertificateRecover',
    handle: async (ctx) => withETag(ctx, await certificates(ctx).recoverDeletedCertificate(param(ctx, 'name'))),
  },
];
