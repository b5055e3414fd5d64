/**
 * The bodies RemoteVault sends for keys (keys.json KeyCreateParameters, KeyImportParameters,
 * KeyUpdateParameters, KeyOperationsParameters, KeySignParameters, KeyVerifyParameters), and
 * the rotation policy it reads back. The mirror image of protocol/key-params.ts and
 * key-operations-wire.ts, which read these bodies on the server.
 */
import type { CreateKeyOptions, KeyRotationPolicy, UpdateKeyOptions } from '../core/model.js';
import { parseKeyMaterial } from '../core/crypto/key-material.js';
import type { KeySpec, PrivateJwk } from '../core/crypto/key-types.js';
import { parseRotationPolicy } from '../core/key-rotation.js';
import { fromUnixSeconds } from '../protocol/attributes-wire.js';
import { encodeBase64url } from '../protocol/base64url.js';
import { readObject, type JsonObject } from '../protocol/body-fields.js';
import { requestAttributes } from '../protocol/secrets-wire.js';

type NewKeyOptions = CreateKeyOptions;

function attributes(options: NewKeyOptions): JsonObject {
  return { ...requestAttributes(options), ...(options.exportable === undefined ? {} : { exportable: options.exportable }) };
}

function common(options: NewKeyOptions): JsonObject {
  return { attributes: attributes(options), ...(options.tags === undefined ? {} : { tags: { ...options.tags } }) };
}

/** POST /keys/{name}/create. */
export function keyCreateWire(spec: KeySpec, options: CreateKeyOptions = {}): JsonObject {
  return {
    kty: spec.kty,
    ...(spec.size === undefined ? {} : { key_size: spec.size }),
    ...(spec.curve === undefined ? {} : { crv: spec.curve }),
    ...(options.keyOperations === undefined ? {} : { key_ops: [...options.keyOperations] }),
    ...common(options),
  };
}

/** The private JWK to send, checked here as the vault would check it, so that a malformed key fails before it leaves the machine. */
export const privateJwkOf = parseKeyMaterial;

/** The private members of a JWK: strings no error message may repeat. */
export function confidentialMembers(jwk: PrivateJwk): string[] {
  return [jwk.d, jwk.p, jwk.q, jwk.dp, jwk.dq, jwk.qi, jwk.k].filter((member): member is string => member !== undefined);
}

/** PUT /keys/{name}: the key with the options' operations as its key_ops. */
export function keyImportWire(jwk: PrivateJwk, options: CreateKeyOptions = {}): JsonObject {
  return { key: { ...jwk, ...(options.keyOperations === undefined ? {} : { key_ops: [...options.keyOperations] }) }, ...common(options) };
}

/** PATCH /keys/{name}/{version}; `null` dates clear. */
export function keyUpdateWire(options: UpdateKeyOptions): JsonObject {
  return {
    ...(options.keyOperations === undefined ? {} : { key_ops: [...options.keyOperations] }),
    attributes: requestAttributes(options),
    ...(options.tags === undefined ? {} : { tags: { ...options.tags } }),
  };
}

/** The body of encrypt, decrypt, wrapkey and unwrapkey: binary fields base64url, absent ones left out. */
export function keyOperationWire(algorithm: string, value: Uint8Array, extra: { iv?: Uint8Array | undefined; aad?: Uint8Array | undefined; tag?: Uint8Array | undefined } = {}): JsonObject {
  const field = (name: string, bytes: Uint8Array | undefined): JsonObject => (bytes === undefined ? {} : { [name]: encodeBase64url(bytes) });
  return { alg: algorithm, value: encodeBase64url(value), ...field('iv', extra.iv), ...field('aad', extra.aad), ...field('tag', extra.tag) };
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  (value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined);

/** Drops null members: Azure writes an unset trigger as null, the core's parser wants it absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  const object = record(value);
  if (object === undefined) return value;
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

/** Reads GET/PUT /keys/{name}/rotationpolicy: the core's checks, plus the policy's own dates. */
export function parseRotationPolicyAnswer(input: unknown): KeyRotationPolicy {
  const body = readObject(withoutNulls(input), 'rotation policy');
  const attributes = record(body.attributes) ?? {};
  const { id: _id, ...policy } = body;
  const { lifetimeActions, expiresIn } = parseRotationPolicy({ ...policy, attributes: { ...(attributes.expiryTime === undefined ? {} : { expiryTime: attributes.expiryTime }) } });
  const date = (field: string): Date | undefined => (typeof attributes[field] === 'number' ? fromUnixSeconds(attributes[field]) : undefined);
  return { lifetimeActions, expiresIn, createdOn: date('created'), updatedOn: date('updated') };
}

/** PUT /keys/{name}/rotationpolicy: checked here first, so a bad policy fails before it is sent. */
export function rotationPolicyRequestWire(policy: unknown): JsonObject {
  const { lifetimeActions, expiresIn } = parseRotationPolicy(policy);
  return {
    lifetimeActions: lifetimeActions.map((a) => ({
      trigger: a.timeAfterCreate === undefined ? { timeBeforeExpiry: a.timeBeforeExpiry } : { timeAfterCreate: a.timeAfterCreate },
      action: { type: a.action },
    })),
    attributes: expiresIn === undefined ? {} : { expiryTime: expiresIn },
  };
}
