/**
 * Workflow commands (`::name key=value,key=value::message` on stdout), as actions/toolkit's
 * packages/core `command.ts` issues them. The runner reads stdout line by line and unescapes
 * `%25`, `%0D` and `%0A` (and in properties `%3A` and `%2C`), so escaping them is what keeps a
 * message with a newline in it from starting a second command the runner would obey — a value
 * passed to `add-mask` must arrive whole, or only its first line would be masked.
 */
import { writeSync } from 'node:fs';
import { EOL } from 'node:os';

/** Where stdout writes go; replaced by tests (setStdoutWriter) to capture them. */
let writer: (text: string) => void = writeToFd;
/** Cleared for good once fd 1 refuses a write: from then on everything goes through process.stdout. */
let direct = true;

/**
 * Writes to fd 1 with plain blocking writes, in order: each write has reached the runner's pipe
 * when it returns, which is what lets an `add-mask` written first mask every later line. This
 * avoids creating process.stdout, which for a pipe loads Node's socket and stream code: ~3 ms of
 * a step that starts afresh every time. If fd 1 cannot take a write whole (a non-blocking pipe
 * that is full: EAGAIN), the rest of it and every later write go through process.stdout, which
 * queues in order and waits for the reader — nothing is lost or reordered.
 */
function writeToFd(text: string): void {
  if (!direct) {
    process.stdout.write(text);
    return;
  }
  const data = Buffer.from(text, 'utf8');
  let offset = 0;
  try {
    while (offset < data.length) offset += writeSync(1, data, offset, data.length - offset);
  } catch {
    direct = false;
    process.stdout.write(data.subarray(offset));
  }
}

/** Writes `text` to stdout, synchronously and in order (see writeToFd). The one writer of stdout. */
export function writeStdout(text: string): void {
  writer(text);
}

/** Replaces the stdout writer (for tests, which capture what is written); returns the one it replaced. */
export function setStdoutWriter(next: (text: string) => void): (text: string) => void {
  const previous = writer;
  writer = next;
  return previous;
}

/** Properties of a command (`::warning title=T::…`); an empty value is left out, as the toolkit does. */
export type CommandProperties = Readonly<Record<string, string>>;

/** Escapes a command's message: `%`, CR and LF, so it stays on one line. */
export function escapeData(text: string): string {
  // Most messages (and masks) hold none of the three: one scan instead of three replaces.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

const NEEDS_ESCAPE = /[%\r\n]/;

/** Escapes a property value: as a message, and `:` and `,`, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The command line, without its line ending. Pure: `issueCommand` is the one writer. */
export function formatCommand(name: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties).filter(([, value]) => value !== '').map(([key, value]) => `${key}=${escapeProperty(value)}`);
  return `::${name}${props.length === 0 ? '' : ` ${props.join(',')}`}::${escapeData(message)}`;
}

/**
 * Writes one command to stdout. Synchronous (writeStdout), so commands reach the runner in the
 * order they were issued: an `add-mask` issued first masks every line after it.
 */
export function issueCommand(name: string, properties: CommandProperties, message: string): void {
  writeStdout(`${formatCommand(name, properties, message)}${EOL}`);
}
