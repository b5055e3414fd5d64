/** Captures what `fn` writes to process.stdout (and keeps it off the test's own output). */
export function captureStdout(fn: () => void): string {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  const capture = (chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  process.stdout.write = capture;
  try {
    fn();
  } finally {
    process.stdout.write = original;
  }
  return chunks.join('');
}
