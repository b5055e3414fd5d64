/**
 * What keeps one caller from taking the server down or going unrecorded: an idle connection
 * that never finishes a TLS handshake is dropped; one address holds at most 128 connections;
 * bodies being read share a budget (503 beyond it); a body that fails to parse on any route is
 * audited, also where the handler names the vault before it parses.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect, type Socket } from 'node:net';
import type { Agent } from 'node:https';
import { API, send, startTestServer, trustingAgent, type TestServer } from './harness.js';

function closedWithin(socket: Socket, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { resolve(false); }, ms);
    socket.once('close', () => { clearTimeout(timer); resolve(true); });
  });
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => { resolve(socket); });
    socket.once('error', reject);
  });
}

describe('coffer serve: connections and bodies', () => {
  let server: TestServer;
  let agent: Agent;
  beforeAll(async () => {
    server = await startTestServer({ limits: { handshakeTimeoutMs: 300, bodyBudgetBytes: 4096 } });
    agent = trustingAgent(server.ca);
  });
  afterAll(async () => {
    agent.destroy();
    await server.stop();
  });

  it('drops a connection that never starts its TLS handshake, and answers the next client', async () => {
    const idle = await open(server.port);
    expect(await closedWithin(idle, 5_000)).toBe(true);
    expect((await send(server, agent, { method: 'GET', path: '/healthz' })).status).toBe(200);
    expect((await server.audit()).filter((r) => r.operationName === 'Request' && r.properties.id === '(malformed)')).toEqual([]);
  });

  it('holds at most 128 connections from one address: the 129th is cut at once', async () => {
    const sockets = await Promise.all(Array.from({ length: 128 }, () => open(server.port)));
    try {
      const extra = await open(server.port);
      expect(await closedWithin(extra, 2_000)).toBe(true);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });

  it('answers 503 with Retry-After when the bodies being read would pass the budget, and records it', async () => {
    const reply = await send(server, agent, { method: 'PUT', path: `/secrets/big?${API}`, token: server.adminToken, body: JSON.stringify({ value: 'x'.repeat(5000) }) });
    expect(reply.status).toBe(503);
    expect(reply.headers['retry-after']).toBe('1');
    expect(reply.json).toEqual({ error: { code: 'ServiceUnavailable', message: 'The server is reading as many request bodies as it allows at once: retry after a short delay.' } });
    expect((await server.audit()).at(-1)).toMatchObject({ operationName: 'SecretSet', resultSignature: 'TooManyRequests', properties: { httpStatusCode: '503' } });
    const small = await send(server, agent, { method: 'PUT', path: `/secrets/small?${API}`, token: server.adminToken, body: '{"value":"v"}' });
    expect(small.status).toBe(200);
  });

  it.each([
    ['POST', '/rng', '{"count":"x"}', 'GetRandomBytes'],
    ['POST', '/keys/restore', '{"value":5}', 'KeyRestore'],
    ['PATCH', '/keys/k1/', '{"attributes":"nope"}', 'KeyUpdate'],
    ['POST', '/secrets/restore', '{"value":5}', 'SecretRestore'],
  ])('audits %s %s with a body that does not parse', async (method, path, body, operationName) => {
    const reply = await send(server, agent, { method, path: `${path}?${API}`, token: server.adminToken, body });
    expect(reply.status).toBe(400);
    expect((await server.audit()).at(-1)).toMatchObject({ operationName, resultType: 'Failure', resultSignature: 'BadRequest' });
  });
});
