/**
 * The certificate action's inputs: defaults, every input given, the order masks happen in (key,
 * then token or PFX password, before anything else is read), and each refusal with its message.
 */
import { describe, it, expect } from '@jest/globals';
import { keyMasks, type GetInput } from '../../../src/actions/inputs.js';
import { listItems, readCertificateSettings, type CertificateSettings } from '../../../src/actions/certificate/inputs.js';
import { BadParameterError } from '../../../src/core/errors.js';

const KEY = Buffer.alloc(32, 9).toString('base64');
const PASSWORD = 'pfx-canary-5f1e0c9d7a2b';
const BASE = { vault: '.coffer/vault.json', key: KEY, name: 'api-tls' };

function read(inputs: Record<string, string>, events: string[] = []): CertificateSettings {
  const all: Record<string, string> = { ...BASE, ...inputs };
  const getInput: GetInput = (name) => {
    events.push(`get ${name}`);
    return all[name] ?? '';
  };
  return readCertificateSettings(getInput, (secret) => {
    events.push(keyMasks(KEY).includes(secret) ? 'mask KEY' : secret === PASSWORD ? 'mask PASSWORD' : `mask ${secret}`);
  });
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

const NOTHING_ASKED = { subject: undefined, dnsNames: undefined, ipAddresses: undefined, issuer: undefined, validityMonths: undefined, keyType: undefined, keySize: undefined, curve: undefined };

describe('readCertificateSettings', () => {
  it('reads the defaults: nothing asked of the certificate, renew if-due, pem, RUNNER_TEMP; the key masked first', () => {
    const events: string[] = [];
    const settings = read({}, events);
    expect({ ...settings, masterKey: undefined }).toEqual({
      vault: '.coffer/vault.json', masterKey: undefined, name: 'api-tls', request: NOTHING_ASKED,
      renew: 'if-due', format: 'pem', outputDir: undefined, pfxPassword: undefined, pfxLegacy: false,
    });
    expect(events.slice(0, keyMasks(KEY).length + 1)).toEqual(['get key', ...keyMasks(KEY).map(() => 'mask KEY')]);
  });

  it('reads every input given, masking the PFX password right after the vault inputs, before any other is read', () => {
    const events: string[] = [];
    const settings = read({
      subject: 'CN=api.example.com, O=Example', 'dns-names': 'api.example.com\nwww.example.com, *.api.example.com\n# staging\n',
      'ip-addresses': '10.0.0.1 ::1', issuer: 'internal-ca', 'validity-months': '6', kty: 'EC', curve: 'P-384',
      renew: 'always', format: 'pfx', 'pfx-password': PASSWORD, 'pfx-legacy': 'true', 'output-dir': 'certs',
    }, events);
    expect(settings.request).toEqual({
      subject: 'CN=api.example.com, O=Example', dnsNames: ['api.example.com', 'www.example.com', '*.api.example.com'],
      ipAddresses: ['10.0.0.1', '::1'], issuer: 'internal-ca', validityMonths: 6, keyType: 'EC', keySize: undefined, curve: 'P-384',
    });
    expect([settings.renew, settings.format, settings.pfxPassword, settings.pfxLegacy, settings.outputDir]).toEqual(['always', 'pfx', PASSWORD, true, 'certs']);
    const masked = events.indexOf('mask PASSWORD');
    expect(events[masked - 1]).toBe('get pfx-password');
    expect(events.slice(masked + 1).filter((e) => e.startsWith('get ')).sort()).toEqual([
      'get curve', 'get dns-names', 'get format', 'get ip-addresses', 'get issuer', 'get key-size', 'get kty', 'get name',
      'get output-dir', 'get pfx-legacy', 'get renew', 'get subject', 'get validity-months',
    ]);
  });

  it('infers the key type from key-size or curve alone', () => {
    expect(read({ 'key-size': '3072' }).request).toMatchObject({ keyType: 'RSA', keySize: 3072, curve: undefined });
    expect(read({ curve: 'P-521' }).request).toMatchObject({ keyType: 'EC', keySize: undefined, curve: 'P-521' });
    expect(read({ kty: 'RSA' }).request).toMatchObject({ keyType: 'RSA', keySize: undefined, curve: undefined });
  });

  it('refuses bad inputs, quoting them and saying what was expected', () => {
    expect(refusal({ name: '' })).toBe("Input required and not supplied: name. Expected the certificate's name in the vault, e.g. api-tls.");
    expect(refusal({ name: 'api_tls' })).toBe("Invalid certificate name 'api_tls': expected 1-127 of 0-9, a-z, A-Z, '-'.");
    expect(refusal({ subject: 'api.example.com' })).toBe("Invalid subject input 'api.example.com': expected an X.500 name such as CN=api.example.com, O=Example.");
    expect(refusal({ 'dns-names': 'ok.example.com\nbad_name.example.com' })).toBe("Invalid dns-names input 'bad_name.example.com': expected DNS names such as api.example.com or *.example.com, one per line.");
    expect(refusal({ 'ip-addresses': '10.0.0.256' })).toBe("Invalid ip-addresses input '10.0.0.256': expected IPv4 or IPv6 addresses, one per line.");
    expect(refusal({ 'validity-months': '0' })).toBe("Invalid validity-months input '0': expected a whole number from 1 to 120.");
    expect(refusal({ 'validity-months': '121' })).toBe("Invalid validity-months input '121': expected a whole number from 1 to 120.");
    expect(refusal({ kty: 'DSA' })).toBe("Invalid kty input 'DSA': expected RSA or EC.");
    expect(refusal({ 'key-size': '1024' })).toBe("Invalid key-size input '1024': expected 2048, 3072, 4096 (RSA).");
    expect(refusal({ curve: 'P-256K' })).toBe("Invalid curve input 'P-256K': expected P-256, P-384, P-521 (EC).");
    expect(refusal({ 'key-size': '2048', curve: 'P-256' })).toBe('Invalid inputs key-size and curve: key-size is for RSA keys, curve for EC keys; give one of them.');
    expect(refusal({ kty: 'EC', 'key-size': '2048' })).toBe("Invalid key-size input '2048': kty is EC, whose size is set by curve.");
    expect(refusal({ kty: 'RSA', curve: 'P-256' })).toBe("Invalid curve input 'P-256': kty is RSA, whose size is set by key-size.");
    expect(refusal({ renew: 'sometimes' })).toBe("Invalid renew input 'sometimes': expected if-due, always or never.");
    expect(refusal({ format: 'der' })).toBe("Invalid format input 'der': expected pem or pfx.");
    expect(refusal({ 'pfx-legacy': 'yes', format: 'pfx' })).toBe("Invalid pfx-legacy input 'yes': expected true or false.");
    expect(refusal({ 'output-dir': 'a\nb' })).toBe("Invalid output-dir input 'a\\x0ab': expected a folder path.");
  });

  it('refuses issuer Unknown, whatever its case: a step cannot wait for a person to merge a signed CSR', () => {
    for (const issuer of ['Unknown', 'unknown']) {
      expect(refusal({ issuer })).toBe(`Invalid issuer input '${issuer}': with issuer Unknown a certificate waits for a person to have its CSR signed and merge the chain, and a pipeline step cannot wait for that. Use Self or the name of a vault CA issuer (coffer certificate issuer create).`);
    }
  });

  it('refuses pfx-password and pfx-legacy with format pem, without quoting the password', () => {
    const events: string[] = [];
    expect(() => read({ 'pfx-password': PASSWORD }, events)).toThrow('Invalid input pfx-password: it is used only with format: pfx.');
    expect(events).toContain('mask PASSWORD');
    expect(refusal({ 'pfx-legacy': 'true' })).toBe('Invalid input pfx-legacy: it is used only with format: pfx.');
  });

  it('refuses the remote inputs with a vault file, as every action does', () => {
    expect(refusal({ auth: 'token' })).toBe("Invalid auth input: it is used only with an https:// vault; '.coffer/vault.json' is a vault file, opened with the key input.");
  });
});

describe('listItems', () => {
  it('splits at line breaks, commas and spaces, and drops comments and blanks', () => {
    expect(listItems(' a.example.com,b.example.com \n\n  # a comment\nc.example.com d.example.com # trailing\r\n')).toEqual(['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com']);
  });
});
