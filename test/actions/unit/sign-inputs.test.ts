import { describe, it, expect } from '@jest/globals';
import { keyMasks, type GetInput } from '../../../src/actions/inputs.js';
import { readSignSettings } from '../../../src/actions/sign/inputs.js';
import { BadParameterError } from '../../../src/core/errors.js';

const KEY = Buffer.alloc(32, 9).toString('base64');
const BASE = { vault: '.coffer/vault.json', key: KEY, 'key-name': 'release', files: 'dist/*' };

function read(inputs: Record<string, string>, events: string[] = []): ReturnType<typeof readSignSettings> {
  const all: Record<string, string> = { ...BASE, ...inputs };
  const getInput: GetInput = (name) => {
    events.push(`get ${name}`);
    return all[name] ?? '';
  };
  return readSignSettings(getInput, (secret) => { events.push(keyMasks(KEY).includes(secret) ? 'mask KEY' : 'mask other'); });
}

function refusal(inputs: Record<string, string>): string {
  try {
    read(inputs);
  } catch (error) {
    if (error instanceof BadParameterError) return error.message;
    throw error;
  }
  throw new Error('expected the inputs to be refused');
}

describe('readSignSettings', () => {
  it('reads every default; masks the key before reading anything else', () => {
    const events: string[] = [];
    const settings = read({}, events);
    expect({ ...settings, masterKey: undefined }).toEqual({
      vault: '.coffer/vault.json', masterKey: undefined, keyName: 'release', keyVersion: undefined, algorithm: undefined,
      patterns: [{ line: 1, pattern: 'dist/*', negate: false }], mode: 'sign', suffix: '.sig', manifest: 'signatures.json',
    });
    expect(events.slice(0, keyMasks(KEY).length + 1)).toEqual(['get key', ...keyMasks(KEY).map(() => 'mask KEY')]);
    expect(events).not.toContain('mask other');
  });

  it('reads every input given', () => {
    const settings = read({ 'key-version': 'a'.repeat(32), algorithm: 'ES384', mode: 'verify', 'signature-suffix': '.p7s', manifest: 'out/sigs.json' });
    expect([settings.keyVersion, settings.algorithm, settings.mode, settings.suffix, settings.manifest]).toEqual(['a'.repeat(32), 'ES384', 'verify', '.p7s', 'out/sigs.json']);
  });

  it('refuses bad inputs, quoting them and saying what was expected', () => {
    expect(refusal({ 'key-name': '' })).toBe('Input required and not supplied: key-name. Expected the name of an RSA or EC key in the vault.');
    expect(refusal({ 'key-name': 'rel/ease' })).toBe("Invalid key name 'rel/ease': expected 1-127 of 0-9, a-z, A-Z, '-'.");
    expect(refusal({ 'key-version': 'latest' })).toBe("Invalid version 'latest': expected 32 lowercase hexadecimal characters.");
    expect(refusal({ algorithm: 'EdDSA' })).toBe("Invalid algorithm input 'EdDSA': expected one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, ES256K, or nothing for the key type's default.");
    expect(refusal({ mode: 'check' })).toBe("Invalid mode input 'check': expected sign or verify.");
    expect(refusal({ 'signature-suffix': 'sig' })).toMatch(/^Invalid signature-suffix input 'sig': expected '\.' and 1-31 of/);
    expect(refusal({ 'signature-suffix': '.s/g' })).toMatch(/^Invalid signature-suffix input/);
    expect(refusal({ manifest: 'out/' })).toMatch(/^Invalid manifest input 'out\/': expected a file path/);
    expect(refusal({ manifest: 'all.sig' })).toBe("Invalid manifest input 'all.sig': it ends with the signature suffix '.sig'.");
    expect(refusal({ files: '' })).toBe('Input required and not supplied: files. Expected glob patterns, one per line, e.g. dist/*.tar.gz.');
    expect(refusal({ files: '../x' })).toMatch(/^Invalid files pattern '\.\.\/x' \(line 1\)/);
  });

  it('takes the manifest relative to the workspace only: no absolute path, ~ or . and .. segment', () => {
    const absolute = 'expected a path relative to the workspace, not an absolute one, e.g. signatures.json.';
    const dots = "expected a path under the workspace, without '.' or '..' segments, e.g. signatures.json.";
    expect(refusal({ manifest: '/tmp/x.json' })).toBe(`Invalid manifest input '/tmp/x.json': ${absolute}`);
    expect(refusal({ manifest: '../x.json' })).toBe(`Invalid manifest input '../x.json': ${dots}`);
    expect(refusal({ manifest: 'a/../../x.json' })).toBe(`Invalid manifest input 'a/../../x.json': ${dots}`);
    expect(refusal({ manifest: './a/./x.json' })).toBe(`Invalid manifest input './a/./x.json': ${dots}`);
    expect(refusal({ manifest: 'a\\..\\..\\x.json' })).toBe(`Invalid manifest input 'a\\..\\..\\x.json': ${dots}`);
    expect(refusal({ manifest: '~/x.json' })).toBe("Invalid manifest input '~/x.json': expected a path relative to the workspace, not to the home folder, e.g. signatures.json.");
    expect(refusal({ manifest: '\\\\host\\x.json' })).toBe(`Invalid manifest input '\\\\host\\x.json': ${absolute}`);
    expect(refusal({ manifest: 'C:x.json' })).toBe(`Invalid manifest input 'C:x.json': ${absolute}`);
    expect(refusal({ manifest: './' })).toMatch(/^Invalid manifest input '\.\/': expected a file path/);
    expect([read({ manifest: './out/sigs.json' }).manifest, read({ manifest: 'out/..sigs.json' }).manifest]).toEqual(['out/sigs.json', 'out/..sigs.json']);
  });
});
