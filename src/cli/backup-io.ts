/**
 * What `secret backup|restore` and `key backup|restore` share: writing a backup blob to stdout
 * or to a new 0600 file (reserved before the vault is asked, so that an existing file fails
 * first and a failed backup leaves nothing), and reading one back from a file or stdin.
 */
import { resolve } from 'node:path';
import { MAX_BACKUP_CHARS } from '../core/object-backup.js';
import type { Args } from './args.js';
import { CliError } from './cli-error.js';
import { abandonNewFile, decodeUtf8, finishNewFile, openNewFile, readSmallFile } from './files.js';
import type { CliIo } from './io.js';

/** Writes the blob `backup()` makes to --out (a new file) or stdout; returns where, or undefined for stdout. */
export async function writeBackup(args: Args, io: CliIo, backup: () => Promise<string>): Promise<string | undefined> {
  const given = args.string('out');
  if (given === undefined) {
    io.writeOut(`${await backup()}\n`);
    return undefined;
  }
  const out = resolve(io.cwd, given);
  const fd = openNewFile(out);
  let blob: string;
  try {
    blob = await backup();
  } catch (error) {
    abandonNewFile(fd, out);
    throw error;
  }
  finishNewFile(fd, out, `${blob}\n`);
  return given;
}

/** The backup blob from --file or stdin, bounded by the largest backup there can be. */
export async function readBackup(args: Args, io: CliIo): Promise<string> {
  const file = args.string('file');
  if (file !== undefined) return decodeUtf8(readSmallFile(resolve(io.cwd, file), MAX_BACKUP_CHARS, 'Backup file'), 'The backup file').trim();
  if (io.stdinIsTTY) io.writeErr('coffer: reading the backup from stdin; end it with Ctrl-D.\n');
  const bytes = await io.readStdin(MAX_BACKUP_CHARS);
  if (bytes.length > MAX_BACKUP_CHARS) throw new CliError('TooLarge', `The backup on stdin is more than ${MAX_BACKUP_CHARS} bytes, larger than any backup.`);
  return decodeUtf8(bytes, 'The backup on stdin').trim();
}
