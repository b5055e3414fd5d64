/**
 * A local test issuer for the authentication tests: an RS256 key pair and its JWKS, tokens
 * signed with SignJWT, a fake access view whose generation moves on every change, and a
 * loopback HTTP server that serves a JWKS.
 */
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import type { RoleAssignment } from '../../../src/core/access/decision.js';
import type { AccessView } from '../../../src/server/auth/authenticate.js';

export const ISSUER = 'https://token.actions.githubusercontent.com';
export const AUDIENCE = 'https://coffer.example';
export const NOW = new Date('2026-03-01T12:00:00.000Z');
export const NOW_S = Math.floor(NOW.getTime() / 1000);
/** Planted in claims: no error message may ever show it. */
export const CANARY = 'canary7f3e9d';

export interface Issuer {
  readonly privateKey: CryptoKey;
  readonly jwks: { keys: JWK[] };
  readonly publicPem: string;
}

export async function testIssuer(kid = 'k1'): Promise<Issuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const publicPem = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, jwks: { keys: [jwk] }, publicPem };
}

/** GitHub-shaped claims of a push to main in org/app (id 42). */
export function githubClaims(overrides: Record<string, unknown> = {}): JWTPayload {
  return {
    iss: ISSUER, aud: AUDIENCE, iat: NOW_S - 10, exp: NOW_S + 290, jti: 'd9b1c0de-0000-4000-8000-000000000001',
    sub: 'repo:org/app:ref:refs/heads/main', repository: 'org/app', repository_id: '42', repository_owner: 'org', repository_owner_id: '7',
    ref: 'refs/heads/main', event_name: 'push', runner_environment: 'github-hosted', actor: CANARY,
    ...overrides,
  };
}

/** Signs `claims` as given (undefined values dropped), RS256 with kid `k1` unless the header says otherwise. */
export async function signed(claims: JWTPayload, key: CryptoKey | Uint8Array, header: Record<string, unknown> = { alg: 'RS256', kid: 'k1' }): Promise<string> {
  const payload = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
  return new SignJWT(payload).setProtectedHeader(header as { alg: string }).sign(key);
}

export function unsignedToken(claims: JWTPayload): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

export class FakeAccess implements AccessView {
  generation = 1;
  assignments: RoleAssignment[];
  readonly revokedIds = new Set<string>();

  constructor(assignments: RoleAssignment[] = []) {
    this.assignments = assignments;
  }

  isRevoked(jti: string): boolean {
    return this.revokedIds.has(jti);
  }

  reloadIfChanged(): boolean {
    return false;
  }

  revoke(jti: string): void {
    this.revokedIds.add(jti);
    this.generation += 1;
  }

  replace(assignments: RoleAssignment[]): void {
    this.assignments = assignments;
    this.generation += 1;
  }
}

/** Serves `body` at any path on 127.0.0.1; counts requests. */
export async function jwksServer(body: () => string): Promise<{ url: URL; requests: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server: Server = createServer((_req, res) => {
    count += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/.well-known/jwks`),
    requests: () => count,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    }),
  };
}
