/**
 * Certificates in the core: policies, issuance (self-signed, vault CA, pending CSR and merge),
 * import, renewal, the lifecycle shared with the managed key and secret, settings, and the
 * refusals that change nothing. openssl checks what is issued: the clock starts today so that
 * openssl's own clock agrees with the vault's.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificatePem, partsToPem, readCertificateData, secretToParts } from '../../src/core/certificates/formats.js';
import type { CertificatePolicyInput, CertificateVault } from '../../src/core/certificates/model.js';
import { roleGrants } from '../../src/core/access/permissions.js';
import type { Authorizer } from '../../src/core/access/decision.js';
import { DAY_MS, TESTER, failure, summary, tempVault, type TempVault } from './helpers.js';

const TODAY = new Date(Math.floor(Date.now() / 1000) * 1000);

let t: TempVault;
let certs: CertificateVault;

beforeEach(async () => {
  t = await tempVault({ start: TODAY, seed: 'certificates' });
  certs = t.vault.certificates;
});

afterEach(async () => {
  await t.vault.close();
  await t.cleanup();
});

/** Runs openssl; its exit status, stdout, and stdout with stderr (where -info and verify errors go). */
function openssl(...args: string[]): { status: number; out: string; all: string } {
  const run = spawnSync('openssl', args, { cwd: t.dir, encoding: 'utf8' });
  return { status: run.status ?? -1, out: run.stdout, all: `${run.stdout}${run.stderr}` };
}

function file(name: string, data: string | Uint8Array): string {
  writeFileSync(join(t.dir, name), data);
  return name;
}

const leafPolicy = (extra: CertificatePolicyInput = {}): CertificatePolicyInput => ({
  subject: 'CN=api.example.test, O=Example', subjectAlternativeNames: { dnsNames: ['api.example.test', '*.api.example.test'], ipAddresses: ['127.0.0.1'] }, ...extra,
});

async function certificateFile(name: string, fileName = `${name}.pem`): Promise<string> {
  const certificate = await certs.getCertificate(name);
  return file(fileName, certificatePem(certificate.cer));
}

describe('self-signed certificates', () => {
  test('RSA: a completed operation, a certificate openssl reads with the policy\'s names and usages, a managed key and secret', async () => {
    const operation = await certs.createCertificate('api', leafPolicy());
    expect(operation).toMatchObject({ name: 'api', status: 'completed', issuerName: 'Self', target: '/certificates/api', cancellationRequested: false, error: undefined });
    const certificate = await certs.getCertificate('api');
    const version = certificate.properties.version;
    expect(certificate.keyId).toBe(`/keys/api/${version}`);
    expect(certificate.secretId).toBe(`/secrets/api/${version}`);
    expect(certificate.properties.subject).toBe('CN=api.example.test, O=Example');
    expect(certificate.properties.issuer).toBe('CN=api.example.test, O=Example');
    expect(certificate.properties.serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/);
    expect(certificate.properties.notBefore).toEqual(new Date(TODAY.getTime() - 60_000));
    expect(certificate.properties.expiresOn?.toISOString()).toBe(new Date(Date.UTC(TODAY.getUTCFullYear() + 1, TODAY.getUTCMonth(), TODAY.getUTCDate(), TODAY.getUTCHours(), TODAY.getUTCMinutes(), TODAY.getUTCSeconds())).toISOString());
    expect(certificate.properties.subjectAlternativeNames).toEqual({ dnsNames: ['api.example.test', '*.api.example.test'], emails: [], upns: [], ipAddresses: ['127.0.0.1'] });
    expect(certificate.chain).toEqual([]);
    expect(certificate.policy).toMatchObject({ keyType: 'RSA', keySize: 2048, exportable: true, reuseKey: false, contentType: 'application/x-pkcs12', issuerName: 'Self', validityInMonths: 12, ca: false });

    const text = openssl('x509', '-in', await certificateFile('api'), '-noout', '-text');
    expect(text.status).toBe(0);
    expect(text.out).toContain('DNS:api.example.test, DNS:*.api.example.test, IP Address:127.0.0.1');
    expect(text.out).toContain('TLS Web Server Authentication, TLS Web Client Authentication');
    expect(text.out).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Key Encipherment/);
    expect(text.out).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
    expect(text.out).toContain('X509v3 Subject Key Identifier');
    expect(text.out).toContain('X509v3 Authority Key Identifier');
    expect(text.out).toContain('sha256WithRSAEncryption');

    const key = await t.vault.getKey('api');
    expect(key.properties).toMatchObject({ version, managed: true, exportable: true });
    expect(key.properties.expiresOn).toEqual(certificate.properties.expiresOn);
    const secret = await t.vault.getSecret('api');
    expect(secret.properties).toMatchObject({ version, managed: true, contentType: 'application/x-pkcs12' });
    const pfx = file('api.pfx', Buffer.from(secret.value, 'base64'));
    const info = openssl('pkcs12', '-in', pfx, '-passin', 'pass:', '-nodes', '-info');
    expect(info.status).toBe(0);
    expect(info.all).toContain('PBES2, PBKDF2, AES-256-CBC');
    const parts = secretToParts(secret.value, secret.properties.contentType);
    expect(parts.certificates.map((c) => c.toString('base64'))).toEqual([Buffer.from(certificate.cer).toString('base64')]);
    expect(new X509Certificate(certificate.cer).checkPrivateKey(parts.privateKey ?? createPrivateKey('x'))).toBe(true);
  });

  test('EC P-384 with a PEM secret: key first, then the certificate, signed with ECDSA SHA-384', async () => {
    await certs.createCertificate('ec', leafPolicy({ keyType: 'EC', curve: 'P-384', contentType: 'application/x-pem-file' }));
    const secret = await t.vault.getSecret('ec');
    expect(secret.value.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
    const parts = readCertificateData(Buffer.from(secret.value));
    expect(parts.privateKey?.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
    const text = openssl('x509', '-in', await certificateFile('ec'), '-noout', '-text');
    expect(text.out).toContain('ecdsa-with-SHA384');
    expect(text.out).toMatch(/X509v3 Key Usage: critical\s+Digital Signature\n/);
  });

  test('a non-exportable certificate\'s secret holds the certificate without its key', async () => {
    await certs.createCertificate('locked', leafPolicy({ exportable: false, contentType: 'application/x-pem-file' }));
    const secret = await t.vault.getSecret('locked');
    expect(secret.value.startsWith('-----BEGIN CERTIFICATE-----\n')).toBe(true);
    expect(secret.value).not.toContain('PRIVATE KEY');
    expect((await t.vault.getKey('locked')).properties.exportable).toBe(false);
  });
});

describe('a vault CA', () => {
  async function pki(): Promise<void> {
    await certs.createCertificate('root', { subject: 'CN=Coffer Test Root', ca: true, keyType: 'EC', validityInMonths: 60 });
    await certs.createIssuer('root-ca', { certificateName: 'root' });
    await certs.createCertificate('inter', { subject: 'CN=Coffer Test Intermediate', ca: true, keyType: 'EC', issuerName: 'root-ca', validityInMonths: 24 });
    await certs.createIssuer('inter-ca', { certificateName: 'inter' });
  }

  test('root → intermediate → leaf: openssl verifies the chain, and a TLS handshake with the leaf succeeds', async () => {
    await pki();
    const op = await certs.createCertificate('web', leafPolicy({ keyType: 'EC', issuerName: 'inter-ca', contentType: 'application/x-pem-file', validityInMonths: 3 }));
    expect(op).toMatchObject({ status: 'completed', issuerName: 'inter-ca' });
    const web = await certs.getCertificate('web');
    const inter = await certs.getCertificate('inter');
    const root = await certs.getCertificate('root');
    expect(web.chain.map((c) => Buffer.from(c).toString('base64'))).toEqual([inter.cer, root.cer].map((c) => Buffer.from(c).toString('base64')));
    expect(web.properties.issuer).toBe('CN=Coffer Test Intermediate');
    file('root.pem', certificatePem(root.cer));
    file('inter.pem', certificatePem(inter.cer));
    file('web.pem', certificatePem(web.cer));
    expect(openssl('verify', '-CAfile', 'root.pem', '-untrusted', 'inter.pem', 'web.pem')).toMatchObject({ status: 0, out: 'web.pem: OK\n' });
    expect(openssl('verify', '-CAfile', 'root.pem', '-untrusted', 'inter.pem', '-purpose', 'sslserver', 'web.pem').status).toBe(0);
    expect(openssl('x509', '-in', 'inter.pem', '-noout', '-text').out).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE\n[\s\S]*Certificate Sign, CRL Sign/);

    const { createServer } = await import('node:tls');
    const { connect } = await import('node:tls');
    const secret = await t.vault.getSecret('web');
    const server = createServer({ key: secret.value, cert: secret.value.slice(secret.value.indexOf('-----BEGIN CERTIFICATE-----')) }, (socket) => { socket.end('hello'); });
    await new Promise<void>((resolve) => { server.listen(0, '127.0.0.1', resolve); });
    const port = (server.address() as { port: number }).port;
    try {
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port, servername: 'api.example.test', ca: certificatePem(root.cer) }, () => {
          let data = '';
          socket.on('data', (chunk: Buffer) => { data += chunk.toString(); });
          socket.on('end', () => { resolve(data); });
        });
        socket.on('error', reject);
      });
      expect(reply).toBe('hello');
    } finally {
      server.close();
    }
  });

  test('an expired CA, a validity past the CA\'s, a CA without keyCertSign and an unknown issuer are refused and change nothing', async () => {
    await pki();
    const before = t.fileBytes();
    expect(summary(await failure(certs.createCertificate('long', leafPolicy({ issuerName: 'inter-ca', validityInMonths: 36 }))))).toEqual({
      code: 'BadParameter', innerCode: undefined,
      message: expect.stringMatching(/^Issuer 'inter-ca' cannot sign: its CA certificate 'inter' expires on .*, before the requested validity ends .*: shorten the validity or renew the CA\.$/) as unknown as string,
    });
    expect(summary(await failure(certs.createCertificate('x', leafPolicy({ issuerName: 'nobody' }))))).toEqual({
      code: 'BadParameter', innerCode: 'IssuerNotFound', message: "Issuer 'nobody' was not found: create it with a CA certificate, or use Self or Unknown.",
    });
    await certs.createCertificate('plain', leafPolicy());
    expect(summary(await failure(certs.createIssuer('plain-ca', { certificateName: 'plain' })))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: "Certificate 'plain' is not a CA certificate (basicConstraints CA:true with keyCertSign): it cannot sign for an issuer.",
    });
    const afterPlain = t.fileBytes();
    t.clock.advance(800 * DAY_MS);
    const expired = await failure(certs.createCertificate('late', leafPolicy({ issuerName: 'inter-ca', validityInMonths: 1 })));
    expect(expired.code).toBe('BadParameter');
    expect(expired.message).toMatch(/^Issuer 'inter-ca' cannot sign: its CA certificate 'inter' expired on \d{4}-\d\d-\d\dT/);
    expect(before.length).toBeGreaterThan(0);
    expect((await certs.listPropertiesOfCertificates()).map((c) => c.name)).toEqual(['inter', 'plain', 'root']);
    expect(t.fileBytes().equals(afterPlain)).toBe(true);
  });
});

describe('issuer Unknown: CSR and merge', () => {
  function opensslCa(): { ca: string; key: string } {
    openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ext-ca.key', '-out', 'ext-ca.pem', '-subj', '/CN=External CA', '-days', '30',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    return { ca: 'ext-ca.pem', key: 'ext-ca.key' };
  }

  test('the CSR names the policy, openssl signs it, the merged certificate is usable with the pending key', async () => {
    const op = await certs.createCertificate('ext', leafPolicy({ issuerName: 'Unknown', keyType: 'EC' }));
    expect(op).toMatchObject({ status: 'inProgress', issuerName: 'Unknown', target: undefined });
    expect((await certs.getCertificatePolicy('ext')).issuerName).toBe('Unknown');
    expect(await failure(certs.getCertificate('ext'))).toMatchObject({ code: 'CertificateNotFound' });
    file('ext.csr', `-----BEGIN CERTIFICATE REQUEST-----\n${Buffer.from(op.csr).toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`);
    const csr = openssl('req', '-in', 'ext.csr', '-noout', '-verify', '-text');
    expect(csr.status).toBe(0);
    expect(csr.out).toContain('Subject: CN = api.example.test, O = Example');
    expect(csr.out).toContain('DNS:api.example.test, DNS:*.api.example.test, IP Address:127.0.0.1');
    const { ca, key } = opensslCa();
    expect(openssl('x509', '-req', '-in', 'ext.csr', '-CA', ca, '-CAkey', key, '-CAcreateserial', '-days', '10', '-copy_extensions', 'copy', '-out', 'ext.pem').status).toBe(0);

    const signed = readCertificateData(readFileSync(join(t.dir, 'ext.pem'))).certificates;
    const caDer = readCertificateData(readFileSync(join(t.dir, ca))).certificates;
    const merged = await certs.mergeCertificate('ext', [...signed, ...caDer]);
    const pendingKey = await t.vault.getKey('ext');
    expect(merged.properties.version).toBe(pendingKey.properties.version);
    expect((await t.vault.getKey('ext')).properties.expiresOn).toEqual(merged.properties.expiresOn);
    expect(merged.chain).toHaveLength(1);
    expect(await certs.getCertificateOperation('ext')).toMatchObject({ status: 'completed', target: '/certificates/ext' });
    const secret = await t.vault.getSecret('ext');
    const parts = secretToParts(secret.value, secret.properties.contentType);
    expect(new X509Certificate(parts.certificates[0] ?? Buffer.alloc(0)).checkPrivateKey(parts.privateKey ?? createPrivateKey('x'))).toBe(true);
    file('ext-merged.pem', partsToPem({ certificates: parts.certificates, privateKey: undefined }));
    expect(openssl('verify', '-CAfile', ca, 'ext-merged.pem').status).toBe(0);
  });

  test('a chain for another key, a broken chain and junk are refused, and the request stays pending', async () => {
    await certs.createCertificate('ext', leafPolicy({ issuerName: 'Unknown' }));
    const { ca, key } = opensslCa();
    openssl('req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other.key', '-out', 'other.csr', '-subj', '/CN=api.example.test');
    openssl('x509', '-req', '-in', 'other.csr', '-CA', ca, '-CAkey', key, '-CAcreateserial', '-days', '10', '-out', 'other.pem');
    const other = readCertificateData(readFileSync(join(t.dir, 'other.pem'))).certificates;
    const before = t.fileBytes();
    expect(summary(await failure(certs.mergeCertificate('ext', other)))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: "The certificate does not match the pending request of certificate 'ext': its public key is not the request's key.",
    });
    expect(summary(await failure(certs.mergeCertificate('ext', [Buffer.from('junk')])))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: 'Invalid chain: certificate 1 is not a valid X.509 certificate.',
    });
    expect(summary(await failure(certs.mergeCertificate('nothing', other)))).toEqual({
      code: 'CertificateNotFound', innerCode: 'PendingCertificateNotFound', message: "Certificate 'nothing' has no pending request to merge into.",
    });
    expect(t.fileBytes().equals(before)).toBe(true);
    expect((await certs.getCertificateOperation('ext')).status).toBe('inProgress');
    expect((await certs.cancelCertificateOperation('ext')).status).toBe('cancelled');
    expect((await certs.deleteCertificateOperation('ext')).status).toBe('cancelled');
    expect(await failure(certs.getCertificateOperation('ext'))).toMatchObject({ code: 'CertificateNotFound', innerCode: 'PendingCertificateNotFound' });
  });
});

describe('import', () => {
  function opensslCertificate(kind: 'rsa' | 'ec'): void {
    const keyArgs = kind === 'rsa' ? ['-newkey', 'rsa:2048'] : ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];
    openssl('req', '-x509', ...keyArgs, '-nodes', '-keyout', 'in.key', '-out', 'in.pem', '-subj', '/CN=imported.example.test', '-days', '90',
      '-addext', 'subjectAltName=DNS:imported.example.test');
  }

  test.each(['rsa', 'ec'] as const)('a %s PEM with its key, and PKCS#12 files (modern and legacy) with a password', async (kind) => {
    opensslCertificate(kind);
    const pem = Buffer.concat([readFileSync(join(t.dir, 'in.key')), readFileSync(join(t.dir, 'in.pem'))]);
    const imported = await certs.importCertificate('imp', pem);
    expect(imported.properties.subject).toBe('CN=imported.example.test');
    expect(imported.policy).toMatchObject({ keyType: kind === 'rsa' ? 'RSA' : 'EC', issuerName: 'Self', contentType: 'application/x-pem-file', exportable: true, validityInMonths: 3 });
    expect((await t.vault.getSecret('imp')).value).toBe(readFileSync(join(t.dir, 'in.key'), 'utf8').replace(/\r/g, '').replace(/-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----\n/, (block) => partsToPem({ certificates: [], privateKey: createPrivateKey(block) })) + readFileSync(join(t.dir, 'in.pem'), 'utf8'));
    for (const legacy of [false, true]) {
      openssl('pkcs12', '-export', ...(legacy ? ['-legacy'] : []), '-inkey', 'in.key', '-in', 'in.pem', '-passout', 'pass:s3cret-pfx', '-out', 'in.pfx');
      const version = await certs.importCertificate('imp', readFileSync(join(t.dir, 'in.pfx')), { password: 's3cret-pfx' });
      expect(version.properties.x509Thumbprint).toEqual(imported.properties.x509Thumbprint);
    }
    expect(await certs.listPropertiesOfCertificateVersions('imp')).toHaveLength(3);
  });

  test('a wrong password, malformed PEM, a key that fits no certificate, a costly PKCS#12 and an expired certificate are refused and change nothing', async () => {
    opensslCertificate('ec');
    openssl('pkcs12', '-export', '-inkey', 'in.key', '-in', 'in.pem', '-passout', 'pass:right', '-out', 'in.pfx');
    const before = t.fileBytes();
    expect(summary(await failure(certs.importCertificate('imp', readFileSync(join(t.dir, 'in.pfx')), { password: 'wrong-canary-pw' })))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: 'The PKCS#12 file could not be opened: the password is wrong, or the file was altered.',
    });
    expect(summary(await failure(certs.importCertificate('imp', Buffer.from('-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n'))))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: 'Invalid certificate file: no complete PEM block was found.',
    });
    expect(summary(await failure(certs.importCertificate('imp', Buffer.from('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'))))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: 'Invalid certificate file: certificate 1 is not a valid X.509 certificate.',
    });
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'stray.key');
    expect(summary(await failure(certs.importCertificate('imp', Buffer.concat([readFileSync(join(t.dir, 'stray.key')), readFileSync(join(t.dir, 'in.pem'))]))))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: 'The private key belongs to none of the certificates in the file.',
    });
    openssl('pkcs12', '-export', '-iter', '200000', '-inkey', 'in.key', '-in', 'in.pem', '-passout', 'pass:right', '-out', 'costly.pfx');
    expect(summary(await failure(certs.importCertificate('imp', readFileSync(join(t.dir, 'costly.pfx')), { password: 'right' })))).toEqual({
      code: 'BadParameter', innerCode: undefined,
      message: 'The PKCS#12 file asks for more work than any exporter does (over 20000 iterations, or over 16 encrypted parts): export it again with default settings.',
    });
    t.clock.advance(91 * DAY_MS);
    const expired = await failure(certs.importCertificate('imp', readFileSync(join(t.dir, 'in.pem'))));
    expect(expired.message).toMatch(/^The certificate expired on /);
    expect(t.fileBytes().equals(before)).toBe(true);
    expect(await failure(certs.getCertificate('imp'))).toMatchObject({ code: 'CertificateNotFound' });
    expect(t.auditLines().join('\n')).not.toContain('wrong-canary-pw');
  });

  test('a certificate without its key: no key version, a secret with the certificate only', async () => {
    opensslCertificate('rsa');
    const imported = await certs.importCertificate('pub', readFileSync(join(t.dir, 'in.pem')));
    expect(imported.keyId).toBeUndefined();
    expect(imported.policy?.exportable).toBe(false);
    expect(await failure(t.vault.getKey('pub'))).toMatchObject({ code: 'KeyNotFound' });
    expect((await t.vault.getSecret('pub')).value).toBe(readFileSync(join(t.dir, 'in.pem'), 'utf8'));
  });
});

describe('renewal', () => {
  test('renew makes a new version with a new key, or the same key with reuseKey', async () => {
    await certs.createCertificate('r', leafPolicy({ keyType: 'EC' }));
    const first = await certs.getCertificate('r');
    await certs.renewCertificate('r');
    const second = await certs.getCertificate('r');
    expect(second.properties.version).not.toBe(first.properties.version);
    const publicKey = (c: { cer: Uint8Array }): string => new X509Certificate(c.cer).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    expect(publicKey(second)).not.toBe(publicKey(first));
    await certs.updateCertificatePolicy('r', { reuseKey: true });
    await certs.renewCertificate('r');
    expect(publicKey(await certs.getCertificate('r'))).toBe(publicKey(second));
    expect((await t.vault.listPropertiesOfKeyVersions('r')).map((k) => k.managed)).toEqual([true, true, true]);
  });

  test('renewIfDue follows the lifetime actions: not due, then AutoRenew at 80%, EmailContacts reported', async () => {
    await certs.createCertificate('due', leafPolicy({ validityInMonths: 10 }));
    expect(await certs.renewCertificateIfDue('due')).toMatchObject({ result: 'not-due', operation: undefined });
    t.clock.advance(250 * DAY_MS);
    const renewed = await certs.renewCertificateIfDue('due');
    expect(renewed).toMatchObject({ result: 'renewed', reason: 'lifetimePercentage 80', operation: { status: 'completed' } });
    expect(await certs.listPropertiesOfCertificateVersions('due')).toHaveLength(2);
    expect((await certs.renewCertificateIfDue('due')).result).toBe('not-due');
    await certs.updateCertificatePolicy('due', { lifetimeActions: [{ action: 'EmailContacts', daysBeforeExpiry: 30 }] });
    t.clock.advance(290 * DAY_MS);
    expect(await certs.renewCertificateIfDue('due')).toMatchObject({ result: 'notify', reason: 'daysBeforeExpiry 30' });
  });
});

describe('lifecycle with the key and secret', () => {
  test('delete, recover and purge move all three; backup and restore bring all three back', async () => {
    await certs.createCertificate('life', leafPolicy());
    const version = (await certs.getCertificate('life')).properties.version;
    const blob = await certs.backupCertificate('life');
    const deleted = await certs.deleteCertificate('life');
    expect(deleted.certificate.properties.version).toBe(version);
    expect((await t.vault.listDeletedKeys()).map((k) => k.key.name)).toEqual(['life']);
    expect((await t.vault.listDeletedSecrets()).map((s) => s.properties.name)).toEqual(['life']);
    expect((await certs.recoverDeletedCertificate('life')).properties.version).toBe(version);
    expect((await t.vault.getSecret('life')).properties.version).toBe(version);
    await certs.deleteCertificate('life');
    await certs.purgeDeletedCertificate('life');
    expect(await t.vault.listDeletedKeys()).toEqual([]);
    expect(await t.vault.listDeletedSecrets()).toEqual([]);
    const restored = await certs.restoreCertificateBackup(blob);
    expect(restored.properties.version).toBe(version);
    expect((await t.vault.getKey('life')).properties).toMatchObject({ version, managed: true });
    expect(summary(await failure(certs.restoreCertificateBackup(blob)))).toEqual({ code: 'Conflict', innerCode: undefined, message: "Certificate 'life' exists: restore refuses to overwrite it." });
  });

  test('a certificate\'s key and secret change only through it; a plain key or secret holds its name against a certificate', async () => {
    await certs.createCertificate('own', leafPolicy());
    const before = t.fileBytes();
    const managed = { code: 'Forbidden', innerCode: 'CertificateManaged' };
    expect(await failure(t.vault.setSecret('own', 'x'))).toMatchObject(managed);
    expect(await failure(t.vault.updateSecretProperties('own', undefined, { enabled: false }))).toMatchObject(managed);
    expect(await failure(t.vault.deleteSecret('own'))).toMatchObject(managed);
    expect(await failure(t.vault.deleteKey('own'))).toMatchObject(managed);
    expect(await failure(t.vault.createKey('own', { kty: 'EC', curve: 'P-256' }))).toMatchObject(managed);
    expect(await failure(t.vault.rotateKey('own'))).toMatchObject(managed);
    expect(await failure(t.vault.restoreSecretBackup(await t.vault.backupSecret('own')))).toMatchObject({ code: 'Conflict' });
    expect(t.fileBytes().length).toBeGreaterThanOrEqual(before.length);
    await t.vault.setSecret('plain', 'v');
    expect(summary(await failure(certs.createCertificate('plain', leafPolicy())))).toEqual({
      code: 'Conflict', innerCode: undefined, message: "A secret named 'plain' exists and is not a certificate's: a certificate needs the name for its own secret.",
    });
    await certs.updateCertificateProperties('own', undefined, { enabled: false });
    expect(await failure(t.vault.getSecret('own'))).toMatchObject({ code: 'Forbidden', innerCode: 'SecretDisabled' });
  });
});

describe('policies and settings', () => {
  test.each([
    [{ subject: '' }, 'Invalid subject: expected an X.500 name such as "CN=api.example.com, O=Example".'],
    [{ subject: 'CN=x', keyType: 'oct' }, "Invalid key type 'oct': a certificate's key is RSA or EC."],
    [{ subject: 'CN=x', keySize: 1024 }, "Invalid RSA key size '1024': expected 2048, 3072, 4096."],
    [{ subject: 'CN=x', keyType: 'EC', curve: 'P-256K' }, "Invalid curve 'P-256K': expected P-256, P-384, P-521."],
    [{ subject: 'CN=x', keyType: 'EC', keyUsage: ['keyEncipherment'] }, 'Invalid key usage keyEncipherment: an EC key cannot be used for it.'],
    [{ subject: 'CN=x', validityInMonths: 0 }, 'Invalid validity: expected a whole number of months from 1 to 120.'],
    [{ subject: 'CN=x', subjectAlternativeNames: { dnsNames: ['bad name'] } }, "Invalid DNS name entry 'bad name': expected a host name such as api.example.com or *.example.com."],
    [{ subject: 'CN=x', subjectAlternativeNames: { ipAddresses: ['300.1.1.1'] } }, "Invalid IP address entry '300.1.1.1': expected an IPv4 or IPv6 address."],
    [{ subject: 'CN=x', lifetimeActions: [{ action: 'AutoRenew' }] }, 'Invalid lifetime action: give exactly one trigger, lifetimePercentage or daysBeforeExpiry.'],
    [{ subject: 'CN=x', enhancedKeyUsage: ['serverAuth'] }, "Invalid extended key usage entry 'serverAuth': expected an object identifier such as 1.3.6.1.5.5.7.3.1."],
    [{ subject: 'CN=x', keyUsage: ['keyCertSign'] }, 'Invalid key usage: keyCertSign is for CA certificates (set ca).'],
  ])('policy %j is refused: %s', async (policy, message) => {
    const before = t.fileBytes();
    expect(summary(await failure(certs.createCertificate('p', policy as CertificatePolicyInput)))).toEqual({ code: 'BadParameter', innerCode: undefined, message });
    expect(t.fileBytes().equals(before)).toBe(true);
  });

  test('policy get and update keep what is not given', async () => {
    await certs.createCertificate('pol', leafPolicy({ keyType: 'EC' }));
    const updated = await certs.updateCertificatePolicy('pol', { validityInMonths: 6, subjectAlternativeNames: { dnsNames: ['new.example.test'] } });
    expect(updated).toMatchObject({ keyType: 'EC', curve: 'P-256', validityInMonths: 6, subject: 'CN=api.example.test, O=Example', subjectAlternativeNames: { dnsNames: ['new.example.test'], ipAddresses: [] } });
    expect(await certs.getCertificatePolicy('pol')).toEqual(updated);
  });

  test('contacts and issuers', async () => {
    expect(await certs.getContacts()).toEqual([]);
    expect(await certs.setContacts([{ email: 'ops@example.test', name: 'Ops' }])).toEqual([{ email: 'ops@example.test', name: 'Ops' }]);
    expect(summary(await failure(certs.setContacts([{ email: 'nope' }])))).toEqual({ code: 'BadParameter', innerCode: undefined, message: "Invalid contact email 'nope': expected an address such as ops@example.com." });
    expect(await certs.deleteContacts()).toEqual([{ email: 'ops@example.test', name: 'Ops' }]);
    expect(await certs.getContacts()).toEqual([]);
    await certs.createCertificate('ca', { subject: 'CN=CA', ca: true });
    const issuer = await certs.createIssuer('Team-CA', { certificateName: 'ca' });
    expect(issuer).toMatchObject({ name: 'Team-CA', provider: 'Coffer', certificateName: 'ca', enabled: true });
    expect((await certs.listIssuers()).map((i) => i.name)).toEqual(['Team-CA']);
    expect((await certs.updateIssuer('team-ca', { enabled: false })).enabled).toBe(false);
    expect(summary(await failure(certs.createCertificate('leaf', leafPolicy({ issuerName: 'Team-CA' }))))).toEqual({ code: 'BadParameter', innerCode: undefined, message: "Issuer 'Team-CA' is disabled." });
    expect(await certs.deleteIssuer('Team-CA')).toMatchObject({ name: 'Team-CA' });
    expect(await failure(certs.getIssuer('Team-CA'))).toMatchObject({ code: 'CertificateNotFound', innerCode: 'IssuerNotFound' });
    expect(summary(await failure(certs.createIssuer('Self', { certificateName: 'ca' })))).toEqual({ code: 'BadParameter', innerCode: undefined, message: "Invalid issuer name 'Self': Self and Unknown are built in." });
    expect((await certs.listPropertiesOfCertificates()).map((c) => c.name)).toEqual(['ca']);
  });
});

describe('secrecy and audit', () => {
  test('private keys never reach the vault file or the audit log in clear; every operation is audited by name', async () => {
    await certs.createCertificate('canary', leafPolicy({ contentType: 'application/x-pem-file' }));
    const pem = (await t.vault.getSecret('canary')).value;
    const keyBody = (/-----BEGIN PRIVATE KEY-----\n([\s\S]*?)-----END PRIVATE KEY-----/.exec(pem)?.[1] ?? '').replace(/\n/g, '');
    expect(keyBody.length).toBeGreaterThan(1000);
    const stored = t.fileBytes().toString('utf8') + readFileSync(t.auditPath, 'utf8');
    const keyLines = keyBody.match(/.{1,64}/g) ?? [];
    expect(keyLines.length).toBeGreaterThan(15);
    for (const line of keyLines) expect(stored).not.toContain(line);
    const names = t.auditRecords().map((r) => (r as unknown as { operationName: string }).operationName);
    expect(names).toEqual(['VaultCreate', 'CertificateCreate', 'SecretGet']);
  });

  test('Certificate User may read but not create', async () => {
    const certificateUser: Authorizer = { decide: (_who, permission) => ({ allowed: roleGrants('Certificate User', permission) }) };
    const reader = t.open(undefined, { authorizer: certificateUser });
    await certs.createCertificate('read', leafPolicy());
    expect((await reader.certificates.getCertificate('read')).name).toBe('read');
    expect(await failure(reader.certificates.createCertificate('nope', leafPolicy()))).toMatchObject({ code: 'Forbidden', innerCode: 'ForbiddenByRbac' });
    await reader.close();
  });
});

describe('review fixes', () => {
  /** An openssl CA; the vault's clock moves to a minute past the real now, where openssl's certificates start. */
  function opensslCa(name: string, days: number, extra: string[], issuer?: { cert: string; key: string }): void {
    t.clock.advance(Math.max(0, Date.now() + 60_000 - t.clock.now().getTime()));
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`);
    if (issuer === undefined) {
      openssl('req', '-x509', '-key', `${name}.key`, '-out', `${name}.pem`, '-subj', `/CN=${name}`, '-days', String(days), ...extra.flatMap((e) => ['-addext', e]));
      return;
    }
    openssl('req', '-new', '-key', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    file(`${name}.ext`, `${extra.join('\n')}\n`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', issuer.cert, '-CAkey', issuer.key, '-CAcreateserial', '-days', String(days), '-extfile', `${name}.ext`, '-out', `${name}.pem`);
  }
  const caExt = (pathlen?: number): string[] => [`basicConstraints=critical,CA:TRUE${pathlen === undefined ? '' : `,pathlen:${pathlen}`}`, 'keyUsage=critical,keyCertSign,cRLSign'];
  const pemOf = (...names: string[]): Buffer => Buffer.concat(names.map((n) => readFileSync(join(t.dir, n))));

  test('a CA certificate from a vault CA needs certificates/manageissuers; leaves and self-signed CAs do not', async () => {
    await certs.createCertificate('root', { subject: 'CN=Root', ca: true, keyType: 'EC', validityInMonths: 60 });
    await certs.createIssuer('org-root', { certificateName: 'root' });
    const officer: Authorizer = {
      decide: (_who, permission, resource) => ({ allowed: roleGrants('Certificates Officer', permission) && resource.startsWith('/certificates/app-') }),
    };
    const app = t.open(undefined, { authorizer: officer }).certificates;
    const before = t.fileBytes();
    expect(summary(await failure(app.createCertificate('app-evil', { subject: 'CN=Evil CA', ca: true, keyType: 'EC', issuerName: 'org-root' })))).toEqual({
      code: 'Forbidden', innerCode: 'ForbiddenByRbac', message: "A CA certificate issued by vault CA 'org-root' needs certificates/manageissuers on /certificates, as creating issuers does.",
    });
    expect(t.fileBytes().equals(before)).toBe(true);
    expect((await app.createCertificate('app-leaf', leafPolicy({ keyType: 'EC', issuerName: 'org-root' }))).status).toBe('completed');
    expect((await app.createCertificate('app-own-root', { subject: 'CN=Own', ca: true, keyType: 'EC' })).status).toBe('completed');
    expect(await failure(app.updateCertificatePolicy('app-leaf', { ca: true }))).toMatchObject({ code: 'Forbidden', innerCode: 'ForbiddenByRbac' });
  });

  test('path length constraints are kept along the chain: a CA below pathlen:0 is refused, an intermediate inherits pathlen - 1', async () => {
    opensslCa('ext-root', 3650, caExt(1));
    await certs.importCertificate('ext-root', pemOf('ext-root.key', 'ext-root.pem'));
    await certs.createIssuer('ext', { certificateName: 'ext-root' });
    await certs.createCertificate('inter', { subject: 'CN=Inter', ca: true, keyType: 'EC', issuerName: 'ext', validityInMonths: 24 });
    file('inter.pem', certificatePem((await certs.getCertificate('inter')).cer));
    expect(openssl('x509', '-in', 'inter.pem', '-noout', '-text').out).toMatch(/CA:TRUE, pathlen:0/);
    await certs.createIssuer('inter-ca', { certificateName: 'inter' });
    expect(summary(await failure(certs.createCertificate('sub', { subject: 'CN=Sub', ca: true, keyType: 'EC', issuerName: 'inter-ca' })))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: "Issuer 'inter-ca' cannot sign a CA certificate: the path length constraint above it allows no further CA.",
    });
    await certs.createCertificate('leaf', leafPolicy({ keyType: 'EC', issuerName: 'inter-ca', validityInMonths: 6 }));
    file('leaf.pem', certificatePem((await certs.getCertificate('leaf')).cer));
    expect(openssl('verify', '-CAfile', 'ext-root.pem', '-untrusted', 'inter.pem', 'leaf.pem').out).toBe('leaf.pem: OK\n');
  });

  test('a certificate may not outlive any CA above its issuer', async () => {
    opensslCa('short-root', 30, caExt());
    opensslCa('long-inter', 365, caExt(), { cert: 'short-root.pem', key: 'short-root.key' });
    await certs.importCertificate('long-inter', pemOf('long-inter.key', 'long-inter.pem', 'short-root.pem'));
    await certs.createIssuer('long', { certificateName: 'long-inter' });
    const refused = await failure(certs.createCertificate('leaf', leafPolicy({ keyType: 'EC', issuerName: 'long', validityInMonths: 2 })));
    expect(refused.code).toBe('BadParameter');
    expect(refused.message).toMatch(/^Issuer 'long' cannot sign: its CA certificate 'long-inter' is valid only while 'CN=short-root' is, which expires on /);
  });

  test('an encrypted PEM key naming more PBKDF2 iterations than allowed is refused before it is derived', async () => {
    openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'k.pem', '-out', 'c.pem', '-subj', '/CN=enc', '-days', '30');
    openssl('pkcs8', '-topk8', '-v2', 'aes-256-cbc', '-iter', '5000000', '-in', 'k.pem', '-out', 'costly.pem', '-passout', 'pass:pw');
    openssl('pkcs8', '-topk8', '-v2', 'aes-256-cbc', '-in', 'k.pem', '-out', 'fine.pem', '-passout', 'pass:pw');
    expect(summary(await failure(certs.importCertificate('enc', pemOf('costly.pem', 'c.pem'), { password: 'pw' })))).toEqual({
      code: 'BadParameter', innerCode: undefined,
      message: 'The encrypted private key must use PBES2 with PBKDF2 and at most 20000 iterations (what openssl pkcs8 -topk8 writes by default).',
    });
    expect((await certs.importCertificate('enc', pemOf('fine.pem', 'c.pem'), { password: 'pw' })).keyId).toMatch(/^\/keys\/enc\//);
  });

  test('a cancelled or forgotten request gives up its key version; a managed key\'s rotation policy is not set on its own', async () => {
    await certs.createCertificate('first', leafPolicy({ issuerName: 'Unknown' }));
    expect((await t.vault.getKey('first')).properties.managed).toBe(true);
    await certs.cancelCertificateOperation('first');
    expect(await failure(t.vault.getKey('first'))).toMatchObject({ code: 'KeyNotFound' });
    await certs.createCertificate('web', leafPolicy());
    const version = (await certs.getCertificate('web')).properties.version;
    await certs.updateCertificatePolicy('web', { issuerName: 'Unknown' });
    await certs.renewCertificate('web');
    expect((await t.vault.getKey('web')).properties.version).not.toBe(version);
    await certs.deleteCertificateOperation('web');
    expect((await t.vault.getKey('web')).properties.version).toBe(version);
    expect(await failure(t.vault.updateKeyRotationPolicy('web', { lifetimeActions: [] }))).toMatchObject({ code: 'Forbidden', innerCode: 'CertificateManaged' });
  });
});

describe('If-Match', () => {
  test('a certificate write happens only if its version still has the ETag the caller read', async () => {
    const { certificateETag } = await import('../../src/core/etag.js');
    await certs.createCertificate('tagged', leafPolicy({ keyType: 'EC' }));
    const etag = certificateETag((await certs.getCertificate('tagged')).properties);
    const allowAll: Authorizer = { decide: () => ({ allowed: true }) };
    const as = (ifMatch: string): CertificateVault => t.vault.withCaller({ principal: TESTER, authorizer: allowAll, precondition: { type: 'certificate', name: 'tagged', ifMatch } }).certificates;
    await as(etag).updateCertificateProperties('tagged', undefined, { tags: { team: 'a' } });
    const before = t.fileBytes();
    expect(await failure(as(etag).updateCertificateProperties('tagged', undefined, { tags: { team: 'b' } }))).toMatchObject({ code: 'PreconditionFailed' });
    expect(await failure(as(etag).deleteCertificate('tagged'))).toMatchObject({ code: 'PreconditionFailed' });
    expect(t.fileBytes().equals(before)).toBe(true);
    expect((await certs.getCertificate('tagged')).properties.tags).toEqual({ team: 'a' });
  });
});
