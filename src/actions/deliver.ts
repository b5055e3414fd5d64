/**
 * Delivery: the one place values leave the action. Masks are registered first, for every
 * value, each of its lines and its encodings (masks.ts); only then are files written,
 * variables exported and outputs set. The runner module writes GITHUB_ENV and GITHUB_OUTPUT in
 * the heredoc form with a random delimiter, so a value cannot forge another variable; names were
 * validated (env-names.ts) before any of this.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadParameterError, quote } from '../core/errors.js';
import { checkTargets, type NamedTarget } from './env-names.js';
import type { FetchSettings } from './inputs.js';
import { masksForAll, type MaskOptions } from './masks.js';
import type { Outcome } from './resolve.js';
import * as runner from './runner/index.js';

/** Saved state the post step reads (post.ts). */
export const STATE = {
  isPost: 'isPost',
  /** The folder of secret files to delete (only when cleanup-files is on). */
  filesDir: 'files-dir',
  /** JSON list of exported names to set to '' (only when cleanup-env is on). */
  clearEnv: 'clear-env',
} as const;

/** The output that lists every name delivered, as JSON. */
export const NAMES_OUTPUT = 'names';
/** Secret files go in a fresh folder of this prefix under RUNNER_TEMP. */
export const FILES_DIR_PREFIX = 'coffer-';

export type DeliverOptions = Pick<FetchSettings, 'exportEnv' | 'outputs' | 'files' | 'cleanupFiles' | 'cleanupEnv' | 'maskEncodings' | 'minMaskLength'>;

/** The file system calls delivery makes; injected so tests can watch their order. */
export interface SecretFiles {
  /** Creates a fresh folder (0700) under `root` and returns its path. */
  makeDir(root: string): string;
  /** Creates `path` exclusively with mode 0600 and writes `value` to it. */
  write(path: string, value: string): void;
}

export const nodeSecretFiles: SecretFiles = {
  makeDir: (root) => mkdtempSync(join(root, FILES_DIR_PREFIX)),
  write: (path, value) => { writeFileSync(path, value, { encoding: 'utf8', flag: 'wx', mode: 0o600 }); },
};

export interface DeliveryReport {
  /** Every name delivered (env and/or output): `<NAME>_FILE` when files are on. */
  readonly names: readonly string[];
  readonly filesDir: string | undefined;
}

/** The name a value is delivered under: its own, or `<NAME>_FILE` holding its file's path. */
export function deliveredName(name: string, files: boolean): string {
  return files ? `${name}_FILE` : name;
}

/** Every value to mask for the outcomes going ahead: each whole value and each entry's text. */
export function valuesToMask(outcomes: readonly Outcome[]): string[] {
  return outcomes.flatMap((outcome) => [...(outcome.value === undefined ? [] : [outcome.value]), ...outcome.entries.map((entry) => entry.value)]);
}

/** Registers every mask with the runner. Called before any value is written anywhere. */
export function registerMasks(outcomes: readonly Outcome[], options: Pick<DeliverOptions, 'maskEncodings' | 'minMaskLength'>): number {
  const maskOptions: MaskOptions = { encodings: options.maskEncodings, minLength: options.minMaskLength };
  const masks = masksForAll(valuesToMask(outcomes), maskOptions);
  runner.setSecrets(masks);
  return masks.length;
}

/**
 * Every entry to deliver, once: the same name with the same value from two selections (a
 * secret named on one line and matched by a wildcard on another) is one delivery, not a
 * collision. The same name with different values still collides.
 */
function distinctEntries(outcomes: readonly Outcome[]): { readonly outcome: Outcome; readonly entry: Outcome['entries'][number] }[] {
  const delivered = new Map<string, string>();
  return outcomes.flatMap((outcome) => outcome.entries.flatMap((entry) => {
    if (delivered.get(entry.name) === entry.value) return [];
    delivered.set(entry.name, entry.value);
    return [{ outcome, entry }];
  }));
}

/** The names the outcomes deliver, with their origins, for collision checks. */
export function deliveryTargets(outcomes: readonly Outcome[], files: boolean): NamedTarget[] {
  return distinctEntries(outcomes).map(({ outcome, entry }) => ({
    name: deliveredName(entry.name, files), origin: `line ${outcome.selection.line} (secret ${quote(outcome.secret)})`,
  }));
}

/** Checks delivered names (with `_FILE`, against the `names` output) and the runner's files. */
export function checkDelivery(outcomes: readonly Outcome[], options: DeliverOptions, env: NodeJS.ProcessEnv): void {
  const targets = deliveryTargets(outcomes, options.files);
  checkTargets(options.outputs ? [{ name: NAMES_OUTPUT, origin: `the '${NAMES_OUTPUT}' output` }, ...targets] : targets);
  // Checked here, before any mask, for a message that says what to do; the runner module refuses too.
  if (options.exportEnv && (env.GITHUB_ENV ?? '') === '') throw new BadParameterError('GITHUB_ENV is not set: export-env needs the runner\'s env file (run this action in a GitHub Actions job, or set export-env: false).');
  if (options.outputs && (env.GITHUB_OUTPUT ?? '') === '') throw new BadParameterError('GITHUB_OUTPUT is not set: outputs needs the runner\'s output file (run this action in a GitHub Actions job, or set outputs: false).');
  // The runner makes these files; checked up front so that a missing one cannot stop delivery
  // halfway, with some values exported and others not.
  for (const [wanted, variable] of [[options.exportEnv, 'GITHUB_ENV'], [options.outputs, 'GITHUB_OUTPUT']] as const) {
    const path = env[variable] ?? '';
    if (wanted && !existsSync(path)) throw new BadParameterError(`${variable} names a file that does not exist: ${quote(path)}. Nothing was delivered.`);
  }
}

/**
 * Delivers the outcomes going ahead: masks, then files (0600, exclusive create, in a fresh
 * `coffer-*` folder under RUNNER_TEMP), then env, then outputs. State for the post step is
 * saved before what it cleans up is created, so a failure halfway still gets cleaned.
 */
export function deliver(outcomes: readonly Outcome[], options: DeliverOptions, env: NodeJS.ProcessEnv = process.env, files: SecretFiles = nodeSecretFiles): DeliveryReport {
  checkDelivery(outcomes, options, env);
  registerMasks(outcomes, options);
  const entries = distinctEntries(outcomes).map(({ entry }) => entry);
  let filesDir: string | undefined;
  let targets = entries.map((entry) => ({ name: entry.name, text: entry.value }));
  if (options.files && entries.length > 0) {
    const dir = files.makeDir(env.RUNNER_TEMP === undefined || env.RUNNER_TEMP === '' ? tmpdir() : env.RUNNER_TEMP);
    filesDir = dir;
    if (options.cleanupFiles) runner.saveState(STATE.filesDir, dir);
    targets = entries.map((entry) => {
      const path = join(dir, entry.name);
      files.write(path, entry.value);
      return { name: deliveredName(entry.name, true), text: path };
    });
  }
  const names = targets.map((target) => target.name);
  // One write per file: a fetch delivers hundreds of values.
  const pairs = targets.map((target) => [target.name, target.text] as const);
  if (options.exportEnv) {
    if (options.cleanupEnv && names.length > 0) runner.saveState(STATE.clearEnv, JSON.stringify(names));
    runner.exportVariables(pairs);
  }
  if (options.outputs) runner.setOutputs([...pairs, [NAMES_OUTPUT, JSON.stringify(names)]]);
  return { names, filesDir };
}
