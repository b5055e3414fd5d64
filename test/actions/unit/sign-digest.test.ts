import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestAlgorithmOf, digestFile } from '../../../src/actions/sign/digest.js';
import { SIGNATURE_ALGORITHMS } from '../../../src/core/crypto/key-types.js';
import { digestLength } from '../../../src/core/crypto/key-ops.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coffer-sign-digest-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('digestAlgorithmOf', () => {
  it('maps each algorithm to its hash', () => {
    expect(Object.fromEntries(SIGNATURE_ALGORITHMS.map((a) => [a, digestAlgorithmOf(a)]))).toEqual({
      RS256: 'sha256', RS384: 'sha384', RS512: 'sha512', PS256: 'sha256', PS384: 'sha384', PS512: 'sha512',
      ES256: 'sha256', ES384: 'sha384', ES512: 'sha512', ES256K: 'sha256',
    });
  });

  it('agrees with the digest length the vault requires for every algorithm', () => {
    for (const algorithm of SIGNATURE_ALGORITHMS) {
      expect({ algorithm, bytes: createHash(digestAlgorithmOf(algorithm)).digest().length }).toEqual({ algorithm, bytes: digestLength(algorithm) });
    }
  });
});

describe('digestFile', () => {
  // Several 1 MiB chunks and a partial one, with a pattern that differs per chunk.
  const data = Buffer.alloc(3 * 1024 * 1024 + 17);
  for (let i = 0; i < data.length; i += 1) data[i] = (i * 31 + (i >>> 20)) & 0xff;

  it.each(['sha256', 'sha384', 'sha512'] as const)('streams %s and SHA-256 in one pass, equal to hashing the whole buffer', async (algorithm) => {
    const path = join(dir, `data-${algorithm}`);
    writeFileSync(path, data);
    const result = await digestFile(path, algorithm);
    expect(result.bytes).toBe(data.length);
    expect(result.sha256.toString('hex')).toBe(createHash('sha256').update(data).digest('hex'));
    expect(result.digest.toString('hex')).toBe(createHash(algorithm).update(data).digest('hex'));
  });

  it('hashes an empty file', async () => {
    const path = join(dir, 'empty');
    writeFileSync(path, '');
    const result = await digestFile(path, 'sha384');
    expect([result.bytes, result.sha256.toString('hex'), result.digest.toString('hex')])
      .toEqual([0, createHash('sha256').digest('hex'), createHash('sha384').digest('hex')]);
  });

  it('rejects for a file that cannot be read', async () => {
    await expect(digestFile(join(dir, 'nope'), 'sha256')).rejects.toThrow(/ENOENT/);
  });
});
