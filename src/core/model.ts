/**
 * Domain shapes, after the Azure SDK's public models (camelCase, Date), not the wire format
 * (snake_case, Unix seconds), which lives in src/protocol.
 */

export type ObjectType = 'secret' | 'key' | 'certificate';

/** Azure's recovery levels; a soft-delete vault without purge protection is Recoverable+Purgeable. */
export type RecoveryLevel = 'Recoverable+Purgeable' | 'CustomizedRecoverable+Purgeable';

export type Tags = Readonly<Record<string, string>>;

/** Properties of one secret version: everything but the value. */
export interface SecretProperties {
  readonly name: string;
  readonly version: string;
  readonly enabled: boolean;
  readonly notBefore: Date | undefined;
  readonly expiresOn: Date | undefined;
  readonly createdOn: Date;
  readonly updatedOn: Date;
  readonly contentType: string | undefined;
  readonly tags: Tags;
  readonly managed: boolean;
  readonly recoverableDays: number;
  readonly recoveryLevel: RecoveryLevel;
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

/** What a caller may set on a new version. */
export interface SetSecretOptions {
  readonly enabled?: boolean;
  readonly notBefore?: Date;
  readonly expiresOn?: Date;
  readonly contentType?: string;
  readonly tags?: Tags;
}

/**
 * What a caller may change on an existing version. `undefined` leaves a field as it is;
 * `null` clears an optional one. The value is never among them: a new value is a new version.
 */
export interface UpdateSecretOptions {
  readonly enabled?: boolean;
  readonly notBefore?: Date | null;
  readonly expiresOn?: Date | null;
  readonly contentType?: string | null;
  readonly tags?: Tags;
}

/** Validity of a version at a given moment, for callers that warn about or refuse dates. */
export function validityAt(properties: Pick<SecretProperties, 'notBefore' | 'expiresOn'>, now: Date): 'valid' | 'expired' | 'not-yet-valid' {
  if (properties.expiresOn !== undefined && properties.expiresOn.getTime() <= now.getTime()) return 'expired';
  if (properties.notBefore !== undefined && properties.notBefore.getTime() > now.getTime()) return 'not-yet-valid';
  return 'valid';
}
