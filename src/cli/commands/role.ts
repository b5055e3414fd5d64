/**
 * `coffer role assign | list | remove`: the server's role assignments, kept in its data dir's
 * access.json and audited in its vault. The server picks changes up within a second.
 */
import type { Args } from '../args.js';
import type { Command } from '../command.js';
import { renderJson, renderTable } from '../format.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../cli-error.js';
import { assignmentWarnings, type PrincipalMatch, type StoredRoleAssignment } from '../../core/access/assignments.js';
import { DATA_DIR_DETAIL, DATA_DIR_OPTION, accessContext } from './data-dir-options.js';
import type { RemoteRoles } from '../remote-roles.js';

/** `--server URL` works on a running server over HTTPS; otherwise on the data dir. */
const SERVER_OPTION = { ...DATA_DIR_OPTION, server: { type: 'string' }, ca: { type: 'string' } } as const;
const SERVER_DETAIL = '--server URL          a running server instead of the data dir (token in COFFER_TOKEN; --ca FILE its CA)';

async function withRoles<T>(args: Args, io: CliIo, work: (roles: RemoteRoles) => Promise<T>): Promise<T> {
  const server = args.string('server');
  // Each way in loads only its own code (an HTTPS client, or the data dir's vault).
  if (server !== undefined) return work((await import('../remote-roles.js')).remoteRoles(server, io, args.string('ca')));
  const { withAccess } = await accessContext();
  return withAccess(args, io, ({ access, context }) => work({
    list: () => Promise.resolve(access.assignments),
    assign: (input) => access.assign(input, context),
    remove: (id) => access.remove(id, context),
  }));
}

/** Option → claim: each given option adds one condition. */
const CONDITIONS: readonly (readonly [string, keyof PrincipalMatch])[] = [
  ['repository', 'repository'], ['repository-id', 'repository_id'], ['owner-id', 'repository_owner_id'], ['ref', 'ref'],
  ['environment', 'environment'], ['event', 'event_name'], ['workflow-ref', 'job_workflow_ref'], ['principal', 'principal'],
];

/** The assignment as the command line describes it; parseRoleAssignment (in AccessFile.assign) validates it. */
function assignmentInput(args: Args): Record<string, unknown> {
  const principal: Record<string, string> = {};
  for (const [option, claim] of CONDITIONS) {
    const value = args.string(option);
    if (value !== undefined) principal[claim] = value;
  }
  const events = args.strings('allow-event');
  const allow = {
    ...(events.length === 0 ? {} : { events }),
    ...(args.flag('allow-self-hosted') ? { runnerEnvironment: ['self-hosted'] } : {}),
  };
  return {
    principal, role: args.string('role'), scope: args.string('scope') ?? '/',
    ...(Object.keys(allow).length === 0 ? {} : { allow }),
  };
}

function describeMatch(match: PrincipalMatch): string {
  return Object.entries(match).map(([claim, value]) => `${claim}=${value}`).join(' ');
}

function describeAllow(assignment: StoredRoleAssignment): string {
  const allow = [...(assignment.allow?.events ?? []), ...(assignment.allow?.runnerEnvironment ?? [])];
  return allow.length === 0 ? '-' : allow.join(',');
}

async function assign(args: Args, io: CliIo): Promise<void> {
  if (args.string('role') === undefined) throw new UsageError('--role is required.', 'role assign');
  const made = await withRoles(args, io, (roles) => roles.assign(assignmentInput(args)));
  for (const warning of assignmentWarnings(made)) io.writeErr(`coffer: warning: ${warning}\n`);
  io.writeOut(args.flag('json') ? renderJson(made) : `${made.id}\n`);
}

async function list(args: Args, io: CliIo): Promise<void> {
  const assignments = await withRoles(args, io, (roles) => roles.list());
  if (args.flag('json')) {
    io.writeOut(renderJson(assignments));
    return;
  }
  if (assignments.length === 0) {
    io.writeOut('No role assignments.\n');
    return;
  }
  const rows = assignments.map((a) => [a.id, a.role, a.scope, describeMatch(a.principal), describeAllow(a), a.created]);
  io.writeOut(renderTable(['ID', 'ROLE', 'SCOPE', 'MATCH', 'ALLOW', 'CREATED'], rows));
}

async function remove(args: Args, io: CliIo): Promise<void> {
  const removed = await withRoles(args, io, (roles) => roles.remove(args.positional(0)));
  io.writeOut(`Removed ${removed.id} (${removed.role} on ${removed.scope}).\n`);
}

export const roleAssignCommand: Command = {
  name: 'role assign',
  synopsis: 'role assign --role ROLE [--scope S] [--repository O/R --repository-id N] [--owner-id N] [--ref REF] [--environment E] [--event E] [--workflow-ref W] [--principal P] [--allow-event E]... [--allow-self-hosted] [--data-dir DIR | --server URL [--ca FILE]] [--json]',
  summary: 'Grant a role to the workflows (or principal) whose claims match.',
  details: [
    '--role ROLE           a built-in role: Administrator, Reader, Secrets Officer, Secrets User, …',
    '--scope S             /, /secrets, /keys, /certificates, /secrets/NAME or /secrets/PREFIX-* (default /)',
    '--repository O/R      the repository; a * in the name matches 0-9 A-Z a-z _ . only (write app-* for app-x)',
    '--repository-id N     the repository\'s numeric id: a recreated repository with the same name gets another',
    '--owner-id N          the owner\'s numeric id',
    '--ref REF             e.g. refs/heads/main;  --environment E  a deployment environment',
    '--event E             the triggering event;  --workflow-ref W  the job_workflow_ref claim',
    '--principal P         an exact principal name (a vault token\'s subject)',
    '--allow-event E       let pull_request_target or workflow_run runs use a privileged role (repeatable)',
    '--allow-self-hosted   let self-hosted runners use a privileged role',
    DATA_DIR_DETAIL,
    SERVER_DETAIL,
  ],
  options: {
    ...SERVER_OPTION, role: { type: 'string' }, scope: { type: 'string' }, repository: { type: 'string' }, 'repository-id': { type: 'string' },
    'owner-id': { type: 'string' }, ref: { type: 'string' }, environment: { type: 'string' }, event: { type: 'string' },
    'workflow-ref': { type: 'string' }, principal: { type: 'string' }, 'allow-event': { type: 'string', multiple: true },
    'allow-self-hosted': { type: 'boolean' }, json: { type: 'boolean' },
  },
  positionals: [],
  run: assign,
};

export const roleListCommand: Command = {
  name: 'role list',
  synopsis: 'role list [--data-dir DIR | --server URL [--ca FILE]] [--json]',
  summary: 'List the server\'s role assignments.',
  details: ['--json                print them as JSON', DATA_DIR_DETAIL, SERVER_DETAIL],
  options: { ...SERVER_OPTION, json: { type: 'boolean' } },
  positionals: [],
  run: list,
};

export const roleRemoveCommand: Command = {
  name: 'role remove',
  synopsis: 'role remove ID [--data-dir DIR | --server URL [--ca FILE]]',
  summary: 'Remove a role assignment by its id.',
  details: [DATA_DIR_DETAIL, SERVER_DETAIL],
  options: SERVER_OPTION,
  positionals: ['ID'],
  run: remove,
};
