/**
 * Opening the vault an action names and resolving its selections, closing the vault however
 * that ends. Relative vault paths (and a remote vault's ca-file) resolve against the workspace
 * (GITHUB_WORKSPACE), where actions/checkout put the repository, rather than the process's
 * working folder.
 */
import { isAbsolute, resolve } from 'node:path';
import { callerPrincipal } from '../caller.js';
import type { TokenSource } from '../client/key-vault-http.js';
import type { KeyExecutor } from '../core/crypto/key-types.js';
import type { Vault } from '../core/vault.js';
import { openAnyVault } from '../open-any-vault.js';
import { parseLocation } from '../vault-location.js';
import type { Mask, RemoteSettings, SecretSettings, VaultSettings } from './inputs.js';
import { oidcTokenSource } from './runner/id-token.js';
import * as runner from './runner/index.js';
import { resolveSelections, type Outcome } from './resolve.js';

/** The folder relative paths resolve against: GITHUB_WORKSPACE, or the working folder outside a runner. */
export function workspaceOf(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE === undefined || env.GITHUB_WORKSPACE === '' ? process.cwd() : env.GITHUB_WORKSPACE;
}

/**
 * Key operations run inline: a step is one short-lived process using one key, and starting a
 * worker thread would cost more than the signatures it would take off the event loop. The key
 * code is loaded by the first operation, so a step that only reads secrets never loads it.
 */
const inlineExecutor: KeyExecutor = {
  async run(key, request) {
    const { inlineKeyExecutor } = await import('../core/crypto/key-executor.js');
    return inlineKeyExecutor.run(key, request);
  },
  close: () => Promise.resolve(),
};

/** Opens the vault as the caller (the OS user and the run's GITHUB_* claims, for the audit log); key operations run inline. */
export async function openActionVault(settings: VaultSettings, env: NodeJS.ProcessEnv, mask: Mask = runner.setSecret, fetchImpl: typeof fetch = fetch): Promise<Vault> {
  const location = parseLocation(settings.vault, workspaceOf(env));
  if (settings.remote !== undefined) return openAnyVault(settings.vault, { remote: remoteOptions(settings.remote, env, mask, fetchImpl) });
  // A sqlite: location is handed over as given; settings without a key are refused by openAnyVault.
  return openAnyVault(location.kind === 'file' ? location.path : settings.vault, {
    ...(settings.masterKey === undefined ? {} : { local: { masterKey: settings.masterKey, principal: callerPrincipal(env), keyExecutor: inlineExecutor } }),
  });
}

/**
 * The token source and trust of a remote vault. The OIDC token is requested on the first call
 * (not here: opening must not need the network) and masked before it is used.
 */
function remoteOptions(remote: RemoteSettings, env: NodeJS.ProcessEnv, mask: Mask, fetchImpl: typeof fetch): { token: TokenSource; ca?: string } {
  const { auth } = remote;
  const token: TokenSource = auth.kind === 'token' ? () => Promise.resolve(auth.token) : oidcTokenSource(auth.audience, mask, env, fetchImpl);
  if (remote.caFile === undefined) return { token };
  return { token, ca: isAbsolute(remote.caFile) ? remote.caFile : resolve(workspaceOf(env), remote.caFile) };
}

/** Opens the vault, resolves every selection under the settings' policies, and closes it. */
export async function loadSecrets(settings: SecretSettings, env: NodeJS.ProcessEnv, now: Date = new Date()): Promise<Outcome[]> {
  const vault = await openActionVault(settings, env);
  try {
    return await resolveSelections(vault, settings.selections, {
      missing: settings.missing, expired: settings.expired, minMaskLength: settings.minMaskLength, now,
    });
  } finally {
    await vault.close();
  }
}
