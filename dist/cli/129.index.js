export const id = 129;
export const ids = [129,166];
export const modules = {

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


/***/ }),

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

/***/ 7453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T6: () => (/* reexport safe */ _data_dir_paths_js__WEBPACK_IMPORTED_MODULE_3__.T),
/* harmony export */   YL: () => (/* reexport safe */ _data_dir_paths_js__WEBPACK_IMPORTED_MODULE_3__.Y),
/* harmony export */   iq: () => (/* binding */ openDataDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _open_vault_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4755);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _data_dir_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3884);
/**
 * The server's data dir: where `coffer serve` keeps what it needs between runs. One place
 * names every path, so that the server, `coffer role` and `coffer token` agree on them.
 *
 *   master.key     the master key (0600), created on a fresh dir unless COFFER_KEY/--key-file give one
 *   vault.db       the embedded SQLite store (the default --store)
 *   access.json    role assignments and revoked token ids, MAC'd with a key derived from the vault's
 *   ca.pem         the CA that signed the server's own TLS certificate, for clients (NODE_EXTRA_CA_CERTS)
 *   tls/           that CA's key and the server's certificate and key (0600)
 */





function storeLocation(given, paths, cwd) {
    if (given === undefined)
        return paths.store;
    const location = (0,_open_vault_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLocation */ .zS)(given, cwd);
    if (location.kind === 'https')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Invalid store ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: the server keeps its objects in sqlite:PATH or file:PATH, not in another server.`);
    return `${location.kind}:${location.path}`;
}
async function openDataDir(dir, options) {
    const cwd = options.cwd ?? process.cwd();
    const paths = (0,_data_dir_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .dataDirPaths */ .Y)(dir, cwd);
    const store = storeLocation(options.store, paths, cwd);
    const storePath = store.slice(store.indexOf(':') + 1);
    const vaultOptions = {
        masterKey: options.masterKey, principal: options.principal,
        ...(options.keyExecutor === undefined ? {} : { keyExecutor: options.keyExecutor }),
    };
    let vault;
    let createdVault = false;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(storePath)) {
        vault = (0,_open_vault_js__WEBPACK_IMPORTED_MODULE_1__/* .openVault */ .Z1)(store, vaultOptions);
    }
    else if (options.create === true) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(paths.dir, { recursive: true, mode: 0o700 });
        vault = await (0,_open_vault_js__WEBPACK_IMPORTED_MODULE_1__/* .createVault */ .B3)(store, vaultOptions);
        createdVault = true;
    }
    else {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`No server vault at ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(storePath, 200)}: run coffer serve with --data-dir ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(paths.dir, 200)} first, or name the store with --store.`);
    }
    return {
        paths, vault, store, createdVault,
        tokenKey: vault.derivedKey('token-signing'),
        accessMacKey: vault.derivedKey('access-file'),
        close: () => vault.close(),
    };
}


/***/ }),

/***/ 7129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseListen: () => (/* binding */ parseListen),
  startServer: () => (/* binding */ startServer)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/server/data-dir.js
var data_dir = __webpack_require__(7453);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./lib/core/access/principal.js
var principal = __webpack_require__(1424);
// EXTERNAL MODULE: ./lib/protocol/api-version.js
var api_version = __webpack_require__(9129);
// EXTERNAL MODULE: ./lib/protocol/errors-wire.js
var errors_wire = __webpack_require__(1647);
;// CONCATENATED MODULE: ./lib/server/http-io.js

/** JSON bodies nest a few levels (a policy, a JWK); anything deeper is not a Key Vault request. */
const MAX_JSON_DEPTH = 32;
/** Thrown when a body is larger than its route allows; answered 413 in the error shape. */
class BodyTooLargeError extends errors/* BadParameterError */.lh {
    constructor(limit) {
        super(`The request body is larger than ${limit} bytes, the limit for this operation.`);
        this.name = 'BodyTooLargeError';
    }
}
/** The body, up to `limit` bytes; more is refused as soon as it is seen (and the rest not read). */
async function readBody(req, limit) {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit)
        throw new BodyTooLargeError(limit);
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > limit)
            throw new BodyTooLargeError(limit);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, size);
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** The deepest nesting of arrays and objects in a JSON text, counted without parsing it. */
function jsonDepth(text) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i += 1; // a backslash escapes the next character
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22) {
            inString = true;
        }
        else if (c === 0x7b || c === 0x5b) {
            depth += 1;
            if (depth > deepest)
                deepest = depth;
        }
        else if (c === 0x7d || c === 0x5d) {
            depth -= 1;
        }
    }
    return deepest;
}
/** A request body as JSON: UTF-8, at most MAX_JSON_DEPTH deep. An empty body is `undefined`. */
function parseJsonBody(body) {
    if (body.length === 0)
        return undefined;
    let text;
    try {
        text = UTF8.decode(body);
    }
    catch {
        throw new errors/* BadParameterError */.lh('The request body is not valid UTF-8.');
    }
    if (jsonDepth(text) > MAX_JSON_DEPTH)
        throw new errors/* BadParameterError */.lh(`The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
    try {
        return JSON.parse(text);
    }
    catch {
        // The parser's message quotes the text, which may hold a value.
        throw new errors/* BadParameterError */.lh('The request body is not valid JSON.');
    }
}
/** Writes a reply; a body is JSON, and no reply is cached by anyone on the way. */
function send(res, reply) {
    const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    const contentType = reply.text !== undefined ? 'text/plain; version=0.0.4; charset=utf-8' : 'application/json; charset=utf-8';
    res.writeHead(reply.status, {
        ...(text === '' ? {} : { 'content-type': contentType }),
        'content-length': Buffer.byteLength(text),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...reply.headers,
    });
    res.end(text);
}
function errorReply(error, headers) {
    return { status: error.status, body: error.body, ...(headers === undefined ? {} : { headers }) };
}

;// CONCATENATED MODULE: ./lib/server/metrics.js
/**
 * `GET /metrics` in the Prometheus text format: requests by operation and status, a latency
 * histogram, requests in flight and the audit queue (operations waiting for a group commit).
 * Labels are the route's operation name and the status code — never a path, a name or a
 * principal, so the metrics say nothing about what the vault holds or who uses it.
 */
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
class Metrics {
    #requests = new Map();
    #buckets = new Array(BUCKETS.length + 1).fill(0);
    #sum = 0;
    #count = 0;
    inFlight = 0;
    /** Counts one finished request. `operation` comes from the route table (or a fixed word), never from the caller. */
    observe(operation, status, seconds) {
        const key = `${operation}\u0000${status}`;
        this.#requests.set(key, (this.#requests.get(key) ?? 0) + 1);
        let i = 0;
        while (i < BUCKETS.length && seconds > (BUCKETS[i] ?? Infinity))
            i += 1;
        this.#buckets[i] = (this.#buckets[i] ?? 0) + 1;
        this.#sum += seconds;
        this.#count += 1;
    }
    render(auditQueueDepth) {
        const lines = [
            '# HELP coffer_requests_total Requests answered, by operation and HTTP status.',
            '# TYPE coffer_requests_total counter',
        ];
        for (const [key, count] of [...this.#requests].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const [operation, status] = key.split('\u0000');
            lines.push(`coffer_requests_total{operation="${operation ?? ''}",status="${status ?? ''}"} ${count}`);
        }
        lines.push('# HELP coffer_request_duration_seconds Time from a request\'s arrival to its reply.', '# TYPE coffer_request_duration_seconds histogram');
        let cumulative = 0;
        BUCKETS.forEach((bound, i) => {
            cumulative += this.#buckets[i] ?? 0;
            lines.push(`coffer_request_duration_seconds_bucket{le="${bound}"} ${cumulative}`);
        });
        lines.push(`coffer_request_duration_seconds_bucket{le="+Inf"} ${this.#count}`);
        lines.push(`coffer_request_duration_seconds_sum ${this.#sum}`, `coffer_request_duration_seconds_count ${this.#count}`);
        lines.push('# HELP coffer_requests_in_flight Requests being answered.', '# TYPE coffer_requests_in_flight gauge', `coffer_requests_in_flight ${this.inFlight}`);
        lines.push('# HELP coffer_audit_queue_depth Operations waiting for their audit records to be committed.', '# TYPE coffer_audit_queue_depth gauge', `coffer_audit_queue_depth ${auditQueueDepth}`);
        return `${lines.join('\n')}\n`;
    }
}

;// CONCATENATED MODULE: ./lib/server/router.js
/** Bodies of ordinary requests: a 25 KiB secret base64'd or a JWK fit many times over. */
const DEFAULT_MAX_BODY = 256 * 1024;
function compile(route) {
    const segments = route.pattern.split('/').slice(1);
    const last = segments[segments.length - 1] ?? '';
    const optionalLast = last.endsWith('?}');
    return { route, segments, optionalLast };
}
function matchSegments(compiled, parts) {
    const { segments, optionalLast } = compiled;
    const absentLast = optionalLast && (parts.length === segments.length - 1 || (parts.length === segments.length && parts[parts.length - 1] === ''));
    if (parts.length !== segments.length && !absentLast)
        return undefined;
    const params = {};
    for (let i = 0; i < segments.length; i += 1) {
        const pattern = segments[i] ?? '';
        const part = parts[i];
        if (pattern.startsWith('{')) {
            const optional = pattern.endsWith('?}');
            const name = pattern.slice(1, optional ? -2 : -1);
            if (i === segments.length - 1 && absentLast)
                params[name] = undefined;
            else if (part === undefined || (part === '' && !optional))
                return undefined;
            else
                params[name] = part === '' ? undefined : part;
        }
        else if (part === undefined || part.toLowerCase() !== pattern) {
            return undefined;
        }
    }
    return params;
}
class Router {
    #routes;
    constructor(routes) {
        this.#routes = routes.map(compile);
    }
    /** The first route that matches; `method` when the path exists under another method (405). */
    lookup(method, path) {
        const parts = path.split('/').slice(1);
        let pathExists = false;
        for (const compiled of this.#routes) {
            const params = matchSegments(compiled, parts);
            if (params === undefined)
                continue;
            if (compiled.route.method === method)
                return { kind: 'match', match: { route: compiled.route, params } };
            pathExists = true;
        }
        return pathExists ? { kind: 'method' } : { kind: 'none' };
    }
}
/**
 * `target` with each method call marking `state.reached`: a route that calls the vault (or the
 * role administration) leaves the audit record to it; one that fails before any call — a body
 * that does not parse, evaluated after `ctx.vault.method` is looked up but before it runs — does
 * not, and the server records it. A property read alone marks nothing. An object-valued property
 * (the vault's `certificates`) is watched the same way, so a call through it marks too.
 */
function calls(target, state) {
    return new Proxy(target, {
        get(object, property) {
            const value = Reflect.get(object, property, object);
            if (value !== null && typeof value === 'object')
                return calls(value, state);
            if (typeof value !== 'function')
                return value;
            return (...args) => {
                state.reached = true;
                return value.apply(object, args);
            };
        },
    });
}

// EXTERNAL MODULE: ./lib/core/etag.js
var etag = __webpack_require__(6166);
// EXTERNAL MODULE: ./lib/core/object-backup.js
var object_backup = __webpack_require__(3839);
;// CONCATENATED MODULE: ./lib/protocol/base64url.js
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
function base64url_encodeBase64url(bytes) {
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
function base64url_decodeBase64url(text, field, bounds) {
    const min = bounds.min ?? 0;
    if (typeof text !== 'string')
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected a base64url string.`);
    if (text.length > encodedLength(bounds.max)) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': longer than ${bounds.max} bytes.`);
    }
    if (!ALPHABET.test(text) || text.length % 4 === 1) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding).`);
    }
    const bytes = Buffer.from(text, 'base64url');
    // Leftover bits set in the last character: the text is not the canonical encoding of its bytes.
    if (bytes.toString('base64url') !== text) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': not a canonical base64url encoding.`);
    }
    if (bytes.length < min || bytes.length > bounds.max) {
        const range = min === bounds.max ? `${min}` : `${min}-${bounds.max}`;
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected ${range} bytes, got ${bytes.length}.`);
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/**
 * Checks a base64url string without decoding it (for blobs the core decodes itself, such as a
 * backup): the alphabet, a possible length, and a bound on the text.
 */
function base64url_checkBase64urlText(text, field, maxChars) {
    if (typeof text !== 'string')
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected a base64url string.`);
    if (text.length === 0 || text.length > maxChars) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected 1-${maxChars} characters, got ${text.length}.`);
    }
    if (!ALPHABET.test(text) || text.length % 4 === 1) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding).`);
    }
    return text;
}

// EXTERNAL MODULE: ./lib/protocol/body-fields.js
var body_fields = __webpack_require__(3450);
;// CONCATENATED MODULE: ./lib/protocol/backup-wire.js
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
    const body = (0,body_fields/* readObject */.Ag)(input, 'restore request');
    return base64url_checkBase64urlText((0,body_fields/* readNullable */.Qx)(body, 'value') ?? undefined, 'value', object_backup.MAX_BACKUP_CHARS);
}
/** The blob of a backup response, for the remote client. */
function parseBackupResult(input) {
    const body = readObject(input, 'backup result');
    return checkBase64urlText(readNullable(body, 'value') ?? undefined, 'value', MAX_BACKUP_CHARS);
}

// EXTERNAL MODULE: ./lib/protocol/attributes-wire.js
var attributes_wire = __webpack_require__(605);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __webpack_require__(6599);
// EXTERNAL MODULE: ./lib/protocol/ids.js
var ids = __webpack_require__(7273);
;// CONCATENATED MODULE: ./lib/protocol/certificate-issuers-wire.js
/**
 * Certificate issuers and contacts on the wire (certificates.json IssuerBundle,
 * CertificateIssuerItem, CertificateIssuerSetParameters, CertificateIssuerUpdateParameters,
 * Contacts).
 *
 * Coffer's issuers are vault CAs, told apart from Azure's provider accounts by their provider:
 * `{provider: "Coffer", credentials: {account_id: <the CA certificate's name>}, attributes:
 * {enabled, created, updated}}`. A request's `pwd` and `org_details` mean nothing to a vault CA
 * and are ignored; a password is never stored or answered. Issuer list items carry the
 * issuer's credentials and attributes as well (the SDKs read only `id` and `provider`), so that
 * a listing needs no read per issuer.
 */





const COFFER_PROVIDER = 'Coffer';
/** Azure's limit on contacts, and a bound on each field. */
const MAX_CONTACTS = 32;
const MAX_CONTACT_CHARS = 256;
/** `{origin}/certificates/issuers/{name}`, as Azure writes an issuer's id. */
function issuerId(origin, name) {
    return `${(0,ids/* vaultOrigin */.Vo)(origin)}/certificates/issuers/${(0,names/* validateName */.yS)(name, 'issuer')}`;
}
/** GET, PUT, PATCH and DELETE /certificates/issuers/{name} answer this; list items are the same. */
function issuerBundle(origin, issuer) {
    return {
        id: issuerId(origin, issuer.name),
        provider: COFFER_PROVIDER,
        credentials: { account_id: issuer.certificateName },
        attributes: { enabled: issuer.enabled, created: (0,attributes_wire/* toUnixSeconds */.LE)(issuer.createdOn), updated: (0,attributes_wire/* toUnixSeconds */.LE)(issuer.updatedOn) },
    };
}
function checkProvider(body, required) {
    const provider = (0,body_fields/* optionalString */.sx)(body, 'provider');
    if (provider === undefined && !required)
        return;
    if (provider !== COFFER_PROVIDER) {
        throw new errors/* BadParameterError */.lh(`Invalid field 'provider'${provider === undefined ? '' : ` ${(0,errors/* quote */.hD)(provider)}`}: expected '${COFFER_PROVIDER}' (a vault CA, backed by a CA certificate in this vault).`);
    }
}
function accountId(body) {
    const credentials = (0,body_fields/* optionalObject */.u9)(body, 'credentials');
    return credentials === undefined ? undefined : (0,body_fields/* optionalString */.sx)(credentials, 'account_id', 'credentials');
}
function enabledOf(body) {
    const attributes = (0,body_fields/* optionalObject */.u9)(body, 'attributes');
    return attributes === undefined ? undefined : (0,body_fields/* optionalBoolean */.Jz)(attributes, 'enabled', 'attributes');
}
/** PUT /certificates/issuers/{name}: provider Coffer and the CA certificate's name as `credentials.account_id`. */
function parseIssuerSetParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'issuer set request');
    checkProvider(body, true);
    const certificateName = accountId(body);
    if (certificateName === undefined)
        throw new errors/* BadParameterError */.lh("Missing field 'credentials.account_id': expected the name of the CA certificate that signs for this issuer.");
    const enabled = enabledOf(body);
    return { certificateName, ...(enabled === undefined ? {} : { enabled }) };
}
/** PATCH /certificates/issuers/{name}: the CA certificate and `enabled`, each optional. */
function parseIssuerUpdateParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'issuer update request');
    checkProvider(body, false);
    const certificateName = accountId(body);
    const enabled = enabledOf(body);
    return { ...(certificateName === undefined ? {} : { certificateName }), ...(enabled === undefined ? {} : { enabled }) };
}
function contactsWire(origin, contacts) {
    return {
        id: `${(0,ids/* vaultOrigin */.Vo)(origin)}/certificates/contacts`,
        contacts: contacts.map((c) => ({
            ...(c.email === undefined ? {} : { email: c.email }), ...(c.name === undefined ? {} : { name: c.name }), ...(c.phone === undefined ? {} : { phone: c.phone }),
        })),
    };
}
function parseContact(input, index) {
    const path = `contacts[${index}]`;
    const entry = (0,body_fields/* readObject */.Ag)(input, `field '${path}'`);
    const field = (name) => {
        const value = (0,body_fields/* optionalString */.sx)(entry, name, path);
        if (value !== undefined && value.length > MAX_CONTACT_CHARS)
            throw new errors/* BadParameterError */.lh(`Invalid field '${path}.${name}': longer than ${MAX_CONTACT_CHARS} characters.`);
        return value;
    };
    const email = field('email');
    const name = field('name');
    const phone = field('phone');
    return { ...(email === undefined ? {} : { email }), ...(name === undefined ? {} : { name }), ...(phone === undefined ? {} : { phone }) };
}
/** PUT /certificates/contacts (request) and the Contacts of any answer (the client): at most 32. */
function parseContacts(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'contacts');
    const contacts = (0,body_fields/* optionalArray */.oS)(body, 'contacts') ?? [];
    if (contacts.length > MAX_CONTACTS)
        throw new errors/* BadParameterError */.lh(`Invalid field 'contacts': at most ${MAX_CONTACTS} contacts, got ${contacts.length}.`);
    return contacts.map(parseContact);
}
// --- the client's side ------------------------------------------------------------------
function issuerSetWire(options) {
    return { provider: COFFER_PROVIDER, credentials: { account_id: options.certificateName }, ...(options.enabled === undefined ? {} : { attributes: { enabled: options.enabled } }) };
}
function issuerUpdateWire(options) {
    return {
        ...(options.certificateName === undefined ? {} : { credentials: { account_id: options.certificateName } }),
        ...(options.enabled === undefined ? {} : { attributes: { enabled: options.enabled } }),
    };
}
const ISSUER_ID = /^https:\/\/[^/?#\s]+\/certificates\/issuers\/([0-9a-zA-Z-]{1,127})$/;
/** An issuer's name from its id; undefined when the text is not an issuer id. */
function issuerNameOf(id) {
    return ISSUER_ID.exec(id)?.[1];
}
/**
 * Reads an IssuerBundle (or a Coffer list item). An issuer of another provider (an Azure vault's
 * DigiCert or GlobalSign account) is not a vault CA: undefined, for the caller to skip or refuse.
 */
function parseIssuerBundle(input) {
    const body = readObject(input, 'issuer');
    const id = requiredString(body, 'id');
    const name = issuerNameOf(id);
    if (name === undefined)
        throw new BadParameterError("Invalid field 'id': expected https://host/certificates/issuers/name.");
    if (optionalString(body, 'provider') !== COFFER_PROVIDER)
        return undefined;
    const certificateName = accountId(body);
    const attributes = optionalObject(body, 'attributes');
    if (certificateName === undefined || attributes === undefined)
        return undefined;
    const seconds = (field) => fromUnixSeconds(optionalInteger(attributes, field, { min: 0, max: MAX_UNIX_SECONDS }, 'attributes') ?? 0);
    return {
        name, provider: COFFER_PROVIDER, certificateName, enabled: optionalBoolean(attributes, 'enabled', 'attributes') ?? true,
        createdOn: seconds('created'), updatedOn: seconds('updated'),
    };
}

// EXTERNAL MODULE: ./lib/protocol/certificate-policy-wire.js
var certificate_policy_wire = __webpack_require__(734);
// EXTERNAL MODULE: ./lib/core/certificates/x509.js
var x509 = __webpack_require__(1654);
;// CONCATENATED MODULE: ./lib/protocol/tags-wire.js


/** The `tags` member of a response: present only when there are tags. */
function tagsWire(tags) {
    return Object.keys(tags).length === 0 ? {} : { tags: { ...tags } };
}
/** The `tags` of a body, validated; undefined when absent or null. */
function tags_wire_parseTags(body) {
    const tags = (0,body_fields/* optionalObject */.u9)(body, 'tags');
    return tags === undefined ? undefined : (0,names/* validateTags */.Wh)(tags);
}

;// CONCATENATED MODULE: ./lib/protocol/certificates-wire.js
/**
 * Certificates on the wire (certificates.json, 2025-07-01): CertificateBundle, CertificateItem,
 * their deleted forms, and CertificateOperation. The policy is in certificate-policy-wire.ts,
 * the request bodies in certificate-requests-wire.ts, issuers and contacts in
 * certificate-issuers-wire.ts.
 *
 * Binary members follow the spec's formats: `x5t` is base64url (SHA-1 of the DER), `cer`,
 * `csr` and `x5c` are standard base64 (`format: byte`). Attributes carry the certificate's own
 * validity as `nbf`/`exp`. Coffer's additions, which the SDKs ignore: `chain` on a bundle (the
 * issuing chain after the certificate, base64 DER each, absent for a self-signed one), and
 * `x509_info` on a list item (subject, issuer, serial number, SHA-256 thumbprint and SANs), so
 * that a listing says what the certificate is without a read per entry.
 */








/** A certificate (DER) is never near this size; a chain holds at most this many. */
const MAX_CERTIFICATE_BYTES = 64 * 1024;
const MAX_CHAIN_LENGTH = 10;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * Strict standard base64 (the spec's `format: byte`): padding as RFC 4648 writes it, no
 * whitespace, no leftover bits, bounded on the text before anything is decoded. Messages name
 * the field and never quote it.
 */
function decodeBase64(text, field, maxBytes) {
    if (typeof text !== 'string')
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected a base64 string.`);
    if (text.length > Math.ceil(maxBytes / 3) * 4)
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': longer than ${maxBytes} bytes.`);
    const bytes = Buffer.from(text, 'base64');
    if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text) || bytes.toString('base64') !== text) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding).`);
    }
    return bytes;
}
const base64 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
/** `/keys/name/version` (the domain's keyId, secretId) as an absolute id on `origin`. */
function managedId(origin, relative, collection) {
    const [, found, name, version] = relative.split('/');
    if (found !== collection || name === undefined || version === undefined)
        throw new errors/* BadParameterError */.lh(`Invalid ${collection} id of a certificate: expected /${collection}/name/version.`);
    return (0,ids/* objectId */.Tu)(origin, collection, name, version);
}
/** GET, import, merge, PATCH, recover and restore answer this; the policy comes with the latest version only. */
function certificateBundle(origin, certificate) {
    const { properties, policy } = certificate;
    return {
        id: (0,ids/* objectId */.Tu)(origin, 'certificates', certificate.name, properties.version),
        ...(certificate.keyId === undefined ? {} : { kid: managedId(origin, certificate.keyId, 'keys') }),
        sid: managedId(origin, certificate.secretId, 'secrets'),
        x5t: base64url_encodeBase64url(properties.x509Thumbprint),
        cer: base64(certificate.cer),
        ...(policy === undefined ? {} : { contentType: policy.contentType }),
        attributes: (0,attributes_wire/* attributesWire */.pk)(properties),
        ...tagsWire(properties.tags),
        ...(policy === undefined ? {} : { policy: (0,certificate_policy_wire.certificatePolicyWire)(origin, certificate.name, policy) }),
        ...(certificate.chain.length === 0 ? {} : { chain: certificate.chain.map(base64) }),
    };
}
/** A list entry: the base id in GET /certificates (latest version), each version's id in /versions. */
function certificateItem(origin, properties, versioned) {
    const sans = (0,certificate_policy_wire.sansWire)(properties.subjectAlternativeNames);
    return {
        id: (0,ids/* objectId */.Tu)(origin, 'certificates', properties.name, versioned ? properties.version : undefined),
        attributes: (0,attributes_wire/* attributesWire */.pk)(properties),
        ...tagsWire(properties.tags),
        x5t: base64url_encodeBase64url(properties.x509Thumbprint),
        x509_info: {
            subject: properties.subject, issuer: properties.issuer, serial_number: properties.serialNumber,
            x5t_s256: base64url_encodeBase64url(properties.x509ThumbprintSha256), ...(sans === undefined ? {} : { sans }),
        },
    };
}
function deletion(origin, deleted) {
    return {
        recoveryId: (0,ids/* recoveryId */.J1)(origin, 'certificates', deleted.certificate.name),
        deletedDate: (0,attributes_wire/* toUnixSeconds */.LE)(deleted.deletedOn),
        scheduledPurgeDate: (0,attributes_wire/* toUnixSeconds */.LE)(deleted.scheduledPurgeDate),
    };
}
/** DELETE /certificates/{name} and GET /deletedcertificates/{name}. */
function deletedCertificateBundle(origin, deleted) {
    return { ...certificateBundle(origin, deleted.certificate), ...deletion(origin, deleted) };
}
function deletedCertificateItem(origin, deleted) {
    return { ...certificateItem(origin, deleted.certificate.properties, false), ...deletion(origin, deleted) };
}
/** POST …/create (202), GET|PATCH|DELETE …/pending and Coffer's POST …/renew answer this. */
function certificateOperationWire(origin, operation) {
    const base = (0,ids/* objectId */.Tu)(origin, 'certificates', operation.name);
    return {
        id: `${base}/pending`,
        issuer: { name: operation.issuerName },
        ...(operation.csr.length === 0 ? {} : { csr: base64(operation.csr) }),
        cancellation_requested: operation.cancellationRequested,
        status: operation.status,
        ...(operation.statusDetails === undefined ? {} : { status_details: operation.statusDetails }),
        ...(operation.error === undefined ? {} : { error: { code: operation.error.code, message: operation.error.message } }),
        ...(operation.target === undefined ? {} : { target: `${(0,ids/* vaultOrigin */.Vo)(origin)}${operation.target}` }),
        request_id: operation.requestId,
    };
}
// --- the client's side ------------------------------------------------------------------
const STATUSES = (/* unused pure expression or super */ null && (['inProgress', 'completed', 'cancelled', 'failed']));
/** A relative `/keys/name/version` from an absolute kid or sid. */
function relativeId(id, collection) {
    const parsed = parseObjectId(id, collection);
    return `/${collection}/${parsed.name}${parsed.version === undefined ? '' : `/${parsed.version}`}`;
}
function decodeChain(list, field) {
    if (list === undefined)
        return [];
    if (list.length > MAX_CHAIN_LENGTH)
        throw new BadParameterError(`Invalid field '${field}': at most ${MAX_CHAIN_LENGTH} certificates.`);
    return list.map((entry, i) => decodeBase64(entry, `${field}[${i}]`, MAX_CERTIFICATE_BYTES));
}
/** Properties as the domain has them, from the wire's id, attributes and tags and the certificate itself. */
function propertiesFrom(body, name, version, cer) {
    const { exportable: _exportable, ...attributes } = parseWireAttributes(readNullable(body, 'attributes'));
    const info = certificateInfo(cer);
    return {
        name, version: version ?? '', ...attributes, tags: parseTags(body) ?? {}, managed: false,
        x509Thumbprint: info.x5t, x509ThumbprintSha256: info.x5tS256, subject: info.subject, issuer: info.issuer,
        serialNumber: info.serialNumber, subjectAlternativeNames: info.subjectAlternativeNames,
    };
}
/** Reads a CertificateBundle (the remote client); subject, issuer, serial and SANs are read from `cer` itself. */
function parseCertificateBundle(input) {
    const body = readObject(input, 'certificate');
    const id = parseObjectId(requiredString(body, 'id'), 'certificates');
    if (id.version === undefined)
        throw new BadParameterError("Invalid field 'id': expected the id of a certificate version.");
    const cer = decodeBase64(readNullable(body, 'cer'), 'cer', MAX_CERTIFICATE_BYTES);
    const policy = readNullable(body, 'policy') ?? undefined;
    const kid = optionalString(body, 'kid');
    return {
        name: id.name,
        properties: propertiesFrom(body, id.name, id.version, cer),
        cer,
        chain: decodeChain(optionalArray(body, 'chain'), 'chain'),
        keyId: kid === undefined ? undefined : relativeId(kid, 'keys'),
        secretId: relativeId(requiredString(body, 'sid'), 'secrets'),
        ...(policy === undefined ? {} : { policy: parseCertificatePolicy(policy) }),
    };
}
function parseDeletedCertificateBundle(input) {
    const body = readObject(input, 'deleted certificate');
    const certificate = parseCertificateBundle(body);
    parseRecoveryId(requiredString(body, 'recoveryId'), 'certificates');
    return { certificate, deletedOn: requiredUnixSeconds(body, 'deletedDate'), scheduledPurgeDate: requiredUnixSeconds(body, 'scheduledPurgeDate') };
}
/** A list entry's properties, `version` undefined for a base id; undefined when it has no `x509_info` (Azure's items), which the caller then reads whole. */
function parseCertificateItem(input) {
    const body = readObject(input, 'certificate item');
    const id = parseObjectId(requiredString(body, 'id'), 'certificates');
    const info = optionalObject(body, 'x509_info');
    if (info === undefined)
        return { name: id.name, version: id.version, properties: undefined };
    const { exportable: _exportable, ...attributes } = parseWireAttributes(readNullable(body, 'attributes'));
    const sans = optionalObject(info, 'sans', 'x509_info') ?? {};
    const names = (field) => stringList(sans, field, 'x509_info.sans', { maxItems: 1000, maxChars: 1024 }) ?? [];
    const properties = {
        name: id.name, version: id.version ?? '', ...attributes, tags: parseTags(body) ?? {}, managed: false,
        x509Thumbprint: decodeBase64url(readNullable(body, 'x5t'), 'x5t', { min: 20, max: 20 }),
        x509ThumbprintSha256: decodeBase64url(readNullable(info, 'x5t_s256'), 'x509_info.x5t_s256', { min: 32, max: 32 }),
        subject: requiredString(info, 'subject', 'x509_info'),
        issuer: requiredString(info, 'issuer', 'x509_info'),
        serialNumber: requiredString(info, 'serial_number', 'x509_info'),
        subjectAlternativeNames: { dnsNames: names('dns_names'), emails: names('emails'), upns: names('upns'), ipAddresses: names('ipAddresses') },
    };
    return { name: id.name, version: id.version, properties };
}
/** Reads a CertificateOperation; `name` is the certificate the request was about. */
function parseCertificateOperation(input, name) {
    const body = readObject(input, 'certificate operation');
    const status = readNullable(body, 'status');
    const found = STATUSES.find((candidate) => candidate === status);
    if (found === undefined)
        throw new BadParameterError(`Invalid field 'status': expected one of ${STATUSES.join(', ')}.`);
    const issuer = optionalObject(body, 'issuer');
    const error = optionalObject(body, 'error');
    const target = optionalString(body, 'target');
    const csr = readNullable(body, 'csr') ?? undefined;
    return {
        name, status: found,
        statusDetails: optionalString(body, 'status_details'),
        issuerName: (issuer === undefined ? undefined : optionalString(issuer, 'name', 'issuer')) ?? '',
        csr: csr === undefined ? new Uint8Array() : decodeBase64(csr, 'csr', MAX_CERTIFICATE_BYTES),
        cancellationRequested: optionalBoolean(body, 'cancellation_requested') ?? false,
        requestId: optionalString(body, 'request_id') ?? '',
        error: error === undefined ? undefined : { code: optionalString(error, 'code', 'error') ?? 'Unknown', message: optionalString(error, 'message', 'error') ?? '' },
        target: target === undefined ? undefined : `/certificates/${parseObjectId(target, 'certificates').name}`,
    };
}
/** Coffer's POST /certificates/{name}/renewifdue: what the pass did, the operation it started, and the certificate as it now is. */
function certificateRenewalWire(origin, outcome) {
    return {
        result: outcome.result,
        ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
        ...(outcome.operation === undefined ? {} : { operation: certificateOperationWire(origin, outcome.operation) }),
        certificate: certificateBundle(origin, outcome.certificate),
    };
}
const RESULTS = (/* unused pure expression or super */ null && (['renewed', 'notify', 'not-due']));
function parseCertificateRenewal(input, name) {
    const body = readObject(input, 'certificate renewal');
    const result = RESULTS.find((candidate) => candidate === readNullable(body, 'result'));
    if (result === undefined)
        throw new BadParameterError(`Invalid field 'result': expected one of ${RESULTS.join(', ')}.`);
    const operation = readNullable(body, 'operation') ?? undefined;
    const reason = optionalString(body, 'reason');
    return {
        name, result, ...(reason === undefined ? {} : { reason }),
        operation: operation === undefined ? undefined : parseCertificateOperation(operation, name),
        certificate: parseCertificateBundle(readNullable(body, 'certificate')),
    };
}
/**
 * GET /certificates/{name}/ while the first version is still a pending request: Azure answers
 * such a certificate with a bundle that has no `cer`, and the SDK's getCertificateOperation
 * reads the certificate before the operation, so it needs a 200 here. The id names the pending
 * request (`…/{name}/pending`), as the SDK's own create poller reports it.
 */
function pendingCertificateWire(origin, operation) {
    return { id: `${(0,ids/* objectId */.Tu)(origin, 'certificates', operation.name)}/pending`, attributes: { enabled: false } };
}
/** Whether an answer to GET /certificates/{name}/ is a pending certificate's (no `cer`), for the remote client. */
function isPendingCertificate(input) {
    return input !== null && typeof input === 'object' && !Array.isArray(input) && (readNullable(input, 'cer') ?? undefined) === undefined;
}

;// CONCATENATED MODULE: ./lib/protocol/certificate-requests-wire.js
/**
 * The bodies of certificate requests (certificates.json CertificateCreateParameters,
 * CertificateImportParameters, CertificateUpdateParameters, CertificateMergeParameters,
 * CertificateOperationUpdateParameter): read by the server into the vault's options, written by
 * the remote client from them.
 *
 * A certificate version's dates are the certificate's own validity, so `attributes.nbf` and
 * `attributes.exp` of a request are ignored (as the certificate would contradict them); only
 * `enabled` is read. An import's `value` and `pwd` are never quoted in any message.
 */





/** An imported file (PEM or PKCS#12) is at most 256 KiB (core/certificates/formats.ts); base64'd, this many characters. */
const MAX_IMPORT_BYTES = 256 * 1024;
const MAX_IMPORT_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
const MAX_PASSWORD_CHARS = 1024;
/** `attributes.enabled` and `tags`, the options every new version and update takes. */
function versionOptions(body) {
    const attributes = (0,body_fields/* optionalObject */.u9)(body, 'attributes');
    const enabled = attributes === undefined ? undefined : (0,body_fields/* optionalBoolean */.Jz)(attributes, 'enabled', 'attributes');
    const tags = tags_wire_parseTags(body);
    return { ...(enabled === undefined ? {} : { enabled }), ...(tags === undefined ? {} : { tags }) };
}
function optionalPolicy(body) {
    const policy = (0,body_fields/* readNullable */.Qx)(body, 'policy') ?? undefined;
    return policy === undefined ? undefined : (0,certificate_policy_wire.parseCertificatePolicyInput)(policy);
}
/** POST /certificates/{name}/create: `{policy, attributes, tags}`; a policy left out takes the vault's defaults. */
function parseCertificateCreateParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate create request');
    return { policy: optionalPolicy(body) ?? {}, options: versionOptions(body) };
}
/**
 * POST /certificates/{name}/import: `value` is PEM text (as the SDKs send a PEM file) or the
 * base64 of a PKCS#12 or PEM file; `pwd` the PKCS#12 password. The file's bytes are returned for
 * the vault to read; only their form and size are checked here.
 */
function parseCertificateImportParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate import request');
    const value = (0,body_fields/* readNullable */.Qx)(body, 'value') ?? undefined;
    if (typeof value !== 'string')
        throw new errors/* BadParameterError */.lh("Missing field 'value': expected the certificate as PEM text or base64.");
    if (value.length > MAX_IMPORT_CHARS)
        throw new errors/* BadParameterError */.lh(`Invalid field 'value': longer than ${MAX_IMPORT_CHARS} characters.`);
    const data = value.includes('-----BEGIN ') ? Buffer.from(value, 'utf8') : decodeBase64(value, 'value', MAX_IMPORT_BYTES);
    const password = (0,body_fields/* readNullable */.Qx)(body, 'pwd') ?? undefined;
    if (password !== undefined && (typeof password !== 'string' || password.length > MAX_PASSWORD_CHARS)) {
        throw new errors/* BadParameterError */.lh(`Invalid field 'pwd': expected a string of at most ${MAX_PASSWORD_CHARS} characters.`);
    }
    const policy = optionalPolicy(body);
    return {
        data,
        options: { ...(password === undefined || password === '' ? {} : { password }), ...(policy === undefined ? {} : { policy }), ...versionOptions(body) },
    };
}
/** PATCH /certificates/{name}/{version}: `attributes.enabled` and `tags`. A policy has its own route, so one here is refused, not dropped. */
function parseCertificateUpdateParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate update request');
    if (((0,body_fields/* readNullable */.Qx)(body, 'policy') ?? undefined) !== undefined) {
        throw new errors/* BadParameterError */.lh("Invalid field 'policy': change a certificate's policy with PATCH /certificates/{name}/policy.");
    }
    return versionOptions(body);
}
/** POST /certificates/{name}/pending/merge: `x5c`, the signed certificate first, then its issuers (base64 DER each). */
function parseCertificateMergeParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate merge request');
    const x5c = (0,body_fields/* optionalArray */.oS)(body, 'x5c');
    if (x5c === undefined || x5c.length === 0 || x5c.length > MAX_CHAIN_LENGTH) {
        throw new errors/* BadParameterError */.lh(`Invalid field 'x5c': expected 1-${MAX_CHAIN_LENGTH} certificates (base64 DER), the signed one first.`);
    }
    return { chain: x5c.map((entry, i) => decodeBase64(entry, `x5c[${i}]`, MAX_CERTIFICATE_BYTES)), options: versionOptions(body) };
}
/** PATCH /certificates/{name}/pending: `{cancellation_requested: true}`, the one change a pending request takes. */
function parseCertificateOperationUpdate(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate operation update');
    if ((0,body_fields/* optionalBoolean */.Jz)(body, 'cancellation_requested') !== true) {
        throw new errors/* BadParameterError */.lh("Invalid field 'cancellation_requested': expected true (a pending request can only be cancelled).");
    }
}
// --- the client's side ------------------------------------------------------------------
function optionsWire(options) {
    return { ...(options.enabled === undefined ? {} : { attributes: { enabled: options.enabled } }), ...(options.tags === undefined ? {} : { tags: { ...options.tags } }) };
}
function certificateCreateWire(policy, options = {}) {
    return { policy: certificatePolicyInputWire(policy), ...optionsWire(options) };
}
/** A PEM file goes as its text (what Azure expects of PEM), anything else as base64. */
function certificateImportWire(data, options = {}) {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const text = bytes.toString('utf8');
    const value = text.includes('-----BEGIN ') && Buffer.from(text, 'utf8').equals(bytes) ? text : bytes.toString('base64');
    return {
        value,
        ...(options.password === undefined || options.password === '' ? {} : { pwd: options.password }),
        ...(options.policy === undefined ? {} : { policy: certificatePolicyInputWire(options.policy) }),
        ...optionsWire(options),
    };
}
function certificateUpdateWire(options) {
    return optionsWire(options);
}
function certificateMergeWire(chain, options = {}) {
    return { x5c: chain.map((der) => Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64')), ...optionsWire(options) };
}

;// CONCATENATED MODULE: ./lib/protocol/paging.js
/**
 * Paged lists: `{"value": [...], "nextLink": "<absolute url>" | null}`, `maxresults` 1-25
 * (default 25; keys.json GetKeyVersions `maxresults` has minimum 1, maximum 25), and the
 * continuation token carried in the nextLink's `$skiptoken`, as Azure's own nextLinks carry it.
 *
 * The token is base64url of `v1:` + the sort key of the last item returned (a name or a
 * version), so a page resumes *after* that item: items added or deleted between pages shift
 * nothing, unlike an offset. It carries no MAC: it only says where to resume a list the caller
 * may read whole anyway, and a forged one can do no more than skip ahead. The SDK follows
 * nextLink verbatim, so it keeps the api-version and maxresults of the first request.
 */



const MAX_RESULTS = 25;
const TOKEN_PREFIX = 'v1:';
/** A name (≤ 127 of 0-9, a-z, A-Z, '-') or a version (32 hex): the keys lists sort by. */
const POSITION = /^[0-9A-Za-z-]{1,127}$/;
const MAX_TOKEN_CHARS = 200;
/** `maxresults` from the query: absent → 25; otherwise a whole number 1-25, written plainly. */
function parseMaxResults(values) {
    if (values.length === 0)
        return MAX_RESULTS;
    const [text = ''] = values;
    const n = /^[1-9][0-9]?$/.test(text) ? Number(text) : NaN;
    if (values.length > 1 || !(n <= MAX_RESULTS)) {
        throw new errors/* BadParameterError */.lh(`Invalid maxresults: expected one whole number from 1 to ${MAX_RESULTS}.`);
    }
    return n;
}
function encodeContinuationToken(position) {
    if (!POSITION.test(position))
        throw new errors/* BadParameterError */.lh('Invalid list position: expected a name or a version.');
    return Buffer.from(`${TOKEN_PREFIX}${position}`, 'utf8').toString('base64url');
}
/** The position a token resumes after; anything that is not a token this module made is refused. */
function decodeContinuationToken(token) {
    const refuse = () => new errors/* BadParameterError */.lh('Invalid $skiptoken: it is not a continuation token from this vault\'s nextLink.');
    try {
        base64url_checkBase64urlText(token, '$skiptoken', MAX_TOKEN_CHARS);
    }
    catch {
        throw refuse();
    }
    const text = Buffer.from(token, 'base64url').toString('utf8');
    const position = text.startsWith(TOKEN_PREFIX) ? text.slice(TOKEN_PREFIX.length) : '';
    if (!POSITION.test(position) || encodeContinuationToken(position) !== token)
        throw refuse();
    return position;
}
/** The `$skiptoken` of a request's query, decoded: undefined on the first page. */
function parseSkipToken(values) {
    if (values.length === 0)
        return undefined;
    const [token = ''] = values;
    if (values.length > 1)
        throw new errors/* BadParameterError */.lh('Invalid $skiptoken: give it once.');
    return decodeContinuationToken(token);
}
/**
 * The absolute URL of the next page: the vault origin, the list's path (`/secrets`,
 * `/keys/{name}/versions`…), and the query the SDK will send back verbatim.
 */
function nextLink(origin, path, apiVersion, maxResults, position) {
    if (!/^(\/[0-9A-Za-z-]+)+$/.test(path))
        throw new errors/* BadParameterError */.lh('Invalid list path: expected /collection[/name/versions].');
    const token = encodeContinuationToken(position);
    return `${(0,ids/* vaultOrigin */.Vo)(origin)}${path}?api-version=${apiVersion}&$skiptoken=${token}&maxresults=${maxResults}`;
}
/**
 * One page of a list: the items after `after` (by `keyOf`, compared case-insensitively as
 * names are), at most `maxResults`, and the position to resume after if more remain. With
 * `sortedByKey` (lists by name, sorted as the store sorts them: lowercase, code-unit order) a
 * position deleted since resumes at the next key; in a list in another order (versions, oldest
 * first) it ends the list.
 */
function pageOf(items, keyOf, maxResults, after, sortedByKey = true) {
    const start = after === undefined ? 0 : indexAfter(items, keyOf, after.toLowerCase(), sortedByKey);
    const page = items.slice(start, start + maxResults);
    const last = page[page.length - 1];
    const more = start + page.length < items.length;
    return { items: page, resumeAfter: more && last !== undefined ? keyOf(last) : undefined };
}
function indexAfter(items, keyOf, after, sortedByKey) {
    const exact = items.findIndex((item) => keyOf(item).toLowerCase() === after);
    if (exact >= 0)
        return exact + 1;
    if (!sortedByKey)
        return items.length;
    // The item was deleted since: resume at the first one that sorts after it.
    const next = items.findIndex((item) => keyOf(item).toLowerCase() > after);
    return next < 0 ? items.length : next;
}

;// CONCATENATED MODULE: ./lib/server/route-helpers.js
/** What the route modules share: path parameters, paged list replies, body limits. */



/**
 * A restore body carries a backup blob (base64url): up to 16 MiB over HTTPS (a secret with 500
 * versions of 25 KiB, base64'd, fits), below the blob's own limit, since the server reads a body
 * before the vault decides access. A larger backup is restored with the CLI on the server's host.
 */
const MAX_RESTORE_BODY = Math.min(16 * 1024 * 1024, object_backup.MAX_BACKUP_CHARS);
/** A required path parameter; the router guarantees it, this keeps the types honest. */
function param(ctx, name) {
    const value = ctx.params[name];
    if (value === undefined)
        throw new errors/* BadParameterError */.lh(`The path has no ${name}.`);
    return value;
}
/**
 * One page of a list as `{value, nextLink}`: `maxresults` and `$skiptoken` from the query, the
 * next page's absolute link on the caller's origin (reference, rule 9).
 */
async function listReply(ctx, list, keyOf, wire, sortedByKey = true) {
    // The query is checked before the vault is asked, so a bad one is refused, not recorded as a listing.
    const maxResults = parseMaxResults(ctx.query.getAll('maxresults'));
    const after = parseSkipToken(ctx.query.getAll('$skiptoken'));
    const items = await list(ctx.vault);
    const page = pageOf(items, keyOf, maxResults, after, sortedByKey);
    const next = page.resumeAfter === undefined ? null : nextLink(ctx.origin, ctx.path, ctx.apiVersion, maxResults, page.resumeAfter);
    return { status: 200, body: { value: page.items.map(wire), nextLink: next } };
}

;// CONCATENATED MODULE: ./lib/server/routes-certificates.js









const ok = (body) => ({ status: 200, body });
/** A certificate version with its ETag, for If-Match on the next PATCH or DELETE. */
const withETag = (ctx, certificate, status = 200) => ({ status, body: certificateBundle(ctx.origin, certificate), headers: { etag: (0,etag.certificateETag)(certificate.properties) } });
const certificates = (ctx) => ctx.vault.certificates;
/** An import body holds a PEM or PKCS#12 file of up to 256 KiB, base64'd, with its policy. */
const MAX_IMPORT_BODY = MAX_IMPORT_CHARS + 64 * 1024;
/** 202 with the operation, and where to poll it (Azure's Location header). */
function accepted(ctx, body) {
    const location = `${(0,ids/* objectId */.Tu)(ctx.origin, 'certificates', param(ctx, 'name'))}/pending?api-version=${ctx.apiVersion}`;
    return { status: 202, body, headers: { location } };
}
/**
 * The latest version; or, for a certificate whose first request is still pending (no version
 * yet), what Azure answers for it (see pendingCertificateWire). Only a plain CertificateNotFound
 * leads to the second read, which is audited as the CertificatePendingGet it is.
 */
async function latestOrPending(ctx, name) {
    try {
        return withETag(ctx, await certificates(ctx).getCertificate(name));
    }
    catch (error) {
        if (!(0,errors/* isVaultError */.XQ)(error) || error.code !== 'CertificateNotFound' || error.innerCode !== undefined)
            throw error;
        try {
            return ok(pendingCertificateWire(ctx.origin, await certificates(ctx).getCertificateOperation(name)));
        }
        catch (second) {
            throw (0,errors/* isVaultError */.XQ)(second) && second.code === 'CertificateNotFound' ? error : second;
        }
    }
}
const SETTINGS_ROUTES = [
    {
        method: 'GET', pattern: '/certificates/contacts', operation: 'CertificateContactsGet',
        handle: async (ctx) => ok(contactsWire(ctx.origin, await certificates(ctx).getContacts())),
    },
    {
        method: 'PUT', pattern: '/certificates/contacts', operation: 'CertificateContactsSet',
        handle: async (ctx) => {
            const contacts = parseContacts(ctx.body);
            return ok(contactsWire(ctx.origin, await certificates(ctx).setContacts(contacts)));
        },
    },
    {
        method: 'DELETE', pattern: '/certificates/contacts', operation: 'CertificateContactsDelete',
        handle: async (ctx) => ok(contactsWire(ctx.origin, await certificates(ctx).deleteContacts())),
    },
    {
        method: 'GET', pattern: '/certificates/issuers', operation: 'CertificateIssuerList',
        handle: async (ctx) => listReply(ctx, (vault) => vault.certificates.listIssuers(), (i) => i.name, (i) => issuerBundle(ctx.origin, i)),
    },
    {
        method: 'GET', pattern: '/certificates/issuers/{issuer}', operation: 'CertificateIssuerGet',
        handle: async (ctx) => ok(issuerBundle(ctx.origin, await certificates(ctx).getIssuer(param(ctx, 'issuer')))),
    },
    {
        method: 'PUT', pattern: '/certificates/issuers/{issuer}', operation: 'CertificateIssuerSet',
        handle: async (ctx) => {
            const options = parseIssuerSetParameters(ctx.body);
            return ok(issuerBundle(ctx.origin, await certificates(ctx).createIssuer(param(ctx, 'issuer'), options)));
        },
    },
    {
        method: 'PATCH', pattern: '/certificates/issuers/{issuer}', operation: 'CertificateIssuerUpdate',
        handle: async (ctx) => {
            const options = parseIssuerUpdateParameters(ctx.body);
            return ok(issuerBundle(ctx.origin, await certificates(ctx).updateIssuer(param(ctx, 'issuer'), options)));
        },
    },
    {
        method: 'DELETE', pattern: '/certificates/issuers/{issuer}', operation: 'CertificateIssuerDelete',
        handle: async (ctx) => ok(issuerBundle(ctx.origin, await certificates(ctx).deleteIssuer(param(ctx, 'issuer')))),
    },
];
const PENDING_ROUTES = [
    {
        method: 'GET', pattern: '/certificates/{name}/pending', operation: 'CertificatePendingGet',
        handle: async (ctx) => ok(certificateOperationWire(ctx.origin, await certificates(ctx).getCertificateOperation(param(ctx, 'name')))),
    },
    {
        method: 'PATCH', pattern: '/certificates/{name}/pending', operation: 'CertificatePendingCancel',
        handle: async (ctx) => {
            parseCertificateOperationUpdate(ctx.body);
            return ok(certificateOperationWire(ctx.origin, await certificates(ctx).cancelCertificateOperation(param(ctx, 'name'))));
        },
    },
    {
        method: 'DELETE', pattern: '/certificates/{name}/pending', operation: 'CertificatePendingDelete',
        handle: async (ctx) => ok(certificateOperationWire(ctx.origin, await certificates(ctx).deleteCertificateOperation(param(ctx, 'name')))),
    },
    {
        method: 'POST', pattern: '/certificates/{name}/pending/merge', operation: 'CertificatePendingMerge',
        handle: async (ctx) => {
            const { chain, options } = parseCertificateMergeParameters(ctx.body);
            return withETag(ctx, await certificates(ctx).mergeCertificate(param(ctx, 'name'), chain, options), 201);
        },
    },
];
const CERTIFICATE_OBJECT_ROUTES = [
    {
        method: 'POST', pattern: '/certificates/{name}/create', operation: 'CertificateCreate',
        handle: async (ctx) => {
            const { policy, options } = parseCertificateCreateParameters(ctx.body);
            return accepted(ctx, certificateOperationWire(ctx.origin, await certificates(ctx).createCertificate(param(ctx, 'name'), policy, options)));
        },
    },
    {
        method: 'POST', pattern: '/certificates/{name}/import', operation: 'CertificateImport', maxBody: MAX_IMPORT_BODY,
        handle: async (ctx) => {
            const { data, options } = parseCertificateImportParameters(ctx.body);
            return withETag(ctx, await certificates(ctx).importCertificate(param(ctx, 'name'), data, options));
        },
    },
    {
        method: 'GET', pattern: '/certificates/{name}/versions', operation: 'CertificateListVersions',
        handle: async (ctx) => listReply(ctx, (vault) => vault.certificates.listPropertiesOfCertificateVersions(param(ctx, 'name')), (p) => p.version, (p) => certificateItem(ctx.origin, p, true), false),
    },
    {
        method: 'GET', pattern: '/certificates/{name}/policy', operation: 'CertificatePolicyGet',
        handle: async (ctx) => ok((0,certificate_policy_wire.certificatePolicyWire)(ctx.origin, param(ctx, 'name'), await certificates(ctx).getCertificatePolicy(param(ctx, 'name')))),
    },
    {
        method: 'PATCH', pattern: '/certificates/{name}/policy', operation: 'CertificatePolicyUpdate',
        handle: async (ctx) => {
            const policy = (0,certificate_policy_wire.parseCertificatePolicyInput)(ctx.body);
            return ok((0,certificate_policy_wire.certificatePolicyWire)(ctx.origin, param(ctx, 'name'), await certificates(ctx).updateCertificatePolicy(param(ctx, 'name'), policy)));
        },
    },
    ...PENDING_ROUTES,
    {
        method: 'POST', pattern: '/certificates/{name}/backup', operation: 'CertificateBackup',
        handle: async (ctx) => ok(backupResultWire(await certificates(ctx).backupCertificate(param(ctx, 'name')))),
    },
    {
        method: 'POST', pattern: '/certificates/{name}/renew', operation: 'CertificateRenew',
        handle: async (ctx) => accepted(ctx, certificateOperationWire(ctx.origin, await certificates(ctx).renewCertificate(param(ctx, 'name')))),
    },
    {
        method: 'POST', pattern: '/certificates/{name}/renewifdue', operation: 'CertificateRenewIfDue',
        handle: async (ctx) => ok(certificateRenewalWire(ctx.origin, await certificates(ctx).renewCertificateIfDue(param(ctx, 'name')))),
    },
    {
        method: 'GET', pattern: '/certificates/{name}/{version?}', operation: 'CertificateGet',
        handle: async (ctx) => {
            const name = param(ctx, 'name');
            const version = ctx.params.version;
            if (version === undefined)
                return latestOrPending(ctx, name);
            return withETag(ctx, await certificates(ctx).getCertificateVersion(name, version));
        },
    },
    {
        method: 'PATCH', pattern: '/certificates/{name}/{version?}', operation: 'CertificateUpdate', ifMatch: { type: 'certificate', versioned: true },
        handle: async (ctx) => {
            const options = parseCertificateUpdateParameters(ctx.body);
            return withETag(ctx, await certificates(ctx).updateCertificateProperties(param(ctx, 'name'), ctx.params.version, options));
        },
    },
    {
        method: 'DELETE', pattern: '/certificates/{name}', operation: 'CertificateDelete', ifMatch: { type: 'certificate', versioned: false },
        handle: async (ctx) => ok(deletedCertificateBundle(ctx.origin, await certificates(ctx).deleteCertificate(param(ctx, 'name')))),
    },
];
const CERTIFICATE_ROUTES = [
    {
        method: 'GET', pattern: '/certificates', operation: 'CertificateList',
        handle: async (ctx) => listReply(ctx, (vault) => vault.certificates.listPropertiesOfCertificates(), (p) => p.name, (p) => certificateItem(ctx.origin, p, false)),
    },
    {
        method: 'POST', pattern: '/certificates/restore', operation: 'CertificateRestore', maxBody: MAX_RESTORE_BODY,
        handle: async (ctx) => {
            const blob = parseRestoreParameters(ctx.body);
            return withETag(ctx, await certificates(ctx).restoreCertificateBackup(blob));
        },
    },
    ...SETTINGS_ROUTES,
    ...CERTIFICATE_OBJECT_ROUTES,
    {
        method: 'GET', pattern: '/deletedcertificates', operation: 'CertificateListDeleted',
        handle: async (ctx) => listReply(ctx, (vault) => vault.certificates.listDeletedCertificates(), (d) => d.certificate.name, (d) => deletedCertificateItem(ctx.origin, d)),
    },
    {
        method: 'GET', pattern: '/deletedcertificates/{name}', operation: 'CertificateGetDeleted',
        handle: async (ctx) => ok(deletedCertificateBundle(ctx.origin, await certificates(ctx).getDeletedCertificate(param(ctx, 'name')))),
    },
    {
        method: 'DELETE', pattern: '/deletedcertificates/{name}', operation: 'CertificatePurge',
        handle: async (ctx) => {
            await certificates(ctx).purgeDeletedCertificate(param(ctx, 'name'));
            return { status: 204 };
        },
    },
    {
        method: 'POST', pattern: '/deletedcertificates/{name}/recover', operation: 'CertificateRecover',
        handle: async (ctx) => withETag(ctx, await certificates(ctx).recoverDeletedCertificate(param(ctx, 'name'))),
    },
];

// EXTERNAL MODULE: ./lib/core/crypto/key-types.js
var key_types = __webpack_require__(1774);
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
    const alg = (0,body_fields/* readNullable */.Qx)(body, 'alg');
    if (alg === undefined || alg === null)
        throw new errors/* BadParameterError */.lh(`Missing field 'alg': expected one of ${allowed.join(', ')}.`);
    if (typeof alg !== 'string' || !allowed.includes(alg)) {
        throw new errors/* BadParameterError */.lh(`Invalid field 'alg': ${op} supports ${allowed.join(', ')}.`);
    }
    return alg;
}
function bytes(body, field, bounds) {
    const value = (0,body_fields/* readNullable */.Qx)(body, field);
    if (value === undefined || value === null)
        throw new errors/* BadParameterError */.lh(`Missing field '${field}': expected a base64url string.`);
    return base64url_decodeBase64url(value, field, bounds);
}
function optionalBytes(body, field, bounds) {
    const value = (0,body_fields/* readNullable */.Qx)(body, field);
    return value === undefined || value === null ? undefined : base64url_decodeBase64url(value, field, bounds);
}
const DATA = { max: OPERATION_LIMITS.dataBytes };
/** POST /keys/{name}/{version}/encrypt. The vault picks an AES-GCM iv itself, so `iv` and `tag` are refused. */
function parseEncryptParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'encrypt request');
    const algorithm = algorithmOf(body, key_types/* ENCRYPTION_ALGORITHMS */.tl, 'encrypt');
    for (const field of ['iv', 'tag']) {
        if (((0,body_fields/* readNullable */.Qx)(body, field) ?? undefined) !== undefined) {
            throw new errors/* BadParameterError */.lh(`Invalid field '${field}': the vault chooses the ${field === 'iv' ? 'iv' : 'tag'} of an encryption; leave it out.`);
        }
    }
    return { algorithm, plaintext: bytes(body, 'value', DATA), aad: optionalBytes(body, 'aad', { max: OPERATION_LIMITS.aadBytes }) };
}
/** POST /keys/{name}/{version}/decrypt: `iv` and `tag` for AES-GCM, `aad` if it was used. */
function parseDecryptParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'decrypt request');
    return {
        algorithm: algorithmOf(body, key_types/* ENCRYPTION_ALGORITHMS */.tl, 'decrypt'),
        ciphertext: bytes(body, 'value', DATA),
        iv: optionalBytes(body, 'iv', { min: 1, max: OPERATION_LIMITS.ivBytes }),
        aad: optionalBytes(body, 'aad', { max: OPERATION_LIMITS.aadBytes }),
        tag: optionalBytes(body, 'tag', { min: 1, max: OPERATION_LIMITS.tagBytes }),
    };
}
/** POST …/wrapkey and …/unwrapkey: `{alg, value}`; iv, aad and tag play no part and are ignored. */
function parseWrapParameters(input, op) {
    const body = (0,body_fields/* readObject */.Ag)(input, `${op} request`);
    return { algorithm: algorithmOf(body, key_types/* KEY_WRAP_ALGORITHMS */.kx, op), value: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.dataBytes }) };
}
/** POST …/sign: `value` is the digest (the core checks its length against the algorithm). */
function parseSignParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'sign request');
    return { algorithm: algorithmOf(body, key_types/* SIGNATURE_ALGORITHMS */.a, 'sign'), digest: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.digestBytes }) };
}
/** POST …/verify: `digest`, and `value` the signature. */
function parseVerifyParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'verify request');
    return {
        algorithm: algorithmOf(body, key_types/* SIGNATURE_ALGORITHMS */.a, 'verify'),
        digest: bytes(body, 'digest', { min: 1, max: OPERATION_LIMITS.digestBytes }),
        signature: bytes(body, 'value', { min: 1, max: OPERATION_LIMITS.signatureBytes }),
    };
}
/**
 * A KeyOperationResult. The domain's keyId is the path `/keys/{name}/{version}`; the wire's
 * kid is absolute. `aad` echoes the request's, as Azure does for AES-GCM encrypt.
 */
function keyOperationResultWire(origin, result, aad) {
    const kid = `${(0,ids/* vaultOrigin */.Vo)(origin)}${result.keyId}`;
    (0,ids/* parseObjectId */.u9)(kid, 'keys');
    return {
        kid,
        value: base64url_encodeBase64url(result.result),
        ...(result.iv === undefined ? {} : { iv: base64url_encodeBase64url(result.iv) }),
        ...(result.tag === undefined ? {} : { tag: base64url_encodeBase64url(result.tag) }),
        ...(aad === undefined ? {} : { aad: base64url_encodeBase64url(aad) }),
    };
}
function keyVerifyResultWire(valid) {
    return { value: valid };
}
/** POST /rng: `{count}`, a whole number from 1 to 128. */
function parseRandomBytesRequest(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'random bytes request');
    const count = (0,body_fields/* optionalInteger */.$H)(body, 'count', { min: 1, max: OPERATION_LIMITS.randomBytes });
    if (count === undefined)
        throw new errors/* BadParameterError */.lh(`Missing field 'count': expected a whole number from 1 to ${OPERATION_LIMITS.randomBytes}.`);
    return count;
}
function randomBytesWire(bytes) {
    return { value: base64url_encodeBase64url(bytes) };
}
/** Reads a KeyOperationResult (the remote client); `algorithm` is the one the request named. */
function parseKeyOperationResult(input, algorithm) {
    const body = readObject(input, 'key operation result');
    const id = parseObjectId(requiredString(body, 'kid'), 'keys');
    if (id.version === undefined)
        throw new BadParameterError("Invalid field 'kid': expected the id of a key version.");
    const iv = optionalBytes(body, 'iv', { min: 1, max: OPERATION_LIMITS.ivBytes });
    const tag = optionalBytes(body, 'tag', { min: 1, max: OPERATION_LIMITS.tagBytes });
    return {
        keyId: `/keys/${id.name}/${id.version}`, algorithm, result: bytes(body, 'value', DATA),
        ...(iv === undefined ? {} : { iv }), ...(tag === undefined ? {} : { tag }),
    };
}

// EXTERNAL MODULE: ./lib/core/crypto/key-material.js
var key_material = __webpack_require__(2886);
// EXTERNAL MODULE: ./lib/core/keys.js
var keys = __webpack_require__(1547);
// EXTERNAL MODULE: ./lib/core/key-rotation.js
var key_rotation = __webpack_require__(3091);
;// CONCATENATED MODULE: ./lib/protocol/keys-wire.js
/**
 * Keys on the wire (keys.json): KeyBundle `{key: JsonWebKey, attributes, tags, managed}`,
 * KeyItem `{kid, attributes, tags, managed}`, and their deleted forms. The JsonWebKey carries
 * the public parts only — RSA `n`, `e`; EC `crv`, `x`, `y`; nothing for oct — base64url
 * without padding, with `kid` and `key_ops`. Request bodies are in key-params.ts, key
 * operations in key-operations-wire.ts.
 */







function wireProperties(properties) {
    return { attributes: (0,attributes_wire/* keyAttributesWire */.gx)(properties), ...tagsWire(properties.tags), ...(properties.managed ? { managed: true } : {}) };
}
/** The public JWK of a key version; private members are never copied, whatever `key` holds. */
function jsonWebKeyWire(origin, key) {
    const { n, e, crv, x, y } = key.key;
    return {
        kid: (0,ids/* objectId */.Tu)(origin, 'keys', key.name, key.properties.version),
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
    return { kid: (0,ids/* objectId */.Tu)(origin, 'keys', properties.name, versioned ? properties.version : undefined), ...wireProperties(properties) };
}
function keys_wire_deletion(origin, deleted) {
    return {
        recoveryId: (0,ids/* recoveryId */.J1)(origin, 'keys', deleted.key.name),
        deletedDate: (0,attributes_wire/* toUnixSeconds */.LE)(deleted.deletedOn),
        scheduledPurgeDate: (0,attributes_wire/* toUnixSeconds */.LE)(deleted.scheduledPurgeDate),
    };
}
function deletedKeyBundle(origin, deleted) {
    return { ...keys_wire_deletion(origin, deleted), ...keyBundle(origin, deleted.key) };
}
function deletedKeyItem(origin, deleted) {
    return { ...keys_wire_deletion(origin, deleted), ...keyItem(origin, deleted.key.properties, false) };
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
    const keyType = parseKeyType(readNullable(jwk, 'kty'), 'key.kty');
    const ops = (optionalArray(jwk, 'key_ops', 'key') ?? []).filter((op) => KEY_OPERATIONS.includes(op));
    const keyOperations = KEY_OPERATIONS.filter((op) => ops.includes(op));
    const member = (name, max) => encodeBase64url(decodeBase64url(readNullable(jwk, name), `key.${name}`, { min: 1, max }));
    if (keyType === 'RSA') {
        const n = member('n', 1024);
        return { keyType, keyOperations, key: { kty: keyType, n, e: member('e', 8) }, keySize: rsaBits(Buffer.from(n, 'base64url')), curve: undefined };
    }
    if (keyType === 'EC') {
        const curve = parseCurve(readNullable(jwk, 'crv'), 'key.crv');
        return { keyType, keyOperations, key: { kty: keyType, crv: curve, x: member('x', 66), y: member('y', 66) }, keySize: CURVE_BITS[curve], curve };
    }
    // An oct JWK carries no size: the wire does not say it, so neither can the client.
    return { keyType, keyOperations, key: { kty: keyType }, keySize: 0, curve: undefined };
}
function parseProperties(body, kid) {
    const id = parseObjectId(kid, 'keys');
    return {
        name: id.name, version: id.version, ...parseWireAttributes(readNullable(body, 'attributes')),
        tags: parseTags(body) ?? {}, managed: optionalBoolean(body, 'managed') ?? false,
    };
}
function parseKeyItem(input) {
    const body = readObject(input, 'key item');
    return parseProperties(body, requiredString(body, 'kid'));
}
/** Reads a KeyBundle (the remote client). */
function parseKeyBundle(input) {
    const body = readObject(input, 'key');
    const jwk = readObject(readNullable(body, 'key'), "field 'key'");
    const properties = parseProperties(body, optionalString(jwk, 'kid', 'key'));
    const { version } = properties;
    if (version === undefined)
        throw new BadParameterError("Invalid field 'key.kid': expected the id of a key version.");
    return { name: properties.name, ...parsePublicKey(jwk), properties: { ...properties, version } };
}
function parseDeletedKeyBundle(input) {
    const body = readObject(input, 'deleted key');
    parseRecoveryId(requiredString(body, 'recoveryId'), 'keys');
    return { key: parseKeyBundle(body), deletedOn: requiredUnixSeconds(body, 'deletedDate'), scheduledPurgeDate: requiredUnixSeconds(body, 'scheduledPurgeDate') };
}

;// CONCATENATED MODULE: ./lib/protocol/key-params.js
/**
 * The bodies of key requests (keys.json): KeyCreateParameters (POST /keys/{name}/create),
 * KeyImportParameters (PUT /keys/{name}), KeyUpdateParameters (PATCH /keys/{name}/{version})
 * and the rotation policy (PUT /keys/{name}/rotationpolicy, validated by core/key-rotation.ts).
 * Each becomes the arguments of the matching Vault method; nothing reaches the core unchecked.
 * `release_policy` is ignored: Coffer's export is its own (`coffer key export`), not Azure's
 * attested release.
 */










/** Azure's defaults when a create request names no size or curve. */
const DEFAULT_RSA_BITS = 2048;
const DEFAULT_OCT_BITS = 256;
const DEFAULT_CURVE = 'P-256';
/** The only RSA public exponent Coffer makes (node's default; the one every SDK sends). */
const RSA_PUBLIC_EXPONENT = 65537;
function createOptions(body, keyOperations) {
    const { enabled, notBefore, expiresOn, exportable } = (0,attributes_wire/* parseAttributeInput */.kz)(body, false);
    const tags = tags_wire_parseTags(body);
    return {
        ...(keyOperations === undefined ? {} : { keyOperations }),
        ...(exportable === undefined ? {} : { exportable }),
        ...(enabled === undefined ? {} : { enabled }),
        ...(notBefore instanceof Date ? { notBefore } : {}),
        ...(expiresOn instanceof Date ? { expiresOn } : {}),
        ...(tags === undefined ? {} : { tags }),
    };
}
function keyOps(body, kty, path = '') {
    const ops = (0,body_fields/* optionalArray */.oS)(body, 'key_ops', path);
    return ops === undefined ? undefined : (0,keys.validateKeyOperations)(ops, kty);
}
function specOf(body, kty) {
    const size = (0,body_fields/* optionalInteger */.$H)(body, 'key_size', { min: 1, max: 16384 });
    const crv = (0,body_fields/* readNullable */.Qx)(body, 'crv') ?? undefined;
    if (kty === 'EC') {
        if (size !== undefined)
            throw new errors/* BadParameterError */.lh("Invalid field 'key_size': an EC key takes a curve (crv), not a size.");
        return { kty, curve: crv === undefined ? DEFAULT_CURVE : parseCurve(crv) };
    }
    if (crv !== undefined)
        throw new errors/* BadParameterError */.lh(`Invalid field 'crv': an ${kty} key takes a size (key_size), not a curve.`);
    return { kty, size: size ?? (kty === 'RSA' ? DEFAULT_RSA_BITS : DEFAULT_OCT_BITS) };
}
/** KeyCreateParameters → the spec of the new key and its options. */
function parseKeyCreateParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'key create request');
    const kty = parseKeyType((0,body_fields/* readNullable */.Qx)(body, 'kty') ?? undefined);
    const spec = specOf(body, kty);
    (0,key_material.checkKeySpec)(spec);
    const exponent = (0,body_fields/* optionalInteger */.$H)(body, 'public_exponent', { min: 0, max: Number.MAX_SAFE_INTEGER });
    if (exponent !== undefined && (kty !== 'RSA' || exponent !== RSA_PUBLIC_EXPONENT)) {
        throw new errors/* BadParameterError */.lh(`Invalid field 'public_exponent': only ${RSA_PUBLIC_EXPONENT} is supported, for RSA keys.`);
    }
    return { spec, options: createOptions(body, keyOps(body, kty)) };
}
/**
 * KeyImportParameters → material and options. The JWK goes to the core whole (importJwk checks
 * and bounds it); its `key_ops`, if any, become the key's permitted operations, as in Azure.
 * `Hsm` (the spec's spelling; `hsm` accepted too) must be a boolean and changes nothing.
 */
function parseKeyImportParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'key import request');
    const raw = (0,body_fields/* readNullable */.Qx)(body, 'key');
    if (raw === undefined || raw === null)
        throw new errors/* BadParameterError */.lh("Missing field 'key': expected a JSON Web Key.");
    const jwk = (0,body_fields/* readObject */.Ag)(raw, "field 'key'");
    (0,body_fields/* optionalBoolean */.Jz)(body, Object.hasOwn(body, 'Hsm') ? 'Hsm' : 'hsm');
    const kty = parseKeyType((0,body_fields/* readNullable */.Qx)(jwk, 'kty') ?? undefined, 'key.kty');
    return { material: { jwk }, options: createOptions(body, keyOps(jwk, kty, 'key')) };
}
/**
 * KeyUpdateParameters → UpdateKeyOptions. `key_ops` is checked for known operations here and
 * against the key's type by the core, which knows the type.
 */
function parseKeyUpdateParameters(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'key update request');
    const ops = (0,body_fields/* optionalArray */.oS)(body, 'key_ops');
    if (ops !== undefined && (ops.length > key_types/* KEY_OPERATIONS */.jK.length || !ops.every((op) => key_types/* KEY_OPERATIONS */.jK.includes(op)))) {
        throw new errors/* BadParameterError */.lh(`Invalid field 'key_ops': expected a list of ${key_types/* KEY_OPERATIONS */.jK.join(', ')}.`);
    }
    const { enabled, notBefore, expiresOn } = (0,attributes_wire/* parseAttributeInput */.kz)(body, true);
    const tags = tags_wire_parseTags(body);
    return {
        ...(ops === undefined ? {} : { keyOperations: key_types/* KEY_OPERATIONS */.jK.filter((op) => ops.includes(op)) }),
        ...(enabled === undefined ? {} : { enabled }),
        ...(notBefore === undefined ? {} : { notBefore }),
        ...(expiresOn === undefined ? {} : { expiresOn }),
        ...(tags === undefined ? {} : { tags }),
    };
}
/** PUT /keys/{name}/rotationpolicy: validated as the core validates it (the wire shape is the core's). */
function parseKeyRotationPolicyParameters(input) {
    return parseRotationPolicy(input);
}
/** GET/PUT /keys/{name}/rotationpolicy answer: the core's wire shape plus the policy's id. */
function keyRotationPolicyWire(origin, name, policy) {
    return { id: `${(0,ids/* objectId */.Tu)(origin, 'keys', name)}/rotationpolicy`, ...(0,key_rotation.rotationPolicyWire)(policy) };
}

;// CONCATENATED MODULE: ./lib/server/routes-keys.js
/**
 * The keys routes of the Key Vault data plane (reference: "Operations", keys), and `/rng`.
 * Cryptographic operations take `{name}/{version?}`: the SDK's CryptographyClient sends an
 * empty version for "the latest". Verify answers `{value: bool}`; a bad signature is not an error.
 */






const routes_keys_withETag = (key, origin) => ({ status: 200, body: keyBundle(origin, key), headers: { etag: (0,etag.keyETag)(key) } });
const routes_keys_KEY_OPERATIONS = [
    {
        method: 'POST', pattern: '/keys/{name}/{version?}/sign', operation: 'KeySign',
        handle: async (ctx) => {
            const { algorithm, digest } = parseSignParameters(ctx.body);
            return { status: 200, body: keyOperationResultWire(ctx.origin, await ctx.vault.sign(param(ctx, 'name'), ctx.params.version, algorithm, digest)) };
        },
    },
    {
        method: 'POST', pattern: '/keys/{name}/{version?}/verify', operation: 'KeyVerify',
        handle: async (ctx) => {
            const { algorithm, digest, signature } = parseVerifyParameters(ctx.body);
            const result = await ctx.vault.verify(param(ctx, 'name'), ctx.params.version, algorithm, digest, signature);
            return { status: 200, body: keyVerifyResultWire(result.valid) };
        },
    },
    {
        method: 'POST', pattern: '/keys/{name}/{version?}/encrypt', operation: 'KeyEncrypt',
        handle: async (ctx) => {
            const { algorithm, plaintext, aad } = parseEncryptParameters(ctx.body);
            const result = await ctx.vault.encrypt(param(ctx, 'name'), ctx.params.version, algorithm, plaintext, { aad });
            return { status: 200, body: keyOperationResultWire(ctx.origin, result, aad) };
        },
    },
    {
        method: 'POST', pattern: '/keys/{name}/{version?}/decrypt', operation: 'KeyDecrypt',
        handle: async (ctx) => {
            const { algorithm, ciphertext, iv, aad, tag } = parseDecryptParameters(ctx.body);
            return { status: 200, body: keyOperationResultWire(ctx.origin, await ctx.vault.decrypt(param(ctx, 'name'), ctx.params.version, algorithm, ciphertext, { iv, aad, tag })) };
        },
    },
    {
        method: 'POST', pattern: '/keys/{name}/{version?}/wrapkey', operation: 'KeyWrap',
        handle: async (ctx) => {
            const { algorithm, value } = parseWrapParameters(ctx.body, 'wrapKey');
            return { status: 200, body: keyOperationResultWire(ctx.origin, await ctx.vault.wrapKey(param(ctx, 'name'), ctx.params.version, algorithm, value)) };
        },
    },
    {
        method: 'POST', pattern: '/keys/{name}/{version?}/unwrapkey', operation: 'KeyUnwrap',
        handle: async (ctx) => {
            const { algorithm, value } = parseWrapParameters(ctx.body, 'unwrapKey');
            return { status: 200, body: keyOperationResultWire(ctx.origin, await ctx.vault.unwrapKey(param(ctx, 'name'), ctx.params.version, algorithm, value)) };
        },
    },
];
const KEY_ROUTES = [
    {
        method: 'GET', pattern: '/keys', operation: 'KeyList',
        handle: async (ctx) => listReply(ctx, (vault) => vault.listPropertiesOfKeys(), (p) => p.name, (p) => keyItem(ctx.origin, p, false)),
    },
    {
        method: 'POST', pattern: '/keys/restore', operation: 'KeyRestore', maxBody: MAX_RESTORE_BODY,
        handle: async (ctx) => routes_keys_withETag(await ctx.vault.restoreKeyBackup(parseRestoreParameters(ctx.body)), ctx.origin),
    },
    {
        method: 'POST', pattern: '/keys/{name}/create', operation: 'KeyCreate',
        handle: async (ctx) => {
            const { spec, options } = parseKeyCreateParameters(ctx.body);
            return routes_keys_withETag(await ctx.vault.createKey(param(ctx, 'name'), spec, options), ctx.origin);
        },
    },
    {
        method: 'GET', pattern: '/keys/{name}/versions', operation: 'KeyListVersions',
        handle: async (ctx) => listReply(ctx, (vault) => vault.listPropertiesOfKeyVersions(param(ctx, 'name')), (p) => p.version, (p) => keyItem(ctx.origin, p, true), false),
    },
    {
        method: 'GET', pattern: '/keys/{name}/rotationpolicy', operation: 'KeyRotationPolicyGet',
        handle: async (ctx) => ({ status: 200, body: keyRotationPolicyWire(ctx.origin, param(ctx, 'name'), await ctx.vault.getKeyRotationPolicy(param(ctx, 'name'))) }),
    },
    {
        method: 'PUT', pattern: '/keys/{name}/rotationpolicy', operation: 'KeyRotationPolicyUpdate',
        handle: async (ctx) => ({
            status: 200, body: keyRotationPolicyWire(ctx.origin, param(ctx, 'name'), await ctx.vault.updateKeyRotationPolicy(param(ctx, 'name'), ctx.body)),
        }),
    },
    {
        method: 'POST', pattern: '/keys/{name}/rotate', operation: 'KeyRotate',
        handle: async (ctx) => routes_keys_withETag(await ctx.vault.rotateKey(param(ctx, 'name')), ctx.origin),
    },
    {
        method: 'POST', pattern: '/keys/{name}/backup', operation: 'KeyBackup',
        handle: async (ctx) => ({ status: 200, body: backupResultWire(await ctx.vault.backupKey(param(ctx, 'name'))) }),
    },
    {
        method: 'PUT', pattern: '/keys/{name}', operation: 'KeyImport', maxBody: 128 * 1024, ifMatch: { type: 'key', versioned: false },
        handle: async (ctx) => {
            const { material, options } = parseKeyImportParameters(ctx.body);
            return routes_keys_withETag(await ctx.vault.importKey(param(ctx, 'name'), material, options), ctx.origin);
        },
    },
    ...routes_keys_KEY_OPERATIONS,
    {
        method: 'GET', pattern: '/keys/{name}/{version?}', operation: 'KeyGet',
        handle: async (ctx) => routes_keys_withETag(await ctx.vault.getKey(param(ctx, 'name'), ctx.params.version), ctx.origin),
    },
    {
        method: 'PATCH', pattern: '/keys/{name}/{version?}', operation: 'KeyUpdate', ifMatch: { type: 'key', versioned: true },
        handle: async (ctx) => routes_keys_withETag(await ctx.vault.updateKeyProperties(param(ctx, 'name'), ctx.params.version, parseKeyUpdateParameters(ctx.body)), ctx.origin),
    },
    {
        method: 'DELETE', pattern: '/keys/{name}', operation: 'KeyDelete', ifMatch: { type: 'key', versioned: false },
        handle: async (ctx) => ({ status: 200, body: deletedKeyBundle(ctx.origin, await ctx.vault.deleteKey(param(ctx, 'name'))) }),
    },
    {
        method: 'GET', pattern: '/deletedkeys', operation: 'KeyListDeleted',
        handle: async (ctx) => listReply(ctx, (vault) => vault.listDeletedKeys(), (d) => d.key.name, (d) => deletedKeyItem(ctx.origin, d)),
    },
    {
        method: 'GET', pattern: '/deletedkeys/{name}', operation: 'KeyGetDeleted',
        handle: async (ctx) => ({ status: 200, body: deletedKeyBundle(ctx.origin, await ctx.vault.getDeletedKey(param(ctx, 'name'))) }),
    },
    {
        method: 'DELETE', pattern: '/deletedkeys/{name}', operation: 'KeyPurge',
        handle: async (ctx) => {
            await ctx.vault.purgeDeletedKey(param(ctx, 'name'));
            return { status: 204 };
        },
    },
    {
        method: 'POST', pattern: '/deletedkeys/{name}/recover', operation: 'KeyRecover',
        handle: async (ctx) => routes_keys_withETag(await ctx.vault.recoverDeletedKey(param(ctx, 'name')), ctx.origin),
    },
    {
        method: 'POST', pattern: '/rng', operation: 'GetRandomBytes',
        handle: async (ctx) => ({ status: 200, body: randomBytesWire(await ctx.vault.getRandomBytes(parseRandomBytesRequest(ctx.body))) }),
    },
];

;// CONCATENATED MODULE: ./lib/protocol/secrets-wire.js
/**
 * Secrets on the wire (secrets.json): SecretBundle, SecretItem, DeletedSecretBundle,
 * DeletedSecretItem, and the bodies of set (PUT) and update (PATCH). The server turns domain
 * objects into the first four and requests into domain options; the remote client does the
 * reverse. Ids are absolute (`{origin}/secrets/{name}/{version}`); times are Unix seconds.
 */






function secrets_wire_wireProperties(origin, properties, versioned) {
    return {
        id: (0,ids/* objectId */.Tu)(origin, 'secrets', properties.name, versioned ? properties.version : undefined),
        ...(properties.contentType === undefined ? {} : { contentType: properties.contentType }),
        attributes: (0,attributes_wire/* attributesWire */.pk)(properties),
        ...tagsWire(properties.tags),
        ...(properties.managed ? { managed: true } : {}),
    };
}
/** A version's properties as a bundle without its value: PATCH, recover and restore answer this. */
function secretPropertiesBundle(origin, properties) {
    // A certificate's secret names the key made with it: same name, same version.
    const kid = properties.managed ? { kid: (0,ids/* objectId */.Tu)(origin, 'keys', properties.name, properties.version) } : {};
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
        recoveryId: (0,ids/* recoveryId */.J1)(origin, 'secrets', deleted.properties.name),
        deletedDate: (0,attributes_wire/* toUnixSeconds */.LE)(deleted.deletedOn),
        scheduledPurgeDate: (0,attributes_wire/* toUnixSeconds */.LE)(deleted.scheduledPurgeDate),
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
    const body = (0,body_fields/* readObject */.Ag)(input, 'secret set request');
    const value = (0,names/* validateSecretValue */.K2)((0,body_fields/* requiredString */.Fk)(body, 'value'));
    const contentType = readContentType(body);
    const { enabled, notBefore, expiresOn } = (0,attributes_wire/* parseAttributeInput */.kz)(body, false);
    const tags = tags_wire_parseTags(body);
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
    const body = (0,body_fields/* readObject */.Ag)(input, 'secret update request');
    const contentType = readContentType(body, true);
    const { enabled, notBefore, expiresOn } = (0,attributes_wire/* parseAttributeInput */.kz)(body, true);
    const tags = tags_wire_parseTags(body);
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
    const seconds = (date) => (date === null ? null : toUnixSeconds(date));
    return {
        ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
        ...(options.notBefore === undefined ? {} : { nbf: seconds(options.notBefore) }),
        ...(options.expiresOn === undefined ? {} : { exp: seconds(options.expiresOn) }),
    };
}
/** Reads a SecretBundle or SecretItem (without its value), for the remote client. */
function parseSecretProperties(input) {
    const body = readObject(input, 'secret');
    const id = parseObjectId(requiredString(body, 'id'), 'secrets');
    const { exportable: _ignored, ...attributes } = parseWireAttributes(readNullable(body, 'attributes'));
    const contentType = readContentType(body) ?? undefined;
    return {
        name: id.name, version: id.version, ...attributes, contentType,
        tags: parseTags(body) ?? {}, managed: optionalBoolean(body, 'managed') ?? false,
    };
}
function versioned(properties) {
    const { version } = properties;
    if (version === undefined)
        throw new BadParameterError("Invalid field 'id': expected the id of a secret version.");
    return { ...properties, version };
}
/** Reads a SecretBundle with its value. */
function parseSecretBundle(input) {
    const body = readObject(input, 'secret');
    return { properties: versioned(parseSecretProperties(body)), value: requiredString(body, 'value') };
}
/** Reads a DeletedSecretBundle. */
function parseDeletedSecretBundle(input) {
    const body = readObject(input, 'deleted secret');
    const properties = versioned(parseSecretProperties(body));
    parseRecoveryId(requiredString(body, 'recoveryId'), 'secrets');
    return { properties, deletedOn: requiredUnixSeconds(body, 'deletedDate'), scheduledPurgeDate: requiredUnixSeconds(body, 'scheduledPurgeDate') };
}

;// CONCATENATED MODULE: ./lib/server/routes-secrets.js
/**
 * The secrets routes of the Key Vault data plane (reference: "Operations", secrets). Each
 * parses its input with src/protocol, calls the caller's vault, and renders the wire shape;
 * access, validation of names and values, and the audit record are the vault's.
 */




const routes_secrets_withETag = (properties, body) => ({ status: 200, body, headers: { etag: (0,etag.secretETag)(properties) } });
const SECRET_ROUTES = [
    {
        method: 'GET', pattern: '/secrets', operation: 'SecretList',
        handle: async (ctx) => listReply(ctx, (vault) => vault.listPropertiesOfSecrets(), (p) => p.name, (p) => secretItem(ctx.origin, p, false)),
    },
    {
        method: 'POST', pattern: '/secrets/restore', operation: 'SecretRestore', maxBody: MAX_RESTORE_BODY,
        handle: async (ctx) => {
            const blob = parseRestoreParameters(ctx.body);
            const properties = await ctx.vault.restoreSecretBackup(blob);
            return routes_secrets_withETag(properties, secretPropertiesBundle(ctx.origin, properties));
        },
    },
    {
        method: 'GET', pattern: '/secrets/{name}/versions', operation: 'SecretListVersions',
        handle: async (ctx) => listReply(ctx, (vault) => vault.listPropertiesOfSecretVersions(param(ctx, 'name')), (p) => p.version, (p) => secretItem(ctx.origin, p, true), false),
    },
    {
        method: 'POST', pattern: '/secrets/{name}/backup', operation: 'SecretBackup',
        handle: async (ctx) => ({ status: 200, body: backupResultWire(await ctx.vault.backupSecret(param(ctx, 'name'))) }),
    },
    {
        method: 'PUT', pattern: '/secrets/{name}', operation: 'SecretSet', ifMatch: { type: 'secret', versioned: false },
        handle: async (ctx) => {
            const { value, options } = parseSecretSetParameters(ctx.body);
            const secret = await ctx.vault.setSecret(param(ctx, 'name'), value, options);
            return routes_secrets_withETag(secret.properties, secretBundle(ctx.origin, secret));
        },
    },
    {
        method: 'GET', pattern: '/secrets/{name}/{version?}', operation: 'SecretGet',
        handle: async (ctx) => {
            const secret = await ctx.vault.getSecret(param(ctx, 'name'), ctx.params.version);
            return routes_secrets_withETag(secret.properties, secretBundle(ctx.origin, secret));
        },
    },
    {
        method: 'PATCH', pattern: '/secrets/{name}/{version?}', operation: 'SecretUpdate', ifMatch: { type: 'secret', versioned: true },
        handle: async (ctx) => {
            const options = parseSecretUpdateParameters(ctx.body);
            const properties = await ctx.vault.updateSecretProperties(param(ctx, 'name'), ctx.params.version, options);
            return routes_secrets_withETag(properties, secretPropertiesBundle(ctx.origin, properties));
        },
    },
    {
        method: 'DELETE', pattern: '/secrets/{name}', operation: 'SecretDelete', ifMatch: { type: 'secret', versioned: false },
        handle: async (ctx) => ({ status: 200, body: deletedSecretBundle(ctx.origin, await ctx.vault.deleteSecret(param(ctx, 'name'))) }),
    },
    {
        method: 'GET', pattern: '/deletedsecrets', operation: 'SecretListDeleted',
        handle: async (ctx) => listReply(ctx, (vault) => vault.listDeletedSecrets(), (d) => d.properties.name, (d) => deletedSecretItem(ctx.origin, d)),
    },
    {
        method: 'GET', pattern: '/deletedsecrets/{name}', operation: 'SecretGetDeleted',
        handle: async (ctx) => ({ status: 200, body: deletedSecretBundle(ctx.origin, await ctx.vault.getDeletedSecret(param(ctx, 'name'))) }),
    },
    {
        method: 'DELETE', pattern: '/deletedsecrets/{name}', operation: 'SecretPurge',
        handle: async (ctx) => {
            await ctx.vault.purgeDeletedSecret(param(ctx, 'name'));
            return { status: 204 };
        },
    },
    {
        method: 'POST', pattern: '/deletedsecrets/{name}/recover', operation: 'SecretRecover',
        handle: async (ctx) => {
            const properties = await ctx.vault.recoverDeletedSecret(param(ctx, 'name'));
            return routes_secrets_withETag(properties, secretPropertiesBundle(ctx.origin, properties));
        },
    },
];

;// CONCATENATED MODULE: ./lib/server/routes-roles.js

const ROLE_ROUTES = [
    {
        method: 'GET', pattern: '/coffer/roleassignments', operation: 'RoleAssignmentList', unversioned: true,
        handle: async (ctx) => ({ status: 200, body: { value: await ctx.roles.list() } }),
    },
    {
        method: 'POST', pattern: '/coffer/roleassignments', operation: 'RoleAssignmentCreate', unversioned: true,
        handle: async (ctx) => ({ status: 201, body: await ctx.roles.assign(ctx.body) }),
    },
    {
        method: 'DELETE', pattern: '/coffer/roleassignments/{id}', operation: 'RoleAssignmentDelete', unversioned: true,
        handle: async (ctx) => ({ status: 200, body: await ctx.roles.remove(param(ctx, 'id')) }),
    },
];

;// CONCATENATED MODULE: ./lib/server/role-admin.js
/**
 * Role assignments over HTTPS, for `coffer role … --server URL`: the server's access file,
 * managed by a caller whose own role grants `roles/read` or `roles/write` (Administrator).
 * Not part of the Key Vault API (Azure manages data-plane role assignments in its control
 * plane), so the routes live under `/coffer/`. Every call is audited, refusals included.
 */

function roleAdministration(request) {
    const { identity, vault, correlationId, callerIpAddress, started } = request;
    const who = identity.principal;
    const context = { who, correlationId, callerIpAddress, record: vault.record.bind(vault) };
    const access = () => {
        if (request.access === undefined)
            throw new errors/* VaultError */.hb('BadParameter', 'This server keeps no role assignments (it was started without an access file).');
        return request.access;
    };
    /** Refusals are audited here; AccessFile audits the changes (and their failures) itself. */
    const authorize = async (permission, operationName) => {
        if (identity.authorizer.decide(who, permission, '/').allowed)
            return;
        const error = new errors/* VaultError */.hb('Forbidden', `${who.name} is not allowed to ${permission} on /.`, { innerCode: 'ForbiddenByRbac' });
        await vault.record({ operationName, who, started, correlationId, callerIpAddress, id: '/roleassignments', error });
        throw error;
    };
    return {
        list: async () => {
            await authorize('roles/read', 'RoleAssignmentList');
            const assignments = access().assignments;
            await vault.record({ operationName: 'RoleAssignmentList', who, started, correlationId, callerIpAddress, id: '/roleassignments' });
            return assignments;
        },
        assign: async (input) => {
            await authorize('roles/write', 'RoleAssignmentCreate');
            return access().assign(input, context);
        },
        remove: async (id) => {
            await authorize('roles/write', 'RoleAssignmentDelete');
            return access().remove(id, context);
        },
    };
}

;// CONCATENATED MODULE: ./lib/server/request-target.js
/**
 * The request target (`/secrets/db?api-version=7.6`), taken apart without normalising it: a
 * URL parser would resolve `..` and `%2e%2e` and so answer for a path other than the one sent.
 * Dot segments, backslashes, control characters and absolute-form targets are refused instead;
 * percent-escapes are left alone (no name contains `%`, so name validation refuses them).
 */
/** Longer targets are refused; node's header limit bounds them anyway. */
const MAX_TARGET_CHARS = 8192;
function parseRequestTarget(raw) {
    if (raw.length === 0 || raw.length > MAX_TARGET_CHARS || !raw.startsWith('/')) {
        return { ok: false, message: 'The request target must be a path starting with /.' };
    }
    const mark = raw.indexOf('?');
    const path = mark < 0 ? raw : raw.slice(0, mark);
    if (/[\\\u0000-\u0020\u007f-\uffff#]/.test(path))
        return { ok: false, message: 'The request path holds characters no operation uses.' };
    const segments = path.split('/');
    if (segments.some((s) => /^(\.|%2e){1,2}$/i.test(s)))
        return { ok: false, message: 'The request path has a dot segment (. or ..).' };
    return { ok: true, path, query: new URLSearchParams(mark < 0 ? '' : raw.slice(mark + 1)) };
}

// EXTERNAL MODULE: ./lib/server/auth/errors.js
var auth_errors = __webpack_require__(9563);
;// CONCATENATED MODULE: ./lib/server/connections.js

/** Connections at most, in all and from one address. */
const MAX_CONNECTIONS = 1024;
const MAX_CONNECTIONS_PER_ADDRESS = 128;
class Connections {
    sockets = new Set();
    /** Sockets whose TLS handshake finished: only these can be answered in HTTP. */
    #secured = new WeakSet();
    #perAddress = new Map();
    /** Tracks a new connection; one address holding too many already is cut at once. */
    admit(socket) {
        const address = socket.remoteAddress ?? 'unknown';
        const held = this.#perAddress.get(address) ?? 0;
        if (held >= MAX_CONNECTIONS_PER_ADDRESS) {
            socket.destroy();
            return;
        }
        this.#perAddress.set(address, held + 1);
        this.sockets.add(socket);
        socket.once('close', () => {
            this.sockets.delete(socket);
            const left = (this.#perAddress.get(address) ?? 1) - 1;
            if (left <= 0)
                this.#perAddress.delete(address);
            else
                this.#perAddress.set(address, left);
        });
    }
    secured(socket) {
        this.#secured.add(socket);
    }
    /**
     * Answers a request node's HTTP parser refused (bad bytes in the request line, headers over
     * 16 KiB, a client too slow to send them) in the error shape, and closes the connection; says
     * what it answered, for the audit record. A connection with no finished TLS handshake (a
     * stalled or broken one) has no HTTP to answer in, and a reply written into it would keep it
     * open: it is cut, and nothing is returned (transport noise is not audited).
     */
    refuseMalformed(error, socket) {
        if (!this.#secured.has(socket) || !socket.writable || error.code === 'ECONNRESET') {
            socket.destroy();
            return undefined;
        }
        const [status, reason, message] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'The request headers are larger than 16 KiB.']
            : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout', 'The request was not received in time.']
                : [400, 'Bad Request', 'The request is not valid HTTP/1.1: its request line or headers hold bytes no request uses.'];
        const body = JSON.stringify((0,errors_wire/* wireError */.it)(status, 'BadParameter', message).body);
        socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\n`
            + `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
        // A client that does not read the reply does not keep the connection.
        socket.setTimeout(5_000, () => socket.destroy());
        return { status, message, address: socket.remoteAddress ?? 'unknown' };
    }
}

;// CONCATENATED MODULE: ./lib/server/server.js
/**
 * `coffer serve`'s HTTPS server: the Key Vault data plane over one LocalVault. Each request is
 * authenticated (401 and the challenge before its body is read, as the SDK expects), routed,
 * and run as its caller through the vault, which decides access and writes the audit record.
 * A request refused before it reaches the vault (no token, a bad api-version, an unknown path,
 * a malformed body) is audited here. No business logic lives here: see routes-*.ts.
 */

















const ROUTES = [...SECRET_ROUTES, ...KEY_ROUTES, ...CERTIFICATE_ROUTES, ...ROLE_ROUTES];
const ANONYMOUS = (0,principal/* principal */.N)('anonymous');
/** A client's correlation id is echoed and recorded only if it looks like one. */
const CLIENT_REQUEST_ID = /^[0-9A-Za-z-]{1,64}$/;
/** How long stopping waits for requests being answered before it cuts their connections. */
const DRAIN_MS = 10_000;
/** A TLS handshake must finish this soon; an idle connection that never starts one is dropped. */
const HANDSHAKE_TIMEOUT_MS = 10_000;
/**
 * Request bodies being read, in bytes, at most, over all requests: a body is read before the
 * vault decides access, so without a budget any authenticated caller could make the server
 * hold many large bodies at once. Beyond it a request is answered 503 with Retry-After.
 */
const BODY_BUDGET_BYTES = 64 * 1024 * 1024;
class VaultServer {
    #options;
    #router = new Router(ROUTES);
    #metrics = new Metrics();
    #server;
    #connections = new Connections();
    #bodyBytes = 0;
    #origin = '';
    #hosts = new Set();
    #stopping;
    constructor(options) {
        this.#options = options;
        this.#server = (0,external_node_https_.createServer)({
            cert: options.cert, key: options.key, minVersion: 'TLSv1.2', handshakeTimeout: options.limits?.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS,
            maxHeaderSize: 16 * 1024, requestTimeout: 60_000, headersTimeout: 15_000, keepAliveTimeout: 5_000,
        }, (req, res) => { void this.#handle(req, res); });
        this.#server.maxConnections = MAX_CONNECTIONS;
        this.#server.on('connection', (socket) => { this.#connections.admit(socket); });
        this.#server.on('secureConnection', (socket) => { this.#connections.secured(socket); });
        // A TLS handshake that fails (a client that does not trust the CA) is the client's to report.
        this.#server.on('tlsClientError', () => undefined);
        this.#server.on('clientError', (error, socket) => { this.#refuseMalformed(error, socket); });
    }
    /** The vault's URL, once listening. */
    get url() {
        return this.#origin;
    }
    async listen() {
        await new Promise((resolve, reject) => {
            this.#server.once('error', reject);
            this.#server.listen(this.#options.port, this.#options.host, () => {
                this.#server.off('error', reject);
                resolve();
            });
        });
        const address = this.#server.address();
        const port = typeof address === 'object' && address !== null ? address.port : this.#options.port;
        const hostText = (h) => (h.includes(':') ? `[${h}]` : h);
        this.#hosts = new Set(this.#options.names.map((n) => `${hostText(n)}:${port}`.toLowerCase()));
        const listenHost = this.#options.host === '0.0.0.0' || this.#options.host === '::' ? 'localhost' : this.#options.host;
        this.#origin = `https://${hostText(listenHost)}:${port}`;
        return this.#origin;
    }
    /** Stops accepting, lets requests being answered finish (up to 10 s), then closes the vault. */
    stop() {
        this.#stopping ??= (async () => {
            const closed = new Promise((resolve) => { this.#server.close(() => { resolve(); }); });
            this.#server.closeIdleConnections();
            const deadline = Date.now() + DRAIN_MS;
            while (this.#metrics.inFlight > 0 && Date.now() < deadline)
                await new Promise((r) => setTimeout(r, 20));
            for (const socket of this.#connections.sockets)
                socket.destroy();
            await closed;
            await this.#options.vault.close();
        })();
        return this.#stopping;
    }
    /** A request node's HTTP parser refused: answered (see Connections), counted and audited. */
    #refuseMalformed(error, socket) {
        const refused = this.#connections.refuseMalformed(error, socket);
        if (refused === undefined)
            return;
        this.#metrics.observe('Malformed', refused.status, 0);
        void this.#options.vault.record({
            operationName: 'Request', who: ANONYMOUS, started: new Date(), callerIpAddress: refused.address, id: '(malformed)',
            error: new errors/* VaultError */.hb('BadParameter', refused.message), extra: { httpStatusCode: String(refused.status) },
        }).catch(() => { this.#options.log?.('could not audit a malformed request'); });
    }
    /**
     * `/metrics` for a caller who may read the vault's metadata (Reader and up): request counts by
     * operation and outcome tell how the vault is used and whether probes are being refused.
     */
    async #metricsFor(identity, request) {
        const who = identity.principal;
        const allowed = identity.authorizer.decide(who, 'secrets/readMetadata', '/secrets').allowed || identity.authorizer.decide(who, 'keys/read', '/keys').allowed;
        const error = allowed ? undefined : new errors/* VaultError */.hb('Forbidden', `${who.name} may not read the metrics: it needs a role that reads the vault's metadata (Reader or above).`, { innerCode: 'ForbiddenByRbac' });
        await this.#options.vault.record({ operationName: 'MetricsGet', who, ...request, id: '/metrics', ...(error === undefined ? {} : { error }) });
        if (error !== undefined)
            return { operation: 'Metrics', reply: errorReply((0,errors_wire/* errorResponse */.yj)(error)) };
        return { operation: 'Metrics', reply: { status: 200, text: this.#metrics.render(this.#options.vault.pendingOperations) } };
    }
    /** The origin ids are built on: the Host the caller used if it is one of ours, else the server's own. */
    #originOf(req) {
        const host = req.headers.host?.toLowerCase();
        return host !== undefined && this.#hosts.has(host) ? `https://${host}` : this.#origin;
    }
    #challenge(origin) {
        return { 'www-authenticate': `Bearer authorization="${origin}/coffer", resource="${this.#options.resource}"` };
    }
    async #handle(req, res) {
        const started = new Date();
        // The server's own id correlates the records of this request; a client's id is kept beside
        // it (clientRequestId), never in its place, so one caller cannot make its records pass as another request's.
        const given = req.headers['x-ms-client-request-id'];
        const clientRequestId = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : undefined;
        const correlationId = (0,external_node_crypto_.randomUUID)();
        const callerIpAddress = req.socket.remoteAddress ?? 'unknown';
        // In flight until the reply has left or the connection is gone: stop() waits for that.
        this.#metrics.inFlight += 1;
        res.once('close', () => { this.#metrics.inFlight -= 1; });
        let operation = 'Unknown';
        let reply;
        try {
            const outcome = await this.#answer(req, { correlationId, clientRequestId }, callerIpAddress, started);
            operation = outcome.operation;
            reply = outcome.reply;
        }
        catch (error) {
            // #answer answers every expected failure itself; this is a defect, logged without detail.
            this.#options.log?.(`internal error answering a request (${error instanceof Error ? error.name : typeof error}), correlation ${correlationId}`);
            reply = errorReply((0,errors_wire/* errorResponse */.yj)(error));
        }
        const headers = { ...reply.headers, 'x-ms-request-id': correlationId, ...(clientRequestId === undefined ? {} : { 'x-ms-client-request-id': clientRequestId }) };
        if (!res.headersSent && !res.destroyed)
            send(res, { ...reply, headers });
        else if (!res.destroyed)
            res.destroy();
        const seconds = (Date.now() - started.getTime()) / 1000;
        this.#metrics.observe(operation, reply.status, seconds);
        this.#options.log?.(`${req.method ?? '?'} ${operation} ${reply.status} ${Math.round(seconds * 1000)}ms ${correlationId}`);
    }
    async #answer(req, ids, callerIpAddress, started) {
        const { correlationId, clientRequestId } = ids;
        const clientExtra = clientRequestId === undefined ? {} : { clientRequestId };
        const vault = this.#options.vault;
        const target = parseRequestTarget(req.url ?? '');
        const method = req.method ?? '';
        if (target.ok && method === 'GET' && target.path === '/healthz')
            return { operation: 'Health', reply: { status: 200, body: { status: 'ok' } } };
        const origin = this.#originOf(req);
        const refuse = async (op, who, error, headers) => {
            await vault.record({
                operationName: op, who, started, correlationId, callerIpAddress, id: target.ok ? target.path.slice(0, 256) : '(malformed)',
                error: error.cause ?? new errors/* VaultError */.hb(error.status === 401 ? 'Unauthorized' : error.status >= 500 ? 'StorageError' : 'BadParameter', error.body.error.message),
                extra: { httpStatusCode: String(error.status), ...clientExtra },
            });
            return { operation: op, reply: errorReply(error, headers) };
        };
        const authorization = req.headers.authorization;
        if (authorization === undefined || authorization === '') {
            return refuse('Authenticate', ANONYMOUS, (0,errors_wire/* wireError */.it)(401, 'Unauthorized', 'Authentication is required: send a bearer token.'), this.#challenge(origin));
        }
        let identity;
        try {
            identity = await this.#options.authenticator.authenticate(authorization, callerIpAddress);
        }
        catch (error) {
            if (error instanceof auth_errors/* AuthenticationError */.v3 && error.reason === 'issuer-unavailable') {
                // Not the caller's fault: the token may be good, but its issuer's keys cannot be had now.
                return refuse('Authenticate', ANONYMOUS, (0,errors_wire/* wireError */.it)(503, 'ServiceUnavailable', error.message), { 'retry-after': '5' });
            }
            if (!(error instanceof auth_errors/* AuthenticationError */.v3)) {
                // The access file failed its check, say: the server's fault, told in its log, not to the caller.
                this.#options.log?.(`authentication failed inside the server (${error instanceof Error ? error.name : typeof error}${(0,errors/* isVaultError */.XQ)(error) ? `, ${error.code}` : ''}), correlation ${correlationId}`);
                return refuse('Authenticate', ANONYMOUS, (0,errors_wire/* errorResponse */.yj)((0,errors/* isVaultError */.XQ)(error) ? error : new errors/* VaultError */.hb('StorageError', 'Authentication failed inside the server.')));
            }
            return refuse('Authenticate', ANONYMOUS, (0,errors_wire/* wireError */.it)(401, 'Unauthorized', error.message), this.#challenge(origin));
        }
        if (!target.ok)
            return refuse('Request', identity.principal, (0,errors_wire/* wireError */.it)(400, 'BadParameter', target.message));
        if (method === 'GET' && target.path === '/metrics')
            return this.#metricsFor(identity, { started, correlationId, callerIpAddress, extra: clientExtra });
        const version = (0,api_version/* checkApiVersion */.d$)(target.query);
        const lookup = this.#router.lookup(method, target.path);
        if (lookup.kind !== 'match') {
            const error = lookup.kind === 'method'
                ? (0,errors_wire/* wireError */.it)(405, 'MethodNotAllowed', `The method ${method.slice(0, 16)} is not allowed on this path.`)
                : (0,errors_wire/* wireError */.it)(404, 'NotFound', 'No operation has this path.');
            return refuse('Request', identity.principal, error);
        }
        const { route, params } = lookup.match;
        if (!version.ok && route.unversioned !== true)
            return refuse(route.operation, identity.principal, version.error);
        return { operation: route.operation, reply: await this.#run(req, route, params, {
                identity, origin, correlationId, clientRequestId, callerIpAddress, started, apiVersion: version.ok ? version.version : api_version/* LATEST_API_VERSION */._5, query: target.query, path: target.path,
            }) };
    }
    async #run(req, route, params, request) {
        const owner = this.#options.vault;
        // Whether the handler asked the vault, which then recorded the request itself.
        const state = { reached: false };
        const limit = route.maxBody ?? DEFAULT_MAX_BODY;
        const declared = Number(req.headers['content-length'] ?? NaN);
        const reserved = Number.isSafeInteger(declared) && declared >= 0 ? Math.min(declared, limit) : limit;
        if (this.#bodyBytes + reserved > (this.#options.limits?.bodyBudgetBytes ?? BODY_BUDGET_BYTES)) {
            const busy = new errors/* VaultError */.hb('Throttled', 'The server is reading as many request bodies as it allows at once: retry after a short delay.');
            await owner.record({
                operationName: route.operation, who: request.identity.principal, started: request.started, correlationId: request.correlationId,
                callerIpAddress: request.callerIpAddress, id: request.path.slice(0, 256), error: busy,
                extra: { httpStatusCode: '503', ...(request.clientRequestId === undefined ? {} : { clientRequestId: request.clientRequestId }) },
            });
            return errorReply((0,errors_wire/* wireError */.it)(503, 'ServiceUnavailable', busy.message), { 'retry-after': '1' });
        }
        this.#bodyBytes += reserved;
        try {
            const body = parseJsonBody(await readBody(req, limit));
            const ifMatch = req.headers['if-match'];
            const name = params.name;
            const precondition = route.ifMatch !== undefined && typeof ifMatch === 'string' && name !== undefined
                ? { type: route.ifMatch.type, name, ifMatch, ...(route.ifMatch.versioned && params.version !== undefined ? { version: params.version } : {}) }
                : undefined;
            const view = owner.withCaller({
                principal: request.identity.principal, authorizer: request.identity.authorizer,
                callerIpAddress: request.callerIpAddress, correlationId: request.correlationId,
                ...(request.clientRequestId === undefined ? {} : { clientRequestId: request.clientRequestId }),
                ...(precondition === undefined ? {} : { precondition }),
            });
            const access = this.#options.access;
            let roles;
            const ctx = {
                vault: calls(view, state),
                // Made only for the role routes: the vault routes, the hot path, never ask for it.
                get roles() {
                    roles ??= calls(roleAdministration({
                        identity: request.identity, vault: owner, access, correlationId: request.correlationId,
                        callerIpAddress: request.callerIpAddress, started: request.started,
                    }), state);
                    return roles;
                },
                params, query: request.query, body, origin: request.origin, apiVersion: request.apiVersion, path: request.path,
            };
            return await route.handle(ctx);
        }
        catch (error) {
            if (!state.reached) {
                await owner.record({
                    operationName: route.operation, who: request.identity.principal, started: request.started, correlationId: request.correlationId,
                    callerIpAddress: request.callerIpAddress, id: request.path.slice(0, 256), error,
                    ...(request.clientRequestId === undefined ? {} : { extra: { clientRequestId: request.clientRequestId } }),
                });
            }
            const wire = error instanceof BodyTooLargeError ? (0,errors_wire/* wireError */.it)(413, 'BadParameter', error.message) : (0,errors_wire/* errorResponse */.yj)(error);
            if (wire.status >= 500)
                this.#options.log?.(`${route.operation} failed: ${error instanceof Error ? error.name : typeof error} (${(0,errors/* isVaultError */.XQ)(error) ? error.code : 'internal'}), correlation ${request.correlationId}`);
            return errorReply(wire);
        }
        finally {
            this.#bodyBytes -= reserved;
        }
    }
}

// EXTERNAL MODULE: ./lib/server/auth/access-file.js + 1 modules
var access_file = __webpack_require__(9160);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var reflect_metadata_Reflect = __webpack_require__(477);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
// EXTERNAL MODULE: ./lib/core/pem.js
var pem = __webpack_require__(2097);
// EXTERNAL MODULE: ./lib/core/store/durable-file.js
var durable_file = __webpack_require__(9465);
;// CONCATENATED MODULE: ./lib/server/tls.js
/**
 * The server's own TLS: with no certificate given, `coffer serve` keeps a small CA in its data
 * dir and issues itself a server certificate from it, naming localhost, 127.0.0.1, ::1, the
 * listen host and any extra names. Clients trust the CA (`ca.pem`, for NODE_EXTRA_CA_CERTS),
 * never the leaf, so the leaf can be re-issued (when it nears expiry or its names change)
 * without touching any client. Keys are ECDSA P-256; files holding keys are 0600.
 */




// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs the Reflect metadata API.




x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);
const EC = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' };
const DAY_MS = 86_400_000;
const CA_DAYS = 3650;
const LEAF_DAYS = 90;
/** A leaf with less left than this is re-issued on start. */
const RENEW_BEFORE_DAYS = 30;
/** 64+ random bits, positive (the top bit clear), as RFC 5280 and the CA/B Forum ask. */
function serialNumber() {
    const bytes = (0,external_node_crypto_.randomBytes)(16);
    bytes[0] = (bytes[0] ?? 0) & 0x7f;
    return bytes.toString('hex');
}
async function pkcs8Pem(key) {
    return (0,pem/* pemBlock */.o)('PRIVATE KEY', new Uint8Array(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', key)));
}
async function importPkcs8(pem) {
    const der = Buffer.from(pem.replace(/-----[A-Z ]+-----|\s+/g, ''), 'base64');
    return external_node_crypto_.webcrypto.subtle.importKey('pkcs8', der, EC, false, ['sign']);
}
async function generateKeys() {
    return external_node_crypto_.webcrypto.subtle.generateKey(EC, true, ['sign', 'verify']);
}
async function createCa(dir, caPath) {
    const keys = await generateKeys();
    const now = Date.now();
    const cert = await x509_cjs/* X509CertificateGenerator */.Jy.createSelfSigned({
        serialNumber: serialNumber(), name: `CN=Coffer server CA ${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`,
        notBefore: new Date(now - 60_000), notAfter: new Date(now + CA_DAYS * DAY_MS), keys, signingAlgorithm: SIGNING,
        extensions: [
            new x509_cjs/* BasicConstraintsExtension */.WA(true, 0, true),
            new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.keyCertSign | x509_cjs/* KeyUsageFlags */.Ob.cRLSign, true),
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey),
        ],
    });
    (0,durable_file/* replaceFileDurably */.uK)((0,external_node_path_.join)(dir, 'ca-key.pem'), Buffer.from(await pkcs8Pem(keys.privateKey)));
    (0,durable_file/* replaceFileDurably */.uK)(caPath, Buffer.from(cert.toString('pem') + '\n'), 0o644);
    return { cert, key: keys.privateKey };
}
async function loadOrCreateCa(dir, caPath) {
    const keyPath = (0,external_node_path_.join)(dir, 'ca-key.pem');
    if (!(0,external_node_fs_.existsSync)(keyPath) || !(0,external_node_fs_.existsSync)(caPath))
        return createCa(dir, caPath);
    const cert = new x509_cjs/* X509Certificate */.yI((0,external_node_fs_.readFileSync)(caPath, 'utf8'));
    if (cert.notAfter.getTime() - Date.now() < RENEW_BEFORE_DAYS * DAY_MS)
        return createCa(dir, caPath);
    return { cert, key: await importPkcs8((0,external_node_fs_.readFileSync)(keyPath, 'utf8')) };
}
/** The names a server certificate must carry, as SAN entries. */
function serverNames(listenHost, extra) {
    const names = new Set(['localhost', '127.0.0.1', '::1', listenHost, ...extra].filter((n) => n !== '' && n !== '0.0.0.0' && n !== '::'));
    const dns = [...names].filter((n) => (0,external_node_net_.isIP)(n) === 0).sort();
    const ip = [...names].filter((n) => (0,external_node_net_.isIP)(n) !== 0).sort();
    return { dns, ip };
}
/** True if the certificate on disk names exactly `names` and has long enough left to run. */
function leafIsCurrent(certPem, caPem, names) {
    try {
        const leaf = new external_node_crypto_.X509Certificate(certPem);
        if (!leaf.checkIssued(new external_node_crypto_.X509Certificate(caPem)))
            return false;
        if (Date.parse(leaf.validTo) - Date.now() < RENEW_BEFORE_DAYS * DAY_MS)
            return false;
        const entries = (leaf.subjectAltName ?? '').split(', ').filter((e) => e !== '');
        return entries.length === names.dns.length + names.ip.length
            && names.dns.every((d) => leaf.checkHost(d, { wildcards: false }) === d)
            && names.ip.every((ip) => leaf.checkIP(ip) === ip);
    }
    catch {
        return false;
    }
}
/**
 * The certificate and key `coffer serve` listens with: the data dir's, re-issued from its CA
 * when missing, near expiry or naming other hosts.
 */
async function ensureServerTls(paths, listenHost, extraNames = []) {
    (0,external_node_fs_.mkdirSync)(paths.tls, { recursive: true, mode: 0o700 });
    const certPath = (0,external_node_path_.join)(paths.tls, 'server.pem');
    const keyPath = (0,external_node_path_.join)(paths.tls, 'server-key.pem');
    const names = serverNames(listenHost, extraNames);
    const ca = await loadOrCreateCa(paths.tls, paths.caCertificate);
    const caPem = ca.cert.toString('pem');
    if ((0,external_node_fs_.existsSync)(certPath) && (0,external_node_fs_.existsSync)(keyPath) && leafIsCurrent((0,external_node_fs_.readFileSync)(certPath, 'utf8'), caPem, names)) {
        return { cert: (0,external_node_fs_.readFileSync)(certPath, 'utf8'), key: (0,external_node_fs_.readFileSync)(keyPath, 'utf8'), caPath: paths.caCertificate, issued: false };
    }
    const keys = await generateKeys();
    const now = Date.now();
    const leaf = await x509_cjs/* X509CertificateGenerator */.Jy.create({
        serialNumber: serialNumber(), subject: `CN=${names.dns[0] ?? 'localhost'}`, issuer: ca.cert.subject,
        notBefore: new Date(now - 60_000), notAfter: new Date(now + LEAF_DAYS * DAY_MS),
        publicKey: keys.publicKey, signingKey: ca.key, signingAlgorithm: SIGNING,
        extensions: [
            new x509_cjs/* BasicConstraintsExtension */.WA(false, undefined, true),
            new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.digitalSignature, true),
            new x509_cjs/* ExtendedKeyUsageExtension */.j6([x509_cjs/* ExtendedKeyUsage */.CD.serverAuth]),
            new x509_cjs/* SubjectAlternativeNameExtension */.Wx([...names.dns.map((value) => ({ type: 'dns', value })), ...names.ip.map((value) => ({ type: 'ip', value }))]),
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey),
            await x509_cjs/* AuthorityKeyIdentifierExtension */.Z$.create(ca.cert),
        ],
    });
    const cert = `${leaf.toString('pem')}\n${caPem}\n`;
    const key = await pkcs8Pem(keys.privateKey);
    (0,durable_file/* replaceFileDurably */.uK)(keyPath, Buffer.from(key));
    (0,durable_file/* replaceFileDurably */.uK)(certPath, Buffer.from(cert), 0o644);
    return { cert, key, caPath: paths.caCertificate, issued: true };
}

;// CONCATENATED MODULE: ./lib/server/serve.js
/**
 * Starting `coffer serve`: the data dir (vault, key, access file), the TLS certificate, the
 * authenticator and the HTTPS server, put together from one settings object. The CLI command
 * parses its flags into ServeSettings and calls startServer; tests call it directly.
 */







/** `HOST:PORT`, `[::1]:PORT`, or a bare port; the port 0–65535 (0: any free port). */
function parseListen(text) {
    const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text) ?? /^()()(\d{1,5})$/.exec(text);
    const port = match === null ? NaN : Number(match[3]);
    const host = match === null ? '' : (match[1] ?? match[2] ?? '') || '127.0.0.1';
    if (match === null || port > 65535 || (match[1] !== undefined && (0,external_node_net_.isIP)(host) !== 6)) {
        throw new errors/* BadParameterError */.lh(`Invalid --listen ${(0,errors/* quote */.hD)(text)}: expected HOST:PORT, [IPv6]:PORT or PORT.`);
    }
    return { host, port };
}
async function startServer(settings) {
    const dataDir = await (0,data_dir/* openDataDir */.iq)(settings.dataDir, {
        masterKey: settings.masterKey, principal: settings.principal, create: true,
        ...(settings.store === undefined ? {} : { store: settings.store }), ...(settings.cwd === undefined ? {} : { cwd: settings.cwd }),
    });
    try {
        const extra = settings.names ?? [];
        const own = settings.tlsCertFile === undefined ? await ensureServerTls(dataDir.paths, settings.host, extra) : undefined;
        const cert = own?.cert ?? (0,external_node_fs_.readFileSync)(settings.tlsCertFile ?? '', 'utf8');
        const key = own?.key ?? (0,external_node_fs_.readFileSync)(settings.tlsKeyFile ?? '', 'utf8');
        const names = serverNames(settings.host, extra);
        const access = access_file.AccessFile.load(dataDir.paths.access, dataDir.accessMacKey);
        const server = new VaultServer({
            vault: dataDir.vault, authenticator: settings.authenticator(dataDir, access), access, cert, key, host: settings.host, port: settings.port,
            names: [...names.dns, ...names.ip], resource: settings.resource ?? 'https://localhost',
            ...(settings.log === undefined ? {} : { log: settings.log }),
            ...(settings.limits === undefined ? {} : { limits: settings.limits }),
        });
        const url = await server.listen();
        return { url, caPath: own?.caPath, dataDir, server, stop: () => server.stop() };
    }
    catch (error) {
        await dataDir.close();
        throw error;
    }
}


/***/ })

};
