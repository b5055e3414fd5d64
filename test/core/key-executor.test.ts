import { describe, it, expect, beforeAll, afterEach } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  KeyWorkerPool, defaultKeyExecutor, inlineKeyExecutor, keyWorkerUrl, workerExecArgv,
} from '../../src/core/crypto/key-executor.js';
import type { KeyHandle, KeyRequest, KeyResult, PrivateJwk } from '../../src/core/crypto/key-types.js';
import { BadParameterError, VaultError } from '../../src/core/errors.js';

const WAIT_MS = 10_000;
const LIB_EXECUTOR = fileURLToPath(new URL('../../lib/core/crypto/key-executor.js', import.meta.url));

function jwkOf(pair: { privateKey: { export(options: { format: 'jwk' }): unknown } }): PrivateJwk {
  return pair.privateKey.export({ format: 'jwk' }) as PrivateJwk;
}

let rsa: KeyHandle;
let ec: KeyHandle;

beforeAll(() => {
  rsa = { id: 'rsa-1', jwk: jwkOf(generateKeyPairSync('rsa', { modulusLength: 2048 })) };
  ec = { id: 'ec-1', jwk: jwkOf(generateKeyPairSync('ec', { namedCurve: 'P-256' })) };
});

const pools: KeyWorkerPool[] = [];
function pool(options: ConstructorParameters<typeof KeyWorkerPool>[0] = {}): KeyWorkerPool {
  const created = new KeyWorkerPool(options);
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** Fails the test instead of hanging it when a promise never settles. */
async function within<T>(promise: Promise<T>, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => { reject(new Error(`not settled within ${ms} ms`)); }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const digestOf = (text: string): Buffer => createHash('sha256').update(text).digest();
const sign = (digest: Uint8Array): KeyRequest => ({ op: 'sign', algorithm: 'RS256', digest });
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

function bytesOf(result: KeyResult, field: 'signature' | 'plaintext' | 'ciphertext'): string {
  const value = (result as unknown as Record<string, unknown>)[field];
  if (!(value instanceof Uint8Array)) throw new Error(`result has no ${field}`);
  return hex(value);
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await within(promise);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the operation to fail');
}

describe('keyWorkerUrl', () => {
  it('points beside a compiled module, and from src/*.ts to the compiled copy under lib/', () => {
    expect(keyWorkerUrl('file:///app/src/x/lib/core/crypto/key-executor.js').href).toBe('file:///app/src/x/lib/core/crypto/key-worker.js');
    expect(keyWorkerUrl('file:///app/dist/cli/index.js').href).toBe('file:///app/dist/cli/key-worker.js');
    expect(keyWorkerUrl('file:///home/src/coffer/src/core/crypto/key-executor.ts').href)
      .toBe('file:///home/src/coffer/lib/core/crypto/key-worker.js');
  });
});

describe('KeyWorkerPool', () => {
  it('signs and decrypts exactly as inline execution does', async () => {
    const p = pool({ size: 2 });
    const digest = digestOf('release-1.2.3.tar.gz');
    const inlineSignature = await inlineKeyExecutor.run(rsa, sign(digest));
    expect(bytesOf(await within(p.run(rsa, sign(digest))), 'signature')).toBe(bytesOf(inlineSignature, 'signature'));

    const ecSignature = await within(p.run(ec, { op: 'sign', algorithm: 'ES256', digest }));
    const checked = await inlineKeyExecutor.run(ec, { op: 'verify', algorithm: 'ES256', digest, signature: bytesAt(ecSignature) });
    expect(checked).toEqual({ op: 'verify', valid: true });

    const plaintext = Buffer.from('a wrapped data key, 32 bytes....');
    const encrypted = await inlineKeyExecutor.run(rsa, { op: 'encrypt', algorithm: 'RSA-OAEP-256', plaintext });
    const decrypt: KeyRequest = { op: 'decrypt', algorithm: 'RSA-OAEP-256', ciphertext: bytesAt(encrypted, 'ciphertext') };
    const fromPool = await within(p.run(rsa, decrypt));
    expect(bytesOf(fromPool, 'plaintext')).toBe(bytesOf(await inlineKeyExecutor.run(rsa, decrypt), 'plaintext'));
    expect(bytesOf(fromPool, 'plaintext')).toBe(hex(plaintext));
  });

  it('copies request bytes: the caller\'s buffers stay intact', async () => {
    const p = pool({ size: 1 });
    const digest = digestOf('kept');
    await within(p.run(rsa, sign(digest)));
    expect(hex(digest)).toBe(hex(digestOf('kept')));
  });

  it('completes 200 concurrent requests over both workers, posting the key once to each', async () => {
    const p = pool({ size: 2 });
    const digests = Array.from({ length: 200 }, (_, i) => digestOf(`artifact-${i}`));
    const expected = await Promise.all(digests.map(async (d) => bytesOf(await inlineKeyExecutor.run(rsa, sign(d)), 'signature')));

    const results = await within(Promise.all(digests.map((d) => p.run(rsa, sign(d)))));

    expect(results.map((r) => bytesOf(r, 'signature'))).toEqual(expected);
    const stats = p.stats();
    expect(stats.map((s) => s.requests).reduce((a, b) => a + b)).toBe(200);
    expect(stats.every((s) => s.requests > 0)).toBe(true);
    expect(stats.map((s) => s.keysPosted)).toEqual([1, 1]);
    expect(stats.map((s) => s.inFlight)).toEqual([0, 0]);
  });

  it('posts a key once per worker and evicts the least recently used beyond keysPerWorker', async () => {
    const p = pool({ size: 1, keysPerWorker: 2 });
    const handle = (id: string): KeyHandle => ({ id, jwk: rsa.jwk });
    for (const id of ['a', 'b', 'a', 'a', 'c', 'b', 'b']) await within(p.run(handle(id), sign(digestOf(id))));
    // a, b posted; a cached; c evicts b; b is posted again and evicts a.
    expect(p.stats()).toEqual([{ running: true, starts: 1, inFlight: 0, requests: 7, keysPosted: 4, keysHeld: 2 }]);
    await within(p.run(handle('a'), sign(digestOf('a'))));
    expect(p.stats()[0]?.keysPosted).toBe(5);
  });

  it('keeps the class, code and message of an error thrown in the worker', async () => {
    const p = pool({ size: 1 });
    const request = sign(Buffer.alloc(31));
    const inline = await rejection(inlineKeyExecutor.run(rsa, request));
    const error = await rejection(p.run(rsa, request));
    expect(error).toBeInstanceOf(BadParameterError);
    expect(error).toMatchObject({ name: 'BadParameterError', code: 'BadParameter', innerCode: undefined, message: inline.message });
  });

  it('turns any other error into a plain Error with a fixed message, since its message could hold key bytes', async () => {
    const p = pool({ size: 1 });
    const d = Buffer.alloc(32, 0xff);
    // d >= the group order: the ECDSA library itself refuses it, with its own error.
    const broken: KeyHandle = { id: 'ec-broken', jwk: { ...ec.jwk, d: d.toString('base64url') } };
    const request: KeyRequest = { op: 'sign', algorithm: 'ES256', digest: digestOf('x') };
    const inline = await rejection(inlineKeyExecutor.run(broken, request));
    expect(inline).not.toBeInstanceOf(VaultError);

    const error = await rejection(p.run(broken, request));

    expect(error).not.toBeInstanceOf(VaultError);
    expect({ name: error.name, message: error.message }).toEqual({ name: 'Error', message: 'Key operation failed in a worker.' });
    expect(JSON.stringify(error) + String(error.stack)).not.toMatch(new RegExp(`${d.toString('hex')}|${d.toString('base64url')}`, 'i'));
  });

  it('rejects the in-flight requests of a worker that dies, and starts a new one for the next', async () => {
    const p = pool({ size: 1 });
    await within(p.run(rsa, sign(digestOf('warm-up'))));
    const inFlight = Array.from({ length: 50 }, (_, i) => p.run(rsa, sign(digestOf(`in-flight-${i}`))));
    const [worker] = p.workersForTest();
    void worker?.terminate();

    const outcomes = await within(Promise.allSettled(inFlight));

    const failures = outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason as VaultError);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(VaultError);
      expect(failure.code).toBe('StorageError');
      expect(failure.message).toBe('A key worker thread stopped (exit code 1) before the operation completed; the next operation starts a new worker.');
    }
    expect(bytesOf(await within(p.run(rsa, sign(digestOf('after')))), 'signature'))
      .toBe(bytesOf(await inlineKeyExecutor.run(rsa, sign(digestOf('after'))), 'signature'));
    expect(p.stats()[0]).toMatchObject({ starts: 2, keysPosted: 2, inFlight: 0 });
  });

  it('rejects a request when the worker script cannot be loaded, instead of hanging', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coffer-key-worker-'));
    try {
      const p = pool({ size: 1, workerUrl: pathToFileURL(join(dir, 'missing.js')) });
      const error = await rejection(p.run(rsa, sign(digestOf('x'))));
      expect(error).toMatchObject({ code: 'StorageError', message: expect.stringMatching(/^A key worker thread stopped \(error [A-Z_]+\)/) as unknown });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('close() rejects in-flight and later requests', async () => {
    const p = pool({ size: 1 });
    const inFlight = rejection(p.run(rsa, sign(digestOf('in-flight'))));
    await within(p.close());
    const closed = 'The key worker pool is closed: it accepts no more operations.';
    expect(await inFlight).toMatchObject({ code: 'StorageError', message: closed });
    expect(await rejection(p.run(rsa, sign(digestOf('later'))))).toMatchObject({ code: 'StorageError', message: closed });
    expect(p.workersForTest()).toEqual([]);
  });

  it('does not hand a worker the parent\'s --input-type', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'x', '--enable-source-maps'])).toEqual(['-e', 'x', '--enable-source-maps']);
    expect(workerExecArgv(['--input-type', 'module', '--no-warnings'])).toEqual(['--no-warnings']);
  });

  it('refuses a size below 1', () => {
    expect(() => new KeyWorkerPool({ size: 0 })).toThrow(BadParameterError);
  });

  it('does not keep an idle process alive, and holds it while work is in flight', async () => {
    const script = [
      `import { KeyWorkerPool } from ${JSON.stringify(pathToFileURL(LIB_EXECUTOR).href)};`,
      `const jwk = ${JSON.stringify(rsa.jwk)};`,
      'const pool = new KeyWorkerPool({ size: 2 });',
      "const sign = () => pool.run({ id: 'k', jwk }, { op: 'sign', algorithm: 'RS256', digest: new Uint8Array(32) });",
      'console.log((await sign()).signature.length);',
      // Idle in between: the pool must hold the process while work is in flight, not only until the first reply.
      'await new Promise((resolve) => setTimeout(resolve, 50));',
      'console.log((await sign()).signature.length);',
    ].join('\n');
    // --input-type is also what a worker must not inherit (see workerExecArgv).
    const { code, stdout, ms } = await runNode(['--input-type=module', '-e', script], 5_000);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '256\n256\n' });
    expect(ms).toBeLessThan(5_000);
  });
});

describe('defaultKeyExecutor', () => {
  it('is one pool per process, replaced once closed', async () => {
    const first = defaultKeyExecutor();
    expect(defaultKeyExecutor()).toBe(first);
    await first.close();
    const second = defaultKeyExecutor();
    expect(second).not.toBe(first);
    await second.close();
  });
});

function bytesAt(result: KeyResult, field: 'signature' | 'ciphertext' = 'signature'): Uint8Array {
  return Buffer.from(bytesOf(result, field), 'hex');
}

/** Runs `node …args`; kills it after `limitMs`, so that a process kept alive fails the test rather than hanging it. */
function runNode(args: string[], limitMs: number): Promise<{ code: number | null; stdout: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    const timer = setTimeout(() => { child.kill('SIGKILL'); }, limitMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, ms: Date.now() - started });
    });
  });
}
