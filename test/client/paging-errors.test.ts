/**
 * Paged lists followed through nextLink (on the vault's origin only), error bodies mapped to
 * exact VaultError codes, and the canary: neither the token nor a value sent ever comes back in
 * an error, whatever the server echoes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { VaultError } from '../../src/core/errors.js';
import { openRemoteVault, type RemoteVault, type RemoteVaultOptions } from '../../src/client/remote-vault.js';
import { failure, json, makeCertificate, startLoopback, type Handler, type Loopback, type TestCertificate } from './loopback.js';
import { secretItemWire } from './wire-fixtures.js';

const TOKEN = 'canary-token-77d1e0b9aa';
const VALUE = 'canary-value-5be4c3d2f1';
let certificate: TestCertificate;
let server: Loopback;
let vault: RemoteVault | undefined;

function open(options: Partial<RemoteVaultOptions> = {}): RemoteVault {
  vault = openRemoteVault(server.url, { token: () => Promise.resolve(TOKEN), ca: certificate.cert, sleep: () => Promise.resolve(), random: () => 0, ...options });
  return vault;
}

async function refusal(promise: Promise<unknown>): Promise<VaultError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const page = (names: string[], next: string | null): Handler => json(200, { value: names.map((name) => secretItemWire(server.url, name)), nextLink: next });

beforeAll(async () => {
  certificate = makeCertificate();
  server = await startLoopback(certificate);
});

afterEach(async () => {
  await vault?.close();
  vault = undefined;
});

afterAll(() => server.close());

describe('paging', () => {
  it('follows nextLink across pages, verbatim, and filters by prefix here', async () => {
    server.answer(
      page(['app-b', 'db'], `${server.url}/secrets?api-version=2025-07-01&$skiptoken=djE6ZGI&maxresults=2`),
      page(['App-a', 'zeta'], `${server.url}/secrets?api-version=2025-07-01&$skiptoken=djE6emV0YQ&maxresults=2`),
      page(['app-c'], null),
    );
    const listed = await open().listPropertiesOfSecrets({ namePrefix: 'APP-' });
    expect(listed.map((p) => [p.name, p.version])).toEqual([['App-a', ''], ['app-b', ''], ['app-c', '']]);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/secrets?api-version=2025-07-01',
      '/secrets?api-version=2025-07-01&$skiptoken=djE6ZGI&maxresults=2',
      '/secrets?api-version=2025-07-01&$skiptoken=djE6emV0YQ&maxresults=2',
    ]);
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('refuses a nextLink to another origin, another port or plain http, and sends nothing there', async () => {
    const port = new URL(server.url).port;
    for (const next of ['https://evil.example/secrets?x=1', `https://127.0.0.1:${Number(port) + 1}/secrets`, `http://127.0.0.1:${port}/secrets`]) {
      server.answer(page(['a'], next), page(['b'], null));
      const error = await refusal(open().listPropertiesOfSecrets());
      expect(error.code).toBe('StorageError');
      expect(error.message).toContain("leaves the vault's origin");
      expect(server.requests).toHaveLength(1);
      await vault?.close();
    }
  });

  it('cuts off a list whose nextLink repeats', async () => {
    server.answer(page(['a'], `${server.url}/secrets?api-version=2025-07-01&$skiptoken=djE6YQ`));
    const error = await refusal(open().listPropertiesOfSecrets());
    expect(error.message).toContain('its list did not end after 2 pages');
    expect(server.requests).toHaveLength(2);
  });
});

describe('error bodies', () => {
  const cases: [string, Handler, string, string | undefined][] = [
    ['404 SecretNotFound', failure(404, 'SecretNotFound', 'A secret with (name/id) db was not found in this key vault.'), 'SecretNotFound', undefined],
    ['403 ForbiddenByRbac', failure(403, 'Forbidden', 'Caller is not authorized.', 'ForbiddenByRbac'), 'Forbidden', 'ForbiddenByRbac'],
    ['403 SecretDisabled', failure(403, 'Forbidden', 'Operation get is not allowed on a disabled secret.', 'SecretDisabled'), 'Forbidden', 'SecretDisabled'],
    ['409 deleted but recoverable', failure(409, 'Conflict', 'Secret db is currently in a deleted but recoverable state.', 'ObjectIsDeletedButRecoverable'), 'ObjectIsDeletedButRecoverable', 'ObjectIsDeletedButRecoverable'],
    ['409 Conflict', failure(409, 'Conflict', 'busy'), 'Conflict', undefined],
    ['400 BadParameter', failure(400, 'BadParameter', 'Invalid field.'), 'BadParameter', undefined],
    ['429 Throttled', failure(429, 'Throttled', 'Too many requests.'), 'Throttled', undefined],
    ['404 with an unknown code', failure(404, 'NotFound', 'gone'), 'SecretNotFound', undefined],
    ['an unknown inner code', failure(403, 'Forbidden', 'no', 'AccessDeniedSomehow'), 'Forbidden', undefined],
    ['a body that is no error', json(418, ['teapot']), 'BadParameter', undefined],
  ];

  it.each(cases)('%s', async (_label, handler, code, innerCode) => {
    server.answer(handler);
    const error = await refusal(open({ retries: { maxAttempts: 1 } }).getSecret('db'));
    expect([error.code, error.innerCode]).toEqual([code, innerCode]);
  });

  it('passes the message on, bounded, with control characters escaped', async () => {
    server.answer(failure(400, 'BadParameter', `line1\nline2 ${'y'.repeat(2000)}`));
    const error = await refusal(open().getSecret('db'));
    expect(error.message.startsWith('line1\\x0aline2 yyy')).toBe(true);
    expect(error.message).toHaveLength(1025);
  });

  it('maps a missing key by the path', async () => {
    server.answer(failure(404, 'NotFound', 'gone'));
    expect((await refusal(open().getKey('k'))).code).toBe('KeyNotFound');
  });
});

describe('canary', () => {
  /** A hostile server: echoes the Authorization header and the body into its error message and headers. */
  const echo: Handler = (request, res) => {
    const text = JSON.stringify({ error: { code: 'BadParameter', message: `got ${request.headers.authorization ?? ''} and ${request.body}` } });
    res.writeHead(400, { 'content-type': 'application/json', 'www-authenticate': `Bearer resource="${request.headers.authorization ?? ''}"` });
    res.end(text);
  };

  it('never repeats the token or the value in an error', async () => {
    const errors: VaultError[] = [];
    server.answer(echo);
    errors.push(await refusal(open().setSecret('db', VALUE)));
    await vault?.close();
    server.answer((request, res) => {
      echo(request, res, 0);
    });
    errors.push(await refusal(open().encrypt('k', undefined, 'A256GCM', Buffer.from(VALUE))));
    await vault?.close();
    server.answer((request, res) => {
      const text = JSON.stringify({ error: { code: 'Unauthorized', message: `got ${request.headers.authorization ?? ''}` } });
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': `Bearer resource="${request.headers.authorization ?? ''}"` });
      res.end(text);
    });
    errors.push(await refusal(open().getSecret('db')));
    for (const error of errors) {
      const shown = `${error.message}\n${error.stack ?? ''}`;
      expect(shown).not.toContain(TOKEN);
      expect(shown).not.toContain(VALUE);
      expect(shown).not.toContain(Buffer.from(VALUE).toString('base64url'));
      expect(shown).toContain('***');
    }
  });
});
