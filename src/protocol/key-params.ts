/**
 * The bodies of key requests (keys.json): KeyCreateParameters (POST /keys/{name}/create),
 * KeyImportParameters (PUT /keys/{name}), KeyUpdateParameters (PATCH /keys/{name}/{version})
 * and the rotation policy (PUT /keys/{name}/rotationpolicy, validated by core/key-rotation.ts).
 * Each becomes the arguments of the matching Vault method; nothing reaches the core unchecked.
 * `release_policy` is ignored: Coffer's export is its own (`coffer key export`), not Azure's
 * attested release.
 */
import { BadParameterError } from '../core/errors.js';
import type { CreateKeyOptions, KeyRotationPolicy, UpdateKeyOptions } from '../core/model.js';
import { checkKeySpec } from '../core/crypto/key-material.js';
import { KEY_OPERATIONS, type KeyOperationName, type KeySpec, type KeyType } from '../core/crypto/key-types.js';
import { validateKeyOperations } from '../core/keys.js';
import { parseRotationPolicy, rotationPolicyWire } from '../core/key-rotation.js';
import type { KeyMaterial } from '../core/vault.js';
import { parseAttributeInput } from './attributes-wire.js';
import { optionalArray, optionalBoolean, optionalInteger, readNullable, readObject, type JsonObject } from './body-fields.js';
import { parseCurve, parseKeyType } from './keys-wire.js';
import { objectId } from './ids.js';
import { parseTags } from './tags-wire.js';

/** Azure's defaults when a create request names no size or curve. */
const DEFAULT_RSA_BITS = 2048;
const DEFAULT_OCT_BITS = 256;
const DEFAULT_CURVE = 'P-256';
/** The only RSA public exponent Coffer makes (node's default; the one every SDK sends). */
export const RSA_PUBLIC_EXPONENT = 65537;

function createOptions(body: JsonObject, keyOperations: readonly KeyOperationName[] | undefined): CreateKeyOptions {
  const { enabled, notBefore, expiresOn, exportable } = parseAttributeInput(body, false);
  const tags = parseTags(body);
  return {
    ...(keyOperations === undefined ? {} : { keyOperations }),
    ...(exportable === undefined ? {} : { exportable }),
    ...(enabled === undefined ? {} : { enabled }),
    ...(notBefore instanceof Date ? { notBefore } : {}),
    ...(expiresOn instanceof Date ? { expiresOn } : {}),
    ...(tags === undefined ? {} : { tags }),
  };
}

function keyOps(body: JsonObject, kty: KeyType, path = ''): readonly KeyOperationName[] | undefined {
  const ops = optionalArray(body, 'key_ops', path);
  return ops === undefined ? undefined : validateKeyOperations(ops, kty);
}

function specOf(body: JsonObject, kty: KeyType): KeySpec {
  const size = optionalInteger(body, 'key_size', { min: 1, max: 16384 });
  const crv = readNullable(body, 'crv') ?? undefined;
  if (kty === 'EC') {
    if (size !== undefined) throw new BadParameterError("Invalid field 'key_size': an EC key takes a curve (crv), not a size.");
    return { kty, curve: crv === undefined ? DEFAULT_CURVE : parseCurve(crv) };
  }
  if (crv !== undefined) throw new BadParameterError(`Invalid field 'crv': an ${kty} key takes a size (key_size), not a curve.`);
  return { kty, size: size ?? (kty === 'RSA' ? DEFAULT_RSA_BITS : DEFAULT_OCT_BITS) };
}

/** KeyCreateParameters → the spec of the new key and its options. */
export function parseKeyCreateParameters(input: unknown): { spec: KeySpec; options: CreateKeyOptions } {
  const body = readObject(input, 'key create request');
  const kty = parseKeyType(readNullable(body, 'kty') ?? undefined);
  const spec = specOf(body, kty);
  checkKeySpec(spec);
  const exponent = optionalInteger(body, 'public_exponent', { min: 0, max: Number.MAX_SAFE_INTEGER });
  if (exponent !== undefined && (kty !== 'RSA' || exponent !== RSA_PUBLIC_EXPONENT)) {
    throw new BadParameterError(`Invalid field 'public_exponent': only ${RSA_PUBLIC_EXPONENT} is supported, for RSA keys.`);
  }
  return { spec, options: createOptions(body, keyOps(body, kty)) };
}

/**
 * KeyImportParameters → material and options. The JWK goes to the core whole (importJwk checks
 * and bounds it); its `key_ops`, if any, become the key's permitted operations, as in Azure.
 * `Hsm` (the spec's spelling; `hsm` accepted too) must be a boolean and changes nothing.
 */
export function parseKeyImportParameters(input: unknown): { material: KeyMaterial; options: CreateKeyOptions } {
  const body = readObject(input, 'key import request');
  const raw = readNullable(body, 'key');
  if (raw === undefined || raw === null) throw new BadParameterError("Missing field 'key': expected a JSON Web Key.");
  const jwk = readObject(raw, "field 'key'");
  optionalBoolean(body, Object.hasOwn(body, 'Hsm') ? 'Hsm' : 'hsm');
  const kty = parseKeyType(readNullable(jwk, 'kty') ?? undefined, 'key.kty');
  return { material: { jwk }, options: createOptions(body, keyOps(jwk, kty, 'key')) };
}

/**
 * KeyUpdateParameters → UpdateKeyOptions. `key_ops` is checked for known operations here and
 * against the key's type by the core, which knows the type.
 */
export function parseKeyUpdateParameters(input: unknown): UpdateKeyOptions {
  const body = readObject(input, 'key update request');
  const ops = optionalArray(body, 'key_ops');
  if (ops !== undefined && (ops.length > KEY_OPERATIONS.length || !ops.every((op) => KEY_OPERATIONS.includes(op as KeyOperationName)))) {
    throw new BadParameterError(`Invalid field 'key_ops': expected a list of ${KEY_OPERATIONS.join(', ')}.`);
  }
  const { enabled, notBefore, expiresOn } = parseAttributeInput(body, true);
  const tags = parseTags(body);
  return {
    ...(ops === undefined ? {} : { keyOperations: KEY_OPERATIONS.filter((op) => ops.includes(op)) }),
    ...(enabled === undefined ? {} : { enabled }),
    ...(notBefore === undefined ? {} : { notBefore }),
    ...(expiresOn === undefined ? {} : { expiresOn }),
    ...(tags === undefined ? {} : { tags }),
  };
}

/** PUT /keys/{name}/rotationpolicy: validated as the core validates it (the wire shape is the core's). */
export function parseKeyRotationPolicyParameters(input: unknown): Pick<KeyRotationPolicy, 'lifetimeActions' | 'expiresIn'> {
  return parseRotationPolicy(input);
}

/** GET/PUT /keys/{name}/rotationpolicy answer: the core's wire shape plus the policy's id. */
export function keyRotationPolicyWire(origin: string, name: string, policy: KeyRotationPolicy): Record<string, unknown> {
  return { id: `${objectId(origin, 'keys', name)}/rotationpolicy`, ...rotationPolicyWire(policy) };
}
