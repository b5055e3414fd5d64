/**
 * When a failed request is sent again, and after how long. Pure: the clock, the random source
 * and the sleep are the caller's, so tests can assert exact delays.
 *
 * Only what cannot do harm twice is retried. A GET is retried on 429, 502, 503, 504 and on a
 * connection that failed or was reset. A PUT, PATCH, POST or DELETE creates a version, spends a
 * rate limit or changes state, so it is sent again only when the first attempt provably did
 * nothing: the connection was refused, or the server answered 429/503 *with* a Retry-After,
 * which says it turned the request away before doing anything.
 */
import { isTransient, type TransportError } from './https-transport.js';

export interface RetryOptions {
  /** Attempts in all, the first included (default 4). */
  readonly maxAttempts?: number;
  /** The backoff's first ceiling; it doubles per attempt (default 500 ms). */
  readonly baseDelayMs?: number;
  /** The backoff's largest ceiling (default 8 s). */
  readonly maxDelayMs?: number;
  /** A server's Retry-After is honoured up to this (default 30 s). */
  readonly maxRetryAfterMs?: number;
  /** No attempt starts later than this after the first (default 120 s). */
  readonly deadlineMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 30_000, deadlineMs: 120_000 };

/** Caps on what a caller may configure, so that a typo cannot make a step hang for hours. */
const MAX_ATTEMPTS = 10;

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY, ...options };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1 || policy.maxAttempts > MAX_ATTEMPTS) {
    throw new RangeError(`retries.maxAttempts must be a whole number from 1 to ${MAX_ATTEMPTS}`);
  }
  return policy;
}

const IDEMPOTENT = new Set(['GET', 'HEAD']);
const RETRYABLE_GET_STATUS = new Set([429, 502, 503, 504]);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method);
}

/** May a request that got `status` be sent again? `retryAfter` is the parsed header, if any. */
export function retriesStatus(method: string, status: number, retryAfter: number | undefined): boolean {
  if (isIdempotent(method)) return RETRYABLE_GET_STATUS.has(status);
  return (status === 429 || status === 503) && retryAfter !== undefined;
}

/** May a request whose exchange failed be sent again? */
export function retriesFailure(method: string, error: TransportError): boolean {
  if (!isTransient(error)) return false;
  return isIdempotent(method) || !error.reachedServer;
}

/**
 * Retry-After (RFC 9110 §10.2.3): whole seconds, or an HTTP date. Undefined when absent or
 * unreadable; a date in the past is 0; capped at `maxMs`.
 */
export function parseRetryAfter(header: string | string[] | undefined, now: number, maxMs: number): number | undefined {
  const text = Array.isArray(header) ? header[0] : header;
  if (text === undefined || text.trim() === '') return undefined;
  const trimmed = text.trim();
  let ms: number;
  if (/^[0-9]{1,10}$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date) || !/[A-Za-z]/.test(trimmed)) return undefined;
    ms = Math.max(0, date - now);
  }
  return Math.min(ms, maxMs);
}

/**
 * Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a uniform delay
 * between 0 and the attempt's ceiling, so that clients that failed together do not retry
 * together. `attempt` is the one that failed, from 1.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
