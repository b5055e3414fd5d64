/**
 * Interop with the openssl command line: what the vault signs, openssl verifies, and the other
 * way round; what openssl encrypts or wraps, the vault opens. The digest is what both sides sign.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKey, importPem, privateKeyObject, publicKeyPem } from '../../src/core/crypto/key-material.js';
import { performKeyOperation } from '../../src/core/crypto/key-ops.js';
import { loadEcdsa } from '../../src/core/crypto/ecdsa.js';
import type { CurveName, KeyRequest, KeyResult, PrivateJwk, SignatureAlgorithm } from '../../src/core/crypto/key-types.js';

let dir: string;
const path = (name: string): string => join(dir, name);

/** Runs openssl; returns its exit status and its output, so that a refusal can be asserted too. */
function openssl(...args: string[]): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    return { status: failed.status ?? -1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

function write(name: string, data: Uint8Array | string): string {
  writeFileSync(path(name), data);
  return name;
}

/** Test-only: the JWS r‖s form as the DER SEQUENCE { INTEGER r, INTEGER s } that openssl reads. */
function rsToDer(signature: Uint8Array): Buffer {
  const half = signature.length / 2;
  const integer = (bytes: Uint8Array): Buffer => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
    const body = Buffer.from(bytes.subarray(start));
    const value = (body[0] ?? 0) >= 0x80 ? Buffer.concat([Buffer.of(0), body]) : body;
    return Buffer.concat([Buffer.of(0x02, value.length), value]);
  };
  const content = Buffer.concat([integer(signature.subarray(0, half)), integer(signature.subarray(half))]);
  const length = content.length < 0x80 ? Buffer.of(content.length) : Buffer.of(0x81, content.length);
  return Buffer.concat([Buffer.of(0x30), length, content]);
}

/** Test-only: DER { r, s } back to r‖s, each left-padded to the curve's field size. */
function derToRs(der: Buffer, size: number): Buffer {
  let offset = (der[1] ?? 0) === 0x81 ? 3 : 2;
  const parts: Buffer[] = [];
  for (let i = 0; i < 2; i += 1) {
    const length = der[offset + 1] ?? 0;
    const value = der.subarray(offset + 2, offset + 2 + length);
    const trimmed = value.length > size ? value.subarray(value.length - size) : value;
    parts.push(Buffer.concat([Buffer.alloc(size - trimmed.length), trimmed]));
    offset += 2 + length;
  }
  return Buffer.concat(parts);
}

function run(jwk: PrivateJwk, request: KeyRequest): KeyResult {
  return performKeyOperation(jwk, request);
}

function sign(jwk: PrivateJwk, algorithm: SignatureAlgorithm, digest: Buffer): Buffer {
  const result = run(jwk, { op: 'sign', algorithm, digest });
  if (result.op !== 'sign') throw new Error('not a sign result');
  return Buffer.from(result.signature);
}

function verify(jwk: PrivateJwk, algorithm: SignatureAlgorithm, digest: Buffer, signature: Uint8Array): boolean {
  const result = run(jwk, { op: 'verify', algorithm, digest, signature });
  if (result.op !== 'verify') throw new Error('not a verify result');
  return result.valid;
}

const VERIFIED = { status: 0, out: 'Signature Verified Successfully\n' };
const PSS = ['-pkeyopt', 'rsa_padding_mode:pss', '-pkeyopt', 'rsa_pss_saltlen:digest'];
const hashOf = (name: string, text = 'release-1.2.3.tar.gz'): Buffer => createHash(name).update(text).digest();

let rsa: PrivateJwk;
const ec: Partial<Record<CurveName, PrivateJwk>> = {};
const ecKey = (curve: CurveName): PrivateJwk => {
  const key = ec[curve];
  if (key === undefined) throw new Error(`no ${curve} key`);
  return key;
};

beforeAll(async () => {
  await loadEcdsa();
  dir = mkdtempSync(join(tmpdir(), 'coffer-openssl-'));
  rsa = await generateKey({ kty: 'RSA', size: 2048 });
  for (const curve of ['P-256', 'P-384', 'P-521', 'P-256K'] as const) ec[curve] = await generateKey({ kty: 'EC', curve });
  write('rsa.pub.pem', publicKeyPem(rsa));
  write('rsa.key.pem', privateKeyObject(rsa).export({ type: 'pkcs8', format: 'pem' }));
  for (const [curve, jwk] of Object.entries(ec)) {
    write(`${curve}.pub.pem`, publicKeyPem(jwk));
    write(`${curve}.key.pem`, privateKeyObject(jwk).export({ type: 'pkcs8', format: 'pem' }));
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a vault signature verifies with openssl pkeyutl', () => {
  test.each([
    ['RS256', 'sha256', []], ['RS512', 'sha512', []], ['PS256', 'sha256', PSS], ['PS384', 'sha384', PSS], ['PS512', 'sha512', PSS],
  ] as const)('%s', (algorithm, hash, options) => {
    const digest = write('digest.bin', hashOf(hash));
    const sig = write('sig.bin', sign(rsa, algorithm, hashOf(hash)));
    const check = (): { status: number; out: string } => openssl('pkeyutl', '-verify', '-pubin', '-inkey', 'rsa.pub.pem', '-in', digest, '-sigfile', sig, '-pkeyopt', `digest:${hash}`, ...options);
    expect(check()).toEqual(VERIFIED);
    write('digest.bin', hashOf(hash, 'release-1.2.4.tar.gz'));
    expect(check()).toMatchObject({ status: 1, out: expect.stringContaining('Signature Verification Failure') });
  });

  test.each([['P-256', 'ES256', 'sha256'], ['P-384', 'ES384', 'sha384'], ['P-521', 'ES512', 'sha512'], ['P-256K', 'ES256K', 'sha256']] as const)('%s %s, once r‖s is DER', (curve, algorithm, hash) => {
    write('digest.bin', hashOf(hash));
    const jws = sign(ecKey(curve), algorithm, hashOf(hash));
    write('sig.der', rsToDer(jws));
    const check = (): { status: number; out: string } => openssl('pkeyutl', '-verify', '-pubin', '-inkey', `${curve}.pub.pem`, '-in', 'digest.bin', '-sigfile', 'sig.der', '-pkeyopt', `digest:${hash}`);
    expect(check()).toEqual(VERIFIED);
    // openssl parses what we wrote back to the same r and s: the helper round-trips.
    expect(derToRs(readFileSync(path('sig.der')), jws.length / 2)).toEqual(jws);
    write('sig.der', rsToDer(Buffer.concat([jws.subarray(0, jws.length / 2), Buffer.from(jws.subarray(jws.length / 2)).fill(1)])));
    expect(check()).toMatchObject({ status: 1, out: expect.stringContaining('Signature Verification Failure') });
  });

  test('the README recipe: r‖s to DER with openssl asn1parse -genconf alone', () => {
    write('digest.bin', hashOf('sha256'));
    const jws = sign(ecKey('P-256'), 'ES256', hashOf('sha256'));
    write('sig.cnf', `asn1=SEQUENCE:sig\n[sig]\nr=INTEGER:0x${jws.subarray(0, 32).toString('hex')}\ns=INTEGER:0x${jws.subarray(32).toString('hex')}\n`);
    expect(openssl('asn1parse', '-genconf', 'sig.cnf', '-out', 'sig.der', '-noout').status).toBe(0);
    expect(readFileSync(path('sig.der'))).toEqual(rsToDer(jws));
    expect(openssl('pkeyutl', '-verify', '-pubin', '-inkey', 'P-256.pub.pem', '-in', 'digest.bin', '-sigfile', 'sig.der', '-pkeyopt', 'digest:sha256')).toEqual(VERIFIED);
  });
});

describe('an openssl signature on a digest verifies in the vault', () => {
  test.each([['RS256', 'sha256', []], ['RS384', 'sha384', []], ['PS256', 'sha256', PSS], ['PS512', 'sha512', PSS]] as const)('%s', (algorithm, hash, options) => {
    write('digest.bin', hashOf(hash));
    expect(openssl('pkeyutl', '-sign', '-inkey', 'rsa.key.pem', '-in', 'digest.bin', '-out', 'sig.bin', '-pkeyopt', `digest:${hash}`, ...options).status).toBe(0);
    const sig = readFileSync(path('sig.bin'));
    expect(verify(rsa, algorithm, hashOf(hash), sig)).toBe(true);
    expect(verify(rsa, algorithm, hashOf(hash, 'other'), sig)).toBe(false);
  });

  test.each([['P-256', 'ES256', 'sha256', 32], ['P-384', 'ES384', 'sha384', 48], ['P-521', 'ES512', 'sha512', 66], ['P-256K', 'ES256K', 'sha256', 32]] as const)('%s %s, once DER is r‖s', (curve, algorithm, hash, size) => {
    write('digest.bin', hashOf(hash));
    // Several signatures: openssl does not normalise s, so about half of them are high-S.
    for (let i = 0; i < 4; i += 1) {
      expect(openssl('pkeyutl', '-sign', '-inkey', `${curve}.key.pem`, '-in', 'digest.bin', '-out', 'sig.der', '-pkeyopt', `digest:${hash}`).status).toBe(0);
      const jws = derToRs(readFileSync(path('sig.der')), size);
      expect(verify(ecKey(curve), algorithm, hashOf(hash), jws)).toBe(true);
      expect(verify(ecKey(curve), algorithm, hashOf(hash, 'other'), jws)).toBe(false);
    }
  });
});

describe('RSA-OAEP and AES key wrap interop', () => {
  test.each([
    ['RSA-OAEP', []], ['RSA-OAEP-256', ['-pkeyopt', 'rsa_oaep_md:sha256', '-pkeyopt', 'rsa_mgf1_md:sha256']],
  ] as const)('%s: openssl encrypts, the vault decrypts; the vault encrypts, openssl decrypts', (algorithm, options) => {
    const plaintext = randomBytes(48);
    write('plain.bin', plaintext);
    const oaep = ['-pkeyopt', 'rsa_padding_mode:oaep', ...options];
    expect(openssl('pkeyutl', '-encrypt', '-pubin', '-inkey', 'rsa.pub.pem', '-in', 'plain.bin', '-out', 'ct.bin', ...oaep).status).toBe(0);
    expect(run(rsa, { op: 'decrypt', algorithm, ciphertext: readFileSync(path('ct.bin')) })).toEqual({ op: 'decrypt', plaintext: new Uint8Array(plaintext) });
    expect(run(rsa, { op: 'unwrapKey', algorithm, wrapped: readFileSync(path('ct.bin')) })).toEqual({ op: 'unwrapKey', key: new Uint8Array(plaintext) });
    const result = run(rsa, { op: 'encrypt', algorithm, plaintext });
    if (result.op !== 'encrypt') throw new Error('not an encrypt result');
    write('ct.bin', result.ciphertext);
    expect(openssl('pkeyutl', '-decrypt', '-inkey', 'rsa.key.pem', '-in', 'ct.bin', '-out', 'back.bin', ...oaep).status).toBe(0);
    expect(readFileSync(path('back.bin'))).toEqual(plaintext);
  });

  test.each([['A128KW', 16], ['A256KW', 32]] as const)('%s: openssl enc -id-aesNNN-wrap and the vault wrap alike', (algorithm, bytes) => {
    const kek = randomBytes(bytes);
    const jwk: PrivateJwk = { kty: 'oct', k: kek.toString('base64url') };
    const keyData = randomBytes(32);
    write('key.bin', keyData);
    const cipher = `-id-aes${bytes * 8}-wrap`;
    expect(openssl('enc', cipher, '-K', kek.toString('hex'), '-iv', 'A6A6A6A6A6A6A6A6', '-in', 'key.bin', '-out', 'wrapped.bin').status).toBe(0);
    const wrapped = readFileSync(path('wrapped.bin'));
    expect(run(jwk, { op: 'wrapKey', algorithm, key: keyData })).toEqual({ op: 'wrapKey', wrapped: new Uint8Array(wrapped) });
    expect(run(jwk, { op: 'unwrapKey', algorithm, wrapped })).toEqual({ op: 'unwrapKey', key: new Uint8Array(keyData) });
  });
});

describe('keys openssl made import as PEM', () => {
  test.each([
    ['genpkey RSA (PKCS#8)', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'made.pem'], 'RSA'],
    ['genrsa -traditional (PKCS#1)', ['genrsa', '-traditional', '-out', 'made.pem', '2048'], 'RSA'],
    ['ecparam -genkey P-256 (SEC1 with EC PARAMETERS)', ['ecparam', '-name', 'prime256v1', '-genkey', '-out', 'made.pem'], 'EC'],
    ['genpkey EC secp256k1 (PKCS#8)', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp256k1', '-out', 'made.pem'], 'EC'],
  ] as const)('%s: the same public key as openssl derives', (_what, args, kty) => {
    expect(openssl(...args).status).toBe(0);
    const jwk = importPem(readFileSync(path('made.pem'), 'utf8'));
    expect(jwk.kty).toBe(kty);
    expect(publicKeyPem(jwk)).toBe(openssl('pkey', '-in', 'made.pem', '-pubout').out);
  });

  test.each([
    ['a genpkey -aes256 key', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-aes256', '-pass', 'pass:pw', '-out', 'made.pem'],
      'The PEM private key is encrypted: import it unencrypted (openssl pkey -in key.pem), over a protected channel.'],
    ['an ecparam secp224r1 key', ['ecparam', '-name', 'secp224r1', '-genkey', '-out', 'made.pem'],
      "Unsupported curve 'secp224r1': expected P-256, P-384, P-521, P-256K."],
  ] as const)('refuses %s', (_what, args, message) => {
    expect(openssl(...args).status).toBe(0);
    expect(() => importPem(readFileSync(path('made.pem'), 'utf8'))).toThrow(expect.objectContaining({ code: 'BadParameter', message }));
  });

  test('refuses a traditional PEM key openssl encrypted (Proc-Type: 4,ENCRYPTED)', () => {
    expect(openssl('ec', '-in', 'P-256.key.pem', '-aes256', '-passout', 'pass:pw', '-out', 'made.pem').status).toBe(0);
    const pem = readFileSync(path('made.pem'), 'utf8');
    expect(pem).toContain('Proc-Type: 4,ENCRYPTED');
    expect(() => importPem(pem)).toThrow(expect.objectContaining({
      code: 'BadParameter', message: 'The PEM private key is encrypted: import it unencrypted (openssl pkey -in key.pem), over a protected channel.',
    }));
  });
});
