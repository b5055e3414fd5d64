/**
 * The certificate main in-process, with the runner module stubbed and a real vault file (with a
 * vault CA): what it tells the runner and in what order — every mask registered while the key
 * file does not exist yet — the files and outputs, renewal per `renew`, the post step, and the
 * refusals that change nothing. (The code also runs as a step under a simulated runner in
 * test/actions/e2e/certificate-*.test.ts.)
 */
import { describe, it, expect, jest, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUNNER_MODULE, runnerStub, type Call } from './runner-stub.js';
import { TEST_KEY, TESTER } from '../../core/helpers.js';
import { keyMasks } from '../../../src/actions/inputs.js';
import { createVault } from '../../../src/open-vault.js';
import { inlineKeyExecutor } from '../../../src/core/crypto/key-executor.js';
import { readCertificateData, secretToParts } from '../../../src/core/certificates/formats.js';
import type { LocalVault } from '../../../src/core/vault.js';

const calls: Call[] = [];
const stub = runnerStub(calls);
jest.unstable_mockModule(RUNNER_MODULE, () => stub.module);
const certificateMain = await import('../../../src/actions/certificate/main.js');

const KEY = TEST_KEY.toBase64();
let dir: string;
let vault: LocalVault;
let inputs: Record<string, string>;
let env: NodeJS.ProcessEnv;
/** For each setSecrets call: whether the key file existed when it was made. */
let keyFileAtMasking: boolean[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coffer-cert-main-'));
  vault = await createVault(join(dir, 'vault.json'), { masterKey: TEST_KEY, principal: TESTER, keyExecutor: inlineKeyExecutor });
  await vault.certificates.createCertificate('root', { subject: 'CN=Main Test Root', ca: true, keyType: 'EC', curve: 'P-256', issuerName: 'Self', validityInMonths: 24 });
  await vault.certificates.createIssuer('internal-ca', { certificateName: 'root' });
});
afterAll(async () => {
  await vault.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  calls.length = 0;
  keyFileAtMasking = [];
  stub.state.clear();
  (stub.module.appendSummary as jest.Mock).mockClear();
  mkdirSync(join(dir, 'temp'), { recursive: true });
  env = { GITHUB_WORKSPACE: dir, RUNNER_TEMP: join(dir, 'temp'), GITHUB_STEP_SUMMARY: '/sum', GITHUB_STATE: '/state', PATH: process.env.PATH ?? '' };
  inputs = { vault: 'vault.json', key: KEY, name: 'api-tls', subject: 'CN=api.example.com', 'dns-names': 'api.example.com', issuer: 'internal-ca', kty: 'EC' };
  (stub.module.getInput as jest.Mock<(name: string) => string>).mockImplementation((name) => inputs[name] ?? '');
  (stub.module.setSecrets as jest.Mock<(secrets: readonly string[]) => undefined>).mockImplementation((secrets) => {
    keyFileAtMasking.push(existsSync(join(dir, 'temp', 'api-tls.key.pem')) || existsSync(join(dir, 'temp', 'api-tls.pfx')));
    for (const secret of secrets) calls.push({ fn: 'setSecret', args: [secret] });
    return undefined;
  });
});
afterEach(() => {
  process.exitCode = undefined;
  rmSync(join(dir, 'temp'), { recursive: true, force: true });
});

const outputs = (): Map<string, string> => new Map(calls.filter((c) => c.fn === 'setOutput').map((c) => [String(c.args[0]), String(c.args[1])]));
const masked = (): Set<string> => new Set(calls.filter((c) => c.fn === 'setSecret').map((c) => String(c.args[0])));
const failures = (): string[] => calls.filter((c) => c.fn === 'setFailed').map((c) => String(c.args[0]));
const bodyLines = (pem: string): string[] => pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
const temp = (name: string): string => join(dir, 'temp', name);

describe('certificate main', () => {
  it('creates the certificate from a vault CA, masks the key before writing it, writes the files and sets the outputs', async () => {
    await certificateMain.run(env);
    expect(failures()).toEqual([]);
    const certificate = await vault.certificates.getCertificate('api-tls');
    const { version } = certificate.properties;
    const secret = await vault.getSecret('api-tls', version);
    const keyPem = secretToParts(secret.value, secret.properties.contentType).privateKey?.export({ type: 'pkcs8', format: 'pem' }).toString() ?? '';
    const cer = Buffer.from(certificate.cer);

    // isPost (to the state file, not the log), the master key, every mask (with no key file yet), the key file's path for the post step, then outputs.
    const fns = calls.map((c) => c.fn);
    expect(calls[0]).toEqual({ fn: 'saveState', args: ['isPost', 'true'] });
    expect(fns.slice(1, keyMasks(KEY).length + 1)).toEqual(keyMasks(KEY).map(() => 'setSecret'));
    expect(keyFileAtMasking).toEqual([false]);
    const missing = bodyLines(keyPem).filter((line) => !masked().has(line));
    expect(missing).toEqual([]);
    const lastMask = fns.lastIndexOf('setSecret');
    expect(calls[lastMask + 1]).toEqual({ fn: 'saveState', args: ['certificate-key-files', JSON.stringify([temp('api-tls.key.pem')])] });
    expect(fns.slice(lastMask + 2)).toEqual([...Array.from({ length: 11 }, () => 'setOutput'), 'info']);

    expect(Object.fromEntries(outputs())).toEqual({
      'certificate-file': temp('api-tls.cert.pem'), 'chain-file': temp('api-tls.chain.pem'), 'key-file': temp('api-tls.key.pem'),
      'thumbprint-sha1': createHash('sha1').update(cer).digest('hex').toUpperCase(),
      'thumbprint-sha256': createHash('sha256').update(cer).digest('hex').toUpperCase(),
      serial: certificate.properties.serialNumber,
      'not-before': certificate.properties.notBefore?.toISOString(), 'not-after': certificate.properties.expiresOn?.toISOString(),
      version, renewed: 'true', reason: 'created: the certificate did not exist',
    });
    expect(readFileSync(temp('api-tls.key.pem'), 'utf8')).toBe(keyPem);
    expect(statSync(temp('api-tls.key.pem')).mode & 0o777).toBe(0o600);
    const leaf = new X509Certificate(readFileSync(temp('api-tls.cert.pem')));
    const root = await vault.certificates.getCertificate('root');
    expect(leaf.raw).toEqual(cer);
    expect(leaf.checkIssued(new X509Certificate(Buffer.from(root.cer)))).toBe(true);
    expect(readFileSync(temp('api-tls.chain.pem'), 'utf8')).toBe(`${leaf.toString()}${new X509Certificate(Buffer.from(root.cer)).toString()}`);
    expect(calls.at(-1)?.args[0]).toBe(`Certificate api-tls version ${version} (new: created: the certificate did not exist); wrote ${temp('api-tls.cert.pem')}, ${temp('api-tls.chain.pem')}, ${temp('api-tls.key.pem')}.`);
    const summary = String((stub.module.appendSummary as jest.Mock).mock.calls[0]?.[0]);
    expect(summary).toContain('| SANs | DNS: `api.example.com` |');
    expect(bodyLines(keyPem).filter((line) => summary.includes(line))).toEqual([]);
  });

  it('if-due: not due keeps the version; always renews; changed dns-names update the policy and renew', async () => {
    const before = (await vault.certificates.getCertificate('api-tls')).properties.version;
    await certificateMain.run(env);
    expect([outputs().get('version'), outputs().get('renewed'), outputs().get('reason')]).toEqual([before, 'false', 'not due']);

    calls.length = 0;
    inputs.renew = 'always';
    await certificateMain.run(env);
    const always = outputs().get('version');
    expect(always).not.toBe(before);
    expect([outputs().get('renewed'), outputs().get('reason')]).toEqual(['true', 'renew: always']);

    calls.length = 0;
    inputs.renew = 'if-due';
    inputs['dns-names'] = 'api.example.com\nwww.example.com';
    await certificateMain.run(env);
    expect(outputs().get('version')).not.toBe(always);
    expect(outputs().get('reason')).toBe('the inputs differ from the policy, which was updated: dns-names api.example.com → api.example.com, www.example.com');
    expect(new X509Certificate(readFileSync(temp('api-tls.cert.pem'))).subjectAltName).toBe('DNS:api.example.com, DNS:www.example.com');
  });

  it('renew: never keeps the version whatever the inputs, with a warning naming what differs', async () => {
    const before = (await vault.certificates.getCertificate('api-tls')).properties.version;
    inputs.renew = 'never';
    inputs['validity-months'] = '3';
    await certificateMain.run(env);
    expect([outputs().get('version'), outputs().get('renewed'), outputs().get('reason')]).toEqual([before, 'false', 'renew: never']);
    expect(calls.filter((c) => c.fn === 'warning').map((c) => c.args[0])).toEqual([
      'Certificate api-tls differs from the inputs (dns-names api.example.com, www.example.com → api.example.com; validity-months 12 → 3), and renew: never keeps it as it is.',
    ]);
  });

  it('format pfx without a password: makes one, masks it and the PFX before writing, outputs it; the PFX opens with it', async () => {
    inputs.format = 'pfx';
    inputs['dns-names'] = 'api.example.com\nwww.example.com';
    await certificateMain.run(env);
    expect(failures()).toEqual([]);
    const password = outputs().get('pfx-password') ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(keyFileAtMasking).toEqual([false]);
    const pfx = readFileSync(temp('api-tls.pfx'));
    expect(masked().has(password)).toBe(true);
    expect(masked().has(pfx.toString('base64'))).toBe(true);
    expect(calls.findIndex((c) => c.fn === 'setSecret' && c.args[0] === password)).toBeLessThan(calls.findIndex((c) => c.fn === 'setOutput'));
    const parts = readCertificateData(pfx, password);
    expect(parts.certificates[0]).toEqual(new X509Certificate(readFileSync(temp('api-tls.cert.pem'))).raw);
    expect(parts.certificates).toHaveLength(2);
    expect(new X509Certificate(parts.certificates[0] as Buffer).checkPrivateKey(parts.privateKey as never)).toBe(true);
    expect(readdirSync(join(dir, 'temp')).sort()).toEqual(['api-tls.cert.pem', 'api-tls.pfx']);
    expect([...outputs().keys()].slice(0, 3)).toEqual(['certificate-file', 'pfx-file', 'pfx-password']);
  });

  it('the post step deletes the key file the main step saved, and nothing else', async () => {
    await certificateMain.run(env);
    const saved = calls.find((c) => c.fn === 'saveState' && c.args[0] === 'certificate-key-files')?.args[1];
    calls.length = 0;
    stub.state.set('isPost', 'true');
    stub.state.set('certificate-key-files', String(saved));
    await certificateMain.run(env);
    expect(readdirSync(join(dir, 'temp')).sort()).toEqual(['api-tls.cert.pem', 'api-tls.chain.pem']);
    expect(calls).toEqual([{ fn: 'info', args: [`Deleted ${temp('api-tls.key.pem')}.`] }]);
  });

  it('refuses a certificate whose key is not exportable, before changing anything', async () => {
    await vault.certificates.createCertificate('locked', { subject: 'CN=locked', exportable: false, keyType: 'EC' });
    const versions = await vault.certificates.listPropertiesOfCertificateVersions('locked');
    inputs = { ...inputs, name: 'locked', subject: 'CN=changed', 'dns-names': '' };
    await certificateMain.run(env);
    expect(failures()).toEqual(["Certificate 'locked' is not exportable: its policy keeps the private key in the vault, and this action writes the key to a file. Use the key where it is (the sign action signs with it), or create the certificate with an exportable policy."]);
    expect(await vault.certificates.listPropertiesOfCertificateVersions('locked')).toEqual(versions);
    expect((await vault.certificates.getCertificatePolicy('locked')).subject).toBe('CN=locked');
    expect(existsSync(join(dir, 'temp', 'locked.cert.pem'))).toBe(false);
  });

  it('refuses to create a certificate without a subject or DNS name, creating nothing', async () => {
    inputs = { vault: 'vault.json', key: KEY, name: 'nothing-asked' };
    await certificateMain.run(env);
    expect(failures()).toEqual(["Certificate 'nothing-asked' does not exist, and creating it needs a subject or dns-names input (e.g. subject: CN=api.example.com)."]);
    expect((await vault.certificates.listPropertiesOfCertificates()).map((p) => p.name)).not.toContain('nothing-asked');
  });
});
