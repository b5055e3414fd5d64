"use strict";
exports.id = 166;
exports.ids = [166];
exports.modules = {

/***/ 2697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PB: () => (/* binding */ UNKNOWN_ISSUER),
/* harmony export */   jL: () => (/* binding */ CERTIFICATE_CURVES),
/* harmony export */   qc: () => (/* binding */ PEM_CONTENT_TYPE),
/* harmony export */   w3: () => (/* binding */ CERTIFICATE_RSA_SIZES),
/* harmony export */   w5: () => (/* binding */ PKCS12_CONTENT_TYPE),
/* harmony export */   xG: () => (/* binding */ KEY_USAGES),
/* harmony export */   xt: () => (/* binding */ SELF_ISSUER)
/* harmony export */ });
const CERTIFICATE_CURVES = ['P-256', 'P-384', 'P-521'];
const CERTIFICATE_RSA_SIZES = [2048, 3072, 4096];
const PKCS12_CONTENT_TYPE = 'application/x-pkcs12';
const PEM_CONTENT_TYPE = 'application/x-pem-file';
const KEY_USAGES = [
    'digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement',
    'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly',
];
/** The issuers every vault has; any other name is a vault CA created with createIssuer. */
const SELF_ISSUER = 'Self';
const UNKNOWN_ISSUER = 'Unknown';


/***/ }),

/***/ 6536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ addMonths),
/* harmony export */   US: () => (/* binding */ policyOf),
/* harmony export */   bG: () => (/* binding */ MAILBOX),
/* harmony export */   tE: () => (/* binding */ validatePolicy),
/* harmony export */   yE: () => (/* binding */ dueLifetimeAction)
/* harmony export */ });
/* unused harmony exports SERVER_AUTH, CLIENT_AUTH */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2697);
/**
 * Certificate policies: defaults, validation, the stored form, and when a lifetime action is
 * due. A policy says how each new version is made (key, subject, names, usages, validity,
 * issuer) and when it is renewed; every field is checked here, bounded, before anything is
 * generated or written.
 */



const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const MAX_SUBJECT = 1024;
const MAX_NAMES = 100;
const MAX_EKUS = 20;
const MAX_LIFETIME_ACTIONS = 4;
const MAX_VALIDITY_MONTHS = 120;
const DAY_MS = 86_400_000;
const HOSTNAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
/** An email address or UPN: a local part and a domain, no spaces or brackets. */
const MAILBOX = /^[^\s@<>()[\],;:"]{1,64}@[a-z0-9.-]{1,253}$/i;
const OID = /^[0-2](\.(0|[1-9][0-9]{0,8})){1,20}$/;
function list(value, what, max) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.length > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid ${what}: expected a list of at most ${max}.`);
    return value;
}
function strings(value, what, max, check, expected) {
    const out = [];
    for (const item of list(value, what, max)) {
        if (typeof item !== 'string' || item.length === 0 || item.length > 253 || !check(item)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid ${what} entry ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(item))}: expected ${expected}.`);
        }
        if (!out.includes(item))
            out.push(item);
    }
    return out;
}
function validateSans(given) {
    if (given !== undefined && (given === null || typeof given !== 'object'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid subject alternative names: expected an object.');
    const sans = given;
    return {
        dnsNames: strings(sans?.dnsNames, 'DNS name', MAX_NAMES, (t) => HOSTNAME.test(t), 'a host name such as api.example.com or *.example.com').map((t) => t.toLowerCase()),
        emails: strings(sans?.emails, 'email', MAX_NAMES, (t) => MAILBOX.test(t), 'an address such as ops@example.com'),
        upns: strings(sans?.upns, 'user principal name', MAX_NAMES, (t) => MAILBOX.test(t), 'a name such as user@example.com'),
        ipAddresses: strings(sans?.ipAddresses, 'IP address', MAX_NAMES, (t) => (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(t) !== 0, 'an IPv4 or IPv6 address'),
    };
}
/**
 * An X.500 name: `CN=a, O=b` (or `/CN=a/O=b`). Checked for shape here; the X.509 library then
 * parses it, and its refusal is reported as bad input too.
 */
function validateSubject(subject) {
    if (typeof subject !== 'string' || subject.trim() === '' || subject.length > MAX_SUBJECT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid subject: expected an X.500 name such as "CN=api.example.com, O=Example".');
    }
    if (!/^\s*[A-Za-z][A-Za-z0-9.]*\s*=/.test(subject) || /[\u0000-\u001f]/.test(subject)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid subject ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(subject)}: expected an X.500 name such as "CN=api.example.com, O=Example".`);
    }
    return subject.trim();
}
function validateLifetimeActions(value, validityInMonths) {
    const out = [];
    for (const item of list(value, 'lifetime actions', MAX_LIFETIME_ACTIONS)) {
        const a = item;
        if (a === null || typeof a !== 'object' || (a.action !== 'AutoRenew' && a.action !== 'EmailContacts')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid lifetime action: expected action AutoRenew or EmailContacts.');
        }
        const hasPercentage = a.lifetimePercentage !== undefined;
        if (hasPercentage === (a.daysBeforeExpiry !== undefined)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid lifetime action: give exactly one trigger, lifetimePercentage or daysBeforeExpiry.');
        }
        if (hasPercentage) {
            if (!Number.isInteger(a.lifetimePercentage) || (a.lifetimePercentage ?? 0) < 1 || (a.lifetimePercentage ?? 0) > 99) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid lifetime percentage: expected a whole number from 1 to 99.');
            }
            out.push({ action: a.action, lifetimePercentage: a.lifetimePercentage ?? 0 });
        }
        else {
            const maxDays = validityInMonths * 28 - 1;
            if (!Number.isInteger(a.daysBeforeExpiry) || (a.daysBeforeExpiry ?? 0) < 1 || (a.daysBeforeExpiry ?? 0) > maxDays) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid days before expiry: expected a whole number from 1 to ${maxDays} for a validity of ${validityInMonths} months.`);
            }
            out.push({ action: a.action, daysBeforeExpiry: a.daysBeforeExpiry ?? 0 });
        }
    }
    return out;
}
function validateKeyUsage(value, keyType, ca) {
    const usages = strings(value, 'key usage', _model_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_USAGES */ .xG.length, (t) => _model_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_USAGES */ .xG.includes(t), `one of ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_USAGES */ .xG.join(', ')}`);
    const forbidden = keyType === 'EC' ? ['keyEncipherment', 'dataEncipherment'] : ['keyAgreement', 'encipherOnly', 'decipherOnly'];
    const bad = usages.find((usage) => forbidden.includes(usage));
    if (bad !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid key usage ${bad}: an ${keyType} key cannot be used for it.`);
    if ((usages.includes('encipherOnly') || usages.includes('decipherOnly')) && !usages.includes('keyAgreement')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid key usage: encipherOnly and decipherOnly need keyAgreement.');
    }
    if (ca && !usages.includes('keyCertSign'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid key usage: a CA certificate needs keyCertSign.');
    if (!ca && usages.includes('keyCertSign'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid key usage: keyCertSign is for CA certificates (set ca).');
    return _model_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_USAGES */ .xG.filter((usage) => usages.includes(usage));
}
function defaultKeyUsage(keyType, ca) {
    if (ca)
        return ['digitalSignature', 'keyCertSign', 'cRLSign'];
    return keyType === 'RSA' ? ['digitalSignature', 'keyEncipherment'] : ['digitalSignature'];
}
function validateIssuerName(value) {
    if (typeof value !== 'string' || !/^[0-9a-zA-Z-]{1,127}$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid issuer name ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(value))}: expected Self, Unknown or a vault issuer's name.`);
    }
    if (value.toLowerCase() === _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SELF_ISSUER */ .xt.toLowerCase())
        return _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SELF_ISSUER */ .xt;
    if (value.toLowerCase() === _model_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN_ISSUER */ .PB.toLowerCase())
        return _model_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN_ISSUER */ .PB;
    return value;
}
function optionalBoolean(value, what, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value !== 'boolean')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid ${what}: expected true or false.`);
    return value;
}
/**
 * A whole policy from what the caller gave, each field left out taken from `base` (the current
 * policy, when one is updated) or else from Azure's defaults: RSA 2048, exportable, a new key on
 * renewal, PKCS#12, serverAuth and clientAuth, 12 months, AutoRenew at 80%, issuer Self.
 */
function validatePolicy(given, base) {
    // Callers hand over parsed JSON: every field is checked as if it could be anything.
    const input = given;
    if (input === null || typeof input !== 'object' || Array.isArray(input))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid certificate policy: expected an object.');
    const ca = optionalBoolean(input.ca, 'ca flag', base?.ca ?? false);
    const keyType = input.keyType ?? base?.keyType ?? 'RSA';
    if (keyType !== 'RSA' && keyType !== 'EC')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid key type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(keyType))}: a certificate's key is RSA or EC.`);
    const { keySize, curve } = keyParameters(input, keyType, base?.keyType === keyType ? base : undefined);
    const contentType = input.contentType ?? base?.contentType ?? _model_js__WEBPACK_IMPORTED_MODULE_2__/* .PKCS12_CONTENT_TYPE */ .w5;
    if (contentType !== _model_js__WEBPACK_IMPORTED_MODULE_2__/* .PKCS12_CONTENT_TYPE */ .w5 && contentType !== _model_js__WEBPACK_IMPORTED_MODULE_2__/* .PEM_CONTENT_TYPE */ .qc) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid content type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(contentType))}: expected ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .PKCS12_CONTENT_TYPE */ .w5} or ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .PEM_CONTENT_TYPE */ .qc}.`);
    }
    const validityInMonths = input.validityInMonths ?? base?.validityInMonths ?? 12;
    if (typeof validityInMonths !== 'number' || !Number.isInteger(validityInMonths) || validityInMonths < 1 || validityInMonths > MAX_VALIDITY_MONTHS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid validity: expected a whole number of months from 1 to ${MAX_VALIDITY_MONTHS}.`);
    }
    const subjectAlternativeNames = validateSans(input.subjectAlternativeNames ?? base?.subjectAlternativeNames);
    const enhancedKeyUsage = strings(input.enhancedKeyUsage ?? base?.enhancedKeyUsage ?? (ca ? [] : [SERVER_AUTH, CLIENT_AUTH]), 'extended key usage', MAX_EKUS, (t) => OID.test(t), 'an object identifier such as 1.3.6.1.5.5.7.3.1');
    // A key usage carried over from another key type or CA setting would not fit: only keep it if both match.
    const baseUsage = base !== undefined && base.keyType === keyType && base.ca === ca ? base.keyUsage : undefined;
    const keyUsage = validateKeyUsage(input.keyUsage ?? baseUsage ?? defaultKeyUsage(keyType, ca), keyType, ca);
    return {
        keyType, keySize, curve,
        exportable: optionalBoolean(input.exportable, 'exportable flag', base?.exportable ?? true),
        reuseKey: optionalBoolean(input.reuseKey, 'reuseKey flag', base?.reuseKey ?? false),
        contentType,
        subject: validateSubject(input.subject ?? base?.subject),
        subjectAlternativeNames, enhancedKeyUsage, keyUsage, validityInMonths,
        lifetimeActions: validateLifetimeActions(input.lifetimeActions ?? base?.lifetimeActions ?? [{ action: 'AutoRenew', lifetimePercentage: 80 }], validityInMonths),
        issuerName: validateIssuerName(input.issuerName ?? base?.issuerName ?? _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SELF_ISSUER */ .xt),
        ca,
        enabled: optionalBoolean(input.enabled, 'enabled flag', base?.enabled ?? true),
        ...(base?.created === undefined ? {} : { created: base.created }),
        ...(base?.updated === undefined ? {} : { updated: base.updated }),
    };
}
/** RSA: its size (2048 unless given or kept); EC: its curve, given as a curve or as a size (256, 384, 521). */
function keyParameters(input, keyType, base) {
    if (keyType === 'RSA') {
        if (input.curve !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid policy: a curve is for EC keys, not RSA.');
        const keySize = input.keySize ?? base?.keySize ?? 2048;
        if (typeof keySize !== 'number' || !_model_js__WEBPACK_IMPORTED_MODULE_2__/* .CERTIFICATE_RSA_SIZES */ .w3.includes(keySize)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid RSA key size ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(keySize))}: expected ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .CERTIFICATE_RSA_SIZES */ .w3.join(', ')}.`);
        }
        return { keySize, curve: undefined };
    }
    const bySize = { 256: 'P-256', 384: 'P-384', 521: 'P-521' };
    if (input.keySize !== undefined && input.curve === undefined) {
        const curve = typeof input.keySize === 'number' ? bySize[String(input.keySize)] : undefined;
        if (curve === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid EC key size ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(JSON.stringify(input.keySize))}: expected 256, 384 or 521.`);
        return { keySize: undefined, curve };
    }
    const curve = input.curve ?? base?.curve ?? 'P-256';
    if (!_model_js__WEBPACK_IMPORTED_MODULE_2__/* .CERTIFICATE_CURVES */ .jL.some((known) => known === curve))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid curve ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(curve))}: expected ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .CERTIFICATE_CURVES */ .jL.join(', ')}.`);
    return { keySize: undefined, curve: curve };
}
function policyOf(stored) {
    const { created, updated, ...rest } = stored;
    return {
        ...rest,
        subjectAlternativeNames: { ...rest.subjectAlternativeNames },
        createdOn: created === undefined ? undefined : new Date(created),
        updatedOn: updated === undefined ? undefined : new Date(updated),
    };
}
/** The certificate's validity end: `months` calendar months after `from` (UTC), clamped to the month's end. */
function addMonths(from, months) {
    const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1, from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds()));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
    return target;
}
/** The first lifetime action due at `now` for a version valid from `notBefore` to `notAfter`, AutoRenew first. */
function dueLifetimeAction(actions, notBefore, notAfter, now) {
    const due = actions.filter((action) => {
        if (action.lifetimePercentage !== undefined) {
            const at = notBefore.getTime() + ((notAfter.getTime() - notBefore.getTime()) * action.lifetimePercentage) / 100;
            return now.getTime() >= at;
        }
        return now.getTime() >= notAfter.getTime() - (action.daysBeforeExpiry ?? 0) * DAY_MS;
    });
    const first = due.find((action) => action.action === 'AutoRenew') ?? due[0];
    if (first === undefined)
        return undefined;
    const reason = first.lifetimePercentage !== undefined ? `lifetimePercentage ${first.lifetimePercentage}` : `daysBeforeExpiry ${String(first.daysBeforeExpiry)}`;
    return { action: first, reason };
}


/***/ }),

/***/ 282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ storedContacts),
/* harmony export */   Su: () => (/* binding */ objectPolicy),
/* harmony export */   Zp: () => (/* binding */ ISSUER_PREFIX),
/* harmony export */   _2: () => (/* binding */ certificatePropertiesOf),
/* harmony export */   am: () => (/* binding */ metaFrom),
/* harmony export */   fX: () => (/* binding */ metaOf),
/* harmony export */   gs: () => (/* binding */ issuerObjectName),
/* harmony export */   ll: () => (/* binding */ vaultCertificateOf),
/* harmony export */   qN: () => (/* binding */ CONTACTS_NAME),
/* harmony export */   vx: () => (/* binding */ storedIssuer),
/* harmony export */   xD: () => (/* binding */ issuerOf),
/* harmony export */   zI: () => (/* binding */ operationOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8427);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6536);
/**
 * How certificates sit in the store. A certificate is an object of type `certificate`:
 *   - each version's `meta` holds the DER, the issuing chain and what is read from them
 *     (subject, issuer, serial, SANs, thumbprints); its dates are the certificate's validity;
 *   - the object's `policy` holds the certificate policy and the last operation (a pending
 *     request keeps its CSR and the version of the key it was made with).
 * Vault-wide certificate settings — the contacts and the vault CA issuers — are objects of the
 * same type under names no certificate can have (they start with `.`, which names never do),
 * with no versions, so that they are never listed, deleted or swept as certificates.
 */




const CONTACTS_NAME = '.contacts';
const ISSUER_PREFIX = '.issuer.';
function metaOf(name, version) {
    const meta = version.meta;
    if (meta === undefined || typeof meta.cer !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb('IntegrityError', `Certificate ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)} version ${version.version} has no certificate data.`);
    return meta;
}
function metaFrom(der, chain, info, hasKey) {
    return {
        cer: der.toString('base64'), chain: chain.map((c) => c.toString('base64')),
        subject: info.subject, issuer: info.issuer, serialNumber: info.serialNumber, sans: info.subjectAlternativeNames, ca: info.ca, hasKey,
    };
}
function objectPolicy(object) {
    const policy = object.policy ?? {};
    return policy;
}
function certificatePropertiesOf(object, version) {
    const meta = metaOf(object.name, version);
    const der = Buffer.from(meta.cer, 'base64');
    return {
        ...(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPropertiesOf */ .Z3)(object, version),
        x509Thumbprint: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(der).digest(),
        x509ThumbprintSha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest(),
        subject: meta.subject,
        issuer: meta.issuer,
        serialNumber: meta.serialNumber,
        subjectAlternativeNames: {
            dnsNames: [...meta.sans.dnsNames], emails: [...meta.sans.emails], upns: [...meta.sans.upns], ipAddresses: [...meta.sans.ipAddresses],
        },
    };
}
function vaultCertificateOf(object, version, withPolicy) {
    const meta = metaOf(object.name, version);
    const stored = objectPolicy(object).certificatePolicy;
    return {
        name: object.name,
        properties: certificatePropertiesOf(object, version),
        cer: Buffer.from(meta.cer, 'base64'),
        chain: meta.chain.map((c) => Buffer.from(c, 'base64')),
        keyId: meta.hasKey ? `/keys/${object.name}/${version.version}` : undefined,
        secretId: `/secrets/${object.name}/${version.version}`,
        ...(withPolicy && stored !== undefined ? { policy: (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .policyOf */ .US)(stored) } : {}),
    };
}
function operationOf(name, stored) {
    return {
        name,
        status: stored.status,
        statusDetails: stored.statusDetails,
        issuerName: stored.issuerName,
        csr: Buffer.from(stored.csr, 'base64'),
        cancellationRequested: stored.cancellationRequested,
        requestId: stored.requestId,
        error: stored.error === undefined ? undefined : { ...stored.error },
        target: stored.status === 'completed' ? `/certificates/${name}` : undefined,
    };
}
function issuerOf(stored) {
    return {
        name: stored.name, provider: 'Coffer', certificateName: stored.certificateName, enabled: stored.enabled,
        createdOn: new Date(stored.created), updatedOn: new Date(stored.updated),
    };
}
function issuerObjectName(name) {
    return `${ISSUER_PREFIX}${name.toLowerCase()}`;
}
function storedIssuer(object) {
    return object?.policy?.issuer;
}
function storedContacts(object) {
    const contacts = object?.policy?.contacts ?? [];
    return contacts.map((c) => ({ ...c }));
}


/***/ }),

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
;