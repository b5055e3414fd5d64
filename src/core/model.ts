/**
 * Domain shapes, after the Azure SDK's public models (camelCase, Date), not the wire format
 * (snake_case, Unix seconds), which lives in src/protocol.
 */

import type { CurveName, KeyOperationName, KeyType, PublicJwk } from './crypto/key-types.js';

export type ObjectType = 'secret' | 'key' | 'certificate';

/** Azure's recovery levels; a soft-delete vault without purge protection is Recoverable+Purgeable. */
export type RecoveryLevel = 'Recoverable+Purgeable' | 'CustomizedRecoverable+Purgeable';

export type Tags = Readonly<Record<string, string>>;

/** What every object version has: its identity, state, dates and tags. */
export interface VersionProperties {
  readonly name: string;
  readonly version: string;
  readonly enabled: boolean;
  readonly notBefore: Date | undefined;
  readonly expiresOn: Date | undefined;
  readonly createdOn: Date;
  readonly updatedOn: Date;
  readonly tags: Tags;
  readonly managed: boolean;
  readonly recoverableDays: number;
  readonly recoveryLevel: RecoveryLevel;
}

/** Properties of one secret version: everything but the value. */
export interface SecretProperties extends VersionProperties {
  readonly contentType: string | undefined;
}

export interface Secret {
  readonly properties: SecretProperties;
  readonly value: string;
}

/** A soft-deleted secret: the latest version's properties plus the deletion's dates. */
export interface DeletedSecret {
  readonly properties: SecretProperties;
  readonly deletedOn: Date;
  readonly scheduledPurgeDate: Date;
}

/** What a caller may set on a new version of any object. */
export interface NewVersionOptions {
  readonly enabled?: boolean;
  readonly notBefore?: Date;
  readonly expiresOn?: Date;
  readonly tags?: Tags;
}

/**
 * What a caller may change on an existing version. `undefined` leaves a field as it is;
 * `null` clears an optional one. The value is never among them: a new value is a new version.
 */
export interface VersionUpdateOptions {
  readonly enabled?: boolean;
  readonly notBefore?: Date | null;
  readonly expiresOn?: Date | null;
  readonly tags?: Tags;
}

export interface SetSecretOptions extends NewVersionOptions {
  readonly contentType?: string;
}

export interface UpdateSecretOptions extends VersionUpdateOptions {
  readonly contentType?: string | null;
}

/** Validity of a version at a given moment, for callers that warn about or refuse dates. */
export function validityAt(properties: Pick<VersionProperties, 'notBefore' | 'expiresOn'>, now: Date): 'valid' | 'expired' | 'not-yet-valid' {
  if (properties.expiresOn !== undefined && properties.expiresOn.getTime() <= now.getTime()) return 'expired';
  if (properties.notBefore !== undefined && properties.notBefore.getTime() > now.getTime()) return 'not-yet-valid';
  return 'valid';
}

/** Properties of one key version: everything but the key material. */
export interface KeyProperties extends VersionProperties {
  /** Whether the private key may leave the vault (Azure's flag; nothing here exports a key). */
  readonly exportable: boolean;
}

/** A key as callers see it: its public parts only, never d, p, q or k. */
export interface VaultKey {
  readonly name: string;
  readonly keyType: KeyType;
  readonly keyOperations: readonly KeyOperationName[];
  /** RSA: n, e; EC: crv, x, y; oct: kty alone. */
  readonly key: PublicJwk;
  /** RSA and oct: the size in bits; EC: the curve's. */
  readonly keySize: number;
  readonly curve: CurveName | undefined;
  readonly properties: KeyProperties;
}

export interface DeletedKey {
  readonly key: VaultKey;
  readonly deletedOn: Date;
  readonly scheduledPurgeDate: Date;
}

export interface CreateKeyOptions extends NewVersionOptions {
  readonly keyOperations?: readonly KeyOperationName[];
  readonly exportable?: boolean;
}

/** What a caller may change on an existing key version; `null` clears an optional date. */
export interface UpdateKeyOptions extends VersionUpdateOptions {
  readonly keyOperations?: readonly KeyOperationName[];
}

/** One lifetime action of a rotation policy: rotate or notify, after creation or before expiry. */
export interface KeyRotationLifetimeAction {
  readonly action: 'Rotate' | 'Notify';
  /** An ISO 8601 duration such as `P90D`; exactly one of the two triggers is set. */
  readonly timeAfterCreate?: string;
  readonly timeBeforeExpiry?: string;
}

export interface KeyRotationPolicy {
  readonly lifetimeActions: readonly KeyRotationLifetimeAction[];
  /** The expiry a rotated version gets, as an ISO 8601 duration from its creation (≥ 28 days). */
  readonly expiresIn: string | undefined;
  readonly createdOn: Date | undefined;
  readonly updatedOn: Date | undefined;
}

/** What a due-rotation pass did to one key. */
export interface KeyRotationOutcome {
  readonly name: string;
  /** `rotated`: a new version was made; `notify`: a Notify action is due; `not-due`. */
  readonly result: 'rotated' | 'notify' | 'not-due';
  readonly key: VaultKey;
  /** The trigger that fired, e.g. `timeAfterCreate P90D`. */
  readonly reason?: string;
}

/** The outcome of a key operation: the key version used, the algorithm, and the output bytes. */
export interface KeyOperationResult {
  /** `/keys/name/version`: the version that did the work. */
  readonly keyId: string;
  readonly algorithm: string;
  readonly result: Uint8Array;
  /** AES-GCM encrypt: the iv used and the authentication tag. */
  readonly iv?: Uint8Array;
  readonly tag?: Uint8Array;
}
