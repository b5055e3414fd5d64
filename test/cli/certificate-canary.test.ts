/**
 * Canaries for certificates: a private key imported from PEM and from PFX, a key the vault
 * made, and PKCS#12 passwords given every way (file, environment, command line, a wrong one,
 * one typed where a positional goes). Private key text appears only on the stdout of
 * `certificate get --with-key` (and in the files it was asked to write); a password never
 * appears anywhere — not on stderr, in error lines, `coffer audit show`, the vault and audit
 * files, or a backup blob.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canary, leakForms, type Result, type Sandbox } from './harness.js';
import { certificateSandbox, ok, openssl, runBytes } from './certificate-tools.js';

let box: Sandbox;
const passwords = { file: canary(), env: canary(), inline: canary(), export: canary(), wrong: canary(), positional: canary() };
/** Each private key's secret parts: its PEM body lines and the JWK's private members. */
const keys: Record<string, string[]> = {};
/** Results whose stdout may carry private key text: `certificate get --with-key` to stdout. */
const withKey = new Set<Result>();

function secretPartsOf(text: string): string[] {
  // Only the PRIVATE KEY block: a --with-key export carries the (public) certificate too.
  const pem = /-----BEGIN PRIVATE KEY-----\n[\s\S]*?-----END PRIVATE KEY-----\n/.exec(text)?.[0] ?? '';
  const key = createPrivateKey(pem);
  // As given, and as node writes it again (PKCS#12 import re-encodes the key): either may leak.
  const bodies = [pem, key.export({ type: 'pkcs8', format: 'pem' }).toString()].map((text) => text.split('\n').filter((line) => line !== '' && !line.startsWith('-----')));
  const jwk = key.export({ format: 'jwk' });
  const members = ['d', 'p', 'q', 'dp', 'dq', 'qi'].map((m) => (jwk as Record<string, unknown>)[m]).filter((v): v is string => typeof v === 'string');
  // Every full body line but the first (it starts with a DER header that keys of a kind share).
  return [...bodies.flatMap((body) => body.slice(1, -1)), ...members, ...members.map((m) => Buffer.from(m, 'base64url').toString('hex'))];
}

function keyFile(name: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  box.writeFile(`${name}.key`, pem);
  keys[name] = secretPartsOf(pem);
  return `${name}.key`;
}

const getWithKey = (args: string[]): string => {
  const result = box.run(args);
  withKey.add(result);
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

beforeAll(() => {
  box = certificateSandbox('file');
  const pemKey = keyFile('pem');
  expect(openssl(box, ['req', '-x509', '-key', pemKey, '-out', 'pem.crt', '-subj', '/CN=pem', '-days', '30']).status).toBe(0);
  box.writeFile('bundle.pem', `${box.read('pem.crt')}${box.read(pemKey)}`);
  const pfxKey = keyFile('pfx');
  expect(openssl(box, ['req', '-x509', '-key', pfxKey, '-out', 'pfx.crt', '-subj', '/CN=pfx', '-days', '30']).status).toBe(0);
  for (const [name, password] of Object.entries({ file: passwords.file, env: passwords.env, inline: passwords.inline })) {
    expect(openssl(box, ['pkcs12', '-export', '-in', 'pfx.crt', '-inkey', pfxKey, '-out', `${name}.pfx`, '-passout', `pass:${password}`]).status).toBe(0);
  }
  box.writeFile('password.txt', passwords.file);
  box.writeFile('wrong.txt', passwords.wrong);

  ok(box, ['certificate', 'import', 'from-pem', '--file', 'bundle.pem']);
  ok(box, ['certificate', 'import', 'from-file', '--file', 'file.pfx', '--password-file', 'password.txt']);
  ok(box, ['certificate', 'import', 'from-env', '--file', 'env.pfx'], { env: { COFFER_PFX_PASSWORD: passwords.env } });
  box.run(['certificate', 'import', 'from-inline', '--file', 'inline.pfx', '--password', passwords.inline]);
  box.run(['certificate', 'import', 'bad', '--file', 'file.pfx', '--password-file', 'wrong.txt']);
  box.run(['certificate', 'import', 'bad', '--file', 'file.pfx', '--password', passwords.wrong]);
  box.run(['certificate', 'import', 'bad', passwords.positional, '--file', 'file.pfx']);
  box.run(['certificate', 'import', 'bad', `--passwrd=${passwords.positional}`, '--file', 'file.pfx']);
  box.run(['certificate', 'get', 'from-pem', '--format', 'pem', '--password', passwords.positional]);
  ok(box, ['certificate', 'create', 'made', '--subject', 'CN=made', '--kty', 'EC']);
  keys.made = secretPartsOf(getWithKey(['certificate', 'get', 'made', '--with-key']));
  getWithKey(['certificate', 'get', 'from-pem', '--with-key', '--chain']);
  getWithKey(['certificate', 'get', 'from-file', '--with-key']);
  box.run(['certificate', 'get', 'from-env', '--with-key', '--format', 'pfx', '--password-file', 'password.txt', '--out', 'env-out.pfx']);
  runBytes(box, ['certificate', 'get', 'made', '--with-key', '--format', 'pfx', '--legacy'], { COFFER_PFX_PASSWORD: passwords.export });
  box.run(['certificate', 'get', 'from-pem', '--with-key', '--out', 'pem.crt']);
  for (const args of [['list'], ['list', '--json'], ['get', 'from-pem'], ['get', 'from-pem', '--json'], ['versions', 'made', '--json'], ['policy', 'get', 'from-pem', '--json'],
    ['backup', 'from-pem', '--out', 'from-pem.blob'], ['delete', 'from-file'], ['deleted', '--json'], ['recover', 'from-file'], ['renew', 'made', '--json']]) {
    box.run(['certificate', ...args]);
  }
  for (const args of [['secret', 'list', '--json'], ['key', 'get', 'from-pem', '--json'], ['audit', 'show'], ['audit', 'show', '--json'], ['audit', 'verify']]) box.run(args);
});
afterAll(() => {
  box.cleanup();
});

function leaksIn(text: string, values: readonly string[]): string | undefined {
  return values.flatMap((value) => (value.length < 40 ? leakForms(value) : [value])).find((form) => text.includes(form));
}

const allPasswords = Object.values(passwords);
const allKeyParts = (): string[] => Object.values(keys).flat();

describe('certificate canaries', () => {
  it('were planted: the imports worked and the keys came back with --with-key only', () => {
    expect(box.run(['certificate', 'list', '--json']).stdout).toContain('"from-inline"');
    expect(Object.keys(keys).sort()).toEqual(['made', 'pem', 'pfx']);
    expect([...withKey].every((r) => r.stdout.includes('-----BEGIN PRIVATE KEY-----'))).toBe(true);
    // The detector finds each key where it is allowed to be: it would find it anywhere else.
    const found = (parts: readonly string[]): boolean => [...withKey].some((r) => leaksIn(r.stdout, parts) !== undefined);
    expect(Object.entries(keys).filter(([, parts]) => !found(parts)).map(([name]) => name)).toEqual([]);
    expect(box.results.length).toBeGreaterThan(30);
  });

  it('never put a password anywhere, nor key text on any stderr', () => {
    box.results.forEach((result, i) => {
      expect([i, leaksIn(result.stderr, [...allPasswords, ...allKeyParts()])]).toEqual([i, undefined]);
      expect([i, leaksIn(result.stdout, allPasswords)]).toEqual([i, undefined]);
    });
  });

  it('never put key text on stdout except for get --with-key', () => {
    box.results.filter((r) => !withKey.has(r)).forEach((result, i) => {
      expect([i, leaksIn(result.stdout, allKeyParts())]).toEqual([i, undefined]);
    });
  });

  it('are in none of the vault\'s files, the audit log or the backup blob', () => {
    const coffer = box.path('.coffer');
    for (const file of [...readdirSync(coffer).map((f) => join(coffer, f)), box.path('from-pem.blob')]) {
      const text = readFileSync(file).toString('latin1');
      expect([file, leaksIn(text, [...allPasswords, ...allKeyParts()])]).toEqual([file, undefined]);
    }
  });

  it('reported the wrong password and the misplaced one without echoing them', () => {
    const stderr = box.results.map((r) => r.stderr).join('');
    expect(stderr).toContain('coffer: The PKCS#12 file could not be opened: the password is wrong, or the file was altered. (BadParameter)\n');
    expect(stderr).toContain('coffer: \'coffer certificate import\' takes 1 argument (NAME); got 2.\n');
    expect(stderr).toContain('coffer: Unknown option --passwrd for \'coffer certificate import\'.\n');
    expect(stderr).toContain('coffer: --password and --password-file are for --format pfx.\n');
  });
});
