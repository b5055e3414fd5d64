/**
 * Role assignments over HTTPS, for `coffer role … --server URL`: the server's access file,
 * managed by a caller whose own role grants `roles/read` or `roles/write` (Administrator).
 * Not part of the Key Vault API (Azure manages data-plane role assignments in its control
 * plane), so the routes live under `/coffer/`. Every call is audited, refusals included.
 */
import { VaultError } from '../core/errors.js';
import type { Permission } from '../core/access/permissions.js';
import type { StoredRoleAssignment } from '../core/access/assignments.js';
import type { LocalVault } from '../core/vault.js';
import type { AccessFile } from './auth/access-file.js';
import type { Identity } from './server.js';

/** What a route may do with the access file, as one caller. */
export interface RoleAdministration {
  list(): Promise<readonly StoredRoleAssignment[]>;
  assign(input: unknown): Promise<StoredRoleAssignment>;
  remove(id: string): Promise<StoredRoleAssignment>;
}

export interface RoleAdminRequest {
  readonly identity: Identity;
  readonly vault: LocalVault;
  readonly access: AccessFile | undefined;
  readonly correlationId: string;
  readonly callerIpAddress: string;
  readonly started: Date;
}

export function roleAdministration(request: RoleAdminRequest): RoleAdministration {
  const { identity, vault, correlationId, callerIpAddress, started } = request;
  const who = identity.principal;
  const context = { who, correlationId, callerIpAddress, record: vault.record.bind(vault) };
  const access = (): AccessFile => {
    if (request.access === undefined) throw new VaultError('BadParameter', 'This server keeps no role assignments (it was started without an access file).');
    return request.access;
  };
  /** Refusals are audited here; AccessFile audits the changes (and their failures) itself. */
  const authorize = async (permission: Permission, operationName: string): Promise<void> => {
    if (identity.authorizer.decide(who, permission, '/').allowed) return;
    const error = new VaultError('Forbidden', `${who.name} is not allowed to ${permission} on /.`, { innerCode: 'ForbiddenByRbac' });
    await vault.record({ operationName, who, started, correlationId, callerIpAddress, id: '/roleassignments', error });
    throw error;
  };
  return {
    list: async () => {
      await authorize('roles/read', 'RoleAssignmentList');
      const assignments = access().assignments;
      await vault.record({ operationName: 'RoleAssignmentList', who, started, correlationId, callerIpAddress, id: '/roleassignments' });
      return assignments;
    },
    assign: async (input) => {
      await authorize('roles/write', 'RoleAssignmentCreate');
      return access().assign(input, context);
    },
    remove: async (id) => {
      await authorize('roles/write', 'RoleAssignmentDelete');
      return access().remove(id, context);
    },
  };
}
