/**
 * The vault's own bearer tokens: HS256 JWTs granting one role over one scope to a named
 * principal, for callers without an OIDC issuer (a laptop, another CI system). Short-lived
 * (15 minutes by default, 24 hours at most) and revocable by `jti`.
 *
 * Why HMAC with a key derived from the vault's data key, rather than an asymmetric key kept in
 * the vault's own key namespace: anyone granted keys/sign on such a key (a Crypto User, say)
 * could sign a token naming Administrator and so mint themselves any role. The derived key is
 * reachable only through the master key, which already is everything.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { BadParameterError, quote } from '../../core/errors.js';
import { parseRole, parseScope } from '../../core/access/assignment-parse.js';
import type { RoleName } from '../../core/access/permissions.js';
import type { RandomSource } from '../../core/crypto/envelope.js';
import { AuthenticationError, reasonForJoseError } from './errors.js';

export const VAULT_TOKEN_ISSUER = 'coffer';
export const DEFAULT_TOKEN_TTL_SECONDS = 15 * 60;
export const MAX_TOKEN_TTL_SECONDS = 24 * 60 * 60;
/** Clock skew tolerated between the machine that minted a token and the server. */
export const CLOCK_TOLERANCE_SECONDS = 60;
const MAX_PRINCIPAL_NAME = 256;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The audience of a vault's tokens: its id, so that server and CLI agree without knowing a URL. */
export function vaultTokenAudience(vaultId: string): string {
  return `coffer:${vaultId}`;
}

export interface MintRequest {
  readonly principal: string;
  /** A RoleName; checked, since it may come from a command line. */
  readonly role: string;
  readonly scope?: string;
  /** Default 15 minutes; at most 24 hours. */
  readonly ttlSeconds?: number;
  /** See vaultTokenAudience. */
  readonly audience: string;
}

export interface MintedToken {
  readonly token: string;
  readonly jti: string;
  readonly expires: Date;
}

/** What a verified vault token grants. */
export interface VaultTokenGrant {
  readonly principal: string;
  readonly role: RoleName;
  readonly scope: string;
  readonly jti: string;
  readonly expires: Date;
}

function checkPrincipalName(name: string): string {
  if (name.length === 0 || name.length > MAX_PRINCIPAL_NAME || CONTROL.test(name)) {
    throw new BadParameterError(`Invalid principal ${quote(name)}: expected 1-${MAX_PRINCIPAL_NAME} printable characters.`);
  }
  return name;
}

function checkTtl(ttl: number): number {
  if (!Number.isSafeInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) {
    throw new BadParameterError(`Invalid token lifetime ${quote(String(ttl))}: expected 1 to ${MAX_TOKEN_TTL_SECONDS} seconds (24 hours).`);
  }
  return ttl;
}

/** Signs a token. BadParameterError (quoting the bad value) for a bad principal, role, scope or TTL. */
export async function mintToken(request: MintRequest, tokenKey: Buffer, now: Date, random: RandomSource = randomBytes): Promise<MintedToken> {
  const principal = checkPrincipalName(request.principal);
  const role = parseRole(request.role);
  const scope = parseScope(request.scope ?? '/');
  const ttl = checkTtl(request.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS);
  const jti = random(16).toString('hex');
  const iat = Math.floor(now.getTime() / 1000);
  const token = await new SignJWT({ coffer_role: role, coffer_scope: scope })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(VAULT_TOKEN_ISSUER).setAudience(request.audience).setSubject(principal).setJti(jti)
    .setIssuedAt(iat).setExpirationTime(iat + ttl)
    .sign(tokenKey);
  return { token, jti, expires: new Date((iat + ttl) * 1000) };
}

/**
 * Verifies a vault token: HS256 only, our issuer and audience, exp and iat required with 60 s of
 * skew, a lifetime of at most 24 hours, a known role and a valid scope. Revocation is the
 * caller's check (it owns the access file). Throws AuthenticationError.
 */
export async function verifyVaultToken(token: string, tokenKey: Buffer, audience: string, now: Date): Promise<VaultTokenGrant> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, tokenKey, {
      algorithms: ['HS256'], issuer: VAULT_TOKEN_ISSUER, audience, clockTolerance: CLOCK_TOLERANCE_SECONDS, currentDate: now,
      requiredClaims: ['exp', 'iat', 'jti', 'sub'], maxTokenAge: MAX_TOKEN_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    throw new AuthenticationError(reasonForJoseError(error), error);
  }
  const { sub, jti, exp, iat, coffer_role: role, coffer_scope: scope } = payload;
  try {
    if (typeof sub !== 'string' || typeof jti !== 'string' || exp === undefined || iat === undefined) throw new BadParameterError('claims');
    if (exp - iat > MAX_TOKEN_TTL_SECONDS) throw new BadParameterError('lifetime');
    return { principal: checkPrincipalName(sub), role: parseRole(role), scope: parseScope(scope), jti, expires: new Date(exp * 1000) };
  } catch {
    // Signed by us, yet not what we mint: refuse without echoing its claims.
    throw new AuthenticationError('malformed');
  }
}
