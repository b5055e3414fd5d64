export const id = 732;
export const ids = [732];
export const modules = {

/***/ 732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  remoteRoles: () => (/* binding */ remoteRoles)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/protocol/api-version.js
var api_version = __webpack_require__(9129);
// EXTERNAL MODULE: ./lib/protocol/ids.js
var ids = __webpack_require__(7273);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./lib/client/https-transport.js
/**
 * One HTTPS exchange with a vault: a request out, a bounded response back, over a keep-alive
 * agent whose socket count is the client's parallelism bound. No retries, no auth and no JSON
 * here (key-vault-http.ts does those); this file only moves bytes and says how a failure
 * happened, because whether a request may be retried depends on whether it reached the server.
 */

/**
 * A failed exchange. `reachedServer` is false only when the request provably never arrived
 * (the connection was refused, the name did not resolve): then even a POST may be sent again.
 */
class TransportError extends Error {
    code;
    reachedServer;
    constructor(code, message, reachedServer) {
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
function isTransient(error) {
    return TRANSIENT.has(error.code);
}
function transportError(error) {
    if (error instanceof TransportError)
        return error;
    const code = error.code ?? 'ECONNRESET';
    // Node's own messages name the host and port, or the TLS failure; never a header or body.
    const message = error instanceof Error ? error.message.slice(0, 300) : 'the connection failed';
    return new TransportError(code, message, !NEVER_SENT.has(code));
}
class HttpsTransport {
    #agent;
    #options;
    constructor(options) {
        this.#options = options;
        this.#agent = new external_node_https_.Agent({
            keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, scheduling: 'lifo',
            ...(options.ca === undefined ? {} : { ca: [...options.ca] }),
        });
    }
    send(request) {
        if (request.url.protocol !== 'https:') {
            return Promise.reject(new TransportError('EPROTO', `refused to send a request over ${request.url.protocol}: only https:// is used`, false));
        }
        return new Promise((resolve, reject) => {
            const fail = (error) => { reject(transportError(error)); };
            const req = external_node_https_.request(request.url, { method: request.method, headers: request.headers, agent: this.#agent }, (res) => {
                const declared = Number(res.headers['content-length'] ?? 0);
                if (declared > this.#options.maxResponseBytes) {
                    req.destroy(tooLarge(this.#options.maxResponseBytes));
                    return;
                }
                const chunks = [];
                let size = 0;
                let refused = false;
                res.on('data', (chunk) => {
                    if (refused)
                        return;
                    size += chunk.length;
                    // Counted as it arrives: a server that lies about (or omits) its length cannot make the client buffer more.
                    if (size > this.#options.maxResponseBytes) {
                        // Refused here, at once: whether 'end' or 'error' comes next differs between Node versions.
                        refused = true;
                        fail(tooLarge(this.#options.maxResponseBytes));
                        req.destroy();
                    }
                    else {
                        chunks.push(chunk);
                    }
                });
                res.on('end', () => {
                    if (!refused)
                        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks, size) });
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
    close() {
        this.#agent.destroy();
    }
}
function tooLarge(max) {
    return new TransportError('EBODYTOOLARGE', `the response body is larger than ${max} bytes`, true);
}

;// CONCATENATED MODULE: ./lib/client/remote-error.js
/**
 * A vault's error answer as a VaultError: the Key Vault body `{"error": {"code", "message",
 * "innererror": {"code"}}}` keeps its code (the table in protocol/errors-wire.ts, read
 * backwards); a code Coffer does not know is mapped by the HTTP status, as the Azure SDKs do.
 * The server's message is passed on, bounded and with control characters escaped, and with any
 * string the request carried in confidence (the token, a value) cut out: a server must not be
 * able to put a secret into the caller's logs by echoing it.
 */

/** Messages longer than this are cut (errors-wire.ts bounds its own at 1024). */
const MAX_MESSAGE_CHARS = 1024;
const CODES = {
    BadParameter: 'BadParameter', SecretNotFound: 'SecretNotFound', KeyNotFound: 'KeyNotFound',
    CertificateNotFound: 'CertificateNotFound', Conflict: 'Conflict', Forbidden: 'Forbidden', Throttled: 'Throttled',
    ObjectIsDeletedButRecoverable: 'ObjectIsDeletedButRecoverable',
    // Azure's spellings of codes Coffer has under another name.
    TooManyRequests: 'Throttled', ServiceUnavailable: 'LockTimeout', AccessDenied: 'Forbidden',
};
const INNER_CODES = [
    'ObjectIsDeletedButRecoverable', 'SecretDisabled', 'KeyDisabled', 'KeyExpired', 'KeyNotYetValid',
    'KeyOperationNotPermitted', 'KeyNotExportable', 'ForbiddenByRbac', 'CertificateManaged', 'PendingCertificateNotFound', 'IssuerNotFound',
];
const remote_error_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
const record = (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined);
/** The fields of an error body; anything that is not one yields nothing, not a failure. */
function readWireError(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        return { code: undefined, message: undefined, innerCode: undefined };
    }
    const error = record(record(parsed)?.error);
    return { code: remote_error_text(error?.code), message: remote_error_text(error?.message), innerCode: remote_error_text(record(error?.innererror)?.code) };
}
/** `message` bounded, control characters escaped, confidential strings replaced by `***`. */
function sanitize(message, confidential) {
    let clean = message;
    // Longest first, so that a secret holding another is cut whole.
    for (const secret of [...confidential].sort((a, b) => b.length - a.length)) {
        if (secret.length >= 4)
            clean = clean.split(secret).join('***');
    }
    clean = clean.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return clean.length <= MAX_MESSAGE_CHARS ? clean : `${clean.slice(0, MAX_MESSAGE_CHARS)}…`;
}
function notFoundCode(path) {
    if (/^\/(deleted)?keys(\/|$)/.test(path))
        return 'KeyNotFound';
    if (/^\/(deleted)?certificates(\/|$)/.test(path))
        return 'CertificateNotFound';
    if (/^\/(deleted)?secrets(\/|$)/.test(path))
        return 'SecretNotFound';
    return 'BadParameter';
}
/** The code an answer's status implies when its body names none Coffer knows. */
function codeForStatus(status, path) {
    if (status === 404)
        return notFoundCode(path);
    if (status === 401)
        return 'Unauthorized';
    if (status === 403)
        return 'Forbidden';
    if (status === 409 || status === 412)
        return 'Conflict';
    if (status === 429)
        return 'Throttled';
    if (status === 503)
        return 'LockTimeout';
    if (status >= 400 && status < 500)
        return 'BadParameter';
    return 'StorageError';
}
/** A non-2xx answer (other than 401, see key-vault-http.ts) as the VaultError to throw. */
function remoteError(status, body, context) {
    const wire = readWireError(body);
    const inner = INNER_CODES.find((code) => code === wire.innerCode);
    const known = wire.code === undefined || !Object.hasOwn(CODES, wire.code) ? undefined : CODES[wire.code];
    // Azure says Conflict + ObjectIsDeletedButRecoverable; Coffer's code for it is the inner one.
    const code = known === 'Conflict' && inner === 'ObjectIsDeletedButRecoverable' ? 'ObjectIsDeletedButRecoverable' : known ?? codeForStatus(status, context.path);
    const said = wire.message === undefined ? undefined : sanitize(wire.message, context.confidential);
    const message = known !== undefined && said !== undefined
        ? said
        : `The vault at ${context.origin} answered ${status}${wire.code === undefined ? '' : ` ${sanitize(wire.code, context.confidential).slice(0, 64)}`}${said === undefined ? '.' : `: ${said}`}`;
    return new errors/* VaultError */.hb(code, message, inner === undefined ? undefined : { innerCode: inner });
}

;// CONCATENATED MODULE: ./lib/client/retry-policy.js
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

const DEFAULT_RETRY = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 30_000, deadlineMs: 120_000 };
/** Caps on what a caller may configure, so that a typo cannot make a step hang for hours. */
const MAX_ATTEMPTS = 10;
function retryPolicy(options = {}) {
    const policy = { ...DEFAULT_RETRY, ...options };
    if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1 || policy.maxAttempts > MAX_ATTEMPTS) {
        throw new RangeError(`retries.maxAttempts must be a whole number from 1 to ${MAX_ATTEMPTS}`);
    }
    return policy;
}
const IDEMPOTENT = new Set(['GET', 'HEAD']);
const RETRYABLE_GET_STATUS = new Set([429, 502, 503, 504]);
function isIdempotent(method) {
    return IDEMPOTENT.has(method);
}
/** May a request that got `status` be sent again? `retryAfter` is the parsed header, if any. */
function retriesStatus(method, status, retryAfter) {
    if (isIdempotent(method))
        return RETRYABLE_GET_STATUS.has(status);
    return (status === 429 || status === 503) && retryAfter !== undefined;
}
/** May a request whose exchange failed be sent again? */
function retriesFailure(method, error) {
    if (!isTransient(error))
        return false;
    return isIdempotent(method) || !error.reachedServer;
}
/**
 * Retry-After (RFC 9110 §10.2.3): whole seconds, or an HTTP date. Undefined when absent or
 * unreadable; a date in the past is 0; capped at `maxMs`.
 */
function parseRetryAfter(header, now, maxMs) {
    const text = Array.isArray(header) ? header[0] : header;
    if (text === undefined || text.trim() === '')
        return undefined;
    const trimmed = text.trim();
    let ms;
    if (/^[0-9]{1,10}$/.test(trimmed))
        ms = Number(trimmed) * 1000;
    else {
        const date = Date.parse(trimmed);
        if (Number.isNaN(date) || !/[A-Za-z]/.test(trimmed))
            return undefined;
        ms = Math.max(0, date - now);
    }
    return Math.min(ms, maxMs);
}
/**
 * Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a uniform delay
 * between 0 and the attempt's ceiling, so that clients that failed together do not retry
 * together. `attempt` is the one that failed, from 1.
 */
function backoffDelay(policy, attempt, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(random() * ceiling);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/client/trust.js
/**
 * Which certificates a remote vault's TLS certificate must chain to. A `coffer serve` vault
 * usually has its own CA (the server writes it for clients); Azure Key Vault has a public one.
 *
 * Given a CA (PEM text, or the path of a PEM file), the client trusts that CA alone: a vault
 * with a private CA is pinned to it, so a certificate some public CA issued for the same host
 * does not open the connection. Without one, Node's default trust store applies, which
 * includes NODE_EXTRA_CA_CERTS (read once at process start-up).
 */



/** A CA bundle larger than this is not a CA bundle; refused before it is parsed. */
const MAX_CA_BYTES = 1024 * 1024;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** True when `ca` is PEM text rather than a file path. */
function isPemText(ca) {
    return ca.includes('-----BEGIN');
}
function readCaFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new errors/* BadParameterError */.lh(`Invalid CA file ${(0,errors/* quote */.hD)(path, 256)}: it cannot be read (${code}). Expected a PEM file of CA certificates.`);
    }
    if (text.length > MAX_CA_BYTES)
        throw new errors/* BadParameterError */.lh(`Invalid CA file ${(0,errors/* quote */.hD)(path, 256)}: ${text.length} bytes, the limit is ${MAX_CA_BYTES}.`);
    return text.toString('utf8');
}
/**
 * The PEM certificates of `ca` (PEM text or a file path), each checked to parse: a typo in a
 * CA file fails here with a clear message, not later as an opaque TLS handshake error.
 */
function loadCa(ca) {
    const where = isPemText(ca) ? 'The CA text' : `The CA file ${(0,errors/* quote */.hD)(ca, 256)}`;
    const text = isPemText(ca) ? ca : readCaFile(ca);
    if (text.length > MAX_CA_BYTES)
        throw new errors/* BadParameterError */.lh(`${where} is ${text.length} characters: the limit is ${MAX_CA_BYTES}.`);
    const certificates = text.match(PEM_CERTIFICATE) ?? [];
    if (certificates.length === 0)
        throw new errors/* BadParameterError */.lh(`${where} holds no PEM certificate: expected -----BEGIN CERTIFICATE----- blocks.`);
    certificates.forEach((pem, index) => {
        try {
            new external_node_crypto_.X509Certificate(pem);
        }
        catch {
            throw new errors/* BadParameterError */.lh(`${where}: certificate ${index + 1} of ${certificates.length} cannot be parsed.`);
        }
    });
    return certificates;
}

;// CONCATENATED MODULE: ./lib/client/key-vault-http.js
/**
 * Requests to a Key Vault REST API: JSON in and out, `?api-version=`, a bearer token on every
 * attempt, retries under retry-policy.ts, error answers as VaultErrors, and paged lists
 * followed through their nextLinks — on the vault's own origin only, since a nextLink is the
 * server's text and following it elsewhere would send the token there.
 */









const DEFAULT_MAX_PARALLEL = 8;
const MAX_PARALLEL = 64;
/** No list is longer than this many pages (100,000 items at 25 a page): a server that loops is cut off. */
const MAX_PAGES = 4000;
/** A visible-ASCII token: anything else could end the header and start another. */
const TOKEN = /^[\x21-\x7e]{1,16384}$/;
class KeyVaultHttp {
    origin;
    maxParallel;
    #transport;
    #token;
    #retry;
    #apiVersion;
    #sleep;
    #random;
    #now;
    constructor(url, options) {
        this.origin = (0,ids/* vaultOrigin */.Vo)(url);
        this.maxParallel = options.maxParallel ?? DEFAULT_MAX_PARALLEL;
        if (!Number.isInteger(this.maxParallel) || this.maxParallel < 1 || this.maxParallel > MAX_PARALLEL) {
            throw new RangeError(`maxParallel must be a whole number from 1 to ${MAX_PARALLEL}`);
        }
        this.#retry = retryPolicy(options.retries);
        this.#token = options.token;
        this.#apiVersion = options.apiVersion ?? api_version/* LATEST_API_VERSION */._5;
        this.#sleep = options.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
        this.#random = options.random ?? Math.random;
        this.#now = options.now ?? Date.now;
        this.#transport = new HttpsTransport({
            ca: options.ca === undefined ? undefined : loadCa(options.ca), maxSockets: this.maxParallel,
            maxResponseBytes: options.maxResponseBytes ?? 4 * 1024 * 1024, timeoutMs: options.timeoutMs ?? 30_000,
        });
    }
    /** `method path` (path relative to the origin, names already encoded); the parsed JSON answer, or undefined for an empty one. */
    async call(method, path, options = {}) {
        const url = new URL(path, `${this.origin}/`);
        url.searchParams.set('api-version', this.#apiVersion);
        return this.#call(method, url, options);
    }
    /** Every item of a paged list, each read by `parse`, following nextLink to the end. */
    async list(path, parse) {
        const items = [];
        let page = await this.call('GET', path);
        const seen = new Set();
        for (let pages = 1;; pages++) {
            const { value, nextLink } = this.#page(page, path);
            for (const item of value)
                items.push(this.parse(item, parse, path));
            if (nextLink === undefined)
                return items;
            if (pages >= MAX_PAGES || seen.has(nextLink.href))
                throw this.#invalid(path, `its list did not end after ${pages} pages`);
            seen.add(nextLink.href);
            page = await this.#call('GET', nextLink, {});
        }
    }
    /** Reads an answer with a protocol parser; a parser's refusal is the server's fault, said so. */
    parse(body, parse, path) {
        try {
            return parse(body);
        }
        catch (error) {
            throw this.#invalid(path, error instanceof Error ? error.message : 'it could not be read');
        }
    }
    close() {
        this.#transport.close();
    }
    #page(body, path) {
        const page = body !== null && typeof body === 'object' ? body : {};
        if (!Array.isArray(page.value))
            throw this.#invalid(path, 'a list page has no value array');
        if (page.nextLink === undefined || page.nextLink === null || page.nextLink === '')
            return { value: page.value, nextLink: undefined };
        let next;
        try {
            next = typeof page.nextLink === 'string' ? new URL(page.nextLink) : undefined;
        }
        catch {
            next = undefined;
        }
        // The token goes wherever the link points: only the vault's own origin, over https, is followed.
        if (next?.origin !== this.origin || next.protocol !== 'https:') {
            throw this.#invalid(path, `its nextLink ${(0,errors/* quote */.hD)(typeof page.nextLink === 'string' ? page.nextLink : 'a non-string', 128)} leaves the vault's origin ${this.origin}; it was not followed`);
        }
        if (!next.searchParams.has('api-version'))
            next.searchParams.set('api-version', this.#apiVersion);
        return { value: page.value, nextLink: next };
    }
    async #call(method, url, options) {
        const body = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body), 'utf8');
        const requestId = (0,external_node_crypto_.randomUUID)();
        const started = this.#now();
        for (let attempt = 1;; attempt++) {
            const token = await this.#bearer();
            const confidential = [token, ...(options.confidential ?? [])];
            const context = { origin: this.origin, path: url.pathname, confidential };
            let response;
            let wait;
            let failure;
            try {
                response = await this.#transport.send({ method, url, body, headers: this.#headers(token, requestId, body) });
            }
            catch (error) {
                if (!(error instanceof TransportError))
                    throw error;
                failure = new errors/* VaultError */.hb('StorageError', `Could not reach the vault at ${this.origin} (${method} ${url.pathname}): ${error.code}, ${sanitize(error.message, confidential)}.`);
                if (attempt >= this.#retry.maxAttempts || !retriesFailure(method, error))
                    throw failure;
                wait = backoffDelay(this.#retry, attempt, this.#random);
                await this.#pause(wait, started, failure);
                continue;
            }
            if (response.status >= 200 && response.status < 300)
                return this.#json(response, url.pathname);
            if (response.status === 401)
                throw unauthorized(this.origin, response, context.confidential);
            failure = remoteError(response.status, response.body, context);
            const retryAfter = parseRetryAfter(response.headers['retry-after'], this.#now(), this.#retry.maxRetryAfterMs);
            if (attempt >= this.#retry.maxAttempts || !retriesStatus(method, response.status, retryAfter))
                throw failure;
            wait = retryAfter ?? backoffDelay(this.#retry, attempt, this.#random);
            await this.#pause(wait, started, failure);
        }
    }
    /** Sleeps before the next attempt, unless that attempt would start after the deadline. */
    async #pause(ms, started, failure) {
        if (this.#now() + ms - started > this.#retry.deadlineMs)
            throw failure;
        await this.#sleep(ms);
    }
    async #bearer() {
        const token = await this.#token();
        if (typeof token !== 'string' || !TOKEN.test(token)) {
            throw new errors/* VaultError */.hb('BadParameter', 'The bearer token for the vault is empty, too long, or holds characters an HTTP header cannot carry.');
        }
        return token;
    }
    #headers(token, requestId, body) {
        return {
            accept: 'application/json', authorization: `Bearer ${token}`, 'user-agent': 'coffer', 'x-ms-client-request-id': requestId,
            ...(body === undefined ? { 'content-length': '0' } : { 'content-type': 'application/json', 'content-length': String(body.length) }),
        };
    }
    #json(response, path) {
        if (response.body.length === 0)
            return undefined;
        try {
            return JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw this.#invalid(path, 'its answer is not JSON');
        }
    }
    #invalid(path, why) {
        return new errors/* VaultError */.hb('StorageError', `The vault at ${this.origin} gave an invalid answer to ${path}: ${why}.`);
    }
}
/** 401 with a token: the token is refused. Said once, not retried: a second try would be refused the same way. */
function unauthorized(origin, response, confidential) {
    const challenge = response.headers['www-authenticate'] ?? '';
    const resource = /resource="([^"]{1,256})"/.exec(challenge)?.[1];
    const message = readWireError(response.body).message;
    const said = message === undefined ? '' : ` The vault said: ${sanitize(message, confidential)}`;
    const hint = resource === undefined ? '' : ` The vault expects tokens for ${(0,errors/* quote */.hD)(sanitize(resource, confidential), 256)}.`;
    return new errors/* VaultError */.hb('Unauthorized', `The vault at ${origin} refused the bearer token (401 Unauthorized): it is missing, expired, or issued for another audience.${hint}${said}`);
}

// EXTERNAL MODULE: ./lib/cli/cli-error.js
var cli_error = __webpack_require__(1867);
;// CONCATENATED MODULE: ./lib/cli/remote-roles.js
/**
 * `coffer role … --server URL`: the role assignments of a running server, over HTTPS
 * (`/coffer/roleassignments`), as the caller whose bearer token is in COFFER_TOKEN. The server
 * decides (Data Access Administrator) and audits; this only carries the request and reads the answer.
 */




function serverOrigin(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new cli_error/* UsageError */.eb(`Invalid --server ${(0,errors/* quote */.hD)(url)}: expected https://host[:port].`);
    }
    if (parsed.protocol !== 'https:' || (parsed.pathname !== '/' && parsed.pathname !== '') || parsed.search !== '' || parsed.username !== '') {
        throw new cli_error/* UsageError */.eb(`Invalid --server ${(0,errors/* quote */.hD)(url)}: expected https://host[:port], with no path.`);
    }
    return parsed.origin;
}
/**
 * The calls go through the remote client's HTTP layer (bounded answers, timeouts, retries of
 * what is safe to retry, wire errors as VaultErrors with no token in them); one process, one
 * call, so the connection is closed after it.
 */
function remoteRoles(url, io, caFile) {
    const origin = serverOrigin(url);
    const token = io.env.COFFER_TOKEN ?? '';
    if (token === '')
        throw new cli_error/* CliError */.z1('BadEnvironment', 'COFFER_TOKEN must hold a bearer token for the server (from `coffer token create --role "Data Access Administrator"` on its host).');
    const call = async (method, path, body) => {
        const http = new KeyVaultHttp(origin, { token: () => Promise.resolve(token), ...(caFile === undefined ? {} : { ca: (0,external_node_path_.resolve)(io.cwd, caFile) }) });
        try {
            return await http.call(method, path, body === undefined ? {} : { body });
        }
        finally {
            http.close();
        }
    };
    return {
        list: async () => (await call('GET', '/coffer/roleassignments')).value,
        assign: async (input) => (await call('POST', '/coffer/roleassignments', input)),
        remove: async (id) => {
            if (!/^[0-9a-f]{32}$/.test(id))
                throw new cli_error/* UsageError */.eb(`Invalid role assignment id ${(0,errors/* quote */.hD)(id)}: expected 32 lowercase hex characters.`, 'role remove');
            return (await call('DELETE', `/coffer/roleassignments/${id}`));
        },
    };
}


/***/ }),

/***/ 9129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _5: () => (/* binding */ LATEST_API_VERSION),
/* harmony export */   d$: () => (/* binding */ checkApiVersion)
/* harmony export */ });
/* unused harmony exports SUPPORTED_API_VERSIONS, parseApiVersion */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _errors_wire_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1647);
/**
 * The `api-version` query parameter, required on every Key Vault request. Accepted: 7.4, 7.5,
 * 7.6, 2025-07-01 (reference, wire rule 5) and 2026-04-01, which @azure/keyvault-secrets 4.12
 * sends by default: it adds only optional members (an `outContentType` query parameter for a
 * certificate's secret, a `previousVersion` answer field), so the wire shapes Coffer serves are
 * the same in all five; the remote client asks for 2025-07-01, which every vault serves.
 * Anything else — a preview, an older version, a second api-version parameter — is a 400 BadParameter in the Key Vault error shape,
 * with Azure's wording: "The specified version (…) is not recognized."
 */


const SUPPORTED_API_VERSIONS = ['7.4', '7.5', '7.6', '2025-07-01', '2026-04-01'];
/** What the remote client asks for: the newest version that every Key Vault serves. */
const LATEST_API_VERSION = '2025-07-01';
const LIST = SUPPORTED_API_VERSIONS.join(', ');
/** The api-version among a request's query values (`URLSearchParams.getAll('api-version')`). */
function parseApiVersion(values) {
    if (values.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`The api-version query parameter is required: use one of ${LIST}.`);
    }
    if (values.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`The api-version query parameter is given ${values.length} times: give it once, one of ${LIST}.`);
    }
    const [value = ''] = values;
    const version = SUPPORTED_API_VERSIONS.find((v) => v === value);
    if (version === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`The specified version (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value, 32)}) is not recognized. Use one of ${LIST}.`);
    }
    return version;
}
/** The server's check: the version, or the 400 to send. */
function checkApiVersion(query) {
    try {
        return { ok: true, version: parseApiVersion(query.getAll('api-version')) };
    }
    catch (error) {
        return { ok: false, error: (0,_errors_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .errorResponse */ .yj)(error) };
    }
}


/***/ }),

/***/ 1647:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   it: () => (/* binding */ wireError),
/* harmony export */   yj: () => (/* binding */ errorResponse)
/* harmony export */ });
/* unused harmony exports INTERNAL_ERROR_MESSAGE, unauthorizedError, preconditionFailedError, statusOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/**
 * The one table from VaultError codes to HTTP statuses and the Key Vault error body
 * `{"error": {"code", "message", "innererror"?: {"code"}}}` (keys.json `KeyVaultError`).
 *
 * Server faults (a failed integrity check, storage, audit) answer 500 with a fixed message:
 * their VaultError messages name files, paths and key ids, which are for the server's log and
 * audit trail, not for the caller. Any error that is not a VaultError is a server fault too,
 * since its message could hold anything — a value included.
 */

/** The message of every 500: nothing about the server's internals. */
const INTERNAL_ERROR_MESSAGE = 'The vault could not complete the request because of an internal error. Nothing about it is reported here; the server log has the details.';
const UNAVAILABLE_MESSAGE = 'The vault is busy: the request timed out waiting for the store. Retry after a short delay.';
/** A message longer than this is cut: messages quote bounded inputs, so this is a backstop. */
const MAX_MESSAGE_CHARS = 1024;
const TABLE = {
    BadParameter: { status: 400, code: 'BadParameter' },
    SecretNotFound: { status: 404, code: 'SecretNotFound' },
    KeyNotFound: { status: 404, code: 'KeyNotFound' },
    CertificateNotFound: { status: 404, code: 'CertificateNotFound' },
    Conflict: { status: 409, code: 'Conflict' },
    PreconditionFailed: { status: 412, code: 'PreconditionFailed' },
    // Azure: 409 Conflict, innererror ObjectIsDeletedButRecoverable (reference, rule 10).
    ObjectIsDeletedButRecoverable: { status: 409, code: 'Conflict', innerCode: 'ObjectIsDeletedButRecoverable' },
    Unauthorized: { status: 401, code: 'Unauthorized' },
    Forbidden: { status: 403, code: 'Forbidden' },
    Throttled: { status: 429, code: 'Throttled' },
    LockTimeout: { status: 503, code: 'ServiceUnavailable', message: UNAVAILABLE_MESSAGE },
    IntegrityError: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
    AuditWriteFailed: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
    StorageError: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
    // The server's master key does not open its store: the operator's fault, not the caller's.
    KeyMismatch: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
    UnsupportedFormat: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
};
function bounded(message) {
    return message.length <= MAX_MESSAGE_CHARS ? message : `${message.slice(0, MAX_MESSAGE_CHARS)}…`;
}
/** A wire error from its parts; for failures that are not VaultErrors (401, 412, 404 routes). */
function wireError(status, code, message, innerCode) {
    return {
        status,
        body: { error: { code, message: bounded(message), ...(innerCode === undefined ? {} : { innererror: { code: innerCode } }) } },
    };
}
/** Any thrown value as the status and body to send. */
function errorResponse(error) {
    if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isVaultError */ .XQ)(error))
        return wireError(500, 'InternalServerError', INTERNAL_ERROR_MESSAGE);
    const mapping = TABLE[error.code];
    // A fixed message drops the inner code with it: it could say what failed inside.
    if (mapping.message !== undefined)
        return wireError(mapping.status, mapping.code, mapping.message);
    return wireError(mapping.status, mapping.code, error.message, error.innerCode ?? mapping.innerCode);
}
/** 401: no token, or one that is not valid. The server adds the WWW-Authenticate challenge. */
function unauthorizedError(message = 'Authentication is required: send a bearer token.') {
    return wireError(401, 'Unauthorized', message);
}
/** 412: an If-Match header that names another version of the object. */
function preconditionFailedError(message = 'The object has changed since it was read: its ETag does not match If-Match.') {
    return wireError(412, 'PreconditionFailed', message);
}
/** The status the table gives a code, for metrics and tests. */
function statusOf(code) {
    return TABLE[code].status;
}


/***/ }),

/***/ 7273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ recoveryId),
/* harmony export */   Tu: () => (/* binding */ objectId),
/* harmony export */   Vo: () => (/* binding */ vaultOrigin),
/* harmony export */   u9: () => (/* binding */ parseObjectId)
/* harmony export */ });
/* unused harmony export parseRecoveryId */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6599);
/**
 * Object identifiers: `https://{host}[:{port}]/{secrets|keys|certificates}/{name}[/{version}]`,
 * and recovery ids of soft-deleted objects: `https://{host}/deleted{collection}/{name}`.
 *
 * The Azure SDKs parse these ids and refuse any other number of path segments, so a vault is
 * always served at its origin, with no path prefix (reference: wire rule 3). Parsing is strict
 * and does not go through URL normalisation: `..`, percent-escapes, a query, a fragment, user
 * info or a trailing slash are refused rather than silently rewritten into another id.
 */


const COLLECTIONS = ['secrets', 'keys', 'certificates'];
const LABELS = { secrets: 'secret', keys: 'key', certificates: 'certificate' };
/**
 * A vault's origin, `https://host[:port]`, as ids carry it: lowercase host, no default port,
 * no trailing slash. Refused: another scheme, user info, a path, a query or a fragment.
 */
function vaultOrigin(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid vault URL ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(url)}: expected https://host[:port].`);
    }
    const bare = parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
        && parsed.pathname === '/' && parsed.search === '' && parsed.hash === '' && !/[?#]/.test(url);
    if (!bare || !/^https:\/\/[^/@]+\/?$/i.test(url)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid vault URL ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(url)}: expected https://host[:port] with no path, query or user info.`);
    }
    return parsed.origin;
}
/** `{origin}/{collection}/{name}[/{version}]`; the name and version are validated. */
function objectId(origin, collection, name, version) {
    const base = `${vaultOrigin(origin)}/${collection}/${(0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(name, LABELS[collection])}`;
    return version === undefined ? base : `${base}/${(0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateVersion */ .Pj)(version)}`;
}
/** `{origin}/deleted{collection}/{name}`: where the SDK polls a deletion and recovers from. */
function recoveryId(origin, collection, name) {
    return `${vaultOrigin(origin)}/deleted${collection}/${(0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(name, LABELS[collection])}`;
}
const ID = /^(https:\/\/[^/?#\s]+)\/([a-z]+)\/([^/?#]*)(?:\/([^/?#]*))?$/;
function splitId(id, what) {
    const match = typeof id === 'string' && id.length <= 2048 ? ID.exec(id) : null;
    if (match === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${what} ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(id), 256)}: expected https://host/collection/name[/version].`);
    const [, origin = '', collection = '', name = '', version] = match;
    return { origin: vaultOrigin(origin), collection, name, version };
}
/**
 * Parses an object id. With `expected`, an id of another collection is refused. An empty
 * version segment (`…/name/`) is refused: it names a route (latest version), never an object.
 */
function parseObjectId(id, expected) {
    const parts = splitId(id, 'object id');
    const collection = COLLECTIONS.find((c) => c === parts.collection);
    if (collection === undefined || (expected !== undefined && collection !== expected)) {
        const wanted = expected ?? COLLECTIONS.join(', ');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid object id ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(id), 256)}: expected a path under /${expected === undefined ? `{${wanted}}` : wanted}/.`);
    }
    (0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(parts.name, LABELS[collection]);
    if (parts.version !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateVersion */ .Pj)(parts.version);
    return { origin: parts.origin, collection, name: parts.name, version: parts.version };
}
/** Parses a recovery id back to the collection it was deleted from. */
function parseRecoveryId(id, expected) {
    const parts = splitId(id, 'recovery id');
    const collection = COLLECTIONS.find((c) => `deleted${c}` === parts.collection);
    if (collection === undefined || parts.version !== undefined || (expected !== undefined && collection !== expected)) {
        throw new BadParameterError(`Invalid recovery id ${quote(String(id), 256)}: expected https://host/deleted${expected ?? '{secrets,keys,certificates}'}/name.`);
    }
    return { origin: parts.origin, collection, name: validateName(parts.name, LABELS[collection]), version: undefined };
}


/***/ })

};
