/**
 * Pure rendering of keys: the stable JSON shapes that `coffer key … --json` promises (the
 * VaultKey model with dates as ISO text and absent values as null; key order is part of the
 * contract) and the text tables. A VaultKey holds public parts only, so nothing rendered here
 * can carry private key material.
 */
import type { DeletedKey, KeyOperationResult, KeyProperties, KeyRotationPolicy, RecoveryLevel, VaultKey } from '../../core/model.js';
import type { KeyOperationName, KeyType, PublicJwk } from '../../core/crypto/key-types.js';
import { deletedTable, expiryCell, isoOrNull, propertiesTable, renderTable } from '../format.js';

/** A key version's properties as `--json` prints them. */
export interface KeyPropertiesJson {
  readonly name: string;
  readonly version: string;
  readonly enabled: boolean;
  readonly notBefore: string | null;
  readonly expiresOn: string | null;
  readonly createdOn: string;
  readonly updatedOn: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly managed: boolean;
  readonly exportable: boolean;
  readonly recoverableDays: number;
  readonly recoveryLevel: RecoveryLevel;
}

/** A key as `--json` prints it: the VaultKey model. */
export interface VaultKeyJson {
  readonly name: string;
  readonly keyType: KeyType;
  readonly keyOperations: readonly KeyOperationName[];
  readonly key: PublicJwk;
  readonly keySize: number;
  readonly curve: string | null;
  readonly properties: KeyPropertiesJson;
}

export function keyPropertiesJson(p: KeyProperties): KeyPropertiesJson {
  return {
    name: p.name,
    version: p.version,
    enabled: p.enabled,
    notBefore: isoOrNull(p.notBefore),
    expiresOn: isoOrNull(p.expiresOn),
    createdOn: p.createdOn.toISOString(),
    updatedOn: p.updatedOn.toISOString(),
    tags: { ...p.tags },
    managed: p.managed,
    exportable: p.exportable,
    recoverableDays: p.recoverableDays,
    recoveryLevel: p.recoveryLevel,
  };
}

/**
 * The public JWK, field by field: only the public members are copied, so that even a core
 * change that let a private field into a VaultKey would not reach the output.
 */
export function publicJwkJson(jwk: PublicJwk): PublicJwk {
  if (jwk.kty === 'RSA') return { kty: 'RSA', ...(jwk.n === undefined ? {} : { n: jwk.n }), ...(jwk.e === undefined ? {} : { e: jwk.e }) };
  if (jwk.kty === 'EC') {
    return {
      kty: 'EC', ...(jwk.crv === undefined ? {} : { crv: jwk.crv }),
      ...(jwk.x === undefined ? {} : { x: jwk.x }), ...(jwk.y === undefined ? {} : { y: jwk.y }),
    };
  }
  return { kty: jwk.kty };
}

export function vaultKeyJson(key: VaultKey): VaultKeyJson {
  return {
    name: key.name,
    keyType: key.keyType,
    keyOperations: [...key.keyOperations],
    key: publicJwkJson(key.key),
    keySize: key.keySize,
    curve: key.curve ?? null,
    properties: keyPropertiesJson(key.properties),
  };
}

/** A deleted key: the key's latest version and the deletion's dates. */
export function deletedKeyJson(deleted: DeletedKey): VaultKeyJson & { readonly deletedOn: string; readonly scheduledPurgeDate: string } {
  return { ...vaultKeyJson(deleted.key), deletedOn: deleted.deletedOn.toISOString(), scheduledPurgeDate: deleted.scheduledPurgeDate.toISOString() };
}

/** The outcome of sign, encrypt, decrypt, wrap or unwrap; bytes as base64url. */
export function operationJson(result: KeyOperationResult): Record<string, string> {
  return {
    keyId: result.keyId,
    algorithm: result.algorithm,
    result: Buffer.from(result.result).toString('base64url'),
    ...(result.iv === undefined ? {} : { iv: Buffer.from(result.iv).toString('base64url') }),
    ...(result.tag === undefined ? {} : { tag: Buffer.from(result.tag).toString('base64url') }),
  };
}

/** `RSA 2048`, `EC P-256`, `oct 256`. */
export function keyKind(key: Pick<VaultKey, 'keyType' | 'keySize' | 'curve'>): string {
  return key.keyType === 'EC' ? `EC ${key.curve ?? ''}` : `${key.keyType} ${key.keySize}`;
}

const dateCell = (date: Date | undefined): string => (date === undefined ? '-' : date.toISOString());

/** `key get` as text: one property a line, then the public key. */
export function keyDetails(key: VaultKey, now: Date, publicKey: string): string {
  const p = key.properties;
  const tags = Object.entries(p.tags).map(([name, value]) => `${name}=${value}`).join(', ');
  const rows: [string, string][] = [
    ['Name', key.name],
    ['Version', p.version],
    ['Type', keyKind(key)],
    ['Operations', key.keyOperations.join(', ') || '-'],
    ['Enabled', String(p.enabled)],
    ['Not before', dateCell(p.notBefore)],
    ['Expires', expiryCell(p.expiresOn, now)],
    ['Created', p.createdOn.toISOString()],
    ['Updated', p.updatedOn.toISOString()],
    ['Exportable', String(p.exportable)],
    ['Tags', tags === '' ? '-' : tags],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return `${rows.map(([label, value]) => `${`${label}:`.padEnd(width)}  ${value}`).join('\n')}\n\n${publicKey}`;
}

/** `key list` and `key versions` as text. */
export const keyPropertiesTable = propertiesTable;

/** `key deleted` as text. */
export function deletedKeysTable(list: readonly DeletedKey[], now: Date): string {
  return deletedTable(list.map((d) => ({ ...d, properties: d.key.properties })), now, 'No deleted keys.');
}

/** `key rotation-policy get` as text: one action a line, then the expiry of new versions. */
export function rotationPolicyText(name: string, policy: KeyRotationPolicy): string {
  const actions = policy.lifetimeActions.map((a) => [a.action, a.timeAfterCreate === undefined
    ? `${a.timeBeforeExpiry ?? ''} before expiry`
    : `${a.timeAfterCreate} after creation`]);
  const table = actions.length === 0 ? 'No lifetime actions.\n' : renderTable(['ACTION', 'WHEN'], actions);
  const origin = policy.updatedOn === undefined ? 'the default policy' : `updated ${policy.updatedOn.toISOString()}`;
  return `Rotation policy of key ${name} (${origin}):\n${table}New versions expire: ${policy.expiresIn === undefined ? 'never (no expiryTime)' : `${policy.expiresIn} after creation`}\n`;
}
