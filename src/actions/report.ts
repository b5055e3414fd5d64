/**
 * What the actions tell the runner besides values: warning annotations, the step summary, and
 * the one failure message. Everything here names secrets, lines and vaults — never a value —
 * so it may be written before masks are registered.
 */
import type { Outcome } from './resolve.js';
import * as runner from './runner/index.js';

/** Every warning becomes a `::warning` annotation naming its secret. */
export function announce(outcomes: readonly Outcome[]): void {
  for (const outcome of outcomes) {
    for (const issue of outcome.issues) if (issue.severity === 'warning') runner.warning(issue.message);
  }
}

/** The error that fails the step when any outcome failed (each problem listed), else undefined. */
export function failureOf(outcomes: readonly Outcome[]): Error | undefined {
  const messages = outcomes.flatMap((outcome) => outcome.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message));
  if (messages.length === 0) return undefined;
  if (messages.length === 1) return new Error(`${messages[0] ?? ''} Nothing was delivered.`);
  return new Error(`${messages.length} selections failed; nothing was delivered:\n${messages.map((message) => `- ${message}`).join('\n')}`);
}

/** Appends to the step summary; outside a runner (no GITHUB_STEP_SUMMARY) it says so in debug. */
export async function writeSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if ((env.GITHUB_STEP_SUMMARY ?? '') === '') {
    runner.debug('GITHUB_STEP_SUMMARY is not set: no step summary was written.');
    return;
  }
  await runner.appendSummary(markdown, env);
}

/**
 * The message the step fails with. Errors raised by Coffer never quote a value (core/errors.ts);
 * anything else is reported by its message, which the runner masks like all output.
 */
export function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
