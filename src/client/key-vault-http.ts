/**
 * Requests to a Key Vault REST API: JSON in and out, `?api-version=`, a bearer token on every
 * attempt, retries under retry-policy.ts, error answers as VaultErrors, and paged lists
 * followed through their nextLinks — on the vault's own origin only, since a nextLink is the
 * server's text and following it elsewhere would send the token there.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { VaultError, quote } from '../core/errors.js';
import { LATEST_API_VERSION, type ApiVersion } from '../protocol/api-version.js';
import { vaultOrigin } from '../protocol/ids.js';
import { HttpsTransport, TransportError, type TransportResponse } from './https-transport.js';
import { readWireError, remoteError, sanitize } from './remote-error.js';
import { backoffDelay, parseRetryAfter, retriesFailure, retriesStatus, retryPolicy, type RetryOptions, type RetryPolicy } from './retry-policy.js';
import { loadCa } from './trust.js';

/** Where the bearer token comes from; called before every attempt (cache in the source). */
export type TokenSource = () => Promise<string>;

export interface KeyVaultHttpOptions {
  readonly token: TokenSource;
  /** The CA to trust alone (PEM text or a file path); default: Node's trust store. */
  readonly ca?: string | undefined;
  /** Requests in flight at most (sockets, and getSecrets' parallelism); default 8. */
  readonly maxParallel?: number | undefined;
  readonly retries?: RetryOptions | undefined;
  /** One attempt's budget (default 30 s). */
  readonly timeoutMs?: number | undefined;
  /** Largest response body accepted (default 4 MiB). */
  readonly maxResponseBytes?: number | undefined;
  readonly apiVersion?: ApiVersion | undefined;
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
  readonly random?: (() => number) | undefined;
  readonly now?: (() => number) | undefined;
}

export interface CallOptions {
  readonly body?: unknown;
  /** Strings the request carries that no error message may repeat (a value, key material). */
  readonly confidential?: readonly string[];
}

export const DEFAULT_MAX_PARALLEL = 8;
const MAX_PARALLEL = 64;
/** No list is longer than this many pages (100,000 items at 25 a page): a server that loops is cut off. */
const MAX_PAGES = 4000;
/** A visible-ASCII token: anything else could end the header and start another. */
const TOKEN = /^[\x21-\x7e]{1,16384}$/;

export class KeyVaultHttp {
  readonly origin: string;
  readonly maxParallel: number;
  readonly #transport: HttpsTransport;
  readonly #token: TokenSource;
  readonly #retry: RetryPolicy;
  readonly #apiVersion: ApiVersion;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: () => number;
  readonly #now: () => number;

  constructor(url: string, options: KeyVaultHttpOptions) {
    this.origin = vaultOrigin(url);
    this.maxParallel = options.maxParallel ?? DEFAULT_MAX_PARALLEL;
    if (!Number.isInteger(this.maxParallel) || this.maxParallel < 1 || this.maxParallel > MAX_PARALLEL) {
      throw new RangeError(`maxParallel must be a whole number from 1 to ${MAX_PARALLEL}`);
    }
    this.#retry = retryPolicy(options.retries);
    this.#token = options.token;
    this.#apiVersion = options.apiVersion ?? LATEST_API_VERSION;
    this.#sleep = options.sleep ?? ((ms) => delay(ms));
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? Date.now;
    this.#transport = new HttpsTransport({
      ca: options.ca === undefined ? undefined : loadCa(options.ca), maxSockets: this.maxParallel,
      maxResponseBytes: options.maxResponseBytes ?? 4 * 1024 * 1024, timeoutMs: options.timeoutMs ?? 30_000,
    });
  }

  /** `method path` (path relative to the origin, names already encoded); the parsed JSON answer, or undefined for an empty one. */
  async call(method: string, path: string, options: CallOptions = {}): Promise<unknown> {
    const url = new URL(path, `${this.origin}/`);
    url.searchParams.set('api-version', this.#apiVersion);
    return this.#call(method, url, options);
  }

  /** Every item of a paged list, each read by `parse`, following nextLink to the end. */
  async list<T>(path: string, parse: (item: unknown) => T): Promise<T[]> {
    const items: T[] = [];
    let page = await this.call('GET', path);
    const seen = new Set<string>();
    for (let pages = 1; ; pages++) {
      const { value, nextLink } = this.#page(page, path);
      for (const item of value) items.push(this.parse(item, parse, path));
      if (nextLink === undefined) return items;
      if (pages >= MAX_PAGES || seen.has(nextLink.href)) throw this.#invalid(path, `its list did not end after ${pages} pages`);
      seen.add(nextLink.href);
      page = await this.#call('GET', nextLink, {});
    }
  }

  /** Reads an answer with a protocol parser; a parser's refusal is the server's fault, said so. */
  parse<T>(body: unknown, parse: (body: unknown) => T, path: string): T {
    try {
      return parse(body);
    } catch (error) {
      throw this.#invalid(path, error instanceof Error ? error.message : 'it could not be read');
    }
  }

  close(): void {
    this.#transport.close();
  }

  #page(body: unknown, path: string): { value: readonly unknown[]; nextLink: URL | undefined } {
    const page = body !== null && typeof body === 'object' ? body as { value?: unknown; nextLink?: unknown } : {};
    if (!Array.isArray(page.value)) throw this.#invalid(path, 'a list page has no value array');
    if (page.nextLink === undefined || page.nextLink === null || page.nextLink === '') return { value: page.value, nextLink: undefined };
    let next: URL | undefined;
    try {
      next = typeof page.nextLink === 'string' ? new URL(page.nextLink) : undefined;
    } catch {
      next = undefined;
    }
    // The token goes wherever the link points: only the vault's own origin, over https, is followed.
    if (next?.origin !== this.origin || next.protocol !== 'https:') {
      throw this.#invalid(path, `its nextLink ${quote(typeof page.nextLink === 'string' ? page.nextLink : 'a non-string', 128)} leaves the vault's origin ${this.origin}; it was not followed`);
    }
    if (!next.searchParams.has('api-version')) next.searchParams.set('api-version', this.#apiVersion);
    return { value: page.value, nextLink: next };
  }

  async #call(method: string, url: URL, options: CallOptions): Promise<unknown> {
    const body = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body), 'utf8');
    const requestId = randomUUID();
    const started = this.#now();
    for (let attempt = 1; ; attempt++) {
      const token = await this.#bearer();
      const confidential = [token, ...(options.confidential ?? [])];
      const context = { origin: this.origin, path: url.pathname, confidential };
      let response: TransportResponse;
      let wait: number;
      let failure: VaultError;
      try {
        response = await this.#transport.send({ method, url, body, headers: this.#headers(token, requestId, body) });
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        failure = new VaultError('StorageError', `Could not reach the vault at ${this.origin} (${method} ${url.pathname}): ${error.code}, ${sanitize(error.message, confidential)}.`);
        if (attempt >= this.#retry.maxAttempts || !retriesFailure(method, error)) throw failure;
        wait = backoffDelay(this.#retry, attempt, this.#random);
        await this.#pause(wait, started, failure);
        continue;
      }
      if (response.status >= 200 && response.status < 300) return this.#json(response, url.pathname);
      if (response.status === 401) throw unauthorized(this.origin, response, context.confidential);
      failure = remoteError(response.status, response.body, context);
      const retryAfter = parseRetryAfter(response.headers['retry-after'], this.#now(), this.#retry.maxRetryAfterMs);
      if (attempt >= this.#retry.maxAttempts || !retriesStatus(method, response.status, retryAfter)) throw failure;
      wait = retryAfter ?? backoffDelay(this.#retry, attempt, this.#random);
      await this.#pause(wait, started, failure);
    }
  }

  /** Sleeps before the next attempt, unless that attempt would start after the deadline. */
  async #pause(ms: number, started: number, failure: VaultError): Promise<void> {
    if (this.#now() + ms - started > this.#retry.deadlineMs) throw failure;
    await this.#sleep(ms);
  }

  async #bearer(): Promise<string> {
    const token = await this.#token();
    if (typeof token !== 'string' || !TOKEN.test(token)) {
      throw new VaultError('BadParameter', 'The bearer token for the vault is empty, too long, or holds characters an HTTP header cannot carry.');
    }
    return token;
  }

  #headers(token: string, requestId: string, body: Buffer | undefined): Record<string, string> {
    return {
      accept: 'application/json', authorization: `Bearer ${token}`, 'user-agent': 'coffer', 'x-ms-client-request-id': requestId,
      ...(body === undefined ? { 'content-length': '0' } : { 'content-type': 'application/json', 'content-length': String(body.length) }),
    };
  }

  #json(response: TransportResponse, path: string): unknown {
    if (response.body.length === 0) return undefined;
    try {
      return JSON.parse(response.body.toString('utf8'));
    } catch {
      throw this.#invalid(path, 'its answer is not JSON');
    }
  }

  #invalid(path: string, why: string): VaultError {
    return new VaultError('StorageError', `The vault at ${this.origin} gave an invalid answer to ${path}: ${why}.`);
  }
}

/** 401 with a token: the token is refused. Said once, not retried: a second try would be refused the same way. */
function unauthorized(origin: string, response: TransportResponse, confidential: readonly string[]): VaultError {
  const challenge = response.headers['www-authenticate'] ?? '';
  const resource = /resource="([^"]{1,256})"/.exec(challenge)?.[1];
  const message = readWireError(response.body).message;
  const said = message === undefined ? '' : ` The vault said: ${sanitize(message, confidential)}`;
  const hint = resource === undefined ? '' : ` The vault expects tokens for ${quote(sanitize(resource, confidential), 256)}.`;
  return new VaultError('Unauthorized', `The vault at ${origin} refused the bearer token (401 Unauthorized): it is missing, expired, or issued for another audience.${hint}${said}`);
}
