/**
 * openVault(location): the one way adapters reach a vault. A path or `file:path` is a vault
 * file (LocalVault over FileStore); `sqlite:path` is a SQLite database (LocalVault over
 * SqliteStore). `https://` is a remote vault (RemoteVault over the Key Vault REST API): only
 * openAnyVault opens one, since openVault's callers (the CLI's init, rekey, audit verify) use
 * what only a local vault has, and get a clear refusal instead.
 */
import { rmSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { BadParameterError, quote } from './core/errors.js';
import type { MasterKey } from './core/crypto/master-key.js';
import type { RandomSource } from './core/crypto/envelope.js';
import type { KeyExecutor } from './core/crypto/key-types.js';
import type { Principal } from './core/access/principal.js';
import { FileStore } from './core/store/file-store.js';
import { SqliteStore } from './core/store/sqlite-store.js';
import type { Store } from './core/store/store.js';
import { LocalVault, type Vault } from './core/vault.js';
import type { RemoteVaultOptions } from './client/remote-vault.js';

export type VaultLocation =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'https'; readonly url: string };

export interface OpenVaultOptions {
  readonly masterKey: MasterKey;
  readonly principal: Principal;
  readonly clock?: () => Date;
  readonly random?: RandomSource;
  readonly lockTimeoutMs?: number;
  /** Refuse a vault older than this generation (see FileStoreOptions.minGeneration). */
  readonly minGeneration?: number;
  /** Runs key operations (see LocalVaultOptions.keyExecutor); a one-shot CLI runs them inline. */
  readonly keyExecutor?: KeyExecutor;
}

/** Parses a vault location; relative paths resolve against `cwd`. */
export function parseLocation(location: string, cwd = process.cwd()): VaultLocation {
  if (typeof location !== 'string' || location.trim() === '' || location.length > 4096) {
    throw new BadParameterError('Invalid vault location: expected a file path, file:PATH, sqlite:PATH or an https:// URL.');
  }
  const absolute = (p: string): string => (isAbsolute(p) ? p : resolve(cwd, p));
  if (location.startsWith('https://')) return { kind: 'https', url: location };
  if (location.startsWith('http://')) {
    throw new BadParameterError(`Invalid vault location ${quote(location)}: a remote vault must use https://.`);
  }
  if (location.startsWith('sqlite:')) return { kind: 'sqlite', path: absolute(location.slice('sqlite:'.length)) };
  if (location.startsWith('file:')) return { kind: 'file', path: absolute(location.slice('file:'.length)) };
  return { kind: 'file', path: absolute(location) };
}

type LocalLocation = Extract<VaultLocation, { kind: 'file' | 'sqlite' }>;

function localOnly(location: VaultLocation, raw: string): LocalLocation {
  if (location.kind !== 'https') return location;
  throw new BadParameterError(`Remote vaults (https://) are not supported yet: ${quote(raw)}. Use a vault file path.`);
}

function storeOptions(options: OpenVaultOptions): { lockTimeoutMs?: number; random?: RandomSource; minGeneration?: number } {
  return {
    ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.minGeneration === undefined ? {} : { minGeneration: options.minGeneration }),
  };
}

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

function vaultOptions(options: OpenVaultOptions): ConstructorParameters<typeof LocalVault>[1] {
  return {
    principal: options.principal,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.keyExecutor === undefined ? {} : { keyExecutor: options.keyExecutor }),
  };
}

/** How to open a vault of either kind: a local one needs its master key, a remote one a token. */
export interface OpenAnyVaultOptions {
  readonly local?: OpenVaultOptions;
  readonly remote?: RemoteVaultOptions;
}

/**
 * Opens a vault file, a SQLite vault or an `https://` vault, for callers that need only the
 * Vault interface (the actions). Each kind needs its own options; a location whose kind has
 * none is refused, saying what is missing.
 */
export async function openAnyVault(location: string, options: OpenAnyVaultOptions): Promise<Vault> {
  const parsed = parseLocation(location);
  if (parsed.kind === 'https') {
    if (options.remote === undefined) throw new BadParameterError(`The vault ${quote(location)} is remote: opening it needs a bearer token source.`);
    // Loaded only for a remote vault: a step that reads a vault file starts without the client.
    const { openRemoteVault } = await import('./client/remote-vault.js');
    return openRemoteVault(parsed.url, options.remote);
  }
  if (options.local === undefined) throw new BadParameterError(`The vault ${quote(location)} is a local vault: opening it needs its master key.`);
  return openVault(location, options.local);
}
