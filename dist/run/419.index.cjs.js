"use strict";
exports.id = 419;
exports.ids = [419,886];
exports.modules = {

/***/ 3913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ loadEcdsa),
/* harmony export */   g: () => (/* binding */ ecdsaOf)
/* harmony export */ });
let curves;
let loading;
function loadEcdsa() {
    loading ??= (async () => {
        // One after the other: jest's module loader fails on concurrent imports that share modules.
        const nist = await Promise.all(/* import() */[__webpack_require__.e(106), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 8557));
        const k1 = await Promise.all(/* import() */[__webpack_require__.e(106), __webpack_require__.e(852)]).then(__webpack_require__.bind(__webpack_require__, 852));
        curves = { 'P-256': nist.p256, 'P-384': nist.p384, 'P-521': nist.p521, 'P-256K': k1.secp256k1 };
    })();
    return loading;
}
/** The curve's ECDSA; loadEcdsa() must have finished. */
function ecdsaOf(curve) {
    if (curves === undefined)
        throw new Error('ECDSA is not loaded: await loadEcdsa() before an EC operation.');
    return curves[curve];
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

/***/ 8419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DECRYPTION_FAILED: () => (/* binding */ DECRYPTION_FAILED),
  PreparedKey: () => (/* binding */ PreparedKey),
  PreparedKeyCache: () => (/* binding */ PreparedKeyCache),
  UNWRAP_FAILED: () => (/* binding */ UNWRAP_FAILED),
  checkKeyRequest: () => (/* binding */ checkKeyRequest),
  defaultSignatureAlgorithm: () => (/* binding */ defaultSignatureAlgorithm),
  digestLength: () => (/* binding */ digestLength),
  performKeyOperation: () => (/* binding */ performKeyOperation),
  pssEncode: () => (/* reexport */ pssEncode),
  pssVerify: () => (/* reexport */ pssVerify)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/crypto/envelope.js
var envelope = __webpack_require__(8653);
// EXTERNAL MODULE: ./lib/core/crypto/key-material.js
var key_material = __webpack_require__(2886);
// EXTERNAL MODULE: ./lib/core/crypto/key-types.js
var key_types = __webpack_require__(1774);
// EXTERNAL MODULE: ./lib/core/crypto/ecdsa.js
var ecdsa = __webpack_require__(3913);
;// CONCATENATED MODULE: ./lib/core/crypto/rsa-pss.js
/**
 * EMSA-PSS (RFC 8017 §9.1) over a given digest. node:crypto signs with PSS only messages it
 * hashes itself, so the encoding is done here and OpenSSL does the raw, blinded RSA operation
 * (see key-ops.ts). Salt length = hash length, as JWS PS* and Key Vault use. Only public data
 * (the digest, the salt, the encoded message) passes through this code.
 */

const HASH_BYTES = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };
/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with MGF1 over the same hash and a salt as long as the hash. */
function pssEncode(mHash, hash, emBits, salt) {
    const hLen = mHash.length;
    const emLen = Math.ceil(emBits / 8);
    // Step 3 (emLen >= hLen + sLen + 2) holds for every key size we accept: 256 >= 130.
    // Steps 5-6: H = Hash(0x00 x 8 || mHash || salt).
    const h = (0,external_node_crypto_.createHash)(hash).update(Buffer.alloc(8)).update(mHash).update(salt).digest();
    // Steps 7-8: DB = PS (zeros) || 0x01 || salt.
    const db = Buffer.alloc(emLen - hLen - 1);
    db[db.length - salt.length - 1] = 0x01;
    db.set(salt, db.length - salt.length);
    // Steps 9-10: maskedDB = DB xor MGF1(H).
    xorInto(db, mgf1(hash, h, db.length));
    // Step 11: clear the leftmost 8emLen - emBits bits, so that EM < n.
    db[0] = (db[0] ?? 0) & (0xff >> (8 * emLen - emBits));
    // Step 12: EM = maskedDB || H || 0xbc.
    return Buffer.concat([db, h, Buffer.of(0xbc)]);
}
/** EMSA-PSS-VERIFY (RFC 8017 §9.1.2), salt length = hash length as JWS PS* requires. */
function pssVerify(mHash, em, hash, emBits) {
    const hLen = mHash.length;
    const sLen = hLen;
    const emLen = Math.ceil(emBits / 8);
    // Steps 3-4: room for the hash and salt; the trailer byte 0xbc.
    if (em.length !== emLen || emLen < hLen + sLen + 2 || em[emLen - 1] !== 0xbc)
        return false;
    // Step 5: maskedDB || H.
    const db = Buffer.from(em.subarray(0, emLen - hLen - 1));
    const h = em.subarray(emLen - hLen - 1, emLen - 1);
    // Step 6: the bits step 11 of encoding cleared must be clear.
    const topMask = 0xff >> (8 * emLen - emBits);
    if (((db[0] ?? 0) & ~topMask & 0xff) !== 0)
        return false;
    // Steps 7-9: DB = maskedDB xor MGF1(H), leftmost bits cleared.
    xorInto(db, mgf1(hash, h, db.length));
    db[0] = (db[0] ?? 0) & topMask;
    // Step 10: DB = zeros || 0x01 || salt.
    const psLen = emLen - hLen - sLen - 2;
    if (!db.subarray(0, psLen).every((byte) => byte === 0) || db[psLen] !== 0x01)
        return false;
    // Steps 11-14: H' = Hash(0x00 x 8 || mHash || salt) must equal H.
    const expected = (0,external_node_crypto_.createHash)(hash).update(Buffer.alloc(8)).update(mHash).update(db.subarray(db.length - sLen)).digest();
    return (0,external_node_crypto_.timingSafeEqual)(expected, h);
}
/** MGF1 (RFC 8017 §B.2.1): Hash(seed || counter) block after block. */
function mgf1(hash, seed, length) {
    const blocks = [];
    const counter = Buffer.alloc(4);
    for (let i = 0; i * HASH_BYTES[hash] < length; i += 1) {
        counter.writeUInt32BE(i);
        blocks.push((0,external_node_crypto_.createHash)(hash).update(seed).update(counter).digest());
    }
    return Buffer.concat(blocks).subarray(0, length);
}
function xorInto(target, mask) {
    for (let i = 0; i < target.length; i += 1)
        target[i] = (target[i] ?? 0) ^ (mask[i] ?? 0);
}

;// CONCATENATED MODULE: ./lib/core/crypto/key-ops.js
/**
 * Key operations with Key Vault's semantics: sign and verify take a DIGEST, never the message,
 * so a pipeline hashes its artifact locally and sends 32-64 bytes. node:crypto signs only
 * messages it hashes itself, so the digest paths are built from lower-level pieces:
 * - RS*: the DigestInfo is prepended by hand and OpenSSL's private operation pads it (PKCS #1 v1.5).
 * - PS*: EMSA-PSS (RFC 8017 §9.1) is encoded here and OpenSSL does the raw, blinded RSA operation.
 * - ES*: @noble/curves signs a given digest (`prehash: false`); node cannot (nodejs/node#60263).
 * Every decryption or unwrap failure has one message, so nothing can serve as a padding oracle.
 * Synchronous on purpose: it runs on a worker thread or inline, never in between.
 */








const SIGNATURES = {
    RS256: { family: 'RS', hash: 'sha256' }, RS384: { family: 'RS', hash: 'sha384' }, RS512: { family: 'RS', hash: 'sha512' },
    PS256: { family: 'PS', hash: 'sha256' }, PS384: { family: 'PS', hash: 'sha384' }, PS512: { family: 'PS', hash: 'sha512' },
    ES256: { family: 'ES', hash: 'sha256', curve: 'P-256' }, ES384: { family: 'ES', hash: 'sha384', curve: 'P-384' },
    ES512: { family: 'ES', hash: 'sha512', curve: 'P-521' }, ES256K: { family: 'ES', hash: 'sha256', curve: 'P-256K' },
};
/** The DER DigestInfo header that EMSA-PKCS1-v1_5 puts before the digest (RFC 8017 §9.2, note 1). */
const DIGEST_INFO = {
    sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
    sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
    sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex'),
};
/** RFC 3394 §2.2.3.1 default initial value; node's id-aesNNN-wrap ciphers take it as the iv. */
const KW_IV = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
const GCM_IV_BYTES = 12;
const GCM_TAG_BYTES = 16;
const MAX_DATA_BYTES = 64 * 1024;
const DECRYPTION_FAILED = 'Decryption failed: the ciphertext is not valid for this key and algorithm.';
const UNWRAP_FAILED = 'Unwrap failed: the wrapped key is not valid for this key and algorithm.';
/** The algorithm Key Vault clients pick when none is named: PSS for RSA, the curve's own ES. */
function defaultSignatureAlgorithm(spec) {
    if (spec.kty === 'RSA')
        return 'PS256';
    const found = key_types/* SIGNATURE_ALGORITHMS */.a.find((name) => SIGNATURES[name].curve === spec.curve);
    if (spec.kty !== 'EC' || found === undefined)
        throw new errors/* BadParameterError */.lh(`A ${spec.kty} key cannot sign.`);
    return found;
}
/** The digest length an algorithm signs, in bytes: what a client must hash its message to. */
function digestLength(algorithm) {
    return HASH_BYTES[signatureInfo(algorithm).hash];
}
/** Kept beside, not inside, a PreparedKey, so that no log or JSON of one can show key bytes. */
const MATERIAL = new WeakMap();
/** A key parsed once (KeyObjects, raw bytes) for many operations. RSA and EC may hold public parts only. */
class PreparedKey {
    spec;
    constructor(spec, material) {
        this.spec = spec;
        MATERIAL.set(this, material);
    }
    static of(jwk) {
        const spec = (0,key_material.keySpecOf)(jwk);
        (0,key_material.checkKeySpec)(spec);
        if (jwk.kty === 'oct')
            return new PreparedKey(spec, { kty: 'oct', key: Buffer.from(jwk.k ?? '', 'base64url') });
        if (jwk.kty === 'RSA') {
            const privateKey = jwk.d === undefined ? undefined : (0,key_material.privateKeyObject)(jwk);
            return new PreparedKey(spec, { kty: 'RSA', bytes: (spec.size ?? 0) / 8, publicKey: (0,key_material.publicKeyObject)(jwk), privateKey });
        }
        const curve = key_material.CURVES[spec.curve ?? 'P-256'];
        const point = Buffer.concat([Buffer.of(4), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
        const secret = jwk.d === undefined ? undefined : Buffer.from(jwk.d, 'base64url');
        return new PreparedKey(spec, { kty: 'EC', curve, point, secret });
    }
    toJSON() {
        return '[PreparedKey]';
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return `PreparedKey(${this.spec.kty})`;
    }
}
/** A bounded, least-recently-used cache of prepared keys by handle id (the id changes with the material). */
class PreparedKeyCache {
    #entries = new Map();
    #max;
    constructor(max = 64) {
        this.#max = max;
    }
    get(handle) {
        const found = this.#entries.get(handle.id) ?? PreparedKey.of(handle.jwk);
        this.#entries.delete(handle.id);
        this.#entries.set(handle.id, found);
        for (const id of this.#entries.keys()) {
            if (this.#entries.size <= this.#max)
                break;
            this.#entries.delete(id);
        }
        return found;
    }
    get size() {
        return this.#entries.size;
    }
}
/** Runs one operation. The caller has checked key_ops, dates and permissions; this checks the request's shape. */
function performKeyOperation(key, request) {
    const prepared = key instanceof PreparedKey ? key : PreparedKey.of(key);
    checkKeyRequest(prepared.spec, request);
    const material = MATERIAL.get(prepared);
    if (material === undefined)
        throw new errors/* BadParameterError */.lh('The key is not a prepared key.');
    switch (request.op) {
        case 'sign': return { op: 'sign', signature: own(sign(material, request.algorithm, request.digest)) };
        case 'verify': return { op: 'verify', valid: verify(material, request.algorithm, request.digest, request.signature) };
        case 'encrypt': return encrypt(material, request);
        case 'decrypt': return { op: 'decrypt', plaintext: own(decrypt(material, request)) };
        case 'wrapKey': return { op: 'wrapKey', wrapped: own(wrap(material, request.algorithm, request.key)) };
        case 'unwrapKey': return { op: 'unwrapKey', key: own(unwrap(material, request.algorithm, request.wrapped)) };
    }
}
/**
 * Refuses a request that cannot fit the key: an algorithm for another key type, curve or size,
 * a digest of the wrong length, a bad GCM iv or tag, an input out of bounds. Cheap and pure, so
 * the Vault can call it before it queues work.
 */
function checkKeyRequest(spec, request) {
    const op = request.op;
    switch (request.op) {
        case 'sign':
        case 'verify':
            checkSignature(spec, request.algorithm, request.digest);
            return;
        case 'encrypt':
        case 'decrypt':
            if (!key_types/* ENCRYPTION_ALGORITHMS */.tl.includes(request.algorithm))
                throw unsupported('encryption', request.algorithm, key_types/* ENCRYPTION_ALGORITHMS */.tl);
            if (request.algorithm.startsWith('RSA'))
                checkRsaData(spec, request);
            else
                checkGcm(spec, request);
            return;
        case 'wrapKey':
        case 'unwrapKey':
            if (!key_types/* KEY_WRAP_ALGORITHMS */.kx.includes(request.algorithm))
                throw unsupported('key wrap', request.algorithm, key_types/* KEY_WRAP_ALGORITHMS */.kx);
            if (request.algorithm.startsWith('RSA'))
                checkRsaData(spec, request);
            else
                checkKw(spec, request);
            return;
        default: throw new errors/* BadParameterError */.lh(`Unsupported key operation ${(0,errors/* quote */.hD)(op)}: expected sign, verify, encrypt, decrypt, wrapKey or unwrapKey.`);
    }
}
function checkSignature(spec, algorithm, digest) {
    const info = signatureInfo(algorithm);
    if (info.family === 'ES' && (spec.kty !== 'EC' || spec.curve !== info.curve)) {
        throw new errors/* BadParameterError */.lh(`Algorithm ${algorithm} needs a ${info.curve ?? ''} EC key, not ${describe(spec)}.`);
    }
    if (info.family !== 'ES' && spec.kty !== 'RSA')
        throw new errors/* BadParameterError */.lh(`Algorithm ${algorithm} needs an RSA key, not ${describe(spec)}.`);
    const expected = HASH_BYTES[info.hash];
    if (digest.length !== expected) {
        throw new errors/* BadParameterError */.lh(`The digest for ${algorithm} must be ${expected} bytes (${info.hash.toUpperCase()}), got ${digest.length}.`);
    }
}
function checkRsaData(spec, request) {
    if (spec.kty !== 'RSA')
        throw new errors/* BadParameterError */.lh(`Algorithm ${request.algorithm} needs an RSA key, not ${describe(spec)}.`);
    const gcmParts = request.op === 'encrypt' ? [request.aad] : request.op === 'decrypt' ? [request.iv, request.aad, request.tag] : [];
    if (gcmParts.some((part) => part !== undefined)) {
        throw new errors/* BadParameterError */.lh(`Algorithm ${request.algorithm} takes no iv, aad or tag: those belong to AES-GCM.`);
    }
    const bytes = (spec.size ?? 0) / 8;
    const input = inputOf(request);
    if (request.op === 'encrypt' || request.op === 'wrapKey') {
        // RFC 8017 §7.1.1 step 1.b: mLen <= k - 2hLen - 2.
        const max = bytes - 2 * HASH_BYTES[oaepHash(request.algorithm)] - 2;
        if (input.length > max)
            throw new errors/* BadParameterError */.lh(`${request.algorithm} with a ${spec.size ?? 0}-bit key takes at most ${max} bytes, got ${input.length}.`);
    }
    else if (input.length !== bytes) {
        throw new errors/* BadParameterError */.lh(`${request.algorithm} ciphertext for a ${spec.size ?? 0}-bit key must be ${bytes} bytes, got ${input.length}.`);
    }
}
function checkGcm(spec, request) {
    checkAesSize(spec, request.algorithm);
    const input = inputOf(request);
    if (input.length > MAX_DATA_BYTES)
        throw new errors/* BadParameterError */.lh(`${request.algorithm} takes at most ${MAX_DATA_BYTES} bytes, got ${input.length}.`);
    if ((request.aad?.length ?? 0) > MAX_DATA_BYTES)
        throw new errors/* BadParameterError */.lh(`The aad takes at most ${MAX_DATA_BYTES} bytes.`);
    if (request.op === 'encrypt')
        return;
    if (request.iv?.length !== GCM_IV_BYTES)
        throw new errors/* BadParameterError */.lh(`${request.algorithm} decryption needs the ${GCM_IV_BYTES}-byte iv, got ${request.iv?.length ?? 'none'}.`);
    if (request.tag?.length !== GCM_TAG_BYTES)
        throw new errors/* BadParameterError */.lh(`${request.algorithm} decryption needs the ${GCM_TAG_BYTES}-byte tag, got ${request.tag?.length ?? 'none'}.`);
}
function checkKw(spec, request) {
    checkAesSize(spec, request.algorithm);
    const input = inputOf(request);
    // RFC 3394 §2: at least two 64-bit blocks to wrap; the wrapped form adds one block.
    const min = request.op === 'wrapKey' ? 16 : 24;
    if (input.length % 8 !== 0 || input.length < min || input.length > MAX_DATA_BYTES) {
        throw new errors/* BadParameterError */.lh(`${request.algorithm} ${request.op === 'wrapKey' ? 'wraps a key' : 'unwraps a wrapped key'} of a multiple of 8 bytes from ${min} to ${MAX_DATA_BYTES}, got ${input.length}.`);
    }
}
function checkAesSize(spec, algorithm) {
    const bits = Number(algorithm.slice(1, 4));
    if (spec.kty !== 'oct' || spec.size !== bits)
        throw new errors/* BadParameterError */.lh(`Algorithm ${algorithm} needs a ${bits}-bit oct key, not ${describe(spec)}.`);
}
function sign(material, algorithm, digest) {
    const info = SIGNATURES[algorithm];
    if (material.kty === 'EC') {
        if (material.secret === undefined)
            throw noPrivateKey();
        // secp256k1 signers conventionally emit low-S (BIP 62); on NIST curves plain ECDSA, as OpenSSL does.
        return (0,ecdsa/* ecdsaOf */.g)(material.curve.name).sign(digest, material.secret, { prehash: false, lowS: info.curve === 'P-256K', format: 'compact' });
    }
    if (material.kty !== 'RSA')
        throw noPrivateKey();
    const key = material.privateKey;
    if (key === undefined)
        throw noPrivateKey();
    if (info.family === 'RS') {
        return (0,external_node_crypto_.privateEncrypt)({ key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, Buffer.concat([DIGEST_INFO[info.hash] ?? Buffer.alloc(0), digest]));
    }
    const emBits = material.bytes * 8 - 1;
    const em = pssEncode(digest, info.hash, emBits, (0,external_node_crypto_.randomBytes)(HASH_BYTES[info.hash]));
    return (0,external_node_crypto_.privateEncrypt)({ key, padding: external_node_crypto_.constants.RSA_NO_PADDING }, Buffer.concat([Buffer.alloc(material.bytes - em.length), em]));
}
/** Any malformed signature is simply not valid: verify answers, it never throws for the signature. */
function verify(material, algorithm, digest, signature) {
    const info = SIGNATURES[algorithm];
    try {
        if (material.kty === 'EC') {
            if (signature.length !== 2 * material.curve.bytes)
                return false;
            // OpenSSL and most HSMs emit high-S half the time; those signatures are valid ECDSA.
            return (0,ecdsa/* ecdsaOf */.g)(material.curve.name).verify(signature, digest, material.point, { prehash: false, lowS: false, format: 'compact' });
        }
        if (material.kty !== 'RSA' || signature.length !== material.bytes)
            return false;
        if (info.family === 'RS') {
            const decoded = (0,external_node_crypto_.publicDecrypt)({ key: material.publicKey, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, signature);
            return (0,envelope/* constantTimeEqual */.S)(decoded, Buffer.concat([DIGEST_INFO[info.hash] ?? Buffer.alloc(0), digest]));
        }
        const m = (0,external_node_crypto_.publicDecrypt)({ key: material.publicKey, padding: external_node_crypto_.constants.RSA_NO_PADDING }, signature);
        const emBits = material.bytes * 8 - 1;
        const emLen = Math.ceil(emBits / 8);
        return m.subarray(0, m.length - emLen).every((byte) => byte === 0) && pssVerify(digest, m.subarray(m.length - emLen), info.hash, emBits);
    }
    catch {
        return false;
    }
}
function encrypt(material, request) {
    if (material.kty === 'RSA') {
        const padding = external_node_crypto_.constants.RSA_PKCS1_OAEP_PADDING;
        return { op: 'encrypt', ciphertext: own((0,external_node_crypto_.publicEncrypt)({ key: material.publicKey, padding, oaepHash: oaepHash(request.algorithm) }, request.plaintext)) };
    }
    if (material.kty !== 'oct')
        throw new errors/* BadParameterError */.lh('Encryption needs an RSA or oct key.');
    // Always a fresh random iv: one repeated under a key exposes the key stream (NIST SP 800-38D §8),
    // so no caller chooses it. 2^32 encryptions per key stay within the random-iv bound.
    const iv = (0,external_node_crypto_.randomBytes)(GCM_IV_BYTES);
    const cipher = (0,external_node_crypto_.createCipheriv)(gcmName(material.key), material.key, iv, { authTagLength: GCM_TAG_BYTES });
    if (request.aad !== undefined)
        cipher.setAAD(request.aad);
    const ciphertext = Buffer.concat([cipher.update(request.plaintext), cipher.final()]);
    return { op: 'encrypt', ciphertext: own(ciphertext), iv: own(iv), tag: own(cipher.getAuthTag()) };
}
function decrypt(material, request) {
    try {
        if (material.kty === 'RSA') {
            const key = material.privateKey;
            if (key === undefined)
                throw noPrivateKey();
            return (0,external_node_crypto_.privateDecrypt)({ key, padding: external_node_crypto_.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: oaepHash(request.algorithm) }, request.ciphertext);
        }
        if (material.kty !== 'oct')
            throw noPrivateKey();
        const decipher = (0,external_node_crypto_.createDecipheriv)(gcmName(material.key), material.key, request.iv ?? Buffer.alloc(0), { authTagLength: GCM_TAG_BYTES });
        decipher.setAuthTag(request.tag ?? Buffer.alloc(0));
        if (request.aad !== undefined)
            decipher.setAAD(request.aad);
        return Buffer.concat([decipher.update(request.ciphertext), decipher.final()]);
    }
    catch (error) {
        if (error instanceof errors/* BadParameterError */.lh)
            throw error;
        throw new errors/* BadParameterError */.lh(DECRYPTION_FAILED);
    }
}
function wrap(material, algorithm, key) {
    if (material.kty === 'RSA')
        return (0,external_node_crypto_.publicEncrypt)({ key: material.publicKey, padding: external_node_crypto_.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: oaepHash(algorithm) }, key);
    if (material.kty !== 'oct')
        throw new errors/* BadParameterError */.lh('Wrapping needs an RSA or oct key.');
    const cipher = (0,external_node_crypto_.createCipheriv)(`id-aes${material.key.length * 8}-wrap`, material.key, KW_IV);
    return Buffer.concat([cipher.update(key), cipher.final()]);
}
function unwrap(material, algorithm, wrapped) {
    try {
        if (material.kty === 'RSA') {
            const key = material.privateKey;
            if (key === undefined)
                throw noPrivateKey();
            return (0,external_node_crypto_.privateDecrypt)({ key, padding: external_node_crypto_.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: oaepHash(algorithm) }, wrapped);
        }
        if (material.kty !== 'oct')
            throw noPrivateKey();
        const decipher = (0,external_node_crypto_.createDecipheriv)(`id-aes${material.key.length * 8}-wrap`, material.key, KW_IV);
        return Buffer.concat([decipher.update(wrapped), decipher.final()]);
    }
    catch (error) {
        if (error instanceof errors/* BadParameterError */.lh)
            throw error;
        throw new errors/* BadParameterError */.lh(UNWRAP_FAILED);
    }
}
function signatureInfo(algorithm) {
    if (!Object.hasOwn(SIGNATURES, algorithm))
        throw unsupported('signature', algorithm, key_types/* SIGNATURE_ALGORITHMS */.a);
    return SIGNATURES[algorithm];
}
function gcmName(key) {
    return `aes-${key.length * 8}-gcm`;
}
function oaepHash(algorithm) {
    return algorithm === 'RSA-OAEP-256' ? 'sha256' : 'sha1';
}
function inputOf(request) {
    switch (request.op) {
        case 'encrypt': return request.plaintext;
        case 'decrypt': return request.ciphertext;
        case 'wrapKey': return request.key;
        case 'unwrapKey': return request.wrapped;
        default: return request.digest;
    }
}
/**
 * A copy in its own ArrayBuffer: small Buffers share node's 8 KiB pool, and posting a view to
 * another thread would copy the whole pool, other keys' bytes included.
 */
function own(bytes) {
    return new Uint8Array(bytes);
}
function describe(spec) {
    if (spec.kty === 'EC')
        return `a ${spec.curve ?? ''} EC key`;
    return `a ${spec.size ?? 0}-bit ${spec.kty} key`;
}
function noPrivateKey() {
    return new errors/* BadParameterError */.lh('The key holds only public parts: it can verify, encrypt and wrap, not sign, decrypt or unwrap.');
}
function unsupported(kind, algorithm, expected) {
    return new errors/* BadParameterError */.lh(`Unsupported ${kind} algorithm ${(0,errors/* quote */.hD)(algorithm)}: expected ${expected.join(', ')}.`);
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


/***/ })

};
;