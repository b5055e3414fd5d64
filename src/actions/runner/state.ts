/**
 * State a step keeps for its own post step: what `saveState` appends to GITHUB_STATE, the
 * runner hands to the post step as `STATE_<name>`, as with actions/toolkit's packages/core.
 */
import { fileCommandPath, issueFileCommand } from './file-command.js';

/**
 * Saves `value` for the post step. Outside a runner (no GITHUB_STATE) there is no post step to
 * read it, so nothing is saved — rather than the toolkit's `::save-state` line on stdout, which
 * could reach the log before a mask does.
 */
export function saveState(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  if (fileCommandPath('STATE', env) === '') return;
  issueFileCommand('STATE', name, value, env);
}

/** What the main step saved under `name`; '' in the main step, or when nothing was saved. */
export function getState(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`STATE_${name}`] ?? '';
}

/**
 * A list of strings a step saved as JSON, keeping only the items `keep` accepts: state is only as
 * trustworthy as the steps before this one, so anything else — not JSON, not a list — is none.
 */
export function parseStateList(state: string, keep: (item: string) => boolean): string[] {
  if (state === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(state);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter((item): item is string => typeof item === 'string' && keep(item));
}
