/**
 * The audit log of a file vault: one JSON record per line, appended and fsynced before the
 * operation it records returns. Reading back only needs the tail (the chain's head), so the
 * cost of an operation does not grow with the log.
 */
import { closeSync, createReadStream, fstatSync, fsync, fsyncSync, ftruncateSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDirectory, readFully, writeFully } from './durable-file.js';

/** Records are small (names ≤ 127 characters, bounded messages); the tail window holds several. */
const TAIL_WINDOW = 64 * 1024;
/** No record comes near this: a longer last line is not a record. */
const MAX_TAIL_WINDOW = 64 * 1024 * 1024;
/** The longest record written: well inside the window the tail is read back with. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export interface LogTail {
  /** The last complete line ('' for a blank one); undefined when there is none. */
  readonly lastLine: string | undefined;
  /** Bytes of complete lines; anything after is a torn append from a crash. */
  readonly completeSize: number;
  readonly size: number;
}

function openIfExists(path: string, flags: string): number | undefined {
  try {
    return openSync(path, flags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The tail found in `buffer` (the file from offset `start` on), or undefined if the last line may begin before it. */
function tailIn(buffer: Buffer, start: number, size: number): LogTail | undefined {
  const lastNewline = buffer.lastIndexOf(0x0a);
  if (lastNewline < 0) return start === 0 ? { lastLine: undefined, completeSize: 0, size } : undefined;
  // lastIndexOf with a negative offset counts from the end, so position 0 needs its own case.
  const previousNewline = lastNewline === 0 ? -1 : buffer.lastIndexOf(0x0a, lastNewline - 1);
  if (previousNewline < 0 && start > 0) return undefined;
  const lastLine = buffer.subarray(previousNewline + 1, lastNewline).toString('utf8');
  return { lastLine, completeSize: start + lastNewline + 1, size };
}

/**
 * Reads the end of the log. Undefined when the log does not exist. The window grows when the
 * last line is longer than it: a record listing many auto-purged names can be large.
 */
export function readLogTail(path: string): LogTail | undefined {
  const fd = openIfExists(path, 'r');
  if (fd === undefined) return undefined;
  try {
    const stat = fstatSync(fd);
    // A folder opens for reading on POSIX; refuse it here rather than read it as an empty log.
    if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'EISDIR' });
    for (let window = TAIL_WINDOW; ; window *= 4) {
      const start = Math.max(0, stat.size - window);
      const tail = tailIn(readFully(fd, start, stat.size - start), start, stat.size);
      if (tail !== undefined) return tail;
      if (window >= MAX_TAIL_WINDOW) return { lastLine: undefined, completeSize: -1, size: stat.size };
    }
  } finally {
    closeSync(fd);
  }
}

/** Cuts a torn last line (a crash mid-append: its operation never returned). */
export function truncateLog(path: string, size: number): void {
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, size);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Appends one line and makes it durable; a new log's folder entry is made durable too. */
/**
 * appendLogLine with the fsync on the thread pool: the records of reads (key operations above
 * all) are made durable while the event loop goes on serving other operations. Opening and
 * writing (a few KiB into the page cache) stay synchronous: each would cost a round trip through
 * the thread pool for less work than the trip itself.
 */
export async function appendLogLineAsync(path: string, line: string): Promise<void> {
  const existed = openIfExists(path, 'r');
  if (existed !== undefined) closeSync(existed);
  const fd = openSync(path, 'a', 0o600);
  try {
    writeFully(fd, Buffer.from(`${line}\n`, 'utf8'));
    await new Promise<void>((resolve, reject) => {
      fsync(fd, (error) => {
        if (error === null) resolve();
        else reject(error);
      });
    });
  } finally {
    closeSync(fd);
  }
  if (existed === undefined) fsyncDirectory(dirname(path));
}

export function appendLogLine(path: string, line: string): void {
  const existed = openIfExists(path, 'r');
  if (existed !== undefined) closeSync(existed);
  const fd = openSync(path, 'a', 0o600);
  try {
    writeFully(fd, Buffer.from(`${line}\n`, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (existed === undefined) fsyncDirectory(dirname(path));
}

/** The log's size in bytes; 0 when it does not exist. */
export function logSize(path: string): number {
  const fd = openIfExists(path, 'r');
  if (fd === undefined) return 0;
  try {
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}

/**
 * Every line of the log in its first `size` bytes, oldest first — blank ones included, since a
 * blank line where a record should be is for the verifier to name, not to skip.
 */
export async function* readLogLines(path: string, size: number): AsyncGenerator<string> {
  if (size <= 0) return;
  const fd = openIfExists(path, 'r');
  if (fd === undefined) return;
  // Loaded here, not with the store: only verifying and exporting the log read it line by line.
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: createReadStream('', { fd, encoding: 'utf8', start: 0, end: size - 1 }), crlfDelay: Infinity });
  for await (const line of lines) yield line;
}
