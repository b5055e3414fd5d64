/**
 * What the official Azure SDK clients need to talk to a test server: a TokenCredential that
 * hands out a fixed bearer token, and a pipeline policy that sends every request through an
 * https.Agent trusting the server's CA (NODE_EXTRA_CA_CERTS is read only at process start).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { TokenCredential } from '@azure/core-auth';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';

export function fixedCredential(token: string): TokenCredential & { readonly calls: { scopes: string[]; tenantId: string | undefined }[] } {
  const calls: { scopes: string[]; tenantId: string | undefined }[] = [];
  return {
    calls,
    getToken: (scopes, options) => {
      calls.push({ scopes: Array.isArray(scopes) ? [...scopes] : [scopes], tenantId: options?.tenantId });
      return Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3_600_000 });
    },
  };
}

/** Resolves `*.localhost` to 127.0.0.1 (this machine's resolver does not); anything else as usual. */
const localhostLookup: LookupFunction = (hostname, options, callback) => {
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) {
    const all = (options as { all?: boolean }).all === true;
    if (all) (callback as (e: null, a: LookupAddress[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
    return;
  }
  dnsLookup(hostname, options, callback);
};

export interface SdkTransport {
  readonly agent: Agent;
  /** `METHOD path?query` of every call the client made (once per call: the challenge round trip is below this policy). */
  readonly requests: string[];
  readonly options: { additionalPolicies: { position: 'perCall'; policy: PipelinePolicy }[]; retryOptions: { maxRetries: number } };
}

/** A keep-alive agent trusting `ca` (resolving *.localhost locally), and client options that use it. */
export function sdkTransport(ca: string): SdkTransport {
  const agent = new Agent({ ca, keepAlive: true, maxSockets: 8, lookup: localhostLookup });
  const requests: string[] = [];
  const policy: PipelinePolicy = {
    name: 'coffer-ca',
    sendRequest: (request, next) => {
      const url = new URL(request.url);
      requests.push(`${request.method} ${url.pathname}${decodeURIComponent(url.search)}`);
      request.agent = agent;
      return next(request);
    },
  };
  // No retries: a refused request must surface as it is, not after back-off.
  return { agent, requests, options: { additionalPolicies: [{ position: 'perCall', policy }], retryOptions: { maxRetries: 0 } } };
}

/** The RestError fields the tests compare. */
export function restError(error: unknown): { name: string; statusCode: number | undefined; code: string | undefined } {
  const e = error as { name?: string; statusCode?: number; code?: string };
  return { name: e.name ?? '', statusCode: e.statusCode, code: e.code };
}

/** The innererror code the SDK deserialised from the error body (`details.error.innerError.code`). */
export function innerCode(error: unknown): string | undefined {
  return (error as { details?: { error?: { innerError?: { code?: string } } } }).details?.error?.innerError?.code;
}

/** Drains an async iterable into an array (bounded). */
export async function all<T>(items: AsyncIterable<T>, limit = 1000): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length > limit) throw new Error(`more than ${limit} items`);
  }
  return out;
}
