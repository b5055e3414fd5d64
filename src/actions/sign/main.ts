/**
 * The sign action: read settings (the key masked first) → expand the file patterns, each file's
 * real path inside the real workspace → (sign mode) check that every file to write lands inside
 * it too → open the vault and settle the key version → sign each file's digest and write
 * `<file><suffix>` and the manifest, or verify each file against its signature file → outputs
 * and step summary. Nothing private passes through here: the vault signs, and only public parts
 * come back. A path that leads outside the workspace fails the step before any file is signed,
 * verified or written.
 */
import type { Vault } from '../../core/vault.js';
import { openActionVault, workspaceOf } from '../load.js';
import { failureMessage, writeSummary } from '../report.js';
import * as runner from '../runner/index.js';
import { runContextOf } from '../summary.js';
import { expandFiles, type WorkspaceFile } from './files.js';
import { readSignSettings, type SignSettings } from './inputs.js';
import { buildManifest, renderManifest } from './manifest.js';
import { signFiles, verifyFailure, verifyFiles } from './sign-files.js';
import { checkWriteTargets, encodeSignature, manifestTarget, signatureTarget, writeInsideWorkspace, type WriteTarget } from './signature-file.js';
import { resolveSigningKey, type SigningKey } from './signing-key.js';
import { renderSignSummary, type SignSummaryInput } from './summary.js';
import { realWorkspace } from './workspace-paths.js';

interface Step {
  readonly settings: SignSettings;
  readonly vault: Vault;
  readonly key: SigningKey;
  readonly files: readonly WorkspaceFile[];
  /** The workspace's real path: nothing is read or written outside it. */
  readonly root: string;
  readonly manifest: WriteTarget;
  readonly env: NodeJS.ProcessEnv;
}

function setKeyOutputs(key: SigningKey, count: number): void {
  runner.setOutput('key-id', key.keyId);
  runner.setOutput('public-key', key.publicKeyPem);
  runner.setOutput('count', String(count));
}

async function summarise(step: Step, rows: SignSummaryInput['rows']): Promise<void> {
  const manifest = step.settings.mode === 'sign' ? step.settings.manifest : undefined;
  await writeSummary(renderSignSummary({
    mode: step.settings.mode, vault: step.settings.vault, key: step.key, rows, manifest, context: runContextOf(step.env), now: new Date(),
  }), step.env);
}

async function sign(step: Step): Promise<void> {
  const signed = await signFiles(step.vault, step.key, step.files);
  for (const file of signed) await writeInsideWorkspace(step.root, signatureTarget(file, step.settings.suffix), encodeSignature(file.signature));
  await writeInsideWorkspace(step.root, step.manifest, renderManifest(buildManifest(step.key, signed)));
  runner.setOutput('manifest', step.manifest.path);
  setKeyOutputs(step.key, signed.length);
  await summarise(step, signed.map((file) => ({ file: file.name, sha256: file.sha256, result: 'signed' })));
  for (const file of signed) runner.info(`Signed ${file.name} → ${file.name}${step.settings.suffix}`);
  runner.info(`Signed ${signed.length} file${signed.length === 1 ? '' : 's'} with ${step.key.keyId} (${step.key.algorithm}); manifest: ${step.manifest.path}.`);
}

async function verify(step: Step): Promise<void> {
  const verified = await verifyFiles(step.vault, step.key, step.files, step.settings.suffix, step.root);
  const failed = verified.filter((file) => file.result !== 'valid');
  for (const file of failed) {
    runner.error(file.result === 'missing' ? `No signature file ${file.name}${step.settings.suffix}.` : `The signature of ${file.name} is INVALID for ${step.key.keyId}.`, { file: file.name });
  }
  setKeyOutputs(step.key, verified.length - failed.length);
  await summarise(step, verified.map((file) => ({ file: file.name, sha256: file.sha256, result: file.result })));
  const failure = verifyFailure(verified, step.settings.suffix);
  if (failure !== undefined) throw failure;
  runner.info(`Verified ${verified.length} signature${verified.length === 1 ? '' : 's'} with ${step.key.keyId} (${step.key.algorithm}).`);
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const settings = readSignSettings(runner.getInput, runner.setSecret);
    const workspace = workspaceOf(env);
    const root = await realWorkspace(workspace);
    const manifest = manifestTarget(workspace, settings.manifest);
    const files = await expandFiles(settings.patterns, { workspace, suffix: settings.suffix, manifest: manifest.path });
    if (settings.mode === 'sign') await checkWriteTargets(root, [...files.map((file) => signatureTarget(file, settings.suffix)), manifest]);
    const vault = await openActionVault(settings, env);
    try {
      const key = await resolveSigningKey(vault, settings, settings.mode);
      const step: Step = { settings, vault, key, files, root, manifest, env };
      await (settings.mode === 'sign' ? sign(step) : verify(step));
    } finally {
      await vault.close();
    }
  } catch (error) {
    runner.setFailed(failureMessage(error));
  }
}
