/**
 * The sign action's bundle under the simulated runner: it signs three files (one of 20 MiB, so
 * hashing streams) with an imported RSA key (PS256) and an imported EC key (ES256); openssl
 * alone verifies every signature against the public key the step output; verify mode passes,
 * then fails naming a file with one byte changed. The imported keys' private parts are canaries:
 * no log line, output, summary, manifest or file under the runner may hold them. On a second
 * runner with planted links: a file, a folder or a manifest folder that resolves outside the
 * workspace, and a manifest input that is absolute or climbs out, each fail the step (exit 1)
 * with nothing written anywhere; links that stay inside are signed.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('sign action: every path stays inside the workspace', () => {
  // Its own runner: the links planted here must not reach the other steps' workspace.
  const ONLY_INSIDE = 'the sign action reads and writes files inside the workspace only.';
  const CANARY = 'OUTSIDE-CANARY-e2e-93b1';
  const TMP_MANIFEST = '/tmp/x.json';
  let paths: SimulatedRunner;
  let key: string;
  let outside: string;

  beforeAll(async () => {
    paths = new SimulatedRunner('sign-paths');
    const ws = paths.workspace;
    outside = join(paths.root, 'outside');
    for (const dir of [join(ws, 'real'), join(ws, '.coffer'), outside, join(paths.root, 'etc')]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(ws, 'real', 'app.bin'), 'the artifact\n');
    writeFileSync(join(outside, 'id_rsa'), `${CANARY}\n`);
    writeFileSync(join(paths.root, 'etc', 'hostname'), `${CANARY}-host\n`);
    symlinkSync('../outside', join(ws, 'dist'));
    symlinkSync(join(paths.root, 'etc', 'hostname'), join(ws, 'host.txt'));
    symlinkSync('../outside', join(ws, 'out'));
    symlinkSync('real', join(ws, 'inlink'));
    symlinkSync('real/app.bin', join(ws, 'app-link.bin'));
    const master = MasterKey.generate();
    key = master.toBase64();
    const vault = await createVault(join(ws, '.coffer/vault.json'), { masterKey: master, principal: principal('e2e-setup'), keyExecutor: inlineKeyExecutor });
    try {
      await vault.createKey('release', { kty: 'EC', curve: 'P-256' });
    } finally {
      await vault.close();
    }
  });

  afterAll(() => {
    paths.cleanup();
  });

  const step = (inputs: Record<string, string>): StepResult => paths.step('sign', { vault: '.coffer/vault.json', key, 'key-name': 'release', ...inputs }, STEP);

  /** Every entry under the runner's folder but the per-step command files: kind, link target, size and content hash. */
  function snapshot(): string[] {
    const entries: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (path === paths.commandDir) continue;
        if (entry.isSymbolicLink()) entries.push(`link ${path} -> ${readlinkSync(path)}`);
        else if (entry.isDirectory()) {
          entries.push(`dir ${path}`);
          visit(path);
        } else entries.push(`file ${path} ${lstatSync(path).mtimeMs} ${sha256(readFileSync(path)).toString('hex')}`);
      }
    };
    visit(paths.root);
    return entries.sort();
  }
  const tmpManifest = (): string => (existsSync(TMP_MANIFEST) ? `${lstatSync(TMP_MANIFEST).mtimeMs} ${sha256(readFileSync(TMP_MANIFEST)).toString('hex')}` : 'absent');

  /** Runs a step that must be refused with `message` (exit 1), and proves it wrote nothing anywhere and no .sig. */
  function expectRefused(inputs: Record<string, string>, message: string): void {
    const before = snapshot();
    const tmp = tmpManifest();
    const result = step(inputs);
    expect({ status: result.status, errors: result.commands.filter((c) => c.name === 'error').map((c) => c.data) }).toEqual({ status: 1, errors: [message] });
    expect(result.stdout).not.toContain(CANARY);
    expect(result.outputs.size).toBe(0);
    expect(result.summary).toBe('');
    expect(snapshot()).toEqual(before);
    expect(before.filter((entry) => entry.includes('.sig'))).toEqual([]);
    expect([tmpManifest(), existsSync(`${TMP_MANIFEST}.sig`)]).toEqual([tmp, false]);
  }

  it('refuses a file reached through a folder link to outside, naming it as matched', () => {
    expectRefused({ files: 'dist/*' }, `The file 'dist/id_rsa' (matched by the files pattern 'dist/*', line 1) resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`);
  });

  it('refuses a file link to a file outside', () => {
    expectRefused({ files: 'real/*\nhost.txt' }, `The file 'host.txt' (matched by the files pattern 'host.txt', line 2) resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`);
  });

  it('refuses a manifest input that is absolute or has a .. segment', () => {
    const dots = "expected a path under the workspace, without '.' or '..' segments, e.g. signatures.json.";
    expectRefused({ files: 'real/*', manifest: TMP_MANIFEST }, `Invalid manifest input '${TMP_MANIFEST}': expected a path relative to the workspace, not an absolute one, e.g. signatures.json.`);
    expectRefused({ files: 'real/*', manifest: '../x.json' }, `Invalid manifest input '../x.json': ${dots}`);
    expectRefused({ files: 'real/*', manifest: 'a/../../x.json' }, `Invalid manifest input 'a/../../x.json': ${dots}`);
  });

  it('refuses a manifest whose folder is a link to outside', () => {
    expectRefused({ files: 'real/*', manifest: 'out/x.json' }, `The manifest 'out/x.json' would be written into a folder that resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`);
  });

  it('signs links that stay inside: the target content, named as matched, the .sig beside the matched path', () => {
    const result = step({ files: 'app-link.bin\ninlink/*' });
    expect(describeStep(result)).toBe('exit 0; no annotations');
    const manifest = JSON.parse(readFileSync(join(paths.workspace, 'signatures.json'), 'utf8')) as Manifest;
    const digest = sha256(Buffer.from('the artifact\n')).toString('hex');
    expect(manifest.files.map((f) => [f.file, f.sha256])).toEqual([['app-link.bin', digest], ['inlink/app.bin', digest]]);
    expect(result.summary).toContain('| `app-link.bin` |');
    // app-link.bin.sig beside the link; inlink/app.bin.sig written through the inside link into real/.
    expect(lstatSync(join(paths.workspace, 'app-link.bin.sig')).isFile()).toBe(true);
    expect(readdirSync(join(paths.workspace, 'real')).sort()).toEqual(['app.bin', 'app.bin.sig']);
    expect(readdirSync(outside)).toEqual(['id_rsa']);
  });
});
