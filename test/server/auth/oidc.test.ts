import { describe, it, expect, beforeAll } from '@jest/globals';
import { Authenticator, type Identity } from '../../../src/server/auth/authenticate.js';
import { AuthenticationError, type AuthenticationReason } from '../../../src/server/auth/errors.js';
import { parseKeySet, remoteKeySet, type KeySet } from '../../../src/server/auth/oidc.js';
import { resourcePath } from '../../../src/core/access/decision.js';
import type { RoleAssignment } from '../../../src/core/access/assignments.js';
import {
  AUDIENCE, CANARY, FakeAccess, ISSUER, NOW, NOW_S, githubClaims, jwksServer, signed, testIssuer, unsignedToken, type Issuer,
} from './fixtures.js';

const TOKEN_KEY = Buffer.alloc(32, 9);
const pinned: RoleAssignment = { principal: { repository: 'org/app', repository_id: '42' }, role: 'Secrets User', scope: '/secrets' };
const withHeader = (token: string, header: object): string => `${Buffer.from(JSON.stringify(header)).toString('base64url')}${token.slice(token.indexOf('.'))}`;
const canGet = (identity: Identity): boolean => identity.authorizer.decide(identity.principal, 'secrets/get', resourcePath('secrets', 'db')).allowed;

/** Every message of a refusal, checked for the token and the planted claim value. */
const seen: string[] = [];
async function reasonOf(authenticator: Authenticator, token: string): Promise<AuthenticationReason> {
  try {
    await authenticator.authenticate(`Bearer ${token}`);
  } catch (error) {
    expect(error).toBeInstanceOf(AuthenticationError);
    const text = `${String(error)} ${(error as Error).message}`;
    expect(text).not.toContain(token);
    expect(text).not.toContain(CANARY);
    seen.push(text);
    return (error as AuthenticationError).reason;
  }
  throw new Error('authenticated');
}

describe('OIDC tokens: the security.md matrix', () => {
  let issuer: Issuer;
  let other: Issuer;
  let keys: KeySet;
  let access: FakeAccess;
  const make = (options: { rejectUnassigned?: boolean } = {}): Authenticator => new Authenticator({
    access, oidc: { issuer: ISSUER, audience: AUDIENCE, keys }, vaultTokens: { key: TOKEN_KEY, audience: 'coffer:v' }, clock: () => NOW, ...options,
  });

  beforeAll(async () => {
    issuer = await testIssuer();
    other = await testIssuer();
    keys = parseKeySet(JSON.stringify(issuer.jwks), 'test');
  });

  it('accepts a valid token: principal named by sub, claims copied, assignments matched', async () => {
    access = new FakeAccess([pinned]);
    const identity = await make().authenticate(`Bearer ${await signed(githubClaims(), issuer.privateKey)}`);
    expect(identity.kind).toBe('oidc');
    expect(identity.principal.name).toBe('repo:org/app:ref:refs/heads/main');
    expect(identity.principal.claims).toMatchObject({ repository: 'org/app', repository_id: '42', event_name: 'push', runner_environment: 'github-hosted' });
    expect(canGet(identity)).toBe(true);
    expect(identity.authorizer.decide(identity.principal, 'secrets/set', resourcePath('secrets', 'db')).allowed).toBe(false);
    expect(identity.authorizer.decide(identity.principal, 'keys/read', resourcePath('keys', 'k')).allowed).toBe(false);
  });

  it('accepts a token expired within the 60 s leeway', async () => {
    access = new FakeAccess([pinned]);
    const token = await signed(githubClaims({ iat: NOW_S - 330, exp: NOW_S - 30 }), issuer.privateKey);
    expect(canGet(await make().authenticate(`Bearer ${token}`))).toBe(true);
  });

  it.each<[string, () => Promise<string>, AuthenticationReason]>([
    ['wrong iss', () => signed(githubClaims({ iss: 'https://evil.example' }), issuer.privateKey), 'wrong-issuer'],
    ['wrong aud', () => signed(githubClaims({ aud: 'https://other.example' }), issuer.privateKey), 'wrong-audience'],
    ['alg none', () => Promise.resolve(unsignedToken(githubClaims())), 'alg-not-allowed'],
    ['HS256 signed with the public key', () => signed(githubClaims(), Buffer.from(issuer.publicPem), { alg: 'HS256', kid: 'k1' }), 'bad-signature'],
    ['HS512 signed with the public key', () => signed(githubClaims(), Buffer.from(issuer.publicPem), { alg: 'HS512', kid: 'k1' }), 'alg-not-allowed'],
    ['RS512', async () => withHeader(await signed(githubClaims(), issuer.privateKey), { alg: 'RS512', kid: 'k1' }), 'alg-not-allowed'],
    ['PS256', async () => withHeader(await signed(githubClaims(), issuer.privateKey), { alg: 'PS256', kid: 'k1' }), 'alg-not-allowed'],
    ['ES256', async () => withHeader(await signed(githubClaims(), issuer.privateKey), { alg: 'ES256', kid: 'k1' }), 'alg-not-allowed'],
    ['a header without alg', async () => withHeader(await signed(githubClaims(), issuer.privateKey), { kid: 'k1' }), 'alg-not-allowed'],
    ['unknown kid', () => signed(githubClaims(), issuer.privateKey, { alg: 'RS256', kid: 'k2' }), 'unknown-kid'],
    ['no kid', () => signed(githubClaims(), issuer.privateKey, { alg: 'RS256' }), 'unknown-kid'],
    ['expired beyond leeway', () => signed(githubClaims({ iat: NOW_S - 400, exp: NOW_S - 61 }), issuer.privateKey), 'expired'],
    ['issued over an hour ago', () => signed(githubClaims({ iat: NOW_S - 3700, exp: NOW_S + 100 }), issuer.privateKey), 'expired'],
    ['nbf in the future', () => signed(githubClaims({ nbf: NOW_S + 120 }), issuer.privateKey), 'not-yet-valid'],
    ['iat in the future', () => signed(githubClaims({ iat: NOW_S + 120, exp: NOW_S + 400 }), issuer.privateKey), 'not-yet-valid'],
    ['no iat', () => signed(githubClaims({ iat: undefined }), issuer.privateKey), 'malformed'],
    ['no exp', () => signed(githubClaims({ exp: undefined }), issuer.privateKey), 'malformed'],
    ['bad signature (another key, same kid)', () => signed(githubClaims(), other.privateKey), 'bad-signature'],
    ['a payload changed after signing', async () => {
      const [h, , s] = (await signed(githubClaims(), issuer.privateKey)).split('.');
      return `${h}.${Buffer.from(JSON.stringify(githubClaims({ repository_id: '1' }))).toString('base64url')}.${s}`;
    }, 'bad-signature'],
    ['a header that is not JSON', () => Promise.resolve(`${Buffer.from('{nope').toString('base64url')}.e30.x`), 'malformed'],
  ])('refuses %s', async (_name, token, reason) => {
    access = new FakeAccess([pinned]);
    expect(await reasonOf(make(), await token())).toBe(reason);
  });

  it('refuses a token without a bearer header or with another scheme', async () => {
    access = new FakeAccess([pinned]);
    await expect(make().authenticate(undefined)).rejects.toMatchObject({ reason: 'missing' });
    await expect(make().authenticate('Basic dXNlcjpwYXNz')).rejects.toMatchObject({ reason: 'malformed' });
    await expect(make().authenticate(`Bearer ${'a'.repeat(9000)}`)).rejects.toMatchObject({ reason: 'malformed' });
  });

  it('gives the right repository name with the wrong repository_id no grant (or refuses it, if configured)', async () => {
    access = new FakeAccess([pinned]);
    const token = await signed(githubClaims({ repository_id: '666' }), issuer.privateKey);
    expect(canGet(await make().authenticate(`Bearer ${token}`))).toBe(false);
    expect(await reasonOf(make({ rejectUnassigned: true }), token)).toBe('no-assignment');
  });

  it.each(['pull_request_target', 'workflow_run'])('gives %s no privileged role unless allowed', async (event) => {
    access = new FakeAccess([pinned, { ...pinned, role: 'Reader' }]);
    const identity = await make().authenticate(`Bearer ${await signed(githubClaims({ event_name: event }), issuer.privateKey)}`);
    expect(canGet(identity)).toBe(false);
    expect(identity.authorizer.decide(identity.principal, 'secrets/readMetadata', '/secrets').allowed).toBe(true);
    access = new FakeAccess([{ ...pinned, allow: { events: [event] } }]);
    expect(canGet(await make().authenticate(`Bearer ${await signed(githubClaims({ event_name: event }), issuer.privateKey)}`))).toBe(true);
  });

  it('gives a self-hosted runner no privileged role unless allowed', async () => {
    const token = await signed(githubClaims({ runner_environment: 'self-hosted' }), issuer.privateKey);
    access = new FakeAccess([pinned]);
    expect(canGet(await make().authenticate(`Bearer ${token}`))).toBe(false);
    access = new FakeAccess([{ ...pinned, allow: { runnerEnvironment: ['self-hosted'] } }]);
    expect(canGet(await make().authenticate(`Bearer ${token}`))).toBe(true);
  });

  it('never shows a token or a claim value in a message', () => {
    expect(seen.length).toBeGreaterThan(15);
  });
});

describe('OIDC tokens: keys from the issuer over HTTP', () => {
  it('fetches the JWKS, refuses an oversized one, and an unreachable issuer', async () => {
    const issuer = await testIssuer();
    let body = JSON.stringify(issuer.jwks);
    const server = await jwksServer(() => body);
    try {
      const access = new FakeAccess([pinned]);
      const make = (keys: KeySet): Authenticator => new Authenticator({ access, oidc: { issuer: ISSUER, audience: AUDIENCE, keys }, clock: () => NOW });
      const token = await signed(githubClaims(), issuer.privateKey);
      expect(canGet(await make(remoteKeySet(server.url)).authenticate(`Bearer ${token}`))).toBe(true);
      expect(server.requests()).toBe(1);

      body = JSON.stringify({ keys: [{ ...issuer.jwks.keys[0], pad: 'x'.repeat(300 * 1024) }] });
      expect(await reasonOf(make(remoteKeySet(server.url)), token)).toBe('issuer-unavailable');
      body = 'not json';
      expect(await reasonOf(make(remoteKeySet(server.url)), token)).toBe('issuer-unavailable');
      const down = new URL(server.url.href);
      await server.close();
      expect(await reasonOf(make(remoteKeySet(down)), token)).toBe('issuer-unavailable');
    } finally {
      await server.close().catch(() => undefined);
    }
  });
});
