/**
 * Typed reads of JSON request and response fields. Every wire parser goes through these, so
 * that a wrong type is always refused the same way: a BadParameterError naming the field by
 * its JSON path (`attributes.exp`) and saying what was expected — never quoting the value,
 * which may be a secret. Unknown fields are ignored, as Azure ignores them.
 *
 * `null` is read as absent, as Azure's deserialisers read it; parsers that give `null` a
 * meaning (clearing a date on update) use `readNullable`.
 */
import { BadParameterError } from '../core/errors.js';

export type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The request or response body as an object; `what` names it in the message. */
export function readObject(input: unknown, what: string): JsonObject {
  if (!isObject(input)) throw new BadParameterError(`Invalid ${what}: expected a JSON object.`);
  return input;
}

/** A field's value: own properties only, so `constructor` or `__proto__` is never inherited. */
export function readNullable(body: JsonObject, field: string): unknown {
  return Object.hasOwn(body, field) ? body[field] : undefined;
}

/** A field's value, or undefined when absent or null. */
function read(body: JsonObject, field: string): unknown {
  return readNullable(body, field) ?? undefined;
}

const where = (path: string, field: string): string => (path === '' ? field : `${path}.${field}`);

function wrongType(path: string, field: string, expected: string): BadParameterError {
  return new BadParameterError(`Invalid field '${where(path, field)}': expected ${expected}.`);
}

export function optionalString(body: JsonObject, field: string, path = ''): string | undefined {
  const value = read(body, field);
  if (value !== undefined && typeof value !== 'string') throw wrongType(path, field, 'a string');
  return value;
}

export function requiredString(body: JsonObject, field: string, path = ''): string {
  const value = optionalString(body, field, path);
  if (value === undefined) throw new BadParameterError(`Missing field '${where(path, field)}': expected a string.`);
  return value;
}

export function optionalBoolean(body: JsonObject, field: string, path = ''): boolean | undefined {
  const value = read(body, field);
  if (value !== undefined && typeof value !== 'boolean') throw wrongType(path, field, 'true or false');
  return value;
}

/** A whole number within [min, max]; a fraction, a string of digits or NaN is refused. */
export function optionalInteger(body: JsonObject, field: string, bounds: { min: number; max: number }, path = ''): number | undefined {
  const value = read(body, field);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw wrongType(path, field, `a whole number from ${bounds.min} to ${bounds.max}`);
  }
  return value;
}

export function optionalObject(body: JsonObject, field: string, path = ''): JsonObject | undefined {
  const value = read(body, field);
  if (value !== undefined && !isObject(value)) throw wrongType(path, field, 'a JSON object');
  return value;
}

export function optionalArray(body: JsonObject, field: string, path = ''): readonly unknown[] | undefined {
  const value = read(body, field);
  if (value !== undefined && !Array.isArray(value)) throw wrongType(path, field, 'a JSON array');
  return value as readonly unknown[] | undefined;
}
