/**
 * Validation of everything a caller names or attaches, with Azure Key Vault's limits. Each
 * function either returns the input (normalised where Azure normalises) or throws a
 * BadParameterError that quotes the bad input and says what was expected. Values are never
 * quoted: only their sizes are.
 */
import { BadParameterError, quote } from './errors.js';
import type { Tags } from './model.js';

const NAME = /^[0-9a-zA-Z-]{1,127}$/;
const VERSION = /^[0-9a-f]{32}$/;

export const LIMITS = {
  nameLength: 127,
  secretValueBytes: 25 * 1024,
  contentTypeLength: 255,
  tagCount: 15,
  tagLength: 256,
  minRecoverableDays: 7,
  maxRecoverableDays: 90,
  defaultRecoverableDays: 90,
} as const;

/** Checks an object name; names are compared case-insensitively, so use nameKey() for lookups. */
export function validateName(name: unknown, what = 'secret'): string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new BadParameterError(`Invalid ${what} name ${quote(String(name))}: expected 1-127 of 0-9, a-z, A-Z, '-'.`);
  }
  return name;
}

/** The key under which a name is stored and compared: Azure names are case-insensitive. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

export function validateVersion(version: unknown): string {
  if (typeof version !== 'string' || !VERSION.test(version)) {
    throw new BadParameterError(`Invalid version ${quote(String(version))}: expected 32 lowercase hexadecimal characters.`);
  }
  return version;
}

/** Bounds a secret value by its UTF-8 size; the message gives sizes only. */
export function validateSecretValue(value: unknown): string {
  if (typeof value !== 'string') throw new BadParameterError('Invalid secret value: expected a string.');
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > LIMITS.secretValueBytes) {
    throw new BadParameterError(`Secret value is ${bytes} bytes: the limit is ${LIMITS.secretValueBytes} bytes (25 KiB).`);
  }
  return value;
}

export function validateContentType(contentType: unknown): string {
  if (typeof contentType !== 'string' || contentType.length > LIMITS.contentTypeLength) {
    throw new BadParameterError(`Invalid content type ${quote(String(contentType))}: expected at most ${LIMITS.contentTypeLength} characters.`);
  }
  return contentType;
}

export function validateTags(tags: unknown): Tags {
  if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) {
    throw new BadParameterError('Invalid tags: expected an object of name to value.');
  }
  const entries = Object.entries(tags as Record<string, unknown>);
  if (entries.length > LIMITS.tagCount) {
    throw new BadParameterError(`Too many tags (${entries.length}): at most ${LIMITS.tagCount} are allowed.`);
  }
  const clean: [string, string][] = [];
  for (const [key, value] of entries) {
    if (key.length === 0 || key.length > LIMITS.tagLength) {
      throw new BadParameterError(`Invalid tag name ${quote(key)}: expected 1-${LIMITS.tagLength} characters.`);
    }
    if (typeof value !== 'string' || value.length > LIMITS.tagLength) {
      throw new BadParameterError(`Invalid value for tag ${quote(key)}: expected a string of at most ${LIMITS.tagLength} characters.`);
    }
    clean.push([key, value]);
  }
  // fromEntries defines own properties: an assignment would drop a tag named '__proto__'.
  return Object.fromEntries(clean);
}

export function validateRecoverableDays(days: unknown): number {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < LIMITS.minRecoverableDays || days > LIMITS.maxRecoverableDays) {
    throw new BadParameterError(`Invalid retention ${quote(String(days))}: expected a whole number of days from 7 to 90.`);
  }
  return days;
}

/** Dates must be real instants; an invalid Date would serialise as null and silently vanish. */
export function validateDate(date: unknown, what: string): Date {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new BadParameterError(`Invalid ${what}: expected a valid date.`);
  }
  return date;
}
