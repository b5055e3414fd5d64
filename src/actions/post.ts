/**
 * The fetch action's post step: deletes the secret files and, when asked, empties the
 * variables it exported. It reads only saved state (deliver.ts saved it before creating what
 * is cleaned here), never inputs. The runner has no way to unset a variable, so "cleared"
 * means set to ''; post steps run at the end of the job, so this guards the other post steps.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { FILES_DIR_PREFIX, STATE } from './deliver.js';
import { envNameProblem } from './env-names.js';
import * as runner from './runner/index.js';
import { parseStateList } from './runner/state.js';

/** True in the post step: main saved `isPost` before doing anything else. */
export function isPost(): boolean {
  return runner.getState(STATE.isPost) === 'true';
}

/**
 * Marks the job so that the same bundle, run again as `post:`, cleans up instead of fetching.
 * Outside a runner (no GITHUB_STATE) there is no post step, so nothing is saved.
 */
export function markForPost(env: NodeJS.ProcessEnv = process.env): void {
  if ((env.GITHUB_STATE ?? '') !== '') runner.saveState(STATE.isPost, 'true');
}

/** The names to clear, from saved state; anything that is not a list of valid names is ignored. */
export function namesToClear(state: string): string[] {
  return parseStateList(state, (name) => envNameProblem(name) === undefined);
}

/**
 * Deletes the folder of secret files, refusing any path that is not one of ours: a `coffer-*`
 * folder directly under `root` (RUNNER_TEMP, where deliver makes it). State is only as
 * trustworthy as the steps before this one, so it is not taken as a path to delete on its word.
 */
export function removeFilesDir(dir: string, root: string, remove: (path: string) => void = (path) => { rmSync(path, { recursive: true, force: true }); }): boolean {
  if (dir === '' || !isAbsolute(dir) || resolve(dirname(dir)) !== resolve(root) || !basename(dir).startsWith(FILES_DIR_PREFIX)) return false;
  remove(dir);
  return true;
}

/** The post step. */
export function cleanup(env: NodeJS.ProcessEnv = process.env): void {
  const dir = runner.getState(STATE.filesDir);
  const root = env.RUNNER_TEMP === undefined || env.RUNNER_TEMP === '' ? tmpdir() : env.RUNNER_TEMP;
  if (removeFilesDir(dir, root)) runner.info(`Deleted the secret files in ${dir}.`);
  else if (dir !== '') runner.warning(`Did not delete ${dir}: it is not a folder this action created.`);
  const names = namesToClear(runner.getState(STATE.clearEnv));
  for (const name of names) runner.exportVariable(name, '');
  if (names.length > 0) runner.info(`Cleared ${names.length} exported variable${names.length === 1 ? '' : 's'}: ${names.join(', ')}.`);
}
