#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:process"
const external_node_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
;// CONCATENATED MODULE: external "node:tty"
const external_node_tty_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");
;// CONCATENATED MODULE: ./lib/cli/io.js
/**
 * The CLI's side effects behind one interface, so that run() can be driven by tests with
 * strings and a fixed clock, and by main.ts with the real process.
 */


async function readProcessStdin(maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of external_node_process_namespaceObject.stdin) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), 'utf8');
        chunks.push(buffer);
        size += buffer.length;
        if (size > maxBytes)
            break;
    }
    return Buffer.concat(chunks);
}
/** The real process's I/O. */
function processIo() {
    return {
        env: process.env,
        cwd: process.cwd(),
        stdoutIsTTY: (0,external_node_tty_namespaceObject.isatty)(1),
        stdinIsTTY: (0,external_node_tty_namespaceObject.isatty)(0),
        readStdin: readProcessStdin,
        writeOut: (text) => process.stdout.write(text),
        writeErr: (text) => process.stderr.write(text),
        now: () => new Date(),
    };
}

;// CONCATENATED MODULE: ./lib/core/errors.js
/**
 * One error hierarchy for the whole vault. Every error carries a stable `code` that adapters
 * map to their own surface (HTTP status and Key Vault error body, CLI exit code, action
 * failure) without parsing messages. Messages quote the bad input — never a secret value.
 */
class VaultError extends Error {
    code;
    innerCode;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'VaultError';
        this.code = code;
        this.innerCode = options?.innerCode;
    }
}
/** Input that fails validation; nothing has been changed when this is thrown. */
class BadParameterError extends VaultError {
    constructor(message) {
        super('BadParameter', message);
        this.name = 'BadParameterError';
    }
}
/** The stored data failed an authenticity check: a flipped byte, a moved or missing record. */
class IntegrityError extends VaultError {
    constructor(message, cause) {
        super('IntegrityError', message, { cause });
        this.name = 'IntegrityError';
    }
}
/** True for errors that carry one of our codes. */
function isVaultError(error) {
    return error instanceof VaultError;
}
/** Quotes user input for an error message, bounded so that a huge input cannot flood a log. */
function quote(input, max = 64) {
    const shown = input.length > max ? `${input.slice(0, max)}…` : input;
    return `'${shown.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./lib/cli/cli-error.js
/**
 * The CLI's own failures, apart from the vault's. A UsageError means the command line itself
 * was wrong (exit 2, with a usage hint); a CliError means a well-formed command failed (exit 1).
 * Both messages are built here from option names, paths and sizes — never from a value.
 */
/** A well-formed command that could not be carried out: exit 1, one line on stderr. */
class CliError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.name = 'CliError';
        this.code = code;
    }
}
/**
 * A malformed command line: exit 2. `command` names the command whose synopsis the hint
 * shows (`secret set`), or is undefined for the top level.
 */
class UsageError extends Error {
    command;
    constructor(message, command) {
        super(message);
        this.name = 'UsageError';
        this.command = command;
    }
}
/** The errno code of a failed system call, if it has one (`ENOENT`, `EACCES`…). */
function errnoOf(error) {
    const code = error?.code;
    return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

;// CONCATENATED MODULE: ./lib/cli/args.js
/**
 * Command-line parsing: node:util parseArgs for the tokens, then our own strict checks, so that
 * a usage error names only the option at fault. Node's strict-mode messages echo the raw
 * argument, and an argument can be a secret (`--valeu=hunter2`, or a value typed as an extra
 * positional): our messages quote the values of dates, tags and numbers we know the meaning
 * of, and otherwise only option names and counts.
 */



/** A parsed command line: checked against its command's options and positional count. */
class Args {
    #values;
    positionals;
    constructor(values, positionals) {
        this.#values = values;
        this.positionals = positionals;
    }
    /** A string option's value, if it was given. */
    string(name) {
        const value = this.#values.get(name);
        return typeof value === 'string' ? value : undefined;
    }
    /** Whether a boolean option was given. */
    flag(name) {
        return this.#values.get(name) === true;
    }
    /** A repeatable option's values, in order. */
    strings(name) {
        const value = this.#values.get(name);
        return Array.isArray(value) ? value : [];
    }
    /** The i-th positional; parseCommandLine has checked that it exists. */
    positional(index) {
        const value = this.positionals[index];
        if (value === undefined)
            throw new Error(`Args.positional: no argument ${index}`);
        return value;
    }
}
function recordOption(values, spec, name, value, command) {
    if (spec.multiple === true) {
        const list = values.get(name);
        values.set(name, [...(Array.isArray(list) ? list : []), String(value)]);
        return;
    }
    if (values.has(name))
        throw new UsageError(`--${name} was given more than once.`, command);
    values.set(name, value);
}
/**
 * Parses `argv` (the words after the command's name) against `options` and exactly
 * `positionals.length` positional arguments. Throws UsageError naming what is wrong.
 */
function parseCommandLine(argv, options, positionals, command) {
    const { tokens } = (0,external_node_util_namespaceObject.parseArgs)({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
    const values = new Map();
    const found = [];
    for (const token of tokens) {
        if (token.kind === 'positional')
            found.push(token.value);
        if (token.kind !== 'option')
            continue;
        const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
        if (spec === undefined)
            throw new UsageError(`Unknown option ${token.rawName} for 'coffer ${command}'.`, command);
        if (spec.type === 'boolean' && token.value !== undefined)
            throw new UsageError(`${token.rawName} takes no value.`, command);
        if (spec.type === 'string' && token.value === undefined)
            throw new UsageError(`${token.rawName} needs a value.`, command);
        recordOption(values, spec, token.name, token.value ?? true, command);
    }
    if (found.length !== positionals.length)
        throw new UsageError(positionalProblem(command, positionals, found.length), command);
    return new Args(values, found);
}
/** Counts only: an unexpected positional may be a value typed in the wrong place. */
function positionalProblem(command, expected, got) {
    if (expected.length === 0)
        return `'coffer ${command}' takes no arguments; got ${got}.`;
    const names = expected.join(' ');
    if (got < expected.length)
        return `'coffer ${command}' needs ${names}.`;
    const hint = command === 'secret set' ? ' Give the value with --file, on stdin, or with --value.' : '';
    return `'coffer ${command}' takes ${expected.length} argument${expected.length === 1 ? '' : 's'} (${names}); got ${got}.${hint}`;
}
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
/**
 * Dates on the command line are ISO 8601: a date (midnight UTC) or a date and time with `Z`
 * or an offset. A time without a zone is refused — it would mean the machine's local time,
 * which differs between a laptop and a runner — and so is a day the calendar lacks.
 */
function parseIsoDate(text, option, command) {
    const match = ISO_DATE.exec(text);
    const [year, month, day] = match === null ? [0, 0, 0] : [Number(match[1]), Number(match[2]), Number(match[3])];
    const calendar = new Date(Date.UTC(year, month - 1, day));
    const date = new Date(Date.parse(text));
    if (match === null || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || Number.isNaN(date.getTime())) {
        throw new UsageError(`Invalid ${option} ${quote(text)}: expected an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (a time needs Z or an offset).`, command);
    }
    return date;
}
/** `--tag K=V`, repeated; the first `=` separates name from value, so a value may contain `=`. */
function parseTags(items, command) {
    // No prototype: a tag named __proto__ is a tag like any other, not a setter.
    const tags = Object.create(null);
    for (const item of items) {
        const at = item.indexOf('=');
        if (at <= 0)
            throw new UsageError(`Invalid --tag ${quote(item)}: expected NAME=VALUE.`, command);
        const name = item.slice(0, at);
        if (Object.hasOwn(tags, name))
            throw new UsageError(`--tag ${quote(name)} was given more than once.`, command);
        tags[name] = item.slice(at + 1);
    }
    return tags;
}
/** `true` or `false`, exactly: `--enabled yes` is more likely a typo than an intent. */
function parseBoolean(text, option, command) {
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    throw new UsageError(`Invalid ${option} ${quote(text)}: expected true or false.`, command);
}
/** A whole number from `min` to `max`, written in plain decimal digits. */
function parseInteger(text, option, range, command) {
    const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
    if (!(value >= range.min && value <= range.max)) {
        const expected = range.max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${range.min}` : `a whole number from ${range.min} to ${range.max}`;
        throw new UsageError(`Invalid ${option} ${quote(text)}: expected ${expected}.`, command);
    }
    return value;
}

;// CONCATENATED MODULE: ./lib/cli/command.js
/** Options every command accepts. */
const COMMON_OPTIONS = {
    vault: { type: 'string' },
    'key-file': { type: 'string' },
    help: { type: 'boolean' },
};

;// CONCATENATED MODULE: ./lib/core/model.js
/**
 * Domain shapes, after the Azure SDK's public models (camelCase, Date), not the wire format
 * (snake_case, Unix seconds), which lives in src/protocol.
 */
/** Validity of a version at a given moment, for callers that warn about or refuse dates. */
function validityAt(properties, now) {
    if (properties.expiresOn !== undefined && properties.expiresOn.getTime() <= now.getTime())
        return 'expired';
    if (properties.notBefore !== undefined && properties.notBefore.getTime() > now.getTime())
        return 'not-yet-valid';
    return 'valid';
}

;// CONCATENATED MODULE: ./lib/cli/format.js

const isoOrNull = (date) => (date === undefined ? null : date.toISOString());
/** Properties in the documented shape and order. */
function propertiesJson(p) {
    return {
        name: p.name,
        version: p.version,
        enabled: p.enabled,
        notBefore: isoOrNull(p.notBefore),
        expiresOn: isoOrNull(p.expiresOn),
        createdOn: p.createdOn.toISOString(),
        updatedOn: p.updatedOn.toISOString(),
        contentType: p.contentType ?? null,
        tags: { ...p.tags },
        managed: p.managed,
        recoverableDays: p.recoverableDays,
        recoveryLevel: p.recoveryLevel,
    };
}
/** `secret get --json`: name, version, the value, then the remaining properties. */
function bundleJson(secret) {
    const { name, version, ...rest } = propertiesJson(secret.properties);
    return { name, version, value: secret.value, ...rest };
}
function deletedJson(deleted) {
    return {
        ...propertiesJson(deleted.properties),
        deletedOn: deleted.deletedOn.toISOString(),
        scheduledPurgeDate: deleted.scheduledPurgeDate.toISOString(),
    };
}
/** Pretty JSON (two spaces) and a final newline, for one object or a list. */
function renderJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/** Rows as columns two spaces apart, each as wide as its widest cell; no trailing spaces. */
function renderTable(header, rows) {
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
    const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
    return [header, ...rows].map(line).join('\n') + '\n';
}
/** An expiry as the tables show it: `-` if none, marked when it has passed. */
function expiryCell(expiresOn, now) {
    if (expiresOn === undefined)
        return '-';
    return expiresOn.getTime() <= now.getTime() ? `${expiresOn.toISOString()} (expired)` : expiresOn.toISOString();
}
const propertyCells = (p, now) => [p.name, p.version, String(p.enabled), expiryCell(p.expiresOn, now), p.updatedOn.toISOString()];
const PROPERTY_HEADER = ['NAME', 'VERSION', 'ENABLED', 'EXPIRES', 'UPDATED'];
/** `secret list` and `secret versions` as text. */
function propertiesTable(list, now, empty) {
    if (list.length === 0)
        return `${empty}\n`;
    return renderTable(PROPERTY_HEADER, list.map((p) => propertyCells(p, now)));
}
/** `secret deleted` as text. */
function deletedTable(list, now) {
    if (list.length === 0)
        return 'No deleted secrets.\n';
    return renderTable([...PROPERTY_HEADER, 'DELETED', 'PURGE'], list.map((d) => [...propertyCells(d.properties, now), d.deletedOn.toISOString(), d.scheduledPurgeDate.toISOString()]));
}
/** One audit record as a text line: time, seq, operation, result, who, object. */
function auditLine(record) {
    const cell = (value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '-');
    const name = record.identity?.claim?.name;
    const id = record.properties?.id;
    return [record.time, record.seq, record.operationName, record.resultSignature, name, id].map(cell).join('  ');
}
/** A one-line account of a version's dates, for warnings when `secret get` serves it anyway. */
function validityWarning(p, now) {
    switch (validityAt(p, now)) {
        case 'expired': return `Secret '${p.name}' version ${p.version} expired on ${p.expiresOn?.toISOString() ?? ''}.`;
        case 'not-yet-valid': return `Secret '${p.name}' version ${p.version} is not valid before ${p.notBefore?.toISOString() ?? ''}.`;
        case 'valid': return undefined;
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./lib/core/crypto/envelope.js
/**
 * Envelope encryption. A random 256-bit data key does the work; the master key only wraps it,
 * so changing the master key (`coffer rekey`) re-wraps 60 bytes instead of re-sealing every
 * value. Sub-keys for the file MAC and the audit chain are derived from the data key with
 * HKDF-SHA256, so they survive a rekey and old audit records stay verifiable.
 *
 * Each sealed value gets its own AES-256-GCM key, derived with HKDF from the data key and a
 * random 96-bit salt stored beside it. Random GCM nonces under one key are safe for only 2^32
 * messages (NIST SP 800-38D §8.3); a per-value key lifts that bound from the vault's lifetime.
 */


const DATA_KEY_BYTES = 32;
const SALT_BYTES = 12;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
function gcmSeal(key, nonce, aad, plaintext) {
    const cipher = (0,external_node_crypto_namespaceObject.createCipheriv)('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}
/** Returns undefined when authentication fails; callers decide which error that is. */
function gcmOpen(key, nonce, aad, sealed) {
    if (sealed.length < TAG_BYTES)
        return undefined;
    const decipher = (0,external_node_crypto_namespaceObject.createDecipheriv)('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
        return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    }
    catch {
        return undefined;
    }
}
function encodeContext(context) {
    // A JSON array is an unambiguous encoding: ["a","bc"] and ["ab","c"] differ.
    return Buffer.from(JSON.stringify(context), 'utf8');
}
function derive(dataKey, salt, info) {
    return Buffer.from((0,external_node_crypto_namespaceObject.hkdfSync)('sha256', dataKey, salt, info, 32));
}
/** The unwrapped data key and what is derived from it. Lives only in memory. */
class VaultKeys {
    #dataKey;
    #macKey;
    #auditKey;
    #random;
    constructor(dataKey, random) {
        this.#dataKey = dataKey;
        this.#macKey = derive(dataKey, Buffer.alloc(0), 'coffer/store-mac/v1');
        this.#auditKey = derive(dataKey, Buffer.alloc(0), 'coffer/audit-chain/v1');
        this.#random = random;
    }
    static generate(random = external_node_crypto_namespaceObject.randomBytes) {
        return new VaultKeys(Buffer.from(random(DATA_KEY_BYTES)), random);
    }
    /**
     * Unwraps a data key. A wrong master key and a damaged wrapping look the same to GCM, so the
     * key fingerprint tells them apart: a matching fingerprint with a failed unwrap is damage.
     */
    static unwrap(wrapped, master, expectedKeyId, context, random = external_node_crypto_namespaceObject.randomBytes) {
        const bytes = Buffer.from(wrapped, 'base64');
        const dataKey = bytes.length === NONCE_BYTES + DATA_KEY_BYTES + TAG_BYTES
            ? gcmOpen(master.bytes, bytes.subarray(0, NONCE_BYTES), encodeContext(['wrap', ...context]), bytes.subarray(NONCE_BYTES))
            : undefined;
        if (dataKey !== undefined)
            return new VaultKeys(dataKey, random);
        if (master.id !== expectedKeyId) {
            throw new VaultError('KeyMismatch', `The master key (id ${master.id}) does not open this vault: it was sealed with key id ${expectedKeyId}.`);
        }
        throw new IntegrityError('The vault\'s wrapped data key failed authentication: the vault was modified outside Coffer.');
    }
    /** Wraps the data key under a master key, bound to the vault it belongs to. */
    wrap(master, context) {
        const nonce = this.#random(NONCE_BYTES);
        return Buffer.concat([nonce, gcmSeal(master.bytes, nonce, encodeContext(['wrap', ...context]), this.#dataKey)]).toString('base64');
    }
    /** Seals plaintext under a fresh per-value key; the result is base64 of salt‖nonce‖ciphertext‖tag. */
    seal(context, plaintext) {
        const head = this.#random(SALT_BYTES + NONCE_BYTES);
        const key = derive(this.#dataKey, head.subarray(0, SALT_BYTES), 'coffer/seal/v1');
        return Buffer.concat([head, gcmSeal(key, head.subarray(SALT_BYTES), encodeContext(context), plaintext)]).toString('base64');
    }
    /** Opens a sealed value, or throws IntegrityError if it was altered or moved to another record. */
    unseal(context, sealed) {
        const bytes = Buffer.from(sealed, 'base64');
        const head = SALT_BYTES + NONCE_BYTES;
        const key = derive(this.#dataKey, bytes.subarray(0, SALT_BYTES), 'coffer/seal/v1');
        const plaintext = bytes.length >= head + TAG_BYTES
            ? gcmOpen(key, bytes.subarray(SALT_BYTES, head), encodeContext(context), bytes.subarray(head))
            : undefined;
        if (plaintext === undefined) {
            throw new IntegrityError(`Sealed data for ${context.slice(1).join('/')} failed authentication: it was altered or moved from another record.`);
        }
        return plaintext;
    }
    /** HMAC-SHA256 for the store's own integrity (the file MAC). */
    mac(data) {
        return (0,external_node_crypto_namespaceObject.createHmac)('sha256', this.#macKey).update(data).digest();
    }
    /** HMAC-SHA256 for the audit chain; keyed, so nobody without the vault key can re-forge a chain. */
    auditMac(data) {
        return (0,external_node_crypto_namespaceObject.createHmac)('sha256', this.#auditKey).update(data, 'utf8').digest('hex');
    }
    toJSON() {
        return '[VaultKeys]';
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return 'VaultKeys([sealed])';
    }
}
/** Constant-time equality for MACs and tokens; unequal lengths are unequal without a timing leak on content. */
function constantTimeEqual(a, b) {
    return a.length === b.length && (0,external_node_crypto_namespaceObject.timingSafeEqual)(a, b);
}

;// CONCATENATED MODULE: ./lib/core/names.js
/**
 * Validation of everything a caller names or attaches, with Azure Key Vault's limits. Each
 * function either returns the input (normalised where Azure normalises) or throws a
 * BadParameterError that quotes the bad input and says what was expected. Values are never
 * quoted: only their sizes are.
 */

const NAME = /^[0-9a-zA-Z-]{1,127}$/;
const VERSION = /^[0-9a-f]{32}$/;
const LIMITS = {
    nameLength: 127,
    secretValueBytes: 25 * 1024,
    contentTypeLength: 255,
    tagCount: 15,
    tagLength: 256,
    minRecoverableDays: 7,
    maxRecoverableDays: 90,
    defaultRecoverableDays: 90,
};
/** Checks an object name; names are compared case-insensitively, so use nameKey() for lookups. */
function validateName(name, what = 'secret') {
    if (typeof name !== 'string' || !NAME.test(name)) {
        throw new BadParameterError(`Invalid ${what} name ${quote(String(name))}: expected 1-127 of 0-9, a-z, A-Z, '-'.`);
    }
    return name;
}
/** The key under which a name is stored and compared: Azure names are case-insensitive. */
function nameKey(name) {
    return name.toLowerCase();
}
function validateVersion(version) {
    if (typeof version !== 'string' || !VERSION.test(version)) {
        throw new BadParameterError(`Invalid version ${quote(String(version))}: expected 32 lowercase hexadecimal characters.`);
    }
    return version;
}
/** Bounds a secret value by its UTF-8 size; the message gives sizes only. */
function validateSecretValue(value) {
    if (typeof value !== 'string')
        throw new BadParameterError('Invalid secret value: expected a string.');
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > LIMITS.secretValueBytes) {
        throw new BadParameterError(`Secret value is ${bytes} bytes: the limit is ${LIMITS.secretValueBytes} bytes (25 KiB).`);
    }
    return value;
}
function validateContentType(contentType) {
    if (typeof contentType !== 'string' || contentType.length > LIMITS.contentTypeLength) {
        throw new BadParameterError(`Invalid content type ${quote(String(contentType))}: expected at most ${LIMITS.contentTypeLength} characters.`);
    }
    return contentType;
}
function validateTags(tags) {
    if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) {
        throw new BadParameterError('Invalid tags: expected an object of name to value.');
    }
    const entries = Object.entries(tags);
    if (entries.length > LIMITS.tagCount) {
        throw new BadParameterError(`Too many tags (${entries.length}): at most ${LIMITS.tagCount} are allowed.`);
    }
    const clean = [];
    for (const [key, value] of entries) {
        if (key.length === 0 || key.length > LIMITS.tagLength) {
            throw new BadParameterError(`Invalid tag name ${quote(key)}: expected 1-${LIMITS.tagLength} characters.`);
        }
        if (typeof value !== 'string' || value.length > LIMITS.tagLength) {
            throw new BadParameterError(`Invalid value for tag ${quote(key)}: expected a string of at most ${LIMITS.tagLength} characters.`);
        }
        clean.push([key, value]);
    }
    // fromEntries defines own properties: an assignment would drop a tag named '__proto__'.
    return Object.fromEntries(clean);
}
function validateRecoverableDays(days) {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < LIMITS.minRecoverableDays || days > LIMITS.maxRecoverableDays) {
        throw new BadParameterError(`Invalid retention ${quote(String(days))}: expected a whole number of days from 7 to 90.`);
    }
    return days;
}
/** Dates must be real instants; an invalid Date would serialise as null and silently vanish. */
function validateDate(date, what) {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
        throw new BadParameterError(`Invalid ${what}: expected a valid date.`);
    }
    return date;
}

;// CONCATENATED MODULE: ./lib/core/audit/record.js
/**
 * Audit records: Azure Key Vault's AuditEvent field names, plus the chain fields `seq`,
 * `generation`, `prev` and `hash`. A record names objects, principals and outcomes — never a
 * value, a key or a token.
 */

const GENESIS_HASH = '0'.repeat(64);
/** JSON with keys sorted at every level: the form the MAC covers, whatever order a parser keeps. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** Links an event to the head of a chain. `mac` is VaultKeys.auditMac. */
function chainRecord(event, head, generation, mac) {
    const unsigned = { ...event, seq: (head?.seq ?? 0) + 1, generation, prev: head?.hash ?? GENESIS_HASH };
    return { ...unsigned, hash: mac(canonicalJson(unsigned)) };
}
/** Recomputes a record's MAC; false if any field was edited. */
function recordIsAuthentic(record, mac) {
    const { hash, ...unsigned } = record;
    return typeof hash === 'string' && constantTimeEqual(Buffer.from(hash), Buffer.from(mac(canonicalJson(unsigned))));
}
function headOf(record) {
    return { seq: record.seq, hash: record.hash, generation: record.generation };
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./lib/core/store/durable-file.js
/**
 * Durable file writes: a write is acknowledged only once a crash or power loss can no longer
 * undo it. Temp file in the same folder → fsync → rename over the target → fsync the folder
 * (the rename lives in the folder's entry, not the file). A failed fsync is fatal for the write.
 */




/** Writes all of `data` at the file's position: writeSync may write less than it was given. */
function writeFully(fd, data) {
    let offset = 0;
    while (offset < data.length)
        offset += (0,external_node_fs_namespaceObject.writeSync)(fd, data, offset, data.length - offset);
}
/**
 * Reads up to `length` bytes from `start`: as many as the file holds there (a file that
 * shrank since its size was taken yields fewer, never stale or zeroed bytes).
 */
function readFully(fd, start, length) {
    const buffer = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, read, length - read, start + read);
        if (n === 0)
            break;
        read += n;
    }
    return buffer.subarray(0, read);
}
/** Temp files are named `.<target>.<random>.tmp`, so that a later writer can recognise leftovers. */
function tempPathFor(path) {
    return (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), `.${(0,external_node_path_namespaceObject.basename)(path)}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`);
}
function storageError(action, path, error) {
    const code = error.code ?? 'unknown error';
    return new VaultError('StorageError', `Could not ${action} ${path}: ${code}.`, { cause: error });
}
/** fsync a folder so that a rename or a new entry in it survives power loss. */
function fsyncDirectory(dir) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(dir, 'r');
    }
    catch (error) {
        // Windows cannot open a folder; NTFS journals the rename itself.
        if (process.platform === 'win32')
            return;
        throw error;
    }
    try {
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function writeTemp(path, data, mode) {
    const temp = tempPathFor(path);
    const fd = (0,external_node_fs_namespaceObject.openSync)(temp, 'wx', mode);
    try {
        writeFully(fd, data);
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
    }
    catch (error) {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        (0,external_node_fs_namespaceObject.unlinkSync)(temp);
        throw error;
    }
    (0,external_node_fs_namespaceObject.closeSync)(fd);
    return temp;
}
/** Replaces `path` with `data` atomically and durably. */
function replaceFileDurably(path, data, mode = 0o600) {
    let temp;
    try {
        temp = writeTemp(path, data, mode);
        (0,external_node_fs_namespaceObject.renameSync)(temp, path);
        temp = undefined;
        fsyncDirectory((0,external_node_path_namespaceObject.dirname)(path));
    }
    catch (error) {
        if (temp !== undefined)
            (0,external_node_fs_namespaceObject.unlinkSync)(temp);
        throw storageError('write', path, error);
    }
}
/** Creates `path` with `data` durably; refuses (Conflict) if it already exists. Never clobbers. */
function createFileDurably(path, data, mode = 0o600) {
    let temp;
    try {
        temp = writeTemp(path, data, mode);
        (0,external_node_fs_namespaceObject.linkSync)(temp, path);
    }
    catch (error) {
        if (error.code === 'EEXIST') {
            throw new VaultError('Conflict', `${path} already exists; it was left unchanged.`);
        }
        throw storageError('create', path, error);
    }
    finally {
        if (temp !== undefined)
            (0,external_node_fs_namespaceObject.unlinkSync)(temp);
    }
    fsyncDirectory((0,external_node_path_namespaceObject.dirname)(path));
}
/**
 * Removes temp files a killed writer left behind. Call only while holding the store's lock:
 * temp files are made only under it, so any that exist then are orphans.
 */
function removeOrphanTemps(path) {
    const prefix = `.${(0,external_node_path_namespaceObject.basename)(path)}.`;
    for (const entry of (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.dirname)(path))) {
        if (entry.startsWith(prefix) && entry.endsWith('.tmp')) {
            try {
                (0,external_node_fs_namespaceObject.unlinkSync)((0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), entry));
            }
            catch {
                // Already gone: nothing to clean.
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/core/store/audit-log-file.js
/**
 * The audit log of a file vault: one JSON record per line, appended and fsynced before the
 * operation it records returns. Reading back only needs the tail (the chain's head), so the
 * cost of an operation does not grow with the log.
 */




/** Records are small (names ≤ 127 characters, bounded messages); the tail window holds several. */
const TAIL_WINDOW = 64 * 1024;
/** No record comes near this: a longer last line is not a record. */
const MAX_TAIL_WINDOW = 64 * 1024 * 1024;
function openIfExists(path, flags) {
    try {
        return (0,external_node_fs_namespaceObject.openSync)(path, flags);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** The tail found in `buffer` (the file from offset `start` on), or undefined if the last line may begin before it. */
function tailIn(buffer, start, size) {
    const lastNewline = buffer.lastIndexOf(0x0a);
    if (lastNewline < 0)
        return start === 0 ? { lastLine: undefined, completeSize: 0, size } : undefined;
    // lastIndexOf with a negative offset counts from the end, so position 0 needs its own case.
    const previousNewline = lastNewline === 0 ? -1 : buffer.lastIndexOf(0x0a, lastNewline - 1);
    if (previousNewline < 0 && start > 0)
        return undefined;
    const lastLine = buffer.subarray(previousNewline + 1, lastNewline).toString('utf8');
    return { lastLine, completeSize: start + lastNewline + 1, size };
}
/**
 * Reads the end of the log. Undefined when the log does not exist. The window grows when the
 * last line is longer than it: a record listing many auto-purged names can be large.
 */
function readLogTail(path) {
    const fd = openIfExists(path, 'r');
    if (fd === undefined)
        return undefined;
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        // A folder opens for reading on POSIX; refuse it here rather than read it as an empty log.
        if (!stat.isFile())
            throw Object.assign(new Error(`${path} is not a regular file`), { code: 'EISDIR' });
        for (let window = TAIL_WINDOW;; window *= 4) {
            const start = Math.max(0, stat.size - window);
            const tail = tailIn(readFully(fd, start, stat.size - start), start, stat.size);
            if (tail !== undefined)
                return tail;
            if (window >= MAX_TAIL_WINDOW)
                return { lastLine: undefined, completeSize: -1, size: stat.size };
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Cuts a torn last line (a crash mid-append: its operation never returned). */
function truncateLog(path, size) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r+');
    try {
        (0,external_node_fs_namespaceObject.ftruncateSync)(fd, size);
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Appends one line and makes it durable; a new log's folder entry is made durable too. */
function appendLogLine(path, line) {
    const existed = openIfExists(path, 'r');
    if (existed !== undefined)
        (0,external_node_fs_namespaceObject.closeSync)(existed);
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'a', 0o600);
    try {
        writeFully(fd, Buffer.from(`${line}\n`, 'utf8'));
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    if (existed === undefined)
        fsyncDirectory((0,external_node_path_namespaceObject.dirname)(path));
}
/** The log's size in bytes; 0 when it does not exist. */
function logSize(path) {
    const fd = openIfExists(path, 'r');
    if (fd === undefined)
        return 0;
    try {
        return (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Every line of the log in its first `size` bytes, oldest first — blank ones included, since a
 * blank line where a record should be is for the verifier to name, not to skip.
 */
async function* readLogLines(path, size) {
    if (size <= 0)
        return;
    const fd = openIfExists(path, 'r');
    if (fd === undefined)
        return;
    const lines = (0,external_node_readline_namespaceObject.createInterface)({ input: (0,external_node_fs_namespaceObject.createReadStream)('', { fd, encoding: 'utf8', start: 0, end: size - 1 }), crlfDelay: Infinity });
    for await (const line of lines)
        yield line;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./lib/core/store/file-lock.js
/**
 * An exclusive lock between processes on one host, as a lock file beside the vault.
 *
 * Node has no flock(), so the lock is a file created atomically with link() (it exists
 * complete or not at all) holding the owner's pid, host and a random nonce. A lock whose
 * owner is on this host and no longer alive — a writer killed with SIGKILL — is stale and is
 * broken. Breaking goes through a second, short-lived lock so that two processes cannot both
 * break the same stale lock and then both believe they own the fresh one.
 */





/** A breaker lock older than this whose owner is unknown was left by a crash mid-break. */
const BREAKER_STALE_MS = 2_000;
/** A process's start time from /proc (field 22 of stat); undefined where there is no /proc. */
function startTimeOf(pid) {
    try {
        const stat = (0,external_node_fs_namespaceObject.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
function processExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: the process exists but belongs to someone else.
        return error.code === 'EPERM';
    }
}
function ownerIsAlive(owner) {
    if (!processExists(owner.pid))
        return false;
    // Containers restart pid numbering: a live process with the owner's pid may be another one.
    return owner.started === undefined || startTimeOf(owner.pid) === owner.started;
}
function readOwner(path) {
    try {
        const value = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
        if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.nonce === 'string') {
            return { pid: value.pid, host: value.host, nonce: value.nonce, ...(typeof value.started === 'string' ? { started: value.started } : {}) };
        }
        return undefined;
    }
    catch (error) {
        return error.code === 'ENOENT' ? 'gone' : undefined;
    }
}
/** Creates `path` holding `owner`, atomically, or returns false if it exists. */
/**
 * The temp file tryCreate links from. Its name says whose it is (host tag, pid), so that one
 * stranded by a kill between open and write — empty, with no owner inside — can still be
 * judged and swept.
 */
function tempFor(path, owner) {
    return `${path}.${hostTag(owner.host)}.${owner.pid}.${owner.nonce}`;
}
function hostTag(host) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(host).digest('hex').slice(0, 8);
}
function tryCreate(path, owner) {
    const temp = tempFor(path, owner);
    const fd = (0,external_node_fs_namespaceObject.openSync)(temp, 'wx', 0o600);
    try {
        (0,external_node_fs_namespaceObject.writeSync)(fd, JSON.stringify(owner));
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    try {
        (0,external_node_fs_namespaceObject.linkSync)(temp, path);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        (0,external_node_fs_namespaceObject.unlinkSync)(temp);
    }
}
function unlinkQuietly(path) {
    try {
        (0,external_node_fs_namespaceObject.unlinkSync)(path);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
}
function removeIfOwnedBy(path, nonce) {
    const current = readOwner(path);
    if (typeof current === 'object' && current.nonce === nonce)
        unlinkQuietly(path);
}
function isStale(owner, path, host) {
    if (owner === undefined) {
        // Unreadable content cannot come from tryCreate; only an old leftover is broken.
        try {
            return Date.now() - (0,external_node_fs_namespaceObject.statSync)(path).mtimeMs > BREAKER_STALE_MS;
        }
        catch {
            return false;
        }
    }
    return owner.host === host && !ownerIsAlive(owner);
}
/**
 * Removes the `<lock>.<nonce>` files of tryCreate whose process died between creating and
 * unlinking them (a SIGKILL mid-acquire); a live process's file is never stale.
 */
function sweepStrandedTemps(path, host) {
    const prefix = `${(0,external_node_path_namespaceObject.basename)(path)}.`;
    const mine = hostTag(host);
    for (const entry of (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.dirname)(path))) {
        if (!entry.startsWith(prefix))
            continue;
        const match = /^(?:break\.)?([0-9a-f]{8})\.(\d+)\.[0-9a-f]{24}$/.exec(entry.slice(prefix.length));
        if (match?.[1] !== mine)
            continue;
        const pid = Number(match[2]);
        if (pid !== process.pid && !processExists(pid))
            unlinkQuietly((0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), entry));
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const MY_START_TIME = startTimeOf(process.pid);
function myself(host) {
    return { pid: process.pid, host, nonce: (0,external_node_crypto_namespaceObject.randomBytes)(12).toString('hex'), ...(MY_START_TIME === undefined ? {} : { started: MY_START_TIME }) };
}
class FileLock {
    #path;
    #timeoutMs;
    #host = (0,external_node_os_namespaceObject.hostname)();
    #held;
    constructor(path, timeoutMs = 30_000) {
        this.#path = path;
        this.#timeoutMs = timeoutMs;
    }
    async acquire() {
        if (this.#held !== undefined)
            throw new Error('FileLock is not reentrant');
        const deadline = Date.now() + this.#timeoutMs;
        for (let attempt = 0;; attempt += 1) {
            const owner = myself(this.#host);
            if (tryCreate(this.#path, owner)) {
                this.#held = owner;
                sweepStrandedTemps(this.#path, this.#host);
                return;
            }
            const current = readOwner(this.#path);
            if (current !== 'gone' && isStale(current, this.#path, this.#host)) {
                // Retry at once only if this call broke it; another breaker at work gets the usual wait.
                if (this.#breakStale(current))
                    continue;
            }
            if (Date.now() > deadline) {
                const who = typeof current === 'object' ? ` (held by pid ${current.pid} on ${current.host})` : '';
                throw new VaultError('LockTimeout', `Timed out after ${this.#timeoutMs} ms waiting for the lock ${this.#path}${who}.`);
            }
            await sleep(Math.min(50, 2 + attempt) * (0.5 + Math.random()));
        }
    }
    release() {
        if (this.#held === undefined)
            return;
        const nonce = this.#held.nonce;
        this.#held = undefined;
        removeIfOwnedBy(this.#path, nonce);
    }
    /** Breaks the lock judged stale; true if this call removed it. */
    #breakStale(stale) {
        const breaker = `${this.#path}.break`;
        const me = myself(this.#host);
        if (!tryCreate(breaker, me)) {
            const other = readOwner(breaker);
            if (other !== 'gone' && isStale(other, breaker, this.#host)) {
                if (typeof other === 'object')
                    removeIfOwnedBy(breaker, other.nonce);
                else
                    unlinkQuietly(breaker);
            }
            return false;
        }
        try {
            // Re-read under the breaker: only the very lock judged stale may go.
            const again = readOwner(this.#path);
            if (again === 'gone')
                return true;
            const same = stale === undefined ? again === undefined : typeof again === 'object' && again.nonce === stale.nonce;
            if (same)
                unlinkQuietly(this.#path);
            return same;
        }
        finally {
            removeIfOwnedBy(breaker, me.nonce);
        }
    }
}

;// CONCATENATED MODULE: ./lib/core/store/file-transaction.js

function withType(type, object) {
    return object === undefined ? undefined : { type, ...object };
}
class FileTransaction {
    generation;
    #base;
    #changes = new Map();
    constructor(base, generation) {
        this.#base = base;
        this.generation = generation;
    }
    get changed() {
        return this.#changes.size > 0;
    }
    getObject(type, name) {
        const key = nameKey(name);
        const changed = this.#changes.get(type)?.get(key);
        if (changed !== undefined)
            return withType(type, changed ?? undefined);
        return withType(type, this.#base[type].get(key));
    }
    listObjects(type, namePrefix = '') {
        const prefix = nameKey(namePrefix);
        const changes = this.#changes.get(type) ?? new Map();
        // Keys first: a lazily parsed section parses only the objects that are listed.
        const keys = new Set([...this.#base[type].keys(), ...changes.keys()].filter((key) => key.startsWith(prefix)));
        return [...keys]
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            .map((key) => this.getObject(type, key))
            .filter((object) => object !== undefined);
    }
    putObject(object) {
        const { type, ...stored } = object;
        this.#section(type).set(nameKey(object.name), stored);
    }
    removeObject(type, name) {
        this.#section(type).set(nameKey(name), null);
    }
    /** The table as it stands after this transaction. */
    apply() {
        const next = { ...this.#base };
        for (const [type, changes] of this.#changes) {
            const section = new Map(this.#base[type]);
            for (const [key, object] of changes) {
                if (object === null)
                    section.delete(key);
                else
                    section.set(key, object);
            }
            next[type] = section;
        }
        return next;
    }
    #section(type) {
        let section = this.#changes.get(type);
        if (section === undefined) {
            section = new Map();
            this.#changes.set(type, section);
        }
        return section;
    }
}

;// CONCATENATED MODULE: ./lib/core/store/vault-file-format.js
/**
 * The vault file: one JSON document, diff-friendly (stable order, one block per version,
 * names in clear, values sealed), ending in a MAC over every byte before it.
 *
 *   {
 *     "format": "coffer-vault/1", "vaultId": …, "generation": …, "keyId": …, "dataKey": …,
 *     "recoverableDays": 90, "audit": {the last change's audit record, one line},
 *     "secrets": [
 *       {"name":…,"recoverableDays":…,"deleted"?:…,"versions":[
 *         {one version per line}
 *       ]}
 *     ], "keys": [], "certificates": [],
 *     "mac": "<base64 HMAC-SHA256>"
 *   }
 *
 * The MAC covers the raw bytes, so any flipped byte — even whitespace — fails the open, and
 * adding, removing or swapping entries fails it too. Sealed values also carry their identity
 * in their AAD, which is a second line of defence should the MAC ever be skipped.
 */


const FORMAT = 'coffer-vault/1';
/** V8 strings top out near 512 MiB; 25 KiB × thousands of secrets fits far below this. */
const MAX_VAULT_FILE_BYTES = 256 * 1024 * 1024;
const MAC_MARKER = Buffer.from(',\n  "mac": "', 'utf8');
const MAC_SUFFIX = /^([A-Za-z0-9+/]{43}=)"\n}\n$/;
const SECTIONS = {
    secret: 'secrets',
    key: 'keys',
    certificate: 'certificates',
};
const TYPES = Object.keys(SECTIONS);
const HEADER_FIELDS = ['format', 'vaultId', 'generation', 'keyId', 'dataKey', 'recoverableDays', 'audit'];
/** The AAD that binds the wrapped data key to its vault and format. */
function wrapContext(vaultId) {
    return [FORMAT, vaultId];
}
/**
 * One object: its own fields on the first line, then one line per version, then `]}`. A
 * version is one line, so a diff shows each added or changed version as one line; and an
 * object ends at the only `\n    ]}` in its text, since JSON strings hold no raw newline.
 */
function encodeObject(object) {
    const { versions, ...fields } = object;
    const lines = versions.map((version, i) => `      ${JSON.stringify(version)}${i < versions.length - 1 ? ',' : ''}`);
    return [`    ${JSON.stringify(fields).slice(0, -1)},"versions":[`, ...lines, '    ]}'].join('\n');
}
function encodeSection(type, objects) {
    const sorted = [...objects.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (sorted.length === 0)
        return `  "${SECTIONS[type]}": []`;
    return `  "${SECTIONS[type]}": [\n${sorted.map(([, object]) => encodeObject(object)).join(',\n')}\n  ]`;
}
/** Serialises a vault and appends its MAC. */
function encodeVaultFile(header, table, keys) {
    const fields = HEADER_FIELDS.map((field) => `  ${JSON.stringify(field)}: ${JSON.stringify(header[field])}`);
    const body = Buffer.from(`{\n${[...fields, ...TYPES.map((type) => encodeSection(type, table[type]))].join(',\n')}`, 'utf8');
    const mac = keys.mac(body).toString('base64');
    return Buffer.concat([body, MAC_MARKER, Buffer.from(`${mac}"\n}\n`, 'utf8')]);
}
function isHeader(value) {
    const doc = value;
    return doc !== null && typeof doc === 'object'
        && typeof doc.format === 'string' && typeof doc.vaultId === 'string' && /^[0-9a-f]{32}$/.test(doc.vaultId)
        && typeof doc.keyId === 'string' && /^[0-9a-f]{16}$/.test(doc.keyId)
        && typeof doc.dataKey === 'string' && typeof doc.generation === 'number' && typeof doc.recoverableDays === 'number';
}
const sectionMarker = (type) => `\n  "${SECTIONS[type]}": [`;
const OBJECT_START = '    {"name":"';
const OBJECT_END = '\n    ]}';
/**
 * A section parsed on demand. Opening a vault parses its header only; reading one object
 * finds it by a search for its first line and parses just that object; listing, or a name
 * asked for in another case, indexes the whole section once (a scan for object boundaries).
 * Opening a 10,000-secret vault to read one secret then costs a search, not a parse of every
 * version of every secret. The bytes are authenticated and the layout is our own.
 *
 * `text` is the body decoded as latin1, one character per byte, so its offsets are byte
 * offsets into `body`, which objects are decoded from as UTF-8.
 */
class LazySection {
    #body;
    #text;
    #start;
    #end;
    #parsed = new Map();
    #spans;
    #lookups = 0;
    /** `start` is just after the section's `[`, `end` where the next section (or the body) begins. */
    constructor(body, text, start, end) {
        this.#body = body;
        this.#text = text;
        this.#start = start;
        this.#end = end;
    }
    get size() {
        return this.#index().size;
    }
    has(key) {
        return this.get(key) !== undefined;
    }
    get(key) {
        const cached = this.#parsed.get(key);
        if (cached !== undefined)
            return cached;
        // One lookup searches for its object; a second means a batch, which an index serves better.
        this.#lookups += 1;
        const span = this.#spans === undefined && this.#lookups === 1 ? this.#find(key) ?? this.#index().get(key) : this.#index().get(key);
        if (span === undefined)
            return undefined;
        const object = JSON.parse(this.#body.toString('utf8', span[0], span[1]));
        this.#parsed.set(key, object);
        return object;
    }
    keys() {
        return this.#index().keys();
    }
    *entries() {
        for (const key of this.#index().keys())
            yield [key, this.get(key)];
    }
    *values() {
        for (const [, object] of this.entries())
            yield object;
    }
    forEach(callback) {
        for (const [key, object] of this.entries())
            callback(object, key, this);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    /** The span of the object whose first line names exactly `key` (stored in that case). */
    #find(key) {
        const at = this.#text.indexOf(`\n${OBJECT_START}${key}"`, this.#start - 1);
        if (at < 0 || at >= this.#end)
            return undefined;
        const end = this.#text.indexOf(OBJECT_END, at + 1);
        return end < 0 ? undefined : [at + 1, end + OBJECT_END.length];
    }
    #index() {
        if (this.#spans !== undefined)
            return this.#spans;
        const spans = new Map();
        const text = this.#text;
        let position = this.#start;
        while (position < this.#end && text.charCodeAt(position) === 0x0a && text.startsWith(OBJECT_START, position + 1)) {
            const start = position + 1;
            const nameStart = start + OBJECT_START.length;
            const nameEnd = text.indexOf('"', nameStart);
            const end = text.indexOf(OBJECT_END, nameEnd);
            if (nameEnd < 0 || end < 0)
                throw new IntegrityError('A vault file object is not terminated.');
            spans.set(text.slice(nameStart, nameEnd).toLowerCase(), [start, end + OBJECT_END.length]);
            position = end + OBJECT_END.length + (text.charCodeAt(end + OBJECT_END.length) === 0x2c ? 1 : 0);
        }
        this.#spans = spans;
        return spans;
    }
}
/** Splits the body into its three sections; keys and certificates are found from the end. */
function sectionsOf(body, text, damaged) {
    const certificates = text.lastIndexOf(sectionMarker('certificate'));
    const keys = text.lastIndexOf(sectionMarker('key'), certificates);
    const secrets = text.indexOf(sectionMarker('secret'));
    if (secrets < 0 || keys < secrets || certificates < keys)
        throw damaged('its sections are out of place');
    const section = (type, at, end) => new LazySection(body, text, at + sectionMarker(type).length, end);
    return { secret: section('secret', secrets, keys), key: section('key', keys, certificates), certificate: section('certificate', certificates, text.length) };
}
/**
 * Parses and authenticates a vault file. Any damage is an IntegrityError; a key that is not
 * this vault's is a KeyMismatch. Nothing in the file is trusted before its MAC checks out.
 */
function decodeVaultFile(bytes, master, path, random) {
    const damaged = (what, cause) => new IntegrityError(`${path} failed its integrity check (${what}): it was modified outside Coffer or is not a vault file.`, cause);
    const at = bytes.lastIndexOf(MAC_MARKER);
    const suffix = at < 0 ? undefined : MAC_SUFFIX.exec(bytes.subarray(at + MAC_MARKER.length).toString('latin1'));
    if (at < 0 || suffix === null || suffix === undefined)
        throw damaged('no MAC at its end');
    const body = bytes.subarray(0, at);
    const text = body.toString('latin1');
    const sections = text.indexOf(sectionMarker('secret'));
    // The header ends with the comma before the first section.
    if (sections < 1 || body[sections - 1] !== 0x2c)
        throw damaged('no secrets section');
    let parsed;
    try {
        // The header alone is parsed now; objects are parsed when an operation reads them.
        parsed = JSON.parse(`${body.toString('utf8', 0, sections - 1)}\n}`);
    }
    catch (error) {
        throw damaged('not valid JSON', error);
    }
    if (!isHeader(parsed))
        throw damaged('a header field is missing or malformed');
    const header = parsed;
    const keys = VaultKeys.unwrap(header.dataKey, master, header.keyId, wrapContext(header.vaultId), random);
    // Compare the text, not decoded bytes: base64 has spare bits, so two texts can decode alike.
    if (!constantTimeEqual(Buffer.from(keys.mac(body).toString('base64')), Buffer.from(suffix[1] ?? '')))
        throw damaged('MAC mismatch');
    if (header.format !== FORMAT) {
        throw new VaultError('UnsupportedFormat', `${path} has format '${header.format}': this Coffer reads ${FORMAT}.`);
    }
    return { header, table: sectionsOf(body, text, damaged), keys };
}

;// CONCATENATED MODULE: ./lib/core/store/file-store.js
var _a;
/**
 * The file store: a vault in one JSON file (see vault-file-format.ts) with its audit log
 * beside it (`<vault>.audit.jsonl`) and a lock file (`<vault>.lock`) while a process works.
 *
 * Every transaction runs under the lock, starts from the file as it is on disk (re-read when
 * another process has replaced it), and commits with one atomic, fsynced rename. The commit
 * carries its own audit record as the file's anchor, so a crash between the rename and the log
 * append loses nothing: the next transaction finds the anchor missing from the log and appends it.
 */











const HEAD_BYTES = 256;
/** Reads the identity (and, if `whole`, every byte) through one open file. */
function readIdentity(path, whole) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (whole && stat.size > MAX_VAULT_FILE_BYTES) {
            throw new VaultError('StorageError', `${path} is ${stat.size} bytes: larger than the ${MAX_VAULT_FILE_BYTES}-byte limit of a vault file.`);
        }
        const bytes = readFully(fd, 0, whole ? stat.size : Math.min(stat.size, HEAD_BYTES));
        const identity = { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, head: Buffer.from(bytes.subarray(0, HEAD_BYTES)) };
        return { identity, bytes };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
const identityOf = (path) => readIdentity(path, false).identity;
const sameIdentity = (a, b) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.head.equals(b.head);
/** Reads the vault file as a StorageError-reporting step: a missing vault gets its own hint. */
function readVault(path, read) {
    try {
        return read(path);
    }
    catch (error) {
        if (error instanceof VaultError)
            throw error;
        if (error.code === 'ENOENT') {
            throw new VaultError('StorageError', `No vault at ${path}: create one with 'coffer init'.`);
        }
        throw new VaultError('StorageError', `Could not read ${path}: ${error.code ?? 'unknown error'}.`);
    }
}
function checkPinnedGeneration(path, generation, min) {
    if (min !== undefined && generation < min) {
        throw new IntegrityError(`${path} is at generation ${generation}, older than the pinned generation ${min}: the vault file was rolled back.`);
    }
}
class FileStore {
    location;
    #auditPath;
    #lock;
    #random;
    #minGeneration;
    #master;
    #keys;
    #snapshot;
    #queue = Promise.resolve();
    constructor(path, master, keys, snapshot, options) {
        this.location = path;
        this.#auditPath = `${path}.audit.jsonl`;
        this.#lock = new FileLock(`${path}.lock`, options.lockTimeoutMs);
        this.#minGeneration = options.minGeneration;
        this.#random = options.random ?? external_node_crypto_namespaceObject.randomBytes;
        this.#master = master;
        this.#keys = keys;
        this.#snapshot = snapshot;
    }
    /** Opens and authenticates an existing vault file. */
    static open(path, master, options = {}) {
        const { header, table, keys, identity } = _a.#load(path, master, options.random);
        checkPinnedGeneration(path, header.generation, options.minGeneration);
        return new _a(path, master, keys, { header, table, identity }, options);
    }
    /** Creates a new, empty vault file; refuses to overwrite one that exists. */
    static create(path, master, options = {}) {
        const recoverableDays = validateRecoverableDays(options.recoverableDays ?? LIMITS.defaultRecoverableDays);
        const random = options.random ?? external_node_crypto_namespaceObject.randomBytes;
        const keys = VaultKeys.generate(random);
        const vaultId = random(16).toString('hex');
        const header = {
            format: FORMAT, vaultId, generation: 0, keyId: master.id, dataKey: keys.wrap(master, wrapContext(vaultId)), recoverableDays, audit: null,
        };
        const empty = { secret: new Map(), key: new Map(), certificate: new Map() };
        createFileDurably(path, encodeVaultFile(header, empty, keys));
        return _a.open(path, master, options);
    }
    static #load(path, master, random) {
        // One open file for identity and bytes: what we decode is exactly what we fingerprint.
        const { identity, bytes } = readVault(path, (at) => readIdentity(at, true));
        return { ...decodeVaultFile(bytes, master, path, random), identity };
    }
    get vaultId() {
        return this.#snapshot.header.vaultId;
    }
    get keys() {
        return this.#keys;
    }
    /** Retention, in days, that new objects get. */
    get recoverableDays() {
        return this.#snapshot.header.recoverableDays;
    }
    async transact(work, audit) {
        return this.#exclusive(async () => {
            const head = this.#prepare();
            const tx = new FileTransaction(this.#snapshot.table, this.#snapshot.header.generation);
            let result;
            let failure;
            try {
                result = await work(tx);
            }
            catch (error) {
                failure = { error };
            }
            const changed = failure === undefined && tx.changed;
            const generation = this.#snapshot.header.generation + (changed ? 1 : 0);
            const built = audit(head, { generation, changed });
            const records = Array.isArray(built) ? built : [built];
            const [record] = records;
            if (record === undefined || (changed && records.length > 1))
                throw new Error('A change is audited by exactly one record.');
            if (changed)
                this.#commitWithRecord({ ...this.#snapshot.header, generation }, tx.apply(), record);
            // Reads of several objects: their records go out in one write and one fsync.
            else
                this.#appendLine(records.map((r) => this.#serialise(r)).join('\n'));
            if (failure !== undefined)
                throw failure.error;
            return result;
        });
    }
    async rekey(newKey, audit) {
        await this.#exclusive(() => {
            const head = this.#prepare();
            const current = this.#snapshot.header;
            const generation = current.generation + 1;
            const record = audit(head, { generation, changed: true });
            const header = { ...current, generation, keyId: newKey.id, dataKey: this.#keys.wrap(newKey, wrapContext(current.vaultId)) };
            this.#commitWithRecord(header, this.#snapshot.table, record);
            this.#master = newKey;
        });
    }
    /**
     * The audit log and the anchor as of one moment, read under the lock: crash leftovers are
     * repaired first, and the lines stop where the log ended then, so that records appended by
     * another process meanwhile are not mistaken for a rolled-back vault.
     */
    async auditSnapshot() {
        const { anchor, size } = await this.#exclusive(() => {
            this.#refresh();
            this.#repairLog();
            return { anchor: this.#snapshot.header.audit ?? undefined, size: this.#logIo(() => logSize(this.#auditPath)) };
        });
        return { anchor, lines: readLogLines(this.#auditPath, size) };
    }
    async close() {
        // Nothing is held between transactions: the lock is released after each one.
    }
    /**
     * Runs `fn` under the file lock, one call at a time. The lock file excludes other processes;
     * this queue excludes this store's own concurrent calls (Promise.all of two gets), which the
     * non-reentrant lock would otherwise refuse.
     */
    #exclusive(fn) {
        const run = this.#queue.then(async () => {
            await this.#lock.acquire();
            try {
                return await fn();
            }
            finally {
                this.#lock.release();
            }
        });
        this.#queue = run.catch(() => undefined);
        return run;
    }
    /** The start of every change: the file as it is on disk, the log reconciled with it; the chain's head. */
    #prepare() {
        this.#refresh();
        return this.#reconcileLog();
    }
    /** Re-reads the file if another process replaced it since we last looked. */
    #refresh() {
        let current;
        try {
            current = identityOf(this.location);
        }
        catch {
            throw new VaultError('StorageError', `The vault file ${this.location} has disappeared.`);
        }
        if (sameIdentity(current, this.#snapshot.identity))
            return;
        const { header, table, keys, identity } = _a.#load(this.location, this.#master, this.#random);
        checkPinnedGeneration(this.location, header.generation, this.#minGeneration);
        if (header.vaultId !== this.#snapshot.header.vaultId) {
            throw new IntegrityError(`${this.location} was replaced by a different vault (id ${header.vaultId}).`);
        }
        if (header.generation < this.#snapshot.header.generation) {
            throw new IntegrityError(`${this.location} went back from generation ${this.#snapshot.header.generation} to ${header.generation}: the file was rolled back.`);
        }
        this.#keys = keys;
        this.#snapshot = { header, table, identity };
    }
    /**
     * Repairs only what a crash leaves in the log (a torn last line; the record of a committed
     * change not yet appended), so that verifying right after a crash does not report tampering.
     * Anything else is left in place for the verifier to name.
     */
    #repairLog() {
        try {
            this.#reconcileLog();
        }
        catch (error) {
            if (!(error instanceof IntegrityError))
                throw error;
        }
    }
    /**
     * Brings the log and the file into agreement and returns the chain's head. Repairs the two
     * traces a crash can leave (a torn last line; a committed change whose record was not yet
     * appended) and refuses everything else: a log that belongs elsewhere, or shows the file
     * was rolled back, or lost records the file anchors.
     */
    #reconcileLog() {
        const anchor = this.#snapshot.header.audit ?? undefined;
        const tail = this.#logIo(() => readLogTail(this.#auditPath));
        if (tail === undefined) {
            // No log here (lost, or not kept beside the file): a new segment starts at the anchor,
            // so that a lost log does not lock anyone out of their secrets; verify reports the gap.
            if (anchor !== undefined)
                this.#appendLine(this.#serialise(anchor));
            return anchor === undefined ? undefined : headOf(anchor);
        }
        if (tail.completeSize < 0)
            throw new IntegrityError(`${this.#auditPath} has a line longer than any audit record.`);
        if (tail.completeSize < tail.size)
            this.#logIo(() => { truncateLog(this.#auditPath, tail.completeSize); });
        const last = this.#parseTail(tail.lastLine);
        const generation = this.#snapshot.header.generation;
        if (last !== undefined && last.generation > generation) {
            throw new IntegrityError(`${this.location} is at generation ${generation} but ${this.#auditPath} records generation ${last.generation}: the vault file was rolled back.`);
        }
        if (anchor === undefined || (last !== undefined && last.seq >= anchor.seq))
            return last === undefined ? undefined : headOf(last);
        if ((last?.seq ?? 0) + 1 === anchor.seq && (last === undefined || anchor.prev === last.hash)) {
            this.#appendLine(this.#serialise(anchor));
            return headOf(anchor);
        }
        throw new IntegrityError(`${this.#auditPath} ends at record ${last?.seq ?? 0} but ${this.location} anchors record ${anchor.seq}: audit records were removed.`);
    }
    #parseTail(line) {
        if (line === undefined)
            return undefined;
        // A blank line is no record: skipping it would hide the real last record from the rollback check.
        if (line.trim() === '')
            throw new IntegrityError(`The last line of ${this.#auditPath} is blank: the log was modified outside Coffer.`);
        let record;
        try {
            record = JSON.parse(line);
        }
        catch (error) {
            throw new IntegrityError(`The last record of ${this.#auditPath} is not valid JSON.`, error);
        }
        if (!recordIsAuthentic(record, (text) => this.#keys.auditMac(text))) {
            throw new IntegrityError(`The last record of ${this.#auditPath} fails its MAC: it was edited, or the log belongs to another vault.`);
        }
        return record;
    }
    /**
     * Commits a change with its audit record as the file's anchor, then appends the record to
     * the log. The record is serialised first, so one that cannot be written leaves no change.
     * If the append fails after the rename, the change stands and its record is safe in the
     * file (the next operation appends it); the caller is told exactly that.
     */
    #commitWithRecord(header, table, record) {
        const line = this.#serialise(record);
        const next = { ...header, audit: record };
        const bytes = encodeVaultFile(next, table, this.#keys);
        if (bytes.length > MAX_VAULT_FILE_BYTES) {
            throw new VaultError('StorageError', `The change would make ${this.location} ${bytes.length} bytes, over the ${MAX_VAULT_FILE_BYTES}-byte limit of a vault file; purge old versions or secrets first. Nothing was changed.`);
        }
        removeOrphanTemps(this.location);
        replaceFileDurably(this.location, bytes);
        this.#snapshot = { header: next, table, identity: identityOf(this.location) };
        try {
            appendLogLine(this.#auditPath, line);
        }
        catch (error) {
            const code = error.code ?? 'unknown error';
            throw new VaultError('AuditWriteFailed', `The change was committed and its audit record is kept in ${this.location}, but appending it to ${this.#auditPath} failed (${code}); the next operation appends it. The result is withheld.`, { cause: error });
        }
    }
    #serialise(record) {
        return this.#logIo(() => JSON.stringify(record));
    }
    #appendLine(line) {
        this.#logIo(() => { appendLogLine(this.#auditPath, line); });
    }
    /** Any failure to read, repair or write the log fails the operation closed: it cannot be audited. */
    #logIo(io) {
        try {
            return io();
        }
        catch (error) {
            const code = error.code ?? (error instanceof Error ? error.name : 'unknown error');
            throw new VaultError('AuditWriteFailed', `Could not write the audit record to ${this.#auditPath} (${code}); the operation's result is withheld.`, { cause: error });
        }
    }
}
_a = FileStore;

;// CONCATENATED MODULE: ./lib/core/access/permissions.js
/**
 * Data-plane permissions and Azure's built-in roles, as far as the vault's object types go.
 * Roles are the unit users assign; permissions are what each operation checks.
 */
const SECRET_PERMISSIONS = [
    'secrets/get', 'secrets/set', 'secrets/readMetadata', 'secrets/update', 'secrets/delete',
    'secrets/recover', 'secrets/purge', 'secrets/backup', 'secrets/restore',
];
/** What each built-in role grants (Azure: Key Vault Administrator, Reader, Secrets Officer, Secrets User). */
const ROLES = {
    Administrator: [...SECRET_PERMISSIONS, 'vault/create', 'vault/rekey'],
    Reader: ['secrets/readMetadata'],
    'Secrets Officer': SECRET_PERMISSIONS,
    'Secrets User': ['secrets/get', 'secrets/readMetadata'],
};
function permissions_roleGrants(role, permission) {
    return ROLES[role].includes(permission);
}

;// CONCATENATED MODULE: ./lib/core/access/decision.js
/**
 * The access decision: a pure function of the principal's role assignments, the permission an
 * operation needs and the object it touches. Deny by default: no matching assignment, no access.
 */

/** The scope path of an object: `/secrets/db-password`; names are compared in lower case. */
function resourcePath(collection, name) {
    return name === undefined ? `/${collection}` : `/${collection}/${name.toLowerCase()}`;
}
function scopeCovers(scope, resource) {
    const normalized = scope.toLowerCase();
    if (normalized === '/')
        return true;
    if (normalized.endsWith('*'))
        return resource.startsWith(normalized.slice(0, -1));
    return resource === normalized || resource.startsWith(`${normalized}/`);
}
function decide(assignments, who, permission, resource) {
    const assignment = assignments.find((a) => a.principal === who.name && roleGrants(a.role, permission) && scopeCovers(a.scope, resource));
    return assignment === undefined ? { allowed: false } : { allowed: true, assignment };
}
const keyHolderIsAdministrator = {
    decide: () => ({ allowed: true, assignment: { principal: 'key holder', role: 'Administrator', scope: '/' } }),
};
function assignmentAuthorizer(assignments) {
    return { decide: (who, permission, resource) => decide(assignments, who, permission, resource) };
}

;// CONCATENATED MODULE: ./lib/core/audit/event.js
/**
 * Turns an operation and its outcome into an AuditEvent. Failure descriptions come only from
 * VaultError messages, which by construction quote names and sizes, never values; any other
 * error is described by its class alone, since its message could hold anything.
 */

/** Azure's resultSignature is the HTTP status text of the outcome. */
const SIGNATURES = {
    BadParameter: 'BadRequest',
    SecretNotFound: 'NotFound',
    KeyNotFound: 'NotFound',
    CertificateNotFound: 'NotFound',
    Conflict: 'Conflict',
    ObjectIsDeletedButRecoverable: 'Conflict',
    Forbidden: 'Forbidden',
    IntegrityError: 'InternalServerError',
    KeyMismatch: 'Unauthorized',
    LockTimeout: 'ServiceUnavailable',
    AuditWriteFailed: 'InternalServerError',
    StorageError: 'InternalServerError',
    UnsupportedFormat: 'InternalServerError',
};
function describeFailure(error) {
    if (isVaultError(error)) {
        const code = error.innerCode ?? error.code;
        return { signature: SIGNATURES[error.code], code, description: error.message };
    }
    return { signature: 'InternalServerError', code: 'InternalError', description: `Internal error (${error instanceof Error ? error.name : typeof error}).` };
}
function auditEvent(outcome) {
    const failure = outcome.error === undefined ? undefined : describeFailure(outcome.error);
    return {
        time: outcome.started.toISOString(),
        resourceId: `coffer:vault/${outcome.vaultId}`,
        operationName: outcome.operationName,
        operationVersion: '1',
        category: 'AuditEvent',
        resultType: failure === undefined ? 'Success' : 'Failure',
        resultSignature: failure?.signature ?? 'OK',
        ...(failure === undefined ? {} : { resultDescription: failure.description }),
        durationMs: Math.max(0, outcome.finished.getTime() - outcome.started.getTime()),
        ...(outcome.callerIpAddress === undefined ? {} : { callerIpAddress: outcome.callerIpAddress }),
        correlationId: outcome.correlationId,
        // The principal's name last, so that no claim can pose as it.
        identity: { claim: { ...outcome.who.claims, name: outcome.who.name } },
        properties: {
            ...(outcome.id === undefined ? {} : { id: outcome.id }),
            ...(failure === undefined ? {} : { errorCode: failure.code }),
            ...outcome.extra,
        },
    };
}

;// CONCATENATED MODULE: ./lib/core/audit/verify.js
/**
 * Walks an audit chain and names the first record that breaks it. Edits break a record's MAC;
 * removals and reorderings break `seq` and `prev`; a truncated tail is caught by the anchor,
 * the record the store's own data points at (for a vault file: its last change's record). A
 * record after the anchor with a newer generation shows the store itself was rolled back.
 */

function parseRecord(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Verifies records in order. `mac` is the vault's audit MAC; `anchor` the record the store
 * anchors. Stops at the first fault: later records cannot be trusted past a break.
 */
async function verifyChain(lines, mac, anchor) {
    let previous;
    let line = 0;
    let anchorSeen = anchor === undefined;
    for await (const text of lines) {
        line += 1;
        const fail = (seq, reason) => ({ ok: false, records: line - 1, line, seq, reason });
        const record = parseRecord(text);
        if (record === undefined)
            return fail(undefined, 'not a JSON record');
        const expectedSeq = (previous?.seq ?? 0) + 1;
        if (record.seq !== expectedSeq) {
            return fail(record.seq, `sequence ${String(record.seq)} where ${expectedSeq} was expected: a record was removed or reordered`);
        }
        if (!recordIsAuthentic(record, mac))
            return fail(record.seq, 'its MAC does not match: the record was edited');
        if (record.prev !== (previous?.hash ?? GENESIS_HASH))
            return fail(record.seq, 'it does not link to the record before it');
        if (previous !== undefined && record.generation < previous.generation) {
            return fail(record.seq, `generation ${record.generation} is older than ${previous.generation}: the vault was rolled back`);
        }
        if (anchor !== undefined && record.seq === anchor.seq) {
            if (record.hash !== anchor.hash)
                return fail(record.seq, 'it differs from the record the vault anchors');
            anchorSeen = true;
        }
        if (anchor !== undefined && record.seq > anchor.seq && record.generation > anchor.generation) {
            // Records after the anchor are reads and failures; a newer generation is a change the vault no longer holds.
            return fail(record.seq, `generation ${record.generation} is newer than the vault's ${anchor.generation}: the vault file was rolled back`);
        }
        previous = record;
    }
    if (!anchorSeen && anchor !== undefined) {
        return { ok: false, records: line, line: line + 1, seq: (previous?.seq ?? 0) + 1, reason: `the log ends at sequence ${previous?.seq ?? 0} but the vault anchors sequence ${anchor.seq}: records were truncated` };
    }
    return { ok: true, records: line, head: previous };
}

;// CONCATENATED MODULE: ./lib/core/secrets.js
/**
 * Secrets, with Azure Key Vault's semantics: every set makes a new version; properties of a
 * version change, its value never does; delete is soft and reserves the name until the object
 * is recovered or purged (or its retention passes). These functions run inside one store
 * transaction and know nothing of access or audit, which the Vault wraps around them.
 */


/** Binds a sealed value to its vault, type, name and version (the AAD). */
const SEAL_FORMAT = 'coffer-seal/1';
const DAY_MS = 86_400_000;
function sealContext(vaultId, name, version) {
    return [SEAL_FORMAT, vaultId, 'secret', nameKey(name), version];
}
function recoveryLevel(days) {
    return days === 90 ? 'Recoverable+Purgeable' : 'CustomizedRecoverable+Purgeable';
}
const optionalDate = (iso) => (iso === undefined ? undefined : new Date(iso));
function propertiesOf(object, version) {
    return {
        name: object.name,
        version: version.version,
        enabled: version.enabled,
        notBefore: optionalDate(version.notBefore),
        expiresOn: optionalDate(version.expires),
        createdOn: new Date(version.created),
        updatedOn: new Date(version.updated),
        contentType: version.contentType,
        tags: { ...version.tags },
        managed: version.managed === true,
        recoverableDays: object.recoverableDays,
        recoveryLevel: recoveryLevel(object.recoverableDays),
    };
}
function deletedOf(object) {
    const latest = latestVersion(object);
    if (object.deleted === undefined)
        throw new Error('deletedOf: object is not deleted');
    return {
        properties: propertiesOf(object, latest),
        deletedOn: new Date(object.deleted.deletedOn),
        scheduledPurgeDate: new Date(object.deleted.scheduledPurgeDate),
    };
}
function latestVersion(object) {
    const latest = object.versions[object.versions.length - 1];
    if (latest === undefined)
        throw new VaultError('IntegrityError', `Secret ${quote(object.name)} has no versions.`);
    return latest;
}
/** A soft-deleted object whose retention has passed is gone, whether or not it was swept yet. */
function purgeIsDue(object, now) {
    return object.deleted !== undefined && new Date(object.deleted.scheduledPurgeDate).getTime() <= now.getTime();
}
function secretNotFound(name, version) {
    const what = version === undefined ? `A secret with name ${quote(name)}` : `Version ${quote(version)} of secret ${quote(name)}`;
    return new VaultError('SecretNotFound', `${what} was not found in this vault.`);
}
/** The live (not deleted) object, or SecretNotFound. */
function liveObject(tx, name, now) {
    validateName(name);
    const object = tx.getObject('secret', name);
    if (object === undefined || object.deleted !== undefined || purgeIsDue(object, now))
        throw secretNotFound(name);
    return object;
}
function deletedObject(tx, name, now) {
    validateName(name);
    const object = tx.getObject('secret', name);
    if (object === undefined || object.deleted === undefined || purgeIsDue(object, now)) {
        throw new VaultError('SecretNotFound', `A deleted secret with name ${quote(name)} was not found in this vault.`);
    }
    return object;
}
function findVersion(object, version) {
    // Only undefined means latest: an empty string is a caller's unset variable, not a choice.
    if (version === undefined)
        return latestVersion(object);
    validateVersion(version);
    const found = object.versions.find((v) => v.version === version);
    if (found === undefined)
        throw secretNotFound(object.name, version);
    return found;
}
function checkDates(notBefore, expiresOn) {
    if (notBefore !== undefined)
        validateDate(notBefore, 'not-before date');
    if (expiresOn !== undefined)
        validateDate(expiresOn, 'expiry date');
    if (notBefore !== undefined && expiresOn !== undefined && notBefore.getTime() >= expiresOn.getTime()) {
        throw new BadParameterError(`The not-before date ${notBefore.toISOString()} is not before the expiry date ${expiresOn.toISOString()}.`);
    }
}
/** Removes objects whose retention has passed. Runs inside write transactions only. */
function sweepExpired(tx, now) {
    const purged = tx.listObjects('secret').filter((object) => purgeIsDue(object, now));
    for (const object of purged)
        tx.removeObject('secret', object.name);
    return purged.map((object) => object.name);
}
function setSecret(tx, ctx, name, value, options = {}) {
    validateName(name);
    validateSecretValue(value);
    if (options.contentType !== undefined)
        validateContentType(options.contentType);
    const tags = validateTags(options.tags ?? {});
    checkDates(options.notBefore, options.expiresOn);
    let existing = tx.getObject('secret', name);
    if (existing !== undefined && purgeIsDue(existing, ctx.now))
        existing = undefined;
    if (existing?.deleted !== undefined) {
        throw new VaultError('ObjectIsDeletedButRecoverable', `Secret ${quote(existing.name)} is deleted but recoverable: recover or purge it before setting it again.`, { innerCode: 'ObjectIsDeletedButRecoverable' });
    }
    const object = existing ?? { type: 'secret', name, recoverableDays: ctx.recoverableDays, versions: [] };
    const now = ctx.now.toISOString();
    const version = ctx.newVersion();
    const stored = {
        version, created: now, updated: now, enabled: options.enabled ?? true,
        ...(options.notBefore === undefined ? {} : { notBefore: options.notBefore.toISOString() }),
        ...(options.expiresOn === undefined ? {} : { expires: options.expiresOn.toISOString() }),
        ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
        tags,
        sealed: ctx.keys.seal(sealContext(ctx.vaultId, object.name, version), Buffer.from(value, 'utf8')),
    };
    const next = { ...object, versions: [...object.versions, stored] };
    tx.putObject(next);
    return { properties: propertiesOf(next, stored), value };
}
function getSecret(tx, ctx, name, version) {
    const object = liveObject(tx, name, ctx.now);
    const found = findVersion(object, version);
    if (!found.enabled) {
        throw new VaultError('Forbidden', 'Operation get is not allowed on a disabled secret.', { innerCode: 'SecretDisabled' });
    }
    const value = ctx.keys.unseal(sealContext(ctx.vaultId, object.name, found.version), found.sealed);
    return { properties: propertiesOf(object, found), value: value.toString('utf8') };
}
function updateSecretProperties(tx, ctx, name, version, options) {
    const object = liveObject(tx, name, ctx.now);
    const found = findVersion(object, version);
    if (typeof options.contentType === 'string')
        validateContentType(options.contentType);
    const tags = options.tags === undefined ? found.tags : validateTags(options.tags);
    const notBefore = options.notBefore === undefined ? optionalDate(found.notBefore) : options.notBefore ?? undefined;
    const expiresOn = options.expiresOn === undefined ? optionalDate(found.expires) : options.expiresOn ?? undefined;
    checkDates(notBefore, expiresOn);
    const contentType = options.contentType === undefined ? found.contentType : options.contentType ?? undefined;
    const { notBefore: _n, expires: _e, contentType: _c, ...rest } = found;
    const updated = {
        ...rest,
        enabled: options.enabled ?? found.enabled,
        updated: ctx.now.toISOString(),
        ...(notBefore === undefined ? {} : { notBefore: notBefore.toISOString() }),
        ...(expiresOn === undefined ? {} : { expires: expiresOn.toISOString() }),
        ...(contentType === undefined ? {} : { contentType }),
        tags,
    };
    const next = { ...object, versions: object.versions.map((v) => (v.version === found.version ? updated : v)) };
    tx.putObject(next);
    return propertiesOf(next, updated);
}
/** Every live secret's latest version properties, ordered by name. */
function listSecrets(tx, namePrefix) {
    return tx.listObjects('secret', namePrefix)
        .filter((object) => object.deleted === undefined && object.versions.length > 0)
        .map((object) => propertiesOf(object, latestVersion(object)));
}
function listSecretVersions(tx, now, name) {
    const object = liveObject(tx, name, now);
    return object.versions.map((version) => propertiesOf(object, version));
}
function deleteSecret(tx, ctx, name) {
    const object = liveObject(tx, name, ctx.now);
    const deleted = {
        ...object,
        deleted: {
            deletedOn: ctx.now.toISOString(),
            scheduledPurgeDate: new Date(ctx.now.getTime() + object.recoverableDays * DAY_MS).toISOString(),
        },
    };
    tx.putObject(deleted);
    return deletedOf(deleted);
}
function listDeletedSecrets(tx, now) {
    return tx.listObjects('secret').filter((object) => object.deleted !== undefined && !purgeIsDue(object, now)).map(deletedOf);
}
function getDeletedSecret(tx, now, name) {
    return deletedOf(deletedObject(tx, name, now));
}
function recoverDeletedSecret(tx, now, name) {
    const { deleted: _deleted, ...object } = deletedObject(tx, name, now);
    tx.putObject(object);
    return propertiesOf(object, latestVersion(object));
}
function purgeDeletedSecret(tx, now, name) {
    const object = deletedObject(tx, name, now);
    tx.removeObject('secret', object.name);
}

;// CONCATENATED MODULE: ./lib/core/secret-backup.js
/**
 * Backup and restore of one secret with all its versions. The blob is base64url of a small
 * JSON envelope whose payload — the stored object, values still sealed — is sealed again with
 * the vault's data key and the secret's name in the AAD. A blob therefore restores only into
 * the vault it came from (as Azure's restore into the same geography), under the same name,
 * and reproduces the object exactly, version ids and dates included.
 */



const BACKUP_FORMAT = 'coffer-backup/1';
/** A secret has at most thousands of 25 KiB versions; bound what a caller can hand us. */
const MAX_BACKUP_CHARS = 64 * 1024 * 1024;
const backupContext = (vaultId, name) => [BACKUP_FORMAT, vaultId, 'secret', nameKey(name)];
function backupSecret(tx, ctx, name) {
    validateName(name);
    const object = tx.getObject('secret', name);
    if (object === undefined || object.deleted !== undefined)
        throw secretNotFound(name);
    const payload = Buffer.from(JSON.stringify({ recoverableDays: object.recoverableDays, versions: object.versions }), 'utf8');
    const envelope = {
        format: BACKUP_FORMAT, vaultId: ctx.vaultId, type: 'secret', name: object.name,
        sealed: ctx.keys.seal(backupContext(ctx.vaultId, object.name), payload),
    };
    return Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url');
}
function parseEnvelope(blob) {
    const bad = new BadParameterError('Invalid backup blob: expected the base64url text that a secret backup produced.');
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
    if (value.format !== BACKUP_FORMAT || value.type !== 'secret' || typeof value.vaultId !== 'string' || !/^[0-9a-f]{32}$/.test(value.vaultId)
        || typeof value.name !== 'string' || typeof value.sealed !== 'string')
        throw bad;
    validateName(value.name);
    return value;
}
function restoreSecret(tx, ctx, blob) {
    const envelope = parseEnvelope(blob);
    if (envelope.vaultId !== ctx.vaultId) {
        throw new BadParameterError(`This backup belongs to vault ${envelope.vaultId}, not this vault (${ctx.vaultId}): a backup restores only into the vault it came from.`);
    }
    const existing = tx.getObject('secret', envelope.name);
    if (existing !== undefined && !purgeIsDue(existing, ctx.now)) {
        const state = existing.deleted === undefined ? 'exists' : 'exists in a deleted state';
        throw new VaultError('Conflict', `Secret ${quote(existing.name)} ${state}: restore refuses to overwrite it.`);
    }
    let payload;
    try {
        payload = JSON.parse(ctx.keys.unseal(backupContext(ctx.vaultId, envelope.name), envelope.sealed).toString('utf8'));
    }
    catch (error) {
        throw error instanceof IntegrityError ? new IntegrityError('The backup blob failed authentication: it was altered.', error) : error;
    }
    const object = { type: 'secret', name: envelope.name, recoverableDays: payload.recoverableDays, versions: payload.versions };
    const latest = object.versions[object.versions.length - 1];
    if (latest === undefined)
        throw new IntegrityError('The backup blob holds no versions.');
    tx.putObject(object);
    return propertiesOf(object, latest);
}

;// CONCATENATED MODULE: ./lib/core/vault.js
/**
 * The Vault: what every adapter (CLI, actions, server routes) calls. LocalVault runs each
 * operation as one store transaction: check access, do the work, record exactly one audit
 * record (allowed or denied, succeeded or failed), and return only once that record is
 * durable. Each method's doc names the permission it needs.
 */








/** A batch is one transaction holding the lock; bound it, as every input is bounded. */
const MAX_BATCH = 1000;
const secretRead = (name, permission, secret) => ({ name, permission, resource: resourcePath('secrets', secret), writes: false });
const secretWrite = (name, permission, secret) => ({ name, permission, resource: resourcePath('secrets', secret), writes: true });
/** The object id an audit record names for a version: `/secrets/Name/version`. */
const versionId = (properties) => `/secrets/${properties.name}/${properties.version}`;
function parseAuditLine(text, line) {
    try {
        const value = JSON.parse(text);
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // The parser's message may quote the line; ours does not.
    }
    throw new IntegrityError(`Audit log line ${line} is not a record: the log was modified outside Coffer.`);
}
function uuid(bytes) {
    const b = Buffer.from(bytes);
    b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
    b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
class LocalVault {
    #store;
    #who;
    #authorizer;
    #clock;
    #random;
    #callerIpAddress;
    constructor(store, options) {
        this.#store = store;
        this.#who = options.principal;
        this.#authorizer = options.authorizer ?? keyHolderIsAdministrator;
        this.#clock = options.clock ?? (() => new Date());
        this.#random = options.random ?? external_node_crypto_namespaceObject.randomBytes;
        this.#callerIpAddress = options.callerIpAddress;
    }
    get location() {
        return this.#store.location;
    }
    get vaultId() {
        return this.#store.vaultId;
    }
    async setSecret(name, value, options) {
        return this.#run(secretWrite('SecretSet', 'secrets/set', name), (tx, ctx) => setSecret(tx, ctx, name, value, options), (secret) => versionId(secret.properties));
    }
    async getSecret(name, version) {
        return this.#run(secretRead('SecretGet', 'secrets/get', name), (tx, ctx) => getSecret(tx, ctx, name, version), (secret) => versionId(secret.properties));
    }
    async getSecrets(requests) {
        if (requests.length > MAX_BATCH) {
            throw new BadParameterError(`Too many secrets in one batch (${requests.length}): at most ${MAX_BATCH}.`);
        }
        if (requests.length === 0)
            return [];
        const items = requests.map((request) => {
            const operation = secretRead('SecretGet', 'secrets/get', request.name);
            return { request, operation, trace: this.#trace(operation, (secret) => versionId(secret.properties)) };
        });
        return this.#store.transact((tx) => items.map(({ request, operation, trace }) => {
            try {
                return { ok: true, secret: trace.capture(() => {
                        this.#authorize(operation);
                        return getSecret(tx, this.#context(trace.started), request.name, request.version);
                    }) };
            }
            catch (error) {
                if (error instanceof VaultError)
                    return { ok: false, error };
                throw error;
            }
        }), (head, stored) => {
            let previous = head;
            // An unexpected error ends the batch: the items it never reached are not recorded as served.
            return items.filter(({ trace }) => trace.result !== undefined || trace.failure !== undefined).map(({ trace }) => {
                const record = trace.record(previous, stored);
                previous = headOf(record);
                return record;
            });
        });
    }
    async updateSecretProperties(name, version, options) {
        return this.#run(secretWrite('SecretUpdate', 'secrets/update', name), (tx, ctx) => updateSecretProperties(tx, ctx, name, version, options), versionId);
    }
    async listPropertiesOfSecrets(options = {}) {
        const { namePrefix } = options;
        if (namePrefix !== undefined && !/^[0-9a-zA-Z-]{0,127}$/.test(namePrefix)) {
            throw new BadParameterError(`Invalid name prefix ${quote(namePrefix)}: expected 0-127 of 0-9, a-z, A-Z, '-'.`);
        }
        return this.#run(secretRead('SecretList', 'secrets/readMetadata'), (tx) => listSecrets(tx, namePrefix));
    }
    async listPropertiesOfSecretVersions(name) {
        return this.#run(secretRead('SecretListVersions', 'secrets/readMetadata', name), (tx, ctx) => listSecretVersions(tx, ctx.now, name));
    }
    async deleteSecret(name) {
        return this.#run(secretWrite('SecretDelete', 'secrets/delete', name), (tx, ctx) => deleteSecret(tx, ctx, name));
    }
    async listDeletedSecrets() {
        return this.#run(secretRead('SecretListDeleted', 'secrets/readMetadata'), (tx, ctx) => listDeletedSecrets(tx, ctx.now));
    }
    async getDeletedSecret(name) {
        return this.#run(secretRead('SecretGetDeleted', 'secrets/readMetadata', name), (tx, ctx) => getDeletedSecret(tx, ctx.now, name));
    }
    async recoverDeletedSecret(name) {
        return this.#run(secretWrite('SecretRecover', 'secrets/recover', name), (tx, ctx) => recoverDeletedSecret(tx, ctx.now, name));
    }
    async purgeDeletedSecret(name) {
        return this.#run(secretWrite('SecretPurge', 'secrets/purge', name), (tx, ctx) => { purgeDeletedSecret(tx, ctx.now, name); });
    }
    async backupSecret(name) {
        return this.#run(secretRead('SecretBackup', 'secrets/backup', name), (tx, ctx) => backupSecret(tx, ctx, name));
    }
    async restoreSecretBackup(blob) {
        return this.#run(secretWrite('SecretRestore', 'secrets/restore'), (tx, ctx) => restoreSecret(tx, ctx, blob), versionId);
    }
    /** vault/rekey. Re-wraps the data key under `newKey`; every value stays sealed as it is. */
    async rekey(newKey) {
        const operation = { name: 'VaultRekey', permission: 'vault/rekey', resource: '/', writes: true };
        // A denial is audited like any other: #run records it, then throws Forbidden.
        if (!this.#allows(operation))
            return this.#run(operation, () => undefined);
        await this.#store.rekey(newKey, this.#trace(operation, undefined, { keyId: newKey.id }).record);
    }
    /** Records that the vault was created; the first record of a new vault's chain. */
    async recordCreation() {
        await this.#run({ name: 'VaultCreate', permission: 'vault/create', resource: '/', writes: false }, () => undefined);
    }
    /** Walks the audit chain; the store's anchor catches a truncated tail. Needs the vault key. */
    async verifyAudit() {
        const { anchor, lines } = await this.#store.auditSnapshot();
        return verifyChain(lines, (text) => this.#store.keys.auditMac(text), anchor);
    }
    /** The audit records as stored, oldest first. A line that is not a record is an IntegrityError. */
    async *readAudit() {
        const { lines } = await this.#store.auditSnapshot();
        let line = 0;
        for await (const text of lines) {
            line += 1;
            yield parseAuditLine(text, line);
        }
    }
    async close() {
        await this.#store.close();
    }
    #allows(operation) {
        return this.#authorizer.decide(this.#who, operation.permission, operation.resource).allowed;
    }
    #authorize(operation) {
        if (!this.#allows(operation)) {
            throw new VaultError('Forbidden', `${this.#who.name} is not allowed to ${operation.permission} on ${operation.resource}.`, { innerCode: 'ForbiddenByRbac' });
        }
    }
    /**
     * One operation: one transaction, one audit record. A write also purges, in the same
     * transaction, what is past its retention; the purged names go into the operation's record.
     */
    async #run(operation, work, idOf) {
        const trace = this.#trace(operation, idOf);
        return this.#store.transact((tx) => trace.capture(() => {
            this.#authorize(operation);
            const ctx = this.#context(trace.started);
            if (operation.writes)
                trace.purged = sweepExpired(tx, ctx.now);
            return work(tx, ctx);
        }), trace.record);
    }
    #context(now) {
        return {
            vaultId: this.#store.vaultId, keys: this.#store.keys, now,
            newVersion: () => this.#random(16).toString('hex'), recoverableDays: this.#store.recoverableDays,
        };
    }
    /** Follows one operation from its start to its audit record. */
    #trace(operation, idOf, extra = {}) {
        const started = this.#clock();
        const correlationId = uuid(this.#random(16));
        const trace = {
            started,
            purged: [],
            capture: (fn) => {
                try {
                    const result = fn();
                    trace.result = { value: result };
                    return result;
                }
                catch (error) {
                    trace.failure = { error };
                    throw error;
                }
            },
            record: (head, stored) => {
                const { result, failure, purged } = trace;
                const event = auditEvent({
                    operationName: operation.name, vaultId: this.#store.vaultId, who: this.#who, started, finished: this.#clock(),
                    correlationId, id: result !== undefined && idOf !== undefined ? idOf(result.value) : operation.resource,
                    ...(this.#callerIpAddress === undefined ? {} : { callerIpAddress: this.#callerIpAddress }),
                    ...(failure === undefined ? {} : { error: failure.error }),
                    extra: { ...extra, ...(purged.length === 0 ? {} : { autoPurged: purged }) },
                });
                return chainRecord(event, head, stored.generation, (text) => this.#store.keys.auditMac(text));
            },
        };
        return trace;
    }
}

;// CONCATENATED MODULE: ./lib/open-vault.js
/**
 * openVault(location): the one way adapters reach a vault. A path or `file:path` is a vault
 * file (LocalVault over FileStore); `sqlite:` and `https://` are named here so that their
 * users get a clear answer until those stores land.
 */





/** Parses a vault location; relative paths resolve against `cwd`. */
function parseLocation(location, cwd = process.cwd()) {
    if (typeof location !== 'string' || location.trim() === '' || location.length > 4096) {
        throw new BadParameterError('Invalid vault location: expected a file path, file:PATH, sqlite:PATH or an https:// URL.');
    }
    const absolute = (p) => ((0,external_node_path_namespaceObject.isAbsolute)(p) ? p : (0,external_node_path_namespaceObject.resolve)(cwd, p));
    if (location.startsWith('https://'))
        return { kind: 'https', url: location };
    if (location.startsWith('http://')) {
        throw new BadParameterError(`Invalid vault location ${quote(location)}: a remote vault must use https://.`);
    }
    if (location.startsWith('sqlite:'))
        return { kind: 'sqlite', path: absolute(location.slice('sqlite:'.length)) };
    if (location.startsWith('file:'))
        return { kind: 'file', path: absolute(location.slice('file:'.length)) };
    return { kind: 'file', path: absolute(location) };
}
function fileOnly(location, raw) {
    if (location.kind === 'file')
        return location.path;
    const what = location.kind === 'https' ? 'Remote vaults (https://)' : 'SQLite vaults (sqlite:)';
    throw new BadParameterError(`${what} are not supported yet: ${quote(raw)}. Use a vault file path.`);
}
function openVault(location, options) {
    const path = fileOnly(parseLocation(location), location);
    const store = FileStore.open(path, options.masterKey, {
        ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
        ...(options.random === undefined ? {} : { random: options.random }),
        ...(options.minGeneration === undefined ? {} : { minGeneration: options.minGeneration }),
    });
    return new LocalVault(store, vaultOptions(options));
}
/** Creates a new vault file and records its creation as the first audit record. */
async function createVault(location, options) {
    const path = fileOnly(parseLocation(location), location);
    const store = FileStore.create(path, options.masterKey, {
        ...(options.recoverableDays === undefined ? {} : { recoverableDays: options.recoverableDays }),
        ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
        ...(options.random === undefined ? {} : { random: options.random }),
    });
    const vault = new LocalVault(store, vaultOptions(options));
    try {
        await vault.recordCreation();
    }
    catch (error) {
        // A vault whose creation could not be audited is withdrawn, so that its key — which the
        // caller has not yet shown anyone — is not the only way into a file nobody can use.
        (0,external_node_fs_namespaceObject.rmSync)(path, { force: true });
        throw error;
    }
    return vault;
}
function vaultOptions(options) {
    return {
        principal: options.principal,
        ...(options.clock === undefined ? {} : { clock: options.clock }),
        ...(options.random === undefined ? {} : { random: options.random }),
    };
}

;// CONCATENATED MODULE: ./lib/core/access/principal.js
/**
 * Who is calling. A principal is a name plus the claims that identify it (an OS user and
 * host, a GitHub run's repository and workflow, an OIDC token's subject). Claims go into
 * every audit record as AuditEvent.identity.claim.
 */
/** Claims are bounded so that a hostile environment cannot bloat every audit record. */
const MAX_CLAIM_LENGTH = 512;
const MAX_CLAIMS = 32;
function principal(name, claims = {}) {
    const bounded = {};
    for (const [key, value] of Object.entries(claims).slice(0, MAX_CLAIMS)) {
        if (typeof value === 'string' && value.length > 0)
            bounded[key.slice(0, 64)] = value.slice(0, MAX_CLAIM_LENGTH);
    }
    return { name: name.slice(0, MAX_CLAIM_LENGTH), claims: bounded };
}

;// CONCATENATED MODULE: ./lib/caller.js
/**
 * Who the CLI or an action acts as, for the audit log: the OS user at the host and, inside a
 * GitHub Actions job, the run's identity (repository, workflow, run, actor, ref, commit, event).
 * A file vault's key is the credential, so these claims decide nothing; they answer "who did
 * this" afterwards. Shared by the CLI and the actions, so it sits above both.
 */


/** Audit claim name → the GitHub Actions variable it comes from. */
const GITHUB_CLAIMS = {
    repository: 'GITHUB_REPOSITORY',
    repository_id: 'GITHUB_REPOSITORY_ID',
    workflow: 'GITHUB_WORKFLOW',
    run_id: 'GITHUB_RUN_ID',
    run_attempt: 'GITHUB_RUN_ATTEMPT',
    actor: 'GITHUB_ACTOR',
    ref: 'GITHUB_REF',
    sha: 'GITHUB_SHA',
    event_name: 'GITHUB_EVENT_NAME',
};
/** The current OS user and host; containers without a passwd entry fall back to $USER. */
function currentHost(env) {
    let user;
    try {
        user = (0,external_node_os_namespaceObject.userInfo)().username;
    }
    catch {
        // userInfo() throws when the uid has no passwd entry (common in containers).
        user = env.USER ?? env.USERNAME ?? 'unknown';
    }
    return { user, host: (0,external_node_os_namespaceObject.hostname)() };
}
/** The principal recorded in every audit record of this CLI run or action step. */
function callerPrincipal(env, host = currentHost(env)) {
    const claims = { user: host.user, host: host.host };
    if (env.GITHUB_ACTIONS === 'true') {
        for (const [claim, variable] of Object.entries(GITHUB_CLAIMS))
            claims[claim] = env[variable];
    }
    return principal(`${host.user}@${host.host}`, claims);
}

;// CONCATENATED MODULE: ./lib/core/crypto/master-key.js
/**
 * The master key: 32 random bytes, written as base64. The same text is what users keep in
 * `COFFER_KEY`, in a key file, and in the GitHub secret. Error messages describe the shape of
 * a bad key, never its content.
 */


const MASTER_KEY_BYTES = 32;
/** An opaque master key; `bytes` never leaves the crypto layer except to wrap or unwrap. */
class MasterKey {
    #bytes;
    constructor(bytes) {
        this.#bytes = bytes;
    }
    /** Parses base64 (standard or URL alphabet, surrounding whitespace ignored) of exactly 32 bytes. */
    static parse(text, source = 'master key') {
        const trimmed = text.trim();
        if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
            throw new BadParameterError(`Invalid ${source}: expected base64 of ${MASTER_KEY_BYTES} bytes (44 characters); it has characters outside base64.`);
        }
        const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
        if (bytes.length !== MASTER_KEY_BYTES) {
            throw new BadParameterError(`Invalid ${source}: expected base64 of ${MASTER_KEY_BYTES} bytes; it decodes to ${bytes.length} bytes.`);
        }
        return new MasterKey(bytes);
    }
    static generate(random = external_node_crypto_namespaceObject.randomBytes) {
        return new MasterKey(Buffer.from(random(MASTER_KEY_BYTES)));
    }
    /** The text form users store; call only to hand a new key to its owner once. */
    toBase64() {
        return this.#bytes.toString('base64');
    }
    /**
     * A public fingerprint: tells a wrong key from a damaged vault without revealing the key.
     * HMAC with the key itself, so the fingerprint says nothing about other keys.
     */
    get id() {
        return (0,external_node_crypto_namespaceObject.createHmac)('sha256', this.#bytes).update('coffer/key-id/v1').digest('hex').slice(0, 16);
    }
    /** @internal for the envelope only. */
    get bytes() {
        return this.#bytes;
    }
    /** Keep the key out of console.log, JSON and inspection. */
    toJSON() {
        return '[MasterKey]';
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return `MasterKey(${this.id})`;
    }
}

;// CONCATENATED MODULE: ./lib/cli/files.js
/**
 * The files the CLI itself reads and writes: a value or a backup blob given with --file, and
 * the new files it creates (key files, backups). New files are created exclusively with mode
 * 0600 and fsynced, folder included, before the CLI reports them: a key file is the only way
 * back into a vault, so "written" has to mean durable. Messages name paths and errno codes only.
 */





/** Quotes a path for a message: bounded generously, since paths are not secret but can be long. */
function quotePath(path) {
    return quote(path, 512);
}
/**
 * Reads a whole regular file of at most `maxBytes`; `what` names it in messages (`Value file`).
 * `check` sees the open file's stat, so that what is checked is what is read.
 */
function readSmallFile(path, maxBytes, what, check) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    }
    catch (error) {
        throw new CliError('FileUnreadable', `Could not open ${what.toLowerCase()} ${quotePath(path)} (${errnoOf(error) ?? 'error'}).`);
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile())
            throw new CliError('FileUnreadable', `${what} ${quotePath(path)} is not a regular file.`);
        check?.(stat);
        if (stat.size > maxBytes)
            throw new CliError('TooLarge', `${what} ${quotePath(path)} is ${stat.size} bytes: the limit is ${maxBytes} bytes.`);
        return readFully(fd, 0, stat.size);
    }
    catch (error) {
        if (error instanceof CliError)
            throw error;
        throw new CliError('FileUnreadable', `Could not read ${what.toLowerCase()} ${quotePath(path)} (${errnoOf(error) ?? 'error'}).`);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Decodes text strictly: a secret value is UTF-8 text, and a lossy decode would store
 * something other than what the user gave without saying so. A byte-order mark is kept.
 */
function decodeUtf8(bytes, source) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new CliError('NotUtf8', `${source} is not valid UTF-8 text; store binary data as base64 (with --content-type).`);
    }
}
/** Reserves `path` for a new file: exclusive create, mode 0600. Refuses an existing path. */
function openNewFile(path) {
    try {
        const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'wx', 0o600);
        // The umask cannot widen 0600, but a restrictive one may have narrowed it; say exactly.
        (0,external_node_fs_namespaceObject.fchmodSync)(fd, 0o600);
        return fd;
    }
    catch (error) {
        if (errnoOf(error) === 'EEXIST')
            throw new CliError('FileExists', `${quotePath(path)} already exists; it was left unchanged.`);
        throw new CliError('FileUnwritable', `Could not create ${quotePath(path)} (${errnoOf(error) ?? 'error'}).`);
    }
}
/** Writes `text` into a file from openNewFile, fsyncs it and its folder; removes it on failure. */
function finishNewFile(fd, path, text) {
    try {
        const data = Buffer.from(text, 'utf8');
        writeFully(fd, data);
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
    }
    catch (error) {
        abandonNewFile(fd, path);
        throw new CliError('FileUnwritable', `Could not write ${quotePath(path)} (${errnoOf(error) ?? 'error'}); it was removed.`);
    }
    (0,external_node_fs_namespaceObject.closeSync)(fd);
    try {
        fsyncDirectory((0,external_node_path_namespaceObject.dirname)(path));
    }
    catch (error) {
        throw new CliError('FileUnwritable', `Wrote ${quotePath(path)} but could not fsync its folder (${errnoOf(error) ?? 'error'}).`);
    }
}
/** Closes and removes a file from openNewFile whose content never came (the operation failed). */
function abandonNewFile(fd, path) {
    (0,external_node_fs_namespaceObject.closeSync)(fd);
    (0,external_node_fs_namespaceObject.unlinkSync)(path);
}
/** Creates `path` holding `text`, exclusively, 0600, durably. */
function writeNewFile(path, text) {
    finishNewFile(openNewFile(path), path, text);
}

;// CONCATENATED MODULE: ./lib/cli/key-source.js
/**
 * Where the master key comes from: `--key-file PATH`, else `COFFER_KEY` (the base64 text
 * itself), else `COFFER_KEY_FILE`. A key file is refused when group or others can read or
 * write it, as ssh refuses a private key: a world-readable key is as good as published. Messages
 * quote paths and modes, never the file's content.
 */




/** A key file holds 44 characters of base64 and a newline; anything far larger is not a key. */
const MAX_KEY_FILE_BYTES = 4096;
/** The octal mode as users type it for chmod: `0644`. */
function formatMode(mode) {
    return (mode & 0o777).toString(8).padStart(4, '0');
}
/** Refuses a key file that is not private to its owner. POSIX only: Windows has ACLs instead. */
function checkKeyFileMode(path, mode, platform = process.platform) {
    if (platform === 'win32' || (mode & 0o077) === 0)
        return;
    throw new CliError('KeyFileInsecure', `Key file ${quotePath(path)} has mode ${formatMode(mode)}: a key file must be readable by its owner only (run chmod 600 ${quotePath(path)}).`);
}
/** Reads and parses a key file; the mode is checked on the same open file that is read. */
function readKeyFile(path) {
    const bytes = readSmallFile(path, MAX_KEY_FILE_BYTES, 'Key file', (stat) => { checkKeyFileMode(path, stat.mode); });
    return MasterKey.parse(decodeUtf8(bytes, `Key file ${quotePath(path)}`), `key file ${quotePath(path)}`);
}
/**
 * The master key for a command that opens an existing vault. `keyFileFlag` is `--key-file`
 * as given (relative to `cwd`).
 */
function resolveMasterKey(keyFileFlag, env, cwd) {
    if (keyFileFlag !== undefined)
        return readKeyFile((0,external_node_path_namespaceObject.resolve)(cwd, keyFileFlag));
    const inline = env.COFFER_KEY;
    if (inline !== undefined && inline !== '')
        return MasterKey.parse(inline, 'COFFER_KEY');
    const file = env.COFFER_KEY_FILE;
    if (file !== undefined && file !== '')
        return readKeyFile((0,external_node_path_namespaceObject.resolve)(cwd, file));
    // GitHub Actions sets an unknown secret to '': say so, it is the usual cause.
    const emptyNote = inline === '' ? ' (COFFER_KEY is set but empty)' : '';
    throw new CliError('NoMasterKey', `No master key${emptyNote}: set COFFER_KEY to the key's base64 text, or give --key-file PATH or COFFER_KEY_FILE naming a file (mode 0600) that holds it.`);
}

;// CONCATENATED MODULE: ./lib/cli/vault-context.js
/**
 * Opening the vault a command names: its location (`--vault`, else COFFER_VAULT, else
 * `.coffer/vault.json` under the working folder), the master key, and the caller's principal.
 * Commands get a vault for the length of one callback and it is closed however that ends.
 */




/** Where a vault lives when neither --vault nor COFFER_VAULT says. */
const DEFAULT_VAULT = '.coffer/vault.json';
/** The vault location as given: --vault, else COFFER_VAULT, else the default. */
function givenLocation(args, io) {
    const fromEnv = io.env.COFFER_VAULT;
    return args.string('vault') ?? (fromEnv === undefined || fromEnv === '' ? DEFAULT_VAULT : fromEnv);
}
/**
 * The location to hand to openVault: a file path made absolute against the injected cwd
 * (openVault would use the process's), anything else as given, for openVault to refuse clearly.
 */
function resolvedLocation(args, io) {
    const given = givenLocation(args, io);
    const location = parseLocation(given, io.cwd);
    return location.kind === 'file' ? location.path : given;
}
/** The master key named by --key-file, COFFER_KEY or COFFER_KEY_FILE. */
function masterKeyFor(args, io) {
    return resolveMasterKey(args.string('key-file'), io.env, io.cwd);
}
/**
 * COFFER_MIN_GENERATION: refuse a vault file older than this generation. Kept outside the
 * repository (a CI variable), it exposes a vault file rolled back together with its log.
 */
function minGenerationOf(env) {
    const text = env.COFFER_MIN_GENERATION;
    if (text === undefined || text === '')
        return undefined;
    if (!/^\d{1,15}$/.test(text)) {
        throw new CliError('BadEnvironment', 'COFFER_MIN_GENERATION must be a whole number (a vault generation).');
    }
    return Number(text);
}
/** Opens the vault with `key` (default: the configured one), runs `work`, and closes it. */
async function withVault(args, io, work, key) {
    const location = resolvedLocation(args, io);
    const minGeneration = minGenerationOf(io.env);
    const vault = openVault(location, {
        masterKey: key ?? masterKeyFor(args, io), principal: callerPrincipal(io.env),
        ...(minGeneration === undefined ? {} : { minGeneration }),
    });
    try {
        return await work(vault);
    }
    finally {
        await vault.close();
    }
}

;// CONCATENATED MODULE: ./lib/cli/commands/audit.js




/** The last `count` items of a stream, holding no more than that many at once (a ring). */
async function lastOf(items, count) {
    const ring = [];
    let seen = 0;
    for await (const item of items) {
        ring[seen % count] = item;
        seen += 1;
    }
    return seen <= count ? ring : [...ring.slice(seen % count), ...ring.slice(0, seen % count)];
}
async function showAudit(args, io) {
    const tail = args.string('tail');
    const count = tail === undefined ? undefined : parseInteger(tail, '--tail', { min: 1, max: Number.MAX_SAFE_INTEGER }, 'audit show');
    // As stored: re-serialising a parsed line gives back the same text, field order included.
    const render = args.flag('json') ? (record) => JSON.stringify(record) : auditLine;
    // A line that is not a record fails with IntegrityError naming it (without quoting it).
    await withVault(args, io, async (vault) => {
        if (count !== undefined) {
            for (const record of await lastOf(vault.readAudit(), count))
                io.writeOut(`${render(record)}\n`);
            return;
        }
        for await (const record of vault.readAudit())
            io.writeOut(`${render(record)}\n`);
    });
}
async function verifyAudit(args, io) {
    const verdict = await withVault(args, io, (vault) => vault.verifyAudit());
    if (!verdict.ok) {
        const seq = verdict.seq === undefined ? 'unreadable' : String(verdict.seq);
        throw new CliError('AuditChainBroken', `Audit log broken at line ${verdict.line} (seq ${seq}): ${verdict.reason}.`);
    }
    io.writeOut(`Audit log intact: ${verdict.records} records, head sequence ${verdict.head?.seq ?? 0}.\n`);
}
const auditShowCommand = {
    name: 'audit show',
    synopsis: 'audit show [--json] [--tail N]',
    summary: 'Print the audit log, oldest first.',
    details: [
        '--json                one record per line (JSON Lines), exactly as stored',
        '--tail N              only the last N records',
    ],
    options: { json: { type: 'boolean' }, tail: { type: 'string' } },
    positionals: [],
    run: showAudit,
};
const auditVerifyCommand = {
    name: 'audit verify',
    synopsis: 'audit verify',
    summary: 'Check the audit log\'s hash chain; exit 1 naming the first bad record.',
    details: [],
    options: {},
    positionals: [],
    run: verifyAudit,
};

;// CONCATENATED MODULE: ./lib/cli/commands/init.js
/**
 * `coffer init`: a new vault under a new master key. The key exists nowhere else, so it is
 * either written to --key-file (exclusively, 0600, fsynced) before the vault is created, or
 * printed once on stdout after it is — and never both, and never on stderr.
 */












function initSettings(args, io) {
    const where = givenLocation(args, io);
    const location = parseLocation(where, io.cwd);
    if (location.kind !== 'file') {
        throw new VaultError('BadParameter', `coffer init creates vault files: ${quote(where)} is not a file path.`);
    }
    const days = args.string('retention-days');
    const given = args.string('key-file');
    const keyFile = given === undefined ? undefined : (0,external_node_path_namespaceObject.resolve)(io.cwd, given);
    if (keyFile === location.path)
        throw new UsageError('--key-file must not be the vault file itself.', 'init');
    return {
        vaultPath: location.path,
        keyFile,
        recoverableDays: days === undefined
            ? LIMITS.defaultRecoverableDays
            : parseInteger(days, '--retention-days', { min: LIMITS.minRecoverableDays, max: LIMITS.maxRecoverableDays }, 'init'),
    };
}
async function init(args, io) {
    const settings = initSettings(args, io);
    if ((0,external_node_fs_namespaceObject.existsSync)(settings.vaultPath)) {
        throw new VaultError('Conflict', `A vault already exists at ${quotePath(settings.vaultPath)}; it was left unchanged.`);
    }
    makeFolder((0,external_node_path_namespaceObject.dirname)(settings.vaultPath));
    const key = MasterKey.generate();
    if (settings.keyFile !== undefined)
        writeNewFile(settings.keyFile, `${key.toBase64()}\n`);
    try {
        const vault = await createVault(settings.vaultPath, { masterKey: key, principal: callerPrincipal(io.env), recoverableDays: settings.recoverableDays });
        await vault.close();
    }
    catch (error) {
        // Another init won the race: this key opens nothing, so it must not be left to look valid.
        if (settings.keyFile !== undefined && isVaultError(error) && error.code === 'Conflict')
            (0,external_node_fs_namespaceObject.unlinkSync)(settings.keyFile);
        throw error;
    }
    report(settings, key, io);
}
/** Creates the vault's folder; each new folder's entry is fsynced, so the vault cannot vanish with it on power loss. */
function makeFolder(folder) {
    try {
        const first = (0,external_node_fs_namespaceObject.mkdirSync)(folder, { recursive: true, mode: 0o700 });
        for (let made = first === undefined ? undefined : folder; made !== undefined; made = made === first ? undefined : (0,external_node_path_namespaceObject.dirname)(made)) {
            fsyncDirectory((0,external_node_path_namespaceObject.dirname)(made));
        }
    }
    catch (error) {
        throw new CliError('FileUnwritable', `Could not create the folder ${quotePath(folder)} (${errnoOf(error) ?? 'error'}).`);
    }
}
function report(settings, key, io) {
    if (settings.keyFile !== undefined) {
        io.writeOut(`Created vault ${settings.vaultPath} (key id ${key.id}); the master key is in ${settings.keyFile} (mode 0600).\n`);
        return;
    }
    io.writeOut(`${key.toBase64()}\n`);
    io.writeErr(`coffer: Created vault ${settings.vaultPath} (key id ${key.id}).\n`
        + 'coffer: Its master key was printed on stdout and is shown only this once: store it now, e.g. as the GitHub secret COFFER_KEY;'
        + ' give it to coffer in COFFER_KEY, or in a key file (mode 0600) named by --key-file or COFFER_KEY_FILE.\n');
}
const initCommand = {
    name: 'init',
    synopsis: 'init [--vault PATH] [--key-file PATH] [--retention-days N]',
    summary: 'Create a new vault and its master key.',
    details: [
        '--key-file PATH       write the new key to PATH (created, mode 0600) instead of printing it',
        '--retention-days N    days a deleted secret stays recoverable, 7-90 (default 90)',
    ],
    options: { 'retention-days': { type: 'string' } },
    positionals: [],
    run: init,
};

;// CONCATENATED MODULE: ./lib/cli/commands/rekey.js
/**
 * `coffer rekey`: re-wraps the vault's data key under a new master key; no value is re-sealed.
 * A generated key is written and fsynced before the vault changes: if the process dies in
 * between, the vault still opens with the old key and the new key file is merely unused,
 * whereas the other order could leave a vault that no surviving key opens.
 */







/** The new key: read from PATH if it exists (same 0600 rule as any key file), else made and saved there. */
function newKeyAt(path) {
    if ((0,external_node_fs_namespaceObject.existsSync)(path))
        return readKeyFile(path);
    const key = MasterKey.generate();
    writeNewFile(path, `${key.toBase64()}\n`);
    return key;
}
async function rekey(args, io) {
    const given = args.string('new-key-file');
    if (given === undefined)
        throw new UsageError('\'coffer rekey\' needs --new-key-file PATH.', 'rekey');
    const oldKey = masterKeyFor(args, io);
    await withVault(args, io, async (vault) => {
        // Opening the vault first proves the old key before any new key file is made.
        const newKey = newKeyAt((0,external_node_path_namespaceObject.resolve)(io.cwd, given));
        if (newKey.id === oldKey.id)
            throw new CliError('SameKey', `The key in ${quotePath(given)} is the vault's current master key; nothing was changed.`);
        await vault.rekey(newKey);
        io.writeOut(`Re-wrapped the data key under the new master key (key id ${newKey.id}). Keep ${given}; the old key no longer opens this vault file (old copies of it still open with the old key).\n`);
    }, oldKey);
}
const rekeyCommand = {
    name: 'rekey',
    synopsis: 'rekey --new-key-file PATH',
    summary: 'Put the vault under a new master key (re-wraps the data key only).',
    details: ['--new-key-file PATH   the new key: read from PATH if it exists (mode 0600), else generated and written there (0600)'],
    options: { 'new-key-file': { type: 'string' } },
    positionals: [],
    run: rekey,
};

;// CONCATENATED MODULE: ./lib/cli/commands/secret-lifecycle.js
/**
 * The lifecycle commands: `secret delete` (soft: the name stays reserved), `secret recover`
 * and `secret purge`; and `secret backup` / `secret restore`, whose blob is sealed under this
 * vault's data key and restores only into this vault.
 */





async function secret_lifecycle_deleteSecret(args, io) {
    const deleted = await withVault(args, io, (vault) => vault.deleteSecret(args.positional(0)));
    const name = deleted.properties.name;
    io.writeOut(`Deleted secret ${name}; recoverable until ${deleted.scheduledPurgeDate.toISOString()} with 'coffer secret recover ${name}'.\n`);
}
async function recoverSecret(args, io) {
    const p = await withVault(args, io, (vault) => vault.recoverDeletedSecret(args.positional(0)));
    io.writeOut(`Recovered secret ${p.name} (latest version ${p.version}).\n`);
}
async function purgeSecret(args, io) {
    const name = args.positional(0);
    await withVault(args, io, (vault) => vault.purgeDeletedSecret(name));
    io.writeOut(`Purged secret ${name}.\n`);
}
/** With --out the file is reserved first, so that an existing file fails before the vault is asked. */
async function secret_lifecycle_backupSecret(args, io) {
    const name = args.positional(0);
    const given = args.string('out');
    if (given === undefined) {
        io.writeOut(`${await withVault(args, io, (vault) => vault.backupSecret(name))}\n`);
        return;
    }
    const out = (0,external_node_path_namespaceObject.resolve)(io.cwd, given);
    const fd = openNewFile(out);
    let blob;
    try {
        blob = await withVault(args, io, (vault) => vault.backupSecret(name));
    }
    catch (error) {
        abandonNewFile(fd, out);
        throw error;
    }
    finishNewFile(fd, out, `${blob}\n`);
    io.writeOut(`Backed up secret ${name} to ${given}.\n`);
}
async function readBlob(args, io) {
    const file = args.string('file');
    if (file !== undefined)
        return decodeUtf8(readSmallFile((0,external_node_path_namespaceObject.resolve)(io.cwd, file), MAX_BACKUP_CHARS, 'Backup file'), 'The backup file');
    if (io.stdinIsTTY)
        io.writeErr('coffer: reading the backup from stdin; end it with Ctrl-D.\n');
    const bytes = await io.readStdin(MAX_BACKUP_CHARS);
    if (bytes.length > MAX_BACKUP_CHARS)
        throw new CliError('TooLarge', `The backup on stdin is more than ${MAX_BACKUP_CHARS} bytes, larger than any backup.`);
    return decodeUtf8(bytes, 'The backup on stdin');
}
async function secret_lifecycle_restoreSecret(args, io) {
    const blob = (await readBlob(args, io)).trim();
    const p = await withVault(args, io, (vault) => vault.restoreSecretBackup(blob));
    io.writeOut(`Restored secret ${p.name} (latest version ${p.version}).\n`);
}
const nameCommand = (name, summary, run) => ({ name: `secret ${name}`, synopsis: `secret ${name} NAME`, summary, details: [], options: {}, positionals: ['NAME'], run });
const secretDeleteCommand = nameCommand('delete', 'Delete a secret (soft: recoverable until its purge date).', secret_lifecycle_deleteSecret);
const secretRecoverCommand = nameCommand('recover', 'Recover a deleted secret, all its versions.', recoverSecret);
const secretPurgeCommand = nameCommand('purge', 'Remove a deleted secret for good.', purgeSecret);
const secretBackupCommand = {
    name: 'secret backup',
    synopsis: 'secret backup NAME [--out FILE]',
    summary: 'Write a sealed backup of a secret, every version; it restores only into this vault.',
    details: ['--out FILE            write the backup to FILE (created, mode 0600) instead of stdout'],
    options: { out: { type: 'string' } },
    positionals: ['NAME'],
    run: secret_lifecycle_backupSecret,
};
const secretRestoreCommand = {
    name: 'secret restore',
    synopsis: 'secret restore [--file FILE]',
    summary: 'Restore a secret from a backup (refused if the name exists, deleted or not).',
    details: ['--file FILE           read the backup from FILE instead of stdin'],
    options: { file: { type: 'string' } },
    positionals: [],
    run: secret_lifecycle_restoreSecret,
};

;// CONCATENATED MODULE: ./lib/cli/commands/secret-read.js


/**
 * Prints the value exactly as stored, so that `$(coffer secret get x)` and `> file` round-trip
 * byte for byte; only a terminal gets a newline, for the prompt's sake.
 */
async function secret_read_getSecret(args, io) {
    const secret = await withVault(args, io, (vault) => vault.getSecret(args.positional(0), args.string('version')));
    // Azure serves expired and not-yet-valid versions; the caller should at least hear about it.
    const warning = validityWarning(secret.properties, io.now());
    if (warning !== undefined)
        io.writeErr(`coffer: warning: ${warning}\n`);
    if (args.flag('json')) {
        io.writeOut(renderJson(bundleJson(secret)));
        return;
    }
    io.writeOut(io.stdoutIsTTY ? `${secret.value}\n` : secret.value);
}
async function secret_read_listSecrets(args, io) {
    const list = await withVault(args, io, (vault) => vault.listPropertiesOfSecrets());
    io.writeOut(args.flag('json') ? renderJson(list.map(propertiesJson)) : propertiesTable(list, io.now(), 'No secrets.'));
}
async function listVersions(args, io) {
    const list = await withVault(args, io, (vault) => vault.listPropertiesOfSecretVersions(args.positional(0)));
    io.writeOut(args.flag('json') ? renderJson(list.map(propertiesJson)) : propertiesTable(list, io.now(), 'No versions.'));
}
async function listDeleted(args, io) {
    const list = await withVault(args, io, (vault) => vault.listDeletedSecrets());
    io.writeOut(args.flag('json') ? renderJson(list.map(deletedJson)) : deletedTable(list, io.now()));
}
const JSON_OPTION = { json: { type: 'boolean' } };
const secretGetCommand = {
    name: 'secret get',
    synopsis: 'secret get NAME [--version V] [--json]',
    summary: 'Print a secret\'s value (the latest version unless --version).',
    details: [
        '--version V           the version to read (default: the latest)',
        '--json                print the whole bundle, value and properties, as JSON',
    ],
    options: { ...JSON_OPTION, version: { type: 'string' } },
    positionals: ['NAME'],
    run: secret_read_getSecret,
};
const secretListCommand = {
    name: 'secret list',
    synopsis: 'secret list [--json]',
    summary: 'List secrets: the latest version\'s properties of each, no values.',
    details: ['--json                print a JSON array of properties'],
    options: JSON_OPTION,
    positionals: [],
    run: secret_read_listSecrets,
};
const secretVersionsCommand = {
    name: 'secret versions',
    synopsis: 'secret versions NAME [--json]',
    summary: 'List every version of a secret, oldest first, no values.',
    details: ['--json                print a JSON array of properties'],
    options: JSON_OPTION,
    positionals: ['NAME'],
    run: listVersions,
};
const secretDeletedCommand = {
    name: 'secret deleted',
    synopsis: 'secret deleted [--json]',
    summary: 'List deleted secrets that can still be recovered or purged.',
    details: ['--json                print a JSON array of deleted secrets'],
    options: JSON_OPTION,
    positionals: [],
    run: listDeleted,
};

;// CONCATENATED MODULE: ./lib/cli/commands/secret-write.js
/**
 * `coffer secret set` and `coffer secret update`: a new version with its value, or new
 * properties for an existing version. The value arrives from a file or stdin by preference;
 * `--value` works but leaks into shell history and the process list, so it draws a warning
 * (which, like every message here, never contains the value).
 */







/** The options set and update share, parsed; undefined where not given. */
function propertyOptions(args, command) {
    const expires = args.string('expires');
    const notBefore = args.string('not-before');
    const contentType = args.string('content-type');
    const tags = args.strings('tag');
    return {
        ...(expires === undefined ? {} : { expiresOn: parseIsoDate(expires, '--expires', command) }),
        ...(notBefore === undefined ? {} : { notBefore: parseIsoDate(notBefore, '--not-before', command) }),
        ...(contentType === undefined ? {} : { contentType }),
        ...(tags.length === 0 ? {} : { tags: parseTags(tags, command) }),
    };
}
function valueSource(args, io) {
    const inline = args.string('value');
    const file = args.string('file');
    if (inline !== undefined && file !== undefined)
        throw new UsageError('Give the value with --value or --file, not both.', 'secret set');
    if (file !== undefined)
        return { kind: 'file', path: (0,external_node_path_namespaceObject.resolve)(io.cwd, file) };
    return inline === undefined ? { kind: 'stdin' } : { kind: 'inline', value: inline };
}
async function readValue(source, io) {
    const max = LIMITS.secretValueBytes;
    switch (source.kind) {
        case 'inline':
            io.writeErr('coffer: warning: a value given with --value can leak into shell history and process lists; prefer --file F or stdin.\n');
            return source.value;
        case 'file':
            return decodeUtf8(readSmallFile(source.path, max, 'Value file'), 'The value file');
        case 'stdin': {
            if (io.stdinIsTTY)
                io.writeErr('coffer: reading the value from stdin; end it with Ctrl-D (it is stored exactly, newline included).\n');
            const bytes = await io.readStdin(max);
            if (bytes.length > max)
                throw new CliError('TooLarge', `The value on stdin is more than ${max} bytes (25 KiB), the limit for a secret value.`);
            // An empty stdin is more often a forgotten pipe (CI gives /dev/null) than an intended empty value.
            if (bytes.length === 0)
                io.writeErr('coffer: warning: the value read from stdin is empty.\n');
            return decodeUtf8(bytes, 'The value on stdin');
        }
    }
}
async function secret_write_setSecret(args, io) {
    const name = args.positional(0);
    const options = { ...propertyOptions(args, 'secret set'), ...(args.flag('disabled') ? { enabled: false } : {}) };
    const source = valueSource(args, io);
    const value = await readValue(source, io);
    const secret = await withVault(args, io, (vault) => vault.setSecret(name, value, options));
    const p = secret.properties;
    io.writeOut(args.flag('json') ? renderJson(propertiesJson(p)) : `Set secret ${p.name} version ${p.version}\n`);
}
async function updateSecret(args, io) {
    const name = args.positional(0);
    const enabled = args.string('enabled');
    const options = {
        ...propertyOptions(args, 'secret update'),
        ...(enabled === undefined ? {} : { enabled: parseBoolean(enabled, '--enabled', 'secret update') }),
    };
    if (Object.keys(options).length === 0) {
        throw new UsageError('Nothing to update: give --enabled, --expires, --not-before, --content-type or --tag.', 'secret update');
    }
    const p = await withVault(args, io, (vault) => vault.updateSecretProperties(name, args.string('version'), options));
    io.writeOut(args.flag('json') ? renderJson(propertiesJson(p)) : `Updated secret ${p.name} version ${p.version}\n`);
}
const PROPERTY_OPTIONS = {
    'content-type': { type: 'string' },
    expires: { type: 'string' },
    'not-before': { type: 'string' },
    tag: { type: 'string', multiple: true },
    json: { type: 'boolean' },
};
const PROPERTY_DETAILS = [
    '--content-type T      a MIME type or any hint of what the value is (at most 255 characters)',
    '--expires ISO         expiry date, ISO 8601 (2026-01-31 or 2026-01-31T12:00:00Z)',
    '--not-before ISO      date before which the version is not yet valid, ISO 8601',
    '--tag K=V             a tag; repeat for more (at most 15)',
    '--json                print the version\'s properties as JSON',
];
const secretSetCommand = {
    name: 'secret set',
    synopsis: 'secret set NAME [--value V | --file F | stdin] [--content-type T] [--expires ISO] [--not-before ISO] [--tag K=V]... [--disabled] [--json]',
    summary: 'Store a new version of a secret.',
    details: [
        '--file F              read the value from file F, byte for byte (UTF-8, at most 25 KiB)',
        '--value V             the value itself (discouraged: it leaks into shell history and ps)',
        '                      without --file or --value the value is read from stdin, verbatim',
        ...PROPERTY_DETAILS,
        '--disabled            store the version disabled (it is not served until enabled)',
    ],
    options: { ...PROPERTY_OPTIONS, value: { type: 'string' }, file: { type: 'string' }, disabled: { type: 'boolean' } },
    positionals: ['NAME'],
    run: secret_write_setSecret,
};
const secretUpdateCommand = {
    name: 'secret update',
    synopsis: 'secret update NAME [--version V] [--enabled true|false] [--expires ISO] [--not-before ISO] [--content-type T] [--tag K=V]... [--json]',
    summary: 'Change the properties of a version (the latest unless --version); never the value.',
    details: [
        '--version V           the version to change (default: the latest)',
        '--enabled true|false  enable or disable the version',
        ...PROPERTY_DETAILS.map((line) => (line.startsWith('--tag') ? '--tag K=V             replaces all of the version\'s tags; repeat for more' : line)),
    ],
    options: { ...PROPERTY_OPTIONS, version: { type: 'string' }, enabled: { type: 'string' } },
    positionals: ['NAME'],
    run: updateSecret,
};

;// CONCATENATED MODULE: ./lib/cli/commands/registry.js






const COMMANDS = [
    initCommand,
    secretSetCommand,
    secretGetCommand,
    secretListCommand,
    secretVersionsCommand,
    secretUpdateCommand,
    secretDeleteCommand,
    secretRecoverCommand,
    secretPurgeCommand,
    secretDeletedCommand,
    secretBackupCommand,
    secretRestoreCommand,
    auditShowCommand,
    auditVerifyCommand,
    rekeyCommand,
];
/** Words that take a subcommand: `coffer secret …`, `coffer audit …`. */
const GROUPS = ['secret', 'audit'];

;// CONCATENATED MODULE: ./lib/cli/version.js
/**
 * The CLI's version. A constant rather than a read of package.json at run time: the bundle in
 * dist/cli/ has no package.json beside it, and reading one relative to the caller's working
 * folder could report some other package's version. test/cli checks it against package.json.
 */
const version_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/cli/usage.js

const COMMON = [
    'Options every command accepts:',
    '  --vault PATH          the vault file (default: $COFFER_VAULT, else .coffer/vault.json)',
    '  --key-file PATH       a file holding the master key (mode 0600); for init, where to write it',
    '  -h, --help            show help',
];
const ENVIRONMENT = [
    'Environment:',
    '  COFFER_VAULT          the vault file, when --vault is not given',
    '  COFFER_KEY            the master key itself (base64 of 32 bytes), when --key-file is not given',
    '  COFFER_KEY_FILE       a file holding the master key, when neither --key-file nor COFFER_KEY is given',
];
const EXIT_CODES = ['Exit codes: 0 success, 1 the operation failed (one line on stderr), 2 usage error.'];
function commandList(commands) {
    const width = Math.max(...commands.map((c) => c.name.length));
    return commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
}
/** `coffer --help`. */
function mainHelp(commands) {
    return [
        `coffer ${version_VERSION}: a key vault for CI/CD pipelines.`,
        '',
        'Usage: coffer COMMAND [options]',
        '',
        'Commands:',
        ...commandList(commands),
        '',
        ...COMMON,
        '',
        ...ENVIRONMENT,
        '',
        ...EXIT_CODES,
        'Run \'coffer COMMAND --help\' for a command\'s options.',
    ].join('\n') + '\n';
}
/** `coffer secret --help`: the group's commands and their synopses. */
function groupHelp(group, commands) {
    const members = commands.filter((c) => c.name.startsWith(`${group} `));
    return [
        `Usage: coffer ${group} COMMAND [options]`,
        '',
        ...members.map((c) => `  coffer ${c.synopsis}`),
        '',
        ...COMMON,
        '',
        `Run 'coffer ${group} COMMAND --help' for a command's options.`,
    ].join('\n') + '\n';
}
/** `coffer secret set --help`. */
function commandHelp(command) {
    return [
        `Usage: coffer ${command.synopsis}`,
        '',
        command.summary,
        ...(command.details.length === 0 ? [] : ['', 'Options:', ...command.details.map((d) => `  ${d}`)]),
        '',
        ...COMMON,
    ].join('\n') + '\n';
}
/** The hint after a usage error: the synopsis of what was attempted, and where to learn more. */
function usageHint(command, group) {
    if (command !== undefined)
        return `Usage: coffer ${command.synopsis}\nRun 'coffer ${command.name} --help' for details.\n`;
    if (group !== undefined)
        return `Usage: coffer ${group} COMMAND [options]\nRun 'coffer ${group} --help' for its commands.\n`;
    return 'Usage: coffer COMMAND [options]\nRun \'coffer --help\' for the commands.\n';
}

;// CONCATENATED MODULE: ./lib/cli/run.js
/**
 * The CLI's one entry point below main.ts: picks the command, parses its command line, runs it,
 * and maps whatever it throws to an exit code and at most one line on stderr. This is the only
 * place that turns an error into text, so it is the one place that decides what text is safe.
 */








const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const HELP_FLAGS = ['--help', '-h'];
const findCommand = (name) => COMMANDS.find((c) => c.name === name);
/** True if a help flag comes before any `--` (after which everything is an argument). */
function wantsHelp(argv) {
    const end = argv.indexOf('--');
    return (end < 0 ? argv : argv.slice(0, end)).some((word) => HELP_FLAGS.includes(word));
}
/** `coffer help [TOPIC…]`. */
function helpFor(topic) {
    const name = topic.join(' ');
    if (name === '')
        return mainHelp(COMMANDS);
    if (GROUPS.includes(name))
        return groupHelp(name, COMMANDS);
    const command = findCommand(name);
    if (command === undefined)
        throw new UsageError('No help for that: there is no such command.');
    return commandHelp(command);
}
/** Splits argv into a command and its own words; help and version are answered as text. */
function run_select(argv) {
    const [first, second] = argv;
    if (first === undefined)
        throw new UsageError('No command given.');
    if (HELP_FLAGS.includes(first))
        return mainHelp(COMMANDS);
    if (first === 'help')
        return helpFor(argv.slice(1));
    if (first === '--version' || first === '-V' || first === 'version')
        return `${version_VERSION}\n`;
    if (!GROUPS.includes(first)) {
        const command = findCommand(first);
        // The word is not echoed: a value typed in the wrong place must not reach a log.
        if (command === undefined)
            throw new UsageError('Unknown command: run \'coffer --help\' for the list.');
        return { command, rest: argv.slice(1) };
    }
    if (second === undefined)
        throw new UsageError(`'coffer ${first}' needs a command.`, first);
    if (HELP_FLAGS.includes(second))
        return groupHelp(first, COMMANDS);
    const command = findCommand(`${first} ${second}`);
    if (command === undefined)
        throw new UsageError(`Unknown command under 'coffer ${first}'.`, first);
    return { command, rest: argv.slice(2) };
}
async function dispatch(argv, io) {
    const selected = run_select(argv);
    if (typeof selected === 'string') {
        io.writeOut(selected);
        return;
    }
    const { command, rest } = selected;
    if (wantsHelp(rest)) {
        io.writeOut(commandHelp(command));
        return;
    }
    const args = parseCommandLine(rest, { ...COMMON_OPTIONS, ...command.options }, command.positionals, command.name);
    await command.run(args, io);
}
/** A class name is safe to show; anything odd about it is not worth the risk. */
const safeName = (error) => (error instanceof Error && /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(error.name) ? error.name : 'Error');
/**
 * The one line a failure prints. VaultError and CliError messages are built to quote names,
 * paths and sizes only; any other error's message could hold input, so only its class and
 * errno code are shown.
 */
function describeError(error) {
    if (isVaultError(error)) {
        const codes = error.innerCode === undefined || error.innerCode === error.code ? error.code : `${error.code}, ${error.innerCode}`;
        return `${error.message} (${codes})`;
    }
    if (error instanceof CliError)
        return `${error.message} (${error.code})`;
    const errno = errnoOf(error);
    return `Unexpected error (${safeName(error)}${errno === undefined ? '' : `, ${errno}`}); its details are not shown since they could contain input. (InternalError)`;
}
const oneLine = (text) => text.replace(/[\r\n]+/g, ' ');
function run_report(error, io) {
    if (error instanceof UsageError) {
        const group = error.command !== undefined && GROUPS.includes(error.command) ? error.command : undefined;
        const command = error.command === undefined ? undefined : findCommand(error.command);
        io.writeErr(`coffer: ${oneLine(error.message)}\n${usageHint(command, group)}`);
        return EXIT_USAGE;
    }
    io.writeErr(`coffer: ${oneLine(describeError(error))}\n`);
    return EXIT_FAILED;
}
/** Runs the CLI on `argv` (without node and the script) and returns the exit code. */
async function run(argv, io = processIo()) {
    try {
        await dispatch(argv, io);
        return EXIT_OK;
    }
    catch (error) {
        return run_report(error, io);
    }
}

;// CONCATENATED MODULE: ./lib/cli/main.js
/**
 * The `coffer` executable: runs the CLI on the process's arguments and I/O and sets the exit
 * code (never process.exit, which could cut off output still being written to a pipe).
 */


// A reader that stops early (`coffer audit show | head`) closes the pipe: not worth a stack trace.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        process.exitCode = 1;
});
run(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
}, () => {
    process.exitCode = 1;
});

