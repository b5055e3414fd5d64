export const id = 898;
export const ids = [898];
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

/***/ 9563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ IssuerUnavailableError),
/* harmony export */   v3: () => (/* binding */ AuthenticationError),
/* harmony export */   vw: () => (/* binding */ reasonForJoseError)
/* harmony export */ });
/* unused harmony export AUTHENTICATION_REASONS */
/**
 * Authentication failures, apart from the vault's errors: they happen before any vault
 * operation and map to HTTP 401 (503 for an unreachable issuer). `reason` is stable, for
 * tests, audit records and the server's mapping; the message is fixed per reason and never
 * holds the token or anything read from it.
 */
const MESSAGES = {
    missing: 'No bearer token: send Authorization: Bearer <token>.',
    malformed: 'The bearer token is malformed.',
    'bad-signature': 'The bearer token\'s signature does not verify.',
    'wrong-issuer': 'The bearer token was issued by an issuer this vault does not trust.',
    'wrong-audience': 'The bearer token is meant for another audience.',
    expired: 'The bearer token has expired.',
    'not-yet-valid': 'The bearer token is not valid yet.',
    'unknown-kid': 'The bearer token is signed with a key the issuer does not publish.',
    'alg-not-allowed': 'The bearer token\'s algorithm is not allowed.',
    revoked: 'The bearer token has been revoked.',
    'no-assignment': 'No role assignment matches the bearer token\'s claims.',
    'unknown-token': 'The bearer token is neither a JWT nor this server\'s admin token.',
    'issuer-unavailable': 'The token issuer\'s keys could not be fetched; try again later.',
};
class AuthenticationError extends Error {
    reason;
    /** `cause` is kept for debugging; jose's errors carry no token, only claim names. */
    constructor(reason, cause) {
        super(`Authentication failed (${reason}): ${MESSAGES[reason]}`, cause === undefined ? undefined : { cause });
        this.name = 'AuthenticationError';
        this.reason = reason;
    }
}
/** The issuer's JWKS could not be fetched (unreachable, not 200, oversized): our fetch throws it, jose passes it on. */
class IssuerUnavailableError extends Error {
    constructor(message, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.name = 'IssuerUnavailableError';
    }
}
/** Every reason, for tests and the server's status table. */
const AUTHENTICATION_REASONS = Object.keys(MESSAGES);
/** The jose failure → our reason. Anything not listed is a malformed token. */
function reasonForJoseError(error) {
    const { code, claim, reason } = (typeof error === 'object' && error !== null ? error : {});
    switch (code) {
        case 'ERR_JWT_EXPIRED': return 'expired';
        case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED': return 'bad-signature';
        case 'ERR_JOSE_ALG_NOT_ALLOWED': return 'alg-not-allowed';
        case 'ERR_JWKS_NO_MATCHING_KEY':
        case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS': return 'unknown-kid';
        case 'ERR_JWKS_TIMEOUT':
        case 'ERR_JWKS_INVALID':
        case 'ERR_JOSE_GENERIC': return 'issuer-unavailable';
        case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
            if (claim === 'iss')
                return 'wrong-issuer';
            if (claim === 'aud')
                return 'wrong-audience';
            // A time claim that is present but in the future; a missing or non-numeric one is malformed.
            if ((claim === 'nbf' || claim === 'iat') && reason === 'check_failed')
                return 'not-yet-valid';
            return 'malformed';
        default:
            return error instanceof IssuerUnavailableError ? 'issuer-unavailable' : 'malformed';
    }
}


/***/ }),

/***/ 4898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLOCK_TOLERANCE_SECONDS: () => (/* binding */ CLOCK_TOLERANCE_SECONDS),
/* harmony export */   DEFAULT_TOKEN_TTL_SECONDS: () => (/* binding */ DEFAULT_TOKEN_TTL_SECONDS),
/* harmony export */   MAX_TOKEN_TTL_SECONDS: () => (/* binding */ MAX_TOKEN_TTL_SECONDS),
/* harmony export */   VAULT_TOKEN_ISSUER: () => (/* binding */ VAULT_TOKEN_ISSUER),
/* harmony export */   mintToken: () => (/* binding */ mintToken),
/* harmony export */   vaultTokenAudience: () => (/* binding */ vaultTokenAudience),
/* harmony export */   verifyVaultToken: () => (/* binding */ verifyVaultToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2896);
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5057);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_access_assignment_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(879);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9563);
/**
 * The vault's own bearer tokens: HS256 JWTs granting one role over one scope to a named
 * principal, for callers without an OIDC issuer (a laptop, another CI system). Short-lived
 * (15 minutes by default, 24 hours at most) and revocable by `jti`.
 *
 * Why HMAC with a key derived from the vault's data key, rather than an asymmetric key kept in
 * the vault's own key namespace: anyone granted keys/sign on such a key (a Crypto User, say)
 * could sign a token naming Administrator and so mint themselves any role. The derived key is
 * reachable only through the master key, which already is everything.
 */





const VAULT_TOKEN_ISSUER = 'coffer';
const DEFAULT_TOKEN_TTL_SECONDS = 15 * 60;
const MAX_TOKEN_TTL_SECONDS = 24 * 60 * 60;
/** Clock skew tolerated between the machine that minted a token and the server. */
const CLOCK_TOLERANCE_SECONDS = 60;
const MAX_PRINCIPAL_NAME = 256;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** The audience of a vault's tokens: its id, so that server and CLI agree without knowing a URL. */
function vaultTokenAudience(vaultId) {
    return `coffer:${vaultId}`;
}
function checkPrincipalName(name) {
    if (name.length === 0 || name.length > MAX_PRINCIPAL_NAME || CONTROL.test(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid principal ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)}: expected 1-${MAX_PRINCIPAL_NAME} printable characters.`);
    }
    return name;
}
function checkTtl(ttl) {
    if (!Number.isSafeInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid token lifetime ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(ttl))}: expected 1 to ${MAX_TOKEN_TTL_SECONDS} seconds (24 hours).`);
    }
    return ttl;
}
/** Signs a token. BadParameterError (quoting the bad value) for a bad principal, role, scope or TTL. */
async function mintToken(request, tokenKey, now, random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
    const principal = checkPrincipalName(request.principal);
    const role = (0,_core_access_assignment_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRole */ .gP)(request.role);
    const scope = (0,_core_access_assignment_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseScope */ .Sk)(request.scope ?? '/');
    const ttl = checkTtl(request.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS);
    const jti = random(16).toString('hex');
    const iat = Math.floor(now.getTime() / 1000);
    const token = await new jose__WEBPACK_IMPORTED_MODULE_4__/* .SignJWT */ .P({ coffer_role: role, coffer_scope: scope })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(VAULT_TOKEN_ISSUER).setAudience(request.audience).setSubject(principal).setJti(jti)
        .setIssuedAt(iat).setExpirationTime(iat + ttl)
        .sign(tokenKey);
    return { token, jti, expires: new Date((iat + ttl) * 1000) };
}
/**
 * Verifies a vault token: HS256 only, our issuer and audience, exp and iat required with 60 s of
 * skew, a lifetime of at most 24 hours, a known role and a valid scope. Revocation is the
 * caller's check (it owns the access file). Throws AuthenticationError.
 */
async function verifyVaultToken(token, tokenKey, audience, now) {
    let payload;
    try {
        ({ payload } = await (0,jose__WEBPACK_IMPORTED_MODULE_5__/* .jwtVerify */ .V)(token, tokenKey, {
            algorithms: ['HS256'], issuer: VAULT_TOKEN_ISSUER, audience, clockTolerance: CLOCK_TOLERANCE_SECONDS, currentDate: now,
            requiredClaims: ['exp', 'iat', 'jti', 'sub'], maxTokenAge: MAX_TOKEN_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS,
        }));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AuthenticationError */ .v3((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .reasonForJoseError */ .vw)(error), error);
    }
    const { sub, jti, exp, iat, coffer_role: role, coffer_scope: scope } = payload;
    try {
        if (typeof sub !== 'string' || typeof jti !== 'string' || exp === undefined || iat === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('claims');
        if (exp - iat > MAX_TOKEN_TTL_SECONDS)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('lifetime');
        return { principal: checkPrincipalName(sub), role: (0,_core_access_assignment_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRole */ .gP)(role), scope: (0,_core_access_assignment_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseScope */ .Sk)(scope), jti, expires: new Date(exp * 1000) };
    }
    catch {
        // Signed by us, yet not what we mint: refuse without echoing its claims.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AuthenticationError */ .v3('malformed');
    }
}


/***/ })

};
