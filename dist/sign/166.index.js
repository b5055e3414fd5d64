export const id = 166;
export const ids = [166];
export const modules = {

/***/ 6166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certificateETag: () => (/* binding */ certificateETag),
/* harmony export */   checkPrecondition: () => (/* binding */ checkPrecondition),
/* harmony export */   keyETag: () => (/* binding */ keyETag),
/* harmony export */   parseIfMatch: () => (/* binding */ parseIfMatch),
/* harmony export */   secretETag: () => (/* binding */ secretETag)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1547);
/* harmony import */ var _certificates_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(282);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(870);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8427);
/**
 * Optimistic concurrency. An object version's ETag changes whenever the version does (a new
 * value is a new version; an update changes its `updated` time), so a caller that read a
 * version can ask that a write happen only if nobody changed it since (`If-Match`). The check
 * runs inside the write's own transaction, under the store's lock, so no other writer can slip
 * in between the check and the write.
 */






/**
 * The ETag of a secret version: a digest of everything about it a caller can change (its
 * properties), so that two updates in the same millisecond still get different tags. A new
 * value is a new version, and so a new tag.
 */
function secretETag(properties) {
    return digestTag(properties);
}
/** The ETag of a certificate version: its properties (enabled and tags change; a new certificate is a new version). */
function certificateETag(properties) {
    return digestTag(properties);
}
/** The ETag of a key version: its properties and its permitted operations (PATCH can change both). */
function keyETag(key) {
    return digestTag({ properties: key.properties, keyOperations: key.keyOperations });
}
function digestTag(value) {
    // The same functions build the value in the route and in the check, so JSON's key order is the same.
    return `"${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 27)}"`;
}
/** A bounded If-Match header: `*`, or up to 16 quoted ETags (weak ones never match a strong comparison). */
function parseIfMatch(header) {
    const text = header.trim();
    if (text === '*')
        return '*';
    const tags = text.split(',').map((t) => t.trim()).filter((t) => t !== '');
    if (tags.length === 0 || tags.length > 16 || tags.some((t) => !/^(W\/)?"[\x21\x23-\x7e]{0,64}"$/.test(t))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb('BadParameter', `Invalid If-Match header ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(header)}: expected * or quoted ETags.`);
    }
    return tags;
}
/** Throws PreconditionFailed unless the object's version matches; runs in the write's transaction. */
function checkPrecondition(tx, precondition, now) {
    const kind = { secret: _objects_js__WEBPACK_IMPORTED_MODULE_5__/* .SECRET */ .bB, key: _objects_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY */ ._, certificate: _objects_js__WEBPACK_IMPORTED_MODULE_5__/* .CERTIFICATE */ .kX }[precondition.type];
    const wanted = parseIfMatch(precondition.ifMatch);
    let current;
    try {
        const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .liveObject */ .yA)(tx, kind, precondition.name, now);
        // A certificate whose first request is still pending has no version to match.
        if (object.versions.length > 0) {
            const version = precondition.version === undefined || precondition.version === '' ? (0,_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .latestVersion */ .qD)(kind, object) : (0,_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .findVersion */ .Am)(kind, object, precondition.version);
            current = kind === _objects_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY */ ._ ? keyETag((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__.vaultKeyOf)(object, version))
                : kind === _objects_js__WEBPACK_IMPORTED_MODULE_5__/* .CERTIFICATE */ .kX ? certificateETag((0,_certificates_records_js__WEBPACK_IMPORTED_MODULE_3__/* .certificatePropertiesOf */ ._2)(object, version)) : secretETag((0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .propertiesOf */ .P1)(object, version));
        }
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb) || error.code !== kind.notFound)
            throw error;
    }
    const matches = current !== undefined && (wanted === '*' || wanted.includes(current));
    if (!matches) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb('PreconditionFailed', `The ${kind.label} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(precondition.name)} has changed since it was read (or does not exist): its ETag does not match If-Match.`);
    }
}


/***/ })

};
