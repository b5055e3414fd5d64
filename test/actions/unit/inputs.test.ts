import { describe, it, expect } from '@jest/globals';
import { keyMasks, readFetchSettings, readRunSettings, readSecretSettings, type GetInput } from '../../../src/actions/inputs.js';
import { BadParameterError } from '../../../src/core/errors.js';

const KEY = Buffer.alloc(32, 7).toString('base64');
const BASE = { vault: '.coffer/vault.json', key: KEY, secrets: 'db-password' };

/** A getInput over a fixed map that records every read, and a mask that records every call. */
function runner(inputs: Record<string, string>): { getInput: GetInput; mask: (s: string) => void; events: string[] } {
  const events: string[] = [];
  return {
    events,
    getInput: (name) => {
      events.push(`get ${name}`);
      return inputs[name] ?? '';
    },
    mask: (secret) => { events.push(`mask ${secret === KEY ? 'KEY' : keyMasks(KEY).includes(secret) ? 'KEY-FORM' : 'other'}`); },
  };
}

function fetchSettings(inputs: Record<string, string>): ReturnType<typeof readFetchSettings> {
  const r = runner({ ...BASE, ...inputs });
  return readFetchSettings(r.getInput, r.mask);
}

function fetchError(inputs: Record<string, string>): { code: string; message: string } {
  try {
    fetchSettings(inputs);
  } catch (error) {
    if (error instanceof BadParameterError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the inputs to be refused');
}

describe('readFetchSettings', () => {
  it('reads every default', () => {
    const settings = fetchSettings({});
    expect({ ...settings, masterKey: settings.masterKey?.id }).toEqual({
      vault: '.coffer/vault.json', masterKey: expect.any(String) as unknown,
      selections: [{ kind: 'secret', line: 1, text: 'db-password', name: 'db-password', version: undefined, as: undefined }],
      missing: 'fail', expired: 'warn', maskEncodings: true, minMaskLength: 4,
      exportEnv: true, outputs: true, files: false, cleanupFiles: true, cleanupEnv: false,
    });
  });

  it('reads every input given', () => {
    const settings = fetchSettings({
      'export-env': 'false', outputs: 'true', files: 'true', missing: 'ignore', expired: 'fail',
      'mask-encodings': 'false', 'min-mask-length': '6', 'cleanup-files': 'false', 'cleanup-env': 'true',
    });
    expect(settings).toMatchObject({
      missing: 'ignore', expired: 'fail', maskEncodings: false, minMaskLength: 6,
      exportEnv: false, outputs: true, files: true, cleanupFiles: false, cleanupEnv: true,
    });
  });

  it('masks the key before reading any other input', () => {
    const r = runner(BASE);
    readFetchSettings(r.getInput, r.mask);
    const forms = keyMasks(KEY).length;
    expect(r.events.slice(0, forms + 2)).toEqual(['get key', 'mask KEY', ...Array<string>(forms - 1).fill('mask KEY-FORM'), 'get vault']);
    expect(r.events.filter((e) => e.startsWith('mask')).length).toBe(forms);
  });

  it('masks the key even when another input is bad', () => {
    const r = runner({ ...BASE, vault: '' });
    expect(() => readFetchSettings(r.getInput, r.mask)).toThrow('Input required and not supplied: vault.');
    expect(r.events).toEqual(['get key', 'mask KEY', ...Array<string>(keyMasks(KEY).length - 1).fill('mask KEY-FORM'), 'get vault']);
  });

  it('masks the key text, its encodings, and the hex and base64url of the key bytes', () => {
    const bytes = Buffer.from(KEY, 'base64');
    const forms = keyMasks(KEY);
    expect(forms[0]).toBe(KEY);
    for (const form of [Buffer.from(KEY).toString('hex'), bytes.toString('hex'), bytes.toString('hex').toUpperCase(), bytes.toString('base64url')]) {
      expect(forms).toContain(form);
    }
    expect(new Set(forms).size).toBe(forms.length);
  });

  it.each([
    [{ vault: '' }, 'Input required and not supplied: vault. Expected a vault file path, file:PATH or an https:// URL.'],
    [{ vault: 'http://vault.example' }, "Invalid vault location 'http://vault.example': a remote vault must use https://."],
    [{ key: '' }, "Input required and not supplied: key. Expected the vault's master key, e.g. key: ${{ secrets.COFFER_KEY }}."],
    [{ key: 'not a key!' }, 'Invalid key input: expected base64 of 32 bytes (44 characters); it has characters outside base64.'],
    [{ key: 'c2hvcnQ=' }, 'Invalid key input: expected base64 of 32 bytes; it decodes to 5 bytes.'],
    [{ secrets: '' }, 'Input required and not supplied: secrets. Expected one selection per line, e.g. db-password.'],
    [{ secrets: '# only a comment' }, 'The secrets input selects nothing: every line is blank or a comment.'],
    [{ secrets: 'ok\nnot ok' }, "Line 2: 'not ok': expected one selection per line: a name, then optionally '@version', '.field' or '.*', then optionally '> NAME'."],
    [{ 'export-env': 'yes' }, "Invalid export-env input 'yes': expected true or false."],
    [{ outputs: 'TRUE' }, "Invalid outputs input 'TRUE': expected true or false."],
    [{ files: '1' }, "Invalid files input '1': expected true or false."],
    [{ 'cleanup-files': 'no' }, "Invalid cleanup-files input 'no': expected true or false."],
    [{ 'cleanup-env': 'on' }, "Invalid cleanup-env input 'on': expected true or false."],
    [{ 'mask-encodings': 'False' }, "Invalid mask-encodings input 'False': expected true or false."],
    [{ missing: 'skip' }, "Invalid missing input 'skip': expected fail, warn or ignore."],
    [{ expired: 'ignore' }, "Invalid expired input 'ignore': expected fail or warn."],
    [{ 'min-mask-length': '0' }, "Invalid min-mask-length input '0': expected a whole number from 1 to 8."],
    [{ 'min-mask-length': '1025' }, "Invalid min-mask-length input '1025': expected a whole number from 1 to 8."],
    [{ 'min-mask-length': '4.5' }, "Invalid min-mask-length input '4.5': expected a whole number from 1 to 8."],
    [{ 'min-mask-length': '-1' }, "Invalid min-mask-length input '-1': expected a whole number from 1 to 8."],
    [{ 'min-mask-length': 'four' }, "Invalid min-mask-length input 'four': expected a whole number from 1 to 8."],
    [{ 'export-env': 'false', outputs: 'false' }, "Invalid inputs export-env 'false' and outputs 'false': the secrets would go nowhere; expected at least one of them true."],
  ])('refuses %j', (inputs, message) => {
    expect(fetchError(inputs)).toEqual({ code: 'BadParameter', message });
  });

  it('never quotes the key in its errors', () => {
    const bad = `${KEY.slice(0, 40)}!!!!`;
    expect(fetchError({ key: bad }).message).not.toContain(bad.slice(0, 8));
  });

  it('accepts https:// and file: locations (openVault decides what is supported)', () => {
    expect(fetchSettings({ vault: 'https://vault.example' }).vault).toBe('https://vault.example');
    expect(fetchSettings({ vault: 'file:ci/vault.json' }).vault).toBe('file:ci/vault.json');
  });
});

describe('readRunSettings', () => {
  const read = (inputs: Record<string, string>, platform: NodeJS.Platform = 'linux'): ReturnType<typeof readRunSettings> => {
    const r = runner({ ...BASE, run: 'make deploy', ...inputs });
    return readRunSettings(r.getInput, r.mask, platform);
  };

  it('reads run, the default shell bash, and the shared inputs; not the fetch-only ones', () => {
    const r = runner({ ...BASE, run: 'make deploy' });
    const settings = readRunSettings(r.getInput, r.mask, 'linux');
    expect(settings).toMatchObject({ run: 'make deploy', shell: 'bash', missing: 'fail', expired: 'warn', maskEncodings: true, minMaskLength: 4 });
    expect(r.events.filter((e) => /export-env|outputs|files|cleanup/.test(e))).toEqual([]);
  });

  it('accepts sh and pwsh anywhere, and cmd on Windows only', () => {
    expect(read({ shell: 'sh' }).shell).toBe('sh');
    expect(read({ shell: 'pwsh' }).shell).toBe('pwsh');
    expect(read({ shell: 'cmd' }, 'win32').shell).toBe('cmd');
    expect(() => read({ shell: 'cmd' })).toThrow("Invalid shell input 'cmd': cmd is only available on Windows runners; use bash, sh or pwsh.");
  });

  it('refuses a missing command and an unknown shell', () => {
    expect(() => read({ run: '' })).toThrow('Input required and not supplied: run. Expected the command to run with the secrets in its environment.');
    expect(() => read({ shell: 'zsh' })).toThrow("Invalid shell input 'zsh': expected bash, sh, pwsh or cmd.");
  });
});

describe('readSecretSettings', () => {
  it('is what both actions share', () => {
    const r = runner(BASE);
    expect(Object.keys(readSecretSettings(r.getInput, r.mask)).sort()).toEqual(['expired', 'maskEncodings', 'masterKey', 'minMaskLength', 'missing', 'selections', 'vault']);
  });
});
