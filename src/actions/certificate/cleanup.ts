/**
 * The certificate action's post step: deletes the private-key files (key file or PFX) the main
 * step wrote, from the paths it saved before writing them. It reads only saved state, never
 * inputs, and loads no certificate code. A saved path is taken only if it is absolute and ends
 * as the action names key files (`.key.pem`, `.pfx`); unlinking removes a link, not what it
 * points to, so a path replaced by a link since cannot carry the deletion elsewhere.
 */
import { unlinkSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import * as runner from '../runner/index.js';
import { parseStateList } from '../runner/state.js';

/** The state under which main saves the private files' paths (a JSON list). */
export const KEY_FILES_STATE = 'certificate-key-files';

/** The paths to delete, from saved state: anything but absolute key-file paths is ignored. */
export function keyFilesToDelete(state: string): string[] {
  return parseStateList(state, (path) => isAbsolute(path) && (path.endsWith('.key.pem') || path.endsWith('.pfx')));
}

/** Deletes one file; false when nothing was there. */
function remove(path: string, unlink: (path: string) => void): boolean {
  try {
    unlink(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** The post step: deletes each saved key file, warning (not failing) for one that cannot be deleted. */
export function deleteKeyFiles(unlink: (path: string) => void = unlinkSync): void {
  for (const path of keyFilesToDelete(runner.getState(KEY_FILES_STATE))) {
    try {
      runner.info(remove(path, unlink) ? `Deleted ${path}.` : `${path} was already gone.`);
    } catch (error) {
      runner.warning(`Could not delete ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}. It holds a private key; delete it yourself.`);
    }
  }
}
