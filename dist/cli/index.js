#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ callerPrincipal)
/* harmony export */ });
/* unused harmony export currentHost */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var _core_access_principal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1424);
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
        user = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.userInfo)().username;
    }
    catch {
        // userInfo() throws when the uid has no passwd entry (common in containers).
        user = env.USER ?? env.USERNAME ?? 'unknown';
    }
    return { user, host: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)() };
}
/** The principal recorded in every audit record of this CLI run or action step. */
function callerPrincipal(env, host = currentHost(env)) {
    const claims = { user: host.user, host: host.host };
    if (env.GITHUB_ACTIONS === 'true') {
        for (const [claim, variable] of Object.entries(GITHUB_CLAIMS))
            claims[claim] = env[variable];
    }
    return (0,_core_access_principal_js__WEBPACK_IMPORTED_MODULE_1__/* .principal */ .N)(`${host.user}@${host.host}`, claims);
}


/***/ }),

/***/ 1867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UQ: () => (/* binding */ errnoOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   z1: () => (/* binding */ CliError)
/* harmony export */ });
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


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ accessContext),
/* harmony export */   XQ: () => (/* binding */ DATA_DIR_DETAIL),
/* harmony export */   xt: () => (/* binding */ DATA_DIR_OPTION)
/* harmony export */ });
/* harmony import */ var _server_data_dir_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3884);
/**
 * The `--data-dir` option of `coffer role` and `coffer token`, apart from what opens the data
 * dir, so that listing the commands loads none of the server's code.
 */

const DATA_DIR_OPTION = { 'data-dir': { type: 'string' } };
const DATA_DIR_DETAIL = `--data-dir DIR         the server's data dir (default ${_server_data_dir_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_DATA_DIR */ .T})`;
/** Loads what opens the data dir (the vault, the access file), when a command runs. */
const accessContext = () => Promise.all(/* import() */[__nccwpck_require__.e(160), __nccwpck_require__.e(713)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8713));


/***/ }),

/***/ 804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ dataDirKey)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _core_crypto_master_key_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3457);
/* harmony import */ var _key_source_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3435);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5505);
/**
 * The master key of a server's data dir: COFFER_KEY, --key-file or COFFER_KEY_FILE if given,
 * else the data dir's own `master.key`; `coffer serve` creates that file (0600) on a fresh
 * data dir and says where, so that `npx coffer serve` works with nothing set up.
 */




function keyIsGiven(args, io) {
    const set = (name) => (io.env[name] ?? '') !== '';
    return args.string('key-file') !== undefined || set('COFFER_KEY') || set('COFFER_KEY_FILE');
}
function dataDirKey(args, io, paths, create) {
    if (keyIsGiven(args, io))
        return { key: (0,_key_source_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveMasterKey */ .K2)(args.string('key-file'), io.env, io.cwd) };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(paths.masterKey) || !create)
        return { key: (0,_key_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readKeyFile */ .ml)(paths.masterKey) };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(paths.dir, { recursive: true, mode: 0o700 });
    const key = _core_crypto_master_key_js__WEBPACK_IMPORTED_MODULE_1__/* .MasterKey */ .e.generate();
    (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeNewFile */ .S0)(paths.masterKey, `${key.toBase64()}\n`);
    return { key, created: paths.masterKey };
}


/***/ }),

/***/ 5505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ readSmallFile),
/* harmony export */   M8: () => (/* binding */ finishNewFile),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   Sb: () => (/* binding */ abandonNewFile),
/* harmony export */   WG: () => (/* binding */ quotePath),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   dr: () => (/* binding */ openNewFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _cli_error_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1867);
/* harmony import */ var _core_store_durable_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9465);
/**
 * The files the CLI itself reads and writes: a value or a backup blob given with --file, and
 * the new files it creates (key files, backups). New files are created exclusively with mode
 * 0600 and fsynced, folder included, before the CLI reports them: a key file is the only way
 * back into a vault, so "written" has to mean durable. Messages name paths and errno codes only.
 */





/** Quotes a path for a message: bounded generously, since paths are not secret but can be long. */
function quotePath(path) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(path, 512);
}
/**
 * Reads a whole regular file of at most `maxBytes`; `what` names it in messages (`Value file`).
 * `check` sees the open file's stat, so that what is checked is what is read.
 */
function readSmallFile(path, maxBytes, what, check) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch (error) {
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('FileUnreadable', `Could not open ${what.toLowerCase()} ${quotePath(path)} (${(0,_cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) ?? 'error'}).`);
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('FileUnreadable', `${what} ${quotePath(path)} is not a regular file.`);
        check?.(stat);
        if (stat.size > maxBytes)
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('TooLarge', `${what} ${quotePath(path)} is ${stat.size} bytes: the limit is ${maxBytes} bytes.`);
        return (0,_core_store_durable_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readFully */ .lR)(fd, 0, stat.size);
    }
    catch (error) {
        if (error instanceof _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1)
            throw error;
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('FileUnreadable', `Could not read ${what.toLowerCase()} ${quotePath(path)} (${(0,_cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) ?? 'error'}).`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('NotUtf8', `${source} is not valid UTF-8 text; store binary data as base64 (with --content-type).`);
    }
}
/** Reserves `path` for a new file: exclusive create, mode 0600. Refuses an existing path. */
function openNewFile(path) {
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', 0o600);
        // The umask cannot widen 0600, but a restrictive one may have narrowed it; say exactly.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, 0o600);
        return fd;
    }
    catch (error) {
        if ((0,_cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'EEXIST')
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('FileExists', `${quotePath(path)} already exists; it was left unchanged.`);
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('FileUnwritable', `Could not create ${quotePath(path)} (${(0,_cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) ?? 'error'}).`);
    }
}
/** Writes text (as UTF-8) or bytes into a file from openNewFile, fsyncs it and its folder; removes it on failure. */
function finishNewFile(fd, path, content) {
    try {
        const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
        (0,_core_store_durable_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFully */ .KM)(fd, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (error) {
        abandonNewFile(fd, path);
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('FileUnwritable', `Could not write ${quotePath(path)} (${(0,_cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) ?? 'error'}); it was removed.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    try {
        (0,_core_store_durable_file_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncDirectory */ .hO)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
    }
    catch (error) {
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('FileUnwritable', `Wrote ${quotePath(path)} but could not fsync its folder (${(0,_cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) ?? 'error'}).`);
    }
}
/** Closes and removes a file from openNewFile whose content never came (the operation failed). */
function abandonNewFile(fd, path) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
}
/** Creates `path` holding `text`, exclusively, 0600, durably. */
function writeNewFile(path, text) {
    finishNewFile(openNewFile(path), path, text);
}


/***/ }),

/***/ 3435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ resolveMasterKey),
/* harmony export */   ml: () => (/* binding */ readKeyFile)
/* harmony export */ });
/* unused harmony exports formatMode, checkKeyFileMode */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _core_crypto_master_key_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3457);
/* harmony import */ var _cli_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1867);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5505);
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
    throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CliError */ .z1('KeyFileInsecure', `Key file ${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .quotePath */ .WG)(path)} has mode ${formatMode(mode)}: a key file must be readable by its owner only (run chmod 600 ${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .quotePath */ .WG)(path)}).`);
}
/** Reads and parses a key file; the mode is checked on the same open file that is read. */
function readKeyFile(path) {
    const bytes = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readSmallFile */ .EW)(path, MAX_KEY_FILE_BYTES, 'Key file', (stat) => { checkKeyFileMode(path, stat.mode); });
    return _core_crypto_master_key_js__WEBPACK_IMPORTED_MODULE_1__/* .MasterKey */ .e.parse((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(bytes, `Key file ${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .quotePath */ .WG)(path)}`), `key file ${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .quotePath */ .WG)(path)}`);
}
/**
 * The master key for a command that opens an existing vault. `keyFileFlag` is `--key-file`
 * as given (relative to `cwd`).
 */
function resolveMasterKey(keyFileFlag, env, cwd) {
    if (keyFileFlag !== undefined)
        return readKeyFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, keyFileFlag));
    const inline = env.COFFER_KEY;
    if (inline !== undefined && inline !== '')
        return _core_crypto_master_key_js__WEBPACK_IMPORTED_MODULE_1__/* .MasterKey */ .e.parse(inline, 'COFFER_KEY');
    const file = env.COFFER_KEY_FILE;
    if (file !== undefined && file !== '')
        return readKeyFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file));
    // GitHub Actions sets an unknown secret to '': say so, it is the usual cause.
    const emptyNote = inline === '' ? ' (COFFER_KEY is set but empty)' : '';
    throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CliError */ .z1('NoMasterKey', `No master key${emptyNote}: set COFFER_KEY to the key's base64 text, or give --key-file PATH or COFFER_KEY_FILE naming a file (mode 0600) that holds it.`);
}


/***/ }),

/***/ 3692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ assignmentApplies),
/* harmony export */   a2: () => (/* binding */ assignmentsFor),
/* harmony export */   j1: () => (/* binding */ assignmentWarnings),
/* harmony export */   mF: () => (/* binding */ MATCH_CLAIMS)
/* harmony export */ });
/* unused harmony exports UNTRUSTED_EVENTS, principalMatches */
/* harmony import */ var _claim_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5113);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(178);
/**
 * Role assignments bound to claims: which principals an assignment covers, and the rules
 * that withhold a privileged role from risky runs. Claims must come from a verified token
 * (or, for a `principal` match, from an authenticated name): matching trusts them as given.
 */


/** The claims an assignment can bind on; `principal` is the principal's own name. */
const MATCH_CLAIMS = [
    'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'ref', 'environment', 'event_name',
    'job_workflow_ref', 'runner_environment', 'sub', 'principal',
];
/** GitHub treats owner and repository names case-insensitively; every other claim is compared exactly. */
const CASE_INSENSITIVE = new Set(['repository', 'repository_owner']);
/**
 * Events whose runs carry the base branch's claims while running code from a fork or another
 * workflow: a privileged role is withheld from them unless the assignment names the event.
 */
const UNTRUSTED_EVENTS = new Set(['pull_request_target', 'workflow_run']);
function claimMatches(claim, pattern, who) {
    const value = claim === 'principal' ? who.name : who.claims[claim];
    if (value === undefined)
        return false;
    return CASE_INSENSITIVE.has(claim) ? (0,_claim_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatches */ .mw)(pattern.toLowerCase(), value.toLowerCase()) : (0,_claim_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatches */ .mw)(pattern, value);
}
/** True if every condition of the match holds for `who`; an empty match covers no one. */
function principalMatches(match, who) {
    if (typeof match === 'string')
        return match === who.name;
    const conditions = Object.entries(match);
    if (conditions.length === 0)
        return false;
    return conditions.every(([claim, pattern]) => pattern !== undefined && claimMatches(claim, pattern, who));
}
/**
 * Whether an assignment grants anything to `who`. A privileged role (see rolePrivileged) is
 * withheld from a pull_request_target or workflow_run run unless `allow.events` names the
 * event, and from a self-hosted runner unless `allow.runnerEnvironment` includes
 * `self-hosted`: a self-hosted machine may be shared or persistent, so what one job fetched
 * another may read. A run whose token lacks `event_name` or `runner_environment` counts as
 * untrusted. Unprivileged roles (metadata, public material) are not withheld.
 */
function assignmentApplies(assignment, who) {
    if (!principalMatches(assignment.principal, who))
        return false;
    if (!(0,_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .rolePrivileged */ ._W)(assignment.role))
        return true;
    // Bound to a principal by name (a vault token's subject): not a workflow run, no run claims.
    if (typeof assignment.principal === 'string' || assignment.principal.principal !== undefined)
        return true;
    // A workflow token without the run's event or runner claims (another issuer, an older GitHub
    // Enterprise Server) is treated as the untrusted case, not the trusted one: fail closed.
    const event = who.claims.event_name;
    if (event === undefined || (UNTRUSTED_EVENTS.has(event) && !(assignment.allow?.events?.includes(event) ?? false)))
        return false;
    const selfHostedAllowed = assignment.allow?.runnerEnvironment?.includes('self-hosted') ?? false;
    return who.claims.runner_environment === 'github-hosted' || selfHostedAllowed;
}
/** The assignments that grant `who` something: computed once per identity, decided per request. */
function assignmentsFor(assignments, who) {
    return assignments.filter((assignment) => assignmentApplies(assignment, who));
}
/**
 * Advice on a valid assignment. Binding only on names lets a renamed or deleted-and-recreated
 * repository (or owner) with the same name take the grant over; ids are never reused.
 */
function assignmentWarnings(assignment) {
    const match = typeof assignment.principal === 'string' ? { principal: assignment.principal } : assignment.principal;
    const warnings = [];
    const pinned = match.repository_id !== undefined || match.repository_owner_id !== undefined || match.principal !== undefined;
    if (!pinned) {
        warnings.push('The assignment binds on names only: a renamed or recreated repository with the same name would take it over. Add the repository id (--repository-id) or the owner id.');
    }
    for (const event of assignment.allow?.events ?? []) {
        if (UNTRUSTED_EVENTS.has(event) && (0,_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .rolePrivileged */ ._W)(assignment.role)) {
            warnings.push(`The assignment lets ${event} runs use ${assignment.role}: those runs may execute code from a fork or another workflow.`);
        }
    }
    return warnings;
}


/***/ }),

/***/ 5113:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ starCount),
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   ub: () => (/* binding */ MAX_GLOB_STARS),
/* harmony export */   v7: () => (/* binding */ MAX_GLOB_LENGTH)
/* harmony export */ });
/**
 * Globs for role-assignment claims: `org/app-*`, `refs/heads/release-*`. Hand-written and
 * linear (no regular expression is ever built from user input): a set of pattern positions
 * is advanced one character at a time, so matching costs at most pattern × text steps.
 *
 * `*` matches a run (possibly empty) of `[A-Za-z0-9_.]` only: never `-`, `/`, `:` or anything
 * else. The reason is sibling repositories. GitHub names allow `-`, and a repository's
 * neighbours share its prefix: if `org/app*` could match `org/app-evil`, anyone able to create
 * `org/app-evil` would inherit `org/app`'s secrets. So `org/app*` matches `org/app2` and
 * `org/app_x` but not `org/app-evil`; who means the whole family writes `org/app-*` and so
 * says so. `/` and `:` separate owner from repository and the parts of `sub`, so a `*` never
 * crosses into another owner or another part.
 */
/** Bounds a pattern, so that matching every request stays cheap. */
const MAX_GLOB_LENGTH = 256;
const MAX_GLOB_STARS = 8;
/** The characters a `*` may stand for. */
function starMatches(code) {
    return (code >= 0x30 && code <= 0x39) // 0-9
        || (code >= 0x41 && code <= 0x5a) // A-Z
        || (code >= 0x61 && code <= 0x7a) // a-z
        || code === 0x5f // _
        || code === 0x2e; // .
}
const STAR = 0x2a;
/** Adds the positions reachable without consuming text: past each `*` (an empty run). */
function closeOverStars(pattern, states) {
    for (let i = 0; i < pattern.length; i += 1) {
        if (states[i] === 1 && pattern.charCodeAt(i) === STAR)
            states[i + 1] = 1;
    }
}
/** True if `text` matches `pattern` in full. Case-sensitive; callers lower-case both where needed. */
function globMatches(pattern, text) {
    if (!pattern.includes('*'))
        return pattern === text;
    let states = new Uint8Array(pattern.length + 1);
    states[0] = 1;
    closeOverStars(pattern, states);
    for (let t = 0; t < text.length; t += 1) {
        const code = text.charCodeAt(t);
        const next = new Uint8Array(pattern.length + 1);
        let alive = false;
        for (let i = 0; i < pattern.length; i += 1) {
            if (states[i] !== 1)
                continue;
            const p = pattern.charCodeAt(i);
            if (p === STAR) {
                if (starMatches(code)) {
                    next[i] = 1;
                    alive = true;
                }
            }
            else if (p === code) {
                next[i + 1] = 1;
                alive = true;
            }
        }
        if (!alive)
            return false;
        closeOverStars(pattern, next);
        states = next;
    }
    return states[pattern.length] === 1;
}
/** How many `*` a pattern holds. */
function starCount(pattern) {
    let count = 0;
    for (let i = 0; i < pattern.length; i += 1)
        if (pattern.charCodeAt(i) === STAR)
            count += 1;
    return count;
}


/***/ }),

/***/ 7374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ keyHolderIsAdministrator),
/* harmony export */   T2: () => (/* binding */ assignmentAuthorizer),
/* harmony export */   oU: () => (/* binding */ resourcePath),
/* harmony export */   pp: () => (/* binding */ scopeCovers)
/* harmony export */ });
/* unused harmony export decide */
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(178);
/* harmony import */ var _assignments_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3692);
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
/**
 * The first assignment that covers `who` (claims, events and runner rules: assignmentApplies),
 * grants `permission`, and whose scope covers `resource`; none, no access.
 */
function decide(assignments, who, permission, resource) {
    const assignment = assignments.find((a) => (0,_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .roleGrants */ .eL)(a.role, permission) && scopeCovers(a.scope, resource) && (0,_assignments_js__WEBPACK_IMPORTED_MODULE_1__/* .assignmentApplies */ .Cg)(a, who));
    return assignment === undefined ? { allowed: false } : { allowed: true, assignment };
}
const keyHolderIsAdministrator = {
    decide: () => ({ allowed: true, assignment: { principal: 'key holder', role: 'Administrator', scope: '/' } }),
};
function assignmentAuthorizer(assignments) {
    return { decide: (who, permission, resource) => decide(assignments, who, permission, resource) };
}


/***/ }),

/***/ 178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ST: () => (/* binding */ ROLE_NAMES),
/* harmony export */   _W: () => (/* binding */ rolePrivileged),
/* harmony export */   eL: () => (/* binding */ roleGrants),
/* harmony export */   yn: () => (/* binding */ isRoleName)
/* harmony export */ });
/* unused harmony export ROLES */
/**
 * Data-plane permissions and Azure's built-in roles, as far as the vault's object types go.
 * Roles are the unit users assign; permissions are what each operation checks. The names
 * follow Azure's data actions (Microsoft.KeyVault/vaults/keys/sign/action → `keys/sign`).
 */
const SECRET_PERMISSIONS = [
    'secrets/get', 'secrets/set', 'secrets/readMetadata', 'secrets/update', 'secrets/delete',
    'secrets/recover', 'secrets/purge', 'secrets/backup', 'secrets/restore',
];
const KEY_USE = ['keys/sign', 'keys/verify', 'keys/encrypt', 'keys/decrypt', 'keys/wrapKey', 'keys/unwrapKey'];
const KEY_PERMISSIONS = [
    'keys/read', 'keys/create', 'keys/import', 'keys/update', 'keys/delete', 'keys/recover', 'keys/purge',
    'keys/backup', 'keys/restore', 'keys/rotate', 'keys/readRotationPolicy', 'keys/writeRotationPolicy', ...KEY_USE, 'rng/get',
];
const CERTIFICATE_PERMISSIONS = [
    'certificates/get', 'certificates/list', 'certificates/create', 'certificates/import', 'certificates/update',
    'certificates/delete', 'certificates/recover', 'certificates/purge', 'certificates/backup', 'certificates/restore',
    'certificates/managecontacts', 'certificates/manageissuers', 'certificates/getissuers', 'certificates/listissuers',
];
/**
 * What each built-in role grants (Azure: Key Vault Administrator, Reader, Secrets Officer,
 * Secrets User, Crypto Officer, Crypto User, Crypto Service Encryption User, Certificates
 * Officer, Certificate User).
 */
const ROLES = {
    Administrator: [...SECRET_PERMISSIONS, ...KEY_PERMISSIONS, ...CERTIFICATE_PERMISSIONS, 'vault/create', 'vault/rekey'],
    Reader: ['secrets/readMetadata', 'keys/read', 'keys/readRotationPolicy', 'certificates/get', 'certificates/list'],
    'Secrets Officer': SECRET_PERMISSIONS,
    'Secrets User': ['secrets/get', 'secrets/readMetadata'],
    'Crypto Officer': KEY_PERMISSIONS,
    'Crypto User': ['keys/read', ...KEY_USE, 'rng/get'],
    'Crypto Service Encryption User': ['keys/read', 'keys/wrapKey', 'keys/unwrapKey'],
    'Certificates Officer': CERTIFICATE_PERMISSIONS,
    // As in Azure: a certificate's private key is served as its secret, its public key as its key.
    'Certificate User': ['certificates/get', 'certificates/list', 'secrets/get', 'keys/read'],
    // Azure's Key Vault Data Access Administrator: manages who may do what, and nothing else. Not
    // part of Administrator (as in Azure), so a workflow granted Administrator cannot grant itself,
    // or a fork, more. An assignment of it must name a principal (a vault token's subject).
    'Data Access Administrator': ['roles/read', 'roles/write'],
};
const ROLE_NAMES = Object.keys(ROLES);
function isRoleName(text) {
    return Object.hasOwn(ROLES, text);
}
/**
 * Permissions that reveal no secret material and change nothing: metadata, public keys,
 * certificates (public), verification. Everything else is privileged — secrets/get included,
 * since reading a secret's value is exactly what untrusted code in a pull_request_target run
 * is after.
 */
const UNPRIVILEGED = new Set([
    'secrets/readMetadata', 'keys/read', 'keys/readRotationPolicy', 'keys/verify',
    'certificates/get', 'certificates/list', 'certificates/getissuers', 'certificates/listissuers',
]);
/** A role is privileged if it grants anything beyond metadata and public material. */
function rolePrivileged(role) {
    return ROLES[role].some((permission) => !UNPRIVILEGED.has(permission));
}
function roleGrants(role, permission) {
    return ROLES[role].includes(permission);
}


/***/ }),

/***/ 1424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ principal)
/* harmony export */ });
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


/***/ }),

/***/ 9670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ recordIsAuthentic),
/* harmony export */   L_: () => (/* binding */ chainRecord),
/* harmony export */   Uo: () => (/* binding */ headOf),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   si: () => (/* binding */ GENESIS_HASH)
/* harmony export */ });
/* harmony import */ var _crypto_envelope_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8653);
/**
 * Audit records: Azure Key Vault's AuditEvent field names, plus the chain fields `seq`,
 * `generation`, `prev` and `hash`. A record names objects, principals and outcomes — never a
 * value, a key or a token.
 */

const GENESIS_HASH = '0'.repeat(64);
/**
 * JSON with keys sorted at every level: the form the MAC covers, whatever order a parser keeps.
 * Keys sort by UTF-16 code units (Array.prototype.sort's default), and undefined members are
 * left out, as JSON.stringify leaves them out. Every operation's record goes through this, so
 * it is written with plain loops.
 */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i += 1)
            out += `${i === 0 ? '' : ','}${canonicalJson(value[i])}`;
        return `${out}]`;
    }
    const record = value;
    let out = '{';
    for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member === undefined)
            continue;
        out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
    }
    return `${out}}`;
}
/** Links an event to the head of a chain. `mac` is VaultKeys.auditMac. */
function chainRecord(event, head, generation, mac) {
    const unsigned = { ...event, seq: (head?.seq ?? 0) + 1, generation, prev: head?.hash ?? GENESIS_HASH };
    return { ...unsigned, hash: mac(canonicalJson(unsigned)) };
}
/** Recomputes a record's MAC; false if any field was edited. */
function recordIsAuthentic(record, mac) {
    const { hash, ...unsigned } = record;
    return typeof hash === 'string' && (0,_crypto_envelope_js__WEBPACK_IMPORTED_MODULE_0__/* .constantTimeEqual */ .S)(Buffer.from(hash), Buffer.from(mac(canonicalJson(unsigned))));
}
function headOf(record) {
    return { seq: record.seq, hash: record.hash, generation: record.generation };
}


/***/ }),

/***/ 2697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ loadEcdsa),
/* harmony export */   g: () => (/* binding */ ecdsaOf)
/* harmony export */ });
let curves;
let loading;
function loadEcdsa() {
    loading ??= (async () => {
        // One after the other: jest's module loader fails on concurrent imports that share modules.
        const nist = await Promise.all(/* import() */[__nccwpck_require__.e(106), __nccwpck_require__.e(557)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8557));
        const k1 = await Promise.all(/* import() */[__nccwpck_require__.e(106), __nccwpck_require__.e(852)]).then(__nccwpck_require__.bind(__nccwpck_require__, 852));
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

/***/ 8653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ constantTimeEqual),
/* harmony export */   v: () => (/* binding */ VaultKeys)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3828);
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
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}
/** Returns undefined when authentication fails; callers decide which error that is. */
function gcmOpen(key, nonce, aad, sealed) {
    if (sealed.length < TAG_BYTES)
        return undefined;
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
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
/** Per-value keys kept in memory at most (32 bytes each, plus the map's own). */
const MAX_CACHED_VALUE_KEYS = 16_384;
function derive(dataKey, salt, info) {
    return Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hkdfSync)('sha256', dataKey, salt, info, 32));
}
/** The unwrapped data key and what is derived from it. Lives only in memory. */
class VaultKeys {
    #dataKey;
    #macKey;
    #auditKey;
    #random;
    /** Per-value keys by salt, so that a value read again is not derived again (HKDF is most of an unseal). */
    #valueKeys = new Map();
    constructor(dataKey, random) {
        this.#dataKey = dataKey;
        this.#macKey = derive(dataKey, Buffer.alloc(0), 'coffer/store-mac/v1');
        this.#auditKey = derive(dataKey, Buffer.alloc(0), 'coffer/audit-chain/v1');
        this.#random = random;
    }
    static generate(random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
        return new VaultKeys(Buffer.from(random(DATA_KEY_BYTES)), random);
    }
    /**
     * Unwraps a data key. A wrong master key and a damaged wrapping look the same to GCM, so the
     * key fingerprint tells them apart: a matching fingerprint with a failed unwrap is damage.
     */
    static unwrap(wrapped, master, expectedKeyId, context, random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
        const bytes = Buffer.from(wrapped, 'base64');
        const dataKey = bytes.length === NONCE_BYTES + DATA_KEY_BYTES + TAG_BYTES
            ? gcmOpen(master.bytes, bytes.subarray(0, NONCE_BYTES), encodeContext(['wrap', ...context]), bytes.subarray(NONCE_BYTES))
            : undefined;
        if (dataKey !== undefined)
            return new VaultKeys(dataKey, random);
        if (master.id !== expectedKeyId) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb('KeyMismatch', `The master key (id ${master.id}) does not open this vault: it was sealed with key id ${expectedKeyId}.`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs('The vault\'s wrapped data key failed authentication: the vault was modified outside Coffer.');
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
        const key = this.#valueKey(bytes.subarray(0, SALT_BYTES));
        const plaintext = bytes.length >= head + TAG_BYTES
            ? gcmOpen(key, bytes.subarray(SALT_BYTES, head), encodeContext(context), bytes.subarray(head))
            : undefined;
        if (plaintext === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs(`Sealed data for ${context.slice(1).join('/')} failed authentication: it was altered or moved from another record.`);
        }
        return plaintext;
    }
    /**
     * The key of one sealed value. Cached (bounded, oldest out): a server reads the same values
     * over and over. The cache holds nothing the data key it sits beside does not already give.
     */
    #valueKey(salt) {
        const id = salt.toString('base64');
        let key = this.#valueKeys.get(id);
        if (key === undefined) {
            key = derive(this.#dataKey, salt, 'coffer/seal/v1');
            if (this.#valueKeys.size >= MAX_CACHED_VALUE_KEYS)
                this.#valueKeys.delete(this.#valueKeys.keys().next().value);
            this.#valueKeys.set(id, key);
        }
        return key;
    }
    /** HMAC-SHA256 for the store's own integrity (the file MAC). */
    mac(data) {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', this.#macKey).update(data).digest();
    }
    /** HMAC-SHA256 for the audit chain; keyed, so nobody without the vault key can re-forge a chain. */
    auditMac(data) {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', this.#auditKey).update(data, 'utf8').digest('hex');
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
    return a.length === b.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(a, b);
}


/***/ }),

/***/ 6870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KeyWorkerPool: () => (/* binding */ KeyWorkerPool),
  copyBytes: () => (/* binding */ copyBytes),
  defaultKeyExecutor: () => (/* binding */ defaultKeyExecutor),
  inlineKeyExecutor: () => (/* binding */ inlineKeyExecutor),
  keyWorkerUrl: () => (/* binding */ keyWorkerUrl),
  workerExecArgv: () => (/* binding */ workerExecArgv)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/crypto/ecdsa.js
var ecdsa = __nccwpck_require__(3913);
// EXTERNAL MODULE: ./lib/core/crypto/key-ops.js + 1 modules
var key_ops = __nccwpck_require__(8419);
;// CONCATENATED MODULE: ./lib/core/crypto/key-executor.js
/**
 * Runs key operations. A server runs them on a pool of worker threads: an RSA-4096 signature
 * costs milliseconds of CPU, and on the event loop it would stall every other request. A
 * one-shot CLI runs them inline: starting a worker costs more than the operation it would run.
 *
 * Each worker keeps the key material it was sent, by handle id, so a key crosses the thread
 * boundary once per worker; the pool mirrors each worker's cache and tells it what to evict.
 */





const MAX_DEFAULT_SIZE = 8;
const DEFAULT_KEYS_PER_WORKER = 256;
const FOREIGN_ERROR_MESSAGE = 'Key operation failed in a worker.';
/**
 * Copies every byte field of a message into its own exact-size buffer, to be transferred. A
 * small Buffer is a view of a shared 8 KB pool, and cloning a view clones its whole buffer:
 * other values (key bytes, in a worker) would cross the boundary with it.
 */
function copyBytes(message) {
    const copy = {};
    const transfer = [];
    for (const [name, value] of Object.entries(message)) {
        if (value instanceof Uint8Array) {
            const bytes = new Uint8Array(value);
            transfer.push(bytes.buffer);
            copy[name] = bytes;
        }
        else {
            copy[name] = value;
        }
    }
    return { message: copy, transfer };
}
/** Re-creates a worker's error in this thread, as the same class with the same code and message. */
function reviveError(error) {
    if (error.code === undefined || error.message === undefined)
        return new Error(FOREIGN_ERROR_MESSAGE);
    if (error.name === 'BadParameterError')
        return new errors/* BadParameterError */.lh(error.message);
    if (error.name === 'IntegrityError')
        return new errors/* IntegrityError */.cs(error.message);
    return new errors/* VaultError */.hb(error.code, error.message, error.innerCode === undefined ? undefined : { innerCode: error.innerCode });
}
const inlineKeys = new key_ops.PreparedKeyCache(DEFAULT_KEYS_PER_WORKER);
/** Runs operations on the calling thread, for a one-shot process; errors reject as thrown. */
const inlineKeyExecutor = {
    async run(key, request) {
        if (key.jwk.kty === 'EC')
            await (0,ecdsa/* loadEcdsa */.D)();
        // The operation runs synchronously, and what it throws rejects the promise.
        return (0,key_ops.performKeyOperation)(inlineKeys.get(key), request);
    },
    close() {
        return Promise.resolve();
    },
};
/**
 * The worker script: `key-worker.js` beside this module, in lib/ and in a bundle (scripts/bundle.mjs
 * puts a bundled copy beside each dist/<entry>/index.js that uses keys). Under jest this module
 * runs as TypeScript from src/, where no .js file sits beside it and a worker cannot load .ts,
 * so the compiled copy at the same place under lib/ is used (`npm test` builds first).
 * The URL is built from a parameter on purpose: ncc rewrites the literal form
 * `new URL('./key-worker.js', import.meta.url)` into a path string and copies the unbundled file.
 */
function keyWorkerUrl(moduleUrl = import.meta.url) {
    const url = new URL('./key-worker.js', moduleUrl);
    const src = url.pathname.lastIndexOf('/src/');
    if (moduleUrl.endsWith('.ts') && src >= 0) {
        url.pathname = `${url.pathname.slice(0, src)}/lib/${url.pathname.slice(src + '/src/'.length)}`;
    }
    return url;
}
/** One worker thread, its in-flight requests and the key ids it holds (least recently used first). */
class PoolWorker {
    worker;
    #pending = new Map();
    #keys = new Set();
    #keysPerWorker;
    #onGone;
    #nextSeq = 0;
    #gone = false;
    /** Requests posted in this turn of the event loop, sent as one message: one post per batch, not per operation. */
    #outbox;
    constructor(url, keysPerWorker, onGone) {
        this.#keysPerWorker = keysPerWorker;
        this.#onGone = onGone;
        this.worker = new external_node_worker_threads_namespaceObject.Worker(url, { execArgv: workerExecArgv(process.execArgv) });
        this.worker.on('message', (replies) => { for (const reply of replies)
            this.#settle(reply); });
        this.worker.on('error', (error) => { this.#fail(stoppedError(`error ${codeOf(error)}`)); });
        this.worker.on('messageerror', () => { this.#fail(stoppedError('unreadable reply')); });
        this.worker.on('exit', (code) => { this.#fail(stoppedError(`exit code ${code}`)); });
        // An idle pool must never keep the process alive; run() refs the worker while it has work.
        // After the listeners: adding a 'message' listener refs the worker's port again.
        this.worker.unref();
    }
    get inFlight() {
        return this.#pending.size;
    }
    get keysHeld() {
        return this.#keys.size;
    }
    holds(keyId) {
        return this.#keys.has(keyId);
    }
    /** Posts a request; returns whether the key material went with it. State changes only once it is posted. */
    run(key, request, settle) {
        const seq = this.#nextSeq++;
        const held = this.#keys.has(key.id);
        const evict = held || this.#keys.size < this.#keysPerWorker ? undefined : this.#keys.values().next().value;
        const copied = copyBytes(request);
        const message = {
            seq, keyId: key.id, request: copied.message,
            ...(held ? {} : { jwk: key.jwk }),
            ...(evict === undefined ? {} : { evict }),
        };
        this.#post(message, copied.transfer);
        this.#keys.delete(key.id);
        this.#keys.add(key.id);
        if (evict !== undefined)
            this.#keys.delete(evict);
        if (this.#pending.size === 0)
            this.worker.ref();
        this.#pending.set(seq, settle);
        return !held;
    }
    /** Queues a request for this turn's message; the first one schedules the send. */
    #post(message, transfer) {
        if (this.#outbox === undefined) {
            const outbox = { messages: [], transfer: [] };
            this.#outbox = outbox;
            queueMicrotask(() => {
                this.#outbox = undefined;
                if (!this.#gone)
                    this.worker.postMessage(outbox.messages, outbox.transfer);
            });
        }
        this.#outbox.messages.push(message);
        this.#outbox.transfer.push(...transfer);
    }
    /** Stops the worker; its in-flight requests reject with `reason`. */
    async stop(reason) {
        this.#fail(reason);
        await this.worker.terminate();
    }
    #settle(reply) {
        const pending = this.#pending.get(reply.seq);
        if (pending === undefined)
            return;
        this.#pending.delete(reply.seq);
        if (this.#pending.size === 0)
            this.worker.unref();
        if ('result' in reply)
            pending.resolve(reply.result);
        else
            pending.reject(reviveError(reply.error));
    }
    #fail(reason) {
        if (this.#gone)
            return;
        this.#gone = true;
        this.#onGone();
        const pending = [...this.#pending.values()];
        this.#pending.clear();
        this.worker.unref();
        for (const { reject } of pending)
            reject(reason);
        // An 'error' is followed by an exit; terminating a worker that is already stopping is harmless.
        void this.worker.terminate();
    }
}
/**
 * The parent's node options minus --input-type: a worker inherits them, and node refuses to
 * start a worker's file under `node --input-type=module -e …` (ERR_INPUT_TYPE_NOT_ALLOWED).
 */
function workerExecArgv(execArgv) {
    return execArgv.filter((option, index) => !option.startsWith('--input-type=') && option !== '--input-type' && execArgv[index - 1] !== '--input-type');
}
/** The `code` of a worker's error when it is an identifier; its message could hold anything. */
function codeOf(error) {
    const code = error?.code;
    return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : (error instanceof Error ? error.name : 'unknown');
}
function stoppedError(reason) {
    return new errors/* VaultError */.hb('StorageError', `A key worker thread stopped (${reason}) before the operation completed; the next operation starts a new worker.`);
}
function closedError() {
    return new errors/* VaultError */.hb('StorageError', 'The key worker pool is closed: it accepts no more operations.');
}
/** Runs key operations on worker threads, off the event loop. */
class KeyWorkerPool {
    #url;
    #keysPerWorker;
    #slots;
    #counters;
    #closed = false;
    constructor(options = {}) {
        const size = options.size ?? Math.min((0,external_node_os_.availableParallelism)(), MAX_DEFAULT_SIZE);
        const keysPerWorker = options.keysPerWorker ?? DEFAULT_KEYS_PER_WORKER;
        if (!Number.isInteger(size) || size < 1)
            throw new errors/* BadParameterError */.lh(`Invalid key worker pool size ${size}: expected an integer of at least 1.`);
        if (!Number.isInteger(keysPerWorker) || keysPerWorker < 1) {
            throw new errors/* BadParameterError */.lh(`Invalid keys per worker ${keysPerWorker}: expected an integer of at least 1.`);
        }
        this.#url = options.workerUrl ?? keyWorkerUrl();
        this.#keysPerWorker = keysPerWorker;
        this.#slots = new Array(size).fill(undefined);
        this.#counters = Array.from({ length: size }, () => ({ starts: 0, requests: 0, keysPosted: 0 }));
    }
    get closed() {
        return this.#closed;
    }
    run(key, request) {
        if (this.#closed)
            return Promise.reject(closedError());
        return new Promise((resolve, reject) => {
            const index = this.#pick(key.id);
            const counters = this.#counters[index];
            const worker = this.#slots[index] ?? this.#start(index);
            if (worker.run(key, request, { resolve, reject }))
                counters.keysPosted += 1;
            counters.requests += 1;
        });
    }
    /** Terminates the workers; in-flight operations reject, and so does any later one. */
    async close() {
        this.#closed = true;
        const workers = this.#slots.filter((worker) => worker !== undefined);
        this.#slots.fill(undefined);
        await Promise.all(workers.map((worker) => worker.stop(closedError())));
    }
    stats() {
        return this.#slots.map((worker, index) => ({
            ...this.#counters[index],
            running: worker !== undefined,
            inFlight: worker?.inFlight ?? 0,
            keysHeld: worker?.keysHeld ?? 0,
        }));
    }
    /** Tests only: the running worker threads, so that a test can kill one mid-flight. */
    workersForTest() {
        return this.#slots.flatMap((worker) => (worker === undefined ? [] : [worker.worker]));
    }
    /** The least busy slot; on a tie, one whose worker holds the key, then any running one, before starting another. */
    #pick(keyId) {
        let best = 0;
        let bestRank = Infinity;
        this.#slots.forEach((worker, index) => {
            const affinity = worker === undefined ? 2 : worker.holds(keyId) ? 0 : 1;
            const rank = (worker?.inFlight ?? 0) * 3 + affinity;
            if (rank < bestRank) {
                best = index;
                bestRank = rank;
            }
        });
        return best;
    }
    #start(index) {
        const worker = new PoolWorker(this.#url, this.#keysPerWorker, () => {
            if (this.#slots[index] === worker)
                this.#slots[index] = undefined;
        });
        this.#slots[index] = worker;
        this.#counters[index].starts += 1;
        return worker;
    }
}
let shared;
/** The process-wide pool, started on first use, so that a server's requests and a bench share one. */
function defaultKeyExecutor() {
    if (shared === undefined || shared.closed)
        shared = new KeyWorkerPool();
    return shared;
}


/***/ }),

/***/ 2886:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/crypto/envelope.js
var envelope = __nccwpck_require__(8653);
// EXTERNAL MODULE: ./lib/core/crypto/key-material.js
var key_material = __nccwpck_require__(2886);
// EXTERNAL MODULE: ./lib/core/crypto/key-types.js
var key_types = __nccwpck_require__(1774);
// EXTERNAL MODULE: ./lib/core/crypto/ecdsa.js
var ecdsa = __nccwpck_require__(3913);
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ MasterKey)
/* harmony export */ });
/* unused harmony export MASTER_KEY_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3828);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid ${source}: expected base64 of ${MASTER_KEY_BYTES} bytes (44 characters); it has characters outside base64.`);
        }
        const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
        if (bytes.length !== MASTER_KEY_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid ${source}: expected base64 of ${MASTER_KEY_BYTES} bytes; it decodes to ${bytes.length} bytes.`);
        }
        return new MasterKey(bytes);
    }
    static generate(random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
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
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', this.#bytes).update('coffer/key-id/v1').digest('hex').slice(0, 16);
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


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XQ: () => (/* binding */ isVaultError),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   hb: () => (/* binding */ VaultError),
/* harmony export */   lh: () => (/* binding */ BadParameterError)
/* harmony export */ });
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


/***/ }),

/***/ 3091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ROTATION_POLICY: () => (/* binding */ DEFAULT_ROTATION_POLICY),
/* harmony export */   addDuration: () => (/* binding */ addDuration),
/* harmony export */   dueAction: () => (/* binding */ dueAction),
/* harmony export */   parseDuration: () => (/* binding */ parseDuration),
/* harmony export */   parseRotationPolicy: () => (/* binding */ parseRotationPolicy),
/* harmony export */   rotatedExpiry: () => (/* binding */ rotatedExpiry),
/* harmony export */   rotationPolicyOf: () => (/* binding */ rotationPolicyOf),
/* harmony export */   rotationPolicyWire: () => (/* binding */ rotationPolicyWire),
/* harmony export */   storedPolicy: () => (/* binding */ storedPolicy)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8427);
/**
 * Key rotation policies, as Azure Key Vault has them: lifetime actions that rotate a key (make
 * a new version with the same parameters) or notify, triggered a duration after the latest
 * version was created or before it expires, and the expiry that rotated versions get.
 *
 * The wire shape (what `coffer key rotation-policy set --file` and the REST API take):
 *   {"lifetimeActions": [{"trigger": {"timeAfterCreate": "P90D"}, "action": {"type": "Rotate"}}],
 *    "attributes": {"expiryTime": "P2Y"}}
 */


const DURATION = /^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,5})M)?(?:(\d{1,5})W)?(?:(\d{1,6})D)?(?:T(?!$)(?:(\d{1,7})H)?(?:(\d{1,9})M)?(?:(\d{1,10})S)?)?$/;
const DAY_MS = 86_400_000;
/** Parses `P90D`, `P1Y6M`, `PT12H`…; fractions and negative durations are refused. */
function parseDuration(text, what) {
    const match = typeof text === 'string' ? DURATION.exec(text) : null;
    if (match === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${what} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(text))}: expected an ISO 8601 duration such as P90D, P1Y or P2Y6M.`);
    }
    const n = (i) => Number(match[i] ?? 0);
    return { years: n(1), months: n(2), days: n(3) * 7 + n(4), milliseconds: ((n(5) * 60 + n(6)) * 60 + n(7)) * 1000 };
}
/**
 * `date` moved by `duration`, forwards or back: calendar years and months first, clamped to the
 * month's last day (Jan 31 + P1M = Feb 28 or 29, not Mar 3), then days and time.
 */
function addDuration(date, duration, sign = 1) {
    const months = date.getUTCMonth() + sign * (duration.years * 12 + duration.months);
    const target = new Date(date.getTime());
    target.setUTCDate(1);
    target.setUTCFullYear(date.getUTCFullYear(), months, 1);
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return new Date(target.getTime() + sign * (duration.days * DAY_MS + duration.milliseconds));
}
/** The shortest span a duration can be: months of 28 days, years of 365. For minimums. */
function shortestDays(duration) {
    return duration.years * 365 + duration.months * 28 + duration.days + duration.milliseconds / DAY_MS;
}
/** The longest span a duration can be: months of 31 days, years of 366. */
function longestDays(duration) {
    return duration.years * 366 + duration.months * 31 + duration.days + duration.milliseconds / DAY_MS;
}
const MIN_EXPIRY_DAYS = 28;
const MIN_TRIGGER_DAYS = 7;
/** Azure's policy for a key that has none: notify 30 days before expiry. */
const DEFAULT_ROTATION_POLICY = {
    lifetimeActions: [{ action: 'Notify', timeBeforeExpiry: 'P30D' }], expiresIn: undefined, createdOn: undefined, updatedOn: undefined,
};
const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
function parseAction(entry, index) {
    const where = `lifetimeActions[${index}]`;
    if (!isRecord(entry) || !isRecord(entry.trigger) || !isRecord(entry.action)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}: expected {"trigger": {...}, "action": {"type": "Rotate" | "Notify"}}.`);
    }
    const type = entry.action.type;
    if (type !== 'Rotate' && type !== 'Notify') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}.action.type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(type))}: expected Rotate or Notify.`);
    }
    const { timeAfterCreate, timeBeforeExpiry } = entry.trigger;
    if ((timeAfterCreate === undefined) === (timeBeforeExpiry === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}.trigger: set exactly one of timeAfterCreate and timeBeforeExpiry.`);
    }
    if (type === 'Notify' && timeAfterCreate !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}: a Notify action is triggered by timeBeforeExpiry only.`);
    }
    const field = timeAfterCreate === undefined ? 'timeBeforeExpiry' : 'timeAfterCreate';
    const text = timeAfterCreate ?? timeBeforeExpiry;
    if (shortestDays(parseDuration(text, `${where}.trigger.${field}`)) < MIN_TRIGGER_DAYS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}.trigger.${field} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(text))}: the shortest allowed is P${MIN_TRIGGER_DAYS}D.`);
    }
    return { action: type, [field]: text };
}
/** Validates a policy in the wire shape; nothing is stored when this throws. */
function parseRotationPolicy(input) {
    if (!isRecord(input))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid rotation policy: expected a JSON object with lifetimeActions and attributes.');
    const unknown = Object.keys(input).filter((key) => !['lifetimeActions', 'attributes', 'id'].includes(key));
    if (unknown.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid rotation policy: unknown field ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unknown[0] ?? '')}.`);
    const actions = input.lifetimeActions ?? [];
    if (!Array.isArray(actions) || actions.length > 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid rotation policy: lifetimeActions must be a list of at most two actions (one Rotate, one Notify).');
    }
    const lifetimeActions = actions.map(parseAction);
    for (const type of ['Rotate', 'Notify']) {
        if (lifetimeActions.filter((a) => a.action === type).length > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid rotation policy: more than one ${type} action.`);
    }
    const attributes = input.attributes ?? {};
    if (!isRecord(attributes))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid rotation policy: attributes must be an object.');
    const expiryTime = attributes.expiryTime;
    let expiresIn;
    if (expiryTime !== undefined) {
        const expiry = parseDuration(expiryTime, 'attributes.expiryTime');
        expiresIn = expiryTime;
        if (shortestDays(expiry) < MIN_EXPIRY_DAYS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid attributes.expiryTime ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(expiresIn)}: the shortest allowed is P${MIN_EXPIRY_DAYS}D.`);
        }
        for (const action of lifetimeActions) {
            const trigger = action.timeAfterCreate ?? action.timeBeforeExpiry ?? 'P0D';
            // However the calendar falls, a trigger must fire before expiry, or every rotated
            // version would be born due (and rotate again at once).
            if (longestDays(parseDuration(trigger, 'trigger')) >= shortestDays(expiry)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid rotation policy: the ${action.action} trigger ${trigger} is not shorter than the expiry time ${expiresIn}.`);
            }
        }
    }
    return { lifetimeActions, expiresIn };
}
function storedPolicy(policy, previous, now) {
    const created = previous?.created ?? now.toISOString();
    const stored = {
        lifetimeActions: policy.lifetimeActions, ...(policy.expiresIn === undefined ? {} : { expiresIn: policy.expiresIn }),
        created, updated: now.toISOString(),
    };
    return stored;
}
function rotationPolicyOf(object) {
    const stored = object.policy;
    if (stored === undefined)
        return DEFAULT_ROTATION_POLICY;
    return {
        lifetimeActions: stored.lifetimeActions.map((a) => ({ ...a })), expiresIn: stored.expiresIn,
        createdOn: (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalDate */ .XL)(stored.created), updatedOn: (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalDate */ .XL)(stored.updated),
    };
}
/** The policy as the wire shape, for `rotation-policy get` and the REST API. */
function rotationPolicyWire(policy) {
    return {
        lifetimeActions: policy.lifetimeActions.map((a) => ({
            trigger: a.timeAfterCreate === undefined ? { timeBeforeExpiry: a.timeBeforeExpiry } : { timeAfterCreate: a.timeAfterCreate },
            action: { type: a.action },
        })),
        attributes: {
            ...(policy.expiresIn === undefined ? {} : { expiryTime: policy.expiresIn }),
            ...(policy.createdOn === undefined ? {} : { created: Math.floor(policy.createdOn.getTime() / 1000) }),
            ...(policy.updatedOn === undefined ? {} : { updated: Math.floor(policy.updatedOn.getTime() / 1000) }),
        },
    };
}
/** When an action fires for a version: after its creation, or before its expiry (never, without one). */
function dueAt(action, latest) {
    if (action.timeAfterCreate !== undefined)
        return addDuration(new Date(latest.created), parseDuration(action.timeAfterCreate, 'timeAfterCreate'));
    if (latest.expires === undefined || action.timeBeforeExpiry === undefined)
        return undefined;
    return addDuration(new Date(latest.expires), parseDuration(action.timeBeforeExpiry, 'timeBeforeExpiry'), -1);
}
/** The action due now for a key's latest version, if any: Rotate wins over Notify. */
function dueAction(policy, latest, now) {
    const due = policy.lifetimeActions
        .map((action) => ({ action, at: dueAt(action, latest) }))
        .filter((entry) => entry.at !== undefined && entry.at.getTime() <= now.getTime());
    const pick = due.find((entry) => entry.action.action === 'Rotate') ?? due[0];
    if (pick === undefined)
        return undefined;
    const trigger = pick.action.timeAfterCreate === undefined ? `timeBeforeExpiry ${pick.action.timeBeforeExpiry ?? ''}` : `timeAfterCreate ${pick.action.timeAfterCreate}`;
    return { action: pick.action.action, reason: `${trigger} (due ${pick.at?.toISOString() ?? ''})` };
}
/** The expiry a new (rotated) version gets from the policy, if it sets one. */
function rotatedExpiry(policy, now) {
    return policy.expiresIn === undefined ? undefined : addDuration(now, parseDuration(policy.expiresIn, 'expiryTime'));
}


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ validateSecretValue),
/* harmony export */   Pj: () => (/* binding */ validateVersion),
/* harmony export */   Q0: () => (/* binding */ validateRecoverableDays),
/* harmony export */   Rc: () => (/* binding */ nameKey),
/* harmony export */   Wh: () => (/* binding */ validateTags),
/* harmony export */   ZV: () => (/* binding */ validateDate),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   oL: () => (/* binding */ validateContentType),
/* harmony export */   yS: () => (/* binding */ validateName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${what} name ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(name))}: expected 1-127 of 0-9, a-z, A-Z, '-'.`);
    }
    return name;
}
/** The key under which a name is stored and compared: Azure names are case-insensitive. */
function nameKey(name) {
    return name.toLowerCase();
}
function validateVersion(version) {
    if (typeof version !== 'string' || !VERSION.test(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid version ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(version))}: expected 32 lowercase hexadecimal characters.`);
    }
    return version;
}
/** Bounds a secret value by its UTF-8 size; the message gives sizes only. */
function validateSecretValue(value) {
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid secret value: expected a string.');
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > LIMITS.secretValueBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Secret value is ${bytes} bytes: the limit is ${LIMITS.secretValueBytes} bytes (25 KiB).`);
    }
    return value;
}
function validateContentType(contentType) {
    if (typeof contentType !== 'string' || contentType.length > LIMITS.contentTypeLength) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid content type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(contentType))}: expected at most ${LIMITS.contentTypeLength} characters.`);
    }
    return contentType;
}
function validateTags(tags) {
    if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid tags: expected an object of name to value.');
    }
    const entries = Object.entries(tags);
    if (entries.length > LIMITS.tagCount) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Too many tags (${entries.length}): at most ${LIMITS.tagCount} are allowed.`);
    }
    const clean = [];
    for (const [key, value] of entries) {
        if (key.length === 0 || key.length > LIMITS.tagLength) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid tag name ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)}: expected 1-${LIMITS.tagLength} characters.`);
        }
        if (typeof value !== 'string' || value.length > LIMITS.tagLength) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid value for tag ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)}: expected a string of at most ${LIMITS.tagLength} characters.`);
        }
        clean.push([key, value]);
    }
    // fromEntries defines own properties: an assignment would drop a tag named '__proto__'.
    return Object.fromEntries(clean);
}
function validateRecoverableDays(days) {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < LIMITS.minRecoverableDays || days > LIMITS.maxRecoverableDays) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid retention ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(days))}: expected a whole number of days from 7 to 90.`);
    }
    return days;
}
/** Dates must be real instants; an invalid Date would serialise as null and silently vanish. */
function validateDate(date, what) {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${what}: expected a valid date.`);
    }
    return date;
}


/***/ }),

/***/ 3839:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MAX_BACKUP_CHARS: () => (/* binding */ MAX_BACKUP_CHARS),
/* harmony export */   backupObject: () => (/* binding */ backupObject),
/* harmony export */   restoreObject: () => (/* binding */ restoreObject)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6599);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8427);
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


/***/ }),

/***/ 8427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ withVersion),
/* harmony export */   $v: () => (/* binding */ deletedObject),
/* harmony export */   Am: () => (/* binding */ findVersion),
/* harmony export */   MK: () => (/* binding */ softDelete),
/* harmony export */   MY: () => (/* binding */ sealContextOf),
/* harmony export */   V5: () => (/* binding */ objectForNewVersion),
/* harmony export */   W7: () => (/* binding */ refuseManaged),
/* harmony export */   XL: () => (/* binding */ optionalDate),
/* harmony export */   Z3: () => (/* binding */ versionPropertiesOf),
/* harmony export */   ZE: () => (/* binding */ liveObjects),
/* harmony export */   _: () => (/* binding */ KEY),
/* harmony export */   _4: () => (/* binding */ updatedVersion),
/* harmony export */   _C: () => (/* binding */ recoverDeleted),
/* harmony export */   __: () => (/* binding */ sweepExpired),
/* harmony export */   _c: () => (/* binding */ checkDates),
/* harmony export */   a7: () => (/* binding */ purgeIsDue),
/* harmony export */   bB: () => (/* binding */ SECRET),
/* harmony export */   hs: () => (/* binding */ purgeDeleted),
/* harmony export */   kX: () => (/* binding */ CERTIFICATE),
/* harmony export */   mP: () => (/* binding */ deletedObjects),
/* harmony export */   mX: () => (/* binding */ notFound),
/* harmony export */   qD: () => (/* binding */ latestVersion),
/* harmony export */   yA: () => (/* binding */ liveObject),
/* harmony export */   yF: () => (/* binding */ isManaged)
/* harmony export */ });
/* unused harmony exports SEAL_FORMAT, recoveryLevel */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6599);
/**
 * What every object type (secret, key, certificate) shares, with Azure Key Vault's semantics:
 * versions, dates, soft delete that reserves the name until the object is recovered or purged,
 * and automatic purge once the retention has passed. The per-type services (secrets.ts,
 * keys.ts) add their own values and operations on top. These functions run inside one store
 * transaction and know nothing of access or audit, which the Vault wraps around them.
 */


/** Binds a sealed value to its vault, type, name and version (the AAD). */
const SEAL_FORMAT = 'coffer-seal/1';
const SECRET = { type: 'secret', label: 'secret', collection: 'secrets', notFound: 'SecretNotFound' };
const KEY = { type: 'key', label: 'key', collection: 'keys', notFound: 'KeyNotFound' };
const CERTIFICATE = { type: 'certificate', label: 'certificate', collection: 'certificates', notFound: 'CertificateNotFound' };
const KINDS = [SECRET, KEY, CERTIFICATE];
const DAY_MS = 86_400_000;
const capitalised = (kind) => kind.label.charAt(0).toUpperCase() + kind.label.slice(1);
function sealContextOf(kind, vaultId, name, version) {
    return [SEAL_FORMAT, vaultId, kind.type, name.toLowerCase(), version];
}
/** What every version of every object type shows: its identity, state, dates and tags. */
function versionPropertiesOf(object, version) {
    return {
        name: object.name,
        version: version.version,
        enabled: version.enabled,
        notBefore: optionalDate(version.notBefore),
        expiresOn: optionalDate(version.expires),
        createdOn: new Date(version.created),
        updatedOn: new Date(version.updated),
        tags: { ...version.tags },
        managed: version.managed === true,
        recoverableDays: object.recoverableDays,
        recoveryLevel: recoveryLevel(object.recoverableDays),
    };
}
function recoveryLevel(days) {
    return days === 90 ? 'Recoverable+Purgeable' : 'CustomizedRecoverable+Purgeable';
}
const optionalDate = (iso) => (iso === undefined ? undefined : new Date(iso));
function notFound(kind, name, version) {
    const what = version === undefined ? `A ${kind.label} with name ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)}` : `Version ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(version)} of ${kind.label} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VaultError */ .hb(kind.notFound, `${what} was not found in this vault.`);
}
function latestVersion(kind, object) {
    const latest = object.versions[object.versions.length - 1];
    if (latest === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VaultError */ .hb('IntegrityError', `${capitalised(kind)} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(object.name)} has no versions.`);
    return latest;
}
/** A soft-deleted object whose retention has passed is gone, whether or not it was swept yet. */
function purgeIsDue(object, now) {
    return object.deleted !== undefined && new Date(object.deleted.scheduledPurgeDate).getTime() <= now.getTime();
}
/** The live (not deleted) object, or the kind's NotFound. */
function liveObject(tx, kind, name, now) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(name, kind.label);
    const object = tx.getObject(kind.type, name);
    if (object === undefined || object.deleted !== undefined || purgeIsDue(object, now))
        throw notFound(kind, name);
    return object;
}
function deletedObject(tx, kind, name, now) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(name, kind.label);
    const object = tx.getObject(kind.type, name);
    if (object === undefined || object.deleted === undefined || purgeIsDue(object, now)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VaultError */ .hb(kind.notFound, `A deleted ${kind.label} with name ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} was not found in this vault.`);
    }
    return object;
}
function findVersion(kind, object, version) {
    // Only undefined means latest: an empty string is a caller's unset variable, not a choice.
    if (version === undefined)
        return latestVersion(kind, object);
    (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateVersion */ .Pj)(version);
    const found = object.versions.find((v) => v.version === version);
    if (found === undefined)
        throw notFound(kind, object.name, version);
    return found;
}
/**
 * The object a new version goes into: the existing one, or a new empty one. A name that is
 * deleted but recoverable is reserved, as in Azure.
 */
function objectForNewVersion(tx, kind, name, now, recoverableDays, managed = false) {
    let existing = tx.getObject(kind.type, name);
    if (existing !== undefined && purgeIsDue(existing, now))
        existing = undefined;
    if (existing?.deleted !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VaultError */ .hb('ObjectIsDeletedButRecoverable', `${capitalised(kind)} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(existing.name)} is deleted but recoverable: recover or purge it before setting it again.`, { innerCode: 'ObjectIsDeletedButRecoverable' });
    }
    if (existing !== undefined && !managed)
        refuseManaged(kind, existing);
    return existing ?? { type: kind.type, name, recoverableDays, versions: [] };
}
/** Whether an object's latest version belongs to a certificate (its key or its secret). */
function isManaged(object) {
    return object.versions[object.versions.length - 1]?.managed === true;
}
/**
 * A certificate's key and secret change only through the certificate (as in Azure): setting,
 * updating, deleting, recovering, purging or restoring them on their own is Forbidden.
 */
function refuseManaged(kind, object) {
    if (isManaged(object)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VaultError */ .hb('Forbidden', `${capitalised(kind)} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(object.name)} belongs to certificate ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(object.name)}: change it through the certificate.`, { innerCode: 'CertificateManaged' });
    }
}
function checkDates(notBefore, expiresOn) {
    if (notBefore !== undefined)
        (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateDate */ .ZV)(notBefore, 'not-before date');
    if (expiresOn !== undefined)
        (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateDate */ .ZV)(expiresOn, 'expiry date');
    if (notBefore !== undefined && expiresOn !== undefined && notBefore.getTime() >= expiresOn.getTime()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`The not-before date ${notBefore.toISOString()} is not before the expiry date ${expiresOn.toISOString()}.`);
    }
}
/** A version with the changes applied (dates checked together), stamped as updated now. */
function updatedVersion(found, changes, now) {
    const notBefore = changes.notBefore === undefined ? optionalDate(found.notBefore) : changes.notBefore ?? undefined;
    const expiresOn = changes.expiresOn === undefined ? optionalDate(found.expires) : changes.expiresOn ?? undefined;
    checkDates(notBefore, expiresOn);
    const { notBefore: _n, expires: _e, ...rest } = found;
    return {
        ...rest,
        enabled: changes.enabled ?? found.enabled,
        updated: now.toISOString(),
        ...(notBefore === undefined ? {} : { notBefore: notBefore.toISOString() }),
        ...(expiresOn === undefined ? {} : { expires: expiresOn.toISOString() }),
        tags: changes.tags ?? found.tags,
    };
}
/** The object with one version replaced. */
function withVersion(object, version) {
    return { ...object, versions: object.versions.map((v) => (v.version === version.version ? version : v)) };
}
/** Removes objects of every type whose retention has passed; returns their paths. Write transactions only. */
function sweepExpired(tx, now) {
    const purged = [];
    for (const kind of KINDS) {
        for (const object of tx.listObjects(kind.type).filter((o) => purgeIsDue(o, now))) {
            tx.removeObject(kind.type, object.name);
            purged.push(`/${kind.collection}/${object.name}`);
        }
    }
    return purged;
}
/** Live objects of a kind with at least one version, ordered by name. */
function liveObjects(tx, kind, namePrefix) {
    return tx.listObjects(kind.type, namePrefix).filter((object) => object.deleted === undefined && object.versions.length > 0);
}
/** Deleted objects still within their retention. */
function deletedObjects(tx, kind, now) {
    return tx.listObjects(kind.type).filter((object) => object.deleted !== undefined && !purgeIsDue(object, now));
}
function softDelete(tx, kind, name, now, managed = false) {
    const object = liveObject(tx, kind, name, now);
    if (!managed)
        refuseManaged(kind, object);
    const deleted = {
        ...object,
        deleted: {
            deletedOn: now.toISOString(),
            scheduledPurgeDate: new Date(now.getTime() + object.recoverableDays * DAY_MS).toISOString(),
        },
    };
    tx.putObject(deleted);
    return deleted;
}
function recoverDeleted(tx, kind, name, now, managed = false) {
    const found = deletedObject(tx, kind, name, now);
    if (!managed)
        refuseManaged(kind, found);
    const { deleted: _deleted, ...object } = found;
    tx.putObject(object);
    return object;
}
function purgeDeleted(tx, kind, name, now, managed = false) {
    const object = deletedObject(tx, kind, name, now);
    if (!managed)
        refuseManaged(kind, object);
    tx.removeObject(kind.type, object.name);
}


/***/ }),

/***/ 2097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ pemBlock)
/* harmony export */ });
/** PEM text (RFC 7468): one labelled block of base64 in 64-character lines. No dependencies, so any adapter may load it at start-up. */
function pemBlock(label, der) {
    const lines = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}


/***/ }),

/***/ 870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ updateSecretProperties),
/* harmony export */   AQ: () => (/* binding */ listSecrets),
/* harmony export */   De: () => (/* binding */ listDeletedSecrets),
/* harmony export */   P1: () => (/* binding */ propertiesOf),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Qn: () => (/* binding */ recoverDeletedSecret),
/* harmony export */   Sm: () => (/* binding */ getDeletedSecret),
/* harmony export */   ZY: () => (/* binding */ purgeDeletedSecret),
/* harmony export */   e3: () => (/* binding */ deleteSecret),
/* harmony export */   m8: () => (/* binding */ listSecretVersions),
/* harmony export */   r6: () => (/* binding */ getSecret)
/* harmony export */ });
/* unused harmony exports sealContext, secretNotFound */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6599);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8427);
/**
 * Secrets, with Azure Key Vault's semantics: every set makes a new version; properties of a
 * version change, its value never does; delete is soft and reserves the name until the object
 * is recovered or purged (or its retention passes). The lifecycle shared with keys and
 * certificates is in objects.ts. These functions run inside one store transaction and know
 * nothing of access or audit, which the Vault wraps around them.
 */



function sealContext(vaultId, name, version) {
    return (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .sealContextOf */ .MY)(_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, vaultId, name, version);
}
function propertiesOf(object, version) {
    return { ...(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPropertiesOf */ .Z3)(object, version), contentType: version.contentType };
}
function deletedOf(object) {
    if (object.deleted === undefined)
        throw new Error('deletedOf: object is not deleted');
    return {
        properties: propertiesOf(object, (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .latestVersion */ .qD)(_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, object)),
        deletedOn: new Date(object.deleted.deletedOn),
        scheduledPurgeDate: new Date(object.deleted.scheduledPurgeDate),
    };
}
function secretNotFound(name, version) {
    return notFound(SECRET, name, version);
}
/** A new version; `managed` is for a certificate writing its own secret (see refuseManaged). */
function setSecret(tx, ctx, name, value, options = {}, managed = false) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(name);
    (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateSecretValue */ .K2)(value);
    if (options.contentType !== undefined)
        (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateContentType */ .oL)(options.contentType);
    const tags = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateTags */ .Wh)(options.tags ?? {});
    (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDates */ ._c)(options.notBefore, options.expiresOn);
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .objectForNewVersion */ .V5)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, name, ctx.now, ctx.recoverableDays, managed);
    const now = ctx.now.toISOString();
    const version = ctx.newVersion();
    const stored = {
        version, created: now, updated: now, enabled: options.enabled ?? true,
        ...(options.notBefore === undefined ? {} : { notBefore: options.notBefore.toISOString() }),
        ...(options.expiresOn === undefined ? {} : { expires: options.expiresOn.toISOString() }),
        ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
        tags,
        ...(managed ? { managed: true } : {}),
        sealed: ctx.keys.seal(sealContext(ctx.vaultId, object.name, version), Buffer.from(value, 'utf8')),
    };
    const next = { ...object, versions: [...object.versions, stored] };
    tx.putObject(next);
    return { properties: propertiesOf(next, stored), value };
}
function getSecret(tx, ctx, name, version) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .liveObject */ .yA)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, name, ctx.now);
    const found = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .findVersion */ .Am)(_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, object, version);
    if (!found.enabled) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VaultError */ .hb('Forbidden', 'Operation get is not allowed on a disabled secret.', { innerCode: 'SecretDisabled' });
    }
    const value = ctx.keys.unseal(sealContext(ctx.vaultId, object.name, found.version), found.sealed);
    return { properties: propertiesOf(object, found), value: value.toString('utf8') };
}
function updateSecretProperties(tx, ctx, name, version, options) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .liveObject */ .yA)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, name, ctx.now);
    (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseManaged */ .W7)(_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, object);
    const found = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .findVersion */ .Am)(_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, object, version);
    if (typeof options.contentType === 'string')
        (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateContentType */ .oL)(options.contentType);
    const tags = options.tags === undefined ? undefined : (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateTags */ .Wh)(options.tags);
    const { contentType: _c, ...base } = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .updatedVersion */ ._4)(found, { ...options, ...(tags === undefined ? {} : { tags }) }, ctx.now);
    const contentType = options.contentType === undefined ? found.contentType : options.contentType ?? undefined;
    const updated = { ...base, ...(contentType === undefined ? {} : { contentType }) };
    const next = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .withVersion */ .$2)(object, updated);
    tx.putObject(next);
    return propertiesOf(next, updated);
}
/** Every live secret's latest version properties, ordered by name. */
function listSecrets(tx, namePrefix) {
    return (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .liveObjects */ .ZE)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, namePrefix).map((object) => propertiesOf(object, (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .latestVersion */ .qD)(_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, object)));
}
function listSecretVersions(tx, now, name) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .liveObject */ .yA)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, name, now);
    return object.versions.map((version) => propertiesOf(object, version));
}
function deleteSecret(tx, ctx, name) {
    return deletedOf((0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .softDelete */ .MK)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, name, ctx.now));
}
function listDeletedSecrets(tx, now) {
    return (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .deletedObjects */ .mP)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, now).map(deletedOf);
}
function getDeletedSecret(tx, now, name) {
    return deletedOf((0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .deletedObject */ .$v)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, name, now));
}
function recoverDeletedSecret(tx, now, name) {
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .recoverDeleted */ ._C)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, name, now);
    return propertiesOf(object, (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .latestVersion */ .qD)(_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, object));
}
function purgeDeletedSecret(tx, now, name) {
    (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .purgeDeleted */ .hs)(tx, _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET */ .bB, name, now);
}


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ writeFully),
/* harmony export */   Kl: () => (/* binding */ removeOrphanTemps),
/* harmony export */   hO: () => (/* binding */ fsyncDirectory),
/* harmony export */   lR: () => (/* binding */ readFully),
/* harmony export */   uK: () => (/* binding */ replaceFileDurably),
/* harmony export */   ur: () => (/* binding */ createFileDurably)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3828);
/**
 * Durable file writes: a write is acknowledged only once a crash or power loss can no longer
 * undo it. Temp file in the same folder → fsync → rename over the target → fsync the folder
 * (the rename lives in the folder's entry, not the file). A failed fsync is fatal for the write.
 */




/** Writes all of `data` at the file's position: writeSync may write less than it was given. */
function writeFully(fd, data) {
    let offset = 0;
    while (offset < data.length)
        offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, data, offset, data.length - offset);
}
/**
 * Reads up to `length` bytes from `start`: as many as the file holds there (a file that
 * shrank since its size was taken yields fewer, never stale or zeroed bytes).
 */
function readFully(fd, start, length) {
    const buffer = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, length - read, start + read);
        if (n === 0)
            break;
        read += n;
    }
    return buffer.subarray(0, read);
}
/** Temp files are named `.<target>.<random>.tmp`, so that a later writer can recognise leftovers. */
function tempPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(6).toString('hex')}.tmp`);
}
function storageError(action, path, error) {
    const code = error.code ?? 'unknown error';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultError */ .hb('StorageError', `Could not ${action} ${path}: ${code}.`, { cause: error });
}
/** fsync a folder so that a rename or a new entry in it survives power loss. */
function fsyncDirectory(dir) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, 'r');
    }
    catch (error) {
        // Windows cannot open a folder; NTFS journals the rename itself.
        if (process.platform === 'win32')
            return;
        throw error;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function writeTemp(path, data, mode) {
    const temp = tempPathFor(path);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temp, 'wx', mode);
    try {
        writeFully(fd, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temp);
        throw error;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    return temp;
}
/** Replaces `path` with `data` atomically and durably. */
function replaceFileDurably(path, data, mode = 0o600) {
    let temp;
    try {
        temp = writeTemp(path, data, mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temp, path);
        temp = undefined;
        fsyncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
    }
    catch (error) {
        if (temp !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temp);
        throw storageError('write', path, error);
    }
}
/** Creates `path` with `data` durably; refuses (Conflict) if it already exists. Never clobbers. */
function createFileDurably(path, data, mode = 0o600) {
    let temp;
    try {
        temp = writeTemp(path, data, mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(temp, path);
    }
    catch (error) {
        if (error.code === 'EEXIST') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultError */ .hb('Conflict', `${path} already exists; it was left unchanged.`);
        }
        throw storageError('create', path, error);
    }
    finally {
        if (temp !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temp);
    }
    fsyncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
}
/**
 * Removes temp files a killed writer left behind. Call only while holding the store's lock:
 * temp files are made only under it, so any that exist then are orphans.
 */
function removeOrphanTemps(path) {
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.`;
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path))) {
        if (entry.startsWith(prefix) && entry.endsWith('.tmp')) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), entry));
            }
            catch {
                // Already gone: nothing to clean.
            }
        }
    }
}


/***/ }),

/***/ 5683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ FileLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3828);
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
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
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
        const value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.createHash)('sha256').update(host).digest('hex').slice(0, 8);
}
function tryCreate(path, owner) {
    const temp = tempFor(path, owner);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temp, 'wx', 0o600);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, JSON.stringify(owner));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(temp, path);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temp);
    }
}
function unlinkQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
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
            return Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).mtimeMs > BREAKER_STALE_MS;
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
    const prefix = `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.`;
    const mine = hostTag(host);
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path))) {
        if (!entry.startsWith(prefix))
            continue;
        const match = /^(?:break\.)?([0-9a-f]{8})\.(\d+)\.[0-9a-f]{24}$/.exec(entry.slice(prefix.length));
        if (match?.[1] !== mine)
            continue;
        const pid = Number(match[2]);
        if (pid !== process.pid && !processExists(pid))
            unlinkQuietly((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), entry));
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const MY_START_TIME = startTimeOf(process.pid);
function myself(host) {
    return { pid: process.pid, host, nonce: (0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(12).toString('hex'), ...(MY_START_TIME === undefined ? {} : { started: MY_START_TIME }) };
}
class FileLock {
    #path;
    #timeoutMs;
    #host = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)();
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VaultError */ .hb('LockTimeout', `Timed out after ${this.#timeoutMs} ms waiting for the lock ${this.#path}${who}.`);
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


/***/ }),

/***/ 4755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B3: () => (/* binding */ createVault),
  Z1: () => (/* binding */ openVault),
  zS: () => (/* reexport */ parseLocation)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./lib/core/crypto/envelope.js
var envelope = __nccwpck_require__(8653);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __nccwpck_require__(6599);
// EXTERNAL MODULE: ./lib/core/audit/record.js
var audit_record = __nccwpck_require__(9670);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/store/durable-file.js
var durable_file = __nccwpck_require__(9465);
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
/** The longest record written: well inside the window the tail is read back with. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;
function openIfExists(path, flags) {
    try {
        return (0,external_node_fs_.openSync)(path, flags);
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
        const stat = (0,external_node_fs_.fstatSync)(fd);
        // A folder opens for reading on POSIX; refuse it here rather than read it as an empty log.
        if (!stat.isFile())
            throw Object.assign(new Error(`${path} is not a regular file`), { code: 'EISDIR' });
        for (let window = TAIL_WINDOW;; window *= 4) {
            const start = Math.max(0, stat.size - window);
            const tail = tailIn((0,durable_file/* readFully */.lR)(fd, start, stat.size - start), start, stat.size);
            if (tail !== undefined)
                return tail;
            if (window >= MAX_TAIL_WINDOW)
                return { lastLine: undefined, completeSize: -1, size: stat.size };
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Cuts a torn last line (a crash mid-append: its operation never returned). */
function truncateLog(path, size) {
    const fd = (0,external_node_fs_.openSync)(path, 'r+');
    try {
        (0,external_node_fs_.ftruncateSync)(fd, size);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Appends one line and makes it durable; a new log's folder entry is made durable too. */
/**
 * appendLogLine with the fsync on the thread pool: the records of reads (key operations above
 * all) are made durable while the event loop goes on serving other operations. Opening and
 * writing (a few KiB into the page cache) stay synchronous: each would cost a round trip through
 * the thread pool for less work than the trip itself.
 */
async function appendLogLineAsync(path, line) {
    const existed = openIfExists(path, 'r');
    if (existed !== undefined)
        (0,external_node_fs_.closeSync)(existed);
    const fd = (0,external_node_fs_.openSync)(path, 'a', 0o600);
    try {
        (0,durable_file/* writeFully */.KM)(fd, Buffer.from(`${line}\n`, 'utf8'));
        await new Promise((resolve, reject) => {
            (0,external_node_fs_.fsync)(fd, (error) => {
                if (error === null)
                    resolve();
                else
                    reject(error);
            });
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (existed === undefined)
        (0,durable_file/* fsyncDirectory */.hO)((0,external_node_path_.dirname)(path));
}
function appendLogLine(path, line) {
    const existed = openIfExists(path, 'r');
    if (existed !== undefined)
        (0,external_node_fs_.closeSync)(existed);
    const fd = (0,external_node_fs_.openSync)(path, 'a', 0o600);
    try {
        (0,durable_file/* writeFully */.KM)(fd, Buffer.from(`${line}\n`, 'utf8'));
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (existed === undefined)
        (0,durable_file/* fsyncDirectory */.hO)((0,external_node_path_.dirname)(path));
}
/** The log's size in bytes; 0 when it does not exist. */
function logSize(path) {
    const fd = openIfExists(path, 'r');
    if (fd === undefined)
        return 0;
    try {
        return (0,external_node_fs_.fstatSync)(fd).size;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
    // Loaded here, not with the store: only verifying and exporting the log read it line by line.
    const { createInterface } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 481, 19));
    const lines = createInterface({ input: (0,external_node_fs_.createReadStream)('', { fd, encoding: 'utf8', start: 0, end: size - 1 }), crlfDelay: Infinity });
    for await (const line of lines)
        yield line;
}

// EXTERNAL MODULE: ./lib/core/store/file-lock.js
var file_lock = __nccwpck_require__(5683);
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
const sectionMarker = (type) => Buffer.from(`\n  "${SECTIONS[type]}": [`, 'latin1');
const SECTION_MARKERS = { secret: sectionMarker('secret'), key: sectionMarker('key'), certificate: sectionMarker('certificate') };
/** An object's first line starts with this (after its newline); nothing else in a section does. */
const OBJECT_START = Buffer.from('\n    {"name":"', 'latin1');
const OBJECT_END = Buffer.from('\n    ]}', 'latin1');
const QUOTE = 0x22;
/** Names are at most 127 characters (names.ts): a run this long without a closing quote is damage. */
const MAX_NAME_BYTES = 4096;
const COMMA = 0x2c;
/** Below this many bytes a lookup walks from object to object instead of halving further. */
const WALK_BYTES = 4096;
/** True when the section can list a prefix's keys itself (a lazily parsed section of an opened file). */
function hasPrefixKeys(section) {
    return typeof section.keysWithPrefix === 'function';
}
/**
 * A section parsed on demand, straight from the body's bytes. Opening a vault parses its header
 * only. The file keeps each section sorted by lower-case name (encodeSection, in every version
 * of the format), so reading one object is a binary search over the section's bytes for its
 * first line, a listing by prefix is a search for the first name and a scan to the last, and
 * only the objects read are parsed. Only a full listing (or a write) visits every object.
 * Opening a 10,000-secret vault to read one secret then costs a few searches, not a decode or a
 * parse of every version of every secret. The bytes are authenticated and the layout is our own.
 *
 * An object starts at the only `\n    {"name":"` of its text (JSON strings hold no raw
 * newline, and version lines are indented further) and ends at its only `\n    ]}`.
 */
class LazySection {
    #body;
    #start;
    #end;
    #parsed = new Map();
    /** Spans found so far, by key: by lookups, prefix scans, or (once #complete) all of them. */
    #spans = new Map();
    #complete = false;
    /** Binary-search probes made so far (position → object found): every search starts with the same few. */
    #probes = new Map();
    /** `start` is just after the section's `[`, `end` where the next section (or the body) begins. */
    constructor(body, start, end) {
        this.#body = body;
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
        const span = this.#spans.get(key) ?? (this.#complete ? undefined : this.#find(key));
        if (span === undefined)
            return undefined;
        const object = JSON.parse(this.#body.toString('utf8', span.start, span.end));
        this.#parsed.set(key, object);
        return object;
    }
    keys() {
        return this.#index().keys();
    }
    /** The keys that start with `prefix` (lower-case), in order, from one search and a scan of just those objects. */
    keysWithPrefix(prefix) {
        if (prefix === '' || this.#complete)
            return [...this.keys()].filter((key) => key.startsWith(prefix));
        const keys = [];
        let previous = '';
        const first = this.#lowerBound(prefix);
        for (let span = first < 0 ? undefined : this.#spanAt(first); span !== undefined && span.key.startsWith(prefix); span = this.#objectAt(span.end)) {
            if (span.key <= previous)
                throw this.#unsorted();
            previous = span.key;
            this.#spans.set(span.key, span);
            keys.push(span.key);
        }
        return keys;
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
    /** The object named `key` (any case), found by binary search. */
    #find(key) {
        const at = this.#lowerBound(key);
        if (at < 0 || this.#compareName(at, key) !== 0)
            return undefined;
        const span = this.#spanAt(at);
        this.#spans.set(key, span);
        return span;
    }
    /**
     * Where the first object whose key is not below `key` starts (its newline), or -1 when every
     * object sorts below it. A binary search over the section's bytes, one search for an object's
     * first line per step (the first steps, which every search shares, remembered), down to a
     * few objects' worth of bytes; then a walk from object to object. Names are compared in place.
     */
    #lowerBound(key) {
        // Every object starting before `low` sorts below `key`; the first one starting at or after
        // `high`, if any, does not.
        let low = this.#start;
        let high = this.#end;
        while (high - low > WALK_BYTES) {
            const middle = (low + high) >>> 1;
            let at = this.#probes.get(middle);
            if (at === undefined) {
                at = this.#nextObject(middle);
                this.#probes.set(middle, at);
            }
            if (at < 0 || at >= high || this.#compareName(at, key) >= 0)
                high = middle;
            else
                low = at + 1;
        }
        let at = this.#nextObject(low);
        while (at >= 0 && this.#compareName(at, key) < 0)
            at = this.#nextObject(at + 1);
        return at;
    }
    /** The newline that starts the first object at or after `from`, or -1 if none does in this section. */
    #nextObject(from) {
        const at = this.#body.indexOf(OBJECT_START, from);
        return at < 0 || at >= this.#end ? -1 : at;
    }
    /**
     * The lower-cased name of the object starting at `at` compared with `key` (lower-case), as
     * JavaScript compares strings: negative, zero or positive. Names are ASCII (validated).
     */
    #compareName(at, key) {
        const body = this.#body;
        const limit = Math.min(this.#end, at + OBJECT_START.length + MAX_NAME_BYTES + 1);
        let i = at + OBJECT_START.length;
        for (let k = 0;; i += 1, k += 1) {
            if (i >= limit)
                throw new errors/* IntegrityError */.cs('A vault file object has no name.');
            let byte = body[i];
            if (byte === QUOTE)
                return k === key.length ? 0 : -1;
            if (k === key.length)
                return 1;
            if (byte >= 0x41 && byte <= 0x5a)
                byte += 0x20;
            const diff = byte - key.charCodeAt(k);
            if (diff !== 0)
                return diff;
        }
    }
    /** The span of the object starting at `at` (its newline). */
    #spanAt(at) {
        const nameStart = at + OBJECT_START.length;
        const nameEnd = this.#body.indexOf(QUOTE, nameStart);
        const end = nameEnd < 0 ? -1 : this.#body.indexOf(OBJECT_END, nameEnd);
        if (end < 0 || end >= this.#end)
            throw new errors/* IntegrityError */.cs('A vault file object is not terminated.');
        return { key: this.#body.toString('latin1', nameStart, nameEnd).toLowerCase(), start: at + 1, end: end + OBJECT_END.length };
    }
    /** The span of the first object at or after `from`, or undefined. */
    #objectAt(from) {
        const at = this.#nextObject(from);
        return at < 0 ? undefined : this.#spanAt(at);
    }
    #unsorted() {
        return new errors/* IntegrityError */.cs('A vault file section is not in name order.');
    }
    /** Every object's span, from one scan of the section (once). */
    #index() {
        if (this.#complete)
            return this.#spans;
        const spans = new Map();
        const body = this.#body;
        let position = this.#start;
        let previous = '';
        while (position + OBJECT_START.length <= this.#end && body.compare(OBJECT_START, 0, OBJECT_START.length, position, position + OBJECT_START.length) === 0) {
            const span = this.#objectAt(position);
            if (span.key <= previous)
                throw this.#unsorted();
            previous = span.key;
            spans.set(span.key, span);
            position = span.end + (body[span.end] === COMMA ? 1 : 0);
        }
        this.#spans.clear();
        for (const [key, span] of spans)
            this.#spans.set(key, span);
        this.#complete = true;
        return this.#spans;
    }
}
/** Splits the body into its three sections; keys and certificates are found from the end. */
function sectionsOf(body, damaged) {
    const certificates = body.lastIndexOf(SECTION_MARKERS.certificate);
    const keys = certificates < 0 ? -1 : body.lastIndexOf(SECTION_MARKERS.key, certificates);
    const secrets = body.indexOf(SECTION_MARKERS.secret);
    if (secrets < 0 || keys < secrets || certificates < keys)
        throw damaged('its sections are out of place');
    const section = (type, at, end) => new LazySection(body, at + SECTION_MARKERS[type].length, end);
    return { secret: section('secret', secrets, keys), key: section('key', keys, certificates), certificate: section('certificate', certificates, body.length) };
}
/**
 * Parses and authenticates a vault file. Any damage is an IntegrityError; a key that is not
 * this vault's is a KeyMismatch. Nothing in the file is trusted before its MAC checks out.
 */
function decodeVaultFile(bytes, master, path, random) {
    const damaged = (what, cause) => new errors/* IntegrityError */.cs(`${path} failed its integrity check (${what}): it was modified outside Coffer or is not a vault file.`, cause);
    const at = bytes.lastIndexOf(MAC_MARKER);
    const suffix = at < 0 ? undefined : MAC_SUFFIX.exec(bytes.subarray(at + MAC_MARKER.length).toString('latin1'));
    if (at < 0 || suffix === null || suffix === undefined)
        throw damaged('no MAC at its end');
    const body = bytes.subarray(0, at);
    const sections = body.indexOf(SECTION_MARKERS.secret);
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
    const keys = envelope/* VaultKeys */.v.unwrap(header.dataKey, master, header.keyId, wrapContext(header.vaultId), random);
    // Compare the text, not decoded bytes: base64 has spare bits, so two texts can decode alike.
    if (!(0,envelope/* constantTimeEqual */.S)(Buffer.from(keys.mac(body).toString('base64')), Buffer.from(suffix[1] ?? '')))
        throw damaged('MAC mismatch');
    if (header.format !== FORMAT) {
        throw new errors/* VaultError */.hb('UnsupportedFormat', `${path} has format '${header.format}': this Coffer reads ${FORMAT}.`);
    }
    return { header, table: sectionsOf(body, damaged), keys };
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
        const key = (0,names/* nameKey */.Rc)(name);
        const changed = this.#changes.get(type)?.get(key);
        if (changed !== undefined)
            return withType(type, changed ?? undefined);
        return withType(type, this.#base[type].get(key));
    }
    listObjects(type, namePrefix = '') {
        const prefix = (0,names/* nameKey */.Rc)(namePrefix);
        const changes = this.#changes.get(type) ?? new Map();
        // Keys first: a lazily parsed section parses only the objects that are listed, and finds
        // those under a prefix without visiting the others.
        const base = this.#base[type];
        const baseKeys = hasPrefixKeys(base) ? base.keysWithPrefix(prefix) : [...base.keys()].filter((key) => key.startsWith(prefix));
        const keys = new Set([...baseKeys, ...[...changes.keys()].filter((key) => key.startsWith(prefix))]);
        return [...keys]
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            .map((key) => this.getObject(type, key))
            .filter((object) => object !== undefined);
    }
    putObject(object) {
        const { type, ...stored } = object;
        this.#section(type).set((0,names/* nameKey */.Rc)(object.name), stored);
    }
    removeObject(type, name) {
        this.#section(type).set((0,names/* nameKey */.Rc)(name), null);
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
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (whole && stat.size > MAX_VAULT_FILE_BYTES) {
            throw new errors/* VaultError */.hb('StorageError', `${path} is ${stat.size} bytes: larger than the ${MAX_VAULT_FILE_BYTES}-byte limit of a vault file.`);
        }
        const bytes = (0,durable_file/* readFully */.lR)(fd, 0, whole ? stat.size : Math.min(stat.size, HEAD_BYTES));
        const identity = { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, head: Buffer.from(bytes.subarray(0, HEAD_BYTES)) };
        return { identity, bytes };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
        if (error instanceof errors/* VaultError */.hb)
            throw error;
        if (error.code === 'ENOENT') {
            throw new errors/* VaultError */.hb('StorageError', `No vault at ${path}: create one with 'coffer init'.`);
        }
        throw new errors/* VaultError */.hb('StorageError', `Could not read ${path}: ${error.code ?? 'unknown error'}.`);
    }
}
function checkPinnedGeneration(path, generation, min) {
    if (min !== undefined && generation < min) {
        throw new errors/* IntegrityError */.cs(`${path} is at generation ${generation}, older than the pinned generation ${min}: the vault file was rolled back.`);
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
        this.#lock = new file_lock/* FileLock */.I(`${path}.lock`, options.lockTimeoutMs);
        this.#minGeneration = options.minGeneration;
        this.#random = options.random ?? external_node_crypto_.randomBytes;
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
        const recoverableDays = (0,names/* validateRecoverableDays */.Q0)(options.recoverableDays ?? names/* LIMITS */.b1.defaultRecoverableDays);
        const random = options.random ?? external_node_crypto_.randomBytes;
        const keys = envelope/* VaultKeys */.v.generate(random);
        const vaultId = random(16).toString('hex');
        const header = {
            format: FORMAT, vaultId, generation: 0, keyId: master.id, dataKey: keys.wrap(master, wrapContext(vaultId)), recoverableDays, audit: null,
        };
        const empty = { secret: new Map(), key: new Map(), certificate: new Map() };
        (0,durable_file/* createFileDurably */.ur)(path, encodeVaultFile(header, empty, keys));
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
                await this.#appendLineAsync(records.map((r) => this.#serialise(r)).join('\n'));
            if (failure !== undefined)
                throw failure.error;
            return result;
        });
    }
    /**
     * Without the lock: the file is only ever replaced whole (rename), and one open file gives one
     * consistent version of it, so a read needs no exclusion, and does not wait behind another
     * transaction's fsync. It sees every commit that has returned, in any process.
     */
    async read(work) {
        this.#refresh();
        // A transaction that is never applied: the reader cannot change anything.
        return Promise.resolve(work(new FileTransaction(this.#snapshot.table, this.#snapshot.header.generation)));
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
            throw new errors/* VaultError */.hb('StorageError', `The vault file ${this.location} has disappeared.`);
        }
        if (sameIdentity(current, this.#snapshot.identity))
            return;
        const { header, table, keys, identity } = _a.#load(this.location, this.#master, this.#random);
        checkPinnedGeneration(this.location, header.generation, this.#minGeneration);
        if (header.vaultId !== this.#snapshot.header.vaultId) {
            throw new errors/* IntegrityError */.cs(`${this.location} was replaced by a different vault (id ${header.vaultId}).`);
        }
        if (header.generation < this.#snapshot.header.generation) {
            throw new errors/* IntegrityError */.cs(`${this.location} went back from generation ${this.#snapshot.header.generation} to ${header.generation}: the file was rolled back.`);
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
            if (!(error instanceof errors/* IntegrityError */.cs))
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
            return anchor === undefined ? undefined : (0,audit_record/* headOf */.Uo)(anchor);
        }
        if (tail.completeSize < 0)
            throw new errors/* IntegrityError */.cs(`${this.#auditPath} has a line longer than any audit record.`);
        if (tail.completeSize < tail.size)
            this.#logIo(() => { truncateLog(this.#auditPath, tail.completeSize); });
        const last = this.#parseTail(tail.lastLine);
        const generation = this.#snapshot.header.generation;
        if (last !== undefined && last.generation > generation) {
            throw new errors/* IntegrityError */.cs(`${this.location} is at generation ${generation} but ${this.#auditPath} records generation ${last.generation}: the vault file was rolled back.`);
        }
        if (anchor === undefined || (last !== undefined && last.seq >= anchor.seq))
            return last === undefined ? undefined : (0,audit_record/* headOf */.Uo)(last);
        if ((last?.seq ?? 0) + 1 === anchor.seq && (last === undefined || anchor.prev === last.hash)) {
            this.#appendLine(this.#serialise(anchor));
            return (0,audit_record/* headOf */.Uo)(anchor);
        }
        throw new errors/* IntegrityError */.cs(`${this.#auditPath} ends at record ${last?.seq ?? 0} but ${this.location} anchors record ${anchor.seq}: audit records were removed.`);
    }
    #parseTail(line) {
        if (line === undefined)
            return undefined;
        // A blank line is no record: skipping it would hide the real last record from the rollback check.
        if (line.trim() === '')
            throw new errors/* IntegrityError */.cs(`The last line of ${this.#auditPath} is blank: the log was modified outside Coffer.`);
        let record;
        try {
            record = JSON.parse(line);
        }
        catch (error) {
            throw new errors/* IntegrityError */.cs(`The last record of ${this.#auditPath} is not valid JSON.`, error);
        }
        if (!(0,audit_record/* recordIsAuthentic */.Jb)(record, (text) => this.#keys.auditMac(text))) {
            throw new errors/* IntegrityError */.cs(`The last record of ${this.#auditPath} fails its MAC: it was edited, or the log belongs to another vault.`);
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
            throw new errors/* VaultError */.hb('StorageError', `The change would make ${this.location} ${bytes.length} bytes, over the ${MAX_VAULT_FILE_BYTES}-byte limit of a vault file; purge old versions or secrets first. Nothing was changed.`);
        }
        (0,durable_file/* removeOrphanTemps */.Kl)(this.location);
        (0,durable_file/* replaceFileDurably */.uK)(this.location, bytes);
        this.#snapshot = { header: next, table, identity: identityOf(this.location) };
        try {
            appendLogLine(this.#auditPath, line);
        }
        catch (error) {
            const code = error.code ?? 'unknown error';
            throw new errors/* VaultError */.hb('AuditWriteFailed', `The change was committed and its audit record is kept in ${this.location}, but appending it to ${this.#auditPath} failed (${code}); the next operation appends it. The result is withheld.`, { cause: error });
        }
    }
    #serialise(record) {
        const line = this.#logIo(() => JSON.stringify(record));
        // A record the log could not be read back with would lock everyone out: refuse it, unwritten.
        if (line.length > MAX_RECORD_CHARS) {
            throw new errors/* VaultError */.hb('AuditWriteFailed', `An audit record of ${line.length} characters is over the ${MAX_RECORD_CHARS} limit; nothing was written and the operation's result is withheld.`);
        }
        return line;
    }
    #appendLine(line) {
        this.#logIo(() => { appendLogLine(this.#auditPath, line); });
    }
    async #appendLineAsync(line) {
        try {
            await appendLogLineAsync(this.#auditPath, line);
        }
        catch (error) {
            // Through #logIo's mapping: any failure fails the operation closed.
            this.#logIo(() => { throw error; });
        }
    }
    /** Any failure to read, repair or write the log fails the operation closed: it cannot be audited. */
    #logIo(io) {
        try {
            return io();
        }
        catch (error) {
            const code = error.code ?? (error instanceof Error ? error.name : 'unknown error');
            throw new errors/* VaultError */.hb('AuditWriteFailed', `Could not write the audit record to ${this.#auditPath} (${code}); the operation's result is withheld.`, { cause: error });
        }
    }
}
_a = FileStore;

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./lib/core/store/sqlite-schema.js
/**
 * The SQLite vault's schema, and the MACs that authenticate what is read back from it.
 *
 *   meta     one row: format, vault id, wrapped data key and its key id, generation,
 *            recoverable days, the anchor (the last change's audit record, as written to the
 *            audit table), the sealed object index, and a MAC over all of them.
 *   objects  (type, lower-case name) → the object's JSON (versions included; values sealed
 *            exactly as in the vault file) and a MAC over (vault id, type, name, JSON).
 *   audit    seq → the record's JSON, one row per record, in chain order.
 *
 * A row MAC catches an edited row and a row moved to another name; it cannot catch a row that
 * was removed, or put back as an older version of itself (its MAC was valid then). The object
 * index does: per type, the XOR of a keyed term for each row's (type, name, MAC). It is sealed,
 * not just MACed, so that nobody sees how it changes between generations: XOR sums whose
 * changes are visible can be steered with linear algebra, hidden ones cannot. Every read, of
 * one object or many, present or absent, is checked against it (sqlite-objects.ts says how).
 */


const SQLITE_FORMAT = 'coffer-sqlite/1';
/** PRAGMA application_id: 'Cofr', so that `file` and other tools can tell what the database is. */
const APPLICATION_ID = 0x436f6672;
/** PRAGMA user_version: the schema below. */
const SCHEMA_VERSION = 1;
/** One object row, versions included: ~1,900 versions of a 25 KiB secret. */
const MAX_OBJECT_CHARS = 64 * 1024 * 1024;
const OBJECT_TYPES = ['secret', 'key', 'certificate'];
/** The tables, as SQLite keeps their text in sqlite_schema: open refuses anything else. */
const SCHEMA = {
    meta: 'CREATE TABLE meta (id INTEGER PRIMARY KEY CHECK (id = 1), format TEXT NOT NULL, vault_id TEXT NOT NULL,'
        + ' key_id TEXT NOT NULL, data_key TEXT NOT NULL, generation INTEGER NOT NULL, recoverable_days INTEGER NOT NULL,'
        + ' anchor TEXT, object_index TEXT NOT NULL, mac TEXT NOT NULL)',
    objects: 'CREATE TABLE objects (type TEXT NOT NULL, name TEXT NOT NULL, mac TEXT NOT NULL, body TEXT NOT NULL,'
        + ' PRIMARY KEY (type, name)) WITHOUT ROWID',
    audit: 'CREATE TABLE audit (seq INTEGER PRIMARY KEY, record TEXT NOT NULL)',
};
/** The AAD that binds the wrapped data key to its vault and format. */
function sqlite_schema_wrapContext(vaultId) {
    return [SQLITE_FORMAT, vaultId];
}
/** Reads the meta row's columns; a missing or mistyped column is damage. */
function metaOf(row, path) {
    const r = row;
    const text = (column) => {
        const value = r?.[column];
        if (typeof value !== 'string')
            throw new errors/* IntegrityError */.cs(`${path} has no valid vault metadata (${column}): it was modified outside Coffer or is not a vault.`);
        return value;
    };
    const integer = (column) => {
        const value = r?.[column];
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            throw new errors/* IntegrityError */.cs(`${path} has no valid vault metadata (${column}): it was modified outside Coffer or is not a vault.`);
        }
        return value;
    };
    const anchor = r?.anchor === null ? null : text('anchor');
    return {
        format: text('format'), vaultId: text('vault_id'), keyId: text('key_id'), dataKey: text('data_key'), generation: integer('generation'),
        recoverableDays: integer('recoverable_days'), anchor, objectIndex: text('object_index'), mac: text('mac'),
    };
}
/** The meta row's MAC: every column but the MAC itself, unambiguously encoded. */
function metaMac(keys, meta) {
    const fields = [meta.format, meta.vaultId, meta.keyId, meta.dataKey, meta.generation, meta.recoverableDays, meta.anchor, meta.objectIndex];
    return keys.mac(`${SQLITE_FORMAT} meta\n${JSON.stringify(fields)}`).toString('base64');
}
/** An object row's MAC. The header is one JSON line, so the body after it cannot shift into it. */
function rowMac(keys, vaultId, type, name, body) {
    return keys.mac(`${SQLITE_FORMAT} object\n${JSON.stringify([vaultId, type, name])}\n${body}`).toString('base64');
}
function macsEqual(a, b) {
    return (0,envelope/* constantTimeEqual */.S)(Buffer.from(a), Buffer.from(b));
}
const emptyDigests = () => ({ secret: Buffer.alloc(32), key: Buffer.alloc(32), certificate: Buffer.alloc(32) });
/** One row's term in the object index: keyed, and never stored, so nobody can predict or steer it. */
function indexTerm(keys, type, name, mac) {
    return keys.mac(`${SQLITE_FORMAT} index\n${JSON.stringify([type, name, mac])}`);
}
/** Adds (or, XOR being its own inverse, removes) one row's term to its type's digest. */
function xorInto(digest, term) {
    for (let i = 0; i < digest.length; i += 1)
        digest[i] = (digest[i] ?? 0) ^ (term[i] ?? 0);
}
const indexContext = (vaultId) => [SQLITE_FORMAT, vaultId, 'object-index'];
function sealIndex(keys, vaultId, digests) {
    const plain = Object.fromEntries(OBJECT_TYPES.map((type) => [type, digests[type].toString('hex')]));
    return keys.seal(indexContext(vaultId), Buffer.from(JSON.stringify(plain), 'utf8'));
}
/** Opens the index; it was written by this code under a MACed meta row, so its shape is ours. */
function openIndex(keys, vaultId, sealed) {
    const plain = JSON.parse(keys.unseal(indexContext(vaultId), sealed).toString('utf8'));
    const digests = emptyDigests();
    for (const type of OBJECT_TYPES) {
        const hex = plain[type];
        if (typeof hex !== 'string' || !/^[0-9a-f]{64}$/.test(hex))
            throw new errors/* IntegrityError */.cs(`The object index has no valid ${type} digest.`);
        digests[type] = Buffer.from(hex, 'hex');
    }
    return digests;
}

;// CONCATENATED MODULE: ./lib/core/store/sqlite-database.js







let driver;
/**
 * better-sqlite3, loaded on first use by a require that bundlers do not follow: the actions'
 * bundles never open a SQLite vault and must not carry a native addon built for one Node.
 */
function sqlite() {
    if (driver === undefined) {
        const load = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
        const id = ['better', 'sqlite3'].join('-');
        try {
            driver = load(id);
        }
        catch (error) {
            throw new errors/* VaultError */.hb('StorageError', `SQLite vaults need the better-sqlite3 package, which could not be loaded (${codeOf(error)}).`, { cause: error });
        }
    }
    return driver;
}
/** SQLite's result code name ('SQLITE_BUSY'), or the errno code, or the error's name. */
function codeOf(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
}
const isBusy = (error) => codeOf(error).startsWith('SQLITE_BUSY');
/**
 * A VaultError for a failed SQLite call. Only the code is quoted: SQLite's own message can
 * name a constraint's values. Damage reads as IntegrityError; anything else as `otherwise`.
 */
function sqliteFailure(error, path, doing, otherwise = 'StorageError') {
    if (error instanceof errors/* VaultError */.hb)
        return error;
    const code = codeOf(error);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
        return new errors/* IntegrityError */.cs(`${path} failed while ${doing} (${code}): it is damaged, or not a Coffer SQLite vault.`, error);
    }
    return new errors/* VaultError */.hb(otherwise, `${path} failed while ${doing} (${code}).`, { cause: error });
}
/** Every table is ours and nothing else is there: a trigger or view planted in the file would run inside our transactions. */
function checkSchema(db, path) {
    const header = { application: db.pragma('application_id', { simple: true }), version: db.pragma('user_version', { simple: true }) };
    if (header.application !== APPLICATION_ID)
        throw new errors/* IntegrityError */.cs(`${path} is not a Coffer SQLite vault.`);
    if (header.version !== SCHEMA_VERSION) {
        throw new errors/* VaultError */.hb('UnsupportedFormat', `${path} has SQLite vault schema ${String(header.version)}: this Coffer reads schema ${SCHEMA_VERSION}.`);
    }
    const entries = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all();
    const expected = Object.entries(SCHEMA);
    const same = entries.length === expected.length && expected.every(([name, sql]) => entries.some((e) => e.type === 'table' && e.name === name && e.sql === sql));
    if (!same)
        throw new errors/* IntegrityError */.cs(`${path} has tables, indexes, views or triggers that Coffer did not make: it was modified outside Coffer.`);
}
/**
 * WAL with synchronous=NORMAL, and the store fsyncs the log itself after each commit, off the
 * event loop, before it acknowledges anything (see sqlite-wal-sync.ts): an acknowledged write
 * survives power loss, and readers never block the writer.
 */
function configure(db, busyTimeoutMs) {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal')
        throw new errors/* VaultError */.hb('StorageError', `${db.name} cannot use SQLite's write-ahead log here.`);
    db.pragma('synchronous = NORMAL');
    // Up to 32 MiB of pages in memory (SQLite's default is 2 MiB): a server reading a large store
    // at random would otherwise read most pages from the OS again. Allocated only as pages are read.
    db.pragma('cache_size = -32768');
    db.pragma('foreign_keys = ON');
    db.pragma('trusted_schema = OFF');
}
/** Opens an existing vault database, configured and with its schema checked. */
function openDatabase(path, busyTimeoutMs) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* VaultError */.hb('StorageError', `No vault at ${path}: create one with 'coffer init'.`);
    let db;
    try {
        db = new (sqlite())(path, { fileMustExist: true, timeout: busyTimeoutMs });
        checkSchema(db, path);
        configure(db, busyTimeoutMs);
        return db;
    }
    catch (error) {
        db?.close();
        throw sqliteFailure(error, path, 'opening it');
    }
}
function unlinkQuietly(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // Not there: nothing to clean.
    }
}
/**
 * Creates a vault database at `path`, refusing (Conflict) to replace anything there. It is
 * built under a temp name, fsynced, then linked into place, so that nobody ever opens a
 * half-made vault, and a crash leaves either nothing or a whole one.
 */
function createDatabase(path, initialise) {
    if ((0,external_node_fs_.existsSync)(path))
        throw new errors/* VaultError */.hb('Conflict', `${path} already exists; it was left unchanged.`);
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(temp, 'wx', 0o600));
        const db = new (sqlite())(temp, { fileMustExist: true });
        try {
            db.pragma(`application_id = ${APPLICATION_ID}`);
            db.pragma(`user_version = ${SCHEMA_VERSION}`);
            configure(db, 0);
            db.transaction(() => {
                for (const sql of Object.values(SCHEMA))
                    db.exec(sql);
                initialise(db);
            })();
        }
        finally {
            db.close();
        }
        const fd = (0,external_node_fs_.openSync)(temp, 'r');
        try {
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.linkSync)(temp, path);
    }
    catch (error) {
        if (codeOf(error) === 'EEXIST')
            throw new errors/* VaultError */.hb('Conflict', `${path} already exists; it was left unchanged.`);
        throw sqliteFailure(error, path, 'creating it');
    }
    finally {
        for (const suffix of ['', '-wal', '-shm', '-journal'])
            unlinkQuietly(`${temp}${suffix}`);
    }
    (0,durable_file/* fsyncDirectory */.hO)((0,external_node_path_.dirname)(path));
}

;// CONCATENATED MODULE: ./lib/core/store/sqlite-objects.js



/** Characters of row bodies whose parsed objects are kept; the least recently used go first. */
const CACHE_CHARS = 32 * 1024 * 1024;
class SqliteObjects {
    #sql;
    #keys;
    #vaultId;
    #location;
    #checked = new Map();
    #size = 0;
    #index = new Map();
    constructor(sql, keys, vaultId, location) {
        this.#sql = sql;
        this.#keys = keys;
        this.#vaultId = vaultId;
        this.#location = location;
    }
    /** Reads in the open transaction; `index` gives the object index (of the same transaction) it must agree with. */
    rows(index) {
        return {
            get: (type, key) => this.#reading(() => {
                const row = this.#sql.getObject.get(MAX_OBJECT_CHARS, type, key);
                const entry = this.#current(type, index()).get(key);
                if (row === undefined) {
                    if (entry !== undefined)
                        throw this.#mismatch(type, key, 'removed');
                    return undefined;
                }
                if (entry?.mac !== row.mac)
                    throw this.#mismatch(type, key, entry === undefined ? 'added' : 'put back as an older copy, or replaced');
                return this.#object(type, row).object;
            }),
            list: (type, prefix) => this.#reading(() => {
                const rows = (prefix === ''
                    ? this.#sql.listObjects.all(MAX_OBJECT_CHARS, type)
                    : this.#sql.listPrefix.all(MAX_OBJECT_CHARS, type, prefix, `${prefix}\u{10FFFF}`));
                // A whole type, read anyway: when its digest changed, these very rows are what is summed.
                const kept = this.#current(type, index(), prefix === '' ? rows : undefined);
                let expected = 0;
                if (prefix === '')
                    expected = kept.size;
                else
                    for (const name of kept.keys())
                        if (name.startsWith(prefix))
                            expected += 1;
                if (rows.length !== expected || rows.some((row) => kept.get(row.name)?.mac !== row.mac))
                    throw this.#mismatch(type);
                return rows.map((row) => this.#object(type, row).object);
            }),
        };
    }
    /** At open: every row's (type, name, MAC), which must match the index, type by type. */
    checkAll(rows, digests) {
        const byType = new Map(OBJECT_TYPES.map((type) => [type, []]));
        for (const row of rows) {
            const list = byType.get(row.type);
            if (list === undefined)
                throw new errors/* IntegrityError */.cs(`${this.#location} holds an object of unknown type ${(0,errors/* quote */.hD)(row.type)}.`);
            list.push({ name: row.name, mac: row.mac });
        }
        for (const type of OBJECT_TYPES)
            this.#current(type, digests, byType.get(type));
    }
    /**
     * The changes of a transaction whose meta row holds `digests`. Each row's old term comes from
     * the kept set (checked against `digests`), not from the row in the database: what is removed
     * from the digest is what the index vouched for, whatever the row holds now.
     */
    update(digests) {
        const next = { secret: Buffer.from(digests.secret), key: Buffer.from(digests.key), certificate: Buffer.from(digests.certificate) };
        const changes = [];
        return {
            digests: next,
            set: (type, key, mac) => {
                const old = this.#current(type, digests).get(key);
                if (old !== undefined)
                    xorInto(next[type], old.term);
                const entry = mac === null ? undefined : { mac, term: indexTerm(this.#keys, type, key, mac) };
                if (entry !== undefined)
                    xorInto(next[type], entry.term);
                changes.push({ type, key, entry });
            },
            committed: () => {
                for (const type of new Set(changes.map((c) => c.type))) {
                    const kept = this.#index.get(type);
                    if (kept === undefined || !kept.digest.equals(digests[type])) {
                        // Not the set these changes were made from (cannot happen): the next read sums the rows again.
                        this.#index.delete(type);
                        continue;
                    }
                    for (const { key, entry } of changes.filter((c) => c.type === type)) {
                        if (entry === undefined)
                            kept.rows.delete(key);
                        else
                            kept.rows.set(key, entry);
                    }
                    this.#index.set(type, { digest: Buffer.from(next[type]), rows: kept.rows });
                }
            },
        };
    }
    #reading(read) {
        try {
            return read();
        }
        catch (error) {
            throw sqliteFailure(error, this.#location, 'reading');
        }
    }
    /**
     * The type's rows as `digests` vouches for them: the kept set if its digest is the one given,
     * else the (name, MAC) pairs read now (`rows`, or read here in the open transaction), summed
     * and kept only if they match.
     */
    #current(type, digests, rows) {
        const digest = digests[type];
        const kept = this.#index.get(type);
        if (kept?.digest.equals(digest))
            return kept.rows;
        const read = new Map();
        const sum = Buffer.alloc(digest.length);
        const take = (name, mac) => {
            const known = kept?.rows.get(name);
            const entry = known?.mac === mac ? known : { mac, term: indexTerm(this.#keys, type, name, mac) };
            read.set(name, entry);
            xorInto(sum, entry.term);
        };
        if (rows !== undefined) {
            for (const row of rows)
                take(row.name, row.mac);
        }
        else {
            // However a planted MAC splits, the pairs are taken only if their keyed terms sum to the digest.
            for (const text of this.#sql.typeMacs.all(type)) {
                const cut = text.indexOf('\n');
                take(text.slice(cut + 1), text.slice(0, cut));
            }
        }
        if (!sum.equals(digest))
            throw this.#mismatch(type);
        this.#index.set(type, { digest: Buffer.from(digest), rows: read });
        return read;
    }
    #mismatch(type, key, what) {
        if (key !== undefined) {
            return new errors/* IntegrityError */.cs(`The ${type} ${(0,errors/* quote */.hD)(key)} in ${this.#location} does not match its object index: its row was ${what ?? 'changed'} outside Coffer.`);
        }
        return new errors/* IntegrityError */.cs(`The ${type} rows of ${this.#location} do not match its object index: rows were added, removed or put back outside Coffer.`);
    }
    #object(type, row) {
        const id = `${type}\n${row.name}`;
        const kept = this.#checked.get(id);
        if (kept !== undefined && kept.mac === row.mac && kept.body === row.body) {
            this.#checked.delete(id);
            this.#checked.set(id, kept);
            return kept;
        }
        const object = this.#verified(type, row);
        const body = row.body ?? '';
        const checked = { mac: row.mac, body, object, size: body.length };
        this.#keep(id, checked, kept);
        return checked;
    }
    #verified(type, row) {
        const damaged = () => new errors/* IntegrityError */.cs(`The ${type} ${(0,errors/* quote */.hD)(row.name)} in ${this.#location} failed its integrity check: its row was modified outside Coffer.`);
        if (row.body === null || !macsEqual(row.mac, rowMac(this.#keys, this.#vaultId, type, row.name, row.body)))
            throw damaged();
        try {
            return { type, ...JSON.parse(row.body) };
        }
        catch {
            throw damaged();
        }
    }
    #keep(id, checked, replaced) {
        if (replaced !== undefined) {
            this.#checked.delete(id);
            this.#size -= replaced.size;
        }
        this.#checked.set(id, checked);
        this.#size += checked.size;
        for (const [oldest, entry] of this.#checked) {
            if (this.#size <= CACHE_CHARS)
                break;
            this.#checked.delete(oldest);
            this.#size -= entry.size;
        }
    }
}

;// CONCATENATED MODULE: ./lib/core/store/sqlite-wal-sync.js
/**
 * Durable commits without blocking the event loop. With synchronous=FULL, SQLite fsyncs the
 * write-ahead log inside COMMIT, on the main thread, and a server would stop answering for the
 * length of every fsync. Instead the database runs with synchronous=NORMAL (in WAL mode: never
 * corrupt; SQLite syncs the log before each checkpoint and the database after it) and the store
 * fsyncs the log itself on the thread pool after each commit, releasing no result (and
 * acknowledging no write) before that fsync returns. The outcome is FULL's: an acknowledged
 * commit survives power loss.
 *
 * One fsync runs at a time; the commits that land while it runs share the next one (group
 * commit). After a failed fsync every later one fails too: Linux reports a lost write-back once,
 * so a later fsync that returns 0 does not mean that the commits before it reached the disk.
 */

class WalSync {
    #path;
    #fd;
    /** The fsync running now, if any. */
    #running;
    /** The fsync that starts when the running one ends, shared by every commit waiting for it. */
    #next;
    #failure;
    constructor(databasePath) {
        this.#path = `${databasePath}-wal`;
    }
    /** Resolves once everything committed before the call is on stable storage; rejects if it cannot be. */
    sync() {
        if (this.#failure !== undefined)
            return Promise.reject(this.#failure);
        // A waiting fsync starts after this call, so it covers this caller's commit.
        if (this.#next !== undefined)
            return this.#next;
        if (this.#running === undefined)
            return this.#start();
        const next = this.#running.catch(() => undefined).then(() => {
            this.#next = undefined;
            return this.#start();
        });
        this.#next = next;
        return next;
    }
    close() {
        if (this.#fd !== undefined)
            (0,external_node_fs_.closeSync)(this.#fd);
        this.#fd = undefined;
    }
    #start() {
        if (this.#failure !== undefined)
            return Promise.reject(this.#failure);
        const running = new Promise((resolve, reject) => {
            (0,external_node_fs_.fsync)(this.#current(), (error) => {
                if (error === null)
                    resolve();
                else
                    reject(error);
            });
        }).catch((error) => {
            // Not `instanceof Error`: errors from node's own modules may come from another realm.
            this.#failure ??= typeof error === 'object' && error !== null ? error : new Error('fsync failed');
            throw this.#failure;
        }).finally(() => {
            if (this.#running === running)
                this.#running = undefined;
        });
        this.#running = running;
        return running;
    }
    /**
     * The open log. SQLite deletes the log only when the last connection closes, and this store's
     * connection is open, so the file stays; if it was unlinked all the same (no links left), the
     * current one is opened.
     */
    #current() {
        if (this.#fd !== undefined && (0,external_node_fs_.fstatSync)(this.#fd).nlink > 0)
            return this.#fd;
        this.close();
        this.#fd = (0,external_node_fs_.openSync)(this.#path, 'r');
        return this.#fd;
    }
}

;// CONCATENATED MODULE: ./lib/core/store/sqlite-transaction.js

const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
class SqliteTransaction {
    generation;
    #rows;
    #changes = new Map();
    constructor(rows, generation) {
        this.#rows = rows;
        this.generation = generation;
    }
    get changed() {
        return this.#changes.size > 0;
    }
    get changes() {
        return this.#changes;
    }
    getObject(type, name) {
        const key = (0,names/* nameKey */.Rc)(name);
        const changed = this.#changes.get(type)?.get(key);
        return changed === undefined ? this.#rows.get(type, key) : changed ?? undefined;
    }
    listObjects(type, namePrefix = '') {
        const prefix = (0,names/* nameKey */.Rc)(namePrefix);
        const committed = this.#rows.list(type, prefix);
        const changes = this.#changes.get(type);
        if (changes === undefined)
            return committed;
        const merged = new Map(committed.map((object) => [(0,names/* nameKey */.Rc)(object.name), object]));
        for (const [key, object] of changes) {
            if (!key.startsWith(prefix))
                continue;
            if (object === null)
                merged.delete(key);
            else
                merged.set(key, object);
        }
        return [...merged.keys()].sort(byKey).map((key) => merged.get(key));
    }
    putObject(object) {
        this.#section(object.type).set((0,names/* nameKey */.Rc)(object.name), object);
    }
    removeObject(type, name) {
        this.#section(type).set((0,names/* nameKey */.Rc)(name), null);
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

;// CONCATENATED MODULE: ./lib/core/store/sqlite-statements.js
const BOUNDED_BODY = 'name, mac, CASE WHEN length(body) <= ? THEN body END AS body';
const BOUNDED_RECORD = 'seq, CASE WHEN length(record) <= ? THEN record END AS record';
/** The statement types are better-sqlite3's own, inferred. */
function statements(db) {
    return {
        meta: db.prepare('SELECT * FROM meta WHERE id = 1'),
        schemaVersion: db.prepare('PRAGMA schema_version').pluck(),
        insertMeta: db.prepare(`INSERT INTO meta (id, format, vault_id, key_id, data_key, generation, recoverable_days, anchor, object_index, mac)
      VALUES (1, @format, @vault_id, @key_id, @data_key, @generation, @recoverable_days, @anchor, @object_index, @mac)`),
        updateMeta: db.prepare(`UPDATE meta SET format = @format, vault_id = @vault_id, key_id = @key_id, data_key = @data_key, generation = @generation,
      recoverable_days = @recoverable_days, anchor = @anchor, object_index = @object_index, mac = @mac WHERE id = 1`),
        getObject: db.prepare(`SELECT ${BOUNDED_BODY} FROM objects WHERE type = ? AND name = ?`),
        listObjects: db.prepare(`SELECT ${BOUNDED_BODY} FROM objects WHERE type = ? ORDER BY name`),
        listPrefix: db.prepare(`SELECT ${BOUNDED_BODY} FROM objects WHERE type = ? AND name >= ? AND name < ? ORDER BY name`),
        allMacs: db.prepare('SELECT type, name, mac FROM objects'),
        /** A type's rows as one text each, MAC (base64: no newline) first: a third of the cost of a row object each. */
        typeMacs: db.prepare("SELECT mac || char(10) || name FROM objects WHERE type = ?").pluck(),
        putObject: db.prepare('INSERT INTO objects (type, name, mac, body) VALUES (?, ?, ?, ?) ON CONFLICT (type, name) DO UPDATE SET mac = excluded.mac, body = excluded.body'),
        deleteObject: db.prepare('DELETE FROM objects WHERE type = ? AND name = ?'),
        lastAudit: db.prepare(`SELECT ${BOUNDED_RECORD} FROM audit ORDER BY seq DESC LIMIT 1`),
        auditAt: db.prepare(`SELECT ${BOUNDED_RECORD} FROM audit WHERE seq = ?`),
        auditPage: db.prepare(`SELECT ${BOUNDED_RECORD} FROM audit WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?`),
        insertAudit: db.prepare('INSERT INTO audit (seq, record) VALUES (?, ?)'),
    };
}

;// CONCATENATED MODULE: ./lib/core/store/sqlite-store.js
/**
 * The SQLite store: a vault in one SQLite database, for a server that many callers share. It
 * seals nothing itself: values arrive sealed by the vault, exactly as in the vault file, so the
 * database alone reveals no value. The schema (sqlite-schema.ts has the details):
 *
 *   meta    (id = 1, format, vault_id, key_id, data_key [wrapped], generation, recoverable_days,
 *            anchor [the last change's audit record], object_index [sealed], mac)
 *   objects (type, name [lower-case], mac, body [the object's JSON, values sealed])  PK (type, name)
 *   audit   (seq PRIMARY KEY, record [the record's JSON])
 *
 * Every transaction is one SQLite transaction (BEGIN IMMEDIATE) that holds the object changes,
 * the generation bump and the audit record(s): a change and its record commit together or not
 * at all, and the commit is fsynced before the promise settles (WAL; the store fsyncs the log
 * itself, off the event loop: sqlite-wal-sync.ts).
 *
 * What is read back is authenticated: the meta row by its MAC; the chain's head against the
 * meta row's generation and anchor; and every object row by its own MAC and, in the same SQLite
 * transaction, against the sealed object index of that meta row (sqlite-objects.ts). So a get
 * fails with IntegrityError, and serves nothing, when the row it reads was edited, moved from
 * another name, removed, added, or put back as an older copy of itself (an old value, a key
 * since disabled, an object since deleted); a listing, by prefix or whole, fails the same way
 * when any row in its range was; a write takes each old row's term from the index, never from
 * the row; opening the vault checks every row. What no read of this store catches is a database
 * rolled back whole (meta row, rows and audit table together) before this store first opened
 * it: only the pinned minGeneration does.
 */












const DEFAULT_LOCK_TIMEOUT_MS = 30_000;
const AUDIT_PAGE = 512;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class SqliteStore {
    location;
    vaultId;
    recoverableDays;
    #db;
    #wal;
    #sql;
    #objects;
    #lockTimeoutMs;
    #minGeneration;
    #random;
    #master;
    #keys;
    /** The wrapped data key and generation last seen: a change in either is checked. */
    #dataKey;
    #generation;
    /** SQLite's count of schema changes when the schema was last checked. */
    #schemaVersion;
    #index;
    #queue = Promise.resolve();
    #closed = false;
    constructor(path, db, master, keys, meta, options) {
        this.location = path;
        this.vaultId = meta.vaultId;
        this.recoverableDays = meta.recoverableDays;
        this.#db = db;
        this.#wal = new WalSync(path);
        this.#sql = statements(db);
        this.#objects = new SqliteObjects(this.#sql, keys, meta.vaultId, path);
        this.#lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
        this.#minGeneration = options.minGeneration;
        this.#random = options.random ?? external_node_crypto_.randomBytes;
        this.#master = master;
        this.#keys = keys;
        this.#dataKey = meta.dataKey;
        this.#generation = meta.generation;
        this.#schemaVersion = this.#sql.schemaVersion.get();
    }
    /** Opens and authenticates an existing vault database: its meta row, every row's place in the index, the chain's head. */
    static open(path, master, options = {}) {
        const db = openDatabase(path, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
        try {
            const store = db.transaction(() => {
                const meta = metaOf(db.prepare('SELECT * FROM meta WHERE id = 1').get(), path);
                const keys = envelope/* VaultKeys */.v.unwrap(meta.dataKey, master, meta.keyId, sqlite_schema_wrapContext(meta.vaultId), options.random);
                const opened = new SqliteStore(path, db, master, keys, meta, options);
                opened.#checkAll();
                return opened;
            })();
            // From here on, waits for the write lock are async (see #begin): SQLite's busy handler sleeps on the event loop.
            db.pragma('busy_timeout = 0');
            return store;
        }
        catch (error) {
            db.close();
            throw sqliteFailure(error, path, 'opening it');
        }
    }
    /** Creates a new, empty vault database; refuses to replace anything at `path`. */
    static create(path, master, options = {}) {
        const recoverableDays = (0,names/* validateRecoverableDays */.Q0)(options.recoverableDays ?? names/* LIMITS */.b1.defaultRecoverableDays);
        const random = options.random ?? external_node_crypto_.randomBytes;
        const keys = envelope/* VaultKeys */.v.generate(random);
        const vaultId = random(16).toString('hex');
        const meta = {
            format: SQLITE_FORMAT, vaultId, keyId: master.id, dataKey: keys.wrap(master, sqlite_schema_wrapContext(vaultId)), generation: 0, recoverableDays,
            anchor: null, objectIndex: sealIndex(keys, vaultId, emptyDigests()),
        };
        createDatabase(path, (db) => { statements(db).insertMeta.run(metaParams(keys, meta)); });
        return SqliteStore.open(path, master, options);
    }
    get keys() {
        return this.#keys;
    }
    async transact(work, audit) {
        const outcome = await this.#exclusive(async () => {
            const meta = await this.#begin('IMMEDIATE');
            let outcome;
            try {
                const head = this.#head(meta);
                const tx = new SqliteTransaction(this.#objects.rows(() => this.#digests(meta)), meta.generation);
                try {
                    outcome = { result: await work(tx) };
                }
                catch (error) {
                    outcome = { error };
                }
                const changed = !('error' in outcome) && tx.changed;
                const generation = meta.generation + (changed ? 1 : 0);
                const built = audit(head, { generation, changed });
                const records = Array.isArray(built) ? built : [built];
                const [record] = records;
                if (record === undefined || (changed && records.length > 1))
                    throw new Error('A change is audited by exactly one record.');
                const lines = records.map((r) => this.#serialise(r));
                let committed = () => undefined;
                this.#write(() => {
                    if (changed)
                        committed = this.#applyChanges(tx.changes, meta, generation, lines[0]);
                    for (const [i, r] of records.entries())
                        this.#sql.insertAudit.run(r.seq, lines[i]);
                });
                this.#commit();
                committed();
                this.#generation = generation;
            }
            finally {
                this.#rollbackIfOpen();
            }
            return outcome;
        });
        // Committed: nothing is released, and nothing acknowledged, before the commit is on disk.
        await this.#durable();
        if ('error' in outcome)
            throw outcome.error;
        return outcome.result;
    }
    async read(work) {
        return this.#exclusive(async () => {
            const meta = await this.#begin('DEFERRED');
            try {
                // A transaction never applied: the reader cannot change anything.
                return work(new SqliteTransaction(this.#objects.rows(() => this.#digests(meta)), meta.generation));
            }
            finally {
                this.#rollbackIfOpen();
            }
        });
    }
    async rekey(newKey, audit) {
        await this.#exclusive(async () => {
            const meta = await this.#begin('IMMEDIATE');
            try {
                const head = this.#head(meta);
                const generation = meta.generation + 1;
                const record = audit(head, { generation, changed: true });
                const line = this.#serialise(record);
                const next = { ...meta, generation, keyId: newKey.id, dataKey: this.#keys.wrap(newKey, sqlite_schema_wrapContext(this.vaultId)), anchor: line };
                this.#write(() => {
                    this.#sql.updateMeta.run(metaParams(this.#keys, next));
                    this.#sql.insertAudit.run(record.seq, line);
                });
                this.#commit();
                this.#master = newKey;
                this.#dataKey = next.dataKey;
                this.#generation = generation;
            }
            finally {
                this.#rollbackIfOpen();
            }
        });
        await this.#durable();
    }
    /**
     * Waits for the log to reach the disk (see sqlite-wal-sync.ts). If it cannot, the commit may or
     * may not survive a power loss, and nothing later can be trusted to either: the store refuses
     * every further operation, as a database must after a failed fsync, and this one fails closed.
     */
    async #durable() {
        try {
            await this.#wal.sync();
        }
        catch (error) {
            this.#closed = true;
            throw new errors/* VaultError */.hb('AuditWriteFailed', `Could not flush ${this.location} to disk (${error.code ?? 'unknown error'}): the result is withheld and the vault accepts no more operations until it is reopened.`, { cause: error });
        }
    }
    /**
     * The anchor and the last record's seq, read in one snapshot; the lines are then read in
     * pages up to that seq, so that records appended meanwhile are not mistaken for a rolled-back
     * vault. The chain itself is not checked here: the verifier is there to name what broke.
     */
    async auditSnapshot() {
        const { anchor, last } = await this.#exclusive(async () => {
            const meta = await this.#begin('DEFERRED');
            try {
                const row = this.#sql.lastAudit.get(MAX_RECORD_CHARS);
                return { anchor: meta.anchor === null ? undefined : JSON.parse(meta.anchor), last: row?.seq ?? 0 };
            }
            finally {
                this.#rollbackIfOpen();
            }
        });
        return { anchor, lines: this.#auditLines(last) };
    }
    async close() {
        const drained = this.#queue.then(() => {
            if (this.#closed)
                return;
            this.#closed = true;
            this.#db.close();
            this.#wal.close();
        });
        this.#queue = drained;
        await drained;
    }
    async *#auditLines(last) {
        for (let after = 0; after < last;) {
            const from = after;
            const page = await this.#exclusive(() => this.#sql.auditPage.all(MAX_RECORD_CHARS, from, last, AUDIT_PAGE));
            if (page.length === 0)
                return;
            // A row too long to be ours is yielded empty: the verifier names it, by its place.
            for (const row of page)
                yield row.record ?? '';
            after = page.at(-1)?.seq ?? last;
        }
    }
    /**
     * Runs `fn` with this store's connection to itself, one call at a time: a transaction stays
     * open across the awaits in its work, and nothing else may run on the connection meanwhile.
     */
    #exclusive(fn) {
        const run = this.#queue.then(() => {
            if (this.#closed)
                throw new errors/* VaultError */.hb('StorageError', `The vault ${this.location} is closed.`);
            return fn();
        });
        this.#queue = run.catch(() => undefined);
        return run;
    }
    /**
     * Starts a transaction and reads the authenticated meta row. The write lock is waited for
     * here, asynchronously: SQLite's busy handler would sleep on the event loop, and a store in
     * this process holding the lock across an await could then never release it.
     */
    async #begin(mode) {
        const deadline = Date.now() + this.#lockTimeoutMs;
        for (let attempt = 0;; attempt += 1) {
            try {
                this.#db.exec(`BEGIN ${mode}`);
                return this.#meta();
            }
            catch (error) {
                this.#rollbackIfOpen();
                if (!isBusy(error))
                    throw sqliteFailure(error, this.location, 'starting a transaction');
            }
            if (Date.now() >= deadline) {
                throw new errors/* VaultError */.hb('LockTimeout', `Timed out after ${this.#lockTimeoutMs} ms waiting for another writer to finish with ${this.location}.`);
            }
            await sleep(Math.min(50, 1 + attempt) * (0.5 + Math.random()));
        }
    }
    #commit() {
        try {
            this.#db.exec('COMMIT');
        }
        catch (error) {
            throw sqliteFailure(error, this.location, 'committing; neither the change nor its audit record was written, and the result is withheld', 'AuditWriteFailed');
        }
    }
    #rollbackIfOpen() {
        try {
            if (this.#db.open && this.#db.inTransaction)
                this.#db.exec('ROLLBACK');
        }
        catch {
            // SQLite rolls back by itself after the errors that make ROLLBACK fail; the first error is the one to report.
        }
    }
    /** Writes inside the open transaction; a failure fails closed, for nothing commits without its record. */
    #write(fn) {
        try {
            fn();
        }
        catch (error) {
            throw sqliteFailure(error, this.location, 'writing; nothing was written and the result is withheld', 'AuditWriteFailed');
        }
    }
    /** The meta row, authenticated, checked against what this store has seen and the pinned generation. */
    #meta() {
        const schemaVersion = this.#sql.schemaVersion.get();
        if (schemaVersion !== this.#schemaVersion) {
            // Someone changed the schema since it was checked: a planted trigger would run in our transactions.
            checkSchema(this.#db, this.location);
            this.#schemaVersion = schemaVersion;
        }
        const meta = metaOf(this.#sql.meta.get(), this.location);
        if (!macsEqual(meta.mac, metaMac(this.#keys, meta))) {
            throw new errors/* IntegrityError */.cs(`${this.location} failed its integrity check (the meta row's MAC): it was modified outside Coffer or replaced by another vault.`);
        }
        if (meta.format !== SQLITE_FORMAT)
            throw new errors/* VaultError */.hb('UnsupportedFormat', `${this.location} has format '${meta.format}': this Coffer reads ${SQLITE_FORMAT}.`);
        if (meta.generation < this.#generation) {
            throw new errors/* IntegrityError */.cs(`${this.location} went back from generation ${this.#generation} to ${meta.generation}: the database was rolled back.`);
        }
        if (this.#minGeneration !== undefined && meta.generation < this.#minGeneration) {
            throw new errors/* IntegrityError */.cs(`${this.location} is at generation ${meta.generation}, older than the pinned generation ${this.#minGeneration}: the database was rolled back.`);
        }
        if (meta.dataKey !== this.#dataKey) {
            // Rekeyed by another process: this store's master key must still open it (KeyMismatch if not).
            envelope/* VaultKeys */.v.unwrap(meta.dataKey, this.#master, meta.keyId, sqlite_schema_wrapContext(this.vaultId), this.#random);
            this.#dataKey = meta.dataKey;
        }
        this.#generation = meta.generation;
        return meta;
    }
    /**
     * The chain's head: the last audit row, authentic, at the meta row's generation, and the
     * anchor still in the table as written. One SQLite transaction writes all three, so any
     * disagreement is tampering (or a database rolled back under its audit table).
     */
    #head(meta) {
        const row = this.#sql.lastAudit.get(MAX_RECORD_CHARS);
        if (row === undefined) {
            if (meta.generation === 0 && meta.anchor === null)
                return undefined;
            throw new errors/* IntegrityError */.cs(`${this.location} is at generation ${meta.generation} but its audit table is empty: audit records were removed.`);
        }
        const last = this.#parseRecord(row);
        if (last.generation > meta.generation) {
            throw new errors/* IntegrityError */.cs(`${this.location} is at generation ${meta.generation} but its last audit record is at generation ${last.generation}: the vault was rolled back.`);
        }
        if (last.generation < meta.generation) {
            throw new errors/* IntegrityError */.cs(`${this.location} is at generation ${meta.generation} but its last audit record is at generation ${last.generation}: audit records were removed.`);
        }
        if (meta.anchor !== null && row.record !== meta.anchor) {
            const seq = JSON.parse(meta.anchor).seq;
            const anchored = this.#sql.auditAt.get(MAX_RECORD_CHARS, seq);
            if (anchored?.record !== meta.anchor) {
                throw new errors/* IntegrityError */.cs(`${this.location} anchors audit record ${seq}, which its audit table no longer holds as written: audit records were removed or edited.`);
            }
        }
        return (0,audit_record/* headOf */.Uo)(last);
    }
    #parseRecord(row) {
        let record;
        try {
            record = row.record === null ? undefined : JSON.parse(row.record);
        }
        catch {
            record = undefined;
        }
        if (record?.seq !== row.seq || !(0,audit_record/* recordIsAuthentic */.Jb)(record, (text) => this.#keys.auditMac(text))) {
            throw new errors/* IntegrityError */.cs(`Audit record ${row.seq} in ${this.location} fails its MAC: it was edited, or belongs to another vault.`);
        }
        return record;
    }
    /** At open: the meta row, every row's term in the index, and the chain's head. */
    #checkAll() {
        const meta = this.#meta();
        this.#objects.checkAll(this.#sql.allMacs.iterate(), this.#digests(meta));
        this.#head(meta);
    }
    #digests(meta) {
        if (this.#index?.sealed !== meta.objectIndex)
            this.#index = { sealed: meta.objectIndex, digests: openIndex(this.#keys, this.vaultId, meta.objectIndex) };
        return this.#index.digests;
    }
    /**
     * Applies a transaction's changes, and updates the index and the meta row with its record as
     * the anchor. Returns what to call once the transaction has committed.
     */
    #applyChanges(changes, meta, generation, line) {
        const update = this.#objects.update(this.#digests(meta));
        for (const [type, section] of changes) {
            for (const [key, object] of section) {
                if (object === null) {
                    this.#sql.deleteObject.run(type, key);
                    update.set(type, key, null);
                    continue;
                }
                const { type: _type, ...stored } = object;
                const body = JSON.stringify(stored);
                if (body.length > MAX_OBJECT_CHARS) {
                    throw new errors/* VaultError */.hb('StorageError', `The ${type} ${(0,errors/* quote */.hD)(object.name)} would take ${body.length} characters, over the ${MAX_OBJECT_CHARS} limit of one object; purge old versions first. Nothing was changed.`);
                }
                const mac = rowMac(this.#keys, this.vaultId, type, key, body);
                this.#sql.putObject.run(type, key, mac, body);
                update.set(type, key, mac);
            }
        }
        const next = { ...meta, generation, anchor: line, objectIndex: sealIndex(this.#keys, this.vaultId, update.digests) };
        this.#sql.updateMeta.run(metaParams(this.#keys, next));
        return () => { update.committed(); };
    }
    #serialise(record) {
        let line;
        try {
            line = JSON.stringify(record);
        }
        catch (error) {
            throw new errors/* VaultError */.hb('AuditWriteFailed', `An audit record could not be serialised (${error instanceof Error ? error.name : 'error'}); nothing was written and the operation's result is withheld.`, { cause: error });
        }
        // A record that could not be read back would lock everyone out: refuse it, unwritten.
        if (typeof line !== 'string' || line.length > MAX_RECORD_CHARS) {
            throw new errors/* VaultError */.hb('AuditWriteFailed', `An audit record of ${typeof line === 'string' ? line.length : 0} characters is not a record that can be stored (limit ${MAX_RECORD_CHARS}); nothing was written and the operation's result is withheld.`);
        }
        return line;
    }
}
/** The meta row's columns, MAC included, as named parameters. */
function metaParams(keys, meta) {
    return {
        format: meta.format, vault_id: meta.vaultId, key_id: meta.keyId, data_key: meta.dataKey, generation: meta.generation,
        recoverable_days: meta.recoverableDays, anchor: meta.anchor, object_index: meta.objectIndex, mac: metaMac(keys, meta),
    };
}

// EXTERNAL MODULE: ./lib/core/access/decision.js
var decision = __nccwpck_require__(7374);
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
    PreconditionFailed: 'PreconditionFailed',
    ObjectIsDeletedButRecoverable: 'Conflict',
    Unauthorized: 'Unauthorized',
    Forbidden: 'Forbidden',
    IntegrityError: 'InternalServerError',
    KeyMismatch: 'Unauthorized',
    LockTimeout: 'ServiceUnavailable',
    Throttled: 'TooManyRequests',
    AuditWriteFailed: 'InternalServerError',
    StorageError: 'InternalServerError',
    UnsupportedFormat: 'InternalServerError',
};
function describeFailure(error) {
    if ((0,errors/* isVaultError */.XQ)(error)) {
        const code = error.innerCode ?? error.code;
        return { signature: SIGNATURES[error.code], code, description: error.message };
    }
    return { signature: 'InternalServerError', code: 'InternalError', description: `Internal error (${error instanceof Error ? error.name : typeof error}).` };
}
/**
 * What a caller names goes into the record before it is validated (a refused request is
 * recorded too), so every such field is bounded: a hostile name or algorithm cannot grow the
 * log without limit, or make a record too long to read back.
 */
const MAX_AUDIT_FIELD_CHARS = 256;
function bounded(text) {
    return text.length <= MAX_AUDIT_FIELD_CHARS ? text : `${text.slice(0, MAX_AUDIT_FIELD_CHARS)}…(${text.length} characters)`;
}
function boundedExtra(extra) {
    const out = {};
    for (const [key, value] of Object.entries(extra ?? {})) {
        // Lists (the names an operation purged) are the vault's own, already-valid names.
        out[key] = typeof value === 'string' ? bounded(value) : value;
    }
    return out;
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
        ...(outcome.callerIpAddress === undefined ? {} : { callerIpAddress: bounded(outcome.callerIpAddress) }),
        correlationId: outcome.correlationId,
        // The principal's name last, so that no claim can pose as it.
        identity: { claim: { ...outcome.who.claims, name: outcome.who.name } },
        properties: {
            ...(outcome.id === undefined ? {} : { id: bounded(outcome.id) }),
            ...(failure === undefined ? {} : { errorCode: failure.code }),
            ...boundedExtra(outcome.extra),
        },
    };
}

// EXTERNAL MODULE: ./lib/core/secrets.js
var secrets = __nccwpck_require__(870);
// EXTERNAL MODULE: ./lib/core/objects.js
var objects = __nccwpck_require__(8427);
;// CONCATENATED MODULE: ./lib/core/certificates/lazy.js
const METHODS = [
    'createCertificate', 'getCertificateOperation', 'cancelCertificateOperation', 'deleteCertificateOperation', 'mergeCertificate',
    'importCertificate', 'getCertificate', 'getCertificateVersion', 'updateCertificateProperties', 'listPropertiesOfCertificates',
    'listPropertiesOfCertificateVersions', 'deleteCertificate', 'listDeletedCertificates', 'getDeletedCertificate',
    'recoverDeletedCertificate', 'purgeDeletedCertificate', 'backupCertificate', 'restoreCertificateBackup', 'getCertificatePolicy',
    'updateCertificatePolicy', 'renewCertificate', 'renewCertificateIfDue', 'getContacts', 'setContacts', 'deleteContacts',
    'createIssuer', 'getIssuer', 'updateIssuer', 'deleteIssuer', 'listIssuers',
];
const LISTS_EVERY_METHOD = true;
function lazyCertificates(load) {
    let loaded;
    const facade = {};
    for (const method of METHODS) {
        facade[method] = async (...args) => {
            loaded ??= load();
            const impl = await loaded;
            return impl[method].apply(impl, args);
        };
    }
    return facade;
}

;// CONCATENATED MODULE: ./lib/core/vault.js
/**
 * The Vault: what every adapter (CLI, actions, server routes) calls. LocalVault runs each
 * operation as one store transaction: check access, do the work, record exactly one audit
 * record (allowed or denied, succeeded or failed), and return only once that record is
 * durable. Each method's doc names the permission it needs.
 */









/*
 * Loaded by the first operation that needs them, not with the vault: the key code (key
 * material, key operations and their worker pool, rotation), backups, If-Match checks and the
 * chain verifier are most of the vault's code, and a process that only reads secrets (the
 * fetch action, which starts afresh for every step) would otherwise load and compile them all.
 */
const keysModule = () => __nccwpck_require__.e(/* import() */ 547).then(__nccwpck_require__.bind(__nccwpck_require__, 1547));
const keyMaterial = () => Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2886));
const keyRotation = () => Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3091));
const objectBackup = () => Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3839));
/** A batch is one transaction holding the lock; bound it, as every input is bounded. */
const MAX_BATCH = 1000;
const secretRead = (name, permission, secret) => ({ name, permission, resource: (0,decision/* resourcePath */.oU)('secrets', secret), writes: false });
const secretWrite = (name, permission, secret) => ({ name, permission, resource: (0,decision/* resourcePath */.oU)('secrets', secret), writes: true });
const keyRead = (name, permission, key) => ({ name, permission, resource: (0,decision/* resourcePath */.oU)('keys', key), writes: false });
const keyWrite = (name, permission, key) => ({ name, permission, resource: (0,decision/* resourcePath */.oU)('keys', key), writes: true });
/** The object id an audit record names for a version: `/secrets/Name/version`. */
const versionId = (properties) => `/secrets/${properties.name}/${properties.version}`;
const keyVersionId = (key) => `/keys/${key.name}/${key.properties.version}`;
const closedVaultError = () => new errors/* VaultError */.hb('StorageError', 'The vault is closed: it accepts no more key operations.');
/** Passes a vault's shared state to a caller's view; a symbol, so that no options object can carry it by accident. */
const SHARED = Symbol('coffer.vault.shared');
/** Unsealed private keys kept in memory between operations, by handle id (bounded). */
const MAX_CACHED_KEYS = 256;
/** Key operations waiting for a batch, at most; more are refused (Throttled) rather than queued without bound. */
const MAX_PENDING_KEY_USES = 10_000;
/** Batches between their resolution and their audit record, at most; later arrivals wait. */
const MAX_KEY_BATCHES_IN_FLIGHT = 4;
function parseAuditLine(text, line) {
    try {
        const value = JSON.parse(text);
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // The parser's message may quote the line; ours does not.
    }
    throw new errors/* IntegrityError */.cs(`Audit log line ${line} is not a record: the log was modified outside Coffer.`);
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
    #keyExecutor;
    #correlationId;
    #clientRequestId;
    #precondition;
    /** Shared by every caller's view of this vault (see withCaller). */
    #shared;
    /** A caller's view does not own the store: closing it closes nothing. */
    #owner;
    #certificates;
    constructor(store, options) {
        this.#store = store;
        this.#who = options.principal;
        this.#authorizer = options.authorizer ?? decision/* keyHolderIsAdministrator */.$g;
        this.#clock = options.clock ?? (() => new Date());
        this.#random = options.random ?? external_node_crypto_.randomBytes;
        this.#callerIpAddress = options.callerIpAddress;
        this.#correlationId = options.correlationId;
        this.#clientRequestId = options.clientRequestId;
        this.#precondition = options.precondition;
        this.#keyExecutor = options.keyExecutor;
        const shared = options[SHARED];
        this.#shared = shared ?? {
            unsealed: new Map(), pendingKeyUses: [], keyBatchStarting: false, keyBatches: new Set(), secretReads: [], secretReadBatch: undefined, closed: false,
        };
        this.#owner = shared === undefined;
    }
    /**
     * The same vault as another caller: a server answers each request as its caller, with that
     * caller's access decisions and audit identity, while key batches, the unsealed-key cache and
     * the store are shared. Closing the view closes nothing; the vault's owner closes the vault.
     */
    withCaller(caller) {
        const options = {
            principal: caller.principal, authorizer: caller.authorizer, clock: this.#clock, random: this.#random,
            ...(caller.callerIpAddress === undefined ? {} : { callerIpAddress: caller.callerIpAddress }),
            ...(caller.correlationId === undefined ? {} : { correlationId: caller.correlationId }),
            ...(caller.clientRequestId === undefined ? {} : { clientRequestId: caller.clientRequestId }),
            ...(caller.precondition === undefined ? {} : { precondition: caller.precondition }),
            ...(this.#keyExecutor === undefined ? {} : { keyExecutor: this.#keyExecutor }),
            [SHARED]: this.#shared,
        };
        return new LocalVault(this.#store, options);
    }
    /**
     * Records an event that is not a vault operation — a request refused before it reached one
     * (401), a role assignment made, a token minted — as one audit record, durable before this
     * resolves. Fails (AuditWriteFailed) if the record cannot be written.
     */
    async record(entry) {
        await this.#store.transact(() => undefined, (head, stored) => (0,audit_record/* chainRecord */.L_)(auditEvent({
            operationName: entry.operationName, vaultId: this.#store.vaultId, who: entry.who, started: entry.started, finished: this.#clock(),
            correlationId: entry.correlationId ?? uuid(this.#random(16)),
            ...(entry.callerIpAddress === undefined ? {} : { callerIpAddress: entry.callerIpAddress }),
            ...(entry.id === undefined ? {} : { id: entry.id }),
            ...(entry.error === undefined ? {} : { error: entry.error }),
            extra: entry.extra ?? {},
        }), head, stored.generation, (text) => this.#store.keys.auditMac(text)));
    }
    /**
     * A 32-byte key for one purpose (`token-signing`, `access-file`), derived from the vault's
     * data key: whoever holds the master key can re-derive it, nobody else can, and a key for one
     * purpose tells nothing about another's.
     */
    derivedKey(purpose) {
        return this.#store.keys.mac(`coffer derived key\n${purpose}`);
    }
    get location() {
        return this.#store.location;
    }
    get vaultId() {
        return this.#store.vaultId;
    }
    /** Operations waiting for a group commit of their audit records (secret reads and key operations). */
    get pendingOperations() {
        return this.#shared.secretReads.length + this.#shared.pendingKeyUses.length;
    }
    async setSecret(name, value, options) {
        return this.#run(secretWrite('SecretSet', 'secrets/set', name), (tx, ctx) => secrets/* setSecret */.Pq(tx, ctx, name, value, options), (secret) => versionId(secret.properties));
    }
    /**
     * Reads that arrive together share one transaction and one durable append of their records
     * (group commit): a server answering many GETs at once pays one fsync per batch, not one per
     * read. Each read is still decided, recorded and released only once its record is durable.
     */
    async getSecret(name, version) {
        const operation = secretRead('SecretGet', 'secrets/get', name);
        const trace = this.#trace(operation, (secret) => versionId(secret.properties));
        if (this.#shared.closed)
            return Promise.reject(closedVaultError());
        return new Promise((resolve, reject) => {
            this.#shared.secretReads.push({ name, version, trace, authorize: () => { this.#authorize(operation); }, resolve, reject });
            this.#startSecretReads();
        });
    }
    async getSecrets(requests) {
        if (requests.length > MAX_BATCH) {
            throw new errors/* BadParameterError */.lh(`Too many secrets in one batch (${requests.length}): at most ${MAX_BATCH}.`);
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
                        return secrets/* getSecret */.r6(tx, this.#context(trace.started), request.name, request.version);
                    }) };
            }
            catch (error) {
                if (error instanceof errors/* VaultError */.hb)
                    return { ok: false, error };
                throw error;
            }
        }), (head, stored) => {
            let previous = head;
            // An unexpected error ends the batch: the items it never reached are not recorded as served.
            return items.filter(({ trace }) => trace.result !== undefined || trace.failure !== undefined).map(({ trace }) => {
                const record = trace.record(previous, stored);
                previous = (0,audit_record/* headOf */.Uo)(record);
                return record;
            });
        });
    }
    async updateSecretProperties(name, version, options) {
        return this.#run(secretWrite('SecretUpdate', 'secrets/update', name), (tx, ctx) => secrets/* updateSecretProperties */.$Z(tx, ctx, name, version, options), versionId);
    }
    async listPropertiesOfSecrets(options = {}) {
        const { namePrefix } = options;
        if (namePrefix !== undefined && !/^[0-9a-zA-Z-]{0,127}$/.test(namePrefix)) {
            throw new errors/* BadParameterError */.lh(`Invalid name prefix ${(0,errors/* quote */.hD)(namePrefix)}: expected 0-127 of 0-9, a-z, A-Z, '-'.`);
        }
        const operation = secretRead('SecretList', 'secrets/readMetadata');
        if (this.#allows(operation))
            return this.#run(operation, (tx) => secrets/* listSecrets */.AQ(tx, namePrefix));
        // A caller granted only part of the collection (`/secrets/app-*`, one secret) lists what its
        // grants cover, so that selecting `app-*` works with an assignment over `/secrets/app-*`; a
        // caller granted none of it is refused, as before. The decision is per name, in the transaction.
        return this.#run({ ...operation, authorizeEach: true }, (tx) => {
            const visible = secrets/* listSecrets */.AQ(tx, namePrefix)
                .filter((properties) => this.#allows(secretRead('SecretList', 'secrets/readMetadata', properties.name)));
            if (visible.length === 0)
                this.#authorize(operation);
            return visible;
        });
    }
    async listPropertiesOfSecretVersions(name) {
        return this.#run(secretRead('SecretListVersions', 'secrets/readMetadata', name), (tx, ctx) => secrets/* listSecretVersions */.m8(tx, ctx.now, name));
    }
    async deleteSecret(name) {
        return this.#run(secretWrite('SecretDelete', 'secrets/delete', name), (tx, ctx) => secrets/* deleteSecret */.e3(tx, ctx, name));
    }
    async listDeletedSecrets() {
        return this.#run(secretRead('SecretListDeleted', 'secrets/readMetadata'), (tx, ctx) => secrets/* listDeletedSecrets */.De(tx, ctx.now));
    }
    async getDeletedSecret(name) {
        return this.#run(secretRead('SecretGetDeleted', 'secrets/readMetadata', name), (tx, ctx) => secrets/* getDeletedSecret */.Sm(tx, ctx.now, name));
    }
    async recoverDeletedSecret(name) {
        return this.#run(secretWrite('SecretRecover', 'secrets/recover', name), (tx, ctx) => secrets/* recoverDeletedSecret */.Qn(tx, ctx.now, name));
    }
    async purgeDeletedSecret(name) {
        return this.#run(secretWrite('SecretPurge', 'secrets/purge', name), (tx, ctx) => { secrets/* purgeDeletedSecret */.ZY(tx, ctx.now, name); });
    }
    async backupSecret(name) {
        const { backupObject } = await objectBackup();
        return this.#run(secretRead('SecretBackup', 'secrets/backup', name), (tx, ctx) => backupObject(tx, ctx, objects/* SECRET */.bB, name));
    }
    async restoreSecretBackup(blob) {
        const { restoreObject } = await objectBackup();
        return this.#run(secretWrite('SecretRestore', 'secrets/restore'), (tx, ctx) => {
            const object = restoreObject(tx, ctx, objects/* SECRET */.bB, blob);
            return secrets/* propertiesOf */.P1(object, (0,objects/* latestVersion */.qD)(objects/* SECRET */.bB, object));
        }, versionId);
    }
    async createKey(name, spec, options = {}) {
        // Generation runs on the thread pool; the transaction (and the lock) waits for it, so that
        // a denied or malformed request is refused before any work and every outcome is audited.
        const [keys, { generateKey }] = await Promise.all([keysModule(), keyMaterial()]);
        return this.#run(keyWrite('KeyCreate', 'keys/create', name), async (tx, ctx) => {
            (0,names/* validateName */.yS)(name, 'key');
            const jwk = await generateKey(spec, this.#random);
            return keys.addKeyVersion(tx, ctx, name, jwk, options);
        }, keyVersionId, { kty: spec.kty });
    }
    async importKey(name, material, options = {}) {
        const [keys, { checkRsaPrimes }] = await Promise.all([keysModule(), keyMaterial()]);
        return this.#run(keyWrite('KeyImport', 'keys/import', name), async (tx, ctx) => {
            (0,names/* validateName */.yS)(name, 'key');
            const jwk = (await keyMaterial()).parseKeyMaterial(material);
            await checkRsaPrimes(jwk);
            return keys.addKeyVersion(tx, ctx, name, jwk, options);
        }, keyVersionId);
    }
    async getKey(name, version) {
        const keys = await keysModule();
        return this.#run(keyRead('KeyGet', 'keys/read', name), (tx, ctx) => keys.getKey(tx, ctx, name, version), keyVersionId);
    }
    async updateKeyProperties(name, version, options) {
        const keys = await keysModule();
        return this.#run(keyWrite('KeyUpdate', 'keys/update', name), (tx, ctx) => keys.updateKeyProperties(tx, ctx, name, version, options), keyVersionId);
    }
    async listPropertiesOfKeys() {
        const keys = await keysModule();
        return this.#run(keyRead('KeyList', 'keys/read'), (tx) => keys.listKeys(tx));
    }
    async listPropertiesOfKeyVersions(name) {
        const keys = await keysModule();
        return this.#run(keyRead('KeyListVersions', 'keys/read', name), (tx, ctx) => keys.listKeyVersions(tx, ctx.now, name));
    }
    async deleteKey(name) {
        const keys = await keysModule();
        return this.#run(keyWrite('KeyDelete', 'keys/delete', name), (tx, ctx) => keys.deleteKey(tx, ctx, name));
    }
    async listDeletedKeys() {
        const keys = await keysModule();
        return this.#run(keyRead('KeyListDeleted', 'keys/read'), (tx, ctx) => keys.listDeletedKeys(tx, ctx.now));
    }
    async getDeletedKey(name) {
        const keys = await keysModule();
        return this.#run(keyRead('KeyGetDeleted', 'keys/read', name), (tx, ctx) => keys.getDeletedKey(tx, ctx.now, name));
    }
    async recoverDeletedKey(name) {
        const keys = await keysModule();
        return this.#run(keyWrite('KeyRecover', 'keys/recover', name), (tx, ctx) => keys.recoverDeletedKey(tx, ctx.now, name));
    }
    async purgeDeletedKey(name) {
        return this.#run(keyWrite('KeyPurge', 'keys/purge', name), (tx, ctx) => { (0,objects/* purgeDeleted */.hs)(tx, objects/* KEY */._, name, ctx.now); });
    }
    async backupKey(name) {
        const { backupObject } = await objectBackup();
        return this.#run(keyRead('KeyBackup', 'keys/backup', name), (tx, ctx) => backupObject(tx, ctx, objects/* KEY */._, name));
    }
    async restoreKeyBackup(blob) {
        const [keys, { restoreObject }] = await Promise.all([keysModule(), objectBackup()]);
        return this.#run(keyWrite('KeyRestore', 'keys/restore'), (tx, ctx) => {
            const object = restoreObject(tx, ctx, objects/* KEY */._, blob);
            return keys.vaultKeyOf(object, (0,objects/* latestVersion */.qD)(objects/* KEY */._, object));
        }, keyVersionId);
    }
    async rotateKey(name) {
        return this.#run(keyWrite('KeyRotate', 'keys/rotate', name), (tx, ctx) => this.#rotate(tx, ctx, name), keyVersionId);
    }
    async getKeyRotationPolicy(name) {
        const { rotationPolicyOf } = await keyRotation();
        return this.#run(keyRead('KeyRotationPolicyGet', 'keys/readRotationPolicy', name), (tx, ctx) => rotationPolicyOf((0,objects/* liveObject */.yA)(tx, objects/* KEY */._, name, ctx.now)));
    }
    async updateKeyRotationPolicy(name, policy) {
        const { parseRotationPolicy, rotationPolicyOf, storedPolicy } = await keyRotation();
        return this.#run(keyWrite('KeyRotationPolicyUpdate', 'keys/writeRotationPolicy', name), (tx, ctx) => {
            const object = (0,objects/* liveObject */.yA)(tx, objects/* KEY */._, name, ctx.now);
            (0,objects/* refuseManaged */.W7)(objects/* KEY */._, object);
            const next = { ...object, policy: storedPolicy(parseRotationPolicy(policy), object.policy, ctx.now) };
            tx.putObject(next);
            return rotationPolicyOf(next);
        });
    }
    async rotateKeyIfDue(name) {
        const [keys, { dueAction, rotationPolicyOf }] = await Promise.all([keysModule(), keyRotation()]);
        return this.#run(keyWrite('KeyRotateIfDue', 'keys/rotate', name), async (tx, ctx) => {
            const object = (0,objects/* liveObject */.yA)(tx, objects/* KEY */._, name, ctx.now);
            const latest = (0,objects/* latestVersion */.qD)(objects/* KEY */._, object);
            const due = dueAction(rotationPolicyOf(object), latest, ctx.now);
            if (due?.action === 'Rotate')
                return { name: object.name, result: 'rotated', key: await this.#rotate(tx, ctx, name), reason: due.reason };
            const key = keys.vaultKeyOf(object, latest);
            return due === undefined ? { name: object.name, result: 'not-due', key } : { name: object.name, result: 'notify', key, reason: due.reason };
        }, (outcome) => keyVersionId(outcome.key));
    }
    async sign(name, version, algorithm, digest) {
        const { keyId, result } = await this.#useKey('KeySign', 'keys/sign', name, version, { op: 'sign', algorithm, digest });
        return { keyId, algorithm, result: result.signature };
    }
    async verify(name, version, algorithm, digest, signature) {
        const { keyId, result } = await this.#useKey('KeyVerify', 'keys/verify', name, version, { op: 'verify', algorithm, digest, signature });
        const { valid } = result;
        return { keyId, algorithm, result: Uint8Array.of(valid ? 1 : 0), valid };
    }
    async encrypt(name, version, algorithm, plaintext, options = {}) {
        const { keyId, result } = await this.#useKey('KeyEncrypt', 'keys/encrypt', name, version, { op: 'encrypt', algorithm, plaintext, ...(options.aad === undefined ? {} : { aad: options.aad }) });
        const { ciphertext, iv, tag } = result;
        return { keyId, algorithm, result: ciphertext, ...(iv === undefined ? {} : { iv }), ...(tag === undefined ? {} : { tag }) };
    }
    async decrypt(name, version, algorithm, ciphertext, options = {}) {
        const { keyId, result } = await this.#useKey('KeyDecrypt', 'keys/decrypt', name, version, { op: 'decrypt', algorithm, ciphertext, ...options });
        return { keyId, algorithm, result: result.plaintext };
    }
    async wrapKey(name, version, algorithm, key) {
        const { keyId, result } = await this.#useKey('KeyWrap', 'keys/wrapKey', name, version, { op: 'wrapKey', algorithm, key });
        return { keyId, algorithm, result: result.wrapped };
    }
    async unwrapKey(name, version, algorithm, wrapped) {
        const { keyId, result } = await this.#useKey('KeyUnwrap', 'keys/unwrapKey', name, version, { op: 'unwrapKey', algorithm, wrapped });
        return { keyId, algorithm, result: result.key };
    }
    async getRandomBytes(count) {
        return this.#run({ name: 'GetRandomBytes', permission: 'rng/get', resource: '/', writes: false }, () => {
            if (!Number.isInteger(count) || count < 1 || count > 128) {
                throw new errors/* BadParameterError */.lh(`Invalid count ${(0,errors/* quote */.hD)(String(count))}: expected a whole number of bytes from 1 to 128.`);
            }
            return new Uint8Array(this.#random(count));
        }, undefined, { count: String(count) });
    }
    /** vault/rekey. Re-wraps the data key under `newKey`; every value stays sealed as it is. */
    /** Certificate operations, run as this caller through #run; their code loads with the first one. */
    get certificates() {
        this.#certificates ??= lazyCertificates(async () => new (await Promise.all(/* import() */[__nccwpck_require__.e(549), __nccwpck_require__.e(542), __nccwpck_require__.e(631), __nccwpck_require__.e(394), __nccwpck_require__.e(497)]).then(__nccwpck_require__.bind(__nccwpck_require__, 497))).LocalCertificates({
            run: (operation, work, idOf, extra) => this.#run(operation, work, idOf, extra), random: this.#random,
            allows: (permission, resource) => this.#authorizer.decide(this.#who, permission, resource).allowed,
        }));
        return this.#certificates;
    }
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
        const { verifyChain } = await __nccwpck_require__.e(/* import() */ 161).then(__nccwpck_require__.bind(__nccwpck_require__, 4542));
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
        if (!this.#owner)
            return;
        // New key operations are refused; those already accepted finish (and are audited) before
        // the unsealed keys are dropped, so that no batch brings them back after close.
        this.#shared.closed = true;
        while (this.#shared.pendingKeyUses.length > 0 || this.#shared.keyBatches.size > 0 || this.#shared.secretReads.length > 0 || this.#shared.secretReadBatch !== undefined) {
            const running = [...this.#shared.keyBatches, ...(this.#shared.secretReadBatch === undefined ? [] : [this.#shared.secretReadBatch])];
            if (running.length > 0)
                await Promise.allSettled(running);
            else
                await new Promise((resolve) => { setImmediate(resolve); });
        }
        this.#shared.unsealed.clear();
        await this.#store.close();
    }
    #allows(operation) {
        return this.#authorizer.decide(this.#who, operation.permission, operation.resource).allowed;
    }
    #authorize(operation) {
        if (!this.#allows(operation)) {
            throw new errors/* VaultError */.hb('Forbidden', `${this.#who.name} is not allowed to ${operation.permission} on ${operation.resource}.`, { innerCode: 'ForbiddenByRbac' });
        }
    }
    /**
     * One operation: one transaction, one audit record. A write also purges, in the same
     * transaction, what is past its retention; the purged paths go into the operation's record.
     */
    async #run(operation, work, idOf, extra = {}) {
        const trace = this.#trace(operation, idOf, extra);
        return this.#store.transact((tx) => trace.captureAsync(async () => {
            if (operation.authorizeEach !== true)
                this.#authorize(operation);
            const ctx = this.#context(trace.started);
            if (operation.writes) {
                if (this.#precondition !== undefined)
                    (await Promise.all(/* import() */[__nccwpck_require__.e(394), __nccwpck_require__.e(166)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6166))).checkPrecondition(tx, this.#precondition, ctx.now);
                trace.purged = (0,objects/* sweepExpired */.__)(tx, ctx.now);
            }
            return work(tx, ctx);
        }), trace.record);
    }
    /** A new version of a key with its latest version's parameters; the policy may set its expiry. */
    async #rotate(tx, ctx, name) {
        const [keys, { generateKey }, { rotatedExpiry, rotationPolicyOf }] = await Promise.all([keysModule(), keyMaterial(), keyRotation()]);
        const { spec, options, object } = keys.latestSpec(tx, ctx, name);
        const expiresOn = rotatedExpiry(rotationPolicyOf(object), ctx.now);
        const jwk = await generateKey(spec, this.#random);
        return keys.addKeyVersion(tx, ctx, object.name, jwk, { ...options, ...(expiresOn === undefined ? {} : { expiresOn }) });
    }
    /** Starts a group commit on the next turn, unless one is running (arrivals wait for the next). */
    #startSecretReads() {
        const shared = this.#shared;
        if (shared.secretReadBatch !== undefined || shared.secretReads.length === 0)
            return;
        const running = new Promise((resolve) => { setImmediate(resolve); })
            .then(() => this.#runSecretReads(shared.secretReads.splice(0, MAX_BATCH)))
            .finally(() => {
            shared.secretReadBatch = undefined;
            this.#startSecretReads();
        });
        shared.secretReadBatch = running;
    }
    async #runSecretReads(batch) {
        await this.#commitBatch(batch, (tx) => {
            for (const item of batch) {
                try {
                    item.trace.capture(() => {
                        item.authorize();
                        return secrets/* getSecret */.r6(tx, this.#context(item.trace.started), item.name, item.version);
                    });
                }
                catch {
                    // capture() has recorded the failure in the item's trace: it is that read's outcome, not the batch's.
                }
            }
        });
    }
    /**
     * One transaction for a batch (group commit): `work` decides each item's outcome into its
     * trace, then the items' records are chained and written together, and only once they are
     * durable is each caller answered. If they cannot be written, no item is released.
     */
    async #commitBatch(batch, work) {
        try {
            await this.#store.transact(work, (head, stored) => {
                let previous = head;
                return batch.map(({ trace }) => {
                    const record = trace.record(previous, stored);
                    previous = (0,audit_record/* headOf */.Uo)(record);
                    return record;
                });
            });
        }
        catch (error) {
            for (const item of batch)
                item.reject(error);
            return;
        }
        for (const { trace, resolve, reject } of batch) {
            if (trace.result !== undefined)
                resolve(trace.result.value);
            else
                reject(trace.failure?.error ?? new Error('An operation ended without an outcome.'));
        }
    }
    /**
     * A key operation. Operations that arrive together run as a batch, in three steps: a read
     * resolves each one's key (access decided, key usable, request well formed); the operations
     * run on the executor outside the lock (both cores); then one transaction re-checks that
     * each key version used is still usable with the same material and writes the batch's audit
     * records with one fsync. No result is released before its record is durable, and a failed
     * audit write withholds every result of the batch. While one batch runs, the next is resolved,
     * so the executor is not idle while a batch's records are written.
     */
    #useKey(operationName, permission, name, version, request) {
        const operation = keyRead(operationName, permission, name);
        const trace = this.#trace(operation, (use) => use.keyId, { algorithm: request.algorithm });
        if (this.#shared.closed)
            return Promise.reject(closedVaultError());
        if (this.#shared.pendingKeyUses.length >= MAX_PENDING_KEY_USES) {
            // Refused before it is queued, and so not audited: nothing was decided or done.
            return Promise.reject(new errors/* VaultError */.hb('Throttled', `${MAX_PENDING_KEY_USES} key operations are already waiting: retry later.`));
        }
        return new Promise((resolve, reject) => {
            this.#shared.pendingKeyUses.push({ operation, op: request.op, name, version, request, trace, authorize: () => { this.#authorize(operation); }, resolve, reject });
            this.#startKeyBatch();
        });
    }
    /**
     * Starts a batch on the next turn of the event loop (so that callers woken by the last batch
     * join it), unless one is being resolved (arrivals wait for the next) or enough are in flight.
     */
    #startKeyBatch() {
        if (this.#shared.keyBatchStarting || this.#shared.pendingKeyUses.length === 0 || this.#shared.keyBatches.size >= MAX_KEY_BATCHES_IN_FLIGHT)
            return;
        this.#shared.keyBatchStarting = true;
        setImmediate(() => {
            // With nothing in flight, take half: the other half resolves and runs while this half's
            // records are written, so the executor always has work.
            const pending = this.#shared.pendingKeyUses.length;
            const size = this.#shared.keyBatches.size === 0 && pending >= 16 ? Math.ceil(pending / 2) : pending;
            const batch = this.#shared.pendingKeyUses.splice(0, Math.min(size, MAX_BATCH));
            const resolved = () => {
                this.#shared.keyBatchStarting = false;
                this.#startKeyBatch();
            };
            const running = this.#runKeyBatch(batch, resolved).finally(() => {
                this.#shared.keyBatches.delete(running);
                this.#startKeyBatch();
            });
            this.#shared.keyBatches.add(running);
        });
    }
    /** Runs a batch; whatever goes wrong, every caller hears of it and later batches still start. */
    async #runKeyBatch(batch, resolved) {
        let released = false;
        const release = () => {
            if (released)
                return;
            released = true;
            resolved();
        };
        try {
            await this.#runKeyBatchSteps(batch, release);
        }
        catch (error) {
            // An unexpected error: a caller already answered keeps its answer (a promise settles once).
            for (const item of batch)
                item.reject(error);
        }
        finally {
            release();
        }
    }
    async #runKeyBatchSteps(batch, resolved) {
        let steps;
        let keys;
        let executor;
        try {
            const [loaded, { checkKeyRequest }] = await Promise.all([keysModule(), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8419))]);
            keys = loaded;
            executor = this.#keyExecutor ?? (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6870))).defaultKeyExecutor();
            const usableKey = this.#usableKeys(keys, this.#clock());
            steps = await this.#store.read((reader) => batch.map((item) => {
                try {
                    item.authorize();
                    const usable = usableKey(reader, item);
                    checkKeyRequest(usable.spec, item.request);
                    return { item, usable };
                }
                catch (error) {
                    return { item, error };
                }
            }));
        }
        catch (error) {
            // The vault could not be read (a lock timeout, a damaged file): nothing ran, nothing to record.
            for (const item of batch)
                item.reject(error);
            return;
        }
        finally {
            resolved();
        }
        const done = await Promise.all(steps.map(async (step) => {
            if (step.usable === undefined)
                return step;
            try {
                const result = await executor.run(step.usable.handle, step.item.request);
                // A result of the wrong operation (a misbehaving executor) is no result.
                if (result?.op !== step.item.request.op)
                    throw new Error('The key executor returned no result for the operation.');
                return { ...step, result };
            }
            catch (error) {
                return { item: step.item, error };
            }
        }));
        await this.#commitBatch(batch, (tx) => {
            const usableKey = this.#usableKeys(keys, this.#clock());
            for (const step of done)
                this.#settleKeyStep(tx, step, usableKey);
        });
    }
    /**
     * Decides a step's outcome in the audit transaction, into its trace: its error, or its result
     * if the version that did the work is still usable, with the same material, now.
     */
    #settleKeyStep(tx, step, usableKey) {
        try {
            step.item.trace.capture(() => {
                if (step.usable === undefined || step.result === undefined) {
                    // Never an undefined failure, which a record would show as a success.
                    if (step.error instanceof Error)
                        throw step.error;
                    throw new Error('A key operation ended without a result.');
                }
                step.item.authorize();
                const current = usableKey(tx, step.item, step.usable.version);
                if (current.handle.id !== step.usable.handle.id) {
                    throw new errors/* VaultError */.hb('Conflict', `Key ${(0,errors/* quote */.hD)(step.item.name)} version ${step.usable.version} changed while the operation ran: retry it.`);
                }
                return { keyId: step.usable.keyId, result: step.result };
            });
        }
        catch {
            // capture() has recorded the failure in the trace; it is this step's outcome, not the batch's.
        }
    }
    /**
     * Resolves keys for one step of a batch, as of `now` (not when an operation was queued: a key
     * that expired meanwhile is not used). A batch mostly uses one key: each (name, version,
     * operation) is resolved once per step, its refusal too.
     */
    #usableKeys(keys, now) {
        const ctx = this.#context(now);
        const seen = new Map();
        return (reader, item, version = item.version) => {
            // The name and version exactly as given (not yet validated): '' is not "latest", and two
            // spellings of a name that validation would treat differently never share an answer.
            const id = JSON.stringify([item.name, version ?? null, item.op]);
            let found = seen.get(id);
            if (found === undefined) {
                try {
                    found = { usable: keys.usableKey(reader, ctx, item.name, version, item.op, (_sealed, handle, open) => this.#unsealCached(handle, open)) };
                }
                catch (error) {
                    found = { error };
                }
                seen.set(id, found);
            }
            if ('error' in found)
                throw found.error;
            return found.usable;
        };
    }
    #unsealCached(id, open) {
        const cached = this.#shared.unsealed.get(id);
        if (cached !== undefined)
            return cached;
        const jwk = open();
        if (this.#shared.unsealed.size >= MAX_CACHED_KEYS) {
            const oldest = this.#shared.unsealed.keys().next();
            if (oldest.done !== true)
                this.#shared.unsealed.delete(oldest.value);
        }
        this.#shared.unsealed.set(id, jwk);
        return jwk;
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
        const correlationId = this.#correlationId ?? uuid(this.#random(16));
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
            captureAsync: async (fn) => {
                try {
                    const result = await fn();
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
                    extra: {
                        ...extra, ...(purged.length === 0 ? {} : { autoPurged: purged }),
                        ...(this.#clientRequestId === undefined ? {} : { clientRequestId: this.#clientRequestId }),
                    },
                });
                return (0,audit_record/* chainRecord */.L_)(event, head, stored.generation, (text) => this.#store.keys.auditMac(text));
            },
        };
        return trace;
    }
}

;// CONCATENATED MODULE: ./lib/vault-location.js
/**
 * Where a vault is, and how it is opened: the location forms (`path`, `file:path`,
 * `sqlite:path`, `https://…`) and the options a local vault takes. Apart from the openers so
 * that a caller that only parses a location (the actions' inputs) loads no store.
 */


/** Parses a vault location; relative paths resolve against `cwd`. */
function parseLocation(location, cwd = process.cwd()) {
    if (typeof location !== 'string' || location.trim() === '' || location.length > 4096) {
        throw new errors/* BadParameterError */.lh('Invalid vault location: expected a file path, file:PATH, sqlite:PATH or an https:// URL.');
    }
    const absolute = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p));
    if (location.startsWith('https://'))
        return { kind: 'https', url: location };
    if (location.startsWith('http://')) {
        throw new errors/* BadParameterError */.lh(`Invalid vault location ${(0,errors/* quote */.hD)(location)}: a remote vault must use https://.`);
    }
    if (location.startsWith('sqlite:'))
        return { kind: 'sqlite', path: absolute(location.slice('sqlite:'.length)) };
    if (location.startsWith('file:'))
        return { kind: 'file', path: absolute(location.slice('file:'.length)) };
    return { kind: 'file', path: absolute(location) };
}
/** A vault file or SQLite database: what the CLI and the server work on (they use what only a local vault has). */
function localOnly(location, raw) {
    if (location.kind !== 'https')
        return location;
    throw new errors/* BadParameterError */.lh(`The vault ${(0,errors/* quote */.hD)(raw)} is remote (https://): this works on a vault file or a sqlite:PATH database. Reach a remote vault with the actions, an Azure SDK or coffer role --server.`);
}
function storeOptions(options) {
    return {
        ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
        ...(options.random === undefined ? {} : { random: options.random }),
        ...(options.minGeneration === undefined ? {} : { minGeneration: options.minGeneration }),
    };
}
function vaultOptions(options) {
    return {
        principal: options.principal,
        ...(options.clock === undefined ? {} : { clock: options.clock }),
        ...(options.random === undefined ? {} : { random: options.random }),
        ...(options.keyExecutor === undefined ? {} : { keyExecutor: options.keyExecutor }),
    };
}

;// CONCATENATED MODULE: ./lib/open-vault.js
/**
 * openVault(location): the one way the CLI and the server reach a local vault. A path or
 * `file:path` is a vault file (LocalVault over FileStore); `sqlite:path` is a SQLite database
 * (LocalVault over SqliteStore). `https://` is refused here with a clear message, since these
 * callers (init, rekey, audit verify) use what only a local vault has; the actions open any kind
 * with openAnyVault (open-any-vault.ts).
 */






function openVault(location, options) {
    const local = localOnly(parseLocation(location), location);
    const store = local.kind === 'sqlite'
        ? SqliteStore.open(local.path, options.masterKey, storeOptions(options))
        : FileStore.open(local.path, options.masterKey, storeOptions(options));
    return new LocalVault(store, vaultOptions(options));
}
/** Creates a new vault (file or SQLite) and records its creation as the first audit record. */
async function createVault(location, options) {
    const local = localOnly(parseLocation(location), location);
    // A new vault is at generation 0: a pinned generation is for opening, not creating.
    const { minGeneration: _pinned, ...opened } = storeOptions(options);
    const created = { ...opened, ...(options.recoverableDays === undefined ? {} : { recoverableDays: options.recoverableDays }) };
    const store = local.kind === 'sqlite'
        ? SqliteStore.create(local.path, options.masterKey, created)
        : FileStore.create(local.path, options.masterKey, created);
    const vault = new LocalVault(store, vaultOptions(options));
    try {
        await vault.recordCreation();
    }
    catch (error) {
        // A vault whose creation could not be audited is withdrawn, so that its key — which the
        // caller has not yet shown anyone — is not the only way into a file nobody can use.
        await vault.close().catch(() => undefined);
        for (const suffix of local.kind === 'sqlite' ? ['', '-wal', '-shm'] : [''])
            (0,external_node_fs_.rmSync)(`${local.path}${suffix}`, { force: true });
        throw error;
    }
    return vault;
}


/***/ }),

/***/ 3884:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ DEFAULT_DATA_DIR),
/* harmony export */   Y: () => (/* binding */ dataDirPaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/**
 * The paths of the server's data dir (see data-dir.ts), apart from what opens it, so that the
 * CLI can name them without loading the vault.
 */

/** Where `coffer serve` keeps its state when --data-dir does not say (relative to the working folder). */
const DEFAULT_DATA_DIR = '.coffer/server';
function dataDirPaths(dir, cwd = process.cwd()) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, dir);
    return {
        dir: root,
        masterKey: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'master.key'),
        store: `sqlite:${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'vault.db')}`,
        access: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'access.json'),
        caCertificate: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'ca.pem'),
        tls: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'tls'),
    };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
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
        writeOutBytes: (bytes) => process.stdout.write(bytes),
        writeErr: (text) => process.stderr.write(text),
        now: () => new Date(),
    };
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./lib/cli/cli-error.js
var cli_error = __nccwpck_require__(1867);
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
        throw new cli_error/* UsageError */.eb(`--${name} was given more than once.`, command);
    values.set(name, value);
}
/**
 * Parses `argv` (the words after the command's name) against `options` and exactly
 * `positionals.length` positional arguments. Throws UsageError naming what is wrong.
 */
function parseCommandLine(argv, options, positionals, command) {
    const { tokens } = (0,external_node_util_.parseArgs)({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
    const values = new Map();
    const found = [];
    for (const token of tokens) {
        if (token.kind === 'positional')
            found.push(token.value);
        if (token.kind !== 'option')
            continue;
        const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
        if (spec === undefined)
            throw new cli_error/* UsageError */.eb(`Unknown option ${token.rawName} for 'coffer ${command}'.`, command);
        if (spec.type === 'boolean' && token.value !== undefined)
            throw new cli_error/* UsageError */.eb(`${token.rawName} takes no value.`, command);
        if (spec.type === 'string' && token.value === undefined)
            throw new cli_error/* UsageError */.eb(`${token.rawName} needs a value.`, command);
        recordOption(values, spec, token.name, token.value ?? true, command);
    }
    if (found.length !== positionals.length)
        throw new cli_error/* UsageError */.eb(positionalProblem(command, positionals, found.length), command);
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
        throw new cli_error/* UsageError */.eb(`Invalid ${option} ${(0,errors/* quote */.hD)(text)}: expected an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (a time needs Z or an offset).`, command);
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
            throw new cli_error/* UsageError */.eb(`Invalid --tag ${(0,errors/* quote */.hD)(item)}: expected NAME=VALUE.`, command);
        const name = item.slice(0, at);
        if (Object.hasOwn(tags, name))
            throw new cli_error/* UsageError */.eb(`--tag ${(0,errors/* quote */.hD)(name)} was given more than once.`, command);
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
    throw new cli_error/* UsageError */.eb(`Invalid ${option} ${(0,errors/* quote */.hD)(text)}: expected true or false.`, command);
}
/** A whole number from `min` to `max`, written in plain decimal digits. */
function parseInteger(text, option, range, command) {
    const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
    if (!(value >= range.min && value <= range.max)) {
        const expected = range.max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${range.min}` : `a whole number from ${range.min} to ${range.max}`;
        throw new cli_error/* UsageError */.eb(`Invalid ${option} ${(0,errors/* quote */.hD)(text)}: expected ${expected}.`, command);
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
/** `secret list`, `secret versions`, `key list` and `key versions` as text. */
function propertiesTable(list, now, empty) {
    if (list.length === 0)
        return `${empty}\n`;
    return renderTable(PROPERTY_HEADER, list.map((p) => propertyCells(p, now)));
}
/** `secret deleted` and `key deleted` as text: the latest version's row, and the deletion's dates. */
function deletedTable(list, now, empty = 'No deleted secrets.') {
    if (list.length === 0)
        return `${empty}\n`;
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

// EXTERNAL MODULE: ./lib/open-vault.js + 16 modules
var open_vault = __nccwpck_require__(4755);
// EXTERNAL MODULE: ./lib/core/crypto/key-executor.js + 1 modules
var key_executor = __nccwpck_require__(6870);
// EXTERNAL MODULE: ./lib/caller.js
var caller = __nccwpck_require__(8452);
// EXTERNAL MODULE: ./lib/cli/key-source.js
var key_source = __nccwpck_require__(3435);
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
    const location = (0,open_vault/* parseLocation */.zS)(given, io.cwd);
    return location.kind === 'file' ? location.path : given;
}
/** The master key named by --key-file, COFFER_KEY or COFFER_KEY_FILE. */
function masterKeyFor(args, io) {
    return (0,key_source/* resolveMasterKey */.K2)(args.string('key-file'), io.env, io.cwd);
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
        throw new cli_error/* CliError */.z1('BadEnvironment', 'COFFER_MIN_GENERATION must be a whole number (a vault generation).');
    }
    return Number(text);
}
/** Opens the vault with `key` (default: the configured one), runs `work`, and closes it. */
async function withVault(args, io, work, key) {
    const location = resolvedLocation(args, io);
    const minGeneration = minGenerationOf(io.env);
    const vault = (0,open_vault/* openVault */.Z1)(location, {
        // One process, a few operations: a worker thread would cost more to start than it saves.
        masterKey: key ?? masterKeyFor(args, io), principal: (0,caller/* callerPrincipal */.M)(io.env), keyExecutor: key_executor.inlineKeyExecutor,
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
        throw new cli_error/* CliError */.z1('AuditChainBroken', `Audit log broken at line ${verdict.line} (seq ${seq}): ${verdict.reason}.`);
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

// EXTERNAL MODULE: ./lib/core/pem.js
var pem = __nccwpck_require__(2097);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/cli/files.js
var files = __nccwpck_require__(5505);
;// CONCATENATED MODULE: ./lib/cli/commands/certificate-files.js
/**
 * What the certificate commands read besides the vault: a PKCS#12 password (from a file, the
 * environment, or — with a warning — the command line), certificate and chain files, and
 * policy files. A password is never quoted, and neither is a file's content: messages name
 * paths, sizes and the option at fault.
 */




/** The environment variable that carries a PKCS#12 password without showing it in `ps`. */
const PASSWORD_ENV = 'COFFER_PFX_PASSWORD';
/** A password is a line of text; a file larger than this is the wrong file. */
const MAX_PASSWORD_BYTES = 4 * 1024;
/** A PFX or PEM bundle with a long chain is a few tens of KiB; the vault refuses more than 256 KiB. */
const MAX_CERTIFICATE_FILE_BYTES = 256 * 1024;
/** A policy is a few hundred bytes of JSON. */
const MAX_POLICY_BYTES = 64 * 1024;
const PASSWORD_OPTIONS = { password: { type: 'string' }, 'password-file': { type: 'string' } };
const PASSWORD_DETAILS = [
    '--password-file F     read the PKCS#12 password from F (without its final line break)',
    '--password P          the password itself: visible in `ps` and shell history, so it draws a warning',
    `                      with neither, the password is $${PASSWORD_ENV} if set (preferred, as is --password-file)`,
];
/** Whether any password source was named: the option or the environment variable. */
function passwordGiven(args, io) {
    return args.string('password') !== undefined || args.string('password-file') !== undefined || io.env[PASSWORD_ENV] !== undefined;
}
/**
 * The PKCS#12 password: --password-file (the file's text without its final line break) or
 * --password (which draws a warning: it shows in process lists and shell history), else
 * COFFER_PFX_PASSWORD. A flag wins over the environment, as --vault does over COFFER_VAULT.
 * Undefined when none is given.
 */
function readPassword(args, io, command) {
    const inline = args.string('password');
    const file = args.string('password-file');
    if (inline !== undefined && file !== undefined)
        throw new cli_error/* UsageError */.eb('Give --password or --password-file, not both.', command);
    if (file !== undefined) {
        const text = (0,files/* decodeUtf8 */._6)((0,files/* readSmallFile */.EW)((0,external_node_path_.resolve)(io.cwd, file), MAX_PASSWORD_BYTES, 'Password file'), 'The password file');
        return text.replace(/\r?\n$/, '');
    }
    if (inline !== undefined) {
        io.writeErr(`coffer: warning: a password given with --password can leak into shell history and process lists; prefer --password-file F or ${PASSWORD_ENV}.\n`);
        return inline;
    }
    return io.env[PASSWORD_ENV];
}
/** A certificate file (PEM text, or PKCS#12 binary or base64) as bytes, for the core to parse. */
function readCertificateFile(args, io, command) {
    const file = args.string('file');
    if (file === undefined)
        throw new cli_error/* UsageError */.eb(`'coffer ${command}' needs --file FILE.`, command);
    return (0,files/* readSmallFile */.EW)((0,external_node_path_.resolve)(io.cwd, file), MAX_CERTIFICATE_FILE_BYTES, 'Certificate file');
}
/** A JSON policy file, parsed but not yet checked; `expected` says what shape it should have. */
function readPolicyFile(path, expected) {
    const text = (0,files/* decodeUtf8 */._6)((0,files/* readSmallFile */.EW)(path, MAX_POLICY_BYTES, 'Policy file'), 'The policy file');
    try {
        return JSON.parse(text);
    }
    catch {
        // The parser's message quotes the text; ours names the file's role only.
        throw new errors/* BadParameterError */.lh(`The policy file is not valid JSON: expected ${expected}.`);
    }
}

;// CONCATENATED MODULE: ./lib/cli/commands/certificate-format.js


const hex = (bytes) => Buffer.from(bytes).toString('hex').toUpperCase();
const base64 = (bytes) => Buffer.from(bytes).toString('base64');
function sansJson(sans) {
    return { dnsNames: [...sans.dnsNames], emails: [...sans.emails], upns: [...sans.upns], ipAddresses: [...sans.ipAddresses] };
}
function certificatePropertiesJson(p) {
    return {
        name: p.name,
        version: p.version,
        enabled: p.enabled,
        notBefore: isoOrNull(p.notBefore),
        expiresOn: isoOrNull(p.expiresOn),
        createdOn: p.createdOn.toISOString(),
        updatedOn: p.updatedOn.toISOString(),
        tags: { ...p.tags },
        subject: p.subject,
        issuer: p.issuer,
        serialNumber: p.serialNumber,
        x509Thumbprint: hex(p.x509Thumbprint),
        x509ThumbprintSha256: hex(p.x509ThumbprintSha256),
        subjectAlternativeNames: sansJson(p.subjectAlternativeNames),
        recoverableDays: p.recoverableDays,
        recoveryLevel: p.recoveryLevel,
    };
}
function vaultCertificateJson(certificate) {
    return {
        name: certificate.name,
        keyId: certificate.keyId ?? null,
        secretId: certificate.secretId,
        cer: base64(certificate.cer),
        chain: certificate.chain.map(base64),
        properties: certificatePropertiesJson(certificate.properties),
    };
}
function deletedCertificateJson(deleted) {
    return { ...vaultCertificateJson(deleted.certificate), deletedOn: deleted.deletedOn.toISOString(), scheduledPurgeDate: deleted.scheduledPurgeDate.toISOString() };
}
/** A create, renewal or merge as `--json` prints it; the CSR (DER) in base64. */
function operationJson(op) {
    return {
        name: op.name,
        status: op.status,
        statusDetails: op.statusDetails ?? null,
        issuerName: op.issuerName,
        csr: base64(op.csr),
        cancellationRequested: op.cancellationRequested,
        requestId: op.requestId,
        error: op.error === undefined ? null : { code: op.error.code, message: op.error.message },
        target: op.target ?? null,
    };
}
function issuerJson(issuer) {
    return {
        name: issuer.name,
        provider: issuer.provider,
        certificateName: issuer.certificateName,
        enabled: issuer.enabled,
        createdOn: issuer.createdOn.toISOString(),
        updatedOn: issuer.updatedOn.toISOString(),
    };
}
/** The PKCS#10 request, as `openssl req -in` and `openssl x509 -req -in` read it. */
const csrPem = (op) => (0,pem/* pemBlock */.o)('CERTIFICATE REQUEST', op.csr);
/** `DNS:a.example, IP:10.0.0.1, email:x@example, UPN:x@example`, or `-`. */
function sansText(sans) {
    const all = [
        ...sans.dnsNames.map((n) => `DNS:${n}`), ...sans.ipAddresses.map((n) => `IP:${n}`),
        ...sans.emails.map((n) => `email:${n}`), ...sans.upns.map((n) => `UPN:${n}`),
    ];
    return all.length === 0 ? '-' : all.join(', ');
}
/** Rows of `Label:  value`, labels padded to one width. */
function labelled(rows) {
    const width = Math.max(...rows.map(([label]) => label.length)) + 1;
    return `${rows.map(([label, value]) => `${`${label}:`.padEnd(width)}  ${value}`).join('\n')}\n`;
}
const dateCell = (date) => (date === undefined ? '-' : date.toISOString());
/** `certificate get` as text: one property a line, then the certificate as PEM. */
function certificateDetails(certificate, now) {
    const p = certificate.properties;
    const tags = Object.entries(p.tags).map(([name, value]) => `${name}=${value}`).join(', ');
    const rows = [
        ['Name', certificate.name],
        ['Version', p.version],
        ['Subject', p.subject || '-'],
        ['Issuer', p.issuer || '-'],
        ['SANs', sansText(p.subjectAlternativeNames)],
        ['Serial', p.serialNumber],
        ['Not before', dateCell(p.notBefore)],
        ['Expires', expiryCell(p.expiresOn, now)],
        ['SHA-1', hex(p.x509Thumbprint)],
        ['SHA-256', hex(p.x509ThumbprintSha256)],
        ['Chain', certificate.chain.length === 0 ? '-' : `${certificate.chain.length} issuing certificate${certificate.chain.length === 1 ? '' : 's'}`],
        ['Enabled', String(p.enabled)],
        ['Created', p.createdOn.toISOString()],
        ['Updated', p.updatedOn.toISOString()],
        ['Tags', tags === '' ? '-' : tags],
        ['Key', certificate.keyId ?? '- (imported without its private key)'],
        ['Secret', certificate.secretId],
    ];
    if (certificate.policy !== undefined)
        rows.push(['Policy issuer', certificate.policy.issuerName]);
    return `${labelled(rows)}\n${(0,pem/* pemBlock */.o)('CERTIFICATE', certificate.cer)}`;
}
/** `certificate list` and `certificate versions` as text: what a certificate is known by, and when it expires. */
function certificatePropertiesTable(list, now, empty) {
    if (list.length === 0)
        return `${empty}\n`;
    return renderTable(['NAME', 'VERSION', 'ENABLED', 'EXPIRES', 'SUBJECT'], list.map((p) => [p.name, p.version, String(p.enabled), expiryCell(p.expiresOn, now), p.subject || '-']));
}
/** `certificate deleted` as text. */
function deletedCertificatesTable(list, now) {
    return deletedTable(list.map((d) => ({ ...d, properties: d.certificate.properties })), now, 'No deleted certificates.');
}
/** `certificate issuer list` as text. */
function issuersTable(list) {
    if (list.length === 0)
        return 'No issuers (Self and Unknown are always there).\n';
    return renderTable(['NAME', 'CERTIFICATE', 'ENABLED', 'UPDATED'], list.map((i) => [i.name, i.certificateName, String(i.enabled), i.updatedOn.toISOString()]));
}
/** `certificate pending` as text: the status, and what to do next while a request is pending. */
function operationText(op) {
    const rows = [
        ['Certificate', op.name],
        ['Status', op.status],
        ['Issuer', op.issuerName],
        ['Request id', op.requestId],
    ];
    if (op.statusDetails !== undefined)
        rows.push(['Details', op.statusDetails]);
    if (op.cancellationRequested)
        rows.push(['Cancellation', 'requested']);
    if (op.error !== undefined)
        rows.push(['Error', `${op.error.message} (${op.error.code})`]);
    if (op.target !== undefined)
        rows.push(['Target', op.target]);
    const text = labelled(rows);
    return op.status === 'inProgress' ? `${text}\n${csrPem(op)}` : text;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./lib/cli/commands/key-format.js

function keyPropertiesJson(p) {
    return {
        name: p.name,
        version: p.version,
        enabled: p.enabled,
        notBefore: isoOrNull(p.notBefore),
        expiresOn: isoOrNull(p.expiresOn),
        createdOn: p.createdOn.toISOString(),
        updatedOn: p.updatedOn.toISOString(),
        tags: { ...p.tags },
        managed: p.managed,
        exportable: p.exportable,
        recoverableDays: p.recoverableDays,
        recoveryLevel: p.recoveryLevel,
    };
}
/**
 * The public JWK, field by field: only the public members are copied, so that even a core
 * change that let a private field into a VaultKey would not reach the output.
 */
function publicJwkJson(jwk) {
    if (jwk.kty === 'RSA')
        return { kty: 'RSA', ...(jwk.n === undefined ? {} : { n: jwk.n }), ...(jwk.e === undefined ? {} : { e: jwk.e }) };
    if (jwk.kty === 'EC') {
        return {
            kty: 'EC', ...(jwk.crv === undefined ? {} : { crv: jwk.crv }),
            ...(jwk.x === undefined ? {} : { x: jwk.x }), ...(jwk.y === undefined ? {} : { y: jwk.y }),
        };
    }
    return { kty: jwk.kty };
}
function vaultKeyJson(key) {
    return {
        name: key.name,
        keyType: key.keyType,
        keyOperations: [...key.keyOperations],
        key: publicJwkJson(key.key),
        keySize: key.keySize,
        curve: key.curve ?? null,
        properties: keyPropertiesJson(key.properties),
    };
}
/** A deleted key: the key's latest version and the deletion's dates. */
function deletedKeyJson(deleted) {
    return { ...vaultKeyJson(deleted.key), deletedOn: deleted.deletedOn.toISOString(), scheduledPurgeDate: deleted.scheduledPurgeDate.toISOString() };
}
/** The outcome of sign, encrypt, decrypt, wrap or unwrap; bytes as base64url. */
function key_format_operationJson(result) {
    return {
        keyId: result.keyId,
        algorithm: result.algorithm,
        result: Buffer.from(result.result).toString('base64url'),
        ...(result.iv === undefined ? {} : { iv: Buffer.from(result.iv).toString('base64url') }),
        ...(result.tag === undefined ? {} : { tag: Buffer.from(result.tag).toString('base64url') }),
    };
}
/** `RSA 2048`, `EC P-256`, `oct 256`. */
function keyKind(key) {
    return key.keyType === 'EC' ? `EC ${key.curve ?? ''}` : `${key.keyType} ${key.keySize}`;
}
const key_format_dateCell = (date) => (date === undefined ? '-' : date.toISOString());
/** `key get` as text: one property a line, then the public key. */
function keyDetails(key, now, publicKey) {
    const p = key.properties;
    const tags = Object.entries(p.tags).map(([name, value]) => `${name}=${value}`).join(', ');
    const rows = [
        ['Name', key.name],
        ['Version', p.version],
        ['Type', keyKind(key)],
        ['Operations', key.keyOperations.join(', ') || '-'],
        ['Enabled', String(p.enabled)],
        ['Not before', key_format_dateCell(p.notBefore)],
        ['Expires', expiryCell(p.expiresOn, now)],
        ['Created', p.createdOn.toISOString()],
        ['Updated', p.updatedOn.toISOString()],
        ['Exportable', String(p.exportable)],
        ['Tags', tags === '' ? '-' : tags],
    ];
    const width = Math.max(...rows.map(([label]) => label.length)) + 1;
    return `${rows.map(([label, value]) => `${`${label}:`.padEnd(width)}  ${value}`).join('\n')}\n\n${publicKey}`;
}
/** `key list` and `key versions` as text. */
const keyPropertiesTable = propertiesTable;
/** `key deleted` as text. */
function deletedKeysTable(list, now) {
    return deletedTable(list.map((d) => ({ ...d, properties: d.key.properties })), now, 'No deleted keys.');
}
/** `key rotation-policy get` as text: one action a line, then the expiry of new versions. */
function rotationPolicyText(name, policy) {
    const actions = policy.lifetimeActions.map((a) => [a.action, a.timeAfterCreate === undefined
            ? `${a.timeBeforeExpiry ?? ''} before expiry`
            : `${a.timeAfterCreate} after creation`]);
    const table = actions.length === 0 ? 'No lifetime actions.\n' : renderTable(['ACTION', 'WHEN'], actions);
    const origin = policy.updatedOn === undefined ? 'the default policy' : `updated ${policy.updatedOn.toISOString()}`;
    return `Rotation policy of key ${name} (${origin}):\n${table}New versions expire: ${policy.expiresIn === undefined ? 'never (no expiryTime)' : `${policy.expiresIn} after creation`}\n`;
}

;// CONCATENATED MODULE: ./lib/cli/commands/key-files.js
/**
 * The bytes the key commands read and write: an operation's input from --in or stdin, bounded
 * before it is read whole; a file to sign, streamed through its hash whatever its size; and
 * output files, created like every file the CLI makes (exclusively, 0600, fsynced with their
 * folder) and reserved before the vault is asked, so that an existing file fails first and a
 * failed operation leaves nothing behind. Messages name paths, sizes and errno codes only.
 */







/**
 * An operation's input: the file named by --in (at most `max` bytes) or else stdin. `what`
 * names the input in messages (`The plaintext`).
 */
async function readInput(args, io, max, what) {
    const file = args.string('in');
    if (file !== undefined)
        return (0,files/* readSmallFile */.EW)((0,external_node_path_.resolve)(io.cwd, file), max, 'Input file');
    if (io.stdinIsTTY)
        io.writeErr(`coffer: reading ${what.toLowerCase()} from stdin; end it with Ctrl-D.\n`);
    const bytes = await io.readStdin(max);
    if (bytes.length > max)
        throw new cli_error/* CliError */.z1('TooLarge', `${what} on stdin is more than ${max} bytes, the limit for this algorithm.`);
    return bytes;
}
/** The digest of a whole file, read as a stream: an artifact to sign may be gigabytes. */
async function hashFile(path, hash) {
    const hasher = (0,external_node_crypto_.createHash)(hash);
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path))
            hasher.update(chunk);
    }
    catch (error) {
        throw new cli_error/* CliError */.z1('FileUnreadable', `Could not read file ${(0,files/* quotePath */.WG)(path)} (${(0,cli_error/* errnoOf */.UQ)(error) ?? 'error'}).`);
    }
    return hasher.digest();
}
/**
 * Runs `work` with the file `given` (relative to the working folder) reserved for its output,
 * then writes `bytesOf(result)` into it. The file is created before the vault is asked and
 * removed if the operation fails.
 */
async function intoNewFile(io, given, work, bytesOf) {
    const path = (0,external_node_path_.resolve)(io.cwd, given);
    const fd = (0,files/* openNewFile */.dr)(path);
    let result;
    try {
        result = await work();
    }
    catch (error) {
        (0,files/* abandonNewFile */.Sb)(fd, path);
        throw error;
    }
    (0,files/* finishNewFile */.M8)(fd, path, bytesOf(result));
    return result;
}
/** --out and --json, checked before any input is read or the vault is asked. */
function outputMode(args, command) {
    const out = args.string('out');
    if (out !== undefined && args.flag('json'))
        throw new cli_error/* UsageError */.eb('Give --out or --json, not both.', command);
    if (out !== undefined)
        return { kind: 'file', given: out };
    return args.flag('json') ? { kind: 'json' } : { kind: 'stdout' };
}
/**
 * Runs a key operation and delivers its result bytes: raw into the --out file (and a line on
 * stdout naming `what` was written), as operationJson with --json, or else on stdout — raw
 * bytes, or base64url text and a newline when `stdoutAs` is 'base64url' (signatures).
 */
async function deliver(io, mode, output, work) {
    if (mode.kind === 'file') {
        const result = await intoNewFile(io, mode.given, work, (r) => r.result);
        io.writeOut(`Wrote the ${output.what} (${result.algorithm}, ${result.keyId}) to ${mode.given}.\n`);
        return result;
    }
    const result = await work();
    if (mode.kind === 'json')
        io.writeOut(renderJson(key_format_operationJson(result)));
    else if (output.stdoutAs === 'base64url')
        io.writeOut(`${Buffer.from(result.result).toString('base64url')}\n`);
    else
        io.writeOutBytes(result.result);
    return result;
}

;// CONCATENATED MODULE: ./lib/cli/commands/certificate-get.js








const COMMAND = 'certificate get';
const EXPORT_FLAGS = ['format', 'out', 'password', 'password-file'];
function formatOf(args) {
    const text = args.string('format');
    if (text === undefined)
        return args.flag('with-key') || args.flag('chain') || args.string('out') !== undefined ? 'pem' : undefined;
    if (text !== 'pem' && text !== 'der' && text !== 'pfx')
        throw new cli_error/* UsageError */.eb(`Invalid --format ${(0,errors/* quote */.hD)(text)}: expected pem, der or pfx.`, COMMAND);
    return text;
}
/** What to export, checked before the vault is asked; undefined for the details or JSON view. */
function exportRequest(args, io) {
    const exporting = EXPORT_FLAGS.some((flag) => args.string(flag) !== undefined) || args.flag('with-key') || args.flag('chain') || args.flag('legacy');
    if (args.flag('json') && exporting)
        throw new cli_error/* UsageError */.eb('Give --json or an export (--format, --chain, --with-key, --out), not both.', COMMAND);
    const format = formatOf(args);
    if (format === undefined)
        return undefined;
    const request = {
        format, chain: args.flag('chain'), withKey: args.flag('with-key'), legacy: args.flag('legacy'), out: args.string('out'),
        password: format === 'pfx' ? readPassword(args, io, COMMAND) ?? '' : '',
    };
    if (format === 'der' && request.chain)
        throw new cli_error/* UsageError */.eb('DER holds one certificate: use --format pem or pfx for the chain.', COMMAND);
    if (format === 'der' && request.withKey)
        throw new cli_error/* UsageError */.eb('DER holds the certificate only: use --format pem or pfx with --with-key.', COMMAND);
    if (format !== 'pfx' && (args.string('password') !== undefined || args.string('password-file') !== undefined)) {
        throw new cli_error/* UsageError */.eb('--password and --password-file are for --format pfx.', COMMAND);
    }
    if (format !== 'pfx' && request.legacy)
        throw new cli_error/* UsageError */.eb('--legacy is for --format pfx.', COMMAND);
    if (format !== 'pem' && request.out === undefined && io.stdoutIsTTY) {
        throw new cli_error/* UsageError */.eb(`--format ${format} is binary: give --out FILE, or redirect stdout.`, COMMAND);
    }
    return request;
}
const read = (vault, name, version) => (version === undefined ? vault.certificates.getCertificate(name) : vault.certificates.getCertificateVersion(name, version));
/** The private key from the certificate's managed secret of the same version, checked against the certificate. */
async function privateKeyOf(vault, certificate) {
    const { secretPrivateKey } = await Promise.all(/* import() */[__nccwpck_require__.e(549), __nccwpck_require__.e(542), __nccwpck_require__.e(236)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3236));
    const secret = await vault.getSecret(certificate.name, certificate.properties.version);
    const label = `Certificate ${(0,errors/* quote */.hD)(certificate.name)} version ${certificate.properties.version}`;
    const privateKey = secretPrivateKey(secret.value, secret.properties.contentType, certificate.cer, label);
    if (privateKey === undefined) {
        throw new errors/* VaultError */.hb('BadParameter', `${label} has no exportable private key (its policy says exportable: false, or it was imported without one).`, { innerCode: 'KeyNotExportable' });
    }
    return privateKey;
}
/** The bytes of the export. */
async function exportBytes(vault, certificate, request) {
    const certificates = [certificate.cer, ...(request.chain ? certificate.chain : [])].map((der) => Buffer.from(der));
    if (request.format === 'der')
        return Buffer.from(certificate.cer);
    const privateKey = request.withKey ? await privateKeyOf(vault, certificate) : undefined;
    if (request.format === 'pem' && privateKey === undefined)
        return Buffer.from(certificates.map((der) => (0,pem/* pemBlock */.o)('CERTIFICATE', der)).join(''), 'utf8');
    const formats = await Promise.all(/* import() */[__nccwpck_require__.e(549), __nccwpck_require__.e(542), __nccwpck_require__.e(236)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3236));
    const parts = { certificates, privateKey };
    if (request.format === 'pem')
        return Buffer.from(formats.partsToPem(parts), 'utf8');
    return formats.partsToPkcs12(parts, request.password, { legacy: request.legacy, friendlyName: certificate.name });
}
function describe(certificate, request) {
    const parts = [request.format, ...(request.chain ? ['with its chain'] : []), ...(request.withKey ? ['with its private key'] : []), ...(request.legacy ? ['legacy algorithms'] : [])];
    return `certificate ${certificate.name} version ${certificate.properties.version} (${parts.join(', ')})`;
}
async function exportCertificate(args, io, request) {
    const work = () => withVault(args, io, async (vault) => {
        const certificate = await read(vault, args.positional(0), args.string('version'));
        return { certificate, bytes: await exportBytes(vault, certificate, request) };
    });
    if (request.out !== undefined) {
        const { certificate } = await intoNewFile(io, request.out, work, (result) => result.bytes);
        io.writeOut(`Wrote ${describe(certificate, request)} to ${request.out}.\n`);
        return;
    }
    const { bytes } = await work();
    if (request.format === 'pem')
        io.writeOut(bytes.toString('utf8'));
    else
        io.writeOutBytes(bytes);
}
async function getCertificate(args, io) {
    const request = exportRequest(args, io);
    if (request !== undefined) {
        await exportCertificate(args, io, request);
        return;
    }
    const certificate = await withVault(args, io, (vault) => read(vault, args.positional(0), args.string('version')));
    io.writeOut(args.flag('json') ? renderJson(vaultCertificateJson(certificate)) : certificateDetails(certificate, io.now()));
}
const certificateGetCommand = {
    name: 'certificate get',
    synopsis: 'certificate get NAME [--version V] [--format pem|der|pfx] [--chain] [--with-key] [--password-file F | --password P] [--legacy] [--out FILE] [--json]',
    summary: 'Show a certificate version (the latest unless --version), or export it as PEM, DER or PKCS#12.',
    details: [
        '--version V           the version (default: the latest)',
        '--format pem          CERTIFICATE blocks (with --with-key, a PKCS#8 PRIVATE KEY block first); the default with the flags below',
        '--format der          the certificate alone, binary',
        '--format pfx          PKCS#12, binary: AES-256-CBC and PBKDF2-HMAC-SHA256 (what openssl 3 reads), empty password unless given',
        '--chain               add the issuing certificates after the certificate (pem, pfx)',
        '--with-key            add the private key, read from the certificate\'s managed secret (if its policy is exportable)',
        ...PASSWORD_DETAILS,
        '--legacy              pfx with 3DES and an SHA-1 MAC, for consumers that predate AES PKCS#12 (openssl 1.0, old Java, Windows 2016)',
        '--out FILE            write to FILE (created, mode 0600; refused if it exists) instead of stdout; der and pfx never go to a terminal',
        '                      without --format or --out: the properties, then the certificate as PEM',
        '--json                print the certificate (no private key) as JSON: name, keyId, secretId, cer, chain, properties',
    ],
    options: {
        ...PASSWORD_OPTIONS, version: { type: 'string' }, format: { type: 'string' }, chain: { type: 'boolean' }, 'with-key': { type: 'boolean' },
        legacy: { type: 'boolean' }, out: { type: 'string' }, json: { type: 'boolean' },
    },
    positionals: ['NAME'],
    run: getCertificate,
};

;// CONCATENATED MODULE: ./lib/cli/commands/certificate-issuer.js





function issuerText(issuer) {
    return labelled([
        ['Issuer', issuer.name],
        ['Provider', issuer.provider],
        ['Certificate', issuer.certificateName],
        ['Enabled', String(issuer.enabled)],
        ['Created', issuer.createdOn.toISOString()],
        ['Updated', issuer.updatedOn.toISOString()],
    ]);
}
async function createIssuer(args, io) {
    const certificateName = args.string('certificate');
    if (certificateName === undefined)
        throw new cli_error/* UsageError */.eb('\'coffer certificate issuer create\' needs --certificate CA_CERT_NAME.', 'certificate issuer create');
    const options = { certificateName, ...(args.flag('disabled') ? { enabled: false } : {}) };
    const issuer = await withVault(args, io, (vault) => vault.certificates.createIssuer(args.positional(0), options));
    io.writeOut(args.flag('json') ? renderJson(issuerJson(issuer)) : `Created issuer ${issuer.name}: certificate ${issuer.certificateName} signs what it issues.\n`);
}
async function getIssuer(args, io) {
    const issuer = await withVault(args, io, (vault) => vault.certificates.getIssuer(args.positional(0)));
    io.writeOut(args.flag('json') ? renderJson(issuerJson(issuer)) : issuerText(issuer));
}
async function listIssuers(args, io) {
    const list = await withVault(args, io, (vault) => vault.certificates.listIssuers());
    io.writeOut(args.flag('json') ? renderJson(list.map(issuerJson)) : issuersTable(list));
}
async function updateIssuer(args, io) {
    const certificateName = args.string('certificate');
    const enabled = args.string('enabled');
    const options = {
        ...(certificateName === undefined ? {} : { certificateName }),
        ...(enabled === undefined ? {} : { enabled: parseBoolean(enabled, '--enabled', 'certificate issuer update') }),
    };
    if (Object.keys(options).length === 0)
        throw new cli_error/* UsageError */.eb('Nothing to update: give --certificate or --enabled.', 'certificate issuer update');
    const issuer = await withVault(args, io, (vault) => vault.certificates.updateIssuer(args.positional(0), options));
    io.writeOut(args.flag('json') ? renderJson(issuerJson(issuer)) : `Updated issuer ${issuer.name}.\n`);
}
async function deleteIssuer(args, io) {
    const issuer = await withVault(args, io, (vault) => vault.certificates.deleteIssuer(args.positional(0)));
    io.writeOut(args.flag('json')
        ? renderJson(issuerJson(issuer))
        : `Deleted issuer ${issuer.name}; certificate ${issuer.certificateName} and what it issued are unchanged.\n`);
}
const JSON_OPTION = { json: { type: 'boolean' } };
const JSON_DETAIL = '--json                print the issuer as JSON: name, provider, certificateName, enabled, createdOn, updatedOn';
const certificateIssuerCreateCommand = {
    name: 'certificate issuer create',
    synopsis: 'certificate issuer create ISSUER --certificate CA_CERT_NAME [--disabled] [--json]',
    summary: 'Make a vault CA: an issuer whose CA certificate (and key) in this vault signs the certificates that name it.',
    details: [
        '--certificate NAME    a CA certificate in this vault (certificate create --ca, or imported with its key)',
        '--disabled            create it disabled (it issues nothing until enabled)',
        JSON_DETAIL,
    ],
    options: { ...JSON_OPTION, certificate: { type: 'string' }, disabled: { type: 'boolean' } },
    positionals: ['ISSUER'],
    run: createIssuer,
};
const certificateIssuerGetCommand = {
    name: 'certificate issuer get',
    synopsis: 'certificate issuer get ISSUER [--json]',
    summary: 'Show a vault CA issuer.',
    details: [JSON_DETAIL],
    options: JSON_OPTION,
    positionals: ['ISSUER'],
    run: getIssuer,
};
const certificateIssuerListCommand = {
    name: 'certificate issuer list',
    synopsis: 'certificate issuer list [--json]',
    summary: 'List the vault CA issuers (Self and Unknown are built in).',
    details: ['--json                print a JSON array of issuers'],
    options: JSON_OPTION,
    positionals: [],
    run: listIssuers,
};
const certificateIssuerUpdateCommand = {
    name: 'certificate issuer update',
    synopsis: 'certificate issuer update ISSUER [--certificate CA_CERT_NAME] [--enabled true|false] [--json]',
    summary: 'Point an issuer at another CA certificate, or enable or disable it.',
    details: ['--certificate NAME    the CA certificate that signs from now on', '--enabled true|false  enable or disable the issuer', JSON_DETAIL],
    options: { ...JSON_OPTION, certificate: { type: 'string' }, enabled: { type: 'string' } },
    positionals: ['ISSUER'],
    run: updateIssuer,
};
const certificateIssuerDeleteCommand = {
    name: 'certificate issuer delete',
    synopsis: 'certificate issuer delete ISSUER [--json]',
    summary: 'Delete an issuer; its CA certificate and the certificates it issued stay.',
    details: [JSON_DETAIL],
    options: JSON_OPTION,
    positionals: ['ISSUER'],
    run: deleteIssuer,
};

// EXTERNAL MODULE: ./lib/core/object-backup.js
var object_backup = __nccwpck_require__(3839);
;// CONCATENATED MODULE: ./lib/cli/backup-io.js
/**
 * What `secret backup|restore` and `key backup|restore` share: writing a backup blob to stdout
 * or to a new 0600 file (reserved before the vault is asked, so that an existing file fails
 * first and a failed backup leaves nothing), and reading one back from a file or stdin.
 */




/** Writes the blob `backup()` makes to --out (a new file) or stdout; returns where, or undefined for stdout. */
async function writeBackup(args, io, backup) {
    const given = args.string('out');
    if (given === undefined) {
        io.writeOut(`${await backup()}\n`);
        return undefined;
    }
    const out = (0,external_node_path_.resolve)(io.cwd, given);
    const fd = (0,files/* openNewFile */.dr)(out);
    let blob;
    try {
        blob = await backup();
    }
    catch (error) {
        (0,files/* abandonNewFile */.Sb)(fd, out);
        throw error;
    }
    (0,files/* finishNewFile */.M8)(fd, out, `${blob}\n`);
    return given;
}
/** The backup blob from --file or stdin, bounded by the largest backup there can be. */
async function readBackup(args, io) {
    const file = args.string('file');
    if (file !== undefined)
        return (0,files/* decodeUtf8 */._6)((0,files/* readSmallFile */.EW)((0,external_node_path_.resolve)(io.cwd, file), object_backup.MAX_BACKUP_CHARS, 'Backup file'), 'The backup file').trim();
    if (io.stdinIsTTY)
        io.writeErr('coffer: reading the backup from stdin; end it with Ctrl-D.\n');
    const bytes = await io.readStdin(object_backup.MAX_BACKUP_CHARS);
    if (bytes.length > object_backup.MAX_BACKUP_CHARS)
        throw new cli_error/* CliError */.z1('TooLarge', `The backup on stdin is more than ${object_backup.MAX_BACKUP_CHARS} bytes, larger than any backup.`);
    return (0,files/* decodeUtf8 */._6)(bytes, 'The backup on stdin').trim();
}

;// CONCATENATED MODULE: ./lib/cli/commands/certificate-lifecycle.js




async function deleteCertificate(args, io) {
    const deleted = await withVault(args, io, (vault) => vault.certificates.deleteCertificate(args.positional(0)));
    const name = deleted.certificate.name;
    io.writeOut(args.flag('json')
        ? renderJson(deletedCertificateJson(deleted))
        : `Deleted certificate ${name} with its key and secret; recoverable until ${deleted.scheduledPurgeDate.toISOString()} with 'coffer certificate recover ${name}'.\n`);
}
async function recoverCertificate(args, io) {
    const certificate = await withVault(args, io, (vault) => vault.certificates.recoverDeletedCertificate(args.positional(0)));
    io.writeOut(args.flag('json')
        ? renderJson(vaultCertificateJson(certificate))
        : `Recovered certificate ${certificate.name} with its key and secret (latest version ${certificate.properties.version}).\n`);
}
async function purgeCertificate(args, io) {
    const name = args.positional(0);
    await withVault(args, io, (vault) => vault.certificates.purgeDeletedCertificate(name));
    io.writeOut(`Purged certificate ${name} with its key and secret.\n`);
}
async function backupCertificate(args, io) {
    const name = args.positional(0);
    const out = await writeBackup(args, io, () => withVault(args, io, (vault) => vault.certificates.backupCertificate(name)));
    if (out !== undefined)
        io.writeOut(`Backed up certificate ${name} to ${out}.\n`);
}
async function restoreCertificate(args, io) {
    const blob = await readBackup(args, io);
    const certificate = await withVault(args, io, (vault) => vault.certificates.restoreCertificateBackup(blob));
    io.writeOut(args.flag('json')
        ? renderJson(vaultCertificateJson(certificate))
        : `Restored certificate ${certificate.name} with its key and secret (latest version ${certificate.properties.version}).\n`);
}
const certificate_lifecycle_JSON_DETAIL = '--json                print the certificate (no private key) as JSON';
const nameCommand = (name, summary, run, json) => ({
    name: `certificate ${name}`, synopsis: `certificate ${name} NAME${json ? ' [--json]' : ''}`, summary,
    details: json ? [certificate_lifecycle_JSON_DETAIL] : [], options: json ? { json: { type: 'boolean' } } : {}, positionals: ['NAME'], run,
});
const certificateDeleteCommand = nameCommand('delete', 'Delete a certificate with its key and secret (soft: recoverable until its purge date).', deleteCertificate, true);
const certificateRecoverCommand = nameCommand('recover', 'Recover a deleted certificate, all its versions, with its key and secret.', recoverCertificate, true);
const certificatePurgeCommand = nameCommand('purge', 'Remove a deleted certificate, its key and its secret for good.', purgeCertificate, false);
const certificateBackupCommand = {
    name: 'certificate backup',
    synopsis: 'certificate backup NAME [--out FILE]',
    summary: 'Write a sealed backup of a certificate with its key and secret; it restores only into this vault.',
    details: ['--out FILE            write the backup to FILE (created, mode 0600) instead of stdout'],
    options: { out: { type: 'string' } },
    positionals: ['NAME'],
    run: backupCertificate,
};
const certificateRestoreCommand = {
    name: 'certificate restore',
    synopsis: 'certificate restore [--file FILE] [--json]',
    summary: 'Restore a certificate from a backup (refused if its name, key or secret exists, deleted or not).',
    details: ['--file FILE           read the backup from FILE instead of stdin', certificate_lifecycle_JSON_DETAIL],
    options: { file: { type: 'string' }, json: { type: 'boolean' } },
    positionals: [],
    run: restoreCertificate,
};

;// CONCATENATED MODULE: ./lib/cli/commands/certificate-pending.js
/**
 * The pending request of a certificate with issuer Unknown (or any create, renewal or merge):
 * `certificate pending` shows its status and CSR, cancels or forgets it; `certificate merge`
 * completes it with the chain a CA signed (PEM, leaf first — the order is checked, and a chain
 * whose leaf does not match the pending key is refused by the vault, changing nothing).
 */






async function pending(args, io) {
    const command = 'certificate pending';
    const name = args.positional(0);
    if (args.flag('csr') && args.flag('json'))
        throw new cli_error/* UsageError */.eb('Give --csr or --json, not both.', command);
    if (args.flag('cancel') && args.flag('delete'))
        throw new cli_error/* UsageError */.eb('Give --cancel or --delete, not both.', command);
    const op = await withVault(args, io, (vault) => {
        if (args.flag('cancel'))
            return vault.certificates.cancelCertificateOperation(name);
        if (args.flag('delete'))
            return vault.certificates.deleteCertificateOperation(name);
        return vault.certificates.getCertificateOperation(name);
    });
    if (args.flag('json'))
        io.writeOut(renderJson(operationJson(op)));
    else if (args.flag('csr'))
        io.writeOut(csrPem(op));
    else if (args.flag('delete'))
        io.writeOut(`Deleted the ${op.status} request of certificate ${op.name}.\n`);
    else
        io.writeOut(operationText(op));
}
/** The chain's certificates (DER), leaf first; a private key has no business in it. */
async function readChain(args, io) {
    const bytes = readCertificateFile(args, io, 'certificate merge');
    const { readCertificateData } = await Promise.all(/* import() */[__nccwpck_require__.e(549), __nccwpck_require__.e(542), __nccwpck_require__.e(236)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3236));
    const parts = readCertificateData(bytes);
    if (parts.privateKey !== undefined) {
        throw new errors/* BadParameterError */.lh('The chain file holds a private key: merge takes the signed certificate and its issuers only (the key never left the vault).');
    }
    return [...parts.certificates];
}
async function merge(args, io) {
    const name = args.positional(0);
    const chain = await readChain(args, io);
    const certificate = await withVault(args, io, (vault) => vault.certificates.mergeCertificate(name, chain));
    io.writeOut(args.flag('json')
        ? renderJson(vaultCertificateJson(certificate))
        : `Merged certificate ${certificate.name} version ${certificate.properties.version} (issuer ${certificate.properties.issuer}).\n`);
}
const certificatePendingCommand = {
    name: 'certificate pending',
    synopsis: 'certificate pending NAME [--csr | --json] [--cancel | --delete]',
    summary: 'Show a certificate\'s last create, renewal or merge request: its status and, while pending, its CSR.',
    details: [
        '--csr                 print only the CSR (PEM), for `openssl x509 -req -in` or a CA',
        '--cancel              cancel a pending request (its status becomes cancelled)',
        '--delete              forget the request',
        '--json                print the request as JSON: name, status, statusDetails, issuerName, csr (base64 DER), …',
    ],
    options: { csr: { type: 'boolean' }, cancel: { type: 'boolean' }, delete: { type: 'boolean' }, json: { type: 'boolean' } },
    positionals: ['NAME'],
    run: pending,
};
const certificateMergeCommand = {
    name: 'certificate merge',
    synopsis: 'certificate merge NAME --file CHAIN.pem [--json]',
    summary: 'Complete a pending request with the certificate a CA signed from its CSR, and the CA\'s chain.',
    details: [
        '--file F              the signed certificate, then its issuers, as PEM CERTIFICATE blocks (at most 256 KiB)',
        '--json                print the new certificate (no private key) as JSON',
    ],
    options: { file: { type: 'string' }, json: { type: 'boolean' } },
    positionals: ['NAME'],
    run: merge,
};

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: ./lib/core/certificates/model.js
var model = __nccwpck_require__(2697);
;// CONCATENATED MODULE: ./lib/cli/commands/certificate-options.js
/**
 * Parsing of `certificate create`'s policy options into a CertificatePolicyInput: subject,
 * SANs, issuer, CA, validity, key type, EKUs and key usage. Pure; each refusal is a UsageError
 * (exit 2) quoting what it knows the meaning of — a name, an address, a usage — since none of
 * these is secret. The core checks the policy as a whole (an RSA size with an EC curve, a
 * subject or SANs at all) after a --policy file and these flags are merged.
 */





/** Extended key usages by the names openssl prints (`TLS Web Server Authentication` is serverAuth). */
const EKU_NAMES = {
    serverAuth: '1.3.6.1.5.5.7.3.1',
    clientAuth: '1.3.6.1.5.5.7.3.2',
    codeSigning: '1.3.6.1.5.5.7.3.3',
    emailProtection: '1.3.6.1.5.5.7.3.4',
    timeStamping: '1.3.6.1.5.5.7.3.8',
    OCSPSigning: '1.3.6.1.5.5.7.3.9',
};
const OID = /^[0-2](?:\.(?:0|[1-9]\d{0,9})){1,20}$/;
/** An OID's name if it has one of ours: `1.3.6.1.5.5.7.3.1 (serverAuth)`. */
function ekuLabel(oid) {
    const name = Object.keys(EKU_NAMES).find((key) => EKU_NAMES[key] === oid);
    return name === undefined ? oid : `${oid} (${name})`;
}
const listOf = (text) => text.split(',').map((item) => item.trim());
/** `--eku serverAuth,clientAuth` or dotted OIDs, comma-separated. */
function parseEkus(text, command) {
    return listOf(text).map((item) => {
        const oid = Object.hasOwn(EKU_NAMES, item) ? EKU_NAMES[item] : undefined;
        if (oid !== undefined)
            return oid;
        if (OID.test(item))
            return item;
        throw new cli_error/* UsageError */.eb(`Invalid --eku ${(0,errors/* quote */.hD)(item)}: expected ${Object.keys(EKU_NAMES).join(', ')} or a dotted OID, comma-separated.`, command);
    });
}
/** `--key-usage digitalSignature,keyEncipherment`: X.509 key usage names, comma-separated. */
function parseKeyUsage(text, command) {
    return listOf(text).map((item) => {
        if (model/* KEY_USAGES */.xG.includes(item))
            return item;
        throw new cli_error/* UsageError */.eb(`Invalid --key-usage ${(0,errors/* quote */.hD)(item)}: expected a comma-separated list of ${model/* KEY_USAGES */.xG.join(', ')}.`, command);
    });
}
/** `--ip`, repeated: IPv4 or IPv6 addresses, as written. */
function parseIps(items, command) {
    for (const item of items) {
        if ((0,external_node_net_.isIP)(item) === 0)
            throw new cli_error/* UsageError */.eb(`Invalid --ip ${(0,errors/* quote */.hD)(item)}: expected an IPv4 or IPv6 address.`, command);
    }
    return [...items];
}
/** The SANs given with --dns, --ip, --email and --upn; only the kinds given are set. */
function sansOf(args, command) {
    const sans = {};
    const dns = args.strings('dns');
    const ips = args.strings('ip');
    const emails = args.strings('email');
    const upns = args.strings('upn');
    if (dns.length > 0)
        sans.dnsNames = [...dns];
    if (ips.length > 0)
        sans.ipAddresses = parseIps(ips, command);
    if (emails.length > 0)
        sans.emails = [...emails];
    if (upns.length > 0)
        sans.upns = [...upns];
    return Object.keys(sans).length === 0 ? undefined : sans;
}
function oneOf(text, allowed, option, command) {
    if (allowed.includes(text))
        return text;
    throw new cli_error/* UsageError */.eb(`Invalid ${option} ${(0,errors/* quote */.hD)(text)}: expected ${allowed.join(', ')}.`, command);
}
/** `--kty`, `--size`, `--curve`: a curve implies EC and a size RSA when --kty is not given. */
function keyFields(args, command) {
    const ktyText = args.string('kty');
    const sizeText = args.string('size');
    const curveText = args.string('curve');
    const kty = ktyText === undefined ? undefined : oneOf(ktyText, ['RSA', 'EC'], '--kty', command);
    if (kty === 'EC' && sizeText !== undefined)
        throw new cli_error/* UsageError */.eb('An EC key takes --curve, not --size.', command);
    if (kty === 'RSA' && curveText !== undefined)
        throw new cli_error/* UsageError */.eb('An RSA key takes --size, not --curve.', command);
    if (sizeText !== undefined && curveText !== undefined)
        throw new cli_error/* UsageError */.eb('Give --size (RSA) or --curve (EC), not both.', command);
    const fields = {};
    if (curveText !== undefined) {
        fields.keyType = 'EC';
        fields.curve = oneOf(curveText, model/* CERTIFICATE_CURVES */.jL, '--curve', command);
    }
    if (sizeText !== undefined) {
        const size = parseInteger(sizeText, '--size', { min: 1, max: 65536 }, command);
        if (!model/* CERTIFICATE_RSA_SIZES */.w3.includes(size)) {
            throw new cli_error/* UsageError */.eb(`Invalid --size ${(0,errors/* quote */.hD)(sizeText)}: expected ${model/* CERTIFICATE_RSA_SIZES */.w3.join(', ')} bits.`, command);
        }
        fields.keyType = 'RSA';
        fields.keySize = size;
    }
    if (kty !== undefined)
        fields.keyType = kty;
    return fields;
}
/** The policy fields the create flags set; fields not given are absent (a --policy file or the defaults fill them). */
function policyFromFlags(args, command) {
    const subject = args.string('subject');
    const issuer = args.string('issuer');
    const months = args.string('validity-months');
    const eku = args.string('eku');
    const keyUsage = args.string('key-usage');
    const sans = sansOf(args, command);
    return {
        ...keyFields(args, command),
        ...(subject === undefined ? {} : { subject }),
        ...(sans === undefined ? {} : { subjectAlternativeNames: sans }),
        ...(issuer === undefined ? {} : { issuerName: issuer }),
        ...(args.flag('ca') ? { ca: true } : {}),
        ...(months === undefined ? {} : { validityInMonths: parseInteger(months, '--validity-months', { min: 1, max: 120 }, command) }),
        ...(eku === undefined ? {} : { enhancedKeyUsage: parseEkus(eku, command) }),
        ...(keyUsage === undefined ? {} : { keyUsage: parseKeyUsage(keyUsage, command) }),
    };
}
/**
 * A --policy file's policy with the flags on top: a flag wins over the file's field, and SANs
 * merge kind by kind (--dns replaces the file's DNS names and leaves its emails).
 */
function mergePolicies(base, flags) {
    const sans = base.subjectAlternativeNames === undefined && flags.subjectAlternativeNames === undefined
        ? undefined
        : { ...base.subjectAlternativeNames, ...flags.subjectAlternativeNames };
    // A key type from the flags makes the file's size or curve for the other type meaningless.
    const keyFromFlags = flags.keyType !== undefined && flags.keyType !== base.keyType ? { keySize: undefined, curve: undefined } : {};
    const merged = { ...base, ...keyFromFlags, ...flags };
    return sans === undefined ? merged : { ...merged, subjectAlternativeNames: sans };
}

;// CONCATENATED MODULE: ./lib/cli/commands/certificate-policy.js
/**
 * A certificate's policy and the vault's certificate contacts: `certificate policy get|set`
 * (the policy file is Key Vault's wire shape — key_props, secret_props, x509_props,
 * lifetime_actions, issuer — which `policy get --json` prints, so get, edit, set round-trips)
 * and `certificate contacts get|set|delete` (who EmailContacts lifetime actions are for).
 * The wire module is loaded only when a policy file is read or printed.
 */







const wire = () => __nccwpck_require__.e(/* import() */ 734).then(__nccwpck_require__.bind(__nccwpck_require__, 734));
/**
 * A policy in Key Vault's shape without its `id`: that names the policy's URL on a server, and a
 * vault file has none (certificatePolicyWire needs an origin only to build it).
 */
async function policyWire(name, policy) {
    const { id: _id, ...rest } = (await wire()).certificatePolicyWire('https://vault.invalid', name, policy);
    return rest;
}
const POLICY_SHAPE = '{"key_props": {"kty": "EC", "crv": "P-256"}, "x509_props": {"subject": "CN=…"}, "issuer": {"name": "Self"}}';
/** A policy file in Key Vault's wire shape, as the fields it sets. */
async function readPolicyInput(path) {
    const json = readPolicyFile(path, POLICY_SHAPE);
    return (await wire()).parseCertificatePolicyInput(json);
}
const yesNo = (value) => (value ? 'yes' : 'no');
function keyText(policy) {
    const kind = policy.keyType === 'EC' ? `EC ${policy.curve ?? ''}` : `RSA ${policy.keySize ?? ''}`;
    return `${kind}; exportable: ${yesNo(policy.exportable)}; reuse on renewal: ${yesNo(policy.reuseKey)}`;
}
function lifetimeText(policy) {
    if (policy.lifetimeActions.length === 0)
        return '-';
    return policy.lifetimeActions.map((a) => (a.lifetimePercentage === undefined
        ? `${a.action} ${a.daysBeforeExpiry ?? ''} days before expiry`
        : `${a.action} at ${a.lifetimePercentage}% of the validity`)).join('; ');
}
/** `certificate policy get` as text: one field a line. */
function policyText(name, policy) {
    const origin = policy.updatedOn === undefined ? '' : ` (updated ${policy.updatedOn.toISOString()})`;
    return `Policy of certificate ${name}${origin}:\n${labelled([
        ['Issuer', policy.issuerName],
        ['Subject', policy.subject || '-'],
        ['SANs', sansText(policy.subjectAlternativeNames)],
        ['CA', yesNo(policy.ca)],
        ['Key', keyText(policy)],
        ['Key usage', policy.keyUsage.join(', ') || '-'],
        ['EKUs', policy.enhancedKeyUsage.map(ekuLabel).join(', ') || '-'],
        ['Validity', `${policy.validityInMonths} months`],
        ['Content type', policy.contentType],
        ['Lifetime', lifetimeText(policy)],
        ['Enabled', String(policy.enabled)],
    ])}`;
}
async function printPolicy(name, policy, args, io) {
    io.writeOut(args.flag('json') ? renderJson(await policyWire(name, policy)) : policyText(name, policy));
}
async function getPolicy(args, io) {
    const name = args.positional(0);
    const policy = await withVault(args, io, (vault) => vault.certificates.getCertificatePolicy(name));
    await printPolicy(name, policy, args, io);
}
async function setPolicy(args, io) {
    const name = args.positional(0);
    const file = args.string('file');
    if (file === undefined)
        throw new cli_error/* UsageError */.eb('\'coffer certificate policy set\' needs --file POLICY.json.', 'certificate policy set');
    const input = await readPolicyInput((0,external_node_path_.resolve)(io.cwd, file));
    const policy = await withVault(args, io, (vault) => vault.certificates.updateCertificatePolicy(name, input));
    if (args.flag('json'))
        await printPolicy(name, policy, args, io);
    else
        io.writeOut(`Set the policy of certificate ${name}; it applies from the next version.\n`);
}
function contactsOutput(contacts, args) {
    if (args.flag('json'))
        return renderJson(contacts.map((c) => ({ email: c.email ?? null, name: c.name ?? null, phone: c.phone ?? null })));
    if (contacts.length === 0)
        return 'No certificate contacts.\n';
    return renderTable(['EMAIL', 'NAME', 'PHONE'], contacts.map((c) => [c.email ?? '-', c.name ?? '-', c.phone ?? '-']));
}
async function getContacts(args, io) {
    const contacts = await withVault(args, io, (vault) => vault.certificates.getContacts());
    io.writeOut(contactsOutput(contacts, args));
}
async function setContacts(args, io) {
    const emails = args.strings('email');
    if (emails.length === 0)
        throw new cli_error/* UsageError */.eb('\'coffer certificate contacts set\' needs --email E (repeat for more).', 'certificate contacts set');
    const contacts = await withVault(args, io, (vault) => vault.certificates.setContacts(emails.map((email) => ({ email }))));
    io.writeOut(args.flag('json') ? contactsOutput(contacts, args) : `Set ${contacts.length} certificate contact${contacts.length === 1 ? '' : 's'}.\n`);
}
async function deleteContacts(args, io) {
    const contacts = await withVault(args, io, (vault) => vault.certificates.deleteContacts());
    io.writeOut(args.flag('json') ? contactsOutput(contacts, args) : `Deleted ${contacts.length} certificate contact${contacts.length === 1 ? '' : 's'}.\n`);
}
const certificate_policy_JSON_OPTION = { json: { type: 'boolean' } };
const POLICY_JSON = '--json                print the policy in Key Vault\'s shape (what policy set --file takes)';
const CONTACTS_JSON = '--json                print the contacts as a JSON array of {email, name, phone}';
const certificatePolicyGetCommand = {
    name: 'certificate policy get',
    synopsis: 'certificate policy get NAME [--json]',
    summary: 'Show a certificate\'s policy: how its next version is made and when it is renewed.',
    details: [POLICY_JSON],
    options: certificate_policy_JSON_OPTION,
    positionals: ['NAME'],
    run: getPolicy,
};
const certificatePolicySetCommand = {
    name: 'certificate policy set',
    synopsis: 'certificate policy set NAME --file POLICY.json [--json]',
    summary: 'Change a certificate\'s policy from a JSON file; fields left out keep their value.',
    details: [
        '--file F              the policy in Key Vault\'s shape, for example',
        `                      ${POLICY_SHAPE}`,
        '                      with "lifetime_actions": [{"trigger": {"lifetime_percentage": 80}, "action": {"action_type": "AutoRenew"}}]',
        POLICY_JSON,
    ],
    options: { ...certificate_policy_JSON_OPTION, file: { type: 'string' } },
    positionals: ['NAME'],
    run: setPolicy,
};
const certificateContactsGetCommand = {
    name: 'certificate contacts get',
    synopsis: 'certificate contacts get [--json]',
    summary: 'Show the vault\'s certificate contacts (whom EmailContacts lifetime actions concern).',
    details: [CONTACTS_JSON],
    options: certificate_policy_JSON_OPTION,
    positionals: [],
    run: getContacts,
};
const certificateContactsSetCommand = {
    name: 'certificate contacts set',
    synopsis: 'certificate contacts set --email E... [--json]',
    summary: 'Replace the vault\'s certificate contacts.',
    details: ['--email E             a contact\'s email address; repeat for more (1 to 32)', CONTACTS_JSON],
    options: { ...certificate_policy_JSON_OPTION, email: { type: 'string', multiple: true } },
    positionals: [],
    run: setContacts,
};
const certificateContactsDeleteCommand = {
    name: 'certificate contacts delete',
    synopsis: 'certificate contacts delete [--json]',
    summary: 'Remove all certificate contacts.',
    details: ['--json                print the contacts as they were, as JSON'],
    options: certificate_policy_JSON_OPTION,
    positionals: [],
    run: deleteContacts,
};

;// CONCATENATED MODULE: ./lib/cli/commands/certificate-read.js



async function listCertificates(args, io) {
    const list = await withVault(args, io, (vault) => vault.certificates.listPropertiesOfCertificates());
    io.writeOut(args.flag('json') ? renderJson(list.map(certificatePropertiesJson)) : certificatePropertiesTable(list, io.now(), 'No certificates.'));
}
async function listVersions(args, io) {
    const list = await withVault(args, io, (vault) => vault.certificates.listPropertiesOfCertificateVersions(args.positional(0)));
    io.writeOut(args.flag('json') ? renderJson(list.map(certificatePropertiesJson)) : certificatePropertiesTable(list, io.now(), 'No versions.'));
}
async function listDeleted(args, io) {
    const name = args.string('name');
    if (name !== undefined) {
        const deleted = await withVault(args, io, (vault) => vault.certificates.getDeletedCertificate(name));
        io.writeOut(args.flag('json') ? renderJson(deletedCertificateJson(deleted)) : deletedCertificatesTable([deleted], io.now()));
        return;
    }
    const list = await withVault(args, io, (vault) => vault.certificates.listDeletedCertificates());
    io.writeOut(args.flag('json') ? renderJson(list.map(deletedCertificateJson)) : deletedCertificatesTable(list, io.now()));
}
const certificate_read_JSON_OPTION = { json: { type: 'boolean' } };
const PROPERTIES_JSON = '--json                print a JSON array of properties (subject, issuer, serialNumber, thumbprints, SANs, dates…)';
const certificateListCommand = {
    name: 'certificate list',
    synopsis: 'certificate list [--json]',
    summary: 'List certificates: the latest version\'s properties of each.',
    details: [PROPERTIES_JSON],
    options: certificate_read_JSON_OPTION,
    positionals: [],
    run: listCertificates,
};
const certificateVersionsCommand = {
    name: 'certificate versions',
    synopsis: 'certificate versions NAME [--json]',
    summary: 'List every version of a certificate, oldest first.',
    details: [PROPERTIES_JSON],
    options: certificate_read_JSON_OPTION,
    positionals: ['NAME'],
    run: listVersions,
};
const certificateDeletedCommand = {
    name: 'certificate deleted',
    synopsis: 'certificate deleted [--name NAME] [--json]',
    summary: 'List deleted certificates that can still be recovered or purged, or show one.',
    details: [
        '--name NAME           show only the deleted certificate NAME (exit 1 if there is none)',
        '--json                print a JSON array of deleted certificates (with --name: one object)',
    ],
    options: { ...certificate_read_JSON_OPTION, name: { type: 'string' } },
    positionals: [],
    run: listDeleted,
};

;// CONCATENATED MODULE: ./lib/cli/commands/certificate-write.js
/**
 * The commands that make certificate versions: `certificate create` (from the flags and/or an
 * Azure policy file; completes at once for Self and vault CAs, stays pending for Unknown),
 * `import` (PEM or PKCS#12, with or without the key), `renew`, `renew-if-due` (the step a
 * scheduled pipeline calls: it prints one word, renewed, notify or not-due, to branch on), and
 * `update` (enabled and tags). An imported file holds private key material and its password:
 * both are read once, handed to the vault, and never quoted.
 */










function newVersionOptions(args, command) {
    const tags = args.strings('tag');
    return { ...(args.flag('disabled') ? { enabled: false } : {}), ...(tags.length === 0 ? {} : { tags: parseTags(tags, command) }) };
}
/** The policy to create with: a --policy file's, with the flags on top. */
async function createPolicy(args, io) {
    const command = 'certificate create';
    const flags = policyFromFlags(args, command);
    const file = args.string('policy');
    if (file === undefined) {
        if (flags.subject === undefined && flags.subjectAlternativeNames === undefined) {
            throw new cli_error/* UsageError */.eb(`'coffer ${command}' needs --subject "CN=…" (or SANs, or --policy FILE).`, command);
        }
        return flags;
    }
    return mergePolicies(await readPolicyInput((0,external_node_path_.resolve)(io.cwd, file)), flags);
}
/** A create or renewal that ended badly is a failure of the command, with the vault's reason. */
function checkOperation(op) {
    if (op.status !== 'failed' && op.status !== 'cancelled')
        return;
    const reason = op.error === undefined ? op.statusDetails ?? 'no reason given' : `${op.error.message} (${op.error.code})`;
    throw new errors/* BadParameterError */.lh(`The request for certificate ${(0,errors/* quote */.hD)(op.name)} ${op.status}: ${reason}`);
}
/**
 * After a create or renewal: the operation and, once completed, the new version — as JSON
 * `{operation, certificate}` (certificate null while pending), or a line saying what happened
 * and, for a pending request, what to do next.
 */
async function reportOperation(certificates, op, args, io, verb) {
    checkOperation(op);
    const certificate = op.status === 'completed' ? await certificates.getCertificate(op.name) : undefined;
    if (args.flag('json')) {
        io.writeOut(renderJson({ operation: operationJson(op), certificate: certificate === undefined ? null : vaultCertificateJson(certificate) }));
        return;
    }
    if (certificate === undefined) {
        io.writeOut(`Certificate ${op.name} is pending with issuer ${op.issuerName}: get its CSR with 'coffer certificate pending ${op.name} --csr', `
            + `have it signed, then run 'coffer certificate merge ${op.name} --file CHAIN.pem'.\n`);
        return;
    }
    io.writeOut(`${verb} certificate ${op.name} version ${certificate.properties.version}${expiry(certificate)}.\n`);
}
const expiry = (certificate) => (certificate.properties.expiresOn === undefined ? '' : ` (expires ${certificate.properties.expiresOn.toISOString()})`);
async function createCertificate(args, io) {
    const name = args.positional(0);
    const options = newVersionOptions(args, 'certificate create');
    const policy = await createPolicy(args, io);
    await withVault(args, io, async (vault) => {
        const op = await vault.certificates.createCertificate(name, policy, options);
        await reportOperation(vault.certificates, op, args, io, 'Created');
    });
}
async function importCertificate(args, io) {
    const command = 'certificate import';
    const name = args.positional(0);
    const data = readCertificateFile(args, io, command);
    const password = readPassword(args, io, command);
    const file = args.string('policy');
    const policy = file === undefined ? undefined : await readPolicyInput((0,external_node_path_.resolve)(io.cwd, file));
    const options = {
        ...newVersionOptions(args, command),
        ...(password === undefined ? {} : { password }),
        ...(policy === undefined ? {} : { policy }),
    };
    const certificate = await withVault(args, io, (vault) => vault.certificates.importCertificate(name, data, options));
    io.writeOut(args.flag('json')
        ? renderJson(vaultCertificateJson(certificate))
        : `Imported certificate ${certificate.name} version ${certificate.properties.version}${expiry(certificate)}.\n`);
}
async function renewCertificate(args, io) {
    const name = args.positional(0);
    await withVault(args, io, async (vault) => {
        const op = await vault.certificates.renewCertificate(name);
        await reportOperation(vault.certificates, op, args, io, 'Renewed');
    });
}
async function renewIfDue(args, io) {
    const outcome = await withVault(args, io, (vault) => vault.certificates.renewCertificateIfDue(args.positional(0)));
    if (outcome.operation !== undefined)
        checkOperation(outcome.operation);
    if (args.flag('json')) {
        io.writeOut(renderJson({
            name: outcome.name, result: outcome.result, reason: outcome.reason ?? null,
            operation: outcome.operation === undefined ? null : operationJson(outcome.operation),
            certificate: vaultCertificateJson(outcome.certificate),
        }));
        return;
    }
    io.writeOut(`${outcome.result}\n`);
    const because = outcome.reason === undefined ? '' : ` (${outcome.reason})`;
    const pending = outcome.operation?.status === 'inProgress';
    if (outcome.result === 'renewed') {
        io.writeErr(pending
            ? `coffer: Certificate ${outcome.name} is due${because}: a renewal request is pending; sign its CSR and merge the chain.\n`
            : `coffer: Renewed certificate ${outcome.name}: new version ${outcome.certificate.properties.version}${because}.\n`);
    }
    if (outcome.result === 'notify') {
        io.writeErr(`coffer: Certificate ${outcome.name} version ${outcome.certificate.properties.version} is due for attention${because}.\n`);
    }
}
function updateOptions(args) {
    const enabled = args.string('enabled');
    const tags = args.strings('tag');
    return {
        ...(enabled === undefined ? {} : { enabled: parseBoolean(enabled, '--enabled', 'certificate update') }),
        ...(tags.length === 0 ? {} : { tags: parseTags(tags, 'certificate update') }),
    };
}
async function updateCertificate(args, io) {
    const options = updateOptions(args);
    if (Object.keys(options).length === 0)
        throw new cli_error/* UsageError */.eb('Nothing to update: give --enabled or --tag.', 'certificate update');
    const certificate = await withVault(args, io, (vault) => vault.certificates.updateCertificateProperties(args.positional(0), args.string('version'), options));
    io.writeOut(args.flag('json')
        ? renderJson(vaultCertificateJson(certificate))
        : `Updated certificate ${certificate.name} version ${certificate.properties.version}.\n`);
}
const NEW_VERSION_OPTIONS = { disabled: { type: 'boolean' }, tag: { type: 'string', multiple: true }, json: { type: 'boolean' } };
const NEW_VERSION_DETAILS = [
    '--disabled            store the version disabled',
    '--tag K=V             a tag; repeat for more (at most 15)',
];
const OPERATION_JSON = '--json                print {operation, certificate} as JSON (certificate null while pending)';
const certificate_write_JSON_DETAIL = '--json                print the certificate (no private key) as JSON';
const certificateCreateCommand = {
    name: 'certificate create',
    synopsis: 'certificate create NAME --subject "CN=..." [--dns D]... [--ip IP]... [--email E]... [--upn U]... [--issuer Self|Unknown|ISSUER] [--ca] '
        + '[--validity-months N] [--kty RSA|EC] [--size N] [--curve C] [--eku LIST] [--key-usage LIST] [--policy FILE] [--disabled] [--tag K=V]... [--json]',
    summary: 'Create a certificate (or a new version of one) per a policy: self-signed, from a vault CA, or pending a CSR.',
    details: [
        '--subject DN          the subject, e.g. "CN=api.example.com, O=Example"',
        '--dns D, --ip IP      a DNS name or IP address SAN; repeat for more',
        '--email E, --upn U    an email (rfc822Name) or user principal name SAN; repeat for more',
        '--issuer NAME         Self (default), Unknown (pending: sign the CSR, then merge), or a vault CA (certificate issuer create)',
        '--ca                  a CA certificate (basicConstraints CA:true, keyCertSign, cRLSign); self-signed unless --issuer',
        '--validity-months N   1 to 120 (default 12)',
        '--kty RSA|EC          the key type (default RSA); --size 2048|3072|4096 for RSA, --curve P-256|P-384|P-521 for EC',
        '--eku LIST            extended key usages: serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, OCSPSigning or OIDs',
        '--key-usage LIST      digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign, …',
        '--policy FILE         start from a policy in Key Vault\'s shape ({"key_props": …, "x509_props": …, "issuer": …}); flags override it',
        ...NEW_VERSION_DETAILS,
        OPERATION_JSON,
    ],
    options: {
        ...NEW_VERSION_OPTIONS,
        subject: { type: 'string' }, dns: { type: 'string', multiple: true }, ip: { type: 'string', multiple: true },
        email: { type: 'string', multiple: true }, upn: { type: 'string', multiple: true }, issuer: { type: 'string' }, ca: { type: 'boolean' },
        'validity-months': { type: 'string' }, kty: { type: 'string' }, size: { type: 'string' }, curve: { type: 'string' },
        eku: { type: 'string' }, 'key-usage': { type: 'string' }, policy: { type: 'string' },
    },
    positionals: ['NAME'],
    run: createCertificate,
};
const certificateImportCommand = {
    name: 'certificate import',
    synopsis: 'certificate import NAME --file F [--password-file F | --password P] [--policy FILE] [--disabled] [--tag K=V]... [--json]',
    summary: 'Import a certificate made elsewhere (PEM, or PKCS#12 with its password), with or without its private key.',
    details: [
        '--file F              PEM (CERTIFICATE blocks and an optional PRIVATE KEY) or PKCS#12 (binary or base64), at most 256 KiB',
        ...PASSWORD_DETAILS,
        '--policy FILE         policy fields to keep with it (issuer, lifetime actions, …), in Key Vault\'s shape',
        ...NEW_VERSION_DETAILS,
        certificate_write_JSON_DETAIL,
    ],
    options: { ...NEW_VERSION_OPTIONS, ...PASSWORD_OPTIONS, file: { type: 'string' }, policy: { type: 'string' } },
    positionals: ['NAME'],
    run: importCertificate,
};
const certificateRenewCommand = {
    name: 'certificate renew',
    synopsis: 'certificate renew NAME [--json]',
    summary: 'Make a new version now per the current policy (the same key if reuse_key; pending for issuer Unknown).',
    details: [OPERATION_JSON],
    options: { json: { type: 'boolean' } },
    positionals: ['NAME'],
    run: renewCertificate,
};
const certificateRenewIfDueCommand = {
    name: 'certificate renew-if-due',
    synopsis: 'certificate renew-if-due NAME [--json]',
    summary: 'Apply the policy\'s lifetime actions now: print renewed, notify or not-due (details on stderr).',
    details: ['--json                print {name, result, reason, operation, certificate} as JSON'],
    options: { json: { type: 'boolean' } },
    positionals: ['NAME'],
    run: renewIfDue,
};
const certificateUpdateCommand = {
    name: 'certificate update',
    synopsis: 'certificate update NAME [--version V] [--enabled true|false] [--tag K=V]... [--json]',
    summary: 'Enable or disable a certificate version (the latest unless --version) or replace its tags; its key and secret follow.',
    details: [
        '--version V           the version to change (default: the latest)',
        '--enabled true|false  enable or disable the version',
        '--tag K=V             replaces all of the version\'s tags; repeat for more',
        certificate_write_JSON_DETAIL,
    ],
    options: { version: { type: 'string' }, enabled: { type: 'string' }, tag: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    positionals: ['NAME'],
    run: updateCertificate,
};

// EXTERNAL MODULE: ./lib/core/store/durable-file.js
var durable_file = __nccwpck_require__(9465);
// EXTERNAL MODULE: ./lib/core/crypto/master-key.js
var master_key = __nccwpck_require__(3457);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __nccwpck_require__(6599);
;// CONCATENATED MODULE: ./lib/cli/commands/init.js
/**
 * `coffer init`: a new vault under a new master key. The key exists nowhere else, so it is
 * either written to --key-file (exclusively, 0600, fsynced) before the vault is created, or
 * printed once on stdout after it is — and never both, and never on stderr.
 */












function initSettings(args, io) {
    const where = givenLocation(args, io);
    const location = (0,open_vault/* parseLocation */.zS)(where, io.cwd);
    if (location.kind === 'https') {
        throw new errors/* VaultError */.hb('BadParameter', `coffer init creates local vaults: ${(0,errors/* quote */.hD)(where)} is not a file path or sqlite:PATH.`);
    }
    const days = args.string('retention-days');
    const given = args.string('key-file');
    const keyFile = given === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, given);
    if (keyFile === location.path)
        throw new cli_error/* UsageError */.eb('--key-file must not be the vault file itself.', 'init');
    return {
        vaultPath: location.path,
        location: location.kind === 'sqlite' ? `sqlite:${location.path}` : location.path,
        keyFile,
        recoverableDays: days === undefined
            ? names/* LIMITS */.b1.defaultRecoverableDays
            : parseInteger(days, '--retention-days', { min: names/* LIMITS */.b1.minRecoverableDays, max: names/* LIMITS */.b1.maxRecoverableDays }, 'init'),
    };
}
async function init(args, io) {
    const settings = initSettings(args, io);
    if ((0,external_node_fs_.existsSync)(settings.vaultPath)) {
        throw new errors/* VaultError */.hb('Conflict', `A vault already exists at ${(0,files/* quotePath */.WG)(settings.vaultPath)}; it was left unchanged.`);
    }
    makeFolder((0,external_node_path_.dirname)(settings.vaultPath));
    const key = master_key/* MasterKey */.e.generate();
    if (settings.keyFile !== undefined)
        (0,files/* writeNewFile */.S0)(settings.keyFile, `${key.toBase64()}\n`);
    try {
        const vault = await (0,open_vault/* createVault */.B3)(settings.location, { masterKey: key, principal: (0,caller/* callerPrincipal */.M)(io.env), recoverableDays: settings.recoverableDays });
        await vault.close();
    }
    catch (error) {
        // Another init won the race: this key opens nothing, so it must not be left to look valid.
        if (settings.keyFile !== undefined && (0,errors/* isVaultError */.XQ)(error) && error.code === 'Conflict')
            (0,external_node_fs_.unlinkSync)(settings.keyFile);
        throw error;
    }
    report(settings, key, io);
}
/** Creates the vault's folder; each new folder's entry is fsynced, so the vault cannot vanish with it on power loss. */
function makeFolder(folder) {
    try {
        const first = (0,external_node_fs_.mkdirSync)(folder, { recursive: true, mode: 0o700 });
        for (let made = first === undefined ? undefined : folder; made !== undefined; made = made === first ? undefined : (0,external_node_path_.dirname)(made)) {
            (0,durable_file/* fsyncDirectory */.hO)((0,external_node_path_.dirname)(made));
        }
    }
    catch (error) {
        throw new cli_error/* CliError */.z1('FileUnwritable', `Could not create the folder ${(0,files/* quotePath */.WG)(folder)} (${(0,cli_error/* errnoOf */.UQ)(error) ?? 'error'}).`);
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

// EXTERNAL MODULE: ./lib/core/crypto/key-material.js
var key_material = __nccwpck_require__(2886);
// EXTERNAL MODULE: ./lib/core/crypto/key-types.js
var key_types = __nccwpck_require__(1774);
;// CONCATENATED MODULE: ./lib/cli/commands/key-options.js
/**
 * Parsing of the key commands' own options into core types: key type, size and curve,
 * operations, algorithms, base64url bytes, dates that may be `none`. Pure; each refusal is a
 * UsageError (exit 2) that quotes what it knows the meaning of — a type, a size, an operation,
 * an algorithm — and never a base64url value, which may be an iv, a digest or worse.
 */





const KEY_TYPES = ['RSA', 'EC', 'oct'];
const CURVES = ['P-256', 'P-384', 'P-521', 'P-256K'];
/** What `key create` makes when no size or curve is named: Azure's defaults. */
const DEFAULT_RSA_SIZE = 2048;
const DEFAULT_OCT_SIZE = 256;
function key_options_oneOf(text, allowed, option, command) {
    if (allowed.includes(text))
        return text;
    throw new cli_error/* UsageError */.eb(`Invalid ${option} ${(0,errors/* quote */.hD)(text)}: expected ${allowed.join(', ')}.`, command);
}
/** `--kty`, `--size` and `--curve` of `key create`: sizes for RSA and oct, a curve for EC. */
function parseKeySpec(args, command) {
    const ktyText = args.string('kty');
    if (ktyText === undefined)
        throw new cli_error/* UsageError */.eb(`'coffer ${command}' needs --kty RSA|EC|oct.`, command);
    const kty = key_options_oneOf(ktyText, KEY_TYPES, '--kty', command);
    const sizeText = args.string('size');
    const curveText = args.string('curve');
    if (kty === 'EC') {
        if (sizeText !== undefined)
            throw new cli_error/* UsageError */.eb('An EC key takes --curve, not --size.', command);
        return { kty, curve: curveText === undefined ? 'P-256' : key_options_oneOf(curveText, CURVES, '--curve', command) };
    }
    if (curveText !== undefined)
        throw new cli_error/* UsageError */.eb(`An ${kty} key takes --size, not --curve.`, command);
    const sizes = kty === 'RSA' ? key_material.RSA_SIZES : key_material.OCT_SIZES;
    if (sizeText === undefined)
        return { kty, size: kty === 'RSA' ? DEFAULT_RSA_SIZE : DEFAULT_OCT_SIZE };
    const size = parseInteger(sizeText, '--size', { min: 1, max: 65536 }, command);
    if (!sizes.includes(size))
        throw new cli_error/* UsageError */.eb(`Invalid --size ${(0,errors/* quote */.hD)(sizeText)} for an ${kty} key: expected ${sizes.join(', ')} bits.`, command);
    return { kty, size };
}
/** `--ops sign,verify`: Key Vault's operation names, comma-separated, at least one. */
function parseOperations(text, command) {
    const items = text.split(',').map((item) => item.trim());
    const bad = items.find((item) => !key_types/* KEY_OPERATIONS */.jK.includes(item));
    if (bad !== undefined) {
        throw new cli_error/* UsageError */.eb(`Invalid operation ${(0,errors/* quote */.hD)(bad)} in --ops: expected a comma-separated list of ${key_types/* KEY_OPERATIONS */.jK.join(', ')}.`, command);
    }
    return items;
}
/** `--expires`/`--not-before` of `key update`: a date, or `none` to clear it. */
function parseDateOrNone(text, option, command) {
    return text === 'none' ? null : parseIsoDate(text, option, command);
}
/** The options `key create` and `key import` share: operations, exportable, enabled, dates, tags. */
function createOptions(args, command) {
    const ops = args.string('ops');
    const expires = args.string('expires');
    const notBefore = args.string('not-before');
    const tags = args.strings('tag');
    return {
        ...(ops === undefined ? {} : { keyOperations: parseOperations(ops, command) }),
        ...(args.flag('exportable') ? { exportable: true } : {}),
        ...(args.flag('disabled') ? { enabled: false } : {}),
        ...(expires === undefined ? {} : { expiresOn: parseIsoDate(expires, '--expires', command) }),
        ...(notBefore === undefined ? {} : { notBefore: parseIsoDate(notBefore, '--not-before', command) }),
        ...(tags.length === 0 ? {} : { tags: parseTags(tags, command) }),
    };
}
/** The required `--alg`, one of `allowed`. */
function algorithm(args, allowed, command) {
    const text = args.string('alg');
    if (text === undefined)
        throw new cli_error/* UsageError */.eb(`'coffer ${command}' needs --alg (one of ${allowed.join(', ')}).`, command);
    return key_options_oneOf(text, allowed, '--alg', command);
}
const signatureAlgorithm = (args, command) => algorithm(args, key_types/* SIGNATURE_ALGORITHMS */.a, command);
const encryptionAlgorithm = (args, command) => algorithm(args, key_types/* ENCRYPTION_ALGORITHMS */.tl, command);
const keyWrapAlgorithm = (args, command) => algorithm(args, key_types/* KEY_WRAP_ALGORITHMS */.kx, command);
/** The hash a signature algorithm signs (RS256/PS256/ES256/ES256K: SHA-256, …384: SHA-384, …512: SHA-512). */
function hashOf(alg) {
    if (alg.endsWith('384'))
        return 'sha384';
    if (alg.endsWith('512'))
        return 'sha512';
    return 'sha256';
}
/** Bytes of each hash, for checking a --digest before the vault is asked. */
const HASH_BYTES = { sha256: 32, sha384: 48, sha512: 64 };
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Strict base64url without padding: what JOSE and Key Vault use. Returns undefined if `text` is not. */
function decodeBase64url(text) {
    if (!BASE64URL.test(text))
        return undefined;
    const bytes = Buffer.from(text, 'base64url');
    // Canonical only: a stray trailing character or unused bits would decode to something else.
    return bytes.toString('base64url') === text ? bytes : undefined;
}
/** An option holding base64url bytes (--digest, --iv, --aad, --tag). The value is never quoted. */
function base64urlOption(args, option, command) {
    const text = args.string(option);
    if (text === undefined)
        return undefined;
    const bytes = decodeBase64url(text);
    if (bytes === undefined)
        throw new cli_error/* UsageError */.eb(`Invalid --${option}: expected base64url (A-Z, a-z, 0-9, '-', '_'; no '=' padding).`, command);
    return bytes;
}

;// CONCATENATED MODULE: ./lib/cli/commands/key-cipher.js





/** RSA-OAEP takes at most 446 bytes and gives 512 (4096-bit keys): a few KiB is generous. */
const RSA_INPUT_BYTES = 4 * 1024;
/** The vault's bound for AES-GCM and AES-KW data. */
const AES_INPUT_BYTES = 64 * 1024;
const inputLimit = (alg) => (alg.startsWith('RSA') ? RSA_INPUT_BYTES : AES_INPUT_BYTES);
const isGcm = (alg) => alg.endsWith('GCM');
/**
 * --aad (both) and --iv, --tag (decrypt), for AES-GCM only. Encryption's iv is always the
 * vault's own random one: a chosen iv that repeats under a key exposes the key stream.
 */
function gcmParameters(args, alg, command) {
    const decrypting = command === 'key decrypt';
    const iv = decrypting ? base64urlOption(args, 'iv', command) : undefined;
    const aad = base64urlOption(args, 'aad', command);
    const tag = decrypting ? base64urlOption(args, 'tag', command) : undefined;
    const given = [iv, aad, tag].some((part) => part !== undefined);
    if (!isGcm(alg)) {
        if (given)
            throw new cli_error/* UsageError */.eb(`${decrypting ? '--iv, --aad and --tag belong' : '--aad belongs'} to AES-GCM, not ${alg}.`, command);
        return {};
    }
    if (decrypting && (iv === undefined || tag === undefined)) {
        throw new cli_error/* UsageError */.eb(`${alg} decryption needs --iv and --tag (as key encrypt printed them).`, command);
    }
    return { ...(iv === undefined ? {} : { iv }), ...(aad === undefined ? {} : { aad }), ...(tag === undefined ? {} : { tag }) };
}
/** After a GCM encryption: what decrypt will need, on stderr unless --json carried it. */
function reportGcm(result, args, io) {
    if (args.flag('json') || result.iv === undefined || result.tag === undefined)
        return;
    io.writeErr(`iv=${Buffer.from(result.iv).toString('base64url')} tag=${Buffer.from(result.tag).toString('base64url')}\n`);
}
async function encrypt(args, io) {
    const command = 'key encrypt';
    const name = args.positional(0);
    const alg = encryptionAlgorithm(args, command);
    const parameters = gcmParameters(args, alg, command);
    const mode = outputMode(args, command);
    const plaintext = await readInput(args, io, inputLimit(alg), 'The plaintext');
    const version = args.string('version');
    const result = await deliver(io, mode, { what: 'ciphertext', stdoutAs: 'raw' }, () => withVault(args, io, (vault) => vault.encrypt(name, version, alg, plaintext, parameters)));
    reportGcm(result, args, io);
}
async function decrypt(args, io) {
    const command = 'key decrypt';
    const name = args.positional(0);
    const alg = encryptionAlgorithm(args, command);
    const parameters = gcmParameters(args, alg, command);
    const mode = outputMode(args, command);
    const ciphertext = await readInput(args, io, inputLimit(alg), 'The ciphertext');
    const version = args.string('version');
    await deliver(io, mode, { what: 'plaintext', stdoutAs: 'raw' }, () => withVault(args, io, (vault) => vault.decrypt(name, version, alg, ciphertext, parameters)));
}
function wrapCommand(command) {
    return async (args, io) => {
        const name = args.positional(0);
        const alg = keyWrapAlgorithm(args, command);
        const mode = outputMode(args, command);
        const input = await readInput(args, io, inputLimit(alg), command === 'key wrap' ? 'The key to wrap' : 'The wrapped key');
        const version = args.string('version');
        const what = command === 'key wrap' ? 'wrapped key' : 'unwrapped key';
        await deliver(io, mode, { what, stdoutAs: 'raw' }, () => withVault(args, io, (vault) => (command === 'key wrap'
            ? vault.wrapKey(name, version, alg, input)
            : vault.unwrapKey(name, version, alg, input))));
    };
}
async function random(args, io) {
    const command = 'key random';
    const countText = args.string('count');
    if (countText === undefined)
        throw new cli_error/* UsageError */.eb(`'coffer ${command}' needs --count N (1 to 128).`, command);
    const count = parseInteger(countText, '--count', { min: 1, max: 128 }, command);
    const out = args.string('out');
    if (out === undefined) {
        const bytes = await withVault(args, io, (vault) => vault.getRandomBytes(count));
        io.writeOut(`${Buffer.from(bytes).toString('base64url')}\n`);
        return;
    }
    await intoNewFile(io, out, () => withVault(args, io, (vault) => vault.getRandomBytes(count)), (bytes) => bytes);
    io.writeOut(`Wrote ${count} random bytes to ${out}.\n`);
}
const COMMON_DETAILS = [
    '--in FILE             read the input from FILE instead of stdin (raw bytes; RSA: at most 4 KiB, AES: 64 KiB)',
    '--out FILE            write the raw output to FILE (created, mode 0600) instead of stdout',
    '--version V           the key version to use (default: the latest)',
    '--json                print {keyId, algorithm, result[, iv, tag]} with bytes as base64url (not with --out)',
];
const IO_OPTIONS = { in: { type: 'string' }, out: { type: 'string' }, version: { type: 'string' }, json: { type: 'boolean' }, alg: { type: 'string' } };
const ENCRYPTION_DETAIL = '--alg A               RSA-OAEP, RSA-OAEP-256 (RSA keys); A128GCM, A192GCM, A256GCM (oct keys of that size)';
const WRAP_DETAIL = '--alg A               RSA-OAEP, RSA-OAEP-256 (RSA keys); A128KW, A192KW, A256KW (oct keys of that size)';
const keyEncryptCommand = {
    name: 'key encrypt',
    synopsis: 'key encrypt NAME --alg A [--in FILE] [--out FILE | --json] [--version V] [--aad B64URL]',
    summary: 'Encrypt bytes with a key; for AES-GCM, prints iv=<b64url> tag=<b64url> on stderr for decrypt.',
    details: [
        ENCRYPTION_DETAIL, ...COMMON_DETAILS,
        '--aad B64URL          AES-GCM: additional authenticated data, needed again to decrypt',
    ],
    options: { ...IO_OPTIONS, aad: { type: 'string' } },
    positionals: ['NAME'],
    run: encrypt,
};
const keyDecryptCommand = {
    name: 'key decrypt',
    synopsis: 'key decrypt NAME --alg A [--in FILE] [--out FILE | --json] [--version V] [--iv B64URL] [--aad B64URL] [--tag B64URL]',
    summary: 'Decrypt bytes with a key; AES-GCM needs the iv and tag that encrypt printed.',
    details: [
        ENCRYPTION_DETAIL, ...COMMON_DETAILS,
        '--iv B64URL           AES-GCM: the iv encrypt used',
        '--tag B64URL          AES-GCM: the authentication tag encrypt printed',
        '--aad B64URL          AES-GCM: the additional authenticated data given to encrypt',
    ],
    options: { ...IO_OPTIONS, iv: { type: 'string' }, aad: { type: 'string' }, tag: { type: 'string' } },
    positionals: ['NAME'],
    run: decrypt,
};
const keyWrapCommand = {
    name: 'key wrap',
    synopsis: 'key wrap NAME --alg A [--in FILE] [--out FILE | --json] [--version V]',
    summary: 'Wrap (encrypt) a key\'s bytes with a key.',
    details: [WRAP_DETAIL, ...COMMON_DETAILS],
    options: IO_OPTIONS,
    positionals: ['NAME'],
    run: wrapCommand('key wrap'),
};
const keyUnwrapCommand = {
    name: 'key unwrap',
    synopsis: 'key unwrap NAME --alg A [--in FILE] [--out FILE | --json] [--version V]',
    summary: 'Unwrap a wrapped key with the key that wrapped it.',
    details: [WRAP_DETAIL, ...COMMON_DETAILS],
    options: IO_OPTIONS,
    positionals: ['NAME'],
    run: wrapCommand('key unwrap'),
};
const keyRandomCommand = {
    name: 'key random',
    synopsis: 'key random --count N [--out FILE]',
    summary: 'Random bytes from the vault\'s random source: base64url on stdout, or raw into --out.',
    details: [
        '--count N             how many bytes, 1 to 128',
        '--out FILE            write the raw bytes to FILE (created, mode 0600) instead of stdout',
    ],
    options: { count: { type: 'string' }, out: { type: 'string' } },
    positionals: [],
    run: random,
};

;// CONCATENATED MODULE: ./lib/cli/commands/key-lifecycle.js




async function deleteKey(args, io) {
    const deleted = await withVault(args, io, (vault) => vault.deleteKey(args.positional(0)));
    const name = deleted.key.name;
    io.writeOut(args.flag('json')
        ? renderJson(deletedKeyJson(deleted))
        : `Deleted key ${name}; recoverable until ${deleted.scheduledPurgeDate.toISOString()} with 'coffer key recover ${name}'.\n`);
}
async function recoverKey(args, io) {
    const key = await withVault(args, io, (vault) => vault.recoverDeletedKey(args.positional(0)));
    io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Recovered key ${key.name} (latest version ${key.properties.version}).\n`);
}
async function purgeKey(args, io) {
    const name = args.positional(0);
    await withVault(args, io, (vault) => vault.purgeDeletedKey(name));
    io.writeOut(`Purged key ${name}.\n`);
}
async function backupKey(args, io) {
    const name = args.positional(0);
    const out = await writeBackup(args, io, () => withVault(args, io, (vault) => vault.backupKey(name)));
    if (out !== undefined)
        io.writeOut(`Backed up key ${name} to ${out}.\n`);
}
async function restoreKey(args, io) {
    const blob = await readBackup(args, io);
    const key = await withVault(args, io, (vault) => vault.restoreKeyBackup(blob));
    io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Restored key ${key.name} (latest version ${key.properties.version}).\n`);
}
const key_lifecycle_JSON_DETAIL = '--json                print the key (public parts only) as JSON';
const key_lifecycle_nameCommand = (name, summary, run, json) => ({
    name: `key ${name}`, synopsis: `key ${name} NAME${json ? ' [--json]' : ''}`, summary,
    details: json ? [key_lifecycle_JSON_DETAIL] : [], options: json ? { json: { type: 'boolean' } } : {}, positionals: ['NAME'], run,
});
const keyDeleteCommand = key_lifecycle_nameCommand('delete', 'Delete a key (soft: recoverable until its purge date).', deleteKey, true);
const keyRecoverCommand = key_lifecycle_nameCommand('recover', 'Recover a deleted key, all its versions.', recoverKey, true);
const keyPurgeCommand = key_lifecycle_nameCommand('purge', 'Remove a deleted key for good.', purgeKey, false);
const keyBackupCommand = {
    name: 'key backup',
    synopsis: 'key backup NAME [--out FILE]',
    summary: 'Write a sealed backup of a key, every version and its rotation policy; it restores only into this vault.',
    details: ['--out FILE            write the backup to FILE (created, mode 0600) instead of stdout'],
    options: { out: { type: 'string' } },
    positionals: ['NAME'],
    run: backupKey,
};
const keyRestoreCommand = {
    name: 'key restore',
    synopsis: 'key restore [--file FILE] [--json]',
    summary: 'Restore a key from a backup (refused if the name exists, deleted or not).',
    details: ['--file FILE           read the backup from FILE instead of stdin', key_lifecycle_JSON_DETAIL],
    options: { file: { type: 'string' }, json: { type: 'boolean' } },
    positionals: [],
    run: restoreKey,
};

;// CONCATENATED MODULE: ./lib/cli/commands/key-read.js
/**
 * The reading commands: `key get` (a key's properties and its public key, as a JWK or an SPKI
 * PEM), `key list`, `key versions` and `key deleted`. The vault hands out public parts only,
 * so none of these can print private key material.
 */






function key_read_formatOf(args) {
    const format = args.string('format');
    if (format === undefined)
        return undefined;
    if (format !== 'jwk' && format !== 'pem')
        throw new cli_error/* UsageError */.eb(`Invalid --format ${(0,errors/* quote */.hD)(format)}: expected jwk or pem.`, 'key get');
    if (args.flag('json'))
        throw new cli_error/* UsageError */.eb('Give --json or --format, not both.', 'key get');
    return format;
}
/** The SPKI PEM that openssl reads with -pubin; a symmetric key has no public half. */
function pemOf(key) {
    if (key.keyType === 'oct') {
        throw new errors/* BadParameterError */.lh(`Key ${(0,errors/* quote */.hD)(key.name)} is an oct (symmetric) key: it has no public key, so there is no PEM to print.`);
    }
    return (0,key_material.publicKeyPem)(key.key);
}
async function getKey(args, io) {
    const format = key_read_formatOf(args);
    const key = await withVault(args, io, (vault) => vault.getKey(args.positional(0), args.string('version')));
    if (args.flag('json')) {
        io.writeOut(renderJson(vaultKeyJson(key)));
        return;
    }
    if (format === 'pem') {
        io.writeOut(pemOf(key));
        return;
    }
    const jwk = renderJson(publicJwkJson(key.key));
    io.writeOut(format === 'jwk' ? jwk : keyDetails(key, io.now(), jwk));
}
async function listKeys(args, io) {
    const list = await withVault(args, io, (vault) => vault.listPropertiesOfKeys());
    io.writeOut(args.flag('json') ? renderJson(list.map(keyPropertiesJson)) : keyPropertiesTable(list, io.now(), 'No keys.'));
}
async function key_read_listVersions(args, io) {
    const list = await withVault(args, io, (vault) => vault.listPropertiesOfKeyVersions(args.positional(0)));
    io.writeOut(args.flag('json') ? renderJson(list.map(keyPropertiesJson)) : keyPropertiesTable(list, io.now(), 'No versions.'));
}
async function key_read_listDeleted(args, io) {
    const name = args.string('name');
    if (name !== undefined) {
        const deleted = await withVault(args, io, (vault) => vault.getDeletedKey(name));
        io.writeOut(args.flag('json') ? renderJson(deletedKeyJson(deleted)) : deletedKeysTable([deleted], io.now()));
        return;
    }
    const list = await withVault(args, io, (vault) => vault.listDeletedKeys());
    io.writeOut(args.flag('json') ? renderJson(list.map(deletedKeyJson)) : deletedKeysTable(list, io.now()));
}
const key_read_JSON_OPTION = { json: { type: 'boolean' } };
const keyGetCommand = {
    name: 'key get',
    synopsis: 'key get NAME [--version V] [--format jwk|pem | --json]',
    summary: 'Show a key version (the latest unless --version): its properties and public key, never private parts.',
    details: [
        '--version V           the version to show (default: the latest)',
        '--format jwk          print only the public key, as a JWK (RSA n, e; EC crv, x, y)',
        '--format pem          print only the public key, as SPKI PEM for openssl -pubin (not for oct keys)',
        '                      without --format: the properties, then the public JWK',
        '--json                print the key as JSON: name, keyType, keyOperations, key, keySize, curve, properties',
    ],
    options: { ...key_read_JSON_OPTION, version: { type: 'string' }, format: { type: 'string' } },
    positionals: ['NAME'],
    run: getKey,
};
const keyListCommand = {
    name: 'key list',
    synopsis: 'key list [--json]',
    summary: 'List keys: the latest version\'s properties of each.',
    details: ['--json                print a JSON array of properties'],
    options: key_read_JSON_OPTION,
    positionals: [],
    run: listKeys,
};
const keyVersionsCommand = {
    name: 'key versions',
    synopsis: 'key versions NAME [--json]',
    summary: 'List every version of a key, oldest first.',
    details: ['--json                print a JSON array of properties'],
    options: key_read_JSON_OPTION,
    positionals: ['NAME'],
    run: key_read_listVersions,
};
const keyDeletedCommand = {
    name: 'key deleted',
    synopsis: 'key deleted [--name NAME] [--json]',
    summary: 'List deleted keys that can still be recovered or purged, or show one.',
    details: [
        '--name NAME           show only the deleted key NAME (exit 1 if there is none)',
        '--json                print a JSON array of deleted keys (with --name: one object)',
    ],
    options: { ...key_read_JSON_OPTION, name: { type: 'string' } },
    positionals: [],
    run: key_read_listDeleted,
};

// EXTERNAL MODULE: ./lib/core/key-rotation.js
var key_rotation = __nccwpck_require__(3091);
;// CONCATENATED MODULE: ./lib/cli/commands/key-rotation.js
/**
 * Key rotation from the command line: `key rotate` makes a new version now; `key
 * rotation-policy get|set` reads or writes the policy (Azure's wire shape, in a file); `key
 * rotate-if-due` runs the policy once — the step a scheduled pipeline calls — and prints one
 * word, `rotated`, `notify` or `not-due`, for the pipeline to branch on.
 */








/** A policy is two actions and an expiry: a few hundred bytes. */
const key_rotation_MAX_POLICY_BYTES = 64 * 1024;
async function rotateKey(args, io) {
    const key = await withVault(args, io, (vault) => vault.rotateKey(args.positional(0)));
    io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Rotated key ${key.name}: new version ${key.properties.version}\n`);
}
function readPolicy(path) {
    const text = (0,files/* decodeUtf8 */._6)((0,files/* readSmallFile */.EW)(path, key_rotation_MAX_POLICY_BYTES, 'Policy file'), 'The policy file');
    try {
        return JSON.parse(text);
    }
    catch {
        // The parser's message quotes the text; ours names the file's role only.
        throw new errors/* BadParameterError */.lh('The policy file is not valid JSON: expected {"lifetimeActions": [...], "attributes": {"expiryTime": "P2Y"}}.');
    }
}
async function rotationPolicy(args, io) {
    const command = 'key rotation-policy';
    const action = args.positional(0);
    const name = args.positional(1);
    const file = args.string('file');
    if (action === 'get') {
        if (file !== undefined)
            throw new cli_error/* UsageError */.eb('--file is for \'rotation-policy set\'.', command);
        const policy = await withVault(args, io, (vault) => vault.getKeyRotationPolicy(name));
        io.writeOut(args.flag('json') ? renderJson((0,key_rotation.rotationPolicyWire)(policy)) : rotationPolicyText(name, policy));
        return;
    }
    // The word is not echoed: it may be a value typed in the wrong place.
    if (action !== 'set')
        throw new cli_error/* UsageError */.eb(`'coffer ${command}' takes get or set, then NAME.`, command);
    if (file === undefined)
        throw new cli_error/* UsageError */.eb(`'coffer ${command} set' needs --file POLICY.json.`, command);
    const wire = readPolicy((0,external_node_path_.resolve)(io.cwd, file));
    const policy = await withVault(args, io, (vault) => vault.updateKeyRotationPolicy(name, wire));
    io.writeOut(args.flag('json') ? renderJson((0,key_rotation.rotationPolicyWire)(policy)) : `Set the rotation policy of key ${name}.\n`);
}
async function rotateIfDue(args, io) {
    const outcome = await withVault(args, io, (vault) => vault.rotateKeyIfDue(args.positional(0)));
    if (args.flag('json')) {
        io.writeOut(renderJson({ name: outcome.name, result: outcome.result, reason: outcome.reason ?? null, key: vaultKeyJson(outcome.key) }));
        return;
    }
    io.writeOut(`${outcome.result}\n`);
    const version = outcome.key.properties.version;
    const because = outcome.reason === undefined ? '' : ` (${outcome.reason})`;
    if (outcome.result === 'rotated')
        io.writeErr(`coffer: Rotated key ${outcome.name}: new version ${version}${because}.\n`);
    if (outcome.result === 'notify')
        io.writeErr(`coffer: Key ${outcome.name} version ${version} is due for attention${because}.\n`);
}
const key_rotation_JSON_DETAIL = '--json                print the key (public parts only) as JSON';
const keyRotateCommand = {
    name: 'key rotate',
    synopsis: 'key rotate NAME [--json]',
    summary: 'Make a new version of a key now, with the latest one\'s type, size or curve, operations and tags.',
    details: [key_rotation_JSON_DETAIL],
    options: { json: { type: 'boolean' } },
    positionals: ['NAME'],
    run: rotateKey,
};
const keyRotationPolicyCommand = {
    name: 'key rotation-policy',
    synopsis: 'key rotation-policy get|set NAME [--file POLICY.json] [--json]',
    summary: 'Show a key\'s rotation policy, or set it from a JSON file.',
    details: [
        'get NAME              show the policy (Azure\'s default, notify 30 days before expiry, if none was set)',
        'set NAME --file F     set the policy from F, in Key Vault\'s shape:',
        '                      {"lifetimeActions": [{"trigger": {"timeAfterCreate": "P90D"}, "action": {"type": "Rotate"}},',
        '                                           {"trigger": {"timeBeforeExpiry": "P30D"}, "action": {"type": "Notify"}}],',
        '                       "attributes": {"expiryTime": "P1Y"}}',
        '--json                print the policy in that shape (what set --file takes)',
    ],
    options: { file: { type: 'string' }, json: { type: 'boolean' } },
    positionals: ['get|set', 'NAME'],
    run: rotationPolicy,
};
const keyRotateIfDueCommand = {
    name: 'key rotate-if-due',
    synopsis: 'key rotate-if-due NAME [--json]',
    summary: 'Apply the rotation policy now: print rotated, notify or not-due (details on stderr).',
    details: ['--json                print {name, result, reason, key} as JSON'],
    options: { json: { type: 'boolean' } },
    positionals: ['NAME'],
    run: rotateIfDue,
};

;// CONCATENATED MODULE: ./lib/cli/commands/key-sign.js
/**
 * `coffer key sign` and `key verify`. Key Vault signs a digest, never the message: with --file
 * the CLI hashes the file here, streaming, with the algorithm's hash (…256 and ES256K: SHA-256,
 * …384: SHA-384, …512: SHA-512), so an artifact of any size costs the vault 32-64 bytes; with
 * --digest the caller has hashed it. Signatures are JOSE's: RSA as is, ECDSA as r‖s (not DER).
 */







/** An RSA-4096 signature is 512 bytes, 683 as base64url; anything far larger is not a signature. */
const MAX_SIGNATURE_FILE_BYTES = 4096;
/** Checks --file/--digest against the algorithm before anything is read or asked. */
function digestSource(args, io, alg, command) {
    const file = args.string('file');
    const digest = base64urlOption(args, 'digest', command);
    if ((file === undefined) === (digest === undefined)) {
        throw new cli_error/* UsageError */.eb('Give --file F (coffer hashes it) or --digest B64URL (a digest you made), one of them.', command);
    }
    if (digest === undefined)
        return { kind: 'file', path: (0,external_node_path_.resolve)(io.cwd, file ?? '') };
    const hash = hashOf(alg);
    if (digest.length !== HASH_BYTES[hash]) {
        throw new cli_error/* UsageError */.eb(`--digest for ${alg} must be ${HASH_BYTES[hash]} bytes (${hash.toUpperCase()}), got ${digest.length}.`, command);
    }
    return { kind: 'digest', digest };
}
async function digestOf(source, alg) {
    return source.kind === 'digest' ? source.digest : hashFile(source.path, hashOf(alg));
}
async function signWithKey(args, io) {
    const command = 'key sign';
    const name = args.positional(0);
    const alg = signatureAlgorithm(args, command);
    const source = digestSource(args, io, alg, command);
    const mode = outputMode(args, command);
    const digest = await digestOf(source, alg);
    const version = args.string('version');
    await deliver(io, mode, { what: 'signature', stdoutAs: 'base64url' }, () => withVault(args, io, (vault) => vault.sign(name, version, alg, digest)));
}
/**
 * A signature file as `key sign --out` writes it (raw bytes) or as it prints it (base64url
 * text, one trailing newline allowed). A raw signature that happened to be valid base64url
 * text would need every one of its 64+ bytes to fall in 64 of 256 values: it does not happen.
 */
function signatureBytes(file) {
    const text = file.toString('latin1').replace(/\r?\n$/, '');
    return decodeBase64url(text) ?? file;
}
async function verifyWithKey(args, io) {
    const command = 'key verify';
    const name = args.positional(0);
    const alg = signatureAlgorithm(args, command);
    const source = digestSource(args, io, alg, command);
    const signatureFile = args.string('signature');
    if (signatureFile === undefined)
        throw new cli_error/* UsageError */.eb(`'coffer ${command}' needs --signature SIGFILE.`, command);
    const signature = signatureBytes((0,files/* readSmallFile */.EW)((0,external_node_path_.resolve)(io.cwd, signatureFile), MAX_SIGNATURE_FILE_BYTES, 'Signature file'));
    const digest = await digestOf(source, alg);
    const result = await withVault(args, io, (vault) => vault.verify(name, args.string('version'), alg, digest, signature));
    io.writeOut(args.flag('json') ? renderJson({ keyId: result.keyId, algorithm: result.algorithm, valid: result.valid }) : `${result.valid ? 'valid' : 'invalid'}\n`);
    if (!result.valid)
        throw new cli_error/* CliError */.z1('SignatureInvalid', `The signature is not a valid ${alg} signature of this digest by ${result.keyId}.`);
}
const DIGEST_DETAILS = [
    '--alg A               RS256, RS384, RS512, PS256, PS384, PS512 (RSA keys); ES256 (P-256), ES384 (P-384),',
    '                      ES512 (P-521), ES256K (P-256K)',
    '--file F              hash file F here, streaming, with the algorithm\'s hash (…256 and ES256K: SHA-256,',
    '                      …384: SHA-384, …512: SHA-512); F may be of any size',
    '--digest B64URL       or give the digest itself, base64url without padding, of the hash\'s length',
    '--version V           the key version to use (default: the latest)',
];
const keySignCommand = {
    name: 'key sign',
    synopsis: 'key sign NAME --alg A (--file F | --digest B64URL) [--version V] [--out SIG | --json]',
    summary: 'Sign a file\'s digest with a key: base64url on stdout, or raw bytes into --out.',
    details: [
        ...DIGEST_DETAILS,
        '--out SIG             write the raw signature (RSA: the modulus size; EC: r‖s) to SIG (created, mode 0600)',
        '--json                print {keyId, algorithm, result} with the signature base64url in result',
    ],
    options: {
        alg: { type: 'string' }, file: { type: 'string' }, digest: { type: 'string' }, version: { type: 'string' },
        out: { type: 'string' }, json: { type: 'boolean' },
    },
    positionals: ['NAME'],
    run: signWithKey,
};
const keyVerifyCommand = {
    name: 'key verify',
    synopsis: 'key verify NAME --alg A (--file F | --digest B64URL) --signature SIGFILE [--version V] [--json]',
    summary: 'Check a signature: print valid (exit 0) or invalid (exit 1).',
    details: [
        ...DIGEST_DETAILS,
        '--signature SIGFILE   the signature: raw bytes (as key sign --out writes) or base64url text (as it prints)',
        '--json                print {keyId, algorithm, valid}',
    ],
    options: {
        alg: { type: 'string' }, file: { type: 'string' }, digest: { type: 'string' }, version: { type: 'string' },
        signature: { type: 'string' }, json: { type: 'boolean' },
    },
    positionals: ['NAME'],
    run: verifyWithKey,
};

;// CONCATENATED MODULE: ./lib/cli/commands/key-write.js
/**
 * `coffer key create`, `key import` and `key update`: a new key (or a new version of one)
 * made in the vault or taken from a JWK or PEM file, and new properties for a version. An
 * imported file holds private key material: it is read once, handed to the vault, and never
 * quoted — the core's refusals name fields and sizes, not values.
 */








/** A JWK or PEM private key is a few KiB; the vault refuses more than 64 KiB of either. */
const MAX_KEY_FILE_BYTES = 64 * 1024;
async function createKey(args, io) {
    const name = args.positional(0);
    const spec = parseKeySpec(args, 'key create');
    const options = createOptions(args, 'key create');
    const key = await withVault(args, io, (vault) => vault.createKey(name, spec, options));
    io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Created key ${key.name} version ${key.properties.version}\n`);
}
function keyMaterial(args, io) {
    const jwk = args.string('jwk');
    const pem = args.string('pem');
    if ((jwk === undefined) === (pem === undefined))
        throw new cli_error/* UsageError */.eb('Give the key with --jwk FILE or --pem FILE (one of them).', 'key import');
    const path = (0,external_node_path_.resolve)(io.cwd, jwk ?? pem ?? '');
    const text = (0,files/* decodeUtf8 */._6)((0,files/* readSmallFile */.EW)(path, MAX_KEY_FILE_BYTES, 'Key file'), 'The key file');
    return jwk === undefined ? { pem: text } : { jwk: text };
}
async function importKey(args, io) {
    const name = args.positional(0);
    const options = createOptions(args, 'key import');
    const material = keyMaterial(args, io);
    const key = await withVault(args, io, (vault) => vault.importKey(name, material, options));
    io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Imported key ${key.name} version ${key.properties.version}\n`);
}
function key_write_updateOptions(args) {
    const command = 'key update';
    const enabled = args.string('enabled');
    const expires = args.string('expires');
    const notBefore = args.string('not-before');
    const ops = args.string('ops');
    const tags = args.strings('tag');
    return {
        ...(enabled === undefined ? {} : { enabled: parseBoolean(enabled, '--enabled', command) }),
        ...(expires === undefined ? {} : { expiresOn: parseDateOrNone(expires, '--expires', command) }),
        ...(notBefore === undefined ? {} : { notBefore: parseDateOrNone(notBefore, '--not-before', command) }),
        ...(ops === undefined ? {} : { keyOperations: parseOperations(ops, command) }),
        ...(tags.length === 0 ? {} : { tags: parseTags(tags, command) }),
    };
}
async function updateKey(args, io) {
    const name = args.positional(0);
    const options = key_write_updateOptions(args);
    if (Object.keys(options).length === 0) {
        throw new cli_error/* UsageError */.eb('Nothing to update: give --enabled, --expires, --not-before, --ops or --tag.', 'key update');
    }
    const key = await withVault(args, io, (vault) => vault.updateKeyProperties(name, args.string('version'), options));
    io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Updated key ${key.name} version ${key.properties.version}\n`);
}
const NEW_KEY_OPTIONS = {
    ops: { type: 'string' },
    exportable: { type: 'boolean' },
    disabled: { type: 'boolean' },
    expires: { type: 'string' },
    'not-before': { type: 'string' },
    tag: { type: 'string', multiple: true },
    json: { type: 'boolean' },
};
const OPS_DETAIL = '--ops LIST            permitted operations, comma-separated: sign, verify, encrypt, decrypt, wrapKey, unwrapKey';
const NEW_KEY_DETAILS = [
    OPS_DETAIL,
    '                      (default: RSA all six; EC sign,verify; oct encrypt,decrypt,wrapKey,unwrapKey)',
    '--exportable          mark the key exportable (its private key may leave the vault later)',
    '--disabled            store the version disabled (it cannot be used until enabled)',
    '--expires ISO         expiry date, ISO 8601 (2026-01-31 or 2026-01-31T12:00:00Z)',
    '--not-before ISO      date before which the version cannot be used, ISO 8601',
    '--tag K=V             a tag; repeat for more (at most 15)',
    '--json                print the key (public parts only) as JSON',
];
const keyCreateCommand = {
    name: 'key create',
    synopsis: 'key create NAME --kty RSA|EC|oct [--size N] [--curve C] [--ops LIST] [--exportable] [--disabled] [--expires ISO] [--not-before ISO] [--tag K=V]... [--json]',
    summary: 'Generate a new key (or a new version of one) inside the vault.',
    details: [
        '--kty RSA|EC|oct      the key type',
        '--size N              RSA: 2048 (default), 3072 or 4096 bits; oct: 128, 192 or 256 (default) bits',
        '--curve C             EC: P-256 (default), P-384, P-521 or P-256K',
        ...NEW_KEY_DETAILS,
    ],
    options: { ...NEW_KEY_OPTIONS, kty: { type: 'string' }, size: { type: 'string' }, curve: { type: 'string' } },
    positionals: ['NAME'],
    run: createKey,
};
const keyImportCommand = {
    name: 'key import',
    synopsis: 'key import NAME (--jwk FILE | --pem FILE) [--ops LIST] [--exportable] [--disabled] [--expires ISO] [--not-before ISO] [--tag K=V]... [--json]',
    summary: 'Import a private key made elsewhere (JWK or unencrypted PEM) as a new key version.',
    details: [
        '--jwk FILE            a private JWK (RSA with all CRT parts, EC, or oct), at most 64 KiB',
        '--pem FILE            an unencrypted PEM private key (PKCS#8, PKCS#1 or SEC1), at most 64 KiB',
        ...NEW_KEY_DETAILS,
    ],
    options: { ...NEW_KEY_OPTIONS, jwk: { type: 'string' }, pem: { type: 'string' } },
    positionals: ['NAME'],
    run: importKey,
};
const keyUpdateCommand = {
    name: 'key update',
    synopsis: 'key update NAME [--version V] [--enabled true|false] [--expires ISO|none] [--not-before ISO|none] [--ops LIST] [--tag K=V]... [--json]',
    summary: 'Change the properties of a key version (the latest unless --version); never its material.',
    details: [
        '--version V           the version to change (default: the latest)',
        '--enabled true|false  enable or disable the version',
        '--expires ISO|none    new expiry date, ISO 8601; none removes it',
        '--not-before ISO|none new not-before date, ISO 8601; none removes it',
        OPS_DETAIL,
        '--tag K=V             replaces all of the version\'s tags; repeat for more',
        '--json                print the key (public parts only) as JSON',
    ],
    options: {
        version: { type: 'string' }, enabled: { type: 'string' }, expires: { type: 'string' }, 'not-before': { type: 'string' },
        ops: { type: 'string' }, tag: { type: 'string', multiple: true }, json: { type: 'boolean' },
    },
    positionals: ['NAME'],
    run: updateKey,
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
    if ((0,external_node_fs_.existsSync)(path))
        return (0,key_source/* readKeyFile */.ml)(path);
    const key = master_key/* MasterKey */.e.generate();
    (0,files/* writeNewFile */.S0)(path, `${key.toBase64()}\n`);
    return key;
}
async function rekey(args, io) {
    const given = args.string('new-key-file');
    if (given === undefined)
        throw new cli_error/* UsageError */.eb('\'coffer rekey\' needs --new-key-file PATH.', 'rekey');
    const oldKey = masterKeyFor(args, io);
    await withVault(args, io, async (vault) => {
        // Opening the vault first proves the old key before any new key file is made.
        const newKey = newKeyAt((0,external_node_path_.resolve)(io.cwd, given));
        if (newKey.id === oldKey.id)
            throw new cli_error/* CliError */.z1('SameKey', `The key in ${(0,files/* quotePath */.WG)(given)} is the vault's current master key; nothing was changed.`);
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

// EXTERNAL MODULE: ./lib/cli/data-dir-key.js
var data_dir_key = __nccwpck_require__(804);
// EXTERNAL MODULE: ./lib/server/data-dir-paths.js
var data_dir_paths = __nccwpck_require__(3884);
;// CONCATENATED MODULE: ./lib/cli/commands/serve-setup.js
/**
 * What `coffer serve` puts together, loaded on demand (`serverFactories()`), so that the other
 * commands never load the server's TLS, JWT and X.509 code.
 */

/** GitHub Actions' OIDC issuer, the default when an audience turns OIDC on. */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
async function serverFactories() {
    const [{ parseListen, startServer }, { AccessFile }, auth, oidc, { vaultTokenAudience }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(549), __nccwpck_require__.e(631), __nccwpck_require__.e(394), __nccwpck_require__.e(160), __nccwpck_require__.e(734), __nccwpck_require__.e(129)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7129)), __nccwpck_require__.e(/* import() */ 160).then(__nccwpck_require__.bind(__nccwpck_require__, 9160)), Promise.all(/* import() */[__nccwpck_require__.e(90), __nccwpck_require__.e(740)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5740)),
        Promise.all(/* import() */[__nccwpck_require__.e(90), __nccwpck_require__.e(621)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2621)), Promise.all(/* import() */[__nccwpck_require__.e(90), __nccwpck_require__.e(898)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4898)),
    ]);
    const oidcSettings = (settings) => {
        if (settings.audience === undefined) {
            if (settings.issuer !== undefined || settings.jwks !== undefined) {
                throw new errors/* BadParameterError */.lh('--oidc-issuer and --oidc-jwks need --oidc-audience: the audience your workflows ask their ID token for.');
            }
            return undefined;
        }
        const issuer = settings.issuer ?? GITHUB_ISSUER;
        const jwks = settings.jwks;
        const keys = jwks === undefined ? oidc.remoteKeySet(new URL(`${issuer.replace(/\/$/, '')}/.well-known/jwks`))
            : jwks.startsWith('https://') ? oidc.remoteKeySet(new URL(jwks)) : oidc.localKeySetFile(jwks);
        return { issuer, audience: settings.audience, keys };
    };
    const authenticatorFor = (settings) => {
        const oidcConfig = oidcSettings(settings);
        const adminToken = settings.adminToken;
        return (dataDir, access) => new auth.Authenticator({
            access: access ?? AccessFile.load(dataDir.paths.access, dataDir.accessMacKey),
            vaultTokens: { key: dataDir.tokenKey, audience: vaultTokenAudience(dataDir.vault.vaultId) },
            ...(adminToken === undefined || adminToken === '' ? {} : { adminToken }),
            ...(oidcConfig === undefined ? {} : { oidc: oidcConfig }),
        });
    };
    return { parseListen, startServer, authenticatorFor };
}

;// CONCATENATED MODULE: ./lib/cli/commands/serve.js
/**
 * `coffer serve`: the Azure Key Vault–compatible HTTPS server over the data dir's vault. It
 * runs until SIGINT or SIGTERM, then drains requests being answered and closes the vault.
 */






async function serve(args, io) {
    // The server's code (TLS, JWT, X.509) loads only for this command: other commands start faster.
    const { parseListen, startServer, authenticatorFor } = await serverFactories();
    const { host, port } = parseListen(args.string('listen') ?? '127.0.0.1:8443');
    const dir = args.string('data-dir') ?? data_dir_paths/* DEFAULT_DATA_DIR */.T;
    const paths = (0,data_dir_paths/* dataDirPaths */.Y)(dir, io.cwd);
    const certFile = args.string('tls-cert');
    const keyFile = args.string('tls-key');
    if ((certFile === undefined) !== (keyFile === undefined))
        throw new errors/* BadParameterError */.lh('--tls-cert and --tls-key go together: give both or neither.');
    const authenticator = authenticatorFor({
        audience: args.string('oidc-audience'), issuer: args.string('oidc-issuer'), jwks: args.string('oidc-jwks'), adminToken: io.env.COFFER_ADMIN_TOKEN,
    });
    const { key, created } = (0,data_dir_key/* dataDirKey */.l)(args, io, paths, true);
    if (created !== undefined)
        io.writeErr(`coffer: created master key ${(0,files/* quotePath */.WG)(created)} (mode 0600): keep a copy somewhere safe; without it the vault cannot be opened.\n`);
    const store = args.string('store');
    const resource = args.string('resource');
    const running = await startServer({
        dataDir: dir, masterKey: key, principal: (0,caller/* callerPrincipal */.M)(io.env), host, port, cwd: io.cwd, authenticator,
        names: args.strings('name'), ...(store === undefined ? {} : { store }), ...(resource === undefined ? {} : { resource }),
        ...(certFile === undefined || keyFile === undefined ? {} : { tlsCertFile: certFile, tlsKeyFile: keyFile }),
        log: (line) => { io.writeErr(`${new Date().toISOString()} ${line}\n`); },
    });
    io.writeOut(`Coffer vault at ${running.url} (store ${running.dataDir.store}).\n`);
    if (running.caPath !== undefined)
        io.writeOut(`Its TLS certificate is signed by the CA in ${(0,files/* quotePath */.WG)(running.caPath)}: give clients NODE_EXTRA_CA_CERTS=${(0,files/* quotePath */.WG)(running.caPath)}.\n`);
    if ((io.env.COFFER_ADMIN_TOKEN ?? '') === '')
        io.writeOut('No COFFER_ADMIN_TOKEN is set: callers need a token from `coffer token create` or a GitHub OIDC token that a role assignment matches.\n');
    io.writeOut('Press Ctrl-C to stop.\n');
    await new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            io.writeErr('coffer: stopping: finishing requests in progress…\n');
            void running.stop().finally(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
    io.writeOut('Stopped.\n');
}
const serveCommand = {
    name: 'serve',
    synopsis: 'serve [--listen HOST:PORT] [--store sqlite:PATH|file:PATH] [--data-dir DIR] [--name HOST]... [--resource URL] [--oidc-audience AUD [--oidc-issuer URL] [--oidc-jwks URL|FILE]] [--tls-cert FILE --tls-key FILE]',
    summary: 'Serve the vault over HTTPS with the Azure Key Vault REST API.',
    details: [
        '--listen HOST:PORT    where to listen (default 127.0.0.1:8443; port 0 picks a free one)',
        `--data-dir DIR        the server's state: master key, vault.db, access.json, TLS (default ${data_dir_paths/* DEFAULT_DATA_DIR */.T})`,
        '--store LOCATION      sqlite:PATH or file:PATH instead of DIR/vault.db',
        '--name HOST           another host name clients use (the certificate names it); repeatable',
        '--resource URL        the challenge resource (default https://localhost; see README)',
        '--oidc-audience AUD   accept GitHub Actions OIDC tokens with this audience',
        '--oidc-issuer URL     their issuer (default https://token.actions.githubusercontent.com)',
        '--oidc-jwks URL|FILE  the issuer keys: a URL, or a local JWKS file for air-gapped use',
        '--tls-cert/--tls-key  serve this certificate instead of the server\'s own',
        'The master key: COFFER_KEY, --key-file or COFFER_KEY_FILE, else DIR/master.key (created on first start).',
        'COFFER_ADMIN_TOKEN (32+ characters) is a bootstrap bearer token with the Administrator role.',
    ],
    options: {
        listen: { type: 'string' }, 'data-dir': { type: 'string' }, store: { type: 'string' }, name: { type: 'string', multiple: true },
        resource: { type: 'string' }, 'oidc-audience': { type: 'string' }, 'oidc-issuer': { type: 'string' }, 'oidc-jwks': { type: 'string' },
        'tls-cert': { type: 'string' }, 'tls-key': { type: 'string' },
    },
    positionals: [],
    run: serve,
};

// EXTERNAL MODULE: ./lib/core/access/assignments.js
var assignments = __nccwpck_require__(3692);
// EXTERNAL MODULE: ./lib/cli/commands/data-dir-options.js
var data_dir_options = __nccwpck_require__(3304);
;// CONCATENATED MODULE: ./lib/cli/commands/role.js




/** `--server URL` works on a running server over HTTPS; otherwise on the data dir. */
const SERVER_OPTION = { ...data_dir_options/* DATA_DIR_OPTION */.xt, server: { type: 'string' }, ca: { type: 'string' } };
const SERVER_DETAIL = '--server URL          a running server instead of the data dir (token in COFFER_TOKEN; --ca FILE its CA)';
async function withRoles(args, io, work) {
    const server = args.string('server');
    // Each way in loads only its own code (an HTTPS client, or the data dir's vault).
    if (server !== undefined)
        return work((await __nccwpck_require__.e(/* import() */ 732).then(__nccwpck_require__.bind(__nccwpck_require__, 732))).remoteRoles(server, io, args.string('ca')));
    const { withAccess } = await (0,data_dir_options/* accessContext */.Kt)();
    return withAccess(args, io, ({ access, context }) => work({
        list: () => Promise.resolve(access.assignments),
        assign: (input) => access.assign(input, context),
        remove: (id) => access.remove(id, context),
    }));
}
/** Option → claim: each given option adds one condition. */
const CONDITIONS = [
    ['repository', 'repository'], ['repository-id', 'repository_id'], ['owner-id', 'repository_owner_id'], ['ref', 'ref'],
    ['environment', 'environment'], ['event', 'event_name'], ['workflow-ref', 'job_workflow_ref'], ['principal', 'principal'],
];
/** The assignment as the command line describes it; parseRoleAssignment (in AccessFile.assign) validates it. */
function assignmentInput(args) {
    const principal = {};
    for (const [option, claim] of CONDITIONS) {
        const value = args.string(option);
        if (value !== undefined)
            principal[claim] = value;
    }
    const events = args.strings('allow-event');
    const allow = {
        ...(events.length === 0 ? {} : { events }),
        ...(args.flag('allow-self-hosted') ? { runnerEnvironment: ['self-hosted'] } : {}),
    };
    return {
        principal, role: args.string('role'), scope: args.string('scope') ?? '/',
        ...(Object.keys(allow).length === 0 ? {} : { allow }),
    };
}
function describeMatch(match) {
    return Object.entries(match).map(([claim, value]) => `${claim}=${value}`).join(' ');
}
function describeAllow(assignment) {
    const allow = [...(assignment.allow?.events ?? []), ...(assignment.allow?.runnerEnvironment ?? [])];
    return allow.length === 0 ? '-' : allow.join(',');
}
async function role_assign(args, io) {
    if (args.string('role') === undefined)
        throw new cli_error/* UsageError */.eb('--role is required.', 'role assign');
    const made = await withRoles(args, io, (roles) => roles.assign(assignmentInput(args)));
    for (const warning of (0,assignments/* assignmentWarnings */.j1)(made))
        io.writeErr(`coffer: warning: ${warning}\n`);
    io.writeOut(args.flag('json') ? renderJson(made) : `${made.id}\n`);
}
async function list(args, io) {
    const assignments = await withRoles(args, io, (roles) => roles.list());
    if (args.flag('json')) {
        io.writeOut(renderJson(assignments));
        return;
    }
    if (assignments.length === 0) {
        io.writeOut('No role assignments.\n');
        return;
    }
    const rows = assignments.map((a) => [a.id, a.role, a.scope, describeMatch(a.principal), describeAllow(a), a.created]);
    io.writeOut(renderTable(['ID', 'ROLE', 'SCOPE', 'MATCH', 'ALLOW', 'CREATED'], rows));
}
async function remove(args, io) {
    const removed = await withRoles(args, io, (roles) => roles.remove(args.positional(0)));
    io.writeOut(`Removed ${removed.id} (${removed.role} on ${removed.scope}).\n`);
}
const roleAssignCommand = {
    name: 'role assign',
    synopsis: 'role assign --role ROLE [--scope S] [--repository O/R --repository-id N] [--owner-id N] [--ref REF] [--environment E] [--event E] [--workflow-ref W] [--principal P] [--allow-event E]... [--allow-self-hosted] [--data-dir DIR | --server URL [--ca FILE]] [--json]',
    summary: 'Grant a role to the workflows (or principal) whose claims match.',
    details: [
        '--role ROLE           a built-in role: Administrator, Reader, Secrets Officer, Secrets User, …',
        '--scope S             /, /secrets, /keys, /certificates, /secrets/NAME or /secrets/PREFIX-* (default /)',
        '--repository O/R      the repository; a * in the name matches 0-9 A-Z a-z _ . only (write app-* for app-x)',
        '--repository-id N     the repository\'s numeric id: a recreated repository with the same name gets another',
        '--owner-id N          the owner\'s numeric id',
        '--ref REF             e.g. refs/heads/main;  --environment E  a deployment environment',
        '--event E             the triggering event;  --workflow-ref W  the job_workflow_ref claim',
        '--principal P         an exact principal name (a vault token\'s subject)',
        '--allow-event E       let pull_request_target or workflow_run runs use a privileged role (repeatable)',
        '--allow-self-hosted   let self-hosted runners use a privileged role',
        data_dir_options/* DATA_DIR_DETAIL */.XQ,
        SERVER_DETAIL,
    ],
    options: {
        ...SERVER_OPTION, role: { type: 'string' }, scope: { type: 'string' }, repository: { type: 'string' }, 'repository-id': { type: 'string' },
        'owner-id': { type: 'string' }, ref: { type: 'string' }, environment: { type: 'string' }, event: { type: 'string' },
        'workflow-ref': { type: 'string' }, principal: { type: 'string' }, 'allow-event': { type: 'string', multiple: true },
        'allow-self-hosted': { type: 'boolean' }, json: { type: 'boolean' },
    },
    positionals: [],
    run: role_assign,
};
const roleListCommand = {
    name: 'role list',
    synopsis: 'role list [--data-dir DIR | --server URL [--ca FILE]] [--json]',
    summary: 'List the server\'s role assignments.',
    details: ['--json                print them as JSON', data_dir_options/* DATA_DIR_DETAIL */.XQ, SERVER_DETAIL],
    options: { ...SERVER_OPTION, json: { type: 'boolean' } },
    positionals: [],
    run: list,
};
const roleRemoveCommand = {
    name: 'role remove',
    synopsis: 'role remove ID [--data-dir DIR | --server URL [--ca FILE]]',
    summary: 'Remove a role assignment by its id.',
    details: [data_dir_options/* DATA_DIR_DETAIL */.XQ, SERVER_DETAIL],
    options: SERVER_OPTION,
    positionals: ['ID'],
    run: remove,
};

;// CONCATENATED MODULE: ./lib/cli/commands/token.js
/**
 * `coffer token create | revoke`: the server's own short-lived bearer tokens. `create` prints
 * the token and nothing else on stdout (so `$(coffer token create …)` works); it is a
 * credential, so it never goes to stderr or the audit log — only its id (jti) does.
 */






const UNITS = { s: 1, m: 60, h: 3600 };
/** `15m`, `2h`, `900s` or `900` (seconds) → seconds; the range is checked by mintToken. */
function parseTtl(text) {
    const match = /^(\d{1,6})([smh]?)$/.exec(text);
    if (match === null)
        throw new errors/* BadParameterError */.lh(`Invalid --ttl ${(0,errors/* quote */.hD)(text)}: expected a duration such as 15m, 2h or 900s (at most 24h).`);
    return Number(match[1]) * (UNITS[match[2] === '' ? 's' : (match[2] ?? 's')] ?? 1);
}
async function create(args, io) {
    const name = args.string('principal');
    const role = args.string('role');
    if (name === undefined || role === undefined)
        throw new cli_error/* UsageError */.eb('--principal and --role are required.', 'token create');
    const ttl = args.string('ttl');
    const scope = args.string('scope');
    // jose loads only for this command.
    const { mintToken, vaultTokenAudience } = await Promise.all(/* import() */[__nccwpck_require__.e(90), __nccwpck_require__.e(898)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4898));
    const { withAccess } = await (0,data_dir_options/* accessContext */.Kt)();
    const minted = await withAccess(args, io, async ({ dataDir, context }) => {
        const started = io.now();
        const token = await mintToken({
            principal: name, role, audience: vaultTokenAudience(dataDir.vault.vaultId),
            ...(scope === undefined ? {} : { scope }),
            ...(ttl === undefined ? {} : { ttlSeconds: parseTtl(ttl) }),
        }, dataDir.tokenKey, started, external_node_crypto_.randomBytes);
        // Fail closed: a token whose issue is not on record is not handed out.
        await context.record({
            operationName: 'TokenCreate', who: context.who, started, id: `/tokens/${token.jti}`,
            extra: { principal: name, role, scope: scope ?? '/', expires: token.expires.toISOString() },
        });
        return token;
    });
    io.writeOut(args.flag('json') ? renderJson({ token: minted.token, jti: minted.jti, expires: minted.expires.toISOString() }) : `${minted.token}\n`);
}
async function revoke(args, io) {
    const jti = args.positional(0);
    const given = args.string('expires');
    // Without --expires, cover the longest a vault token can live (24 h) plus clock skew.
    const expires = given === undefined ? new Date(io.now().getTime() + (24 * 3600 + 60) * 1000) : parseIsoDate(given, '--expires', 'token revoke');
    const { withAccess } = await (0,data_dir_options/* accessContext */.Kt)();
    await withAccess(args, io, ({ access, context }) => access.revoke(jti, expires, context));
    io.writeOut(`Revoked ${jti} until ${expires.toISOString()}.\n`);
}
const tokenCreateCommand = {
    name: 'token create',
    synopsis: 'token create --principal NAME --role ROLE [--scope S] [--ttl 15m] [--data-dir DIR] [--json]',
    summary: 'Print a bearer token for the server granting one role over one scope.',
    details: [
        '--principal NAME      who the token names in the audit log',
        '--role ROLE           a built-in role;  --scope S  as for role assign (default /)',
        '--ttl D               lifetime: 15m (default), 2h, 900s; at most 24h',
        '--json                print { token, jti, expires }',
        data_dir_options/* DATA_DIR_DETAIL */.XQ,
    ],
    options: { ...data_dir_options/* DATA_DIR_OPTION */.xt, principal: { type: 'string' }, role: { type: 'string' }, scope: { type: 'string' }, ttl: { type: 'string' }, json: { type: 'boolean' } },
    positionals: [],
    run: create,
};
const tokenRevokeCommand = {
    name: 'token revoke',
    synopsis: 'token revoke JTI [--expires ISO] [--data-dir DIR]',
    summary: 'Refuse a token (by its jti) from now on.',
    details: ['--expires ISO         when the token expires anyway (default: 24 hours from now)', data_dir_options/* DATA_DIR_DETAIL */.XQ],
    options: { ...data_dir_options/* DATA_DIR_OPTION */.xt, expires: { type: 'string' } },
    positionals: ['JTI'],
    run: revoke,
};

;// CONCATENATED MODULE: ./lib/cli/commands/secret-lifecycle.js


async function deleteSecret(args, io) {
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
async function backupSecret(args, io) {
    const name = args.positional(0);
    const out = await writeBackup(args, io, () => withVault(args, io, (vault) => vault.backupSecret(name)));
    if (out !== undefined)
        io.writeOut(`Backed up secret ${name} to ${out}.\n`);
}
async function restoreSecret(args, io) {
    const blob = await readBackup(args, io);
    const p = await withVault(args, io, (vault) => vault.restoreSecretBackup(blob));
    io.writeOut(`Restored secret ${p.name} (latest version ${p.version}).\n`);
}
const secret_lifecycle_nameCommand = (name, summary, run) => ({ name: `secret ${name}`, synopsis: `secret ${name} NAME`, summary, details: [], options: {}, positionals: ['NAME'], run });
const secretDeleteCommand = secret_lifecycle_nameCommand('delete', 'Delete a secret (soft: recoverable until its purge date).', deleteSecret);
const secretRecoverCommand = secret_lifecycle_nameCommand('recover', 'Recover a deleted secret, all its versions.', recoverSecret);
const secretPurgeCommand = secret_lifecycle_nameCommand('purge', 'Remove a deleted secret for good.', purgeSecret);
const secretBackupCommand = {
    name: 'secret backup',
    synopsis: 'secret backup NAME [--out FILE]',
    summary: 'Write a sealed backup of a secret, every version; it restores only into this vault.',
    details: ['--out FILE            write the backup to FILE (created, mode 0600) instead of stdout'],
    options: { out: { type: 'string' } },
    positionals: ['NAME'],
    run: backupSecret,
};
const secretRestoreCommand = {
    name: 'secret restore',
    synopsis: 'secret restore [--file FILE]',
    summary: 'Restore a secret from a backup (refused if the name exists, deleted or not).',
    details: ['--file FILE           read the backup from FILE instead of stdin'],
    options: { file: { type: 'string' } },
    positionals: [],
    run: restoreSecret,
};

;// CONCATENATED MODULE: ./lib/cli/commands/secret-read.js


/**
 * Prints the value exactly as stored, so that `$(coffer secret get x)` and `> file` round-trip
 * byte for byte; only a terminal gets a newline, for the prompt's sake.
 */
async function getSecret(args, io) {
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
async function listSecrets(args, io) {
    const list = await withVault(args, io, (vault) => vault.listPropertiesOfSecrets());
    io.writeOut(args.flag('json') ? renderJson(list.map(propertiesJson)) : propertiesTable(list, io.now(), 'No secrets.'));
}
async function secret_read_listVersions(args, io) {
    const list = await withVault(args, io, (vault) => vault.listPropertiesOfSecretVersions(args.positional(0)));
    io.writeOut(args.flag('json') ? renderJson(list.map(propertiesJson)) : propertiesTable(list, io.now(), 'No versions.'));
}
async function secret_read_listDeleted(args, io) {
    const list = await withVault(args, io, (vault) => vault.listDeletedSecrets());
    io.writeOut(args.flag('json') ? renderJson(list.map(deletedJson)) : deletedTable(list, io.now()));
}
const secret_read_JSON_OPTION = { json: { type: 'boolean' } };
const secretGetCommand = {
    name: 'secret get',
    synopsis: 'secret get NAME [--version V] [--json]',
    summary: 'Print a secret\'s value (the latest version unless --version).',
    details: [
        '--version V           the version to read (default: the latest)',
        '--json                print the whole bundle, value and properties, as JSON',
    ],
    options: { ...secret_read_JSON_OPTION, version: { type: 'string' } },
    positionals: ['NAME'],
    run: getSecret,
};
const secretListCommand = {
    name: 'secret list',
    synopsis: 'secret list [--json]',
    summary: 'List secrets: the latest version\'s properties of each, no values.',
    details: ['--json                print a JSON array of properties'],
    options: secret_read_JSON_OPTION,
    positionals: [],
    run: listSecrets,
};
const secretVersionsCommand = {
    name: 'secret versions',
    synopsis: 'secret versions NAME [--json]',
    summary: 'List every version of a secret, oldest first, no values.',
    details: ['--json                print a JSON array of properties'],
    options: secret_read_JSON_OPTION,
    positionals: ['NAME'],
    run: secret_read_listVersions,
};
const secretDeletedCommand = {
    name: 'secret deleted',
    synopsis: 'secret deleted [--json]',
    summary: 'List deleted secrets that can still be recovered or purged.',
    details: ['--json                print a JSON array of deleted secrets'],
    options: secret_read_JSON_OPTION,
    positionals: [],
    run: secret_read_listDeleted,
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
        throw new cli_error/* UsageError */.eb('Give the value with --value or --file, not both.', 'secret set');
    if (file !== undefined)
        return { kind: 'file', path: (0,external_node_path_.resolve)(io.cwd, file) };
    return inline === undefined ? { kind: 'stdin' } : { kind: 'inline', value: inline };
}
async function readValue(source, io) {
    const max = names/* LIMITS */.b1.secretValueBytes;
    switch (source.kind) {
        case 'inline':
            io.writeErr('coffer: warning: a value given with --value can leak into shell history and process lists; prefer --file F or stdin.\n');
            return source.value;
        case 'file':
            return (0,files/* decodeUtf8 */._6)((0,files/* readSmallFile */.EW)(source.path, max, 'Value file'), 'The value file');
        case 'stdin': {
            if (io.stdinIsTTY)
                io.writeErr('coffer: reading the value from stdin; end it with Ctrl-D (it is stored exactly, newline included).\n');
            const bytes = await io.readStdin(max);
            if (bytes.length > max)
                throw new cli_error/* CliError */.z1('TooLarge', `The value on stdin is more than ${max} bytes (25 KiB), the limit for a secret value.`);
            // An empty stdin is more often a forgotten pipe (CI gives /dev/null) than an intended empty value.
            if (bytes.length === 0)
                io.writeErr('coffer: warning: the value read from stdin is empty.\n');
            return (0,files/* decodeUtf8 */._6)(bytes, 'The value on stdin');
        }
    }
}
async function setSecret(args, io) {
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
        throw new cli_error/* UsageError */.eb('Nothing to update: give --enabled, --expires, --not-before, --content-type or --tag.', 'secret update');
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
    run: setSecret,
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
    keyCreateCommand,
    keyImportCommand,
    keyGetCommand,
    keyListCommand,
    keyVersionsCommand,
    keyUpdateCommand,
    keyDeleteCommand,
    keyRecoverCommand,
    keyPurgeCommand,
    keyDeletedCommand,
    keyBackupCommand,
    keyRestoreCommand,
    keyRotateCommand,
    keyRotationPolicyCommand,
    keyRotateIfDueCommand,
    keySignCommand,
    keyVerifyCommand,
    keyEncryptCommand,
    keyDecryptCommand,
    keyWrapCommand,
    keyUnwrapCommand,
    keyRandomCommand,
    certificateCreateCommand,
    certificateImportCommand,
    certificateGetCommand,
    certificateListCommand,
    certificateVersionsCommand,
    certificateUpdateCommand,
    certificatePendingCommand,
    certificateMergeCommand,
    certificateRenewCommand,
    certificateRenewIfDueCommand,
    certificateDeleteCommand,
    certificateRecoverCommand,
    certificatePurgeCommand,
    certificateDeletedCommand,
    certificateBackupCommand,
    certificateRestoreCommand,
    certificatePolicyGetCommand,
    certificatePolicySetCommand,
    certificateIssuerCreateCommand,
    certificateIssuerGetCommand,
    certificateIssuerListCommand,
    certificateIssuerUpdateCommand,
    certificateIssuerDeleteCommand,
    certificateContactsGetCommand,
    certificateContactsSetCommand,
    certificateContactsDeleteCommand,
    auditShowCommand,
    auditVerifyCommand,
    rekeyCommand,
    serveCommand,
    roleAssignCommand,
    roleListCommand,
    roleRemoveCommand,
    tokenCreateCommand,
    tokenRevokeCommand,
];
/**
 * Words that take a subcommand: `coffer secret …`, `coffer key …`, `coffer certificate …`,
 * `coffer audit …`, `coffer role …`, `coffer token …`; and the groups inside a group,
 * `coffer certificate issuer|policy|contacts …`.
 */
const GROUPS = [
    'secret', 'key', 'certificate', 'audit', 'role', 'token', 'certificate issuer', 'certificate policy', 'certificate contacts',
];

;// CONCATENATED MODULE: ./lib/cli/version.js
/**
 * The CLI's version. A constant rather than a read of package.json at run time: the bundle in
 * dist/cli/ has no package.json beside it, and reading one relative to the caller's working
 * folder could report some other package's version. test/cli checks it against package.json.
 */
const VERSION = '0.1.0';

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
    '  COFFER_PFX_PASSWORD   the PKCS#12 password of certificate import and get --format pfx, when neither',
    '                        --password-file nor --password is given (unlike --password, it does not show in ps)',
];
const EXIT_CODES = [
    'Exit codes: 0 success, 1 the operation failed (one line on stderr), 2 usage error.',
    '`coffer key verify` exits 1 for a signature that is not valid (after printing invalid).',
];
function commandList(commands) {
    const width = Math.max(...commands.map((c) => c.name.length));
    return commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
}
/** `coffer --help`. */
function mainHelp(commands) {
    return [
        `coffer ${VERSION}: a key vault for CI/CD pipelines.`,
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
        throw new cli_error/* UsageError */.eb('No help for that: there is no such command.');
    return commandHelp(command);
}
/** Splits argv into a command and its own words; help and version are answered as text. */
function run_select(argv) {
    const [first] = argv;
    if (first === undefined)
        throw new cli_error/* UsageError */.eb('No command given.');
    if (HELP_FLAGS.includes(first))
        return mainHelp(COMMANDS);
    if (first === 'help')
        return helpFor(argv.slice(1));
    if (first === '--version' || first === '-V' || first === 'version')
        return `${VERSION}\n`;
    if (!GROUPS.includes(first)) {
        const command = findCommand(first);
        // The word is not echoed: a value typed in the wrong place must not reach a log.
        if (command === undefined)
            throw new cli_error/* UsageError */.eb('Unknown command: run \'coffer --help\' for the list.');
        return { command, rest: argv.slice(1) };
    }
    return selectIn(first, argv.slice(1));
}
/** The command a group's next word names, or a group inside it (`certificate issuer`) and its next word. */
function selectIn(group, words) {
    const [word] = words;
    if (word === undefined)
        throw new cli_error/* UsageError */.eb(`'coffer ${group}' needs a command.`, group);
    if (HELP_FLAGS.includes(word))
        return groupHelp(group, COMMANDS);
    const name = `${group} ${word}`;
    if (GROUPS.includes(name))
        return selectIn(name, words.slice(1));
    const command = findCommand(name);
    if (command === undefined)
        throw new cli_error/* UsageError */.eb(`Unknown command under 'coffer ${group}'.`, group);
    return { command, rest: words.slice(1) };
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
    if ((0,errors/* isVaultError */.XQ)(error)) {
        const codes = error.innerCode === undefined || error.innerCode === error.code ? error.code : `${error.code}, ${error.innerCode}`;
        return `${error.message} (${codes})`;
    }
    if (error instanceof cli_error/* CliError */.z1)
        return `${error.message} (${error.code})`;
    const errno = (0,cli_error/* errnoOf */.UQ)(error);
    return `Unexpected error (${safeName(error)}${errno === undefined ? '' : `, ${errno}`}); its details are not shown since they could contain input. (InternalError)`;
}
const oneLine = (text) => text.replace(/[\r\n]+/g, ' ');
function run_report(error, io) {
    if (error instanceof cli_error/* UsageError */.eb) {
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

