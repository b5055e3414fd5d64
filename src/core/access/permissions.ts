/**
 * Data-plane permissions and Azure's built-in roles, as far as the vault's object types go.
 * Roles are the unit users assign; permissions are what each operation checks.
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
  | 'vault/create'
  | 'vault/rekey';

export type RoleName =
  | 'Administrator'
  | 'Reader'
  | 'Secrets Officer'
  | 'Secrets User';

const SECRET_PERMISSIONS: readonly Permission[] = [
  'secrets/get', 'secrets/set', 'secrets/readMetadata', 'secrets/update', 'secrets/delete',
  'secrets/recover', 'secrets/purge', 'secrets/backup', 'secrets/restore',
];

/** What each built-in role grants (Azure: Key Vault Administrator, Reader, Secrets Officer, Secrets User). */
export const ROLES: Readonly<Record<RoleName, readonly Permission[]>> = {
  Administrator: [...SECRET_PERMISSIONS, 'vault/create', 'vault/rekey'],
  Reader: ['secrets/readMetadata'],
  'Secrets Officer': SECRET_PERMISSIONS,
  'Secrets User': ['secrets/get', 'secrets/readMetadata'],
};

export function roleGrants(role: RoleName, permission: Permission): boolean {
  return ROLES[role].includes(permission);
}
