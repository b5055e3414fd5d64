#!/usr/bin/env node
/**
 * The `coffer` executable: runs the CLI on the process's arguments and I/O and sets the exit
 * code (never process.exit, which could cut off output still being written to a pipe).
 */
import { processIo } from './io.js';
import { run } from './run.js';

// A reader that stops early (`coffer audit show | head`) closes the pipe: not worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.exitCode = 1;
});

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
