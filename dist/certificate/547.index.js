export const id = 547;
export const ids = [547,886];
export const modules = {

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
