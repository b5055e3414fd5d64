export const id = 547;
export const ids = [547];
export const modules = {

/***/ 1547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addKeyVersion: () => (/* binding */ addKeyVersion),
/* harmony export */   defaultKeyOperations: () => (/* binding */ defaultKeyOperations),
/* harmony export */   deleteKey: () => (/* binding */ deleteKey),
/* harmony export */   getDeletedKey: () => (/* binding */ getDeletedKey),
/* harmony export */   getKey: () => (/* binding */ getKey),
/* harmony export */   keyPropertiesOf: () => (/* binding */ keyPropertiesOf),
/* harmony export */   latestSpec: () => (/* binding */ latestSpec),
/* harmony export */   listDeletedKeys: () => (/* binding */ listDeletedKeys),
/* harmony export */   listKeyVersions: () => (/* binding */ listKeyVersions),
/* harmony export */   listKeys: () => (/* binding */ listKeys),
/* harmony export */   recoverDeletedKey: () => (/* binding */ recoverDeletedKey),
/* harmony export */   updateKeyProperties: () => (/* binding */ updateKeyProperties),
/* harmony export */   usableKey: () => (/* binding */ usableKey),
/* harmony export */   validateKeyOperations: () => (/* binding */ validateKeyOperations),
/* harmony export */   vaultKeyOf: () => (/* binding */ vaultKeyOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6599);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8427);
/* harmony import */ var _crypto_key_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1774);
/* harmony import */ var _crypto_key_material_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2886);
/**
 * Keys, with Azure Key Vault's semantics: a key is a name with versions; each version holds
 * key material sealed at rest (the private JWK, AES-GCM under a per-value key, bound to the
 * key's name and version) and, in clear, what anyone may see: its type, size or curve, its
 * permitted operations and its public parts. The private parts never leave the core: callers
 * get a VaultKey (public parts only) or the output of an operation done with the key.
 *
 * These functions run inside one store transaction; generating material (slow for RSA) is
 * done by the Vault before the transaction starts. The lifecycle shared with secrets is in
 * objects.ts.
 */






/** What Azure gives a new key when the caller names no operations. */
function defaultKeyOperations(kty) {
    if (kty === 'EC')
        return ['sign', 'verify'];
    if (kty === 'oct')
        return ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
    return _crypto_key_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_OPERATIONS */ .jK;
}
/** Operations a key type can do at all: EC keys only sign and verify; oct keys never sign here. */
function possibleOperations(kty) {
    return kty === 'RSA' ? _crypto_key_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_OPERATIONS */ .jK : defaultKeyOperations(kty);
}
function validateKeyOperations(ops, kty) {
    if (!Array.isArray(ops) || ops.length > _crypto_key_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_OPERATIONS */ .jK.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid key operations: expected a list of ${_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_OPERATIONS */ .jK.join(', ')}.`);
    }
    const possible = possibleOperations(kty);
    const seen = new Set();
    for (const op of ops) {
        if (typeof op !== 'string' || !_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_OPERATIONS */ .jK.includes(op)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid key operation ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(op))}: expected one of ${_crypto_key_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_OPERATIONS */ .jK.join(', ')}.`);
        }
        if (!possible.includes(op)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`An ${kty} key cannot ${op}: its operations are ${possible.join(', ')}.`);
        }
        seen.add(op);
    }
    // Stored in the canonical order, so that equal sets compare equal.
    return _crypto_key_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_OPERATIONS */ .jK.filter((op) => seen.has(op));
}
function metaOf(name, version) {
    const meta = version.meta;
    if (meta === undefined || typeof meta.kty !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb('IntegrityError', `Key ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)} version ${version.version} has no key metadata.`);
    return meta;
}
function specOf(meta) {
    return meta.kty === 'EC' ? { kty: 'EC', ...(meta.curve === undefined ? {} : { curve: meta.curve }) } : { kty: meta.kty, size: meta.keySize };
}
function keyPropertiesOf(object, version) {
    return { ...(0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .versionPropertiesOf */ .Z3)(object, version), exportable: metaOf(object.name, version).exportable };
}
function vaultKeyOf(object, version) {
    const meta = metaOf(object.name, version);
    return {
        name: object.name,
        keyType: meta.kty,
        keyOperations: [...meta.keyOps],
        key: { ...meta.publicKey },
        keySize: meta.keySize,
        curve: meta.curve,
        properties: keyPropertiesOf(object, version),
    };
}
function deletedKeyOf(object) {
    if (object.deleted === undefined)
        throw new Error('deletedKeyOf: object is not deleted');
    return {
        key: vaultKeyOf(object, (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .latestVersion */ .qD)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, object)),
        deletedOn: new Date(object.deleted.deletedOn),
        scheduledPurgeDate: new Date(object.deleted.scheduledPurgeDate),
    };
}
/** The clear size of a key: RSA modulus bits, oct key bits, or the curve's size for EC. */
function sizeOf(spec) {
    if (spec.kty !== 'EC')
        return spec.size ?? 0;
    return { 'P-256': 256, 'P-384': 384, 'P-521': 521, 'P-256K': 256 }[spec.curve ?? 'P-256'];
}
/** Adds a version holding `jwk` (generated or imported) to the key `name`; `managed` is for a certificate's own key. */
function addKeyVersion(tx, ctx, name, jwk, options = {}, managed = false) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .validateName */ .yS)(name, 'key');
    const spec = (0,_crypto_key_material_js__WEBPACK_IMPORTED_MODULE_4__.keySpecOf)(jwk);
    const keyOps = options.keyOperations === undefined ? defaultKeyOperations(spec.kty) : validateKeyOperations(options.keyOperations, spec.kty);
    const tags = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .validateTags */ .Wh)(options.tags ?? {});
    (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDates */ ._c)(options.notBefore, options.expiresOn);
    if (options.exportable !== undefined && typeof options.exportable !== 'boolean')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid exportable flag: expected true or false.');
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .objectForNewVersion */ .V5)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, name, ctx.now, ctx.recoverableDays, managed);
    const now = ctx.now.toISOString();
    const version = ctx.newVersion();
    const meta = {
        kty: spec.kty, keySize: sizeOf(spec), ...(spec.curve === undefined ? {} : { curve: spec.curve }),
        keyOps, exportable: options.exportable ?? false, publicKey: (0,_crypto_key_material_js__WEBPACK_IMPORTED_MODULE_4__.publicJwk)(jwk),
    };
    const stored = {
        version, created: now, updated: now, enabled: options.enabled ?? true,
        ...(options.notBefore === undefined ? {} : { notBefore: options.notBefore.toISOString() }),
        ...(options.expiresOn === undefined ? {} : { expires: options.expiresOn.toISOString() }),
        tags,
        ...(managed ? { managed: true } : {}),
        meta: meta,
        sealed: ctx.keys.seal((0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .sealContextOf */ .MY)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, ctx.vaultId, object.name, version), Buffer.from(JSON.stringify(jwk), 'utf8')),
    };
    const next = { ...object, versions: [...object.versions, stored] };
    tx.putObject(next);
    return vaultKeyOf(next, stored);
}
function getKey(tx, ctx, name, version) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .liveObject */ .yA)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, name, ctx.now);
    return vaultKeyOf(object, (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .findVersion */ .Am)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, object, version));
}
/** The type and size or curve of a key's latest version: what a rotation makes again. */
function latestSpec(tx, ctx, name) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .liveObject */ .yA)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, name, ctx.now);
    (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .refuseManaged */ .W7)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, object);
    const latest = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .latestVersion */ .qD)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, object);
    const meta = metaOf(object.name, latest);
    return { spec: specOf(meta), options: { keyOperations: meta.keyOps, exportable: meta.exportable, tags: latest.tags }, object };
}
function updateKeyProperties(tx, ctx, name, version, options) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .liveObject */ .yA)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, name, ctx.now);
    (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .refuseManaged */ .W7)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, object);
    const found = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .findVersion */ .Am)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, object, version);
    const meta = metaOf(object.name, found);
    const tags = options.tags === undefined ? undefined : (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .validateTags */ .Wh)(options.tags);
    const keyOps = options.keyOperations === undefined ? meta.keyOps : validateKeyOperations(options.keyOperations, meta.kty);
    const base = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .updatedVersion */ ._4)(found, { ...options, ...(tags === undefined ? {} : { tags }) }, ctx.now);
    const updated = { ...base, meta: { ...meta, keyOps } };
    const next = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .withVersion */ .$2)(object, updated);
    tx.putObject(next);
    return vaultKeyOf(next, updated);
}
function listKeys(tx) {
    return (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .liveObjects */ .ZE)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._).map((object) => keyPropertiesOf(object, (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .latestVersion */ .qD)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, object)));
}
function listKeyVersions(tx, now, name) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .liveObject */ .yA)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, name, now);
    return object.versions.map((version) => keyPropertiesOf(object, version));
}
function deleteKey(tx, ctx, name) {
    return deletedKeyOf((0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .softDelete */ .MK)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, name, ctx.now));
}
function listDeletedKeys(tx, now) {
    return (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .deletedObjects */ .mP)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, now).map(deletedKeyOf);
}
function getDeletedKey(tx, now, name) {
    return deletedKeyOf((0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .deletedObject */ .$v)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, name, now));
}
function recoverDeletedKey(tx, now, name) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .recoverDeleted */ ._C)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, name, now);
    return vaultKeyOf(object, (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .latestVersion */ .qD)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, object));
}
/**
 * Resolves the version that will do `op`, refusing it (Forbidden, with Azure's inner code) if
 * it is disabled, outside its validity dates, or not permitted that operation.
 */
function usableKey(tx, ctx, name, version, op, unseal) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .liveObject */ .yA)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, name, ctx.now);
    const found = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .findVersion */ .Am)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, object, version);
    const meta = metaOf(object.name, found);
    const key = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(object.name);
    if (!found.enabled)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb('Forbidden', `Operation ${op} is not allowed: key ${key} version ${found.version} is disabled.`, { innerCode: 'KeyDisabled' });
    const now = ctx.now.getTime();
    if (found.notBefore !== undefined && new Date(found.notBefore).getTime() > now) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb('Forbidden', `Operation ${op} is not allowed: key ${key} is not valid before ${found.notBefore}.`, { innerCode: 'KeyNotYetValid' });
    }
    if (found.expires !== undefined && new Date(found.expires).getTime() <= now) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb('Forbidden', `Operation ${op} is not allowed: key ${key} expired on ${found.expires}.`, { innerCode: 'KeyExpired' });
    }
    if (!meta.keyOps.includes(op)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb('Forbidden', `Operation ${op} is not permitted on key ${key}: its operations are ${meta.keyOps.join(', ') || 'none'}.`, { innerCode: 'KeyOperationNotPermitted' });
    }
    // The id changes whenever the sealed material does, so executors may cache by it.
    const id = `${ctx.vaultId}/${object.name.toLowerCase()}/${found.version}/${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(found.sealed).digest('base64url').slice(0, 22)}`;
    const jwk = unseal(found.sealed, id, () => JSON.parse(ctx.keys.unseal((0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .sealContextOf */ .MY)(_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY */ ._, ctx.vaultId, object.name, found.version), found.sealed).toString('utf8')));
    return { handle: { id, jwk }, spec: specOf(meta), version: found.version, keyId: `/keys/${object.name}/${found.version}` };
}


/***/ })

};
