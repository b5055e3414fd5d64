/**
 * Keeps every path the sign action reads or writes inside the real workspace. A repository can
 * hold symbolic links (`dist -> ../outside`, `host.txt -> /etc/hostname`), and the glob and the
 * file system both follow them, so a path that reads as `dist/…` can lead anywhere. Each path
 * is therefore resolved with realpath and compared with the workspace's own real path segment
 * by segment (`/ws2` is not inside `/ws`). A link that stays inside the workspace is allowed.
 */
import { lstat, mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { BadParameterError, quote } from '../../core/errors.js';

const ONLY_INSIDE = 'the sign action reads and writes files inside the workspace only.';

/** `path` relative to `root` when it is `root` ('') or lies under it, by whole segments; undefined otherwise. */
export function relativeInside(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return undefined;
  return rel;
}

/** The workspace's real path, which every check compares with. */
export async function realWorkspace(workspace: string): Promise<string> {
  try {
    return await realpath(workspace);
  } catch (error) {
    if (!isMissing(error)) throw error;
    throw new BadParameterError(`The workspace ${quote(workspace, 200)} (GITHUB_WORKSPACE) does not exist.`);
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * The real path of `path`, which must lie inside `root` (a real path); undefined when nothing
 * is there (or only a broken link). `subject` names the path, as matched, in the error.
 */
export async function realPathInside(root: string, path: string, subject: string): Promise<string | undefined> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  if (relativeInside(root, real) === undefined) {
    throw new BadParameterError(`${subject} resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`);
  }
  return real;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Where to write `path` so that no link among its folders can carry the write out of the
 * workspace: the deepest folder that exists, resolved, must be inside `root`, and the path is
 * rebuilt on that real folder. The folders below it do not exist yet, so none is a link; with
 * `create` they are made there. The last segment is left alone: writeFileReplacing replaces
 * whatever is at it (a planted link included) rather than writing through it.
 */
export async function writablePathInside(root: string, path: string, subject: string, create = false): Promise<string> {
  const missing: string[] = [];
  let folder = dirname(path);
  while (!(await exists(folder)) && dirname(folder) !== folder) {
    missing.unshift(basename(folder));
    folder = dirname(folder);
  }
  let real: string;
  try {
    real = await realpath(folder);
  } catch (error) {
    if (!isMissing(error)) throw error;
    throw new BadParameterError(`${subject} would be written through a symbolic link that leads nowhere: ${ONLY_INSIDE}`);
  }
  if (relativeInside(root, real) === undefined) {
    throw new BadParameterError(`${subject} would be written into a folder that resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`);
  }
  const target = join(real, ...missing);
  if (create && missing.length > 0) await mkdir(target, { recursive: true });
  return join(target, basename(path));
}
