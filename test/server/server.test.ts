/**
 * `coffer serve` on the wire, with raw requests (paths sent verbatim): the challenge before the
 * body, api-version, unknown paths and methods, ETag and If-Match, body limits, JSON depth,
 * UTF-8, health.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Agent } from 'node:https';
import { API, isErrorShape, rawHead, send, sendRaw, startTestServer, trustingAgent, type TestServer } from './harness.js';

const VERSIONS = '7.4, 7.5, 7.6, 2025-07-01, 2026-04-01';

describe('coffer serve: HTTP behaviour', () => {
  let server: TestServer;
  let agent: Agent;
  const put = (name: string, value: string, headers: Record<string, string> = {}) =>
    send(server, agent, { method: 'PUT', path: `/secrets/${name}?${API}`, token: server.adminToken, body: JSON.stringify({ value }), headers });
  const versionCount = async (name: string): Promise<number> => {
    const reply = await send(server, agent, { method: 'GET', path: `/secrets/${name}/versions?${API}`, token: server.adminToken });
    return (reply.json as { value: unknown[] }).value.length;
  };

  beforeAll(async () => {
    server = await startTestServer();
    agent = trustingAgent(server.ca);
  });
  afterAll(async () => {
    agent.destroy();
    await server.stop();
  });

  it('answers 401 with the exact challenge before reading a malformed body', async () => {
    const reply = await send(server, agent, { method: 'PUT', path: `/secrets/x?${API}`, body: '{not json' });

    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe(`Bearer authorization="https://127.0.0.1:${server.port}/coffer", resource="https://localhost"`);
    expect(reply.json).toEqual({ error: { code: 'Unauthorized', message: 'Authentication is required: send a bearer token.' } });
  });

  it('answers 401 with the challenge and a fixed message for a wrong token', async () => {
    const reply = await send(server, agent, { method: 'GET', path: `/secrets/x?${API}`, token: 'x'.repeat(44) });

    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe(`Bearer authorization="https://127.0.0.1:${server.port}/coffer", resource="https://localhost"`);
    expect(reply.json).toEqual({ error: { code: 'Unauthorized', message: 'Authentication failed (unknown-token): The bearer token is neither a JWT nor this server\'s admin token.' } });
  });

  it('refuses a missing or unknown api-version with 400 BadParameter and the exact message', async () => {
    const missing = await send(server, agent, { method: 'GET', path: '/secrets/x', token: server.adminToken });
    const unknown = await send(server, agent, { method: 'GET', path: '/secrets/x?api-version=7.3', token: server.adminToken });
    const twice = await send(server, agent, { method: 'GET', path: `/secrets/x?${API}&${API}`, token: server.adminToken });

    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ error: { code: 'BadParameter', message: `The api-version query parameter is required: use one of ${VERSIONS}.` } });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toEqual({ error: { code: 'BadParameter', message: `The specified version ('7.3') is not recognized. Use one of ${VERSIONS}.` } });
    expect(twice.status).toBe(400);
    expect(twice.json).toEqual({ error: { code: 'BadParameter', message: `The api-version query parameter is given 2 times: give it once, one of ${VERSIONS}.` } });
  });

  it('answers 404 for an unknown path and 405 for a wrong method', async () => {
    const unknown = await send(server, agent, { method: 'GET', path: `/nothing/here?${API}`, token: server.adminToken });
    const wrongMethod = await send(server, agent, { method: 'DELETE', path: `/secrets?${API}`, token: server.adminToken });

    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ error: { code: 'NotFound', message: 'No operation has this path.' } });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.json).toEqual({ error: { code: 'MethodNotAllowed', message: 'The method DELETE is not allowed on this path.' } });
  });

  it('gives the same ETag on GET as on the PUT that made the version; If-Match current → 200, stale → 412 and nothing changes', async () => {
    const created = await put('etagged', 'one');
    const got = await send(server, agent, { method: 'GET', path: `/secrets/etagged?${API}`, token: server.adminToken });
    const etag = String(created.headers.etag);

    const matched = await put('etagged', 'two', { 'if-match': etag });
    const stale = await put('etagged', 'three', { 'if-match': etag });
    const latest = await send(server, agent, { method: 'GET', path: `/secrets/etagged/?${API}`, token: server.adminToken });

    expect(created.status).toBe(200);
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(got.headers.etag).toBe(etag);
    expect(matched.status).toBe(200);
    expect(matched.headers.etag).not.toBe(etag);
    expect(stale.status).toBe(412);
    expect((stale.json as { error: { code: string } }).error.code).toBe('PreconditionFailed');
    expect(await versionCount('etagged')).toBe(2);
    expect((latest.json as { value: string }).value).toBe('two');
  });

  it('answers 412 to If-Match: * on a missing secret and creates nothing', async () => {
    const reply = await put('never-made', 'v', { 'if-match': '*' });
    const read = await send(server, agent, { method: 'GET', path: `/secrets/never-made?${API}`, token: server.adminToken });

    expect(reply.status).toBe(412);
    expect((reply.json as { error: { code: string } }).error.code).toBe('PreconditionFailed');
    expect(read.status).toBe(404);
  });

  it('refuses a body over the 256 KiB limit with 413 BadParameter, declared or chunked', async () => {
    const body = JSON.stringify({ value: 'v'.repeat(300 * 1024) });
    const message = 'The request body is larger than 262144 bytes, the limit for this operation.';

    const declared = await send(server, agent, { method: 'PUT', path: `/secrets/big?${API}`, token: server.adminToken, body });
    const chunked = await send(server, agent, { method: 'PUT', path: `/secrets/big?${API}`, token: server.adminToken, body, chunked: true });

    expect(declared.status).toBe(413);
    expect(declared.json).toEqual({ error: { code: 'BadParameter', message } });
    expect(chunked.status).toBe(413);
    expect(chunked.json).toEqual({ error: { code: 'BadParameter', message } });
    expect(await versionCount('big').catch(() => 0)).toBe(0);
  });

  it('refuses JSON nested 33 deep, but not 32 deep, as too deep', async () => {
    const nest = (depth: number): string => `${'['.repeat(depth - 1)}{"value":"v"}${']'.repeat(depth - 1)}`;

    const deep = await send(server, agent, { method: 'PUT', path: `/secrets/deep?${API}`, token: server.adminToken, body: nest(33) });
    const allowed = await send(server, agent, { method: 'PUT', path: `/secrets/deep?${API}`, token: server.adminToken, body: nest(32) });

    expect(deep.status).toBe(400);
    expect(deep.json).toEqual({ error: { code: 'BadParameter', message: 'The request body nests deeper than 32 levels.' } });
    expect(allowed.status).toBe(400);
    expect((allowed.json as { error: { message: string } }).error.message).not.toContain('nests deeper');
  });

  it('refuses a body that is not UTF-8 or not JSON', async () => {
    const bytes = Buffer.concat([Buffer.from('{"value":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);

    const notUtf8 = await send(server, agent, { method: 'PUT', path: `/secrets/bytes?${API}`, token: server.adminToken, body: bytes });
    const notJson = await send(server, agent, { method: 'PUT', path: `/secrets/bytes?${API}`, token: server.adminToken, body: '{"value": nope}' });

    expect(notUtf8.status).toBe(400);
    expect(notUtf8.json).toEqual({ error: { code: 'BadParameter', message: 'The request body is not valid UTF-8.' } });
    expect(notJson.status).toBe(400);
    expect(notJson.json).toEqual({ error: { code: 'BadParameter', message: 'The request body is not valid JSON.' } });
  });

  it('answers /healthz without a token', async () => {
    const reply = await send(server, agent, { method: 'GET', path: '/healthz' });

    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ status: 'ok' });
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('refuses dot segments and look-alike names with 400 in the error shape, sent verbatim', async () => {
    const dots = await sendRaw(server, rawHead('GET', `/secrets/../keys?${API}`, server.adminToken));
    const encodedDots = await sendRaw(server, rawHead('GET', `/secrets/%2e%2e/x?${API}`, server.adminToken));
    const cyrillic = await send(server, agent, { method: 'GET', path: `/secrets/s%D0%B5cret?${API}`, token: server.adminToken });

    expect(dots).toMatchObject({ status: 400, json: { error: { code: 'BadParameter', message: 'The request path has a dot segment (. or ..).' } } });
    expect(encodedDots).toMatchObject({ status: 400, json: { error: { code: 'BadParameter', message: 'The request path has a dot segment (. or ..).' } } });
    expect(cyrillic.status).toBe(400);
    expect(cyrillic.json).toEqual({ error: { code: 'BadParameter', message: "Invalid secret name 's%D0%B5cret': expected 1-127 of 0-9, a-z, A-Z, '-'." } });
  });

  // A request line node's HTTP parser refuses (raw UTF-8 or control bytes in the target).
  it('answers a request line the HTTP parser refuses in the error shape', async () => {
    const reply = await sendRaw(server, rawHead('GET', `/secrets/s\u0435cret?${API}`, server.adminToken));

    expect(reply.status).toBe(400);
    expect(isErrorShape(reply.json)).toBe(true);
  });
});
