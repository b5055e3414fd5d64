/**
 * Role assignments over HTTPS (`/coffer/roleassignments`) and `coffer role … --server`: only a
 * caller whose role grants roles/read or roles/write (Administrator) may use them; every call is
 * audited, refusals included; the change is live for the server's authenticator at once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agent } from 'node:https';
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { send, startTestServer, trustingAgent, type TestServer } from './harness.js';

const ASSIGNMENT = { principal: { repository: 'octo-org/app', repository_id: '42' }, role: 'Secrets User', scope: '/secrets/app-*' };

function cliIo(cwd: string, env: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    out: '', err: '', cwd, env, stdoutIsTTY: false, stdinIsTTY: false,
    readStdin: () => Promise.resolve(Buffer.alloc(0)),
    writeOut: (text: string) => { io.out += text; },
    writeOutBytes: () => undefined,
    writeErr: (text: string) => { io.err += text; },
    now: () => new Date(),
  };
  return io;
}

describe('/coffer/roleassignments', () => {
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

  it('lets an Administrator create, list and remove assignments, each audited', async () => {
    const created = await send(server, agent, { method: 'POST', path: '/coffer/roleassignments', token: server.adminToken, body: JSON.stringify(ASSIGNMENT) });
    expect(created.status).toBe(201);
    const made = created.json as { id: string; role: string; scope: string };
    expect(made).toMatchObject({ role: 'Secrets User', scope: '/secrets/app-*', principal: ASSIGNMENT.principal });
    const listed = await send(server, agent, { method: 'GET', path: '/coffer/roleassignments', token: server.adminToken });
    expect(listed.status).toBe(200);
    expect((listed.json as { value: { id: string }[] }).value.map((a) => a.id)).toEqual([made.id]);
    const removed = await send(server, agent, { method: 'DELETE', path: `/coffer/roleassignments/${made.id}`, token: server.adminToken });
    expect(removed.status).toBe(200);
    const names = (await server.audit()).map((r) => `${r.operationName} ${r.resultType}`);
    expect(names.slice(-3)).toEqual(['RoleAssignmentCreate Success', 'RoleAssignmentList Success', 'RoleAssignmentDelete Success']);
  });

  it('refuses every other role with 403 ForbiddenByRbac, audited, and changes nothing', async () => {
    const officer = await server.tokenFor('Secrets Officer');
    const before = (await send(server, agent, { method: 'GET', path: '/coffer/roleassignments', token: server.adminToken })).json;
    for (const request of [
      { method: 'GET', path: '/coffer/roleassignments' },
      { method: 'POST', path: '/coffer/roleassignments', body: JSON.stringify(ASSIGNMENT) },
      { method: 'DELETE', path: `/coffer/roleassignments/${'0'.repeat(32)}` },
    ]) {
      const reply = await send(server, agent, { ...request, token: officer });
      expect({ status: reply.status, json: reply.json }).toEqual({
        status: 403, json: { error: { code: 'Forbidden', message: expect.stringMatching(/^test-secrets-officer is not allowed to roles\/(read|write) on \/\.$/) as unknown, innererror: { code: 'ForbiddenByRbac' } } },
      });
    }
    expect((await send(server, agent, { method: 'GET', path: '/coffer/roleassignments', token: server.adminToken })).json).toEqual(before);
    const refused = (await server.audit()).filter((r) => r.resultSignature === 'Forbidden' && r.identity.claim.name === 'test-secrets-officer');
    expect(refused.map((r) => r.operationName)).toEqual(['RoleAssignmentList', 'RoleAssignmentCreate', 'RoleAssignmentDelete']);
  });

  it('refuses the Administrator role too (as in Azure), and lets a Data Access Administrator token through', async () => {
    const admin = await server.tokenFor('Administrator', 'vault-admin');
    const refused = await send(server, agent, { method: 'POST', path: '/coffer/roleassignments', token: admin, body: JSON.stringify(ASSIGNMENT) });
    expect(refused).toMatchObject({ status: 403, json: { error: { code: 'Forbidden', message: 'vault-admin is not allowed to roles/write on /.', innererror: { code: 'ForbiddenByRbac' } } } });
    const granter = await server.tokenFor('Data Access Administrator', 'access-admin');
    const listed = await send(server, agent, { method: 'GET', path: '/coffer/roleassignments', token: granter });
    expect(listed.status).toBe(200);
    const secret = await send(server, agent, { method: 'GET', path: '/secrets?api-version=7.6', token: granter });
    expect(secret.status).toBe(403);
  });

  it('refuses an assignment with no condition, or a malformed body, with 400 and changes nothing', async () => {
    const bare = await send(server, agent, { method: 'POST', path: '/coffer/roleassignments', token: server.adminToken, body: JSON.stringify({ principal: {}, role: 'Reader', scope: '/' }) });
    expect(bare.status).toBe(400);
    expect((bare.json as { error: { code: string } }).error.code).toBe('BadParameter');
    const junk = await send(server, agent, { method: 'POST', path: '/coffer/roleassignments', token: server.adminToken, body: '{"principal":' });
    expect(junk).toMatchObject({ status: 400, json: { error: { code: 'BadParameter', message: 'The request body is not valid JSON.' } } });
    expect((await send(server, agent, { method: 'GET', path: '/coffer/roleassignments', token: server.adminToken })).json).toEqual({ value: [] });
  });

  it('is what coffer role --server drives, with the token in COFFER_TOKEN', async () => {
    const dir = server.running.dataDir.paths.dir;
    const caFile = join(dir, 'client-ca.pem');
    writeFileSync(caFile, server.ca);
    const env = { COFFER_TOKEN: server.adminToken };
    const assign = cliIo(dir, env);
    expect(await run(['role', 'assign', '--server', server.url, '--ca', caFile, '--role', 'Reader', '--repository', 'octo-org/web', '--repository-id', '7', '--json'], assign)).toBe(0);
    const id = (JSON.parse(assign.out) as { id: string }).id;
    const list = cliIo(dir, env);
    expect(await run(['role', 'list', '--server', server.url, '--ca', caFile, '--json'], list)).toBe(0);
    expect((JSON.parse(list.out) as { id: string }[]).map((a) => a.id)).toEqual([id]);
    const denied = cliIo(dir, { COFFER_TOKEN: await server.tokenFor('Reader') });
    expect(await run(['role', 'remove', id, '--server', server.url, '--ca', caFile], denied)).toBe(1);
    expect(denied.err).toContain('is not allowed to roles/write on /.');
    expect(denied.err).not.toContain(server.adminToken);
    const remove = cliIo(dir, env);
    expect(await run(['role', 'remove', id, '--server', server.url, '--ca', caFile], remove)).toBe(0);
    expect(remove.out).toBe(`Removed ${id} (Reader on /).\n`);
  });

  it('needs a token for --server, and an https origin', async () => {
    const io = cliIo(server.running.dataDir.paths.dir, {});
    expect(await run(['role', 'list', '--server', server.url], io)).toBe(1);
    expect(io.err).toContain('COFFER_TOKEN must hold a bearer token');
    const http = cliIo(server.running.dataDir.paths.dir, { COFFER_TOKEN: 'x' });
    expect(await run(['role', 'list', '--server', 'http://127.0.0.1:1'], http)).toBe(2);
    expect(http.err).toContain("Invalid --server 'http://127.0.0.1:1': expected https://host[:port], with no path.");
  });
});
