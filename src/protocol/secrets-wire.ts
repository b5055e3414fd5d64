/**
 * Secrets on the wire (secrets.json): SecretBundle, SecretItem, DeletedSecretBundle,
 * DeletedSecretItem, and the bodies of set (PUT) and update (PATCH). The server turns domain
 * objects into the first four and requests into domain options; the remote client does the
 * reverse. Ids are absolute (`{origin}/secrets/{name}/{version}`); times are Unix seconds.
 */
import { BadParameterError } from '../core/errors.js';
import type { DeletedSecret, Secret, SecretProperties, SetSecretOptions, UpdateSecretOptions } from '../core/model.js';
import { validateContentType, validateSecretValue } from '../core/names.js';
import { attributesWire, parseAttributeInput, parseWireAttributes, requiredUnixSeconds, toUnixSeconds, type WireAttributes } from './attributes-wire.js';
import { optionalBoolean, readNullable, readObject, requiredString, type JsonObject } from './body-fields.js';
import { objectId, parseObjectId, parseRecoveryId, recoveryId } from './ids.js';
import { parseTags, tagsWire } from './tags-wire.js';

/** What SecretBundle and SecretItem share. `kid` and `managed` appear only for a certificate's secret. */
interface SecretWireProperties {
  readonly id: string;
  readonly contentType?: string;
  readonly attributes: WireAttributes;
  readonly tags?: Readonly<Record<string, string>>;
  readonly managed?: true;
}

export interface SecretBundle extends SecretWireProperties {
  readonly value?: string;
  readonly kid?: string;
}

export type SecretItem = SecretWireProperties;

interface Deletion {
  readonly recoveryId: string;
  readonly deletedDate: number;
  readonly scheduledPurgeDate: number;
}

export type DeletedSecretBundle = Omit<SecretBundle, 'value'> & Deletion;
export type DeletedSecretItem = SecretItem & Deletion;

function wireProperties(origin: string, properties: SecretProperties, versioned: boolean): SecretWireProperties {
  return {
    id: objectId(origin, 'secrets', properties.name, versioned ? properties.version : undefined),
    ...(properties.contentType === undefined ? {} : { contentType: properties.contentType }),
    attributes: attributesWire(properties),
    ...tagsWire(properties.tags),
    ...(properties.managed ? { managed: true as const } : {}),
  };
}

/** A version's properties as a bundle without its value: PATCH, recover and restore answer this. */
export function secretPropertiesBundle(origin: string, properties: SecretProperties): SecretBundle {
  // A certificate's secret names the key made with it: same name, same version.
  const kid = properties.managed ? { kid: objectId(origin, 'keys', properties.name, properties.version) } : {};
  return { ...wireProperties(origin, properties, true), ...kid };
}

/** GET and PUT /secrets/{name}: the version with its value. */
export function secretBundle(origin: string, secret: Secret): SecretBundle {
  return { value: secret.value, ...secretPropertiesBundle(origin, secret.properties) };
}

/**
 * A list entry. GET /secrets lists the base id (`versioned` false) with the latest version's
 * attributes (reference, rule 12); GET /secrets/{name}/versions lists each version's id.
 */
export function secretItem(origin: string, properties: SecretProperties, versioned: boolean): SecretItem {
  return wireProperties(origin, properties, versioned);
}

function deletion(origin: string, deleted: DeletedSecret): Deletion {
  return {
    recoveryId: recoveryId(origin, 'secrets', deleted.properties.name),
    deletedDate: toUnixSeconds(deleted.deletedOn),
    scheduledPurgeDate: toUnixSeconds(deleted.scheduledPurgeDate),
  };
}

/** DELETE /secrets/{name} and GET /deletedsecrets/{name}: never the value. */
export function deletedSecretBundle(origin: string, deleted: DeletedSecret): DeletedSecretBundle {
  return { ...deletion(origin, deleted), ...secretPropertiesBundle(origin, deleted.properties) };
}

export function deletedSecretItem(origin: string, deleted: DeletedSecret): DeletedSecretItem {
  return { ...deletion(origin, deleted), ...wireProperties(origin, deleted.properties, false) };
}

/** PUT /secrets/{name} (SecretSetParameters): `value` required; contentType, attributes, tags. */
export function parseSecretSetParameters(input: unknown): { value: string; options: SetSecretOptions } {
  const body = readObject(input, 'secret set request');
  const value = validateSecretValue(requiredString(body, 'value'));
  const contentType = readContentType(body);
  const { enabled, notBefore, expiresOn } = parseAttributeInput(body, false);
  const tags = parseTags(body);
  const options: SetSecretOptions = {
    ...(contentType === undefined || contentType === null ? {} : { contentType }),
    ...(enabled === undefined ? {} : { enabled }),
    ...(notBefore instanceof Date ? { notBefore } : {}),
    ...(expiresOn instanceof Date ? { expiresOn } : {}),
    ...(tags === undefined ? {} : { tags }),
  };
  return { value, options };
}

/** PATCH /secrets/{name}/{version} (SecretUpdateParameters). `null` clears contentType, nbf or exp; a `value` is ignored, as Azure ignores it. */
export function parseSecretUpdateParameters(input: unknown): UpdateSecretOptions {
  const body = readObject(input, 'secret update request');
  const contentType = readContentType(body, true);
  const { enabled, notBefore, expiresOn } = parseAttributeInput(body, true);
  const tags = parseTags(body);
  return {
    ...(contentType === undefined ? {} : { contentType }),
    ...(enabled === undefined ? {} : { enabled }),
    ...(notBefore === undefined ? {} : { notBefore }),
    ...(expiresOn === undefined ? {} : { expiresOn }),
    ...(tags === undefined ? {} : { tags }),
  };
}

function readContentType(body: JsonObject, clearable = false): string | null | undefined {
  const raw = readNullable(body, 'contentType');
  if (raw === null) return clearable ? null : undefined;
  if (raw !== undefined && typeof raw !== 'string') throw new BadParameterError("Invalid field 'contentType': expected a string.");
  return raw === undefined ? undefined : validateContentType(raw);
}

/** The body the remote client sends to set a secret. */
export function secretSetParametersWire(value: string, options: SetSecretOptions = {}): JsonObject {
  return {
    value,
    ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    attributes: requestAttributes(options),
    ...(options.tags === undefined ? {} : { tags: { ...options.tags } }),
  };
}

/** The body the remote client sends to update a version; `null` clears. */
export function secretUpdateParametersWire(options: UpdateSecretOptions): JsonObject {
  return {
    ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    attributes: requestAttributes(options),
    ...(options.tags === undefined ? {} : { tags: { ...options.tags } }),
  };
}

/** Request `attributes` from options: enabled, nbf and exp (`null` kept, to clear). */
export function requestAttributes(options: { enabled?: boolean; notBefore?: Date | null; expiresOn?: Date | null }): JsonObject {
  const seconds = (date: Date | null): number | null => (date === null ? null : toUnixSeconds(date));
  return {
    ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
    ...(options.notBefore === undefined ? {} : { nbf: seconds(options.notBefore) }),
    ...(options.expiresOn === undefined ? {} : { exp: seconds(options.expiresOn) }),
  };
}

/** A secret version's properties, with `version` undefined for a list entry's base id. */
export type ListedSecretProperties = Omit<SecretProperties, 'version'> & { readonly version: string | undefined };

/** Reads a SecretBundle or SecretItem (without its value), for the remote client. */
export function parseSecretProperties(input: unknown): ListedSecretProperties {
  const body = readObject(input, 'secret');
  const id = parseObjectId(requiredString(body, 'id'), 'secrets');
  const { exportable: _ignored, ...attributes } = parseWireAttributes(readNullable(body, 'attributes'));
  const contentType = readContentType(body) ?? undefined;
  return {
    name: id.name, version: id.version, ...attributes, contentType,
    tags: parseTags(body) ?? {}, managed: optionalBoolean(body, 'managed') ?? false,
  };
}

function versioned(properties: ListedSecretProperties): SecretProperties {
  const { version } = properties;
  if (version === undefined) throw new BadParameterError("Invalid field 'id': expected the id of a secret version.");
  return { ...properties, version };
}

/** Reads a SecretBundle with its value. */
export function parseSecretBundle(input: unknown): Secret {
  const body = readObject(input, 'secret');
  return { properties: versioned(parseSecretProperties(body)), value: requiredString(body, 'value') };
}

/** Reads a DeletedSecretBundle. */
export function parseDeletedSecretBundle(input: unknown): DeletedSecret {
  const body = readObject(input, 'deleted secret');
  const properties = versioned(parseSecretProperties(body));
  parseRecoveryId(requiredString(body, 'recoveryId'), 'secrets');
  return { properties, deletedOn: requiredUnixSeconds(body, 'deletedDate'), scheduledPurgeDate: requiredUnixSeconds(body, 'scheduledPurgeDate') };
}
