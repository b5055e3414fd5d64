/**
 * The paths of the server's data dir (see data-dir.ts), apart from what opens it, so that the
 * CLI can name them without loading the vault.
 */
import { join, resolve } from 'node:path';

/** Where `coffer serve` keeps its state when --data-dir does not say (relative to the working folder). */
export const DEFAULT_DATA_DIR = '.coffer/server';

export interface DataDirPaths {
  readonly dir: string;
  readonly masterKey: string;
  readonly store: string;
  readonly access: string;
  readonly caCertificate: string;
  readonly tls: string;
}

export function dataDirPaths(dir: string, cwd = process.cwd()): DataDirPaths {
  const root = resolve(cwd, dir);
  return {
    dir: root,
    masterKey: join(root, 'master.key'),
    store: `sqlite:${join(root, 'vault.db')}`,
    access: join(root, 'access.json'),
    caCertificate: join(root, 'ca.pem'),
    tls: join(root, 'tls'),
  };
}
