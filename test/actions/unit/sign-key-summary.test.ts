/**
 * The key a step settles on (against a real vault), the summary it writes, and the file-pinned
 * error annotation verify issues.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { EOL } from 'node:os';
import { createPublicKey } from 'node:crypto';
import { resolveSigningKey, type SigningKey } from '../../../src/actions/sign/signing-key.js';
import { renderSignSummary, shortHex, type SignSummaryInput } from '../../../src/actions/sign/summary.js';
import { error } from '../../../src/actions/runner/log.js';
import { runContextOf } from '../../../src/actions/summary.js';
import { BadParameterError } from '../../../src/core/errors.js';
import { tempVault, type TempVault } from '../../core/helpers.js';
import { captureStdout } from './runner/stdout.js';

let t: TempVault;
beforeAll(async () => {
  t = await tempVault({ seed: 'sign-key' });
  await t.vault.createKey('rsa', { kty: 'RSA', size: 2048 });
  for (const curve of ['P-256', 'P-384', 'P-521', 'P-256K'] as const) await t.vault.createKey(`ec-${curve}`, { kty: 'EC', curve });
  await t.vault.createKey('aes', { kty: 'oct', size: 256 });
  await t.vault.createKey('verify-only', { kty: 'EC', curve: 'P-256' }, { keyOperations: ['verify'] });
});
afterAll(async () => {
  await t.vault.close();
  await t.cleanup();
});

const choice = (keyName: string, algorithm?: SigningKey['algorithm']) => ({ keyName, keyVersion: undefined, algorithm });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof BadParameterError) return e.message;
    throw e;
  }
  throw new Error('expected a BadParameterError');
}

describe('resolveSigningKey', () => {
  it('defaults the algorithm by key type: RSA → PS256, each curve → its ES algorithm', async () => {
    const names = ['rsa', 'ec-P-256', 'ec-P-384', 'ec-P-521', 'ec-P-256K'];
    const keys = await Promise.all(names.map((name) => resolveSigningKey(t.vault, choice(name), 'sign')));
    expect(keys.map((k) => [k.algorithm, k.digestAlgorithm])).toEqual([['PS256', 'sha256'], ['ES256', 'sha256'], ['ES384', 'sha384'], ['ES512', 'sha512'], ['ES256K', 'sha256']]);
  });

  it('pins the version, names it /keys/<name>/<version>, and gives the SPKI PEM of the vault key', async () => {
    const stored = await t.vault.getKey('rsa');
    const key = await resolveSigningKey(t.vault, choice('rsa', 'RS512'), 'sign');
    expect([key.name, key.version, key.keyId, key.algorithm, key.digestAlgorithm]).toEqual(['rsa', stored.properties.version, `/keys/rsa/${stored.properties.version}`, 'RS512', 'sha512']);
    expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);
    expect(createPublicKey(key.publicKeyPem).export({ format: 'jwk' })).toEqual({ kty: 'RSA', n: stored.key.n, e: stored.key.e });
    expect(Object.keys(key).sort()).toEqual(['algorithm', 'digestAlgorithm', 'keyId', 'name', 'publicKeyPem', 'version']);
  });

  it('refuses, before any file is hashed, a key that cannot do the job', async () => {
    expect(await refusal(resolveSigningKey(t.vault, choice('aes'), 'sign'))).toBe("Key 'aes' is an oct (symmetric) key: it cannot sign signatures; use an RSA or EC key.");
    expect(await refusal(resolveSigningKey(t.vault, choice('rsa', 'ES256'), 'sign'))).toMatch(/^Algorithm ES256 needs a P-256 EC key/);
    expect(await refusal(resolveSigningKey(t.vault, choice('ec-P-256', 'ES384'), 'verify'))).toMatch(/^Algorithm ES384 needs a P-384 EC key/);
    expect(await refusal(resolveSigningKey(t.vault, choice('verify-only'), 'sign'))).toMatch(/^Key 'verify-only' version [0-9a-f]{32} does not permit sign \(its operations: verify\)\.$/);
    await expect(resolveSigningKey(t.vault, choice('nope'), 'sign')).rejects.toMatchObject({ code: 'KeyNotFound' });
  });
});

describe('renderSignSummary', () => {
  const key: SigningKey = {
    name: 'release', version: 'fedcba9876543210fedcba9876543210', keyId: '/keys/release/fedcba9876543210fedcba9876543210',
    algorithm: 'PS256', digestAlgorithm: 'sha256', publicKeyPem: '-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----\n',
  };
  const input = (extra: Partial<SignSummaryInput>): SignSummaryInput => ({
    mode: 'sign', vault: '.coffer/vault.json', key, manifest: 'signatures.json', now: new Date('2025-03-04T05:06:07.890Z'),
    context: runContextOf({ GITHUB_ACTOR: 'mona', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42' }),
    rows: [{ file: 'dist/a.tar.gz', sha256: Buffer.alloc(32, 0xab), result: 'signed' }],
    ...extra,
  });

  it('sign: the files signed, the key, the public key and who ran it', () => {
    expect(renderSignSummary(input({}))).toBe([
      '### ✍️ Coffer sign: 1 file signed',
      '',
      'Key `/keys/release/fedcba9876543210fedcba9876543210` · algorithm `PS256` over SHA256 · vault `.coffer/vault.json` · manifest `signatures.json`',
      '',
      '| File | SHA-256 | Key version | Result |',
      '| --- | --- | --- | --- |',
      '| `dist/a.tar.gz` | `abababababababab…` | `fedcba98` | ✅ signed |',
      '',
      '<details><summary>Public key (SPKI PEM)</summary>',
      '',
      '```',
      '-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----',
      '```',
      '',
      '</details>',
      '',
      'Who ran it: actor `mona` · repository `o/r` · run [42](https://github.com/o/r/actions/runs/42) · at 2025-03-04T05:06:07Z',
      '',
    ].join('\n'));
  });

  it('verify: counts valid signatures, shows INVALID and missing, and cannot be broken by a file name', () => {
    const text = renderSignSummary(input({
      mode: 'verify', manifest: undefined,
      rows: [
        { file: 'a.bin', sha256: Buffer.alloc(32, 1), result: 'valid' },
        { file: 'b|`<x>`.bin', sha256: Buffer.alloc(32, 2), result: 'invalid' },
        { file: 'c.bin', sha256: Buffer.alloc(32, 3), result: 'missing' },
      ],
    }));
    expect(text.split('\n')[0]).toBe('### 🔎 Coffer verify: 1 of 3 signatures valid');
    expect(text).not.toContain('manifest');
    expect(text).toContain('| `a.bin` | `0101010101010101…` | `fedcba98` | ✅ valid |');
    expect(text).toContain('| <code>b&#124;&#96;&lt;x&gt;&#96;.bin</code> | `0202020202020202…` | `fedcba98` | ❌ INVALID |');
    expect(text).toContain('| `c.bin` | `0303030303030303…` | `fedcba98` | ❌ missing |');
    expect(shortHex(Buffer.from([0xde, 0xad]), 2)).toBe('de…');
  });
});

describe('runner error annotation', () => {
  it('pins to a file with file=, escaping the property', () => {
    expect(captureStdout(() => { error('bad', { file: 'dist/a:b,c.bin' }); })).toBe(`::error file=dist/a%3Ab%2Cc.bin::bad${EOL}`);
    expect(captureStdout(() => { error('plain'); })).toBe(`::error::plain${EOL}`);
  });
});
