/**
 * The OIDC matrix of security.md through a live server: each case is refused over HTTPS and the
 * refusal is in the vault's audit log — 401s as `Authenticate` records naming the reason, a
 * look-alike repository, an untrusted event or a self-hosted runner as a 403 on the operation.
 * A local issuer with its own JWKS file stands in for GitHub's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverFactories } from '../../src/cli/commands/serve-setup.js';
import { principal } from '../../src/core/access/principal.js';
import type { AuditRecord } from '../../src/core/audit/record.js';
import { MasterKey } from '../../src/core/crypto/master-key.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { AccessFile } from '../../src/server/auth/access-file.js';
import { ISSUER, githubClaims, signed, testIssuer, unsignedToken, type Issuer } from './auth/fixtures.js';
import { API, trustingAgent, type RawReply } from './harness.js';

const AUDIENCE = 'https://vault.example.test';

describe('the OIDC matrix against coffer serve', () => {
  let dir: string;
  let issuer: Issuer;
  let running: RunningServer;
  let agent: Agent;
  const now = (): number => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}): ReturnType<typeof githubClaims> =>
    githubClaims({ aud: AUDIENCE, iat: now() - 10, exp: now() + 290, ...overrides });

  const get = (token: string, secret = 'app-db'): Promise<RawReply> => new Promise((resolve, reject) => {
    const req = request(`${running.url}/secrets/${secret}?${API}`, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: text === '' ? undefined : JSON.parse(text) as unknown });
      });
    });
    req.on('error', reject);
    req.end();
  });
  const lastRecord = async (): Promise<AuditRecord> => {
    let last: AuditRecord | undefined;
    for await (const record of running.dataDir.vault.readAudit()) last = record;
    if (last === undefined) throw new Error('no audit record');
    return last;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coffer-oidc-'));
    issuer = await testIssuer();
    const jwks = join(dir, 'jwks.json');
    writeFileSync(jwks, JSON.stringify(issuer.jwks));
    const { authenticatorFor } = await serverFactories();
    running = await startServer({
      dataDir: join(dir, 'data'), masterKey: MasterKey.generate(), principal: principal('test'), host: '127.0.0.1', port: 0,
      authenticator: authenticatorFor({ audience: AUDIENCE, issuer: ISSUER, jwks, adminToken: undefined }),
    });
    const record = running.dataDir.vault.record.bind(running.dataDir.vault);
    const access = { who: principal('setup'), record };
    const file = AccessFile.load(running.dataDir.paths.access, running.dataDir.accessMacKey);
    await file.assign({ principal: { repository: 'org/app', repository_id: '42' }, role: 'Secrets User', scope: '/secrets/app-*' }, access);
    await running.dataDir.vault.setSecret('app-db', 'v');
    // The server re-reads access.json at most once a second.
    await new Promise((r) => setTimeout(r, 1_100));
    agent = trustingAgent(readFileSync(running.caPath ?? '', 'utf8'));
  });
  afterAll(async () => {
    agent.destroy();
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a token that matches an assignment', async () => {
    expect((await get(await signed(claims(), issuer.privateKey))).status).toBe(200);
  });

  it.each<[string, () => Promise<string>, string]>([
    ['wrong iss', () => signed(claims({ iss: 'https://evil.example' }), issuer.privateKey), 'wrong-issuer'],
    ['wrong aud', () => signed(claims({ aud: 'https://other.example' }), issuer.privateKey), 'wrong-audience'],
    ['alg none', () => Promise.resolve(unsignedToken(claims())), 'alg-not-allowed'],
    ['HS256 signed with the public key', () => signed(claims(), Buffer.from(issuer.publicPem), { alg: 'HS256', kid: 'k1' }), 'bad-signature'],
    ['unknown kid', () => signed(claims(), issuer.privateKey, { alg: 'RS256', kid: 'k2' }), 'unknown-kid'],
    ['expired beyond the 60 s leeway', () => signed(claims({ iat: now() - 400, exp: now() - 61 }), issuer.privateKey), 'expired'],
    ['nbf in the future', () => signed(claims({ nbf: now() + 120 }), issuer.privateKey), 'not-yet-valid'],
    ['a bad signature', async () => { const t = await signed(claims(), issuer.privateKey); return `${t.slice(0, -6)}${t.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'}`; }, 'bad-signature'],
  ])('refuses %s with 401 and audits the reason', async (_case, token, reason) => {
    const reply = await get(await token());
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toMatch(/^Bearer authorization="/);
    expect(await lastRecord()).toMatchObject({
      operationName: 'Authenticate', resultType: 'Failure', resultSignature: 'Unauthorized', identity: { claim: { name: 'anonymous' } },
      resultDescription: expect.stringContaining(`(${reason})`) as unknown,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['the right repository name with the wrong repository_id', { repository_id: '999' }],
    ['pull_request_target for a role that reads values', { event_name: 'pull_request_target' }],
    ['workflow_run for a role that reads values', { event_name: 'workflow_run' }],
    ['a self-hosted runner where the assignment does not allow one', { runner_environment: 'self-hosted' }],
  ])('refuses %s with 403 and audits it under the token\'s subject', async (_case, overrides) => {
    const reply = await get(await signed(claims(overrides), issuer.privateKey));
    expect(reply.status).toBe(403);
    expect(reply.json).toMatchObject({ error: { code: 'Forbidden', innererror: { code: 'ForbiddenByRbac' } } });
    expect(await lastRecord()).toMatchObject({
      operationName: 'SecretGet', resultType: 'Failure', resultSignature: 'Forbidden', identity: { claim: { name: 'repo:org/app:ref:refs/heads/main' } },
    });
  });

  it('refuses a role assignment with no conditions, and records the refusal', async () => {
    const file = AccessFile.load(running.dataDir.paths.access, running.dataDir.accessMacKey);
    await expect(file.assign({ principal: {}, role: 'Reader', scope: '/' }, { who: principal('setup'), record: running.dataDir.vault.record.bind(running.dataDir.vault) }))
      .rejects.toMatchObject({ code: 'BadParameter' });
    expect(await lastRecord()).toMatchObject({ operationName: 'RoleAssignmentCreate', resultType: 'Failure', resultSignature: 'BadRequest' });
  });
});
