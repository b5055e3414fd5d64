/**
 * The key operations end to end through the bundle: sign and verify (files hashed here, or
 * digests), encrypt, decrypt, wrap, unwrap and random bytes, with raw bytes in and out; their
 * interoperability with openssl in both directions; and the canary — the private parts of
 * imported keys appear in no output, error, vault file, audit log or backup.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, Sandbox, json } from './harness.js';

interface RawResult {
  readonly status: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs the bundle like Sandbox.run, but keeps stdout as bytes: ciphertext and plaintext are binary. */
function runBytes(box: Sandbox, args: readonly string[], input: Buffer | string = ''): RawResult {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(box.env)) if (value !== undefined) env[name] = value;
  const child = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: box.dir, env, input });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr.toString('utf8') };
}

function openssl(box: Sandbox, args: readonly string[]): { status: number | null; out: string } {
  const child = spawnSync('openssl', args, { cwd: box.dir, encoding: 'utf8' });
  return { status: child.status, out: `${child.stdout}${child.stderr}` };
}

const sha = (hash: string, data: Buffer | string): Buffer => createHash(hash).update(data).digest();
const b64u = (bytes: Buffer): string => bytes.toString('base64url');

/** A DER INTEGER of an unsigned big-endian number: no leading zeros but one before a high bit. */
function derInteger(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  const value = (bytes[start] ?? 0) >= 0x80 ? Buffer.concat([Buffer.of(0), bytes.subarray(start)]) : bytes.subarray(start);
  return Buffer.concat([Buffer.of(0x02, value.length), value]);
}

/** JOSE r‖s (what coffer signs) to the DER SEQUENCE openssl reads; short forms suffice for P-256. */
function rsToDer(signature: Buffer): Buffer {
  const half = signature.length / 2;
  const body = Buffer.concat([derInteger(signature.subarray(0, half)), derInteger(signature.subarray(half))]);
  return Buffer.concat([Buffer.of(0x30, body.length), body]);
}

/** openssl's DER ECDSA signature to r‖s, each left-padded to `size` bytes. */
function derToRs(der: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  let at = 2;
  for (let i = 0; i < 2; i += 1) {
    const length = der[at + 1] ?? 0;
    const value = der.subarray(at + 2, at + 2 + length);
    const trimmed = value.length > size ? value.subarray(value.length - size) : value;
    parts.push(Buffer.concat([Buffer.alloc(size - trimmed.length), trimmed]));
    at += 2 + length;
  }
  return Buffer.concat(parts);
}

let box: Sandbox;
const artifact = randomBytes(200_000);
beforeAll(() => {
  box = new Sandbox();
  box.init();
  box.writeFile('artifact.bin', artifact);
  for (const args of [
    ['key', 'create', 'rsa', '--kty', 'RSA'],
    ['key', 'create', 'ec', '--kty', 'EC'],
    ['key', 'create', 'k1', '--kty', 'EC', '--curve', 'P-256K'],
    ['key', 'create', 'aes', '--kty', 'oct'],
  ]) {
    if (box.run(args).status !== 0) throw new Error(`${args.join(' ')} failed`);
  }
  writeFileSync(box.path('rsa.pub.pem'), box.run(['key', 'get', 'rsa', '--format', 'pem']).stdout);
  writeFileSync(box.path('ec.pub.pem'), box.run(['key', 'get', 'ec', '--format', 'pem']).stdout);
  writeFileSync(box.path('artifact.sha256'), sha('sha256', artifact));
});
afterAll(() => {
  box.cleanup();
});

describe('key sign and verify', () => {
  it('signs a file hashed here (streamed, the algorithm\'s hash) exactly as its digest', () => {
    // RS* is deterministic, so the --file and --digest paths must give the same bytes.
    for (const [alg, hash] of [['RS256', 'sha256'], ['RS384', 'sha384'], ['RS512', 'sha512']] as const) {
      const fromFile = box.run(['key', 'sign', 'rsa', '--alg', alg, '--file', 'artifact.bin']);
      expect(fromFile.status).toBe(0);
      expect(fromFile.stdout).toMatch(/^[A-Za-z0-9_-]{342}\n$/);
      expect(box.run(['key', 'sign', 'rsa', '--alg', alg, '--digest', b64u(sha(hash, artifact))]).stdout).toBe(fromFile.stdout);
    }
    // ES256K hashes with SHA-256: a signature of the file verifies against the SHA-256 digest.
    box.writeFile('k1.sig', box.run(['key', 'sign', 'k1', '--alg', 'ES256K', '--file', 'artifact.bin']).stdout);
    expect(box.run(['key', 'verify', 'k1', '--alg', 'ES256K', '--digest', b64u(sha('sha256', artifact)), '--signature', 'k1.sig']))
      .toEqual({ status: 0, stdout: 'valid\n', stderr: '' });
  });

  it('accepts a signature file as raw bytes or base64url text; an invalid one prints invalid and exits 1', () => {
    const signed = box.run(['key', 'sign', 'ec', '--alg', 'ES256', '--file', 'artifact.bin', '--out', 'ec.sig']);
    const keyId = (json(box.run(['key', 'get', 'ec', '--json'])) as { properties: { version: string } }).properties.version;
    expect(signed).toEqual({ status: 0, stdout: `Wrote the signature (ES256, /keys/ec/${keyId}) to ec.sig.\n`, stderr: '' });
    const raw = readFileSync(box.path('ec.sig'));
    expect(raw).toHaveLength(64);
    expect(statSync(box.path('ec.sig')).mode & 0o777).toBe(0o600);
    box.writeFile('ec.sig.txt', `${b64u(raw)}\n`);
    for (const file of ['ec.sig', 'ec.sig.txt']) {
      expect(box.run(['key', 'verify', 'ec', '--alg', 'ES256', '--file', 'artifact.bin', '--signature', file])).toEqual({ status: 0, stdout: 'valid\n', stderr: '' });
    }
    box.writeFile('other.bin', 'not the artifact');
    expect(box.run(['key', 'verify', 'ec', '--alg', 'ES256', '--file', 'other.bin', '--signature', 'ec.sig'])).toEqual({
      status: 1, stdout: 'invalid\n', stderr: `coffer: The signature is not a valid ES256 signature of this digest by /keys/ec/${keyId}. (SignatureInvalid)\n`,
    });
    const verdict = box.run(['key', 'verify', 'ec', '--alg', 'ES256', '--digest', b64u(sha('sha256', artifact)), '--signature', 'ec.sig', '--json']);
    expect(verdict).toEqual({ status: 0, stdout: `${JSON.stringify({ keyId: `/keys/ec/${keyId}`, algorithm: 'ES256', valid: true }, null, 2)}\n`, stderr: '' });
  });

  it('prints {keyId, algorithm, result} with --json, and signs a large file without a size limit', () => {
    const signed = json(box.run(['key', 'sign', 'rsa', '--alg', 'PS512', '--digest', b64u(sha('sha512', 'x')), '--json'])) as Record<string, string>;
    expect(Object.keys(signed)).toEqual(['keyId', 'algorithm', 'result']);
    expect(signed.algorithm).toBe('PS512');
    expect(Buffer.from(signed.result ?? '', 'base64url')).toHaveLength(256);
    box.writeFile('large.bin', Buffer.alloc(12 * 1024 * 1024, 7));
    expect(box.run(['key', 'sign', 'ec', '--alg', 'ES256', '--file', 'large.bin']).status).toBe(0);
  });

  const SIGN = "Usage: coffer key sign NAME --alg A (--file F | --digest B64URL) [--version V] [--out SIG | --json]\nRun 'coffer key sign --help' for details.\n";
  it.each<[string[], string]>([
    [['--alg', 'PS256'], 'Give --file F (coffer hashes it) or --digest B64URL (a digest you made), one of them.'],
    [['--alg', 'PS256', '--file', 'artifact.bin', '--digest', 'AAAA'], 'Give --file F (coffer hashes it) or --digest B64URL (a digest you made), one of them.'],
    [['--alg', 'PS256', '--digest', `${b64u(sha('sha256', 'a'))}=`], "Invalid --digest: expected base64url (A-Z, a-z, 0-9, '-', '_'; no '=' padding)."],
    [['--alg', 'PS256', '--digest', sha('sha256', 'a').toString('hex')], '--digest for PS256 must be 32 bytes (SHA256), got 48.'],
    [['--alg', 'PS256', '--digest', 'a+b/'], "Invalid --digest: expected base64url (A-Z, a-z, 0-9, '-', '_'; no '=' padding)."],
    [['--alg', 'HS256', '--file', 'artifact.bin'], "Invalid --alg 'HS256': expected RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, ES256K."],
    [['--file', 'artifact.bin'], "'coffer key sign' needs --alg (one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, ES256K)."],
    [['--alg', 'PS256', '--file', 'artifact.bin', '--out', 's', '--json'], 'Give --out or --json, not both.'],
  ])('sign %j is a usage error (exit 2)', (args, message) => {
    expect(box.run(['key', 'sign', 'rsa', ...args])).toEqual({ status: 2, stdout: '', stderr: `coffer: ${message}\n${SIGN}` });
  });

  it('fails with exit 1 when the key cannot do it, and for a missing file', () => {
    expect(box.run(['key', 'sign', 'ec', '--alg', 'ES384', '--digest', b64u(sha('sha384', 'a'))]).stderr)
      .toBe('coffer: Algorithm ES384 needs a P-384 EC key, not a P-256 EC key. (BadParameter)\n');
    expect(box.run(['key', 'sign', 'aes', '--alg', 'PS256', '--file', 'artifact.bin']).stderr)
      .toBe("coffer: Operation sign is not permitted on key 'aes': its operations are encrypt, decrypt, wrapKey, unwrapKey. (Forbidden, KeyOperationNotPermitted)\n");
    expect(box.run(['key', 'sign', 'ec', '--alg', 'ES256', '--file', 'missing.bin'])).toEqual({
      status: 1, stdout: '', stderr: `coffer: Could not read file '${box.path('missing.bin')}' (ENOENT). (FileUnreadable)\n`,
    });
    expect(box.run(['key', 'verify', 'ec', '--alg', 'ES256', '--file', 'artifact.bin']).status).toBe(2);
  });
});

describe('interoperability with openssl', () => {
  it('openssl verifies coffer\'s RSA (PS256, RS256) and EC (ES256, r‖s to DER) signatures of a file', () => {
    expect(box.run(['key', 'sign', 'rsa', '--alg', 'PS256', '--file', 'artifact.bin', '--out', 'ps.sig']).status).toBe(0);
    expect(openssl(box, ['pkeyutl', '-verify', '-pubin', '-inkey', 'rsa.pub.pem', '-in', 'artifact.sha256', '-sigfile', 'ps.sig',
      '-pkeyopt', 'digest:sha256', '-pkeyopt', 'rsa_padding_mode:pss', '-pkeyopt', 'rsa_pss_saltlen:digest'])).toEqual({ status: 0, out: 'Signature Verified Successfully\n' });
    expect(box.run(['key', 'sign', 'rsa', '--alg', 'RS256', '--file', 'artifact.bin', '--out', 'rs.sig']).status).toBe(0);
    expect(openssl(box, ['dgst', '-sha256', '-verify', 'rsa.pub.pem', '-signature', 'rs.sig', 'artifact.bin'])).toEqual({ status: 0, out: 'Verified OK\n' });

    expect(box.run(['key', 'sign', 'ec', '--alg', 'ES256', '--file', 'artifact.bin', '--out', 'es.sig']).status).toBe(0);
    box.writeFile('es.der', rsToDer(readFileSync(box.path('es.sig'))));
    expect(openssl(box, ['pkeyutl', '-verify', '-pubin', '-inkey', 'ec.pub.pem', '-in', 'artifact.sha256', '-sigfile', 'es.der']))
      .toEqual({ status: 0, out: 'Signature Verified Successfully\n' });
    // The check can fail: the same signature does not verify another digest.
    box.writeFile('other.sha256', sha('sha256', 'other'));
    expect(openssl(box, ['pkeyutl', '-verify', '-pubin', '-inkey', 'ec.pub.pem', '-in', 'other.sha256', '-sigfile', 'es.der']).status).not.toBe(0);
  });

  it('coffer verifies openssl\'s signatures with keys openssl made and coffer imported', () => {
    expect(openssl(box, ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'ossl-rsa.pem']).status).toBe(0);
    expect(openssl(box, ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'ossl-ec.pem']).status).toBe(0);
    expect(box.run(['key', 'import', 'ossl-rsa', '--pem', 'ossl-rsa.pem', '--ops', 'verify']).status).toBe(0);
    expect(box.run(['key', 'import', 'ossl-ec', '--pem', 'ossl-ec.pem', '--ops', 'verify']).status).toBe(0);

    expect(openssl(box, ['pkeyutl', '-sign', '-inkey', 'ossl-rsa.pem', '-in', 'artifact.sha256', '-out', 'ossl-ps.sig',
      '-pkeyopt', 'digest:sha256', '-pkeyopt', 'rsa_padding_mode:pss', '-pkeyopt', 'rsa_pss_saltlen:digest']).status).toBe(0);
    expect(box.run(['key', 'verify', 'ossl-rsa', '--alg', 'PS256', '--file', 'artifact.bin', '--signature', 'ossl-ps.sig']))
      .toEqual({ status: 0, stdout: 'valid\n', stderr: '' });
    expect(openssl(box, ['dgst', '-sha384', '-sign', 'ossl-rsa.pem', '-out', 'ossl-rs.sig', 'artifact.bin']).status).toBe(0);
    expect(box.run(['key', 'verify', 'ossl-rsa', '--alg', 'RS384', '--file', 'artifact.bin', '--signature', 'ossl-rs.sig']).stdout).toBe('valid\n');

    expect(openssl(box, ['pkeyutl', '-sign', '-inkey', 'ossl-ec.pem', '-in', 'artifact.sha256', '-out', 'ossl-es.der']).status).toBe(0);
    box.writeFile('ossl-es.sig', b64u(derToRs(readFileSync(box.path('ossl-es.der')), 32)));
    expect(box.run(['key', 'verify', 'ossl-ec', '--alg', 'ES256', '--digest', b64u(sha('sha256', artifact)), '--signature', 'ossl-es.sig']))
      .toEqual({ status: 0, stdout: 'valid\n', stderr: '' });
  });

  it('coffer decrypts RSA-OAEP-256 ciphertext that openssl made with the public key', () => {
    const plaintext = randomBytes(190);
    box.writeFile('oaep.plain', plaintext);
    expect(openssl(box, ['pkeyutl', '-encrypt', '-pubin', '-inkey', 'rsa.pub.pem', '-in', 'oaep.plain', '-out', 'oaep.ct',
      '-pkeyopt', 'rsa_padding_mode:oaep', '-pkeyopt', 'rsa_oaep_md:sha256', '-pkeyopt', 'rsa_mgf1_md:sha256']).status).toBe(0);
    const decrypted = runBytes(box, ['key', 'decrypt', 'rsa', '--alg', 'RSA-OAEP-256', '--in', 'oaep.ct']);
    expect(decrypted.status).toBe(0);
    expect(decrypted.stderr).toBe('');
    expect(decrypted.stdout.equals(plaintext)).toBe(true);
  });
});

describe('key encrypt, decrypt, wrap, unwrap', () => {
  it('AES-GCM: raw bytes through stdin and stdout; iv and tag on stderr for decrypt', () => {
    const plaintext = randomBytes(5000);
    const aad = b64u(Buffer.from('header'));
    const sealed = runBytes(box, ['key', 'encrypt', 'aes', '--alg', 'A256GCM', '--aad', aad], plaintext);
    expect(sealed.status).toBe(0);
    expect(sealed.stdout).toHaveLength(5000);
    const params = /^iv=([A-Za-z0-9_-]{16}) tag=([A-Za-z0-9_-]{22})\n$/.exec(sealed.stderr);
    const [iv, tag] = [params?.[1] ?? '', params?.[2] ?? ''];
    const opened = runBytes(box, ['key', 'decrypt', 'aes', '--alg', 'A256GCM', '--iv', iv, '--tag', tag, '--aad', aad], sealed.stdout);
    expect(opened.status).toBe(0);
    expect(opened.stdout.equals(plaintext)).toBe(true);
    const badTag = b64u(Buffer.alloc(16));
    expect(runBytes(box, ['key', 'decrypt', 'aes', '--alg', 'A256GCM', '--iv', iv, '--tag', badTag, '--aad', aad], sealed.stdout)).toEqual({
      status: 1, stdout: Buffer.alloc(0), stderr: 'coffer: Decryption failed: the ciphertext is not valid for this key and algorithm. (BadParameter)\n',
    });
    expect(runBytes(box, ['key', 'decrypt', 'aes', '--alg', 'A256GCM', '--iv', iv], sealed.stdout).stderr.split('\n')[0])
      .toBe('coffer: A256GCM decryption needs --iv and --tag (as key encrypt printed them).');
  });

  it('AES-GCM with --json (the vault picks the iv; --iv is refused), and RSA-OAEP through files (--in, --out 0600)', () => {
    expect(box.run(['key', 'encrypt', 'aes', '--alg', 'A256GCM', '--iv', b64u(randomBytes(12))], { input: 'hello' }).status).toBe(2);
    const sealed = json(box.run(['key', 'encrypt', 'aes', '--alg', 'A256GCM', '--json'], { input: 'hello' })) as Record<string, string>;
    expect(Object.keys(sealed)).toEqual(['keyId', 'algorithm', 'result', 'iv', 'tag']);
    const iv = sealed.iv ?? '';
    expect(Buffer.from(iv, 'base64url')).toHaveLength(12);
    box.writeFile('hello.enc', Buffer.from(sealed.result ?? '', 'base64url'));
    expect(box.run(['key', 'decrypt', 'aes', '--alg', 'A256GCM', '--in', 'hello.enc', '--iv', iv, '--tag', sealed.tag ?? '']).stdout).toBe('hello');

    box.writeFile('small.txt', 'a small secret');
    const encrypted = box.run(['key', 'encrypt', 'rsa', '--alg', 'RSA-OAEP', '--in', 'small.txt', '--out', 'small.enc']);
    expect(encrypted.stdout).toMatch(/^Wrote the ciphertext \(RSA-OAEP, \/keys\/rsa\/[0-9a-f]{32}\) to small\.enc\.\n$/);
    expect(encrypted.stderr).toBe('');
    expect(statSync(box.path('small.enc')).size).toBe(256);
    expect(box.run(['key', 'decrypt', 'rsa', '--alg', 'RSA-OAEP', '--in', 'small.enc', '--out', 'small.dec']).status).toBe(0);
    expect(box.read('small.dec')).toBe('a small secret');
    expect(statSync(box.path('small.dec')).mode & 0o777).toBe(0o600);
    expect(box.run(['key', 'decrypt', 'rsa', '--alg', 'RSA-OAEP', '--in', 'small.enc', '--out', 'small.dec']).stderr)
      .toBe(`coffer: '${box.path('small.dec')}' already exists; it was left unchanged. (FileExists)\n`);
  });

  it('wraps and unwraps with AES-KW and RSA-OAEP-256', () => {
    const secret = randomBytes(32);
    for (const [key, alg, size] of [['aes', 'A256KW', 40], ['rsa', 'RSA-OAEP-256', 256]] as const) {
      const wrapped = runBytes(box, ['key', 'wrap', key, '--alg', alg], secret);
      expect(wrapped.status).toBe(0);
      expect(wrapped.stdout).toHaveLength(size);
      const unwrapped = runBytes(box, ['key', 'unwrap', key, '--alg', alg], wrapped.stdout);
      expect(unwrapped.stdout.equals(secret)).toBe(true);
    }
  });

  it('bounds the input: a few KiB for RSA, 64 KiB for AES', () => {
    box.writeFile('big.bin', randomBytes(4097));
    expect(box.run(['key', 'encrypt', 'rsa', '--alg', 'RSA-OAEP', '--in', 'big.bin']).stderr)
      .toBe(`coffer: Input file '${box.path('big.bin')}' is 4097 bytes: the limit is 4096 bytes. (TooLarge)\n`);
    expect(box.run(['key', 'encrypt', 'aes', '--alg', 'A128GCM'], { input: 'x'.repeat(64 * 1024 + 1) }).stderr)
      .toBe('coffer: The plaintext on stdin is more than 65536 bytes, the limit for this algorithm. (TooLarge)\n');
    expect(box.run(['key', 'encrypt', 'aes', '--alg', 'A128GCM'], { input: 'x' }).stderr)
      .toBe('coffer: Algorithm A128GCM needs a 128-bit oct key, not a 256-bit oct key. (BadParameter)\n');
    expect(box.run(['key', 'encrypt', 'rsa', '--alg', 'RSA-OAEP', '--aad', 'AAAAAAAAAAAAAAAA'], { input: 'x' }).stderr.split('\n')[0])
      .toBe('coffer: --aad belongs to AES-GCM, not RSA-OAEP.');
  });
});

describe('key random', () => {
  it('prints base64url, or writes raw bytes to --out; the count is 1 to 128', () => {
    expect(box.run(['key', 'random', '--count', '32']).stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    expect(box.run(['key', 'random', '--count', '16', '--out', 'random.bin'])).toEqual({ status: 0, stdout: 'Wrote 16 random bytes to random.bin.\n', stderr: '' });
    expect(statSync(box.path('random.bin')).size).toBe(16);
    const hint = "Usage: coffer key random --count N [--out FILE]\nRun 'coffer key random --help' for details.\n";
    expect(box.run(['key', 'random', '--count', '129'])).toEqual({ status: 2, stdout: '', stderr: `coffer: Invalid --count '129': expected a whole number from 1 to 128.\n${hint}` });
    expect(box.run(['key', 'random'])).toEqual({ status: 2, stdout: '', stderr: `coffer: 'coffer key random' needs --count N (1 to 128).\n${hint}` });
  });
});

describe('canary: private key material never leaves the vault', () => {
  const canary = new Sandbox();
  const results: RawResult[] = [];
  const run = (args: readonly string[], input: Buffer | string = ''): RawResult => {
    const result = runBytes(canary, args, input);
    results.push(result);
    return result;
  };
  /** Every private field of every planted key, as the raw bytes it encodes. */
  const secrets: Buffer[] = [];
  const plant = (jwk: JsonWebKey, fields: readonly (keyof JsonWebKey)[]): void => {
    for (const field of fields) secrets.push(Buffer.from(String(jwk[field]), 'base64url'));
  };
  const forms = (bytes: Buffer): string[] => [
    bytes.toString('base64url'), bytes.toString('base64'), bytes.toString('base64').replace(/=+$/, ''), bytes.toString('hex'), bytes.toString('hex').toUpperCase(),
  ];
  const leaks = (data: Buffer): number => secrets.filter((raw) => data.includes(raw) || forms(raw).some((form) => data.toString('latin1').includes(form))).length;
  const blobs: string[] = [];

  beforeAll(() => {
    canary.init();
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const pemRsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey.export({ format: 'jwk' });
    const oct = { kty: 'oct', k: b64u(randomBytes(32)) };
    const rsaJwk = rsa.export({ format: 'jwk' });
    for (const jwk of [rsaJwk, pemRsa.export({ format: 'jwk' })]) plant(jwk, ['d', 'p', 'q', 'dp', 'dq', 'qi']);
    plant(ec, ['d']);
    plant(k1, ['d']);
    plant(oct, ['k']);
    canary.writeFile('rsa.jwk', JSON.stringify(rsaJwk));
    canary.writeFile('rsa.pem', pemRsa.export({ format: 'pem', type: 'pkcs1' }).toString());
    canary.writeFile('ec.jwk', JSON.stringify(ec));
    canary.writeFile('k1.jwk', JSON.stringify(k1));
    canary.writeFile('oct.jwk', JSON.stringify(oct));
    canary.writeFile('broken.jwk', JSON.stringify({ ...rsaJwk, d: rsaJwk.p }));
    canary.writeFile('artifact.bin', artifact);
    canary.writeFile('policy.json', JSON.stringify({ lifetimeActions: [{ trigger: { timeAfterCreate: 'P30D' }, action: { type: 'Rotate' } }] }));

    run(['key', 'import', 'rsa', '--jwk', 'rsa.jwk', '--tag', 'kind=canary', '--json']);
    run(['key', 'import', 'pem', '--pem', 'rsa.pem', '--exportable']);
    run(['key', 'import', 'ec', '--jwk', 'ec.jwk']);
    run(['key', 'import', 'k1', '--jwk', 'k1.jwk', '--json']);
    run(['key', 'import', 'oct', '--jwk', 'oct.jwk']);
    run(['key', 'create', 'made', '--kty', 'EC']);
    // Mistakes with key material in the wrong place must not echo it either.
    run(['key', 'import', 'x', '--jwk', 'rsa.pem']);
    run(['key', 'import', 'x', '--pem', 'rsa.jwk']);
    run(['key', 'import', 'x', '--jwk', 'broken.jwk']);
    run(['key', 'import', 'x', 'rsa.jwk', String(rsaJwk.d)]);
    run(['key', 'sign', 'rsa', '--alg', 'PS256', '--digest', String(rsaJwk.d)]);
    run(['key', 'encrypt', 'oct', '--alg', 'A256GCM', '--aad', oct.k]);
    for (const name of ['rsa', 'pem', 'ec', 'k1', 'oct']) {
      run(['key', 'get', name]);
      run(['key', 'get', name, '--json']);
      run(['key', 'get', name, '--format', 'jwk']);
      run(['key', 'get', name, '--format', 'pem']);
    }
    run(['key', 'list']);
    run(['key', 'list', '--json']);
    run(['key', 'versions', 'rsa', '--json']);
    run(['key', 'update', 'rsa', '--tag', 'kind=updated', '--expires', '2099-01-01', '--json']);
    for (const [name, alg] of [['rsa', 'PS256'], ['pem', 'RS512'], ['ec', 'ES256'], ['k1', 'ES256K']] as const) {
      run(['key', 'sign', name, '--alg', alg, '--file', 'artifact.bin', '--out', `${name}.sig`]);
      run(['key', 'sign', name, '--alg', alg, '--file', 'artifact.bin', '--json']);
      run(['key', 'verify', name, '--alg', alg, '--file', 'artifact.bin', '--signature', `${name}.sig`, '--json']);
      run(['key', 'verify', name, '--alg', alg, '--file', 'policy.json', '--signature', `${name}.sig`]);
    }
    const sealed = run(['key', 'encrypt', 'rsa', '--alg', 'RSA-OAEP-256'], 'plain');
    run(['key', 'decrypt', 'rsa', '--alg', 'RSA-OAEP-256'], sealed.stdout);
    run(['key', 'decrypt', 'rsa', '--alg', 'RSA-OAEP-256'], randomBytes(256));
    const gcm = run(['key', 'encrypt', 'oct', '--alg', 'A256GCM', '--json'], 'plain');
    const { result, iv, tag } = JSON.parse(gcm.stdout.toString('utf8')) as Record<string, string>;
    run(['key', 'decrypt', 'oct', '--alg', 'A256GCM', '--iv', iv ?? '', '--tag', tag ?? '', '--json'], Buffer.from(result ?? '', 'base64url'));
    run(['key', 'decrypt', 'oct', '--alg', 'A256GCM', '--iv', iv ?? '', '--tag', b64u(Buffer.alloc(16))], Buffer.from(result ?? '', 'base64url'));
    const wrapped = run(['key', 'wrap', 'oct', '--alg', 'A256KW'], randomBytes(32));
    run(['key', 'unwrap', 'oct', '--alg', 'A256KW'], wrapped.stdout);
    run(['key', 'unwrap', 'oct', '--alg', 'A256KW'], randomBytes(40));
    run(['key', 'wrap', 'pem', '--alg', 'RSA-OAEP', '--out', 'wrapped.bin'], randomBytes(32));
    run(['key', 'random', '--count', '64']);
    blobs.push(run(['key', 'backup', 'rsa']).stdout.toString('utf8').trim());
    run(['key', 'backup', 'oct', '--out', 'oct.blob']);
    blobs.push(canary.read('oct.blob').trim());
    run(['key', 'rotation-policy', 'set', 'rsa', '--file', 'policy.json']);
    run(['key', 'rotation-policy', 'get', 'rsa', '--json']);
    run(['key', 'rotate-if-due', 'rsa', '--json']);
    run(['key', 'rotate', 'ec', '--json']);
    run(['key', 'delete', 'rsa', '--json']);
    run(['key', 'deleted']);
    run(['key', 'deleted', '--name', 'rsa', '--json']);
    run(['key', 'purge', 'rsa']);
    run(['key', 'restore'], blobs[0] ?? '');
    run(['key', 'delete', 'oct']);
    run(['key', 'recover', 'oct', '--json']);
    run(['audit', 'show']);
    run(['audit', 'show', '--json']);
    run(['audit', 'verify']);
  });
  afterAll(() => {
    canary.cleanup();
  });

  it('ran every command, most of them successfully', () => {
    expect(results.length).toBeGreaterThan(60);
    expect(results.filter((r) => r.status === 0).length).toBeGreaterThan(45);
    expect(secrets).toHaveLength(15);
  });

  it('never appears on stdout or stderr', () => {
    results.forEach((r, i) => {
      expect([i, leaks(r.stdout), leaks(Buffer.from(r.stderr, 'utf8'))]).toEqual([i, 0, 0]);
    });
  });

  it('never appears in the vault file, the audit log, a backup (decoded too), or any file coffer wrote', () => {
    const planted = new Set(['rsa.jwk', 'rsa.pem', 'ec.jwk', 'k1.jwk', 'oct.jwk', 'broken.jwk']);
    const files = [...readdirSync(canary.dir), ...readdirSync(canary.path('.coffer')).map((file) => join('.coffer', file))]
      .filter((file) => !planted.has(file) && statSync(canary.path(file)).isFile());
    expect(files).toEqual(expect.arrayContaining(['.coffer/vault.json', '.coffer/vault.json.audit.jsonl', 'oct.blob', 'rsa.sig', 'wrapped.bin']));
    for (const file of files) expect([file, leaks(readFileSync(canary.path(file)))]).toEqual([file, 0]);
    for (const blob of blobs) {
      expect(blob).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(leaks(Buffer.from(blob, 'utf8'))).toBe(0);
      expect(leaks(Buffer.from(Buffer.from(blob, 'base64url').toString('utf8'), 'utf8'))).toBe(0);
    }
  });

  it('would be caught if it leaked (the check itself works)', () => {
    const [first] = secrets;
    if (first === undefined) throw new Error('nothing planted');
    expect(leaks(Buffer.from(`x${first.toString('hex').toUpperCase()}x`))).toBe(1);
    expect(leaks(Buffer.concat([Buffer.from('x'), first]))).toBe(1);
    expect(leaks(readFileSync(canary.path('oct.jwk')))).toBe(1);
  });
});
