/**
 * openVault(location): the one way the CLI and the server reach a local vault. A path or
 * `file:path` is a vault file (LocalVault over FileStore); `sqlite:path` is a SQLite database
 * (LocalVault over SqliteStore). `https://` is refused here with a clear message, since these
 * callers (init, rekey, audit verify) use what only a local vault has; the actions open any kind
 * with openAnyVault (open-any-vault.ts).
 */
import { rmSync } from 'node:fs';
import { FileStore } from './core/store/file-store.js';
import { SqliteStore } from './core/store/sqlite-store.js';
import type { Store } from './core/store/store.js';
import { LocalVault } from './core/vault.js';
import { localOnly, parseLocation, storeOptions, vaultOptions, type OpenVaultOptions } from './vault-location.js';

export { parseLocation, type OpenVaultOptions, type VaultLocation } from './vault-location.js';

export function openVault(location: string, options: OpenVaultOptions): LocalVault {
  const local = localOnly(parseLocation(location), location);
  const store: Store = local.kind === 'sqlite'
    ? SqliteStore.open(local.path, options.masterKey, storeOptions(options))
    : FileStore.open(local.path, options.masterKey, storeOptions(options));
  return new LocalVault(store, vaultOptions(options));
}

/** Creates a new vault (file or SQLite) and records its creation as the first audit record. */
export async function createVault(location: string, options: OpenVaultOptions & { readonly recoverableDays?: number }): Promise<LocalVault> {
  const local = localOnly(parseLocation(location), location);
  // A new vault is at generation 0: a pinned generation is for opening, not creating.
  const { minGeneration: _pinned, ...opened } = storeOptions(options);
  const created = { ...opened, ...(options.recoverableDays === undefined ? {} : { recoverableDays: options.recoverableDays }) };
  const store: Store = local.kind === 'sqlite'
    ? SqliteStore.create(local.path, options.masterKey, created)
    : FileStore.create(local.path, options.masterKey, created);
  const vault = new LocalVault(store, vaultOptions(options));
  try {
    await vault.recordCreation();
  } catch (error) {
    // A vault whose creation could not be audited is withdrawn, so that its key — which the
    // caller has not yet shown anyone — is not the only way into a file nobody can use.
    await vault.close().catch(() => undefined);
    for (const suffix of local.kind === 'sqlite' ? ['', '-wal', '-shm'] : ['']) rmSync(`${local.path}${suffix}`, { force: true });
    throw error;
  }
  return vault;
}
