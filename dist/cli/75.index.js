export const id = 75;
export const ids = [75];
export const modules = {

/***/ 7075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRemoteVault: () => (/* binding */ openRemoteVault)
});

// UNUSED EXPORTS: RemoteVault

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __webpack_require__(6599);
// EXTERNAL MODULE: ./lib/core/crypto/key-material.js
var key_material = __webpack_require__(2886);
// EXTERNAL MODULE: ./lib/core/vault.js + 1 modules
var vault = __webpack_require__(723);
// EXTERNAL MODULE: ./lib/core/object-backup.js
var object_backup = __webpack_require__(3839);
// EXTERNAL MODULE: ./lib/protocol/backup-wire.js
var backup_wire = __webpack_require__(4988);
// EXTERNAL MODULE: ./lib/protocol/base64url.js
var base64url = __webpack_require__(1676);
// EXTERNAL MODULE: ./lib/protocol/body-fields.js
var body_fields = __webpack_require__(3450);
// EXTERNAL MODULE: ./lib/protocol/key-operations-wire.js
var key_operations_wire = __webpack_require__(5230);
// EXTERNAL MODULE: ./lib/protocol/keys-wire.js
var keys_wire = __webpack_require__(5242);
// EXTERNAL MODULE: ./lib/protocol/secrets-wire.js
var secrets_wire = __webpack_require__(2959);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/protocol/api-version.js
var api_version = __webpack_require__(9129);
// EXTERNAL MODULE: ./lib/protocol/ids.js
var ids = __webpack_require__(9654);
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
                res.on('data', (chunk) => {
                    size += chunk.length;
                    // Counted as it arrives: a server that lies about (or omits) its length cannot make the client buffer more.
                    if (size > this.#options.maxResponseBytes)
                        req.destroy(tooLarge(this.#options.maxResponseBytes));
                    else
                        chunks.push(chunk);
                });
                res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks, size) }); });
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
    'KeyOperationNotPermitted', 'KeyNotExportable', 'ForbiddenByRbac',
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

// EXTERNAL MODULE: ./lib/core/key-rotation.js
var key_rotation = __webpack_require__(3091);
// EXTERNAL MODULE: ./lib/protocol/attributes-wire.js
var attributes_wire = __webpack_require__(605);
;// CONCATENATED MODULE: ./lib/client/key-requests.js
/**
 * The bodies RemoteVault sends for keys (keys.json KeyCreateParameters, KeyImportParameters,
 * KeyUpdateParameters, KeyOperationsParameters, KeySignParameters, KeyVerifyParameters), and
 * the rotation policy it reads back. The mirror image of protocol/key-params.ts and
 * key-operations-wire.ts, which read these bodies on the server.
 */







function attributes(options) {
    return { ...(0,secrets_wire/* requestAttributes */.jQ)(options), ...(options.exportable === undefined ? {} : { exportable: options.exportable }) };
}
function common(options) {
    return { attributes: attributes(options), ...(options.tags === undefined ? {} : { tags: { ...options.tags } }) };
}
/** POST /keys/{name}/create. */
function keyCreateWire(spec, options = {}) {
    return {
        kty: spec.kty,
        ...(spec.size === undefined ? {} : { key_size: spec.size }),
        ...(spec.curve === undefined ? {} : { crv: spec.curve }),
        ...(options.keyOperations === undefined ? {} : { key_ops: [...options.keyOperations] }),
        ...common(options),
    };
}
/** Bounds JWK text before it is parsed, as the core bounds it (vault.ts). */
const MAX_JWK_CHARS = 64 * 1024;
/**
 * The private JWK to send, checked here as the vault would check it, so that a malformed key
 * fails before it leaves the machine. A PEM key is turned into its JWK; the JSON parser's own
 * message is never shown, since it quotes the text (key material).
 */
function privateJwkOf(material) {
    if ('pem' in material)
        return (0,key_material.importPem)(material.pem);
    let jwk = material.jwk;
    if (typeof jwk === 'string') {
        if (jwk.length > MAX_JWK_CHARS)
            throw new errors/* BadParameterError */.lh(`The JWK is ${jwk.length} characters: the limit is ${MAX_JWK_CHARS}.`);
        try {
            jwk = JSON.parse(jwk);
        }
        catch {
            throw new errors/* BadParameterError */.lh('The JWK is not valid JSON.');
        }
    }
    return (0,key_material.importJwk)(jwk);
}
/** The private members of a JWK: strings no error message may repeat. */
function confidentialMembers(jwk) {
    return [jwk.d, jwk.p, jwk.q, jwk.dp, jwk.dq, jwk.qi, jwk.k].filter((member) => member !== undefined);
}
/** PUT /keys/{name}: the key with the options' operations as its key_ops. */
function keyImportWire(jwk, options = {}) {
    return { key: { ...jwk, ...(options.keyOperations === undefined ? {} : { key_ops: [...options.keyOperations] }) }, ...common(options) };
}
/** PATCH /keys/{name}/{version}; `null` dates clear. */
function keyUpdateWire(options) {
    return {
        ...(options.keyOperations === undefined ? {} : { key_ops: [...options.keyOperations] }),
        attributes: (0,secrets_wire/* requestAttributes */.jQ)(options),
        ...(options.tags === undefined ? {} : { tags: { ...options.tags } }),
    };
}
/** The body of encrypt, decrypt, wrapkey and unwrapkey: binary fields base64url, absent ones left out. */
function keyOperationWire(algorithm, value, extra = {}) {
    const field = (name, bytes) => (bytes === undefined ? {} : { [name]: (0,base64url/* encodeBase64url */.Fo)(bytes) });
    return { alg: algorithm, value: (0,base64url/* encodeBase64url */.Fo)(value), ...field('iv', extra.iv), ...field('aad', extra.aad), ...field('tag', extra.tag) };
}
const key_requests_record = (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined);
/** Drops null members: Azure writes an unset trigger as null, the core's parser wants it absent. */
function withoutNulls(value) {
    if (Array.isArray(value))
        return value.map(withoutNulls);
    const object = key_requests_record(value);
    if (object === undefined)
        return value;
    return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}
/** Reads GET/PUT /keys/{name}/rotationpolicy: the core's checks, plus the policy's own dates. */
function parseRotationPolicyAnswer(input) {
    const body = (0,body_fields/* readObject */.Ag)(withoutNulls(input), 'rotation policy');
    const attributes = key_requests_record(body.attributes) ?? {};
    const { id: _id, ...policy } = body;
    const { lifetimeActions, expiresIn } = (0,key_rotation.parseRotationPolicy)({ ...policy, attributes: { ...(attributes.expiryTime === undefined ? {} : { expiryTime: attributes.expiryTime }) } });
    const date = (field) => (typeof attributes[field] === 'number' ? (0,attributes_wire/* fromUnixSeconds */.kf)(attributes[field]) : undefined);
    return { lifetimeActions, expiresIn, createdOn: date('created'), updatedOn: date('updated') };
}
/** PUT /keys/{name}/rotationpolicy: checked here first, so a bad policy fails before it is sent. */
function rotationPolicyRequestWire(policy) {
    const { lifetimeActions, expiresIn } = (0,key_rotation.parseRotationPolicy)(policy);
    return {
        lifetimeActions: lifetimeActions.map((a) => ({
            trigger: a.timeAfterCreate === undefined ? { timeBeforeExpiry: a.timeBeforeExpiry } : { timeAfterCreate: a.timeAfterCreate },
            action: { type: a.action },
        })),
        attributes: expiresIn === undefined ? {} : { expiryTime: expiresIn },
    };
}

;// CONCATENATED MODULE: ./lib/client/map-bounded.js
/**
 * Bounded parallelism: `fn` over every item, at most `limit` at once, results in input order.
 * A batch of a thousand secrets must not open a thousand requests (the agent would queue them
 * anyway, but each would hold its token, body and timer meanwhile) nor run them one by one.
 *
 * The first rejection rejects the whole; items not yet started are not started. Items already
 * running finish on their own (a request cannot be taken back), their results dropped.
 */
async function mapBounded(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError('limit must be a whole number of at least 1');
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./lib/client/remote-vault.js
/**
 * RemoteVault: the Vault interface over the Azure Key Vault REST API, as `coffer serve` and
 * Azure Key Vault itself speak it. Each method is one request (lists: one per page) built and
 * read with src/protocol; access, audit and validation of what is stored are the server's.
 * Names, versions and values are still checked here first, so that bad input fails before it
 * is sent, with the same message a local vault gives.
 *
 * Lists carry base ids (reference, rule 12): the entries of listPropertiesOfSecrets and
 * listPropertiesOfKeys have version '' — the latest version, unnamed.
 */














const secretPath = (name) => `/secrets/${encodeURIComponent((0,names/* validateName */.yS)(name, 'secret'))}`;
const keyPath = (name) => `/keys/${encodeURIComponent((0,names/* validateName */.yS)(name, 'key'))}`;
/** `…/{version}`, or `…/` for the latest: the empty segment the SDKs send (reference, rule 4). */
const versioned = (path, version) => `${path}/${version === undefined ? '' : (0,names/* validateVersion */.Pj)(version)}`;
function withVersion(properties) {
    return { ...properties, version: properties.version ?? '' };
}
function mustHaveVersion(properties) {
    if (properties.version === undefined)
        throw new errors/* BadParameterError */.lh("Invalid field 'id': expected the id of a version.");
    return { ...properties, version: properties.version };
}
const byName = (a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0);
const oldestFirst = (a, b) => a.createdOn.getTime() - b.createdOn.getTime();
class RemoteVault {
    location;
    #http;
    constructor(url, options) {
        this.#http = new KeyVaultHttp(url, options);
        this.location = this.#http.origin;
    }
    async #read(method, path, parse, options = {}) {
        return this.#http.parse(await this.#http.call(method, path, options), parse, path);
    }
    // Secrets
    async setSecret(name, value, options) {
        const path = secretPath(name);
        (0,names/* validateSecretValue */.K2)(value);
        return await this.#read('PUT', path, secrets_wire/* parseSecretBundle */.AL, { body: (0,secrets_wire/* secretSetParametersWire */.Sx)(value, options), confidential: [value] });
    }
    async getSecret(name, version) {
        return await this.#read('GET', versioned(secretPath(name), version), secrets_wire/* parseSecretBundle */.AL);
    }
    /** One GET per request, at most maxParallel at once; each fails on its own. */
    async getSecrets(requests) {
        if (requests.length > vault/* MAX_BATCH */.u)
            throw new errors/* BadParameterError */.lh(`Too many secrets in one batch (${requests.length}): at most ${vault/* MAX_BATCH */.u}.`);
        return mapBounded(requests, this.#http.maxParallel, async (request) => {
            try {
                return { ok: true, secret: await this.getSecret(request.name, request.version) };
            }
            catch (error) {
                if (error instanceof errors/* VaultError */.hb)
                    return { ok: false, error };
                throw error;
            }
        });
    }
    async updateSecretProperties(name, version, options) {
        const parse = (body) => mustHaveVersion((0,secrets_wire/* parseSecretProperties */.bD)(body));
        return await this.#read('PATCH', versioned(secretPath(name), version), parse, { body: (0,secrets_wire/* secretUpdateParametersWire */.ZS)(options) });
    }
    /** GET /secrets, every page; the prefix is applied here, as the REST API has no filter. */
    async listPropertiesOfSecrets(options = {}) {
        const prefix = (options.namePrefix ?? '').toLowerCase();
        const items = await this.#http.list('/secrets', (item) => withVersion((0,secrets_wire/* parseSecretProperties */.bD)(item)));
        return items.filter((item) => item.name.toLowerCase().startsWith(prefix)).sort(byName);
    }
    async listPropertiesOfSecretVersions(name) {
        const items = await this.#http.list(`${secretPath(name)}/versions`, (item) => mustHaveVersion((0,secrets_wire/* parseSecretProperties */.bD)(item)));
        return items.sort(oldestFirst);
    }
    async deleteSecret(name) {
        return await this.#read('DELETE', secretPath(name), secrets_wire/* parseDeletedSecretBundle */.hy);
    }
    /** The list names each deleted secret; each is then read whole (its latest version's id is not in the list). */
    async listDeletedSecrets() {
        const names = await this.#http.list('/deletedsecrets', (item) => (0,secrets_wire/* parseSecretProperties */.bD)(item));
        return (await mapBounded(names, this.#http.maxParallel, (item) => this.getDeletedSecret(item.name))).sort((a, b) => byName(a.properties, b.properties));
    }
    async getDeletedSecret(name) {
        return await this.#read('GET', `/deletedsecrets/${encodeURIComponent((0,names/* validateName */.yS)(name, 'secret'))}`, secrets_wire/* parseDeletedSecretBundle */.hy);
    }
    async recoverDeletedSecret(name) {
        const parse = (body) => mustHaveVersion((0,secrets_wire/* parseSecretProperties */.bD)(body));
        return await this.#read('POST', `/deletedsecrets/${encodeURIComponent((0,names/* validateName */.yS)(name, 'secret'))}/recover`, parse);
    }
    async purgeDeletedSecret(name) {
        await this.#http.call('DELETE', `/deletedsecrets/${encodeURIComponent((0,names/* validateName */.yS)(name, 'secret'))}`);
    }
    async backupSecret(name) {
        return await this.#read('POST', `${secretPath(name)}/backup`, backup_wire/* parseBackupResult */.tv);
    }
    async restoreSecretBackup(blob) {
        const value = (0,base64url/* checkBase64urlText */.wG)(blob, 'backup', object_backup.MAX_BACKUP_CHARS);
        const parse = (body) => mustHaveVersion((0,secrets_wire/* parseSecretProperties */.bD)(body));
        return await this.#read('POST', '/secrets/restore', parse, { body: { value } });
    }
    // Keys
    async createKey(name, spec, options) {
        const path = `${keyPath(name)}/create`;
        (0,key_material.checkKeySpec)(spec);
        return await this.#read('POST', path, keys_wire/* parseKeyBundle */.dL, { body: keyCreateWire(spec, options) });
    }
    async importKey(name, material, options) {
        const path = keyPath(name);
        const jwk = privateJwkOf(material);
        return await this.#read('PUT', path, keys_wire/* parseKeyBundle */.dL, { body: keyImportWire(jwk, options), confidential: confidentialMembers(jwk) });
    }
    async getKey(name, version) {
        return await this.#read('GET', versioned(keyPath(name), version), keys_wire/* parseKeyBundle */.dL);
    }
    async updateKeyProperties(name, version, options) {
        return await this.#read('PATCH', versioned(keyPath(name), version), keys_wire/* parseKeyBundle */.dL, { body: keyUpdateWire(options) });
    }
    async listPropertiesOfKeys() {
        return (await this.#http.list('/keys', (item) => withVersion((0,keys_wire/* parseKeyItem */.g9)(item)))).sort(byName);
    }
    async listPropertiesOfKeyVersions(name) {
        return (await this.#http.list(`${keyPath(name)}/versions`, (item) => mustHaveVersion((0,keys_wire/* parseKeyItem */.g9)(item)))).sort(oldestFirst);
    }
    async deleteKey(name) {
        return await this.#read('DELETE', keyPath(name), keys_wire/* parseDeletedKeyBundle */.AL);
    }
    /** As for secrets: a deleted key's list entry has no public key, so each is read whole. */
    async listDeletedKeys() {
        const names = await this.#http.list('/deletedkeys', (item) => (0,keys_wire/* parseKeyItem */.g9)(item));
        return (await mapBounded(names, this.#http.maxParallel, (item) => this.getDeletedKey(item.name))).sort((a, b) => byName(a.key, b.key));
    }
    async getDeletedKey(name) {
        return await this.#read('GET', `/deletedkeys/${encodeURIComponent((0,names/* validateName */.yS)(name, 'key'))}`, keys_wire/* parseDeletedKeyBundle */.AL);
    }
    async recoverDeletedKey(name) {
        return await this.#read('POST', `/deletedkeys/${encodeURIComponent((0,names/* validateName */.yS)(name, 'key'))}/recover`, keys_wire/* parseKeyBundle */.dL);
    }
    async purgeDeletedKey(name) {
        await this.#http.call('DELETE', `/deletedkeys/${encodeURIComponent((0,names/* validateName */.yS)(name, 'key'))}`);
    }
    async backupKey(name) {
        return await this.#read('POST', `${keyPath(name)}/backup`, backup_wire/* parseBackupResult */.tv);
    }
    async restoreKeyBackup(blob) {
        const value = (0,base64url/* checkBase64urlText */.wG)(blob, 'backup', object_backup.MAX_BACKUP_CHARS);
        return await this.#read('POST', '/keys/restore', keys_wire/* parseKeyBundle */.dL, { body: { value } });
    }
    async rotateKey(name) {
        return await this.#read('POST', `${keyPath(name)}/rotate`, keys_wire/* parseKeyBundle */.dL);
    }
    async getKeyRotationPolicy(name) {
        return await this.#read('GET', `${keyPath(name)}/rotationpolicy`, parseRotationPolicyAnswer);
    }
    async updateKeyRotationPolicy(name, policy) {
        const path = `${keyPath(name)}/rotationpolicy`;
        return await this.#read('PUT', path, parseRotationPolicyAnswer, { body: rotationPolicyRequestWire(policy) });
    }
    /**
     * Not over the wire: deciding and rotating must be one transaction, or two runners could both
     * find a key due and make two versions. A remote vault applies its policies itself (Azure
     * rotates on its own schedule); rotateKey rotates unconditionally.
     */
    async rotateKeyIfDue(name) {
        (0,names/* validateName */.yS)(name, 'key');
        return Promise.reject(new errors/* BadParameterError */.lh(`Rotating a key only if due needs a local vault (a file or sqlite: path); ${this.location} applies rotation policies itself. Use rotateKey to rotate now.`));
    }
    // Key operations: `…/{version}/op`, or `…//op` for the latest version, as the SDKs send it.
    async sign(name, version, algorithm, digest) {
        const path = `${versioned(keyPath(name), version)}/sign`;
        return await this.#read('POST', path, (body) => (0,key_operations_wire/* parseKeyOperationResult */.b7)(body, algorithm), { body: keyOperationWire(algorithm, digest) });
    }
    /** `keyId` names the version asked for: the verify answer does not say which one checked. */
    async verify(name, version, algorithm, digest, signature) {
        const path = `${versioned(keyPath(name), version)}/verify`;
        const body = { alg: algorithm, digest: (0,base64url/* encodeBase64url */.Fo)(digest), value: (0,base64url/* encodeBase64url */.Fo)(signature) };
        const valid = await this.#read('POST', path, parseVerifyAnswer, { body });
        const keyId = version === undefined ? `/keys/${name}` : `/keys/${name}/${version}`;
        return { keyId, algorithm, result: Uint8Array.of(valid ? 1 : 0), valid };
    }
    async encrypt(name, version, algorithm, plaintext, options = {}) {
        const path = `${versioned(keyPath(name), version)}/encrypt`;
        const body = keyOperationWire(algorithm, plaintext, { aad: options.aad });
        return await this.#read('POST', path, (answer) => (0,key_operations_wire/* parseKeyOperationResult */.b7)(answer, algorithm), { body, confidential: [(0,base64url/* encodeBase64url */.Fo)(plaintext)] });
    }
    async decrypt(name, version, algorithm, ciphertext, options = {}) {
        const path = `${versioned(keyPath(name), version)}/decrypt`;
        return await this.#read('POST', path, (body) => (0,key_operations_wire/* parseKeyOperationResult */.b7)(body, algorithm), { body: keyOperationWire(algorithm, ciphertext, options) });
    }
    async wrapKey(name, version, algorithm, key) {
        const path = `${versioned(keyPath(name), version)}/wrapkey`;
        return await this.#read('POST', path, (body) => (0,key_operations_wire/* parseKeyOperationResult */.b7)(body, algorithm), { body: keyOperationWire(algorithm, key), confidential: [(0,base64url/* encodeBase64url */.Fo)(key)] });
    }
    async unwrapKey(name, version, algorithm, wrapped) {
        const path = `${versioned(keyPath(name), version)}/unwrapkey`;
        return await this.#read('POST', path, (body) => (0,key_operations_wire/* parseKeyOperationResult */.b7)(body, algorithm), { body: keyOperationWire(algorithm, wrapped) });
    }
    async getRandomBytes(count) {
        const max = key_operations_wire/* OPERATION_LIMITS */.zU.randomBytes;
        if (!Number.isInteger(count) || count < 1 || count > max)
            throw new errors/* BadParameterError */.lh(`Invalid count ${count}: expected a whole number from 1 to ${max}.`);
        const parse = (body) => (0,base64url/* decodeBase64url */.h2)((0,body_fields/* readObject */.Ag)(body, 'random bytes').value, 'value', { min: count, max: count });
        return await this.#read('POST', '/rng', parse, { body: { count } });
    }
    close() {
        this.#http.close();
        return Promise.resolve();
    }
}
function parseVerifyAnswer(body) {
    const value = (0,body_fields/* readObject */.Ag)(body, 'verify result').value;
    if (typeof value !== 'boolean')
        throw new errors/* BadParameterError */.lh("Invalid field 'value': expected true or false.");
    return value;
}
/** Opens a remote vault at `url` (https://host[:port]); nothing is sent until the first call. */
function openRemoteVault(url, options) {
    return new RemoteVault(url, options);
}


/***/ })

};
