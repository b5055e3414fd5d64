/**
 * `coffer certificate create` and vault CAs end to end through the bundle, on a vault file and
 * a SQLite vault: self-signed RSA and EC certificates whose SANs, EKUs and key usage openssl
 * reads back; a root CA, an issuer for it, an intermediate and a leaf that `openssl verify`
 * accepts; a policy file with flags on top; and usage errors that exit 2 and change nothing.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { statSync, writeFileSync } from 'node:fs';
import type { Sandbox } from './harness.js';
import {
  CERTIFICATE_KEYS, HEX, ISO, PROPERTY_KEYS, VAULT_KINDS, VERSION, certificateSandbox, ok, okJson, openssl, pemCertificates, x509Of,
  type CertificateJson, type CreateJson,
} from './certificate-tools.js';

const hint = (synopsis: string, name: string): string => `Usage: coffer ${synopsis}\nRun 'coffer ${name} --help' for details.\n`;
const CREATE_SYNOPSIS = 'certificate create NAME --subject "CN=..." [--dns D]... [--ip IP]... [--email E]... [--upn U]... [--issuer Self|Unknown|ISSUER] [--ca] '
  + '[--validity-months N] [--kty RSA|EC] [--size N] [--curve C] [--eku LIST] [--key-usage LIST] [--policy FILE] [--disabled] [--tag K=V]... [--json]';

describe.each(VAULT_KINDS)('certificate create on a %s vault', (kind) => {
  let box: Sandbox;
  beforeAll(() => {
    box = certificateSandbox(kind);
  });
  afterAll(() => {
    box.cleanup();
  });

  it('makes a self-signed RSA certificate with the SANs, EKUs and key usage asked for', () => {
    const out = ok(box, ['certificate', 'create', 'web', '--subject', 'CN=web.example.test, O=Example', '--dns', 'web.example.test', '--dns', 'www.example.test',
      '--ip', '10.0.0.7', '--email', 'ops@example.test', '--eku', 'serverAuth,clientAuth', '--key-usage', 'digitalSignature,keyEncipherment',
      '--validity-months', '6', '--kty', 'RSA', '--size', '3072', '--tag', 'env=test']);
    expect(out).toMatch(/^Created certificate web version [0-9a-f]{32} \(expires \d{4}-\d{2}-\d{2}T[\d:.]+Z\)\.\n$/);
    expect(ok(box, ['certificate', 'get', 'web', '--out', 'web.pem'])).toMatch(/^Wrote certificate web version [0-9a-f]{32} \(pem\) to web\.pem\.\n$/);
    expect(statSync(box.path('web.pem')).mode & 0o777).toBe(0o600);
    const text = openssl(box, ['x509', '-in', 'web.pem', '-noout', '-text']);
    expect(text.status).toBe(0);
    expect(text.out).toContain('Subject: CN = web.example.test, O = Example\n');
    expect(text.out).toContain('Issuer: CN = web.example.test, O = Example\n');
    expect(text.out).toContain('Public-Key: (3072 bit)');
    expect(text.out).toContain('DNS:web.example.test, DNS:www.example.test, email:ops@example.test, IP Address:10.0.0.7');
    expect(text.out).toContain('TLS Web Server Authentication, TLS Web Client Authentication');
    expect(text.out).toMatch(/X509v3 Key Usage: critical\n\s+Digital Signature, Key Encipherment\n/);
    expect(text.out).toContain('CA:FALSE');
  });

  it('prints the certificate shape with --json, its thumbprints and serial as openssl shows them', () => {
    const certificate = (okJson(box, ['certificate', 'get', 'web']) as CertificateJson);
    expect(Object.keys(certificate)).toEqual(CERTIFICATE_KEYS);
    expect(Object.keys(certificate.properties)).toEqual(PROPERTY_KEYS);
    const x509 = x509Of(certificate);
    const p = certificate.properties;
    expect(p.version).toMatch(VERSION);
    expect(certificate.keyId).toBe(`/keys/web/${p.version}`);
    expect(certificate.secretId).toBe(`/secrets/web/${p.version}`);
    expect(certificate.chain).toEqual([]);
    expect(p.x509Thumbprint).toBe(x509.fingerprint.replaceAll(':', ''));
    expect(p.x509ThumbprintSha256).toBe(x509.fingerprint256.replaceAll(':', ''));
    expect(p.serialNumber).toMatch(HEX);
    expect(p.serialNumber).toBe(x509.serialNumber.toUpperCase());
    // 64 random bits at least: the serial has at least 8 bytes.
    expect(p.serialNumber.length).toBeGreaterThanOrEqual(16);
    expect(p.expiresOn).toBe(new Date(x509.validTo).toISOString());
    expect(p.notBefore).toMatch(ISO);
    expect(p).toMatchObject({
      name: 'web', enabled: true, tags: { env: 'test' }, subject: 'CN=web.example.test, O=Example', issuer: 'CN=web.example.test, O=Example',
      subjectAlternativeNames: { dnsNames: ['web.example.test', 'www.example.test'], emails: ['ops@example.test'], upns: [], ipAddresses: ['10.0.0.7'] },
    });
  });

  it('makes a self-signed EC certificate and reports the completed operation with --json', () => {
    const created = (okJson(box, ['certificate', 'create', 'api', '--subject', 'CN=api.example.test', '--kty', 'EC', '--curve', 'P-384']) as CreateJson);
    expect(created.operation).toMatchObject({ name: 'api', status: 'completed', issuerName: 'Self', error: null, cancellationRequested: false });
    expect(created.certificate).not.toBeNull();
    const x509 = x509Of(created.certificate as CertificateJson);
    expect(x509.publicKey.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
    expect(x509.verify(x509.publicKey)).toBe(true);
    // A curve alone implies EC.
    const implied = (okJson(box, ['certificate', 'create', 'api2', '--subject', 'CN=api2', '--curve', 'P-256']) as CreateJson);
    expect(x509Of(implied.certificate as CertificateJson).publicKey.asymmetricKeyType).toBe('ec');
  });

  it('builds a vault PKI: root CA, issuer, intermediate, leaf; openssl verify accepts the chain', () => {
    ok(box, ['certificate', 'create', 'root', '--subject', 'CN=Coffer Test Root CA', '--ca', '--kty', 'EC', '--validity-months', '36']);
    expect(ok(box, ['certificate', 'issuer', 'create', 'root-ca', '--certificate', 'root'])).toBe('Created issuer root-ca: certificate root signs what it issues.\n');
    ok(box, ['certificate', 'create', 'inter', '--subject', 'CN=Coffer Test Intermediate', '--ca', '--issuer', 'root-ca', '--kty', 'EC', '--validity-months', '24']);
    ok(box, ['certificate', 'issuer', 'create', 'inter-ca', '--certificate', 'inter']);
    ok(box, ['certificate', 'create', 'leaf', '--subject', 'CN=svc.example.test', '--dns', 'svc.example.test', '--issuer', 'inter-ca', '--eku', 'serverAuth', '--kty', 'EC']);
    writeFileSync(box.path('root.pem'), ok(box, ['certificate', 'get', 'root', '--format', 'pem']));
    writeFileSync(box.path('inter.pem'), ok(box, ['certificate', 'get', 'inter', '--format', 'pem']));
    writeFileSync(box.path('leaf.pem'), ok(box, ['certificate', 'get', 'leaf', '--format', 'pem']));
    expect(openssl(box, ['verify', '-CAfile', 'root.pem', '-untrusted', 'inter.pem', 'leaf.pem'])).toEqual({ status: 0, out: 'leaf.pem: OK\n' });
    expect(openssl(box, ['verify', '-CAfile', 'root.pem', '-untrusted', 'inter.pem', '-purpose', 'sslserver', 'leaf.pem'])).toEqual({ status: 0, out: 'leaf.pem: OK\n' });
    // Without the intermediate the leaf does not chain to the root.
    expect(openssl(box, ['verify', '-CAfile', 'root.pem', 'leaf.pem']).status).not.toBe(0);
    const root = openssl(box, ['x509', '-in', 'root.pem', '-noout', '-text']).out;
    expect(root).toMatch(/X509v3 Basic Constraints: critical\n\s+CA:TRUE/);
    expect(root).toMatch(/X509v3 Key Usage: critical\n\s+Digital Signature, Certificate Sign, CRL Sign\n/);
    const leaf = (okJson(box, ['certificate', 'get', 'leaf']) as CertificateJson);
    expect(leaf.properties.issuer).toBe('CN=Coffer Test Intermediate');
    // The chain runs from the intermediate up: the leaf, then what --chain adds, verify with the root alone.
    const chain = pemCertificates(ok(box, ['certificate', 'get', 'leaf', '--chain']));
    expect(chain.map((c) => c.subject)).toEqual(['CN=svc.example.test', 'CN=Coffer Test Intermediate', 'CN=Coffer Test Root CA'].slice(0, chain.length));
    expect(chain.length).toBeGreaterThanOrEqual(2);
  });

  it('lists, shows, updates and deletes issuers', () => {
    expect(ok(box, ['certificate', 'issuer', 'list'])).toMatch(/^NAME\s+CERTIFICATE\s+ENABLED\s+UPDATED\ninter-ca\s+inter\s+true\s+\S+\nroot-ca\s+root\s+true\s+\S+\n$/);
    const issuer = (okJson(box, ['certificate', 'issuer', 'get', 'root-ca']) as Record<string, unknown>);
    expect(Object.keys(issuer)).toEqual(['name', 'provider', 'certificateName', 'enabled', 'createdOn', 'updatedOn']);
    expect(issuer).toMatchObject({ name: 'root-ca', provider: 'Coffer', certificateName: 'root', enabled: true });
    expect(ok(box, ['certificate', 'issuer', 'get', 'root-ca'])).toMatch(/^Issuer: {7}root-ca\nProvider: {5}Coffer\nCertificate: {2}root\nEnabled: {6}true\nCreated: {6}\S+\nUpdated: {6}\S+\n$/);
    expect(ok(box, ['certificate', 'issuer', 'update', 'inter-ca', '--enabled', 'false'])).toBe('Updated issuer inter-ca.\n');
    expect(ok(box, ['certificate', 'issuer', 'delete', 'inter-ca'])).toBe('Deleted issuer inter-ca; certificate inter and what it issued are unchanged.\n');
    expect(box.run(['certificate', 'create', 'leaf2', '--subject', 'CN=x', '--issuer', 'inter-ca'])).toEqual({
      status: 1, stdout: '', stderr: 'coffer: Issuer \'inter-ca\' was not found: create it with a CA certificate, or use Self or Unknown. (BadParameter, IssuerNotFound)\n',
    });
    expect(box.run(['certificate', 'versions', 'leaf2']).status).toBe(1);
    expect(ok(box, ['certificate', 'get', 'leaf', '--format', 'pem'])).toBe(box.read('leaf.pem'));
  });

  it('starts from a policy file (Key Vault\'s shape) and lets flags override it', () => {
    box.writeFile('policy.json', JSON.stringify({
      key_props: { kty: 'EC', crv: 'P-256', exportable: true, reuse_key: false },
      secret_props: { contentType: 'application/x-pem-file' },
      x509_props: { subject: 'CN=from-file', sans: { dns_names: ['file.example.test'] }, ekus: ['1.3.6.1.5.5.7.3.2'], validity_months: 3 },
      issuer: { name: 'Self' },
    }));
    ok(box, ['certificate', 'create', 'pol', '--policy', 'policy.json', '--subject', 'CN=from-flag']);
    const p = (okJson(box, ['certificate', 'get', 'pol']) as CertificateJson).properties;
    expect(p.subject).toBe('CN=from-flag');
    expect(p.subjectAlternativeNames.dnsNames).toEqual(['file.example.test']);
    const policy = (okJson(box, ['certificate', 'policy', 'get', 'pol']) as { key_props: Record<string, unknown>; secret_props: Record<string, unknown>; x509_props: Record<string, unknown> });
    expect(policy.key_props).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(policy.secret_props).toEqual({ contentType: 'application/x-pem-file' });
    expect(policy.x509_props).toMatchObject({ subject: 'CN=from-flag', ekus: ['1.3.6.1.5.5.7.3.2'], validity_months: 3 });
  });

  it.each<[string[], string]>([
    [['certificate', 'create', 'x'], '\'coffer certificate create\' needs --subject "CN=…" (or SANs, or --policy FILE).'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--kty', 'DSA'], 'Invalid --kty \'DSA\': expected RSA, EC.'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--size', '1024'], 'Invalid --size \'1024\': expected 2048, 3072, 4096 bits.'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--kty', 'RSA', '--curve', 'P-256'], 'An RSA key takes --size, not --curve.'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--kty', 'EC', '--size', '2048'], 'An EC key takes --curve, not --size.'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--curve', 'P-192'], 'Invalid --curve \'P-192\': expected P-256, P-384, P-521.'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--ip', '300.1.1.1'], 'Invalid --ip \'300.1.1.1\': expected an IPv4 or IPv6 address.'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--eku', 'serverAuth,webAuth'],
      'Invalid --eku \'webAuth\': expected serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, OCSPSigning or a dotted OID, comma-separated.'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--key-usage', 'sign'],
      'Invalid --key-usage \'sign\': expected a comma-separated list of digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign, encipherOnly, decipherOnly.'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--validity-months', '0'], 'Invalid --validity-months \'0\': expected a whole number from 1 to 120.'],
    [['certificate', 'create', 'x', '--subject', 'CN=x', '--validity-months', '121'], 'Invalid --validity-months \'121\': expected a whole number from 1 to 120.'],
  ])('refuses %j with exit 2, changing nothing', (args, message) => {
    expect(box.run(args)).toEqual({ status: 2, stdout: '', stderr: `coffer: ${message}\n${hint(CREATE_SYNOPSIS, 'certificate create')}` });
    expect(box.run(['certificate', 'versions', 'x']).status).toBe(1);
  });
});
