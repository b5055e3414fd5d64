/**
 * Writing a file the step hands to others: `data` goes to a fresh file created with `mode`, which
 * is then renamed over `path`. Whatever was at `path` — a file, or a link planted to redirect the
 * write — is replaced, never written through, and no reader ever sees half a file.
 */
import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** With `exactMode`, the file gets `mode` whatever the umask (which may only have narrowed it). */
export async function replaceFile(path: string, data: string | Buffer, mode: number, exactMode = false): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx', mode });
    if (exactMode) await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
