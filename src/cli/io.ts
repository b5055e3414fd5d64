/**
 * The CLI's side effects behind one interface, so that run() can be driven by tests with
 * strings and a fixed clock, and by main.ts with the real process.
 */
import { stdin } from 'node:process';
import { isatty } from 'node:tty';

/** Everything a command reads from or writes to the outside world, apart from files. */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths (vault, key file, --file, --out) resolve against this. */
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /**
   * Reads standard input to its end, or until more than `maxBytes` have arrived; a result
   * longer than `maxBytes` therefore means "too large", without buffering an unbounded stream.
   */
  readStdin(maxBytes: number): Promise<Buffer>;
  writeOut(text: string): void;
  /** Raw bytes on stdout, for the key commands' ciphertext, plaintext and random bytes. */
  writeOutBytes(bytes: Uint8Array): void;
  writeErr(text: string): void;
  now(): Date;
}

async function readProcessStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), 'utf8');
    chunks.push(buffer);
    size += buffer.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/** The real process's I/O. */
export function processIo(): CliIo {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: isatty(1),
    stdinIsTTY: isatty(0),
    readStdin: readProcessStdin,
    writeOut: (text) => process.stdout.write(text),
    writeOutBytes: (bytes) => process.stdout.write(bytes),
    writeErr: (text) => process.stderr.write(text),
    now: () => new Date(),
  };
}
