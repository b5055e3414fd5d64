/**
 * What a step writes to its log: masks, plain lines, debug lines, annotations, and the failure
 * that ends it, as actions/toolkit's packages/core writes them. Everything goes through stdout
 * in issue order, which is what makes "mask first" hold: the runner masks only the lines that
 * arrive after an `add-mask`.
 */
import { EOL } from 'node:os';
import { escapeData, issueCommand, writeStdout } from './command.js';

/**
 * Registers a string with the runner's masking (`::add-mask::`): every later line of the log,
 * annotation and summary shows it as `***`. Issued escaped, so a multi-line value is masked
 * whole and line by line, not just its first line.
 */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/**
 * Registers many masks in one write: a fetch registers hundreds (each line and encoding of
 * each value), and one write instead of one per mask takes ~10 ms off a run. Same order.
 */
export function setSecrets(secrets: readonly string[]): void {
  if (secrets.length === 0) return;
  let text = '';
  for (const secret of secrets) text += `::add-mask::${escapeData(secret)}${EOL}`;
  writeStdout(text);
}

/** A plain log line. Not a command: a message that starts with `::` is the caller's problem. */
export function info(message: string): void {
  writeStdout(`${message}${EOL}`);
}

/** A line shown only when the run has step debug logging on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

/** A warning annotation: shown in the log and on the run's summary page. */
export function warning(message: string): void {
  issueCommand('warning', {}, message);
}

/**
 * An error annotation. Does not fail the step by itself: `setFailed` does. `file` (a
 * workspace-relative path) pins it to that file on the run's page.
 */
export function error(message: string, properties: { readonly file?: string } = {}): void {
  issueCommand('error', properties, message);
}

/** Fails the step: an error annotation, and exit code 1 once the process ends (not at once, so cleanup still runs). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
