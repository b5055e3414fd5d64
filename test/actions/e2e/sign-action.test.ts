/**
 * The sign action's bundle under the simulated runner: it signs three files (one of 20 MiB, so
 * hashing streams) with an imported RSA key (PS256) and an imported EC key (ES256); openssl
 * alone verifies every signature against the public key the step output; verify mode passes,
 * then fails naming a file with one byte changed. The imported keys' private parts are canaries:
 * no log line, output, summary, manifest or file under the runner may hold them.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SimulatedRunner, describeStep, ACTIONS, type StepResult } from './runner.js';
import { readActionMetadata } from './action-metadata.js';
import { fileLeaks, keyMaskedFirst, logLeaks } from './checks.js';
import { findLeaks, type Planted } from './leaks.js';
import { createVault } from '../../../src/open-vault.js';
import { MasterKey } from '../../../src/core/crypto/master-key.js';
import { principal } from '../../../src/core/access/principal.js';
import { inlineKeyExecutor } from '../../../src/core/crypto/key-executor.js';
import type { Manifest } from '../../../src/actions/sign/manifest.js';

const STARTED = Date.now();
const BIG_BYTES = 20 * 1024 * 1024;
const FILES = ['dist/big.bin', 'dist/notes.txt', 'dist/small.json'];
const STEP = { timeoutMs: 30_000 };

let runner: SimulatedRunner;
let masterKey: string;
let planted: Planted[];
let rsaSign: StepResult;
let ecSign: StepResult;
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

/** Every form a private JWK field could leak in: its base64url text, and the hex and base64 of its bytes. */
function privateForms(label: string, jwk: JsonWebKey, fields: readonly string[]): Planted[] {
  return fields.flatMap((field) => {
    const text = (jwk as Record<string, unknown>)[field];
    if (typeof text !== 'string') throw new Error(`no ${field} in the ${label} JWK`);
    const bytes = Buffer.from(text, 'base64url');
    return [
      { label: `${label}.${field}`, value: text },
      { label: `${label}.${field} (hex)`, value: bytes.toString('hex') },
      { label: `${label}.${field} (base64)`, value: bytes.toString('base64').replace(/=+$/, '') },
    ];
  });
}

/** 20 MiB of a fixed pattern: every 4 KiB block differs, so a skipped or repeated chunk changes the hash. */
function bigFile(): Buffer {
  const data = Buffer.alloc(BIG_BYTES);
  for (let i = 0; i < data.length; i += 4) data.writeUInt32LE((Math.imul(i, 2654435761) ^ (i >>> 12)) >>> 0, i);
  return data;
}

const sign = (inputs: Record<string, string>): StepResult => runner.step('sign', { vault: '.coffer/vault.json', key: masterKey, files: 'dist/*', ...inputs }, STEP);
const workspaceFile = (name: string): string => join(runner.workspace, name);

beforeAll(async () => {
  runner = new SimulatedRunner('sign-action');
  for (const name of FILES) mkdirSync(dirname(workspaceFile(name)), { recursive: true });
  writeFileSync(workspaceFile('dist/big.bin'), bigFile());
  writeFileSync(workspaceFile('dist/notes.txt'), 'Release notes\n');
  writeFileSync(workspaceFile('dist/small.json'), '{"version":"1.2.3"}\n');

  const rsa = generateKeyPairSync('rsa', { modulusLength: 3072 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  const key = MasterKey.generate();
  masterKey = key.toBase64();
  mkdirSync(join(runner.workspace, '.coffer'));
  const vault = await createVault(join(runner.workspace, '.coffer/vault.json'), { masterKey: key, principal: principal('e2e-setup'), keyExecutor: inlineKeyExecutor });
  try {
    await vault.importKey('release-rsa', { jwk: rsa });
    await vault.importKey('release-ec', { jwk: ec });
  } finally {
    await vault.close();
  }
  planted = [
    ...privateForms('rsa', rsa, ['d', 'p', 'q', 'dp', 'dq', 'qi']),
    ...privateForms('ec', ec, ['d']),
    { label: 'master key', value: masterKey },
  ];

  rsaSign = sign({ 'key-name': 'release-rsa' });
  // The second signer's own suffix and manifest; the first signer's .sig files are excluded by pattern.
  ecSign = sign({ 'key-name': 'release-ec', files: 'dist/*\n!dist/*.sig', 'signature-suffix': '.es256', manifest: 'signatures-ec.json' });
});

afterAll(() => {
  runner.cleanup();
});

function manifestOf(name: string): Manifest {
  return JSON.parse(readFileSync(workspaceFile(name), 'utf8')) as Manifest;
}

/** ECDSA r‖s (IEEE P1363, as JWS and the vault give it) → the DER SEQUENCE { r INTEGER, s INTEGER } openssl reads. */
function rsToDer(signature: Buffer): Buffer {
  const integer = (bytes: Buffer): Buffer => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
    const trimmed = bytes.subarray(start);
    const body = (trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed;
    return Buffer.concat([Buffer.from([0x02, body.length]), body]);
  };
  const half = signature.length / 2;
  const content = Buffer.concat([integer(signature.subarray(0, half)), integer(signature.subarray(half))]);
  return Buffer.concat([Buffer.from([0x30, content.length]), content]);
}

/** `openssl pkeyutl -verify` of a digest file against a signature file; true when openssl says it verifies. */
function opensslVerify(publicKeyPem: string, digest: Buffer, signature: Buffer, options: readonly string[]): boolean {
  const dir = join(runner.root, 'openssl');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pub.pem'), publicKeyPem);
  writeFileSync(join(dir, 'digest.bin'), digest);
  writeFileSync(join(dir, 'sig.bin'), signature);
  const result = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-in', 'digest.bin', '-sigfile', 'sig.bin', '-pkeyopt', 'digest:sha256', ...options.flatMap((o) => ['-pkeyopt', o])], { cwd: dir, encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('Signature Verified Successfully');
}

const PSS = ['rsa_padding_mode:pss', 'rsa_pss_saltlen:digest'];
const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest();
const signatureOf = (file: string, suffix: string): Buffer => Buffer.from(readFileSync(workspaceFile(`${file}${suffix}`), 'utf8').trim(), 'base64');

describe('sign action: signing', () => {
  it('declares its inputs and runs dist/sign/index.js on node24', () => {
    const meta = readActionMetadata(ACTIONS.sign.metadata);
    expect(meta.runs.using).toBe('node24');
    expect(resolve(dirname(ACTIONS.sign.metadata), meta.runs.main ?? '')).toBe(ACTIONS.sign.bundle);
    expect(Object.fromEntries([...meta.inputs].map(([name, input]) => [name, input.default]))).toEqual({
      vault: undefined, key: undefined, 'key-name': undefined, 'key-version': '', algorithm: '', files: undefined, mode: 'sign', 'signature-suffix': '.sig', manifest: 'signatures.json',
    });
    expect([...meta.inputs].filter(([, input]) => (input.description ?? '') === '').map(([name]) => name)).toEqual([]);
    expect(meta.outputs).toEqual(['manifest', 'key-id', 'public-key', 'count']);
    expect(Object.keys(meta.branding).sort()).toEqual(['color', 'icon']);
  });

  it('signs the three files with each key, masking the master key first', () => {
    for (const step of [rsaSign, ecSign]) {
      expect(describeStep(step)).toMatch(/^exit 0;/);
      expect(step.unexpectedInputs).toEqual([]);
      expect(keyMaskedFirst(step, masterKey)).toEqual([]);
      expect(step.outputs.get('count')).toBe('3');
    }
    expect(readdirSync(workspaceFile('dist')).sort()).toEqual(['big.bin', 'big.bin.es256', 'big.bin.sig', 'notes.txt', 'notes.txt.es256', 'notes.txt.sig', 'small.json', 'small.json.es256', 'small.json.sig']);
  });

  it('writes standard base64 on one line with a trailing newline', () => {
    for (const file of FILES) {
      const text = readFileSync(workspaceFile(`${file}.sig`), 'utf8');
      expect(text).toMatch(/^[A-Za-z0-9+/]+={0,2}\n$/);
      expect(signatureOf(file, '.sig')).toHaveLength(384);
      expect(signatureOf(file, '.es256')).toHaveLength(64);
    }
  });

  it('writes a sorted, complete manifest; outputs its path, the key id and the public key', () => {
    const manifest = manifestOf('signatures.json');
    expect(rsaSign.outputs.get('manifest')).toBe(workspaceFile('signatures.json'));
    expect(manifest.version).toBe(1);
    expect(manifest.key).toEqual({
      name: 'release-rsa', version: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown, keyId: rsaSign.outputs.get('key-id'),
      algorithm: 'PS256', publicKeyPem: rsaSign.outputs.get('public-key'),
    });
    expect(manifest.key.keyId).toBe(`/keys/release-rsa/${manifest.key.version}`);
    expect(manifest.files.map((f) => f.file)).toEqual(FILES);
    for (const entry of manifest.files) {
      const data = readFileSync(workspaceFile(entry.file));
      expect(entry).toEqual({
        file: entry.file, sha256: sha256(data).toString('hex'), digestAlgorithm: 'sha256', digest: sha256(data).toString('hex'),
        signature: readFileSync(workspaceFile(`${entry.file}.sig`), 'utf8').trim(), signedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as unknown,
      });
    }
    expect(manifestOf('signatures-ec.json').key.algorithm).toBe('ES256');
  });

  it('summarises each file with its short SHA-256, key version and result, and shows the public key', () => {
    const version = manifestOf('signatures.json').key.version;
    for (const entry of manifestOf('signatures.json').files) {
      expect(rsaSign.summary).toContain(`| \`${entry.file}\` | \`${entry.sha256.slice(0, 16)}…\` | \`${version.slice(0, 8)}\` | ✅ signed |`);
    }
    const pemBody = (rsaSign.outputs.get('public-key') ?? '').split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
    expect(pemBody.length).toBeGreaterThan(5);
    for (const line of pemBody) expect(rsaSign.summary).toContain(line);
    expect(rsaSign.summary).toContain('Who ran it: actor `mona-e2e`');
  });
});

(hasOpenssl ? describe : describe.skip)('sign action: openssl alone verifies the signatures', () => {
  it('RSA-PSS (PS256): pkeyutl with PSS padding and a digest-length salt', () => {
    const publicKey = rsaSign.outputs.get('public-key') ?? '';
    for (const file of FILES) {
      const digest = sha256(readFileSync(workspaceFile(file)));
      expect({ file, verified: opensslVerify(publicKey, digest, signatureOf(file, '.sig'), PSS) }).toEqual({ file, verified: true });
    }
    // Not vacuous: the same check refuses another file's digest.
    expect(opensslVerify(publicKey, sha256(Buffer.from('other')), signatureOf('dist/big.bin', '.sig'), PSS)).toBe(false);
  });

  it('ECDSA (ES256): r‖s converted to DER', () => {
    const publicKey = ecSign.outputs.get('public-key') ?? '';
    expect(publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    for (const file of FILES) {
      const digest = sha256(readFileSync(workspaceFile(file)));
      expect({ file, verified: opensslVerify(publicKey, digest, rsToDer(signatureOf(file, '.es256')), []) }).toEqual({ file, verified: true });
    }
    expect(opensslVerify(publicKey, sha256(Buffer.from('other')), rsToDer(signatureOf('dist/big.bin', '.es256')), [])).toBe(false);
  });

  it('the README recipe (openssl, od and the shell only) verifies both', () => {
    writeFileSync(join(runner.root, 'rsa.pem'), rsaSign.outputs.get('public-key') ?? '');
    writeFileSync(join(runner.root, 'ec.pem'), ecSign.outputs.get('public-key') ?? '');
    const script = [
      'set -euo pipefail',
      'cd "$WS"',
      'openssl dgst -sha256 -binary dist/big.bin > "$R/big.digest"',
      '# RSA-PSS',
      'openssl base64 -d -A -in dist/big.bin.sig -out "$R/big.sig.bin"',
      'openssl pkeyutl -verify -pubin -inkey "$R/rsa.pem" -in "$R/big.digest" -sigfile "$R/big.sig.bin" -pkeyopt digest:sha256 -pkeyopt rsa_padding_mode:pss -pkeyopt rsa_pss_saltlen:digest',
      '# ECDSA: r‖s to DER',
      'hex=$(openssl base64 -d -A -in dist/big.bin.es256 | od -An -v -tx1 | tr -d \' \\n\')',
      'half=$(( ${#hex} / 2 ))',
      'printf \'asn1=SEQUENCE:sig\\n[sig]\\nr=INTEGER:0x%s\\ns=INTEGER:0x%s\\n\' "${hex:0:half}" "${hex:half}" > "$R/sig.cnf"',
      'openssl asn1parse -genconf "$R/sig.cnf" -noout -out "$R/big.sig.der"',
      'openssl pkeyutl -verify -pubin -inkey "$R/ec.pem" -in "$R/big.digest" -sigfile "$R/big.sig.der" -pkeyopt digest:sha256',
    ].join('\n');
    const result = spawnSync('bash', ['--noprofile', '--norc', '-c', script], { env: { PATH: process.env.PATH ?? '', HOME: runner.home, WS: runner.workspace, R: runner.root }, encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout.split('\n').filter((line) => line !== '')).toEqual(['Signature Verified Successfully', 'Signature Verified Successfully']);
  });
});

describe('sign action: verify mode', () => {
  let valid: StepResult;
  let ecValid: StepResult;
  let tampered: StepResult;

  // The EC step's signature files are files too: each verify names its own set.
  const rsaFiles = 'dist/*\n!dist/*.es256';

  beforeAll(() => {
    valid = sign({ 'key-name': 'release-rsa', mode: 'verify', files: rsaFiles });
    ecValid = sign({ 'key-name': 'release-ec', mode: 'verify', files: 'dist/*\n!dist/*.sig', 'signature-suffix': '.es256' });
    const big = workspaceFile('dist/big.bin');
    const data = readFileSync(big);
    data[BIG_BYTES / 2 + 123] = (data[BIG_BYTES / 2 + 123] ?? 0) ^ 0x01;
    writeFileSync(big, data);
    tampered = sign({ 'key-name': 'release-rsa', mode: 'verify', files: rsaFiles });
  });

  it('passes when every signature is valid', () => {
    expect(describeStep(valid)).toMatch(/^exit 0; no annotations$/);
    expect(describeStep(ecValid)).toMatch(/^exit 0; no annotations$/);
    expect([valid.outputs.get('count'), valid.outputs.get('key-id')]).toEqual(['3', rsaSign.outputs.get('key-id')]);
    expect(valid.summary).toMatch(/^### 🔎 Coffer verify: 3 of 3 signatures valid$/m);
  });

  it('fails with exit code 1 naming the file with one byte changed, pinned to it, and still writes the summary', () => {
    expect(tampered.status).toBe(1);
    expect(tampered.commands.filter((c) => c.name === 'error').map((c) => [c.properties, c.data])).toEqual([
      [{ file: 'dist/big.bin' }, `The signature of dist/big.bin is INVALID for ${rsaSign.outputs.get('key-id') ?? ''}.`],
      [{}, 'Signature verification failed for dist/big.bin: its signature is INVALID.'],
    ]);
    expect(tampered.summary).toMatch(/^### 🔎 Coffer verify: 2 of 3 signatures valid$/m);
    expect(tampered.summary).toMatch(/^\| `dist\/big\.bin` \| `[0-9a-f]{16}…` \| `[0-9a-f]{8}` \| ❌ INVALID \|$/m);
    expect(tampered.summary).toMatch(/^\| `dist\/notes\.txt` \| .* \| ✅ valid \|$/m);
  });
});

describe('sign action: leaks and time', () => {
  it('no private part of either key, nor the master key, in any log, output, summary, manifest or file', () => {
    expect(runner.steps.length).toBeGreaterThanOrEqual(5);
    // Not vacuous: the scan finds each planted form where it is.
    expect(planted.filter(({ value }) => findLeaks(`x${value}x`, planted, 'probe').length === 0)).toEqual([]);
    expect(runner.steps.flatMap((step) => logLeaks(step, planted))).toEqual([]);
    const outputText = runner.steps.flatMap((step) => [...step.outputs.values(), ...step.env.values()]).join('\n');
    expect(outputText).toContain('-----BEGIN PUBLIC KEY-----');
    expect(outputText).not.toContain('PRIVATE KEY');
    expect(fileLeaks(runner, planted)).toEqual([]);
  });

  it('signs the 20 MiB file and finishes the whole file within 60 s', () => {
    expect(rsaSign.ms).toBeLessThan(20_000);
    expect(Date.now() - STARTED).toBeLessThan(60_000);
  });
});
