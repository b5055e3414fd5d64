/**
 * The client's transport against a loopback HTTPS server: retries (which, how often, after how
 * long), a refused token, bounded answers, and the request's own shape.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { VaultError } from '../../src/core/errors.js';
import { openRemoteVault, type RemoteVault, type RemoteVaultOptions } from '../../src/client/remote-vault.js';
import { closedPort, failure, json, makeCertificate, reset, startLoopback, type Loopback, type TestCertificate } from './loopback.js';
import { secretWire, ecKeyWire } from './wire-fixtures.js';

const TOKEN = 'canary-token-3f9a1c77e2';
let certificate: TestCertificate;
let server: Loopback;
let vault: RemoteVault | undefined;
let sleeps: number[];

function open(options: Partial<RemoteVaultOptions> = {}, url = server.url): RemoteVault {
  sleeps = [];
  vault = openRemoteVault(url, {
    token: () => Promise.resolve(TOKEN), ca: certificate.cert, random: () => 0.5,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...options,
  });
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

const DIGEST = new Uint8Array(32).fill(7);

beforeAll(async () => {
  certificate = makeCertificate();
  server = await startLoopback(certificate);
});

afterEach(async () => {
  await vault?.close();
  vault = undefined;
});

afterAll(() => server.close());

describe('requests', () => {
  it('sends the api-version, the bearer token and JSON, and reads the answer', async () => {
    server.answer(json(200, secretWire(server.url, 'db-password', 'hunter2-value')));
    const secret = await open().setSecret('db-password', 'hunter2-value', { contentType: 'text/plain' });
    expect(secret.value).toBe('hunter2-value');
    const [request] = server.requests;
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe('/secrets/db-password?api-version=2025-07-01');
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ value: 'hunter2-value', contentType: 'text/plain', attributes: {} });
  });

  it('asks for the latest version with an empty version segment', async () => {
    server.answer(json(200, secretWire(server.url, 'db', 'v')));
    await open().getSecret('db');
    expect(server.requests.map((r) => r.url)).toEqual(['/secrets/db/?api-version=2025-07-01']);
  });

  it('refuses a bad name before sending anything', async () => {
    server.answer(json(200, {}));
    const error = await refusal(open().getSecret('db/../keys'));
    expect(error.code).toBe('BadParameter');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an http:// vault URL', () => {
    expect(() => open({}, server.url.replace('https:', 'http:'))).toThrow(/expected https:\/\/host/);
  });
});

describe('retries', () => {
  it('retries a GET on 429 after exactly the Retry-After seconds', async () => {
    server.answer(failure(429, 'Throttled', 'slow down', undefined, { 'retry-after': '2' }), failure(429, 'Throttled', 'again', undefined, { 'retry-after': '1' }), json(200, secretWire(server.url, 'db', 'v')));
    await open().getSecret('db');
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([2000, 1000]);
  });

  it('reads an HTTP-date Retry-After against the clock, and caps it at 30 s', async () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    server.answer(
      failure(503, 'ServiceUnavailable', 'busy', undefined, { 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }),
      failure(503, 'ServiceUnavailable', 'busy', undefined, { 'retry-after': '3600' }),
      json(200, secretWire(server.url, 'db', 'v')),
    );
    await open({ now: () => now, retries: { deadlineMs: 3_600_000 } }).getSecret('db');
    expect(sleeps).toEqual([5000, 30_000]);
  });

  it('backs off with full jitter on 502, 503 and 504, and gives up after maxAttempts', async () => {
    server.answer(failure(502, 'BadGateway', 'a'), failure(504, 'GatewayTimeout', 'b'), failure(503, 'ServiceUnavailable', 'the vault is busy'));
    const error = await refusal(open({ retries: { maxAttempts: 3 } }).getSecret('db'));
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([250, 500]);
    expect(error.code).toBe('LockTimeout');
    expect(error.message).toBe('the vault is busy');
  });

  it('does not retry a GET on 500', async () => {
    server.answer(failure(500, 'InternalServerError', 'internal'));
    const error = await refusal(open().getSecret('db'));
    expect(server.requests).toHaveLength(1);
    expect(error.code).toBe('StorageError');
    expect(error.message).toBe(`The vault at ${server.url} answered 500 InternalServerError: internal`);
  });

  it('does not retry a POST after a 500 or a 502', async () => {
    for (const status of [500, 502]) {
      server.answer(failure(status, 'InternalServerError', 'internal'), json(200, {}));
      await refusal(open().sign('k', undefined, 'ES256', DIGEST));
      expect(server.requests).toHaveLength(1);
      await vault?.close();
    }
  });

  it('retries a POST on 429 only with a Retry-After', async () => {
    server.answer(failure(429, 'Throttled', 'slow down'), json(200, {}));
    expect((await refusal(open().sign('k', undefined, 'ES256', DIGEST))).code).toBe('Throttled');
    expect(server.requests).toHaveLength(1);
    await vault?.close();
    const kid = `${server.url}/keys/k/b595353d9c39413d80626575b3b5d865`;
    server.answer(failure(429, 'Throttled', 'slow down', undefined, { 'retry-after': '1' }), json(200, { kid, value: 'AAAA' }));
    const result = await open().sign('k', undefined, 'ES256', DIGEST);
    expect(result.keyId).toBe('/keys/k/b595353d9c39413d80626575b3b5d865');
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([1000]);
  });

  it('retries a GET whose connection was reset, but not a PUT', async () => {
    server.answer(reset, json(200, secretWire(server.url, 'db', 'v')));
    await open().getSecret('db');
    expect(server.requests).toHaveLength(2);
    await vault?.close();
    server.answer(reset, json(200, secretWire(server.url, 'db', 'v')));
    const error = await refusal(open().setSecret('db', 'v'));
    expect(error.code).toBe('StorageError');
    expect(error.message).toMatch(/^Could not reach the vault at https:\/\/127\.0\.0\.1:\d+ \(PUT \/secrets\/db\): ECONNRESET/);
    expect(server.requests).toHaveLength(1);
  });

  it('retries even a PUT when the connection was refused, up to maxAttempts', async () => {
    const port = await closedPort();
    const error = await refusal(open({ retries: { maxAttempts: 3 } }, `https://127.0.0.1:${port}`).setSecret('db', 'value-1234'));
    expect(error.code).toBe('StorageError');
    expect(error.message).toContain('ECONNREFUSED');
    expect(sleeps).toEqual([250, 500]);
  });

  it('stops when the next attempt would start after the deadline', async () => {
    let clock = 0;
    server.answer(failure(503, 'ServiceUnavailable', 'busy', undefined, { 'retry-after': '20' }));
    const error = await refusal(open({ now: () => clock, sleep: (ms) => {
      clock += ms;
      sleeps.push(ms);
      return Promise.resolve();
    }, retries: { deadlineMs: 30_000 } }).getSecret('db'));
    expect(error.code).toBe('LockTimeout');
    expect(sleeps).toEqual([20_000]);
    expect(server.requests).toHaveLength(2);
  });
});

describe('refusals', () => {
  it('fails once, clearly, on a 401, naming the resource the vault expects', async () => {
    server.answer(failure(401, 'Unauthorized', 'The token has expired.', undefined, { 'www-authenticate': 'Bearer authorization="https://login.example/tenant", resource="https://vault.example"' }));
    const error = await refusal(open().getKey('k'));
    expect(server.requests).toHaveLength(1);
    expect(error.code).toBe('Unauthorized');
    expect(error.message).toBe(`The vault at ${server.url} refused the bearer token (401 Unauthorized): it is missing, expired, or issued for another audience. `
      + "The vault expects tokens for 'https://vault.example'. The vault said: The token has expired.");
  });

  it('refuses an answer larger than the bound, declared or streamed', async () => {
    const big = 'x'.repeat(5000);
    server.answer(json(200, { value: big }));
    expect((await refusal(open({ maxResponseBytes: 1024 }).getSecret('db'))).message).toContain('larger than 1024 bytes');
    await vault?.close();
    server.answer((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(big);
      res.end(big);
    });
    const error = await refusal(open({ maxResponseBytes: 1024, retries: { maxAttempts: 1 } }).getSecret('db'));
    expect(error.code).toBe('StorageError');
    expect(error.message).toContain('larger than 1024 bytes');
  });

  it('says the answer is not JSON, or not a secret', async () => {
    server.answer((_request, res) => res.end('<html>'));
    expect((await refusal(open().getSecret('db'))).message).toBe(`The vault at ${server.url} gave an invalid answer to /secrets/db/: its answer is not JSON.`);
    await vault?.close();
    server.answer(json(200, { id: 'nope' }));
    expect((await refusal(open().getSecret('db'))).message).toMatch(/gave an invalid answer to \/secrets\/db\/: Invalid object id 'nope'/);
  });

  it('refuses a token an HTTP header cannot carry, without sending it', async () => {
    server.answer(json(200, {}));
    const error = await refusal(open({ token: () => Promise.resolve('abc\r\nx-evil: 1') }).getSecret('db'));
    expect(error.message).toBe('The bearer token for the vault is empty, too long, or holds characters an HTTP header cannot carry.');
    expect(error.message).not.toContain('abc');
    expect(server.requests).toHaveLength(0);
  });

  it('reads a key', async () => {
    server.answer(json(200, ecKeyWire(server.url, 'signing')));
    const key = await open().getKey('signing');
    expect({ type: key.keyType, curve: key.curve, ops: key.keyOperations }).toEqual({ type: 'EC', curve: 'P-256', ops: ['sign', 'verify'] });
  });
});
