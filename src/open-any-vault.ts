/**
 * openAnyVault: a vault file, a SQLite vault or an `https://` vault, for callers that need only
 * the Vault interface (the actions). A vault file opens with what is loaded already; the SQLite
 * store and the remote client are loaded only when a location names them, so that a step
 * reading a vault file starts without either.
 */
import { BadParameterError, quote } from './core/errors.js';
import { FileStore } from './core/store/file-store.js';
import { LocalVault, type Vault } from './core/vault.js';
import type { RemoteVaultOptions } from './client/remote-vault.js';
import { parseLocation, storeOptions, vaultOptions, type OpenVaultOptions } from './vault-location.js';

/** How to open a vault of either kind: a local one needs its master key, a remote one a token. */
export interface OpenAnyVaultOptions {
  readonly local?: OpenVaultOptions;
  readonly remote?: RemoteVaultOptions;
}

/** Each kind needs its own options; a location whose kind has none is refused, saying what is missing. */
export async function openAnyVault(location: string, options: OpenAnyVaultOptions): Promise<Vault> {
  const parsed = parseLocation(location);
  if (parsed.kind === 'https') {
    if (options.remote === undefined) throw new BadParameterError(`The vault ${quote(location)} is remote: opening it needs a bearer token source.`);
    const { openRemoteVault } = await import('./client/remote-vault.js');
    return openRemoteVault(parsed.url, options.remote);
  }
  if (options.local === undefined) throw new BadParameterError(`The vault ${quote(location)} is a local vault: opening it needs its master key.`);
  if (parsed.kind === 'sqlite') {
    const { openVault } = await import('./open-vault.js');
    return openVault(location, options.local);
  }
  return new LocalVault(FileStore.open(parsed.path, options.local.masterKey, storeOptions(options.local)), vaultOptions(options.local));
}
