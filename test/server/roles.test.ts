/**
 * Least privilege (reference/security.md, property 11), over HTTPS against a real server with
 * the real authenticator: for each built-in role, a vault token for that role calls every
 * route of the server; an operation whose permission (as src/core/vault.ts checks it) the
 * role grants succeeds with the route's status, any other is 403 Forbidden/ForbiddenByRbac,
 * changes nothing, leaks no value, and is audited as a Forbidden failure under the token's
 * principal. Literal allowed-operation lists pin each role, so widening the role table fails.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { principal } from '../../src/core/access/principal.js';
import { ROLE_NAMES, ROLES, type RoleName } from '../../src/core/access/permissions.js';
import type { AuditRecord } from '../../src/core/audit/record.js';
import { MasterKey } from '../../src/core/crypto/master-key.js';
import { serverFactories } from '../../src/cli/commands/serve-setup.js';
import { AccessFile } from '../../src/server/auth/access-file.js';
import { mintToken, vaultTokenAudience } from '../../src/server/auth/vault-token.js';
import type { RunningServer } from '../../src/server/serve.js';
import {
  OPERATIONS, call, makeSharedFixtures, type Env, type Method, type OperationRow, type Reply, type SharedFixtures,
} from './roles-operations.js';

/**
 * What each role may do, by route operation, written out by hand (not derived from ROLES): a
 * change to the role table that widens or narrows a role must change these lists too.
 */
const KEY_READS = ['KeyList', 'KeyListVersions', 'KeyGet', 'KeyListDeleted', 'KeyGetDeleted'];
const SECRET_OPERATION_NAMES = [
  'SecretList', 'SecretRestore', 'SecretListVersions', 'SecretBackup', 'SecretSet', 'SecretGet', 'SecretUpdate', 'SecretDelete',
  'SecretListDeleted', 'SecretGetDeleted', 'SecretPurge', 'SecretRecover',
];
const KEY_OPERATION_NAMES = [
  'KeyList', 'KeyRestore', 'KeyCreate', 'KeyListVersions', 'KeyRotationPolicyGet', 'KeyRotationPolicyUpdate', 'KeyRotate', 'KeyBackup',
  'KeyImport', 'KeySign', 'KeyVerify', 'KeyEncrypt', 'KeyDecrypt', 'KeyWrap', 'KeyUnwrap', 'KeyGet', 'KeyUpdate', 'KeyDelete',
  'KeyListDeleted', 'KeyGetDeleted', 'KeyPurge', 'KeyRecover',
];
const CERTIFICATE_READS = [
  'CertificateList', 'CertificateListVersions', 'CertificatePolicyGet', 'CertificatePendingGet', 'CertificateGet', 'CertificateListDeleted', 'CertificateGetDeleted',
];
const CERTIFICATE_OPERATION_NAMES = [
  'CertificateList', 'CertificateRestore', 'CertificateContactsGet', 'CertificateContactsSet', 'CertificateContactsDelete', 'CertificateIssuerList',
  'CertificateIssuerGet', 'CertificateIssuerSet', 'CertificateIssuerUpdate', 'CertificateIssuerDelete', 'CertificateCreate', 'CertificateImport',
  'CertificateListVersions', 'CertificatePolicyGet', 'CertificatePolicyUpdate', 'CertificatePendingGet', 'CertificatePendingCancel',
  'CertificatePendingDelete', 'CertificatePendingMerge', 'CertificateBackup', 'CertificateRenew', 'CertificateRenewIfDue', 'CertificateGet',
  'CertificateUpdate', 'CertificateDelete', 'CertificateListDeleted', 'CertificateGetDeleted', 'CertificatePurge', 'CertificateRecover',
];
const EXPECTED_ALLOWED: Readonly<Record<RoleName, readonly string[]>> = {
  Administrator: [...SECRET_OPERATION_NAMES, ...KEY_OPERATION_NAMES, 'GetRandomBytes', ...CERTIFICATE_OPERATION_NAMES],
  Reader: ['SecretList', 'SecretListVersions', 'SecretListDeleted', 'SecretGetDeleted', ...KEY_READS, 'KeyRotationPolicyGet', ...CERTIFICATE_READS],
  'Secrets Officer': SECRET_OPERATION_NAMES,
  'Secrets User': ['SecretList', 'SecretListVersions', 'SecretGet', 'SecretListDeleted', 'SecretGetDeleted'],
  'Crypto Officer': [...KEY_OPERATION_NAMES, 'GetRandomBytes'],
  'Crypto User': [...KEY_READS, 'KeySign', 'KeyVerify', 'KeyEncrypt', 'KeyDecrypt', 'KeyWrap', 'KeyUnwrap', 'GetRandomBytes'],
  'Crypto Service Encryption User': [...KEY_READS, 'KeyWrap', 'KeyUnwrap'],
  'Certificates Officer': CERTIFICATE_OPERATION_NAMES,
  'Certificate User': ['SecretGet', ...KEY_READS, ...CERTIFICATE_READS],
  // Manages role assignments (/coffer/roleassignments, test/server/role-routes.test.ts) and nothing in the vault.
  'Data Access Administrator': [],
};

const slug = (role: RoleName): string => role.toLowerCase().replace(/ /g, '-');
const principalOf = (role: RoleName): string => `role-${slug(role)}`;
const allowedByTable = (role: RoleName, row: OperationRow): boolean => ROLES[role].includes(row.permission);

interface DeniedCall {
  readonly principal: string;
  readonly operation: string;
  readonly requestId: string | undefined;
}

function errorCodes(reply: Reply): { status: number; code: unknown; inner: unknown } {
  const error = (reply.json as { error?: { code?: unknown; innererror?: { code?: unknown } } } | undefined)?.error;
  return { status: reply.status, code: error?.code, inner: error?.innererror?.code };
}

describe('least privilege over HTTPS: each built-in role can do exactly its operations and no other', () => {
  // 36 random bytes are 48 base64url characters.
  const ADMIN = randomBytes(36).toString('base64url');
  const CANARY = `canary-${randomBytes(12).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'coffer-roles-'));
  const tokens = new Map<RoleName, string>();
  const denied: DeniedCall[] = [];
  let started: { running: RunningServer; agent: Agent; port: number } | undefined;
  let shared: SharedFixtures;
  let counter = 0;

  const server = (): { running: RunningServer; agent: Agent; port: number } => {
    if (started === undefined) throw new Error('the server did not start');
    return started;
  };
  const request = (method: Method, path: string, token: string | undefined, body?: unknown): Promise<Reply> =>
    call(server().port, server().agent, method, path, token, body);

  const env: Env = {
    adminRaw: (method, path, body) => request(method, path, ADMIN, body),
    admin: async (method, path, body) => {
      const reply = await request(method, path, ADMIN, body);
      // The operation and status only: a fixture's body is never printed.
      if (reply.status < 200 || reply.status > 299) throw new Error(`fixture ${method} ${path} answered ${reply.status}`);
      return (reply.json ?? {}) as Record<string, unknown>;
    },
    fresh: (prefix) => {
      counter += 1;
      return `${prefix}-${counter}`;
    },
    get shared() {
      return shared;
    },
  };

  const mint = async (role: RoleName, options: { scope?: string; now?: Date; name?: string } = {}) => mintToken({
    principal: options.name ?? principalOf(role), role, scope: options.scope ?? '/', ttlSeconds: 900,
    audience: vaultTokenAudience(server().running.dataDir.vault.vaultId),
  }, server().running.dataDir.tokenKey, options.now ?? new Date());

  beforeAll(async () => {
    const { startServer, authenticatorFor } = await serverFactories();
    const running = await startServer({
      dataDir: join(dir, 'data'), masterKey: MasterKey.generate(), principal: principal('test'), host: '127.0.0.1', port: 0,
      authenticator: authenticatorFor({ audience: undefined, issuer: undefined, jwks: undefined, adminToken: ADMIN }),
    });
    if (running.caPath === undefined) {
      await running.stop();
      throw new Error('the server issued no CA');
    }
    const agent = new Agent({ ca: readFileSync(running.caPath, 'utf8'), keepAlive: true, maxSockets: 4 });
    started = { running, agent, port: Number(new URL(running.url).port) };
    shared = await makeSharedFixtures(env, CANARY);
    for (const role of ROLE_NAMES) tokens.set(role, (await mint(role)).token);
  });

  afterAll(async () => {
    (shared as SharedFixtures | undefined)?.certificates.close();
    started?.agent.destroy();
    await started?.running.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has one row per route of the server, each named once', () => {
    // Arrange
    const names = OPERATIONS.map((row) => row.operation);

    // Assert: secrets (12), keys (22), /rng and certificates (29).
    expect(names).toHaveLength(64);
    expect(new Set(names).size).toBe(64);
    expect([...names].sort()).toEqual([...SECRET_OPERATION_NAMES, ...KEY_OPERATION_NAMES, 'GetRandomBytes', ...CERTIFICATE_OPERATION_NAMES].sort());
  });

  describe.each(ROLE_NAMES.map((role) => [role] as const))('%s', (role) => {
    it('the role table grants exactly the hand-written list of operations', () => {
      // Arrange
      const fromTable = OPERATIONS.filter((row) => allowedByTable(role, row)).map((row) => row.operation);

      // Assert
      expect([...fromTable].sort()).toEqual([...EXPECTED_ALLOWED[role]].sort());
    });

    it.each(OPERATIONS.map((row) => [`${row.operation} (${row.permission}) is ${allowedByTable(role, row) ? 'allowed' : 'denied'}`, row] as const))(
      '%s',
      async (_title, row) => {
        // Arrange
        const token = tokens.get(role);
        if (token === undefined) throw new Error(`no token for ${role}`);
        const allowed = allowedByTable(role, row);
        const arranged = await row.arrange(env);
        const before = arranged.observe === undefined ? undefined : await arranged.observe();

        // Act
        const reply = await request(row.method, arranged.path, token, arranged.body);

        // Assert
        expect(reply.text.includes(CANARY)).toBe(allowed && (row.operation === 'SecretGet'));
        if (allowed) {
          expect(reply.status).toBe(row.success);
          if (row.success === 204) expect(reply.text).toBe('');
          if (arranged.result !== undefined) expect(arranged.result.of(reply.json as Record<string, unknown>)).toEqual(arranged.result.expected);
          // An allowed write did change what it writes.
          if (arranged.observe !== undefined) expect(await arranged.observe()).not.toEqual(before);
        } else {
          denied.push({ principal: principalOf(role), operation: row.operation, requestId: reply.requestId });
          expect(errorCodes(reply)).toEqual({ status: 403, code: 'Forbidden', inner: 'ForbiddenByRbac' });
          // A denied write changed nothing: same versions, properties, value digest, policy, deleted or not.
          if (arranged.observe !== undefined) expect(await arranged.observe()).toEqual(before);
        }
      },
    );
  });

  it('a Secrets User token scoped to /secrets/app-* reads app-db and is refused other', async () => {
    // Arrange
    await env.admin('PUT', '/secrets/app-db', { value: `${CANARY}-app` });
    await env.admin('PUT', '/secrets/other', { value: `${CANARY}-other` });
    const { token } = await mint('Secrets User', { scope: '/secrets/app-*', name: 'scoped-secrets-user' });

    // Act
    const inScope = await request('GET', '/secrets/app-db', token);
    const outOfScope = await request('GET', '/secrets/other', token);

    // Assert
    expect(inScope.status).toBe(200);
    expect((inScope.json as { value?: unknown }).value === `${CANARY}-app`).toBe(true);
    expect(errorCodes(outOfScope)).toEqual({ status: 403, code: 'Forbidden', inner: 'ForbiddenByRbac' });
    expect(outOfScope.text.includes(CANARY)).toBe(false);
  });

  it('an expired token is refused with 401', async () => {
    // Arrange: minted two hours ago for 15 minutes, far beyond the 60 s of tolerated skew.
    const { token } = await mint('Administrator', { now: new Date(Date.now() - 2 * 3600 * 1000), name: 'expired-admin' });

    // Act
    const reply = await request('GET', `/secrets/${shared.secret}`, token);

    // Assert
    expect(errorCodes(reply)).toEqual({ status: 401, code: 'Unauthorized', inner: undefined });
    expect(reply.text.includes(CANARY)).toBe(false);
  });

  it('a revoked token is refused with 401, while an unrevoked one for the same role still works', async () => {
    // Arrange: the token works (and its verification is cached) before it is revoked.
    const minted = await mint('Secrets User', { name: 'revoked-secrets-user' });
    const other = await mint('Secrets User', { name: 'kept-secrets-user' });
    expect((await request('GET', `/secrets/${shared.secret}`, minted.token)).status).toBe(200);
    const { dataDir } = server().running;
    const access = AccessFile.load(dataDir.paths.access, dataDir.accessMacKey);
    await access.revoke(minted.jti, minted.expires, { who: principal('test'), record: (entry) => dataDir.vault.record(entry) });

    // Act: the server re-reads the access file at most once a second; wait (bounded) until it has.
    let reply = await request('GET', `/secrets/${shared.secret}`, minted.token);
    for (let attempt = 0; attempt < 40 && reply.status === 200; attempt += 1) {
      await new Promise((resolve) => { setTimeout(resolve, 100); });
      reply = await request('GET', `/secrets/${shared.secret}`, minted.token);
    }
    const kept = await request('GET', `/secrets/${shared.secret}`, other.token);

    // Assert
    expect(errorCodes(reply)).toEqual({ status: 401, code: 'Unauthorized', inner: undefined });
    expect(reply.text.includes(CANARY)).toBe(false);
    expect(kept.status).toBe(200);
  });

  it('audits every denied call as a Forbidden failure naming the token\'s principal, and no value', async () => {
    // Arrange
    const records: AuditRecord[] = [];
    for await (const record of server().running.dataDir.vault.readAudit()) records.push(record);
    const byCorrelation = new Map(records.map((record) => [record.correlationId, record]));
    const expectedDenials = ROLE_NAMES.reduce((sum, role) => sum + OPERATIONS.filter((row) => !allowedByTable(role, row)).length, 0);

    // Act
    const found = denied.map((call) => {
      const record = call.requestId === undefined ? undefined : byCorrelation.get(call.requestId);
      return {
        operation: call.operation, principal: call.principal,
        record: record === undefined ? undefined : {
          operationName: record.operationName, resultType: record.resultType, resultSignature: record.resultSignature, name: record.identity.claim.name,
        },
      };
    });

    // Assert
    expect(denied).toHaveLength(expectedDenials);
    expect(found).toEqual(denied.map((call) => ({
      operation: call.operation, principal: call.principal,
      record: { operationName: call.operation, resultType: 'Failure', resultSignature: 'Forbidden', name: call.principal },
    })));
    expect(records.some((record) => record.resultSignature === 'Forbidden' && record.identity.claim.name === principalOf('Secrets User')
      && record.operationName === 'SecretSet')).toBe(true);
    expect(records.map((record) => JSON.stringify(record)).filter((line) => line.includes(CANARY))).toHaveLength(0);
  });
});
