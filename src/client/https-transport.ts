/**
 * One HTTPS exchange with a vault: a request out, a bounded response back, over a keep-alive
 * agent whose socket count is the client's parallelism bound. No retries, no auth and no JSON
 * here (key-vault-http.ts does those); this file only moves bytes and says how a failure
 * happened, because whether a request may be retried depends on whether it reached the server.
 */
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

export interface TransportOptions {
  /** Trusted CA certificates (PEM); undefined: Node's default trust store. */
  readonly ca?: readonly string[] | undefined;
  /** Sockets per origin, at most: the bound on requests in flight. */
  readonly maxSockets: number;
  /** A response body larger than this is refused, not buffered. */
  readonly maxResponseBytes: number;
  /** One attempt's budget, from sending to the last byte of the response. */
  readonly timeoutMs: number;
}

export interface TransportRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer | undefined;
}

export interface TransportResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/**
 * A failed exchange. `reachedServer` is false only when the request provably never arrived
 * (the connection was refused, the name did not resolve): then even a POST may be sent again.
 */
export class TransportError extends Error {
  readonly code: string;
  readonly reachedServer: boolean;

  constructor(code: string, message: string, reachedServer: boolean) {
    super(message);
    this.name = 'TransportError';
    this.code = code;
    this.reachedServer = reachedServer;
  }
}

/** Codes meaning no byte of the request reached a server. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Codes a later attempt may cure: the others (a certificate the client does not trust) it will not. */
const TRANSIENT = new Set([...NEVER_SENT, 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED']);

export function isTransient(error: TransportError): boolean {
  return TRANSIENT.has(error.code);
}

function transportError(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? 'ECONNRESET';
  // Node's own messages name the host and port, or the TLS failure; never a header or body.
  const message = error instanceof Error ? error.message.slice(0, 300) : 'the connection failed';
  return new TransportError(code, message, !NEVER_SENT.has(code));
}

export class HttpsTransport {
  readonly #agent: https.Agent;
  readonly #options: TransportOptions;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#agent = new https.Agent({
      keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, scheduling: 'lifo',
      ...(options.ca === undefined ? {} : { ca: [...options.ca] }),
    });
  }

  send(request: TransportRequest): Promise<TransportResponse> {
    if (request.url.protocol !== 'https:') {
      return Promise.reject(new TransportError('EPROTO', `refused to send a request over ${request.url.protocol}: only https:// is used`, false));
    }
    return new Promise<TransportResponse>((resolve, reject) => {
      const fail = (error: unknown): void => { reject(transportError(error)); };
      const req = https.request(request.url, { method: request.method, headers: request.headers, agent: this.#agent }, (res) => {
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > this.#options.maxResponseBytes) {
          req.destroy(tooLarge(this.#options.maxResponseBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let refused = false;
        res.on('data', (chunk: Buffer) => {
          if (refused) return;
          size += chunk.length;
          // Counted as it arrives: a server that lies about (or omits) its length cannot make the client buffer more.
          if (size > this.#options.maxResponseBytes) {
            // Refused here, at once: whether 'end' or 'error' comes next differs between Node versions.
            refused = true;
            fail(tooLarge(this.#options.maxResponseBytes));
            req.destroy();
          } else {
            chunks.push(chunk);
          }
        });
        res.on('end', () => {
          if (!refused) resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks, size) });
        });
        res.on('error', fail);
        res.on('aborted', () => { fail(new TransportError('ECONNRESET', 'the response was cut off', true)); });
      });
      req.setTimeout(this.#options.timeoutMs, () => {
        req.destroy(new TransportError('ETIMEDOUT', `no complete answer within ${this.#options.timeoutMs} ms`, true));
      });
      req.on('error', fail);
      req.end(request.body);
    });
  }

  /** Closes every socket; requests in flight fail. */
  close(): void {
    this.#agent.destroy();
  }
}

function tooLarge(max: number): TransportError {
  return new TransportError('EBODYTOOLARGE', `the response body is larger than ${max} bytes`, true);
}
