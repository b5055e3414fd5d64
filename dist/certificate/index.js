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

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

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

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 3367:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ KEY_FILES_STATE),
/* harmony export */   UX: () => (/* binding */ deleteKeyFiles)
/* harmony export */ });
/* unused harmony export keyFilesToDelete */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6514);
/* harmony import */ var _runner_state_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(427);
/**
 * The certificate action's post step: deletes the private-key files (key file or PFX) the main
 * step wrote, from the paths it saved before writing them. It reads only saved state, never
 * inputs, and loads no certificate code. A saved path is taken only if it is absolute and ends
 * as the action names key files (`.key.pem`, `.pfx`); unlinking removes a link, not what it
 * points to, so a path replaced by a link since cannot carry the deletion elsewhere.
 */




/** The state under which main saves the private files' paths (a JSON list). */
const KEY_FILES_STATE = 'certificate-key-files';
/** The paths to delete, from saved state: anything but absolute key-file paths is ignored. */
function keyFilesToDelete(state) {
    return (0,_runner_state_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStateList */ .lc)(state, (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) && (path.endsWith('.key.pem') || path.endsWith('.pfx')));
}
/** Deletes one file; false when nothing was there. */
function remove(path, unlink) {
    try {
        unlink(path);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/** The post step: deletes each saved key file, warning (not failing) for one that cannot be deleted. */
function deleteKeyFiles(unlink = node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync) {
    for (const path of keyFilesToDelete(_runner_index_js__WEBPACK_IMPORTED_MODULE_2__/* .getState */ .Gu(KEY_FILES_STATE))) {
        try {
            _runner_index_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(remove(path, unlink) ? `Deleted ${path}.` : `${path} was already gone.`);
        }
        catch (error) {
            _runner_index_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Could not delete ${path}: ${error.code ?? 'error'}. It holds a private key; delete it yourself.`);
        }
    }
}


/***/ }),

/***/ 6647:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(872);
/** The certificate action's bundle entry (`main:` and `post:` in actions/certificate/action.yml). */

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/actions/env-names.js
var env_names = __nccwpck_require__(3745);
// EXTERNAL MODULE: ./lib/actions/masks.js
var masks = __nccwpck_require__(8022);
// EXTERNAL MODULE: ./lib/actions/runner/index.js + 5 modules
var actions_runner = __nccwpck_require__(6514);
;// CONCATENATED MODULE: ./lib/actions/deliver.js
/**
 * Delivery: the one place values leave the action. Masks are registered first, for every
 * value, each of its lines and its encodings (masks.ts); only then are files written,
 * variables exported and outputs set. The runner module writes GITHUB_ENV and GITHUB_OUTPUT in
 * the heredoc form with a random delimiter, so a value cannot forge another variable; names were
 * validated (env-names.ts) before any of this.
 */







/** Saved state the post step reads (post.ts). */
const deliver_STATE = {
    isPost: 'isPost',
    /** The folder of secret files to delete (only when cleanup-files is on). */
    filesDir: 'files-dir',
    /** JSON list of exported names to set to '' (only when cleanup-env is on). */
    clearEnv: 'clear-env',
};
/** The output that lists every name delivered, as JSON. */
const NAMES_OUTPUT = 'names';
/** Secret files go in a fresh folder of this prefix under RUNNER_TEMP. */
const deliver_FILES_DIR_PREFIX = 'coffer-';
const nodeSecretFiles = {
    makeDir: (root) => (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(root, deliver_FILES_DIR_PREFIX)),
    write: (path, value) => { (0,external_node_fs_.writeFileSync)(path, value, { encoding: 'utf8', flag: 'wx', mode: 0o600 }); },
};
/** The name a value is delivered under: its own, or `<NAME>_FILE` holding its file's path. */
function deliveredName(name, files) {
    return files ? `${name}_FILE` : name;
}
/** Every value to mask for the outcomes going ahead: each whole value and each entry's text. */
function valuesToMask(outcomes) {
    return outcomes.flatMap((outcome) => [...(outcome.value === undefined ? [] : [outcome.value]), ...outcome.entries.map((entry) => entry.value)]);
}
/** Registers every mask with the runner. Called before any value is written anywhere. */
function registerMasks(outcomes, options) {
    const maskOptions = { encodings: options.maskEncodings, minLength: options.minMaskLength };
    const masks = masksForAll(valuesToMask(outcomes), maskOptions);
    runner.setSecrets(masks);
    return masks.length;
}
/**
 * Every entry to deliver, once: the same name with the same value from two selections (a
 * secret named on one line and matched by a wildcard on another) is one delivery, not a
 * collision. The same name with different values still collides.
 */
function distinctEntries(outcomes) {
    const delivered = new Map();
    return outcomes.flatMap((outcome) => outcome.entries.flatMap((entry) => {
        if (delivered.get(entry.name) === entry.value)
            return [];
        delivered.set(entry.name, entry.value);
        return [{ outcome, entry }];
    }));
}
/** The names the outcomes deliver, with their origins, for collision checks. */
function deliveryTargets(outcomes, files) {
    return distinctEntries(outcomes).map(({ outcome, entry }) => ({
        name: deliveredName(entry.name, files), origin: `line ${outcome.selection.line} (secret ${quote(outcome.secret)})`,
    }));
}
/** Checks delivered names (with `_FILE`, against the `names` output) and the runner's files. */
function checkDelivery(outcomes, options, env) {
    const targets = deliveryTargets(outcomes, options.files);
    checkTargets(options.outputs ? [{ name: NAMES_OUTPUT, origin: `the '${NAMES_OUTPUT}' output` }, ...targets] : targets);
    // Checked here, before any mask, for a message that says what to do; the runner module refuses too.
    if (options.exportEnv && (env.GITHUB_ENV ?? '') === '')
        throw new BadParameterError('GITHUB_ENV is not set: export-env needs the runner\'s env file (run this action in a GitHub Actions job, or set export-env: false).');
    if (options.outputs && (env.GITHUB_OUTPUT ?? '') === '')
        throw new BadParameterError('GITHUB_OUTPUT is not set: outputs needs the runner\'s output file (run this action in a GitHub Actions job, or set outputs: false).');
    // The runner makes these files; checked up front so that a missing one cannot stop delivery
    // halfway, with some values exported and others not.
    for (const [wanted, variable] of [[options.exportEnv, 'GITHUB_ENV'], [options.outputs, 'GITHUB_OUTPUT']]) {
        const path = env[variable] ?? '';
        if (wanted && !existsSync(path))
            throw new BadParameterError(`${variable} names a file that does not exist: ${quote(path)}. Nothing was delivered.`);
    }
}
/**
 * Delivers the outcomes going ahead: masks, then files (0600, exclusive create, in a fresh
 * `coffer-*` folder under RUNNER_TEMP), then env, then outputs. State for the post step is
 * saved before what it cleans up is created, so a failure halfway still gets cleaned.
 */
function deliver(outcomes, options, env = process.env, files = nodeSecretFiles) {
    checkDelivery(outcomes, options, env);
    registerMasks(outcomes, options);
    const entries = distinctEntries(outcomes).map(({ entry }) => entry);
    let filesDir;
    let targets = entries.map((entry) => ({ name: entry.name, text: entry.value }));
    if (options.files && entries.length > 0) {
        const dir = files.makeDir(env.RUNNER_TEMP === undefined || env.RUNNER_TEMP === '' ? tmpdir() : env.RUNNER_TEMP);
        filesDir = dir;
        if (options.cleanupFiles)
            runner.saveState(deliver_STATE.filesDir, dir);
        targets = entries.map((entry) => {
            const path = join(dir, entry.name);
            files.write(path, entry.value);
            return { name: deliveredName(entry.name, true), text: path };
        });
    }
    const names = targets.map((target) => target.name);
    // One write per file: a fetch delivers hundreds of values.
    const pairs = targets.map((target) => [target.name, target.text]);
    if (options.exportEnv) {
        if (options.cleanupEnv && names.length > 0)
            runner.saveState(deliver_STATE.clearEnv, JSON.stringify(names));
        runner.exportVariables(pairs);
    }
    if (options.outputs)
        runner.setOutputs([...pairs, [NAMES_OUTPUT, JSON.stringify(names)]]);
    return { names, filesDir };
}

// EXTERNAL MODULE: ./lib/actions/runner/state.js
var state = __nccwpck_require__(427);
;// CONCATENATED MODULE: ./lib/actions/post.js
/**
 * The fetch action's post step: deletes the secret files and, when asked, empties the
 * variables it exported. It reads only saved state (deliver.ts saved it before creating what
 * is cleaned here), never inputs. The runner has no way to unset a variable, so "cleared"
 * means set to ''; post steps run at the end of the job, so this guards the other post steps.
 */







/** True in the post step: main saved `isPost` before doing anything else. */
function isPost() {
    return actions_runner/* getState */.Gu(deliver_STATE.isPost) === 'true';
}
/**
 * Marks the job so that the same bundle, run again as `post:`, cleans up instead of fetching.
 * Outside a runner (no GITHUB_STATE) there is no post step, so nothing is saved.
 */
function markForPost(env = process.env) {
    if ((env.GITHUB_STATE ?? '') !== '')
        actions_runner/* saveState */.LZ(deliver_STATE.isPost, 'true');
}
/** The names to clear, from saved state; anything that is not a list of valid names is ignored. */
function namesToClear(state) {
    return parseStateList(state, (name) => envNameProblem(name) === undefined);
}
/**
 * Deletes the folder of secret files, refusing any path that is not one of ours: a `coffer-*`
 * folder directly under `root` (RUNNER_TEMP, where deliver makes it). State is only as
 * trustworthy as the steps before this one, so it is not taken as a path to delete on its word.
 */
function removeFilesDir(dir, root, remove = (path) => { rmSync(path, { recursive: true, force: true }); }) {
    if (dir === '' || !isAbsolute(dir) || resolve(dirname(dir)) !== resolve(root) || !basename(dir).startsWith(FILES_DIR_PREFIX))
        return false;
    remove(dir);
    return true;
}
/** The post step. */
function cleanup(env = process.env) {
    const dir = runner.getState(STATE.filesDir);
    const root = env.RUNNER_TEMP === undefined || env.RUNNER_TEMP === '' ? tmpdir() : env.RUNNER_TEMP;
    if (removeFilesDir(dir, root))
        runner.info(`Deleted the secret files in ${dir}.`);
    else if (dir !== '')
        runner.warning(`Did not delete ${dir}: it is not a folder this action created.`);
    const names = namesToClear(runner.getState(STATE.clearEnv));
    for (const name of names)
        runner.exportVariable(name, '');
    if (names.length > 0)
        runner.info(`Cleared ${names.length} exported variable${names.length === 1 ? '' : 's'}: ${names.join(', ')}.`);
}

// EXTERNAL MODULE: ./lib/actions/report.js
var report = __nccwpck_require__(3257);
// EXTERNAL MODULE: ./lib/actions/certificate/cleanup.js
var certificate_cleanup = __nccwpck_require__(3367);
;// CONCATENATED MODULE: ./lib/actions/certificate/main.js
/**
 * The certificate action: read settings (key, token and PFX password masked first) → create the
 * certificate, or renew it per `renew` → read its private key → mask it → write the files →
 * outputs and step summary (step.ts). The same bundle is the post step, which deletes the
 * private-key files (cleanup.ts) without loading any certificate code.
 */




/** The entry point for both `main:` and `post:`. */
async function run(env = process.env) {
    try {
        if (isPost()) {
            (0,certificate_cleanup/* deleteKeyFiles */.UX)();
            return;
        }
        // Saved first, before anything can fail: without it the post step would issue again.
        markForPost(env);
        const { issueStep } = await __nccwpck_require__.e(/* import() */ 790).then(__nccwpck_require__.bind(__nccwpck_require__, 5790));
        await issueStep(env);
    }
    catch (error) {
        actions_runner/* setFailed */.C1((0,report/* failureMessage */.oh)(error));
    }
}


/***/ }),

/***/ 3745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports envNameProblem, envNameOfSecret, envNameOfKey, joinEnvName, checkTargets */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/**
 * The names values are delivered under (env variables, step outputs, file names): derived
 * from secret names and JSON keys, validated, and checked for collisions before anything is
 * masked or written.
 *
 * Why so strict: a name holding a newline, `=` or NUL could forge extra lines in GITHUB_ENV;
 * two names that differ only in case are one variable on Windows runners, so the second would
 * silently replace the first; GITHUB_*, RUNNER_*, ACTIONS_*, INPUT_* and STATE_* belong to the
 * runner and the actions; and names that steer how processes start (PATH, LD_PRELOAD,
 * BASH_ENV, NODE_OPTIONS, …) would let whoever can write a secret — whose name a wildcard
 * turns into a variable name — run code in every later step.
 */

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_PREFIXES = (/* unused pure expression or super */ null && (['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_', 'LD_', 'DYLD_', 'BASH_FUNC_', 'GIT_CONFIG_']));
/** Variables that change what a process loads or runs, or where its trust and temp files are. */
const PROTECTED = new Set([
    'PATH', 'HOME', 'SHELL', 'ENV', 'BASH_ENV', 'SHELLOPTS', 'BASHOPTS', 'PS4', 'IFS', 'CDPATH', 'PROMPT_COMMAND', 'CI',
    'NODE_OPTIONS', 'NODE_PATH', 'NODE_EXTRA_CA_CERTS', 'PYTHONPATH', 'PYTHONSTARTUP', 'PYTHONHOME', 'PERL5OPT', 'PERL5LIB',
    'PERLLIB', 'RUBYOPT', 'RUBYLIB', 'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'GIT_SSH', 'GIT_SSH_COMMAND',
    'GIT_ASKPASS', 'GIT_EXEC_PATH', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE', 'HTTP_PROXY',
    'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY', 'TMPDIR', 'TEMP', 'TMP',
]);
/** Long enough for any derived name (a 127-character secret plus a JSON path), short enough to quote. */
const MAX_ENV_NAME = 1024;
/** What is wrong with `name` as a variable name, or undefined when nothing is. */
function envNameProblem(name) {
    if (!ENV_NAME.test(name) || name.length > MAX_ENV_NAME) {
        return `invalid variable name ${quote(name)}: expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL).`;
    }
    const upper = name.toUpperCase();
    const reserved = RESERVED_PREFIXES.find((prefix) => upper.startsWith(prefix));
    if (reserved !== undefined)
        return `variable name ${quote(name)} is reserved: names starting with ${reserved} belong to the runner or steer how processes start.`;
    if (PROTECTED.has(upper))
        return `variable name ${quote(name)} is protected: it steers how every later process starts, so no secret may set it.`;
    return undefined;
}
/** The variable a secret is delivered under by default: upper-cased, `-` → `_`. */
function envNameOfSecret(secretName) {
    return secretName.toUpperCase().replace(/-/g, '_');
}
/** One JSON key as a name part: upper-cased, every character outside A-Z and 0-9 → `_`. */
function envNameOfKey(key) {
    return key.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}
/** A derived name joined from parts: `APP_CONFIG` + `database` + `host` → APP_CONFIG_DATABASE_HOST. */
function joinEnvName(base, keys) {
    return [base, ...keys.map(envNameOfKey)].join('_');
}
/**
 * Fails on an invalid name, and on two targets whose names are equal or differ only in case,
 * naming both with their origins.
 */
function checkTargets(targets) {
    const seen = new Map();
    for (const target of targets) {
        const problem = envNameProblem(target.name);
        if (problem !== undefined)
            throw new BadParameterError(`${capitalise(target.origin)}: ${problem} Rename it with '> NAME'.`);
        const key = target.name.toUpperCase();
        const first = seen.get(key);
        if (first === undefined) {
            seen.set(key, target);
            continue;
        }
        if (first.name === target.name) {
            throw new BadParameterError(`${capitalise(first.origin)} and ${target.origin} both set ${quote(target.name)}: rename one with '> NAME'.`);
        }
        throw new BadParameterError(`${quote(first.name)} (${first.origin}) and ${quote(target.name)} (${target.origin}) differ only in case: they are one variable on Windows runners; rename one with '> NAME'.`);
    }
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 1773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P1: () => (/* binding */ parseJsonContainer),
/* harmony export */   dV: () => (/* binding */ jsonLeaves)
/* harmony export */ });
/* unused harmony exports parseJson, isContainer, jsonText, selectField, MAX_JSON_DEPTH, flattenJson */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/* harmony import */ var _env_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3745);
/**
 * JSON secrets: parsing a value, picking one field (`app-config.database.host`), and flattening
 * every leaf into its own variable (`APP_CONFIG_DATABASE_HOST`, arrays by index:
 * `APP_CONFIG_HOSTS_0`). Errors name the secret and the path, never the value — not even
 * JSON.parse's message, which quotes the text around the fault.
 */


/**
 * Parses a secret's value as JSON, or undefined when it is not JSON. JSON.parse's error is
 * dropped on purpose: it quotes the text around the fault, which is the secret's value.
 */
function parseJson(value) {
    try {
        return JSON.parse(value);
    }
    catch {
        return undefined;
    }
}
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
/** The text a JSON value is delivered as: strings as they are, null as '', the rest as JSON. */
function jsonText(value) {
    if (typeof value === 'string')
        return value;
    if (value === null)
        return '';
    return JSON.stringify(value);
}
/** The value at `path` (object keys, array indexes), or undefined when there is none. */
function selectField(root, path) {
    let current = root;
    for (const field of path) {
        if (Array.isArray(current)) {
            if (!/^(0|[1-9][0-9]*)$/.test(field))
                return undefined;
            const item = current[Number(field)];
            if (item === undefined)
                return undefined;
            current = item;
        }
        else if (isContainer(current)) {
            // Own keys only: `constructor` or `__proto__` must not reach Object.prototype.
            const object = current;
            if (!Object.hasOwn(object, field))
                return undefined;
            current = object[field];
        }
        else {
            return undefined;
        }
    }
    return current;
}
/** Deeper JSON is refused for flattening and not walked for masks; no real config nests this far. */
const MAX_JSON_DEPTH = 32;
/**
 * Every leaf under `base`: object keys and array indexes joined with `_`, each key upper-cased
 * with non-alphanumerics as `_`. Empty objects and arrays have no leaves, so give no entries.
 */
function flattenJson(root, base) {
    const entries = [];
    const walk = (value, keys) => {
        if (keys.length > MAX_JSON_DEPTH)
            throw new BadParameterError(`The JSON of ${base} is nested deeper than ${MAX_JSON_DEPTH} levels: it cannot be flattened into names.`);
        if (Array.isArray(value)) {
            value.forEach((item, index) => { walk(item, [...keys, String(index)]); });
        }
        else if (isContainer(value)) {
            for (const [key, item] of Object.entries(value))
                walk(item, [...keys, key]);
        }
        else {
            entries.push({ name: joinEnvName(base, keys), value: jsonText(value) });
        }
    };
    walk(root, []);
    return entries;
}
/** Every string and number leaf's text, for masking the parts of a JSON secret on their own. */
function jsonLeaves(root) {
    const leaves = [];
    // Past the depth cap the leaves are left to the whole value's mask: walking on would let a
    // hostile nesting exhaust the stack and fail every fetch that selects the secret.
    const walk = (value, depth) => {
        if (depth > MAX_JSON_DEPTH)
            return;
        if (Array.isArray(value))
            for (const item of value)
                walk(item, depth + 1);
        else if (isContainer(value))
            for (const item of Object.values(value))
                walk(item, depth + 1);
        else if (typeof value === 'string')
            leaves.push(value);
        else if (typeof value === 'number')
            leaves.push(String(value));
    };
    walk(root, 0);
    return leaves;
}
/** The parsed object or array when `value` is JSON text of one (a JSON secret, whose leaves are masked too). */
function parseJsonContainer(value) {
    const trimmed = value.trimStart();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return undefined;
    const parsed = parseJson(value);
    return parsed !== undefined && isContainer(parsed) ? parsed : undefined;
}


/***/ }),

/***/ 8022:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ masksFor)
/* harmony export */ });
/* unused harmony exports linesOf, encodingsOf, masksForAll, tooShortToMask */
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1773);
/**
 * Every string to register with the runner (`::add-mask::`) for a value. Pure: deliver.ts
 * issues them, before anything else is written.
 *
 * The runner itself masks what it is given, each of its lines, and the value's base64 (three
 * alignments), JSON-, URI- and XML-escaped forms. It does not mask hex, base64url, or base64
 * wrapped into lines (PEM and MIME wrap at 64 and 76 columns) — the encodings a script is most
 * likely to print — nor the leaves of a JSON secret once a script has picked one out. Those
 * are added here when `encodings` is on.
 *
 * Strings shorter than `minLength` are left out: a mask of "ab" turns every "ab" in the log
 * into *** and makes the log useless, while hiding little.
 */

/** Base64 wrap widths: 64 (PEM, RFC 7468) and 76 (MIME, RFC 2045). */
const WRAP_WIDTHS = [64, 76];
/**
 * The value's lines (split at \n, \r\n or a lone \r, as a terminal shows them), each as it is
 * and trimmed of surrounding whitespace: a script that prints one line of a PEM or a config
 * often indents it or strips it.
 */
function linesOf(value) {
    if (!LINE_BREAK.test(value))
        return [value, value.trim()];
    return value.split(/\r\n|\r|\n/).flatMap((line) => [line, line.trim()]);
}
const LINE_BREAK = /[\r\n]/;
function chunks(text, width) {
    const out = [];
    for (let at = 0; at < text.length; at += width)
        out.push(text.slice(at, at + width));
    return out;
}
/** The encodings of the value's UTF-8 bytes that the runner does not mask by itself. */
function encodingsOf(value) {
    const bytes = Buffer.from(value, 'utf8');
    const hex = bytes.toString('hex');
    const base64 = bytes.toString('base64');
    const encodings = [hex, hex.toUpperCase(), bytes.toString('base64url')];
    for (const width of WRAP_WIDTHS)
        for (const line of chunks(base64, width))
            encodings.push(line);
    return encodings;
}
/**
 * Every mask for one value, in a fixed order (value, lines, encodings, JSON leaves), without
 * repeats. A value too short to mask gets none at all: masking the hex of "ab" would hide the
 * four characters 6162 everywhere while the value itself still shows.
 */
function masksFor(value, options) {
    const masks = new Set();
    addMasks(masks, value, options);
    return [...masks];
}
/** Adds the masks of one value to `masks` (a Set keeps the first of any repeat, in order). */
function addMasks(masks, value, options) {
    if (tooShortToMask(value, options))
        return;
    const candidates = [value, ...linesOf(value)];
    if (options.encodings) {
        candidates.push(...encodingsOf(value));
        const json = (0,_flatten_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonContainer */ .P1)(value);
        if (json !== undefined)
            for (const leaf of (0,_flatten_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonLeaves */ .dV)(json))
                candidates.push(leaf, ...linesOf(leaf));
    }
    // Judged by the trimmed length: a mask of spaces (or of spaces around one letter) is refused by the runner or garbles the log.
    for (const candidate of candidates)
        if (candidate.trim().length >= options.minLength)
            masks.add(candidate);
}
/** The masks of several values, in order, without repeats. */
function masksForAll(values, options) {
    const masks = new Set();
    for (const value of values)
        addMasks(masks, value, options);
    return [...masks];
}
/** True when the value itself is too short to mask (and so is delivered unmasked). */
function tooShortToMask(value, options) {
    return value.length < options.minLength;
}


/***/ }),

/***/ 3257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   oh: () => (/* binding */ failureMessage)
/* harmony export */ });
/* unused harmony exports announce, failureOf */
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6514);

/** Every warning becomes a `::warning` annotation naming its secret. */
function announce(outcomes) {
    for (const outcome of outcomes) {
        for (const issue of outcome.issues)
            if (issue.severity === 'warning')
                runner.warning(issue.message);
    }
}
/** The error that fails the step when any outcome failed (each problem listed), else undefined. */
function failureOf(outcomes) {
    const messages = outcomes.flatMap((outcome) => outcome.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message));
    if (messages.length === 0)
        return undefined;
    if (messages.length === 1)
        return new Error(`${messages[0] ?? ''} Nothing was delivered.`);
    return new Error(`${messages.length} selections failed; nothing was delivered:\n${messages.map((message) => `- ${message}`).join('\n')}`);
}
/** Appends to the step summary; outside a runner (no GITHUB_STEP_SUMMARY) it says so in debug. */
async function writeSummary(markdown, env = process.env) {
    if ((env.GITHUB_STEP_SUMMARY ?? '') === '') {
        _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz('GITHUB_STEP_SUMMARY is not set: no step summary was written.');
        return;
    }
    await _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(markdown, env);
}
/**
 * The message the step fails with. Errors raised by Coffer never quote a value (core/errors.ts);
 * anything else is reported by its message, which the runner masks like all output.
 */
function failureMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 4330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ issueFileCommands),
/* harmony export */   ZB: () => (/* binding */ fileCommandPath),
/* harmony export */   n0: () => (/* binding */ issueFileCommand)
/* harmony export */ });
/* unused harmony export keyValueMessage */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/**
 * File commands: appending `NAME<<DELIMITER`, the value, and `DELIMITER` to one of the files
 * the runner gives each step (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE), as actions/toolkit's
 * packages/core `file-command.ts` does. The heredoc form with a random delimiter is what keeps
 * a value from forging another entry: a value holding `\nGITHUB_TOKEN=x` is still one value,
 * because its last line can only be ended by a delimiter it cannot know in advance.
 */



/**
 * One entry in heredoc form, ending with a line ending. Refuses a name or value that holds the
 * delimiter: with a fresh random UUID that only happens if the value was made to forge an entry.
 */
function keyValueMessage(name, value, uuid = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID) {
    const delimiter = `ghadelimiter_${uuid()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
/** The file a command appends to, from `GITHUB_<command>`; '' when the runner gave none. */
function fileCommandPath(command, env = process.env) {
    return env[`GITHUB_${command}`] ?? '';
}
/**
 * Appends `NAME<<DELIMITER` … to the command's file. Without the file it throws rather than
 * fall back to a stdout command as the toolkit does (`::set-env`, `::set-output`): those would
 * print the value into the log. A missing file is refused too, as the toolkit refuses it: the
 * runner creates each file before the step, so its absence means this is not the runner's.
 */
function issueFileCommand(command, name, value, env = process.env) {
    issueFileCommands(command, [[name, value]], env);
}
/**
 * Appends several entries in one write, each with its own random delimiter, in order. Every
 * entry is formatted (and checked) before anything is written, so a refused one writes none.
 */
function issueFileCommands(command, entries, env = process.env) {
    const path = fileCommandPath(command, env);
    if (path === '')
        throw new Error(`Unable to find environment variable for file command ${command}: GITHUB_${command} is not set.`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    if (entries.length === 0)
        return;
    let text = '';
    for (const [name, value] of entries)
        text += keyValueMessage(name, value);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, text, { encoding: 'utf8' });
}


/***/ }),

/***/ 6514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* reexport */ appendSummary),
  Yz: () => (/* reexport */ debug),
  V4: () => (/* reexport */ getInput),
  Gu: () => (/* reexport */ state/* getState */.Gu),
  pq: () => (/* reexport */ info),
  LZ: () => (/* reexport */ state/* saveState */.LZ),
  C1: () => (/* reexport */ setFailed),
  n0: () => (/* reexport */ setOutputs),
  Pq: () => (/* reexport */ setSecret),
  sL: () => (/* reexport */ setSecrets),
  $e: () => (/* reexport */ warning)
});

// UNUSED EXPORTS: error, exportVariable, exportVariables, setOutput

;// CONCATENATED MODULE: ./lib/actions/runner/inputs.js
/**
 * Reading a step's inputs as the runner passes them: `with: { secret-names: … }` arrives as
 * the variable `INPUT_SECRET-NAMES` (spaces become `_`, the name is upper-cased, dashes stay),
 * as actions/toolkit's packages/core `getInput` reads it. The mains hand it to src/actions/inputs.ts,
 * which alone reads inputs.
 */
/** The variable the runner passes input `name` in. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * The input's value, trimmed of surrounding whitespace (YAML block scalars end in a newline);
 * '' when it is not set. A required input that is empty or not set throws.
 */
function getInput(name, options = {}, env = process.env) {
    const value = env[inputVariable(name)] ?? '';
    if (options.required === true && value === '')
        throw new Error(`Input required and not supplied: ${name}`);
    return value.trim();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./lib/actions/runner/command.js
/**
 * Workflow commands (`::name key=value,key=value::message` on stdout), as actions/toolkit's
 * packages/core `command.ts` issues them. The runner reads stdout line by line and unescapes
 * `%25`, `%0D` and `%0A` (and in properties `%3A` and `%2C`), so escaping them is what keeps a
 * message with a newline in it from starting a second command the runner would obey — a value
 * passed to `add-mask` must arrive whole, or only its first line would be masked.
 */


/** Where stdout writes go; replaced by tests (setStdoutWriter) to capture them. */
let writer = writeToFd;
/** Cleared for good once fd 1 refuses a write: from then on everything goes through process.stdout. */
let direct = true;
/**
 * Writes to fd 1 with plain blocking writes, in order: each write has reached the runner's pipe
 * when it returns, which is what lets an `add-mask` written first mask every later line. This
 * avoids creating process.stdout, which for a pipe loads Node's socket and stream code: ~3 ms of
 * a step that starts afresh every time. If fd 1 cannot take a write whole (a non-blocking pipe
 * that is full: EAGAIN), the rest of it and every later write go through process.stdout, which
 * queues in order and waits for the reader — nothing is lost or reordered.
 */
function writeToFd(text) {
    if (!direct) {
        process.stdout.write(text);
        return;
    }
    const data = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
        while (offset < data.length)
            offset += (0,external_node_fs_.writeSync)(1, data, offset, data.length - offset);
    }
    catch {
        direct = false;
        process.stdout.write(data.subarray(offset));
    }
}
/** Writes `text` to stdout, synchronously and in order (see writeToFd). The one writer of stdout. */
function writeStdout(text) {
    writer(text);
}
/** Replaces the stdout writer (for tests, which capture what is written); returns the one it replaced. */
function setStdoutWriter(next) {
    const previous = writer;
    writer = next;
    return previous;
}
/** Escapes a command's message: `%`, CR and LF, so it stays on one line. */
function escapeData(text) {
    // Most messages (and masks) hold none of the three: one scan instead of three replaces.
    if (!NEEDS_ESCAPE.test(text))
        return text;
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
const NEEDS_ESCAPE = /[%\r\n]/;
/** Escapes a property value: as a message, and `:` and `,`, which end a value. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** The command line, without its line ending. Pure: `issueCommand` is the one writer. */
function formatCommand(name, properties, message) {
    const props = Object.entries(properties).filter(([, value]) => value !== '').map(([key, value]) => `${key}=${escapeProperty(value)}`);
    return `::${name}${props.length === 0 ? '' : ` ${props.join(',')}`}::${escapeData(message)}`;
}
/**
 * Writes one command to stdout. Synchronous (writeStdout), so commands reach the runner in the
 * order they were issued: an `add-mask` issued first masks every line after it.
 */
function issueCommand(name, properties, message) {
    writeStdout(`${formatCommand(name, properties, message)}${external_node_os_.EOL}`);
}

;// CONCATENATED MODULE: ./lib/actions/runner/log.js
/**
 * What a step writes to its log: masks, plain lines, debug lines, annotations, and the failure
 * that ends it, as actions/toolkit's packages/core writes them. Everything goes through stdout
 * in issue order, which is what makes "mask first" hold: the runner masks only the lines that
 * arrive after an `add-mask`.
 */


/**
 * Registers a string with the runner's masking (`::add-mask::`): every later line of the log,
 * annotation and summary shows it as `***`. Issued escaped, so a multi-line value is masked
 * whole and line by line, not just its first line.
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Registers many masks in one write: a fetch registers hundreds (each line and encoding of
 * each value), and one write instead of one per mask takes ~10 ms off a run. Same order.
 */
function setSecrets(secrets) {
    if (secrets.length === 0)
        return;
    let text = '';
    for (const secret of secrets)
        text += `::add-mask::${escapeData(secret)}${external_node_os_.EOL}`;
    writeStdout(text);
}
/** A plain log line. Not a command: a message that starts with `::` is the caller's problem. */
function info(message) {
    writeStdout(`${message}${external_node_os_.EOL}`);
}
/** A line shown only when the run has step debug logging on. */
function debug(message) {
    issueCommand('debug', {}, message);
}
/** A warning annotation: shown in the log and on the run's summary page. */
function warning(message) {
    issueCommand('warning', {}, message);
}
/**
 * An error annotation. Does not fail the step by itself: `setFailed` does. `file` (a
 * workspace-relative path) pins it to that file on the run's page.
 */
function error(message, properties = {}) {
    issueCommand('error', properties, message);
}
/** Fails the step: an error annotation, and exit code 1 once the process ends (not at once, so cleanup still runs). */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

// EXTERNAL MODULE: ./lib/actions/runner/file-command.js
var file_command = __nccwpck_require__(4330);
;// CONCATENATED MODULE: ./lib/actions/runner/variables.js
/**
 * What a step hands on: variables for the job's later steps (GITHUB_ENV) and the step's
 * outputs (GITHUB_OUTPUT), each written in heredoc form with a random delimiter (file-command.ts).
 * Unlike actions/toolkit's packages/core, there is no stdout fallback: it would put the value
 * in the log.
 */

/**
 * Sets `name` for the job's later steps, and in this process's environment too (as the
 * toolkit does), so that anything this step runs afterwards sees it as later steps will.
 */
function exportVariable(name, value, env = process.env) {
    env[name] = value;
    issueFileCommand('ENV', name, value, env);
}
/** Sets the step output `name` (`steps.<id>.outputs.<name>`). */
function setOutput(name, value, env = process.env) {
    issueFileCommand('OUTPUT', name, value, env);
}
/** exportVariable for several variables, in order, with one write to GITHUB_ENV. */
function exportVariables(entries, env = process.env) {
    issueFileCommands('ENV', entries, env);
    for (const [name, value] of entries)
        env[name] = value;
}
/** setOutput for several outputs, in order, with one write to GITHUB_OUTPUT. */
function setOutputs(entries, env = process.env) {
    (0,file_command/* issueFileCommands */.EX)('OUTPUT', entries, env);
}

// EXTERNAL MODULE: ./lib/actions/runner/state.js
var state = __nccwpck_require__(427);
;// CONCATENATED MODULE: ./lib/actions/runner/summary.js
/**
 * The step summary: markdown appended to the file in GITHUB_STEP_SUMMARY, which the runner
 * renders on the run's page once the step ends (actions/toolkit's packages/core `summary.ts`,
 * without its HTML builders: the caller brings finished markdown).
 */

/**
 * Appends `markdown` to the step summary. Throws when the runner gave no summary file or it
 * cannot be written. Synchronous inside (one small append; the thread pool would cost more than
 * it saves), asynchronous in its signature, as the toolkit's is.
 */
async function appendSummary(markdown, env = process.env) {
    const path = env.GITHUB_STEP_SUMMARY ?? '';
    if (path === '')
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(path, markdown, { encoding: 'utf8' });
    return Promise.resolve();
}

;// CONCATENATED MODULE: ./lib/actions/runner/index.js
/**
 * The runner's side of an action, in one import, as `@actions/core` offers it — but only what
 * the Coffer actions use. In-house because @actions/core 3.x loads its OIDC client (and with it
 * @actions/http-client and undici) on import: ~1.1 MB of bundle and ~70 ms of start-up on every
 * run, for a feature these actions do not use. Tests stub this module, not the files behind it.
 */







/***/ }),

/***/ 427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   lc: () => (/* binding */ parseStateList)
/* harmony export */ });
/* harmony import */ var _file_command_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4330);
/**
 * State a step keeps for its own post step: what `saveState` appends to GITHUB_STATE, the
 * runner hands to the post step as `STATE_<name>`, as with actions/toolkit's packages/core.
 */

/**
 * Saves `value` for the post step. Outside a runner (no GITHUB_STATE) there is no post step to
 * read it, so nothing is saved — rather than the toolkit's `::save-state` line on stdout, which
 * could reach the log before a mask does.
 */
function saveState(name, value, env = process.env) {
    if ((0,_file_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fileCommandPath */ .ZB)('STATE', env) === '')
        return;
    (0,_file_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueFileCommand */ .n0)('STATE', name, value, env);
}
/** What the main step saved under `name`; '' in the main step, or when nothing was saved. */
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}
/**
 * A list of strings a step saved as JSON, keeping only the items `keep` accepts: state is only as
 * trustworthy as the steps before this one, so anything else — not JSON, not a list — is none.
 */
function parseStateList(state, keep) {
    if (state === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(state);
    }
    catch {
        return [];
    }
    if (!Array.isArray(parsed))
        return [];
    return parsed.filter((item) => typeof item === 'string' && keep(item));
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
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6647);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
