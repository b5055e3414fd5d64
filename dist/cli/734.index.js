export const id = 734;
export const ids = [734];
export const modules = {

/***/ 605:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ MAX_UNIX_SECONDS),
/* harmony export */   LE: () => (/* binding */ toUnixSeconds),
/* harmony export */   gx: () => (/* binding */ keyAttributesWire),
/* harmony export */   kf: () => (/* binding */ fromUnixSeconds),
/* harmony export */   kz: () => (/* binding */ parseAttributeInput),
/* harmony export */   pk: () => (/* binding */ attributesWire)
/* harmony export */ });
/* unused harmony exports requiredUnixSeconds, parseWireAttributes */
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
    const seconds = optionalInteger(body, field, { min: 0, max: MAX_UNIX_SECONDS });
    if (seconds === undefined)
        throw new BadParameterError(`Missing field '${field}': expected Unix seconds.`);
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
    const seconds = optionalInteger(attributes, field, SECONDS, 'attributes');
    if (seconds === undefined)
        throw new BadParameterError(`Missing field 'attributes.${field}': expected Unix seconds.`);
    return fromUnixSeconds(seconds);
};
/**
 * Reads response attributes. The domain knows two recovery levels; any other level Azure
 * reports (`Recoverable`, with purge protection…) is read as the one its recoverableDays
 * implies, as the core derives it (objects.ts recoveryLevel).
 */
function parseWireAttributes(input) {
    const attributes = readObject(input, "field 'attributes'");
    const optionalDate = (field) => {
        const seconds = optionalInteger(attributes, field, SECONDS, 'attributes');
        return seconds === undefined ? undefined : fromUnixSeconds(seconds);
    };
    const recoverableDays = optionalInteger(attributes, 'recoverableDays', { min: 0, max: 90 }, 'attributes') ?? 90;
    const level = readNullable(attributes, 'recoveryLevel');
    return {
        enabled: optionalBoolean(attributes, 'enabled', 'attributes') ?? true,
        notBefore: optionalDate('nbf'),
        expiresOn: optionalDate('exp'),
        createdOn: requiredSeconds(attributes, 'created'),
        updatedOn: requiredSeconds(attributes, 'updated'),
        recoverableDays,
        recoveryLevel: level === 'Recoverable+Purgeable' || level === 'CustomizedRecoverable+Purgeable' ? level : recoveryLevel(recoverableDays),
        exportable: optionalBoolean(attributes, 'exportable', 'attributes') ?? false,
    };
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

/***/ 734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POLICY_LIMITS: () => (/* binding */ POLICY_LIMITS),
/* harmony export */   certificatePolicyInputWire: () => (/* binding */ certificatePolicyInputWire),
/* harmony export */   certificatePolicyWire: () => (/* binding */ certificatePolicyWire),
/* harmony export */   parseCertificatePolicy: () => (/* binding */ parseCertificatePolicy),
/* harmony export */   parseCertificatePolicyInput: () => (/* binding */ parseCertificatePolicyInput),
/* harmony export */   sansWire: () => (/* binding */ sansWire),
/* harmony export */   stringList: () => (/* binding */ stringList)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_certificates_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2697);
/* harmony import */ var _attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(605);
/* harmony import */ var _body_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3450);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7273);
/**
 * The certificate policy on the wire (certificates.json `CertificatePolicy`, 2025-07-01):
 * `{id, key_props, secret_props, x509_props, lifetime_actions, issuer, attributes}`, snake_case,
 * times in Unix seconds. IP SANs are `x509_props.sans.ipAddresses`, the spec's own name since
 * 2025-07-01. One Coffer extension, which the SDKs ignore: `x509_props.basic_constraints: {ca}`
 * for the policy's `ca` (a CA certificate).
 *
 * Requests are read strictly and bounded: every field that is present must have its type and
 * range, or the request is refused with the field's JSON path; fields Coffer does not know are
 * ignored, as Azure ignores them. Fields left out stay out of the CertificatePolicyInput, so the
 * vault applies its defaults (create) or keeps the current value (update).
 */





/** Bounds of what a policy may carry: far above any real policy, so that a body cannot make the vault do much work. */
const POLICY_LIMITS = { subjectChars: 1024, sanEntries: 100, sanChars: 255, ekus: 32, lifetimeActions: 10, issuerChars: 127 };
const KEY_TYPES = { RSA: 'RSA', 'RSA-HSM': 'RSA', EC: 'EC', 'EC-HSM': 'EC' };
const CURVE_BITS = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };
const CONTENT_TYPES = [_core_certificates_model_js__WEBPACK_IMPORTED_MODULE_4__/* .PKCS12_CONTENT_TYPE */ .w5, _core_certificates_model_js__WEBPACK_IMPORTED_MODULE_4__/* .PEM_CONTENT_TYPE */ .qc];
const ACTIONS = ['AutoRenew', 'EmailContacts'];
const OID = /^[0-2](\.(0|[1-9][0-9]{0,9})){1,31}$/;
/** The `sans` member: only the kinds that have entries, and none at all when there are none (as Azure answers). */
function sansWire(sans) {
    const wire = {
        ...(sans.dnsNames.length === 0 ? {} : { dns_names: [...sans.dnsNames] }),
        ...(sans.emails.length === 0 ? {} : { emails: [...sans.emails] }),
        ...(sans.upns.length === 0 ? {} : { upns: [...sans.upns] }),
        ...(sans.ipAddresses.length === 0 ? {} : { ipAddresses: [...sans.ipAddresses] }),
    };
    return Object.keys(wire).length === 0 ? undefined : wire;
}
function lifetimeActionWire(action) {
    const trigger = action.lifetimePercentage === undefined ? { days_before_expiry: action.daysBeforeExpiry ?? 0 } : { lifetime_percentage: action.lifetimePercentage };
    return { trigger, action: { action_type: action.action } };
}
/** A certificate's policy as GET /certificates/{name}/policy answers it; its id is `{origin}/certificates/{name}/policy`. */
function certificatePolicyWire(origin, name, policy) {
    const sans = sansWire(policy.subjectAlternativeNames);
    return {
        id: `${(0,_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .objectId */ .Tu)(origin, 'certificates', name)}/policy`,
        key_props: {
            exportable: policy.exportable, kty: policy.keyType,
            ...(policy.keySize === undefined ? {} : { key_size: policy.keySize }),
            reuse_key: policy.reuseKey,
            ...(policy.curve === undefined ? {} : { crv: policy.curve }),
        },
        secret_props: { contentType: policy.contentType },
        x509_props: {
            subject: policy.subject, ...(sans === undefined ? {} : { sans }), ekus: [...policy.enhancedKeyUsage], key_usage: [...policy.keyUsage],
            validity_months: policy.validityInMonths, ...(policy.ca ? { basic_constraints: { ca: true } } : {}),
        },
        lifetime_actions: policy.lifetimeActions.map(lifetimeActionWire),
        issuer: { name: policy.issuerName },
        attributes: {
            enabled: policy.enabled,
            ...(policy.createdOn === undefined ? {} : { created: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .toUnixSeconds */ .LE)(policy.createdOn) }),
            ...(policy.updatedOn === undefined ? {} : { updated: (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .toUnixSeconds */ .LE)(policy.updatedOn) }),
        },
    };
}
// --- reading a request's policy ---------------------------------------------------------
function oneOf(value, allowed, field) {
    const found = allowed.find((candidate) => candidate === value);
    if (found === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${field}': expected one of ${allowed.join(', ')}.`);
    return found;
}
/** An array of strings, each 1–`maxChars` long, at most `maxItems`; undefined when absent or null. */
function stringList(body, field, path, bounds) {
    const list = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalArray */ .oS)(body, field, path);
    if (list === undefined)
        return undefined;
    const where = `${path}.${field}`;
    if (list.length > bounds.maxItems)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${where}': at most ${bounds.maxItems} entries, got ${list.length}.`);
    return list.map((entry, i) => {
        if (typeof entry !== 'string' || entry.length === 0 || entry.length > bounds.maxChars) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${where}[${i}]': expected a string of 1-${bounds.maxChars} characters.`);
        }
        return entry;
    });
}
function parseKeyProps(body) {
    const props = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalObject */ .u9)(body, 'key_props', 'policy');
    if (props === undefined)
        return {};
    const path = 'policy.key_props';
    const kty = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(props, 'kty') ?? undefined;
    const keyType = kty === undefined ? undefined : KEY_TYPES[oneOf(kty, Object.keys(KEY_TYPES), `${path}.kty`)];
    const crv = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(props, 'crv') ?? undefined;
    const curve = crv === undefined ? undefined : oneOf(crv, _core_certificates_model_js__WEBPACK_IMPORTED_MODULE_4__/* .CERTIFICATE_CURVES */ .jL, `${path}.crv`);
    let keySize = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(props, 'key_size', { min: 1, max: 16384 }, path);
    // The SDKs send an EC key's size with its curve (256 with P-256): it says nothing more, unless it
    // disagrees. Without a curve, the vault reads the size as the curve (384 is P-384).
    if (keyType === 'EC' && keySize !== undefined && curve !== undefined) {
        if (keySize !== CURVE_BITS[curve]) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${path}.key_size': ${keySize} is not the size of the curve ${curve} (${CURVE_BITS[curve]}).`);
        }
        keySize = undefined;
    }
    const exportable = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalBoolean */ .Jz)(props, 'exportable', path);
    const reuseKey = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalBoolean */ .Jz)(props, 'reuse_key', path);
    return {
        ...(keyType === undefined ? {} : { keyType }), ...(keySize === undefined ? {} : { keySize }), ...(curve === undefined ? {} : { curve }),
        ...(exportable === undefined ? {} : { exportable }), ...(reuseKey === undefined ? {} : { reuseKey }),
    };
}
function parseSans(x509) {
    const sans = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalObject */ .u9)(x509, 'sans', 'policy.x509_props');
    if (sans === undefined)
        return undefined;
    const path = 'policy.x509_props.sans';
    const bounds = { maxItems: POLICY_LIMITS.sanEntries, maxChars: POLICY_LIMITS.sanChars };
    // URIs are in Azure's policy, but not in Coffer's: refused rather than left out of the certificate unsaid.
    if ((stringList(sans, 'uris', path, bounds) ?? []).length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${path}.uris': Coffer does not issue URI subject alternative names.`);
    }
    const dnsNames = stringList(sans, 'dns_names', path, bounds);
    const emails = stringList(sans, 'emails', path, bounds);
    const upns = stringList(sans, 'upns', path, bounds);
    const ipAddresses = stringList(sans, 'ipAddresses', path, bounds);
    return {
        ...(dnsNames === undefined ? {} : { dnsNames }), ...(emails === undefined ? {} : { emails }),
        ...(upns === undefined ? {} : { upns }), ...(ipAddresses === undefined ? {} : { ipAddresses }),
    };
}
function parseX509Props(body) {
    const x509 = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalObject */ .u9)(body, 'x509_props', 'policy');
    if (x509 === undefined)
        return {};
    const path = 'policy.x509_props';
    const subject = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(x509, 'subject', path);
    if (subject !== undefined && subject.length > POLICY_LIMITS.subjectChars) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${path}.subject': longer than ${POLICY_LIMITS.subjectChars} characters.`);
    }
    const subjectAlternativeNames = parseSans(x509);
    const ekus = stringList(x509, 'ekus', path, { maxItems: POLICY_LIMITS.ekus, maxChars: 128 });
    ekus?.forEach((oid, i) => {
        if (!OID.test(oid))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${path}.ekus[${i}]': ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(oid)} is not an object identifier such as 1.3.6.1.5.5.7.3.1.`);
    });
    const usages = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalArray */ .oS)(x509, 'key_usage', path);
    if (usages !== undefined && usages.length > _core_certificates_model_js__WEBPACK_IMPORTED_MODULE_4__/* .KEY_USAGES */ .xG.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${path}.key_usage': at most ${_core_certificates_model_js__WEBPACK_IMPORTED_MODULE_4__/* .KEY_USAGES */ .xG.length} entries.`);
    const keyUsage = usages?.map((usage, i) => oneOf(usage, _core_certificates_model_js__WEBPACK_IMPORTED_MODULE_4__/* .KEY_USAGES */ .xG, `${path}.key_usage[${i}]`));
    const validityInMonths = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(x509, 'validity_months', { min: 1, max: 120 }, path);
    const constraints = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalObject */ .u9)(x509, 'basic_constraints', path);
    const ca = constraints === undefined ? undefined : (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalBoolean */ .Jz)(constraints, 'ca', `${path}.basic_constraints`);
    return {
        ...(subject === undefined ? {} : { subject }), ...(subjectAlternativeNames === undefined ? {} : { subjectAlternativeNames }),
        ...(ekus === undefined ? {} : { enhancedKeyUsage: ekus }), ...(keyUsage === undefined ? {} : { keyUsage }),
        ...(validityInMonths === undefined ? {} : { validityInMonths }), ...(ca === undefined ? {} : { ca }),
    };
}
function parseLifetimeAction(input, index) {
    const path = `policy.lifetime_actions[${index}]`;
    const entry = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, `field '${path}'`);
    const trigger = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(entry, 'trigger') ?? undefined, `field '${path}.trigger'`);
    const action = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(entry, 'action') ?? undefined, `field '${path}.action'`);
    const actionType = oneOf((0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(action, 'action_type'), ACTIONS, `${path}.action.action_type`);
    const lifetimePercentage = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(trigger, 'lifetime_percentage', { min: 1, max: 99 }, `${path}.trigger`);
    const daysBeforeExpiry = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(trigger, 'days_before_expiry', { min: 1, max: 120 * 31 }, `${path}.trigger`);
    if (lifetimePercentage !== undefined && daysBeforeExpiry === undefined)
        return { action: actionType, lifetimePercentage };
    if (daysBeforeExpiry !== undefined && lifetimePercentage === undefined)
        return { action: actionType, daysBeforeExpiry };
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field '${path}.trigger': expected exactly one of lifetime_percentage and days_before_expiry.`);
}
function parseIssuerName(body) {
    const issuer = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalObject */ .u9)(body, 'issuer', 'policy');
    const name = issuer === undefined ? undefined : (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(issuer, 'name', 'policy.issuer');
    if (name !== undefined && (name.length === 0 || name.length > POLICY_LIMITS.issuerChars)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field 'policy.issuer.name': expected 1-${POLICY_LIMITS.issuerChars} characters.`);
    }
    return name;
}
/**
 * A request's policy (create, import, PATCH …/policy) as the vault's input: only the fields the
 * request sets. Checked here: types, enumerations and ranges; the vault checks how the fields
 * go together (a key size for the key type, a subject or SANs, an issuer that exists).
 */
function parseCertificatePolicyInput(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, "field 'policy'");
    const secretProps = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalObject */ .u9)(body, 'secret_props', 'policy');
    const contentTypeText = secretProps === undefined ? undefined : (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNullable */ .Qx)(secretProps, 'contentType') ?? undefined;
    const contentType = contentTypeText === undefined ? undefined : oneOf(contentTypeText, CONTENT_TYPES, 'policy.secret_props.contentType');
    const actions = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalArray */ .oS)(body, 'lifetime_actions', 'policy');
    if (actions !== undefined && actions.length > POLICY_LIMITS.lifetimeActions) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid field 'policy.lifetime_actions': at most ${POLICY_LIMITS.lifetimeActions} actions, got ${actions.length}.`);
    }
    const lifetimeActions = actions?.map(parseLifetimeAction);
    const issuerName = parseIssuerName(body);
    const attributes = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalObject */ .u9)(body, 'attributes', 'policy');
    const enabled = attributes === undefined ? undefined : (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalBoolean */ .Jz)(attributes, 'enabled', 'policy.attributes');
    return {
        ...parseKeyProps(body), ...(contentType === undefined ? {} : { contentType }), ...parseX509Props(body),
        ...(lifetimeActions === undefined ? {} : { lifetimeActions }), ...(issuerName === undefined ? {} : { issuerName }),
        ...(enabled === undefined ? {} : { enabled }),
    };
}
// --- the client's side ------------------------------------------------------------------
/** The body (or `policy` member) the remote client sends for a policy input: only what it sets. */
function certificatePolicyInputWire(input) {
    const keyProps = {
        ...(input.exportable === undefined ? {} : { exportable: input.exportable }), ...(input.keyType === undefined ? {} : { kty: input.keyType }),
        ...(input.keySize === undefined ? {} : { key_size: input.keySize }), ...(input.reuseKey === undefined ? {} : { reuse_key: input.reuseKey }),
        ...(input.curve === undefined ? {} : { crv: input.curve }),
    };
    const s = input.subjectAlternativeNames;
    const sans = s === undefined ? undefined : {
        ...(s.dnsNames === undefined ? {} : { dns_names: [...s.dnsNames] }), ...(s.emails === undefined ? {} : { emails: [...s.emails] }),
        ...(s.upns === undefined ? {} : { upns: [...s.upns] }), ...(s.ipAddresses === undefined ? {} : { ipAddresses: [...s.ipAddresses] }),
    };
    const x509 = {
        ...(input.subject === undefined ? {} : { subject: input.subject }), ...(sans === undefined ? {} : { sans }),
        ...(input.enhancedKeyUsage === undefined ? {} : { ekus: [...input.enhancedKeyUsage] }), ...(input.keyUsage === undefined ? {} : { key_usage: [...input.keyUsage] }),
        ...(input.validityInMonths === undefined ? {} : { validity_months: input.validityInMonths }), ...(input.ca === undefined ? {} : { basic_constraints: { ca: input.ca } }),
    };
    const nonEmpty = (object) => Object.keys(object).length > 0;
    return {
        ...(nonEmpty(keyProps) ? { key_props: keyProps } : {}),
        ...(input.contentType === undefined ? {} : { secret_props: { contentType: input.contentType } }),
        ...(nonEmpty(x509) ? { x509_props: x509 } : {}),
        ...(input.lifetimeActions === undefined ? {} : { lifetime_actions: input.lifetimeActions.map(lifetimeActionWire) }),
        ...(input.issuerName === undefined ? {} : { issuer: { name: input.issuerName } }),
        ...(input.enabled === undefined ? {} : { attributes: { enabled: input.enabled } }),
    };
}
const optionalSeconds = (attributes, field) => {
    const seconds = attributes === undefined ? undefined : (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(attributes, field, { min: 0, max: _attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_UNIX_SECONDS */ .E8 }, 'policy.attributes');
    return seconds === undefined ? undefined : (0,_attributes_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .fromUnixSeconds */ .kf)(seconds);
};
/**
 * A policy as a vault answers it, for the remote client. What a request may leave out, an answer
 * may too (Azure leaves out empty members); a member left out reads as Azure's default.
 */
function parseCertificatePolicy(input) {
    const body = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readObject */ .Ag)(input, 'certificate policy');
    const given = parseCertificatePolicyInput(body);
    const attributes = (0,_body_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalObject */ .u9)(body, 'attributes', 'policy');
    const keyType = given.keyType ?? 'RSA';
    const sans = given.subjectAlternativeNames ?? {};
    return {
        keyType,
        keySize: keyType === 'RSA' ? given.keySize ?? 2048 : undefined,
        curve: keyType === 'EC' ? given.curve ?? 'P-256' : undefined,
        exportable: given.exportable ?? true,
        reuseKey: given.reuseKey ?? false,
        contentType: given.contentType ?? _core_certificates_model_js__WEBPACK_IMPORTED_MODULE_4__/* .PKCS12_CONTENT_TYPE */ .w5,
        subject: given.subject ?? '',
        subjectAlternativeNames: { dnsNames: sans.dnsNames ?? [], emails: sans.emails ?? [], upns: sans.upns ?? [], ipAddresses: sans.ipAddresses ?? [] },
        enhancedKeyUsage: given.enhancedKeyUsage ?? [],
        keyUsage: given.keyUsage ?? [],
        validityInMonths: given.validityInMonths ?? 12,
        lifetimeActions: given.lifetimeActions ?? [],
        issuerName: given.issuerName ?? _core_certificates_model_js__WEBPACK_IMPORTED_MODULE_4__/* .SELF_ISSUER */ .xt,
        ca: given.ca ?? false,
        enabled: given.enabled ?? true,
        createdOn: optionalSeconds(attributes, 'created'),
        updatedOn: optionalSeconds(attributes, 'updated'),
    };
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
