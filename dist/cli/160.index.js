export const id = 160;
export const ids = [160];
export const modules = {

/***/ 879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ createRoleAssignment),
/* harmony export */   Sk: () => (/* binding */ parseScope),
/* harmony export */   YW: () => (/* binding */ parseStoredRoleAssignment),
/* harmony export */   gP: () => (/* binding */ parseRole)
/* harmony export */ });
/* unused harmony export parseRoleAssignment */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _claim_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5113);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(178);
/* harmony import */ var _assignments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3692);
/**
 * Validating a role assignment, from a CLI, an API body or the access file. Refused at
 * configuration time: an assignment with no condition, and one with no anchor — a condition
 * that names a repository, an owner or a principal — since any repository on GitHub can ask
 * the issuer for a token with our audience (the workflow picks the audience).
 */





const MAX_CONDITIONS = 16;
const MAX_ALLOWED_EVENTS = 16;
const FIELDS = ['id', 'principal', 'role', 'scope', 'allow', 'created'];
const SCOPE = /^\/(?:(?:secrets|keys|certificates)(?:\/[0-9a-zA-Z-]{1,127}|\/[0-9a-zA-Z-]{1,126}\*)?)?$/;
const ID = /^[0-9a-f]{32}$/;
const NUMERIC_ID = /^[0-9]{1,20}$/;
const EVENT = /^[a-z_]{1,64}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** `repo:OWNER/…` with a literal owner: a sub pattern that cannot reach another owner's repositories. */
const ANCHORED_SUB = /^repo:[^*/:]+\//;
/** What a wrong value was, for a message: strings quoted (bounded), anything else by its type. */
function describe(value) {
    if (typeof value === 'string')
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value);
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkFields(value, allowed, what) {
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Unknown ${what} field ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(key)}: expected ${allowed.join(', ')}.`);
    }
}
/** A built-in role name, or BadParameterError listing them. */
function parseRole(value) {
    if (typeof value === 'string' && (0,_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .isRoleName */ .yn)(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Unknown role ${describe(value)}: expected one of ${_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLE_NAMES */ .ST.join(', ')}.`);
}
/** A valid assignment scope, or BadParameterError. */
function parseScope(value) {
    if (typeof value === 'string' && SCOPE.test(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid scope ${describe(value)}: expected /, /secrets, /keys, /certificates, /secrets/NAME or a name prefix such as /secrets/app-*.`);
}
/** The rules each claim's value must follow beyond the common bounds. */
function checkClaimValue(claim, value) {
    const bad = (expected) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid ${claim} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)}: ${expected}.`);
    };
    if (claim === 'repository_id' || claim === 'repository_owner_id') {
        if (!NUMERIC_ID.test(value))
            bad('expected a numeric id (ids are never patterns)');
    }
    else if (claim === 'repository') {
        const slash = value.indexOf('/');
        if (slash <= 0 || value.slice(0, slash).includes('*'))
            bad("expected OWNER/NAME with a literal owner ('*' only in the name)");
    }
    else if (claim === 'repository_owner' || claim === 'principal') {
        if (value.includes('*'))
            bad("expected an exact name, '*' is not allowed here");
    }
}
function parseCondition(claim, value) {
    if (typeof value !== 'string' || value.length === 0 || value.length > _claim_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_GLOB_LENGTH */ .v7 || CONTROL.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid ${claim} ${describe(value)}: expected 1-${_claim_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_GLOB_LENGTH */ .v7} printable characters.`);
    }
    if ((0,_claim_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .starCount */ .Av)(value) > _claim_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_GLOB_STARS */ .ub)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid ${claim} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)}: at most ${_claim_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_GLOB_STARS */ .ub} '*' in a pattern.`);
    checkClaimValue(claim, value);
    return value;
}
function isAnchor(claim, value) {
    if (claim === 'sub')
        return ANCHORED_SUB.test(value);
    return ['repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'principal'].includes(claim);
}
function parseMatch(value) {
    const given = typeof value === 'string' ? { principal: value } : value;
    if (!isRecord(given))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid principal ${describe(value)}: expected a principal name or an object of claims.`);
    const entries = Object.entries(given);
    if (entries.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('The role assignment has no condition: name a repository (with its id), an owner id or a principal.');
    if (entries.length > MAX_CONDITIONS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`The role assignment has ${entries.length} conditions: the limit is ${MAX_CONDITIONS}.`);
    const match = {};
    for (const [key, raw] of entries) {
        const claim = _assignments_js__WEBPACK_IMPORTED_MODULE_3__/* .MATCH_CLAIMS */ .mF.find((c) => c === key);
        if (claim === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Unknown claim ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(key)}: expected one of ${_assignments_js__WEBPACK_IMPORTED_MODULE_3__/* .MATCH_CLAIMS */ .mF.join(', ')}.`);
        match[claim] = parseCondition(claim, raw);
    }
    const anchored = Object.entries(match).some(([claim, v]) => isAnchor(claim, v));
    if (!anchored) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`The role assignment names no repository, owner or principal (only ${Object.keys(match).join(', ')}): any repository could match it.`);
    }
    return match;
}
function parseStrings(value, what) {
    if (!Array.isArray(value) || value.length > MAX_ALLOWED_EVENTS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid ${what} ${describe(value)}: expected a list of at most ${MAX_ALLOWED_EVENTS}.`);
    return value.map((item) => (typeof item === 'string' ? item : describe(item)));
}
function parseAllow(value) {
    if (!isRecord(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid allow ${describe(value)}: expected an object with events and runnerEnvironment.`);
    checkFields(value, ['events', 'runnerEnvironment'], 'allow');
    const allow = {};
    if (value.events !== undefined) {
        allow.events = parseStrings(value.events, 'allow.events');
        const bad = allow.events.find((e) => !EVENT.test(e));
        if (bad !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid event ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(bad)}: expected a GitHub event name such as pull_request_target.`);
    }
    if (value.runnerEnvironment !== undefined) {
        const runners = parseStrings(value.runnerEnvironment, 'allow.runnerEnvironment');
        const bad = runners.find((r) => r !== 'self-hosted' && r !== 'github-hosted');
        if (bad !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid runner environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(bad)}: expected self-hosted or github-hosted.`);
        allow.runnerEnvironment = runners;
    }
    return allow;
}
function parseId(value) {
    if (typeof value === 'string' && ID.test(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid role assignment id ${describe(value)}: expected 32 lowercase hex characters.`);
}
function parseCreated(value) {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value)
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid created ${describe(value)}: expected an ISO 8601 time such as 2026-01-31T12:00:00.000Z.`);
}
/**
 * Validates a role assignment. A string principal becomes `{ principal: name }`. `id` and
 * `created` are optional here and checked when given. Throws BadParameterError quoting the bad value.
 */
function parseRoleAssignment(input) {
    if (!isRecord(input))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid role assignment ${describe(input)}: expected an object.`);
    checkFields(input, FIELDS, 'role assignment');
    const principal = parseMatch(input.principal);
    const role = parseRole(input.role);
    const scope = parseScope(input.scope);
    if (role === 'Data Access Administrator' && (typeof principal === 'string' ? false : principal.principal === undefined || Object.keys(principal).length !== 1)) {
        // Granting access is for a named principal (a vault token from the key holder), never for whatever workflow's claims match.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid role assignment: Data Access Administrator can only be assigned to a principal by name (--principal), not by claims.`);
    }
    return {
        ...(input.id === undefined ? {} : { id: parseId(input.id) }),
        principal, role, scope,
        ...(input.allow === undefined ? {} : { allow: parseAllow(input.allow) }),
        ...(input.created === undefined ? {} : { created: parseCreated(input.created) }),
    };
}
/** Validates `input` and gives it a fresh id and creation time (any given are replaced). */
function createRoleAssignment(input, now, random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
    const parsed = parseRoleAssignment(input);
    return { ...parsed, id: random(16).toString('hex'), created: now.toISOString() };
}
/** An assignment read back from storage: valid, and with its id and creation time. */
function parseStoredRoleAssignment(input) {
    const parsed = parseRoleAssignment(input);
    if (parsed.id === undefined || parsed.created === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('A stored role assignment lacks its id or creation time.');
    return { ...parsed, id: parsed.id, created: parsed.created };
}


/***/ }),

/***/ 9160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AccessFile: () => (/* binding */ AccessFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/store/durable-file.js
var durable_file = __webpack_require__(9465);
// EXTERNAL MODULE: ./lib/core/store/file-lock.js
var file_lock = __webpack_require__(5683);
// EXTERNAL MODULE: ./lib/core/access/assignment-parse.js
var assignment_parse = __webpack_require__(879);
// EXTERNAL MODULE: ./lib/core/audit/record.js
var record = __webpack_require__(9670);
// EXTERNAL MODULE: ./lib/core/crypto/envelope.js
var envelope = __webpack_require__(8653);
;// CONCATENATED MODULE: ./lib/server/auth/access-state.js
/**
 * The access file's content and its seal: role assignments and revoked token ids, with an
 * HMAC-SHA256 over the canonical JSON of everything but the MAC. Whoever can write the data
 * dir but lacks the vault's key cannot grant themselves a role or un-revoke a token: a file
 * whose MAC fails is never trusted.
 */





const ACCESS_FORMAT = 'coffer-access/1';
const MAX_ASSIGNMENTS = 1_000;
const MAX_REVOKED = 10_000;
const MAX_ACCESS_FILE_BYTES = 4 * 1024 * 1024;
const EMPTY_ACCESS_STATE = { generation: 0, assignments: [], revoked: [] };
/** Our own jtis are 32 hex; GitHub's are UUIDs. Anything printable and short is accepted. */
const JTI = /^[0-9A-Za-z_-]{1,128}$/;
function checkJti(jti) {
    if (!JTI.test(jti))
        throw new errors/* BadParameterError */.lh(`Invalid token id ${(0,errors/* quote */.hD)(jti)}: expected 1-128 of 0-9, a-z, A-Z, '-', '_'.`);
    return jti;
}
/** The canonical JSON the audit chain uses: keys sorted at every level, so the MAC does not depend on key order. */

function macOf(body, macKey) {
    return (0,external_node_crypto_.createHmac)('sha256', macKey).update((0,record/* canonicalJson */.dj)(body)).digest();
}
/** The file's bytes for `state`: readable JSON with its MAC. */
function sealAccessState(state, macKey) {
    const body = { format: ACCESS_FORMAT, generation: state.generation, assignments: state.assignments, revoked: state.revoked };
    const text = `${JSON.stringify({ ...body, mac: macOf(body, macKey).toString('base64') }, null, 2)}\n`;
    if (text.length > MAX_ACCESS_FILE_BYTES)
        throw new errors/* BadParameterError */.lh(`The access file would be ${text.length} bytes: the limit is ${MAX_ACCESS_FILE_BYTES}.`);
    return Buffer.from(text, 'utf8');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseRevoked(value) {
    if (!isRecord(value) || typeof value.jti !== 'string' || typeof value.expires !== 'string' || Number.isNaN(Date.parse(value.expires))) {
        throw new errors/* BadParameterError */.lh('a revoked entry is not { jti, expires }');
    }
    return { jti: checkJti(value.jti), expires: value.expires };
}
function parseBody(body) {
    const { format, generation, assignments, revoked } = body;
    if (format !== ACCESS_FORMAT)
        throw new errors/* BadParameterError */.lh(`the format is not ${ACCESS_FORMAT}`);
    if (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 0)
        throw new errors/* BadParameterError */.lh('the generation is not a whole number');
    if (!Array.isArray(assignments) || assignments.length > MAX_ASSIGNMENTS)
        throw new errors/* BadParameterError */.lh(`assignments is not a list of at most ${MAX_ASSIGNMENTS}`);
    if (!Array.isArray(revoked) || revoked.length > MAX_REVOKED)
        throw new errors/* BadParameterError */.lh(`revoked is not a list of at most ${MAX_REVOKED}`);
    return { generation, assignments: assignments.map(assignment_parse/* parseStoredRoleAssignment */.YW), revoked: revoked.map(parseRevoked) };
}
/**
 * Reads the file's bytes: the MAC is checked before anything in it is believed. Any failure —
 * not JSON, a wrong MAC, a wrong shape — is an IntegrityError naming `path`, never its content.
 */
function openAccessState(bytes, macKey, path) {
    const fail = (why, cause) => new errors/* IntegrityError */.cs(`The access file ${(0,errors/* quote */.hD)(path, 200)} ${why}: it was changed outside Coffer or written with another vault's key.`, cause);
    if (bytes.length > MAX_ACCESS_FILE_BYTES)
        throw fail(`is ${bytes.length} bytes, over the ${MAX_ACCESS_FILE_BYTES}-byte limit`);
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw fail('is not JSON');
    }
    if (!isRecord(parsed) || typeof parsed.mac !== 'string')
        throw fail('has no MAC');
    const { mac, ...body } = parsed;
    const expected = macOf(body, macKey);
    const given = Buffer.from(mac, 'base64');
    if (!(0,envelope/* constantTimeEqual */.S)(given, expected))
        throw fail('fails its MAC check');
    try {
        return parseBody(body);
    }
    catch (error) {
        throw fail(`is malformed (${(0,errors/* isVaultError */.XQ)(error) ? error.message : 'unreadable'})`, error);
    }
}
/** Drops revocations whose token has expired: a dead token needs no revocation. */
function pruneRevoked(revoked, now) {
    return revoked.filter((entry) => Date.parse(entry.expires) > now.getTime());
}

;// CONCATENATED MODULE: ./lib/server/auth/access-file.js
/**
 * `<data-dir>/access.json` as the server and the CLI share it. Every change runs under a lock
 * file, re-reads the file, writes it durably (0600), and is then audited through the vault; if
 * the audit record cannot be written the previous content is put back and the change fails
 * (fail closed). The server picks up other processes' changes with reloadIfChanged().
 *
 * Rollback: a file whose generation is below one this process has seen, or that vanished
 * after one existed, is refused (IntegrityError) — an old file would un-revoke tokens.
 */







const RELOAD_INTERVAL_MS = 1_000;
/** Reads the file if it exists, bounded; undefined if it does not. */
function readAccessBytes(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* VaultError */.hb('StorageError', `Could not read ${(0,errors/* quote */.hD)(path, 200)}: ${error.code ?? 'unknown error'}.`, { cause: error });
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        const bytes = (0,durable_file/* readFully */.lR)(fd, 0, Math.min(stat.size, MAX_ACCESS_FILE_BYTES + 1));
        return { bytes, signature: { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs } };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function sameSignature(a, b) {
    return a?.ino === b?.ino && a?.size === b?.size && a?.mtimeMs === b?.mtimeMs;
}
class AccessFile {
    path;
    #macKey;
    #clock;
    #random;
    #lockTimeoutMs;
    #state = EMPTY_ACCESS_STATE;
    #revoked = new Set();
    #signature;
    #lastCheck = 0;
    #failure;
    constructor(path, macKey, options) {
        this.path = path;
        this.#macKey = macKey;
        this.#clock = options.clock ?? (() => new Date());
        this.#random = options.random ?? external_node_crypto_.randomBytes;
        this.#lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
    }
    /** Opens `path`; a missing file is an empty one (a fresh data dir). IntegrityError if its MAC fails. */
    static load(path, macKey, options = {}) {
        const file = new AccessFile(path, macKey, options);
        file.#readFromDisk();
        file.#lastCheck = file.#clock().getTime();
        return file;
    }
    get generation() {
        this.#throwIfFailed();
        return this.#state.generation;
    }
    get assignments() {
        this.#throwIfFailed();
        return this.#state.assignments;
    }
    get revoked() {
        this.#throwIfFailed();
        return this.#state.revoked;
    }
    isRevoked(jti) {
        this.#throwIfFailed();
        return this.#revoked.has(jti);
    }
    /**
     * Re-reads the file if its inode, size or mtime changed, at most once a second. True if the
     * content was replaced. A file that fails its check leaves this object failing every call
     * (fail closed) until a good file appears.
     */
    reloadIfChanged() {
        const now = this.#clock().getTime();
        if (now - this.#lastCheck < RELOAD_INTERVAL_MS && this.#failure === undefined)
            return false;
        this.#lastCheck = now;
        let current;
        try {
            const stat = (0,external_node_fs_.statSync)(this.path);
            current = { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
        }
        catch {
            current = undefined;
        }
        if (this.#failure === undefined && sameSignature(current, this.#signature))
            return false;
        const before = this.#state.generation;
        this.#readFromDisk();
        return this.#state.generation !== before;
    }
    /** Adds a role assignment (validated; a fresh id). Audited as RoleAssignmentCreate. */
    async assign(input, context) {
        return this.#change(context, 'RoleAssignmentCreate', (state) => {
            const assignment = (0,assignment_parse/* createRoleAssignment */.QN)(input, this.#clock(), this.#random);
            if (state.assignments.length >= MAX_ASSIGNMENTS)
                throw new errors/* BadParameterError */.lh(`There are ${MAX_ASSIGNMENTS} role assignments, the limit: remove one first.`);
            const same = state.assignments.find((a) => sameGrant(a, assignment));
            if (same !== undefined)
                throw new errors/* VaultError */.hb('Conflict', `Role assignment ${same.id} already grants this.`);
            return { state: { ...state, assignments: [...state.assignments, assignment] }, result: assignment, id: `/roleassignments/${assignment.id}`, extra: grantExtra(assignment) };
        }, input);
    }
    /** Removes a role assignment by id. Audited as RoleAssignmentDelete. */
    async remove(id, context) {
        return this.#change(context, 'RoleAssignmentDelete', (state) => {
            const found = state.assignments.find((a) => a.id === id);
            if (found === undefined)
                throw new errors/* BadParameterError */.lh(`No role assignment ${(0,errors/* quote */.hD)(id)}.`);
            return { state: { ...state, assignments: state.assignments.filter((a) => a !== found) }, result: found, id: `/roleassignments/${found.id}`, extra: grantExtra(found) };
        }, { id });
    }
    /** Refuses the token with id `jti` until `expires`. Audited as TokenRevoke. */
    async revoke(jti, expires, context) {
        await this.#change(context, 'TokenRevoke', (state) => {
            checkJti(jti);
            if (Number.isNaN(expires.getTime()))
                throw new errors/* BadParameterError */.lh('Invalid expiry: not a date.');
            const others = state.revoked.filter((entry) => entry.jti !== jti);
            if (others.length >= MAX_REVOKED)
                throw new errors/* BadParameterError */.lh(`There are ${MAX_REVOKED} unexpired revocations, the limit.`);
            return { state: { ...state, revoked: [...others, { jti, expires: expires.toISOString() }] }, result: undefined, id: `/tokens/${jti}`, extra: { expires: expires.toISOString() } };
        }, { jti });
    }
    #throwIfFailed() {
        if (this.#failure !== undefined)
            throw this.#failure;
    }
    #readFromDisk() {
        const read = readAccessBytes(this.path);
        try {
            const state = read === undefined ? this.#missing() : openAccessState(read.bytes, this.#macKey, this.path);
            if (state.generation < this.#state.generation) {
                throw new errors/* IntegrityError */.cs(`The access file ${(0,errors/* quote */.hD)(this.path, 200)} went back from generation ${this.#state.generation} to ${state.generation}: an older copy was restored.`);
            }
            this.#adopt(state, read?.signature);
        }
        catch (error) {
            if (error instanceof errors/* IntegrityError */.cs)
                this.#failure = error;
            throw error;
        }
    }
    #missing() {
        if (this.#state.generation > 0)
            throw new errors/* IntegrityError */.cs(`The access file ${(0,errors/* quote */.hD)(this.path, 200)} was removed after generation ${this.#state.generation}.`);
        return EMPTY_ACCESS_STATE;
    }
    #adopt(state, signature) {
        this.#state = state;
        this.#revoked = new Set(state.revoked.map((entry) => entry.jti));
        this.#signature = signature;
        this.#failure = undefined;
    }
    /**
     * One change: lock, re-read, apply, write, audit. If the audit fails, the previous content
     * is written back under a newer generation (so that a reader who saw the change does not
     * take the restore for a rollback), and the audit error is thrown.
     */
    async #change(context, operationName, apply, subject) {
        const started = this.#clock();
        const lock = new file_lock/* FileLock */.I(`${this.path}.lock`, this.#lockTimeoutMs);
        await lock.acquire();
        try {
            this.#readFromDisk();
            const previous = this.#state;
            let change;
            try {
                change = apply(previous);
            }
            catch (error) {
                await context.record(requestRecord(context, operationName, started, subjectId(subject), { error })).catch(() => undefined);
                throw error;
            }
            const next = { ...change.state, generation: previous.generation + 1, revoked: pruneRevoked(change.state.revoked, this.#clock()) };
            this.#write(next);
            try {
                await context.record(requestRecord(context, operationName, started, change.id, { extra: change.extra }));
            }
            catch (error) {
                this.#write({ ...previous, generation: next.generation + 1 });
                throw error;
            }
            return change.result;
        }
        finally {
            lock.release();
        }
    }
    #write(state) {
        (0,durable_file/* replaceFileDurably */.uK)(this.path, sealAccessState(state, this.#macKey), 0o600);
        this.#adopt(state, readAccessBytes(this.path)?.signature);
    }
}
function requestRecord(context, operationName, started, id, more) {
    return {
        operationName, who: context.who, started,
        ...(context.correlationId === undefined ? {} : { correlationId: context.correlationId }),
        ...(context.callerIpAddress === undefined ? {} : { callerIpAddress: context.callerIpAddress }),
        ...(id === undefined ? {} : { id }),
        ...more,
    };
}
/** The audit id of a refused change: the assignment or token it named, if it named one plainly. */
function subjectId(subject) {
    const { id, jti } = (typeof subject === 'object' && subject !== null ? subject : {});
    if (typeof id === 'string' && /^[0-9a-f]{32}$/.test(id))
        return `/roleassignments/${id}`;
    if (typeof jti === 'string' && /^[0-9A-Za-z_-]{1,128}$/.test(jti))
        return `/tokens/${jti}`;
    return undefined;
}
function grantExtra(assignment) {
    return { role: assignment.role, scope: assignment.scope, principal: (0,record/* canonicalJson */.dj)(assignment.principal) };
}
function sameGrant(a, b) {
    return a.role === b.role && a.scope.toLowerCase() === b.scope.toLowerCase() && (0,record/* canonicalJson */.dj)(a.principal) === (0,record/* canonicalJson */.dj)(b.principal)
        && (0,record/* canonicalJson */.dj)(a.allow ?? {}) === (0,record/* canonicalJson */.dj)(b.allow ?? {});
}


/***/ })

};
