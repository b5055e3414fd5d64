/**
 * Strict base64url (RFC 4648 §5, no padding), the encoding of every binary field on the Key
 * Vault wire: JWK members, key operation inputs and outputs, backup blobs, random bytes.
 *
 * Node's own decoder is lenient: it skips characters outside the alphabet, accepts padding and
 * ignores leftover bits, so two different strings can decode to the same bytes and a typo
 * silently becomes other input. Here a string decodes only if it is the canonical encoding of
 * its bytes. Messages name the field and never quote its text, which may be a plaintext.
 */
import { BadParameterError } from '../core/errors.js';

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** Bounds for one decoded field, in bytes. */
export interface ByteBounds {
  readonly min?: number;
  readonly max: number;
}

/** The base64url text of bytes, without padding. */
export function encodeBase64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/** The number of characters that encode `bytes` bytes without padding. */
export function encodedLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}

/**
 * Decodes a base64url field of a request or response. Refused: a non-string, padding or any
 * character outside the alphabet, an impossible length (4n+1), non-zero leftover bits, and a
 * size outside `bounds` (checked on the text's length first, so a huge field costs nothing).
 */
export function decodeBase64url(text: unknown, field: string, bounds: ByteBounds): Uint8Array {
  const min = bounds.min ?? 0;
  if (typeof text !== 'string') throw new BadParameterError(`Invalid field '${field}': expected a base64url string.`);
  if (text.length > encodedLength(bounds.max)) {
    throw new BadParameterError(`Invalid field '${field}': longer than ${bounds.max} bytes.`);
  }
  if (!ALPHABET.test(text) || text.length % 4 === 1) {
    throw new BadParameterError(`Invalid field '${field}': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding).`);
  }
  const bytes = Buffer.from(text, 'base64url');
  // Leftover bits set in the last character: the text is not the canonical encoding of its bytes.
  if (bytes.toString('base64url') !== text) {
    throw new BadParameterError(`Invalid field '${field}': not a canonical base64url encoding.`);
  }
  if (bytes.length < min || bytes.length > bounds.max) {
    const range = min === bounds.max ? `${min}` : `${min}-${bounds.max}`;
    throw new BadParameterError(`Invalid field '${field}': expected ${range} bytes, got ${bytes.length}.`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Checks a base64url string without decoding it (for blobs the core decodes itself, such as a
 * backup): the alphabet, a possible length, and a bound on the text.
 */
export function checkBase64urlText(text: unknown, field: string, maxChars: number): string {
  if (typeof text !== 'string') throw new BadParameterError(`Invalid field '${field}': expected a base64url string.`);
  if (text.length === 0 || text.length > maxChars) {
    throw new BadParameterError(`Invalid field '${field}': expected 1-${maxChars} characters, got ${text.length}.`);
  }
  if (!ALPHABET.test(text) || text.length % 4 === 1) {
    throw new BadParameterError(`Invalid field '${field}': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding).`);
  }
  return text;
}
