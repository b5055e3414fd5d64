/**
 * Running the run action's command the way the runner runs a `run:` step: the command is
 * written to a script file under RUNNER_TEMP and handed to the shell with the runner's own
 * flags, so a command behaves here as it would in a plain step — except that the selected
 * secrets are in its environment, and only in its environment.
 *
 * Shell templates are the runner's (docs: "jobs.<job_id>.steps[*].shell").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as exec from '@actions/exec';
import type { Shell } from '../inputs.js';
import type { Outcome } from '../resolve.js';

export interface Invocation {
  readonly tool: string;
  readonly args: readonly string[];
  /** cmd parses its own command line: the quotes must reach it untouched. */
  readonly windowsVerbatimArguments: boolean;
}

const EXTENSIONS: Readonly<Record<Shell, string>> = { bash: 'sh', sh: 'sh', pwsh: 'ps1', cmd: 'cmd' };

export function scriptFileName(shell: Shell): string {
  return `script.${EXTENSIONS[shell]}`;
}

/** The script's text: pwsh gets the runner's prologue and epilogue, so errors and exit codes stop it. */
export function scriptText(shell: Shell, command: string): string {
  if (shell === 'pwsh') {
    return `$ErrorActionPreference = 'stop'\n${command}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }\n`;
  }
  return command.endsWith('\n') ? command : `${command}\n`;
}

/** How the runner starts each shell on a script file. */
export function invocation(shell: Shell, file: string): Invocation {
  switch (shell) {
    case 'bash':
      return { tool: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', file], windowsVerbatimArguments: false };
    case 'sh':
      return { tool: 'sh', args: ['-e', file], windowsVerbatimArguments: false };
    case 'pwsh':
      return { tool: 'pwsh', args: ['-command', `. '${file.replace(/'/g, "''")}'`], windowsVerbatimArguments: false };
    case 'cmd':
      return { tool: 'cmd', args: ['/D', '/E:ON', '/V:OFF', '/S', '/C', `"CALL "${file}""`], windowsVerbatimArguments: true };
  }
}

/** The selected secrets as variables: name → value. */
export function secretEnvironment(outcomes: readonly Outcome[]): Record<string, string> {
  return Object.fromEntries(outcomes.flatMap((outcome) => outcome.entries.map((entry) => [entry.name, entry.value])));
}

/**
 * What a JavaScript action's process has that a plain `run:` step does not, and the command
 * must not get: the inputs (INPUT_KEY is the master key) and the runner's service token and
 * URLs (cache, results), which would let the command act as the runner. The OIDC request
 * variables stay: a `run:` step has them too, when the job may request an ID token.
 */
const HIDDEN = /^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_CACHE_URL$|ACTIONS_RESULTS_URL$)/;

function hiddenFromCommand(name: string): boolean {
  return HIDDEN.test(name.toUpperCase());
}

/** The command's environment: the action's own, less what hiddenFromCommand names, plus the secrets. */
export function childEnvironment(parent: Readonly<Record<string, string | undefined>>, secrets: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && !hiddenFromCommand(name)) env[name] = value;
  }
  return { ...env, ...secrets };
}

export type Exec = (tool: string, args: string[], options: exec.ExecOptions) => Promise<number>;

/**
 * Writes the command to a 0600 script in a fresh 0700 folder under RUNNER_TEMP, runs it, and
 * deletes the folder whatever happens. Returns the exit code (1 when a signal ended it).
 */
export async function runScript(shell: Shell, command: string, env: NodeJS.ProcessEnv, secrets: Readonly<Record<string, string>>, run: Exec = exec.exec): Promise<number> {
  const root = env.RUNNER_TEMP === undefined || env.RUNNER_TEMP === '' ? tmpdir() : env.RUNNER_TEMP;
  const dir = mkdtempSync(join(root, 'coffer-run-'));
  try {
    const file = join(dir, scriptFileName(shell));
    writeFileSync(file, scriptText(shell, command), { encoding: 'utf8', flag: 'wx', mode: 0o600 });
    const how = invocation(shell, file);
    const code: number | null = await run(how.tool, [...how.args], {
      env: childEnvironment(env, secrets), ignoreReturnCode: true, windowsVerbatimArguments: how.windowsVerbatimArguments,
    });
    return typeof code === 'number' ? code : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
