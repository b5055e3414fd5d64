/**
 * The files the sign action writes beside the workspace's files: `<file><suffix>` holding the
 * signature as standard base64 on one line (what `base64 -d` reads), and the manifest. Each is
 * written to a fresh temporary file and renamed into place: a `.sig` planted in the repository
 * as a symbolic link is replaced, not followed, so signing cannot write through it elsewhere.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A signature file is a few hundred bytes; anything much larger is not one, and is not read whole. */
const MAX_SIGNATURE_FILE_BYTES = 4096;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function signaturePath(path: string, suffix: string): string {
  return `${path}${suffix}`;
}

/** The signature file's text: standard base64, one line, a trailing newline. */
export function encodeSignature(signature: Uint8Array): string {
  return `${Buffer.from(signature).toString('base64')}\n`;
}

/** The signature in a signature file's text; undefined when it is not one line of standard base64. */
export function decodeSignature(text: string): Uint8Array | undefined {
  const line = text.replace(/\r?\n$/, '');
  if (line === '' || !BASE64.test(line)) return undefined;
  return new Uint8Array(Buffer.from(line, 'base64'));
}

export type ReadSignature =
  | { readonly kind: 'missing' }
  /** `signature` is undefined when the file is not a signature file (bad text, or too large). */
  | { readonly kind: 'found'; readonly signature: Uint8Array | undefined };

/** Reads `path` as a signature file, reading no more than a signature could need. */
export async function readSignatureFile(path: string): Promise<ReadSignature> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size > MAX_SIGNATURE_FILE_BYTES) return { kind: 'found', signature: undefined };
    return { kind: 'found', signature: decodeSignature(await handle.readFile('utf8')) };
  } finally {
    await handle.close();
  }
}

/** Writes `text` to `path` by renaming a fresh file over it: whatever was at `path`, link or file, is replaced. */
export async function writeFileReplacing(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
