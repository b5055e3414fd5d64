/**
 * The official @azure/keyvault-certificates CertificateClient (and SecretClient for a
 * certificate's managed secret) against a real `coffer serve`: create with the poller, reads,
 * lists, updates, policy, soft delete and recovery, backup and restore, PEM and PFX import,
 * vault CA issuers, contacts, and the CSR round trip (issuer Unknown, signed by `openssl x509
 * -req`, merged). Certificates are checked independently with node:crypto and openssl. A PFX
 * password and private keys are planted as canaries and must appear in no log or audit record.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { CertificateClient, type CertificatePolicy, type KeyVaultCertificateWithPolicy } from '@azure/keyvault-certificates';
import { SecretClient } from '@azure/keyvault-secrets';
import { startTestServer, type TestServer } from './harness.js';
import { all, fixedCredential, innerCode, restError, sdkTransport, type SdkTransport } from './sdk-helpers.js';
import { Workshop, type MadeCa } from './certificate-helpers.js';

const FAST_POLL = { intervalInMs: 10 };
const PFX_PASSWORD = `pfx-canary-${randomBytes(9).toString('base64url')}`;
const EC_POLICY: CertificatePolicy = { issuerName: 'Self', subject: 'CN=api.example.test', keyType: 'EC', keyCurveName: 'P-256' };

const x509 = (cer: Uint8Array | undefined): X509Certificate => new X509Certificate(Buffer.from(cer ?? new Uint8Array()));
/** The base64 body lines of a PEM private key: what must never be found in a log. */
const keyLines = (pem: string): string[] => pem.split('\n').filter((line) => line.length >= 40 && !line.startsWith('-----'));

describe('@azure/keyvault-certificates against coffer serve', () => {
  let server: TestServer;
  let transport: SdkTransport;
  let client: CertificateClient;
  let secrets: SecretClient;
  let workshop: Workshop;
  let root: MadeCa;
  let created: KeyVaultCertificateWithPolicy;
  let createRequests: string[];
  const canaryKeys: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    transport = sdkTransport(server.ca);
    const options = { ...transport.options, disableChallengeResourceVerification: true };
    client = new CertificateClient(server.url, fixedCredential(server.adminToken), options);
    secrets = new SecretClient(server.url, fixedCredential(server.adminToken), options);
    workshop = new Workshop();
    root = workshop.ca();
    const poller = await client.beginCreateCertificate('web', {
      ...EC_POLICY, subjectAlternativeNames: { dnsNames: ['api.example.test', 'www.example.test'], ipAddresses: ['10.0.0.7'] },
      validityInMonths: 6, contentType: 'application/x-pem-file', lifetimeActions: [{ action: 'AutoRenew', lifetimePercentage: 75 }],
    }, { ...FAST_POLL, tags: { team: 'web' } });
    created = await poller.pollUntilDone();
    createRequests = [...transport.requests];
  });
  afterAll(async () => {
    transport.agent.destroy();
    workshop.close();
    await server.stop();
  });

  it('creates a self-signed certificate through the poller: 202, then pending, then the certificate', () => {
    const cert = x509(created.cer);

    expect(createRequests).toEqual([
      'POST /certificates/web/create?api-version=2025-07-01', 'GET /certificates/web/pending?api-version=2025-07-01', 'GET /certificates/web/?api-version=2025-07-01',
    ]);
    expect(created.name).toBe('web');
    expect(created.properties.id).toBe(`${server.url}/certificates/web/${created.properties.version ?? ''}`);
    expect(created.keyId).toBe(`${server.url}/keys/web/${created.properties.version ?? ''}`);
    expect(created.secretId).toBe(`${server.url}/secrets/web/${created.properties.version ?? ''}`);
    expect(cert.subject).toBe('CN=api.example.test');
    expect(cert.subjectAltName).toBe('DNS:api.example.test, DNS:www.example.test, IP Address:10.0.0.7');
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(Buffer.from(created.properties.x509Thumbprint ?? new Uint8Array()).toString('hex')).toBe(createHash('sha1').update(cert.raw).digest('hex'));
    expect(created.properties.expiresOn?.getTime()).toBe(Math.floor(new Date(cert.validTo).getTime() / 1000) * 1000);
    expect(created.properties.tags).toEqual({ team: 'web' });
    expect(created.policy).toMatchObject({
      issuerName: 'Self', subject: 'CN=api.example.test', keyType: 'EC', keyCurveName: 'P-256', validityInMonths: 6, contentType: 'application/x-pem-file',
      subjectAlternativeNames: { dnsNames: ['api.example.test', 'www.example.test'], ipAddresses: ['10.0.0.7'] },
      lifetimeActions: [{ action: 'AutoRenew', lifetimePercentage: 75 }], exportable: true, reuseKey: false, enabled: true,
    });
  });

  it('gets the latest certificate, one version, and the operation that made it', async () => {
    const latest = await client.getCertificate('web');
    const version = await client.getCertificateVersion('web', created.properties.version ?? '');
    const operation = (await client.getCertificateOperation('web', FAST_POLL)).getOperationState().certificateOperation;

    expect(Buffer.from(latest.cer ?? new Uint8Array())).toEqual(Buffer.from(created.cer ?? new Uint8Array()));
    expect(latest.policy?.subject).toBe('CN=api.example.test');
    expect(version.properties.version).toBe(created.properties.version);
    expect(Buffer.from(version.cer ?? new Uint8Array())).toEqual(Buffer.from(created.cer ?? new Uint8Array()));
    expect(operation).toMatchObject({ status: 'completed', issuerName: 'Self', target: `${server.url}/certificates/web` });
  });

  it('reads the managed secret through @azure/keyvault-secrets: the PEM with its private key, managed', async () => {
    const secret = await secrets.getSecret('web');
    const value = secret.value ?? '';
    canaryKeys.push(...keyLines(value));

    const key = createPrivateKey(value);

    expect(secret.properties.contentType).toBe('application/x-pem-file');
    expect(secret.properties.managed).toBe(true);
    expect(secret.properties.certificateKeyId).toBe(created.keyId);
    expect(x509(created.cer).checkPrivateKey(key)).toBe(true);
  });

  it('lists certificates (paged by two) and versions, after a second version', async () => {
    await (await client.beginCreateCertificate('list-a', EC_POLICY, FAST_POLL)).pollUntilDone();
    await (await client.beginCreateCertificate('list-b', EC_POLICY, FAST_POLL)).pollUntilDone();
    const second = await (await client.beginCreateCertificate('list-b', EC_POLICY, FAST_POLL)).pollUntilDone();
    transport.requests.length = 0;

    // The SDK ignores byPage's maxPageSize; its list options pass maxresults through to the query.
    const pageOfTwo = { maxresults: 2 } as Parameters<CertificateClient['listPropertiesOfCertificates']>[0];
    const pages: string[][] = [];
    for await (const page of client.listPropertiesOfCertificates(pageOfTwo).byPage()) pages.push(page.map((p) => p.name ?? ''));
    const versions = (await all(client.listPropertiesOfCertificateVersions('list-b'))).map((p) => p.version ?? '');

    expect(pages.flat()).toEqual(['list-a', 'list-b', 'web']);
    expect(pages.length).toBe(2);
    expect(transport.requests.filter((r) => r.startsWith('GET /certificates?') && r.includes('$skiptoken'))).toHaveLength(1);
    expect(versions).toHaveLength(2);
    expect(versions).toContain(second.properties.version ?? '');
  });

  it('updates a version\'s properties and the policy', async () => {
    await (await client.beginCreateCertificate('upd', EC_POLICY, FAST_POLL)).pollUntilDone();

    const updated = await client.updateCertificateProperties('upd', '', { enabled: false, tags: { stage: 'test' } });
    // The SDK's updateCertificatePolicy answers an empty policy whatever the server says (it reads a body it never captured): read it back.
    await client.updateCertificatePolicy('upd', { ...EC_POLICY, validityInMonths: 3, keyCurveName: 'P-384', subject: 'CN=updated.example.test' });
    const read = await client.getCertificatePolicy('upd');
    const renewed = await (await client.beginCreateCertificate('upd', read, FAST_POLL)).pollUntilDone();

    expect(updated.properties.enabled).toBe(false);
    expect(updated.properties.tags).toEqual({ stage: 'test' });
    expect(read).toMatchObject({ validityInMonths: 3, keyType: 'EC', keyCurveName: 'P-384', subject: 'CN=updated.example.test', issuerName: 'Self' });
    expect(x509(renewed.cer).subject).toBe('CN=updated.example.test');
    expect(x509(renewed.cer).publicKey.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
  });

  it('deletes with the poller, reads and lists the deleted certificate, recovers it; deletes again and purges', async () => {
    const cert = await (await client.beginCreateCertificate('cycle', EC_POLICY, FAST_POLL)).pollUntilDone();

    const deleted = await (await client.beginDeleteCertificate('cycle', FAST_POLL)).pollUntilDone();
    const gotDeleted = await client.getDeletedCertificate('cycle');
    const listed = (await all(client.listDeletedCertificates())).map((d) => d.name);
    const recovered = await (await client.beginRecoverDeletedCertificate('cycle', FAST_POLL)).pollUntilDone();
    await (await client.beginDeleteCertificate('cycle', FAST_POLL)).pollUntilDone();
    await client.purgeDeletedCertificate('cycle');
    const gone = await client.getDeletedCertificate('cycle').then(() => undefined, (e: unknown) => e);
    const secretGone = await secrets.getSecret('cycle').then(() => undefined, (e: unknown) => e);

    expect(deleted.recoveryId).toBe(`${server.url}/deletedcertificates/cycle`);
    expect(gotDeleted.properties.version).toBe(cert.properties.version);
    expect(listed).toContain('cycle');
    expect(recovered.properties.id).toBe(cert.properties.id);
    expect(restError(gone)).toEqual({ name: 'RestError', statusCode: 404, code: 'CertificateNotFound' });
    expect(restError(secretGone)).toMatchObject({ statusCode: 404 });
  });

  it('backs up, and restores after a purge, the same certificate', async () => {
    const cert = await (await client.beginCreateCertificate('saved', EC_POLICY, FAST_POLL)).pollUntilDone();
    const backup = await client.backupCertificate('saved');
    await (await client.beginDeleteCertificate('saved', FAST_POLL)).pollUntilDone();
    await client.purgeDeletedCertificate('saved');

    const restored = await client.restoreCertificateBackup(backup ?? new Uint8Array());

    expect(restored.properties.id).toBe(cert.properties.id);
    expect(Buffer.from(restored.cer ?? new Uint8Array())).toEqual(Buffer.from(cert.cer ?? new Uint8Array()));
    expect((await secrets.getSecret('saved')).properties.managed).toBe(true);
  });

  it('imports a PEM (PKCS#8 key and certificate) made with openssl', async () => {
    const leaf = workshop.leaf('pem.example.test');
    canaryKeys.push(...keyLines(leaf.keyPem));

    const imported = await client.importCertificate('imported-pem', Buffer.from(leaf.pem), { policy: { contentType: 'application/x-pem-file' } });
    const secret = await secrets.getSecret('imported-pem');

    expect(Buffer.from(imported.cer ?? new Uint8Array())).toEqual(leaf.der);
    expect(secret.properties.contentType).toBe('application/x-pem-file');
    expect(x509(imported.cer).checkPrivateKey(createPrivateKey(secret.value ?? ''))).toBe(true);
  });

  it('imports a password-protected PFX made with openssl; the secret is a PFX openssl opens', async () => {
    const leaf = workshop.leaf('pfx.example.test');
    canaryKeys.push(...keyLines(leaf.keyPem));
    const pfx = workshop.pfx(leaf, PFX_PASSWORD);

    const imported = await client.importCertificate('imported-pfx', pfx, { password: PFX_PASSWORD });
    const wrong = await client.importCertificate('imported-pfx-2', pfx, { password: 'not-the-password' }).then(() => undefined, (e: unknown) => e);
    const secret = await secrets.getSecret('imported-pfx');

    expect(Buffer.from(imported.cer ?? new Uint8Array())).toEqual(leaf.der);
    expect(secret.properties.contentType).toBe('application/x-pkcs12');
    expect(workshop.pkcs12Contents(Buffer.from(secret.value ?? '', 'base64'), '')).toEqual({ certificates: 1, keys: 1 });
    expect(restError(wrong)).toEqual({ name: 'RestError', statusCode: 400, code: 'BadParameter' });
    expect((wrong as Error).message).not.toContain(PFX_PASSWORD);
  });

  it('makes a vault CA issuer over an imported CA, issues with it, and lists, gets, updates and deletes it', async () => {
    await client.importCertificate('root-ca', Buffer.from(`${root.keyPem}${root.certPem}`), { policy: { contentType: 'application/x-pem-file' } });
    canaryKeys.push(...keyLines(root.keyPem));

    const issuer = await client.createIssuer('team-ca', 'Coffer', { accountId: 'root-ca' });
    const issued = await (await client.beginCreateCertificate('issued', { ...EC_POLICY, issuerName: 'team-ca', subject: 'CN=svc.example.test' }, FAST_POLL)).pollUntilDone();
    const listed = await all(client.listPropertiesOfIssuers());
    const got = await client.getIssuer('team-ca');
    const disabled = await client.updateIssuer('team-ca', { accountId: 'root-ca' });
    const removed = await client.deleteIssuer('team-ca');
    const gone = await client.getIssuer('team-ca').then(() => undefined, (e: unknown) => e);

    expect(issuer).toMatchObject({ id: `${server.url}/certificates/issuers/team-ca`, provider: 'Coffer', accountId: 'root-ca', enabled: true });
    expect(workshop.verifies(issued.cer ?? new Uint8Array(), root.certPem)).toBe(true);
    expect(x509(issued.cer).issuer).toBe('CN=Coffer Test Root');
    expect(listed.map((i) => [i.id, i.provider])).toEqual([[`${server.url}/certificates/issuers/team-ca`, 'Coffer']]);
    expect(got.accountId).toBe('root-ca');
    expect(disabled.accountId).toBe('root-ca');
    expect(removed.id).toBe(issuer.id);
    expect(restError(gone)).toEqual({ name: 'RestError', statusCode: 404, code: 'CertificateNotFound' });
    expect(innerCode(gone)).toBe('IssuerNotFound');
  });

  it('sets, gets and deletes the contacts; none set reads as an empty list', async () => {
    const before = await client.getContacts();

    const set = await client.setContacts([{ email: 'ops@example.test', name: 'Ops', phone: '555-0100' }, { email: 'sec@example.test' }]);
    const got = await client.getContacts();
    transport.requests.length = 0;
    await client.deleteContacts();
    const after = await client.getContacts();
    const again = await client.deleteContacts().then(() => undefined, (e: unknown) => e);

    expect(before).toEqual([]);
    expect(set).toEqual([{ email: 'ops@example.test', name: 'Ops', phone: '555-0100' }, { email: 'sec@example.test', name: undefined, phone: undefined }]);
    expect(got).toEqual(set);
    // (deleteContacts itself answers [] whatever the body: the SDK reads the wire body as its own model.)
    expect(transport.requests[0]).toBe('DELETE /certificates/contacts?api-version=2025-07-01');
    expect(after).toEqual([]);
    expect(restError(again)).toEqual({ name: 'RestError', statusCode: 404, code: 'CertificateNotFound' });
  });

  it('issuer Unknown: the request stays pending with a CSR; openssl signs it; the merge completes the certificate', async () => {
    const poller = await client.beginCreateCertificate('csr-cert', { ...EC_POLICY, issuerName: 'Unknown', subject: 'CN=csr.example.test' }, FAST_POLL);
    await poller.poll();
    // The SDK's way to the CSR: getCertificateOperation reads the (pending) certificate, then the operation.
    const pending = (await client.getCertificateOperation('csr-cert', FAST_POLL)).getOperationState().certificateOperation;
    const signed = workshop.signCsr(pending?.csr ?? new Uint8Array(), root);

    const merged = await client.mergeCertificate('csr-cert', [signed, root.der]);
    const operation = (await client.getCertificateOperation('csr-cert', FAST_POLL)).getOperationState().certificateOperation;
    const secretPem = workshop.pkcs12Pem(Buffer.from((await secrets.getSecret('csr-cert')).value ?? '', 'base64'), '');
    canaryKeys.push(...keyLines(secretPem));

    expect(pending).toMatchObject({ status: 'inProgress', issuerName: 'Unknown' });
    expect(poller.isDone()).toBe(false);
    expect(Buffer.from(merged.cer ?? new Uint8Array())).toEqual(signed);
    expect(workshop.verifies(merged.cer ?? new Uint8Array(), root.certPem)).toBe(true);
    expect(operation?.status).toBe('completed');
    expect(x509(merged.cer).checkPrivateKey(createPrivateKey(secretPem))).toBe(true);
    expect(secretPem.split('-----BEGIN CERTIFICATE-----')).toHaveLength(3);
  });

  it('cancels a pending request through the poller and deletes the operation', async () => {
    const poller = await client.beginCreateCertificate('cancelled', { ...EC_POLICY, issuerName: 'Unknown' }, FAST_POLL);

    await poller.cancelOperation();
    const state = (await client.getCertificateOperation('cancelled', FAST_POLL)).getOperationState().certificateOperation;
    const deleted = await client.deleteCertificateOperation('cancelled');
    const gone = await client.deleteCertificateOperation('cancelled').then(() => undefined, (e: unknown) => e);

    expect(state).toMatchObject({ status: 'cancelled', cancellationRequested: true });
    expect(deleted.status).toBe('cancelled');
    expect(restError(gone)).toEqual({ name: 'RestError', statusCode: 404, code: 'CertificateNotFound' });
    expect(innerCode(gone)).toBe('PendingCertificateNotFound');
  });

  it('answers a missing certificate 404 CertificateNotFound', async () => {
    const missing = await client.getCertificate('no-such-certificate').then(() => undefined, (e: unknown) => e);

    expect(restError(missing)).toEqual({ name: 'RestError', statusCode: 404, code: 'CertificateNotFound' });
  });

  it('lets a Certificate User read certificates but not create them (403 ForbiddenByRbac)', async () => {
    const user = new CertificateClient(server.url, fixedCredential(await server.tokenFor('Certificate User')), {
      ...transport.options, disableChallengeResourceVerification: true,
    });

    const read = await user.getCertificate('web');
    const refused = await user.beginCreateCertificate('not-allowed', EC_POLICY, FAST_POLL).then(() => undefined, (e: unknown) => e);

    expect(read.name).toBe('web');
    expect(restError(refused)).toEqual({ name: 'RestError', statusCode: 403, code: 'Forbidden' });
    expect(innerCode(refused)).toBe('ForbiddenByRbac');
  });

  it('leaves no private key and no PFX password in the server log or the audit records', async () => {
    const audit = JSON.stringify(await server.audit());
    const log = server.logLines.join('\n');

    expect(canaryKeys.length).toBeGreaterThan(8);
    expect([PFX_PASSWORD, ...canaryKeys].filter((canary) => audit.includes(canary) || log.includes(canary))).toEqual([]);
  });
});
