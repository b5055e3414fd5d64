/**
 * The certificate action: read settings (key, token and PFX password masked first) → create the
 * certificate, or renew it per `renew` → read its private key → mask it → write the files →
 * outputs and step summary (step.ts). The same bundle is the post step, which deletes the
 * private-key files (cleanup.ts) without loading any certificate code.
 */
import { isPost, markForPost } from '../post.js';
import { failureMessage } from '../report.js';
import * as runner from '../runner/index.js';
import { deleteKeyFiles } from './cleanup.js';

/** The entry point for both `main:` and `post:`. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    if (isPost()) {
      deleteKeyFiles();
      return;
    }
    // Saved first, before anything can fail: without it the post step would issue again.
    markForPost(env);
    const { issueStep } = await import('./step.js');
    await issueStep(env);
  } catch (error) {
    runner.setFailed(failureMessage(error));
  }
}
