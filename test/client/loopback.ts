/**
 * A loopback HTTPS server (127.0.0.1:0) that answers canned Key Vault-shaped responses, for the
 * client's tests. Its certificate is made with the openssl CLI in a temporary folder, for
 * IP:127.0.0.1, and handed to the client as its CA. Every request is recorded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Recorded {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export type Handler = (request: Recorded, res: ServerResponse, index: number) => void;

export interface Loopback {
  readonly url: string;
  readonly requests: Recorded[];
  /** Handlers used in turn; the last one answers every later request. */
  answer(...handlers: Handler[]): void;
  close(): Promise<void>;
}

export interface TestCertificate {
  readonly cert: string;
  readonly key: string;
}

/** A self-signed P-256 certificate for 127.0.0.1, valid one day. */
export function makeCertificate(): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'coffer-client-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-days', '1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), key: readFileSync(join(dir, 'key.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_request, res) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
}

/** A Key Vault error answer. */
export function failure(status: number, code: string, message: string, innerCode?: string, headers: Record<string, string> = {}): Handler {
  return json(status, { error: { code, message, ...(innerCode === undefined ? {} : { innererror: { code: innerCode } }) } }, headers);
}

/** Cuts the connection without answering. */
export const reset: Handler = (_request, res) => {
  res.socket?.destroy();
};

export async function startLoopback(certificate: TestCertificate): Promise<Loopback> {
  const requests: Recorded[] = [];
  let handlers: Handler[] = [json(200, {})];
  const server = https.createServer({ cert: certificate.cert, key: certificate.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const index = requests.push(recorded) - 1;
      const handler = handlers[Math.min(index, handlers.length - 1)];
      handler?.(recorded, res, index);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    requests,
    answer: (...next) => {
      handlers = next;
      requests.length = 0;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    }),
  };
}

/** A port nothing listens on: one the system just gave out and took back. */
export async function closedPort(): Promise<number> {
  const server = https.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  return port;
}
