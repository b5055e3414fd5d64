/**
 * The GitHub OIDC ID token request (src/actions/runner/id-token.ts), with a stub fetch: the URL
 * and header it sends, retries on flaky answers, a clear message without the permission, and
 * neither token in any error.
 */
import { describe, expect, it } from '@jest/globals';
import { idTokenUrl, oidcTokenSource, requestIdToken } from '../../src/actions/runner/id-token.js';

const REQUEST_TOKEN = 'canary-request-token-41f2';
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpyZWY6cmVmcy9oZWFkcy9tYWluIn0.c2ln';
const ENV = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/id?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN };

interface Call { url: string; authorization: string | null }

function stub(...answers: (Response | Error)[]): { fetchImpl: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetchImpl = ((url: string, init?: RequestInit) => {
    calls.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    return answer instanceof Error || answer === undefined ? Promise.reject(answer ?? new Error('none')) : Promise.resolve(answer.clone());
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const ok = (): Response => new Response(JSON.stringify({ count: 1, value: ID_TOKEN }), { status: 200 });
const status = (code: number): Response => new Response(`{"message":"echo ${REQUEST_TOKEN}"}`, { status: code });
const noWait = { sleep: (): Promise<void> => Promise.resolve(), random: (): number => 0 };

async function message(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a failure');
}

describe('requestIdToken', () => {
  it('asks for the audience with the request token, and returns the value', async () => {
    const { fetchImpl, calls } = stub(ok());
    expect(await requestIdToken('https://vault.example:8443', ENV, fetchImpl)).toBe(ID_TOKEN);
    expect(calls).toEqual([{ url: 'https://token.example/id?api-version=2.0&audience=https%3A%2F%2Fvault.example%3A8443', authorization: `Bearer ${REQUEST_TOKEN}` }]);
    expect(idTokenUrl('https://t.example/id', 'a b')).toBe('https://t.example/id?audience=a%20b');
  });

  it('says how to grant the permission when the runner gave no request URL', async () => {
    const { fetchImpl, calls } = stub(ok());
    expect(await message(requestIdToken('aud', {}, fetchImpl))).toContain('Add `permissions: id-token: write` to the job');
    expect(calls).toHaveLength(0);
  });

  it('retries 5xx, 429 and network failures, three attempts in all', async () => {
    const sleeps: number[] = [];
    const { fetchImpl, calls } = stub(status(503), new TypeError('fetch failed'), ok());
    const token = await requestIdToken('aud', ENV, fetchImpl, { random: () => 0.5, sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    } });
    expect(token).toBe(ID_TOKEN);
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
    const failing = stub(status(429));
    expect(await message(requestIdToken('aud', ENV, failing.fetchImpl, noWait))).toBe("Could not get the GitHub OIDC token for audience 'aud' (attempt 3 of 3): the token service answered 429.");
    expect(failing.calls).toHaveLength(3);
  });

  it('does not retry a 403 or an answer without a token', async () => {
    for (const answer of [status(403), new Response('{"value": 42}', { status: 200 })]) {
      const { fetchImpl, calls } = stub(answer);
      const text = await message(requestIdToken('aud', ENV, fetchImpl, noWait));
      expect(calls).toHaveLength(1);
      expect(text).not.toContain(REQUEST_TOKEN);
    }
  });
});

describe('oidcTokenSource', () => {
  it('masks the token before handing it out, and reuses it for four minutes', async () => {
    let now = 0;
    const masked: string[] = [];
    const { fetchImpl, calls } = stub(ok());
    const source = oidcTokenSource('aud', (s) => masked.push(s), ENV, fetchImpl, { now: () => now });
    const [a, b] = await Promise.all([source(), source()]);
    expect([a, b, masked]).toEqual([ID_TOKEN, ID_TOKEN, [ID_TOKEN]]);
    now = 4 * 60 * 1000 + 1;
    await source();
    expect(calls).toHaveLength(2);
  });

  it('asks again after a failure', async () => {
    const { fetchImpl, calls } = stub(status(403), ok());
    const source = oidcTokenSource('aud', () => undefined, ENV, fetchImpl, noWait);
    await expect(source()).rejects.toThrow('answered 403');
    expect(await source()).toBe(ID_TOKEN);
    expect(calls).toHaveLength(2);
  });
});
