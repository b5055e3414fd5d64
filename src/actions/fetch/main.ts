/**
 * The fetch action: read settings → fetch the selected secrets → mask, then deliver them to
 * env, outputs or files → write the audit table to the step summary. The same bundle is the
 * post step, which cleans up (post.ts). Nothing here reads inputs or writes values directly.
 */
import { deliver, deliveredName } from '../deliver.js';
import { readFetchSettings, type FetchSettings } from '../inputs.js';
import { loadSecrets } from '../load.js';
import { cleanup, isPost, markForPost } from '../post.js';
import { announce, failureMessage, failureOf, writeSummary } from '../report.js';
import * as runner from '../runner/index.js';
import { renderSummary, runContextOf, summaryRows } from '../summary.js';

/** Where values went, for the summary: `env, output`, or `file (path in env, output)`. */
export function destinations(settings: Pick<FetchSettings, 'exportEnv' | 'outputs' | 'files'>): string {
  const kinds = [...(settings.exportEnv ? ['env'] : []), ...(settings.outputs ? ['output'] : [])].join(', ');
  return settings.files ? `file (path in ${kinds})` : kinds;
}

async function fetchSecrets(env: NodeJS.ProcessEnv): Promise<void> {
  const settings = readFetchSettings(runner.getInput, runner.setSecret);
  const outcomes = await loadSecrets(settings, env);
  announce(outcomes);
  let failure = failureOf(outcomes);
  let report: ReturnType<typeof deliver> | undefined;
  try {
    if (failure === undefined) report = deliver(outcomes, settings, env);
  } catch (error) {
    // A refused name, say: the audit table is still written, showing nothing was delivered.
    failure = error instanceof Error ? error : new Error('Delivery failed.');
  }
  const rows = summaryRows(outcomes, destinations(settings), (name) => deliveredName(name, settings.files));
  await writeSummary(renderSummary({ action: 'fetch', vault: settings.vault, rows, delivered: report !== undefined, context: runContextOf(env), now: new Date() }), env);
  if (failure !== undefined) throw failure;
  const names = report?.names ?? [];
  runner.info(names.length === 0 ? 'Delivered nothing.' : `Delivered to ${destinations(settings)}: ${names.join(', ')}.`);
}

/** The entry point for both `main:` and `post:`. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    if (isPost()) {
      cleanup(env);
      return;
    }
    // Saved first, before anything can fail: without it the post step would fetch again.
    markForPost(env);
    await fetchSecrets(env);
  } catch (error) {
    runner.setFailed(failureMessage(error));
  }
}
