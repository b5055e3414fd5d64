/**
 * Object identifiers: `https://{host}[:{port}]/{secrets|keys|certificates}/{name}[/{version}]`,
 * and recovery ids of soft-deleted objects: `https://{host}/deleted{collection}/{name}`.
 *
 * The Azure SDKs parse these ids and refuse any other number of path segments, so a vault is
 * always served at its origin, with no path prefix (reference: wire rule 3). Parsing is strict
 * and does not go through URL normalisation: `..`, percent-escapes, a query, a fragment, user
 * info or a trailing slash are refused rather than silently rewritten into another id.
 */
import { BadParameterError, quote } from '../core/errors.js';
import { validateName, validateVersion } from '../core/names.js';

export type ObjectCollection = 'secrets' | 'keys' | 'certificates';
export type DeletedCollection = `deleted${ObjectCollection}`;

const COLLECTIONS: readonly ObjectCollection[] = ['secrets', 'keys', 'certificates'];
const LABELS: Readonly<Record<ObjectCollection, string>> = { secrets: 'secret', keys: 'key', certificates: 'certificate' };

/** One parsed object id. `version` is undefined for a base id (list items, recovery ids). */
export interface ObjectId {
  readonly origin: string;
  readonly collection: ObjectCollection;
  readonly name: string;
  readonly version: string | undefined;
}

/**
 * A vault's origin, `https://host[:port]`, as ids carry it: lowercase host, no default port,
 * no trailing slash. Refused: another scheme, user info, a path, a query or a fragment.
 */
export function vaultOrigin(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BadParameterError(`Invalid vault URL ${quote(url)}: expected https://host[:port].`);
  }
  const bare = parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
    && parsed.pathname === '/' && parsed.search === '' && parsed.hash === '' && !/[?#]/.test(url);
  if (!bare || !/^https:\/\/[^/@]+\/?$/i.test(url)) {
    throw new BadParameterError(`Invalid vault URL ${quote(url)}: expected https://host[:port] with no path, query or user info.`);
  }
  return parsed.origin;
}

/** `{origin}/{collection}/{name}[/{version}]`; the name and version are validated. */
export function objectId(origin: string, collection: ObjectCollection, name: string, version?: string): string {
  const base = `${vaultOrigin(origin)}/${collection}/${validateName(name, LABELS[collection])}`;
  return version === undefined ? base : `${base}/${validateVersion(version)}`;
}

/** `{origin}/deleted{collection}/{name}`: where the SDK polls a deletion and recovers from. */
export function recoveryId(origin: string, collection: ObjectCollection, name: string): string {
  return `${vaultOrigin(origin)}/deleted${collection}/${validateName(name, LABELS[collection])}`;
}

const ID = /^(https:\/\/[^/?#\s]+)\/([a-z]+)\/([^/?#]*)(?:\/([^/?#]*))?$/;

function splitId(id: unknown, what: string): { origin: string; collection: string; name: string; version: string | undefined } {
  const match = typeof id === 'string' && id.length <= 2048 ? ID.exec(id) : null;
  if (match === null) throw new BadParameterError(`Invalid ${what} ${quote(String(id), 256)}: expected https://host/collection/name[/version].`);
  const [, origin = '', collection = '', name = '', version] = match;
  return { origin: vaultOrigin(origin), collection, name, version };
}

/**
 * Parses an object id. With `expected`, an id of another collection is refused. An empty
 * version segment (`…/name/`) is refused: it names a route (latest version), never an object.
 */
export function parseObjectId(id: unknown, expected?: ObjectCollection): ObjectId {
  const parts = splitId(id, 'object id');
  const collection = COLLECTIONS.find((c) => c === parts.collection);
  if (collection === undefined || (expected !== undefined && collection !== expected)) {
    const wanted = expected ?? COLLECTIONS.join(', ');
    throw new BadParameterError(`Invalid object id ${quote(String(id), 256)}: expected a path under /${expected === undefined ? `{${wanted}}` : wanted}/.`);
  }
  validateName(parts.name, LABELS[collection]);
  if (parts.version !== undefined) validateVersion(parts.version);
  return { origin: parts.origin, collection, name: parts.name, version: parts.version };
}

/** Parses a recovery id back to the collection it was deleted from. */
export function parseRecoveryId(id: unknown, expected?: ObjectCollection): ObjectId & { readonly version: undefined } {
  const parts = splitId(id, 'recovery id');
  const collection = COLLECTIONS.find((c) => `deleted${c}` === parts.collection);
  if (collection === undefined || parts.version !== undefined || (expected !== undefined && collection !== expected)) {
    throw new BadParameterError(`Invalid recovery id ${quote(String(id), 256)}: expected https://host/deleted${expected ?? '{secrets,keys,certificates}'}/name.`);
  }
  return { origin: parts.origin, collection, name: validateName(parts.name, LABELS[collection]), version: undefined };
}
