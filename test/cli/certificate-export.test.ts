/**
 * `coffer certificate get` as an export and `certificate import`, through the bundle: PEM, DER
 * and PKCS#12 with and without the chain and the private key, read back by node and openssl
 * (`openssl pkcs12 -info`, modern and --legacy); the password from a file, the environment or
 * the command line; files 0600; refusals that exit 2 before the vault is asked; imports of PEM
 * and PFX, and a wrong password or malformed file that exits 1 and changes nothing.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Sandbox } from './harness.js';
import { certificateSandbox, ok, okJson, openssl, pemCertificates, runBytes, x509Of, type CertificateJson } from './certificate-tools.js';

let box: Sandbox;
let web: CertificateJson;
let leaf: CertificateJson;
const PASSWORD = 'pfx-Pa55-word';

beforeAll(() => {
  box = certificateSandbox('file');
  web = (okJson(box, ['certificate', 'create', 'web', '--subject', 'CN=web.example.test', '--dns', 'web.example.test', '--kty', 'EC']) as { certificate: CertificateJson }).certificate;
  ok(box, ['certificate', 'create', 'root', '--subject', 'CN=Export Root', '--ca', '--kty', 'EC', '--validity-months', '24']);
  ok(box, ['certificate', 'issuer', 'create', 'root-ca', '--certificate', 'root']);
  leaf = (okJson(box, ['certificate', 'create', 'leaf', '--subject', 'CN=leaf.example.test', '--issuer', 'root-ca', '--kty', 'RSA']) as { certificate: CertificateJson }).certificate;
  box.writeFile('password.txt', `${PASSWORD}\n`);
});
afterAll(() => {
  box.cleanup();
});

const hint = (name: string): string => {
  const synopsis = 'certificate get NAME [--version V] [--format pem|der|pfx] [--chain] [--with-key] [--password-file F | --password P] [--legacy] [--out FILE] [--json]';
  return `Usage: coffer ${synopsis}\nRun 'coffer ${name} --help' for details.\n`;
};
const der = (certificate: CertificateJson): Buffer => Buffer.from(certificate.cer, 'base64');
const keyOf = (pem: string): ReturnType<typeof createPrivateKey> => createPrivateKey(/-----BEGIN PRIVATE KEY-----[\s\S]*?-----END PRIVATE KEY-----\n/.exec(pem)?.[0] ?? '');

describe('certificate get', () => {
  it('shows the properties, then the certificate as PEM', () => {
    const text = ok(box, ['certificate', 'get', 'web']);
    const pem = ok(box, ['certificate', 'get', 'web', '--format', 'pem']);
    expect(text.startsWith(`Name:           web\nVersion:        ${web.properties.version}\nSubject:        CN=web.example.test\n`)).toBe(true);
    expect(text).toContain('\nSANs:           DNS:web.example.test\n');
    expect(text).toContain(`\nSHA-256:        ${web.properties.x509ThumbprintSha256}\n`);
    expect(text).toContain('\nPolicy issuer:  Self\n\n-----BEGIN CERTIFICATE-----\n');
    expect(text.endsWith(pem)).toBe(true);
    expect(pem).not.toContain('PRIVATE KEY');
    expect(pemCertificates(pem).map((c) => c.raw)).toEqual([der(web)]);
  });

  it('adds the chain with --chain and prints DER as bytes', () => {
    const chain = pemCertificates(ok(box, ['certificate', 'get', 'leaf', '--chain']));
    expect(chain[0]?.raw).toEqual(der(leaf));
    expect(chain.map((c) => c.subject)).toEqual(['CN=leaf.example.test', 'CN=Export Root']);
    expect(chain[0]?.checkIssued(chain[1] as X509Certificate)).toBe(true);
    const bytes = runBytes(box, ['certificate', 'get', 'web', '--format', 'der']);
    expect(bytes).toEqual({ status: 0, stdout: der(web), stderr: '' });
  });

  it('exports the private key as PKCS#8 PEM with --with-key, the key of the certificate', () => {
    const pem = ok(box, ['certificate', 'get', 'leaf', '--with-key', '--chain']);
    expect(pem.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
    expect(new X509Certificate(der(leaf)).checkPrivateKey(keyOf(pem))).toBe(true);
    expect(pemCertificates(pem).length).toBe(2);
  });

  it('writes a PFX with the key that openssl pkcs12 opens with the password from a file, 0600', () => {
    expect(ok(box, ['certificate', 'get', 'leaf', '--format', 'pfx', '--with-key', '--chain', '--password-file', 'password.txt', '--out', 'leaf.pfx']))
      .toBe(`Wrote certificate leaf version ${leaf.properties.version} (pfx, with its chain, with its private key) to leaf.pfx.\n`);
    expect(statSync(box.path('leaf.pfx')).mode & 0o777).toBe(0o600);
    const info = openssl(box, ['pkcs12', '-in', 'leaf.pfx', '-info', '-passin', `pass:${PASSWORD}`, '-nodes']);
    expect(info.status).toBe(0);
    expect(info.out).toContain('MAC: sha256');
    expect(info.out).toContain('PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC');
    expect(info.out).toContain('Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC');
    expect(info.out).toContain('friendlyName: leaf');
    expect(new X509Certificate(der(leaf)).checkPrivateKey(keyOf(info.out))).toBe(true);
    expect(pemCertificates(info.out).map((c) => c.subject).sort()).toEqual(['CN=Export Root', 'CN=leaf.example.test']);
    const wrong = openssl(box, ['pkcs12', '-in', 'leaf.pfx', '-info', '-passin', 'pass:wrong', '-nokeys']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.out).toContain('Mac verify error');
  });

  it('writes legacy (3DES, SHA-1 MAC) PFX with --legacy, the password from COFFER_PFX_PASSWORD', () => {
    ok(box, ['certificate', 'get', 'web', '--format', 'pfx', '--with-key', '--legacy', '--out', 'web-legacy.pfx'], { env: { COFFER_PFX_PASSWORD: PASSWORD } });
    const info = openssl(box, ['pkcs12', '-in', 'web-legacy.pfx', '-info', '-passin', `pass:${PASSWORD}`, '-nodes']);
    expect(info.status).toBe(0);
    expect(info.out).toContain('MAC: sha1');
    expect(info.out).toContain('PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC');
    expect(info.out).toContain('Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC');
    expect(new X509Certificate(der(web)).checkPrivateKey(keyOf(info.out))).toBe(true);
  });

  it('writes a certificate-only PFX to stdout, with an empty password unless one is given', () => {
    const pfx = runBytes(box, ['certificate', 'get', 'web', '--format', 'pfx']);
    expect(pfx.status).toBe(0);
    expect(pfx.stderr).toBe('');
    box.writeFile('web-certs.pfx', pfx.stdout);
    const info = openssl(box, ['pkcs12', '-in', 'web-certs.pfx', '-info', '-passin', 'pass:', '-nodes']);
    expect(info.status).toBe(0);
    expect(info.out).not.toContain('PRIVATE KEY');
    expect(info.out).not.toContain('Keybag');
    expect(pemCertificates(info.out).map((c) => c.raw)).toEqual([der(web)]);
  });

  it('takes --password with a warning that does not repeat it', () => {
    const result = runBytes(box, ['certificate', 'get', 'web', '--format', 'pfx', '--with-key', '--password', PASSWORD]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('coffer: warning: a password given with --password can leak into shell history and process lists; prefer --password-file F or COFFER_PFX_PASSWORD.\n');
    box.writeFile('inline.pfx', result.stdout);
    expect(openssl(box, ['pkcs12', '-in', 'inline.pfx', '-info', '-passin', `pass:${PASSWORD}`, '-nokeys']).status).toBe(0);
  });

  it.each<[string[], string]>([
    [['--format', 'p12'], 'Invalid --format \'p12\': expected pem, der or pfx.'],
    [['--format', 'der', '--chain'], 'DER holds one certificate: use --format pem or pfx for the chain.'],
    [['--format', 'der', '--with-key'], 'DER holds the certificate only: use --format pem or pfx with --with-key.'],
    [['--with-key', '--password', PASSWORD], '--password and --password-file are for --format pfx.'],
    [['--format', 'pem', '--legacy'], '--legacy is for --format pfx.'],
    [['--format', 'pem', '--json'], 'Give --json or an export (--format, --chain, --with-key, --out), not both.'],
    [['--format', 'pfx', '--password', 'a', '--password-file', 'password.txt'], 'Give --password or --password-file, not both.'],
  ])('refuses %j with exit 2 and prints nothing else', (extra, message) => {
    expect(box.run(['certificate', 'get', 'web', ...extra])).toEqual({ status: 2, stdout: '', stderr: `coffer: ${message}\n${hint('certificate get')}` });
  });

  it('leaves an existing --out file alone', () => {
    box.writeFile('taken.pem', 'mine');
    expect(box.run(['certificate', 'get', 'web', '--with-key', '--out', 'taken.pem'])).toEqual({
      status: 1, stdout: '', stderr: `coffer: '${box.path('taken.pem')}' already exists; it was left unchanged. (FileExists)\n`,
    });
    expect(box.read('taken.pem')).toBe('mine');
  });

  it('refuses the key of a non-exportable certificate and leaves no file behind', () => {
    box.writeFile('locked.json', JSON.stringify({ key_props: { kty: 'EC', exportable: false } }));
    ok(box, ['certificate', 'create', 'locked', '--subject', 'CN=locked', '--policy', 'locked.json']);
    const version = (okJson(box, ['certificate', 'get', 'locked']) as CertificateJson).properties.version;
    expect(box.run(['certificate', 'get', 'locked', '--with-key', '--out', 'locked.pem'])).toEqual({
      status: 1, stdout: '', stderr: `coffer: Certificate 'locked' version ${version} has no exportable private key (its policy says exportable: false, or it was imported without one). (BadParameter, KeyNotExportable)\n`,
    });
    expect(existsSync(box.path('locked.pem'))).toBe(false);
    // The certificate itself is public: it exports.
    ok(box, ['certificate', 'get', 'locked', '--out', 'locked.crt']);
    expect(pemCertificates(box.read('locked.crt')).length).toBe(1);
  });
});

describe('certificate import', () => {
  beforeAll(() => {
    expect(openssl(box, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ext.key', '-out', 'ext.crt', '-subj', '/CN=external.example.test', '-days', '30']).status).toBe(0);
    box.writeFile('ext.pem', `${box.read('ext.crt')}${box.read('ext.key')}`);
    expect(openssl(box, ['pkcs12', '-export', '-in', 'ext.crt', '-inkey', 'ext.key', '-out', 'ext.pfx', '-passout', `pass:${PASSWORD}`]).status).toBe(0);
  });

  const keyDer = (pem: string): Buffer => keyOf(pem).export({ type: 'pkcs8', format: 'der' });

  it('imports PEM with its key; the key exports back unchanged', () => {
    const out = ok(box, ['certificate', 'import', 'ext-pem', '--file', 'ext.pem', '--tag', 'source=openssl']);
    expect(out).toMatch(/^Imported certificate ext-pem version [0-9a-f]{32} \(expires \S+\)\.\n$/);
    const certificate = (okJson(box, ['certificate', 'get', 'ext-pem']) as CertificateJson);
    expect(x509Of(certificate).raw).toEqual(new X509Certificate(box.read('ext.crt')).raw);
    expect(certificate.properties.tags).toEqual({ source: 'openssl' });
    expect(keyDer(ok(box, ['certificate', 'get', 'ext-pem', '--with-key']))).toEqual(keyDer(box.read('ext.key')));
  });

  it('imports PFX with the password from a file or the environment', () => {
    ok(box, ['certificate', 'import', 'ext-pfx', '--file', 'ext.pfx', '--password-file', 'password.txt']);
    ok(box, ['certificate', 'import', 'ext-env', '--file', 'ext.pfx'], { env: { COFFER_PFX_PASSWORD: PASSWORD } });
    for (const name of ['ext-pfx', 'ext-env']) expect(keyDer(ok(box, ['certificate', 'get', name, '--with-key']))).toEqual(keyDer(box.read('ext.key')));
  });

  it('imports a certificate without a key: it has no key id and no key to export', () => {
    ok(box, ['certificate', 'import', 'ext-public', '--file', 'ext.crt']);
    const certificate = (okJson(box, ['certificate', 'get', 'ext-public']) as CertificateJson);
    expect(certificate.keyId).toBeNull();
    expect(box.run(['certificate', 'get', 'ext-public', '--with-key']).stderr).toContain('(BadParameter, KeyNotExportable)\n');
  });

  it.each<[string, string[], string]>([
    ['a wrong PFX password', ['--file', 'ext.pfx', '--password-file', 'wrong.txt'], 'The PKCS#12 file could not be opened: the password is wrong, or the file was altered. (BadParameter)'],
    ['no PFX password', ['--file', 'ext.pfx'], 'The PKCS#12 file could not be opened: the password is wrong, or the file was altered. (BadParameter)'],
    ['a file that is neither PEM nor PFX', ['--file', 'junk.bin'], 'Invalid certificate file: expected PEM text or a PKCS#12 (PFX) file. (BadParameter)'],
    ['a PEM block that is not a certificate', ['--file', 'broken.pem'], 'Invalid certificate file: certificate 1 is not a valid X.509 certificate. (BadParameter)'],
  ])('refuses %s with exit 1, changing nothing', (_what, args, message) => {
    box.writeFile('wrong.txt', 'not-the-password');
    box.writeFile('junk.bin', 'this is not a certificate\n');
    box.writeFile('broken.pem', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    const before = readFileSync(box.path('.coffer/vault.json'));
    expect(box.run(['certificate', 'import', 'ext-bad', ...args])).toEqual({ status: 1, stdout: '', stderr: `coffer: ${message}\n` });
    expect(readFileSync(box.path('.coffer/vault.json'))).toEqual(before);
    expect(box.run(['certificate', 'get', 'ext-bad']).stderr).toMatch(/\(CertificateNotFound\)\n$/);
    expect(box.run(['secret', 'get', 'ext-bad']).status).toBe(1);
    expect(box.run(['key', 'get', 'ext-bad']).status).toBe(1);
  });

  it('needs --file', () => {
    const synopsis = 'certificate import NAME --file F [--password-file F | --password P] [--policy FILE] [--disabled] [--tag K=V]... [--json]';
    expect(box.run(['certificate', 'import', 'x'])).toEqual({
      status: 2, stdout: '', stderr: `coffer: 'coffer certificate import' needs --file FILE.\nUsage: coffer ${synopsis}\nRun 'coffer certificate import --help' for details.\n`,
    });
  });
});
