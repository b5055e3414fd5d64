"use strict";
exports.id = 484;
exports.ids = [484,839];
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

/***/ 3484:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalCertificates: () => (/* binding */ LocalCertificates)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/access/decision.js + 2 modules
var decision = __webpack_require__(6904);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __webpack_require__(6599);
// EXTERNAL MODULE: ./lib/core/objects.js
var objects = __webpack_require__(8427);
// EXTERNAL MODULE: ./lib/core/crypto/key-material.js
var key_material = __webpack_require__(2886);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/asn1js/build/index.js
var build = __webpack_require__(4549);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/index.js
var lib = __webpack_require__(8542);
;// CONCATENATED MODULE: ./lib/core/pem.js
/** PEM text (RFC 7468): one labelled block of base64 in 64-character lines. No dependencies, so any adapter may load it at start-up. */
function pemBlock(label, der) {
    const lines = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

;// CONCATENATED MODULE: ./lib/core/certificates/formats.js
/**
 * Certificate files: PEM and PKCS#12, read and written. Pure functions over bytes; nothing here
 * touches the vault.
 *
 * Reading PKCS#12 goes through node-forge, which knows every password-based scheme PFX files
 * are found with (PBES2 with AES, and the legacy 3DES and RC2 ones that Windows and older
 * OpenSSL write). Writing is done here with asn1js and node:crypto, because node-forge writes
 * RSA keys only: the modern form is what OpenSSL 3 writes by default (PBES2: PBKDF2-HMAC-SHA256
 * and AES-256-CBC; an HMAC-SHA256 MAC), the legacy form what OpenSSL 1.x wrote
 * (pbeWithSHAAnd3-KeyTripleDES-CBC, an HMAC-SHA1 MAC) for consumers that know nothing newer.
 */






/** A file bigger than this is not a certificate chain. */
const MAX_CERTIFICATE_FILE = 256 * 1024;
const MAX_CHAIN = 10;
const PBKDF2_ITERATIONS = 2048;
const OID = {
    data: '1.2.840.113549.1.7.1',
    encryptedData: '1.2.840.113549.1.7.6',
    pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
    certBag: '1.2.840.113549.1.12.10.1.3',
    x509Certificate: '1.2.840.113549.1.9.22.1',
    friendlyName: '1.2.840.113549.1.9.20',
    localKeyId: '1.2.840.113549.1.9.21',
    pbes2: '1.2.840.113549.1.5.13',
    pbkdf2: '1.2.840.113549.1.5.12',
    hmacWithSHA256: '1.2.840.113549.2.9',
    aes256Cbc: '2.16.840.1.101.3.4.1.42',
    pbeWithSHAAnd3KeyTripleDESCBC: '1.2.840.113549.1.12.1.3',
    sha1: '1.3.14.3.2.26',
    sha256: '2.16.840.1.101.3.4.2.1',
};
function certificatePem(der) {
    return pemBlock('CERTIFICATE', der);
}
/** The private key (PKCS#8) first if there is one, then the certificates in order. */
function partsToPem(parts) {
    const key = parts.privateKey === undefined ? '' : pemBlock('PRIVATE KEY', parts.privateKey.export({ type: 'pkcs8', format: 'der' }));
    return key + parts.certificates.map(certificatePem).join('');
}
// --- reading ----------------------------------------------------------------------------
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([A-Za-z0-9+/=\r\n]*?)-----END \1-----/g;
function looksLikePem(text) {
    return text.includes('-----BEGIN ');
}
function readPem(text, password) {
    const certificates = [];
    let privateKey;
    let blocks = 0;
    for (const match of text.matchAll(PEM_BLOCK)) {
        blocks += 1;
        const label = match[1] ?? '';
        const der = Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64');
        if (label === 'CERTIFICATE') {
            certificates.push(checkedCertificate(der, certificates.length + 1));
        }
        else if (label === 'PRIVATE KEY' || label === 'RSA PRIVATE KEY' || label === 'EC PRIVATE KEY' || label === 'ENCRYPTED PRIVATE KEY') {
            if (privateKey !== undefined)
                throw new errors/* BadParameterError */.lh('Invalid certificate file: it holds more than one private key.');
            privateKey = pemPrivateKey(match[0], label, password);
        }
        else if (label !== 'EC PARAMETERS') {
            throw new errors/* BadParameterError */.lh(`Invalid certificate file: unexpected PEM block ${label.slice(0, 40)}; expected CERTIFICATE and PRIVATE KEY blocks.`);
        }
    }
    if (blocks === 0)
        throw new errors/* BadParameterError */.lh('Invalid certificate file: no complete PEM block was found.');
    return ordered(certificates, privateKey);
}
function pemPrivateKey(pem, label, password) {
    if (label === 'ENCRYPTED PRIVATE KEY' && (password === undefined || password === '')) {
        throw new errors/* BadParameterError */.lh('The private key in the PEM file is encrypted: give its password.');
    }
    if (label === 'ENCRYPTED PRIVATE KEY')
        checkPbes2Cost(Buffer.from(pem.replace(/-----[A-Z ]+-----|\s+/g, ''), 'base64'));
    try {
        return (0,external_node_crypto_.createPrivateKey)(label === 'ENCRYPTED PRIVATE KEY' ? { key: pem, format: 'pem', passphrase: password ?? '' } : { key: pem, format: 'pem' });
    }
    catch {
        // node's message may quote the key; ours does not.
        throw new errors/* BadParameterError */.lh(label === 'ENCRYPTED PRIVATE KEY'
            ? 'The private key in the PEM file could not be decrypted: the password is wrong or the key is damaged.'
            : 'Invalid private key in the PEM file: it could not be parsed.');
    }
}
/**
 * An encrypted PKCS#8 key names its own PBKDF2 iteration count, and OpenSSL would spend it (up to
 * 2^31) inside the caller's transaction: only PBES2 with PBKDF2 and at most as many iterations as
 * a PKCS#12 file may ask for is opened.
 */
function checkPbes2Cost(der) {
    const refused = new errors/* BadParameterError */.lh(`The encrypted private key must use PBES2 with PBKDF2 and at most ${MAX_PKCS12_ITERATIONS} iterations (what openssl pkcs8 -topk8 writes by default).`);
    const parsed = build.fromBER(toArrayBuffer(der));
    if (parsed.offset === -1)
        throw new errors/* BadParameterError */.lh('Invalid private key in the PEM file: it could not be parsed.');
    const child = (block, index) => (block instanceof build.Sequence ? block.valueBlock.value[index] : undefined);
    const oidOf = (block) => (block instanceof build.ObjectIdentifier ? block.valueBlock.toString() : undefined);
    const algorithm = child(parsed.result, 0);
    if (oidOf(child(algorithm, 0)) !== OID.pbes2)
        throw refused;
    const kdf = child(child(algorithm, 1), 0);
    if (oidOf(child(kdf, 0)) !== OID.pbkdf2)
        throw refused;
    const count = child(child(kdf, 1), 1);
    if (!(count instanceof build.Integer) || count.valueBlock.valueHexView.length > 4 || count.valueBlock.valueDec > MAX_PKCS12_ITERATIONS)
        throw refused;
}
function checkedCertificate(der, index) {
    try {
        return Buffer.from(new external_node_crypto_.X509Certificate(der).raw);
    }
    catch {
        throw new errors/* BadParameterError */.lh(`Invalid certificate file: certificate ${index} is not a valid X.509 certificate.`);
    }
}
/*
 * A PKCS#12 file names its own iteration counts, and node-forge derives keys in JavaScript: a
 * file asking for 2^31 iterations (or holding thousands of encrypted bags) would hold the event
 * loop for hours. Every key derivation node-forge makes goes through these three functions;
 * they are wrapped once, here (this module is node-forge's only user), to refuse a count above
 * what any exporter uses (OpenSSL and macOS 2,048, Windows and .NET 2,000, Java 10,000) and more
 * than a few derivations per file.
 */
const MAX_PKCS12_ITERATIONS = 20_000;
const MAX_PKCS12_DERIVATIONS = 16;
let derivations = 0;
class Pkcs12TooCostly extends Error {
}
function bounded(derive, iterationsAt) {
    return (...args) => {
        const iterations = args[iterationsAt];
        derivations += 1;
        if (typeof iterations !== 'number' || iterations > MAX_PKCS12_ITERATIONS || derivations > MAX_PKCS12_DERIVATIONS)
            throw new Pkcs12TooCostly();
        return derive(...args);
    };
}
lib.pkcs5.pbkdf2 = bounded(lib.pkcs5.pbkdf2, 2);
const pbe = lib.pki.pbe;
pbe.generatePkcs12Key = bounded(pbe.generatePkcs12Key, 3);
const p12Module = lib.pkcs12;
p12Module.generateKey = bounded(p12Module.generateKey, 3);
function readPkcs12(bytes, password) {
    let p12;
    derivations = 0;
    try {
        const asn1 = lib.asn1.fromDer(lib.util.createBuffer(bytes.toString('binary')));
        p12 = lib.pkcs12.pkcs12FromAsn1(asn1, false, password);
    }
    catch (error) {
        if (error instanceof Pkcs12TooCostly) {
            throw new errors/* BadParameterError */.lh(`The PKCS#12 file asks for more work than any exporter does (over ${MAX_PKCS12_ITERATIONS} iterations, or over ${MAX_PKCS12_DERIVATIONS} encrypted parts): export it again with default settings.`);
        }
        // node-forge's messages say which check failed; none quotes the input or the password.
        const text = error instanceof Error ? error.message : '';
        if (/mac|password|decrypt/i.test(text)) {
            throw new errors/* BadParameterError */.lh('The PKCS#12 file could not be opened: the password is wrong, or the file was altered.');
        }
        throw new errors/* BadParameterError */.lh('Invalid PKCS#12 file: it could not be parsed.');
    }
    const certificates = [];
    let privateKey;
    for (const bag of p12.safeContents.flatMap((contents) => contents.safeBags)) {
        if (bag.type === lib.pki.oids.certBag) {
            const asn1 = bag.cert === null || bag.cert === undefined ? bag.asn1 : lib.pki.certificateToAsn1(bag.cert);
            if (asn1 === undefined)
                throw new errors/* BadParameterError */.lh('Invalid PKCS#12 file: a certificate bag holds no certificate.');
            certificates.push(checkedCertificate(Buffer.from(lib.asn1.toDer(asn1).getBytes(), 'binary'), certificates.length + 1));
        }
        else if (bag.type === lib.pki.oids.pkcs8ShroudedKeyBag || bag.type === lib.pki.oids.keyBag) {
            if (privateKey !== undefined)
                throw new errors/* BadParameterError */.lh('Invalid PKCS#12 file: it holds more than one private key.');
            const asn1 = bag.key === null || bag.key === undefined ? bag.asn1 : lib.pki.wrapRsaPrivateKey(lib.pki.privateKeyToAsn1(bag.key));
            if (asn1 === undefined)
                throw new errors/* BadParameterError */.lh('The PKCS#12 file could not be opened: the password is wrong, or the file was altered.');
            try {
                privateKey = (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(lib.asn1.toDer(asn1).getBytes(), 'binary'), format: 'der', type: 'pkcs8' });
            }
            catch {
                throw new errors/* BadParameterError */.lh('Invalid private key in the PKCS#12 file: it could not be parsed.');
            }
        }
    }
    return ordered(certificates, privateKey);
}
/**
 * The certificate the key belongs to first (or, with no key, the one no other certificate
 * names as its issuer), then each issuer in turn. Certificates that belong to no such chain
 * are refused rather than silently dropped.
 */
function ordered(certificates, privateKey) {
    if (certificates.length === 0)
        throw new errors/* BadParameterError */.lh('The file holds no certificate.');
    if (certificates.length > MAX_CHAIN)
        throw new errors/* BadParameterError */.lh(`The file holds ${certificates.length} certificates; at most ${MAX_CHAIN} are accepted.`);
    const parsed = certificates.map((der) => new external_node_crypto_.X509Certificate(der));
    let leafIndex;
    if (privateKey !== undefined) {
        leafIndex = parsed.findIndex((cert) => cert.checkPrivateKey(privateKey));
        if (leafIndex < 0)
            throw new errors/* BadParameterError */.lh('The private key belongs to none of the certificates in the file.');
    }
    else {
        leafIndex = parsed.findIndex((cert, i) => !parsed.some((other, j) => j !== i && other.checkIssued(cert) && !selfIssued(other)));
        if (leafIndex < 0)
            leafIndex = 0;
    }
    const order = [leafIndex];
    for (;;) {
        const last = parsed[order[order.length - 1] ?? 0];
        if (last === undefined || selfIssued(last))
            break;
        const next = parsed.findIndex((cert, i) => !order.includes(i) && last.checkIssued(cert));
        if (next < 0)
            break;
        order.push(next);
    }
    if (order.length !== certificates.length) {
        throw new errors/* BadParameterError */.lh('The certificates in the file do not form one chain from the certificate to its issuers.');
    }
    return { certificates: order.map((i) => certificates[i]), privateKey };
}
function selfIssued(cert) {
    return cert.checkIssued(cert);
}
/**
 * PEM text or PKCS#12 (binary, or its base64 as Azure stores it). Malformed input or a wrong
 * password is a BadParameterError that quotes neither the input nor the password.
 */
function readCertificateData(data, password) {
    if (data.length === 0)
        throw new errors/* BadParameterError */.lh('The certificate file is empty.');
    if (data.length > MAX_CERTIFICATE_FILE)
        throw new errors/* BadParameterError */.lh(`The certificate file is ${data.length} bytes; at most ${MAX_CERTIFICATE_FILE} are accepted.`);
    const bytes = Buffer.from(data);
    const text = bytes.toString('latin1');
    if (looksLikePem(text))
        return readPem(bytes.toString('utf8'), password);
    if (bytes[0] === 0x30)
        return readPkcs12(bytes, password ?? '');
    const trimmed = text.trim();
    if (/^[A-Za-z0-9+/=\r\n]+$/.test(trimmed)) {
        const decoded = Buffer.from(trimmed, 'base64');
        if (decoded[0] === 0x30)
            return readPkcs12(decoded, password ?? '');
    }
    throw new errors/* BadParameterError */.lh('Invalid certificate file: expected PEM text or a PKCS#12 (PFX) file.');
}
/** A certificate's managed secret value: PEM text, or base64 PKCS#12 with an empty password. */
function secretToParts(value, contentType) {
    if (contentType === PEM_CONTENT_TYPE || looksLikePem(value))
        return readPem(value, undefined);
    return readPkcs12(Buffer.from(value, 'base64'), '');
}
/**
 * The private key in a certificate's managed secret, checked to belong to the certificate (DER);
 * undefined when the secret holds none (a policy that is not exportable, or an import without a key).
 */
function secretPrivateKey(value, contentType, certificate, label) {
    const { privateKey } = secretToParts(value, contentType);
    if (privateKey !== undefined && !new X509Certificate(Buffer.from(certificate)).checkPrivateKey(privateKey)) {
        throw new IntegrityError(`${label}: the private key in its managed secret does not belong to the certificate.`);
    }
    return privateKey;
}
// --- writing PKCS#12 --------------------------------------------------------------------
const der = (value) => Buffer.from(value.toBER(false));
const oid = (value) => new build.ObjectIdentifier({ value });
const octets = (value) => new build.OctetString({ valueHex: toArrayBuffer(value) });
const integer = (value) => new build.Integer({ value });
const sequence = (...value) => new build.Sequence({ value });
const explicit0 = (...value) => new build.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value });
function toArrayBuffer(bytes) {
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    return copy.buffer;
}
/** RFC 7292 appendix B.2: the PKCS#12 key derivation, for MAC keys and the legacy ciphers. */
function pkcs12Kdf(hash, password, salt, id, iterations, size) {
    const u = hash === 'sha1' ? 20 : 32;
    const v = 64;
    // The password as a BMPString with its two-byte terminator, an empty one included (as OpenSSL
    // writes `-passout pass:` and as node-forge, .NET and Windows read it).
    const pass = Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
    const fill = (source) => {
        if (source.length === 0)
            return source;
        const out = Buffer.alloc(v * Math.ceil(source.length / v));
        for (let i = 0; i < out.length; i += 1)
            out[i] = source[i % source.length] ?? 0;
        return out;
    };
    const d = Buffer.alloc(v, id);
    let i = Buffer.concat([fill(salt), fill(pass)]);
    const out = [];
    for (let produced = 0; produced < size; produced += u) {
        let a = (0,external_node_crypto_.createHash)(hash).update(d).update(i).digest();
        for (let n = 1; n < iterations; n += 1)
            a = (0,external_node_crypto_.createHash)(hash).update(a).digest();
        out.push(a);
        const b = fill(a);
        const next = Buffer.alloc(i.length);
        for (let j = 0; j < i.length; j += v) {
            let carry = 1;
            for (let k = v - 1; k >= 0; k -= 1) {
                const sum = (i[j + k] ?? 0) + (b[k] ?? 0) + carry;
                next[j + k] = sum & 0xff;
                carry = sum >> 8;
            }
        }
        i = next;
    }
    return Buffer.concat(out).subarray(0, size);
}
/**
 * Iterations for a password: OpenSSL's 2,048, or 1 for the empty password of a certificate's
 * own secret (which the vault seals): stretching an empty password protects nothing, and 2,048
 * rounds of the PKCS#12 KDF in JavaScript were a third of the cost of issuing a certificate.
 */
const iterationsFor = (password) => (password === '' ? 1 : PBKDF2_ITERATIONS);
/** Encrypts with the chosen scheme; returns the AlgorithmIdentifier and the ciphertext. */
function encrypt(plain, password, legacy) {
    const iterations = iterationsFor(password);
    const salt = (0,external_node_crypto_.randomBytes)(legacy ? 8 : 16);
    if (legacy) {
        const key = pkcs12Kdf('sha1', password, salt, 1, iterations, 24);
        const iv = pkcs12Kdf('sha1', password, salt, 2, iterations, 8);
        const cipher = (0,external_node_crypto_.createCipheriv)('des-ede3-cbc', key, iv);
        return {
            algorithm: sequence(oid(OID.pbeWithSHAAnd3KeyTripleDESCBC), sequence(octets(salt), integer(iterations))),
            ciphertext: Buffer.concat([cipher.update(plain), cipher.final()]),
        };
    }
    const iv = (0,external_node_crypto_.randomBytes)(16);
    const key = (0,external_node_crypto_.pbkdf2Sync)(Buffer.from(password, 'utf8'), salt, iterations, 32, 'sha256');
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-cbc', key, iv);
    return {
        algorithm: sequence(oid(OID.pbes2), sequence(sequence(oid(OID.pbkdf2), sequence(octets(salt), integer(iterations), sequence(oid(OID.hmacWithSHA256), new build.Null()))), sequence(oid(OID.aes256Cbc), octets(iv)))),
        ciphertext: Buffer.concat([cipher.update(plain), cipher.final()]),
    };
}
function bagAttributes(localKeyId, friendlyName) {
    const attributes = [sequence(oid(OID.localKeyId), new build.Set({ value: [octets(localKeyId)] }))];
    if (friendlyName !== undefined)
        attributes.push(sequence(oid(OID.friendlyName), new build.Set({ value: [new build.BmpString({ value: friendlyName })] })));
    return new build.Set({ value: attributes });
}
/**
 * A PKCS#12 file of the parts: the key (shrouded) and the certificates, each under the password
 * (which may be empty), with a MAC. `legacy` writes 3DES and an SHA-1 MAC for old consumers.
 */
function partsToPkcs12(parts, password, options = {}) {
    const legacy = options.legacy === true;
    const leaf = parts.certificates[0];
    if (leaf === undefined)
        throw new errors/* BadParameterError */.lh('A PKCS#12 file needs at least one certificate.');
    const localKeyId = (0,external_node_crypto_.createHash)('sha1').update(leaf).digest();
    const certBags = parts.certificates.map((certificate, index) => sequence(oid(OID.certBag), explicit0(sequence(oid(OID.x509Certificate), explicit0(octets(certificate)))), ...(index === 0 ? [bagAttributes(localKeyId, options.friendlyName)] : [])));
    const certs = encrypt(der(sequence(...certBags)), password, legacy);
    const contents = [sequence(oid(OID.encryptedData), explicit0(sequence(integer(0), sequence(oid(OID.data), certs.algorithm, new build.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 }, valueHex: toArrayBuffer(certs.ciphertext) })))))];
    if (parts.privateKey !== undefined) {
        const key = encrypt(parts.privateKey.export({ type: 'pkcs8', format: 'der' }), password, legacy);
        const keyBag = sequence(oid(OID.pkcs8ShroudedKeyBag), explicit0(sequence(key.algorithm, octets(key.ciphertext))), bagAttributes(localKeyId, options.friendlyName));
        contents.push(sequence(oid(OID.data), explicit0(octets(der(sequence(keyBag))))));
    }
    const authSafe = der(sequence(...contents));
    const hash = legacy ? 'sha1' : 'sha256';
    const macSalt = (0,external_node_crypto_.randomBytes)(legacy ? 8 : 16);
    const macKey = pkcs12Kdf(hash, password, macSalt, 3, iterationsFor(password), legacy ? 20 : 32);
    const mac = (0,external_node_crypto_.createHmac)(hash, macKey).update(authSafe).digest();
    return der(sequence(integer(3), sequence(oid(OID.data), explicit0(octets(authSafe))), sequence(sequence(sequence(oid(legacy ? OID.sha1 : OID.sha256), new build.Null()), octets(mac)), octets(macSalt), integer(iterationsFor(password)))));
}

// EXTERNAL MODULE: ./lib/core/certificates/model.js
var model = __webpack_require__(2697);
// EXTERNAL MODULE: ./lib/core/certificates/policy.js
var certificates_policy = __webpack_require__(6536);
// EXTERNAL MODULE: ./lib/core/certificates/records.js
var records = __webpack_require__(282);
// EXTERNAL MODULE: ./lib/core/secrets.js
var secrets = __webpack_require__(870);
// EXTERNAL MODULE: ./lib/core/keys.js
var keys = __webpack_require__(1547);
// EXTERNAL MODULE: ./lib/core/certificates/x509.js
var x509 = __webpack_require__(1654);
;// CONCATENATED MODULE: ./lib/core/certificates/issue.js
/**
 * Making certificate versions: issuing per a policy (self-signed, by a vault CA, or a pending
 * request for an outside CA), merging an outside CA's chain, and importing. Each writes the
 * certificate version together with its managed key and secret version of the same name and
 * version, inside the caller's one transaction; anything refused is refused before any write.
 */












/** A new version's certificate validity starts a minute back, for clocks slightly behind ours. */
const BACKDATE_MS = 60_000;
/**
 * The certificate object a new version goes into, checked: not deleted, no request pending,
 * and the key and secret names free or already the certificate's own.
 */
function certificateForWrite(tx, ctx, name) {
    (0,names/* validateName */.yS)(name, 'certificate');
    const object = (0,objects/* objectForNewVersion */.V5)(tx, objects/* CERTIFICATE */.kX, name, ctx.now, ctx.recoverableDays);
    const pending = (0,records/* objectPolicy */.Su)(object).operation;
    if (pending?.status === 'inProgress') {
        throw new errors/* VaultError */.hb('Conflict', `Certificate ${(0,errors/* quote */.hD)(object.name)} has a pending request: merge its signed certificate, or cancel or delete the request first.`);
    }
    for (const kind of [objects/* KEY */._, objects/* SECRET */.bB])
        checkCompanion(tx, ctx, kind, name);
    return object;
}
function checkCompanion(tx, ctx, kind, name) {
    const object = tx.getObject(kind.type, name);
    if (object === undefined || (0,objects/* purgeIsDue */.a7)(object, ctx.now))
        return;
    if (object.deleted !== undefined) {
        throw new errors/* VaultError */.hb('ObjectIsDeletedButRecoverable', `A deleted ${kind.label} named ${(0,errors/* quote */.hD)(object.name)} still holds the name: purge or recover it first.`, { innerCode: 'ObjectIsDeletedButRecoverable' });
    }
    if (object.versions.length > 0 && !(0,objects/* isManaged */.yF)(object)) {
        throw new errors/* VaultError */.hb('Conflict', `A ${kind.label} named ${(0,errors/* quote */.hD)(object.name)} exists and is not a certificate's: a certificate needs the name for its own ${kind.label}.`);
    }
}
function keySpecOf(policy) {
    return policy.keyType === 'EC' ? { kty: 'EC', curve: policy.curve ?? 'P-256' } : { kty: 'RSA', size: policy.keySize ?? 2048 };
}
function unsealKey(ctx, name, version) {
    return JSON.parse(ctx.keys.unseal((0,objects/* sealContextOf */.MY)(objects/* KEY */._, ctx.vaultId, name, version.version), version.sealed).toString('utf8'));
}
/** The key of a certificate version, if the vault holds it. */
function keyOfVersion(tx, ctx, name, version) {
    const key = tx.getObject(objects/* KEY */._.type, name);
    const found = key?.versions.find((v) => v.version === version);
    return found === undefined ? undefined : unsealKey(ctx, key?.name ?? name, found);
}
/** The key a new version gets: the current one if the policy reuses keys (and it fits), else a new one. */
async function keyForVersion(tx, ctx, deps, object, policy) {
    if (policy.reuseKey && object.versions.length > 0) {
        const latest = (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, object);
        const current = (0,records/* metaOf */.fX)(object.name, latest).hasKey ? keyOfVersion(tx, ctx, object.name, latest.version) : undefined;
        const spec = keySpecOf(policy);
        const fits = current !== undefined && current.kty === spec.kty && (spec.kty === 'EC' ? current.crv === spec.curve : (0,key_material.publicKeyObject)(current).asymmetricKeyDetails?.modulusLength === spec.size);
        if (fits)
            return current;
    }
    return deps.generateKey(keySpecOf(policy));
}
/**
 * The vault CA named `issuerName`, checked usable for a certificate valid until `notAfter`: the
 * issuer enabled, its CA certificate live, enabled, a CA with keyCertSign, valid now and until
 * `notAfter`, and its key in the vault.
 */
function vaultCa(tx, ctx, issuerName, notAfter, issuesCa) {
    const issuer = policyIssuer(tx, issuerName);
    if (!issuer.enabled)
        throw new errors/* BadParameterError */.lh(`Issuer ${(0,errors/* quote */.hD)(issuer.name)} is disabled.`);
    let ca;
    try {
        ca = (0,objects/* liveObject */.yA)(tx, objects/* CERTIFICATE */.kX, issuer.certificateName, ctx.now);
    }
    catch {
        throw new errors/* BadParameterError */.lh(`Issuer ${(0,errors/* quote */.hD)(issuer.name)} cannot sign: its CA certificate ${(0,errors/* quote */.hD)(issuer.certificateName)} was not found.`);
    }
    const version = (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, ca);
    const meta = (0,records/* metaOf */.fX)(ca.name, version);
    const der = Buffer.from(meta.cer, 'base64');
    const info = (0,x509/* certificateInfo */.qg)(der);
    const cannot = `Issuer ${(0,errors/* quote */.hD)(issuer.name)} cannot sign: its CA certificate ${(0,errors/* quote */.hD)(ca.name)}`;
    if (!version.enabled)
        throw new errors/* BadParameterError */.lh(`${cannot} is disabled.`);
    if (!info.ca || !info.keyUsage.includes('keyCertSign'))
        throw new errors/* BadParameterError */.lh(`${cannot} is not a CA certificate (basicConstraints CA:true with keyCertSign).`);
    if (info.notAfter.getTime() <= ctx.now.getTime())
        throw new errors/* BadParameterError */.lh(`${cannot} expired on ${info.notAfter.toISOString()}.`);
    if (info.notBefore.getTime() > ctx.now.getTime())
        throw new errors/* BadParameterError */.lh(`${cannot} is not valid before ${info.notBefore.toISOString()}.`);
    const chain = [der, ...meta.chain.map((c) => Buffer.from(c, 'base64'))];
    const infos = chain.map((c) => (0,x509/* certificateInfo */.qg)(c));
    // The issued certificate is valid only while every CA above it is: check the whole chain.
    const firstEnd = infos.reduce((end, i) => (i.notAfter.getTime() < end.notAfter.getTime() ? i : end));
    if (firstEnd.notAfter.getTime() <= ctx.now.getTime())
        throw new errors/* BadParameterError */.lh(`${cannot}: its chain's certificate ${(0,errors/* quote */.hD)(firstEnd.subject)} expired on ${firstEnd.notAfter.toISOString()}.`);
    if (notAfter.getTime() > firstEnd.notAfter.getTime()) {
        throw new errors/* BadParameterError */.lh(`${cannot} ${firstEnd === info ? 'expires' : `is valid only while ${(0,errors/* quote */.hD)(firstEnd.subject)} is, which expires`} on ${firstEnd.notAfter.toISOString()}, before the requested validity ends (${notAfter.toISOString()}): shorten the validity or renew the CA.`);
    }
    // pathLenConstraint: how many CAs may still follow the issuing CA, the tightest along the chain.
    const room = infos.reduce((least, i, depth) => {
        if (i.pathLength === undefined)
            return least;
        const left = i.pathLength - depth;
        return least === undefined ? left : Math.min(least, left);
    }, undefined);
    if (room !== undefined && (room < 0 || (issuesCa && room < 1))) {
        throw new errors/* BadParameterError */.lh(room < 0
            ? `${cannot}: its chain breaks a path length constraint.`
            : `Issuer ${(0,errors/* quote */.hD)(issuer.name)} cannot sign a CA certificate: the path length constraint above it allows no further CA.`);
    }
    const key = meta.hasKey ? keyOfVersion(tx, ctx, ca.name, version.version) : undefined;
    if (key === undefined)
        throw new errors/* BadParameterError */.lh(`${cannot} has no private key in this vault.`);
    return { signer: { certificate: der, key }, chain, pathLength: room === undefined ? undefined : room - 1 };
}
/** The vault CA issuer a policy names; a policy naming none that exists is bad input. */
function policyIssuer(tx, issuerName) {
    const issuer = (0,records/* storedIssuer */.vx)(tx.getObject(objects/* CERTIFICATE */.kX.type, (0,records/* issuerObjectName */.gs)(issuerName)));
    if (issuer === undefined)
        throw new errors/* VaultError */.hb('BadParameter', `Issuer ${(0,errors/* quote */.hD)(issuerName)} was not found: create it with a CA certificate, or use Self or Unknown.`, { innerCode: 'IssuerNotFound' });
    return issuer;
}
/** Checks, before a policy is stored, that a vault CA it names exists (Self and Unknown always do). */
function checkIssuerExists(tx, policy) {
    if (policy.issuerName !== model/* SELF_ISSUER */.xt && policy.issuerName !== model/* UNKNOWN_ISSUER */.PB)
        policyIssuer(tx, policy.issuerName);
}
/** A context whose next version id is `version`: the key, secret and certificate share it. */
function withVersionId(ctx, version) {
    return { ...ctx, newVersion: () => version };
}
function operationRecord(ctx, issuerName, status, extra = {}) {
    return { requestId: (0,external_node_crypto_.randomUUID)(), status, issuerName, csr: '', cancellationRequested: false, created: ctx.now.toISOString(), ...extra };
}
/**
 * A new version per `policy`: with issuer Self or a vault CA, a signed certificate with its key
 * and secret (the operation completes at once); with Unknown, a key version and a CSR, and the
 * operation stays inProgress until mergeChain.
 */
async function issueVersion(tx, ctx, deps, object, policy, options) {
    const tags = (0,names/* validateTags */.Wh)(options.tags ?? {});
    const version = ctx.newVersion();
    const notBefore = new Date(ctx.now.getTime() - BACKDATE_MS);
    const notAfter = (0,certificates_policy/* addMonths */.PS)(ctx.now, policy.validityInMonths);
    const signer = policy.issuerName === model/* SELF_ISSUER */.xt || policy.issuerName === model/* UNKNOWN_ISSUER */.PB ? undefined : vaultCa(tx, ctx, policy.issuerName, notAfter, policy.ca);
    const jwk = await keyForVersion(tx, ctx, deps, object, policy);
    if (policy.issuerName === model/* UNKNOWN_ISSUER */.PB) {
        const csr = await (0,x509/* certificateRequest */.RS)(policy, jwk);
        (0,keys.addKeyVersion)(tx, withVersionId(ctx, version), object.name, jwk, { exportable: policy.exportable, enabled: options.enabled ?? policy.enabled }, true);
        const operation = operationRecord(ctx, model/* UNKNOWN_ISSUER */.PB, 'inProgress', {
            csr: csr.toString('base64'), keyVersion: version,
            statusDetails: 'Pending certificate created. Sign the CSR with your CA and merge the signed certificate.',
        });
        tx.putObject({ ...object, policy: { certificatePolicy: policy, operation } });
        return (0,records/* operationOf */.zI)(object.name, operation);
    }
    const der = await (0,x509/* issueCertificate */.D8)({
        policy, key: jwk, signer: signer?.signer ?? { self: true }, notBefore, notAfter, serialNumber: (0,x509/* randomSerial */.YG)(deps.random), pathLength: signer?.pathLength,
    });
    const operation = operationRecord(ctx, policy.issuerName, 'completed');
    writeVersion(tx, ctx, object, {
        version, der, chain: signer?.chain ?? [], jwk, keyExists: false, policy, operation, enabled: options.enabled ?? policy.enabled, tags,
    });
    return (0,records/* operationOf */.zI)(object.name, operation);
}
/** Writes the certificate version with its key (unless written already) and its secret. */
function writeVersion(tx, ctx, object, next) {
    const info = (0,x509/* certificateInfo */.qg)(next.der);
    const dates = { notBefore: info.notBefore, expiresOn: info.notAfter };
    const versionCtx = withVersionId(ctx, next.version);
    if (next.jwk !== undefined && !next.keyExists) {
        (0,keys.addKeyVersion)(tx, versionCtx, object.name, next.jwk, { exportable: next.policy.exportable, enabled: next.enabled, ...dates }, true);
    }
    else if (next.keyExists) {
        // A merge: the pending request's key version was written without dates; it takes the certificate's.
        const key = tx.getObject(objects/* KEY */._.type, object.name);
        const pending = key?.versions.find((v) => v.version === next.version);
        if (key !== undefined && pending !== undefined)
            tx.putObject((0,objects/* withVersion */.$2)(key, (0,objects/* updatedVersion */._4)(pending, dates, ctx.now)));
    }
    const parts = {
        certificates: [next.der, ...next.chain],
        privateKey: next.policy.exportable && next.jwk !== undefined ? (0,key_material.privateKeyObject)(next.jwk) : undefined,
    };
    const value = next.policy.contentType === model/* PEM_CONTENT_TYPE */.qc ? partsToPem(parts) : partsToPkcs12(parts, '').toString('base64');
    (0,secrets/* setSecret */.Pq)(tx, versionCtx, object.name, value, { contentType: next.policy.contentType, enabled: next.enabled, ...dates }, true);
    const now = ctx.now.toISOString();
    const stored = {
        version: next.version, created: now, updated: now, enabled: next.enabled,
        notBefore: info.notBefore.toISOString(), expires: info.notAfter.toISOString(), tags: next.tags,
        meta: (0,records/* metaFrom */.am)(next.der, next.chain, info, next.jwk !== undefined),
        sealed: ctx.keys.seal((0,objects/* sealContextOf */.MY)(objects/* CERTIFICATE */.kX, ctx.vaultId, object.name, next.version), Buffer.alloc(0)),
    };
    const written = {
        ...object,
        versions: [...object.versions, stored],
        policy: { certificatePolicy: next.policy, ...(next.operation === undefined ? {} : { operation: next.operation }) },
    };
    tx.putObject(written);
    return (0,records/* vaultCertificateOf */.ll)(written, stored, true);
}
/**
 * A request that will not be merged (cancelled or forgotten) gives up its key version: a key no
 * certificate vouches for would otherwise stay the key's latest version, usable for keys/sign,
 * and — for a first request — in a key object nothing could then delete.
 */
function dropPendingKey(tx, name, operation) {
    if (operation.status !== 'inProgress' || operation.keyVersion === undefined)
        return;
    const key = tx.getObject(objects/* KEY */._.type, name);
    if (key === undefined)
        return;
    const versions = key.versions.filter((v) => v.version !== operation.keyVersion);
    if (versions.length === 0)
        tx.removeObject(objects/* KEY */._.type, key.name);
    else
        tx.putObject({ ...key, versions });
}
/** Each certificate signed by the next one, and the first not expired. */
function checkChain(chain, now) {
    for (let i = 0; i + 1 < chain.length; i += 1) {
        if (!(0,x509/* issuedBy */.T1)(chain[i], chain[i + 1])) {
            throw new errors/* BadParameterError */.lh(`The chain is broken: certificate ${i + 1} was not signed by certificate ${i + 2}. Give the certificate first, then each issuer.`);
        }
    }
    const leaf = (0,x509/* certificateInfo */.qg)(chain[0]);
    if (leaf.notAfter.getTime() <= now.getTime())
        throw new errors/* BadParameterError */.lh(`The certificate expired on ${leaf.notAfter.toISOString()}.`);
}
const issue_MAX_CHAIN = 10;
/** Merges an outside CA's chain (leaf first) into the pending request's key version. */
function mergeChain(tx, ctx, name, x509Chain, options) {
    (0,names/* validateName */.yS)(name, 'certificate');
    const object = tx.getObject(objects/* CERTIFICATE */.kX.type, name);
    const operation = object === undefined || object.deleted !== undefined || (0,objects/* purgeIsDue */.a7)(object, ctx.now) ? undefined : (0,records/* objectPolicy */.Su)(object).operation;
    if (object === undefined || operation === undefined) {
        throw new errors/* VaultError */.hb('CertificateNotFound', `Certificate ${(0,errors/* quote */.hD)(name)} has no pending request to merge into.`, { innerCode: 'PendingCertificateNotFound' });
    }
    if (operation.status !== 'inProgress' || operation.keyVersion === undefined) {
        throw new errors/* VaultError */.hb('Conflict', `The request for certificate ${(0,errors/* quote */.hD)(object.name)} is ${operation.status}, not pending: there is nothing to merge into.`);
    }
    if (!Array.isArray(x509Chain) || x509Chain.length === 0 || x509Chain.length > issue_MAX_CHAIN) {
        throw new errors/* BadParameterError */.lh(`Invalid chain: expected 1 to ${issue_MAX_CHAIN} certificates, the signed certificate first.`);
    }
    const chain = x509Chain.map((der, i) => {
        try {
            if (!(der instanceof Uint8Array))
                throw new TypeError('not bytes');
            (0,x509/* certificateInfo */.qg)(der);
            return Buffer.from(der);
        }
        catch {
            throw new errors/* BadParameterError */.lh(`Invalid chain: certificate ${i + 1} is not a valid X.509 certificate.`);
        }
    });
    const jwk = keyOfVersion(tx, ctx, object.name, operation.keyVersion);
    if (jwk === undefined)
        throw new errors/* VaultError */.hb('IntegrityError', `The key of the pending request for certificate ${(0,errors/* quote */.hD)(object.name)} is missing.`);
    const leafKey = (0,x509/* certificateInfo */.qg)(chain[0]).publicKey.export({ type: 'spki', format: 'der' });
    if (!leafKey.equals((0,key_material.publicKeyObject)(jwk).export({ type: 'spki', format: 'der' }))) {
        throw new errors/* BadParameterError */.lh(`The certificate does not match the pending request of certificate ${(0,errors/* quote */.hD)(object.name)}: its public key is not the request's key.`);
    }
    checkChain(chain, ctx.now);
    const policy = (0,records/* objectPolicy */.Su)(object).certificatePolicy;
    if (policy === undefined)
        throw new errors/* VaultError */.hb('IntegrityError', `Certificate ${(0,errors/* quote */.hD)(object.name)} has a pending request but no policy.`);
    const { statusDetails: _pending, ...rest } = operation;
    const completed = { ...rest, status: 'completed' };
    const key = tx.getObject(objects/* KEY */._.type, object.name);
    const keyVersion = key?.versions.find((v) => v.version === operation.keyVersion);
    return writeVersion(tx, ctx, object, {
        version: operation.keyVersion, der: chain[0], chain: chain.slice(1), jwk, keyExists: true, policy,
        operation: completed, enabled: options.enabled ?? keyVersion?.enabled ?? true, tags: (0,names/* validateTags */.Wh)(options.tags ?? {}),
    });
}
/** Imports a certificate (with its chain, and its key if given) as a new version. */
function importVersion(tx, ctx, object, parts, jwk, policy, options) {
    const [leaf, ...chain] = parts.certificates;
    if (leaf === undefined)
        throw new errors/* BadParameterError */.lh('The file holds no certificate.');
    checkChain(parts.certificates, ctx.now);
    return writeVersion(tx, ctx, object, {
        version: ctx.newVersion(), der: leaf, chain, jwk, keyExists: false, policy, operation: undefined,
        enabled: options.enabled ?? policy.enabled, tags: (0,names/* validateTags */.Wh)(options.tags ?? {}),
    });
}

// EXTERNAL MODULE: ./lib/core/object-backup.js
var object_backup = __webpack_require__(3839);
;// CONCATENATED MODULE: ./lib/core/certificates/lifecycle.js
/**
 * A certificate's lifecycle with its key and secret: reads, property updates, soft delete,
 * recovery, purge, backup and restore each act on all three together, in one transaction.
 */





const COMPANIONS = [objects/* KEY */._, objects/* SECRET */.bB];
const BACKUP_FORMAT = 'coffer-certificate-backup/1';
/** A live certificate with at least one version (a first request still pending has none). */
function liveCertificate(tx, ctx, name) {
    const object = (0,objects/* liveObject */.yA)(tx, objects/* CERTIFICATE */.kX, name, ctx.now);
    if (object.versions.length === 0)
        throw (0,objects/* notFound */.mX)(objects/* CERTIFICATE */.kX, name);
    return object;
}
function getCertificate(tx, ctx, name) {
    const object = liveCertificate(tx, ctx, name);
    return (0,records/* vaultCertificateOf */.ll)(object, (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, object), true);
}
function getCertificateVersion(tx, ctx, name, version) {
    (0,names/* validateVersion */.Pj)(version);
    const object = liveCertificate(tx, ctx, name);
    const found = object.versions.find((v) => v.version === version);
    if (found === undefined)
        throw (0,objects/* notFound */.mX)(objects/* CERTIFICATE */.kX, object.name, version);
    return (0,records/* vaultCertificateOf */.ll)(object, found, false);
}
function listCertificates(tx) {
    return (0,objects/* liveObjects */.ZE)(tx, objects/* CERTIFICATE */.kX).map((object) => (0,records/* certificatePropertiesOf */._2)(object, (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, object)));
}
function listCertificateVersions(tx, ctx, name) {
    const object = liveCertificate(tx, ctx, name);
    return object.versions.map((version) => (0,records/* certificatePropertiesOf */._2)(object, version));
}
/** Enabled and tags of a version; the key and secret version follow its enabled state. */
function updateCertificate(tx, ctx, name, version, options) {
    const object = liveCertificate(tx, ctx, name);
    if (version !== undefined)
        (0,names/* validateVersion */.Pj)(version);
    const found = version === undefined ? (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, object) : object.versions.find((v) => v.version === version);
    if (found === undefined)
        throw (0,objects/* notFound */.mX)(objects/* CERTIFICATE */.kX, object.name, version);
    if (options.enabled !== undefined && typeof options.enabled !== 'boolean')
        throw new errors/* BadParameterError */.lh('Invalid enabled flag: expected true or false.');
    const tags = options.tags === undefined ? undefined : (0,names/* validateTags */.Wh)(options.tags);
    const updated = (0,objects/* updatedVersion */._4)(found, { ...(options.enabled === undefined ? {} : { enabled: options.enabled }), ...(tags === undefined ? {} : { tags }) }, ctx.now);
    const next = (0,objects/* withVersion */.$2)(object, updated);
    tx.putObject(next);
    if (options.enabled !== undefined) {
        for (const kind of COMPANIONS) {
            const companion = tx.getObject(kind.type, object.name);
            const companionVersion = companion?.versions.find((v) => v.version === found.version);
            if (companion !== undefined && companionVersion !== undefined && companion.deleted === undefined) {
                tx.putObject((0,objects/* withVersion */.$2)(companion, (0,objects/* updatedVersion */._4)(companionVersion, { enabled: options.enabled }, ctx.now)));
            }
        }
    }
    return (0,records/* vaultCertificateOf */.ll)(next, updated, version === undefined);
}
function deletedCertificateOf(object) {
    if (object.deleted === undefined)
        throw new Error('deletedCertificateOf: object is not deleted');
    return {
        certificate: (0,records/* vaultCertificateOf */.ll)(object, (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, object), true),
        deletedOn: new Date(object.deleted.deletedOn),
        scheduledPurgeDate: new Date(object.deleted.scheduledPurgeDate),
    };
}
/** Runs `act` on the certificate's key and secret, where they are in the state `act` needs. */
function eachCompanion(tx, ctx, name, deleted, act) {
    for (const kind of COMPANIONS) {
        const companion = tx.getObject(kind.type, name);
        if (companion === undefined || (0,objects/* purgeIsDue */.a7)(companion, ctx.now) || (companion.deleted !== undefined) !== deleted)
            continue;
        act(kind);
    }
}
function deleteCertificate(tx, ctx, name) {
    const object = liveCertificate(tx, ctx, name);
    const deleted = (0,objects/* softDelete */.MK)(tx, objects/* CERTIFICATE */.kX, object.name, ctx.now);
    eachCompanion(tx, ctx, object.name, false, (kind) => { (0,objects/* softDelete */.MK)(tx, kind, object.name, ctx.now, true); });
    return deletedCertificateOf(deleted);
}
function listDeletedCertificates(tx, ctx) {
    return (0,objects/* deletedObjects */.mP)(tx, objects/* CERTIFICATE */.kX, ctx.now).filter((o) => o.versions.length > 0).map(deletedCertificateOf);
}
function getDeletedCertificate(tx, ctx, name) {
    return deletedCertificateOf((0,objects/* deletedObject */.$v)(tx, objects/* CERTIFICATE */.kX, name, ctx.now));
}
function recoverCertificate(tx, ctx, name) {
    const object = (0,objects/* recoverDeleted */._C)(tx, objects/* CERTIFICATE */.kX, name, ctx.now);
    eachCompanion(tx, ctx, object.name, true, (kind) => { (0,objects/* recoverDeleted */._C)(tx, kind, object.name, ctx.now, true); });
    return (0,records/* vaultCertificateOf */.ll)(object, (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, object), true);
}
function purgeCertificate(tx, ctx, name) {
    const object = (0,objects/* deletedObject */.$v)(tx, objects/* CERTIFICATE */.kX, name, ctx.now);
    (0,objects/* purgeDeleted */.hs)(tx, objects/* CERTIFICATE */.kX, object.name, ctx.now);
    eachCompanion(tx, ctx, object.name, true, (kind) => { (0,objects/* purgeDeleted */.hs)(tx, kind, object.name, ctx.now, true); });
}
/**
 * One blob for the three objects: each is an object backup (sealed to this vault, bound to its
 * type and name), so a certificate restores only into the vault it came from.
 */
function backupCertificate(tx, ctx, name) {
    const object = liveCertificate(tx, ctx, name);
    const key = tx.getObject(objects/* KEY */._.type, object.name);
    const backup = {
        format: BACKUP_FORMAT,
        certificate: (0,object_backup.backupObject)(tx, ctx, objects/* CERTIFICATE */.kX, object.name),
        ...(key === undefined || key.deleted !== undefined ? {} : { key: (0,object_backup.backupObject)(tx, ctx, objects/* KEY */._, object.name) }),
        secret: (0,object_backup.backupObject)(tx, ctx, objects/* SECRET */.bB, object.name),
    };
    return Buffer.from(JSON.stringify(backup), 'utf8').toString('base64url');
}
function restoreCertificate(tx, ctx, blob) {
    const bad = new errors/* BadParameterError */.lh('Invalid backup blob: expected the base64url text that a certificate backup produced.');
    if (typeof blob !== 'string' || blob.length > object_backup.MAX_BACKUP_CHARS || !/^[A-Za-z0-9_-]+$/.test(blob.trim()))
        throw bad;
    let backup;
    try {
        backup = JSON.parse(Buffer.from(blob.trim(), 'base64url').toString('utf8'));
    }
    catch {
        throw bad;
    }
    if (backup === null || typeof backup !== 'object' || backup.format !== BACKUP_FORMAT || typeof backup.certificate !== 'string'
        || typeof backup.secret !== 'string' || (backup.key !== undefined && typeof backup.key !== 'string'))
        throw bad;
    const certificate = (0,object_backup.restoreObject)(tx, ctx, objects/* CERTIFICATE */.kX, backup.certificate);
    const secret = (0,object_backup.restoreObject)(tx, ctx, objects/* SECRET */.bB, backup.secret, true);
    const key = backup.key === undefined ? undefined : (0,object_backup.restoreObject)(tx, ctx, objects/* KEY */._, backup.key, true);
    if (secret.name.toLowerCase() !== certificate.name.toLowerCase() || (key !== undefined && key.name.toLowerCase() !== certificate.name.toLowerCase())) {
        throw new errors/* VaultError */.hb('BadParameter', `The backup's key and secret do not belong to certificate ${(0,errors/* quote */.hD)(certificate.name)}.`);
    }
    (0,names/* validateName */.yS)(certificate.name, 'certificate');
    return (0,records/* vaultCertificateOf */.ll)(certificate, (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, certificate), true);
}

;// CONCATENATED MODULE: ./lib/core/certificates/settings.js
/**
 * Vault-wide certificate settings: the contacts lifetime actions notify, and the vault CA
 * issuers. Each is stored as a certificate-type object under a reserved name (see records.ts).
 */







const MAX_CONTACTS = 32;
function settingsObject(name, recoverableDays, policy) {
    return { type: objects/* CERTIFICATE */.kX.type, name, recoverableDays, versions: [], policy };
}
function getContacts(tx) {
    return (0,records/* storedContacts */.Ly)(tx.getObject(objects/* CERTIFICATE */.kX.type, records/* CONTACTS_NAME */.qN));
}
function optionalText(value, what, max) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string' || value.length > max || /[\u0000-\u001f]/.test(value))
        throw new errors/* BadParameterError */.lh(`Invalid contact ${what}: expected text of at most ${max} characters.`);
    return value;
}
function setContacts(tx, ctx, contacts) {
    if (!Array.isArray(contacts) || contacts.length === 0 || contacts.length > MAX_CONTACTS) {
        throw new errors/* BadParameterError */.lh(`Invalid contacts: expected a list of 1 to ${MAX_CONTACTS} contacts.`);
    }
    const checked = contacts.map((given) => {
        const contact = given;
        if (contact === null || typeof contact !== 'object')
            throw new errors/* BadParameterError */.lh('Invalid contact: expected an object with an email.');
        const email = optionalText(contact.email, 'email', 254);
        if (email === undefined || !certificates_policy/* MAILBOX */.bG.test(email))
            throw new errors/* BadParameterError */.lh(`Invalid contact email ${(0,errors/* quote */.hD)(typeof contact.email === 'string' ? contact.email : '')}: expected an address such as ops@example.com.`);
        const name = optionalText(contact.name, 'name', 128);
        const phone = optionalText(contact.phone, 'phone', 32);
        return { email, ...(name === undefined ? {} : { name }), ...(phone === undefined ? {} : { phone }) };
    });
    tx.putObject(settingsObject(records/* CONTACTS_NAME */.qN, ctx.recoverableDays, { contacts: checked }));
    return checked.map((c) => ({ ...c }));
}
function deleteContacts(tx) {
    const object = tx.getObject(objects/* CERTIFICATE */.kX.type, records/* CONTACTS_NAME */.qN);
    const contacts = (0,records/* storedContacts */.Ly)(object);
    if (object === undefined)
        throw new errors/* VaultError */.hb('CertificateNotFound', 'No certificate contacts are set in this vault.');
    tx.removeObject(objects/* CERTIFICATE */.kX.type, records/* CONTACTS_NAME */.qN);
    return contacts;
}
function validateIssuerName(name) {
    (0,names/* validateName */.yS)(name, 'issuer');
    if ([model/* SELF_ISSUER */.xt, model/* UNKNOWN_ISSUER */.PB].some((reserved) => reserved.toLowerCase() === name.toLowerCase())) {
        throw new errors/* BadParameterError */.lh(`Invalid issuer name ${(0,errors/* quote */.hD)(name)}: ${model/* SELF_ISSUER */.xt} and ${model/* UNKNOWN_ISSUER */.PB} are built in.`);
    }
    return name;
}
function issuerNotFound(name) {
    return new errors/* VaultError */.hb('CertificateNotFound', `Issuer ${(0,errors/* quote */.hD)(name)} was not found in this vault.`, { innerCode: 'IssuerNotFound' });
}
/** The CA certificate an issuer is to sign with: live, a CA with keyCertSign, its key in the vault. */
function checkCaCertificate(tx, ctx, certificateName) {
    if (typeof certificateName !== 'string')
        throw new errors/* BadParameterError */.lh('Invalid issuer: expected the name of the CA certificate that signs for it.');
    (0,names/* validateName */.yS)(certificateName, 'certificate');
    let object;
    try {
        object = (0,objects/* liveObject */.yA)(tx, objects/* CERTIFICATE */.kX, certificateName, ctx.now);
        (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, object);
    }
    catch {
        throw new errors/* BadParameterError */.lh(`CA certificate ${(0,errors/* quote */.hD)(certificateName)} was not found: create it first (with ca set) or import it with its key.`);
    }
    const latest = (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, object);
    const meta = (0,records/* metaOf */.fX)(object.name, latest);
    const info = (0,x509/* certificateInfo */.qg)(Buffer.from(meta.cer, 'base64'));
    if (!info.ca || !info.keyUsage.includes('keyCertSign')) {
        throw new errors/* BadParameterError */.lh(`Certificate ${(0,errors/* quote */.hD)(object.name)} is not a CA certificate (basicConstraints CA:true with keyCertSign): it cannot sign for an issuer.`);
    }
    if (!meta.hasKey)
        throw new errors/* BadParameterError */.lh(`Certificate ${(0,errors/* quote */.hD)(object.name)} has no private key in this vault: it cannot sign for an issuer.`);
    return object.name;
}
function createIssuer(tx, ctx, name, options) {
    validateIssuerName(name);
    if (options === null || typeof options !== 'object')
        throw new errors/* BadParameterError */.lh('Invalid issuer: expected its CA certificate name.');
    if (options.enabled !== undefined && typeof options.enabled !== 'boolean')
        throw new errors/* BadParameterError */.lh('Invalid enabled flag: expected true or false.');
    const existing = (0,records/* storedIssuer */.vx)(tx.getObject(objects/* CERTIFICATE */.kX.type, (0,records/* issuerObjectName */.gs)(name)));
    const now = ctx.now.toISOString();
    // As Azure's PUT: creating over an existing issuer replaces it.
    const issuer = {
        name: existing?.name ?? name, certificateName: checkCaCertificate(tx, ctx, options.certificateName),
        enabled: options.enabled ?? true, created: existing?.created ?? now, updated: now,
    };
    tx.putObject(settingsObject((0,records/* issuerObjectName */.gs)(name), ctx.recoverableDays, { issuer }));
    return (0,records/* issuerOf */.xD)(issuer);
}
function getIssuer(tx, name) {
    (0,names/* validateName */.yS)(name, 'issuer');
    const issuer = (0,records/* storedIssuer */.vx)(tx.getObject(objects/* CERTIFICATE */.kX.type, (0,records/* issuerObjectName */.gs)(name)));
    if (issuer === undefined)
        throw issuerNotFound(name);
    return (0,records/* issuerOf */.xD)(issuer);
}
function updateIssuer(tx, ctx, name, options) {
    (0,names/* validateName */.yS)(name, 'issuer');
    const existing = (0,records/* storedIssuer */.vx)(tx.getObject(objects/* CERTIFICATE */.kX.type, (0,records/* issuerObjectName */.gs)(name)));
    if (existing === undefined)
        throw issuerNotFound(name);
    if (options.enabled !== undefined && typeof options.enabled !== 'boolean')
        throw new errors/* BadParameterError */.lh('Invalid enabled flag: expected true or false.');
    const issuer = {
        ...existing,
        certificateName: options.certificateName === undefined ? existing.certificateName : checkCaCertificate(tx, ctx, options.certificateName),
        enabled: options.enabled ?? existing.enabled,
        updated: ctx.now.toISOString(),
    };
    tx.putObject(settingsObject((0,records/* issuerObjectName */.gs)(name), ctx.recoverableDays, { issuer }));
    return (0,records/* issuerOf */.xD)(issuer);
}
function deleteIssuer(tx, name) {
    const issuer = getIssuer(tx, name);
    tx.removeObject(objects/* CERTIFICATE */.kX.type, (0,records/* issuerObjectName */.gs)(name));
    return issuer;
}
function listIssuers(tx) {
    return tx.listObjects(objects/* CERTIFICATE */.kX.type, records/* ISSUER_PREFIX */.Zp).map(records/* storedIssuer */.vx).filter((i) => i !== undefined).map(records/* issuerOf */.xD);
}

;// CONCATENATED MODULE: ./lib/core/certificates/service.js
/**
 * The vault's certificate operations (CertificateVault), each one store transaction with one
 * audit record, run through the LocalVault that owns the store (access, audit, sweeping and
 * If-Match are its). Loaded only when a certificate operation runs: see ./lazy.ts.
 */













const read = (name, permission, certificate) => ({ name, permission, resource: (0,decision/* resourcePath */.oU)('certificates', certificate), writes: false });
const write = (name, permission, certificate) => ({ name, permission, resource: (0,decision/* resourcePath */.oU)('certificates', certificate), writes: true });
const certificateId = (certificate) => `/certificates/${certificate.name}/${certificate.properties.version}`;
const operationId = (operation) => `/certificates/${operation.name}/pending`;
class LocalCertificates {
    #runner;
    #deps;
    constructor(runner) {
        this.#runner = runner;
        this.#deps = { generateKey: (spec) => (0,key_material.generateKey)(spec, runner.random), random: runner.random };
    }
    async createCertificate(name, policy, options = {}) {
        return this.#runner.run(write('CertificateCreate', 'certificates/create', name), async (tx, ctx) => {
            const object = certificateForWrite(tx, ctx, name);
            const stored = stamped((0,certificates_policy/* validatePolicy */.tE)(policy), (0,records/* objectPolicy */.Su)(object).certificatePolicy, ctx.now);
            checkIssuerExists(tx, stored);
            this.#checkCaIssuance(stored);
            return issueVersion(tx, ctx, this.#deps, object, stored, options);
        }, operationId, { issuer: typeof policy?.issuerName === 'string' ? String(policy.issuerName).slice(0, 127) : model/* SELF_ISSUER */.xt });
    }
    async getCertificateOperation(name) {
        return this.#runner.run(read('CertificatePendingGet', 'certificates/get', name), (tx, ctx) => (0,records/* operationOf */.zI)(name, this.#operation(tx, ctx, name).operation), operationId);
    }
    async cancelCertificateOperation(name) {
        return this.#runner.run(write('CertificatePendingCancel', 'certificates/update', name), (tx, ctx) => {
            const { object, operation } = this.#operation(tx, ctx, name);
            if (operation.status !== 'inProgress')
                throw new errors/* VaultError */.hb('Conflict', `The request for certificate ${(0,errors/* quote */.hD)(object.name)} is ${operation.status}: only a pending request can be cancelled.`);
            dropPendingKey(tx, object.name, operation);
            const cancelled = { ...operation, status: 'cancelled', cancellationRequested: true, statusDetails: 'Cancelled by request.' };
            tx.putObject({ ...object, policy: { ...(0,records/* objectPolicy */.Su)(object), operation: cancelled } });
            return (0,records/* operationOf */.zI)(object.name, cancelled);
        }, operationId);
    }
    async deleteCertificateOperation(name) {
        return this.#runner.run(write('CertificatePendingDelete', 'certificates/update', name), (tx, ctx) => {
            const { object, operation } = this.#operation(tx, ctx, name);
            dropPendingKey(tx, object.name, operation);
            const { operation: _dropped, ...rest } = (0,records/* objectPolicy */.Su)(object);
            // A first request that never completed leaves nothing behind but its (managed) key version.
            if (object.versions.length === 0)
                tx.removeObject(objects/* CERTIFICATE */.kX.type, object.name);
            else
                tx.putObject({ ...object, policy: rest });
            return (0,records/* operationOf */.zI)(object.name, operation);
        }, operationId);
    }
    async mergeCertificate(name, x509Chain, options = {}) {
        return this.#runner.run(write('CertificatePendingMerge', 'certificates/create', name), (tx, ctx) => mergeChain(tx, ctx, name, x509Chain, options), certificateId);
    }
    async importCertificate(name, data, options = {}) {
        return this.#runner.run(write('CertificateImport', 'certificates/import', name), async (tx, ctx) => {
            const object = certificateForWrite(tx, ctx, name);
            if (!(data instanceof Uint8Array))
                throw new errors/* BadParameterError */.lh('Invalid certificate: expected the bytes of a PEM or PKCS#12 file.');
            if (options.password !== undefined && (typeof options.password !== 'string' || options.password.length > 1024)) {
                throw new errors/* BadParameterError */.lh('Invalid password: expected text of at most 1024 characters.');
            }
            const parts = readCertificateData(data, options.password);
            const jwk = parts.privateKey === undefined ? undefined : await importedKey(parts);
            const isPem = Buffer.from(data.subarray(0, 4096)).toString('latin1').includes('-----BEGIN ');
            const policy = stamped(importedPolicy(parts, jwk, isPem, options.policy ?? {}), (0,records/* objectPolicy */.Su)(object).certificatePolicy, ctx.now);
            return importVersion(tx, ctx, object, parts, jwk, policy, options);
        }, certificateId);
    }
    async getCertificate(name) {
        return this.#runner.run(read('CertificateGet', 'certificates/get', name), (tx, ctx) => getCertificate(tx, ctx, name), certificateId);
    }
    async getCertificateVersion(name, version) {
        return this.#runner.run(read('CertificateGet', 'certificates/get', name), (tx, ctx) => getCertificateVersion(tx, ctx, name, version), certificateId);
    }
    async updateCertificateProperties(name, version, options) {
        return this.#runner.run(write('CertificateUpdate', 'certificates/update', name), (tx, ctx) => updateCertificate(tx, ctx, name, version, options), certificateId);
    }
    async listPropertiesOfCertificates() {
        return this.#runner.run(read('CertificateList', 'certificates/list'), (tx) => listCertificates(tx));
    }
    async listPropertiesOfCertificateVersions(name) {
        return this.#runner.run(read('CertificateListVersions', 'certificates/list', name), (tx, ctx) => listCertificateVersions(tx, ctx, name));
    }
    async deleteCertificate(name) {
        return this.#runner.run(write('CertificateDelete', 'certificates/delete', name), (tx, ctx) => deleteCertificate(tx, ctx, name));
    }
    async listDeletedCertificates() {
        return this.#runner.run(read('CertificateListDeleted', 'certificates/list'), (tx, ctx) => listDeletedCertificates(tx, ctx));
    }
    async getDeletedCertificate(name) {
        return this.#runner.run(read('CertificateGetDeleted', 'certificates/get', name), (tx, ctx) => getDeletedCertificate(tx, ctx, name));
    }
    async recoverDeletedCertificate(name) {
        return this.#runner.run(write('CertificateRecover', 'certificates/recover', name), (tx, ctx) => recoverCertificate(tx, ctx, name), certificateId);
    }
    async purgeDeletedCertificate(name) {
        return this.#runner.run(write('CertificatePurge', 'certificates/purge', name), (tx, ctx) => { purgeCertificate(tx, ctx, name); });
    }
    async backupCertificate(name) {
        return this.#runner.run(read('CertificateBackup', 'certificates/backup', name), (tx, ctx) => backupCertificate(tx, ctx, name));
    }
    async restoreCertificateBackup(blob) {
        return this.#runner.run(write('CertificateRestore', 'certificates/restore'), (tx, ctx) => restoreCertificate(tx, ctx, blob), certificateId);
    }
    async getCertificatePolicy(name) {
        // A certificate whose first request is still pending has a policy before it has a version (as in Azure).
        return this.#runner.run(read('CertificatePolicyGet', 'certificates/get', name), (tx, ctx) => (0,certificates_policy/* policyOf */.US)(this.#policy((0,objects/* liveObject */.yA)(tx, objects/* CERTIFICATE */.kX, name, ctx.now))));
    }
    async updateCertificatePolicy(name, policy) {
        return this.#runner.run(write('CertificatePolicyUpdate', 'certificates/update', name), (tx, ctx) => {
            const object = (0,objects/* liveObject */.yA)(tx, objects/* CERTIFICATE */.kX, name, ctx.now);
            const current = this.#policy(object);
            const next = stamped((0,certificates_policy/* validatePolicy */.tE)(policy, current), current, ctx.now);
            checkIssuerExists(tx, next);
            this.#checkCaIssuance(next);
            tx.putObject({ ...object, policy: { ...(0,records/* objectPolicy */.Su)(object), certificatePolicy: next } });
            return (0,certificates_policy/* policyOf */.US)(next);
        });
    }
    async renewCertificate(name) {
        return this.#runner.run(write('CertificateRenew', 'certificates/create', name), async (tx, ctx) => {
            liveCertificate(tx, ctx, name);
            const object = certificateForWrite(tx, ctx, name);
            this.#checkCaIssuance(this.#policy(object));
            return issueVersion(tx, ctx, this.#deps, object, this.#policy(object), {});
        }, operationId);
    }
    async renewCertificateIfDue(name) {
        return this.#runner.run(write('CertificateRenewIfDue', 'certificates/create', name), async (tx, ctx) => {
            const object = liveCertificate(tx, ctx, name);
            const latest = (0,objects/* latestVersion */.qD)(objects/* CERTIFICATE */.kX, object);
            const certificate = (0,records/* vaultCertificateOf */.ll)(object, latest, true);
            const { notBefore, expiresOn } = certificate.properties;
            const due = notBefore === undefined || expiresOn === undefined ? undefined : (0,certificates_policy/* dueLifetimeAction */.yE)(this.#policy(object).lifetimeActions, notBefore, expiresOn, ctx.now);
            if (due === undefined || (0,records/* objectPolicy */.Su)(object).operation?.status === 'inProgress') {
                return { name: object.name, result: 'not-due', operation: undefined, certificate };
            }
            if (due.action.action === 'EmailContacts')
                return { name: object.name, result: 'notify', operation: undefined, certificate, reason: due.reason };
            this.#checkCaIssuance(this.#policy(object));
            const operation = await issueVersion(tx, ctx, this.#deps, certificateForWrite(tx, ctx, name), this.#policy(object), {});
            const renewed = operation.status === 'completed' ? getCertificate(tx, ctx, name) : certificate;
            return { name: object.name, result: 'renewed', operation, certificate: renewed, reason: due.reason };
        }, (outcome) => `/certificates/${outcome.certificate.name}/${outcome.certificate.properties.version}`);
    }
    async getContacts() {
        return this.#runner.run(read('CertificateContactsGet', 'certificates/managecontacts'), (tx) => getContacts(tx));
    }
    async setContacts(contacts) {
        return this.#runner.run(write('CertificateContactsSet', 'certificates/managecontacts'), (tx, ctx) => setContacts(tx, ctx, contacts));
    }
    async deleteContacts() {
        return this.#runner.run(write('CertificateContactsDelete', 'certificates/managecontacts'), (tx) => deleteContacts(tx));
    }
    async createIssuer(name, options) {
        return this.#runner.run(write('CertificateIssuerSet', 'certificates/manageissuers'), (tx, ctx) => createIssuer(tx, ctx, name, options), issuerId);
    }
    async getIssuer(name) {
        return this.#runner.run(read('CertificateIssuerGet', 'certificates/getissuers'), (tx) => getIssuer(tx, name), issuerId);
    }
    async updateIssuer(name, options) {
        return this.#runner.run(write('CertificateIssuerUpdate', 'certificates/manageissuers'), (tx, ctx) => updateIssuer(tx, ctx, name, options), issuerId);
    }
    async deleteIssuer(name) {
        return this.#runner.run(write('CertificateIssuerDelete', 'certificates/manageissuers'), (tx) => deleteIssuer(tx, name), issuerId);
    }
    async listIssuers() {
        return this.#runner.run(read('CertificateIssuerList', 'certificates/listissuers'), (tx) => listIssuers(tx));
    }
    /** The certificate's last operation, pending or finished; CertificateNotFound (PendingCertificateNotFound) if none. */
    #operation(tx, ctx, name) {
        (0,names/* validateName */.yS)(name, 'certificate');
        const object = tx.getObject(objects/* CERTIFICATE */.kX.type, name);
        const operation = object === undefined || object.deleted !== undefined || (0,objects/* purgeIsDue */.a7)(object, ctx.now) ? undefined : (0,records/* objectPolicy */.Su)(object).operation;
        if (object === undefined || operation === undefined) {
            throw new errors/* VaultError */.hb('CertificateNotFound', `Certificate ${(0,errors/* quote */.hD)(name)} has no request in progress or recorded.`, { innerCode: 'PendingCertificateNotFound' });
        }
        return { object, operation };
    }
    /**
     * A CA certificate signed by a vault CA is a new CA under it: whoever may make one can then sign
     * anything the chain is trusted for. So it takes what choosing the vault's CAs takes,
     * `certificates/manageissuers` on the vault, besides the operation's own permission. A
     * self-signed CA, or one for an outside CA to sign (Unknown), is trusted by nobody on its own.
     */
    #checkCaIssuance(policy) {
        if (!policy.ca || policy.issuerName === model/* SELF_ISSUER */.xt || policy.issuerName === model/* UNKNOWN_ISSUER */.PB)
            return;
        const resource = (0,decision/* resourcePath */.oU)('certificates');
        if (!this.#runner.allows('certificates/manageissuers', resource)) {
            throw new errors/* VaultError */.hb('Forbidden', `A CA certificate issued by vault CA ${(0,errors/* quote */.hD)(policy.issuerName)} needs certificates/manageissuers on ${resource}, as creating issuers does.`, { innerCode: 'ForbiddenByRbac' });
        }
    }
    #policy(object) {
        const policy = (0,records/* objectPolicy */.Su)(object).certificatePolicy;
        if (policy === undefined)
            throw new errors/* VaultError */.hb('IntegrityError', `Certificate ${(0,errors/* quote */.hD)(object.name)} has no policy.`);
        return policy;
    }
}
const issuerId = (issuer) => `/certificates/issuers/${issuer.name}`;
/** The policy with its created and updated times: created kept from the one it replaces. */
function stamped(policy, previous, now) {
    return { ...policy, created: previous?.created ?? now.toISOString(), updated: now.toISOString() };
}
/** An imported private key as a checked JWK: RSA 2048–4096 (with sound primes) or EC P-256/384/521. */
async function importedKey(parts) {
    const pem = parts.privateKey?.export({ type: 'pkcs8', format: 'pem' }).toString() ?? '';
    const jwk = (0,key_material.importPem)(pem);
    const spec = (0,key_material.keySpecOf)(jwk);
    if (spec.kty === 'EC' && spec.curve === 'P-256K')
        throw new errors/* BadParameterError */.lh('The certificate\'s key is on curve P-256K: certificates here use P-256, P-384 or P-521.');
    if (spec.kty === 'oct')
        throw new errors/* BadParameterError */.lh('The certificate\'s key must be RSA or EC.');
    await (0,key_material.checkRsaPrimes)(jwk);
    return jwk;
}
/** The policy of an imported certificate: read from the certificate, with the caller's fields over it. */
function importedPolicy(parts, jwk, isPem, given) {
    const info = (0,x509/* certificateInfo */.qg)(parts.certificates[0]);
    const details = info.publicKey.asymmetricKeyDetails;
    const keyType = info.publicKey.asymmetricKeyType === 'ec' ? 'EC' : 'RSA';
    const curves = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
    const curve = curves[details?.namedCurve ?? ''];
    const months = Math.round((info.notAfter.getTime() - info.notBefore.getTime()) / (30.44 * 86_400_000));
    const selfSigned = parts.certificates.length === 1 && info.subject === info.issuer;
    const derived = {
        keyType, ...(keyType === 'RSA' ? { keySize: details?.modulusLength ?? 2048 } : { curve }),
        exportable: jwk !== undefined, contentType: isPem ? model/* PEM_CONTENT_TYPE */.qc : model/* PKCS12_CONTENT_TYPE */.w5,
        subject: info.subject, subjectAlternativeNames: info.subjectAlternativeNames,
        enhancedKeyUsage: info.enhancedKeyUsage, keyUsage: info.keyUsage, ca: info.ca,
        validityInMonths: Math.min(120, Math.max(1, months)),
        lifetimeActions: [{ action: 'EmailContacts', lifetimePercentage: 80 }],
        issuerName: selfSigned ? model/* SELF_ISSUER */.xt : model/* UNKNOWN_ISSUER */.PB,
    };
    const merged = { ...derived, ...given, ...(jwk === undefined ? { exportable: false } : {}) };
    try {
        return (0,certificates_policy/* validatePolicy */.tE)(merged);
    }
    catch (error) {
        // A certificate made elsewhere may carry usages this vault would not issue; keep its other fields.
        if (!(error instanceof errors/* BadParameterError */.lh) || given.keyUsage !== undefined)
            throw error;
        const { keyUsage: _k, ...rest } = merged;
        return (0,certificates_policy/* validatePolicy */.tE)(rest);
    }
}


/***/ }),

/***/ 1654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ issueCertificate),
/* harmony export */   RS: () => (/* binding */ certificateRequest),
/* harmony export */   T1: () => (/* binding */ issuedBy),
/* harmony export */   YG: () => (/* binding */ randomSerial),
/* harmony export */   qg: () => (/* binding */ certificateInfo)
/* harmony export */ });
/* unused harmony export publicKeyOfJwk */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(477);
/* harmony import */ var _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8927);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2697);
/**
 * X.509 for the vault: certificates and PKCS#10 requests built from a policy with
 * @peculiar/x509 over node's WebCrypto, and what the vault needs to know about a certificate.
 *
 * What a TLS stack checks is set as RFC 5280 and the CA/Browser Forum ask: basicConstraints
 * (critical; CA:true only for CA certificates), keyUsage (critical), extendedKeyUsage, the SANs,
 * subject and authority key identifiers, and a positive serial of 126 random bits. RSA issuers
 * sign with SHA-256 (PKCS#1 v1.5, what every TLS stack accepts); EC issuers with the hash that
 * matches their curve.
 */

// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs the Reflect metadata API.




_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .cryptoProvider */ .Ve.set(node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto);
const USAGE_FLAGS = {
    digitalSignature: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.digitalSignature,
    nonRepudiation: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.nonRepudiation,
    keyEncipherment: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.keyEncipherment,
    dataEncipherment: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.dataEncipherment,
    keyAgreement: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.keyAgreement,
    keyCertSign: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.keyCertSign,
    cRLSign: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.cRLSign,
    encipherOnly: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.encipherOnly,
    decipherOnly: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.decipherOnly,
};
/*
 * Parsed certificates, by SHA-256 of their DER, so that a vault CA's certificate is parsed once
 * rather than at every issuance (@peculiar/x509 takes milliseconds per parse). Bounded.
 */
const PARSED_CACHE = 64;
const parsed = new Map();
function parse(der) {
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('base64');
    const cached = parsed.get(id);
    if (cached !== undefined)
        return cached;
    const entry = parseUncached(der);
    if (parsed.size >= PARSED_CACHE)
        parsed.delete(parsed.keys().next().value);
    parsed.set(id, entry);
    return entry;
}
/** What the vault records about a certificate; BadParameterError if either parser refuses it. */
function certificateInfo(der) {
    return parse(der).info;
}
function parseUncached(der) {
    let node;
    let cert;
    try {
        node = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(der));
        cert = new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .X509Certificate */ .yI(Buffer.from(der));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadParameterError */ .lh('Invalid certificate: it is not a well-formed X.509 certificate.');
    }
    const sans = cert.getExtension(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .SubjectAlternativeNameExtension */ .Wx);
    const names = sans?.names.items ?? [];
    const basic = cert.getExtension(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .BasicConstraintsExtension */ .WA);
    const usage = cert.getExtension(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsagesExtension */ .hy);
    const eku = cert.getExtension(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .ExtendedKeyUsageExtension */ .j6);
    const info = {
        subject: cert.subject,
        issuer: cert.issuer,
        serialNumber: node.serialNumber.toUpperCase(),
        notBefore: new Date(node.validFrom),
        notAfter: new Date(node.validTo),
        subjectAlternativeNames: {
            dnsNames: names.filter((n) => n.type === 'dns').map((n) => n.value),
            emails: names.filter((n) => n.type === 'email').map((n) => n.value),
            upns: names.filter((n) => n.type === 'upn').map((n) => n.value),
            ipAddresses: names.filter((n) => n.type === 'ip').map((n) => n.value),
        },
        x5t: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(der).digest(),
        x5tS256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest(),
        ca: basic?.ca === true,
        pathLength: basic?.ca === true ? basic.pathLength : undefined,
        keyUsage: usage === null ? [] : _model_js__WEBPACK_IMPORTED_MODULE_4__/* .KEY_USAGES */ .xG.filter((name) => (usage.usages & USAGE_FLAGS[name]) !== 0),
        enhancedKeyUsage: eku === null ? [] : eku.usages.map(String),
        publicKey: node.publicKey,
    };
    return { info: Object.freeze(info), cert };
}
/** The WebCrypto algorithm a key signs with, and the hash that goes with its size or curve. */
function signingAlgorithm(jwk) {
    if (jwk.kty === 'RSA')
        return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    if (jwk.kty === 'EC') {
        const hash = { 'P-256': 'SHA-256', 'P-384': 'SHA-384', 'P-521': 'SHA-512' }[jwk.crv];
        if (hash !== undefined)
            return { name: 'ECDSA', namedCurve: jwk.crv, hash };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadParameterError */ .lh(`A certificate's key must be RSA or EC P-256, P-384 or P-521, not ${jwk.kty}${jwk.kty === 'EC' ? ` ${String(jwk.crv)}` : ''}.`);
}
function privateParts(jwk) {
    const { kty, crv, x, y, d, n, e, p, q, dp, dq, qi } = jwk;
    return Object.fromEntries(Object.entries({ kty, crv, x, y, d, n, e, p, q, dp, dq, qi }).filter(([, v]) => v !== undefined));
}
function publicParts(jwk) {
    const { kty, crv, x, y, n, e } = jwk;
    return Object.fromEntries(Object.entries({ kty, crv, x, y, n, e }).filter(([, v]) => v !== undefined));
}
async function keyPair(jwk) {
    const algorithm = signingAlgorithm(jwk);
    const [privateKey, publicKey] = await Promise.all([
        node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.importKey('jwk', privateParts(jwk), algorithm, false, ['sign']),
        node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.importKey('jwk', publicParts(jwk), algorithm, true, ['verify']),
    ]);
    return { privateKey, publicKey, algorithm };
}
/** The public key of a JWK, as node sees it: to compare with a certificate's. */
function publicKeyOfJwk(jwk) {
    return createPublicKey({ key: publicParts(jwk), format: 'jwk' });
}
function subjectName(subject) {
    try {
        return new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .Name */ .SX(subject);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadParameterError */ .lh(`Invalid subject ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(subject)}: expected an X.500 name such as "CN=api.example.com, O=Example".`);
    }
}
function sanExtension(sans) {
    const names = [
        ...sans.dnsNames.map((value) => ({ type: 'dns', value })),
        ...sans.emails.map((value) => ({ type: 'email', value })),
        ...sans.upns.map((value) => ({ type: 'upn', value })),
        ...sans.ipAddresses.map((value) => ({ type: 'ip', value })),
    ];
    return names.length === 0 ? [] : [new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .SubjectAlternativeNameExtension */ .Wx(names, false)];
}
function requestedExtensions(policy, pathLength) {
    const flags = policy.keyUsage.reduce((sum, usage) => sum | USAGE_FLAGS[usage], 0);
    return [
        new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .BasicConstraintsExtension */ .WA(policy.ca, policy.ca ? pathLength : undefined, true),
        // The extension takes the OR of its flags, which the enum's type cannot name.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
        ...(flags === 0 ? [] : [new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsagesExtension */ .hy(flags, true)]),
        ...(policy.enhancedKeyUsage.length === 0 ? [] : [new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .ExtendedKeyUsageExtension */ .j6([...policy.enhancedKeyUsage], false)]),
        ...sanExtension(policy.subjectAlternativeNames),
    ];
}
/** 126 random bits, positive and of fixed length (the top byte is 01xxxxxx). */
function randomSerial(random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
    const bytes = Buffer.from(random(16));
    bytes[0] = ((bytes[0] ?? 0) & 0x3f) | 0x40;
    return bytes.toString('hex');
}
/** A certificate per the policy, DER. */
async function issueCertificate(request) {
    const subject = await keyPair(request.key);
    const name = subjectName(request.policy.subject);
    let signingKey = subject.privateKey;
    let signing = subject.algorithm;
    let issuerName = name;
    let authority;
    if ('certificate' in request.signer) {
        const issuerCert = parse(request.signer.certificate).cert;
        const issuer = await keyPair(request.signer.key);
        signingKey = issuer.privateKey;
        signing = issuer.algorithm;
        issuerName = issuerCert.subjectName;
        authority = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .AuthorityKeyIdentifierExtension */ .Z$.create(issuerCert);
    }
    else {
        authority = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .AuthorityKeyIdentifierExtension */ .Z$.create(subject.publicKey);
    }
    const certificate = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .X509CertificateGenerator */ .Jy.create({
        serialNumber: request.serialNumber, subject: name, issuer: issuerName,
        notBefore: request.notBefore, notAfter: request.notAfter,
        publicKey: subject.publicKey, signingKey, signingAlgorithm: signing,
        extensions: [...requestedExtensions(request.policy, request.pathLength), await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .SubjectKeyIdentifierExtension */ .QE.create(subject.publicKey), authority],
    });
    return Buffer.from(certificate.rawData);
}
/** A PKCS#10 request (DER) for the policy's subject, names and usages, signed by the key. */
async function certificateRequest(policy, key) {
    const pair = await keyPair(key);
    const request = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .Pkcs10CertificateRequestGenerator */ .UX.create({
        name: subjectName(policy.subject), keys: { privateKey: pair.privateKey, publicKey: pair.publicKey },
        signingAlgorithm: pair.algorithm, extensions: requestedExtensions(policy),
    });
    return Buffer.from(request.rawData);
}
/** Whether `child` was signed by `issuer`'s key and names it as its issuer. */
function issuedBy(child, issuer) {
    const c = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(child));
    const i = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(issuer));
    return c.checkIssued(i) && c.verify(i.publicKey);
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


/***/ })

};
;