/**
 * Keys on the wire (keys.json): KeyBundle `{key: JsonWebKey, attributes, tags, managed}`,
 * KeyItem `{kid, attributes, tags, managed}`, and their deleted forms. The JsonWebKey carries
 * the public parts only — RSA `n`, `e`; EC `crv`, `x`, `y`; nothing for oct — base64url
 * without padding, with `kid` and `key_ops`. Request bodies are in key-params.ts, key
 * operations in key-operations-wire.ts.
 */
import { BadParameterError } from '../core/errors.js';
import type { DeletedKey, KeyProperties, VaultKey } from '../core/model.js';
import { KEY_OPERATIONS, type CurveName, type KeyOperationName, type KeyType, type PublicJwk } from '../core/crypto/key-types.js';
import { keyAttributesWire, parseWireAttributes, requiredUnixSeconds, toUnixSeconds, type WireKeyAttributes } from './attributes-wire.js';
import { decodeBase64url, encodeBase64url } from './base64url.js';
import { optionalArray, optionalBoolean, optionalString, readNullable, readObject, requiredString, type JsonObject } from './body-fields.js';
import { objectId, parseObjectId, parseRecoveryId, recoveryId } from './ids.js';
import { parseTags, tagsWire } from './tags-wire.js';

export interface JsonWebKeyWire {
  readonly kid: string;
  readonly kty: KeyType;
  readonly key_ops: readonly KeyOperationName[];
  readonly n?: string;
  readonly e?: string;
  readonly crv?: CurveName;
  readonly x?: string;
  readonly y?: string;
}

interface KeyWireProperties {
  readonly attributes: WireKeyAttributes;
  readonly tags?: Readonly<Record<string, string>>;
  readonly managed?: true;
}

export interface KeyBundle extends KeyWireProperties {
  readonly key: JsonWebKeyWire;
}

export interface KeyItem extends KeyWireProperties {
  readonly kid: string;
}

interface Deletion {
  readonly recoveryId: string;
  readonly deletedDate: number;
  readonly scheduledPurgeDate: number;
}

export type DeletedKeyBundle = KeyBundle & Deletion;
export type DeletedKeyItem = KeyItem & Deletion;

function wireProperties(properties: KeyProperties): KeyWireProperties {
  return { attributes: keyAttributesWire(properties), ...tagsWire(properties.tags), ...(properties.managed ? { managed: true as const } : {}) };
}

/** The public JWK of a key version; private members are never copied, whatever `key` holds. */
export function jsonWebKeyWire(origin: string, key: VaultKey): JsonWebKeyWire {
  const { n, e, crv, x, y } = key.key;
  return {
    kid: objectId(origin, 'keys', key.name, key.properties.version),
    kty: key.keyType,
    key_ops: [...key.keyOperations],
    ...(key.keyType === 'RSA' ? { ...(n === undefined ? {} : { n }), ...(e === undefined ? {} : { e }) } : {}),
    ...(key.keyType === 'EC' ? { ...(crv === undefined ? {} : { crv }), ...(x === undefined ? {} : { x }), ...(y === undefined ? {} : { y }) } : {}),
  };
}

/** Create, import, get, update, rotate, recover and restore answer a KeyBundle. */
export function keyBundle(origin: string, key: VaultKey): KeyBundle {
  return { key: jsonWebKeyWire(origin, key), ...wireProperties(key.properties) };
}

/** A list entry: the base kid in GET /keys (latest version's attributes), each version's kid in /versions. */
export function keyItem(origin: string, properties: KeyProperties, versioned: boolean): KeyItem {
  return { kid: objectId(origin, 'keys', properties.name, versioned ? properties.version : undefined), ...wireProperties(properties) };
}

function deletion(origin: string, deleted: DeletedKey): Deletion {
  return {
    recoveryId: recoveryId(origin, 'keys', deleted.key.name),
    deletedDate: toUnixSeconds(deleted.deletedOn),
    scheduledPurgeDate: toUnixSeconds(deleted.scheduledPurgeDate),
  };
}

export function deletedKeyBundle(origin: string, deleted: DeletedKey): DeletedKeyBundle {
  return { ...deletion(origin, deleted), ...keyBundle(origin, deleted.key) };
}

export function deletedKeyItem(origin: string, deleted: DeletedKey): DeletedKeyItem {
  return { ...deletion(origin, deleted), ...keyItem(origin, deleted.key.properties, false) };
}

const KTY: Readonly<Record<string, KeyType>> = { RSA: 'RSA', 'RSA-HSM': 'RSA', EC: 'EC', 'EC-HSM': 'EC', oct: 'oct', 'oct-HSM': 'oct' };
export const CURVE_BITS: Readonly<Record<CurveName, number>> = { 'P-256': 256, 'P-384': 384, 'P-521': 521, 'P-256K': 256 };

/** A kty of the wire, -HSM types read as their plain type (Coffer has no HSM). */
export function parseKeyType(value: unknown, field = 'kty'): KeyType {
  const kty = typeof value === 'string' && Object.hasOwn(KTY, value) ? KTY[value] : undefined;
  if (kty === undefined) throw new BadParameterError(`Invalid field '${field}': expected one of ${Object.keys(KTY).join(', ')}.`);
  return kty;
}

export function parseCurve(value: unknown, field = 'crv'): CurveName {
  if (typeof value !== 'string' || !Object.hasOwn(CURVE_BITS, value)) {
    throw new BadParameterError(`Invalid field '${field}': expected one of ${Object.keys(CURVE_BITS).join(', ')}.`);
  }
  return value as CurveName;
}

function rsaBits(n: Uint8Array): number {
  const first = n.findIndex((byte) => byte !== 0);
  return first < 0 ? 0 : (n.length - first) * 8 - Math.clz32(n[first] ?? 0) + 24;
}

/** A response's JWK as the domain's public key (the remote client). Operations Coffer does not know are dropped. */
function parsePublicKey(jwk: JsonObject): Pick<VaultKey, 'keyType' | 'keyOperations' | 'key' | 'keySize' | 'curve'> {
  const keyType = parseKeyType(readNullable(jwk, 'kty'), 'key.kty');
  const ops = (optionalArray(jwk, 'key_ops', 'key') ?? []).filter((op): op is KeyOperationName => KEY_OPERATIONS.includes(op as KeyOperationName));
  const keyOperations = KEY_OPERATIONS.filter((op) => ops.includes(op));
  const member = (name: string, max: number): string => encodeBase64url(decodeBase64url(readNullable(jwk, name), `key.${name}`, { min: 1, max }));
  if (keyType === 'RSA') {
    const n = member('n', 1024);
    return { keyType, keyOperations, key: { kty: keyType, n, e: member('e', 8) }, keySize: rsaBits(Buffer.from(n, 'base64url')), curve: undefined };
  }
  if (keyType === 'EC') {
    const curve = parseCurve(readNullable(jwk, 'crv'), 'key.crv');
    return { keyType, keyOperations, key: { kty: keyType, crv: curve, x: member('x', 66), y: member('y', 66) }, keySize: CURVE_BITS[curve], curve };
  }
  // An oct JWK carries no size: the wire does not say it, so neither can the client.
  return { keyType, keyOperations, key: { kty: keyType } satisfies PublicJwk, keySize: 0, curve: undefined };
}

/** Key properties from a KeyItem or KeyBundle; `version` undefined for a list entry's base kid. */
export type ListedKeyProperties = Omit<KeyProperties, 'version'> & { readonly version: string | undefined };

function parseProperties(body: JsonObject, kid: unknown): ListedKeyProperties {
  const id = parseObjectId(kid, 'keys');
  return {
    name: id.name, version: id.version, ...parseWireAttributes(readNullable(body, 'attributes')),
    tags: parseTags(body) ?? {}, managed: optionalBoolean(body, 'managed') ?? false,
  };
}

export function parseKeyItem(input: unknown): ListedKeyProperties {
  const body = readObject(input, 'key item');
  return parseProperties(body, requiredString(body, 'kid'));
}

/** Reads a KeyBundle (the remote client). */
export function parseKeyBundle(input: unknown): VaultKey {
  const body = readObject(input, 'key');
  const jwk = readObject(readNullable(body, 'key'), "field 'key'");
  const properties = parseProperties(body, optionalString(jwk, 'kid', 'key'));
  const { version } = properties;
  if (version === undefined) throw new BadParameterError("Invalid field 'key.kid': expected the id of a key version.");
  return { name: properties.name, ...parsePublicKey(jwk), properties: { ...properties, version } };
}

export function parseDeletedKeyBundle(input: unknown): DeletedKey {
  const body = readObject(input, 'deleted key');
  parseRecoveryId(requiredString(body, 'recoveryId'), 'keys');
  return { key: parseKeyBundle(body), deletedOn: requiredUnixSeconds(body, 'deletedDate'), scheduledPurgeDate: requiredUnixSeconds(body, 'scheduledPurgeDate') };
}
