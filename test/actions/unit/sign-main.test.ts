/**
 * The sign main in-process, with the runner module stubbed and a real vault file: what it tells
 * the runner and in what order, the files it writes, and its failures. (The bundle itself runs
 * under a simulated runner in test/actions/e2e/sign-action.test.ts.)
 */
import { describe, it, expect, jest, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals';
import { constants, createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RUNNER_MODULE, runnerStub, type Call } from './runner-stub.js';
import { TEST_KEY, tempVault, type TempVault } from '../../core/helpers.js';
import { keyMasks } from '../../../src/actions/inputs.js';
import type { Manifest } from '../../../src/actions/sign/manifest.js';

const calls: Call[] = [];
const stub = runnerStub(calls);
jest.unstable_mockModule(RUNNER_MODULE, () => stub.module);
const signMain = await import('../../../src/actions/sign/main.js');

const KEY = TEST_KEY.toBase64();
let t: TempVault;
let inputs: Record<string, string>;
let env: NodeJS.ProcessEnv;

// @actions/glob logs through @actions/core, which writes ::debug:: lines straight to stdout.
const write = process.stdout.write.bind(process.stdout);
beforeAll(() => {
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    String(chunk).startsWith('::debug::') ? true : write(chunk, ...rest));
});
afterAll(() => {
  process.stdout.write = write;
});

beforeEach(async () => {
  calls.length = 0;
  (stub.module.appendSummary as jest.Mock).mockClear();
  t = await tempVault({ seed: 'sign-main' });
  await t.vault.createKey('release', { kty: 'RSA', size: 2048 });
  mkdirSync(join(t.dir, 'dist'));
  writeFileSync(join(t.dir, 'dist', 'b.bin'), 'second artifact');
  writeFileSync(join(t.dir, 'dist', 'a.bin'), 'first artifact');
  env = { GITHUB_WORKSPACE: t.dir, GITHUB_STEP_SUMMARY: '/sum', PATH: process.env.PATH ?? '' };
  inputs = { vault: relative(t.dir, t.path), key: KEY, 'key-name': 'release', files: 'dist/*' };
  (stub.module.getInput as jest.Mock<(name: string) => string>).mockImplementation((name) => inputs[name] ?? '');
});
afterEach(async () => {
  process.exitCode = undefined;
  await t.vault.close();
  await t.cleanup();
});

const outputs = (): Map<string, string> => new Map(calls.filter((c) => c.fn === 'setOutput').map((c) => [String(c.args[0]), String(c.args[1])]));
const summaries = (): string[] => (stub.module.appendSummary as jest.Mock).mock.calls.map((c) => String(c[0]));
const manifest = (): Manifest => JSON.parse(readFileSync(join(t.dir, 'signatures.json'), 'utf8')) as Manifest;

describe('sign main', () => {
  it('masks the key first, signs each file, writes .sig files and the manifest, sets outputs, summarises', async () => {
    await signMain.run(env);
    expect(calls.slice(0, keyMasks(KEY).length).map((c) => c.fn)).toEqual(keyMasks(KEY).map(() => 'setSecret'));
    expect(calls.map((c) => c.fn).filter((fn) => fn !== 'setSecret')).toEqual(['setOutput', 'setOutput', 'setOutput', 'setOutput', 'info', 'info', 'info']);
    const key = await t.vault.getKey('release');
    const pem = createPublicKey({ key: { kty: 'RSA', n: key.key.n ?? '', e: key.key.e ?? '' }, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
    expect(Object.fromEntries(outputs())).toEqual({
      manifest: join(t.dir, 'signatures.json'), 'key-id': `/keys/release/${key.properties.version}`, 'public-key': pem, count: '2',
    });
    for (const name of ['a.bin', 'b.bin']) {
      const data = readFileSync(join(t.dir, 'dist', name));
      const signature = Buffer.from(readFileSync(join(t.dir, 'dist', `${name}.sig`), 'utf8').trim(), 'base64');
      expect({ name, valid: verify('sha256', data, { key: pem, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature) }).toEqual({ name, valid: true });
    }
    expect(manifest().files.map((f) => [f.file, f.digestAlgorithm])).toEqual([['dist/a.bin', 'sha256'], ['dist/b.bin', 'sha256']]);
    expect(manifest().key).toMatchObject({ name: 'release', algorithm: 'PS256', publicKeyPem: pem });
    expect(summaries()).toHaveLength(1);
    expect(summaries()[0]).toContain('| `dist/a.bin` |');
    expect(calls.at(-1)?.args[0]).toBe(`Signed 2 files with /keys/release/${key.properties.version} (PS256); manifest: ${join(t.dir, 'signatures.json')}.`);
    expect(process.exitCode).toBeUndefined();
  });

  it('verifies what it signed; then fails naming a tampered file, with a file annotation and the summary', async () => {
    await signMain.run(env);
    calls.length = 0;
    inputs.mode = 'verify';
    await signMain.run(env);
    expect(calls.filter((c) => ['error', 'setFailed'].includes(c.fn))).toEqual([]);
    expect(outputs().get('count')).toBe('2');
    expect(outputs().has('manifest')).toBe(false);

    writeFileSync(join(t.dir, 'dist', 'b.bin'), 'second artifacT');
    calls.length = 0;
    (stub.module.appendSummary as jest.Mock).mockClear();
    await signMain.run(env);
    expect(calls.filter((c) => ['error', 'setFailed'].includes(c.fn))).toEqual([
      { fn: 'error', args: [expect.stringMatching(/^The signature of dist\/b\.bin is INVALID for \/keys\/release\/[0-9a-f]{32}\.$/), { file: 'dist/b.bin' }] },
      { fn: 'setFailed', args: ['Signature verification failed for dist/b.bin: its signature is INVALID.'] },
    ]);
    expect(outputs().get('count')).toBe('1');
    expect(summaries()[0]).toContain('| `dist/b.bin` |');
    expect(summaries()[0]).toContain('❌ INVALID');
  });

  it('verify: a missing signature file fails the step naming it', async () => {
    inputs.mode = 'verify';
    await signMain.run(env);
    expect(calls.filter((c) => c.fn === 'setFailed').map((c) => c.args[0])).toEqual([
      'Signature verification failed for dist/a.bin: its signature file dist/a.bin.sig is missing. 1 more of the 2 files failed too (see the annotations and the step summary).',
    ]);
    expect(calls.filter((c) => c.fn === 'error').map((c) => c.args[1])).toEqual([{ file: 'dist/a.bin' }, { file: 'dist/b.bin' }]);
  });

  it('fails naming a pattern that matches nothing, before the vault is opened or anything is written', async () => {
    const records = t.auditLines().length;
    inputs.files = 'dist/*\nbuild/*.zip';
    await signMain.run(env);
    expect(calls.map((c) => c.fn).filter((fn) => fn !== 'setSecret')).toEqual(['setFailed']);
    expect(calls.at(-1)?.args[0]).toMatch(/^The files pattern 'build\/\*\.zip' \(line 2\) matched no files/);
    expect(t.auditLines().length).toBe(records);
    expect(existsSync(join(t.dir, 'dist', 'a.bin.sig'))).toBe(false);
  });

  it('writes no signature when the vault refuses to sign', async () => {
    await t.vault.updateKeyProperties('release', undefined, { enabled: false });
    await signMain.run(env);
    expect(calls.at(-1)?.fn).toBe('setFailed');
    expect([existsSync(join(t.dir, 'dist', 'a.bin.sig')), existsSync(join(t.dir, 'signatures.json'))]).toEqual([false, false]);
  });
});
