/**
 * Key operations with Key Vault's semantics: sign and verify take a DIGEST, never the message,
 * so a pipeline hashes its artifact locally and sends 32-64 bytes. node:crypto signs only
 * messages it hashes itself, so the digest paths are built from lower-level pieces:
 * - RS*: the DigestInfo is prepended by hand and OpenSSL's private operation pads it (PKCS #1 v1.5).
 * - PS*: EMSA-PSS (RFC 8017 §9.1) is encoded here and OpenSSL does the raw, blinded RSA operation.
 * - ES*: @noble/curves signs a given digest (`prehash: false`); node cannot (nodejs/node#60263).
 * Every decryption or unwrap failure has one message, so nothing can serve as a padding oracle.
 * Synchronous on purpose: it runs on a worker thread or inline, never in between.
 */
import {
  constants, createCipheriv, createDecipheriv, privateDecrypt, privateEncrypt,
  publicDecrypt, publicEncrypt, randomBytes, type CipherGCMTypes, type KeyObject,
} from 'node:crypto';
import { BadParameterError, quote } from '../errors.js';
import { constantTimeEqual } from './envelope.js';
import { CURVES, checkKeySpec, keySpecOf, privateKeyObject, publicKeyObject, type CurveInfo } from './key-material.js';
import {
  ENCRYPTION_ALGORITHMS, KEY_WRAP_ALGORITHMS, SIGNATURE_ALGORITHMS,
  type CurveName, type KeyHandle, type KeyRequest, type KeyResult, type KeySpec, type PrivateJwk, type SignatureAlgorithm,
} from './key-types.js';

import { ecdsaOf } from './ecdsa.js';
import { HASH_BYTES, pssEncode, pssVerify, type Hash } from './rsa-pss.js';

export { pssEncode, pssVerify } from './rsa-pss.js';

interface SignatureInfo { readonly family: 'RS' | 'PS' | 'ES'; readonly hash: Hash; readonly curve?: CurveName }
const SIGNATURES: Readonly<Record<SignatureAlgorithm, SignatureInfo>> = {
  RS256: { family: 'RS', hash: 'sha256' }, RS384: { family: 'RS', hash: 'sha384' }, RS512: { family: 'RS', hash: 'sha512' },
  PS256: { family: 'PS', hash: 'sha256' }, PS384: { family: 'PS', hash: 'sha384' }, PS512: { family: 'PS', hash: 'sha512' },
  ES256: { family: 'ES', hash: 'sha256', curve: 'P-256' }, ES384: { family: 'ES', hash: 'sha384', curve: 'P-384' },
  ES512: { family: 'ES', hash: 'sha512', curve: 'P-521' }, ES256K: { family: 'ES', hash: 'sha256', curve: 'P-256K' },
};

/** The DER DigestInfo header that EMSA-PKCS1-v1_5 puts before the digest (RFC 8017 §9.2, note 1). */
const DIGEST_INFO: Readonly<Record<string, Buffer>> = {
  sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
  sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
  sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex'),
};

/** RFC 3394 §2.2.3.1 default initial value; node's id-aesNNN-wrap ciphers take it as the iv. */
const KW_IV = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
const GCM_IV_BYTES = 12;
const GCM_TAG_BYTES = 16;
const MAX_DATA_BYTES = 64 * 1024;

export const DECRYPTION_FAILED = 'Decryption failed: the ciphertext is not valid for this key and algorithm.';
export const UNWRAP_FAILED = 'Unwrap failed: the wrapped key is not valid for this key and algorithm.';

/** The algorithm Key Vault clients pick when none is named: PSS for RSA, the curve's own ES. */
export function defaultSignatureAlgorithm(spec: KeySpec): SignatureAlgorithm {
  if (spec.kty === 'RSA') return 'PS256';
  const found = SIGNATURE_ALGORITHMS.find((name) => SIGNATURES[name].curve === spec.curve);
  if (spec.kty !== 'EC' || found === undefined) throw new BadParameterError(`A ${spec.kty} key cannot sign.`);
  return found;
}

/** The digest length an algorithm signs, in bytes: what a client must hash its message to. */
export function digestLength(algorithm: SignatureAlgorithm): number {
  return HASH_BYTES[signatureInfo(algorithm).hash];
}

type Material =
  | { readonly kty: 'RSA'; readonly bytes: number; readonly publicKey: KeyObject; readonly privateKey: KeyObject | undefined }
  | { readonly kty: 'EC'; readonly curve: CurveInfo; readonly point: Uint8Array; readonly secret: Uint8Array | undefined }
  | { readonly kty: 'oct'; readonly key: Buffer };

/** Kept beside, not inside, a PreparedKey, so that no log or JSON of one can show key bytes. */
const MATERIAL = new WeakMap<PreparedKey, Material>();

/** A key parsed once (KeyObjects, raw bytes) for many operations. RSA and EC may hold public parts only. */
export class PreparedKey {
  readonly spec: KeySpec;

  private constructor(spec: KeySpec, material: Material) {
    this.spec = spec;
    MATERIAL.set(this, material);
  }

  static of(jwk: PrivateJwk): PreparedKey {
    const spec = keySpecOf(jwk);
    checkKeySpec(spec);
    if (jwk.kty === 'oct') return new PreparedKey(spec, { kty: 'oct', key: Buffer.from(jwk.k ?? '', 'base64url') });
    if (jwk.kty === 'RSA') {
      const privateKey = jwk.d === undefined ? undefined : privateKeyObject(jwk);
      return new PreparedKey(spec, { kty: 'RSA', bytes: (spec.size ?? 0) / 8, publicKey: publicKeyObject(jwk), privateKey });
    }
    const curve = CURVES[spec.curve ?? 'P-256'];
    const point = Buffer.concat([Buffer.of(4), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
    const secret = jwk.d === undefined ? undefined : Buffer.from(jwk.d, 'base64url');
    return new PreparedKey(spec, { kty: 'EC', curve, point, secret });
  }

  toJSON(): string {
    return '[PreparedKey]';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `PreparedKey(${this.spec.kty})`;
  }
}

/** A bounded, least-recently-used cache of prepared keys by handle id (the id changes with the material). */
export class PreparedKeyCache {
  readonly #entries = new Map<string, PreparedKey>();
  readonly #max: number;

  constructor(max = 64) {
    this.#max = max;
  }

  get(handle: KeyHandle): PreparedKey {
    const found = this.#entries.get(handle.id) ?? PreparedKey.of(handle.jwk);
    this.#entries.delete(handle.id);
    this.#entries.set(handle.id, found);
    for (const id of this.#entries.keys()) {
      if (this.#entries.size <= this.#max) break;
      this.#entries.delete(id);
    }
    return found;
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** Runs one operation. The caller has checked key_ops, dates and permissions; this checks the request's shape. */
export function performKeyOperation(key: PrivateJwk | PreparedKey, request: KeyRequest): KeyResult {
  const prepared = key instanceof PreparedKey ? key : PreparedKey.of(key);
  checkKeyRequest(prepared.spec, request);
  const material = MATERIAL.get(prepared);
  if (material === undefined) throw new BadParameterError('The key is not a prepared key.');
  switch (request.op) {
    case 'sign': return { op: 'sign', signature: own(sign(material, request.algorithm, request.digest)) };
    case 'verify': return { op: 'verify', valid: verify(material, request.algorithm, request.digest, request.signature) };
    case 'encrypt': return encrypt(material, request);
    case 'decrypt': return { op: 'decrypt', plaintext: own(decrypt(material, request)) };
    case 'wrapKey': return { op: 'wrapKey', wrapped: own(wrap(material, request.algorithm, request.key)) };
    case 'unwrapKey': return { op: 'unwrapKey', key: own(unwrap(material, request.algorithm, request.wrapped)) };
  }
}

/**
 * Refuses a request that cannot fit the key: an algorithm for another key type, curve or size,
 * a digest of the wrong length, a bad GCM iv or tag, an input out of bounds. Cheap and pure, so
 * the Vault can call it before it queues work.
 */
export function checkKeyRequest(spec: KeySpec, request: KeyRequest): void {
  const op: string = request.op;
  switch (request.op) {
    case 'sign':
    case 'verify':
      checkSignature(spec, request.algorithm, request.digest);
      return;
    case 'encrypt':
    case 'decrypt':
      if (!ENCRYPTION_ALGORITHMS.includes(request.algorithm)) throw unsupported('encryption', request.algorithm, ENCRYPTION_ALGORITHMS);
      if (request.algorithm.startsWith('RSA')) checkRsaData(spec, request);
      else checkGcm(spec, request);
      return;
    case 'wrapKey':
    case 'unwrapKey':
      if (!KEY_WRAP_ALGORITHMS.includes(request.algorithm)) throw unsupported('key wrap', request.algorithm, KEY_WRAP_ALGORITHMS);
      if (request.algorithm.startsWith('RSA')) checkRsaData(spec, request);
      else checkKw(spec, request);
      return;
    default: throw new BadParameterError(`Unsupported key operation ${quote(op)}: expected sign, verify, encrypt, decrypt, wrapKey or unwrapKey.`);
  }
}

function checkSignature(spec: KeySpec, algorithm: SignatureAlgorithm, digest: Uint8Array): void {
  const info = signatureInfo(algorithm);
  if (info.family === 'ES' && (spec.kty !== 'EC' || spec.curve !== info.curve)) {
    throw new BadParameterError(`Algorithm ${algorithm} needs a ${info.curve ?? ''} EC key, not ${describe(spec)}.`);
  }
  if (info.family !== 'ES' && spec.kty !== 'RSA') throw new BadParameterError(`Algorithm ${algorithm} needs an RSA key, not ${describe(spec)}.`);
  const expected = HASH_BYTES[info.hash];
  if (digest.length !== expected) {
    throw new BadParameterError(`The digest for ${algorithm} must be ${expected} bytes (${info.hash.toUpperCase()}), got ${digest.length}.`);
  }
}

type DataRequest = Exclude<KeyRequest, { op: 'sign' | 'verify' }>;

function checkRsaData(spec: KeySpec, request: DataRequest): void {
  if (spec.kty !== 'RSA') throw new BadParameterError(`Algorithm ${request.algorithm} needs an RSA key, not ${describe(spec)}.`);
  const gcmParts = request.op === 'encrypt' ? [request.aad] : request.op === 'decrypt' ? [request.iv, request.aad, request.tag] : [];
  if (gcmParts.some((part) => part !== undefined)) {
    throw new BadParameterError(`Algorithm ${request.algorithm} takes no iv, aad or tag: those belong to AES-GCM.`);
  }
  const bytes = (spec.size ?? 0) / 8;
  const input = inputOf(request);
  if (request.op === 'encrypt' || request.op === 'wrapKey') {
    // RFC 8017 §7.1.1 step 1.b: mLen <= k - 2hLen - 2.
    const max = bytes - 2 * HASH_BYTES[oaepHash(request.algorithm)] - 2;
    if (input.length > max) throw new BadParameterError(`${request.algorithm} with a ${spec.size ?? 0}-bit key takes at most ${max} bytes, got ${input.length}.`);
  } else if (input.length !== bytes) {
    throw new BadParameterError(`${request.algorithm} ciphertext for a ${spec.size ?? 0}-bit key must be ${bytes} bytes, got ${input.length}.`);
  }
}

function checkGcm(spec: KeySpec, request: Extract<KeyRequest, { op: 'encrypt' | 'decrypt' }>): void {
  checkAesSize(spec, request.algorithm);
  const input = inputOf(request);
  if (input.length > MAX_DATA_BYTES) throw new BadParameterError(`${request.algorithm} takes at most ${MAX_DATA_BYTES} bytes, got ${input.length}.`);
  if ((request.aad?.length ?? 0) > MAX_DATA_BYTES) throw new BadParameterError(`The aad takes at most ${MAX_DATA_BYTES} bytes.`);
  if (request.op === 'encrypt') return;
  if (request.iv?.length !== GCM_IV_BYTES) throw new BadParameterError(`${request.algorithm} decryption needs the ${GCM_IV_BYTES}-byte iv, got ${request.iv?.length ?? 'none'}.`);
  if (request.tag?.length !== GCM_TAG_BYTES) throw new BadParameterError(`${request.algorithm} decryption needs the ${GCM_TAG_BYTES}-byte tag, got ${request.tag?.length ?? 'none'}.`);
}

function checkKw(spec: KeySpec, request: Extract<KeyRequest, { op: 'wrapKey' | 'unwrapKey' }>): void {
  checkAesSize(spec, request.algorithm);
  const input = inputOf(request);
  // RFC 3394 §2: at least two 64-bit blocks to wrap; the wrapped form adds one block.
  const min = request.op === 'wrapKey' ? 16 : 24;
  if (input.length % 8 !== 0 || input.length < min || input.length > MAX_DATA_BYTES) {
    throw new BadParameterError(`${request.algorithm} ${request.op === 'wrapKey' ? 'wraps a key' : 'unwraps a wrapped key'} of a multiple of 8 bytes from ${min} to ${MAX_DATA_BYTES}, got ${input.length}.`);
  }
}

function checkAesSize(spec: KeySpec, algorithm: string): void {
  const bits = Number(algorithm.slice(1, 4));
  if (spec.kty !== 'oct' || spec.size !== bits) throw new BadParameterError(`Algorithm ${algorithm} needs a ${bits}-bit oct key, not ${describe(spec)}.`);
}

function sign(material: Material, algorithm: SignatureAlgorithm, digest: Uint8Array): Uint8Array {
  const info = SIGNATURES[algorithm];
  if (material.kty === 'EC') {
    if (material.secret === undefined) throw noPrivateKey();
    // secp256k1 signers conventionally emit low-S (BIP 62); on NIST curves plain ECDSA, as OpenSSL does.
    return ecdsaOf(material.curve.name).sign(digest, material.secret, { prehash: false, lowS: info.curve === 'P-256K', format: 'compact' });
  }
  if (material.kty !== 'RSA') throw noPrivateKey();
  const key = material.privateKey;
  if (key === undefined) throw noPrivateKey();
  if (info.family === 'RS') {
    return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([DIGEST_INFO[info.hash] ?? Buffer.alloc(0), digest]));
  }
  const emBits = material.bytes * 8 - 1;
  const em = pssEncode(digest, info.hash, emBits, randomBytes(HASH_BYTES[info.hash]));
  return privateEncrypt({ key, padding: constants.RSA_NO_PADDING }, Buffer.concat([Buffer.alloc(material.bytes - em.length), em]));
}

/** Any malformed signature is simply not valid: verify answers, it never throws for the signature. */
function verify(material: Material, algorithm: SignatureAlgorithm, digest: Uint8Array, signature: Uint8Array): boolean {
  const info = SIGNATURES[algorithm];
  try {
    if (material.kty === 'EC') {
      if (signature.length !== 2 * material.curve.bytes) return false;
      // OpenSSL and most HSMs emit high-S half the time; those signatures are valid ECDSA.
      return ecdsaOf(material.curve.name).verify(signature, digest, material.point, { prehash: false, lowS: false, format: 'compact' });
    }
    if (material.kty !== 'RSA' || signature.length !== material.bytes) return false;
    if (info.family === 'RS') {
      const decoded = publicDecrypt({ key: material.publicKey, padding: constants.RSA_PKCS1_PADDING }, signature);
      return constantTimeEqual(decoded, Buffer.concat([DIGEST_INFO[info.hash] ?? Buffer.alloc(0), digest]));
    }
    const m = publicDecrypt({ key: material.publicKey, padding: constants.RSA_NO_PADDING }, signature);
    const emBits = material.bytes * 8 - 1;
    const emLen = Math.ceil(emBits / 8);
    return m.subarray(0, m.length - emLen).every((byte) => byte === 0) && pssVerify(digest, m.subarray(m.length - emLen), info.hash, emBits);
  } catch {
    return false;
  }
}

function encrypt(material: Material, request: Extract<KeyRequest, { op: 'encrypt' }>): KeyResult {
  if (material.kty === 'RSA') {
    const padding = constants.RSA_PKCS1_OAEP_PADDING;
    return { op: 'encrypt', ciphertext: own(publicEncrypt({ key: material.publicKey, padding, oaepHash: oaepHash(request.algorithm) }, request.plaintext)) };
  }
  if (material.kty !== 'oct') throw new BadParameterError('Encryption needs an RSA or oct key.');
  // Always a fresh random iv: one repeated under a key exposes the key stream (NIST SP 800-38D §8),
  // so no caller chooses it. 2^32 encryptions per key stay within the random-iv bound.
  const iv = randomBytes(GCM_IV_BYTES);
  const cipher = createCipheriv(gcmName(material.key), material.key, iv, { authTagLength: GCM_TAG_BYTES });
  if (request.aad !== undefined) cipher.setAAD(request.aad);
  const ciphertext = Buffer.concat([cipher.update(request.plaintext), cipher.final()]);
  return { op: 'encrypt', ciphertext: own(ciphertext), iv: own(iv), tag: own(cipher.getAuthTag()) };
}

function decrypt(material: Material, request: Extract<KeyRequest, { op: 'decrypt' }>): Buffer {
  try {
    if (material.kty === 'RSA') {
      const key = material.privateKey;
      if (key === undefined) throw noPrivateKey();
      return privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: oaepHash(request.algorithm) }, request.ciphertext);
    }
    if (material.kty !== 'oct') throw noPrivateKey();
    const decipher = createDecipheriv(gcmName(material.key), material.key, request.iv ?? Buffer.alloc(0), { authTagLength: GCM_TAG_BYTES });
    decipher.setAuthTag(request.tag ?? Buffer.alloc(0));
    if (request.aad !== undefined) decipher.setAAD(request.aad);
    return Buffer.concat([decipher.update(request.ciphertext), decipher.final()]);
  } catch (error) {
    if (error instanceof BadParameterError) throw error;
    throw new BadParameterError(DECRYPTION_FAILED);
  }
}

function wrap(material: Material, algorithm: string, key: Uint8Array): Buffer {
  if (material.kty === 'RSA') return publicEncrypt({ key: material.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: oaepHash(algorithm) }, key);
  if (material.kty !== 'oct') throw new BadParameterError('Wrapping needs an RSA or oct key.');
  const cipher = createCipheriv(`id-aes${material.key.length * 8}-wrap`, material.key, KW_IV);
  return Buffer.concat([cipher.update(key), cipher.final()]);
}

function unwrap(material: Material, algorithm: string, wrapped: Uint8Array): Buffer {
  try {
    if (material.kty === 'RSA') {
      const key = material.privateKey;
      if (key === undefined) throw noPrivateKey();
      return privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: oaepHash(algorithm) }, wrapped);
    }
    if (material.kty !== 'oct') throw noPrivateKey();
    const decipher = createDecipheriv(`id-aes${material.key.length * 8}-wrap`, material.key, KW_IV);
    return Buffer.concat([decipher.update(wrapped), decipher.final()]);
  } catch (error) {
    if (error instanceof BadParameterError) throw error;
    throw new BadParameterError(UNWRAP_FAILED);
  }
}

function signatureInfo(algorithm: string): SignatureInfo {
  if (!Object.hasOwn(SIGNATURES, algorithm)) throw unsupported('signature', algorithm, SIGNATURE_ALGORITHMS);
  return SIGNATURES[algorithm as SignatureAlgorithm];
}

function gcmName(key: Buffer): CipherGCMTypes {
  return `aes-${key.length * 8}-gcm` as CipherGCMTypes;
}

function oaepHash(algorithm: string): Hash {
  return algorithm === 'RSA-OAEP-256' ? 'sha256' : 'sha1';
}

function inputOf(request: KeyRequest): Uint8Array {
  switch (request.op) {
    case 'encrypt': return request.plaintext;
    case 'decrypt': return request.ciphertext;
    case 'wrapKey': return request.key;
    case 'unwrapKey': return request.wrapped;
    default: return request.digest;
  }
}

/**
 * A copy in its own ArrayBuffer: small Buffers share node's 8 KiB pool, and posting a view to
 * another thread would copy the whole pool, other keys' bytes included.
 */
function own(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

function describe(spec: KeySpec): string {
  if (spec.kty === 'EC') return `a ${spec.curve ?? ''} EC key`;
  return `a ${spec.size ?? 0}-bit ${spec.kty} key`;
}

function noPrivateKey(): BadParameterError {
  return new BadParameterError('The key holds only public parts: it can verify, encrypt and wrap, not sign, decrypt or unwrap.');
}

function unsupported(kind: string, algorithm: string, expected: readonly string[]): BadParameterError {
  return new BadParameterError(`Unsupported ${kind} algorithm ${quote(algorithm)}: expected ${expected.join(', ')}.`);
}
