/**
 * Key operations on the wire (keys.json): KeyOperationsParameters `{alg, value, iv, aad, tag}`
 * for encrypt, decrypt, wrapkey and unwrapkey; KeySignParameters `{alg, value}` where value is
 * the digest; KeyVerifyParameters `{alg, digest, value}` where value is the signature;
 * GetRandomBytesRequest `{count}` (1-128). Answers: KeyOperationResult `{kid, value, iv?, tag?,
 * aad?}`, KeyVerifyResult `{value: boolean}`, RandomBytes `{value}`. Binary fields are strict
 * base64url (base64url.ts) with bounds, and a message never quotes them.
 */
import { BadParameterError } from '../core/errors.js';
import type { KeyOperationResult } from '../core/model.js';
import {
  ENCRYPTION_ALGORITHMS, KEY_WRAP_ALGORITHMS, SIGNATURE_ALGORITHMS,
  type EncryptionAlgorithm, type KeyWrapAlgorithm, type SignatureAlgorithm,
} from '../core/crypto/key-types.js';
import { decodeBase64url, encodeBase64url, type ByteBounds } from './base64url.js';
import { optionalInteger, readNullable, readObject, requiredString, type JsonObject } from './body-fields.js';
import { parseObjectId, vaultOrigin } from './ids.js';

/**
 * Bounds on operation inputs. The largest legitimate input is an RSA-4096 ciphertext or
 * signature (512 bytes) or an AES-GCM plaintext, which Coffer bounds at 64 KiB.
 */
export const OPERATION_LIMITS = {
  dataBytes: 64 * 1024,
  /** SHA-512, the longest digest any signature algorithm takes. */
  digestBytes: 64,
  signatureBytes: 1024,
  ivBytes: 16,
  tagBytes: 16,
  aadBytes: 4096,
  randomBytes: 128,
} as const;

type Op = 'encrypt' | 'decrypt' | 'wrapKey' | 'unwrapKey';

function algorithmOf<A extends string>(body: JsonObject, allowed: readonly A[], op: string): A {
  const alg = readNullable(body, 'alg');
  if (alg === undefined || alg === null) throw new BadParameterError(`Missing field 'alg': expected one of ${allowed.join(', ')}.`);
  if (typeof alg !== 'string' || !allowed.includes(alg as A)) {
    throw new BadParameterError(`Invalid field 'alg': ${op} supports ${allowed.join(', ')}.`);
  }
  return alg as A;
}

function bytes(body: JsonObject, field: string, bounds: ByteBounds): Uint8Array {
  const value = readNullable(body, field);
  if (value === undefined || value === null) throw new BadParameterError(`Missing field '${field}': expected a base64url string.`);
  return decodeBase64url(value, field, bounds);
}

function optionalBytes(body: JsonObject, field: string, bounds: ByteBounds): Uint8Array | undefined {
  const value = readNullable(body, field);
  return value === undefined || value === null ? undefined : decodeBase64url(value, field, bounds);
}

const DATA: ByteBounds = { max: OPERATION_LIMITS.dataBytes };

/** POST /keys/{name}/{version}/encrypt. The vault picks an AES-GCM iv itself, so `iv` and `tag` are refused. */
export function parseEncryptParameters(input: unknown): { algorithm: EncryptionAlgorithm; plaintext: Uint8Array; aad: Uint8Array | undefined } {
  const body = readObject(input, 'encrypt request');
  const algorithm = algorithmOf(body, ENCRYPTION_ALGORITHMS, 'encrypt');
  for (const field of ['iv', 'tag']) {
    if ((readNullable(body, field) ?? undefined) !== undefined) {
      throw new BadParameterError(`Invalid field '${field}': the vault chooses the ${field === 'iv' ? 'iv' : 'tag'} of an encryption; leave it out.`);
    }
  }
  return { algorithm, plaintext: bytes(body, 'value', DATA), aad: optionalBytes(body, 'aad', { max: OPERATION_LIMITS.aadBytes }) };
}

/** POST /keys/{name}/{version}/decrypt: `iv` and `tag` for AES-GCM, `aad` if it was used. */
export function parseDecryptParameters(input: unknown): {
  algorithm: EncryptionAlgorithm; ciphertext: Uint8Array; iv: Uint8Array | undefined; aad: Uint8Array | undefined; tag: Uint8Array | undefined;
} {
  const body = readObject(input, 'decrypt request');
  return {
    algorithm: algorithmOf(body, ENCRYPTION_ALGORITHMS, 'decrypt'),
    ciphertext: bytes(body, 'value', DATA),
    iv: optionalBytes(body, 'iv', { min: 1, max: OPERATION_LIMITS.ivBytes }),
    aad: optionalBytes(body, 'aad', { max: OPERATION_LIMITS.aadBytes }),
    tag: optionalBytes(body, 'tag', { min: 1, max: OPERATION_LIMITS.tagBytes }),
  };
}

/** POST …/wrapkey and …/unwrapkey: `{alg, value}`; iv, aad and tag play no part and are ignored. */
export function parseWrapParameters(input: unknown, op: Extract<Op, 'wrapKey' | 'unwrapKey'>): { algorithm: KeyWrapAlgorithm; value: Uint8Array } {
  const body = readObject(input, `${op} request`);
  return { algorithm: algorithmOf(body, KEY_WRAP_ALGORITHMS, op), value: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.dataBytes }) };
}

/** POST …/sign: `value` is the digest (the core checks its length against the algorithm). */
export function parseSignParameters(input: unknown): { algorithm: SignatureAlgorithm; digest: Uint8Array } {
  const body = readObject(input, 'sign request');
  return { algorithm: algorithmOf(body, SIGNATURE_ALGORITHMS, 'sign'), digest: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.digestBytes }) };
}

/** POST …/verify: `digest`, and `value` the signature. */
export function parseVerifyParameters(input: unknown): { algorithm: SignatureAlgorithm; digest: Uint8Array; signature: Uint8Array } {
  const body = readObject(input, 'verify request');
  return {
    algorithm: algorithmOf(body, SIGNATURE_ALGORITHMS, 'verify'),
    digest: bytes(body, 'digest', { min: 1, max: OPERATION_LIMITS.digestBytes }),
    signature: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.signatureBytes }),
  };
}

export interface KeyOperationResultWire {
  readonly kid: string;
  readonly value: string;
  readonly iv?: string;
  readonly tag?: string;
  readonly aad?: string;
}

/**
 * A KeyOperationResult. The domain's keyId is the path `/keys/{name}/{version}`; the wire's
 * kid is absolute. `aad` echoes the request's, as Azure does for AES-GCM encrypt.
 */
export function keyOperationResultWire(origin: string, result: KeyOperationResult, aad?: Uint8Array): KeyOperationResultWire {
  const kid = `${vaultOrigin(origin)}${result.keyId}`;
  parseObjectId(kid, 'keys');
  return {
    kid,
    value: encodeBase64url(result.result),
    ...(result.iv === undefined ? {} : { iv: encodeBase64url(result.iv) }),
    ...(result.tag === undefined ? {} : { tag: encodeBase64url(result.tag) }),
    ...(aad === undefined ? {} : { aad: encodeBase64url(aad) }),
  };
}

export function keyVerifyResultWire(valid: boolean): { readonly value: boolean } {
  return { value: valid };
}

/** POST /rng: `{count}`, a whole number from 1 to 128. */
export function parseRandomBytesRequest(input: unknown): number {
  const body = readObject(input, 'random bytes request');
  const count = optionalInteger(body, 'count', { min: 1, max: OPERATION_LIMITS.randomBytes });
  if (count === undefined) throw new BadParameterError(`Missing field 'count': expected a whole number from 1 to ${OPERATION_LIMITS.randomBytes}.`);
  return count;
}

export function randomBytesWire(bytes: Uint8Array): { readonly value: string } {
  return { value: encodeBase64url(bytes) };
}

/** Reads a KeyOperationResult (the remote client); `algorithm` is the one the request named. */
export function parseKeyOperationResult(input: unknown, algorithm: string): KeyOperationResult {
  const body = readObject(input, 'key operation result');
  const id = parseObjectId(requiredString(body, 'kid'), 'keys');
  if (id.version === undefined) throw new BadParameterError("Invalid field 'kid': expected the id of a key version.");
  const iv = optionalBytes(body, 'iv', { min: 1, max: OPERATION_LIMITS.ivBytes });
  const tag = optionalBytes(body, 'tag', { min: 1, max: OPERATION_LIMITS.tagBytes });
  return {
    keyId: `/keys/${id.name}/${id.version}`, algorithm, result: bytes(body, 'value', DATA),
    ...(iv === undefined ? {} : { iv }), ...(tag === undefined ? {} : { tag }),
  };
}
