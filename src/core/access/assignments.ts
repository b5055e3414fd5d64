/**
 * Role assignments bound to claims: which principals an assignment covers, and the rules
 * that withhold a privileged role from risky runs. Claims must come from a verified token
 * (or, for a `principal` match, from an authenticated name): matching trusts them as given.
 */
import { globMatches } from './claim-glob.js';
import { rolePrivileged, type RoleName } from './permissions.js';
import type { Principal } from './principal.js';

/** The claims an assignment can bind on; `principal` is the principal's own name. */
export const MATCH_CLAIMS = [
  'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'ref', 'environment', 'event_name',
  'job_workflow_ref', 'runner_environment', 'sub', 'principal',
] as const;

export type MatchClaim = (typeof MATCH_CLAIMS)[number];

/** Each value is exact or a glob (see claim-glob.ts); every one given must match. */
export type PrincipalMatch = Readonly<Partial<Record<MatchClaim, string>>>;

export type RunnerEnvironment = 'github-hosted' | 'self-hosted';

/** Opt-ins for runs a privileged role is withheld from by default. */
export interface AssignmentAllowances {
  /** `pull_request_target`, `workflow_run`: events whose runs may still use this assignment. */
  readonly events?: readonly string[];
  /** `['self-hosted']` lets self-hosted runners use a privileged role. */
  readonly runnerEnvironment?: readonly RunnerEnvironment[];
}

/** A role granted to the principals a match covers, over a scope: the vault, a collection, an object or a name prefix. */
export interface RoleAssignment {
  /** 32 lowercase hex characters; assignments kept in a file always have one. */
  readonly id?: string;
  /** A string is an exact principal name (a CLI user), the same as `{ principal: name }`. */
  readonly principal: string | PrincipalMatch;
  readonly role: RoleName;
  /** `/`, `/secrets`, `/secrets/db-password`, or a prefix ending in `*`: `/secrets/app-*`. */
  readonly scope: string;
  readonly allow?: AssignmentAllowances;
  /** When it was made, ISO 8601. */
  readonly created?: string;
}

/** An assignment as stored: validated, with its id and creation time. */
export interface StoredRoleAssignment extends RoleAssignment {
  readonly id: string;
  readonly principal: PrincipalMatch;
  readonly created: string;
}

/** GitHub treats owner and repository names case-insensitively; every other claim is compared exactly. */
const CASE_INSENSITIVE: ReadonlySet<MatchClaim> = new Set<MatchClaim>(['repository', 'repository_owner']);

/**
 * Events whose runs carry the base branch's claims while running code from a fork or another
 * workflow: a privileged role is withheld from them unless the assignment names the event.
 */
export const UNTRUSTED_EVENTS: ReadonlySet<string> = new Set(['pull_request_target', 'workflow_run']);

function claimMatches(claim: MatchClaim, pattern: string, who: Principal): boolean {
  const value = claim === 'principal' ? who.name : who.claims[claim];
  if (value === undefined) return false;
  return CASE_INSENSITIVE.has(claim) ? globMatches(pattern.toLowerCase(), value.toLowerCase()) : globMatches(pattern, value);
}

/** True if every condition of the match holds for `who`; an empty match covers no one. */
export function principalMatches(match: string | PrincipalMatch, who: Principal): boolean {
  if (typeof match === 'string') return match === who.name;
  const conditions = Object.entries(match) as [MatchClaim, string | undefined][];
  if (conditions.length === 0) return false;
  return conditions.every(([claim, pattern]) => pattern !== undefined && claimMatches(claim, pattern, who));
}

/**
 * Whether an assignment grants anything to `who`. A privileged role (see rolePrivileged) is
 * withheld from a pull_request_target or workflow_run run unless `allow.events` names the
 * event, and from a self-hosted runner unless `allow.runnerEnvironment` includes
 * `self-hosted`: a self-hosted machine may be shared or persistent, so what one job fetched
 * another may read. A run whose token lacks `event_name` or `runner_environment` counts as
 * untrusted. Unprivileged roles (metadata, public material) are not withheld.
 */
export function assignmentApplies(assignment: RoleAssignment, who: Principal): boolean {
  if (!principalMatches(assignment.principal, who)) return false;
  if (!rolePrivileged(assignment.role)) return true;
  // Bound to a principal by name (a vault token's subject): not a workflow run, no run claims.
  if (typeof assignment.principal === 'string' || assignment.principal.principal !== undefined) return true;
  // A workflow token without the run's event or runner claims (another issuer, an older GitHub
  // Enterprise Server) is treated as the untrusted case, not the trusted one: fail closed.
  const event = who.claims.event_name;
  if (event === undefined || (UNTRUSTED_EVENTS.has(event) && !(assignment.allow?.events?.includes(event) ?? false))) return false;
  const selfHostedAllowed = assignment.allow?.runnerEnvironment?.includes('self-hosted') ?? false;
  return who.claims.runner_environment === 'github-hosted' || selfHostedAllowed;
}

/** The assignments that grant `who` something: computed once per identity, decided per request. */
export function assignmentsFor<A extends RoleAssignment>(assignments: readonly A[], who: Principal): A[] {
  return assignments.filter((assignment) => assignmentApplies(assignment, who));
}

/**
 * Advice on a valid assignment. Binding only on names lets a renamed or deleted-and-recreated
 * repository (or owner) with the same name take the grant over; ids are never reused.
 */
export function assignmentWarnings(assignment: RoleAssignment): string[] {
  const match = typeof assignment.principal === 'string' ? { principal: assignment.principal } : assignment.principal;
  const warnings: string[] = [];
  const pinned = match.repository_id !== undefined || match.repository_owner_id !== undefined || match.principal !== undefined;
  if (!pinned) {
    warnings.push('The assignment binds on names only: a renamed or recreated repository with the same name would take it over. Add the repository id (--repository-id) or the owner id.');
  }
  for (const event of assignment.allow?.events ?? []) {
    if (UNTRUSTED_EVENTS.has(event) && rolePrivileged(assignment.role)) {
      warnings.push(`The assignment lets ${event} runs use ${assignment.role}: those runs may execute code from a fork or another workflow.`);
    }
  }
  return warnings;
}
