/**
 * Authentication failures, apart from the vault's errors: they happen before any vault
 * operation and map to HTTP 401 (503 for an unreachable issuer). `reason` is stable, for
 * tests, audit records and the server's mapping; the message is fixed per reason and never
 * holds the token or anything read from it.
 */

export type AuthenticationReason =
  | 'missing'
  | 'malformed'
  | 'bad-signature'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'expired'
  | 'not-yet-valid'
  | 'unknown-kid'
  | 'alg-not-allowed'
  | 'revoked'
  | 'no-assignment'
  | 'unknown-token'
  | 'issuer-unavailable';

const MESSAGES: Readonly<Record<AuthenticationReason, string>> = {
  missing: 'No bearer token: send Authorization: Bearer <token>.',
  malformed: 'The bearer token is malformed.',
  'bad-signature': 'The bearer token\'s signature does not verify.',
  'wrong-issuer': 'The bearer token was issued by an issuer this vault does not trust.',
  'wrong-audience': 'The bearer token is meant for another audience.',
  expired: 'The bearer token has expired.',
  'not-yet-valid': 'The bearer token is not valid yet.',
  'unknown-kid': 'The bearer token is signed with a key the issuer does not publish.',
  'alg-not-allowed': 'The bearer token\'s algorithm is not allowed.',
  revoked: 'The bearer token has been revoked.',
  'no-assignment': 'No role assignment matches the bearer token\'s claims.',
  'unknown-token': 'The bearer token is neither a JWT nor this server\'s admin token.',
  'issuer-unavailable': 'The token issuer\'s keys could not be fetched; try again later.',
};

export class AuthenticationError extends Error {
  readonly reason: AuthenticationReason;

  /** `cause` is kept for debugging; jose's errors carry no token, only claim names. */
  constructor(reason: AuthenticationReason, cause?: unknown) {
    super(`Authentication failed (${reason}): ${MESSAGES[reason]}`, cause === undefined ? undefined : { cause });
    this.name = 'AuthenticationError';
    this.reason = reason;
  }
}

/** The issuer's JWKS could not be fetched (unreachable, not 200, oversized): our fetch throws it, jose passes it on. */
export class IssuerUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'IssuerUnavailableError';
  }
}

/** Every reason, for tests and the server's status table. */
export const AUTHENTICATION_REASONS = Object.keys(MESSAGES) as AuthenticationReason[];

/** The jose failure → our reason. Anything not listed is a malformed token. */
export function reasonForJoseError(error: unknown): AuthenticationReason {
  const { code, claim, reason } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; claim?: unknown; reason?: unknown };
  switch (code) {
    case 'ERR_JWT_EXPIRED': return 'expired';
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED': return 'bad-signature';
    case 'ERR_JOSE_ALG_NOT_ALLOWED': return 'alg-not-allowed';
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS': return 'unknown-kid';
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JWKS_INVALID':
    case 'ERR_JOSE_GENERIC': return 'issuer-unavailable';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'iss') return 'wrong-issuer';
      if (claim === 'aud') return 'wrong-audience';
      // A time claim that is present but in the future; a missing or non-numeric one is malformed.
      if ((claim === 'nbf' || claim === 'iat') && reason === 'check_failed') return 'not-yet-valid';
      return 'malformed';
    default:
      return error instanceof IssuerUnavailableError ? 'issuer-unavailable' : 'malformed';
  }
}
