import { describe, it, expect, beforeAll } from '@jest/globals';
import { Authenticator } from '../../../src/server/auth/authenticate.js';
import { AuthenticationError } from '../../../src/server/auth/errors.js';
import { parseKeySet, type KeySet } from '../../../src/server/auth/oidc.js';
import { mintToken, vaultTokenAudience } from '../../../src/server/auth/vault-token.js';
import { resourcePath } from '../../../src/core/access/decision.js';
import { BadParameterError } from '../../../src/core/errors.js';
import { AUDIENCE, FakeAccess, ISSUER, NOW, githubClaims, signed, testIssuer, type Issuer } from './fixtures.js';

const TOKEN_KEY = Buffer.alloc(32, 9);
const AUD = vaultTokenAudience('vault-1');
const ADMIN = 'admin-token-0123456789-abcdefghijklmnop';

describe('the vault\'s own tokens', () => {
  let now: Date;
  let access: FakeAccess;
  const make = (key = TOKEN_KEY, audience = AUD): Authenticator => new Authenticator({ access, vaultTokens: { key, audience }, adminToken: ADMIN, clock: () => now });
  const mint = (ttlSeconds?: number, role = 'Secrets User', scope = '/secrets/app-*') =>
    mintToken({ principal: 'deploy-bot', role, scope, audience: AUD, ...(ttlSeconds === undefined ? {} : { ttlSeconds }) }, TOKEN_KEY, now);

  beforeAll(() => {
    now = NOW;
    access = new FakeAccess();
  });

  it('grants exactly the minted role over the minted scope, for 15 minutes by default', async () => {
    const minted = await mint();
    expect(minted.jti).toMatch(/^[0-9a-f]{32}$/);
    expect(minted.expires).toEqual(new Date(NOW.getTime() + 15 * 60 * 1000));
    const identity = await make().authenticate(`Bearer ${minted.token}`);
    expect(identity.kind).toBe('vault-token');
    expect(identity.principal).toEqual({ name: 'deploy-bot', claims: { token_kind: 'vault', jti: minted.jti, role: 'Secrets User', scope: '/secrets/app-*' } });
    const can = (permission: 'secrets/get' | 'secrets/set', name: string): boolean => identity.authorizer.decide(identity.principal, permission, resourcePath('secrets', name)).allowed;
    expect([can('secrets/get', 'app-db'), can('secrets/get', 'other'), can('secrets/set', 'app-db')]).toEqual([true, false, false]);
  });

  it('refuses a bad principal, role, scope or lifetime when minting, quoting it', async () => {
    await expect(mint(24 * 3600 + 1)).rejects.toThrow("Invalid token lifetime '86401': expected 1 to 86400 seconds (24 hours).");
    await expect(mint(undefined, 'Owner')).rejects.toThrow(BadParameterError);
    await expect(mint(undefined, 'Reader', '/nope')).rejects.toThrow("Invalid scope '/nope'");
    await expect(mintToken({ principal: '', role: 'Reader', audience: AUD }, TOKEN_KEY, now)).rejects.toThrow("Invalid principal '': expected 1-256 printable characters.");
  });

  it('refuses an expired token, another vault\'s token, another audience', async () => {
    const minted = await mint(60);
    now = new Date(NOW.getTime() + 121_000);
    await expect(make().authenticate(`Bearer ${minted.token}`)).rejects.toMatchObject({ reason: 'expired' });
    now = NOW;
    await expect(make(Buffer.alloc(32, 8)).authenticate(`Bearer ${minted.token}`)).rejects.toMatchObject({ reason: 'bad-signature' });
    await expect(make(TOKEN_KEY, vaultTokenAudience('vault-2')).authenticate(`Bearer ${minted.token}`)).rejects.toMatchObject({ reason: 'wrong-audience' });
  });

  it('refuses a revoked token at once, even when its verification was cached', async () => {
    const authenticator = make();
    const minted = await mint();
    await authenticator.authenticate(`Bearer ${minted.token}`);
    await authenticator.authenticate(`Bearer ${minted.token}`);
    expect(authenticator.cachedEntries).toBe(1);
    access.revoke(minted.jti);
    const error = await authenticator.authenticate(`Bearer ${minted.token}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).reason).toBe('revoked');
    expect((error as Error).message).not.toContain(minted.token);
    expect(authenticator.cachedEntries).toBe(0);
  });
});

describe('the bootstrap admin token', () => {
  const access = new FakeAccess();

  it('is Administrator over the vault, compared in constant time', async () => {
    const identity = await new Authenticator({ access, adminToken: ADMIN }).authenticate(`Bearer ${ADMIN}`);
    expect(identity.kind).toBe('admin');
    expect(identity.principal.name).toBe('admin');
    expect(identity.authorizer.decide(identity.principal, 'vault/rekey', '/').allowed).toBe(true);
  });

  it('refuses a wrong, a prefix, or an unconfigured admin token, never echoing it', async () => {
    for (const [authenticator, token] of [
      [new Authenticator({ access, adminToken: ADMIN }), `${ADMIN}x`],
      [new Authenticator({ access, adminToken: ADMIN }), ADMIN.slice(0, 20)],
      [new Authenticator({ access }), ADMIN],
    ] as const) {
      const error = await authenticator.authenticate(`Bearer ${token}`).catch((e: unknown) => e) as AuthenticationError;
      expect(error.reason).toBe('unknown-token');
      expect(error.message).toBe('Authentication failed (unknown-token): The bearer token is neither a JWT nor this server\'s admin token.');
    }
  });

  it('must be at least 32 characters, and the refusal does not show it', () => {
    expect(() => new Authenticator({ access, adminToken: 'short-secret-canary' })).toThrow('COFFER_ADMIN_TOKEN is 19 characters: it must be at least 32 (e.g. openssl rand -base64 32).');
  });
});

describe('the verification cache', () => {
  let issuer: Issuer;
  let keys: KeySet;
  let calls: number;

  beforeAll(async () => {
    issuer = await testIssuer();
    const local = parseKeySet(JSON.stringify(issuer.jwks), 'test');
    const counted = (...args: unknown[]): unknown => {
      calls += 1;
      return (local as (...a: unknown[]) => unknown)(...args);
    };
    keys = counted as unknown as KeySet;
  });

  it('verifies a token once, re-decides after an assignment change, and holds a bounded number', async () => {
    calls = 0;
    const access = new FakeAccess([{ principal: { repository: 'org/app', repository_id: '42' }, role: 'Secrets User', scope: '/' }]);
    let now = NOW;
    const authenticator = new Authenticator({ access, oidc: { issuer: ISSUER, audience: AUDIENCE, keys }, clock: () => now, cacheEntries: 2 });
    const token = await signed(githubClaims(), issuer.privateKey);
    const canGet = async (): Promise<boolean> => {
      const identity = await authenticator.authenticate(`Bearer ${token}`);
      return identity.authorizer.decide(identity.principal, 'secrets/get', '/secrets/x').allowed;
    };
    expect(await Promise.all([canGet(), canGet(), canGet()])).toEqual([true, true, true]);
    expect(calls).toBe(1);
    access.replace([]);
    expect(await canGet()).toBe(false);
    expect(calls).toBe(2);
    for (const n of [1, 2, 3]) await authenticator.authenticate(`Bearer ${await signed(githubClaims({ run_id: String(n) }), issuer.privateKey)}`);
    expect(authenticator.cachedEntries).toBe(2);
    now = new Date(NOW.getTime() + 400_000);
    await expect(authenticator.authenticate(`Bearer ${token}`)).rejects.toMatchObject({ reason: 'expired' });
  });
});
