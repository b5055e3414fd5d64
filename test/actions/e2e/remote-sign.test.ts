/**
 * The sign bundle against a live `coffer serve` with auth: token (a Crypto User vault token over
 * /keys): it signs files with an imported RSA key (PS256) and an imported EC key (ES256), each
 * signature verified by node:crypto against the public key alone; verify mode passes, then fails
 * naming a file with one byte changed. The keys' private parts and the token appear in no log
 * line, output, summary, manifest or file; a token without keys/sign is refused with a 403.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { constants, createHash, createPublicKey, generateKeyPairSync, verify as nodeVerify, type JsonWebKey } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SimulatedRunner, describeStep, type StepResult } from './runner.js';
import { fileLeaks, keyMaskedFirst, logLeaks } from './checks.js';
import type { Planted } from './leaks.js';
import { runStep, startLiveServer, type LiveServer } from './live-server.js';

const FILES = ['dist/app.tar', 'dist/notes.txt'];

let server: LiveServer;
let runner: SimulatedRunner;
let token: string;
let planted: Planted[];
let rsa: JsonWebKey;
let ec: JsonWebKey;
let rsaSign: StepResult;
let ecSign: StepResult;

const workspaceFile = (name: string): string => join(runner.workspace, name);
const sign = (inputs: Record<string, string>, as = token): Promise<StepResult> =>
  runStep(runner, 'sign', { vault: server.url, auth: 'token', token: as, 'ca-file': 'ca.pem', files: 'dist/*', ...inputs });
const signatureOf = (file: string, suffix: string): Buffer => Buffer.from(readFileSync(workspaceFile(`${file}${suffix}`), 'utf8').trim(), 'base64');
const errors = (step: StepResult): string[] => step.annotations.filter((a) => a.level === 'error').map((a) => a.text.trim());

/** Each private JWK member as base64url text and as the hex and base64 of its bytes. */
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

beforeAll(async () => {
  server = await startLiveServer();
  runner = new SimulatedRunner('remote-sign');
  copyFileSync(server.caPath, join(runner.workspace, 'ca.pem'));
  mkdirSync(workspaceFile('dist'));
  writeFileSync(workspaceFile('dist/app.tar'), Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) & 0xff)));
  writeFileSync(workspaceFile('dist/notes.txt'), 'Release notes\n');
  rsa = generateKeyPairSync('rsa', { modulusLength: 3072 }).privateKey.export({ format: 'jwk' });
  ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  await server.vault.importKey('release-rsa', { jwk: rsa });
  await server.vault.importKey('release-ec', { jwk: ec });
  token = await server.tokenFor('Crypto User', '/keys', 'ci-sign');
  planted = [...privateForms('rsa', rsa, ['d', 'p', 'q', 'dp', 'dq', 'qi']), ...privateForms('ec', ec, ['d']), { label: 'token', value: token }];
  rsaSign = await sign({ 'key-name': 'release-rsa' });
  ecSign = await sign({ 'key-name': 'release-ec', files: 'dist/*\n!dist/*.sig', 'signature-suffix': '.es256', manifest: 'signatures-ec.json' });
});

afterAll(async () => {
  await server.stop();
  runner.cleanup();
});

describe('sign action against a live server (auth: token)', () => {
  it('signs every file with each key, masking the token first', () => {
    for (const step of [rsaSign, ecSign]) {
      expect(describeStep(step)).toMatch(/^exit 0;/);
      expect(step.unexpectedInputs).toEqual([]);
      expect(keyMaskedFirst(step, token)).toEqual([]);
      expect(step.outputs.get('count')).toBe(String(FILES.length));
    }
    expect(rsaSign.outputs.get('key-id')).toMatch(/^\/keys\/release-rsa\/[0-9a-f]{32}$/);
  });

  it('writes signatures node:crypto verifies with the public key alone: PS256 and ES256', () => {
    const rsaPublic = createPublicKey({ key: rsa, format: 'jwk' });
    const ecPublic = createPublicKey({ key: ec, format: 'jwk' });
    for (const file of FILES) {
      const data = readFileSync(workspaceFile(file));
      const ps256 = nodeVerify('sha256', data, { key: rsaPublic, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signatureOf(file, '.sig'));
      const es256 = nodeVerify('sha256', data, { key: ecPublic, dsaEncoding: 'ieee-p1363' }, signatureOf(file, '.es256'));
      expect({ file, ps256, es256 }).toEqual({ file, ps256: true, es256: true });
    }
    const other = createHash('sha256').update('another file').digest();
    expect(nodeVerify('sha256', other, { key: rsaPublic, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signatureOf(FILES[0] ?? '', '.sig'))).toBe(false);
  });

  it('outputs the public key of the signing key', () => {
    const pem = createPublicKey({ key: rsa, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
    expect(rsaSign.outputs.get('public-key')?.trim()).toBe(pem.trim());
  });

  it('verify mode passes, then fails naming the file with one byte changed', async () => {
    const valid = await sign({ 'key-name': 'release-rsa', mode: 'verify', files: 'dist/*\n!dist/*.es256' });
    expect(describeStep(valid)).toMatch(/^exit 0; no annotations$/);
    const notes = workspaceFile('dist/notes.txt');
    writeFileSync(notes, 'Release notes!\n');
    const tampered = await sign({ 'key-name': 'release-rsa', mode: 'verify', files: 'dist/*\n!dist/*.es256' });
    expect(tampered.status).toBe(1);
    expect(tampered.commands.filter((c) => c.name === 'error').map((c) => [c.properties, c.data])).toEqual([
      [{ file: 'dist/notes.txt' }, `The signature of dist/notes.txt is INVALID for ${rsaSign.outputs.get('key-id') ?? ''}.`],
      [{}, 'Signature verification failed for dist/notes.txt: its signature is INVALID.'],
    ]);
  });

  it('refuses a token without keys/sign (a Reader) with a 403 naming the permission, writing no signature', async () => {
    // A Reader may read the key (its public part) but not sign with it.
    const reader = await server.tokenFor('Reader', '/keys', 'ci-reader');
    const refused = await sign({ 'key-name': 'release-rsa', 'signature-suffix': '.refused', manifest: 'refused.json' }, reader);
    expect(refused.status).toBe(1);
    expect(errors(refused)).toEqual(['ci-reader is not allowed to keys/sign on /keys/release-rsa.']);
    expect([...FILES.map((file) => `${file}.refused`), 'refused.json'].filter((name) => existsSync(workspaceFile(name)))).toEqual([]);
    expect(logLeaks(refused, [...planted, { label: 'reader token', value: reader }])).toEqual([]);
  });

  it('leaves no private key part and no token in any log, output, summary, manifest or file', () => {
    expect(runner.steps.flatMap((step) => logLeaks(step, planted))).toEqual([]);
    const outputText = runner.steps.flatMap((step) => [...step.outputs.values(), ...step.env.values()]).join('\n');
    expect(outputText).toContain('-----BEGIN PUBLIC KEY-----');
    expect(outputText).not.toContain('PRIVATE KEY');
    expect(fileLeaks(runner, planted)).toEqual([]);
  });
});
