/**
 * The step summary: markdown appended to the file in GITHUB_STEP_SUMMARY, which the runner
 * renders on the run's page once the step ends (actions/toolkit's packages/core `summary.ts`,
 * without its HTML builders: the caller brings finished markdown).
 */
import { accessSync, appendFileSync, constants } from 'node:fs';

/**
 * Appends `markdown` to the step summary. Throws when the runner gave no summary file or it
 * cannot be written. Synchronous inside (one small append; the thread pool would cost more than
 * it saves), asynchronous in its signature, as the toolkit's is.
 */
export async function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY ?? '';
  if (path === '') throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(path, markdown, { encoding: 'utf8' });
  return Promise.resolve();
}
