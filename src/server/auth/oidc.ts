/**
 * GitHub Actions OIDC tokens: RS256 JWTs from a configured issuer, verified against its JWKS —
 * fetched from the issuer (jose caches it and refetches on an unknown kid at most every 30 s)
 * or read from a local file for air-gapped servers. The claims become the Principal that role
 * assignments are matched against.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, customFetch, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { BadParameterError, quote } from '../../core/errors.js';
import { readFully } from '../../core/store/durable-file.js';
import { principal, type Principal } from '../../core/access/principal.js';
import { AuthenticationError, IssuerUnavailableError, reasonForJoseError } from './errors.js';
import { CLOCK_TOLERANCE_SECONDS } from './vault-token.js';

/** GitHub's tokens live minutes; an older iat is refused even if exp says otherwise. */
const MAX_OIDC_TOKEN_AGE_SECONDS = 60 * 60;
/** A JWKS holds a handful of public keys; anything far larger is not one. */
export const MAX_JWKS_BYTES = 256 * 1024;
const JWKS_FETCH_TIMEOUT_MS = 5_000;

/** The claims copied into the Principal: what assignments match on and audit records show. */
const OIDC_CLAIMS = [
  'sub', 'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'ref', 'ref_type', 'environment',
  'event_name', 'workflow_ref', 'job_workflow_ref', 'actor', 'actor_id', 'run_id', 'run_attempt', 'runner_environment',
  'head_ref', 'base_ref', 'sha', 'jti',
] as const;

/** Either kind of key set: a function jwtVerify asks for the key a header names. */
export type KeySet = ReturnType<typeof createLocalJWKSet> | ReturnType<typeof createRemoteJWKSet>;

export interface OidcSettings {
  /** Exact issuer: `https://token.actions.githubusercontent.com`. */
  readonly issuer: string;
  /** Exact audience the workflow asked for (core.getIDToken(audience)). */
  readonly audience: string;
  readonly keys: KeySet;
}

/** Fetches a JWKS, reading at most MAX_JWKS_BYTES: jose itself would buffer a body of any size. */
async function boundedFetch(url: string | URL, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    // A timeout stays jose's (JWKSTimeout); anything else means the issuer is out of reach.
    if ((error as Error | null)?.name === 'TimeoutError') throw error;
    throw new IssuerUnavailableError('The JWKS could not be fetched.', error);
  }
  // Node's web streams are async-iterable; leaving the loop early cancels the body.
  const body = response.body as AsyncIterable<Uint8Array> | null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body ?? []) {
    size += chunk.length;
    if (size > MAX_JWKS_BYTES) throw new IssuerUnavailableError(`The JWKS response is over ${MAX_JWKS_BYTES} bytes.`);
    chunks.push(chunk);
  }
  return new Response(Buffer.concat(chunks), { status: response.status, headers: response.headers });
}

/** The issuer's published keys, fetched and cached (default URL: `<issuer>/.well-known/jwks`). */
export function remoteKeySet(url: URL): KeySet {
  return createRemoteJWKSet(url, { timeoutDuration: JWKS_FETCH_TIMEOUT_MS, [customFetch]: boundedFetch });
}

/** A JWKS as JSON text; BadParameterError (naming `source`, not the content) if it is not one. */
export function parseKeySet(text: string, source: string): KeySet {
  let jwks: unknown;
  try {
    jwks = JSON.parse(text);
  } catch {
    throw new BadParameterError(`The JWKS ${quote(source, 200)} is not JSON.`);
  }
  const keys = (jwks as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0 || keys.length > 100) throw new BadParameterError(`The JWKS ${quote(source, 200)} has no keys list (expected { "keys": [...] }, 1-100 keys).`);
  return createLocalJWKSet(jwks as JSONWebKeySet);
}

/** A JWKS file, for a server that cannot reach the issuer. */
export function localKeySetFile(path: string): KeySet {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_JWKS_BYTES) throw new BadParameterError(`The JWKS file ${quote(path, 200)} is ${size} bytes: the limit is ${MAX_JWKS_BYTES}.`);
    return parseKeySet(readFully(fd, 0, size).toString('utf8'), path);
  } finally {
    closeSync(fd);
  }
}

/** The Principal for verified claims: named by `sub`, holding the string claims above (bounded). */
export function oidcPrincipal(payload: JWTPayload): Principal {
  const claims: Record<string, string | undefined> = {};
  for (const claim of OIDC_CLAIMS) {
    const value = payload[claim];
    if (typeof value === 'string') claims[claim] = value;
  }
  return principal(typeof payload.sub === 'string' ? payload.sub : 'oidc', claims);
}

export interface VerifiedOidcToken {
  readonly principal: Principal;
  readonly expires: Date;
  readonly jti: string | undefined;
}

/**
 * Verifies a GitHub Actions OIDC token: RS256 only, a `kid` naming one of the issuer's keys,
 * the exact issuer and audience, exp and iat required, nbf and iat not in the future, 60 s of
 * skew. Throws AuthenticationError.
 */
export async function verifyOidcToken(token: string, kid: string | undefined, settings: OidcSettings, now: Date): Promise<VerifiedOidcToken> {
  // GitHub always names its key; without a kid, any key in the set would be tried.
  if (kid === undefined) throw new AuthenticationError('unknown-kid');
  try {
    const { payload } = await jwtVerify(token, settings.keys, {
      algorithms: ['RS256'], issuer: settings.issuer, audience: settings.audience, clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: now, requiredClaims: ['exp', 'iat', 'sub'], maxTokenAge: MAX_OIDC_TOKEN_AGE_SECONDS,
    });
    return { principal: oidcPrincipal(payload), expires: new Date((payload.exp ?? 0) * 1000), jti: typeof payload.jti === 'string' ? payload.jti : undefined };
  } catch (error) {
    throw new AuthenticationError(reasonForJoseError(error), error);
  }
}
