/**
 * The sign main in-process, with the runner module stubbed and a real vault file: what it tells
 * the runner and in what order, the files it writes, and its failures. (The bundle itself runs
 * under a simulated runner in test/actions/e2e/sign-action.test.ts.)
 */
import { describe, it, expect, jest, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals';
import { constants, createPublicKey, verify } from 'node:crypto';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('sign main: paths stay inside the workspace', () => {
  const ONLY_INSIDE = 'the sign action reads and writes files inside the workspace only.';
  const CANARY = 'OUTSIDE-CANARY-51c2';
  let outside: string;

  beforeEach(() => {
    outside = realpathSync(mkdtempSync(join(tmpdir(), 'coffer-sign-outside-')));
    writeFileSync(join(outside, 'id_rsa'), CANARY);
  });
  afterEach(() => {
    rmSync(outside, { recursive: true, force: true });
  });

  /** Every .sig file under `dir`, links included. */
  const sigFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.sig'));
  const failures = (): unknown[] => calls.filter((c) => c.fn === 'setFailed').map((c) => c.args[0]);

  /** The step failed with `message` before the vault was used: no audit record, no signature, nothing written outside. */
  function expectRefusedBeforeSigning(message: string, records: number): void {
    expect(calls.map((c) => c.fn).filter((fn) => fn !== 'setSecret')).toEqual(['setFailed']);
    expect(failures()).toEqual([message]);
    expect(String(failures()[0])).not.toContain(CANARY);
    expect(t.auditLines().length).toBe(records);
    expect([sigFiles(t.dir), sigFiles(outside)]).toEqual([[], []]);
    expect(readdirSync(outside)).toEqual(['id_rsa']);
    expect(existsSync(join(t.dir, 'signatures.json'))).toBe(false);
  }

  it('refuses a file reached through a folder link to outside, before the vault is opened', async () => {
    symlinkSync(outside, join(t.dir, 'dist', 'ext'));
    inputs.files = 'dist/**';
    const records = t.auditLines().length;
    await signMain.run(env);
    expectRefusedBeforeSigning(`The file 'dist/ext/id_rsa' (matched by the files pattern 'dist/**', line 1) resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`, records);
  });

  it('refuses a file link to outside', async () => {
    symlinkSync(join(outside, 'id_rsa'), join(t.dir, 'dist', 'c.bin'));
    const records = t.auditLines().length;
    await signMain.run(env);
    expectRefusedBeforeSigning(`The file 'dist/c.bin' (matched by the files pattern 'dist/*', line 1) resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`, records);
  });

  it('refuses a manifest whose folder is a link to outside, before anything is signed', async () => {
    symlinkSync(outside, join(t.dir, 'out'));
    inputs.manifest = 'out/sub/sigs.json';
    const records = t.auditLines().length;
    await signMain.run(env);
    expectRefusedBeforeSigning(`The manifest 'out/sub/sigs.json' would be written into a folder that resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`, records);
  });

  it('signs a link that stays inside as its target, named and with its .sig beside it as matched', async () => {
    mkdirSync(join(t.dir, 'build'));
    writeFileSync(join(t.dir, 'build', 'c.bin'), 'third artifact');
    symlinkSync('../build/c.bin', join(t.dir, 'dist', 'c.bin'));
    await signMain.run(env);
    expect(failures()).toEqual([]);
    expect(manifest().files.map((f) => [f.file, f.sha256])).toEqual([
      ['dist/a.bin', createHash('sha256').update('first artifact').digest('hex')],
      ['dist/b.bin', createHash('sha256').update('second artifact').digest('hex')],
      ['dist/c.bin', createHash('sha256').update('third artifact').digest('hex')],
    ]);
    expect(lstatSync(join(t.dir, 'dist', 'c.bin.sig')).isFile()).toBe(true);
    expect(existsSync(join(t.dir, 'build', 'c.bin.sig'))).toBe(false);
    expect(lstatSync(join(t.dir, 'dist', 'c.bin')).isSymbolicLink()).toBe(true);
  });

  it('verify: refuses a signature file that is a link to outside, before verifying anything', async () => {
    const verifies = (): number => t.auditRecords().filter((r) => r.operationName === 'KeyVerify').length;
    await signMain.run(env);
    inputs.mode = 'verify';
    await signMain.run(env);
    expect([failures(), verifies()]).toEqual([[], 2]);
    rmSync(join(t.dir, 'dist', 'b.bin.sig'));
    symlinkSync(join(outside, 'id_rsa'), join(t.dir, 'dist', 'b.bin.sig'));
    calls.length = 0;
    await signMain.run(env);
    expect(failures()).toEqual([`The signature file 'dist/b.bin.sig' resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`]);
    expect(verifies()).toBe(2);
  });
});
