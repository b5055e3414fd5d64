/**
 * The server's data dir: where `coffer serve` keeps what it needs between runs. One place
 * names every path, so that the server, `coffer role` and `coffer token` agree on them.
 *
 *   master.key     the master key (0600), created on a fresh dir unless COFFER_KEY/--key-file give one
 *   vault.db       the embedded SQLite store (the default --store)
 *   access.json    role assignments and revoked token ids, MAC'd with a key derived from the vault's
 *   ca.pem         the CA that signed the server's own TLS certificate, for clients (NODE_EXTRA_CA_CERTS)
 *   tls/           that CA's key and the server's certificate and key (0600)
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Principal } from '../core/access/principal.js';
import type { MasterKey } from '../core/crypto/master-key.js';
import type { KeyExecutor } from '../core/crypto/key-types.js';
import type { LocalVault } from '../core/vault.js';
import { createVault, openVault, parseLocation } from '../open-vault.js';
import { BadParameterError, quote } from '../core/errors.js';
import { dataDirPaths, type DataDirPaths } from './data-dir-paths.js';

export { DEFAULT_DATA_DIR, dataDirPaths, type DataDirPaths } from './data-dir-paths.js';

export interface OpenDataDirOptions {
  readonly masterKey: MasterKey;
  readonly principal: Principal;
  /** `sqlite:PATH` or `file:PATH`; by default the data dir's vault.db. */
  readonly store?: string;
  /** Create the dir and the vault if they are not there (serve); otherwise they must exist. */
  readonly create?: boolean;
  readonly keyExecutor?: KeyExecutor;
  readonly cwd?: string;
}

export interface DataDir {
  readonly paths: DataDirPaths;
  readonly vault: LocalVault;
  /** The store location actually opened. */
  readonly store: string;
  /** Whether this call created the vault. */
  readonly createdVault: boolean;
  /** Signs and checks the vault's own bearer tokens. */
  readonly tokenKey: Buffer;
  /** Authenticates access.json. */
  readonly accessMacKey: Buffer;
  close(): Promise<void>;
}

function storeLocation(given: string | undefined, paths: DataDirPaths, cwd: string): string {
  if (given === undefined) return paths.store;
  const location = parseLocation(given, cwd);
  if (location.kind === 'https') throw new BadParameterError(`Invalid store ${quote(given)}: the server keeps its objects in sqlite:PATH or file:PATH, not in another server.`);
  return `${location.kind}:${location.path}`;
}

export async function openDataDir(dir: string, options: OpenDataDirOptions): Promise<DataDir> {
  const cwd = options.cwd ?? process.cwd();
  const paths = dataDirPaths(dir, cwd);
  const store = storeLocation(options.store, paths, cwd);
  const storePath = store.slice(store.indexOf(':') + 1);
  const vaultOptions = {
    masterKey: options.masterKey, principal: options.principal,
    ...(options.keyExecutor === undefined ? {} : { keyExecutor: options.keyExecutor }),
  };
  let vault: LocalVault;
  let createdVault = false;
  if (existsSync(storePath)) {
    vault = openVault(store, vaultOptions);
  } else if (options.create === true) {
    mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
    vault = await createVault(store, vaultOptions);
    createdVault = true;
  } else {
    throw new BadParameterError(`No server vault at ${quote(storePath, 200)}: run coffer serve with --data-dir ${quote(paths.dir, 200)} first, or name the store with --store.`);
  }
  return {
    paths, vault, store, createdVault,
    tokenKey: vault.derivedKey('token-signing'),
    accessMacKey: vault.derivedKey('access-file'),
    close: () => vault.close(),
  };
}
