/**
 * The run action: read settings → fetch the selected secrets → mask them → run the command
 * with the secrets in its environment only (nothing exported, no outputs) → the step's result
 * is the command's exit code. The audit table goes to the step summary before the command runs.
 */
import { deliveryTargets, registerMasks } from '../deliver.js';
import { checkTargets } from '../env-names.js';
import { readRunSettings } from '../inputs.js';
import { loadSecrets } from '../load.js';
import { announce, failureMessage, failureOf, writeSummary } from '../report.js';
import * as runner from '../runner/index.js';
import { renderSummary, runContextOf, summaryRows } from '../summary.js';
import { runScript, secretEnvironment } from './script.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const settings = readRunSettings(runner.getInput, runner.setSecret);
    const outcomes = await loadSecrets(settings, env);
    announce(outcomes);
    const failure = failureOf(outcomes);
    if (failure === undefined) {
      checkTargets(deliveryTargets(outcomes, false));
      registerMasks(outcomes, settings);
    }
    const rows = summaryRows(outcomes, 'command environment');
    await writeSummary(renderSummary({ action: 'run', vault: settings.vault, rows, delivered: failure === undefined, context: runContextOf(env), now: new Date() }), env);
    if (failure !== undefined) throw failure;
    const code = await runScript(settings.shell, settings.run, env, secretEnvironment(outcomes));
    if (code !== 0) {
      runner.setFailed(`The command exited with code ${code}.`);
      process.exitCode = code;
    }
  } catch (error) {
    runner.setFailed(failureMessage(error));
  }
}
