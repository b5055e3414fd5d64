/**
 * The master key of a server's data dir: COFFER_KEY, --key-file or COFFER_KEY_FILE if given,
 * else the data dir's own `master.key`; `coffer serve` creates that file (0600) on a fresh
 * data dir and says where, so that `npx coffer serve` works with nothing set up.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { MasterKey } from '../core/crypto/master-key.js';
import type { DataDirPaths } from '../server/data-dir-paths.js';
import type { Args } from './args.js';
import type { CliIo } from './io.js';
import { readKeyFile, resolveMasterKey } from './key-source.js';
import { writeNewFile } from './files.js';

export interface DataDirKey {
  readonly key: MasterKey;
  /** The key file this call created, if it created one. */
  readonly created?: string;
}

function keyIsGiven(args: Args, io: CliIo): boolean {
  const set = (name: string): boolean => (io.env[name] ?? '') !== '';
  return args.string('key-file') !== undefined || set('COFFER_KEY') || set('COFFER_KEY_FILE');
}

export function dataDirKey(args: Args, io: CliIo, paths: DataDirPaths, create: boolean): DataDirKey {
  if (keyIsGiven(args, io)) return { key: resolveMasterKey(args.string('key-file'), io.env, io.cwd) };
  if (existsSync(paths.masterKey) || !create) return { key: readKeyFile(paths.masterKey) };
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  const key = MasterKey.generate();
  writeNewFile(paths.masterKey, `${key.toBase64()}\n`);
  return { key, created: paths.masterKey };
}
