/**
 * The certificate action as a step under the simulated runner, on a vault file and on a SQLite
 * vault, each with a vault CA (an EC P-384 root in the vault and the issuer backed by it):
 *
 * - create (pem, into RUNNER_TEMP): the files and their modes, the outputs exactly, and openssl
 *   accepting everything — the fingerprints and serial equal the outputs, the chain verifies to
 *   the root, the SANs are the inputs, the key belongs to the certificate;
 * - renew semantics: if-due and not due → the same version; always → a new one; changed
 *   dns-names → a new one with them; never → the same, with a warning; a certificate whose
 *   AutoRenew lifetime action is due (made eleven months ago) → renewed;
 * - pfx with a given password and with a made one (legacy, into a workspace folder): `openssl
 *   pkcs12 -info` opens each with its password, and not with another;
 * - the post steps delete every key file and PFX, and nothing else;
 * - canaries: every private key line, both PFX passwords and the master key are in no log line,
 *   stderr, summary, output (but pfx-password, which holds the made one) or file left behind;
 *   every line of each key was passed to add-mask before the step printed anything.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SimulatedRunner, describeStep, ACTIONS, type StepResult } from './runner.js';
import { readActionMetadata } from './action-metadata.js';
import { fileLeaks, keyMaskedFirst, logLeaks } from './checks.js';
import { findLeaks, walkFiles, type Planted } from './leaks.js';
import { BUNDLE, CERTIFICATE, HAS_OPENSSL, createVaultCa, fingerprintOf, maskedBeforeOutput, openssl, pemBodyLines, privateKeyCanaries } from './certificate-fixture.js';
import { createVault, openVault } from '../../../src/open-vault.js';
import { MasterKey } from '../../../src/core/crypto/master-key.js';
import { principal } from '../../../src/core/access/principal.js';
import { inlineKeyExecutor } from '../../../src/core/crypto/key-executor.js';
import type { CertificateProperties } from '../../../src/core/certificates/model.js';
import type { LocalVault } from '../../../src/core/vault.js';


const STEP = { timeoutMs: 60_000 };
const DAY_MS = 86_400_000;
const SETUP = principal('e2e-setup');
const PFX_PASSWORD = `pfx-canary-${Date.now().toString(16)}-c0ffee`;
const API_INPUTS = {
  name: 'api-tls', subject: 'CN=api.example.com, O=Coffer E2E', 'dns-names': 'api.example.com\nwww.example.com', 'ip-addresses': '127.0.0.1',
  issuer: 'internal-ca', kty: 'EC', 'validity-months': '6',
};

const errors = (step: StepResult): string[] => step.annotations.filter((a) => a.level === 'error').map((a) => a.text.trim());
const warnings = (step: StepResult): string[] => step.annotations.filter((a) => a.level === 'warning').map((a) => a.text.trim());
const modeOf = (path: string): number => statSync(path).mode & 0o777;
const output = (step: StepResult, name: string): string => step.outputs.get(name) ?? '';
const FILE_OUTPUTS = ['certificate-file', 'chain-file', 'key-file', 'pfx-file'] as const;

interface Snapshot {
  readonly content: Buffer;
  readonly mode: number;
}

describe('certificate action metadata', () => {
  it('runs the bundle on node24 as main and post, and documents every input', () => {
    const meta = readActionMetadata(ACTIONS[CERTIFICATE].metadata);
    const action = dirname(ACTIONS[CERTIFICATE].metadata);
    expect(meta.runs.using).toBe('node24');
    expect([resolve(action, meta.runs.main ?? ''), resolve(action, meta.runs.post ?? '')]).toEqual([resolve('dist/certificate/index.js'), resolve('dist/certificate/index.js')]);
    expect(Object.fromEntries([...meta.inputs].map(([name, input]) => [name, input.default]))).toEqual({
      vault: undefined, key: undefined, auth: undefined, token: undefined, audience: undefined, 'ca-file': undefined,
      name: undefined, subject: undefined, 'dns-names': undefined, 'ip-addresses': undefined, issuer: undefined, 'validity-months': undefined,
      kty: undefined, 'key-size': undefined, curve: undefined, renew: 'if-due', format: 'pem', 'pfx-password': undefined, 'pfx-legacy': 'false', 'output-dir': '',
    });
    expect([...meta.inputs].filter(([name, input]) => input.required !== ['vault', 'name'].includes(name)).map(([name]) => name)).toEqual([]);
    expect([...meta.inputs].filter(([, input]) => (input.description ?? '') === '').map(([name]) => name)).toEqual([]);
    expect(meta.outputs).toEqual(['certificate-file', 'chain-file', 'key-file', 'pfx-file', 'pfx-password', 'thumbprint-sha1', 'thumbprint-sha256', 'serial', 'not-before', 'not-after', 'version', 'renewed', 'reason']);
    expect(BUNDLE.endsWith('index.js')).toBe(true);
  });
});

describe.each([
  ['vault file', '.coffer/vault.json'],
  ['SQLite vault', 'sqlite:.coffer/vault.db'],
])('certificate action on a %s', (_kind, location) => {
  let runner: SimulatedRunner;
  let masterKey: string;
  let scratch: string;
  let rootPem: string;
  let versions: CertificateProperties[];
  const steps: Record<string, StepResult> = {};
  /** Each step's files as they were right after it: later steps write the same names, and the post steps delete keys. */
  const files: Record<string, Map<string, Snapshot>> = {};
  const keyText: Record<string, string> = {};
  const posts: StepResult[] = [];
  /** Looked for in logs, summaries and outputs: every key line (all are masked), the passwords, the master key. */
  let planted: Planted[];
  /** Looked for in files: the private parts of each key (see privateKeyCanaries), the passwords, the master key. */
  let plantedPrivate: Planted[];

  const step = (label: string, inputs: Record<string, string>): StepResult => {
    const result = runner.step(CERTIFICATE, { vault: location, key: masterKey, ...inputs }, STEP);
    steps[label] = result;
    files[label] = new Map(FILE_OUTPUTS.flatMap((name) => {
      const path = result.outputs.get(name);
      return path === undefined || !existsSync(path) ? [] : [[name, { content: readFileSync(path), mode: modeOf(path) }] as const];
    }));
    const keyFile = files[label].get('key-file');
    if (keyFile !== undefined) keyText[label] = keyFile.content.toString('utf8');
    return result;
  };
  const snapshot = (label: string, name: string): Snapshot => {
    const file = files[label]?.get(name);
    if (file === undefined) throw new Error(`step ${label} wrote no ${name}`);
    return file;
  };
  const scratchFile = (name: string, content: string | Buffer): string => {
    const path = join(scratch, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };

  beforeAll(async () => {
    runner = new SimulatedRunner('certificate-action');
    scratch = mkdtempSync(join(tmpdir(), 'coffer-cert-openssl-'));
    const key = MasterKey.generate();
    masterKey = key.toBase64();
    const where = location.startsWith('sqlite:') ? `sqlite:${join(runner.workspace, location.slice('sqlite:'.length))}` : join(runner.workspace, location);
    mkdirSync(join(runner.workspace, '.coffer'));
    // Eleven months ago: a self-signed certificate valid for 12 months, past its AutoRenew point (80%).
    const past = new Date(Date.now() - 335 * DAY_MS);
    const old = await createVault(where, { masterKey: key, principal: SETUP, keyExecutor: inlineKeyExecutor, clock: () => past });
    try {
      await old.certificates.createCertificate('due-tls', { subject: 'CN=due.example.com', keyType: 'EC', validityInMonths: 12 });
    } finally {
      await old.close();
    }
    const vault = openVault(where, { masterKey: key, principal: SETUP, keyExecutor: inlineKeyExecutor });
    try {
      await createVaultCa(vault);
      rootPem = new X509Certificate(Buffer.from((await vault.certificates.getCertificate('internal-root')).cer)).toString();
    } finally {
      await vault.close();
    }

    step('create', API_INPUTS);
    step('not-due', { ...API_INPUTS, 'output-dir': 'out/not-due' });
    step('always', { ...API_INPUTS, renew: 'always', 'output-dir': 'out/always' });
    step('dns', { ...API_INPUTS, 'dns-names': 'api.example.com\nwww.example.com\napi2.example.com', 'output-dir': 'out/dns' });
    step('never', { ...API_INPUTS, renew: 'never', 'validity-months': '3', 'output-dir': 'out/never' });
    step('pfx', { name: 'api-tls', renew: 'never', format: 'pfx', 'pfx-password': PFX_PASSWORD, 'output-dir': 'out/pfx' });
    step('pfx-made', { name: 'api-tls', renew: 'never', format: 'pfx', 'pfx-legacy': 'true', 'output-dir': 'certs-out' });
    step('due', { name: 'due-tls', 'output-dir': 'out/due' });

    const reopened = openVault(where, { masterKey: key, principal: SETUP, keyExecutor: inlineKeyExecutor });
    try {
      versions = await reopened.certificates.listPropertiesOfCertificateVersions('api-tls');
    } finally {
      await reopened.close();
    }
    const secrets = [
      { label: 'master key', value: masterKey },
      { label: 'pfx password', value: PFX_PASSWORD },
      { label: 'made pfx password', value: output(steps['pfx-made'] as StepResult, 'pfx-password') },
    ];
    const privates = Object.entries(keyText).flatMap(([label, pem]) => privateKeyCanaries(label, pem));
    planted = [...secrets, ...privates, ...Object.entries(keyText).flatMap(([label, pem]) => pemBodyLines(pem).map((line, i) => ({ label: `${label} key line ${i + 1}`, value: line })))];
    plantedPrivate = [...secrets, ...privates];
    for (const main of Object.values(steps).reverse()) posts.push(runner.post(main, STEP));
  });

  afterAll(() => {
    runner.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  });

  const get = (label: string): StepResult => {
    const result = steps[label];
    if (result === undefined) throw new Error(`no step ${label}`);
    return result;
  };

  it('every main step succeeds, masking the master key first, with no unexpected input', () => {
    for (const result of Object.values(steps)) {
      expect(describeStep(result)).toMatch(/^exit 0;/);
      expect(result.unexpectedInputs).toEqual([]);
      expect(keyMaskedFirst(result, masterKey)).toEqual([]);
      expect(result.stderr).toBe('');
    }
  });

  it('create: writes certificate, chain and key into RUNNER_TEMP with their modes, and sets exactly these outputs', () => {
    const create = get('create');
    const paths = { cert: join(runner.temp, 'api-tls.cert.pem'), chain: join(runner.temp, 'api-tls.chain.pem'), key: join(runner.temp, 'api-tls.key.pem') };
    const first = versions[0];
    const leaf = new X509Certificate(snapshot('create', 'certificate-file').content);
    expect(Object.fromEntries(create.outputs)).toEqual({
      'certificate-file': paths.cert, 'chain-file': paths.chain, 'key-file': paths.key,
      'thumbprint-sha1': leaf.fingerprint.replace(/:/g, ''), 'thumbprint-sha256': leaf.fingerprint256.replace(/:/g, ''), serial: leaf.serialNumber,
      'not-before': first?.notBefore?.toISOString(), 'not-after': first?.expiresOn?.toISOString(),
      version: first?.version, renewed: 'true', reason: 'created: the certificate did not exist',
    });
    expect(FILE_OUTPUTS.map((name) => files.create?.get(name)?.mode)).toEqual([0o644, 0o644, 0o600, undefined]);
    expect(keyText.create).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(snapshot('create', 'chain-file').content.toString('utf8')).toBe(`${leaf.toString()}${rootPem}`);
  });

  it('create: every line of the private key was passed to add-mask before the step printed anything', () => {
    for (const [label, pem] of Object.entries(keyText)) {
      expect(pemBodyLines(pem).length).toBeGreaterThan(2);
      expect(maskedBeforeOutput(get(label), pemBodyLines(pem), `${label} key`)).toEqual([]);
    }
  });

  (HAS_OPENSSL ? it : it.skip)('openssl accepts the files: fingerprints, serial and dates as output, chain to the root, the SANs, the key pair', () => {
    const create = get('create');
    const cert = scratchFile('create.cert.pem', snapshot('create', 'certificate-file').content);
    const chain = scratchFile('create.chain.pem', snapshot('create', 'chain-file').content);
    const key = scratchFile('create.key.pem', keyText.create ?? '');
    const root = scratchFile('root.pem', rootPem);
    const x509 = openssl(['x509', '-in', cert, '-noout', '-fingerprint', '-sha256', '-serial', '-enddate', '-ext', 'subjectAltName'], scratch);
    expect(x509.status).toBe(0);
    expect(fingerprintOf(x509.stdout, 'sha256')).toBe(output(create, 'thumbprint-sha256'));
    expect(fingerprintOf(openssl(['x509', '-in', cert, '-noout', '-fingerprint', '-sha1'], scratch).stdout, 'sha1')).toBe(output(create, 'thumbprint-sha1'));
    expect(x509.stdout).toContain(`serial=${output(create, 'serial')}\n`);
    expect(new Date(/notAfter=(.*)\n/.exec(x509.stdout)?.[1] ?? '').toISOString()).toBe(output(create, 'not-after'));
    expect(x509.stdout).toContain('DNS:api.example.com, DNS:www.example.com, IP Address:127.0.0.1');
    expect(openssl(['verify', '-CAfile', root, '-untrusted', chain, cert], scratch).stdout).toBe(`${cert}: OK\n`);
    const fromKey = openssl(['pkey', '-in', key, '-pubout'], scratch);
    const fromCert = openssl(['x509', '-in', cert, '-noout', '-pubkey'], scratch);
    expect(fromKey.status).toBe(0);
    expect(fromKey.stdout).toBe(fromCert.stdout);
  });

  it('if-due and not due: the same version, not renewed', () => {
    const notDue = get('not-due');
    expect([output(notDue, 'version'), output(notDue, 'renewed'), output(notDue, 'reason')]).toEqual([output(get('create'), 'version'), 'false', 'not due']);
    expect(snapshot('not-due', 'certificate-file').content).toEqual(snapshot('create', 'certificate-file').content);
    expect(keyText['not-due']).toBe(keyText.create);
  });

  it('renew always: a new version; changed dns-names: the policy updated and a new version with them', () => {
    const always = get('always');
    const dns = get('dns');
    expect([output(always, 'renewed'), output(always, 'reason')]).toEqual(['true', 'renew: always']);
    expect([output(dns, 'renewed'), output(dns, 'reason')]).toEqual(['true', 'the inputs differ from the policy, which was updated: dns-names api.example.com, www.example.com → api.example.com, www.example.com, api2.example.com']);
    expect(versions.map((v) => v.version)).toEqual([output(get('create'), 'version'), output(always, 'version'), output(dns, 'version')]);
    expect(keyText.always).not.toBe(keyText.create);
    expect(new X509Certificate(snapshot('dns', 'certificate-file').content).subjectAltName).toBe('DNS:api.example.com, DNS:www.example.com, DNS:api2.example.com, IP Address:127.0.0.1');
  });

  it('renew never: the same version whatever the inputs, with a warning naming what differs', () => {
    const never = get('never');
    expect([output(never, 'version'), output(never, 'renewed'), output(never, 'reason')]).toEqual([output(get('dns'), 'version'), 'false', 'renew: never']);
    expect(warnings(never)).toEqual(['Certificate api-tls differs from the inputs (dns-names api.example.com, www.example.com, api2.example.com → api.example.com, www.example.com; validity-months 6 → 3), and renew: never keeps it as it is.']);
  });

  it('a certificate whose AutoRenew lifetime action is due is renewed by if-due', () => {
    const due = get('due');
    expect(output(due, 'renewed')).toBe('true');
    expect(output(due, 'reason')).toMatch(/^due: an AutoRenew lifetime action is due \(.+\)$/);
    expect(new Date(output(due, 'not-before')).getTime()).toBeGreaterThan(Date.now() - DAY_MS);
  });

  (HAS_OPENSSL ? it : it.skip)('pfx with a given password: one 0600 file openssl opens with that password only; no password output', () => {
    const pfx = get('pfx');
    expect([...pfx.outputs.keys()]).toEqual(['certificate-file', 'pfx-file', 'thumbprint-sha1', 'thumbprint-sha256', 'serial', 'not-before', 'not-after', 'version', 'renewed', 'reason']);
    expect(output(pfx, 'pfx-file')).toBe(join(runner.workspace, 'out/pfx/api-tls.pfx'));
    const file = scratchFile('given.pfx', snapshot('pfx', 'pfx-file').content);
    expect(snapshot('pfx', 'pfx-file').mode).toBe(0o600);
    const info = openssl(['pkcs12', '-info', '-in', file, '-passin', 'env:PFXPASS', '-nokeys'], scratch, { env: { PFXPASS: PFX_PASSWORD } });
    expect(info.status).toBe(0);
    expect(info.stderr).toContain('PBES2, PBKDF2, AES-256-CBC');
    const leaf = openssl(['x509', '-noout', '-fingerprint', '-sha256'], scratch, { input: info.stdout });
    expect(fingerprintOf(leaf.stdout, 'sha256')).toBe(output(pfx, 'thumbprint-sha256'));
    expect(info.stdout.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(2);
    const keyOut = openssl(['pkcs12', '-in', file, '-passin', 'env:PFXPASS', '-nocerts', '-nodes'], scratch, { env: { PFXPASS: PFX_PASSWORD } });
    expect(keyOut.status).toBe(0);
    expect(pemBodyLines(keyOut.stdout)).toEqual(pemBodyLines(keyText.dns ?? ''));
    expect(openssl(['pkcs12', '-info', '-in', file, '-passin', 'pass:wrong-password', '-nokeys'], scratch).status).not.toBe(0);
  });

  (HAS_OPENSSL ? it : it.skip)('pfx without a password: a random one, masked before any output, set as an output; the legacy PFX opens with it', () => {
    const made = get('pfx-made');
    const password = output(made, 'pfx-password');
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(maskedBeforeOutput(made, [password], 'made password')).toEqual([]);
    expect(output(made, 'pfx-file')).toBe(join(runner.workspace, 'certs-out/api-tls.pfx'));
    const file = scratchFile('made.pfx', snapshot('pfx-made', 'pfx-file').content);
    expect(snapshot('pfx-made', 'pfx-file').mode).toBe(0o600);
    const info = openssl(['pkcs12', '-info', '-in', file, '-passin', 'env:PFXPASS', '-nokeys'], scratch, { env: { PFXPASS: password } });
    expect(info.status).toBe(0);
    expect(info.stderr).toContain('pbeWithSHA1And3-KeyTripleDES-CBC');
    expect(openssl(['pkcs12', '-info', '-in', file, '-passin', 'env:PFXPASS', '-nokeys'], scratch, { env: { PFXPASS: PFX_PASSWORD } }).status).not.toBe(0);
  });

  it('summarises the certificate and its versions in a mermaid gantt chart', () => {
    const summary = get('dns').summary;
    expect(summary).toContain('### 📜 Coffer certificate `api-tls`: new version from ');
    expect(summary).toContain('| SANs | DNS: `api.example.com`, `www.example.com`, `api2.example.com`<br>IP: `127.0.0.1` |');
    expect(summary).toContain('| Issuer | `CN=Coffer E2E Root CA, O=Coffer` (issuer `internal-ca`) |');
    const bars = summary.split('\n').filter((line) => / : (active, |done, )?v\d+, \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d$/.test(line));
    expect(bars.map((line) => line.trim().split(' ')[0])).toEqual(versions.map((v) => v.version.slice(0, 8)));
    expect(bars.at(-1)).toContain(' written : active, v3, ');
  });

  it('the post steps delete every key file and PFX, and leave the certificates', () => {
    for (const post of posts) expect(describeStep(post)).toMatch(/^exit 0;/);
    const left = walkFiles(runner.root).map((file) => file.path).filter((path) => path.endsWith('.key.pem') || path.endsWith('.pfx'));
    expect(left).toEqual([]);
    expect(existsSync(join(runner.temp, 'api-tls.cert.pem'))).toBe(true);
    expect(posts.flatMap((post) => post.log.map((line) => line.text)).filter((text) => text.startsWith('Deleted '))).toHaveLength(Object.keys(steps).length);
  });

  it('no canary in any log line, stderr, summary, output (but the made password), annotation, or file left behind', () => {
    expect(planted.length).toBeGreaterThan(20);
    for (const result of [...Object.values(steps), ...posts]) {
      expect(logLeaks(result, planted)).toEqual([]);
      expect(findLeaks(result.summary, planted, 'summary')).toEqual([]);
      const outputs = [...result.outputs].filter(([name]) => name !== 'pfx-password').map(([name, value]) => `${name}=${value}`).join('\n');
      expect(findLeaks(outputs, planted, 'outputs')).toEqual([]);
    }
    expect(fileLeaks(runner, plantedPrivate)).toEqual([]);
  });
});

describe('certificate action: issuer Unknown, and refusals that change nothing', () => {
  let runner: SimulatedRunner;
  let masterKey: string;
  let key: MasterKey;
  /** The version merged from an external CA (undefined without openssl). */
  let merged: string | undefined;
  let externalCaPem: string;
  const vaultPath = (): string => join(runner.workspace, 'vault.json');

  /** Signs the pending request's CSR with a throwaway external CA (openssl) and merges the chain: issuer Unknown, as a public CA would issue it. */
  async function mergeExternal(vault: LocalVault, csr: Uint8Array): Promise<string> {
    const dir = join(runner.root, 'external-ca');
    mkdirSync(dir);
    writeFileSync(join(dir, 'csr.der'), csr);
    const run = (args: readonly string[]): void => {
      const result = openssl(args, dir);
      if (result.status !== 0) throw new Error(`openssl ${args[0] ?? ''} failed: ${result.stderr}`);
    };
    run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=External E2E CA', '-days', '30',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
    run(['x509', '-req', '-inform', 'DER', '-in', 'csr.der', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', '0x1f2e3d4c5b6a7988', '-days', '20', '-out', 'leaf.pem']);
    externalCaPem = readFileSync(join(dir, 'ca.pem'), 'utf8');
    const der = (file: string): Buffer => Buffer.from(new X509Certificate(readFileSync(join(dir, file))).raw);
    const certificate = await vault.certificates.mergeCertificate('ext-tls', [der('leaf.pem'), der('ca.pem')]);
    rmSync(join(dir, 'ca.key'));
    return certificate.properties.version;
  }

  beforeAll(async () => {
    runner = new SimulatedRunner('certificate-refusals');
    key = MasterKey.generate();
    masterKey = key.toBase64();
    const vault = await createVault(vaultPath(), { masterKey: key, principal: SETUP, keyExecutor: inlineKeyExecutor });
    try {
      await vault.certificates.createCertificate('pending', { subject: 'CN=pending', issuerName: 'Unknown', keyType: 'EC' });
      const operation = await vault.certificates.createCertificate('ext-tls', {
        subject: 'CN=ext.example.com', subjectAlternativeNames: { dnsNames: ['ext.example.com'] }, issuerName: 'Unknown', keyType: 'EC',
      });
      if (HAS_OPENSSL) merged = await mergeExternal(vault, operation.csr);
    } finally {
      await vault.close();
    }
  });
  afterAll(() => {
    runner.cleanup();
  });

  const versionsOf = async (name: string): Promise<string[]> => {
    const vault = openVault(vaultPath(), { masterKey: key, principal: SETUP });
    try {
      return (await vault.certificates.listPropertiesOfCertificateVersions(name)).map((v) => v.version);
    } finally {
      await vault.close();
    }
  };
  const UNKNOWN_REFUSAL = "Certificate 'ext-tls' has issuer Unknown: a new version would wait for a person to have its CSR signed and merge the chain, and a pipeline step cannot wait for that. Nothing was changed. Give an issuer input (Self or a vault CA issuer), or use renew: never to write the current version.";

  (HAS_OPENSSL ? it : it.skip)('a certificate from an external CA (issuer Unknown): renew always, or changed inputs, are refused before anything changes', async () => {
    for (const inputs of [{ renew: 'always' }, { subject: 'CN=other.example.com' }]) {
      const result = runner.step(CERTIFICATE, { vault: 'vault.json', key: masterKey, name: 'ext-tls', ...inputs }, STEP);
      expect(result.status).toBe(1);
      expect(errors(result)).toEqual([UNKNOWN_REFUSAL]);
      expect(Object.fromEntries(result.outputs)).toEqual({});
    }
    expect(await versionsOf('ext-tls')).toEqual([merged]);
    expect(existsSync(join(runner.temp, 'ext-tls.cert.pem'))).toBe(false);
  });

  (HAS_OPENSSL ? it : it.skip)('a certificate from an external CA (issuer Unknown): if-due and not due writes it, with its chain to that CA', () => {
    const result = runner.step(CERTIFICATE, { vault: 'vault.json', key: masterKey, name: 'ext-tls' }, STEP);
    expect(describeStep(result)).toMatch(/^exit 0;/);
    expect([output(result, 'version'), output(result, 'renewed'), output(result, 'reason')]).toEqual([merged, 'false', 'not due']);
    expect(output(result, 'serial')).toBe('1F2E3D4C5B6A7988');
    const leaf = new X509Certificate(readFileSync(output(result, 'certificate-file')));
    expect(readFileSync(output(result, 'chain-file'), 'utf8')).toBe(`${leaf.toString()}${new X509Certificate(externalCaPem).toString()}`);
    expect(leaf.checkPrivateKey(createPrivateKey(readFileSync(output(result, 'key-file'))))).toBe(true);
    expect(result.summary).toContain('| Issuer | `CN=External E2E CA` (issuer `Unknown`) |');
  });

  const audit = (): number => readFileSync(`${vaultPath()}.audit.jsonl`, 'utf8').split('\n').filter((line) => line !== '').length;

  it('issuer Unknown is refused before the vault is opened', () => {
    const before = audit();
    const result = runner.step(CERTIFICATE, { vault: 'vault.json', key: masterKey, name: 'ext', subject: 'CN=ext', issuer: 'Unknown' }, STEP);
    expect(result.status).toBe(1);
    expect(errors(result)).toEqual(["Invalid issuer input 'Unknown': with issuer Unknown a certificate waits for a person to have its CSR signed and merge the chain, and a pipeline step cannot wait for that. Use Self or the name of a vault CA issuer (coffer certificate issuer create)."]);
    expect(audit()).toBe(before);
    expect(Object.fromEntries(result.outputs)).toEqual({});
  });

  it('a certificate with a request pending for a person fails with the vault\'s reason, writing nothing', () => {
    const result = runner.step(CERTIFICATE, { vault: 'vault.json', key: masterKey, name: 'pending', subject: 'CN=pending' }, STEP);
    expect(result.status).toBe(1);
    expect(errors(result)).toEqual(["Certificate 'pending' has a pending request: merge its signed certificate, or cancel or delete the request first."]);
    expect(existsSync(join(runner.temp, 'pending.cert.pem'))).toBe(false);
    expect(result.state.get('certificate-key-files')).toBeUndefined();
  });
});
