import { beforeAll, describe, expect, test } from '@jest/globals';
import { constants, createHash, createPublicKey, generateKeyPairSync, generatePrimeSync, privateDecrypt, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import {
  checkKeySpec, generateKey, importJwk, importPem, keySpecOf, privateKeyObject, publicJwk, publicKeyPem,
} from '../../src/core/crypto/key-material.js';
import {
  DECRYPTION_FAILED, PreparedKey, PreparedKeyCache, UNWRAP_FAILED, checkKeyRequest, defaultSignatureAlgorithm,
  digestLength, performKeyOperation, pssEncode, pssVerify,
} from '../../src/core/crypto/key-ops.js';
import { loadEcdsa } from '../../src/core/crypto/ecdsa.js';
import type { CurveName, KeyRequest, KeyResult, KeySpec, PrivateJwk, SignatureAlgorithm } from '../../src/core/crypto/key-types.js';
import { VaultError } from '../../src/core/errors.js';

/** Every error a test provokes, for the canary check at the end of the file. */
const errors: VaultError[] = [];

function failure(operation: () => unknown): VaultError {
  try {
    operation();
  } catch (error) {
    if (!(error instanceof VaultError)) throw error;
    errors.push(error);
    return error;
  }
  throw new Error('expected the operation to fail with a VaultError');
}

function refusal(operation: () => unknown): { code: string; message: string } {
  const error = failure(operation);
  return { code: error.code, message: error.message };
}

const bad = (message: string): { code: string; message: string } => ({ code: 'BadParameter', message });

function run(jwk: PrivateJwk | PreparedKey, request: KeyRequest): KeyResult {
  return performKeyOperation(jwk, request);
}

function signature(jwk: PrivateJwk, algorithm: SignatureAlgorithm, digest: Uint8Array): Buffer {
  const result = run(jwk, { op: 'sign', algorithm, digest });
  if (result.op !== 'sign') throw new Error('not a sign result');
  return Buffer.from(result.signature);
}

function valid(jwk: PrivateJwk, algorithm: SignatureAlgorithm, digest: Uint8Array, sig: Uint8Array): boolean {
  const result = run(jwk, { op: 'verify', algorithm, digest, signature: sig });
  if (result.op !== 'verify') throw new Error('not a verify result');
  return result.valid;
}

function bytesOf(result: KeyResult): Buffer {
  switch (result.op) {
    case 'encrypt': return Buffer.from(result.ciphertext);
    case 'decrypt': return Buffer.from(result.plaintext);
    case 'wrapKey': return Buffer.from(result.wrapped);
    case 'unwrapKey': return Buffer.from(result.key);
    default: throw new Error(`no bytes in a ${result.op} result`);
  }
}

const flip = (bytes: Uint8Array, index = 0): Buffer => {
  const copy = Buffer.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
};
const hash = (name: string, text = 'the artifact'): Buffer => createHash(name).update(text).digest();
const hex = (text: string): Buffer => Buffer.from(text.replace(/\s/g, ''), 'hex');
const b64u = (bytes: Buffer): string => bytes.toString('base64url');
const nodeKey = (jwk: PrivateJwk): KeyObject => privateKeyObject(jwk);

const CURVE_CASES: readonly [CurveName, SignatureAlgorithm, string, number][] = [
  ['P-256', 'ES256', 'sha256', 32], ['P-384', 'ES384', 'sha384', 48], ['P-521', 'ES512', 'sha512', 66], ['P-256K', 'ES256K', 'sha256', 32],
];
const ORDERS: Readonly<Record<string, bigint>> = {
  'P-256': 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  'P-256K': 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
};

let rsa: PrivateJwk;
let rsaOther: PrivateJwk;
const ec: Partial<Record<CurveName, PrivateJwk>> = {};
const oct: Record<number, PrivateJwk> = {};
const ecKey = (curve: CurveName): PrivateJwk => {
  const key = ec[curve];
  if (key === undefined) throw new Error(`no ${curve} key`);
  return key;
};
const octKey = (bits: number): PrivateJwk => {
  const key = oct[bits];
  if (key === undefined) throw new Error(`no ${bits}-bit key`);
  return key;
};

beforeAll(async () => {
  await loadEcdsa();
  [rsa, rsaOther] = await Promise.all([generateKey({ kty: 'RSA', size: 2048 }), generateKey({ kty: 'RSA', size: 2048 })]);
  for (const [curve] of CURVE_CASES) ec[curve] = await generateKey({ kty: 'EC', curve });
  for (const bits of [128, 192, 256]) oct[bits] = await generateKey({ kty: 'oct', size: bits });
});

describe('generateKey', () => {
  test('makes a 2048-bit RSA key with e = 65537 and exactly the fields of a PrivateJwk', () => {
    expect(Object.keys(rsa)).toEqual(['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']);
    expect(rsa.e).toBe('AQAB');
    expect(keySpecOf(rsa)).toEqual({ kty: 'RSA', size: 2048 });
    expect(nodeKey(rsa).asymmetricKeyDetails).toEqual({ modulusLength: 2048, publicExponent: 65537n });
  });

  test.each(CURVE_CASES)('makes a %s key with full-length x, y and d', (curve, _alg, _hash, bytes) => {
    const key = ecKey(curve);
    expect(Object.keys(key)).toEqual(['kty', 'crv', 'x', 'y', 'd']);
    expect(key.crv).toBe(curve);
    for (const name of ['x', 'y', 'd'] as const) expect(Buffer.from(key[name] ?? '', 'base64url')).toHaveLength(bytes);
    expect(keySpecOf(key)).toEqual({ kty: 'EC', curve });
  });

  test('makes oct keys from the random source it is given', async () => {
    const random = (size: number): Buffer => Buffer.alloc(size, 0xab);
    expect(await generateKey({ kty: 'oct', size: 192 }, random)).toEqual({ kty: 'oct', k: b64u(Buffer.alloc(24, 0xab)) });
    expect(keySpecOf(octKey(256))).toEqual({ kty: 'oct', size: 256 });
    expect(Buffer.from(octKey(128).k ?? '', 'base64url')).toHaveLength(16);
  });

  test.each([
    [{ kty: 'RSA', size: 1024 }, 'Unsupported RSA key size 1024: expected 2048, 3072, 4096 bits.'],
    [{ kty: 'RSA' }, 'Unsupported RSA key size (none): expected 2048, 3072, 4096 bits.'],
    [{ kty: 'RSA', size: 2048, curve: 'P-256' }, 'A RSA key takes a size, not a curve.'],
    [{ kty: 'oct', size: 512 }, 'Unsupported oct key size 512: expected 128, 192, 256 bits.'],
    [{ kty: 'EC', curve: 'P-224' }, "Unsupported curve 'P-224': expected P-256, P-384, P-521, P-256K."],
    [{ kty: 'EC', curve: 'P-256', size: 256 }, 'An EC key takes a curve, not a size.'],
    [{ kty: 'OKP' }, "Unsupported key type 'OKP': expected RSA, EC or oct."],
  ])('refuses %j before any work', async (spec, message) => {
    await expect(generateKey(spec as KeySpec)).rejects.toMatchObject(bad(message));
    expect(refusal(() => { checkKeySpec(spec as KeySpec); })).toEqual(bad(message));
  });
});

describe('sign and verify (the input is a digest)', () => {
  const rsaCases: readonly [SignatureAlgorithm, string][] = [
    ['RS256', 'sha256'], ['RS384', 'sha384'], ['RS512', 'sha512'], ['PS256', 'sha256'], ['PS384', 'sha384'], ['PS512', 'sha512'],
  ];

  test.each(rsaCases)('%s round-trips; a changed digest or signature is invalid, not an error', (algorithm, hashName) => {
    const digest = hash(hashName);
    const sig = signature(rsa, algorithm, digest);
    expect(sig).toHaveLength(256);
    expect(valid(rsa, algorithm, digest, sig)).toBe(true);
    expect(valid(rsa, algorithm, flip(digest), sig)).toBe(false);
    expect(valid(rsa, algorithm, digest, flip(sig, 100))).toBe(false);
    expect(valid(rsa, algorithm, digest, sig.subarray(1))).toBe(false);
    expect(valid(rsa, algorithm, digest, Buffer.alloc(256, 0xff))).toBe(false);
    expect(valid(rsaOther, algorithm, digest, sig)).toBe(false);
  });

  test.each(rsaCases)('%s agrees with node signing the message itself', (algorithm, hashName) => {
    const digest = hash(hashName);
    const key = nodeKey(rsa);
    const pss = { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: digest.length };
    const ours = signature(rsa, algorithm, digest);
    if (algorithm.startsWith('RS')) {
      // PKCS #1 v1.5 is deterministic: the very same bytes.
      expect(ours).toEqual(nodeSign(hashName, Buffer.from('the artifact'), key));
    } else {
      expect(nodeVerify(hashName, Buffer.from('the artifact'), pss, ours)).toBe(true);
      expect(valid(rsa, algorithm, digest, nodeSign(hashName, Buffer.from('the artifact'), pss))).toBe(true);
      expect(signature(rsa, algorithm, digest)).not.toEqual(ours);
    }
  });

  test('PS256 refuses a PSS signature whose salt is not the hash length', () => {
    const digest = hash('sha256');
    const sig = nodeSign('sha256', Buffer.from('the artifact'), { key: nodeKey(rsa), padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 });
    expect(valid(rsa, 'PS256', digest, sig)).toBe(false);
  });

  test('EMSA-PSS encodes as RFC 8017 §9.1.1 lays out, and its verify checks every part', () => {
    const mHash = hash('sha256');
    const salt = Buffer.alloc(32, 0x5a);
    const em = pssEncode(mHash, 'sha256', 2047, salt);
    expect(em).toHaveLength(256);
    expect(em[255]).toBe(0xbc);
    expect((em[0] ?? 0) & 0x80).toBe(0);
    expect(em.subarray(223, 255)).toEqual(createHash('sha256').update(Buffer.alloc(8)).update(mHash).update(salt).digest());
    expect(pssVerify(mHash, em, 'sha256', 2047)).toBe(true);
    expect(pssVerify(mHash, flip(em, 255), 'sha256', 2047)).toBe(false);
    expect(pssVerify(mHash, Buffer.from([...em.subarray(0, 1).map((b) => b | 0x80), ...em.subarray(1)]), 'sha256', 2047)).toBe(false);
    expect(pssVerify(mHash, flip(em, 10), 'sha256', 2047)).toBe(false);
    expect(pssVerify(mHash, flip(em, 230), 'sha256', 2047)).toBe(false);
    expect(pssVerify(flip(mHash), em, 'sha256', 2047)).toBe(false);
  });

  test.each(CURVE_CASES)('%s (%s) round-trips with an r‖s signature of fixed length', (curve, algorithm, hashName, bytes) => {
    const key = ecKey(curve);
    const digest = hash(hashName);
    const sig = signature(key, algorithm, digest);
    expect(sig).toHaveLength(2 * bytes);
    expect(valid(key, algorithm, digest, sig)).toBe(true);
    expect(valid(key, algorithm, flip(digest), sig)).toBe(false);
    expect(valid(key, algorithm, digest, flip(sig, bytes + 3))).toBe(false);
    expect(valid(key, algorithm, digest, sig.subarray(1))).toBe(false);
    expect(valid(key, algorithm, digest, Buffer.alloc(2 * bytes))).toBe(false);
    const nodeEc = nodeKey(key);
    expect(nodeVerify(hashName, Buffer.from('the artifact'), { key: nodeEc, dsaEncoding: 'ieee-p1363' }, sig)).toBe(true);
    expect(valid(key, algorithm, digest, nodeSign(hashName, Buffer.from('the artifact'), { key: nodeEc, dsaEncoding: 'ieee-p1363' }))).toBe(true);
    // A DER signature is not the JWS form: invalid, not an error.
    expect(valid(key, algorithm, digest, nodeSign(hashName, Buffer.from('the artifact'), nodeEc))).toBe(false);
  });

  test('ES256 signs deterministically as RFC 6979 §A.2.5 (P-256, SHA-256, "sample")', () => {
    const key = importJwk({
      kty: 'EC', crv: 'P-256',
      d: b64u(hex('C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721')),
      x: b64u(hex('60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6')),
      y: b64u(hex('7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299')),
    });
    expect(signature(key, 'ES256', hash('sha256', 'sample')).toString('hex').toUpperCase()).toBe(
      'EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716'
      + 'F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8');
  });

  test.each([['P-256', 'ES256'], ['P-256K', 'ES256K']] as const)('%s verify accepts both s and n - s (no low-S rule)', (curve, algorithm) => {
    const key = ecKey(curve);
    const digest = hash('sha256');
    const sig = signature(key, algorithm, digest);
    const order = ORDERS[curve] ?? 0n;
    const s = BigInt(`0x${sig.subarray(32).toString('hex')}`);
    const other = Buffer.concat([sig.subarray(0, 32), hex((order - s).toString(16).padStart(64, '0'))]);
    expect(valid(key, algorithm, digest, other)).toBe(true);
  });

  test('ES256K signs low-S only (s <= n/2), as secp256k1 verifiers expect', () => {
    const key = ecKey('P-256K');
    const half = (ORDERS['P-256K'] ?? 0n) >> 1n;
    for (let i = 0; i < 16; i += 1) {
      const sig = signature(key, 'ES256K', hash('sha256', `artifact ${i}`));
      expect(BigInt(`0x${sig.subarray(32).toString('hex')}`) <= half).toBe(true);
    }
  });

  test.each([
    ['RS256', 'rsa', 20, 'The digest for RS256 must be 32 bytes (SHA256), got 20.'],
    ['PS384', 'rsa', 32, 'The digest for PS384 must be 48 bytes (SHA384), got 32.'],
    ['RS512', 'rsa', 0, 'The digest for RS512 must be 64 bytes (SHA512), got 0.'],
    ['ES256', 'P-256', 33, 'The digest for ES256 must be 32 bytes (SHA256), got 33.'],
    ['ES512', 'P-521', 66, 'The digest for ES512 must be 64 bytes (SHA512), got 66.'],
    ['ES256K', 'P-256K', 64, 'The digest for ES256K must be 32 bytes (SHA256), got 64.'],
    ['ES384', 'P-256', 48, 'Algorithm ES384 needs a P-384 EC key, not a P-256 EC key.'],
    ['ES256', 'P-256K', 32, 'Algorithm ES256 needs a P-256 EC key, not a P-256K EC key.'],
    ['ES256', 'rsa', 32, 'Algorithm ES256 needs a P-256 EC key, not a 2048-bit RSA key.'],
    ['RS256', 'P-256', 32, 'Algorithm RS256 needs an RSA key, not a P-256 EC key.'],
    ['PS256', 'oct', 32, 'Algorithm PS256 needs an RSA key, not a 256-bit oct key.'],
    ['HS256', 'rsa', 32, "Unsupported signature algorithm 'HS256': expected RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, ES256K."],
  ])('%s with a %s key and a %i-byte digest is refused', (algorithm, which, length, message) => {
    const key = which === 'rsa' ? rsa : which === 'oct' ? octKey(256) : ecKey(which as CurveName);
    const request = { op: 'sign', algorithm: algorithm as SignatureAlgorithm, digest: Buffer.alloc(length) } as const;
    expect(refusal(() => run(key, request))).toEqual(bad(message));
    expect(refusal(() => run(key, { ...request, op: 'verify', signature: Buffer.alloc(64) }))).toEqual(bad(message));
    expect(refusal(() => { checkKeyRequest(keySpecOf(key), request); })).toEqual(bad(message));
  });

  test('verify needs only the public parts; sign refuses a public-only key', () => {
    const digest = hash('sha256');
    for (const [key, algorithm] of [[rsa, 'PS256'], [ecKey('P-256'), 'ES256']] as const) {
      const sig = signature(key, algorithm, digest);
      const publicOnly = publicJwk(key) as PrivateJwk;
      expect(valid(publicOnly, algorithm, digest, sig)).toBe(true);
      expect(refusal(() => run(publicOnly, { op: 'sign', algorithm, digest }))).toEqual(
        bad('The key holds only public parts: it can verify, encrypt and wrap, not sign, decrypt or unwrap.'));
    }
  });

  test('picks PS256 for RSA and the curve\'s own ES algorithm by default', () => {
    expect(defaultSignatureAlgorithm({ kty: 'RSA', size: 3072 })).toBe('PS256');
    expect(CURVE_CASES.map(([curve]) => defaultSignatureAlgorithm({ kty: 'EC', curve }))).toEqual(['ES256', 'ES384', 'ES512', 'ES256K']);
    expect(refusal(() => defaultSignatureAlgorithm({ kty: 'oct', size: 256 }))).toEqual(bad('A oct key cannot sign.'));
    expect(['RS256', 'PS384', 'ES512', 'ES256K'].map((alg) => digestLength(alg as SignatureAlgorithm))).toEqual([32, 48, 64, 32]);
  });
});

describe('RSA-OAEP encrypt, decrypt, wrapKey, unwrapKey', () => {
  test.each([['RSA-OAEP', 'sha1', 214], ['RSA-OAEP-256', 'sha256', 190]] as const)('%s round-trips up to %s-bound plaintext and node decrypts it', (algorithm, oaepHash, max) => {
    const plaintext = Buffer.alloc(max, 0x42);
    const ciphertext = bytesOf(run(rsa, { op: 'encrypt', algorithm, plaintext }));
    expect(ciphertext).toHaveLength(256);
    expect(bytesOf(run(rsa, { op: 'decrypt', algorithm, ciphertext }))).toEqual(plaintext);
    expect(privateDecrypt({ key: nodeKey(rsa), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, ciphertext)).toEqual(plaintext);
    const wrapped = bytesOf(run(rsa, { op: 'wrapKey', algorithm, key: plaintext.subarray(0, 32) }));
    expect(bytesOf(run(rsa, { op: 'unwrapKey', algorithm, wrapped }))).toEqual(plaintext.subarray(0, 32));
    expect(refusal(() => run(rsa, { op: 'encrypt', algorithm, plaintext: Buffer.alloc(max + 1) }))).toEqual(
      bad(`${algorithm} with a 2048-bit key takes at most ${max} bytes, got ${max + 1}.`));
  });

  test('every decryption failure has the same message: a changed ciphertext, another key, the other OAEP hash', () => {
    const ciphertext = bytesOf(run(rsa, { op: 'encrypt', algorithm: 'RSA-OAEP-256', plaintext: Buffer.from('value') }));
    expect(refusal(() => run(rsa, { op: 'decrypt', algorithm: 'RSA-OAEP-256', ciphertext: flip(ciphertext, 128) }))).toEqual(bad(DECRYPTION_FAILED));
    expect(refusal(() => run(rsaOther, { op: 'decrypt', algorithm: 'RSA-OAEP-256', ciphertext }))).toEqual(bad(DECRYPTION_FAILED));
    expect(refusal(() => run(rsa, { op: 'decrypt', algorithm: 'RSA-OAEP', ciphertext }))).toEqual(bad(DECRYPTION_FAILED));
    expect(refusal(() => run(rsa, { op: 'decrypt', algorithm: 'RSA-OAEP', ciphertext: Buffer.alloc(256, 0xff) }))).toEqual(bad(DECRYPTION_FAILED));
    expect(refusal(() => run(rsa, { op: 'unwrapKey', algorithm: 'RSA-OAEP-256', wrapped: flip(ciphertext, 3) }))).toEqual(bad(UNWRAP_FAILED));
  });

  test.each([
    ['RSA-OAEP ciphertext for a 2048-bit key must be 256 bytes, got 255.', { op: 'decrypt', algorithm: 'RSA-OAEP', ciphertext: Buffer.alloc(255) }],
    ['RSA-OAEP-256 ciphertext for a 2048-bit key must be 256 bytes, got 512.', { op: 'unwrapKey', algorithm: 'RSA-OAEP-256', wrapped: Buffer.alloc(512) }],
    ['Algorithm RSA-OAEP takes no iv, aad or tag: those belong to AES-GCM.', { op: 'encrypt', algorithm: 'RSA-OAEP', plaintext: Buffer.alloc(8), aad: Buffer.alloc(12) }],
    ['Algorithm RSA-OAEP takes no iv, aad or tag: those belong to AES-GCM.', { op: 'decrypt', algorithm: 'RSA-OAEP', ciphertext: Buffer.alloc(256), tag: Buffer.alloc(16) }],
    ["Unsupported encryption algorithm 'A128CBC': expected RSA-OAEP, RSA-OAEP-256, A128GCM, A192GCM, A256GCM.", { op: 'encrypt', algorithm: 'A128CBC', plaintext: Buffer.alloc(8) }],
    ["Unsupported key wrap algorithm 'RSA1_5': expected RSA-OAEP, RSA-OAEP-256, A128KW, A192KW, A256KW.", { op: 'wrapKey', algorithm: 'RSA1_5', key: Buffer.alloc(16) }],
    ["Unsupported key operation 'derive': expected sign, verify, encrypt, decrypt, wrapKey or unwrapKey.", { op: 'derive', algorithm: 'ECDH-ES' }],
  ])('refuses: %s', (message, request) => {
    expect(refusal(() => run(rsa, request as unknown as KeyRequest))).toEqual(bad(message));
  });

  test('RSA-OAEP needs an RSA key', () => {
    expect(refusal(() => run(ecKey('P-256'), { op: 'encrypt', algorithm: 'RSA-OAEP', plaintext: Buffer.alloc(8) }))).toEqual(
      bad('Algorithm RSA-OAEP needs an RSA key, not a P-256 EC key.'));
    expect(refusal(() => run(octKey(256), { op: 'wrapKey', algorithm: 'RSA-OAEP-256', key: Buffer.alloc(16) }))).toEqual(
      bad('Algorithm RSA-OAEP-256 needs an RSA key, not a 256-bit oct key.'));
  });

  test('encrypt and wrapKey need only the public parts; decrypt refuses a public-only key', () => {
    const publicOnly = publicJwk(rsa) as PrivateJwk;
    const ciphertext = bytesOf(run(publicOnly, { op: 'encrypt', algorithm: 'RSA-OAEP', plaintext: Buffer.from('value') }));
    expect(bytesOf(run(rsa, { op: 'decrypt', algorithm: 'RSA-OAEP', ciphertext }))).toEqual(Buffer.from('value'));
    expect(refusal(() => run(publicOnly, { op: 'decrypt', algorithm: 'RSA-OAEP', ciphertext }))).toEqual(
      bad('The key holds only public parts: it can verify, encrypt and wrap, not sign, decrypt or unwrap.'));
  });
});

describe('AES-GCM', () => {
  test('A128GCM matches the GCM spec test case 2 (zero key, zero iv, one zero block)', () => {
    // The vault picks encryption ivs itself, so the known answer is checked in the decrypt direction.
    const key: PrivateJwk = { kty: 'oct', k: b64u(Buffer.alloc(16)) };
    const result = run(key, {
      op: 'decrypt', algorithm: 'A128GCM', ciphertext: hex('0388dace60b6a392f328c2b971b2fe78'),
      iv: Buffer.alloc(12), tag: hex('ab6e47d42cec13bdf53a67b21257bddf'),
    });
    expect(result).toEqual({ op: 'decrypt', plaintext: new Uint8Array(16) });
  });

  test('encrypt ignores an iv smuggled into the request: the vault always picks it', () => {
    const key = octKey(256);
    const zero = new Uint8Array(12);
    const result = run(key, { op: 'encrypt', algorithm: 'A256GCM', plaintext: Buffer.alloc(16), iv: zero } as unknown as KeyRequest);
    if (result.op !== 'encrypt' || result.iv === undefined) throw new Error('no iv');
    expect(Buffer.from(result.iv).equals(Buffer.from(zero))).toBe(false);
  });

  test.each([['A128GCM', 128], ['A192GCM', 192], ['A256GCM', 256]] as const)('%s round-trips with aad and a fresh random iv each time', (algorithm, bits) => {
    const key = octKey(bits);
    const plaintext = Buffer.from('the value');
    const aad = Buffer.from('context');
    const first = run(key, { op: 'encrypt', algorithm, plaintext, aad });
    const second = run(key, { op: 'encrypt', algorithm, plaintext, aad });
    if (first.op !== 'encrypt' || second.op !== 'encrypt' || first.iv === undefined || first.tag === undefined) throw new Error('no iv or tag');
    expect(first.iv).toHaveLength(12);
    expect(first.tag).toHaveLength(16);
    expect(Buffer.from(first.iv)).not.toEqual(Buffer.from(second.iv ?? []));
    const { ciphertext, iv, tag } = first;
    expect(bytesOf(run(key, { op: 'decrypt', algorithm, ciphertext, iv, tag, aad }))).toEqual(plaintext);
    for (const tampered of [
      { ciphertext: flip(ciphertext), iv, tag, aad }, { ciphertext, iv: flip(iv), tag, aad },
      { ciphertext, iv, tag: flip(tag, 15), aad }, { ciphertext, iv, tag, aad: flip(aad) }, { ciphertext, iv, tag },
    ]) {
      expect(refusal(() => run(key, { op: 'decrypt', algorithm, ...tampered }))).toEqual(bad(DECRYPTION_FAILED));
    }
  });

  test.each([
    ['A256GCM decryption needs the 16-byte tag, got none.', { op: 'decrypt', algorithm: 'A256GCM', ciphertext: Buffer.alloc(4), iv: Buffer.alloc(12) }],
    ['A256GCM decryption needs the 16-byte tag, got 12.', { op: 'decrypt', algorithm: 'A256GCM', ciphertext: Buffer.alloc(4), iv: Buffer.alloc(12), tag: Buffer.alloc(12) }],
    ['A256GCM decryption needs the 12-byte iv, got none.', { op: 'decrypt', algorithm: 'A256GCM', ciphertext: Buffer.alloc(4), tag: Buffer.alloc(16) }],
    ['A256GCM takes at most 65536 bytes, got 65537.', { op: 'encrypt', algorithm: 'A256GCM', plaintext: Buffer.alloc(65_537) }],
    ['The aad takes at most 65536 bytes.', { op: 'encrypt', algorithm: 'A256GCM', plaintext: Buffer.alloc(1), aad: Buffer.alloc(65_537) }],
    ['Algorithm A128GCM needs a 128-bit oct key, not a 256-bit oct key.', { op: 'encrypt', algorithm: 'A128GCM', plaintext: Buffer.alloc(4) }],
  ])('refuses: %s', (message, request) => {
    expect(refusal(() => run(octKey(256), request as KeyRequest))).toEqual(bad(message));
  });

  test('A256GCM needs an oct key', () => {
    expect(refusal(() => run(rsa, { op: 'encrypt', algorithm: 'A256GCM', plaintext: Buffer.alloc(4) }))).toEqual(
      bad('Algorithm A256GCM needs a 256-bit oct key, not a 2048-bit RSA key.'));
  });
});

describe('AES key wrap (RFC 3394)', () => {
  const kek = (hexKey: string): PrivateJwk => ({ kty: 'oct', k: b64u(hex(hexKey)) });

  test.each([
    ['A128KW', '000102030405060708090A0B0C0D0E0F', '00112233445566778899AABBCCDDEEFF', '1FA68B0A8112B447 AEF34BD8FB5A7B82 9D3E862371D2CFE5'],
    ['A192KW', '000102030405060708090A0B0C0D0E0F1011121314151617', '00112233445566778899AABBCCDDEEFF', '96778B25AE6CA435 F92B5B97C050AED2 468AB8A17AD84E5D'],
    ['A256KW', '000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F', '00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F',
      '28C9F404C4B810F4 CBCCB35CFB87F826 3F5786E2D80ED326 CBC7F0E71A99F43B FB988B9B7A02DD21'],
  ] as const)('%s matches the RFC 3394 §4 test vector and unwraps it', (algorithm, kekHex, dataHex, wrappedHex) => {
    const wrapped = bytesOf(run(kek(kekHex), { op: 'wrapKey', algorithm, key: hex(dataHex) }));
    expect(wrapped.toString('hex').toUpperCase()).toBe(wrappedHex.replace(/ /g, ''));
    expect(bytesOf(run(kek(kekHex), { op: 'unwrapKey', algorithm, wrapped }))).toEqual(hex(dataHex));
    expect(refusal(() => run(kek(kekHex), { op: 'unwrapKey', algorithm, wrapped: flip(wrapped, 20) }))).toEqual(bad(UNWRAP_FAILED));
  });

  test.each([
    ['A256KW wraps a key of a multiple of 8 bytes from 16 to 65536, got 15.', { op: 'wrapKey', algorithm: 'A256KW', key: Buffer.alloc(15) }],
    ['A256KW wraps a key of a multiple of 8 bytes from 16 to 65536, got 8.', { op: 'wrapKey', algorithm: 'A256KW', key: Buffer.alloc(8) }],
    ['A256KW unwraps a wrapped key of a multiple of 8 bytes from 24 to 65536, got 16.', { op: 'unwrapKey', algorithm: 'A256KW', wrapped: Buffer.alloc(16) }],
    ['A256KW unwraps a wrapped key of a multiple of 8 bytes from 24 to 65536, got 25.', { op: 'unwrapKey', algorithm: 'A256KW', wrapped: Buffer.alloc(25) }],
    ['Algorithm A192KW needs a 192-bit oct key, not a 256-bit oct key.', { op: 'wrapKey', algorithm: 'A192KW', key: Buffer.alloc(16) }],
  ])('refuses: %s', (message, request) => {
    expect(refusal(() => run(octKey(256), request as KeyRequest))).toEqual(bad(message));
  });
});

describe('importJwk', () => {
  test('returns exactly the fields of a PrivateJwk, dropping kid, key_ops, alg and ext, and mapping -HSM types', () => {
    const extras = { kid: 'https://vault/keys/k/1', key_ops: ['sign'], alg: 'PS256', ext: true, x5c: ['AAAA'] };
    expect(importJwk({ ...rsa, ...extras })).toEqual(rsa);
    expect(importJwk({ ...rsa, kty: 'RSA-HSM' })).toEqual(rsa);
    expect(importJwk({ ...ecKey('P-384'), kty: 'EC-HSM', ...extras })).toEqual(ecKey('P-384'));
    expect(importJwk({ ...octKey(192), kty: 'oct-HSM', ...extras })).toEqual(octKey(192));
    expect(importJwk({ ...ecKey('P-256K'), crv: 'secp256k1' })).toEqual(ecKey('P-256K'));
  });

  test('takes a modulus with a leading zero octet and returns the minimal form', () => {
    const padded = b64u(Buffer.concat([Buffer.alloc(1), Buffer.from(rsa.n ?? '', 'base64url')]));
    expect(importJwk({ ...rsa, n: padded })).toEqual(rsa);
  });

  test('refuses a key whose p is not prime, though n = pq and the exponents fit p - 1 and q - 1', () => {
    const modInverse = (a: bigint, m: bigint): bigint => {
      let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
      while (r1 !== 0n) {
        const quotient = r0 / r1;
        [r0, r1, s0, s1] = [r1, r0 - quotient * r1, s1, s0 - quotient * s1];
      }
      return ((s0 % m) + m) % m;
    };
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
    const e = 65537n;
    let n = 0n;
    let p = 0n;
    let q = 0n;
    while (n.toString(2).length !== 2048 || gcd(e, p - 1n) !== 1n || gcd(e, q - 1n) !== 1n) {
      p = generatePrimeSync(512, { bigint: true }) * generatePrimeSync(512, { bigint: true });
      q = generatePrimeSync(1024, { bigint: true });
      n = p * q;
    }
    const lcm = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
    const d = modInverse(e, lcm);
    const b64 = (value: bigint): string => b64u(hex(value.toString(16).padStart(Math.ceil(value.toString(16).length / 2) * 2, '0')));
    const forged = { kty: 'RSA', n: b64(n), e: b64(e), d: b64(d), p: b64(p), q: b64(q), dp: b64(d % (p - 1n)), dq: b64(d % (q - 1n)), qi: b64(modInverse(q, p)) };
    expect(refusal(() => importJwk(forged))).toEqual(bad('The RSA private key does not match its public key (n, e): its private parts are inconsistent.'));
  });

  test('refuses a 1024-bit RSA key as weak', () => {
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' });
    expect(refusal(() => importJwk(weak))).toEqual(bad('The RSA key is 1024 bits, too weak: expected 2048, 3072, 4096 bits.'));
  });

  test.each([
    ['a public RSA key', () => publicJwk(rsa), 'The RSA key holds no private key (d).'],
    ['a public EC key', () => publicJwk(ecKey('P-256')), 'The EC key holds no private key (d).'],
    ['an oct key without k', () => ({ kty: 'oct' }), 'The oct key holds no private key (k).'],
    ['an RSA key without CRT parts', () => ({ kty: 'RSA', n: rsa.n, e: rsa.e, d: rsa.d }), 'The RSA private key lacks its CRT parameters (p, q, dp, dq, qi): export it with all its private parts.'],
    ['another key\'s d', () => ({ ...rsa, d: rsaOther.d }), 'The RSA private key does not match its public key (n, e): its private parts are inconsistent.'],
    ['another key\'s p and q', () => ({ ...rsa, p: rsaOther.p, q: rsaOther.q }), 'The RSA private key does not match its public key (n, e): its private parts are inconsistent.'],
    ['a changed qi', () => ({ ...rsa, qi: rsaOther.qi }), 'The RSA private key does not match its public key (n, e): its private parts are inconsistent.'],
    ['e = 1', () => ({ ...rsa, e: 'AQ' }), 'Unsupported RSA public exponent: expected an odd value from 65537 to 2^32 - 1 (FIPS 186-5; usually 65537).'],
    ['an even e', () => ({ ...rsa, e: 'AQAA' }), 'Unsupported RSA public exponent: expected an odd value from 65537 to 2^32 - 1 (FIPS 186-5; usually 65537).'],
    ['a multi-prime key', () => ({ ...rsa, oth: [] }), 'Multi-prime RSA keys (oth) are not supported.'],
    ['padding in n', () => ({ ...rsa, n: `${rsa.n ?? ''}==` }), "The RSA key field 'n' is not base64url without padding (at most 2048 characters)."],
    ['base64 (not url) in d', () => ({ ...rsa, d: `+/${(rsa.d ?? '').slice(2)}` }), "The RSA key field 'd' is not base64url without padding (at most 2048 characters)."],
    ['stray trailing bits in k', () => ({ kty: 'oct', k: `${'A'.repeat(21)}B` }), "The oct key field 'k' is not base64url without padding (at most 2048 characters)."],
    ['a number for n', () => ({ ...rsa, n: 12345 }), "The RSA key field 'n' is not base64url without padding (at most 2048 characters)."],
    ['a 2049-character field', () => ({ ...rsa, dp: 'A'.repeat(2049) }), "The RSA key field 'dp' is not base64url without padding (at most 2048 characters)."],
    ['an unknown kty', () => ({ ...ecKey('P-256'), kty: 'OKP' }), "Unsupported key type 'OKP': expected RSA, EC or oct."],
    ['no kty', () => ({ k: 'AAAA' }), "Unsupported key type 'undefined': expected RSA, EC or oct."],
    ['an unknown curve', () => ({ ...ecKey('P-256'), crv: 'P-192' }), "Unsupported curve 'P-192': expected P-256, P-384, P-521, P-256K."],
    ['an off-curve point', () => ({ ...ecKey('P-256'), y: b64u(flip(Buffer.from(ecKey('P-256').y ?? '', 'base64url'), 31)) }), 'The EC public key (x, y) is not a point on P-256.'],
    ['another key\'s d', () => ({ ...ecKey('P-256'), d: ecKey('P-256K').d }), 'The EC private key d does not belong to the public key (x, y).'],
    ['d = 0', () => ({ ...ecKey('P-256'), d: b64u(Buffer.alloc(32)) }), 'The EC private key d is out of range for P-256.'],
    ['a short x', () => ({ ...ecKey('P-521'), x: b64u(Buffer.from(ecKey('P-521').x ?? '', 'base64url').subarray(1)) }), "The EC key field 'x' must be 66 bytes for P-521, got 65."],
    ['a 20-byte oct key', () => ({ kty: 'oct', k: b64u(Buffer.alloc(20)) }), 'Unsupported oct key length 160 bits: expected 128, 192, 256 bits.'],
    ['null', () => null, 'A JWK must be a JSON object.'],
    ['an array', () => [rsa], 'A JWK must be a JSON object.'],
    ['a string', () => JSON.stringify(rsa), 'A JWK must be a JSON object.'],
    ['more than 64 KiB', () => ({ ...rsa, x5c: ['A'.repeat(70_000)] }), 'A JWK must be at most 65536 characters of JSON.'],
  ])('refuses %s', (_what, input, message) => {
    expect(refusal(() => importJwk(input()))).toEqual(bad(message));
  });
});

describe('importPem', () => {
  const pemOf = (jwk: PrivateJwk, type: 'pkcs8' | 'pkcs1' | 'sec1'): string => nodeKey(jwk).export({ type, format: 'pem' }).toString();

  test.each([['pkcs8', 'rsa'], ['pkcs1', 'rsa'], ['pkcs8', 'P-384'], ['sec1', 'P-256'], ['sec1', 'P-256K'], ['pkcs8', 'P-521']] as const)('takes a %s %s key', (type, which) => {
    const key = which === 'rsa' ? rsa : ecKey(which);
    expect(importPem(pemOf(key, type))).toEqual(key);
  });

  test('takes a SEC1 key after an EC PARAMETERS block, as openssl ecparam -genkey writes it', () => {
    const pem = `-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n${pemOf(ecKey('P-256'), 'sec1')}`;
    expect(importPem(pem)).toEqual(ecKey('P-256'));
  });

  test.each([
    ['an encrypted PKCS#8 key', () => nodeKey(rsa).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString(),
      'The PEM private key is encrypted: import it unencrypted (openssl pkey -in key.pem), over a protected channel.'],
    ['an encrypted PKCS#1 key', () => nodeKey(rsa).export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString(),
      'The PEM private key is encrypted: import it unencrypted (openssl pkey -in key.pem), over a protected channel.'],
    ['a public key', () => publicKeyPem(rsa), 'The PEM key holds no private key: a public key or certificate cannot be imported as a key.'],
    ['an Ed25519 key', () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), "Unsupported key type 'ed25519': expected RSA or EC."],
    ['a P-224 key', () => generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      "Unsupported curve 'secp224r1': expected P-256, P-384, P-521, P-256K."],
    ['a 1024-bit key', () => generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      'The RSA key is 1024 bits, too weak: expected 2048, 3072, 4096 bits.'],
    ['a damaged key', () => pemOf(rsa, 'pkcs8').replace(/\n[A-Za-z0-9+/]{10}/, '\nAAAAAAAAAA'), 'The PEM private key could not be parsed: it is damaged or not a key.'],
    ['two keys', () => pemOf(rsa, 'pkcs8') + pemOf(ecKey('P-256'), 'sec1'), 'The PEM text holds more than one private key: import one at a time.'],
    ['no PEM at all', () => rsa.d ?? '', "Not a PEM private key: expected a 'PRIVATE KEY', 'RSA PRIVATE KEY' or 'EC PRIVATE KEY' block."],
    ['a DSA block', () => '-----BEGIN DSA PRIVATE KEY-----\nAAAA\n-----END DSA PRIVATE KEY-----\n',
      "Not a PEM private key: expected a 'PRIVATE KEY', 'RSA PRIVATE KEY' or 'EC PRIVATE KEY' block, found 'DSA PRIVATE KEY'."],
    ['more than 64 KiB', () => `${pemOf(rsa, 'pkcs8')}${' '.repeat(65_536)}`, 'A PEM key must be a string of at most 65536 characters.'],
  ])('refuses %s', (_what, pem, message) => {
    expect(refusal(() => importPem(pem()))).toEqual(bad(message));
  });
});

describe('public parts and specs', () => {
  test('publicJwk keeps n and e, or crv, x and y, and nothing of an oct key', () => {
    expect(publicJwk(rsa)).toEqual({ kty: 'RSA', n: rsa.n, e: rsa.e });
    expect(publicJwk(ecKey('P-521'))).toEqual({ kty: 'EC', crv: 'P-521', x: ecKey('P-521').x, y: ecKey('P-521').y });
    expect(publicJwk(octKey(128))).toEqual({ kty: 'oct' });
  });

  test('publicKeyPem is the SPKI of the key; an oct key has none', () => {
    for (const key of [rsa, ecKey('P-256K'), ecKey('P-384')]) {
      const pem = publicKeyPem(key);
      expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);
      expect(pem).toBe(createPublicKey(nodeKey(key)).export({ type: 'spki', format: 'pem' }));
    }
    expect(refusal(() => publicKeyPem(octKey(256)))).toEqual(bad('An oct (symmetric) key has no public key.'));
  });

  test('a 3072-bit key is 3072 bits', async () => {
    const key = await generateKey({ kty: 'RSA', size: 3072 });
    expect(keySpecOf(key)).toEqual({ kty: 'RSA', size: 3072 });
    const digest = hash('sha384');
    const sig = signature(key, 'PS384', digest);
    expect(sig).toHaveLength(384);
    expect(valid(key, 'PS384', digest, sig)).toBe(true);
    expect(refusal(() => run(key, { op: 'encrypt', algorithm: 'RSA-OAEP-256', plaintext: Buffer.alloc(319) }))).toEqual(
      bad('RSA-OAEP-256 with a 3072-bit key takes at most 318 bytes, got 319.'));
  });
});

describe('PreparedKey and its cache', () => {
  test('a prepared key does the same work and shows no key bytes in JSON or inspect', () => {
    const prepared = PreparedKey.of(rsa);
    const digest = hash('sha256');
    expect(run(prepared, { op: 'sign', algorithm: 'RS256', digest })).toEqual({ op: 'sign', signature: new Uint8Array(signature(rsa, 'RS256', digest)) });
    expect(JSON.stringify({ prepared })).toBe('{"prepared":"[PreparedKey]"}');
    expect(inspect(prepared)).toBe('PreparedKey(RSA)');
    expect(prepared.spec).toEqual({ kty: 'RSA', size: 2048 });
  });

  test('the cache keeps one prepared key per id and evicts the least recently used', () => {
    const cache = new PreparedKeyCache(2);
    const a = cache.get({ id: 'a', jwk: octKey(128) });
    expect(cache.get({ id: 'a', jwk: octKey(128) })).toBe(a);
    const b = cache.get({ id: 'b', jwk: octKey(192) });
    cache.get({ id: 'a', jwk: octKey(128) });
    cache.get({ id: 'c', jwk: octKey(256) });
    expect(cache.size).toBe(2);
    expect(cache.get({ id: 'a', jwk: octKey(128) })).toBe(a);
    expect(cache.get({ id: 'b', jwk: octKey(192) })).not.toBe(b);
  });

  test('results are copies in their own buffers, never views of a shared pool', () => {
    const result = run(octKey(256), { op: 'encrypt', algorithm: 'A256GCM', plaintext: Buffer.from('value') });
    if (result.op !== 'encrypt') throw new Error('not an encrypt result');
    expect(result.ciphertext.buffer.byteLength).toBe(5);
    expect(result.tag?.buffer.byteLength).toBe(16);
  });
});

describe('canary: no error shows any private key bytes', () => {
  /** Every 12-character window of the value in base64url, base64 (3 alignments) and hex: a quoted prefix would show too. */
  function windows(value: string): string[] {
    const bytes = Buffer.from(value, 'base64url');
    const forms = [value, bytes.toString('hex'), bytes.toString('hex').toUpperCase()];
    for (let align = 0; align < 3; align += 1) forms.push(Buffer.concat([Buffer.alloc(align), bytes]).toString('base64').slice(4, -4));
    return forms.flatMap((form) => Array.from({ length: Math.max(0, form.length - 11) }, (_, i) => form.slice(i, i + 12)));
  }

  test('every error of this file, as message, JSON and inspect, holds none of d, p, q, dp, dq, qi, k', () => {
    const secrets = [rsa, rsaOther, ...Object.values(ec), ...Object.values(oct)]
      .flatMap((key) => (['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'] as const).map((name) => key[name]))
      .filter((value): value is string => value !== undefined);
    // The canary must be able to fail: these errors were provoked with the keys above.
    expect(errors.length).toBeGreaterThan(100);
    const text = errors.map((error) => [error.message, JSON.stringify(error), inspect(error), String(error.cause)].join('\n')).join('\n');
    const seen = new Set(Array.from({ length: text.length - 11 }, (_, i) => text.slice(i, i + 12)));
    const leaks = secrets.flatMap(windows).filter((window) => seen.has(window));
    expect(leaks).toEqual([]);
    expect(errors.filter((error) => error.cause !== undefined)).toEqual([]);
    // And the check itself finds a leak: a message quoting the first 20 characters of d.
    const planted = `Bad value '${(rsa.d ?? '').slice(0, 20)}…'`;
    expect(windows(rsa.d ?? '').some((window) => planted.includes(window))).toBe(true);
  });
});
