/**
 * Who a request is: the bearer token → an Identity (a Principal and the Authorizer that decides
 * for it). Three kinds, told apart by the JWS header rather than by trying every verifier:
 * HS256 → the vault's own token; RS256 → a GitHub Actions OIDC token; not a JWT → the bootstrap
 * admin token. Any other algorithm (`none` included) is refused before any key is touched.
 *
 * An OIDC token whose claims match no role assignment still authenticates: its identity gets an
 * authorizer that denies everything, so that each refused operation is audited by the vault
 * under the caller's name and answered 403, as Azure does (`rejectUnassigned` refuses it here
 * instead, with reason 'no-assignment').
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { decodeProtectedHeader } from 'jose';
import { BadParameterError } from '../../core/errors.js';
import { assignmentAuthorizer, scopeCovers, type Authorizer, type RoleAssignment } from '../../core/access/decision.js';
import { assignmentsFor } from '../../core/access/assignments.js';
import { roleGrants, type RoleName } from '../../core/access/permissions.js';
import { principal as makePrincipal, type Principal } from '../../core/access/principal.js';
import { AuthenticationError } from './errors.js';
import { verifyOidcToken, type OidcSettings } from './oidc.js';
import { verifyVaultToken } from './vault-token.js';
import { VerificationCache, tokenDigest } from './verification-cache.js';

export type IdentityKind = 'oidc' | 'vault-token' | 'admin';

export interface Identity {
  readonly principal: Principal;
  readonly authorizer: Authorizer;
  readonly kind: IdentityKind;
}

/** What the authenticator needs of the access file (AccessFile implements it). */
export interface AccessView {
  readonly generation: number;
  readonly assignments: readonly RoleAssignment[];
  isRevoked(jti: string): boolean;
  reloadIfChanged(): boolean;
}

export interface AuthenticatorOptions {
  readonly access: AccessView;
  /** Accept GitHub Actions OIDC tokens from this issuer. */
  readonly oidc?: OidcSettings;
  /** Accept the vault's own tokens: the derived key and vaultTokenAudience(vaultId). */
  readonly vaultTokens?: { readonly key: Buffer; readonly audience: string };
  /** COFFER_ADMIN_TOKEN: at least 32 characters. */
  readonly adminToken?: string;
  readonly rejectUnassigned?: boolean;
  readonly clock?: () => Date;
  readonly cacheEntries?: number;
}

export const MIN_ADMIN_TOKEN_LENGTH = 32;
/** Far above any real token (GitHub's are ~1 KiB), far below the header limit. */
const MAX_TOKEN_LENGTH = 8 * 1024;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

interface Verified {
  readonly identity: Identity;
  readonly jti: string | undefined;
  readonly expiresMs: number;
  /** The access file's generation the identity was built from; a stale one is not cached. */
  readonly generation: number;
}

/** Exactly one role over one scope, whoever asks: what a vault token or the admin token carries. */
export function fixedGrant(role: RoleName, scope: string, name: string): Authorizer {
  const assignment: RoleAssignment = { principal: name, role, scope };
  return {
    decide: (_who, permission, resource) => (roleGrants(role, permission) && scopeCovers(scope, resource) ? { allowed: true, assignment } : { allowed: false }),
  };
}

function bearerToken(authorization: string | undefined): string {
  if (authorization === undefined || authorization.trim() === '') throw new AuthenticationError('missing');
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  if (match?.[1] === undefined || match[1].length > MAX_TOKEN_LENGTH) throw new AuthenticationError('malformed');
  return match[1];
}

function algorithmOf(token: string): string | undefined {
  if (!JWT_SHAPE.test(token)) return undefined;
  try {
    const alg = decodeProtectedHeader(token).alg;
    return typeof alg === 'string' ? alg : '';
  } catch {
    throw new AuthenticationError('malformed');
  }
}

export class Authenticator {
  readonly #options: AuthenticatorOptions;
  readonly #clock: () => Date;
  readonly #adminDigest: Buffer | undefined;
  readonly #cache: VerificationCache<Verified>;
  readonly #inflight = new Map<string, Promise<Verified>>();
  #generation: number;

  constructor(options: AuthenticatorOptions) {
    const admin = options.adminToken;
    if (admin !== undefined && admin.length < MIN_ADMIN_TOKEN_LENGTH) {
      throw new BadParameterError(`COFFER_ADMIN_TOKEN is ${admin.length} characters: it must be at least ${MIN_ADMIN_TOKEN_LENGTH} (e.g. openssl rand -base64 32).`);
    }
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
    this.#adminDigest = admin === undefined ? undefined : createHash('sha256').update(admin).digest();
    this.#cache = new VerificationCache(options.cacheEntries);
    this.#generation = options.access.generation;
  }

  /** Verified tokens currently remembered. */
  get cachedEntries(): number {
    return this.#cache.size;
  }

  /** Forgets every verification: the next request with any token verifies it afresh. */
  clearCache(): void {
    this.#cache.clear();
  }

  /** The Identity for an Authorization header, or AuthenticationError with a stable reason. */
  async authenticate(authorization: string | undefined): Promise<Identity> {
    const token = bearerToken(authorization);
    this.#syncAccess();
    const digest = tokenDigest(token);
    const nowMs = this.#clock().getTime();
    const cached = this.#cache.get(digest, nowMs);
    if (cached !== undefined) return this.#unlessRevoked(cached).identity;
    let pending = this.#inflight.get(digest);
    if (pending === undefined) {
      // Concurrent first uses of one token share a single verification.
      pending = this.#verify(token).finally(() => this.#inflight.delete(digest));
      this.#inflight.set(digest, pending);
    }
    const verified = this.#unlessRevoked(await pending);
    if (verified.identity.kind !== 'admin' && verified.generation === this.#options.access.generation) {
      this.#cache.set(digest, verified, verified.expiresMs, nowMs);
    }
    return verified.identity;
  }

  /** Picks up access-file changes; any change (a revocation, an assignment) empties the cache. */
  #syncAccess(): void {
    this.#options.access.reloadIfChanged();
    const generation = this.#options.access.generation;
    if (generation !== this.#generation) {
      this.#cache.clear();
      this.#generation = generation;
    }
  }

  #unlessRevoked(verified: Verified): Verified {
    if (verified.jti !== undefined && this.#options.access.isRevoked(verified.jti)) throw new AuthenticationError('revoked');
    return verified;
  }

  async #verify(token: string): Promise<Verified> {
    const alg = algorithmOf(token);
    if (alg === undefined) return this.#admin(token);
    if (alg === 'HS256' && this.#options.vaultTokens !== undefined) return this.#vaultToken(token, this.#options.vaultTokens);
    if (alg === 'RS256' && this.#options.oidc !== undefined) return this.#oidc(token, this.#options.oidc);
    throw new AuthenticationError('alg-not-allowed');
  }

  /** Compares digests in constant time: neither the token's length nor its prefix leaks. */
  #admin(token: string): Verified {
    const digest = createHash('sha256').update(token).digest();
    if (this.#adminDigest === undefined || !timingSafeEqual(digest, this.#adminDigest)) throw new AuthenticationError('unknown-token');
    const principal = makePrincipal('admin', { token_kind: 'admin' });
    // The bootstrap token administers both the vault and who may use it.
    const vault = fixedGrant('Administrator', '/', principal.name);
    const access = fixedGrant('Data Access Administrator', '/', principal.name);
    const authorizer: Authorizer = { decide: (who, permission, resource) => { const d = vault.decide(who, permission, resource); return d.allowed ? d : access.decide(who, permission, resource); } };
    const identity: Identity = { principal, authorizer, kind: 'admin' };
    return { identity, jti: undefined, expiresMs: 0, generation: this.#options.access.generation };
  }

  async #vaultToken(token: string, settings: { readonly key: Buffer; readonly audience: string }): Promise<Verified> {
    const grant = await verifyVaultToken(token, settings.key, settings.audience, this.#clock());
    const principal = makePrincipal(grant.principal, { token_kind: 'vault', jti: grant.jti, role: grant.role, scope: grant.scope });
    const identity: Identity = { principal, authorizer: fixedGrant(grant.role, grant.scope, grant.principal), kind: 'vault-token' };
    return { identity, jti: grant.jti, expiresMs: grant.expires.getTime(), generation: this.#options.access.generation };
  }

  async #oidc(token: string, settings: OidcSettings): Promise<Verified> {
    const kid = decodeProtectedHeader(token).kid;
    const verified = await verifyOidcToken(token, typeof kid === 'string' ? kid : undefined, settings, this.#clock());
    const generation = this.#options.access.generation;
    const matched = assignmentsFor(this.#options.access.assignments, verified.principal);
    if (matched.length === 0 && this.#options.rejectUnassigned === true) throw new AuthenticationError('no-assignment');
    const identity: Identity = { principal: verified.principal, authorizer: assignmentAuthorizer(matched), kind: 'oidc' };
    return { identity, jti: verified.jti, expiresMs: verified.expires.getTime(), generation };
  }
}
