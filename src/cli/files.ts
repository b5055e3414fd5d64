/**
 * The files the CLI itself reads and writes: a value or a backup blob given with --file, and
 * the new files it creates (key files, backups). New files are created exclusively with mode
 * 0600 and fsynced, folder included, before the CLI reports them: a key file is the only way
 * back into a vault, so "written" has to mean durable. Messages name paths and errno codes only.
 */
import { type Stats, closeSync, fchmodSync, fstatSync, fsyncSync, openSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { quote } from '../core/errors.js';
import { CliError, errnoOf } from './cli-error.js';
import { fsyncDirectory, readFully, writeFully } from '../core/store/durable-file.js';

/** Quotes a path for a message: bounded generously, since paths are not secret but can be long. */
export function quotePath(path: string): string {
  return quote(path, 512);
}

/**
 * Reads a whole regular file of at most `maxBytes`; `what` names it in messages (`Value file`).
 * `check` sees the open file's stat, so that what is checked is what is read.
 */
export function readSmallFile(path: string, maxBytes: number, what: string, check?: (stat: Stats) => void): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new CliError('FileUnreadable', `Could not open ${what.toLowerCase()} ${quotePath(path)} (${errnoOf(error) ?? 'error'}).`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CliError('FileUnreadable', `${what} ${quotePath(path)} is not a regular file.`);
    check?.(stat);
    if (stat.size > maxBytes) throw new CliError('TooLarge', `${what} ${quotePath(path)} is ${stat.size} bytes: the limit is ${maxBytes} bytes.`);
    return readFully(fd, 0, stat.size);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('FileUnreadable', `Could not read ${what.toLowerCase()} ${quotePath(path)} (${errnoOf(error) ?? 'error'}).`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Decodes text strictly: a secret value is UTF-8 text, and a lossy decode would store
 * something other than what the user gave without saying so. A byte-order mark is kept.
 */
export function decodeUtf8(bytes: Buffer, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError('NotUtf8', `${source} is not valid UTF-8 text; store binary data as base64 (with --content-type).`);
  }
}

/** Reserves `path` for a new file: exclusive create, mode 0600. Refuses an existing path. */
export function openNewFile(path: string): number {
  try {
    const fd = openSync(path, 'wx', 0o600);
    // The umask cannot widen 0600, but a restrictive one may have narrowed it; say exactly.
    fchmodSync(fd, 0o600);
    return fd;
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') throw new CliError('FileExists', `${quotePath(path)} already exists; it was left unchanged.`);
    throw new CliError('FileUnwritable', `Could not create ${quotePath(path)} (${errnoOf(error) ?? 'error'}).`);
  }
}

/** Writes text (as UTF-8) or bytes into a file from openNewFile, fsyncs it and its folder; removes it on failure. */
export function finishNewFile(fd: number, path: string, content: string | Uint8Array): void {
  try {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    writeFully(fd, data);
    fsyncSync(fd);
  } catch (error) {
    abandonNewFile(fd, path);
    throw new CliError('FileUnwritable', `Could not write ${quotePath(path)} (${errnoOf(error) ?? 'error'}); it was removed.`);
  }
  closeSync(fd);
  try {
    fsyncDirectory(dirname(path));
  } catch (error) {
    throw new CliError('FileUnwritable', `Wrote ${quotePath(path)} but could not fsync its folder (${errnoOf(error) ?? 'error'}).`);
  }
}

/** Closes and removes a file from openNewFile whose content never came (the operation failed). */
export function abandonNewFile(fd: number, path: string): void {
  closeSync(fd);
  unlinkSync(path);
}

/** Creates `path` holding `text`, exclusively, 0600, durably. */
export function writeNewFile(path: string, text: string): void {
  finishNewFile(openNewFile(path), path, text);
}
