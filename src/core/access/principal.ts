/**
 * Who is calling. A principal is a name plus the claims that identify it (an OS user and
 * host, a GitHub run's repository and workflow, an OIDC token's subject). Claims go into
 * every audit record as AuditEvent.identity.claim.
 */

export interface Principal {
  /** A stable, human-readable name: `user@host`, `repo:org/app:ref:refs/heads/main`, … */
  readonly name: string;
  readonly claims: Readonly<Record<string, string>>;
}

/** Claims are bounded so that a hostile environment cannot bloat every audit record. */
const MAX_CLAIM_LENGTH = 512;
const MAX_CLAIMS = 32;

export function principal(name: string, claims: Readonly<Record<string, string | undefined>> = {}): Principal {
  const bounded: Record<string, string> = {};
  for (const [key, value] of Object.entries(claims).slice(0, MAX_CLAIMS)) {
    if (typeof value === 'string' && value.length > 0) bounded[key.slice(0, 64)] = value.slice(0, MAX_CLAIM_LENGTH);
  }
  return { name: name.slice(0, MAX_CLAIM_LENGTH), claims: bounded };
}
