/**
 * Data-plane permissions and Azure's built-in roles, as far as the vault's object types go.
 * Roles are the unit users assign; permissions are what each operation checks. The names
 * follow Azure's data actions (Microsoft.KeyVault/vaults/keys/sign/action → `keys/sign`).
 */

export type Permission =
  | 'secrets/get'
  | 'secrets/set'
  | 'secrets/readMetadata'
  | 'secrets/update'
  | 'secrets/delete'
  | 'secrets/recover'
  | 'secrets/purge'
  | 'secrets/backup'
  | 'secrets/restore'
  | 'keys/read'
  | 'keys/create'
  | 'keys/import'
  | 'keys/update'
  | 'keys/delete'
  | 'keys/recover'
  | 'keys/purge'
  | 'keys/backup'
  | 'keys/restore'
  | 'keys/rotate'
  | 'keys/readRotationPolicy'
  | 'keys/writeRotationPolicy'
  | 'keys/sign'
  | 'keys/verify'
  | 'keys/encrypt'
  | 'keys/decrypt'
  | 'keys/wrapKey'
  | 'keys/unwrapKey'
  | 'rng/get'
  | 'vault/create'
  | 'vault/rekey';

export type RoleName =
  | 'Administrator'
  | 'Reader'
  | 'Secrets Officer'
  | 'Secrets User'
  | 'Crypto Officer'
  | 'Crypto User'
  | 'Crypto Service Encryption User';

const SECRET_PERMISSIONS: readonly Permission[] = [
  'secrets/get', 'secrets/set', 'secrets/readMetadata', 'secrets/update', 'secrets/delete',
  'secrets/recover', 'secrets/purge', 'secrets/backup', 'secrets/restore',
];

const KEY_USE: readonly Permission[] = ['keys/sign', 'keys/verify', 'keys/encrypt', 'keys/decrypt', 'keys/wrapKey', 'keys/unwrapKey'];

const KEY_PERMISSIONS: readonly Permission[] = [
  'keys/read', 'keys/create', 'keys/import', 'keys/update', 'keys/delete', 'keys/recover', 'keys/purge',
  'keys/backup', 'keys/restore', 'keys/rotate', 'keys/readRotationPolicy', 'keys/writeRotationPolicy', ...KEY_USE, 'rng/get',
];

/**
 * What each built-in role grants (Azure: Key Vault Administrator, Reader, Secrets Officer,
 * Secrets User, Crypto Officer, Crypto User, Crypto Service Encryption User).
 */
export const ROLES: Readonly<Record<RoleName, readonly Permission[]>> = {
  Administrator: [...SECRET_PERMISSIONS, ...KEY_PERMISSIONS, 'vault/create', 'vault/rekey'],
  Reader: ['secrets/readMetadata', 'keys/read', 'keys/readRotationPolicy'],
  'Secrets Officer': SECRET_PERMISSIONS,
  'Secrets User': ['secrets/get', 'secrets/readMetadata'],
  'Crypto Officer': KEY_PERMISSIONS,
  'Crypto User': ['keys/read', ...KEY_USE, 'rng/get'],
  'Crypto Service Encryption User': ['keys/read', 'keys/wrapKey', 'keys/unwrapKey'],
};

export function roleGrants(role: RoleName, permission: Permission): boolean {
  return ROLES[role].includes(permission);
}
