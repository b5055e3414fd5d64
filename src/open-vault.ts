/**
 * openVault(location): the one way adapters reach a vault. A path or `file:path` is a vault
 * file (LocalVault over FileStore); `sqlite:` and `https://` are named here so that their
 * users get a clear answer until those stores land.
 */
import { rmSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { BadParameterError, quote } from './core/errors.js';
import type { MasterKey } from './core/crypto/master-key.js';
import type { RandomSource } from './core/crypto/envelope.js';
import type { KeyExecutor } from './core/crypto/key-types.js';
import type { Principal } from './core/access/principal.js';
import { FileStore } from './core/store/file-store.js';
import { LocalVault } from './core/vault.js';

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
  /** Refuse a vault file older than this generation (see FileStoreOptions.minGeneration). */
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

function fileOnly(location: VaultLocation, raw: string): string {
  if (location.kind === 'file') return location.path;
  const what = location.kind === 'https' ? 'Remote vaults (https://)' : 'SQLite vaults (sqlite:)';
  throw new BadParameterError(`${what} are not supported yet: ${quote(raw)}. Use a vault file path.`);
}

export function openVault(location: string, options: OpenVaultOptions): LocalVault {
  const path = fileOnly(parseLocation(location), location);
  const store = FileStore.open(path, options.masterKey, {
    ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.minGeneration === undefined ? {} : { minGeneration: options.minGeneration }),
  });
  return new LocalVault(store, vaultOptions(options));
}

/** Creates a new vault file and records its creation as the first audit record. */
export async function createVault(location: string, options: OpenVaultOptions & { readonly recoverableDays?: number }): Promise<LocalVault> {
  const path = fileOnly(parseLocation(location), location);
  const store = FileStore.create(path, options.masterKey, {
    ...(options.recoverableDays === undefined ? {} : { recoverableDays: options.recoverableDays }),
    ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
    ...(options.random === undefined ? {} : { random: options.random }),
  });
  const vault = new LocalVault(store, vaultOptions(options));
  try {
    await vault.recordCreation();
  } catch (error) {
    // A vault whose creation could not be audited is withdrawn, so that its key — which the
    // caller has not yet shown anyone — is not the only way into a file nobody can use.
    rmSync(path, { force: true });
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
