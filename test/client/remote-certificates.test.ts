/**
 * RemoteVault.certificates against a live `coffer serve` (in this process, TLS from the
 * server's own CA, the real authenticator): every CertificateVault method over the wire, each
 * answer compared with what a LocalVault answers for the same call where the two must agree.
 * Certificates are checked with node:crypto and openssl; a PFX password is planted as a canary
 * and must come back in no error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRemoteVault, type RemoteVault } from '../../src/client/remote-vault.js';
import { principal } from '../../src/core/access/principal.js';
import type { CertificatePolicy, CertificatePolicyInput, CertificateProperties, VaultCertificate } from '../../src/core/certificates/model.js';
import { inlineKeyExecutor } from '../../src/core/crypto/key-executor.js';
import { MasterKey } from '../../src/core/crypto/master-key.js';
import { VaultError } from '../../src/core/errors.js';
import type { LocalVault, Vault } from '../../src/core/vault.js';
import { createVault } from '../../src/open-vault.js';
import { startLiveServer, type LiveServer } from '../actions/e2e/live-server.js';
import { Workshop, type MadeCa } from '../server/certificate-helpers.js';

const PASSWORD = `pfx-canary-${randomBytes(9).toString('base64url')}`;
const EC: CertificatePolicyInput = { keyType: 'EC', curve: 'P-256', subject: 'CN=remote.example.test', subjectAlternativeNames: { dnsNames: ['remote.example.test'], ipAddresses: ['10.9.8.7'] } };

let dir: string;
let server: LiveServer;
let remote: RemoteVault;
let local: LocalVault;
let workshop: Workshop;
let root: MadeCa;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coffer-remote-certificates-'));
  server = await startLiveServer();
  remote = openRemoteVault(server.url, { token: () => Promise.resolve(server.adminToken), ca: server.caPath });
  local = await createVault(`sqlite:${join(dir, 'local.db')}`, { masterKey: MasterKey.generate(), principal: principal('local'), keyExecutor: inlineKeyExecutor });
  workshop = new Workshop();
  root = workshop.ca();
});

afterAll(async () => {
  await remote.close();
  await local.close();
  await server.stop();
  workshop.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The same call on the remote vault, then on the local one. */
async function both<T>(call: (vault: Vault) => Promise<T>): Promise<[T, T]> {
  return [await call(remote), await call(local)];
}

async function failure(call: Promise<unknown>): Promise<VaultError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** What two vaults agree on for a version: everything but its version id, times, serial and thumbprints. */
function propertyFacts(p: CertificateProperties): Record<string, unknown> {
  return {
    name: p.name, enabled: p.enabled, tags: p.tags, managed: p.managed, recoverableDays: p.recoverableDays, recoveryLevel: p.recoveryLevel,
    subject: p.subject, issuer: p.issuer, subjectAlternativeNames: p.subjectAlternativeNames,
    days: Math.round(((p.expiresOn?.getTime() ?? 0) - (p.notBefore?.getTime() ?? 0)) / 86_400_000),
  };
}

function policyFacts(p: CertificatePolicy | undefined): Record<string, unknown> {
  const { createdOn: _c, updatedOn: _u, ...rest } = p ?? ({} as CertificatePolicy);
  return rest;
}

function certificateFacts(c: VaultCertificate): Record<string, unknown> {
  return {
    name: c.name, properties: propertyFacts(c.properties), chain: c.chain.length, policy: policyFacts(c.policy),
    keyId: c.keyId === undefined ? undefined : c.keyId.replace(/[0-9a-f]{32}$/, 'V'), secretId: c.secretId.replace(/[0-9a-f]{32}$/, 'V'),
  };
}

describe('creating and reading', () => {
  it('creates a self-signed certificate as a local vault does; the answer is the completed operation', async () => {
    const [operation, expected] = await both((vault) => vault.certificates.createCertificate('web', EC, { tags: { team: 'web' } }));
    const [got, gotLocal] = await both((vault) => vault.certificates.getCertificate('web'));

    expect({ ...operation, requestId: '' }).toEqual({ ...expected, requestId: '' });
    expect(operation).toMatchObject({ name: 'web', status: 'completed', issuerName: 'Self', target: '/certificates/web', cancellationRequested: false });
    expect(certificateFacts(got)).toEqual(certificateFacts(gotLocal));
    expect(got.keyId).toBe(`/keys/web/${got.properties.version}`);
    expect(new X509Certificate(Buffer.from(got.cer)).subjectAltName).toBe('DNS:remote.example.test, IP Address:10.9.8.7');
    expect(Buffer.from(got.properties.x509Thumbprint).toString('hex').toUpperCase()).toBe(new X509Certificate(Buffer.from(got.cer)).fingerprint.replace(/:/g, ''));
  });

  it('reads a version (without its policy), lists certificates and versions with the list\'s own facts', async () => {
    await both((vault) => vault.certificates.createCertificate('web', EC));
    const versions = await remote.certificates.listPropertiesOfCertificateVersions('web');
    const one = await remote.certificates.getCertificateVersion('web', versions[0]?.version ?? '');
    const [listed, listedLocal] = await both((vault) => vault.certificates.listPropertiesOfCertificates());

    expect(versions).toHaveLength(2);
    expect(one.policy).toBeUndefined();
    expect(one.properties).toEqual(versions[0]);
    expect(listed.map(propertyFacts)).toEqual(listedLocal.map(propertyFacts));
    expect(listed.map((p) => p.version)).toEqual(['']);
  });

  it('updates a version\'s properties and the policy, as locally', async () => {
    const [updated, updatedLocal] = await both((vault) => vault.certificates.updateCertificateProperties('web', undefined, { enabled: false, tags: { stage: 'x' } }));
    const change = { validityInMonths: 3, lifetimeActions: [{ action: 'EmailContacts' as const, daysBeforeExpiry: 10 }] };
    const [policy, policyLocal] = await both((vault) => vault.certificates.updateCertificatePolicy('web', change));
    const [read] = await both((vault) => vault.certificates.getCertificatePolicy('web'));

    expect(certificateFacts(updated)).toEqual(certificateFacts(updatedLocal));
    expect(updated.properties).toMatchObject({ enabled: false, tags: { stage: 'x' } });
    expect(policyFacts(policy)).toEqual(policyFacts(policyLocal));
    expect(policy).toMatchObject(change);
    expect(read).toEqual(policy);
  });

  it('refuses bad input before sending, and reports a missing certificate as locally', async () => {
    const [missing, missingLocal] = [await failure(remote.certificates.getCertificate('nope')), await failure(local.certificates.getCertificate('nope'))];

    expect(missing.code).toBe(missingLocal.code);
    expect(missing.code).toBe('CertificateNotFound');
    await expect(remote.certificates.getCertificate('bad/name')).rejects.toThrow("Invalid certificate name 'bad/name': expected 1-127 of 0-9, a-z, A-Z, '-'.");
    await expect(remote.certificates.getCertificateVersion('web', 'v1')).rejects.toThrow("Invalid version 'v1': expected 32 lowercase hexadecimal characters.");
  });
});

describe('pending requests', () => {
  it('issuer Unknown: a pending operation with a CSR; the certificate is not found until openssl\'s signature is merged', async () => {
    const operation = await remote.certificates.createCertificate('csr', { ...EC, issuerName: 'Unknown' });
    const notYet = await failure(remote.certificates.getCertificate('csr'));
    const signed = workshop.signCsr(operation.csr, root);

    const merged = await remote.certificates.mergeCertificate('csr', [signed, root.der]);
    const after = await remote.certificates.getCertificateOperation('csr');

    expect(operation).toMatchObject({ status: 'inProgress', issuerName: 'Unknown' });
    expect(notYet.code).toBe('CertificateNotFound');
    expect(Buffer.from(merged.cer)).toEqual(signed);
    expect(merged.chain.map((der) => Buffer.from(der))).toEqual([root.der]);
    expect(workshop.verifies(merged.cer, root.certPem)).toBe(true);
    expect(after).toMatchObject({ status: 'completed', target: '/certificates/csr' });
  });

  it('cancels and deletes a pending request; a second delete is CertificateNotFound as locally', async () => {
    await both((vault) => vault.certificates.createCertificate('cancel-me', { ...EC, issuerName: 'Unknown' }));

    const [cancelled] = await both((vault) => vault.certificates.cancelCertificateOperation('cancel-me'));
    const [deleted] = await both((vault) => vault.certificates.deleteCertificateOperation('cancel-me'));
    const [again, againLocal] = [await failure(remote.certificates.deleteCertificateOperation('cancel-me')), await failure(local.certificates.deleteCertificateOperation('cancel-me'))];

    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationRequested: true });
    expect(deleted.status).toBe('cancelled');
    expect(again.code).toBe(againLocal.code);
    expect(again.code).toBe('CertificateNotFound');
  });
});

describe('import, secret and key', () => {
  it('imports a PFX with its password; the managed secret opens with openssl and its key matches', async () => {
    const leaf = workshop.leaf('pfx.remote.test');
    const pfx = workshop.pfx(leaf, PASSWORD);

    const imported = await remote.certificates.importCertificate('pfx', pfx, { password: PASSWORD });
    const secret = await remote.getSecret('pfx');
    const pem = workshop.pkcs12Pem(Buffer.from(secret.value, 'base64'), '');

    expect(Buffer.from(imported.cer)).toEqual(leaf.der);
    expect(secret.properties).toMatchObject({ managed: true, contentType: 'application/x-pkcs12' });
    expect(new X509Certificate(leaf.der).checkPrivateKey(createPrivateKey(pem))).toBe(true);
  });

  it('refuses a wrong PFX password as locally, quoting neither the password nor the file', async () => {
    const pfx = workshop.pfx(workshop.leaf('wrong.remote.test'), PASSWORD);

    const [refused, refusedLocal] = [
      await failure(remote.certificates.importCertificate('wrong', pfx, { password: `${PASSWORD}-not` })),
      await failure(local.certificates.importCertificate('wrong', pfx, { password: `${PASSWORD}-not` })),
    ];

    expect({ code: refused.code, message: refused.message }).toEqual({ code: refusedLocal.code, message: refusedLocal.message });
    expect(refused.code).toBe('BadParameter');
    expect(`${refused.message} ${String(refused.stack)}`).not.toContain(PASSWORD);
    expect(refused.message).not.toContain(pfx.toString('base64').slice(0, 40));
  });

  it('imports a PEM as a PEM secret, as locally', async () => {
    const leaf = workshop.leaf('pem.remote.test');

    const [imported, importedLocal] = await both((vault) => vault.certificates.importCertificate('pem', Buffer.from(leaf.pem)));
    const secret = await remote.getSecret('pem');

    expect(certificateFacts(imported)).toEqual(certificateFacts(importedLocal));
    expect(secret.properties.contentType).toBe('application/x-pem-file');
    expect(secret.value).toContain('-----BEGIN PRIVATE KEY-----');
  });
});

describe('lifecycle', () => {
  it('deletes, reads and lists the deleted certificate, recovers it, deletes and purges it', async () => {
    await both((vault) => vault.certificates.createCertificate('cycle', EC));

    const [deleted, deletedLocal] = await both((vault) => vault.certificates.deleteCertificate('cycle'));
    const [listed] = await both((vault) => vault.certificates.listDeletedCertificates());
    const got = await remote.certificates.getDeletedCertificate('cycle');
    const [recovered, recoveredLocal] = await both((vault) => vault.certificates.recoverDeletedCertificate('cycle'));
    await both((vault) => vault.certificates.deleteCertificate('cycle'));
    await both((vault) => vault.certificates.purgeDeletedCertificate('cycle'));
    const [gone, goneLocal] = [await failure(remote.certificates.getDeletedCertificate('cycle')), await failure(local.certificates.getDeletedCertificate('cycle'))];

    expect(certificateFacts(deleted.certificate)).toEqual(certificateFacts(deletedLocal.certificate));
    expect(listed.map((d) => d.certificate.name)).toEqual(['cycle']);
    expect(got.certificate.properties.version).toBe(deleted.certificate.properties.version);
    expect(certificateFacts(recovered)).toEqual(certificateFacts(recoveredLocal));
    expect(gone.code).toBe(goneLocal.code);
  });

  it('backs up and restores after a purge', async () => {
    await remote.certificates.createCertificate('saved', EC);
    const blob = await remote.certificates.backupCertificate('saved');
    const before = await remote.certificates.getCertificate('saved');
    await remote.certificates.deleteCertificate('saved');
    await remote.certificates.purgeDeletedCertificate('saved');

    const restored = await remote.certificates.restoreCertificateBackup(blob);

    expect(restored.properties.version).toBe(before.properties.version);
    expect(Buffer.from(restored.cer)).toEqual(Buffer.from(before.cer));
  });

  it('renews now (a new version), and renews if due: not due, then due for a certificate near its end', async () => {
    const before = await remote.certificates.listPropertiesOfCertificateVersions('saved');

    const renewed = await remote.certificates.renewCertificate('saved');
    const notDue = await remote.certificates.renewCertificateIfDue('saved');
    // One day of validity, renewed 5 days before expiry: due at once.
    const short = workshop.leaf('short.remote.test', 1);
    await remote.certificates.importCertificate('short', Buffer.from(short.pem), {
      policy: { issuerName: 'Self', keyType: 'EC', curve: 'P-256', lifetimeActions: [{ action: 'AutoRenew', daysBeforeExpiry: 5 }] },
    });
    const due = await remote.certificates.renewCertificateIfDue('short');

    expect(renewed).toMatchObject({ status: 'completed', target: '/certificates/saved' });
    expect(await remote.certificates.listPropertiesOfCertificateVersions('saved')).toHaveLength(before.length + 1);
    expect(notDue).toMatchObject({ name: 'saved', result: 'not-due', operation: undefined });
    expect(due).toMatchObject({ name: 'short', result: 'renewed', reason: 'daysBeforeExpiry 5', operation: { status: 'completed' } });
    expect(due.certificate.properties.subject).toBe('CN=short.remote.test');
    expect(Buffer.from(due.certificate.cer)).not.toEqual(short.der);
  });
});

describe('issuers and contacts', () => {
  it('makes a vault CA and issues with it; lists, gets, updates and deletes the issuer as locally', async () => {
    const ca: CertificatePolicyInput = { keyType: 'EC', curve: 'P-256', subject: 'CN=Remote CA', ca: true, validityInMonths: 24 };
    await both((vault) => vault.certificates.createCertificate('remote-ca', ca));

    const [issuer, issuerLocal] = await both((vault) => vault.certificates.createIssuer('team', { certificateName: 'remote-ca' }));
    await both((vault) => vault.certificates.createCertificate('issued', { ...EC, issuerName: 'team' }));
    const [issued] = await both((vault) => vault.certificates.getCertificate('issued'));
    const caCert = await remote.certificates.getCertificate('remote-ca');
    const [listed, listedLocal] = await both((vault) => vault.certificates.listIssuers());
    const [updated] = await both((vault) => vault.certificates.updateIssuer('team', { enabled: false }));
    const [removed] = await both((vault) => vault.certificates.deleteIssuer('team'));
    const [gone, goneLocal] = [await failure(remote.certificates.getIssuer('team')), await failure(local.certificates.getIssuer('team'))];

    const facts = (i: typeof issuer): unknown => ({ name: i.name, provider: i.provider, certificateName: i.certificateName, enabled: i.enabled });
    expect(facts(issuer)).toEqual(facts(issuerLocal));
    expect(facts(issuer)).toEqual({ name: 'team', provider: 'Coffer', certificateName: 'remote-ca', enabled: true });
    expect(issued.chain.map((der) => Buffer.from(der))).toEqual([Buffer.from(caCert.cer)]);
    expect(new X509Certificate(Buffer.from(issued.cer)).checkIssued(new X509Certificate(Buffer.from(caCert.cer)))).toBe(true);
    expect(listed.map(facts)).toEqual(listedLocal.map(facts));
    expect(updated.enabled).toBe(false);
    expect(removed.name).toBe('team');
    expect(gone.code).toBe(goneLocal.code);
  });

  it('sets, gets and deletes the contacts as locally; deleting none is CertificateNotFound', async () => {
    const contacts = [{ email: 'ops@example.test', name: 'Ops', phone: '555' }, { email: 'sec@example.test' }];

    const [none, noneLocal] = await both((vault) => vault.certificates.getContacts());
    const [set, setLocal] = await both((vault) => vault.certificates.setContacts(contacts));
    const [got] = await both((vault) => vault.certificates.getContacts());
    const [deleted, deletedLocal] = await both((vault) => vault.certificates.deleteContacts());
    const [again, againLocal] = [await failure(remote.certificates.deleteContacts()), await failure(local.certificates.deleteContacts())];

    expect([none, noneLocal]).toEqual([[], []]);
    expect(set).toEqual(setLocal);
    expect(set).toEqual(contacts);
    expect(got).toEqual(contacts);
    expect(deleted).toEqual(deletedLocal);
    expect(again.code).toBe(againLocal.code);
  });
});

describe('access', () => {
  it('lets a Certificate User token read but not create: Forbidden/ForbiddenByRbac', async () => {
    const user = openRemoteVault(server.url, { token: () => server.tokenFor('Certificate User', '/', 'remote-certificate-user'), ca: server.caPath });
    try {
      const read = await user.certificates.getCertificate('web');
      const refused = await failure(user.certificates.createCertificate('not-allowed', EC));

      expect(read.name).toBe('web');
      expect({ code: refused.code, innerCode: refused.innerCode }).toEqual({ code: 'Forbidden', innerCode: 'ForbiddenByRbac' });
    } finally {
      await user.close();
    }
  });
});
