/**
 * The certificate action's main step, loaded by main.ts only when it runs (the post step never
 * loads it): settings → open the vault → create or renew → read the key → register every mask →
 * save the key files' paths for the post step → write the files → outputs → summary. Nothing
 * private is written, set or logged before its masks are registered.
 */
import { createHash, X509Certificate } from 'node:crypto';
import type { CertificateProperties, CertificateVault, VaultCertificate } from '../../core/certificates/model.js';
import { openActionVault, workspaceOf } from '../load.js';
import { writeSummary } from '../report.js';
import * as runner from '../runner/index.js';
import { runContextOf } from '../summary.js';
import { KEY_FILES_STATE } from './cleanup.js';
import { certificatePaths, outputDirOf, privatePaths, writeCertificateFiles, type CertificatePaths } from './files.js';
import { readCertificateSettings } from './inputs.js';
import { issueCertificate, type IssueOutcome } from './issue.js';
import { certificateMaterial, type CertificateMaterial } from './material.js';
import { describeChanges } from './request.js';
import { renderCertificateSummary } from './summary.js';

/** Every output, in a fixed order; the file outputs only for the files written, pfx-password only when made here. */
export function certificateOutputs(certificate: VaultCertificate, outcome: Pick<IssueOutcome, 'renewed' | 'reason'>, paths: CertificatePaths, material: Pick<CertificateMaterial, 'pfxPassword' | 'pfxPasswordGenerated'>): [string, string][] {
  const cer = Buffer.from(certificate.cer);
  const { properties } = certificate;
  const files: [string, string | undefined][] = [
    ['certificate-file', paths.certificateFile], ['chain-file', paths.chainFile], ['key-file', paths.keyFile], ['pfx-file', paths.pfxFile],
  ];
  return [
    ...files.filter((file): file is [string, string] => file[1] !== undefined),
    ...(material.pfxPasswordGenerated && material.pfxPassword !== undefined ? [['pfx-password', material.pfxPassword] as [string, string]] : []),
    ['thumbprint-sha1', createHash('sha1').update(cer).digest('hex').toUpperCase()],
    ['thumbprint-sha256', createHash('sha256').update(cer).digest('hex').toUpperCase()],
    ['serial', new X509Certificate(cer).serialNumber],
    ['not-before', properties.notBefore?.toISOString() ?? ''],
    ['not-after', properties.expiresOn?.toISOString() ?? ''],
    ['version', properties.version],
    ['renewed', String(outcome.renewed)],
    ['reason', outcome.reason],
  ];
}

/** The versions for the chart; a caller that may not list them gets the chart of the current one, and a warning. */
async function versionsOf(certificates: CertificateVault, name: string): Promise<CertificateProperties[]> {
  try {
    return await certificates.listPropertiesOfCertificateVersions(name);
  } catch (error) {
    runner.warning(`The summary shows only the current version of ${name}: its versions could not be listed (${error instanceof Error ? error.message.slice(0, 200) : 'error'}).`);
    return [];
  }
}

export async function issueStep(env: NodeJS.ProcessEnv): Promise<void> {
  const settings = readCertificateSettings(runner.getInput, runner.setSecret);
  const paths = certificatePaths(outputDirOf(settings.outputDir, workspaceOf(env), env), settings.name, settings.format);
  const vault = await openActionVault(settings, env);
  try {
    const outcome = await issueCertificate(vault, settings.name, settings.request, settings.renew);
    const { certificate } = outcome;
    const material = await certificateMaterial(vault, certificate, settings);
    // Every mask before the step's first line of its own: nothing it prints can come before them.
    runner.setSecrets(material.masks);
    if (outcome.ignoredChanges.length > 0) {
      runner.warning(`Certificate ${settings.name} differs from the inputs (${describeChanges(outcome.ignoredChanges)}), and renew: never keeps it as it is.`);
    }
    runner.saveState(KEY_FILES_STATE, JSON.stringify(privatePaths(paths)));
    await writeCertificateFiles(paths, material);
    runner.setOutputs(certificateOutputs(certificate, outcome, paths, material));
    const versions = await versionsOf(vault.certificates, settings.name);
    await writeSummary(renderCertificateSummary({
      vault: settings.vault, certificate, versions, renewed: outcome.renewed, reason: outcome.reason, paths, context: runContextOf(env), now: new Date(),
    }), env);
    const written = [paths.certificateFile, paths.chainFile, paths.keyFile, paths.pfxFile].filter((path) => path !== undefined).join(', ');
    runner.info(`Certificate ${certificate.name} version ${certificate.properties.version} (${outcome.renewed ? 'new' : 'current'}: ${outcome.reason}); wrote ${written}.`);
  } finally {
    await vault.close();
  }
}
