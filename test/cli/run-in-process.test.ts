/**
 * run() with injected I/O, for what a child process cannot easily show: a terminal on stdout
 * (where `secret get` adds a newline), the generic line for an unexpected error, and the pure
 * renderers and parsers on their own.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, describeError } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { expiryCell, renderTable, auditLine } from '../../src/cli/format.js';
import { parseIsoDate, parseTags } from '../../src/cli/args.js';
import { callerPrincipal } from '../../src/caller.js';
import { checkKeyFileMode } from '../../src/cli/key-source.js';
import type { AuditRecord } from '../../src/core/audit/record.js';

interface FakeIo extends CliIo {
  out: string;
  err: string;
}

function fakeIo(cwd: string, options: { tty?: boolean; stdin?: string; env?: Record<string, string> } = {}): FakeIo {
  const io: FakeIo = {
    out: '', err: '', cwd, env: options.env ?? {}, stdoutIsTTY: options.tty ?? false, stdinIsTTY: false,
    readStdin: () => Promise.resolve(Buffer.from(options.stdin ?? '', 'utf8')),
    writeOut: (text) => { io.out += text; },
    writeOutBytes: (bytes) => { io.out += Buffer.from(bytes).toString('latin1'); },
    writeErr: (text) => { io.err += text; },
    now: () => new Date('2026-06-01T00:00:00Z'),
  };
  return io;
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coffer-run-'));
  expect(await run(['init', '--key-file', 'k'], fakeIo(dir))).toBe(0);
  expect(await run(['secret', 'set', 'tty', '--key-file', 'k'], fakeIo(dir, { stdin: 'no newline' }))).toBe(0);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('run() with injected I/O', () => {
  it('adds a newline to a value only when stdout is a terminal', async () => {
    const tty = fakeIo(dir, { tty: true });
    expect(await run(['secret', 'get', 'tty', '--key-file', 'k'], tty)).toBe(0);
    expect(tty.out).toBe('no newline\n');
    const pipe = fakeIo(dir);
    expect(await run(['secret', 'get', 'tty', '--key-file', 'k'], pipe)).toBe(0);
    expect(pipe.out).toBe('no newline');
  });

  it('marks expiries against the injected clock', async () => {
    await run(['secret', 'update', 'tty', '--key-file', 'k', '--expires', '2026-05-31T23:59:59Z'], fakeIo(dir));
    const io = fakeIo(dir);
    expect(await run(['secret', 'list', '--key-file', 'k'], io)).toBe(0);
    expect(io.out).toContain('  2026-05-31T23:59:59.000Z (expired)  ');
  });
});

describe('describeError', () => {
  it('shows only the class and errno code of an unexpected error, never its message', () => {
    const error = Object.assign(new TypeError('value was canary-abc'), { code: 'EACCES' });
    expect(describeError(error)).toBe('Unexpected error (TypeError, EACCES); its details are not shown since they could contain input. (InternalError)');
    expect(describeError('canary-abc')).toBe('Unexpected error (Error); its details are not shown since they could contain input. (InternalError)');
  });
});

describe('pure helpers', () => {
  it('renders aligned tables without trailing spaces', () => {
    expect(renderTable(['A', 'LONGER'], [['wide cell', 'x'], ['y', '']])).toBe('A          LONGER\nwide cell  x\ny\n');
  });

  it('marks an expiry that has passed, at the exact instant too', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(expiryCell(undefined, now)).toBe('-');
    expect(expiryCell(now, now)).toBe('2026-01-01T00:00:00.000Z (expired)');
    expect(expiryCell(new Date('2026-01-01T00:00:01Z'), now)).toBe('2026-01-01T00:00:01.000Z');
  });

  it('renders an audit record defensively: a damaged record still prints one line', () => {
    expect(auditLine({ time: 't', seq: 3, operationName: 'SecretGet', resultSignature: 'OK', identity: { claim: { name: 'me@host' } }, properties: { id: '/secrets/a' } } as unknown as AuditRecord))
      .toBe('t  3  SecretGet  OK  me@host  /secrets/a');
    expect(auditLine({ seq: 4 } as unknown as AuditRecord)).toBe('-  4  -  -  -  -');
  });

  it('parses ISO dates and tags strictly', () => {
    expect(parseIsoDate('2026-01-31', '--expires', 'secret set').toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(() => parseIsoDate('1767225600', '--expires', 'secret set')).toThrow("Invalid --expires '1767225600'");
    expect(parseTags(['a=1', 'b=', 'c=x=y'], 'secret set')).toEqual({ a: '1', b: '', c: 'x=y' });
  });

  it('builds the principal from the OS and, under GitHub Actions only, the run', () => {
    const host = { user: 'ann', host: 'box' };
    expect(callerPrincipal({ GITHUB_REPOSITORY: 'a/b' }, host)).toEqual({ name: 'ann@box', claims: { user: 'ann', host: 'box' } });
    expect(callerPrincipal({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '7' }, host))
      .toEqual({ name: 'ann@box', claims: { user: 'ann', host: 'box', repository: 'a/b', run_id: '7' } });
  });

  it('accepts 0600 and 0400 key files, refuses any group or other bit, and skips the check on Windows', () => {
    expect(() => { checkKeyFileMode('/k', 0o100600, 'linux'); }).not.toThrow();
    expect(() => { checkKeyFileMode('/k', 0o100400, 'linux'); }).not.toThrow();
    expect(() => { checkKeyFileMode('/k', 0o100604, 'linux'); }).toThrow("Key file '/k' has mode 0604");
    expect(() => { checkKeyFileMode('/k', 0o100660, 'darwin'); }).toThrow("Key file '/k' has mode 0660");
    expect(() => { checkKeyFileMode('/k', 0o100644, 'win32'); }).not.toThrow();
  });
});
