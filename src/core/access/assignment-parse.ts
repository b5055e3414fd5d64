/**
 * Validating a role assignment, from a CLI, an API body or the access file. Refused at
 * configuration time: an assignment with no condition, and one with no anchor — a condition
 * that names a repository, an owner or a principal — since any repository on GitHub can ask
 * the issuer for a token with our audience (the workflow picks the audience).
 */
import { randomBytes } from 'node:crypto';
import { BadParameterError, quote } from '../errors.js';
import type { RandomSource } from '../crypto/envelope.js';
import { MAX_GLOB_LENGTH, MAX_GLOB_STARS, starCount } from './claim-glob.js';
import { ROLE_NAMES, isRoleName } from './permissions.js';
import { MATCH_CLAIMS, type AssignmentAllowances, type MatchClaim, type PrincipalMatch, type RoleAssignment, type RunnerEnvironment,
  type StoredRoleAssignment } from './assignments.js';

const MAX_CONDITIONS = 16;
const MAX_ALLOWED_EVENTS = 16;
const FIELDS = ['id', 'principal', 'role', 'scope', 'allow', 'created'];
const SCOPE = /^\/(?:(?:secrets|keys|certificates)(?:\/[0-9a-zA-Z-]{1,127}|\/[0-9a-zA-Z-]{1,126}\*)?)?$/;
const ID = /^[0-9a-f]{32}$/;
const NUMERIC_ID = /^[0-9]{1,20}$/;
const EVENT = /^[a-z_]{1,64}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** `repo:OWNER/…` with a literal owner: a sub pattern that cannot reach another owner's repositories. */
const ANCHORED_SUB = /^repo:[^*/:]+\//;

/** What a wrong value was, for a message: strings quoted (bounded), anything else by its type. */
function describe(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFields(value: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new BadParameterError(`Unknown ${what} field ${quote(key)}: expected ${allowed.join(', ')}.`);
  }
}

/** A built-in role name, or BadParameterError listing them. */
export function parseRole(value: unknown): RoleAssignment['role'] {
  if (typeof value === 'string' && isRoleName(value)) return value;
  throw new BadParameterError(`Unknown role ${describe(value)}: expected one of ${ROLE_NAMES.join(', ')}.`);
}

/** A valid assignment scope, or BadParameterError. */
export function parseScope(value: unknown): string {
  if (typeof value === 'string' && SCOPE.test(value)) return value;
  throw new BadParameterError(`Invalid scope ${describe(value)}: expected /, /secrets, /keys, /certificates, /secrets/NAME or a name prefix such as /secrets/app-*.`);
}

/** The rules each claim's value must follow beyond the common bounds. */
function checkClaimValue(claim: MatchClaim, value: string): void {
  const bad = (expected: string): never => {
    throw new BadParameterError(`Invalid ${claim} ${quote(value)}: ${expected}.`);
  };
  if (claim === 'repository_id' || claim === 'repository_owner_id') {
    if (!NUMERIC_ID.test(value)) bad('expected a numeric id (ids are never patterns)');
  } else if (claim === 'repository') {
    const slash = value.indexOf('/');
    if (slash <= 0 || value.slice(0, slash).includes('*')) bad("expected OWNER/NAME with a literal owner ('*' only in the name)");
  } else if (claim === 'repository_owner' || claim === 'principal') {
    if (value.includes('*')) bad("expected an exact name, '*' is not allowed here");
  }
}

function parseCondition(claim: MatchClaim, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_GLOB_LENGTH || CONTROL.test(value)) {
    throw new BadParameterError(`Invalid ${claim} ${describe(value)}: expected 1-${MAX_GLOB_LENGTH} printable characters.`);
  }
  if (starCount(value) > MAX_GLOB_STARS) throw new BadParameterError(`Invalid ${claim} ${quote(value)}: at most ${MAX_GLOB_STARS} '*' in a pattern.`);
  checkClaimValue(claim, value);
  return value;
}

function isAnchor(claim: MatchClaim, value: string): boolean {
  if (claim === 'sub') return ANCHORED_SUB.test(value);
  return ['repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'principal'].includes(claim);
}

function parseMatch(value: unknown): PrincipalMatch {
  const given = typeof value === 'string' ? { principal: value } : value;
  if (!isRecord(given)) throw new BadParameterError(`Invalid principal ${describe(value)}: expected a principal name or an object of claims.`);
  const entries = Object.entries(given);
  if (entries.length === 0) throw new BadParameterError('The role assignment has no condition: name a repository (with its id), an owner id or a principal.');
  if (entries.length > MAX_CONDITIONS) throw new BadParameterError(`The role assignment has ${entries.length} conditions: the limit is ${MAX_CONDITIONS}.`);
  const match: Partial<Record<MatchClaim, string>> = {};
  for (const [key, raw] of entries) {
    const claim = MATCH_CLAIMS.find((c) => c === key);
    if (claim === undefined) throw new BadParameterError(`Unknown claim ${quote(key)}: expected one of ${MATCH_CLAIMS.join(', ')}.`);
    match[claim] = parseCondition(claim, raw);
  }
  const anchored = Object.entries(match).some(([claim, v]) => isAnchor(claim as MatchClaim, v));
  if (!anchored) {
    throw new BadParameterError(`The role assignment names no repository, owner or principal (only ${Object.keys(match).join(', ')}): any repository could match it.`);
  }
  return match;
}

function parseStrings(value: unknown, what: string): readonly string[] {
  if (!Array.isArray(value) || value.length > MAX_ALLOWED_EVENTS) throw new BadParameterError(`Invalid ${what} ${describe(value)}: expected a list of at most ${MAX_ALLOWED_EVENTS}.`);
  return value.map((item: unknown) => (typeof item === 'string' ? item : describe(item)));
}

function parseAllow(value: unknown): AssignmentAllowances {
  if (!isRecord(value)) throw new BadParameterError(`Invalid allow ${describe(value)}: expected an object with events and runnerEnvironment.`);
  checkFields(value, ['events', 'runnerEnvironment'], 'allow');
  const allow: { events?: readonly string[]; runnerEnvironment?: readonly RunnerEnvironment[] } = {};
  if (value.events !== undefined) {
    allow.events = parseStrings(value.events, 'allow.events');
    const bad = allow.events.find((e) => !EVENT.test(e));
    if (bad !== undefined) throw new BadParameterError(`Invalid event ${quote(bad)}: expected a GitHub event name such as pull_request_target.`);
  }
  if (value.runnerEnvironment !== undefined) {
    const runners = parseStrings(value.runnerEnvironment, 'allow.runnerEnvironment');
    const bad = runners.find((r) => r !== 'self-hosted' && r !== 'github-hosted');
    if (bad !== undefined) throw new BadParameterError(`Invalid runner environment ${quote(bad)}: expected self-hosted or github-hosted.`);
    allow.runnerEnvironment = runners as RunnerEnvironment[];
  }
  return allow;
}

function parseId(value: unknown): string {
  if (typeof value === 'string' && ID.test(value)) return value;
  throw new BadParameterError(`Invalid role assignment id ${describe(value)}: expected 32 lowercase hex characters.`);
}

function parseCreated(value: unknown): string {
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value) return value;
  throw new BadParameterError(`Invalid created ${describe(value)}: expected an ISO 8601 time such as 2026-01-31T12:00:00.000Z.`);
}

/**
 * Validates a role assignment. A string principal becomes `{ principal: name }`. `id` and
 * `created` are optional here and checked when given. Throws BadParameterError quoting the bad value.
 */
export function parseRoleAssignment(input: unknown): RoleAssignment & { readonly principal: PrincipalMatch } {
  if (!isRecord(input)) throw new BadParameterError(`Invalid role assignment ${describe(input)}: expected an object.`);
  checkFields(input, FIELDS, 'role assignment');
  const principal = parseMatch(input.principal);
  const role = parseRole(input.role);
  const scope = parseScope(input.scope);
  if (role === 'Data Access Administrator' && (typeof principal === 'string' ? false : principal.principal === undefined || Object.keys(principal).length !== 1)) {
    // Granting access is for a named principal (a vault token from the key holder), never for whatever workflow's claims match.
    throw new BadParameterError(`Invalid role assignment: Data Access Administrator can only be assigned to a principal by name (--principal), not by claims.`);
  }
  return {
    ...(input.id === undefined ? {} : { id: parseId(input.id) }),
    principal, role, scope,
    ...(input.allow === undefined ? {} : { allow: parseAllow(input.allow) }),
    ...(input.created === undefined ? {} : { created: parseCreated(input.created) }),
  };
}

/** Validates `input` and gives it a fresh id and creation time (any given are replaced). */
export function createRoleAssignment(input: unknown, now: Date, random: RandomSource = randomBytes): StoredRoleAssignment {
  const parsed = parseRoleAssignment(input);
  return { ...parsed, id: random(16).toString('hex'), created: now.toISOString() };
}

/** An assignment read back from storage: valid, and with its id and creation time. */
export function parseStoredRoleAssignment(input: unknown): StoredRoleAssignment {
  const parsed = parseRoleAssignment(input);
  if (parsed.id === undefined || parsed.created === undefined) throw new BadParameterError('A stored role assignment lacks its id or creation time.');
  return { ...parsed, id: parsed.id, created: parsed.created };
}
