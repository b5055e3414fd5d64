/**
 * A real `coffer serve` in-process for the server tests: a fresh data dir, the real
 * authenticator (bootstrap admin token + the vault's own tokens), TLS from the server's own CA.
 * Plus raw HTTPS/TLS request helpers that send paths verbatim.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpsRequest, type AgentOptions } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { principal } from '../../src/core/access/principal.js';
import { MasterKey } from '../../src/core/crypto/master-key.js';
import type { AuditRecord } from '../../src/core/audit/record.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { Authenticator } from '../../src/server/auth/authenticate.js';
import { mintToken, vaultTokenAudience } from '../../src/server/auth/vault-token.js';

export const API = 'api-version=7.6';

export interface TestServer {
  readonly url: string;
  readonly port: number;
  /** PEM of the CA that signed the server's certificate. */
  readonly ca: string;
  readonly adminToken: string;
  readonly running: RunningServer;
  readonly logLines: string[];
  /** A vault token for one role over `scope` (default `/`), 15 minutes. */
  tokenFor(role: string, name?: string, scope?: string): Promise<string>;
  audit(): Promise<AuditRecord[]>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  readonly names?: readonly string[];
  readonly resource?: string;
  readonly limits?: { readonly handshakeTimeoutMs?: number; readonly bodyBudgetBytes?: number };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'coffer-server-'));
  const adminToken = randomBytes(33).toString('base64url');
  const logLines: string[] = [];
  const running = await startServer({
    dataDir: join(dir, 'data'), masterKey: MasterKey.generate(), principal: principal('test'), host: '127.0.0.1', port: 0,
    ...(options.names === undefined ? {} : { names: options.names }),
    ...(options.resource === undefined ? {} : { resource: options.resource }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    log: (line) => { logLines.push(line); },
    authenticator: (dataDir, access) => new Authenticator({
      access,
      vaultTokens: { key: dataDir.tokenKey, audience: vaultTokenAudience(dataDir.vault.vaultId) },
      adminToken,
    }),
  });
  if (running.caPath === undefined) throw new Error('the server issued no CA');
  const ca = readFileSync(running.caPath, 'utf8');
  const port = Number(new URL(running.url).port);
  let stopped = false;
  return {
    url: running.url, port, ca, adminToken, running, logLines,
    tokenFor: async (role, name = `test-${role.toLowerCase().replace(/ /g, '-')}`, scope = '/') => (await mintToken(
      { principal: name, role, scope, audience: vaultTokenAudience(running.dataDir.vault.vaultId) }, running.dataDir.tokenKey, new Date(),
    )).token,
    audit: async () => {
      const records: AuditRecord[] = [];
      for await (const record of running.dataDir.vault.readAudit()) records.push(record);
      return records;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A keep-alive agent trusting the server's CA. */
export function trustingAgent(ca: string, extra: AgentOptions = {}): Agent {
  return new Agent({ ca, keepAlive: true, maxSockets: 4, ...extra });
}

export interface RawReply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface RawRequest {
  readonly method: string;
  /** Sent verbatim (node checks only for characters outside 0x21-0xff). */
  readonly path: string;
  readonly token?: string;
  readonly body?: string | Buffer;
  readonly headers?: Record<string, string>;
  /** Send the body chunked, without a content-length. */
  readonly chunked?: boolean;
}

/** One request through node:https; the body as given. */
export function send(server: TestServer, agent: Agent, req: RawRequest): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...req.headers };
    if (req.token !== undefined) headers.authorization = `Bearer ${req.token}`;
    if (req.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      if (req.chunked !== true) headers['content-length'] = String(Buffer.byteLength(req.body));
    }
    const r = httpsRequest({ host: '127.0.0.1', port: server.port, method: req.method, path: req.path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parsed(text) });
      });
    });
    r.on('error', reject);
    r.setTimeout(30_000, () => r.destroy(new Error('request timed out')));
    if (req.body !== undefined) r.end(req.body);
    else r.end();
  });
}

/** One request written byte for byte over a fresh TLS connection (`Connection: close`); the reply's status line and body. */
export function sendRaw(server: TestServer, head: string, body: Buffer = Buffer.alloc(0)): Promise<{ status: number; text: string; json: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: server.port, ca: server.ca, servername: 'localhost' }, () => {
      socket.write(Buffer.concat([Buffer.from(head, 'utf8'), body]));
    });
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error('raw request timed out')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      const payload = split < 0 ? '' : text.slice(split + 4);
      resolve({ status, text: payload, json: parsed(payload) });
    });
  });
}

/** A request head for sendRaw: the target as given, Host, a bearer token, Connection: close. */
export function rawHead(method: string, target: string, token: string | undefined, extra: Record<string, string> = {}): string {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  if (token !== undefined) lines.push(`Authorization: Bearer ${token}`);
  for (const [k, v] of Object.entries(extra)) lines.push(`${k}: ${v}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** The Key Vault error shape: `{error:{code,message}}` with two strings. */
export function isErrorShape(json: unknown): boolean {
  const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}
