"use strict";
exports.id = 227;
exports.ids = [227,886,91,839];
exports.modules = {

/***/ 2617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
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


/***/ }),

/***/ 5227:
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
// EXTERNAL MODULE: ./lib/core/certificates/lazy.js
var lazy = __webpack_require__(5272);
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
// EXTERNAL MODULE: ./lib/protocol/ids.js
var ids = __webpack_require__(9654);
;// CONCATENATED MODULE: ./lib/protocol/key-operations-wire.js
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
    const alg = readNullable(body, 'alg');
    if (alg === undefined || alg === null)
        throw new BadParameterError(`Missing field 'alg': expected one of ${allowed.join(', ')}.`);
    if (typeof alg !== 'string' || !allowed.includes(alg)) {
        throw new BadParameterError(`Invalid field 'alg': ${op} supports ${allowed.join(', ')}.`);
    }
    return alg;
}
function bytes(body, field, bounds) {
    const value = (0,body_fields/* readNullable */.Qx)(body, field);
    if (value === undefined || value === null)
        throw new errors/* BadParameterError */.lh(`Missing field '${field}': expected a base64url string.`);
    return (0,base64url/* decodeBase64url */.h2)(value, field, bounds);
}
function optionalBytes(body, field, bounds) {
    const value = (0,body_fields/* readNullable */.Qx)(body, field);
    return value === undefined || value === null ? undefined : (0,base64url/* decodeBase64url */.h2)(value, field, bounds);
}
const DATA = { max: OPERATION_LIMITS.dataBytes };
/** POST /keys/{name}/{version}/encrypt. The vault picks an AES-GCM iv itself, so `iv` and `tag` are refused. */
function parseEncryptParameters(input) {
    const body = readObject(input, 'encrypt request');
    const algorithm = algorithmOf(body, ENCRYPTION_ALGORITHMS, 'encrypt');
    for (const field of ['iv', 'tag']) {
        if ((readNullable(body, field) ?? undefined) !== undefined) {
            throw new BadParameterError(`Invalid field '${field}': the vault chooses the ${field === 'iv' ? 'iv' : 'tag'} of an encryption; leave it out.`);
        }
    }
    return { algorithm, plaintext: bytes(body, 'value', DATA), aad: optionalBytes(body, 'aad', { max: OPERATION_LIMITS.aadBytes }) };
}
/** POST /keys/{name}/{version}/decrypt: `iv` and `tag` for AES-GCM, `aad` if it was used. */
function parseDecryptParameters(input) {
    const body = readObject(input, 'decrypt request');
    return {
        algorithm: algorithmOf(body, ENCRYPTION_ALGORITHMS, 'decrypt'),
        ciphertext: bytes(body, 'value', DATA),
        iv: optionalBytes(body, 'iv', { min: 1, max: OPERATION_LIMITS.ivBytes }),
        aad: optionalBytes(body, 'aad', { max: OPERATION_LIMITS.aadBytes }),
        tag: optionalBytes(body, 'tag', { min: 1, max: OPERATION_LIMITS.tagBytes }),
    };
}
/** POST …/wrapkey and …/unwrapkey: `{alg, value}`; iv, aad and tag play no part and are ignored. */
function parseWrapParameters(input, op) {
    const body = readObject(input, `${op} request`);
    return { algorithm: algorithmOf(body, KEY_WRAP_ALGORITHMS, op), value: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.dataBytes }) };
}
/** POST …/sign: `value` is the digest (the core checks its length against the algorithm). */
function parseSignParameters(input) {
    const body = readObject(input, 'sign request');
    return { algorithm: algorithmOf(body, SIGNATURE_ALGORITHMS, 'sign'), digest: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.digestBytes }) };
}
/** POST …/verify: `digest`, and `value` the signature. */
function parseVerifyParameters(input) {
    const body = readObject(input, 'verify request');
    return {
        algorithm: algorithmOf(body, SIGNATURE_ALGORITHMS, 'verify'),
        digest: bytes(body, 'digest', { min: 1, max: OPERATION_LIMITS.digestBytes }),
        signature: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.signatureBytes }),
    };
}
/**
 * A KeyOperationResult. The domain's keyId is the path `/keys/{name}/{version}`; the wire's
 * kid is absolute. `aad` echoes the request's, as Azure does for AES-GCM encrypt.
 */
function keyOperationResultWire(origin, result, aad) {
    const kid = `${vaultOrigin(origin)}${result.keyId}`;
    parseObjectId(kid, 'keys');
    return {
        kid,
        value: encodeBase64url(result.result),
        ...(result.iv === undefined ? {} : { iv: encodeBase64url(result.iv) }),
        ...(result.tag === undefined ? {} : { tag: encodeBase64url(result.tag) }),
        ...(aad === undefined ? {} : { aad: encodeBase64url(aad) }),
    };
}
function keyVerifyResultWire(valid) {
    return { value: valid };
}
/** POST /rng: `{count}`, a whole number from 1 to 128. */
function parseRandomBytesRequest(input) {
    const body = readObject(input, 'random bytes request');
    const count = optionalInteger(body, 'count', { min: 1, max: OPERATION_LIMITS.randomBytes });
    if (count === undefined)
        throw new BadParameterError(`Missing field 'count': expected a whole number from 1 to ${OPERATION_LIMITS.randomBytes}.`);
    return count;
}
function randomBytesWire(bytes) {
    return { value: encodeBase64url(bytes) };
}
/** Reads a KeyOperationResult (the remote client); `algorithm` is the one the request named. */
function parseKeyOperationResult(input, algorithm) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'key operation result');
    const id = (0,ids/* parseObjectId */.u9)((0,body_fields/* requiredString */.Fk)(body, 'kid'), 'keys');
    if (id.version === undefined)
        throw new errors/* BadParameterError */.lh("Invalid field 'kid': expected the id of a key version.");
    const iv = optionalBytes(body, 'iv', { min: 1, max: OPERATION_LIMITS.ivBytes });
    const tag = optionalBytes(body, 'tag', { min: 1, max: OPERATION_LIMITS.tagBytes });
    return {
        keyId: `/keys/${id.name}/${id.version}`, algorithm, result: bytes(body, 'value', DATA),
        ...(iv === undefined ? {} : { iv }), ...(tag === undefined ? {} : { tag }),
    };
}

// EXTERNAL MODULE: ./lib/core/crypto/key-types.js
var key_types = __webpack_require__(1774);
// EXTERNAL MODULE: ./lib/protocol/attributes-wire.js
var attributes_wire = __webpack_require__(605);
// EXTERNAL MODULE: ./lib/protocol/tags-wire.js
var tags_wire = __webpack_require__(7745);
;// CONCATENATED MODULE: ./lib/protocol/keys-wire.js
/**
 * Keys on the wire (keys.json): KeyBundle `{key: JsonWebKey, attributes, tags, managed}`,
 * KeyItem `{kid, attributes, tags, managed}`, and their deleted forms. The JsonWebKey carries
 * the public parts only — RSA `n`, `e`; EC `crv`, `x`, `y`; nothing for oct — base64url
 * without padding, with `kid` and `key_ops`. Request bodies are in key-params.ts, key
 * operations in key-operations-wire.ts.
 */







function wireProperties(properties) {
    return { attributes: keyAttributesWire(properties), ...tagsWire(properties.tags), ...(properties.managed ? { managed: true } : {}) };
}
/** The public JWK of a key version; private members are never copied, whatever `key` holds. */
function jsonWebKeyWire(origin, key) {
    const { n, e, crv, x, y } = key.key;
    return {
        kid: objectId(origin, 'keys', key.name, key.properties.version),
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
    return { kid: objectId(origin, 'keys', properties.name, versioned ? properties.version : undefined), ...wireProperties(properties) };
}
function deletion(origin, deleted) {
    return {
        recoveryId: recoveryId(origin, 'keys', deleted.key.name),
        deletedDate: toUnixSeconds(deleted.deletedOn),
        scheduledPurgeDate: toUnixSeconds(deleted.scheduledPurgeDate),
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
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected one of ${Object.keys(KTY).join(', ')}.`);
    return kty;
}
function parseCurve(value, field = 'crv') {
    if (typeof value !== 'string' || !Object.hasOwn(CURVE_BITS, value)) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected one of ${Object.keys(CURVE_BITS).join(', ')}.`);
    }
    return value;
}
function rsaBits(n) {
    const first = n.findIndex((byte) => byte !== 0);
    return first < 0 ? 0 : (n.length - first) * 8 - Math.clz32(n[first] ?? 0) + 24;
}
/** A response's JWK as the domain's public key (the remote client). Operations Coffer does not know are dropped. */
function parsePublicKey(jwk) {
    const keyType = parseKeyType((0,body_fields/* readNullable */.Qx)(jwk, 'kty'), 'key.kty');
    const ops = ((0,body_fields/* optionalArray */.oS)(jwk, 'key_ops', 'key') ?? []).filter((op) => key_types/* KEY_OPERATIONS */.jK.includes(op));
    const keyOperations = key_types/* KEY_OPERATIONS */.jK.filter((op) => ops.includes(op));
    const member = (name, max) => (0,base64url/* encodeBase64url */.Fo)((0,base64url/* decodeBase64url */.h2)((0,body_fields/* readNullable */.Qx)(jwk, name), `key.${name}`, { min: 1, max }));
    if (keyType === 'RSA') {
        const n = member('n', 1024);
        return { keyType, keyOperations, key: { kty: keyType, n, e: member('e', 8) }, keySize: rsaBits(Buffer.from(n, 'base64url')), curve: undefined };
    }
    if (keyType === 'EC') {
        const curve = parseCurve((0,body_fields/* readNullable */.Qx)(jwk, 'crv'), 'key.crv');
        return { keyType, keyOperations, key: { kty: keyType, crv: curve, x: member('x', 66), y: member('y', 66) }, keySize: CURVE_BITS[curve], curve };
    }
    // An oct JWK carries no size: the wire does not say it, so neither can the client.
    return { keyType, keyOperations, key: { kty: keyType }, keySize: 0, curve: undefined };
}
function parseProperties(body, kid) {
    const id = (0,ids/* parseObjectId */.u9)(kid, 'keys');
    return {
        name: id.name, version: id.version, ...(0,attributes_wire/* parseWireAttributes */.eE)((0,body_fields/* readNullable */.Qx)(body, 'attributes')),
        tags: (0,tags_wire/* parseTags */.r)(body) ?? {}, managed: (0,body_fields/* optionalBoolean */.Jz)(body, 'managed') ?? false,
    };
}
function parseKeyItem(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'key item');
    return parseProperties(body, (0,body_fields/* requiredString */.Fk)(body, 'kid'));
}
/** Reads a KeyBundle (the remote client). */
function parseKeyBundle(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'key');
    const jwk = (0,body_fields/* readObject */.Ag)((0,body_fields/* readNullable */.Qx)(body, 'key'), "field 'key'");
    const properties = parseProperties(body, (0,body_fields/* optionalString */.sx)(jwk, 'kid', 'key'));
    const { version } = properties;
    if (version === undefined)
        throw new errors/* BadParameterError */.lh("Invalid field 'key.kid': expected the id of a key version.");
    return { name: properties.name, ...parsePublicKey(jwk), properties: { ...properties, version } };
}
function parseDeletedKeyBundle(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'deleted key');
    (0,ids/* parseRecoveryId */.Gx)((0,body_fields/* requiredString */.Fk)(body, 'recoveryId'), 'keys');
    return { key: parseKeyBundle(body), deletedOn: (0,attributes_wire/* requiredUnixSeconds */.d7)(body, 'deletedDate'), scheduledPurgeDate: (0,attributes_wire/* requiredUnixSeconds */.d7)(body, 'scheduledPurgeDate') };
}

;// CONCATENATED MODULE: ./lib/protocol/secrets-wire.js
/**
 * Secrets on the wire (secrets.json): SecretBundle, SecretItem, DeletedSecretBundle,
 * DeletedSecretItem, and the bodies of set (PUT) and update (PATCH). The server turns domain
 * objects into the first four and requests into domain options; the remote client does the
 * reverse. Ids are absolute (`{origin}/secrets/{name}/{version}`); times are Unix seconds.
 */






function secrets_wire_wireProperties(origin, properties, versioned) {
    return {
        id: objectId(origin, 'secrets', properties.name, versioned ? properties.version : undefined),
        ...(properties.contentType === undefined ? {} : { contentType: properties.contentType }),
        attributes: attributesWire(properties),
        ...tagsWire(properties.tags),
        ...(properties.managed ? { managed: true } : {}),
    };
}
/** A version's properties as a bundle without its value: PATCH, recover and restore answer this. */
function secretPropertiesBundle(origin, properties) {
    // A certificate's secret names the key made with it: same name, same version.
    const kid = properties.managed ? { kid: objectId(origin, 'keys', properties.name, properties.version) } : {};
    return { ...secrets_wire_wireProperties(origin, properties, true), ...kid };
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
    return secrets_wire_wireProperties(origin, properties, versioned);
}
function secrets_wire_deletion(origin, deleted) {
    return {
        recoveryId: recoveryId(origin, 'secrets', deleted.properties.name),
        deletedDate: toUnixSeconds(deleted.deletedOn),
        scheduledPurgeDate: toUnixSeconds(deleted.scheduledPurgeDate),
    };
}
/** DELETE /secrets/{name} and GET /deletedsecrets/{name}: never the value. */
function deletedSecretBundle(origin, deleted) {
    return { ...secrets_wire_deletion(origin, deleted), ...secretPropertiesBundle(origin, deleted.properties) };
}
function deletedSecretItem(origin, deleted) {
    return { ...secrets_wire_deletion(origin, deleted), ...secrets_wire_wireProperties(origin, deleted.properties, false) };
}
/** PUT /secrets/{name} (SecretSetParameters): `value` required; contentType, attributes, tags. */
function parseSecretSetParameters(input) {
    const body = readObject(input, 'secret set request');
    const value = validateSecretValue(requiredString(body, 'value'));
    const contentType = readContentType(body);
    const { enabled, notBefore, expiresOn } = parseAttributeInput(body, false);
    const tags = parseTags(body);
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
    const body = readObject(input, 'secret update request');
    const contentType = readContentType(body, true);
    const { enabled, notBefore, expiresOn } = parseAttributeInput(body, true);
    const tags = parseTags(body);
    return {
        ...(contentType === undefined ? {} : { contentType }),
        ...(enabled === undefined ? {} : { enabled }),
        ...(notBefore === undefined ? {} : { notBefore }),
        ...(expiresOn === undefined ? {} : { expiresOn }),
        ...(tags === undefined ? {} : { tags }),
    };
}
function readContentType(body, clearable = false) {
    const raw = (0,body_fields/* readNullable */.Qx)(body, 'contentType');
    if (raw === null)
        return clearable ? null : undefined;
    if (raw !== undefined && typeof raw !== 'string')
        throw new errors/* BadParameterError */.lh("Invalid field 'contentType': expected a string.");
    return raw === undefined ? undefined : (0,names/* validateContentType */.oL)(raw);
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
    const seconds = (date) => (date === null ? null : (0,attributes_wire/* toUnixSeconds */.LE)(date));
    return {
        ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
        ...(options.notBefore === undefined ? {} : { nbf: seconds(options.notBefore) }),
        ...(options.expiresOn === undefined ? {} : { exp: seconds(options.expiresOn) }),
    };
}
/** Reads a SecretBundle or SecretItem (without its value), for the remote client. */
function parseSecretProperties(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'secret');
    const id = (0,ids/* parseObjectId */.u9)((0,body_fields/* requiredString */.Fk)(body, 'id'), 'secrets');
    const { exportable: _ignored, ...attributes } = (0,attributes_wire/* parseWireAttributes */.eE)((0,body_fields/* readNullable */.Qx)(body, 'attributes'));
    const contentType = readContentType(body) ?? undefined;
    return {
        name: id.name, version: id.version, ...attributes, contentType,
        tags: (0,tags_wire/* parseTags */.r)(body) ?? {}, managed: (0,body_fields/* optionalBoolean */.Jz)(body, 'managed') ?? false,
    };
}
function versioned(properties) {
    const { version } = properties;
    if (version === undefined)
        throw new errors/* BadParameterError */.lh("Invalid field 'id': expected the id of a secret version.");
    return { ...properties, version };
}
/** Reads a SecretBundle with its value. */
function parseSecretBundle(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'secret');
    return { properties: versioned(parseSecretProperties(body)), value: (0,body_fields/* requiredString */.Fk)(body, 'value') };
}
/** Reads a DeletedSecretBundle. */
function parseDeletedSecretBundle(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'deleted secret');
    const properties = versioned(parseSecretProperties(body));
    (0,ids/* parseRecoveryId */.Gx)((0,body_fields/* requiredString */.Fk)(body, 'recoveryId'), 'secrets');
    return { properties, deletedOn: (0,attributes_wire/* requiredUnixSeconds */.d7)(body, 'deletedDate'), scheduledPurgeDate: (0,attributes_wire/* requiredUnixSeconds */.d7)(body, 'scheduledPurgeDate') };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/protocol/errors-wire.js
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
function errors_wire_errorResponse(error) {
    if (!isVaultError(error))
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

;// CONCATENATED MODULE: ./lib/protocol/api-version.js
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
        throw new BadParameterError(`The api-version query parameter is required: use one of ${LIST}.`);
    }
    if (values.length > 1) {
        throw new BadParameterError(`The api-version query parameter is given ${values.length} times: give it once, one of ${LIST}.`);
    }
    const [value = ''] = values;
    const version = SUPPORTED_API_VERSIONS.find((v) => v === value);
    if (version === undefined) {
        throw new BadParameterError(`The specified version (${quote(value, 32)}) is not recognized. Use one of ${LIST}.`);
    }
    return version;
}
/** The server's check: the version, or the 400 to send. */
function checkApiVersion(query) {
    try {
        return { ok: true, version: parseApiVersion(query.getAll('api-version')) };
    }
    catch (error) {
        return { ok: false, error: errorResponse(error) };
    }
}

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
const remote_error_MAX_MESSAGE_CHARS = 1024;
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
    return clean.length <= remote_error_MAX_MESSAGE_CHARS ? clean : `${clean.slice(0, remote_error_MAX_MESSAGE_CHARS)}…`;
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
        this.#apiVersion = options.apiVersion ?? LATEST_API_VERSION;
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
;// CONCATENATED MODULE: ./lib/client/key-requests.js






function attributes(options) {
    return { ...requestAttributes(options), ...(options.exportable === undefined ? {} : { exportable: options.exportable }) };
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
/** The private JWK to send, checked here as the vault would check it, so that a malformed key fails before it leaves the machine. */
const privateJwkOf = key_material.parseKeyMaterial;
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
        attributes: requestAttributes(options),
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

// EXTERNAL MODULE: ./lib/client/map-bounded.js
var map_bounded = __webpack_require__(2617);
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
const remote_vault_versioned = (path, version) => `${path}/${version === undefined ? '' : (0,names/* validateVersion */.Pj)(version)}`;
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
    #certificates;
    constructor(url, options) {
        this.#http = new KeyVaultHttp(url, options);
        this.location = this.#http.origin;
    }
    /**
     * Certificates over the same connection, retries and bounds; their code (X.509 parsing, the
     * certificate wire format) is loaded by the first certificate call, not with the vault.
     */
    get certificates() {
        this.#certificates ??= (0,lazy/* lazyCertificates */.J)(async () => new (await Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 2213))).RemoteCertificates(this.#http));
        return this.#certificates;
    }
    async #read(method, path, parse, options = {}) {
        return this.#http.parse(await this.#http.call(method, path, options), parse, path);
    }
    // Secrets
    async setSecret(name, value, options) {
        const path = secretPath(name);
        (0,names/* validateSecretValue */.K2)(value);
        return await this.#read('PUT', path, parseSecretBundle, { body: secretSetParametersWire(value, options), confidential: [value] });
    }
    async getSecret(name, version) {
        return await this.#read('GET', remote_vault_versioned(secretPath(name), version), parseSecretBundle);
    }
    /** One GET per request, at most maxParallel at once; each fails on its own. */
    async getSecrets(requests) {
        if (requests.length > vault/* MAX_BATCH */.u)
            throw new errors/* BadParameterError */.lh(`Too many secrets in one batch (${requests.length}): at most ${vault/* MAX_BATCH */.u}.`);
        return (0,map_bounded/* mapBounded */.y)(requests, this.#http.maxParallel, async (request) => {
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
        const parse = (body) => mustHaveVersion(parseSecretProperties(body));
        return await this.#read('PATCH', remote_vault_versioned(secretPath(name), version), parse, { body: secretUpdateParametersWire(options) });
    }
    /** GET /secrets, every page; the prefix is applied here, as the REST API has no filter. */
    async listPropertiesOfSecrets(options = {}) {
        const prefix = (options.namePrefix ?? '').toLowerCase();
        const items = await this.#http.list('/secrets', (item) => withVersion(parseSecretProperties(item)));
        return items.filter((item) => item.name.toLowerCase().startsWith(prefix)).sort(byName);
    }
    async listPropertiesOfSecretVersions(name) {
        const items = await this.#http.list(`${secretPath(name)}/versions`, (item) => mustHaveVersion(parseSecretProperties(item)));
        return items.sort(oldestFirst);
    }
    async deleteSecret(name) {
        return await this.#read('DELETE', secretPath(name), parseDeletedSecretBundle);
    }
    /** The list names each deleted secret; each is then read whole (its latest version's id is not in the list). */
    async listDeletedSecrets() {
        const names = await this.#http.list('/deletedsecrets', (item) => parseSecretProperties(item));
        return (await (0,map_bounded/* mapBounded */.y)(names, this.#http.maxParallel, (item) => this.getDeletedSecret(item.name))).sort((a, b) => byName(a.properties, b.properties));
    }
    async getDeletedSecret(name) {
        return await this.#read('GET', `/deletedsecrets/${encodeURIComponent((0,names/* validateName */.yS)(name, 'secret'))}`, parseDeletedSecretBundle);
    }
    async recoverDeletedSecret(name) {
        const parse = (body) => mustHaveVersion(parseSecretProperties(body));
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
        const parse = (body) => mustHaveVersion(parseSecretProperties(body));
        return await this.#read('POST', '/secrets/restore', parse, { body: { value } });
    }
    // Keys
    async createKey(name, spec, options) {
        const path = `${keyPath(name)}/create`;
        (0,key_material.checkKeySpec)(spec);
        return await this.#read('POST', path, parseKeyBundle, { body: keyCreateWire(spec, options) });
    }
    async importKey(name, material, options) {
        const path = keyPath(name);
        const jwk = privateJwkOf(material);
        return await this.#read('PUT', path, parseKeyBundle, { body: keyImportWire(jwk, options), confidential: confidentialMembers(jwk) });
    }
    async getKey(name, version) {
        return await this.#read('GET', remote_vault_versioned(keyPath(name), version), parseKeyBundle);
    }
    async updateKeyProperties(name, version, options) {
        return await this.#read('PATCH', remote_vault_versioned(keyPath(name), version), parseKeyBundle, { body: keyUpdateWire(options) });
    }
    async listPropertiesOfKeys() {
        return (await this.#http.list('/keys', (item) => withVersion(parseKeyItem(item)))).sort(byName);
    }
    async listPropertiesOfKeyVersions(name) {
        return (await this.#http.list(`${keyPath(name)}/versions`, (item) => mustHaveVersion(parseKeyItem(item)))).sort(oldestFirst);
    }
    async deleteKey(name) {
        return await this.#read('DELETE', keyPath(name), parseDeletedKeyBundle);
    }
    /** As for secrets: a deleted key's list entry has no public key, so each is read whole. */
    async listDeletedKeys() {
        const names = await this.#http.list('/deletedkeys', (item) => parseKeyItem(item));
        return (await (0,map_bounded/* mapBounded */.y)(names, this.#http.maxParallel, (item) => this.getDeletedKey(item.name))).sort((a, b) => byName(a.key, b.key));
    }
    async getDeletedKey(name) {
        return await this.#read('GET', `/deletedkeys/${encodeURIComponent((0,names/* validateName */.yS)(name, 'key'))}`, parseDeletedKeyBundle);
    }
    async recoverDeletedKey(name) {
        return await this.#read('POST', `/deletedkeys/${encodeURIComponent((0,names/* validateName */.yS)(name, 'key'))}/recover`, parseKeyBundle);
    }
    async purgeDeletedKey(name) {
        await this.#http.call('DELETE', `/deletedkeys/${encodeURIComponent((0,names/* validateName */.yS)(name, 'key'))}`);
    }
    async backupKey(name) {
        return await this.#read('POST', `${keyPath(name)}/backup`, backup_wire/* parseBackupResult */.tv);
    }
    async restoreKeyBackup(blob) {
        const value = (0,base64url/* checkBase64urlText */.wG)(blob, 'backup', object_backup.MAX_BACKUP_CHARS);
        return await this.#read('POST', '/keys/restore', parseKeyBundle, { body: { value } });
    }
    async rotateKey(name) {
        return await this.#read('POST', `${keyPath(name)}/rotate`, parseKeyBundle);
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
        const path = `${remote_vault_versioned(keyPath(name), version)}/sign`;
        return await this.#read('POST', path, (body) => parseKeyOperationResult(body, algorithm), { body: keyOperationWire(algorithm, digest) });
    }
    /** `keyId` names the version asked for: the verify answer does not say which one checked. */
    async verify(name, version, algorithm, digest, signature) {
        const path = `${remote_vault_versioned(keyPath(name), version)}/verify`;
        const body = { alg: algorithm, digest: (0,base64url/* encodeBase64url */.Fo)(digest), value: (0,base64url/* encodeBase64url */.Fo)(signature) };
        const valid = await this.#read('POST', path, parseVerifyAnswer, { body });
        const keyId = version === undefined ? `/keys/${name}` : `/keys/${name}/${version}`;
        return { keyId, algorithm, result: Uint8Array.of(valid ? 1 : 0), valid };
    }
    async encrypt(name, version, algorithm, plaintext, options = {}) {
        const path = `${remote_vault_versioned(keyPath(name), version)}/encrypt`;
        const body = keyOperationWire(algorithm, plaintext, { aad: options.aad });
        return await this.#read('POST', path, (answer) => parseKeyOperationResult(answer, algorithm), { body, confidential: [(0,base64url/* encodeBase64url */.Fo)(plaintext)] });
    }
    async decrypt(name, version, algorithm, ciphertext, options = {}) {
        const path = `${remote_vault_versioned(keyPath(name), version)}/decrypt`;
        return await this.#read('POST', path, (body) => parseKeyOperationResult(body, algorithm), { body: keyOperationWire(algorithm, ciphertext, options) });
    }
    async wrapKey(name, version, algorithm, key) {
        const path = `${remote_vault_versioned(keyPath(name), version)}/wrapkey`;
        return await this.#read('POST', path, (body) => parseKeyOperationResult(body, algorithm), { body: keyOperationWire(algorithm, key), confidential: [(0,base64url/* encodeBase64url */.Fo)(key)] });
    }
    async unwrapKey(name, version, algorithm, wrapped) {
        const path = `${remote_vault_versioned(keyPath(name), version)}/unwrapkey`;
        return await this.#read('POST', path, (body) => parseKeyOperationResult(body, algorithm), { body: keyOperationWire(algorithm, wrapped) });
    }
    async getRandomBytes(count) {
        const max = OPERATION_LIMITS.randomBytes;
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


/***/ }),

/***/ 2886:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CURVES: () => (/* binding */ CURVES),
/* harmony export */   OCT_SIZES: () => (/* binding */ OCT_SIZES),
/* harmony export */   RSA_SIZES: () => (/* binding */ RSA_SIZES),
/* harmony export */   checkKeySpec: () => (/* binding */ checkKeySpec),
/* harmony export */   checkRsaPrimes: () => (/* binding */ checkRsaPrimes),
/* harmony export */   generateKey: () => (/* binding */ generateKey),
/* harmony export */   importJwk: () => (/* binding */ importJwk),
/* harmony export */   importPem: () => (/* binding */ importPem),
/* harmony export */   keySpecOf: () => (/* binding */ keySpecOf),
/* harmony export */   parseKeyMaterial: () => (/* binding */ parseKeyMaterial),
/* harmony export */   privateKeyObject: () => (/* binding */ privateKeyObject),
/* harmony export */   publicJwk: () => (/* binding */ publicJwk),
/* harmony export */   publicKeyObject: () => (/* binding */ publicKeyObject),
/* harmony export */   publicKeyPem: () => (/* binding */ publicKeyPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/**
 * Key material: making new keys, and taking in keys that someone hands us (JWK or PEM). An
 * imported key is checked until we know it works — sizes, curve points, and that its private
 * parts belong to its public ones — because a broken key would only show up later as signatures
 * nobody can verify. Every refusal is our own message: node's errors can echo input, which here
 * is key bytes, so they are never passed through.
 */



/** Key Vault says P-256K where RFC 8812 and node say secp256k1. */
const CURVES = {
    'P-256': { name: 'P-256', node: 'P-256', openssl: 'prime256v1', bytes: 32 },
    'P-384': { name: 'P-384', node: 'P-384', openssl: 'secp384r1', bytes: 48 },
    'P-521': { name: 'P-521', node: 'P-521', openssl: 'secp521r1', bytes: 66 },
    'P-256K': { name: 'P-256K', node: 'secp256k1', openssl: 'secp256k1', bytes: 32 },
};
const RSA_SIZES = [2048, 3072, 4096];
const OCT_SIZES = [128, 192, 256];
const CURVE_NAMES = Object.keys(CURVES);
const CURVE_ALIASES = { secp256k1: 'P-256K' };
const KTY_ALIASES = {
    RSA: 'RSA', 'RSA-HSM': 'RSA', EC: 'EC', 'EC-HSM': 'EC', oct: 'oct', 'oct-HSM': 'oct',
};
const RSA_PRIVATE = ['d', 'p', 'q', 'dp', 'dq', 'qi'];
const MAX_FIELD_CHARS = 2048;
const MAX_JWK_CHARS = 64 * 1024;
const RSA_INCONSISTENT = 'The RSA private key does not match its public key (n, e): its private parts are inconsistent.';
const generatePair = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPair);
/** Makes a new key on the libuv thread pool, so that a 4096-bit RSA key does not stall the event loop. */
async function generateKey(spec, random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
    checkKeySpec(spec);
    if (spec.kty === 'oct')
        return { kty: 'oct', k: random((spec.size ?? 0) / 8).toString('base64url') };
    const pair = spec.kty === 'RSA'
        ? await generatePair('rsa', { modulusLength: spec.size ?? 0, publicExponent: 65537 })
        : await generatePair('ec', { namedCurve: CURVES[spec.curve ?? 'P-256'].node });
    return fromNodeJwk(pair.privateKey.export({ format: 'jwk' }));
}
/** Refuses a spec that names a size or curve we do not make, before any work is done. */
function checkKeySpec(spec) {
    const { size, curve } = spec;
    const kty = spec.kty;
    if (kty === 'RSA' || kty === 'oct') {
        const sizes = kty === 'RSA' ? RSA_SIZES : OCT_SIZES;
        if (curve !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`A ${kty} key takes a size, not a curve.`);
        if (size === undefined || !sizes.includes(size)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported ${kty} key size ${size ?? '(none)'}: expected ${sizes.join(', ')} bits.`);
        }
        return;
    }
    if (kty !== 'EC')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported key type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(kty)}: expected RSA, EC or oct.`);
    if (size !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('An EC key takes a curve, not a size.');
    if (curve === undefined || !CURVE_NAMES.includes(curve)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported curve ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(String(curve))}: expected ${CURVE_NAMES.join(', ')}.`);
    }
}
/**
 * Takes in a private JWK (RFC 7517/7518; Key Vault's -HSM key types are accepted as their plain
 * type). Returns only the fields of PrivateJwk: kid, key_ops, alg and the rest are dropped.
 */
function importJwk(input) {
    const fields = boundedObject(input);
    // Own properties only: 'constructor' or '__proto__' is no key type.
    const kty = typeof fields.kty === 'string' && Object.hasOwn(KTY_ALIASES, fields.kty) ? KTY_ALIASES[fields.kty] : undefined;
    if (kty === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported key type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(String(fields.kty))}: expected RSA, EC or oct.`);
    }
    if (kty === 'oct')
        return importOct(fields);
    return kty === 'RSA' ? importRsa(fields) : importEc(fields);
}
const checkPrimeAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.checkPrime);
/**
 * Proves an RSA key's p and q prime (OpenSSL's Miller-Rabin, on the thread pool: ~20 ms for a
 * 1024-bit prime). importJwk and importPem check everything else; a composite factor would pass
 * their consistency checks only with a key its owner made weak on purpose, but a vault refuses
 * weak keys. A no-op for other key types.
 */
async function checkRsaPrimes(jwk) {
    if (jwk.kty !== 'RSA' || jwk.p === undefined || jwk.q === undefined)
        return;
    for (const factor of [jwk.p, jwk.q]) {
        if (!(await checkPrimeAsync(Buffer.from(factor, 'base64url'))))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The RSA factor p or q is not prime: this key is weak.');
    }
}
/** Takes in an unencrypted PEM private key: PKCS#8 ('PRIVATE KEY'), PKCS#1 ('RSA PRIVATE KEY') or SEC1 ('EC PRIVATE KEY'). */
function importPem(pem) {
    if (typeof pem !== 'string' || pem.length > MAX_JWK_CHARS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`A PEM key must be a string of at most ${MAX_JWK_CHARS} characters.`);
    }
    const blocks = [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]{1,40})-----([\s\S]*?)-----END \1-----/g)];
    const labels = blocks.map((block) => block[1] ?? '');
    if (labels.includes('ENCRYPTED PRIVATE KEY') || blocks.some((block) => /Proc-Type:\s*4,\s*ENCRYPTED/.test(block[2] ?? ''))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The PEM private key is encrypted: import it unencrypted (openssl pkey -in key.pem), over a protected channel.');
    }
    const keys = blocks.filter((block) => ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'].includes(block[1] ?? ''));
    if (keys.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The PEM text holds more than one private key: import one at a time.');
    const block = keys[0]?.[0];
    if (block === undefined) {
        const publicOnly = labels.some((label) => ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE'].includes(label));
        if (publicOnly)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The PEM key holds no private key: a public key or certificate cannot be imported as a key.');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Not a PEM private key: expected a 'PRIVATE KEY', 'RSA PRIVATE KEY' or 'EC PRIVATE KEY' block${labels.length > 0 ? `, found ${labels.map((label) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(label)).join(', ')}` : ''}.`);
    }
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: block, format: 'pem' });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The PEM private key could not be parsed: it is damaged or not a key.');
    }
    return importJwk(exportPrivate(key));
}
/** The public parts of a key; an oct key has none, so only its type is left. */
function publicJwk(jwk) {
    if (jwk.kty === 'RSA')
        return { kty: 'RSA', n: field(jwk.n, 'n'), e: field(jwk.e, 'e') };
    if (jwk.kty === 'EC')
        return { kty: 'EC', crv: curveOf(jwk), x: field(jwk.x, 'x'), y: field(jwk.y, 'y') };
    return { kty: 'oct' };
}
/** The public key as SPKI PEM, the form `openssl pkeyutl -pubin` reads. */
function publicKeyPem(jwk) {
    return publicKeyObject(jwk).export({ type: 'spki', format: 'pem' }).toString();
}
/** The node KeyObject of a key's public parts (RSA or EC). */
function publicKeyObject(jwk) {
    if (jwk.kty === 'oct')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('An oct (symmetric) key has no public key.');
    const parts = publicJwk(jwk);
    const nodeJwk = parts.kty === 'EC' ? { ...parts, crv: CURVES[curveOf(parts)].node } : { ...parts };
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: nodeJwk, format: 'jwk' });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The ${jwk.kty} public key is not valid.`);
    }
}
/** The node KeyObject of a key's private parts (RSA or EC); throws when it holds none. */
function privateKeyObject(jwk) {
    if (jwk.kty === 'oct' || jwk.d === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The key holds no private key.');
    const nodeJwk = jwk.kty === 'EC' ? { ...jwk, crv: CURVES[curveOf(jwk)].node } : { ...jwk };
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: nodeJwk, format: 'jwk' });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The ${jwk.kty} private key is not valid.`);
    }
}
/** What a key is: RSA modulus bits, EC curve, oct key bits. */
function keySpecOf(jwk) {
    if (jwk.kty === 'EC')
        return { kty: 'EC', curve: curveOf(jwk) };
    if (jwk.kty === 'RSA')
        return { kty: 'RSA', size: bitLength(toBigInt(Buffer.from(field(jwk.n, 'n'), 'base64url'))) };
    return { kty: 'oct', size: Buffer.from(field(jwk.k, 'k'), 'base64url').length * 8 };
}
function importOct(fields) {
    const k = base64url(fields, 'k', 'oct');
    if (![16, 24, 32].includes(k.length)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported oct key length ${k.length * 8} bits: expected ${OCT_SIZES.join(', ')} bits.`);
    }
    return { kty: 'oct', k: k.toString('base64url') };
}
function importEc(fields) {
    const crv = typeof fields.crv === 'string' ? (CURVE_ALIASES[fields.crv] ?? fields.crv) : undefined;
    if (crv === undefined || !CURVE_NAMES.includes(crv)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported curve ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(String(fields.crv))}: expected ${CURVE_NAMES.join(', ')}.`);
    }
    const curve = CURVES[crv];
    const [x, y, d] = ['x', 'y', 'd'].map((name) => base64url(fields, name, 'EC'));
    if (x === undefined || y === undefined || d === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The EC key is incomplete.');
    for (const [name, bytes] of [['x', x], ['y', y], ['d', d]]) {
        if (bytes.length !== curve.bytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The EC key field '${name}' must be ${curve.bytes} bytes for ${crv}, got ${bytes.length}.`);
    }
    try {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'EC', crv: curve.node, x: b64(x), y: b64(y) }, format: 'jwk' });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The EC public key (x, y) is not a point on ${crv}.`);
    }
    // OpenSSL computes d·G (refusing a d outside [1, n-1]); it must be the stated point.
    let derived;
    try {
        const ecdh = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createECDH)(curve.openssl);
        ecdh.setPrivateKey(d);
        derived = ecdh.getPublicKey();
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The EC private key d is out of range for ${crv}.`);
    }
    if (!derived.equals(Buffer.concat([Buffer.of(4), x, y]))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The EC private key d does not belong to the public key (x, y).');
    }
    return fromNodeJwk(exportPrivate(privateKeyObject({ kty: 'EC', crv: crv, x: b64(x), y: b64(y), d: b64(d) })));
}
function importRsa(fields) {
    if (fields.oth !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('Multi-prime RSA keys (oth) are not supported.');
    const n = toBigInt(base64url(fields, 'n', 'RSA'));
    const e = toBigInt(base64url(fields, 'e', 'RSA'));
    const bits = bitLength(n);
    if (bits < 2048)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The RSA key is ${bits} bits, too weak: expected ${RSA_SIZES.join(', ')} bits.`);
    if (!RSA_SIZES.includes(bits))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported RSA key size ${bits} bits: expected ${RSA_SIZES.join(', ')} bits.`);
    // FIPS 186-5 §5.4: e odd and above 2^16; below 2^32 is what every library makes (65537).
    if (e < 65537n || e >= 2n ** 32n || e % 2n === 0n) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('Unsupported RSA public exponent: expected an odd value from 65537 to 2^32 - 1 (FIPS 186-5; usually 65537).');
    }
    if (fields.d === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The RSA key holds no private key (d).');
    const missing = RSA_PRIVATE.filter((name) => fields[name] === undefined);
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The RSA private key lacks its CRT parameters (${missing.join(', ')}): export it with all its private parts.`);
    }
    const [d, p, q, dp, dq, qi] = RSA_PRIVATE.map((name) => toBigInt(base64url(fields, name, 'RSA')));
    // FIPS 186-5 A.1.1: two primes of half the modulus each, not close to each other (a key made
    // of a tiny factor, or of two near primes, factors at once).
    if (bitLength(p) !== bits / 2 || bitLength(q) !== bits / 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The RSA primes p and q must each be ${bits / 2} bits for a ${bits}-bit key: this key is weak.`);
    }
    if ((p > q ? p - q : q - p) <= 2n ** BigInt(bits / 2 - 100))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The RSA primes p and q are too close to each other: this key is weak.');
    checkRsaConsistent({ n, e, d, p, q, dp, dq, qi });
    const key = privateKeyObject({
        kty: 'RSA', n: fromBigInt(n), e: fromBigInt(e), d: fromBigInt(d), p: fromBigInt(p),
        q: fromBigInt(q), dp: fromBigInt(dp), dq: fromBigInt(dq), qi: fromBigInt(qi),
    });
    checkRsaRoundTrip(key, bits / 8);
    return fromNodeJwk(exportPrivate(key));
}
/**
 * The private parts must fit the public ones exactly (RFC 8017 §3.2): OpenSSL checks a CRT
 * result and quietly falls back to the slow path on a mismatch, so a round trip would not tell.
 */
function checkRsaConsistent(k) {
    const p1 = k.p - 1n;
    const q1 = k.q - 1n;
    const consistent = k.p > 1n && k.q > 1n && k.p !== k.q && k.p * k.q === k.n && k.d > 1n && k.d < k.n
        && k.dp === k.d % p1 && k.dq === k.d % q1 && (k.e * k.dp) % p1 === 1n && (k.e * k.dq) % q1 === 1n
        && k.qi < k.p && (k.q * k.qi) % k.p === 1n;
    if (!consistent)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(RSA_INCONSISTENT);
}
/**
 * m^(de) = m mod n, through OpenSSL. The checks above hold for a composite p or q as well; this
 * catches those (as a Fermat test would: OpenSSL's own primality test costs 0.2 s per 2048-bit
 * factor, on the event loop) and proves OpenSSL takes the key as we read it.
 */
function checkRsaRoundTrip(key, bytes) {
    const m = Buffer.alloc(bytes);
    (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update('coffer/rsa-import-check/v1').digest().copy(m, bytes - 32);
    let back;
    try {
        back = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.publicDecrypt)({ key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_NO_PADDING }, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.privateEncrypt)({ key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_NO_PADDING }, m));
    }
    catch {
        back = undefined;
    }
    if (back?.equals(m) !== true)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(RSA_INCONSISTENT);
}
/** Refuses what is not a plain, bounded object before looking inside it. */
function boundedObject(input) {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('A JWK must be a JSON object.');
    let size;
    try {
        size = JSON.stringify(input).length;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('A JWK must be a JSON object.');
    }
    if (size > MAX_JWK_CHARS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`A JWK must be at most ${MAX_JWK_CHARS} characters of JSON.`);
    return input;
}
/** A binary field: base64url without padding, canonical (no stray trailing bits), bounded. */
function base64url(fields, name, kty) {
    const value = fields[name];
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(name === 'd' || name === 'k' ? `The ${kty} key holds no private key (${name}).` : `The ${kty} key lacks the field '${name}'.`);
    const valid = typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD_CHARS
        && /^[A-Za-z0-9_-]+$/.test(value) && Buffer.from(value, 'base64url').toString('base64url') === value;
    if (!valid)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The ${kty} key field '${name}' is not base64url without padding (at most ${MAX_FIELD_CHARS} characters).`);
    return Buffer.from(value, 'base64url');
}
function exportPrivate(key) {
    if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'ec') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported key type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(String(key.asymmetricKeyType))}: expected RSA or EC.`);
    }
    try {
        return key.export({ format: 'jwk' });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported curve ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(String(key.asymmetricKeyDetails?.namedCurve))}: expected ${CURVE_NAMES.join(', ')}.`);
    }
}
/** Keeps only PrivateJwk's fields of a JWK node made, in our curve names. */
function fromNodeJwk(jwk) {
    if (jwk.kty === 'EC') {
        const crv = CURVE_NAMES.find((name) => CURVES[name].node === jwk.crv) ?? 'P-256';
        return { kty: 'EC', crv, x: field(jwk.x, 'x'), y: field(jwk.y, 'y'), d: field(jwk.d, 'd') };
    }
    return {
        kty: 'RSA', n: field(jwk.n, 'n'), e: field(jwk.e, 'e'), d: field(jwk.d, 'd'), p: field(jwk.p, 'p'),
        q: field(jwk.q, 'q'), dp: field(jwk.dp, 'dp'), dq: field(jwk.dq, 'dq'), qi: field(jwk.qi, 'qi'),
    };
}
function curveOf(jwk) {
    if (jwk.crv === undefined || !CURVE_NAMES.includes(jwk.crv))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Unsupported curve ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(String(jwk.crv))}: expected ${CURVE_NAMES.join(', ')}.`);
    return jwk.crv;
}
function field(value, name) {
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The key lacks the field '${name}'.`);
    return value;
}
const b64 = (bytes) => bytes.toString('base64url');
function toBigInt(bytes) {
    const hex = bytes.toString('hex');
    return hex === '' ? 0n : BigInt(`0x${hex}`);
}
/** Base64urlUInt (RFC 7518 §2): big-endian, the fewest octets. */
function fromBigInt(value) {
    const hex = value.toString(16);
    return Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex').toString('base64url');
}
function bitLength(value) {
    return value === 0n ? 0 : value.toString(2).length;
}
/** Bounds a JWK's JSON text before anything parses it. */
const MAX_KEY_MATERIAL_CHARS = 64 * 1024;
/**
 * The private JWK of key material, checked (importJwk, importPem). Used by the vault on import
 * and by the remote client before a key leaves the machine. The JSON parser's own message is
 * never shown: it quotes the text, which holds key material.
 */
function parseKeyMaterial(material) {
    if ('pem' in material)
        return importPem(material.pem);
    let jwk = material.jwk;
    if (typeof jwk === 'string') {
        if (jwk.length > MAX_KEY_MATERIAL_CHARS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`The JWK is ${jwk.length} characters: the limit is ${MAX_KEY_MATERIAL_CHARS}.`);
        try {
            jwk = JSON.parse(jwk);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh('The JWK is not valid JSON.');
        }
    }
    return importJwk(jwk);
}


/***/ }),

/***/ 1774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ SIGNATURE_ALGORITHMS),
/* harmony export */   jK: () => (/* binding */ KEY_OPERATIONS),
/* harmony export */   kx: () => (/* binding */ KEY_WRAP_ALGORITHMS),
/* harmony export */   tl: () => (/* binding */ ENCRYPTION_ALGORITHMS)
/* harmony export */ });
/**
 * The shapes of vault keys and of the operations done with them, shared by the key material
 * code (key-material.ts), the operations (key-ops.ts), the executors that run them off the
 * event loop (key-executor.ts) and the Vault. Names and values follow Azure Key Vault and the
 * JOSE registries (RFC 7517/7518): `kty`, `crv`, `key_ops` as `keyOps`, algorithm names.
 */
const KEY_OPERATIONS = ['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
const SIGNATURE_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'ES256K'];
const ENCRYPTION_ALGORITHMS = ['RSA-OAEP', 'RSA-OAEP-256', 'A128GCM', 'A192GCM', 'A256GCM'];
const KEY_WRAP_ALGORITHMS = ['RSA-OAEP', 'RSA-OAEP-256', 'A128KW', 'A192KW', 'A256KW'];


/***/ }),

/***/ 3091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ROTATION_POLICY: () => (/* binding */ DEFAULT_ROTATION_POLICY),
/* harmony export */   addDuration: () => (/* binding */ addDuration),
/* harmony export */   dueAction: () => (/* binding */ dueAction),
/* harmony export */   parseDuration: () => (/* binding */ parseDuration),
/* harmony export */   parseRotationPolicy: () => (/* binding */ parseRotationPolicy),
/* harmony export */   rotatedExpiry: () => (/* binding */ rotatedExpiry),
/* harmony export */   rotationPolicyOf: () => (/* binding */ rotationPolicyOf),
/* harmony export */   rotationPolicyWire: () => (/* binding */ rotationPolicyWire),
/* harmony export */   storedPolicy: () => (/* binding */ storedPolicy)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8427);
/**
 * Key rotation policies, as Azure Key Vault has them: lifetime actions that rotate a key (make
 * a new version with the same parameters) or notify, triggered a duration after the latest
 * version was created or before it expires, and the expiry that rotated versions get.
 *
 * The wire shape (what `coffer key rotation-policy set --file` and the REST API take):
 *   {"lifetimeActions": [{"trigger": {"timeAfterCreate": "P90D"}, "action": {"type": "Rotate"}}],
 *    "attributes": {"expiryTime": "P2Y"}}
 */


const DURATION = /^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,5})M)?(?:(\d{1,5})W)?(?:(\d{1,6})D)?(?:T(?!$)(?:(\d{1,7})H)?(?:(\d{1,9})M)?(?:(\d{1,10})S)?)?$/;
const DAY_MS = 86_400_000;
/** Parses `P90D`, `P1Y6M`, `PT12H`…; fractions and negative durations are refused. */
function parseDuration(text, what) {
    const match = typeof text === 'string' ? DURATION.exec(text) : null;
    if (match === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${what} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(text))}: expected an ISO 8601 duration such as P90D, P1Y or P2Y6M.`);
    }
    const n = (i) => Number(match[i] ?? 0);
    return { years: n(1), months: n(2), days: n(3) * 7 + n(4), milliseconds: ((n(5) * 60 + n(6)) * 60 + n(7)) * 1000 };
}
/**
 * `date` moved by `duration`, forwards or back: calendar years and months first, clamped to the
 * month's last day (Jan 31 + P1M = Feb 28 or 29, not Mar 3), then days and time.
 */
function addDuration(date, duration, sign = 1) {
    const months = date.getUTCMonth() + sign * (duration.years * 12 + duration.months);
    const target = new Date(date.getTime());
    target.setUTCDate(1);
    target.setUTCFullYear(date.getUTCFullYear(), months, 1);
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return new Date(target.getTime() + sign * (duration.days * DAY_MS + duration.milliseconds));
}
/** The shortest span a duration can be: months of 28 days, years of 365. For minimums. */
function shortestDays(duration) {
    return duration.years * 365 + duration.months * 28 + duration.days + duration.milliseconds / DAY_MS;
}
/** The longest span a duration can be: months of 31 days, years of 366. */
function longestDays(duration) {
    return duration.years * 366 + duration.months * 31 + duration.days + duration.milliseconds / DAY_MS;
}
const MIN_EXPIRY_DAYS = 28;
const MIN_TRIGGER_DAYS = 7;
/** Azure's policy for a key that has none: notify 30 days before expiry. */
const DEFAULT_ROTATION_POLICY = {
    lifetimeActions: [{ action: 'Notify', timeBeforeExpiry: 'P30D' }], expiresIn: undefined, createdOn: undefined, updatedOn: undefined,
};
const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
function parseAction(entry, index) {
    const where = `lifetimeActions[${index}]`;
    if (!isRecord(entry) || !isRecord(entry.trigger) || !isRecord(entry.action)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}: expected {"trigger": {...}, "action": {"type": "Rotate" | "Notify"}}.`);
    }
    const type = entry.action.type;
    if (type !== 'Rotate' && type !== 'Notify') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}.action.type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(type))}: expected Rotate or Notify.`);
    }
    const { timeAfterCreate, timeBeforeExpiry } = entry.trigger;
    if ((timeAfterCreate === undefined) === (timeBeforeExpiry === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}.trigger: set exactly one of timeAfterCreate and timeBeforeExpiry.`);
    }
    if (type === 'Notify' && timeAfterCreate !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}: a Notify action is triggered by timeBeforeExpiry only.`);
    }
    const field = timeAfterCreate === undefined ? 'timeBeforeExpiry' : 'timeAfterCreate';
    const text = timeAfterCreate ?? timeBeforeExpiry;
    if (shortestDays(parseDuration(text, `${where}.trigger.${field}`)) < MIN_TRIGGER_DAYS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}.trigger.${field} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(text))}: the shortest allowed is P${MIN_TRIGGER_DAYS}D.`);
    }
    return { action: type, [field]: text };
}
/** Validates a policy in the wire shape; nothing is stored when this throws. */
function parseRotationPolicy(input) {
    if (!isRecord(input))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid rotation policy: expected a JSON object with lifetimeActions and attributes.');
    const unknown = Object.keys(input).filter((key) => !['lifetimeActions', 'attributes', 'id'].includes(key));
    if (unknown.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid rotation policy: unknown field ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unknown[0] ?? '')}.`);
    const actions = input.lifetimeActions ?? [];
    if (!Array.isArray(actions) || actions.length > 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid rotation policy: lifetimeActions must be a list of at most two actions (one Rotate, one Notify).');
    }
    const lifetimeActions = actions.map(parseAction);
    for (const type of ['Rotate', 'Notify']) {
        if (lifetimeActions.filter((a) => a.action === type).length > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid rotation policy: more than one ${type} action.`);
    }
    const attributes = input.attributes ?? {};
    if (!isRecord(attributes))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid rotation policy: attributes must be an object.');
    const expiryTime = attributes.expiryTime;
    let expiresIn;
    if (expiryTime !== undefined) {
        const expiry = parseDuration(expiryTime, 'attributes.expiryTime');
        expiresIn = expiryTime;
        if (shortestDays(expiry) < MIN_EXPIRY_DAYS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid attributes.expiryTime ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(expiresIn)}: the shortest allowed is P${MIN_EXPIRY_DAYS}D.`);
        }
        for (const action of lifetimeActions) {
            const trigger = action.timeAfterCreate ?? action.timeBeforeExpiry ?? 'P0D';
            // However the calendar falls, a trigger must fire before expiry, or every rotated
            // version would be born due (and rotate again at once).
            if (longestDays(parseDuration(trigger, 'trigger')) >= shortestDays(expiry)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid rotation policy: the ${action.action} trigger ${trigger} is not shorter than the expiry time ${expiresIn}.`);
            }
        }
    }
    return { lifetimeActions, expiresIn };
}
function storedPolicy(policy, previous, now) {
    const created = previous?.created ?? now.toISOString();
    const stored = {
        lifetimeActions: policy.lifetimeActions, ...(policy.expiresIn === undefined ? {} : { expiresIn: policy.expiresIn }),
        created, updated: now.toISOString(),
    };
    return stored;
}
function rotationPolicyOf(object) {
    const stored = object.policy;
    if (stored === undefined)
        return DEFAULT_ROTATION_POLICY;
    return {
        lifetimeActions: stored.lifetimeActions.map((a) => ({ ...a })), expiresIn: stored.expiresIn,
        createdOn: (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalDate */ .XL)(stored.created), updatedOn: (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalDate */ .XL)(stored.updated),
    };
}
/** The policy as the wire shape, for `rotation-policy get` and the REST API. */
function rotationPolicyWire(policy) {
    return {
        lifetimeActions: policy.lifetimeActions.map((a) => ({
            trigger: a.timeAfterCreate === undefined ? { timeBeforeExpiry: a.timeBeforeExpiry } : { timeAfterCreate: a.timeAfterCreate },
            action: { type: a.action },
        })),
        attributes: {
            ...(policy.expiresIn === undefined ? {} : { expiryTime: policy.expiresIn }),
            ...(policy.createdOn === undefined ? {} : { created: Math.floor(policy.createdOn.getTime() / 1000) }),
            ...(policy.updatedOn === undefined ? {} : { updated: Math.floor(policy.updatedOn.getTime() / 1000) }),
        },
    };
}
/** When an action fires for a version: after its creation, or before its expiry (never, without one). */
function dueAt(action, latest) {
    if (action.timeAfterCreate !== undefined)
        return addDuration(new Date(latest.created), parseDuration(action.timeAfterCreate, 'timeAfterCreate'));
    if (latest.expires === undefined || action.timeBeforeExpiry === undefined)
        return undefined;
    return addDuration(new Date(latest.expires), parseDuration(action.timeBeforeExpiry, 'timeBeforeExpiry'), -1);
}
/** The action due now for a key's latest version, if any: Rotate wins over Notify. */
function dueAction(policy, latest, now) {
    const due = policy.lifetimeActions
        .map((action) => ({ action, at: dueAt(action, latest) }))
        .filter((entry) => entry.at !== undefined && entry.at.getTime() <= now.getTime());
    const pick = due.find((entry) => entry.action.action === 'Rotate') ?? due[0];
    if (pick === undefined)
        return undefined;
    const trigger = pick.action.timeAfterCreate === undefined ? `timeBeforeExpiry ${pick.action.timeBeforeExpiry ?? ''}` : `timeAfterCreate ${pick.action.timeAfterCreate}`;
    return { action: pick.action.action, reason: `${trigger} (due ${pick.at?.toISOString() ?? ''})` };
}
/** The expiry a new (rotated) version gets from the policy, if it sets one. */
function rotatedExpiry(policy, now) {
    return policy.expiresIn === undefined ? undefined : addDuration(now, parseDuration(policy.expiresIn, 'expiryTime'));
}


/***/ }),

/***/ 3839:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_BACKUP_CHARS: () => (/* binding */ MAX_BACKUP_CHARS),
/* harmony export */   backupObject: () => (/* binding */ backupObject),
/* harmony export */   restoreObject: () => (/* binding */ restoreObject)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6599);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8427);
/**
 * Backup and restore of one object (a secret or a key) with all its versions. The blob is
 * base64url of a small JSON envelope whose payload — the stored object, values and private
 * keys still sealed — is sealed again with the vault's data key, and the object's type and
 * name in the AAD. A blob therefore restores only into the vault it came from (as Azure's
 * restore into the same geography), as the same type under the same name, and reproduces the
 * object exactly: version ids, dates and its rotation policy included.
 */



const BACKUP_FORMAT = 'coffer-backup/1';
/** An object has at most thousands of 25 KiB versions; bound what a caller can hand us. */
const MAX_BACKUP_CHARS = 64 * 1024 * 1024;
const backupContext = (vaultId, type, name) => [BACKUP_FORMAT, vaultId, type, (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .nameKey */ .Rc)(name)];
function backupObject(tx, ctx, kind, name) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(name, kind.label);
    const object = tx.getObject(kind.type, name);
    if (object === undefined || object.deleted !== undefined || (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .purgeIsDue */ .a7)(object, ctx.now))
        throw (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .notFound */ .mX)(kind, name);
    const payload = {
        recoverableDays: object.recoverableDays, versions: object.versions, ...(object.policy === undefined ? {} : { policy: object.policy }),
    };
    const envelope = {
        format: BACKUP_FORMAT, vaultId: ctx.vaultId, type: kind.type, name: object.name,
        sealed: ctx.keys.seal(backupContext(ctx.vaultId, kind.type, object.name), Buffer.from(JSON.stringify(payload), 'utf8')),
    };
    return Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url');
}
function parseEnvelope(blob, kind) {
    const bad = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid backup blob: expected the base64url text that a ${kind.label} backup produced.`);
    if (typeof blob !== 'string' || blob.length > MAX_BACKUP_CHARS)
        throw bad;
    const trimmed = blob.trim();
    if (!/^[A-Za-z0-9_-]+$/.test(trimmed))
        throw bad;
    let value;
    try {
        value = JSON.parse(Buffer.from(trimmed, 'base64url').toString('utf8'));
    }
    catch {
        throw bad;
    }
    if (value === null || typeof value !== 'object' || value.format !== BACKUP_FORMAT || typeof value.vaultId !== 'string'
        || !/^[0-9a-f]{32}$/.test(value.vaultId) || typeof value.name !== 'string' || typeof value.sealed !== 'string')
        throw bad;
    if (value.type !== kind.type) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`This backup holds a ${String(value.type)}, not a ${kind.label}: restore it with the ${String(value.type)} commands.`);
    }
    (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(value.name, kind.label);
    return value;
}
/** Restores a backup as a new object; refuses a name that exists, deleted or not. */
function restoreObject(tx, ctx, kind, blob, managed = false) {
    const envelope = parseEnvelope(blob, kind);
    if (envelope.vaultId !== ctx.vaultId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`This backup belongs to vault ${envelope.vaultId}, not this vault (${ctx.vaultId}): a backup restores only into the vault it came from.`);
    }
    const existing = tx.getObject(kind.type, envelope.name);
    if (existing !== undefined && !(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .purgeIsDue */ .a7)(existing, ctx.now)) {
        const state = existing.deleted === undefined ? 'exists' : 'exists in a deleted state';
        const label = kind.label.charAt(0).toUpperCase() + kind.label.slice(1);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VaultError */ .hb('Conflict', `${label} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(existing.name)} ${state}: restore refuses to overwrite it.`);
    }
    let payload;
    try {
        payload = JSON.parse(ctx.keys.unseal(backupContext(ctx.vaultId, kind.type, envelope.name), envelope.sealed).toString('utf8'));
    }
    catch (error) {
        throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs('The backup blob failed authentication: it was altered.', error) : error;
    }
    const object = {
        type: kind.type, name: envelope.name, recoverableDays: payload.recoverableDays, versions: payload.versions,
        ...(payload.policy === undefined ? {} : { policy: payload.policy }),
    };
    (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .latestVersion */ .qD)(kind, object);
    // A certificate's key or secret is restored only with its certificate (restoreCertificateBackup).
    if (!managed)
        (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseManaged */ .W7)(kind, object);
    tx.putObject(object);
    return object;
}


/***/ }),

/***/ 605:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ MAX_UNIX_SECONDS),
/* harmony export */   LE: () => (/* binding */ toUnixSeconds),
/* harmony export */   d7: () => (/* binding */ requiredUnixSeconds),
/* harmony export */   eE: () => (/* binding */ parseWireAttributes),
/* harmony export */   kf: () => (/* binding */ fromUnixSeconds)
/* harmony export */ });
/* unused harmony exports attributesWire, keyAttributesWire, parseAttributeInput */
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
    if (clearable && readNullable(attributes, field) === null)
        return null;
    const seconds = optionalInteger(attributes, field, SECONDS, 'attributes');
    return seconds === undefined ? undefined : fromUnixSeconds(seconds);
}
/**
 * Reads the `attributes` of a request body. With `clearable` (PATCH), `nbf: null` or
 * `exp: null` clears the date; otherwise null is read as absent.
 */
function parseAttributeInput(body, clearable) {
    const raw = readNullable(body, 'attributes');
    if (raw === undefined || raw === null)
        return {};
    const attributes = readObject(raw, "field 'attributes'");
    const enabled = optionalBoolean(attributes, 'enabled', 'attributes');
    const exportable = optionalBoolean(attributes, 'exportable', 'attributes');
    const notBefore = dateField(attributes, 'nbf', clearable);
    const expiresOn = dateField(attributes, 'exp', clearable);
    if (notBefore instanceof Date && expiresOn instanceof Date && notBefore.getTime() > expiresOn.getTime()) {
        throw new BadParameterError("Invalid field 'attributes.nbf': it is after 'attributes.exp'.");
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
/* harmony export */   tv: () => (/* binding */ parseBackupResult)
/* harmony export */ });
/* unused harmony exports backupResultWire, parseRestoreParameters */
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
    const body = readObject(input, 'restore request');
    return checkBase64urlText(readNullable(body, 'value') ?? undefined, 'value', MAX_BACKUP_CHARS);
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

/***/ 7745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ parseTags)
/* harmony export */ });
/* unused harmony export tagsWire */
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
;