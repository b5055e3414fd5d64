/**
 * The access decision: a pure function of the principal's role assignments, the permission an
 * operation needs and the object it touches. Deny by default: no matching assignment, no access.
 */
import { roleGrants, type Permission } from './permissions.js';
import type { Principal } from './principal.js';
import { assignmentApplies, type RoleAssignment } from './assignments.js';

export type { RoleAssignment } from './assignments.js';

export interface Decision {
  readonly allowed: boolean;
  /** The assignment that allowed it, so that a caller can say which role granted access. */
  readonly assignment?: RoleAssignment;
}

/** The scope path of an object: `/secrets/db-password`; names are compared in lower case. */
export function resourcePath(collection: string, name?: string): string {
  return name === undefined ? `/${collection}` : `/${collection}/${name.toLowerCase()}`;
}

export function scopeCovers(scope: string, resource: string): boolean {
  const normalized = scope.toLowerCase();
  if (normalized === '/') return true;
  if (normalized.endsWith('*')) return resource.startsWith(normalized.slice(0, -1));
  return resource === normalized || resource.startsWith(`${normalized}/`);
}

/**
 * The first assignment that covers `who` (claims, events and runner rules: assignmentApplies),
 * grants `permission`, and whose scope covers `resource`; none, no access.
 */
export function decide(assignments: readonly RoleAssignment[], who: Principal, permission: Permission, resource: string): Decision {
  const assignment = assignments.find((a) => roleGrants(a.role, permission) && scopeCovers(a.scope, resource) && assignmentApplies(a, who));
  return assignment === undefined ? { allowed: false } : { allowed: true, assignment };
}

/** Decides for a vault. A file vault's key holder is its Administrator: the key is the credential. */
export interface Authorizer {
  decide(who: Principal, permission: Permission, resource: string): Decision;
}

export const keyHolderIsAdministrator: Authorizer = {
  decide: () => ({ allowed: true, assignment: { principal: 'key holder', role: 'Administrator', scope: '/' } }),
};

export function assignmentAuthorizer(assignments: readonly RoleAssignment[]): Authorizer {
  return { decide: (who, permission, resource) => decide(assignments, who, permission, resource) };
}
