"use strict";
exports.id = 839;
exports.ids = [839];
exports.modules = {

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


/***/ })

};
;