/**
 * Optimistic concurrency. An object version's ETag changes whenever the version does (a new
 * value is a new version; an update changes its `updated` time), so a caller that read a
 * version can ask that a write happen only if nobody changed it since (`If-Match`). The check
 * runs inside the write's own transaction, under the store's lock, so no other writer can slip
 * in between the check and the write.
 */
import { VaultError, quote } from './errors.js';
import type { ObjectType } from './model.js';
import { CERTIFICATE, KEY, SECRET, findVersion, latestVersion, liveObject } from './objects.js';
import type { StoreReader } from './store/store.js';

/**
 * The ETag of a version: its id and the millisecond of its last update (strong: any change
 * changes it). Both are in the response body anyway, so the tag reveals nothing new.
 */
export function etagOf(version: string, updatedOn: Date): string {
  return `"${version}-${updatedOn.getTime().toString(36)}"`;
}

/** What a write asks of the object it changes. */
export interface Precondition {
  readonly type: ObjectType;
  readonly name: string;
  /** The version the write touches; the latest when absent. */
  readonly version?: string;
  /** `*` (the object must exist) or one or more ETags, as in an If-Match header. */
  readonly ifMatch: string;
}

/** A bounded If-Match header: `*`, or up to 16 quoted ETags (weak ones never match a strong comparison). */
export function parseIfMatch(header: string): string[] | '*' {
  const text = header.trim();
  if (text === '*') return '*';
  const tags = text.split(',').map((t) => t.trim()).filter((t) => t !== '');
  if (tags.length === 0 || tags.length > 16 || tags.some((t) => !/^(W\/)?"[\x21\x23-\x7e]{0,64}"$/.test(t))) {
    throw new VaultError('BadParameter', `Invalid If-Match header ${quote(header)}: expected * or quoted ETags.`);
  }
  return tags;
}

/** Throws PreconditionFailed unless the object's version matches; runs in the write's transaction. */
export function checkPrecondition(tx: StoreReader, precondition: Precondition, now: Date): void {
  const kind = { secret: SECRET, key: KEY, certificate: CERTIFICATE }[precondition.type];
  const wanted = parseIfMatch(precondition.ifMatch);
  let current: string | undefined;
  try {
    const object = liveObject(tx, kind, precondition.name, now);
    const version = precondition.version === undefined || precondition.version === '' ? latestVersion(kind, object) : findVersion(kind, object, precondition.version);
    current = etagOf(version.version, new Date(version.updated));
  } catch (error) {
    if (!(error instanceof VaultError) || error.code !== kind.notFound) throw error;
  }
  const matches = current !== undefined && (wanted === '*' || wanted.includes(current));
  if (!matches) {
    throw new VaultError('PreconditionFailed', `The ${kind.label} ${quote(precondition.name)} has changed since it was read (or does not exist): its ETag does not match If-Match.`);
  }
}
