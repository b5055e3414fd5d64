/**
 * The request and renewal commands through the bundle: create with issuer Unknown, sign the
 * CSR with `openssl x509 -req`, merge the chain (a chain for another key, or one carrying a
 * private key, is refused and changes nothing), cancel and forget requests; renew now and
 * renew-if-due (an imported certificate near its end is due, a fresh one is not); policy get
 * and set round-trip in Key Vault's shape; certificate contacts.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { Sandbox } from './harness.js';
import { certificateSandbox, ok, okJson, openssl, pemCertificates, type CertificateJson, type CertificatePropertiesJson, type OperationJson } from './certificate-tools.js';

let box: Sandbox;
beforeAll(() => {
  box = certificateSandbox('sqlite');
  expect(openssl(box, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem',
    '-subj', '/CN=External Test CA', '-days', '400']).status).toBe(0);
});
afterAll(() => {
  box.cleanup();
});

/** A self-signed RSA certificate (and its key) valid from `daysAgo` days ago for `daysLeft` more days: one near its end. */
function agedCertificate(subject: string, daysAgo: number, daysLeft: number): string {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '0a1b2c3d4e5f6071';
  cert.validity.notBefore = new Date(Date.now() - daysAgo * 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + daysLeft * 86_400_000);
  const name = [{ name: 'commonName', value: subject }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(forge.pki.privateKeyFromPem(keyPem), forge.md.sha256.create());
  return `${forge.pki.certificateToPem(cert)}${keyPem}`;
}

describe('a request signed outside the vault', () => {
  it('stays pending with a CSR until the signed chain is merged', () => {
    expect(ok(box, ['certificate', 'create', 'ext', '--subject', 'CN=ext.example.test', '--dns', 'ext.example.test', '--issuer', 'Unknown', '--kty', 'EC']))
      .toBe('Certificate ext is pending with issuer Unknown: get its CSR with \'coffer certificate pending ext --csr\', have it signed, then run \'coffer certificate merge ext --file CHAIN.pem\'.\n');
    const text = ok(box, ['certificate', 'pending', 'ext']);
    expect(text).toMatch(/^Certificate: {2}ext\nStatus: {7}inProgress\nIssuer: {7}Unknown\nRequest id: {3}\S+\n/);
    box.writeFile('req.pem', ok(box, ['certificate', 'pending', 'ext', '--csr']));
    expect(text.endsWith(`\n${box.read('req.pem')}`)).toBe(true);
    const op = (okJson(box, ['certificate', 'pending', 'ext']) as OperationJson);
    expect(Object.keys(op)).toEqual(['name', 'status', 'statusDetails', 'issuerName', 'csr', 'cancellationRequested', 'requestId', 'error', 'target']);
    expect(op).toMatchObject({ name: 'ext', status: 'inProgress', issuerName: 'Unknown', cancellationRequested: false, error: null, target: null });
    expect(box.read('req.pem')).toContain(op.csr.slice(0, 64));
    const request = openssl(box, ['req', '-in', 'req.pem', '-noout', '-verify', '-text']);
    expect(request.out).toContain('verify OK');
    expect(request.out).toContain('Subject: CN = ext.example.test');
    expect(request.out).toContain('DNS:ext.example.test');
    expect(box.run(['certificate', 'get', 'ext']).stderr).toMatch(/\(CertificateNotFound\)\n$/);
  });

  it('refuses a chain for another key, and a chain file with a private key, changing nothing', () => {
    expect(openssl(box, ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'other.key', '-subj', '/CN=ext.example.test', '-out', 'other.csr']).status).toBe(0);
    expect(openssl(box, ['x509', '-req', '-in', 'other.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'other.pem', '-days', '30']).status).toBe(0);
    box.writeFile('other-chain.pem', `${box.read('other.pem')}${box.read('ca.pem')}`);
    expect(box.run(['certificate', 'merge', 'ext', '--file', 'other-chain.pem'])).toEqual({
      status: 1, stdout: '', stderr: 'coffer: The certificate does not match the pending request of certificate \'ext\': its public key is not the request\'s key. (BadParameter)\n',
    });
    box.writeFile('with-key.pem', `${box.read('other.pem')}${box.read('other.key')}`);
    expect(box.run(['certificate', 'merge', 'ext', '--file', 'with-key.pem'])).toEqual({
      status: 1, stdout: '', stderr: 'coffer: The chain file holds a private key: merge takes the signed certificate and its issuers only (the key never left the vault). (BadParameter)\n',
    });
    expect((okJson(box, ['certificate', 'pending', 'ext']) as OperationJson).status).toBe('inProgress');
    expect(box.run(['certificate', 'versions', 'ext']).stderr).toMatch(/\(CertificateNotFound\)\n$/);
  });

  it('merges the chain openssl signed; the result verifies and exports with its key', () => {
    expect(openssl(box, ['x509', '-req', '-in', 'req.pem', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'signed.pem', '-days', '90',
      '-copy_extensions', 'copy']).status).toBe(0);
    box.writeFile('chain.pem', `${box.read('signed.pem')}${box.read('ca.pem')}`);
    expect(ok(box, ['certificate', 'merge', 'ext', '--file', 'chain.pem'])).toMatch(/^Merged certificate ext version [0-9a-f]{32} \(issuer CN=External Test CA\)\.\n$/);
    expect(ok(box, ['certificate', 'pending', 'ext'])).toMatch(/^Certificate: {2}ext\nStatus: {7}completed\nIssuer: {7}Unknown\nRequest id: {3}\S+\n(Details: .*\n)?Target: {7}\/certificates\/ext\n$/);
    box.writeFile('ext.pem', ok(box, ['certificate', 'get', 'ext']).replace(/^[\s\S]*?(?=-----BEGIN CERTIFICATE-----)/, ''));
    expect(openssl(box, ['verify', '-CAfile', 'ca.pem', 'ext.pem'])).toEqual({ status: 0, out: 'ext.pem: OK\n' });
    const exported = ok(box, ['certificate', 'get', 'ext', '--with-key', '--chain']);
    const certificates = pemCertificates(exported);
    expect(certificates.map((c) => c.subject)).toEqual(['CN=ext.example.test', 'CN=External Test CA']);
    expect(certificates[0]?.raw).toEqual(new X509Certificate(box.read('signed.pem')).raw);
    box.writeFile('ext-key.pem', exported);
    expect(openssl(box, ['pkey', '-in', 'ext-key.pem', '-pubout']).out).toBe(openssl(box, ['x509', '-in', 'signed.pem', '-noout', '-pubkey']).out);
  });

  it('cancels and forgets a pending request', () => {
    ok(box, ['certificate', 'create', 'later', '--subject', 'CN=later', '--issuer', 'Unknown', '--kty', 'EC']);
    const cancelled = (okJson(box, ['certificate', 'pending', 'later', '--cancel']) as OperationJson);
    expect(cancelled).toMatchObject({ name: 'later', cancellationRequested: true });
    expect(ok(box, ['certificate', 'pending', 'later', '--delete'])).toMatch(/^Deleted the \w+ request of certificate later\.\n$/);
    expect(box.run(['certificate', 'pending', 'later']).stderr).toMatch(/^coffer: .*\(CertificateNotFound(, PendingCertificateNotFound)?\)\n$/);
  });
});

describe('renewal', () => {
  it('renews now with a new version and a new key', () => {
    ok(box, ['certificate', 'create', 'web', '--subject', 'CN=web', '--kty', 'EC']);
    const first = (okJson(box, ['certificate', 'get', 'web']) as CertificateJson);
    expect(ok(box, ['certificate', 'renew', 'web'])).toMatch(/^Renewed certificate web version [0-9a-f]{32} \(expires \S+\)\.\n$/);
    const second = (okJson(box, ['certificate', 'get', 'web']) as CertificateJson);
    expect(second.properties.version).not.toBe(first.properties.version);
    expect(second.properties.subject).toBe('CN=web');
    const versions = (okJson(box, ['certificate', 'versions', 'web']) as CertificatePropertiesJson[]);
    expect(versions.map((v) => v.version)).toEqual([first.properties.version, second.properties.version]);
    // The older version stays readable by name.
    expect((okJson(box, ['certificate', 'get', 'web', '--version', first.properties.version]) as CertificateJson).cer).toBe(first.cer);
  });

  it('renew-if-due prints not-due for a fresh certificate, renewed for one near its end, notify for EmailContacts', () => {
    expect(box.run(['certificate', 'renew-if-due', 'web'])).toEqual({ status: 0, stdout: 'not-due\n', stderr: '' });
    box.writeFile('aged.pem', agedCertificate('aged.example.test', 330, 10));
    ok(box, ['certificate', 'import', 'aged', '--file', 'aged.pem']);
    box.writeFile('auto.json', JSON.stringify({ lifetime_actions: [{ trigger: { lifetime_percentage: 80 }, action: { action_type: 'AutoRenew' } }], issuer: { name: 'Self' } }));
    ok(box, ['certificate', 'policy', 'set', 'aged', '--file', 'auto.json']);
    const before = (okJson(box, ['certificate', 'get', 'aged']) as CertificateJson).properties.version;
    const due = box.run(['certificate', 'renew-if-due', 'aged']);
    expect(due.status).toBe(0);
    expect(due.stdout).toBe('renewed\n');
    const after = (okJson(box, ['certificate', 'get', 'aged']) as CertificateJson);
    expect(after.properties.version).not.toBe(before);
    expect(after.properties.subject).toBe('CN=aged.example.test');
    expect(due.stderr).toBe(`coffer: Renewed certificate aged: new version ${after.properties.version} (lifetimePercentage 80).\n`);
    expect(box.run(['certificate', 'renew-if-due', 'aged']).stdout).toBe('not-due\n');

    box.writeFile('aged2.pem', agedCertificate('aged2.example.test', 330, 10));
    ok(box, ['certificate', 'import', 'aged2', '--file', 'aged2.pem']);
    box.writeFile('notify.json', JSON.stringify({ lifetime_actions: [{ trigger: { days_before_expiry: 30 }, action: { action_type: 'EmailContacts' } }] }));
    ok(box, ['certificate', 'policy', 'set', 'aged2', '--file', 'notify.json']);
    const outcome = (okJson(box, ['certificate', 'renew-if-due', 'aged2']) as { name: string; result: string; reason: string | null; operation: unknown; certificate: CertificateJson });
    expect(Object.keys(outcome)).toEqual(['name', 'result', 'reason', 'operation', 'certificate']);
    expect(outcome).toMatchObject({ name: 'aged2', result: 'notify', reason: 'daysBeforeExpiry 30', operation: null });
  });
});

describe('policy and contacts', () => {
  it('prints the policy as text and in Key Vault\'s shape, which set takes back unchanged', () => {
    const text = ok(box, ['certificate', 'policy', 'get', 'ext']);
    expect(text).toMatch(/^Policy of certificate ext \(updated \S+\):\nIssuer: {8}Unknown\nSubject: {7}CN=ext\.example\.test\nSANs: {10}DNS:ext\.example\.test\nCA: {12}no\nKey: {11}EC P-256; exportable: yes; reuse on renewal: no\n/);
    expect(text).toContain('\nEKUs:          1.3.6.1.5.5.7.3.1 (serverAuth), 1.3.6.1.5.5.7.3.2 (clientAuth)\n');
    const wire = ok(box, ['certificate', 'policy', 'get', 'ext', '--json']);
    const policy = JSON.parse(wire) as Record<string, unknown>;
    expect(Object.keys(policy)).toEqual(['key_props', 'secret_props', 'x509_props', 'lifetime_actions', 'issuer', 'attributes']);
    box.writeFile('ext-policy.json', wire);
    expect(ok(box, ['certificate', 'policy', 'set', 'ext', '--file', 'ext-policy.json'])).toBe('Set the policy of certificate ext; it applies from the next version.\n');
    const again = JSON.parse(ok(box, ['certificate', 'policy', 'get', 'ext', '--json'])) as Record<string, unknown>;
    expect({ ...again, attributes: undefined }).toEqual({ ...policy, attributes: undefined });
  });

  it('changes the fields a policy file sets and keeps the others', () => {
    box.writeFile('months.json', JSON.stringify({ x509_props: { validity_months: 3 }, issuer: { name: 'Self' } }));
    const policy = (okJson(box, ['certificate', 'policy', 'set', 'ext', '--file', 'months.json']) as { x509_props: Record<string, unknown>; issuer: { name: string } });
    expect(policy.issuer.name).toBe('Self');
    expect(policy.x509_props).toMatchObject({ subject: 'CN=ext.example.test', validity_months: 3 });
    // The next version follows it: self-signed now.
    ok(box, ['certificate', 'renew', 'ext']);
    expect((okJson(box, ['certificate', 'get', 'ext']) as CertificateJson).properties.issuer).toBe('CN=ext.example.test');
  });

  it('refuses a policy file that is not JSON or not a policy, naming no content', () => {
    box.writeFile('not.json', 'key_props: {');
    expect(box.run(['certificate', 'policy', 'set', 'ext', '--file', 'not.json'])).toEqual({
      status: 1, stdout: '',
      stderr: 'coffer: The policy file is not valid JSON: expected {"key_props": {"kty": "EC", "crv": "P-256"}, "x509_props": {"subject": "CN=…"}, "issuer": {"name": "Self"}}. (BadParameter)\n',
    });
    box.writeFile('bad-kty.json', JSON.stringify({ key_props: { kty: 'DSA' } }));
    const bad = box.run(['certificate', 'policy', 'set', 'ext', '--file', 'bad-kty.json']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^coffer: Invalid field 'policy\.key_props\.kty'.*\(BadParameter\)\n$/);
  });

  it('sets, shows and deletes the certificate contacts', () => {
    expect(ok(box, ['certificate', 'contacts', 'get'])).toBe('No certificate contacts.\n');
    expect(ok(box, ['certificate', 'contacts', 'set', '--email', 'pki@example.test', '--email', 'oncall@example.test'])).toBe('Set 2 certificate contacts.\n');
    expect(ok(box, ['certificate', 'contacts', 'get'])).toBe('EMAIL                NAME  PHONE\npki@example.test     -     -\noncall@example.test  -     -\n');
    expect((okJson(box, ['certificate', 'contacts', 'get']) as unknown[])).toEqual([
      { email: 'pki@example.test', name: null, phone: null }, { email: 'oncall@example.test', name: null, phone: null },
    ]);
    expect(ok(box, ['certificate', 'contacts', 'delete'])).toBe('Deleted 2 certificate contacts.\n');
    expect((okJson(box, ['certificate', 'contacts', 'get']) as unknown[])).toEqual([]);
    expect(box.run(['certificate', 'contacts', 'set']).status).toBe(2);
  });
});
