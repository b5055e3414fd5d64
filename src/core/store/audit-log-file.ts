/**
 * The audit log of a file vault: one JSON record per line, appended and fsynced before the
 * operation it records returns. Reading back only needs the tail (the chain's head), so the
 * cost of an operation does not grow with the log.
 */
import { closeSync, createReadStream, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fsyncDirectory } from './durable-file.js';

/** Records are small (names ≤ 127 characters, bounded messages); the tail window holds several. */
const TAIL_WINDOW = 64 * 1024;

export interface LogTail {
  /** The last complete line, if any. */
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

/** Reads the end of the log. Undefined when the log does not exist. */
export function readLogTail(path: string): LogTail | undefined {
  const fd = openIfExists(path, 'r');
  if (fd === undefined) return undefined;
  try {
    const size = fstatSync(fd).size;
    const start = Math.max(0, size - TAIL_WINDOW);
    const buffer = Buffer.alloc(size - start);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, start + read);
      if (n === 0) break;
      read += n;
    }
    const lastNewline = buffer.lastIndexOf(0x0a);
    if (lastNewline < 0) return { lastLine: undefined, completeSize: start === 0 ? 0 : -1, size };
    const completeSize = start + lastNewline + 1;
    const previousNewline = buffer.lastIndexOf(0x0a, lastNewline - 1);
    if (previousNewline < 0 && start > 0) return { lastLine: undefined, completeSize: -1, size };
    const lastLine = buffer.subarray(previousNewline + 1, lastNewline).toString('utf8');
    return { lastLine: lastLine.length > 0 ? lastLine : undefined, completeSize, size };
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
export function appendLogLine(path: string, line: string): void {
  const existed = openIfExists(path, 'r');
  if (existed !== undefined) closeSync(existed);
  const fd = openSync(path, 'a', 0o600);
  try {
    const data = Buffer.from(`${line}\n`, 'utf8');
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (existed === undefined) fsyncDirectory(dirname(path));
}

/** Every complete line of the log, oldest first. */
export async function* readLogLines(path: string): AsyncGenerator<string> {
  const fd = openIfExists(path, 'r');
  if (fd === undefined) return;
  const lines = createInterface({ input: createReadStream('', { fd, encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.length > 0) yield line;
  }
}
