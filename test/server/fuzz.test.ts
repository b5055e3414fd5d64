/**
 * Fuzzing `coffer serve` with ~3,000 seeded, malformed requests over keep-alive connections:
 * every reply is a 4xx in the Key Vault error shape, the server still answers afterwards, and
 * the store (secrets, keys, their versions and attributes, deleted objects) is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Agent } from 'node:https';
import { API, isErrorShape, send, startTestServer, trustingAgent, type RawReply, type TestServer } from './harness.js';
import { generateCases, type FuzzCase } from './fuzz-cases.js';

const SEED = 0xc0ffe1;
const COUNT = 3000;
const CONCURRENCY = 4;

async function snapshot(server: TestServer): Promise<string> {
  const vault = server.running.dataDir.vault;
  const secrets = [];
  for (const p of await vault.listPropertiesOfSecrets()) secrets.push({ p, versions: await vault.listPropertiesOfSecretVersions(p.name) });
  const keys = [];
  for (const p of await vault.listPropertiesOfKeys()) keys.push({ p, versions: await vault.listPropertiesOfKeyVersions(p.name) });
  return JSON.stringify({ secrets, keys, deletedSecrets: await vault.listDeletedSecrets(), deletedKeys: await vault.listDeletedKeys() });
}

describe('coffer serve under fuzzing', () => {
  let server: TestServer;
  let agent: Agent;
  let readerToken: string;
  let alphaVersion: string;
  const admin = (method: string, path: string, body?: unknown) =>
    send(server, agent, { method, path: `${path}?${API}`, token: server.adminToken, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

  beforeAll(async () => {
    server = await startTestServer();
    agent = trustingAgent(server.ca, { maxSockets: CONCURRENCY });
    readerToken = await server.tokenFor('Secrets User');
    await admin('PUT', '/secrets/alpha', { value: 'a1' });
    alphaVersion = ((await admin('PUT', '/secrets/alpha', { value: 'a2', tags: { k: 'v' } })).json as { id: string }).id.split('/').pop() ?? '';
    await admin('PUT', '/secrets/beta', { value: 'b1', contentType: 'text/plain' });
    await admin('PUT', '/secrets/gone', { value: 'g1' });
    await admin('DELETE', '/secrets/gone');
    await admin('POST', '/keys/rsa-fz/create', { kty: 'RSA', key_size: 2048 });
    await admin('POST', '/keys/ec-fz/create', { kty: 'EC', crv: 'P-256' });
  });
  afterAll(async () => {
    agent.destroy();
    await server.stop();
  });

  it(`answers ${COUNT} malformed requests with 4xx errors in the error shape and changes nothing`, async () => {
    const before = await snapshot(server);
    const cases = generateCases(SEED, COUNT, () => alphaVersion);
    const token = (c: FuzzCase): string | undefined =>
      ({ admin: server.adminToken, none: undefined, bad: 'not-a-token-'.repeat(4), reader: readerToken })[c.auth ?? 'admin'];
    const failures: { c: FuzzCase; status: number; text: string }[] = [];
    const statuses = new Map<number, number>();
    let next = 0;

    const worker = async (): Promise<void> => {
      while (next < cases.length) {
        const c = cases[next++] as FuzzCase;
        const t = token(c);
        const reply: RawReply = await send(server, agent, {
          method: c.method, path: c.path, ...(t === undefined ? {} : { token: t }), ...(c.body === undefined ? {} : { body: c.body }), ...(c.headers === undefined ? {} : { headers: c.headers }),
        });
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        if (reply.status < 400 || reply.status > 499 || !isErrorShape(reply.json)) failures.push({ c, status: reply.status, text: reply.text.slice(0, 300) });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const health = await send(server, agent, { method: 'GET', path: '/healthz' });
    const after = await snapshot(server);

    expect(failures.map(({ c, status, text }) => ({ category: c.category, method: c.method, path: c.path.slice(0, 120),
      body: typeof c.body === 'string' ? c.body.slice(0, 160) : undefined, status, text }))).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(COUNT);
    expect([...statuses.keys()].sort()).toEqual([400, 401, 403, 404, 405, 412, 413]);
    expect(health.status).toBe(200);
    expect(after).toBe(before);
    expect(server.logLines.filter((l) => l.includes('internal error') || l.includes('failed:'))).toEqual([]);
  });

  it('generates the same requests from the same seed', () => {
    const a = generateCases(SEED, 50, () => 'v');
    const b = generateCases(SEED, 50, () => 'v');

    expect(b).toEqual(a);
    expect(new Set(a.map((c) => c.category)).size).toBeGreaterThan(5);
  });
});
