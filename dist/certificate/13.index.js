export const id = 13;
export const ids = [13];
export const modules = {

/***/ 6013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_CERTIFICATE_FILE: () => (/* binding */ MAX_CERTIFICATE_FILE),
  certificatePem: () => (/* binding */ certificatePem),
  partsToPem: () => (/* binding */ partsToPem),
  partsToPkcs12: () => (/* binding */ partsToPkcs12),
  readCertificateData: () => (/* binding */ readCertificateData),
  secretPrivateKey: () => (/* binding */ secretPrivateKey),
  secretToParts: () => (/* binding */ secretToParts)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/asn1js/build/index.js
var build = __webpack_require__(4549);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/index.js
var lib = __webpack_require__(8542);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/core/pem.js
/** PEM text (RFC 7468): one labelled block of base64 in 64-character lines. No dependencies, so any adapter may load it at start-up. */
function pemBlock(label, der) {
    const lines = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

// EXTERNAL MODULE: ./lib/core/certificates/model.js
var model = __webpack_require__(2697);
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
    if (contentType === model/* PEM_CONTENT_TYPE */.qc || looksLikePem(value))
        return readPem(value, undefined);
    return readPkcs12(Buffer.from(value, 'base64'), '');
}
/**
 * The private key in a certificate's managed secret, checked to belong to the certificate (DER);
 * undefined when the secret holds none (a policy that is not exportable, or an import without a key).
 */
function secretPrivateKey(value, contentType, certificate, label) {
    const { privateKey } = secretToParts(value, contentType);
    if (privateKey !== undefined && !new external_node_crypto_.X509Certificate(Buffer.from(certificate)).checkPrivateKey(privateKey)) {
        throw new errors/* IntegrityError */.cs(`${label}: the private key in its managed secret does not belong to the certificate.`);
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


/***/ })

};
