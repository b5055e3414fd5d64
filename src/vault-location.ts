/**
 * Where a vault is, and how it is opened: the location forms (`path`, `file:path`,
 * `sqlite:path`, `https://…`) and the options a local vault takes. Apart from the openers so
 * that a caller that only parses a location (the actions' inputs) loads no store.
 */
import { isAbsolute, resolve } from 'node:path';
import { BadParameterError, quote } from './core/errors.js';
import type { MasterKey } from './core/crypto/master-key.js';
import type { RandomSource } from './core/crypto/envelope.js';
import type { KeyExecutor } from './core/crypto/key-types.js';
import type { Principal } from './core/access/principal.js';
import type { LocalVaultOptions } from './core/vault.js';

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

export type LocalLocation = Extract<VaultLocation, { kind: 'file' | 'sqlite' }>;

/** A vault file or SQLite database: what the CLI and the server work on (they use what only a local vault has). */
export function localOnly(location: VaultLocation, raw: string): LocalLocation {
  if (location.kind !== 'https') return location;
  throw new BadParameterError(`The vault ${quote(raw)} is remote (https://): this works on a vault file or a sqlite:PATH database. Reach a remote vault with the actions, an Azure SDK or coffer role --server.`);
}

export function storeOptions(options: OpenVaultOptions): { lockTimeoutMs?: number; random?: RandomSource; minGeneration?: number } {
  return {
    ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.minGeneration === undefined ? {} : { minGeneration: options.minGeneration }),
  };
}

export function vaultOptions(options: OpenVaultOptions): LocalVaultOptions {
  return {
    principal: options.principal,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.keyExecutor === undefined ? {} : { keyExecutor: options.keyExecutor }),
  };
}
