export const id = 536;
export const ids = [536];
export const modules = {

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

/***/ 605:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ toUnixSeconds),
/* harmony export */   d7: () => (/* binding */ requiredUnixSeconds),
/* harmony export */   eE: () => (/* binding */ parseWireAttributes),
/* harmony export */   gx: () => (/* binding */ keyAttributesWire),
/* harmony export */   kf: () => (/* binding */ fromUnixSeconds),
/* harmony export */   kz: () => (/* binding */ parseAttributeInput),
/* harmony export */   pk: () => (/* binding */ attributesWire)
/* harmony export */ });
/* unused harmony export MAX_UNIX_SECONDS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8427);
/* harmony import */ var _body_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3450);
/**
 * The `attributes` object of secrets and keys: `{enabled, nbf, exp, created, updated,
 * recoverableDays, recoveryLevel}` (keys add `exportable`), times in whole Unix seconds
 * (format `unixtime` in the Key Vault spec, keys.json/secrets.json `Attributes`). The domain
 * has Dates and camelCase names; this file is the only place where one becomes the other.
 */



/** 9999-12-31T23:59:59Z: the last second a Date and every Azure SDK can represent alike. */
const MAX_UNIX_SECONDS = 253_402_300_799;
const SECONDS = { min: 0, max: MAX_UNIX_SECONDS };
/** A required date in Unix seconds (a deleted object's deletedDate, scheduledPurgeDate). */
function requiredUnixSeconds(body, field) {
    const seconds = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(body, field, { min: 0, max: MAX_UNIX_SECONDS });
    if (seconds === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Missing field '${field}': expected Unix seconds.`);
    return fromUnixSeconds(seconds);
}
/** Whole Unix seconds, rounded down: the wire has no sub-second precision. */
function toUnixSeconds(date) {
    return Math.floor(date.getTime() / 1000);
}
function fromUnixSeconds(seconds) {
    return new Date(seconds * 1000);
}
function attributesWire(properties) {
    return {
        enabled: properties.enabled,
        ...(properties.notBefore === undefined ? {} : { nbf: toUnixSeconds(properties.notBefore) }),
        ...(properties.expiresOn === undefined ? {} : { exp: toUnixSeconds(properties.expiresOn) }),
        created: toUnixSeconds(properties.createdOn),
        updated: toUnixSeconds(properties.updatedOn),
        recoverableDays: properties.recoverableDays,
        recoveryLevel: properties.recoveryLevel,
    };
}
function keyAttributesWire(properties) {
    return { ...attributesWire(properties), exportable: properties.exportable };
}
function dateField(attributes, field, clearable) {
    if (clearable && (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(attributes, field) === null)
        return null;
    const seconds = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(attributes, field, SECONDS, 'attributes');
    return seconds === undefined ? undefined : fromUnixSeconds(seconds);
}
/**
 * Reads the `attributes` of a request body. With `clearable` (PATCH), `nbf: null` or
 * `exp: null` clears the date; otherwise null is read as absent.
 */
function parseAttributeInput(body, clearable) {
    const raw = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(body, 'attributes');
    if (raw === undefined || raw === null)
        return {};
    const attributes = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(raw, "field 'attributes'");
    const enabled = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalBoolean */ .Jz)(attributes, 'enabled', 'attributes');
    const exportable = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalBoolean */ .Jz)(attributes, 'exportable', 'attributes');
    const notBefore = dateField(attributes, 'nbf', clearable);
    const expiresOn = dateField(attributes, 'exp', clearable);
    if (notBefore instanceof Date && expiresOn instanceof Date && notBefore.getTime() > expiresOn.getTime()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh("Invalid field 'attributes.nbf': it is after 'attributes.exp'.");
    }
    return {
        ...(enabled === undefined ? {} : { enabled }), ...(exportable === undefined ? {} : { exportable }),
        ...(notBefore === undefined ? {} : { notBefore }), ...(expiresOn === undefined ? {} : { expiresOn }),
    };
}
const requiredSeconds = (attributes, field) => {
    const seconds = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(attributes, field, SECONDS, 'attributes');
    if (seconds === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Missing field 'attributes.${field}': expected Unix seconds.`);
    return fromUnixSeconds(seconds);
};
/**
 * Reads response attributes. The domain knows two recovery levels; any other level Azure
 * reports (`Recoverable`, with purge protection…) is read as the one its recoverableDays
 * implies, as the core derives it (objects.ts recoveryLevel).
 */
function parseWireAttributes(input) {
    const attributes = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, "field 'attributes'");
    const optionalDate = (field) => {
        const seconds = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(attributes, field, SECONDS, 'attributes');
        return seconds === undefined ? undefined : fromUnixSeconds(seconds);
    };
    const recoverableDays = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(attributes, 'recoverableDays', { min: 0, max: 90 }, 'attributes') ?? 90;
    const level = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(attributes, 'recoveryLevel');
    return {
        enabled: (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalBoolean */ .Jz)(attributes, 'enabled', 'attributes') ?? true,
        notBefore: optionalDate('nbf'),
        expiresOn: optionalDate('exp'),
        createdOn: requiredSeconds(attributes, 'created'),
        updatedOn: requiredSeconds(attributes, 'updated'),
        recoverableDays,
        recoveryLevel: level === 'Recoverable+Purgeable' || level === 'CustomizedRecoverable+Purgeable' ? level : (0,_core_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .recoveryLevel */ ._K)(recoverableDays),
        exportable: (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalBoolean */ .Jz)(attributes, 'exportable', 'attributes') ?? false,
    };
}


/***/ }),

/***/ 4988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ backupResultWire),
/* harmony export */   tv: () => (/* binding */ parseBackupResult),
/* harmony export */   y$: () => (/* binding */ parseRestoreParameters)
/* harmony export */ });
/* harmony import */ var _core_object_backup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3839);
/* harmony import */ var _base64url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1676);
/* harmony import */ var _body_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3450);
/**
 * Backup and restore bodies, the same for secrets and keys: `POST …/backup` answers
 * `{"value": "<base64url blob>"}` (BackupSecretResult, BackupKeyResult) and `POST …/restore`
 * takes `{"value": "<blob>"}` (SecretRestoreParameters, KeyRestoreParameters). The blob is
 * opaque here: the core opens and authenticates it; this layer checks only its form and size.
 */



function backupResultWire(blob) {
    return { value: blob };
}
/** The blob of a restore request: a base64url string of at most MAX_BACKUP_CHARS. */
function parseRestoreParameters(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, 'restore request');
    return (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .checkBase64urlText */ .wG)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(body, 'value') ?? undefined, 'value', _core_object_backup_js__WEBPACK_IMPORTED_MODULE_0__.MAX_BACKUP_CHARS);
}
/** The blob of a backup response, for the remote client. */
function parseBackupResult(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, 'backup result');
    return (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .checkBase64urlText */ .wG)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(body, 'value') ?? undefined, 'value', _core_object_backup_js__WEBPACK_IMPORTED_MODULE_0__.MAX_BACKUP_CHARS);
}


/***/ }),

/***/ 1676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ encodeBase64url),
/* harmony export */   h2: () => (/* binding */ decodeBase64url),
/* harmony export */   wG: () => (/* binding */ checkBase64urlText)
/* harmony export */ });
/* unused harmony export encodedLength */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/**
 * Strict base64url (RFC 4648 §5, no padding), the encoding of every binary field on the Key
 * Vault wire: JWK members, key operation inputs and outputs, backup blobs, random bytes.
 *
 * Node's own decoder is lenient: it skips characters outside the alphabet, accepts padding and
 * ignores leftover bits, so two different strings can decode to the same bytes and a typo
 * silently becomes other input. Here a string decodes only if it is the canonical encoding of
 * its bytes. Messages name the field and never quote its text, which may be a plaintext.
 */

const ALPHABET = /^[A-Za-z0-9_-]*$/;
/** The base64url text of bytes, without padding. */
function encodeBase64url(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}
/** The number of characters that encode `bytes` bytes without padding. */
function encodedLength(bytes) {
    return Math.ceil((bytes * 4) / 3);
}
/**
 * Decodes a base64url field of a request or response. Refused: a non-string, padding or any
 * character outside the alphabet, an impossible length (4n+1), non-zero leftover bits, and a
 * size outside `bounds` (checked on the text's length first, so a huge field costs nothing).
 */
function decodeBase64url(text, field, bounds) {
    const min = bounds.min ?? 0;
    if (typeof text !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': expected a base64url string.`);
    if (text.length > encodedLength(bounds.max)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': longer than ${bounds.max} bytes.`);
    }
    if (!ALPHABET.test(text) || text.length % 4 === 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding).`);
    }
    const bytes = Buffer.from(text, 'base64url');
    // Leftover bits set in the last character: the text is not the canonical encoding of its bytes.
    if (bytes.toString('base64url') !== text) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': not a canonical base64url encoding.`);
    }
    if (bytes.length < min || bytes.length > bounds.max) {
        const range = min === bounds.max ? `${min}` : `${min}-${bounds.max}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': expected ${range} bytes, got ${bytes.length}.`);
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/**
 * Checks a base64url string without decoding it (for blobs the core decodes itself, such as a
 * backup): the alphabet, a possible length, and a bound on the text.
 */
function checkBase64urlText(text, field, maxChars) {
    if (typeof text !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': expected a base64url string.`);
    if (text.length === 0 || text.length > maxChars) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': expected 1-${maxChars} characters, got ${text.length}.`);
    }
    if (!ALPHABET.test(text) || text.length % 4 === 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding).`);
    }
    return text;
}


/***/ }),

/***/ 3450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ optionalInteger),
/* harmony export */   Ag: () => (/* binding */ readObject),
/* harmony export */   Fk: () => (/* binding */ requiredString),
/* harmony export */   Jz: () => (/* binding */ optionalBoolean),
/* harmony export */   Qx: () => (/* binding */ readNullable),
/* harmony export */   oS: () => (/* binding */ optionalArray),
/* harmony export */   sx: () => (/* binding */ optionalString),
/* harmony export */   u9: () => (/* binding */ optionalObject)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/**
 * Typed reads of JSON request and response fields. Every wire parser goes through these, so
 * that a wrong type is always refused the same way: a BadParameterError naming the field by
 * its JSON path (`attributes.exp`) and saying what was expected — never quoting the value,
 * which may be a secret. Unknown fields are ignored, as Azure ignores them.
 *
 * `null` is read as absent, as Azure's deserialisers read it; parsers that give `null` a
 * meaning (clearing a date on update) use `readNullable`.
 */

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** The request or response body as an object; `what` names it in the message. */
function readObject(input, what) {
    if (!isObject(input))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${what}: expected a JSON object.`);
    return input;
}
/** A field's value: own properties only, so `constructor` or `__proto__` is never inherited. */
function readNullable(body, field) {
    return Object.hasOwn(body, field) ? body[field] : undefined;
}
/** A field's value, or undefined when absent or null. */
function read(body, field) {
    return readNullable(body, field) ?? undefined;
}
const where = (path, field) => (path === '' ? field : `${path}.${field}`);
function wrongType(path, field, expected) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${where(path, field)}': expected ${expected}.`);
}
function optionalString(body, field, path = '') {
    const value = read(body, field);
    if (value !== undefined && typeof value !== 'string')
        throw wrongType(path, field, 'a string');
    return value;
}
function requiredString(body, field, path = '') {
    const value = optionalString(body, field, path);
    if (value === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Missing field '${where(path, field)}': expected a string.`);
    return value;
}
function optionalBoolean(body, field, path = '') {
    const value = read(body, field);
    if (value !== undefined && typeof value !== 'boolean')
        throw wrongType(path, field, 'true or false');
    return value;
}
/** A whole number within [min, max]; a fraction, a string of digits or NaN is refused. */
function optionalInteger(body, field, bounds, path = '') {
    const value = read(body, field);
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds.min || value > bounds.max) {
        throw wrongType(path, field, `a whole number from ${bounds.min} to ${bounds.max}`);
    }
    return value;
}
function optionalObject(body, field, path = '') {
    const value = read(body, field);
    if (value !== undefined && !isObject(value))
        throw wrongType(path, field, 'a JSON object');
    return value;
}
function optionalArray(body, field, path = '') {
    const value = read(body, field);
    if (value !== undefined && !Array.isArray(value))
        throw wrongType(path, field, 'a JSON array');
    return value;
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

/***/ 9654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ parseRecoveryId),
/* harmony export */   J1: () => (/* binding */ recoveryId),
/* harmony export */   Tu: () => (/* binding */ objectId),
/* harmony export */   Vo: () => (/* binding */ vaultOrigin),
/* harmony export */   u9: () => (/* binding */ parseObjectId)
/* harmony export */ });
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid recovery id ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(id), 256)}: expected https://host/deleted${expected ?? '{secrets,keys,certificates}'}/name.`);
    }
    return { origin: parts.origin, collection, name: (0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(parts.name, LABELS[collection]), version: undefined };
}


/***/ }),

/***/ 5230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ parseRandomBytesRequest),
/* harmony export */   Lf: () => (/* binding */ parseDecryptParameters),
/* harmony export */   Lp: () => (/* binding */ keyVerifyResultWire),
/* harmony export */   NK: () => (/* binding */ parseVerifyParameters),
/* harmony export */   Ng: () => (/* binding */ keyOperationResultWire),
/* harmony export */   O6: () => (/* binding */ parseWrapParameters),
/* harmony export */   PV: () => (/* binding */ parseSignParameters),
/* harmony export */   b7: () => (/* binding */ parseKeyOperationResult),
/* harmony export */   eC: () => (/* binding */ randomBytesWire),
/* harmony export */   xo: () => (/* binding */ parseEncryptParameters),
/* harmony export */   zU: () => (/* binding */ OPERATION_LIMITS)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1774);
/* harmony import */ var _base64url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1676);
/* harmony import */ var _body_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3450);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9654);
/**
 * Key operations on the wire (keys.json): KeyOperationsParameters `{alg, value, iv, aad, tag}`
 * for encrypt, decrypt, wrapkey and unwrapkey; KeySignParameters `{alg, value}` where value is
 * the digest; KeyVerifyParameters `{alg, digest, value}` where value is the signature;
 * GetRandomBytesRequest `{count}` (1-128). Answers: KeyOperationResult `{kid, value, iv?, tag?,
 * aad?}`, KeyVerifyResult `{value: boolean}`, RandomBytes `{value}`. Binary fields are strict
 * base64url (base64url.ts) with bounds, and a message never quotes them.
 */





/**
 * Bounds on operation inputs. The largest legitimate input is an RSA-4096 ciphertext or
 * signature (512 bytes) or an AES-GCM plaintext, which Coffer bounds at 64 KiB.
 */
const OPERATION_LIMITS = {
    dataBytes: 64 * 1024,
    /** SHA-512, the longest digest any signature algorithm takes. */
    digestBytes: 64,
    signatureBytes: 1024,
    ivBytes: 16,
    tagBytes: 16,
    aadBytes: 4096,
    randomBytes: 128,
};
function algorithmOf(body, allowed, op) {
    const alg = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(body, 'alg');
    if (alg === undefined || alg === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Missing field 'alg': expected one of ${allowed.join(', ')}.`);
    if (typeof alg !== 'string' || !allowed.includes(alg)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field 'alg': ${op} supports ${allowed.join(', ')}.`);
    }
    return alg;
}
function bytes(body, field, bounds) {
    const value = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(body, field);
    if (value === undefined || value === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Missing field '${field}': expected a base64url string.`);
    return (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeBase64url */ .h2)(value, field, bounds);
}
function optionalBytes(body, field, bounds) {
    const value = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(body, field);
    return value === undefined || value === null ? undefined : (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeBase64url */ .h2)(value, field, bounds);
}
const DATA = { max: OPERATION_LIMITS.dataBytes };
/** POST /keys/{name}/{version}/encrypt. The vault picks an AES-GCM iv itself, so `iv` and `tag` are refused. */
function parseEncryptParameters(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, 'encrypt request');
    const algorithm = algorithmOf(body, _core_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_4__/* .ENCRYPTION_ALGORITHMS */ .tl, 'encrypt');
    for (const field of ['iv', 'tag']) {
        if (((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(body, field) ?? undefined) !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': the vault chooses the ${field === 'iv' ? 'iv' : 'tag'} of an encryption; leave it out.`);
        }
    }
    return { algorithm, plaintext: bytes(body, 'value', DATA), aad: optionalBytes(body, 'aad', { max: OPERATION_LIMITS.aadBytes }) };
}
/** POST /keys/{name}/{version}/decrypt: `iv` and `tag` for AES-GCM, `aad` if it was used. */
function parseDecryptParameters(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, 'decrypt request');
    return {
        algorithm: algorithmOf(body, _core_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_4__/* .ENCRYPTION_ALGORITHMS */ .tl, 'decrypt'),
        ciphertext: bytes(body, 'value', DATA),
        iv: optionalBytes(body, 'iv', { min: 1, max: OPERATION_LIMITS.ivBytes }),
        aad: optionalBytes(body, 'aad', { max: OPERATION_LIMITS.aadBytes }),
        tag: optionalBytes(body, 'tag', { min: 1, max: OPERATION_LIMITS.tagBytes }),
    };
}
/** POST …/wrapkey and …/unwrapkey: `{alg, value}`; iv, aad and tag play no part and are ignored. */
function parseWrapParameters(input, op) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, `${op} request`);
    return { algorithm: algorithmOf(body, _core_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_4__/* .KEY_WRAP_ALGORITHMS */ .kx, op), value: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.dataBytes }) };
}
/** POST …/sign: `value` is the digest (the core checks its length against the algorithm). */
function parseSignParameters(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, 'sign request');
    return { algorithm: algorithmOf(body, _core_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_ALGORITHMS */ .a, 'sign'), digest: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.digestBytes }) };
}
/** POST …/verify: `digest`, and `value` the signature. */
function parseVerifyParameters(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, 'verify request');
    return {
        algorithm: algorithmOf(body, _core_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_ALGORITHMS */ .a, 'verify'),
        digest: bytes(body, 'digest', { min: 1, max: OPERATION_LIMITS.digestBytes }),
        signature: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.signatureBytes }),
    };
}
/**
 * A KeyOperationResult. The domain's keyId is the path `/keys/{name}/{version}`; the wire's
 * kid is absolute. `aad` echoes the request's, as Azure does for AES-GCM encrypt.
 */
function keyOperationResultWire(origin, result, aad) {
    const kid = `${(0,_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .vaultOrigin */ .Vo)(origin)}${result.keyId}`;
    (0,_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .parseObjectId */ .u9)(kid, 'keys');
    return {
        kid,
        value: (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBase64url */ .Fo)(result.result),
        ...(result.iv === undefined ? {} : { iv: (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBase64url */ .Fo)(result.iv) }),
        ...(result.tag === undefined ? {} : { tag: (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBase64url */ .Fo)(result.tag) }),
        ...(aad === undefined ? {} : { aad: (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBase64url */ .Fo)(aad) }),
    };
}
function keyVerifyResultWire(valid) {
    return { value: valid };
}
/** POST /rng: `{count}`, a whole number from 1 to 128. */
function parseRandomBytesRequest(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, 'random bytes request');
    const count = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(body, 'count', { min: 1, max: OPERATION_LIMITS.randomBytes });
    if (count === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Missing field 'count': expected a whole number from 1 to ${OPERATION_LIMITS.randomBytes}.`);
    return count;
}
function randomBytesWire(bytes) {
    return { value: (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBase64url */ .Fo)(bytes) };
}
/** Reads a KeyOperationResult (the remote client); `algorithm` is the one the request named. */
function parseKeyOperationResult(input, algorithm) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, 'key operation result');
    const id = (0,_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .parseObjectId */ .u9)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredString */ .Fk)(body, 'kid'), 'keys');
    if (id.version === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh("Invalid field 'kid': expected the id of a key version.");
    const iv = optionalBytes(body, 'iv', { min: 1, max: OPERATION_LIMITS.ivBytes });
    const tag = optionalBytes(body, 'tag', { min: 1, max: OPERATION_LIMITS.tagBytes });
    return {
        keyId: `/keys/${id.name}/${id.version}`, algorithm, result: bytes(body, 'value', DATA),
        ...(iv === undefined ? {} : { iv }), ...(tag === undefined ? {} : { tag }),
    };
}


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ parseDeletedKeyBundle),
/* harmony export */   KG: () => (/* binding */ keyBundle),
/* harmony export */   Sl: () => (/* binding */ deletedKeyItem),
/* harmony export */   Tm: () => (/* binding */ parseCurve),
/* harmony export */   ZX: () => (/* binding */ parseKeyType),
/* harmony export */   dC: () => (/* binding */ deletedKeyBundle),
/* harmony export */   dL: () => (/* binding */ parseKeyBundle),
/* harmony export */   g9: () => (/* binding */ parseKeyItem),
/* harmony export */   zy: () => (/* binding */ keyItem)
/* harmony export */ });
/* unused harmony exports jsonWebKeyWire, CURVE_BITS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1774);
/* harmony import */ var _attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(605);
/* harmony import */ var _base64url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1676);
/* harmony import */ var _body_fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3450);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9654);
/* harmony import */ var _tags_wire_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7745);
/**
 * Keys on the wire (keys.json): KeyBundle `{key: JsonWebKey, attributes, tags, managed}`,
 * KeyItem `{kid, attributes, tags, managed}`, and their deleted forms. The JsonWebKey carries
 * the public parts only — RSA `n`, `e`; EC `crv`, `x`, `y`; nothing for oct — base64url
 * without padding, with `kid` and `key_ops`. Request bodies are in key-params.ts, key
 * operations in key-operations-wire.ts.
 */







function wireProperties(properties) {
    return { attributes: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .keyAttributesWire */ .gx)(properties), ...(0,_tags_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .tagsWire */ .j)(properties.tags), ...(properties.managed ? { managed: true } : {}) };
}
/** The public JWK of a key version; private members are never copied, whatever `key` holds. */
function jsonWebKeyWire(origin, key) {
    const { n, e, crv, x, y } = key.key;
    return {
        kid: (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .objectId */ .Tu)(origin, 'keys', key.name, key.properties.version),
        kty: key.keyType,
        key_ops: [...key.keyOperations],
        ...(key.keyType === 'RSA' ? { ...(n === undefined ? {} : { n }), ...(e === undefined ? {} : { e }) } : {}),
        ...(key.keyType === 'EC' ? { ...(crv === undefined ? {} : { crv }), ...(x === undefined ? {} : { x }), ...(y === undefined ? {} : { y }) } : {}),
    };
}
/** Create, import, get, update, rotate, recover and restore answer a KeyBundle. */
function keyBundle(origin, key) {
    return { key: jsonWebKeyWire(origin, key), ...wireProperties(key.properties) };
}
/** A list entry: the base kid in GET /keys (latest version's attributes), each version's kid in /versions. */
function keyItem(origin, properties, versioned) {
    return { kid: (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .objectId */ .Tu)(origin, 'keys', properties.name, versioned ? properties.version : undefined), ...wireProperties(properties) };
}
function deletion(origin, deleted) {
    return {
        recoveryId: (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .recoveryId */ .J1)(origin, 'keys', deleted.key.name),
        deletedDate: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .toUnixSeconds */ .LE)(deleted.deletedOn),
        scheduledPurgeDate: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .toUnixSeconds */ .LE)(deleted.scheduledPurgeDate),
    };
}
function deletedKeyBundle(origin, deleted) {
    return { ...deletion(origin, deleted), ...keyBundle(origin, deleted.key) };
}
function deletedKeyItem(origin, deleted) {
    return { ...deletion(origin, deleted), ...keyItem(origin, deleted.key.properties, false) };
}
const KTY = { RSA: 'RSA', 'RSA-HSM': 'RSA', EC: 'EC', 'EC-HSM': 'EC', oct: 'oct', 'oct-HSM': 'oct' };
const CURVE_BITS = { 'P-256': 256, 'P-384': 384, 'P-521': 521, 'P-256K': 256 };
/** A kty of the wire, -HSM types read as their plain type (Coffer has no HSM). */
function parseKeyType(value, field = 'kty') {
    const kty = typeof value === 'string' && Object.hasOwn(KTY, value) ? KTY[value] : undefined;
    if (kty === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': expected one of ${Object.keys(KTY).join(', ')}.`);
    return kty;
}
function parseCurve(value, field = 'crv') {
    if (typeof value !== 'string' || !Object.hasOwn(CURVE_BITS, value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': expected one of ${Object.keys(CURVE_BITS).join(', ')}.`);
    }
    return value;
}
function rsaBits(n) {
    const first = n.findIndex((byte) => byte !== 0);
    return first < 0 ? 0 : (n.length - first) * 8 - Math.clz32(n[first] ?? 0) + 24;
}
/** A response's JWK as the domain's public key (the remote client). Operations Coffer does not know are dropped. */
function parsePublicKey(jwk) {
    const keyType = parseKeyType((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readNullable */ .Qx)(jwk, 'kty'), 'key.kty');
    const ops = ((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalArray */ .oS)(jwk, 'key_ops', 'key') ?? []).filter((op) => _core_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_6__/* .KEY_OPERATIONS */ .jK.includes(op));
    const keyOperations = _core_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_6__/* .KEY_OPERATIONS */ .jK.filter((op) => ops.includes(op));
    const member = (name, max) => (0,_base64url_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeBase64url */ .Fo)((0,_base64url_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBase64url */ .h2)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readNullable */ .Qx)(jwk, name), `key.${name}`, { min: 1, max }));
    if (keyType === 'RSA') {
        const n = member('n', 1024);
        return { keyType, keyOperations, key: { kty: keyType, n, e: member('e', 8) }, keySize: rsaBits(Buffer.from(n, 'base64url')), curve: undefined };
    }
    if (keyType === 'EC') {
        const curve = parseCurve((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readNullable */ .Qx)(jwk, 'crv'), 'key.crv');
        return { keyType, keyOperations, key: { kty: keyType, crv: curve, x: member('x', 66), y: member('y', 66) }, keySize: CURVE_BITS[curve], curve };
    }
    // An oct JWK carries no size: the wire does not say it, so neither can the client.
    return { keyType, keyOperations, key: { kty: keyType }, keySize: 0, curve: undefined };
}
function parseProperties(body, kid) {
    const id = (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .parseObjectId */ .u9)(kid, 'keys');
    return {
        name: id.name, version: id.version, ...(0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWireAttributes */ .eE)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readNullable */ .Qx)(body, 'attributes')),
        tags: (0,_tags_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTags */ .r)(body) ?? {}, managed: (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalBoolean */ .Jz)(body, 'managed') ?? false,
    };
}
function parseKeyItem(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)(input, 'key item');
    return parseProperties(body, (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredString */ .Fk)(body, 'kid'));
}
/** Reads a KeyBundle (the remote client). */
function parseKeyBundle(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)(input, 'key');
    const jwk = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readNullable */ .Qx)(body, 'key'), "field 'key'");
    const properties = parseProperties(body, (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(jwk, 'kid', 'key'));
    const { version } = properties;
    if (version === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh("Invalid field 'key.kid': expected the id of a key version.");
    return { name: properties.name, ...parsePublicKey(jwk), properties: { ...properties, version } };
}
function parseDeletedKeyBundle(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)(input, 'deleted key');
    (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecoveryId */ .Gx)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredString */ .Fk)(body, 'recoveryId'), 'keys');
    return { key: parseKeyBundle(body), deletedOn: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredUnixSeconds */ .d7)(body, 'deletedDate'), scheduledPurgeDate: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredUnixSeconds */ .d7)(body, 'scheduledPurgeDate') };
}


/***/ }),

/***/ 2959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ parseSecretBundle),
/* harmony export */   Mx: () => (/* binding */ secretPropertiesBundle),
/* harmony export */   Sx: () => (/* binding */ secretSetParametersWire),
/* harmony export */   Vc: () => (/* binding */ secretBundle),
/* harmony export */   Yo: () => (/* binding */ deletedSecretBundle),
/* harmony export */   ZS: () => (/* binding */ secretUpdateParametersWire),
/* harmony export */   bD: () => (/* binding */ parseSecretProperties),
/* harmony export */   h8: () => (/* binding */ parseSecretUpdateParameters),
/* harmony export */   hy: () => (/* binding */ parseDeletedSecretBundle),
/* harmony export */   jQ: () => (/* binding */ requestAttributes),
/* harmony export */   wH: () => (/* binding */ parseSecretSetParameters),
/* harmony export */   yX: () => (/* binding */ secretItem),
/* harmony export */   zh: () => (/* binding */ deletedSecretItem)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6599);
/* harmony import */ var _attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(605);
/* harmony import */ var _body_fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3450);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9654);
/* harmony import */ var _tags_wire_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7745);
/**
 * Secrets on the wire (secrets.json): SecretBundle, SecretItem, DeletedSecretBundle,
 * DeletedSecretItem, and the bodies of set (PUT) and update (PATCH). The server turns domain
 * objects into the first four and requests into domain options; the remote client does the
 * reverse. Ids are absolute (`{origin}/secrets/{name}/{version}`); times are Unix seconds.
 */






function wireProperties(origin, properties, versioned) {
    return {
        id: (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .objectId */ .Tu)(origin, 'secrets', properties.name, versioned ? properties.version : undefined),
        ...(properties.contentType === undefined ? {} : { contentType: properties.contentType }),
        attributes: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .attributesWire */ .pk)(properties),
        ...(0,_tags_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .tagsWire */ .j)(properties.tags),
        ...(properties.managed ? { managed: true } : {}),
    };
}
/** A version's properties as a bundle without its value: PATCH, recover and restore answer this. */
function secretPropertiesBundle(origin, properties) {
    // A certificate's secret names the key made with it: same name, same version.
    const kid = properties.managed ? { kid: (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .objectId */ .Tu)(origin, 'keys', properties.name, properties.version) } : {};
    return { ...wireProperties(origin, properties, true), ...kid };
}
/** GET and PUT /secrets/{name}: the version with its value. */
function secretBundle(origin, secret) {
    return { value: secret.value, ...secretPropertiesBundle(origin, secret.properties) };
}
/**
 * A list entry. GET /secrets lists the base id (`versioned` false) with the latest version's
 * attributes (reference, rule 12); GET /secrets/{name}/versions lists each version's id.
 */
function secretItem(origin, properties, versioned) {
    return wireProperties(origin, properties, versioned);
}
function deletion(origin, deleted) {
    return {
        recoveryId: (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .recoveryId */ .J1)(origin, 'secrets', deleted.properties.name),
        deletedDate: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .toUnixSeconds */ .LE)(deleted.deletedOn),
        scheduledPurgeDate: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .toUnixSeconds */ .LE)(deleted.scheduledPurgeDate),
    };
}
/** DELETE /secrets/{name} and GET /deletedsecrets/{name}: never the value. */
function deletedSecretBundle(origin, deleted) {
    return { ...deletion(origin, deleted), ...secretPropertiesBundle(origin, deleted.properties) };
}
function deletedSecretItem(origin, deleted) {
    return { ...deletion(origin, deleted), ...wireProperties(origin, deleted.properties, false) };
}
/** PUT /secrets/{name} (SecretSetParameters): `value` required; contentType, attributes, tags. */
function parseSecretSetParameters(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)(input, 'secret set request');
    const value = (0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateSecretValue */ .K2)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredString */ .Fk)(body, 'value'));
    const contentType = readContentType(body);
    const { enabled, notBefore, expiresOn } = (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAttributeInput */ .kz)(body, false);
    const tags = (0,_tags_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTags */ .r)(body);
    const options = {
        ...(contentType === undefined || contentType === null ? {} : { contentType }),
        ...(enabled === undefined ? {} : { enabled }),
        ...(notBefore instanceof Date ? { notBefore } : {}),
        ...(expiresOn instanceof Date ? { expiresOn } : {}),
        ...(tags === undefined ? {} : { tags }),
    };
    return { value, options };
}
/** PATCH /secrets/{name}/{version} (SecretUpdateParameters). `null` clears contentType, nbf or exp; a `value` is ignored, as Azure ignores it. */
function parseSecretUpdateParameters(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)(input, 'secret update request');
    const contentType = readContentType(body, true);
    const { enabled, notBefore, expiresOn } = (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAttributeInput */ .kz)(body, true);
    const tags = (0,_tags_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTags */ .r)(body);
    return {
        ...(contentType === undefined ? {} : { contentType }),
        ...(enabled === undefined ? {} : { enabled }),
        ...(notBefore === undefined ? {} : { notBefore }),
        ...(expiresOn === undefined ? {} : { expiresOn }),
        ...(tags === undefined ? {} : { tags }),
    };
}
function readContentType(body, clearable = false) {
    const raw = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readNullable */ .Qx)(body, 'contentType');
    if (raw === null)
        return clearable ? null : undefined;
    if (raw !== undefined && typeof raw !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh("Invalid field 'contentType': expected a string.");
    return raw === undefined ? undefined : (0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateContentType */ .oL)(raw);
}
/** The body the remote client sends to set a secret. */
function secretSetParametersWire(value, options = {}) {
    return {
        value,
        ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
        attributes: requestAttributes(options),
        ...(options.tags === undefined ? {} : { tags: { ...options.tags } }),
    };
}
/** The body the remote client sends to update a version; `null` clears. */
function secretUpdateParametersWire(options) {
    return {
        ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
        attributes: requestAttributes(options),
        ...(options.tags === undefined ? {} : { tags: { ...options.tags } }),
    };
}
/** Request `attributes` from options: enabled, nbf and exp (`null` kept, to clear). */
function requestAttributes(options) {
    const seconds = (date) => (date === null ? null : (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .toUnixSeconds */ .LE)(date));
    return {
        ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
        ...(options.notBefore === undefined ? {} : { nbf: seconds(options.notBefore) }),
        ...(options.expiresOn === undefined ? {} : { exp: seconds(options.expiresOn) }),
    };
}
/** Reads a SecretBundle or SecretItem (without its value), for the remote client. */
function parseSecretProperties(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)(input, 'secret');
    const id = (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .parseObjectId */ .u9)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredString */ .Fk)(body, 'id'), 'secrets');
    const { exportable: _ignored, ...attributes } = (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWireAttributes */ .eE)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readNullable */ .Qx)(body, 'attributes'));
    const contentType = readContentType(body) ?? undefined;
    return {
        name: id.name, version: id.version, ...attributes, contentType,
        tags: (0,_tags_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTags */ .r)(body) ?? {}, managed: (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalBoolean */ .Jz)(body, 'managed') ?? false,
    };
}
function versioned(properties) {
    const { version } = properties;
    if (version === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh("Invalid field 'id': expected the id of a secret version.");
    return { ...properties, version };
}
/** Reads a SecretBundle with its value. */
function parseSecretBundle(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)(input, 'secret');
    return { properties: versioned(parseSecretProperties(body)), value: (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredString */ .Fk)(body, 'value') };
}
/** Reads a DeletedSecretBundle. */
function parseDeletedSecretBundle(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readObject */ .Ag)(input, 'deleted secret');
    const properties = versioned(parseSecretProperties(body));
    (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecoveryId */ .Gx)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredString */ .Fk)(body, 'recoveryId'), 'secrets');
    return { properties, deletedOn: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredUnixSeconds */ .d7)(body, 'deletedDate'), scheduledPurgeDate: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredUnixSeconds */ .d7)(body, 'scheduledPurgeDate') };
}


/***/ }),

/***/ 7745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ tagsWire),
/* harmony export */   r: () => (/* binding */ parseTags)
/* harmony export */ });
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6599);
/* harmony import */ var _body_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3450);


/** The `tags` member of a response: present only when there are tags. */
function tagsWire(tags) {
    return Object.keys(tags).length === 0 ? {} : { tags: { ...tags } };
}
/** The `tags` of a body, validated; undefined when absent or null. */
function parseTags(body) {
    const tags = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalObject */ .u9)(body, 'tags');
    return tags === undefined ? undefined : (0,_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .validateTags */ .Wh)(tags);
}


/***/ })

};
