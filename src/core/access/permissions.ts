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
  | 'certificates/get'
  | 'certificates/list'
  | 'certificates/create'
  | 'certificates/import'
  | 'certificates/update'
  | 'certificates/delete'
  | 'certificates/recover'
  | 'certificates/purge'
  | 'certificates/backup'
  | 'certificates/restore'
  | 'certificates/managecontacts'
  | 'certificates/manageissuers'
  | 'certificates/getissuers'
  | 'certificates/listissuers'
  | 'vault/create'
  | 'roles/read'
  | 'roles/write'
  | 'vault/rekey';

export type RoleName =
  | 'Administrator'
  | 'Reader'
  | 'Secrets Officer'
  | 'Secrets User'
  | 'Crypto Officer'
  | 'Crypto User'
  | 'Crypto Service Encryption User'
  | 'Certificates Officer'
  | 'Certificate User'
  | 'Data Access Administrator';

const SECRET_PERMISSIONS: readonly Permission[] = [
  'secrets/get', 'secrets/set', 'secrets/readMetadata', 'secrets/update', 'secrets/delete',
  'secrets/recover', 'secrets/purge', 'secrets/backup', 'secrets/restore',
];

const KEY_USE: readonly Permission[] = ['keys/sign', 'keys/verify', 'keys/encrypt', 'keys/decrypt', 'keys/wrapKey', 'keys/unwrapKey'];

const KEY_PERMISSIONS: readonly Permission[] = [
  'keys/read', 'keys/create', 'keys/import', 'keys/update', 'keys/delete', 'keys/recover', 'keys/purge',
  'keys/backup', 'keys/restore', 'keys/rotate', 'keys/readRotationPolicy', 'keys/writeRotationPolicy', ...KEY_USE, 'rng/get',
];

const CERTIFICATE_PERMISSIONS: readonly Permission[] = [
  'certificates/get', 'certificates/list', 'certificates/create', 'certificates/import', 'certificates/update',
  'certificates/delete', 'certificates/recover', 'certificates/purge', 'certificates/backup', 'certificates/restore',
  'certificates/managecontacts', 'certificates/manageissuers', 'certificates/getissuers', 'certificates/listissuers',
];

/**
 * What each built-in role grants (Azure: Key Vault Administrator, Reader, Secrets Officer,
 * Secrets User, Crypto Officer, Crypto User, Crypto Service Encryption User, Certificates
 * Officer, Certificate User).
 */
export const ROLES: Readonly<Record<RoleName, readonly Permission[]>> = {
  Administrator: [...SECRET_PERMISSIONS, ...KEY_PERMISSIONS, ...CERTIFICATE_PERMISSIONS, 'vault/create', 'vault/rekey'],
  Reader: ['secrets/readMetadata', 'keys/read', 'keys/readRotationPolicy', 'certificates/get', 'certificates/list'],
  'Secrets Officer': SECRET_PERMISSIONS,
  'Secrets User': ['secrets/get', 'secrets/readMetadata'],
  'Crypto Officer': KEY_PERMISSIONS,
  'Crypto User': ['keys/read', ...KEY_USE, 'rng/get'],
  'Crypto Service Encryption User': ['keys/read', 'keys/wrapKey', 'keys/unwrapKey'],
  'Certificates Officer': CERTIFICATE_PERMISSIONS,
  // As in Azure: a certificate's private key is served as its secret, its public key as its key.
  'Certificate User': ['certificates/get', 'certificates/list', 'secrets/get', 'keys/read'],
  // Azure's Key Vault Data Access Administrator: manages who may do what, and nothing else. Not
  // part of Administrator (as in Azure), so a workflow granted Administrator cannot grant itself,
  // or a fork, more. An assignment of it must name a principal (a vault token's subject).
  'Data Access Administrator': ['roles/read', 'roles/write'],
};

export const ROLE_NAMES: readonly RoleName[] = Object.keys(ROLES) as RoleName[];

export function isRoleName(text: string): text is RoleName {
  return Object.hasOwn(ROLES, text);
}

/**
 * Permissions that reveal no secret material and change nothing: metadata, public keys,
 * certificates (public), verification. Everything else is privileged — secrets/get included,
 * since reading a secret's value is exactly what untrusted code in a pull_request_target run
 * is after.
 */
const UNPRIVILEGED: ReadonlySet<Permission> = new Set<Permission>([
  'secrets/readMetadata', 'keys/read', 'keys/readRotationPolicy', 'keys/verify',
  'certificates/get', 'certificates/list', 'certificates/getissuers', 'certificates/listissuers',
]);

/** A role is privileged if it grants anything beyond metadata and public material. */
export function rolePrivileged(role: RoleName): boolean {
  return ROLES[role].some((permission) => !UNPRIVILEGED.has(permission));
}

export function roleGrants(role: RoleName, permission: Permission): boolean {
  return ROLES[role].includes(permission);
}
