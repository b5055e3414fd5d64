/**
 * `coffer serve`'s HTTPS server: the Key Vault data plane over one LocalVault. Each request is
 * authenticated (401 and the challenge before its body is read, as the SDK expects), routed,
 * and run as its caller through the vault, which decides access and writes the audit record.
 * A request refused before it reaches the vault (no token, a bad api-version, an unknown path,
 * a malformed body) is audited here. No business logic lives here: see routes-*.ts.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { VaultError, isVaultError } from '../core/errors.js';
import type { LocalVault } from '../core/vault.js';
import type { Authorizer } from '../core/access/decision.js';
import { principal, type Principal } from '../core/access/principal.js';
import { LATEST_API_VERSION, checkApiVersion } from '../protocol/api-version.js';
import { errorResponse, wireError, type WireError } from '../protocol/errors-wire.js';
import { BodyTooLargeError, errorReply, parseJsonBody, readBody, send, type Reply } from './http-io.js';
import { Metrics } from './metrics.js';
import { DEFAULT_MAX_BODY, Router, calls, type Route, type RouteContext } from './router.js';
import { CERTIFICATE_ROUTES } from './routes-certificates.js';
import { KEY_ROUTES } from './routes-keys.js';
import { SECRET_ROUTES } from './routes-secrets.js';
import { ROLE_ROUTES } from './routes-roles.js';
import { roleAdministration } from './role-admin.js';
import type { AccessFile } from './auth/access-file.js';
import { parseRequestTarget } from './request-target.js';
import { AuthenticationError } from './auth/errors.js';
import { Connections, MAX_CONNECTIONS } from './connections.js';

/** Who a request's bearer token says it is, and what that identity may do. */
export interface Identity {
  readonly principal: Principal;
  readonly authorizer: Authorizer;
}

/** Turns an Authorization header into an identity, or throws (never quoting the token). */
export interface Authenticator {
  authenticate(authorization: string, callerIpAddress: string): Promise<Identity>;
}

export interface VaultServerOptions {
  /** The vault the server owns; closed when the server stops. */
  readonly vault: LocalVault;
  readonly authenticator: Authenticator;
  /** The role assignments `/coffer/roleassignments` manages; without it those routes answer 400. */
  readonly access?: AccessFile;
  readonly cert: string;
  readonly key: string;
  readonly host: string;
  readonly port: number;
  /** Host names (and IPs) clients may use to reach the server; ids are built on the one a request used. */
  readonly names: readonly string[];
  /** The challenge's `resource`: the SDK checks that the vault's host name ends with `.` + its host name. */
  readonly resource: string;
  /** Where the server writes one line per request and its own events; never a value or token. */
  readonly log?: (line: string) => void;
  /** Limits, for tests: the TLS handshake timeout and the body budget (see the constants). */
  readonly limits?: { readonly handshakeTimeoutMs?: number; readonly bodyBudgetBytes?: number };
}

const ROUTES: readonly Route[] = [...SECRET_ROUTES, ...KEY_ROUTES, ...CERTIFICATE_ROUTES, ...ROLE_ROUTES];
const ANONYMOUS = principal('anonymous');
/** A client's correlation id is echoed and recorded only if it looks like one. */
const CLIENT_REQUEST_ID = /^[0-9A-Za-z-]{1,64}$/;
/** How long stopping waits for requests being answered before it cuts their connections. */
const DRAIN_MS = 10_000;
/** A TLS handshake must finish this soon; an idle connection that never starts one is dropped. */
const HANDSHAKE_TIMEOUT_MS = 10_000;
/**
 * Request bodies being read, in bytes, at most, over all requests: a body is read before the
 * vault decides access, so without a budget any authenticated caller could make the server
 * hold many large bodies at once. Beyond it a request is answered 503 with Retry-After.
 */
const BODY_BUDGET_BYTES = 64 * 1024 * 1024;

export class VaultServer {
  readonly #options: VaultServerOptions;
  readonly #router = new Router(ROUTES);
  readonly #metrics = new Metrics();
  readonly #server: Server;
  readonly #connections = new Connections();
  #bodyBytes = 0;
  #origin = '';
  #hosts = new Set<string>();
  #stopping: Promise<void> | undefined;

  constructor(options: VaultServerOptions) {
    this.#options = options;
    this.#server = createServer({
      cert: options.cert, key: options.key, minVersion: 'TLSv1.2', handshakeTimeout: options.limits?.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS,
      maxHeaderSize: 16 * 1024, requestTimeout: 60_000, headersTimeout: 15_000, keepAliveTimeout: 5_000,
    }, (req, res) => { void this.#handle(req, res); });
    this.#server.maxConnections = MAX_CONNECTIONS;
    this.#server.on('connection', (socket: Socket) => { this.#connections.admit(socket); });
    this.#server.on('secureConnection', (socket: Socket) => { this.#connections.secured(socket); });
    // A TLS handshake that fails (a client that does not trust the CA) is the client's to report.
    this.#server.on('tlsClientError', () => undefined);
    this.#server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => { this.#refuseMalformed(error, socket); });
  }

  /** The vault's URL, once listening. */
  get url(): string {
    return this.#origin;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.#options.port, this.#options.host, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    const address = this.#server.address();
    const port = typeof address === 'object' && address !== null ? address.port : this.#options.port;
    const hostText = (h: string): string => (h.includes(':') ? `[${h}]` : h);
    this.#hosts = new Set(this.#options.names.map((n) => `${hostText(n)}:${port}`.toLowerCase()));
    const listenHost = this.#options.host === '0.0.0.0' || this.#options.host === '::' ? 'localhost' : this.#options.host;
    this.#origin = `https://${hostText(listenHost)}:${port}`;
    return this.#origin;
  }

  /** Stops accepting, lets requests being answered finish (up to 10 s), then closes the vault. */
  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => { this.#server.close(() => { resolve(); }); });
      this.#server.closeIdleConnections();
      const deadline = Date.now() + DRAIN_MS;
      while (this.#metrics.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      for (const socket of this.#connections.sockets) socket.destroy();
      await closed;
      await this.#options.vault.close();
    })();
    return this.#stopping;
  }

  /** A request node's HTTP parser refused: answered (see Connections), counted and audited. */
  #refuseMalformed(error: NodeJS.ErrnoException, socket: Socket): void {
    const refused = this.#connections.refuseMalformed(error, socket);
    if (refused === undefined) return;
    this.#metrics.observe('Malformed', refused.status, 0);
    void this.#options.vault.record({
      operationName: 'Request', who: ANONYMOUS, started: new Date(), callerIpAddress: refused.address, id: '(malformed)',
      error: new VaultError('BadParameter', refused.message), extra: { httpStatusCode: String(refused.status) },
    }).catch(() => { this.#options.log?.('could not audit a malformed request'); });
  }

  /**
   * `/metrics` for a caller who may read the vault's metadata (Reader and up): request counts by
   * operation and outcome tell how the vault is used and whether probes are being refused.
   */
  async #metricsFor(identity: Identity, request: { started: Date; correlationId: string; callerIpAddress: string; extra: Record<string, string> }): Promise<{ operation: string; reply: Reply }> {
    const who = identity.principal;
    const allowed = identity.authorizer.decide(who, 'secrets/readMetadata', '/secrets').allowed || identity.authorizer.decide(who, 'keys/read', '/keys').allowed;
    const error = allowed ? undefined : new VaultError('Forbidden', `${who.name} may not read the metrics: it needs a role that reads the vault's metadata (Reader or above).`, { innerCode: 'ForbiddenByRbac' });
    await this.#options.vault.record({ operationName: 'MetricsGet', who, ...request, id: '/metrics', ...(error === undefined ? {} : { error }) });
    if (error !== undefined) return { operation: 'Metrics', reply: errorReply(errorResponse(error)) };
    return { operation: 'Metrics', reply: { status: 200, text: this.#metrics.render(this.#options.vault.pendingOperations) } };
  }

  /** The origin ids are built on: the Host the caller used if it is one of ours, else the server's own. */
  #originOf(req: IncomingMessage): string {
    const host = req.headers.host?.toLowerCase();
    return host !== undefined && this.#hosts.has(host) ? `https://${host}` : this.#origin;
  }

  #challenge(origin: string): Record<string, string> {
    return { 'www-authenticate': `Bearer authorization="${origin}/coffer", resource="${this.#options.resource}"` };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = new Date();
    // The server's own id correlates the records of this request; a client's id is kept beside
    // it (clientRequestId), never in its place, so one caller cannot make its records pass as another request's.
    const given = req.headers['x-ms-client-request-id'];
    const clientRequestId = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : undefined;
    const correlationId = randomUUID();
    const callerIpAddress = req.socket.remoteAddress ?? 'unknown';
    // In flight until the reply has left or the connection is gone: stop() waits for that.
    this.#metrics.inFlight += 1;
    res.once('close', () => { this.#metrics.inFlight -= 1; });
    let operation = 'Unknown';
    let reply: Reply;
    try {
      const outcome = await this.#answer(req, { correlationId, clientRequestId }, callerIpAddress, started);
      operation = outcome.operation;
      reply = outcome.reply;
    } catch (error) {
      // #answer answers every expected failure itself; this is a defect, logged without detail.
      this.#options.log?.(`internal error answering a request (${error instanceof Error ? error.name : typeof error}), correlation ${correlationId}`);
      reply = errorReply(errorResponse(error));
    }
    const headers = { ...reply.headers, 'x-ms-request-id': correlationId, ...(clientRequestId === undefined ? {} : { 'x-ms-client-request-id': clientRequestId }) };
    if (!res.headersSent && !res.destroyed) send(res, { ...reply, headers });
    else if (!res.destroyed) res.destroy();
    const seconds = (Date.now() - started.getTime()) / 1000;
    this.#metrics.observe(operation, reply.status, seconds);
    this.#options.log?.(`${req.method ?? '?'} ${operation} ${reply.status} ${Math.round(seconds * 1000)}ms ${correlationId}`);
  }

  async #answer(req: IncomingMessage, ids: { correlationId: string; clientRequestId: string | undefined }, callerIpAddress: string, started: Date): Promise<{ operation: string; reply: Reply }> {
    const { correlationId, clientRequestId } = ids;
    const clientExtra = clientRequestId === undefined ? {} : { clientRequestId };
    const vault = this.#options.vault;
    const target = parseRequestTarget(req.url ?? '');
    const method = req.method ?? '';
    if (target.ok && method === 'GET' && target.path === '/healthz') return { operation: 'Health', reply: { status: 200, body: { status: 'ok' } } };
    const origin = this.#originOf(req);
    const refuse = async (op: string, who: Principal, error: WireError & { cause?: VaultError }, headers?: Record<string, string>): Promise<{ operation: string; reply: Reply }> => {
      await vault.record({
        operationName: op, who, started, correlationId, callerIpAddress, id: target.ok ? target.path.slice(0, 256) : '(malformed)',
        error: error.cause ?? new VaultError(error.status === 401 ? 'Unauthorized' : error.status >= 500 ? 'StorageError' : 'BadParameter', error.body.error.message),
        extra: { httpStatusCode: String(error.status), ...clientExtra },
      });
      return { operation: op, reply: errorReply(error, headers) };
    };
    const authorization = req.headers.authorization;
    if (authorization === undefined || authorization === '') {
      return refuse('Authenticate', ANONYMOUS, wireError(401, 'Unauthorized', 'Authentication is required: send a bearer token.'), this.#challenge(origin));
    }
    let identity: Identity;
    try {
      identity = await this.#options.authenticator.authenticate(authorization, callerIpAddress);
    } catch (error) {
      if (error instanceof AuthenticationError && error.reason === 'issuer-unavailable') {
        // Not the caller's fault: the token may be good, but its issuer's keys cannot be had now.
        return refuse('Authenticate', ANONYMOUS, wireError(503, 'ServiceUnavailable', error.message), { 'retry-after': '5' });
      }
      if (!(error instanceof AuthenticationError)) {
        // The access file failed its check, say: the server's fault, told in its log, not to the caller.
        this.#options.log?.(`authentication failed inside the server (${error instanceof Error ? error.name : typeof error}${isVaultError(error) ? `, ${error.code}` : ''}), correlation ${correlationId}`);
        return refuse('Authenticate', ANONYMOUS, errorResponse(isVaultError(error) ? error : new VaultError('StorageError', 'Authentication failed inside the server.')));
      }
      return refuse('Authenticate', ANONYMOUS, wireError(401, 'Unauthorized', error.message), this.#challenge(origin));
    }
    if (!target.ok) return refuse('Request', identity.principal, wireError(400, 'BadParameter', target.message));
    if (method === 'GET' && target.path === '/metrics') return this.#metricsFor(identity, { started, correlationId, callerIpAddress, extra: clientExtra });
    const version = checkApiVersion(target.query);
    const lookup = this.#router.lookup(method, target.path);
    if (lookup.kind !== 'match') {
      const error = lookup.kind === 'method'
        ? wireError(405, 'MethodNotAllowed', `The method ${method.slice(0, 16)} is not allowed on this path.`)
        : wireError(404, 'NotFound', 'No operation has this path.');
      return refuse('Request', identity.principal, error);
    }
    const { route, params } = lookup.match;
    if (!version.ok && route.unversioned !== true) return refuse(route.operation, identity.principal, version.error);
    return { operation: route.operation, reply: await this.#run(req, route, params, {
      identity, origin, correlationId, clientRequestId, callerIpAddress, started, apiVersion: version.ok ? version.version : LATEST_API_VERSION, query: target.query, path: target.path,
    }) };
  }

  async #run(req: IncomingMessage, route: Route, params: Record<string, string | undefined>, request: {
    identity: Identity; origin: string; correlationId: string; clientRequestId: string | undefined; callerIpAddress: string; started: Date;
    apiVersion: RouteContext['apiVersion']; query: URLSearchParams; path: string;
  }): Promise<Reply> {
    const owner = this.#options.vault;
    // Whether the handler asked the vault, which then recorded the request itself.
    const state = { reached: false };
    const limit = route.maxBody ?? DEFAULT_MAX_BODY;
    const declared = Number(req.headers['content-length'] ?? NaN);
    const reserved = Number.isSafeInteger(declared) && declared >= 0 ? Math.min(declared, limit) : limit;
    if (this.#bodyBytes + reserved > (this.#options.limits?.bodyBudgetBytes ?? BODY_BUDGET_BYTES)) {
      const busy = new VaultError('Throttled', 'The server is reading as many request bodies as it allows at once: retry after a short delay.');
      await owner.record({
        operationName: route.operation, who: request.identity.principal, started: request.started, correlationId: request.correlationId,
        callerIpAddress: request.callerIpAddress, id: request.path.slice(0, 256), error: busy,
        extra: { httpStatusCode: '503', ...(request.clientRequestId === undefined ? {} : { clientRequestId: request.clientRequestId }) },
      });
      return errorReply(wireError(503, 'ServiceUnavailable', busy.message), { 'retry-after': '1' });
    }
    this.#bodyBytes += reserved;
    try {
      const body = parseJsonBody(await readBody(req, limit));
      const ifMatch = req.headers['if-match'];
      const name = params.name;
      const precondition = route.ifMatch !== undefined && typeof ifMatch === 'string' && name !== undefined
        ? { type: route.ifMatch.type, name, ifMatch, ...(route.ifMatch.versioned && params.version !== undefined ? { version: params.version } : {}) }
        : undefined;
      const view = owner.withCaller({
        principal: request.identity.principal, authorizer: request.identity.authorizer,
        callerIpAddress: request.callerIpAddress, correlationId: request.correlationId,
        ...(request.clientRequestId === undefined ? {} : { clientRequestId: request.clientRequestId }),
        ...(precondition === undefined ? {} : { precondition }),
      });
      const access = this.#options.access;
      let roles: RouteContext['roles'] | undefined;
      const ctx: RouteContext = {
        vault: calls(view, state),
        // Made only for the role routes: the vault routes, the hot path, never ask for it.
        get roles() {
          roles ??= calls(roleAdministration({
            identity: request.identity, vault: owner, access, correlationId: request.correlationId,
            callerIpAddress: request.callerIpAddress, started: request.started,
          }), state);
          return roles;
        },
        params, query: request.query, body, origin: request.origin, apiVersion: request.apiVersion, path: request.path,
      };
      return await route.handle(ctx);
    } catch (error) {
      if (!state.reached) {
        await owner.record({
          operationName: route.operation, who: request.identity.principal, started: request.started, correlationId: request.correlationId,
          callerIpAddress: request.callerIpAddress, id: request.path.slice(0, 256), error,
          ...(request.clientRequestId === undefined ? {} : { extra: { clientRequestId: request.clientRequestId } }),
        });
      }
      const wire = error instanceof BodyTooLargeError ? wireError(413, 'BadParameter', error.message) : errorResponse(error);
      if (wire.status >= 500) this.#options.log?.(`${route.operation} failed: ${error instanceof Error ? error.name : typeof error} (${isVaultError(error) ? error.code : 'internal'}), correlation ${request.correlationId}`);
      return errorReply(wire);
    } finally {
      this.#bodyBytes -= reserved;
    }
  }
}
