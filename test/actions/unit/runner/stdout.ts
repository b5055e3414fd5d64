import { setStdoutWriter } from '../../../../src/actions/runner/command.js';

/** Captures what `fn` writes to stdout, through the runner's writer or process.stdout (and keeps it off the test's own output). */
export function captureStdout(fn: () => void): string {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  const capture = (chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  process.stdout.write = capture;
  const writer = setStdoutWriter((text) => { capture(text); });
  try {
    fn();
  } finally {
    setStdoutWriter(writer);
    process.stdout.write = original;
  }
  return chunks.join('');
}
