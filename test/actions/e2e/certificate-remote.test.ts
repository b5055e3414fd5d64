/**
 * The certificate action against a live `coffer serve` (vault: https://127.0.0.1:<port>,
 * ca-file: the server's CA), with a vault CA in the server's vault:
 *
 * - auth: oidc, with the roles the README recommends — Certificates Officer over
 *   /certificates/api-tls and Secrets User over /secrets/api-tls, bound to the repository: the
 *   certificate is created from the vault CA and written; if-due and not due keeps the version;
 *   always renews; the audit log names the job's claims for each operation;
 * - auth: token with an Administrator token: a PFX openssl opens with the made password;
 * - auth: token with a Certificate User token and renew: never: the certificate is written;
 * - auth: token with a Certificates Officer token alone: reading the key (secrets/get) is
 *   refused, and the step fails naming the roles it needs;
 * - the post steps delete the key files; no key line, password or token is in any log line,
 *   summary, output (but the made password) or file left behind.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GITHUB_ISSUER } from '../../../src/cli/commands/serve-setup.js';
import { SimulatedRunner, describeStep, type StepResult } from './runner.js';
import { fileLeaks, keyMaskedFirst, logLeaks } from './checks.js';
import { findLeaks, walkFiles, type Planted } from './leaks.js';
import { TestIssuer, pushClaims, runStep, startIdTokenEndpoint, startLiveServer, type IdTokenEndpoint, type LiveServer } from './live-server.js';
import { CERTIFICATE, HAS_OPENSSL, createVaultCa, maskedBeforeOutput, openssl, pemBodyLines, privateKeyCanaries } from './certificate-fixture.js';


const REQUEST_TOKEN = `req-app-${randomBytes(12).toString('hex')}`;
const API_INPUTS = { name: 'api-tls', subject: 'CN=api.internal.example.com', 'dns-names': 'api.internal.example.com', issuer: 'internal-ca', kty: 'EC' };

let dir: string;
let issuer: TestIssuer;
let server: LiveServer;
let endpoint: IdTokenEndpoint;
let runner: SimulatedRunner;
let rootPem: string;
let adminToken: string;
let officerToken: string;
let readerToken: string;
const steps: Record<string, StepResult> = {};
/** Each step's files as they were right after it: later steps write the same names, and the post steps delete keys. */
const keyText: Record<string, string> = {};
const certText: Record<string, string> = {};
const chainText: Record<string, string> = {};
let pfx: Buffer;
const posts: StepResult[] = [];
let audit: { operation: string; result: string; id: string; repository: string | undefined }[];

const remote = (inputs: Record<string, string>): Record<string, string> => ({ vault: server.url, 'ca-file': 'ca.pem', ...inputs });
const oidcEnv = { env: { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN } };
const errors = (step: StepResult): string[] => step.annotations.filter((a) => a.level === 'error').map((a) => a.text.trim());
const output = (step: StepResult, name: string): string => step.outputs.get(name) ?? '';
const get = (label: string): StepResult => {
  const result = steps[label];
  if (result === undefined) throw new Error(`no step ${label}`);
  return result;
};

async function step(label: string, inputs: Record<string, string>, options = {}): Promise<StepResult> {
  const result = await runStep(runner, CERTIFICATE, remote(inputs), options);
  steps[label] = result;
  const read = (name: string, into: Record<string, string>): void => {
    const path = result.outputs.get(name);
    if (path !== undefined && existsSync(path)) into[label] = readFileSync(path, 'utf8');
  };
  read('key-file', keyText);
  read('certificate-file', certText);
  read('chain-file', chainText);
  const pfxFile = result.outputs.get('pfx-file');
  if (pfxFile !== undefined && existsSync(pfxFile)) pfx = readFileSync(pfxFile);
  return result;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coffer-remote-certificate-'));
  issuer = await TestIssuer.create(GITHUB_ISSUER, dir);
  const principal = { repository: 'org/app', repository_id: '123' };
  server = await startLiveServer({
    oidc: { issuer: issuer.issuer, jwksFile: issuer.jwksFile },
    assignments: [
      { principal, role: 'Certificates Officer', scope: '/certificates/api-tls' },
      { principal, role: 'Secrets User', scope: '/secrets/api-tls' },
    ],
  });
  endpoint = await startIdTokenEndpoint(issuer, new Map([[REQUEST_TOKEN, pushClaims()]]));
  oidcEnv.env.ACTIONS_ID_TOKEN_REQUEST_URL = endpoint.url;
  runner = new SimulatedRunner('remote-certificate');
  copyFileSync(server.caPath, join(runner.workspace, 'ca.pem'));
  await createVaultCa(server.vault);
  rootPem = new X509Certificate(Buffer.from((await server.vault.certificates.getCertificate('internal-root')).cer)).toString();
  adminToken = await server.tokenFor('Administrator', '/', 'ci-admin');
  officerToken = await server.tokenFor('Certificates Officer', '/certificates', 'ci-officer');
  readerToken = await server.tokenFor('Certificate User', '/', 'ci-reader');

  const before = (await server.audit()).length;
  await step('create', API_INPUTS, oidcEnv);
  await step('not-due', API_INPUTS, oidcEnv);
  await step('always', { ...API_INPUTS, renew: 'always' }, oidcEnv);
  audit = (await server.audit()).slice(before).filter((r) => r.operationName.startsWith('Certificate') || r.operationName === 'SecretGet')
    .map((r) => ({ operation: r.operationName, result: r.resultType, id: String(r.properties.id ?? ''), repository: r.identity.claim.repository }));
  await step('pfx', { name: 'admin-tls', subject: 'CN=admin.internal.example.com', issuer: 'internal-ca', format: 'pfx', auth: 'token', token: adminToken });
  await step('reader', { name: 'api-tls', renew: 'never', auth: 'token', token: readerToken });
  await step('officer-only', { name: 'officer-only', subject: 'CN=officer.internal.example.com', auth: 'token', token: officerToken });
  // Post steps talk to no server: the blocking runner is fine for them.
  for (const main of Object.values(steps).reverse()) posts.push(runner.post(main, { timeoutMs: 30_000 }));
});

afterAll(async () => {
  await endpoint.close();
  await server.stop();
  runner.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('certificate action against a live server', () => {
  it('auth: oidc with Certificates Officer and Secrets User over the certificate: creates it from the vault CA and writes it', () => {
    const create = get('create');
    expect(describeStep(create)).toMatch(/^exit 0;/);
    expect(create.unexpectedInputs).toEqual([]);
    expect([output(create, 'renewed'), output(create, 'reason')]).toEqual(['true', 'created: the certificate did not exist']);
    const leaf = new X509Certificate(certText.create ?? '');
    expect(output(create, 'thumbprint-sha256')).toBe(leaf.fingerprint256.replace(/:/g, ''));
    expect(leaf.verify(new X509Certificate(rootPem).publicKey)).toBe(true);
    expect(leaf.subjectAltName).toBe('DNS:api.internal.example.com');
    expect(chainText.create).toBe(`${leaf.toString()}${rootPem}`);
    expect(maskedBeforeOutput(create, pemBodyLines(keyText.create ?? ''), 'key')).toEqual([]);
    expect(endpoint.requests.filter((r) => r.authorized).map((r) => r.audience)).toContain(server.url);
  });

  it('if-due and not due keeps the version; always makes a new one', () => {
    expect([output(get('not-due'), 'version'), output(get('not-due'), 'renewed'), output(get('not-due'), 'reason')]).toEqual([output(get('create'), 'version'), 'false', 'not due']);
    expect(output(get('always'), 'renewed')).toBe('true');
    expect(output(get('always'), 'version')).not.toBe(output(get('create'), 'version'));
    expect(keyText.always).not.toBe(keyText.create);
  });

  it('the audit log records each operation under the job\'s repository', () => {
    const created = output(get('create'), 'version');
    const renewed = output(get('always'), 'version');
    expect(audit.filter((r) => ['CertificateCreate', 'CertificateRenew', 'CertificateRenewIfDue', 'SecretGet'].includes(r.operation))).toEqual([
      { operation: 'CertificateCreate', result: 'Success', id: '/certificates/api-tls/pending', repository: 'org/app' },
      { operation: 'SecretGet', result: 'Success', id: `/secrets/api-tls/${created}`, repository: 'org/app' },
      { operation: 'CertificateRenewIfDue', result: 'Success', id: `/certificates/api-tls/${created}`, repository: 'org/app' },
      { operation: 'SecretGet', result: 'Success', id: `/secrets/api-tls/${created}`, repository: 'org/app' },
      { operation: 'CertificateRenew', result: 'Success', id: '/certificates/api-tls/pending', repository: 'org/app' },
      { operation: 'SecretGet', result: 'Success', id: `/secrets/api-tls/${renewed}`, repository: 'org/app' },
    ]);
  });

  (HAS_OPENSSL ? it : it.skip)('auth: token (Administrator): a PFX that openssl opens with the made password, the token masked first', () => {
    const result = get('pfx');
    expect(describeStep(result)).toMatch(/^exit 0;/);
    expect(keyMaskedFirst(result, adminToken)).toEqual([]);
    const password = output(result, 'pfx-password');
    expect(maskedBeforeOutput(result, [password], 'made password')).toEqual([]);
    writeFileSync(join(dir, 'admin.pfx'), pfx, { mode: 0o600 });
    const info = openssl(['pkcs12', '-info', '-in', 'admin.pfx', '-passin', 'env:PFXPASS', '-nokeys'], dir, { env: { PFXPASS: password } });
    expect(info.status).toBe(0);
    const fingerprint = openssl(['x509', '-noout', '-fingerprint', '-sha256'], dir, { input: info.stdout }).stdout;
    expect(fingerprint.replace(/^sha256 Fingerprint=/i, '').replace(/:/g, '').trim()).toBe(output(result, 'thumbprint-sha256'));
  });

  it('auth: token with Certificate User: renew never writes the existing certificate, only reading the vault', () => {
    const reader = get('reader');
    expect(describeStep(reader)).toMatch(/^exit 0;/);
    expect([output(reader, 'version'), output(reader, 'renewed'), output(reader, 'reason')]).toEqual([output(get('always'), 'version'), 'false', 'renew: never']);
    expect(keyText.reader).toBe(keyText.always);
  });

  it('auth: token with Certificates Officer alone: reading the key is refused, and the step names the roles it needs', () => {
    const result = get('officer-only');
    expect(result.status).toBe(1);
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]).toMatch(/^The private key of certificate 'officer-only' version [0-9a-f]{32} is in its managed secret \(\/secrets\/officer-only\/[0-9a-f]{32}\), and the caller may not read it\. The action needs secrets\/get on the certificate's managed secret besides certificates\/\*: assign Secrets User \(or Certificate User\) on it besides Certificates Officer, or Administrator\. \(.+\)$/);
    expect(result.outputs.size).toBe(0);
    expect(existsSync(join(runner.temp, 'officer-only.cert.pem'))).toBe(false);
  });

  it('the post steps delete every key file and PFX', () => {
    for (const post of posts) expect(describeStep(post)).toMatch(/^exit 0;/);
    expect(walkFiles(runner.root).map((file) => file.path).filter((path) => path.endsWith('.key.pem') || path.endsWith('.pfx'))).toEqual([]);
  });

  it('no key line, password or token in any log line, stderr, summary, output (but the made password) or file left behind', () => {
    const secrets: Planted[] = [
      { label: 'admin vault token', value: adminToken }, { label: 'officer vault token', value: officerToken }, { label: 'reader vault token', value: readerToken },
      { label: 'server admin token', value: server.adminToken }, { label: 'request token', value: REQUEST_TOKEN },
      { label: 'made pfx password', value: output(get('pfx'), 'pfx-password') },
      ...endpoint.requests.flatMap((r) => (r.token === undefined ? [] : [{ label: 'OIDC token', value: r.token }])),
    ];
    const privates = Object.entries(keyText).flatMap(([label, pem]) => privateKeyCanaries(label, pem));
    const lines = Object.entries(keyText).flatMap(([label, pem]) => pemBodyLines(pem).map((line, i) => ({ label: `${label} key line ${i + 1}`, value: line })));
    const planted = [...secrets, ...privates, ...lines];
    for (const result of [...Object.values(steps), ...posts]) {
      expect(logLeaks(result, planted)).toEqual([]);
      expect(findLeaks(result.summary, planted, 'summary')).toEqual([]);
      const outputs = [...result.outputs].filter(([name]) => name !== 'pfx-password').map(([name, value]) => `${name}=${value}`).join('\n');
      expect(findLeaks(outputs, planted, 'outputs')).toEqual([]);
    }
    rmSync(join(dir, 'admin.pfx'), { force: true });
    expect(fileLeaks(runner, [...secrets, ...privates])).toEqual([]);
  });
});
