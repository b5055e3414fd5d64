/**
 * Who the CLI or an action acts as, for the audit log: the OS user at the host and, inside a
 * GitHub Actions job, the run's identity (repository, workflow, run, actor, ref, commit, event).
 * A file vault's key is the credential, so these claims decide nothing; they answer "who did
 * this" afterwards. Shared by the CLI and the actions, so it sits above both.
 */
import { hostname, userInfo } from 'node:os';
import { principal, type Principal } from './core/access/principal.js';

/** Audit claim name → the GitHub Actions variable it comes from. */
const GITHUB_CLAIMS: Readonly<Record<string, string>> = {
  repository: 'GITHUB_REPOSITORY',
  repository_id: 'GITHUB_REPOSITORY_ID',
  workflow: 'GITHUB_WORKFLOW',
  run_id: 'GITHUB_RUN_ID',
  run_attempt: 'GITHUB_RUN_ATTEMPT',
  actor: 'GITHUB_ACTOR',
  ref: 'GITHUB_REF',
  sha: 'GITHUB_SHA',
  event_name: 'GITHUB_EVENT_NAME',
};

/** The OS account, as far as it can be known. */
export interface Host {
  readonly user: string;
  readonly host: string;
}

/** The current OS user and host; containers without a passwd entry fall back to $USER. */
export function currentHost(env: Readonly<Record<string, string | undefined>>): Host {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    // userInfo() throws when the uid has no passwd entry (common in containers).
    user = env.USER ?? env.USERNAME ?? 'unknown';
  }
  return { user, host: hostname() };
}

/** The principal recorded in every audit record of this CLI run or action step. */
export function callerPrincipal(env: Readonly<Record<string, string | undefined>>, host: Host = currentHost(env)): Principal {
  const claims: Record<string, string | undefined> = { user: host.user, host: host.host };
  if (env.GITHUB_ACTIONS === 'true') {
    for (const [claim, variable] of Object.entries(GITHUB_CLAIMS)) claims[claim] = env[variable];
  }
  return principal(`${host.user}@${host.host}`, claims);
}
