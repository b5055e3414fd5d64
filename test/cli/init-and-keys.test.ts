/**
 * `coffer init` and where the master key comes from: printed once or written to a 0600 file,
 * COFFER_KEY / --key-file / COFFER_KEY_FILE, and the refusals (existing vault, existing key
 * file, a key file others can read, no key, a malformed key).
 */
import { describe, it, expect, afterAll } from '@jest/globals';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { Sandbox, json, type PropertiesJson } from './harness.js';

const sandboxes: Sandbox[] = [];
const sandbox = (): Sandbox => {
  const box = new Sandbox();
  sandboxes.push(box);
  return box;
};
afterAll(() => {
  for (const box of sandboxes) box.cleanup();
});

const KEY_LINE = /^[A-Za-z0-9+/]{43}=\n$/;

describe('coffer init', () => {
  it('prints the new key once on stdout, a note on stderr, and creates a private folder', () => {
    const box = sandbox();
    const result = box.run(['init']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(KEY_LINE);
    const vault = box.path('.coffer/vault.json');
    const lines = result.stderr.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^coffer: Created vault ${vault.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(key id [0-9a-f]{16}\\)\\.$`));
    expect(lines[1]).toBe('coffer: Its master key was printed on stdout and is shown only this once: store it now, e.g. as the GitHub secret COFFER_KEY;'
      + ' give it to coffer in COFFER_KEY, or in a key file (mode 0600) named by --key-file or COFFER_KEY_FILE.');
    expect(lines).toHaveLength(3);
    expect(result.stderr).not.toContain(result.stdout.trim());
    expect(statSync(box.path('.coffer')).mode & 0o777).toBe(0o700);
    expect(existsSync(vault)).toBe(true);
    // The key it printed opens the vault.
    const list = box.run(['secret', 'list'], { env: { COFFER_KEY: result.stdout.trim() } });
    expect(list).toEqual({ status: 0, stdout: 'No secrets.\n', stderr: '' });
  });

  it('refuses a vault that exists and leaves it unchanged', () => {
    const box = sandbox();
    box.init();
    const before = box.read('.coffer/vault.json');
    const again = box.run(['init']);
    expect(again).toEqual({
      status: 1, stdout: '',
      stderr: `coffer: A vault already exists at '${box.path('.coffer/vault.json')}'; it was left unchanged. (Conflict)\n`,
    });
    expect(box.read('.coffer/vault.json')).toBe(before);
  });

  it('writes the key to --key-file with mode 0600 and does not print it', () => {
    const box = sandbox();
    const result = box.run(['init', '--vault', 'v/vault.json', '--key-file', 'master.key']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^Created vault ${box.path('v/vault.json')} \\(key id [0-9a-f]{16}\\); the master key is in ${box.path('master.key')} \\(mode 0600\\)\\.\n$`));
    expect(statSync(box.path('master.key')).mode & 0o777).toBe(0o600);
    const key = box.read('master.key');
    expect(key).toMatch(KEY_LINE);
    expect(result.stdout).not.toContain(key.trim());
    const list = box.run(['secret', 'list', '--vault', 'v/vault.json', '--key-file', 'master.key']);
    expect(list).toEqual({ status: 0, stdout: 'No secrets.\n', stderr: '' });
  });

  it('refuses an existing --key-file before creating the vault', () => {
    const box = sandbox();
    box.writeFile('master.key', 'keep me\n');
    const result = box.run(['init', '--key-file', 'master.key']);
    expect(result).toEqual({ status: 1, stdout: '', stderr: `coffer: '${box.path('master.key')}' already exists; it was left unchanged. (FileExists)\n` });
    expect(box.read('master.key')).toBe('keep me\n');
    expect(existsSync(box.path('.coffer/vault.json'))).toBe(false);
  });

  it('sets the retention with --retention-days and refuses one outside 7-90', () => {
    const box = sandbox();
    box.init(['--retention-days', '7']);
    box.run(['secret', 'set', 'a', '--value', 'x']);
    const props = json(box.run(['secret', 'update', 'a', '--enabled', 'true', '--json'])) as PropertiesJson;
    expect(props.recoverableDays).toBe(7);
    expect(props.recoveryLevel).toBe('CustomizedRecoverable+Purgeable');
    const bad = box.run(['init', '--vault', 'other.json', '--retention-days', '91']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("coffer: Invalid --retention-days '91': expected a whole number from 7 to 90.\n"
      + 'Usage: coffer init [--vault PATH] [--key-file PATH] [--retention-days N]\n'
      + "Run 'coffer init --help' for details.\n");
    expect(existsSync(box.path('other.json'))).toBe(false);
  });
});

describe('the master key', () => {
  it('comes from --key-file before COFFER_KEY before COFFER_KEY_FILE', () => {
    const box = sandbox();
    box.run(['init', '--key-file', 'right.key']);
    const right = box.read('right.key');
    box.run(['init', '--vault', 'other.json', '--key-file', 'wrong.key']);
    const wrong = box.read('wrong.key').trim();
    const ok = { status: 0, stdout: 'No secrets.\n', stderr: '' };
    expect(box.run(['secret', 'list', '--key-file', 'right.key'], { env: { COFFER_KEY: wrong } })).toEqual(ok);
    expect(box.run(['secret', 'list'], { env: { COFFER_KEY: right.trim(), COFFER_KEY_FILE: box.path('wrong.key') } })).toEqual(ok);
    expect(box.run(['secret', 'list'], { env: { COFFER_KEY_FILE: 'right.key' } })).toEqual(ok);
    const mismatch = box.run(['secret', 'list'], { env: { COFFER_KEY: wrong } });
    expect(mismatch.status).toBe(1);
    expect(mismatch.stderr).toMatch(/^coffer: The master key \(id [0-9a-f]{16}\) does not open this vault: it was sealed with key id [0-9a-f]{16}\. \(KeyMismatch\)\n$/);
  });

  it('refuses a key file that group or others can read, quoting its path and mode but not its content', () => {
    const box = sandbox();
    box.run(['init', '--key-file', 'k']);
    const key = box.read('k');
    const loose = box.writeFile('loose.key', key, 0o644);
    const expected = `coffer: Key file '${loose}' has mode 0644: a key file must be readable by its owner only (run chmod 600 '${loose}'). (KeyFileInsecure)\n`;
    expect(box.run(['secret', 'list', '--key-file', 'loose.key'])).toEqual({ status: 1, stdout: '', stderr: expected });
    expect(box.run(['secret', 'list'], { env: { COFFER_KEY_FILE: loose } })).toEqual({ status: 1, stdout: '', stderr: expected });
    box.writeFile('group.key', key, 0o640);
    const group = box.run(['secret', 'list', '--key-file', 'group.key']);
    expect(group.stderr).toContain(`group.key' has mode 0640: a key file must be readable by its owner only (run chmod 600 '`);
    expect(group.stderr).not.toContain(key.trim());
    expect(box.run(['secret', 'list', '--key-file', 'k']).status).toBe(0);
  });

  it('explains how to give a key when there is none', () => {
    const box = sandbox();
    box.init();
    const message = "No master key: set COFFER_KEY to the key's base64 text, or give --key-file PATH or COFFER_KEY_FILE naming a file (mode 0600) that holds it. (NoMasterKey)";
    expect(box.run(['secret', 'list'], { env: { COFFER_KEY: undefined } })).toEqual({ status: 1, stdout: '', stderr: `coffer: ${message}\n` });
    expect(box.run(['secret', 'list'], { env: { COFFER_KEY: '' } }).stderr)
      .toBe("coffer: No master key (COFFER_KEY is set but empty): set COFFER_KEY to the key's base64 text, or give --key-file PATH or COFFER_KEY_FILE naming a file (mode 0600) that holds it. (NoMasterKey)\n");
  });

  it('describes a malformed key by its shape only', () => {
    const box = sandbox();
    box.init();
    const short = box.run(['secret', 'list'], { env: { COFFER_KEY: 'c2hvcnQta2V5' } });
    expect(short).toEqual({ status: 1, stdout: '', stderr: 'coffer: Invalid COFFER_KEY: expected base64 of 32 bytes; it decodes to 9 bytes. (BadParameter)\n' });
    const file = box.writeFile('bad.key', 'not a key!\n');
    const bad = box.run(['secret', 'list', '--key-file', 'bad.key']);
    expect(bad).toEqual({ status: 1, stdout: '', stderr: `coffer: Invalid key file '${file}': expected base64 of 32 bytes (44 characters); it has characters outside base64. (BadParameter)\n` });
  });

  it('names a missing key file and a missing vault', () => {
    const box = sandbox();
    const missing = box.run(['secret', 'list', '--key-file', 'nope.key']);
    expect(missing).toEqual({ status: 1, stdout: '', stderr: `coffer: Could not open key file '${box.path('nope.key')}' (ENOENT). (FileUnreadable)\n` });
    box.run(['init', '--vault', 'a.json', '--key-file', 'k']);
    const noVault = box.run(['secret', 'list', '--key-file', 'k']);
    expect(noVault).toEqual({ status: 1, stdout: '', stderr: `coffer: No vault at ${box.path('.coffer/vault.json')}: create one with 'coffer init'. (StorageError)\n` });
    expect(box.run(['secret', 'list', '--key-file', 'k'], { env: { COFFER_VAULT: 'a.json' } }).status).toBe(0);
    expect(readdirSync(box.dir).sort()).toEqual(['a.json', 'a.json.audit.jsonl', 'k']);
  });
});
