import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest, renderManifest, type SignedFile } from '../../../src/actions/sign/manifest.js';
import { decodeSignature, encodeSignature, readSignatureFile, signaturePath, writeFileReplacing } from '../../../src/actions/sign/signature-file.js';
import type { SigningKey } from '../../../src/actions/sign/signing-key.js';

const KEY: SigningKey = {
  name: 'release', version: '0123456789abcdef0123456789abcdef', keyId: '/keys/release/0123456789abcdef0123456789abcdef',
  algorithm: 'ES384', digestAlgorithm: 'sha384', publicKeyPem: '-----BEGIN PUBLIC KEY-----\nMHYw\n-----END PUBLIC KEY-----\n',
};
const file = (name: string, byte: number): SignedFile => ({
  name, sha256: Buffer.alloc(32, byte), digest: Buffer.alloc(48, byte + 1), signature: Buffer.from([0xfb, 0xff, byte]), signedAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678)),
});

describe('manifest', () => {
  it('lists files sorted by name, fields in a fixed order, hex digests and base64 signatures', () => {
    const manifest = buildManifest(KEY, [file('dist/b.bin', 2), file('dist/B.bin', 3), file('a.bin', 1)]);
    expect(manifest.files.map((f) => f.file)).toEqual(['a.bin', 'dist/B.bin', 'dist/b.bin']);
    expect(manifest.key).toEqual({ name: 'release', version: KEY.version, keyId: KEY.keyId, algorithm: 'ES384', publicKeyPem: KEY.publicKeyPem });
    expect(manifest.files[0]).toEqual({
      file: 'a.bin', sha256: '01'.repeat(32), digestAlgorithm: 'sha384', digest: '02'.repeat(48), signature: '+/8B', signedAt: '2025-01-02T03:04:05.678Z',
    });
    const text = renderManifest(manifest);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['version', 'key', 'files']);
    expect(Object.keys(manifest.files[0] ?? {})).toEqual(['file', 'sha256', 'digestAlgorithm', 'digest', 'signature', 'signedAt']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "version": 1,\n  "key": {\n    "name": "release",')).toBe(true);
  });

  it('is deterministic: the same signatures in any order give the same text', () => {
    const files = [file('c', 3), file('a', 1), file('b', 2)];
    expect(renderManifest(buildManifest(KEY, files))).toBe(renderManifest(buildManifest(KEY, [...files].reverse())));
  });
});

describe('signature files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'coffer-sign-sig-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('encode: standard base64 (+ and /, padded), one line, a trailing newline; decode reverses it', () => {
    const signature = Uint8Array.from([0xfb, 0xff, 0xfe, 0x00]);
    expect(encodeSignature(signature)).toBe('+//+AA==\n');
    expect(decodeSignature('+//+AA==\n')).toEqual(signature);
    expect(decodeSignature('+//+AA==\r\n')).toEqual(signature);
    expect(decodeSignature('+//+AA==')).toEqual(signature);
  });

  it('decode: anything but one line of standard base64 is not a signature', () => {
    for (const text of ['', '\n', '-__-AA', '+//+AA=', '+//+\nAA==\n', ' +//+AA==', '+//+AA==\n\n', 'not base64!']) {
      expect({ text, decoded: decodeSignature(text) }).toEqual({ text, decoded: undefined });
    }
  });

  it('read: missing, found, or found but not a signature (bad text, too large, a folder)', async () => {
    expect(await readSignatureFile(join(dir, 'none.sig'))).toEqual({ kind: 'missing' });
    writeFileSync(join(dir, 'ok.sig'), 'AQID\n');
    expect(await readSignatureFile(join(dir, 'ok.sig'))).toEqual({ kind: 'found', signature: Uint8Array.from([1, 2, 3]) });
    writeFileSync(join(dir, 'big.sig'), `${'A'.repeat(8192)}\n`);
    expect(await readSignatureFile(join(dir, 'big.sig'))).toEqual({ kind: 'found', signature: undefined });
    expect(signaturePath('/w/a.bin', '.sig')).toBe('/w/a.bin.sig');
  });

  it('write: replaces a planted symbolic link instead of writing through it, and leaves no temporary file', async () => {
    const target = join(dir, 'victim.txt');
    writeFileSync(target, 'untouched');
    const sig = join(dir, 'artifact.bin.sig');
    symlinkSync(target, sig);
    await writeFileReplacing(sig, 'AQID\n');
    expect(readFileSync(target, 'utf8')).toBe('untouched');
    expect(lstatSync(sig).isSymbolicLink()).toBe(false);
    expect(readFileSync(sig, 'utf8')).toBe('AQID\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
