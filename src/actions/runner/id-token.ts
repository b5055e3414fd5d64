/**
 * The job's GitHub OIDC ID token (`permissions: id-token: write`), as @actions/core's
 * `getIDToken` fetches it — without its HTTP client, which costs the bundle ~1 MB (index.ts).
 * The runner gives the step a URL and a bearer token for it; the audience is appended as a
 * query parameter, and the answer is `{"value": "<JWT>"}`. The endpoint fails intermittently
 * (reference: github-actions.md, "Retry it"), so 429, 5xx and network failures are retried.
 *
 * Neither the request token nor the ID token ever appears in an error. The caller masks the ID
 * token before anything can print it: oidcTokenSource does so as it hands the token out.
 */
import { setTimeout as delay } from 'node:timers/promises';

export interface IdTokenOptions {
  readonly attempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** One attempt's budget (default 10 s). */
  readonly timeoutMs?: number;
}

const BASE_DELAY_MS = 1000;
/** A JWT is a few KiB; an answer far larger is not one, and is not read whole. */
const MAX_ANSWER_CHARS = 64 * 1024;
const MISSING = 'The GitHub OIDC token is not available to this step: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set. '
  + 'Add `permissions: id-token: write` to the job (or the workflow), or use `auth: token` with a `token` input.';

class IdTokenError extends Error {
  readonly retryable: boolean;

  constructor(message: string, retryable: boolean) {
    super(message);
    this.name = 'IdTokenError';
    this.retryable = retryable;
  }
}

/** The request URL with `audience` added to its query (the runner's URL already has one). */
export function idTokenUrl(base: string, audience: string): string {
  return `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
}

async function attempt(url: string, requestToken: string, fetchImpl: typeof fetch, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'GET', headers: { accept: 'application/json', authorization: `Bearer ${requestToken}` }, signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    // fetch's message names the failure (ECONNRESET, a timeout), never the headers.
    const why = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : 'network failure';
    throw new IdTokenError(`the request failed (${why.slice(0, 200)})`, true);
  }
  const text = await response.text();
  if (!response.ok) throw new IdTokenError(`the token service answered ${response.status}`, response.status === 429 || response.status >= 500);
  if (text.length > MAX_ANSWER_CHARS) throw new IdTokenError('the answer is too large to be a token', false);
  let value: unknown;
  try {
    value = (JSON.parse(text) as { value?: unknown }).value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || !/^[\x21-\x7e]+$/.test(value)) throw new IdTokenError('the answer holds no token (expected {"value": "<JWT>"})', false);
  return value;
}

/** Requests the job's ID token for `audience`. Three attempts, with full-jitter backoff between them. */
export async function requestIdToken(audience: string, env: NodeJS.ProcessEnv = process.env, fetchImpl: typeof fetch = fetch, options: IdTokenOptions = {}): Promise<string> {
  const base = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
  if (base === '' || requestToken === '') throw new Error(MISSING);
  if (audience === '') throw new Error('The OIDC audience is empty: expected the vault URL or the audience the vault is configured with.');
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const random = options.random ?? Math.random;
  const url = idTokenUrl(base, audience);
  for (let n = 1; ; n++) {
    try {
      return await attempt(url, requestToken, fetchImpl, options.timeoutMs ?? 10_000);
    } catch (error) {
      if (!(error instanceof IdTokenError)) throw error;
      if (!error.retryable || n >= attempts) {
        throw new Error(`Could not get the GitHub OIDC token for audience '${audience.slice(0, 256)}' (attempt ${n} of ${attempts}): ${error.message}.`);
      }
      await sleep(Math.floor(random() * BASE_DELAY_MS * 2 ** (n - 1)));
    }
  }
}

/** An ID token lives ~5 minutes; one older than this is fetched again, not sent near its expiry. */
const REUSE_MS = 4 * 60 * 1000;

/**
 * A token source for RemoteVault: fetches the ID token on first use, registers it as a mask
 * before returning it, and reuses it for four minutes. Concurrent callers share one request.
 */
export function oidcTokenSource(audience: string, mask: (secret: string) => void, env: NodeJS.ProcessEnv = process.env, fetchImpl: typeof fetch = fetch, options: IdTokenOptions & { now?: () => number } = {}): () => Promise<string> {
  const now = options.now ?? Date.now;
  let cached: { token: Promise<string>; at: number } | undefined;
  return () => {
    if (cached === undefined || now() - cached.at > REUSE_MS) {
      const token = requestIdToken(audience, env, fetchImpl, options).then((value) => {
        mask(value);
        return value;
      });
      const entry = { token, at: now() };
      cached = entry;
      // A failed request is not kept: the next call asks again.
      token.catch(() => {
        if (cached === entry) cached = undefined;
      });
    }
    return cached.token;
  };
}
