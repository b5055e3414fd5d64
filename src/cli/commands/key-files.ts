/**
 * The bytes the key commands read and write: an operation's input from --in or stdin, bounded
 * before it is read whole; a file to sign, streamed through its hash whatever its size; and
 * output files, created like every file the CLI makes (exclusively, 0600, fsynced with their
 * folder) and reserved before the vault is asked, so that an existing file fails first and a
 * failed operation leaves nothing behind. Messages name paths, sizes and errno codes only.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { KeyOperationResult } from '../../core/model.js';
import type { Args } from '../args.js';
import { CliError, UsageError, errnoOf } from '../cli-error.js';
import { abandonNewFile, finishNewFile, openNewFile, quotePath, readSmallFile } from '../files.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { operationJson } from './key-format.js';

/**
 * An operation's input: the file named by --in (at most `max` bytes) or else stdin. `what`
 * names the input in messages (`The plaintext`).
 */
export async function readInput(args: Args, io: CliIo, max: number, what: string): Promise<Buffer> {
  const file = args.string('in');
  if (file !== undefined) return readSmallFile(resolve(io.cwd, file), max, 'Input file');
  if (io.stdinIsTTY) io.writeErr(`coffer: reading ${what.toLowerCase()} from stdin; end it with Ctrl-D.\n`);
  const bytes = await io.readStdin(max);
  if (bytes.length > max) throw new CliError('TooLarge', `${what} on stdin is more than ${max} bytes, the limit for this algorithm.`);
  return bytes;
}

/** The digest of a whole file, read as a stream: an artifact to sign may be gigabytes. */
export async function hashFile(path: string, hash: 'sha256' | 'sha384' | 'sha512'): Promise<Buffer> {
  const hasher = createHash(hash);
  try {
    for await (const chunk of createReadStream(path)) hasher.update(chunk as Buffer);
  } catch (error) {
    throw new CliError('FileUnreadable', `Could not read file ${quotePath(path)} (${errnoOf(error) ?? 'error'}).`);
  }
  return hasher.digest();
}

/**
 * Runs `work` with the file `given` (relative to the working folder) reserved for its output,
 * then writes `bytesOf(result)` into it. The file is created before the vault is asked and
 * removed if the operation fails.
 */
export async function intoNewFile<T>(io: CliIo, given: string, work: () => Promise<T>, bytesOf: (result: T) => Uint8Array): Promise<T> {
  const path = resolve(io.cwd, given);
  const fd = openNewFile(path);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    abandonNewFile(fd, path);
    throw error;
  }
  finishNewFile(fd, path, bytesOf(result));
  return result;
}

/** Where an operation's output goes: a new file (raw bytes), JSON on stdout, or stdout. */
export type OutputMode = { readonly kind: 'file'; readonly given: string } | { readonly kind: 'json' } | { readonly kind: 'stdout' };

/** --out and --json, checked before any input is read or the vault is asked. */
export function outputMode(args: Args, command: string): OutputMode {
  const out = args.string('out');
  if (out !== undefined && args.flag('json')) throw new UsageError('Give --out or --json, not both.', command);
  if (out !== undefined) return { kind: 'file', given: out };
  return args.flag('json') ? { kind: 'json' } : { kind: 'stdout' };
}

/**
 * Runs a key operation and delivers its result bytes: raw into the --out file (and a line on
 * stdout naming `what` was written), as operationJson with --json, or else on stdout — raw
 * bytes, or base64url text and a newline when `stdoutAs` is 'base64url' (signatures).
 */
export async function deliver(io: CliIo, mode: OutputMode, output: { readonly what: string; readonly stdoutAs: 'raw' | 'base64url' },
  work: () => Promise<KeyOperationResult>): Promise<KeyOperationResult> {
  if (mode.kind === 'file') {
    const result = await intoNewFile(io, mode.given, work, (r) => r.result);
    io.writeOut(`Wrote the ${output.what} (${result.algorithm}, ${result.keyId}) to ${mode.given}.\n`);
    return result;
  }
  const result = await work();
  if (mode.kind === 'json') io.writeOut(renderJson(operationJson(result)));
  else if (output.stdoutAs === 'base64url') io.writeOut(`${Buffer.from(result.result).toString('base64url')}\n`);
  else io.writeOutBytes(result.result);
  return result;
}
