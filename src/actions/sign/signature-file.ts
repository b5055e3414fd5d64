/**
 * The files the sign action writes beside the workspace's files: `<file><suffix>` holding the
 * signature as standard base64 on one line (what `base64 -d` reads), and the manifest. Each is
 * written to a fresh temporary file and renamed into place: a `.sig` planted in the repository
 * as a symbolic link is replaced, not followed, so signing cannot write through it elsewhere;
 * and it is written into its folder's real path, which must be inside the workspace, so a link
 * among the folders (`dist -> ../outside`) cannot carry the write elsewhere either.
 */
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { replaceFile } from '../replace-file.js';
import { quote } from '../../core/errors.js';
import { writablePathInside } from './workspace-paths.js';

/** A file the step writes: its path under the workspace as named, and how an error names it. */
export interface WriteTarget {
  readonly path: string;
  readonly subject: string;
}

/** A signature file is a few hundred bytes; anything much larger is not one, and is not read whole. */
const MAX_SIGNATURE_FILE_BYTES = 4096;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function signaturePath(path: string, suffix: string): string {
  return `${path}${suffix}`;
}

/** The manifest, named by the `manifest` input (relative, checked by inputs.ts) under the workspace as given. */
export function manifestTarget(workspace: string, name: string): WriteTarget {
  return { path: resolve(workspace, name), subject: `The manifest ${quote(name)}` };
}

/** The signature file of a file matched as `path` and named `name` in the workspace. */
export function signatureTarget(file: { readonly path: string; readonly name: string }, suffix: string): WriteTarget {
  return { path: signaturePath(file.path, suffix), subject: `The signature file ${quote(`${file.name}${suffix}`)}` };
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
  await replaceFile(path, text, 0o644);
}

/**
 * Checks, before anything is signed, that every target's folder resolves inside the workspace
 * (`root`, a real path), so that a refused target fails the step with nothing written.
 */
export async function checkWriteTargets(root: string, targets: readonly WriteTarget[]): Promise<void> {
  for (const target of targets) await writablePathInside(root, target.path, target.subject);
}

/** Writes `text` at `target` through its folder's real path inside `root`, creating missing folders there. */
export async function writeInsideWorkspace(root: string, target: WriteTarget, text: string): Promise<void> {
  await writeFileReplacing(await writablePathInside(root, target.path, target.subject, true), text);
}
