/**
 * What a step hands on: variables for the job's later steps (GITHUB_ENV) and the step's
 * outputs (GITHUB_OUTPUT), each written in heredoc form with a random delimiter (file-command.ts).
 * Unlike actions/toolkit's packages/core, there is no stdout fallback: it would put the value
 * in the log.
 */
import { issueFileCommand, issueFileCommands } from './file-command.js';

/**
 * Sets `name` for the job's later steps, and in this process's environment too (as the
 * toolkit does), so that anything this step runs afterwards sees it as later steps will.
 */
export function exportVariable(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  env[name] = value;
  issueFileCommand('ENV', name, value, env);
}

/** Sets the step output `name` (`steps.<id>.outputs.<name>`). */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  issueFileCommand('OUTPUT', name, value, env);
}

/** exportVariable for several variables, in order, with one write to GITHUB_ENV. */
export function exportVariables(entries: readonly (readonly [name: string, value: string])[], env: NodeJS.ProcessEnv = process.env): void {
  issueFileCommands('ENV', entries, env);
  for (const [name, value] of entries) env[name] = value;
}

/** setOutput for several outputs, in order, with one write to GITHUB_OUTPUT. */
export function setOutputs(entries: readonly (readonly [name: string, value: string])[], env: NodeJS.ProcessEnv = process.env): void {
  issueFileCommands('OUTPUT', entries, env);
}
