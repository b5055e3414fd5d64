/**
 * JSON secrets: parsing a value, picking one field (`app-config.database.host`), and flattening
 * every leaf into its own variable (`APP_CONFIG_DATABASE_HOST`, arrays by index:
 * `APP_CONFIG_HOSTS_0`). Errors name the secret and the path, never the value — not even
 * JSON.parse's message, which quotes the text around the fault.
 */
import { BadParameterError } from '../core/errors.js';
import { joinEnvName } from './env-names.js';

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * Parses a secret's value as JSON, or undefined when it is not JSON. JSON.parse's error is
 * dropped on purpose: it quotes the text around the fault, which is the secret's value.
 */
export function parseJson(value: string): Json | undefined {
  try {
    return JSON.parse(value) as Json;
  } catch {
    return undefined;
  }
}

export function isContainer(value: Json): value is readonly Json[] | { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null;
}

/** The text a JSON value is delivered as: strings as they are, null as '', the rest as JSON. */
export function jsonText(value: Json): string {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  return JSON.stringify(value);
}

/** The value at `path` (object keys, array indexes), or undefined when there is none. */
export function selectField(root: Json, path: readonly string[]): Json | undefined {
  let current: Json = root;
  for (const field of path) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(field)) return undefined;
      const item = (current as readonly Json[])[Number(field)];
      if (item === undefined) return undefined;
      current = item;
    } else if (isContainer(current)) {
      // Own keys only: `constructor` or `__proto__` must not reach Object.prototype.
      const object = current as { readonly [key: string]: Json };
      if (!Object.hasOwn(object, field)) return undefined;
      current = object[field] as Json;
    } else {
      return undefined;
    }
  }
  return current;
}

/** Deeper JSON is refused for flattening and not walked for masks; no real config nests this far. */
export const MAX_JSON_DEPTH = 32;

/** One flattened leaf: its derived name and its text. */
export interface FlatEntry {
  readonly name: string;
  readonly value: string;
}

/**
 * Every leaf under `base`: object keys and array indexes joined with `_`, each key upper-cased
 * with non-alphanumerics as `_`. Empty objects and arrays have no leaves, so give no entries.
 */
export function flattenJson(root: Json, base: string): FlatEntry[] {
  const entries: FlatEntry[] = [];
  const walk = (value: Json, keys: readonly string[]): void => {
    if (keys.length > MAX_JSON_DEPTH) throw new BadParameterError(`The JSON of ${base} is nested deeper than ${MAX_JSON_DEPTH} levels: it cannot be flattened into names.`);
    if (Array.isArray(value)) {
      (value as readonly Json[]).forEach((item, index) => { walk(item, [...keys, String(index)]); });
    } else if (isContainer(value)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...keys, key]);
    } else {
      entries.push({ name: joinEnvName(base, keys), value: jsonText(value) });
    }
  };
  walk(root, []);
  return entries;
}

/** Every string and number leaf's text, for masking the parts of a JSON secret on their own. */
export function jsonLeaves(root: Json): string[] {
  const leaves: string[] = [];
  // Past the depth cap the leaves are left to the whole value's mask: walking on would let a
  // hostile nesting exhaust the stack and fail every fetch that selects the secret.
  const walk = (value: Json, depth: number): void => {
    if (depth > MAX_JSON_DEPTH) return;
    if (Array.isArray(value)) for (const item of value as readonly Json[]) walk(item, depth + 1);
    else if (isContainer(value)) for (const item of Object.values(value)) walk(item, depth + 1);
    else if (typeof value === 'string') leaves.push(value);
    else if (typeof value === 'number') leaves.push(String(value));
  };
  walk(root, 0);
  return leaves;
}

/** The parsed object or array when `value` is JSON text of one (a JSON secret, whose leaves are masked too). */
export function parseJsonContainer(value: string): Json | undefined {
  const trimmed = value.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  const parsed = parseJson(value);
  return parsed !== undefined && isContainer(parsed) ? parsed : undefined;
}
