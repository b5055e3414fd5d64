/**
 * Optimistic concurrency. An object version's ETag changes whenever the version does (a new
 * value is a new version; an update changes its `updated` time), so a caller that read a
 * version can ask that a write happen only if nobody changed it since (`If-Match`). The check
 * runs inside the write's own transaction, under the store's lock, so no other writer can slip
 * in between the check and the write.
 */
import { createHash } from 'node:crypto';
import { VaultError, quote } from './errors.js';
import { vaultKeyOf } from './keys.js';
import type { ObjectType, SecretProperties, VaultKey } from './model.js';
import type { CertificateProperties } from './certificates/model.js';
import { certificatePropertiesOf } from './certificates/records.js';
import { propertiesOf } from './secrets.js';
import { CERTIFICATE, KEY, SECRET, findVersion, latestVersion, liveObject } from './objects.js';
import type { StoreReader } from './store/store.js';

/**
 * The ETag of a secret version: a digest of everything about it a caller can change (its
 * properties), so that two updates in the same millisecond still get different tags. A new
 * value is a new version, and so a new tag.
 */
export function secretETag(properties: SecretProperties): string {
  return digestTag(properties);
}

/** The ETag of a certificate version: its properties (enabled and tags change; a new certificate is a new version). */
export function certificateETag(properties: CertificateProperties): string {
  return digestTag(properties);
}

/** The ETag of a key version: its properties and its permitted operations (PATCH can change both). */
export function keyETag(key: VaultKey): string {
  return digestTag({ properties: key.properties, keyOperations: key.keyOperations });
}

function digestTag(value: unknown): string {
  // The same functions build the value in the route and in the check, so JSON's key order is the same.
  return `"${createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 27)}"`;
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
    // A certificate whose first request is still pending has no version to match.
    if (object.versions.length > 0) {
      const version = precondition.version === undefined || precondition.version === '' ? latestVersion(kind, object) : findVersion(kind, object, precondition.version);
      current = kind === KEY ? keyETag(vaultKeyOf(object, version))
        : kind === CERTIFICATE ? certificateETag(certificatePropertiesOf(object, version)) : secretETag(propertiesOf(object, version));
    }
  } catch (error) {
    if (!(error instanceof VaultError) || error.code !== kind.notFound) throw error;
  }
  const matches = current !== undefined && (wanted === '*' || wanted.includes(current));
  if (!matches) {
    throw new VaultError('PreconditionFailed', `The ${kind.label} ${quote(precondition.name)} has changed since it was read (or does not exist): its ETag does not match If-Match.`);
  }
}
