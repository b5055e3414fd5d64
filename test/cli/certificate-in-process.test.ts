/**
 * What the bundle tests cannot show: a terminal on stdout (DER and PKCS#12 are refused there,
 * PEM is not) through run() with injected I/O; and that the certificate command modules keep
 * their heavy code lazy — no static import of the X.509 or PKCS#12 libraries or of the
 * certificate implementation, which `coffer secret get` would otherwise load at start-up.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';

interface FakeIo extends CliIo {
  out: string;
  err: string;
}

function fakeIo(cwd: string, tty: boolean): FakeIo {
  const io: FakeIo = {
    out: '', err: '', cwd, env: {}, stdoutIsTTY: tty, stdinIsTTY: false,
    readStdin: () => Promise.resolve(Buffer.alloc(0)),
    writeOut: (text) => { io.out += text; },
    writeOutBytes: (bytes) => { io.out += Buffer.from(bytes).toString('latin1'); },
    writeErr: (text) => { io.err += text; },
    now: () => new Date(),
  };
  return io;
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coffer-cert-run-'));
  expect(await run(['init', '--key-file', 'k'], fakeIo(dir, false))).toBe(0);
  expect(await run(['certificate', 'create', 'web', '--subject', 'CN=web', '--kty', 'EC', '--key-file', 'k'], fakeIo(dir, false))).toBe(0);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a terminal on stdout', () => {
  it.each([['der'], ['pfx']])('refuses --format %s there with exit 2, before the vault is asked', async (format) => {
    const io = fakeIo(dir, true);
    expect(await run(['certificate', 'get', 'web', '--format', format, '--key-file', 'k'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err.split('\n')[0]).toBe(`coffer: --format ${format} is binary: give --out FILE, or redirect stdout.`);
  });

  it('prints PEM there, and binary formats to a pipe', async () => {
    const tty = fakeIo(dir, true);
    expect(await run(['certificate', 'get', 'web', '--format', 'pem', '--key-file', 'k'], tty)).toBe(0);
    expect(tty.out).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/);
    const pipe = fakeIo(dir, false);
    expect(await run(['certificate', 'get', 'web', '--format', 'der', '--key-file', 'k'], pipe)).toBe(0);
    expect(pipe.out.charCodeAt(0)).toBe(0x30);
  });
});

describe('start-up cost', () => {
  const folder = 'src/cli/commands';
  const heavy = /^import (?!type )[^;]*from '(node-forge|@peculiar\/x509|asn1js|pkijs|\.\.\/\.\.\/core\/certificates\/(?!model\.js)[^']+|\.\.\/\.\.\/protocol\/certificate[^']*)';/m;

  it('no certificate command module imports the X.509, PKCS#12 or certificate implementation statically', () => {
    const files = readdirSync(folder).filter((f) => f.startsWith('certificate') || f === 'registry.ts');
    expect(files.length).toBeGreaterThan(8);
    const offenders = files.filter((f) => heavy.test(readFileSync(join(folder, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the pattern catches such an import', () => {
    expect(heavy.test("import forge from 'node-forge';")).toBe(true);
    expect(heavy.test("import { partsToPem } from '../../core/certificates/formats.js';")).toBe(true);
    expect(heavy.test("import type { CertificateParts } from '../../core/certificates/formats.js';")).toBe(false);
    expect(heavy.test("import { KEY_USAGES } from '../../core/certificates/model.js';")).toBe(false);
  });
});
