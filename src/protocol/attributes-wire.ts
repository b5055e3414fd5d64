/**
 * The `attributes` object of secrets and keys: `{enabled, nbf, exp, created, updated,
 * recoverableDays, recoveryLevel}` (keys add `exportable`), times in whole Unix seconds
 * (format `unixtime` in the Key Vault spec, keys.json/secrets.json `Attributes`). The domain
 * has Dates and camelCase names; this file is the only place where one becomes the other.
 */
import { BadParameterError } from '../core/errors.js';
import type { KeyProperties, RecoveryLevel, SecretProperties } from '../core/model.js';
import { recoveryLevel } from '../core/objects.js';
import { optionalBoolean, optionalInteger, readNullable, readObject, type JsonObject } from './body-fields.js';

/** 9999-12-31T23:59:59Z: the last second a Date and every Azure SDK can represent alike. */
export const MAX_UNIX_SECONDS = 253_402_300_799;
const SECONDS = { min: 0, max: MAX_UNIX_SECONDS };

export interface WireAttributes {
  readonly enabled: boolean;
  readonly nbf?: number;
  readonly exp?: number;
  readonly created: number;
  readonly updated: number;
  readonly recoverableDays: number;
  readonly recoveryLevel: RecoveryLevel;
}

export interface WireKeyAttributes extends WireAttributes {
  readonly exportable: boolean;
}

/** A required date in Unix seconds (a deleted object's deletedDate, scheduledPurgeDate). */
export function requiredUnixSeconds(body: JsonObject, field: string): Date {
  const seconds = optionalInteger(body, field, { min: 0, max: MAX_UNIX_SECONDS });
  if (seconds === undefined) throw new BadParameterError(`Missing field '${field}': expected Unix seconds.`);
  return fromUnixSeconds(seconds);
}

/** Whole Unix seconds, rounded down: the wire has no sub-second precision. */
export function toUnixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function fromUnixSeconds(seconds: number): Date {
  return new Date(seconds * 1000);
}

type CommonProperties = Pick<SecretProperties, 'enabled' | 'notBefore' | 'expiresOn' | 'createdOn' | 'updatedOn' | 'recoverableDays' | 'recoveryLevel'>;

export function attributesWire(properties: CommonProperties): WireAttributes {
  return {
    enabled: properties.enabled,
    ...(properties.notBefore === undefined ? {} : { nbf: toUnixSeconds(properties.notBefore) }),
    ...(properties.expiresOn === undefined ? {} : { exp: toUnixSeconds(properties.expiresOn) }),
    created: toUnixSeconds(properties.createdOn),
    updated: toUnixSeconds(properties.updatedOn),
    recoverableDays: properties.recoverableDays,
    recoveryLevel: properties.recoveryLevel,
  };
}

export function keyAttributesWire(properties: KeyProperties): WireKeyAttributes {
  return { ...attributesWire(properties), exportable: properties.exportable };
}

/** What a request may set in `attributes`; created, updated and the recovery fields are read-only and ignored. */
export interface AttributeInput {
  readonly enabled?: boolean;
  readonly notBefore?: Date | null;
  readonly expiresOn?: Date | null;
  readonly exportable?: boolean;
}

function dateField(attributes: JsonObject, field: 'nbf' | 'exp', clearable: boolean): Date | null | undefined {
  if (clearable && readNullable(attributes, field) === null) return null;
  const seconds = optionalInteger(attributes, field, SECONDS, 'attributes');
  return seconds === undefined ? undefined : fromUnixSeconds(seconds);
}

/**
 * Reads the `attributes` of a request body. With `clearable` (PATCH), `nbf: null` or
 * `exp: null` clears the date; otherwise null is read as absent.
 */
export function parseAttributeInput(body: JsonObject, clearable: boolean): AttributeInput {
  const raw = readNullable(body, 'attributes');
  if (raw === undefined || raw === null) return {};
  const attributes = readObject(raw, "field 'attributes'");
  const enabled = optionalBoolean(attributes, 'enabled', 'attributes');
  const exportable = optionalBoolean(attributes, 'exportable', 'attributes');
  const notBefore = dateField(attributes, 'nbf', clearable);
  const expiresOn = dateField(attributes, 'exp', clearable);
  if (notBefore instanceof Date && expiresOn instanceof Date && notBefore.getTime() > expiresOn.getTime()) {
    throw new BadParameterError("Invalid field 'attributes.nbf': it is after 'attributes.exp'.");
  }
  return {
    ...(enabled === undefined ? {} : { enabled }), ...(exportable === undefined ? {} : { exportable }),
    ...(notBefore === undefined ? {} : { notBefore }), ...(expiresOn === undefined ? {} : { expiresOn }),
  };
}

/** Attributes as a response carries them, for the remote client. */
export type ParsedAttributes = CommonProperties & { readonly exportable: boolean };

const requiredSeconds = (attributes: JsonObject, field: string): Date => {
  const seconds = optionalInteger(attributes, field, SECONDS, 'attributes');
  if (seconds === undefined) throw new BadParameterError(`Missing field 'attributes.${field}': expected Unix seconds.`);
  return fromUnixSeconds(seconds);
};

/**
 * Reads response attributes. The domain knows two recovery levels; any other level Azure
 * reports (`Recoverable`, with purge protection…) is read as the one its recoverableDays
 * implies, as the core derives it (objects.ts recoveryLevel).
 */
export function parseWireAttributes(input: unknown): ParsedAttributes {
  const attributes = readObject(input, "field 'attributes'");
  const optionalDate = (field: 'nbf' | 'exp'): Date | undefined => {
    const seconds = optionalInteger(attributes, field, SECONDS, 'attributes');
    return seconds === undefined ? undefined : fromUnixSeconds(seconds);
  };
  const recoverableDays = optionalInteger(attributes, 'recoverableDays', { min: 0, max: 90 }, 'attributes') ?? 90;
  const level = readNullable(attributes, 'recoveryLevel');
  return {
    enabled: optionalBoolean(attributes, 'enabled', 'attributes') ?? true,
    notBefore: optionalDate('nbf'),
    expiresOn: optionalDate('exp'),
    createdOn: requiredSeconds(attributes, 'created'),
    updatedOn: requiredSeconds(attributes, 'updated'),
    recoverableDays,
    recoveryLevel: level === 'Recoverable+Purgeable' || level === 'CustomizedRecoverable+Purgeable' ? level : recoveryLevel(recoverableDays),
    exportable: optionalBoolean(attributes, 'exportable', 'attributes') ?? false,
  };
}
