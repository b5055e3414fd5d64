/**
 * For test/server/roles.test.ts: one row per certificate route of the server
 * (routes-certificates.ts), with the permission the vault checks for it, copied from
 * src/core/certificates/service.ts (the read/write spec of the method the route calls), never
 * from the role table. Writes say how to observe what they would change, so that a denied one
 * can be shown to have changed nothing.
 */
import { Workshop } from './certificate-helpers.js';
import type { Arranged, Env, Method, OperationRow } from './roles-operations.js';

/** Made once with the admin token and never changed by a row. */
export interface CertificateFixtures {
  /** A live EC certificate (issuer Self) and its base64url SHA-1 thumbprint. */
  readonly certificate: string;
  readonly x5t: string;
  /** A soft-deleted certificate. */
  readonly deleted: string;
  /** A first request still pending (issuer Unknown). */
  readonly pending: string;
  /** A vault CA issuer, over the CA certificate `caCertificate`. */
  readonly issuer: string;
  readonly caCertificate: string;
  /** A certificate with its key, as PEM, to import under fresh names. */
  readonly pem: string;
  /** One valid for a day, with a policy that makes its renewal due at once. */
  readonly shortPem: string;
  /** Signs a CSR (DER) with an openssl CA; the chain to merge, base64, leaf first. */
  signCsr(csr: Buffer): string[];
  close(): void;
}

const EC = { key_props: { kty: 'EC', crv: 'P-256' }, x509_props: { subject: 'CN=roles.example.test' } };
const PENDING = { ...EC, issuer: { name: 'Unknown' } };

type Fresh = Env & { readonly shared: { readonly certificates: CertificateFixtures } };

export async function makeCertificateFixtures(env: Pick<Env, 'admin'>): Promise<CertificateFixtures> {
  const workshop = new Workshop();
  const root = workshop.ca('/CN=Roles Test Root');
  const created = await env.admin('POST', '/certificates/shared-cert/create', { policy: EC });
  if (created.status !== 'completed') throw new Error('the shared certificate was not issued');
  const got = await env.admin('GET', '/certificates/shared-cert');
  await env.admin('POST', '/certificates/shared-deleted-cert/create', { policy: EC });
  await env.admin('DELETE', '/certificates/shared-deleted-cert');
  await env.admin('POST', '/certificates/shared-pending/create', { policy: PENDING });
  await env.admin('POST', '/certificates/shared-ca/create', { policy: { ...EC, x509_props: { subject: 'CN=Roles CA', validity_months: 24, basic_constraints: { ca: true } } } });
  await env.admin('PUT', '/certificates/issuers/shared-issuer', { provider: 'Coffer', credentials: { account_id: 'shared-ca' } });
  return {
    certificate: 'shared-cert', x5t: String(got.x5t), deleted: 'shared-deleted-cert', pending: 'shared-pending', issuer: 'shared-issuer', caCertificate: 'shared-ca',
    pem: workshop.leaf('import.roles.test').pem, shortPem: workshop.leaf('short.roles.test', 1).pem,
    signCsr: (csr) => [workshop.signCsr(csr, root).toString('base64'), root.der.toString('base64')],
    close: () => { workshop.close(); },
  };
}

/** A certificate's observable state: versions, latest version, policy, pending request, deleted or not, and its key and secret versions. */
export async function certificateState(env: Env, name: string): Promise<unknown> {
  const read = async (path: string): Promise<unknown> => {
    const reply = await env.adminRaw('GET', path);
    return reply.status === 200 ? reply.json : reply.status;
  };
  const ids = (list: unknown): unknown => (typeof list === 'object' && list !== null ? (list as { value: { id?: string; kid?: string }[] }).value.map((v) => v.id ?? v.kid).sort() : list);
  return {
    versions: ids(await read(`/certificates/${name}/versions`)), latest: await read(`/certificates/${name}`), policy: await read(`/certificates/${name}/policy`),
    pending: await read(`/certificates/${name}/pending`), deleted: await read(`/deletedcertificates/${name}`),
    keys: ids(await read(`/keys/${name}/versions`)), secrets: ids(await read(`/secrets/${name}/versions`)),
  };
}

/** The vault-wide settings: issuers and contacts. */
async function settingsState(env: Env): Promise<unknown> {
  return { issuers: (await env.adminRaw('GET', '/certificates/issuers')).json, contacts: (await env.adminRaw('GET', '/certificates/contacts')).json };
}

async function live(env: Env): Promise<string> {
  const name = env.fresh('c');
  await env.admin('POST', `/certificates/${name}/create`, { policy: EC });
  return name;
}

async function pending(env: Env): Promise<string> {
  const name = env.fresh('c');
  await env.admin('POST', `/certificates/${name}/create`, { policy: PENDING });
  return name;
}

async function deleted(env: Env): Promise<string> {
  const name = await live(env);
  await env.admin('DELETE', `/certificates/${name}`);
  return name;
}

async function issuer(env: Env): Promise<string> {
  const name = env.fresh('i');
  await env.admin('PUT', `/certificates/issuers/${name}`, { provider: 'Coffer', credentials: { account_id: (env as Fresh).shared.certificates.caCertificate } });
  return name;
}

const fixtures = (env: Env): CertificateFixtures => (env as Fresh).shared.certificates;
const read = (make: (c: CertificateFixtures) => Arranged) => (env: Env): Promise<Arranged> => Promise.resolve(make(fixtures(env)));
const row = (operation: string, method: Method, permission: OperationRow['permission'], success: OperationRow['success'], arrange: OperationRow['arrange']): OperationRow =>
  ({ operation, method, permission, success, arrange });

export const CERTIFICATE_OPERATIONS: readonly OperationRow[] = [
  row('CertificateList', 'GET', 'certificates/list', 200, read(() => ({ path: '/certificates' }))),
  row('CertificateRestore', 'POST', 'certificates/restore', 200, async (env) => {
    const name = await live(env);
    const { value } = await env.admin('POST', `/certificates/${name}/backup`);
    await env.admin('DELETE', `/certificates/${name}`);
    await env.admin('DELETE', `/deletedcertificates/${name}`);
    return { path: '/certificates/restore', body: { value }, observe: () => certificateState(env, name) };
  }),
  row('CertificateContactsGet', 'GET', 'certificates/managecontacts', 200, read(() => ({ path: '/certificates/contacts' }))),
  row('CertificateContactsSet', 'PUT', 'certificates/managecontacts', 200, (env) => {
    const name = env.fresh('c');
    return Promise.resolve({ path: '/certificates/contacts', body: { contacts: [{ email: `${name}@example.test` }] }, observe: () => settingsState(env) });
  }),
  row('CertificateContactsDelete', 'DELETE', 'certificates/managecontacts', 200, async (env) => {
    await env.admin('PUT', '/certificates/contacts', { contacts: [{ email: `${env.fresh('c')}@example.test` }] });
    return { path: '/certificates/contacts', observe: () => settingsState(env) };
  }),
  row('CertificateIssuerList', 'GET', 'certificates/listissuers', 200, read(() => ({ path: '/certificates/issuers' }))),
  row('CertificateIssuerGet', 'GET', 'certificates/getissuers', 200, read((c) => ({
    path: `/certificates/issuers/${c.issuer}`, result: { of: (json) => (json.credentials as { account_id?: unknown }).account_id, expected: c.caCertificate },
  }))),
  row('CertificateIssuerSet', 'PUT', 'certificates/manageissuers', 200, (env) => {
    const name = env.fresh('i');
    return Promise.resolve({ path: `/certificates/issuers/${name}`, body: { provider: 'Coffer', credentials: { account_id: fixtures(env).caCertificate } }, observe: () => settingsState(env) });
  }),
  row('CertificateIssuerUpdate', 'PATCH', 'certificates/manageissuers', 200, async (env) => {
    const name = await issuer(env);
    return { path: `/certificates/issuers/${name}`, body: { attributes: { enabled: false } }, observe: () => settingsState(env) };
  }),
  row('CertificateIssuerDelete', 'DELETE', 'certificates/manageissuers', 200, async (env) => {
    const name = await issuer(env);
    return { path: `/certificates/issuers/${name}`, observe: () => settingsState(env) };
  }),
  row('CertificateCreate', 'POST', 'certificates/create', 202, (env) => {
    const name = env.fresh('c');
    return Promise.resolve({ path: `/certificates/${name}/create`, body: { policy: EC }, observe: () => certificateState(env, name) });
  }),
  row('CertificateImport', 'POST', 'certificates/import', 200, (env) => {
    const name = env.fresh('c');
    return Promise.resolve({ path: `/certificates/${name}/import`, body: { value: fixtures(env).pem }, observe: () => certificateState(env, name) });
  }),
  row('CertificateListVersions', 'GET', 'certificates/list', 200, read((c) => ({ path: `/certificates/${c.certificate}/versions` }))),
  row('CertificatePolicyGet', 'GET', 'certificates/get', 200, read((c) => ({ path: `/certificates/${c.certificate}/policy` }))),
  row('CertificatePolicyUpdate', 'PATCH', 'certificates/update', 200, async (env) => {
    const name = await live(env);
    return { path: `/certificates/${name}/policy`, body: { x509_props: { validity_months: 3 } }, observe: () => certificateState(env, name) };
  }),
  row('CertificatePendingGet', 'GET', 'certificates/get', 200, read((c) => ({ path: `/certificates/${c.pending}/pending`, result: { of: (json) => json.status, expected: 'inProgress' } }))),
  row('CertificatePendingCancel', 'PATCH', 'certificates/update', 200, async (env) => {
    const name = await pending(env);
    return { path: `/certificates/${name}/pending`, body: { cancellation_requested: true }, observe: () => certificateState(env, name) };
  }),
  row('CertificatePendingDelete', 'DELETE', 'certificates/update', 200, async (env) => {
    const name = await pending(env);
    return { path: `/certificates/${name}/pending`, observe: () => certificateState(env, name) };
  }),
  row('CertificatePendingMerge', 'POST', 'certificates/create', 201, async (env) => {
    const name = env.fresh('c');
    const operation = await env.admin('POST', `/certificates/${name}/create`, { policy: PENDING });
    const x5c = fixtures(env).signCsr(Buffer.from(String(operation.csr), 'base64'));
    return { path: `/certificates/${name}/pending/merge`, body: { x5c }, observe: () => certificateState(env, name) };
  }),
  row('CertificateBackup', 'POST', 'certificates/backup', 200, read((c) => ({ path: `/certificates/${c.certificate}/backup` }))),
  row('CertificateRenew', 'POST', 'certificates/create', 202, async (env) => {
    const name = await live(env);
    return { path: `/certificates/${name}/renew`, observe: () => certificateState(env, name) };
  }),
  row('CertificateRenewIfDue', 'POST', 'certificates/create', 200, async (env) => {
    const name = env.fresh('c');
    // Valid for a day and renewed five days before expiry: due at once, so an allowed call renews.
    const policy = { ...EC, issuer: { name: 'Self' }, lifetime_actions: [{ trigger: { days_before_expiry: 5 }, action: { action_type: 'AutoRenew' } }] };
    await env.admin('POST', `/certificates/${name}/import`, { value: fixtures(env).shortPem, policy });
    return { path: `/certificates/${name}/renewifdue`, observe: () => certificateState(env, name) };
  }),
  row('CertificateGet', 'GET', 'certificates/get', 200, read((c) => ({ path: `/certificates/${c.certificate}`, result: { of: (json) => json.x5t, expected: c.x5t } }))),
  row('CertificateUpdate', 'PATCH', 'certificates/update', 200, async (env) => {
    const name = await live(env);
    return { path: `/certificates/${name}`, body: { tags: { touched: 'yes' } }, observe: () => certificateState(env, name) };
  }),
  row('CertificateDelete', 'DELETE', 'certificates/delete', 200, async (env) => {
    const name = await live(env);
    return { path: `/certificates/${name}`, observe: () => certificateState(env, name) };
  }),
  row('CertificateListDeleted', 'GET', 'certificates/list', 200, read(() => ({ path: '/deletedcertificates' }))),
  row('CertificateGetDeleted', 'GET', 'certificates/get', 200, read((c) => ({ path: `/deletedcertificates/${c.deleted}` }))),
  row('CertificatePurge', 'DELETE', 'certificates/purge', 204, async (env) => {
    const name = await deleted(env);
    return { path: `/deletedcertificates/${name}`, observe: () => certificateState(env, name) };
  }),
  row('CertificateRecover', 'POST', 'certificates/recover', 200, async (env) => {
    const name = await deleted(env);
    return { path: `/deletedcertificates/${name}/recover`, observe: () => certificateState(env, name) };
  }),
];
