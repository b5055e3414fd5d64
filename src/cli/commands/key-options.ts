/**
 * Parsing of the key commands' own options into core types: key type, size and curve,
 * operations, algorithms, base64url bytes, dates that may be `none`. Pure; each refusal is a
 * UsageError (exit 2) that quotes what it knows the meaning of — a type, a size, an operation,
 * an algorithm — and never a base64url value, which may be an iv, a digest or worse.
 */
import { RSA_SIZES, OCT_SIZES } from '../../core/crypto/key-material.js';
import {
  ENCRYPTION_ALGORITHMS, KEY_OPERATIONS, KEY_WRAP_ALGORITHMS, SIGNATURE_ALGORITHMS,
  type CurveName, type EncryptionAlgorithm, type KeyOperationName, type KeySpec, type KeyType, type KeyWrapAlgorithm, type SignatureAlgorithm,
} from '../../core/crypto/key-types.js';
import { quote } from '../../core/errors.js';
import type { CreateKeyOptions } from '../../core/model.js';
import { parseInteger, parseIsoDate, parseTags, type Args } from '../args.js';
import { UsageError } from '../cli-error.js';

const KEY_TYPES: readonly KeyType[] = ['RSA', 'EC', 'oct'];
const CURVES: readonly CurveName[] = ['P-256', 'P-384', 'P-521', 'P-256K'];
/** What `key create` makes when no size or curve is named: Azure's defaults. */
const DEFAULT_RSA_SIZE = 2048;
const DEFAULT_OCT_SIZE = 256;

function oneOf<T extends string>(text: string, allowed: readonly T[], option: string, command: string): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`Invalid ${option} ${quote(text)}: expected ${allowed.join(', ')}.`, command);
}

/** `--kty`, `--size` and `--curve` of `key create`: sizes for RSA and oct, a curve for EC. */
export function parseKeySpec(args: Args, command: string): KeySpec {
  const ktyText = args.string('kty');
  if (ktyText === undefined) throw new UsageError(`'coffer ${command}' needs --kty RSA|EC|oct.`, command);
  const kty = oneOf(ktyText, KEY_TYPES, '--kty', command);
  const sizeText = args.string('size');
  const curveText = args.string('curve');
  if (kty === 'EC') {
    if (sizeText !== undefined) throw new UsageError('An EC key takes --curve, not --size.', command);
    return { kty, curve: curveText === undefined ? 'P-256' : oneOf(curveText, CURVES, '--curve', command) };
  }
  if (curveText !== undefined) throw new UsageError(`An ${kty} key takes --size, not --curve.`, command);
  const sizes = kty === 'RSA' ? RSA_SIZES : OCT_SIZES;
  if (sizeText === undefined) return { kty, size: kty === 'RSA' ? DEFAULT_RSA_SIZE : DEFAULT_OCT_SIZE };
  const size = parseInteger(sizeText, '--size', { min: 1, max: 65536 }, command);
  if (!sizes.includes(size)) throw new UsageError(`Invalid --size ${quote(sizeText)} for an ${kty} key: expected ${sizes.join(', ')} bits.`, command);
  return { kty, size };
}

/** `--ops sign,verify`: Key Vault's operation names, comma-separated, at least one. */
export function parseOperations(text: string, command: string): KeyOperationName[] {
  const items = text.split(',').map((item) => item.trim());
  const bad = items.find((item) => !(KEY_OPERATIONS as readonly string[]).includes(item));
  if (bad !== undefined) {
    throw new UsageError(`Invalid operation ${quote(bad)} in --ops: expected a comma-separated list of ${KEY_OPERATIONS.join(', ')}.`, command);
  }
  return items as KeyOperationName[];
}

/** `--expires`/`--not-before` of `key update`: a date, or `none` to clear it. */
export function parseDateOrNone(text: string, option: string, command: string): Date | null {
  return text === 'none' ? null : parseIsoDate(text, option, command);
}

/** The options `key create` and `key import` share: operations, exportable, enabled, dates, tags. */
export function createOptions(args: Args, command: string): CreateKeyOptions {
  const ops = args.string('ops');
  const expires = args.string('expires');
  const notBefore = args.string('not-before');
  const tags = args.strings('tag');
  return {
    ...(ops === undefined ? {} : { keyOperations: parseOperations(ops, command) }),
    ...(args.flag('exportable') ? { exportable: true } : {}),
    ...(args.flag('disabled') ? { enabled: false } : {}),
    ...(expires === undefined ? {} : { expiresOn: parseIsoDate(expires, '--expires', command) }),
    ...(notBefore === undefined ? {} : { notBefore: parseIsoDate(notBefore, '--not-before', command) }),
    ...(tags.length === 0 ? {} : { tags: parseTags(tags, command) }),
  };
}

/** The required `--alg`, one of `allowed`. */
function algorithm<T extends string>(args: Args, allowed: readonly T[], command: string): T {
  const text = args.string('alg');
  if (text === undefined) throw new UsageError(`'coffer ${command}' needs --alg (one of ${allowed.join(', ')}).`, command);
  return oneOf(text, allowed, '--alg', command);
}

export const signatureAlgorithm = (args: Args, command: string): SignatureAlgorithm => algorithm(args, SIGNATURE_ALGORITHMS, command);
export const encryptionAlgorithm = (args: Args, command: string): EncryptionAlgorithm => algorithm(args, ENCRYPTION_ALGORITHMS, command);
export const keyWrapAlgorithm = (args: Args, command: string): KeyWrapAlgorithm => algorithm(args, KEY_WRAP_ALGORITHMS, command);

/** The hash a signature algorithm signs (RS256/PS256/ES256/ES256K: SHA-256, …384: SHA-384, …512: SHA-512). */
export function hashOf(alg: SignatureAlgorithm): 'sha256' | 'sha384' | 'sha512' {
  if (alg.endsWith('384')) return 'sha384';
  if (alg.endsWith('512')) return 'sha512';
  return 'sha256';
}

/** Bytes of each hash, for checking a --digest before the vault is asked. */
export const HASH_BYTES = { sha256: 32, sha384: 48, sha512: 64 } as const;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Strict base64url without padding: what JOSE and Key Vault use. Returns undefined if `text` is not. */
export function decodeBase64url(text: string): Buffer | undefined {
  if (!BASE64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  // Canonical only: a stray trailing character or unused bits would decode to something else.
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** An option holding base64url bytes (--digest, --iv, --aad, --tag). The value is never quoted. */
export function base64urlOption(args: Args, option: string, command: string): Buffer | undefined {
  const text = args.string(option);
  if (text === undefined) return undefined;
  const bytes = decodeBase64url(text);
  if (bytes === undefined) throw new UsageError(`Invalid --${option}: expected base64url (A-Z, a-z, 0-9, '-', '_'; no '=' padding).`, command);
  return bytes;
}
