/**
 * What `coffer serve` leaves behind: exact /metrics counters, an audit record for every refused
 * request, no value in any audit record, log line or error body, and a stop() that lets a
 * request in flight finish.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request as httpsRequest, type Agent } from 'node:https';
import { API, send, startTestServer, trustingAgent, type TestServer } from './harness.js';

const CANARY = 'canary-9f8e7d6c5b4a-value';

describe('coffer serve: metrics', () => {
  let server: TestServer;
  let agent: Agent;

  beforeAll(async () => {
    server = await startTestServer();
    agent = trustingAgent(server.ca);
  });
  afterAll(async () => {
    agent.destroy();
    await server.stop();
  });

  it('counts each request by operation and status', async () => {
    await send(server, agent, { method: 'GET', path: `/secrets/a?${API}` });
    await send(server, agent, { method: 'GET', path: '/healthz' });
    await send(server, agent, { method: 'GET', path: '/healthz' });
    await send(server, agent, { method: 'PUT', path: `/secrets/a?${API}`, token: server.adminToken, body: '{"value":"v"}' });
    await send(server, agent, { method: 'GET', path: `/secrets/missing?${API}`, token: server.adminToken });
    await send(server, agent, { method: 'GET', path: `/nowhere?${API}`, token: server.adminToken });

    const reply = await send(server, agent, { method: 'GET', path: '/metrics', token: await server.tokenFor('Reader') });

    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(reply.text.split('\n').filter((l) => l.startsWith('coffer_requests_total{'))).toEqual([
      'coffer_requests_total{operation="Authenticate",status="401"} 1',
      'coffer_requests_total{operation="Health",status="200"} 2',
      'coffer_requests_total{operation="Request",status="404"} 1',
      'coffer_requests_total{operation="SecretGet",status="404"} 1',
      'coffer_requests_total{operation="SecretSet",status="200"} 1',
    ]);
    expect(reply.text).toContain('\ncoffer_request_duration_seconds_count 6\n');
    expect(reply.text).toContain('\ncoffer_request_duration_seconds_bucket{le="+Inf"} 6\n');
    expect(reply.text).toContain('\ncoffer_requests_in_flight 1\n');
  });

  it('answers /metrics only to a caller who may read metadata, and audits each scrape', async () => {
    const anonymous = await send(server, agent, { method: 'GET', path: '/metrics' });
    const cryptoUser = await send(server, agent, { method: 'GET', path: '/metrics', token: await server.tokenFor('Crypto Service Encryption User', 'wrapper') });
    const secretsUser = await send(server, agent, { method: 'GET', path: '/metrics', token: await server.tokenFor('Secrets User', 'scraper') });

    expect(anonymous.status).toBe(401);
    expect(cryptoUser.status).toBe(200);
    expect(secretsUser.status).toBe(200);
    const scrapes = (await server.audit()).filter((r) => r.operationName === 'MetricsGet').map((r) => [r.identity.claim.name, r.resultType]);
    expect(scrapes.slice(-2)).toEqual([['wrapper', 'Success'], ['scraper', 'Success']]);
  });
});

describe('coffer serve: audit and secrecy', () => {
  let server: TestServer;
  let agent: Agent;
  const bodies: string[] = [];
  const call = async (method: string, path: string, opts: { token?: string; body?: string; id: string }) => {
    const reply = await send(server, agent, { method, path, ...(opts.token === undefined ? {} : { token: opts.token }),
      ...(opts.body === undefined ? {} : { body: opts.body }), headers: { 'x-ms-client-request-id': opts.id } });
    if (reply.status >= 400) bodies.push(reply.text);
    return reply;
  };

  beforeAll(async () => {
    server = await startTestServer();
    agent = trustingAgent(server.ca);
  });
  afterAll(async () => {
    agent.destroy();
    await server.stop();
  });

  it('records every refused request: 401, a bad api-version, an unknown path, a malformed body', async () => {
    await call('PUT', `/secrets/s?${API}`, { body: '{', id: 'refused-401' });
    await call('GET', '/secrets/s?api-version=1.0', { token: server.adminToken, id: 'refused-version' });
    await call('GET', `/no/such/path?${API}`, { token: server.adminToken, id: 'refused-path' });
    await call('PUT', `/secrets/s?${API}`, { token: server.adminToken, body: '{"value":', id: 'refused-json' });

    const records = await server.audit();
    const byId = (id: string) => records.filter((r) => r.properties.clientRequestId === id).map((r) => ({
      operationName: r.operationName, resultType: r.resultType, resultSignature: r.resultSignature, who: r.identity.claim.name, id: r.properties.id,
    }));

    expect(byId('refused-401')).toEqual([{ operationName: 'Authenticate', resultType: 'Failure', resultSignature: 'Unauthorized', who: 'anonymous', id: '/secrets/s' }]);
    expect(byId('refused-version')).toEqual([{ operationName: 'SecretGet', resultType: 'Failure', resultSignature: 'BadRequest', who: 'admin', id: '/secrets/s' }]);
    // A 404 for a path no operation has is recorded as BadRequest (see report: no NotFound signature).
    expect(byId('refused-path')).toEqual([{ operationName: 'Request', resultType: 'Failure', resultSignature: 'BadRequest', who: 'admin', id: '/no/such/path' }]);
    expect(byId('refused-json')).toEqual([{ operationName: 'SecretSet', resultType: 'Failure', resultSignature: 'BadRequest', who: 'admin', id: '/secrets/s' }]);
  });

  it('correlates records by its own request id, keeping the client\'s beside it', async () => {
    const reply = await call('GET', `/secrets/absent?${API}`, { token: server.adminToken, id: 'client-chosen-id' });
    const requestId = reply.headers['x-ms-request-id'];
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(reply.headers['x-ms-client-request-id']).toBe('client-chosen-id');
    const record = (await server.audit()).find((r) => r.correlationId === requestId);
    expect(record).toMatchObject({ operationName: 'SecretGet', properties: { clientRequestId: 'client-chosen-id' } });
  });

  it('never lets a value reach an audit record, a log line or an error body', async () => {
    bodies.length = 0;
    const set = await call('PUT', `/secrets/canary?${API}`, { token: server.adminToken, body: JSON.stringify({ value: CANARY }), id: 'canary-set' });
    const got = await call('GET', `/secrets/canary?${API}`, { token: server.adminToken, id: 'canary-get' });
    await call('PUT', `/secrets/canary?${API}`, { token: server.adminToken, body: `{"value":"${CANARY}"`, id: 'canary-1' });
    await call('PUT', `/secrets/canary?${API}`, { token: server.adminToken, body: JSON.stringify({ value: CANARY, contentType: 7 }), id: 'canary-2' });
    await call('PUT', `/secrets/canary?${API}`, { token: server.adminToken, body: JSON.stringify({ value: CANARY, tags: { t: CANARY.repeat(20) } }), id: 'canary-3' });
    await call('PUT', `/secrets/canary?${API}`, { token: server.adminToken, body: JSON.stringify({ value: CANARY.repeat(2000) }), id: 'canary-4' });
    await call('PATCH', `/secrets/canary/${'0'.repeat(32)}?${API}`, { token: server.adminToken, body: JSON.stringify({ value: CANARY }), id: 'canary-5' });
    await call('PUT', `/secrets/canary?${API}`, { token: CANARY.repeat(2), body: JSON.stringify({ value: CANARY }), id: 'canary-6' });
    await call('POST', `/secrets/restore?${API}`, { token: server.adminToken, body: JSON.stringify({ value: Buffer.from(CANARY).toString('base64url') }), id: 'canary-8' });

    const audit = JSON.stringify(await server.audit());
    const encodings = [CANARY, Buffer.from(CANARY).toString('base64'), Buffer.from(CANARY).toString('base64url'), Buffer.from(CANARY).toString('hex')];

    expect(set.status).toBe(200);
    expect((got.json as { value: string }).value).toBe(CANARY);
    expect(bodies.length).toBe(7);
    for (const encoding of encodings) {
      expect(audit).not.toContain(encoding);
      expect(server.logLines.join('\n')).not.toContain(encoding);
    }
    for (const encoding of encodings) expect(bodies.filter((b) => b.includes(encoding))).toEqual([]);
    expect(server.logLines.length).toBeGreaterThan(0);
  });
});

describe('coffer serve: stop', () => {
  it('lets a request in flight when stop() is called complete', async () => {
    const server = await startTestServer();
    const agent = trustingAgent(server.ca);
    const inFlight = async (): Promise<number> => {
      const metrics = await send(server, agent, { method: 'GET', path: '/metrics', token: server.adminToken });
      return Number(/\ncoffer_requests_in_flight (\d+)\n/.exec(metrics.text)?.[1] ?? -1);
    };
    let answer!: (v: { status: number; text: string }) => void;
    const replied = new Promise<{ status: number; text: string }>((resolve) => { answer = resolve; });
    const req = httpsRequest({ host: '127.0.0.1', port: server.port, method: 'PUT', path: `/secrets/drained?${API}`, ca: server.ca,
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString(); });
      res.on('end', () => { answer({ status: res.statusCode ?? 0, text }); });
    });
    req.write('{"value":');
    // The server has the headers once its in-flight gauge counts this request besides /metrics itself.
    let observed = await inFlight();
    for (let i = 0; i < 500 && observed < 2; i += 1) {
      await new Promise((r) => setTimeout(r, 10));
      observed = await inFlight();
    }
    agent.destroy();

    const stopped = server.stop();
    req.end('"drained-value"}');
    const reply = await replied;
    await stopped;

    expect(observed).toBe(2);
    expect(reply.status).toBe(200);
    expect((JSON.parse(reply.text) as { value: string }).value).toBe('drained-value');
  });
});
