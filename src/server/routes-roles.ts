/** `/coffer/roleassignments`: Coffer's own routes for role assignments (see role-admin.ts). */
import type { Route } from './router.js';
import { param } from './route-helpers.js';

export const ROLE_ROUTES: readonly Route[] = [
  {
    method: 'GET', pattern: '/coffer/roleassignments', operation: 'RoleAssignmentList', unversioned: true,
    handle: async (ctx) => ({ status: 200, body: { value: await ctx.roles.list() } }),
  },
  {
    method: 'POST', pattern: '/coffer/roleassignments', operation: 'RoleAssignmentCreate', unversioned: true,
    handle: async (ctx) => ({ status: 201, body: await ctx.roles.assign(ctx.body) }),
  },
  {
    method: 'DELETE', pattern: '/coffer/roleassignments/{id}', operation: 'RoleAssignmentDelete', unversioned: true,
    handle: async (ctx) => ({ status: 200, body: await ctx.roles.remove(param(ctx, 'id')) }),
  },
];
