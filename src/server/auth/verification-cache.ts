/**
 * Successful verifications, remembered so that a client reusing one token pays for its
 * signature once, not per request. Keyed by SHA-256 of the token (the token itself is never
 * kept as a key), bounded, and each entry lives until the token expires or five minutes have
 * passed, whichever is first. The authenticator clears it whenever the access file changes: a
 * revocation or a changed assignment must take effect at once.
 */
import { createHash } from 'node:crypto';

export const DEFAULT_CACHE_ENTRIES = 10_000;
const MAX_ENTRY_LIFETIME_MS = 5 * 60 * 1000;

interface Entry<T> {
  readonly value: T;
  readonly until: number;
}

export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64');
}

export class VerificationCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #capacity: number;

  constructor(capacity = DEFAULT_CACHE_ENTRIES) {
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(digest: string, nowMs: number): T | undefined {
    const entry = this.#entries.get(digest);
    if (entry === undefined) return undefined;
    if (entry.until <= nowMs) {
      this.#entries.delete(digest);
      return undefined;
    }
    return entry.value;
  }

  /** Remembers `value` until `expiresMs` (the token's exp) or five minutes from now. */
  set(digest: string, value: T, expiresMs: number, nowMs: number): void {
    const until = Math.min(expiresMs, nowMs + MAX_ENTRY_LIFETIME_MS);
    if (until <= nowMs) return;
    this.#entries.delete(digest);
    // Full: drop the oldest insertion (a Map iterates in insertion order). Simple and bounded;
    // a flood of distinct valid tokens only costs their verification again.
    if (this.#entries.size >= this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(digest, { value, until });
  }

  clear(): void {
    this.#entries.clear();
  }
}
