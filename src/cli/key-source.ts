/**
 * Where the master key comes from: `--key-file PATH`, else `COFFER_KEY` (the base64 text
 * itself), else `COFFER_KEY_FILE`. A key file is refused when group or others can read or
 * write it, as ssh refuses a private key: a world-readable key is as good as published. Messages
 * quote paths and modes, never the file's content.
 */
import { resolve } from 'node:path';
import { MasterKey } from '../core/crypto/master-key.js';
import { CliError } from './cli-error.js';
import { decodeUtf8, quotePath, readSmallFile } from './files.js';

/** A key file holds 44 characters of base64 and a newline; anything far larger is not a key. */
const MAX_KEY_FILE_BYTES = 4096;

/** The octal mode as users type it for chmod: `0644`. */
export function formatMode(mode: number): string {
  return (mode & 0o777).toString(8).padStart(4, '0');
}

/** Refuses a key file that is not private to its owner. POSIX only: Windows has ACLs instead. */
export function checkKeyFileMode(path: string, mode: number, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32' || (mode & 0o077) === 0) return;
  throw new CliError('KeyFileInsecure',
    `Key file ${quotePath(path)} has mode ${formatMode(mode)}: a key file must be readable by its owner only (run chmod 600 ${quotePath(path)}).`);
}

/** Reads and parses a key file; the mode is checked on the same open file that is read. */
export function readKeyFile(path: string): MasterKey {
  const bytes = readSmallFile(path, MAX_KEY_FILE_BYTES, 'Key file', (stat) => { checkKeyFileMode(path, stat.mode); });
  return MasterKey.parse(decodeUtf8(bytes, `Key file ${quotePath(path)}`), `key file ${quotePath(path)}`);
}

/**
 * The master key for a command that opens an existing vault. `keyFileFlag` is `--key-file`
 * as given (relative to `cwd`).
 */
export function resolveMasterKey(keyFileFlag: string | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string): MasterKey {
  if (keyFileFlag !== undefined) return readKeyFile(resolve(cwd, keyFileFlag));
  const inline = env.COFFER_KEY;
  if (inline !== undefined && inline !== '') return MasterKey.parse(inline, 'COFFER_KEY');
  const file = env.COFFER_KEY_FILE;
  if (file !== undefined && file !== '') return readKeyFile(resolve(cwd, file));
  // GitHub Actions sets an unknown secret to '': say so, it is the usual cause.
  const emptyNote = inline === '' ? ' (COFFER_KEY is set but empty)' : '';
  throw new CliError('NoMasterKey',
    `No master key${emptyNote}: set COFFER_KEY to the key's base64 text, or give --key-file PATH or COFFER_KEY_FILE naming a file (mode 0600) that holds it.`);
}
