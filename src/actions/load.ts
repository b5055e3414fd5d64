/**
 * Opening the vault an action names and resolving its selections, closing the vault however
 * that ends. Relative vault paths resolve against the workspace (GITHUB_WORKSPACE), where
 * actions/checkout put the repository, rather than the process's working folder.
 */
import { callerPrincipal } from '../caller.js';
import { inlineKeyExecutor } from '../core/crypto/key-executor.js';
import type { Vault } from '../core/vault.js';
import { openVault, parseLocation } from '../open-vault.js';
import type { SecretSettings, VaultSettings } from './inputs.js';
import { resolveSelections, type Outcome } from './resolve.js';

/** The folder relative paths resolve against: GITHUB_WORKSPACE, or the working folder outside a runner. */
export function workspaceOf(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE === undefined || env.GITHUB_WORKSPACE === '' ? process.cwd() : env.GITHUB_WORKSPACE;
}

/**
 * Opens the vault as the caller (the OS user and the run's GITHUB_* claims, for the audit log).
 * Key operations run inline: a step is one short-lived process using one key, and starting a
 * worker thread would cost more than the signatures it would take off the event loop.
 */
export function openActionVault(settings: VaultSettings, env: NodeJS.ProcessEnv): Vault {
  const location = parseLocation(settings.vault, workspaceOf(env));
  // Anything but a file is handed over as given, for openVault to refuse clearly (https://, sqlite:).
  return openVault(location.kind === 'file' ? location.path : settings.vault, {
    masterKey: settings.masterKey, principal: callerPrincipal(env), keyExecutor: inlineKeyExecutor,
  });
}

/** Opens the vault, resolves every selection under the settings' policies, and closes it. */
export async function loadSecrets(settings: SecretSettings, env: NodeJS.ProcessEnv, now: Date = new Date()): Promise<Outcome[]> {
  const vault = openActionVault(settings, env);
  try {
    return await resolveSelections(vault, settings.selections, {
      missing: settings.missing, expired: settings.expired, minMaskLength: settings.minMaskLength, now,
    });
  } finally {
    await vault.close();
  }
}
