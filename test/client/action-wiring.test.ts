/**
 * The actions' way to a remote vault: inputs → settings → openActionVault → RemoteVault, with
 * `auth: token` and with `auth: oidc` (a stub token service), against the loopback server.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSecretSettings } from '../../src/actions/inputs.js';
import { loadSecrets, openActionVault } from '../../src/actions/load.js';
import { json, makeCertificate, startLoopback, type Loopback, type TestCertificate } from './loopback.js';
import { secretWire } from './wire-fixtures.js';

const TOKEN = 'canary-input-token-90ab';
let certificate: TestCertificate;
let server: Loopback;
let workspace: string;

const getInputOf = (inputs: Record<string, string>) => (name: string): string => inputs[name] ?? '';

beforeAll(async () => {
  certificate = makeCertificate();
  server = await startLoopback(certificate);
  workspace = mkdtempSync(join(tmpdir(), 'coffer-ws-'));
  writeFileSync(join(workspace, 'ca.pem'), certificate.cert);
});

afterAll(async () => {
  await server.close();
  rmSync(workspace, { recursive: true, force: true });
});

describe('remote vault inputs', () => {
  it('masks the token input, then fetches with it, trusting the ca-file from the workspace', async () => {
    const masked: string[] = [];
    const settings = readSecretSettings(getInputOf({ vault: server.url, auth: 'token', token: TOKEN, 'ca-file': 'ca.pem', secrets: 'db-password' }), (s) => masked.push(s));
    expect(masked).toEqual([TOKEN]);
    expect(settings.remote).toEqual({ auth: { kind: 'token', token: TOKEN }, caFile: 'ca.pem' });
    server.answer(json(200, secretWire(server.url, 'db-password', 'hunter2-value')));
    const outcomes = await loadSecrets(settings, { GITHUB_WORKSPACE: workspace });
    expect(outcomes).toHaveLength(1);
    expect(server.requests.map((r) => [r.url, r.headers.authorization])).toEqual([['/secrets/db-password/?api-version=2025-07-01', `Bearer ${TOKEN}`]]);
  });

  it('requests the OIDC token for the vault origin by default, masking it before use', async () => {
    const settings = readSecretSettings(getInputOf({ vault: server.url, 'ca-file': 'ca.pem', secrets: 'db' }), () => undefined);
    expect(settings.remote?.auth).toEqual({ kind: 'oidc', audience: server.url });
    const urls: string[] = [];
    const fetchImpl = ((url: string) => {
      urls.push(url);
      return Promise.resolve(new Response(JSON.stringify({ value: 'oidc.jwt.token' })));
    }) as typeof fetch;
    const masked: string[] = [];
    const env = { GITHUB_WORKSPACE: workspace, ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/id?v=1', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt' };
    const vault = await openActionVault(settings, env, (s) => masked.push(s), fetchImpl);
    server.answer(json(200, secretWire(server.url, 'db', 'v')));
    try {
      await vault.getSecret('db');
      await vault.getSecret('db');
    } finally {
      await vault.close();
    }
    expect(urls).toEqual([`https://token.example/id?v=1&audience=${encodeURIComponent(server.url)}`]);
    expect(masked).toEqual(['oidc.jwt.token']);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer oidc.jwt.token', 'Bearer oidc.jwt.token']);
  });

  it('refuses inputs that do not fit the vault', () => {
    const read = (inputs: Record<string, string>): unknown => readSecretSettings(getInputOf({ secrets: 'db', ...inputs }), () => undefined);
    expect(() => read({ vault: server.url, auth: 'token' })).toThrow('Input required and not supplied: token.');
    expect(() => read({ vault: server.url, token: 'x' })).toThrow('Invalid token input: a token is used only with auth: token');
    expect(() => read({ vault: server.url, auth: 'basic' })).toThrow("Invalid auth input 'basic': expected oidc or token.");
    expect(() => read({ vault: `${server.url}/path` })).toThrow('expected https://host[:port] with no path');
    expect(() => read({ vault: 'vault.json', key: 'x', 'ca-file': 'ca.pem' })).toThrow("Invalid ca-file input: it is used only with an https:// vault; 'vault.json' is a vault file");
  });
});
