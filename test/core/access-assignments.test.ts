import { describe, it, expect } from '@jest/globals';
import { globMatches } from '../../src/core/access/claim-glob.js';
import { assignmentApplies, assignmentWarnings, principalMatches, type PrincipalMatch, type RoleAssignment } from '../../src/core/access/assignments.js';
import { createRoleAssignment, parseRoleAssignment, parseStoredRoleAssignment } from '../../src/core/access/assignment-parse.js';
import { assignmentAuthorizer, decide, resourcePath } from '../../src/core/access/decision.js';
import { ROLES, rolePrivileged, type RoleName } from '../../src/core/access/permissions.js';
import { principal, type Principal } from '../../src/core/access/principal.js';
import { BadParameterError } from '../../src/core/errors.js';

const run = (claims: Record<string, string>): Principal => principal('repo:org/app:ref:refs/heads/main', {
  repository: 'org/app', repository_id: '42', repository_owner: 'org', repository_owner_id: '7', ref: 'refs/heads/main',
  event_name: 'push', runner_environment: 'github-hosted', sub: 'repo:org/app:ref:refs/heads/main', ...claims,
});
const grant = (principalMatch: RoleAssignment['principal'], role: RoleName = 'Secrets User', allow?: RoleAssignment['allow']): RoleAssignment =>
  ({ principal: principalMatch, role, scope: '/', ...(allow === undefined ? {} : { allow }) });
const refusal = (input: unknown): string => {
  try {
    parseRoleAssignment(input);
  } catch (error) {
    expect(error).toBeInstanceOf(BadParameterError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('claim globs', () => {
  it.each([
    ['org/app', 'org/app', true], ['org/app', 'org/App', false], ['org/app', 'org/app2', false],
    ['org/app*', 'org/app', true], ['org/app*', 'org/app2', true], ['org/app*', 'org/app_x', true], ['org/app*', 'org/app.v2', true],
    ['org/app*', 'org/app-evil', false], ['org/app*', 'org/app/evil', false], ['org/app*', 'org/app:evil', false],
    ['org/app-*', 'org/app-evil', true], ['org/app-*', 'org/app-', true], ['org/app-*', 'org/app', false], ['org/app-*', 'org/app-a-b', false],
    ['org/*', 'org/app', true], ['org/*', 'other/app', false], ['org/*', 'org/a/b', false],
    ['refs/heads/*', 'refs/heads/main', true], ['refs/heads/*', 'refs/heads/feature/x', false], ['refs/heads/release-*', 'refs/heads/release-1.2', true],
    ['*', '', true], ['a*b*c', 'abc', true], ['a*b*c', 'aXbYc', true], ['a*b*c', 'aXbY-c', false], ['*.*', 'x.y', true],
  ])('%s vs %s: %s', (pattern, text, expected) => {
    expect(globMatches(pattern, text)).toBe(expected);
  });

  it('stays linear on a hostile pattern', () => {
    const pattern = `${'a*'.repeat(8)}b`;
    const started = process.hrtime.bigint();
    for (let i = 0; i < 1000; i += 1) expect(globMatches(pattern, 'a'.repeat(256))).toBe(false);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
  });
});

describe('matching claims', () => {
  it('matches every condition, repository names in any case, other claims exactly', () => {
    expect(principalMatches({ repository: 'ORG/App', repository_id: '42' }, run({}))).toBe(true);
    expect(principalMatches({ repository_owner: 'Org', repository_id: '42' }, run({}))).toBe(true);
    expect(principalMatches({ repository: 'org/app', repository_id: '43' }, run({}))).toBe(false);
    expect(principalMatches({ repository: 'org/app', ref: 'refs/heads/Main' }, run({}))).toBe(false);
    expect(principalMatches({ repository: 'org/app', environment: 'prod' }, run({}))).toBe(false);
    const bySub: PrincipalMatch = { sub: 'repo:org/app:ref:refs/heads/*' };
    expect(principalMatches(bySub, run({}))).toBe(true);
    expect(principalMatches({}, run({}))).toBe(false);
  });

  it('matches a string or a principal condition against the principal name only', () => {
    expect(principalMatches('bob', principal('bob'))).toBe(true);
    expect(principalMatches({ principal: 'bob' }, principal('bob'))).toBe(true);
    expect(principalMatches({ principal: 'bob' }, principal('alice', { principal: 'bob' }))).toBe(false);
  });

  it('refuses the right repository name with the wrong repository_id', () => {
    const authorizer = assignmentAuthorizer([grant({ repository: 'org/app', repository_id: '42' })]);
    expect(authorizer.decide(run({ repository_id: '999' }), 'secrets/get', resourcePath('secrets', 'x')).allowed).toBe(false);
    expect(authorizer.decide(run({}), 'secrets/get', resourcePath('secrets', 'x')).allowed).toBe(true);
  });
});

describe('risky runs', () => {
  const match = { repository: 'org/app', repository_id: '42' };

  it('classifies roles: only metadata and public material is unprivileged', () => {
    expect((Object.keys(ROLES) as RoleName[]).filter((role) => !rolePrivileged(role))).toEqual(['Reader']);
  });

  it.each(['pull_request_target', 'workflow_run'])('withholds privileged roles from %s unless the event is allowed', (event) => {
    const who = run({ event_name: event });
    expect(assignmentApplies(grant(match, 'Secrets User'), who)).toBe(false);
    expect(assignmentApplies(grant(match, 'Secrets Officer'), who)).toBe(false);
    expect(assignmentApplies(grant(match, 'Reader'), who)).toBe(true);
    expect(assignmentApplies(grant(match, 'Secrets User', { events: [event] }), who)).toBe(true);
    expect(assignmentApplies(grant(match, 'Secrets User', { events: ['push'] }), who)).toBe(false);
    expect(decide([grant(match, 'Administrator')], who, 'secrets/readMetadata', '/secrets').allowed).toBe(false);
  });

  it('withholds privileged roles from self-hosted runners unless allowed', () => {
    const who = run({ runner_environment: 'self-hosted' });
    expect(assignmentApplies(grant(match, 'Crypto User'), who)).toBe(false);
    expect(assignmentApplies(grant(match, 'Reader'), who)).toBe(true);
    expect(assignmentApplies(grant(match, 'Crypto User', { runnerEnvironment: ['self-hosted'] }), who)).toBe(true);
    expect(assignmentApplies(grant(match, 'Crypto User'), run({}))).toBe(true);
  });
});

describe('validating assignments', () => {
  const valid = { principal: { repository: 'org/app', repository_id: '42' }, role: 'Secrets User', scope: '/secrets/app-*' };

  it('accepts a valid assignment and a plain principal name', () => {
    expect(parseRoleAssignment(valid)).toEqual(valid);
    expect(parseRoleAssignment({ principal: 'bob', role: 'Reader', scope: '/' })).toEqual({ principal: { principal: 'bob' }, role: 'Reader', scope: '/' });
    expect(parseRoleAssignment({ ...valid, allow: { events: ['pull_request_target'], runnerEnvironment: ['self-hosted'] } }).allow)
      .toEqual({ events: ['pull_request_target'], runnerEnvironment: ['self-hosted'] });
  });

  it.each([
    [null, 'Invalid role assignment null: expected an object.'],
    [{ ...valid, extra: 1 }, "Unknown role assignment field 'extra': expected id, principal, role, scope, allow, created."],
    [{ ...valid, principal: {} }, 'The role assignment has no condition: name a repository (with its id), an owner id or a principal.'],
    [{ ...valid, principal: { ref: 'refs/heads/main', environment: 'prod' } }, 'The role assignment names no repository, owner or principal (only ref, environment): any repository could match it.'],
    [{ ...valid, principal: { sub: 'repo:*/app:ref:refs/heads/main' } }, 'The role assignment names no repository, owner or principal (only sub): any repository could match it.'],
    [{ ...valid, principal: { repository: '*/app' } }, "Invalid repository '*/app': expected OWNER/NAME with a literal owner ('*' only in the name)."],
    [{ ...valid, principal: { repository: 'app' } }, "Invalid repository 'app': expected OWNER/NAME with a literal owner ('*' only in the name)."],
    [{ ...valid, principal: { repository_id: '4*' } }, "Invalid repository_id '4*': expected a numeric id (ids are never patterns)."],
    [{ ...valid, principal: { repository_owner: 'o*' } }, "Invalid repository_owner 'o*': expected an exact name, '*' is not allowed here."],
    [{ ...valid, principal: { principal: '*' } }, "Invalid principal '*': expected an exact name, '*' is not allowed here."],
    [{ ...valid, principal: { repository: 'org/app', actor: 'me' } }, "Unknown claim 'actor': expected one of repository, repository_id, repository_owner, repository_owner_id, ref, environment, event_name, job_workflow_ref, runner_environment, sub, principal."],
    [{ ...valid, principal: { repository: 'org/a*'.padEnd(300, 'x') } }, `Invalid repository '${'org/a*'.padEnd(64, 'x')}…': expected 1-256 printable characters.`],
    [{ ...valid, principal: { repository: 'org/a\nb' } }, "Invalid repository 'org/a\\x0ab': expected 1-256 printable characters."],
    [{ ...valid, principal: { repository: `org/${'a*'.repeat(9)}` } }, `Invalid repository 'org/${'a*'.repeat(9)}': at most 8 '*' in a pattern.`],
    [{ ...valid, principal: 42 }, 'Invalid principal a number: expected a principal name or an object of claims.'],
    [{ ...valid, role: 'Owner' }, "Unknown role 'Owner': expected one of Administrator, Reader, Secrets Officer, Secrets User, Crypto Officer, Crypto User, Crypto Service Encryption User, Certificates Officer, Certificate User, Data Access Administrator."],
    [{ ...valid, scope: '/secrets/../keys' }, "Invalid scope '/secrets/../keys': expected /, /secrets, /keys, /certificates, /secrets/NAME or a name prefix such as /secrets/app-*."],
    [{ ...valid, scope: '/vault' }, "Invalid scope '/vault': expected /, /secrets, /keys, /certificates, /secrets/NAME or a name prefix such as /secrets/app-*."],
    [{ ...valid, allow: { events: ['Push!'] } }, "Invalid event 'Push!': expected a GitHub event name such as pull_request_target."],
    [{ ...valid, allow: { runnerEnvironment: ['laptop'] } }, "Invalid runner environment 'laptop': expected self-hosted or github-hosted."],
    [{ ...valid, allow: { other: [] } }, "Unknown allow field 'other': expected events, runnerEnvironment."],
    [{ ...valid, id: 'ABC' }, "Invalid role assignment id 'ABC': expected 32 lowercase hex characters."],
    [{ ...valid, created: 'yesterday' }, "Invalid created 'yesterday': expected an ISO 8601 time such as 2026-01-31T12:00:00.000Z."],
  ])('refuses %j', (input, message) => {
    expect(refusal(input)).toBe(message);
  });

  it('gives a created assignment a fresh id and time; a stored one must have both', () => {
    const made = createRoleAssignment({ ...valid, id: 'f'.repeat(32) }, new Date('2026-01-01T00:00:00Z'), (n) => Buffer.alloc(n, 0xab));
    expect(made).toEqual({ ...valid, id: 'ab'.repeat(16), created: '2026-01-01T00:00:00.000Z' });
    expect(parseStoredRoleAssignment(made)).toEqual(made);
    expect(() => parseStoredRoleAssignment(valid)).toThrow('A stored role assignment lacks its id or creation time.');
  });

  it('warns about name-only bindings and allowed risky events', () => {
    expect(assignmentWarnings(parseRoleAssignment(valid))).toEqual([]);
    expect(assignmentWarnings(grant({ principal: 'bob' }))).toEqual([]);
    expect(assignmentWarnings(grant({ repository: 'org/app' }, 'Secrets User', { events: ['workflow_run'] }))).toEqual([
      'The assignment binds on names only: a renamed or recreated repository with the same name would take it over. Add the repository id (--repository-id) or the owner id.',
      'The assignment lets workflow_run runs use Secrets User: those runs may execute code from a fork or another workflow.',
    ]);
  });
});

describe('Data Access Administrator', () => {
  it('is assigned to a principal by name only, never by claims', () => {
    expect(parseRoleAssignment({ principal: { principal: 'ops-admin' }, role: 'Data Access Administrator', scope: '/' })).toMatchObject({ role: 'Data Access Administrator' });
    for (const principal of [{ repository: 'org/infra', repository_id: '1' }, { principal: 'ops-admin', repository: 'org/infra' }]) {
      expect(() => parseRoleAssignment({ principal, role: 'Data Access Administrator', scope: '/' }))
        .toThrow('Invalid role assignment: Data Access Administrator can only be assigned to a principal by name (--principal), not by claims.');
    }
  });
});

describe('a workflow token without its run claims', () => {
  const officer: RoleAssignment = { principal: { repository: 'org/app', repository_id: '42' }, role: 'Secrets Officer', scope: '/' };
  const reader: RoleAssignment = { ...officer, role: 'Reader' };
  const run = (claims: Record<string, string>): Principal => principal('repo:org/app:ref:refs/heads/main', { repository: 'org/app', repository_id: '42', ...claims });

  it('gets no privileged role: a missing event_name or runner_environment is the untrusted case', () => {
    expect(assignmentApplies(officer, run({ event_name: 'push', runner_environment: 'github-hosted' }))).toBe(true);
    expect(assignmentApplies(officer, run({ runner_environment: 'github-hosted' }))).toBe(false);
    expect(assignmentApplies(officer, run({ event_name: 'push' }))).toBe(false);
    expect(assignmentApplies({ ...officer, allow: { runnerEnvironment: ['self-hosted'] } }, run({ event_name: 'push' }))).toBe(true);
  });

  it('still gets an unprivileged role, and a principal named in the assignment needs no run claims', () => {
    expect(assignmentApplies(reader, run({}))).toBe(true);
    expect(assignmentApplies({ principal: { principal: 'deployer' }, role: 'Secrets Officer', scope: '/' }, principal('deployer'))).toBe(true);
  });
});
