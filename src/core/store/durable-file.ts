/**
 * Durable file writes: a write is acknowledged only once a crash or power loss can no longer
 * undo it. Temp file in the same folder → fsync → rename over the target → fsync the folder
 * (the rename lives in the folder's entry, not the file). A failed fsync is fatal for the write.
 */
import { closeSync, fsyncSync, linkSync, openSync, readSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { VaultError } from '../errors.js';

/** Writes all of `data` at the file's position: writeSync may write less than it was given. */
export function writeFully(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/**
 * Reads up to `length` bytes from `start`: as many as the file holds there (a file that
 * shrank since its size was taken yields fewer, never stale or zeroed bytes).
 */
export function readFully(fd: number, start: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, start + read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

/** Temp files are named `.<target>.<random>.tmp`, so that a later writer can recognise leftovers. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

function storageError(action: string, path: string, error: unknown): VaultError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  return new VaultError('StorageError', `Could not ${action} ${path}: ${code}.`, { cause: error });
}

/** fsync a folder so that a rename or a new entry in it survives power loss. */
export function fsyncDirectory(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch (error) {
    // Windows cannot open a folder; NTFS journals the rename itself.
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeTemp(path: string, data: Buffer, mode: number): string {
  const temp = tempPathFor(path);
  const fd = openSync(temp, 'wx', mode);
  try {
    writeFully(fd, data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  return temp;
}

/** Replaces `path` with `data` atomically and durably. */
export function replaceFileDurably(path: string, data: Buffer, mode = 0o600): void {
  let temp: string | undefined;
  try {
    temp = writeTemp(path, data, mode);
    renameSync(temp, path);
    temp = undefined;
    fsyncDirectory(dirname(path));
  } catch (error) {
    if (temp !== undefined) unlinkSync(temp);
    throw storageError('write', path, error);
  }
}

/** Creates `path` with `data` durably; refuses (Conflict) if it already exists. Never clobbers. */
export function createFileDurably(path: string, data: Buffer, mode = 0o600): void {
  let temp: string | undefined;
  try {
    temp = writeTemp(path, data, mode);
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new VaultError('Conflict', `${path} already exists; it was left unchanged.`);
    }
    throw storageError('create', path, error);
  } finally {
    if (temp !== undefined) unlinkSync(temp);
  }
  fsyncDirectory(dirname(path));
}

/**
 * Removes temp files a killed writer left behind. Call only while holding the store's lock:
 * temp files are made only under it, so any that exist then are orphans.
 */
export function removeOrphanTemps(path: string): void {
  const prefix = `.${basename(path)}.`;
  for (const entry of readdirSync(dirname(path))) {
    if (entry.startsWith(prefix) && entry.endsWith('.tmp')) {
      try {
        unlinkSync(join(dirname(path), entry));
      } catch {
        // Already gone: nothing to clean.
      }
    }
  }
}
