export const id = 790;
export const ids = [790];
export const modules = {

/***/ 5790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  issueStep: () => (/* binding */ issueStep)
});

// UNUSED EXPORTS: certificateOutputs

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
        user = (0,external_node_os_.userInfo)().username;
    }
    catch {
        // userInfo() throws when the uid has no passwd entry (common in containers).
        user = env.USER ?? env.USERNAME ?? 'unknown';
    }
    return { user, host: (0,external_node_os_.hostname)() };
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

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/store/file-store.js + 3 modules
var file_store = __webpack_require__(7111);
// EXTERNAL MODULE: ./lib/core/vault.js + 1 modules
var vault = __webpack_require__(723);
// EXTERNAL MODULE: ./lib/vault-location.js
var vault_location = __webpack_require__(4987);
;// CONCATENATED MODULE: ./lib/open-any-vault.js
/**
 * openAnyVault: a vault file, a SQLite vault or an `https://` vault, for callers that need only
 * the Vault interface (the actions). A vault file opens with what is loaded already; the SQLite
 * store and the remote client are loaded only when a location names them, so that a step
 * reading a vault file starts without either.
 */




/** Each kind needs its own options; a location whose kind has none is refused, saying what is missing. */
async function openAnyVault(location, options) {
    const parsed = (0,vault_location/* parseLocation */.zS)(location);
    if (parsed.kind === 'https') {
        if (options.remote === undefined)
            throw new errors/* BadParameterError */.lh(`The vault ${(0,errors/* quote */.hD)(location)} is remote: opening it needs a bearer token source.`);
        const { openRemoteVault } = await __webpack_require__.e(/* import() */ 227).then(__webpack_require__.bind(__webpack_require__, 5227));
        return openRemoteVault(parsed.url, options.remote);
    }
    if (options.local === undefined)
        throw new errors/* BadParameterError */.lh(`The vault ${(0,errors/* quote */.hD)(location)} is a local vault: opening it needs its master key.`);
    if (parsed.kind === 'sqlite') {
        const { openVault } = await __webpack_require__.e(/* import() */ 457).then(__webpack_require__.bind(__webpack_require__, 7457));
        return openVault(location, options.local);
    }
    return new vault/* LocalVault */.w(file_store/* FileStore */.y.open(parsed.path, options.local.masterKey, (0,vault_location/* storeOptions */.S2)(options.local)), (0,vault_location/* vaultOptions */.Rr)(options.local));
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/actions/runner/id-token.js
/**
 * The job's GitHub OIDC ID token (`permissions: id-token: write`), as @actions/core's
 * `getIDToken` fetches it — without its HTTP client, which costs the bundle ~1 MB (index.ts).
 * The runner gives the step a URL and a bearer token for it; the audience is appended as a
 * query parameter, and the answer is `{"value": "<JWT>"}`. The endpoint fails intermittently
 * (reference: github-actions.md, "Retry it"), so 429, 5xx and network failures are retried.
 *
 * Neither the request token nor the ID token ever appears in an error. The caller masks the ID
 * token before anything can print it: oidcTokenSource does so as it hands the token out.
 */

const BASE_DELAY_MS = 1000;
/** A JWT is a few KiB; an answer far larger is not one, and is not read whole. */
const MAX_ANSWER_CHARS = 64 * 1024;
const MISSING = 'The GitHub OIDC token is not available to this step: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set. '
    + 'Add `permissions: id-token: write` to the job (or the workflow), or use `auth: token` with a `token` input.';
class IdTokenError extends Error {
    retryable;
    constructor(message, retryable) {
        super(message);
        this.name = 'IdTokenError';
        this.retryable = retryable;
    }
}
/** The request URL with `audience` added to its query (the runner's URL already has one). */
function idTokenUrl(base, audience) {
    return `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
}
async function attempt(url, requestToken, fetchImpl, timeoutMs) {
    let response;
    try {
        response = await fetchImpl(url, {
            method: 'GET', headers: { accept: 'application/json', authorization: `Bearer ${requestToken}` }, signal: AbortSignal.timeout(timeoutMs),
        });
    }
    catch (error) {
        // fetch's message names the failure (ECONNRESET, a timeout), never the headers.
        const why = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : 'network failure';
        throw new IdTokenError(`the request failed (${why.slice(0, 200)})`, true);
    }
    const text = await response.text();
    if (!response.ok)
        throw new IdTokenError(`the token service answered ${response.status}`, response.status === 429 || response.status >= 500);
    if (text.length > MAX_ANSWER_CHARS)
        throw new IdTokenError('the answer is too large to be a token', false);
    let value;
    try {
        value = JSON.parse(text).value;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || !/^[\x21-\x7e]+$/.test(value))
        throw new IdTokenError('the answer holds no token (expected {"value": "<JWT>"})', false);
    return value;
}
/** Requests the job's ID token for `audience`. Three attempts, with full-jitter backoff between them. */
async function requestIdToken(audience, env = process.env, fetchImpl = fetch, options = {}) {
    const base = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
    if (base === '' || requestToken === '')
        throw new Error(MISSING);
    if (audience === '')
        throw new Error('The OIDC audience is empty: expected the vault URL or the audience the vault is configured with.');
    const attempts = options.attempts ?? 3;
    const sleep = options.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
    const random = options.random ?? Math.random;
    const url = idTokenUrl(base, audience);
    for (let n = 1;; n++) {
        try {
            return await attempt(url, requestToken, fetchImpl, options.timeoutMs ?? 10_000);
        }
        catch (error) {
            if (!(error instanceof IdTokenError))
                throw error;
            if (!error.retryable || n >= attempts) {
                throw new Error(`Could not get the GitHub OIDC token for audience '${audience.slice(0, 256)}' (attempt ${n} of ${attempts}): ${error.message}.`);
            }
            await sleep(Math.floor(random() * BASE_DELAY_MS * 2 ** (n - 1)));
        }
    }
}
/** An ID token lives ~5 minutes; one older than this is fetched again, not sent near its expiry. */
const REUSE_MS = 4 * 60 * 1000;
/**
 * A token source for RemoteVault: fetches the ID token on first use, registers it as a mask
 * before returning it, and reuses it for four minutes. Concurrent callers share one request.
 */
function oidcTokenSource(audience, mask, env = process.env, fetchImpl = fetch, options = {}) {
    const now = options.now ?? Date.now;
    let cached;
    return () => {
        if (cached === undefined || now() - cached.at > REUSE_MS) {
            const token = requestIdToken(audience, env, fetchImpl, options).then((value) => {
                mask(value);
                return value;
            });
            const entry = { token, at: now() };
            cached = entry;
            // A failed request is not kept: the next call asks again.
            token.catch(() => {
                if (cached === entry)
                    cached = undefined;
            });
        }
        return cached.token;
    };
}

// EXTERNAL MODULE: ./lib/actions/runner/index.js + 5 modules
var runner = __webpack_require__(6514);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __webpack_require__(6599);
// EXTERNAL MODULE: ./lib/actions/env-names.js
var env_names = __webpack_require__(3745);
// EXTERNAL MODULE: ./lib/actions/flatten.js
var flatten = __webpack_require__(1773);
;// CONCATENATED MODULE: ./lib/actions/resolve.js
/**
 * Turns selections into outcomes through the Vault interface: what to deliver under which name,
 * and what went wrong, per secret. The `missing` and `expired` policies are applied here, so
 * that delivery (or the run action's command) only ever sees secrets that may go ahead.
 *
 * Secrets are fetched in batches (Vault.getSecrets: one transaction for up to MAX_BATCH, one
 * audit record per secret, written by the vault itself). A secret selected twice (by name and
 * by a wildcard) is fetched once. Messages name the secret, its line and the vault, never a value.
 */






/** A secret that expires within this many days is delivered with a warning. */
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;
/** The outcome's overall result: any error fails it; otherwise ignored, warned, or fine. */
function resolve_resultOf(outcome) {
    const severities = new Set(outcome.issues.map((issue) => issue.severity));
    if (severities.has('error'))
        return 'failed';
    if (severities.has('ignored'))
        return 'ignored';
    return severities.has('warning') ? 'warning' : 'ok';
}
/** True when the expiry is past or within EXPIRY_WARNING_DAYS of `now`. */
function resolve_expiresSoon(expiresOn, now) {
    return expiresOn !== undefined && expiresOn.getTime() - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS;
}
const getKey = (get) => `${nameKey(get.name)}@${get.version ?? ''}`;
const requestOf = (get) => (get.version === undefined ? { name: get.name } : { name: get.name, version: get.version });
/** One batch item: a missing or disabled secret is the selection's problem; any other error is the vault's, and thrown. */
function fetchedOf(result) {
    if (result.ok)
        return { found: result.secret };
    const { error } = result;
    if (error.code === 'SecretNotFound')
        return { missing: 'not found' };
    if (error.innerCode === 'SecretDisabled')
        return { missing: 'disabled' };
    throw error;
}
/** Fetches every get, in order, MAX_BATCH per getSecrets; the first vault error stops the rest. */
async function fetchAll(vault, gets) {
    const fetched = [];
    for (let start = 0; start < gets.length; start += MAX_BATCH) {
        const results = await vault.getSecrets(gets.slice(start, start + MAX_BATCH).map(requestOf));
        fetched.push(...results.map(fetchedOf));
    }
    return fetched;
}
/** The gets one selection needs; a wildcard's come from the listing (enabled secrets only). */
function getsOf(selection, listed) {
    if (selection.kind !== 'wildcard')
        return [{ name: selection.name, version: selection.version }];
    const prefix = nameKey(selection.prefix);
    return listed.filter((p) => p.enabled && nameKey(p.name).startsWith(prefix)).map((p) => ({ name: p.name, version: undefined }));
}
const where = (selection) => `line ${selection.line}`;
function missingIssue(policy, brief, message) {
    const severity = policy === 'fail' ? 'error' : policy === 'warn' ? 'warning' : 'ignored';
    return { severity, brief, message };
}
function missingOutcome(selection, secret, issue) {
    return { selection, secret, properties: undefined, issues: [issue], entries: [], value: undefined };
}
function notFetched(selection, get, reason, location, policy) {
    const what = get.version === undefined ? `Secret ${quote(get.name)}` : `Version ${quote(get.version)} of secret ${quote(get.name)}`;
    const message = reason === 'not found' ? `${what} (${where(selection)}) was not found in ${location}.` : `${what} (${where(selection)}) is disabled in ${location}.`;
    return missingOutcome(selection, get.name, missingIssue(policy.missing, reason, message));
}
function validityIssues(selection, properties, policy) {
    const name = `Secret ${quote(properties.name)} (${where(selection)})`;
    const severity = policy.expired === 'fail' ? 'error' : 'warning';
    const validity = validityAt(properties, policy.now);
    const { expiresOn, notBefore } = properties;
    if (validity === 'expired' && expiresOn !== undefined) {
        return [{ severity, brief: 'expired', message: `${name} expired on ${resolve_isoSeconds(expiresOn)}.` }];
    }
    if (validity === 'not-yet-valid' && notBefore !== undefined) {
        return [{ severity, brief: 'not valid yet', message: `${name} is not valid until ${resolve_isoSeconds(notBefore)}.` }];
    }
    if (expiresOn !== undefined && resolve_expiresSoon(expiresOn, policy.now)) {
        const days = Math.ceil((expiresOn.getTime() - policy.now.getTime()) / DAY_MS);
        const brief = `expires in ${days} day${days === 1 ? '' : 's'}`;
        return [{ severity: 'warning', brief, message: `${name} expires on ${resolve_isoSeconds(expiresOn)}, in ${days} day${days === 1 ? '' : 's'}.` }];
    }
    return [];
}
/** ISO 8601 to the second: what the actions print for dates. */
function resolve_isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The entries a fetched secret yields for its selection, or the issue that stops it. */
function entriesOf(selection, secret, location, policy) {
    const { name } = secret.properties;
    const base = envNameOfSecret(name);
    if (selection.kind === 'secret')
        return [{ name: selection.as ?? base, value: secret.value }];
    if (selection.kind === 'wildcard')
        return [{ name: base, value: secret.value }];
    const json = parseJson(secret.value);
    if (json === undefined) {
        return { severity: 'error', brief: 'not JSON', message: `Secret ${quote(name)} (${where(selection)}) is not valid JSON: a field or '.*' selection needs a JSON value.` };
    }
    if (selection.kind === 'flatten') {
        if (!isContainer(json)) {
            return { severity: 'error', brief: 'not a JSON object', message: `Secret ${quote(name)} (${where(selection)}) is not a JSON object or array: '.*' flattens objects and arrays.` };
        }
        return flattenJson(json, base);
    }
    const field = selectField(json, selection.path);
    const path = selection.path.join('.');
    if (field === undefined) {
        return missingIssue(policy.missing, `no field '${path}'`, `Secret ${quote(name)} (${where(selection)}) in ${location} has no field ${quote(path)}.`);
    }
    return [{ name: selection.as ?? joinEnvName(base, selection.path), value: jsonText(field) }];
}
function shortIssue(selection, name, entries, policy) {
    // An empty value has nothing to mask, so nothing to warn about.
    const short = entries.filter((entry) => entry.value.length > 0 && entry.value.length < policy.minMaskLength).map((entry) => entry.name);
    if (short.length === 0)
        return [];
    const list = short.join(', ');
    const verb = short.length === 1 ? 'is' : 'are';
    return [{
            severity: 'warning', brief: `not masked: shorter than ${policy.minMaskLength}`,
            message: `Secret ${quote(name)} (${where(selection)}): ${list} ${verb} shorter than min-mask-length (${policy.minMaskLength}) and so not masked in logs.`,
        }];
}
function fetchedOutcome(selection, secret, location, policy) {
    const { properties } = secret;
    const entries = entriesOf(selection, secret, location, policy);
    const validity = validityIssues(selection, properties, policy);
    const stopped = !Array.isArray(entries) || validity.some((issue) => issue.severity === 'error');
    // A short value is only worth a warning when it is about to be delivered unmasked.
    const issues = [...validity, ...(Array.isArray(entries) ? (stopped ? [] : shortIssue(selection, properties.name, entries, policy)) : [entries])];
    const goesAhead = !stopped && !issues.some((issue) => issue.severity !== 'warning');
    return goesAhead
        ? { selection, secret: properties.name, properties, issues, entries, value: secret.value }
        : { selection, secret: properties.name, properties, issues, entries: [], value: undefined };
}
function outcomesOf(selection, gets, fetched, location, policy) {
    if (selection.kind === 'wildcard' && gets.length === 0) {
        const pattern = `${selection.prefix}*`;
        const message = `No enabled secret in ${location} matches ${quote(pattern)} (${where(selection)}).`;
        return [missingOutcome(selection, pattern, missingIssue(policy.missing, 'no match', message))];
    }
    return gets.map((get) => {
        const result = fetched.get(getKey(get));
        if (result === undefined)
            throw new Error(`internal: ${getKey(get)} was not fetched`);
        return 'found' in result ? fetchedOutcome(selection, result.found, location, policy) : notFetched(selection, get, result.missing, location, policy);
    });
}
/**
 * The secrets the wildcards may match: one listing per distinct prefix (the vault reads only
 * the names that start with it), or one of everything when `*` is among them.
 */
async function listWildcards(vault, selections) {
    const prefixes = new Set(selections.flatMap((s) => (s.kind === 'wildcard' ? [nameKey(s.prefix)] : [])));
    const wanted = prefixes.has('') ? [''] : [...prefixes];
    const listed = new Map();
    for (const namePrefix of wanted) {
        for (const properties of await vault.listPropertiesOfSecrets({ namePrefix }))
            listed.set(nameKey(properties.name), properties);
    }
    return [...listed.values()];
}
/**
 * Resolves every selection, in order: wildcards from one listing, each distinct (name, version)
 * fetched once, in batches of MAX_BATCH. Errors other than a missing or disabled secret
 * (integrity, access, storage) are thrown: they are the vault's, not a selection's.
 */
async function resolve_resolveSelections(vault, selections, policy) {
    const listed = await listWildcards(vault, selections);
    const plans = selections.map((selection) => ({ selection, gets: getsOf(selection, listed) }));
    const distinct = new Map();
    for (const get of plans.flatMap((plan) => plan.gets))
        if (!distinct.has(getKey(get)))
            distinct.set(getKey(get), get);
    const keys = [...distinct.keys()];
    const results = await fetchAll(vault, [...distinct.values()]);
    const fetched = new Map(keys.map((key, index) => [key, results[index]]));
    return plans.flatMap((plan) => outcomesOf(plan.selection, plan.gets, fetched, vault.location, policy));
}

;// CONCATENATED MODULE: ./lib/actions/load.js
/**
 * Opening the vault an action names and resolving its selections, closing the vault however
 * that ends. Relative vault paths (and a remote vault's ca-file) resolve against the workspace
 * (GITHUB_WORKSPACE), where actions/checkout put the repository, rather than the process's
 * working folder.
 */







/** The folder relative paths resolve against: GITHUB_WORKSPACE, or the working folder outside a runner. */
function workspaceOf(env) {
    return env.GITHUB_WORKSPACE === undefined || env.GITHUB_WORKSPACE === '' ? process.cwd() : env.GITHUB_WORKSPACE;
}
/**
 * Key operations run inline: a step is one short-lived process using one key, and starting a
 * worker thread would cost more than the signatures it would take off the event loop. The key
 * code is loaded by the first operation, so a step that only reads secrets never loads it.
 */
const inlineExecutor = {
    async run(key, request) {
        const { inlineKeyExecutor } = await __webpack_require__.e(/* import() */ 858).then(__webpack_require__.bind(__webpack_require__, 7858));
        return inlineKeyExecutor.run(key, request);
    },
    close: () => Promise.resolve(),
};
/** Opens the vault as the caller (the OS user and the run's GITHUB_* claims, for the audit log); key operations run inline. */
async function openActionVault(settings, env, mask = runner/* setSecret */.Pq, fetchImpl = fetch) {
    const location = (0,vault_location/* parseLocation */.zS)(settings.vault, workspaceOf(env));
    if (settings.remote !== undefined)
        return openAnyVault(settings.vault, { remote: remoteOptions(settings.remote, env, mask, fetchImpl) });
    // A sqlite: location is handed over as given; settings without a key are refused by openAnyVault.
    return openAnyVault(location.kind === 'file' ? location.path : settings.vault, {
        ...(settings.masterKey === undefined ? {} : { local: { masterKey: settings.masterKey, principal: callerPrincipal(env), keyExecutor: inlineExecutor } }),
    });
}
/**
 * The token source and trust of a remote vault. The OIDC token is requested on the first call
 * (not here: opening must not need the network) and masked before it is used.
 */
function remoteOptions(remote, env, mask, fetchImpl) {
    const { auth } = remote;
    const token = auth.kind === 'token' ? () => Promise.resolve(auth.token) : oidcTokenSource(auth.audience, mask, env, fetchImpl);
    if (remote.caFile === undefined)
        return { token };
    return { token, ca: (0,external_node_path_.isAbsolute)(remote.caFile) ? remote.caFile : (0,external_node_path_.resolve)(workspaceOf(env), remote.caFile) };
}
/** Opens the vault, resolves every selection under the settings' policies, and closes it. */
async function loadSecrets(settings, env, now = new Date()) {
    const vault = await openActionVault(settings, env);
    try {
        return await resolveSelections(vault, settings.selections, {
            missing: settings.missing, expired: settings.expired, minMaskLength: settings.minMaskLength, now,
        });
    }
    finally {
        await vault.close();
    }
}

// EXTERNAL MODULE: ./lib/actions/report.js
var report = __webpack_require__(3257);
;// CONCATENATED MODULE: ./lib/actions/summary.js
/**
 * The step summary's audit table, as markdown. Pure: it is built from names, versions, dates
 * and results — the types it takes carry no value — and report.ts writes it. One row per
 * secret (or per selection that found nothing), then who ran the step and a link to the run.
 */

function runContextOf(env) {
    const value = (name) => (env[name] === '' ? undefined : env[name]);
    return {
        actor: value('GITHUB_ACTOR'), repository: value('GITHUB_REPOSITORY'), workflow: value('GITHUB_WORKFLOW'),
        runId: value('GITHUB_RUN_ID'), ref: value('GITHUB_REF'), eventName: value('GITHUB_EVENT_NAME'),
        serverUrl: value('GITHUB_SERVER_URL'),
    };
}
/** Rows for outcomes; `rename` gives the delivered name (`<NAME>_FILE` for files). */
function summaryRows(outcomes, where, rename = (name) => name) {
    return outcomes.map((outcome) => ({
        secret: outcome.secret,
        version: outcome.properties?.version,
        expiresOn: outcome.properties?.expiresOn,
        names: outcome.entries.map((entry) => rename(entry.name)),
        where,
        result: resultOf(outcome),
        issues: outcome.issues.map(({ severity, brief }) => ({ severity, brief })),
    }));
}
const SAFE_CODE = /^[^`|<>&\\\r\n]*$/;
/**
 * Inline code that cannot break the table or inject markup, whatever the text. Markdown is still
 * parsed between HTML tags, so inside `<code>` every character markdown could make a link, an
 * image or emphasis of is written as an entity too: a certificate subject such as
 * `CN=x|[Renew](https://…)` shows as text, not as a link.
 */
function code(text) {
    if (SAFE_CODE.test(text))
        return `\`${text}\``;
    const named = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
    const escaped = text.replace(/[\r\n]+/g, ' ').replace(/[&<>|\\`[\](){}!*_~]/g, (c) => named[c] ?? `&#${c.charCodeAt(0)};`);
    return `<code>${escaped}</code>`;
}
const MAX_NAMES_SHOWN = 5;
const MARK = { ok: '✅', warning: '⚠️', failed: '❌', ignored: '➖' };
function namesCell(row, delivered) {
    if (row.names.length === 0)
        return '—';
    if (!delivered)
        return 'not delivered';
    const shown = row.names.slice(0, MAX_NAMES_SHOWN).map(code).join(', ');
    const more = row.names.length > MAX_NAMES_SHOWN ? ` and ${row.names.length - MAX_NAMES_SHOWN} more` : '';
    return `${shown}${more} → ${row.where}`;
}
function expiresCell(row, now) {
    if (row.expiresOn === undefined)
        return '—';
    return `${isoSeconds(row.expiresOn)}${expiresSoon(row.expiresOn, now) ? ' ⚠️' : ''}`;
}
function resultCell(row) {
    const briefs = row.issues.map((issue) => issue.brief);
    return [MARK[row.result], ...(briefs.length === 0 ? [] : [briefs.join('; ')])].join(' ');
}
function tableRow(row, input) {
    const version = row.version === undefined ? '—' : code(row.version);
    return `| ${code(row.secret)} | ${version} | ${namesCell(row, input.delivered)} | ${expiresCell(row, input.now)} | ${resultCell(row)} |`;
}
/** The run's link, only when its parts look like what the runner sets. */
function runUrl(context) {
    const server = context.serverUrl ?? 'https://github.com';
    const { repository, runId } = context;
    if (!/^https:\/\/[A-Za-z0-9.:-]+$/.test(server) || repository === undefined || runId === undefined)
        return undefined;
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^[0-9]+$/.test(runId))
        return undefined;
    return `${server}/${repository}/actions/runs/${runId}`;
}
/** The summary's last line, shared by every action: who ran the step, where, and when. */
function whoRanIt(context, now) {
    const url = runUrl(context);
    const parts = [
        context.actor === undefined ? undefined : `actor ${code(context.actor)}`,
        context.repository === undefined ? undefined : `repository ${code(context.repository)}`,
        context.workflow === undefined ? undefined : `workflow ${code(context.workflow)}`,
        context.runId === undefined ? undefined : `run ${url === undefined ? code(context.runId) : `[${context.runId}](${url})`}`,
        context.ref === undefined ? undefined : `ref ${code(context.ref)}`,
        context.eventName === undefined ? undefined : `event ${code(context.eventName)}`,
        `at ${resolve_isoSeconds(now)}`,
    ];
    return `Who ran it: ${parts.filter((part) => part !== undefined).join(' · ')}`;
}
function statusLine(input) {
    const count = (result) => input.rows.filter((row) => row.result === result).length;
    // A row counts as delivered by what it delivered: a missing secret under `missing: warn` is a warning, not a delivery.
    const delivered = input.delivered ? input.rows.filter((row) => row.result !== 'failed' && row.names.length > 0).length : 0;
    const counts = [`${delivered} delivered`, `${count('warning')} with warnings`, `${count('failed')} failed`, `${count('ignored')} ignored`];
    return input.delivered ? counts.join(' · ') : `${counts.join(' · ')} — the step failed, so nothing was delivered.`;
}
/** The whole summary, ending with a newline. */
function renderSummary(input) {
    return [
        `### 🔐 Coffer ${input.action}: secrets from ${code(input.vault)}`,
        '',
        '| Secret | Version | Delivered as | Expires | Result |',
        '| --- | --- | --- | --- | --- |',
        ...input.rows.map((row) => tableRow(row, input)),
        '',
        statusLine(input),
        '',
        whoRanIt(input.context, input.now),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/actions/certificate/cleanup.js
var cleanup = __webpack_require__(3367);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/actions/replace-file.js
/**
 * Writing a file the step hands to others: `data` goes to a fresh file created with `mode`, which
 * is then renamed over `path`. Whatever was at `path` — a file, or a link planted to redirect the
 * write — is replaced, never written through, and no reader ever sees half a file.
 */



/** With `exactMode`, the file gets `mode` whatever the umask (which may only have narrowed it). */
async function replaceFile(path, data, mode, exactMode = false) {
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,external_node_fs_promises_.writeFile)(temporary, data, { flag: 'wx', mode });
        if (exactMode)
            await (0,external_node_fs_promises_.chmod)(temporary, mode);
        await (0,external_node_fs_promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,external_node_fs_promises_.rm)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./lib/actions/certificate/files.js
/**
 * The files the certificate action writes into output-dir (RUNNER_TEMP unless given), named
 * after the certificate: `<name>.cert.pem` and `<name>.chain.pem` (public, 0644), and
 * `<name>.key.pem` or `<name>.pfx` (the private key, 0600). Each is written to a fresh file
 * created with its final mode and renamed into place, so a file or link planted at the path is
 * replaced, never written through, and the key is never readable by others, not even briefly.
 *
 * The paths of the private files are saved for the post step before they are created, so a
 * failure halfway still gets them deleted (cleanup.ts).
 */




const PRIVATE_MODE = 0o600;
const PUBLIC_MODE = 0o644;
/** The endings of the files holding a private key: the post step deletes only files that end so. */
const PRIVATE_SUFFIXES = (/* unused pure expression or super */ null && (['.key.pem', '.pfx']));
/** output-dir resolved: relative to the workspace, or RUNNER_TEMP (the OS temp folder outside a runner) when not given. */
function outputDirOf(outputDir, workspace, env) {
    if (outputDir !== undefined)
        return (0,external_node_path_.resolve)(workspace, outputDir);
    return env.RUNNER_TEMP === undefined || env.RUNNER_TEMP === '' ? (0,external_node_os_.tmpdir)() : env.RUNNER_TEMP;
}
/** The files a certificate named `name` is written to, per format: pem → certificate, chain, key; pfx → certificate, pfx. */
function certificatePaths(dir, name, format) {
    const at = (suffix) => (0,external_node_path_.join)(dir, `${name}${suffix}`);
    return {
        certificateFile: at('.cert.pem'),
        chainFile: format === 'pem' ? at('.chain.pem') : undefined,
        keyFile: format === 'pem' ? at('.key.pem') : undefined,
        pfxFile: format === 'pfx' ? at('.pfx') : undefined,
    };
}
/** The paths holding a private key, for the post step. */
function privatePaths(paths) {
    return [paths.keyFile, paths.pfxFile].filter((path) => path !== undefined);
}
/** Writes one file, replacing whatever is at `path`, with exactly `mode` (see replaceFile). */
async function writeReplacing(path, data, mode) {
    await replaceFile(path, data, mode, true);
}
/** Writes every file of `paths` from `material`; the folder is created (0700) if missing. Masks must be registered before. */
async function writeCertificateFiles(paths, material) {
    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(paths.certificateFile), { recursive: true, mode: 0o700 });
    await writeReplacing(paths.certificateFile, material.certificatePem, PUBLIC_MODE);
    if (paths.chainFile !== undefined)
        await writeReplacing(paths.chainFile, material.chainPem, PUBLIC_MODE);
    if (paths.keyFile !== undefined && material.privateKeyPem !== undefined)
        await writeReplacing(paths.keyFile, material.privateKeyPem, PRIVATE_MODE);
    if (paths.pfxFile !== undefined && material.pfx !== undefined)
        await writeReplacing(paths.pfxFile, material.pfx, PRIVATE_MODE);
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./lib/core/certificates/model.js
var model = __webpack_require__(2697);
// EXTERNAL MODULE: ./lib/actions/masks.js
var masks = __webpack_require__(8022);
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
            throw new errors/* BadParameterError */.lh(`Invalid ${source}: expected base64 of ${MASTER_KEY_BYTES} bytes (44 characters); it has characters outside base64.`);
        }
        const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
        if (bytes.length !== MASTER_KEY_BYTES) {
            throw new errors/* BadParameterError */.lh(`Invalid ${source}: expected base64 of ${MASTER_KEY_BYTES} bytes; it decodes to ${bytes.length} bytes.`);
        }
        return new MasterKey(bytes);
    }
    static generate(random = external_node_crypto_.randomBytes) {
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
        return (0,external_node_crypto_.createHmac)('sha256', this.#bytes).update('coffer/key-id/v1').digest('hex').slice(0, 16);
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

// EXTERNAL MODULE: ./lib/protocol/ids.js
var ids = __webpack_require__(9654);
;// CONCATENATED MODULE: ./lib/actions/selection.js
/**
 * The `secrets` input: one selection per line, parsed into typed selections before the vault
 * is touched, so that a typo fails the step with its line number and nothing is fetched.
 *
 *   db-password                      the latest version, as DB_PASSWORD
 *   db-password > PGPASSWORD         under an explicit name
 *   db-password@<32 hex>             a pinned version
 *   app-*                            every enabled secret whose name starts with `app-` (`*`: all)
 *   app-config.*                     a JSON secret flattened into APP_CONFIG_<KEY>[_<SUBKEY>]
 *   app-config.database.host > H     one field of a JSON secret
 *   # a comment                      (whole lines only; blank lines are ignored too)
 *
 * Errors quote the line (bounded by `quote`) — a selection names secrets, never holds a value.
 */



const NAME = /^[0-9a-zA-Z-]+$/;
const VERSION = /^[0-9a-f]{32}$/;
const FIELD = /^[A-Za-z0-9_-]+$/;
/** name, then optional @version, then optional .path — split before each part is checked. */
const REFERENCE = /^(?<name>[^@.]*)(?:@(?<version>[^.]*))?(?:\.(?<path>.*))?$/s;
/** A line-numbered error that quotes the line. */
function lineError(line, text, problem) {
    return new BadParameterError(`Line ${line}: ${quote(text)}: ${problem}`);
}
function checkName(name) {
    if (name === '')
        return 'expected a secret name before \'@\', \'.\' or \'>\'.';
    if (!NAME.test(name) || name.length > LIMITS.nameLength) {
        return `invalid secret name ${quote(name)}: expected 1-127 of 0-9, a-z, A-Z, '-'.`;
    }
    return undefined;
}
function parseWildcard(line, text, reference, as) {
    const prefix = reference.slice(0, -1);
    if (prefix.includes('*'))
        throw lineError(line, text, 'a wildcard is one \'*\' at the end of a name prefix, as in \'app-*\'.');
    if (prefix.includes('@'))
        throw lineError(line, text, 'a wildcard cannot pin a version.');
    if (prefix.includes('.'))
        throw lineError(line, text, 'a wildcard cannot select JSON fields: flatten one secret at a time with \'name.*\'.');
    if (prefix !== '' && (!NAME.test(prefix) || prefix.length >= LIMITS.nameLength)) {
        throw lineError(line, text, `invalid name prefix ${quote(prefix)}: expected 0-126 of 0-9, a-z, A-Z, '-' before '*'.`);
    }
    if (as !== undefined)
        throw lineError(line, text, 'a wildcard cannot be renamed with \'>\': each secret gets its own derived name.');
    return { kind: 'wildcard', line, text, prefix };
}
function parsePath(line, text, path) {
    const fields = path.split('.');
    for (const field of fields) {
        if (!FIELD.test(field)) {
            throw lineError(line, text, `invalid field path ${quote(path)}: expected field names of A-Z, a-z, 0-9, '_', '-' separated by '.', or '*' alone.`);
        }
    }
    return fields;
}
function parseReference(line, text, reference, as) {
    if (reference.endsWith('*') && !reference.endsWith('.*'))
        return parseWildcard(line, text, reference, as);
    const match = REFERENCE.exec(reference);
    const { name = '', version, path } = match?.groups ?? {};
    const nameProblem = checkName(name);
    if (nameProblem !== undefined)
        throw lineError(line, text, nameProblem);
    if (version !== undefined && !VERSION.test(version)) {
        throw lineError(line, text, `invalid version ${quote(version)}: expected 32 lowercase hexadecimal characters.`);
    }
    if (path === undefined)
        return { kind: 'secret', line, text, name, version, as };
    if (path === '*') {
        if (as !== undefined)
            throw lineError(line, text, 'a flattened secret (\'.*\') cannot be renamed with \'>\': each field gets its own derived name.');
        return { kind: 'flatten', line, text, name, version };
    }
    return { kind: 'field', line, text, name, version, path: parsePath(line, text, path), as };
}
function parseTarget(line, text, target) {
    if (target === undefined)
        return undefined;
    if (target === '')
        throw lineError(line, text, 'expected a variable name after \'>\'.');
    const problem = envNameProblem(target);
    if (problem !== undefined)
        throw lineError(line, text, problem);
    return target;
}
/** Parses one non-blank, non-comment line (already trimmed). */
function parseSelectionLine(line, text) {
    const parts = text.split('>');
    if (parts.length > 2)
        throw lineError(line, text, 'expected at most one \'>\'.');
    const reference = (parts[0] ?? '').trim();
    const as = parseTarget(line, text, parts[1]?.trim());
    if (/\s/.test(reference)) {
        throw lineError(line, text, 'expected one selection per line: a name, then optionally \'@version\', \'.field\' or \'.*\', then optionally \'> NAME\'.');
    }
    return parseReference(line, text, reference, as);
}
/** Parses the whole `secrets` input; blank lines and `#` comment lines are skipped. */
function selection_parseSelections(input) {
    const selections = [];
    input.split('\n').forEach((raw, index) => {
        const text = raw.trim();
        if (text === '' || text.startsWith('#'))
            return;
        selections.push(parseSelectionLine(index + 1, text));
    });
    return selections;
}

;// CONCATENATED MODULE: ./lib/actions/inputs.js
/**
 * Where the actions read their inputs: here, and for the sign action in sign/inputs.ts, which
 * builds on the parsers exported here. Each action's inputs are read once, by a pure function
 * over an injected `getInput`, into one typed settings object; a bad input fails there, before
 * the vault is opened, with a message that quotes it and says what was expected.
 *
 * The `key` input is read first and handed to `mask` before any other input is read, parsed
 * or reported, so that no later message or debug line can print it unmasked.
 */






/** Capped: a large minimum would switch masking off for real secrets with only a warning. */
const MIN_MASK_LENGTH = { default: 4, min: 1, max: 8 };
/** A required input's value; its absence is refused, saying what was expected. */
function required(getInput, name, expected) {
    const value = getInput(name);
    if (value === '')
        throw new errors/* BadParameterError */.lh(`Input required and not supplied: ${name}. Expected ${expected}.`);
    return value;
}
function inputs_boolean(getInput, name, fallback) {
    const value = getInput(name);
    if (value === '')
        return fallback;
    if (value === 'true' || value === 'false')
        return value === 'true';
    throw new errors/* BadParameterError */.lh(`Invalid ${name} input ${(0,errors/* quote */.hD)(value)}: expected true or false.`);
}
/** One of `allowed`, or `fallback` when the input is empty. */
function oneOf(getInput, name, allowed, fallback) {
    const value = getInput(name);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    const list = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1) ?? ''}`;
    throw new errors/* BadParameterError */.lh(`Invalid ${name} input ${(0,errors/* quote */.hD)(value)}: expected ${list}.`);
}
function minMaskLength(getInput) {
    const value = getInput('min-mask-length');
    if (value === '')
        return MIN_MASK_LENGTH.default;
    const number = /^[0-9]{1,5}$/.test(value) ? Number(value) : Number.NaN;
    if (!(number >= MIN_MASK_LENGTH.min && number <= MIN_MASK_LENGTH.max)) {
        throw new BadParameterError(`Invalid min-mask-length input ${quote(value)}: expected a whole number from ${MIN_MASK_LENGTH.min} to ${MIN_MASK_LENGTH.max}.`);
    }
    return number;
}
function masterKey(key) {
    if (key === '') {
        throw new errors/* BadParameterError */.lh('Input required and not supplied: key. Expected the vault\'s master key, e.g. key: ${{ secrets.COFFER_KEY }}.');
    }
    return MasterKey.parse(key, 'key input');
}
/** Every form of the key input worth masking, the text itself first. */
function keyMasks(key) {
    const forms = [key, ...(0,masks/* masksFor */.RM)(key, { encodings: true, minLength: 4 })];
    const bytes = Buffer.from(key.trim().replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length > 0)
        forms.push(bytes.toString('hex'), bytes.toString('hex').toUpperCase(), bytes.toString('base64url'));
    return [...new Set(forms)];
}
const REMOTE_INPUTS = ['auth', 'token', 'audience', 'ca-file'];
/** auth, token, audience and ca-file of an `https://` vault; `token` was masked by the caller. */
function remoteSettings(getInput, vault, token) {
    const origin = (0,ids/* vaultOrigin */.Vo)(vault);
    const auth = oneOf(getInput, 'auth', ['oidc', 'token'], 'oidc');
    const audience = getInput('audience');
    if (auth === 'token' && token === '')
        throw new errors/* BadParameterError */.lh('Input required and not supplied: token. Expected a bearer token for the vault with auth: token, e.g. token: ${{ secrets.VAULT_TOKEN }}.');
    if (auth === 'oidc' && token !== '')
        throw new errors/* BadParameterError */.lh('Invalid token input: a token is used only with auth: token; with auth: oidc the step requests the job\'s OIDC token.');
    if (auth === 'token' && audience !== '')
        throw new errors/* BadParameterError */.lh(`Invalid audience input ${(0,errors/* quote */.hD)(audience)}: an audience is used only with auth: oidc.`);
    const caFile = getInput('ca-file');
    return { auth: auth === 'token' ? { kind: 'token', token } : { kind: 'oidc', audience: audience === '' ? origin : audience }, caFile: caFile === '' ? undefined : caFile };
}
/**
 * The `key`, `token` and `vault` inputs every action reads, and for an `https://` vault its
 * auth, audience and ca-file. Masks the key and the token before anything else happens.
 */
function readVaultSettings(getInput, mask) {
    const key = getInput('key');
    // The key text, its lines and encodings, and the hex and base64url of the key bytes: a
    // process that can read this one's environment must not find a form the log shows in clear.
    if (key !== '')
        for (const form of keyMasks(key))
            mask(form);
    const vault = required(getInput, 'vault', 'a vault file path, file:PATH or an https:// URL');
    // Masked before anything can fail with a message: a refusal of the vault input quotes only that input.
    const token = getInput('token');
    if (token !== '')
        mask(token);
    if ((0,vault_location/* parseLocation */.zS)(vault).kind === 'https')
        return { vault, masterKey: undefined, remote: remoteSettings(getInput, vault, token) };
    const remoteOnly = REMOTE_INPUTS.find((name) => getInput(name) !== '');
    if (remoteOnly !== undefined)
        throw new errors/* BadParameterError */.lh(`Invalid ${remoteOnly} input: it is used only with an https:// vault; ${(0,errors/* quote */.hD)(vault)} is a vault file, opened with the key input.`);
    return { vault, masterKey: masterKey(key) };
}
/** The inputs the fetch and run actions share. Masks the key before anything else happens. */
function readSecretSettings(getInput, mask) {
    const settings = readVaultSettings(getInput, mask);
    const selections = parseSelections(required(getInput, 'secrets', 'one selection per line, e.g. db-password'));
    if (selections.length === 0)
        throw new BadParameterError('The secrets input selects nothing: every line is blank or a comment.');
    return {
        ...settings, selections,
        missing: oneOf(getInput, 'missing', ['fail', 'warn', 'ignore'], 'fail'),
        expired: oneOf(getInput, 'expired', ['fail', 'warn'], 'warn'),
        maskEncodings: inputs_boolean(getInput, 'mask-encodings', true),
        minMaskLength: minMaskLength(getInput),
    };
}
/** Every input of the fetch action. */
function readFetchSettings(getInput, mask) {
    const settings = {
        ...readSecretSettings(getInput, mask),
        exportEnv: inputs_boolean(getInput, 'export-env', true),
        outputs: inputs_boolean(getInput, 'outputs', true),
        files: inputs_boolean(getInput, 'files', false),
        cleanupFiles: inputs_boolean(getInput, 'cleanup-files', true),
        cleanupEnv: inputs_boolean(getInput, 'cleanup-env', false),
    };
    if (!settings.exportEnv && !settings.outputs) {
        throw new BadParameterError('Invalid inputs export-env \'false\' and outputs \'false\': the secrets would go nowhere; expected at least one of them true.');
    }
    return settings;
}
/** Every input of the run action; `platform` decides whether `cmd` is available. */
function readRunSettings(getInput, mask, platform = process.platform) {
    const secrets = readSecretSettings(getInput, mask);
    const run = required(getInput, 'run', 'the command to run with the secrets in its environment');
    const shell = oneOf(getInput, 'shell', ['bash', 'sh', 'pwsh', 'cmd'], 'bash');
    if (shell === 'cmd' && platform !== 'win32') {
        throw new BadParameterError('Invalid shell input \'cmd\': cmd is only available on Windows runners; use bash, sh or pwsh.');
    }
    return { ...secrets, run, shell };
}

;// CONCATENATED MODULE: ./lib/actions/certificate/inputs.js
/**
 * The certificate action's inputs (actions/certificate/action.yml), read once into one settings
 * object with the shared parsers of ../inputs.ts. The `key` and `token` inputs are masked by
 * readVaultSettings before any other input is read, and `pfx-password` right after them, before
 * anything that could fail with a message is parsed.
 *
 * An input about the certificate itself (subject, SANs, issuer, validity, key) that is left
 * empty means "as the certificate has it": only what is given is compared with an existing
 * certificate's policy, so a step that names only the certificate never changes it.
 */





const MAX_VALIDITY_MONTHS = 120;
/** RFC 1035 limits: 63 per label, 253 in all; a leading `*.` is a wildcard. */
const DNS_NAME = /^(?:\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const MAX_SANS = 100;
/** The items of a list input: one per line, or separated by commas or spaces; blank lines and `# comments` are skipped. */
function listItems(text) {
    return text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, '')).flatMap((line) => line.split(/[\s,]+/)).filter((item) => item !== '');
}
function list(getInput, name, check, expected) {
    const text = getInput(name);
    if (text === '')
        return undefined;
    const items = listItems(text);
    if (items.length === 0)
        return undefined;
    if (items.length > MAX_SANS)
        throw new errors/* BadParameterError */.lh(`Invalid ${name} input: ${items.length} items; at most ${MAX_SANS}.`);
    const bad = items.find((item) => !check(item));
    if (bad !== undefined)
        throw new errors/* BadParameterError */.lh(`Invalid ${name} input ${(0,errors/* quote */.hD)(bad)}: expected ${expected}.`);
    return [...new Set(items)];
}
function validityMonths(getInput) {
    const value = getInput('validity-months');
    if (value === '')
        return undefined;
    const months = /^[0-9]{1,3}$/.test(value) ? Number(value) : Number.NaN;
    if (!(months >= 1 && months <= MAX_VALIDITY_MONTHS)) {
        throw new errors/* BadParameterError */.lh(`Invalid validity-months input ${(0,errors/* quote */.hD)(value)}: expected a whole number from 1 to ${MAX_VALIDITY_MONTHS}.`);
    }
    return months;
}
function subject(getInput) {
    const value = getInput('subject');
    if (value === '')
        return undefined;
    if (value.length > 1024 || /[\0-\x1f\x7f]/.test(value) || !/^[A-Za-z][A-Za-z0-9.]*\s*=/.test(value)) {
        throw new errors/* BadParameterError */.lh(`Invalid subject input ${(0,errors/* quote */.hD)(value)}: expected an X.500 name such as CN=api.example.com, O=Example.`);
    }
    return value;
}
function issuer(getInput) {
    const value = getInput('issuer');
    if (value === '')
        return undefined;
    const name = (0,names/* validateName */.yS)(value, 'issuer');
    if (name.toLowerCase() === model/* UNKNOWN_ISSUER */.PB.toLowerCase()) {
        throw new errors/* BadParameterError */.lh(`Invalid issuer input ${(0,errors/* quote */.hD)(value)}: with issuer Unknown a certificate waits for a person to have its CSR signed and merge the chain, and a pipeline step cannot wait for that. Use Self or the name of a vault CA issuer (coffer certificate issuer create).`);
    }
    return name;
}
/** kty, key-size and curve: key-size implies RSA and curve implies EC when kty is empty. */
function keyChoice(getInput) {
    const kty = oneOf(getInput, 'kty', ['RSA', 'EC'], '');
    const sizeText = getInput('key-size');
    const curveText = getInput('curve');
    const keySize = sizeText === '' ? undefined : Number(sizeText);
    if (keySize !== undefined && !(/^[0-9]{4}$/.test(sizeText) && model/* CERTIFICATE_RSA_SIZES */.w3.includes(keySize))) {
        throw new errors/* BadParameterError */.lh(`Invalid key-size input ${(0,errors/* quote */.hD)(sizeText)}: expected ${model/* CERTIFICATE_RSA_SIZES */.w3.join(', ')} (RSA).`);
    }
    if (curveText !== '' && !model/* CERTIFICATE_CURVES */.jL.includes(curveText)) {
        throw new errors/* BadParameterError */.lh(`Invalid curve input ${(0,errors/* quote */.hD)(curveText)}: expected ${model/* CERTIFICATE_CURVES */.jL.join(', ')} (EC).`);
    }
    const curve = curveText === '' ? undefined : curveText;
    if (keySize !== undefined && curve !== undefined)
        throw new errors/* BadParameterError */.lh('Invalid inputs key-size and curve: key-size is for RSA keys, curve for EC keys; give one of them.');
    if (kty === 'EC' && keySize !== undefined)
        throw new errors/* BadParameterError */.lh(`Invalid key-size input ${(0,errors/* quote */.hD)(sizeText)}: kty is EC, whose size is set by curve.`);
    if (kty === 'RSA' && curve !== undefined)
        throw new errors/* BadParameterError */.lh(`Invalid curve input ${(0,errors/* quote */.hD)(curveText)}: kty is RSA, whose size is set by key-size.`);
    const keyType = kty !== '' ? kty : keySize !== undefined ? 'RSA' : curve !== undefined ? 'EC' : undefined;
    return { keyType, keySize, curve };
}
/** Every input about the certificate itself. */
function readRequest(getInput) {
    return {
        subject: subject(getInput),
        dnsNames: list(getInput, 'dns-names', (item) => item.length <= 253 && DNS_NAME.test(item), 'DNS names such as api.example.com or *.example.com, one per line'),
        ipAddresses: list(getInput, 'ip-addresses', (item) => (0,external_node_net_.isIP)(item) !== 0, 'IPv4 or IPv6 addresses, one per line'),
        issuer: issuer(getInput),
        validityMonths: validityMonths(getInput),
        ...keyChoice(getInput),
    };
}
function outputDir(getInput) {
    const value = getInput('output-dir');
    if (value === '')
        return undefined;
    if (value.length > 4096 || /[\0-\x1f]/.test(value))
        throw new errors/* BadParameterError */.lh(`Invalid output-dir input ${(0,errors/* quote */.hD)(value.slice(0, 80))}: expected a folder path.`);
    return value;
}
/** Every input of the certificate action. Masks key, token and pfx-password before anything else happens. */
function readCertificateSettings(getInput, mask) {
    const vault = readVaultSettings(getInput, mask);
    const password = getInput('pfx-password');
    if (password !== '')
        mask(password);
    const format = oneOf(getInput, 'format', ['pem', 'pfx'], 'pem');
    const settings = {
        ...vault,
        name: (0,names/* validateName */.yS)(required(getInput, 'name', 'the certificate\'s name in the vault, e.g. api-tls'), 'certificate'),
        request: readRequest(getInput),
        renew: oneOf(getInput, 'renew', ['if-due', 'always', 'never'], 'if-due'),
        format,
        outputDir: outputDir(getInput),
        pfxPassword: password === '' ? undefined : password,
        pfxLegacy: inputs_boolean(getInput, 'pfx-legacy', false),
    };
    if (format === 'pem' && (settings.pfxPassword !== undefined || settings.pfxLegacy)) {
        throw new errors/* BadParameterError */.lh(`Invalid input ${settings.pfxPassword !== undefined ? 'pfx-password' : 'pfx-legacy'}: it is used only with format: pfx.`);
    }
    return settings;
}

;// CONCATENATED MODULE: ./lib/actions/certificate/operation.js
/**
 * Seeing a create or renewal through. A local vault, and a `coffer serve` server, finish issuing
 * within the request (issuer Self or a vault CA); Azure Key Vault answers 202 with an operation
 * in progress, even for Self, and finishes it moments later (or, with a CA provider, minutes
 * later). So an operation in progress is polled, with backoff, for up to a minute — unless its
 * issuer is Unknown: that one waits for a person to have its CSR signed and the chain merged,
 * which no amount of polling brings about, and the step says what to do instead.
 */



const DEFAULT_WAITING = { sleep: (ms) => (0,promises_.setTimeout)(ms), now: Date.now, timeoutMs: 60_000 };
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 10_000;
const waitsForAPerson = (operation) => operation.issuerName.toLowerCase() === model/* UNKNOWN_ISSUER */.PB.toLowerCase();
/** Throws unless the operation completed: pending (waiting for a person, or for longer than the step waits), cancelled or failed. */
function checkCompleted(operation, name, what, waitedMs = 0) {
    if (operation.status === 'completed')
        return;
    if (operation.status === 'inProgress' && waitsForAPerson(operation)) {
        throw new errors/* VaultError */.hb('Conflict', `Certificate ${(0,errors/* quote */.hD)(name)}: the ${what} is pending with issuer Unknown: the vault made a certificate signing request that a CA must sign before the new version exists, and this action cannot wait for that. `
            + `Have the CSR signed (coffer certificate pending ${name}) and merge the chain (coffer certificate merge ${name} --file chain.pem), then run the step again; or use issuer Self or a vault CA issuer.`);
    }
    if (operation.status === 'inProgress') {
        throw new errors/* VaultError */.hb('Conflict', `Certificate ${(0,errors/* quote */.hD)(name)}: the ${what} with issuer ${(0,errors/* quote */.hD)(operation.issuerName)} is still in progress after ${Math.round(waitedMs / 1000)} s, and the step stopped waiting. Run it again once the vault has issued the certificate (renew: never writes it without making another version).`);
    }
    const detail = operation.error === undefined ? operation.statusDetails ?? '' : `${operation.error.code}: ${operation.error.message}`;
    throw new errors/* VaultError */.hb('Conflict', `Certificate ${(0,errors/* quote */.hD)(name)}: the ${what} ended ${operation.status}${detail === '' ? '' : ` (${detail.slice(0, 300)})`}.`);
}
/** Polls an operation in progress (not one waiting for a person) until it ends or the time is up, then checks it completed. */
async function settle(certificates, operation, what, waiting = DEFAULT_WAITING) {
    const started = waiting.now();
    let current = operation;
    for (let attempt = 0; current.status === 'inProgress' && !waitsForAPerson(current); attempt += 1) {
        const left = waiting.timeoutMs - (waiting.now() - started);
        if (left <= 0)
            break;
        await waiting.sleep(Math.min(FIRST_DELAY_MS * 2 ** attempt, MAX_DELAY_MS, left));
        current = await certificates.getCertificateOperation(operation.name);
    }
    checkCompleted(current, operation.name, what, waiting.now() - started);
}

;// CONCATENATED MODULE: ./lib/actions/certificate/request.js
/**
 * What the inputs ask of a certificate, against what the vault has: the policy to create one
 * with, and how an existing certificate's policy differs from the inputs. Pure.
 *
 * Comparison is deliberately forgiving where spelling varies but meaning does not (a subject's
 * spacing, attribute aliases and letter case; DNS names' case and order; IPv6 notation): a
 * scheduled step that saw a difference every run would make a new certificate every run.
 */



const DEFAULT_RSA_SIZE = 2048;
const DEFAULT_CURVE = 'P-256';
/**
 * The policy a new certificate is created with: the inputs, issuer Self unless one is named,
 * and an exportable key in a PEM secret (this action writes the key out). Without a subject,
 * the first DNS name is the common name; with neither, there is nothing to certify.
 */
function creationPolicy(name, request) {
    const firstDns = request.dnsNames?.[0];
    const subject = request.subject ?? (firstDns === undefined ? undefined : `CN=${firstDns}`);
    if (subject === undefined) {
        throw new errors/* BadParameterError */.lh(`Certificate ${(0,errors/* quote */.hD)(name)} does not exist, and creating it needs a subject or dns-names input (e.g. subject: CN=api.example.com).`);
    }
    return {
        subject,
        subjectAlternativeNames: { dnsNames: request.dnsNames ?? [], ipAddresses: request.ipAddresses ?? [] },
        issuerName: request.issuer ?? model/* SELF_ISSUER */.xt,
        exportable: true,
        contentType: model/* PEM_CONTENT_TYPE */.qc,
        ...(request.validityMonths === undefined ? {} : { validityInMonths: request.validityMonths }),
        ...keyFields(request),
    };
}
function keyFields(request) {
    if (request.keyType === 'RSA')
        return { keyType: 'RSA', keySize: request.keySize ?? DEFAULT_RSA_SIZE, curve: undefined };
    if (request.keyType === 'EC')
        return { keyType: 'EC', curve: request.curve ?? DEFAULT_CURVE, keySize: undefined };
    return {};
}
/** OIDs and aliases of the attribute types subjects are written with, as their usual short names. */
const ATTRIBUTE_ALIASES = {
    '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', S: 'ST', '2.5.4.10': 'O', '2.5.4.11': 'OU',
    '2.5.4.5': 'SERIALNUMBER', '0.9.2342.19200300.100.1.25': 'DC', '1.2.840.113549.1.9.1': 'E', EMAIL: 'E', EMAILADDRESS: 'E',
};
/** Splits at separators not escaped with `\` nor inside double quotes. */
function splitUnescaped(text, separators) {
    const parts = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < text.length; i += 1) {
        const c = text[i] ?? '';
        if (c === '\\' && i + 1 < text.length) {
            current += c + (text[i + 1] ?? '');
            i += 1;
        }
        else if (c === '"') {
            quoted = !quoted;
            current += c;
        }
        else if (!quoted && separators.includes(c)) {
            parts.push(current);
            current = '';
        }
        else {
            current += c;
        }
    }
    return [...parts, current];
}
/** A subject as comparable text: RDNs in order, each attribute's type by its short name, values trimmed and lower-cased. */
function normalizeSubject(subject) {
    return splitUnescaped(subject, ',;').map((rdn) => splitUnescaped(rdn, '+').map((pair) => {
        const equals = pair.indexOf('=');
        if (equals < 0)
            return pair.trim().toLowerCase();
        const type = pair.slice(0, equals).trim().toUpperCase().replace(/^OID\./, '');
        return `${ATTRIBUTE_ALIASES[type] ?? type}=${pair.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase()}`;
    }).sort().join('+')).filter((rdn) => rdn !== '').join(',');
}
/** An IP address as comparable text: IPv6 in its shortest lower-case form. */
function normalizeIp(address) {
    if (!(0,external_node_net_.isIPv6)(address))
        return address;
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
}
function sameSet(a, b, normalize) {
    const left = new Set(a.map(normalize));
    const right = new Set(b.map(normalize));
    return left.size === right.size && [...left].every((item) => right.has(item));
}
const listText = (items) => (items.length === 0 ? '(none)' : items.join(', '));
const lower = (text) => text.toLowerCase();
function keyChanges(policy, request) {
    if (request.keyType === undefined)
        return [];
    if (request.keyType !== policy.keyType)
        return [{ input: 'kty', from: policy.keyType, to: request.keyType }];
    if (request.keySize !== undefined && request.keySize !== policy.keySize)
        return [{ input: 'key-size', from: String(policy.keySize ?? ''), to: String(request.keySize) }];
    if (request.curve !== undefined && request.curve !== policy.curve)
        return [{ input: 'curve', from: policy.curve ?? '', to: request.curve }];
    return [];
}
/** Each given input that differs from `policy`, in input order. */
function policyChanges(policy, request) {
    const changes = [];
    const sans = policy.subjectAlternativeNames;
    if (request.subject !== undefined && normalizeSubject(request.subject) !== normalizeSubject(policy.subject)) {
        changes.push({ input: 'subject', from: policy.subject, to: request.subject });
    }
    if (request.dnsNames !== undefined && !sameSet(request.dnsNames, sans.dnsNames, lower)) {
        changes.push({ input: 'dns-names', from: listText(sans.dnsNames), to: listText(request.dnsNames) });
    }
    if (request.ipAddresses !== undefined && !sameSet(request.ipAddresses, sans.ipAddresses, normalizeIp)) {
        changes.push({ input: 'ip-addresses', from: listText(sans.ipAddresses), to: listText(request.ipAddresses) });
    }
    if (request.issuer !== undefined && lower(request.issuer) !== lower(policy.issuerName)) {
        changes.push({ input: 'issuer', from: policy.issuerName, to: request.issuer });
    }
    if (request.validityMonths !== undefined && request.validityMonths !== policy.validityInMonths) {
        changes.push({ input: 'validity-months', from: String(policy.validityInMonths), to: String(request.validityMonths) });
    }
    return [...changes, ...keyChanges(policy, request)];
}
/**
 * The policy update that makes `policy` agree with the inputs: only the fields given, the SANs
 * whole (the kinds not given kept as they are), so the update means the same whether the vault
 * merges SANs field by field or replaces them.
 */
function policyUpdate(policy, request) {
    const sans = policy.subjectAlternativeNames;
    const sanChanged = request.dnsNames !== undefined || request.ipAddresses !== undefined;
    return {
        ...(request.subject === undefined ? {} : { subject: request.subject }),
        ...(sanChanged ? { subjectAlternativeNames: { ...sans, dnsNames: request.dnsNames ?? sans.dnsNames, ipAddresses: request.ipAddresses ?? sans.ipAddresses } } : {}),
        ...(request.issuer === undefined ? {} : { issuerName: request.issuer }),
        ...(request.validityMonths === undefined ? {} : { validityInMonths: request.validityMonths }),
        ...(keyChanges(policy, request).length === 0 ? {} : keyFields(request)),
    };
}
/** The changes as one line: `dns-names a.example.com → a.example.com, b.example.com; validity-months 12 → 6`. */
function describeChanges(changes) {
    return changes.map((change) => `${change.input} ${change.from} → ${change.to}`).join('; ');
}

;// CONCATENATED MODULE: ./lib/actions/certificate/issue.js




async function existing(certificates, name) {
    try {
        return await certificates.getCertificate(name);
    }
    catch (error) {
        if ((0,errors/* isVaultError */.XQ)(error) && error.code === 'CertificateNotFound')
            return undefined;
        throw error;
    }
}
function refuseUnexportable(name, policy) {
    if (policy.exportable)
        return;
    throw new errors/* BadParameterError */.lh(`Certificate ${(0,errors/* quote */.hD)(name)} is not exportable: its policy keeps the private key in the vault, and this action writes the key to a file. Use the key where it is (the sign action signs with it), or create the certificate with an exportable policy.`);
}
function refuseUnknownIssuer(name, issuer) {
    if (issuer.toLowerCase() !== model/* UNKNOWN_ISSUER */.PB.toLowerCase())
        return;
    throw new errors/* BadParameterError */.lh(`Certificate ${(0,errors/* quote */.hD)(name)} has issuer Unknown: a new version would wait for a person to have its CSR signed and merge the chain, and a pipeline step cannot wait for that. Nothing was changed. Give an issuer input (Self or a vault CA issuer), or use renew: never to write the current version.`);
}
async function create(certificates, name, request, waiting) {
    await settle(certificates, await certificates.createCertificate(name, creationPolicy(name, request)), 'creation', waiting);
    return { certificate: await certificates.getCertificate(name), renewed: true, reason: 'created: the certificate did not exist', ignoredChanges: [] };
}
async function renew(certificates, name, reason, waiting) {
    await settle(certificates, await certificates.renewCertificate(name), 'renewal', waiting);
    return { certificate: await certificates.getCertificate(name), renewed: true, reason, ignoredChanges: [] };
}
async function renewIfDue(certificates, name, current, waiting) {
    const outcome = await certificates.renewCertificateIfDue(name);
    const trigger = outcome.reason === undefined ? '' : ` (${outcome.reason})`;
    if (outcome.result === 'renewed') {
        if (outcome.operation !== undefined)
            await settle(certificates, outcome.operation, 'renewal', waiting);
        return { certificate: await certificates.getCertificate(name), renewed: true, reason: `due: an AutoRenew lifetime action is due${trigger}`, ignoredChanges: [] };
    }
    const reason = outcome.result === 'notify' ? `not due (an EmailContacts lifetime action is due${trigger})` : 'not due';
    return { certificate: current, renewed: false, reason, ignoredChanges: [] };
}
/** Makes (or not) a new version of `name` per the inputs and `renewPolicy`, and returns the latest, with its policy. */
async function issueCertificate(vault, name, request, renewPolicy, waiting = DEFAULT_WAITING) {
    const { certificates } = vault;
    const current = await existing(certificates, name);
    if (current === undefined)
        return create(certificates, name, request, waiting);
    const currentPolicy = current.policy ?? await certificates.getCertificatePolicy(name);
    refuseUnexportable(name, currentPolicy);
    const changes = policyChanges(currentPolicy, request);
    if (renewPolicy === 'never') {
        return { certificate: current, renewed: false, reason: 'renew: never', ignoredChanges: changes };
    }
    if (changes.length > 0) {
        refuseUnknownIssuer(name, request.issuer ?? currentPolicy.issuerName);
        await certificates.updateCertificatePolicy(name, policyUpdate(currentPolicy, request));
        const why = `the inputs differ from the policy, which was updated: ${describeChanges(changes)}`;
        return renew(certificates, name, renewPolicy === 'always' ? `renew: always; ${why}` : why, waiting);
    }
    if (renewPolicy === 'always') {
        refuseUnknownIssuer(name, currentPolicy.issuerName);
        return renew(certificates, name, 'renew: always', waiting);
    }
    return renewIfDue(certificates, name, current, waiting);
}

;// CONCATENATED MODULE: ./lib/actions/certificate/material.js
/**
 * What the step writes for one certificate version: the certificate, the chain, and the private
 * key (or one PFX holding key and chain), with every string that must be masked before any of
 * it is written. The key comes from the certificate's managed secret (secrets/get), read for the
 * exact version the certificate is, and is checked to belong to that certificate.
 *
 * The masks cover the forms a script is likely to print a key in: each line of the PKCS#8 PEM
 * written (and of the PKCS#1 / SEC1 PEM `openssl` converts it to), the DER as one base64 line,
 * base64url and hex, the JWK private members; and for a PFX its base64 (one line and wrapped),
 * base64url and hex, which is how PFX files are usually passed around. PEM header lines are
 * not secret and are left unmasked, so logs keep showing them.
 */



/** As min-mask-length's default: a PEM's last line is 4 characters or more, and is masked too. */
const MIN_MASK = 4;
const WRAP_WIDTHS = [64, 76];
const PASSWORD_BYTES = 24;
async function readManagedSecret(vault, name, version) {
    try {
        return await vault.getSecret(name, version);
    }
    catch (error) {
        if (!(0,errors/* isVaultError */.XQ)(error) || (error.code !== 'Forbidden' && error.code !== 'SecretNotFound'))
            throw error;
        const why = error.code === 'Forbidden'
            ? 'the caller may not read it. The action needs secrets/get on the certificate\'s managed secret besides certificates/*: assign Secrets User (or Certificate User) on it besides Certificates Officer, or Administrator'
            : 'the vault has no such secret version';
        throw new errors/* VaultError */.hb(error.code, `The private key of certificate ${(0,errors/* quote */.hD)(name)} version ${version} is in its managed secret (/secrets/${name}/${version}), and ${why}. (${error.message})`, { cause: error });
    }
}
function pemBodyLines(pem) {
    return pem.split(/\r?\n/).filter((line) => line !== '' && !line.startsWith('-----'));
}
function wrapped(base64) {
    return WRAP_WIDTHS.flatMap((width) => base64.match(new RegExp(`.{1,${width}}`, 'g')) ?? []);
}
/** The key as `openssl` writes it with -traditional (PKCS#1 for RSA, SEC1 for EC); none for other types. */
function traditionalPem(key) {
    const type = key.asymmetricKeyType === 'ec' ? 'sec1' : key.asymmetricKeyType === 'rsa' ? 'pkcs1' : undefined;
    return type === undefined ? [] : [key.export({ type, format: 'pem' }).toString()];
}
/** Every form of the private key worth masking (see the module doc). */
function privateKeyMasks(key) {
    const pems = [key.export({ type: 'pkcs8', format: 'pem' }).toString(), ...traditionalPem(key)];
    const der = key.export({ type: 'pkcs8', format: 'der' });
    const jwk = key.export({ format: 'jwk' });
    const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi'].map((member) => jwk[member]).filter((value) => typeof value === 'string');
    return keep([
        ...pems.flatMap(pemBodyLines),
        ...pems.map((pem) => pemBodyLines(pem).join('')),
        der.toString('base64'), der.toString('base64url'), der.toString('hex'), der.toString('hex').toUpperCase(),
        ...privateMembers.flatMap((value) => [value, Buffer.from(value, 'base64url').toString('hex')]),
    ]);
}
/** Every form of a PFX file worth masking: it holds the key, under a password a log would also show. */
function pfxMasks(pfx) {
    const base64 = pfx.toString('base64');
    return keep([base64, ...wrapped(base64), pfx.toString('base64url'), pfx.toString('hex')]);
}
function keep(masks) {
    return [...new Set(masks.filter((mask) => mask.trim().length >= MIN_MASK))];
}
/** A random PFX password: 24 bytes as base64url (32 characters, no character a shell or YAML treats specially). */
function randomPassword(random = external_node_crypto_.randomBytes) {
    return random(PASSWORD_BYTES).toString('base64url');
}
/** The private key from the managed secret, checked to belong to the certificate. */
async function privateKeyOf(vault, certificate) {
    const { name, properties: { version } } = certificate;
    const secret = await readManagedSecret(vault, name, version);
    const formats = await Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(542), __webpack_require__.e(13)]).then(__webpack_require__.bind(__webpack_require__, 6013));
    const key = formats.secretPrivateKey(secret.value, secret.properties.contentType, certificate.cer, `Certificate ${(0,errors/* quote */.hD)(name)} version ${version}`);
    if (key === undefined) {
        throw new errors/* VaultError */.hb('BadParameter', `Certificate ${(0,errors/* quote */.hD)(name)} version ${version} has no private key in its managed secret: its policy is not exportable, so the key cannot leave the vault.`);
    }
    return { key, formats };
}
/** Reads the key and builds what the step writes for `certificate`, per the format settings. */
async function certificateMaterial(vault, certificate, settings) {
    const { key, formats } = await privateKeyOf(vault, certificate);
    const ders = [certificate.cer, ...certificate.chain].map((der) => Buffer.from(der));
    const certificatePem = formats.certificatePem(certificate.cer);
    const chainPem = ders.map((der) => formats.certificatePem(der)).join('');
    const keyMasks = privateKeyMasks(key);
    if (settings.format === 'pem') {
        return {
            certificatePem, chainPem, privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
            pfx: undefined, pfxPassword: undefined, pfxPasswordGenerated: false, masks: keyMasks,
        };
    }
    const password = settings.pfxPassword ?? randomPassword();
    const pfx = formats.partsToPkcs12({ certificates: ders, privateKey: key }, password, { legacy: settings.pfxLegacy, friendlyName: certificate.name });
    const passwordMasks = (0,masks/* masksFor */.RM)(password, { encodings: true, minLength: 4 });
    return {
        certificatePem, chainPem, privateKeyPem: undefined, pfx, pfxPassword: password,
        pfxPasswordGenerated: settings.pfxPassword === undefined, masks: [...new Set([...passwordMasks, ...keyMasks, ...pfxMasks(pfx)])],
    };
}

;// CONCATENATED MODULE: ./lib/actions/certificate/summary.js

const summary_DAY_MS = 86_400_000;
/** Fewer days left than this gets a warning sign. */
const SOON_DAYS = 30;
/** The chart shows the newest versions only: a certificate renewed monthly for years would be unreadable. */
const MAX_CHART_VERSIONS = 12;
const summary_VERSION = /^[0-9a-f]{32}$/;
const day = (date) => date.toISOString().slice(0, 10);
const seconds = (date) => `${date.toISOString().slice(0, 19)}Z`;
/** Whole days from `now` to `date`; negative once past. */
function daysUntil(date, now) {
    return Math.floor((date.getTime() - now.getTime()) / summary_DAY_MS);
}
/** Text safe anywhere in a mermaid gantt line: no `:`, `;`, `#`, quotes, brackets or line breaks. */
function mermaidText(text) {
    return text.replace(/[^A-Za-z0-9 ._-]/g, '_').slice(0, 80);
}
function sansCell(properties) {
    const sans = properties.subjectAlternativeNames;
    const groups = [['DNS', sans.dnsNames], ['IP', sans.ipAddresses], ['email', sans.emails], ['UPN', sans.upns]];
    const cells = groups.filter(([, items]) => items.length > 0).map(([kind, items]) => `${kind}: ${items.map((item) => code(item)).join(', ')}`);
    return cells.length === 0 ? '—' : cells.join('<br>');
}
function expiryCell(notAfter, now) {
    if (notAfter === undefined)
        return '—';
    const days = daysUntil(notAfter, now);
    if (days < 0)
        return `❌ expired ${-days} day${days === -1 ? '' : 's'} ago`;
    return `${days}${days < SOON_DAYS ? ' ⚠️' : ''}`;
}
function filesCell(paths) {
    const files = [['certificate', paths.certificateFile], ['chain', paths.chainFile], ['key', paths.keyFile], ['pfx', paths.pfxFile]];
    return files.filter((file) => file[1] !== undefined).map(([kind, path]) => `${kind} ${code(path)}`).join('<br>');
}
function issuerCell(certificate) {
    const policyIssuer = certificate.policy?.issuerName;
    return `${code(certificate.properties.issuer)}${policyIssuer === undefined ? '' : ` (issuer ${code(policyIssuer)})`}`;
}
function table(input) {
    const { properties } = input.certificate;
    const validity = properties.notBefore === undefined || properties.expiresOn === undefined ? '—' : `${seconds(properties.notBefore)} → ${seconds(properties.expiresOn)}`;
    const rows = [
        ['Subject', code(properties.subject)],
        ['SANs', sansCell(properties)],
        ['Issuer', issuerCell(input.certificate)],
        ['Version', code(properties.version)],
        ['Validity', validity],
        ['Days to expiry', expiryCell(properties.expiresOn, input.now)],
        ['Serial', code(properties.serialNumber)],
        ['SHA-256 thumbprint', code(Buffer.from(properties.x509ThumbprintSha256).toString('hex').toUpperCase())],
        ['Renewed', `${input.renewed ? '🔄 yes' : 'no'}: ${code(input.reason)}`],
        ['Files', filesCell(input.paths)],
    ];
    return ['| | |', '| --- | --- |', ...rows.map(([label, value]) => `| ${label} | ${value} |`)];
}
/** The gantt chart's lines: one bar per version, expired ones done, the written one active. */
function versionChart(name, versions, written, now) {
    const shown = versions.slice(-MAX_CHART_VERSIONS);
    const bars = shown.flatMap((version, index) => {
        const start = version.notBefore ?? version.createdOn;
        const end = version.expiresOn;
        if (end === undefined)
            return [];
        const label = summary_VERSION.test(version.version) ? version.version.slice(0, 8) : `version ${index + 1}`;
        const tags = [version.version === written ? 'active' : end.getTime() <= now.getTime() ? 'done' : '', `v${index + 1}`].filter((tag) => tag !== '');
        return [`    ${label}${version.version === written ? ' written' : ''} : ${tags.join(', ')}, ${day(start)}, ${day(end)}`];
    });
    const older = versions.length - shown.length;
    return [
        '```mermaid',
        'gantt',
        `    title Versions of ${mermaidText(name)}${older > 0 ? ` (${older} older not shown)` : ''}`,
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %Y-%m-%d',
        '    section Validity',
        ...bars,
        '```',
    ];
}
/** The whole summary, ending with a newline. */
function renderCertificateSummary(input) {
    const { certificate } = input;
    const versions = input.versions.length > 0 ? input.versions : [certificate.properties];
    return [
        `### 📜 Coffer certificate ${code(certificate.name)}: ${input.renewed ? 'new version' : 'current version'} from ${code(input.vault)}`,
        '',
        ...table(input),
        '',
        ...versionChart(certificate.name, versions, certificate.properties.version, input.now),
        '',
        whoRanIt(input.context, input.now),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/actions/certificate/step.js
/**
 * The certificate action's main step, loaded by main.ts only when it runs (the post step never
 * loads it): settings → open the vault → create or renew → read the key → register every mask →
 * save the key files' paths for the post step → write the files → outputs → summary. Nothing
 * private is written, set or logged before its masks are registered.
 */












/** Every output, in a fixed order; the file outputs only for the files written, pfx-password only when made here. */
function certificateOutputs(certificate, outcome, paths, material) {
    const cer = Buffer.from(certificate.cer);
    const { properties } = certificate;
    const files = [
        ['certificate-file', paths.certificateFile], ['chain-file', paths.chainFile], ['key-file', paths.keyFile], ['pfx-file', paths.pfxFile],
    ];
    return [
        ...files.filter((file) => file[1] !== undefined),
        ...(material.pfxPasswordGenerated && material.pfxPassword !== undefined ? [['pfx-password', material.pfxPassword]] : []),
        ['thumbprint-sha1', (0,external_node_crypto_.createHash)('sha1').update(cer).digest('hex').toUpperCase()],
        ['thumbprint-sha256', (0,external_node_crypto_.createHash)('sha256').update(cer).digest('hex').toUpperCase()],
        ['serial', new external_node_crypto_.X509Certificate(cer).serialNumber],
        ['not-before', properties.notBefore?.toISOString() ?? ''],
        ['not-after', properties.expiresOn?.toISOString() ?? ''],
        ['version', properties.version],
        ['renewed', String(outcome.renewed)],
        ['reason', outcome.reason],
    ];
}
/** The versions for the chart; a caller that may not list them gets the chart of the current one, and a warning. */
async function versionsOf(certificates, name) {
    try {
        return await certificates.listPropertiesOfCertificateVersions(name);
    }
    catch (error) {
        runner/* warning */.$e(`The summary shows only the current version of ${name}: its versions could not be listed (${error instanceof Error ? error.message.slice(0, 200) : 'error'}).`);
        return [];
    }
}
async function issueStep(env) {
    const settings = readCertificateSettings(runner/* getInput */.V4, runner/* setSecret */.Pq);
    const paths = certificatePaths(outputDirOf(settings.outputDir, workspaceOf(env), env), settings.name, settings.format);
    const vault = await openActionVault(settings, env);
    try {
        const outcome = await issueCertificate(vault, settings.name, settings.request, settings.renew);
        const { certificate } = outcome;
        const material = await certificateMaterial(vault, certificate, settings);
        // Every mask before the step's first line of its own: nothing it prints can come before them.
        runner/* setSecrets */.sL(material.masks);
        if (outcome.ignoredChanges.length > 0) {
            runner/* warning */.$e(`Certificate ${settings.name} differs from the inputs (${describeChanges(outcome.ignoredChanges)}), and renew: never keeps it as it is.`);
        }
        runner/* saveState */.LZ(cleanup/* KEY_FILES_STATE */.I_, JSON.stringify(privatePaths(paths)));
        await writeCertificateFiles(paths, material);
        runner/* setOutputs */.n0(certificateOutputs(certificate, outcome, paths, material));
        const versions = await versionsOf(vault.certificates, settings.name);
        await (0,report/* writeSummary */.Sy)(renderCertificateSummary({
            vault: settings.vault, certificate, versions, renewed: outcome.renewed, reason: outcome.reason, paths, context: runContextOf(env), now: new Date(),
        }), env);
        const written = [paths.certificateFile, paths.chainFile, paths.keyFile, paths.pfxFile].filter((path) => path !== undefined).join(', ');
        runner/* info */.pq(`Certificate ${certificate.name} version ${certificate.properties.version} (${outcome.renewed ? 'new' : 'current'}: ${outcome.reason}); wrote ${written}.`);
    }
    finally {
        await vault.close();
    }
}


/***/ }),

/***/ 6904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $g: () => (/* binding */ keyHolderIsAdministrator),
  oU: () => (/* binding */ resourcePath)
});

// UNUSED EXPORTS: assignmentAuthorizer, decide, scopeCovers

;// CONCATENATED MODULE: ./lib/core/access/permissions.js
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
function permissions_rolePrivileged(role) {
    return ROLES[role].some((permission) => !UNPRIVILEGED.has(permission));
}
function permissions_roleGrants(role, permission) {
    return ROLES[role].includes(permission);
}

;// CONCATENATED MODULE: ./lib/core/access/assignments.js
/**
 * Role assignments bound to claims: which principals an assignment covers, and the rules
 * that withhold a privileged role from risky runs. Claims must come from a verified token
 * (or, for a `principal` match, from an authenticated name): matching trusts them as given.
 */


/** The claims an assignment can bind on; `principal` is the principal's own name. */
const MATCH_CLAIMS = (/* unused pure expression or super */ null && ([
    'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'ref', 'environment', 'event_name',
    'job_workflow_ref', 'runner_environment', 'sub', 'principal',
]));
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
    return CASE_INSENSITIVE.has(claim) ? globMatches(pattern.toLowerCase(), value.toLowerCase()) : globMatches(pattern, value);
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
function assignments_assignmentApplies(assignment, who) {
    if (!principalMatches(assignment.principal, who))
        return false;
    if (!rolePrivileged(assignment.role))
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
    return assignments.filter((assignment) => assignments_assignmentApplies(assignment, who));
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
        if (UNTRUSTED_EVENTS.has(event) && rolePrivileged(assignment.role)) {
            warnings.push(`The assignment lets ${event} runs use ${assignment.role}: those runs may execute code from a fork or another workflow.`);
        }
    }
    return warnings;
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
/**
 * The first assignment that covers `who` (claims, events and runner rules: assignmentApplies),
 * grants `permission`, and whose scope covers `resource`; none, no access.
 */
function decide(assignments, who, permission, resource) {
    const assignment = assignments.find((a) => roleGrants(a.role, permission) && scopeCovers(a.scope, resource) && assignmentApplies(a, who));
    return assignment === undefined ? { allowed: false } : { allowed: true, assignment };
}
const keyHolderIsAdministrator = {
    decide: () => ({ allowed: true, assignment: { principal: 'key holder', role: 'Administrator', scope: '/' } }),
};
function assignmentAuthorizer(assignments) {
    return { decide: (who, permission, resource) => decide(assignments, who, permission, resource) };
}


/***/ }),

/***/ 9670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ recordIsAuthentic),
/* harmony export */   L_: () => (/* binding */ chainRecord),
/* harmony export */   Uo: () => (/* binding */ headOf),
/* harmony export */   si: () => (/* binding */ GENESIS_HASH)
/* harmony export */ });
/* unused harmony export canonicalJson */
/* harmony import */ var _crypto_envelope_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8653);
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

/***/ 5272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ lazyCertificates)
/* harmony export */ });
/* unused harmony export LISTS_EVERY_METHOD */
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


/***/ }),

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

/***/ 8653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ constantTimeEqual),
/* harmony export */   v: () => (/* binding */ VaultKeys)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
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

/***/ 6599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
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

/***/ 8427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony export */   _K: () => (/* binding */ recoveryLevel),
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
/* unused harmony export SEAL_FORMAT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6599);
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

/***/ 870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6599);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8427);
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

/***/ 9880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* binding */ MAX_RECORD_CHARS),
/* harmony export */   S2: () => (/* binding */ logSize),
/* harmony export */   Ty: () => (/* binding */ readLogTail),
/* harmony export */   WK: () => (/* binding */ readLogLines),
/* harmony export */   l3: () => (/* binding */ truncateLog),
/* harmony export */   v0: () => (/* binding */ appendLogLine),
/* harmony export */   vL: () => (/* binding */ appendLogLineAsync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _durable_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9465);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, flags);
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
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        // A folder opens for reading on POSIX; refuse it here rather than read it as an empty log.
        if (!stat.isFile())
            throw Object.assign(new Error(`${path} is not a regular file`), { code: 'EISDIR' });
        for (let window = TAIL_WINDOW;; window *= 4) {
            const start = Math.max(0, stat.size - window);
            const tail = tailIn((0,_durable_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readFully */ .lR)(fd, start, stat.size - start), start, stat.size);
            if (tail !== undefined)
                return tail;
            if (window >= MAX_TAIL_WINDOW)
                return { lastLine: undefined, completeSize: -1, size: stat.size };
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Cuts a torn last line (a crash mid-append: its operation never returned). */
function truncateLog(path, size) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r+');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync)(fd, size);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(existed);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'a', 0o600);
    try {
        (0,_durable_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFully */ .KM)(fd, Buffer.from(`${line}\n`, 'utf8'));
        await new Promise((resolve, reject) => {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsync)(fd, (error) => {
                if (error === null)
                    resolve();
                else
                    reject(error);
            });
        });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    if (existed === undefined)
        (0,_durable_file_js__WEBPACK_IMPORTED_MODULE_2__/* .fsyncDirectory */ .hO)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
}
function appendLogLine(path, line) {
    const existed = openIfExists(path, 'r');
    if (existed !== undefined)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(existed);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'a', 0o600);
    try {
        (0,_durable_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFully */ .KM)(fd, Buffer.from(`${line}\n`, 'utf8'));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    if (existed === undefined)
        (0,_durable_file_js__WEBPACK_IMPORTED_MODULE_2__/* .fsyncDirectory */ .hO)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
}
/** The log's size in bytes; 0 when it does not exist. */
function logSize(path) {
    const fd = openIfExists(path, 'r');
    if (fd === undefined)
        return 0;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
    const { createInterface } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 481, 19));
    const lines = createInterface({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)('', { fd, encoding: 'utf8', start: 0, end: size - 1 }), crlfDelay: Infinity });
    for await (const line of lines)
        yield line;
}


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ writeFully),
/* harmony export */   Kl: () => (/* binding */ removeOrphanTemps),
/* harmony export */   hO: () => (/* binding */ fsyncDirectory),
/* harmony export */   lR: () => (/* binding */ readFully),
/* harmony export */   uK: () => (/* binding */ replaceFileDurably),
/* harmony export */   ur: () => (/* binding */ createFileDurably)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
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

/***/ 7111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ FileStore)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/crypto/envelope.js
var envelope = __webpack_require__(8653);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __webpack_require__(6599);
// EXTERNAL MODULE: ./lib/core/audit/record.js
var audit_record = __webpack_require__(9670);
// EXTERNAL MODULE: ./lib/core/store/audit-log-file.js
var audit_log_file = __webpack_require__(9880);
// EXTERNAL MODULE: ./lib/core/store/durable-file.js
var durable_file = __webpack_require__(9465);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
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
        const value = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
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
    return (0,external_node_crypto_.createHash)('sha256').update(host).digest('hex').slice(0, 8);
}
function tryCreate(path, owner) {
    const temp = tempFor(path, owner);
    const fd = (0,external_node_fs_.openSync)(temp, 'wx', 0o600);
    try {
        (0,external_node_fs_.writeSync)(fd, JSON.stringify(owner));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        (0,external_node_fs_.linkSync)(temp, path);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        (0,external_node_fs_.unlinkSync)(temp);
    }
}
function unlinkQuietly(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
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
            return Date.now() - (0,external_node_fs_.statSync)(path).mtimeMs > BREAKER_STALE_MS;
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
    const prefix = `${(0,external_node_path_.basename)(path)}.`;
    const mine = hostTag(host);
    for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.dirname)(path))) {
        if (!entry.startsWith(prefix))
            continue;
        const match = /^(?:break\.)?([0-9a-f]{8})\.(\d+)\.[0-9a-f]{24}$/.exec(entry.slice(prefix.length));
        if (match?.[1] !== mine)
            continue;
        const pid = Number(match[2]);
        if (pid !== process.pid && !processExists(pid))
            unlinkQuietly((0,external_node_path_.join)((0,external_node_path_.dirname)(path), entry));
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const MY_START_TIME = startTimeOf(process.pid);
function myself(host) {
    return { pid: process.pid, host, nonce: (0,external_node_crypto_.randomBytes)(12).toString('hex'), ...(MY_START_TIME === undefined ? {} : { started: MY_START_TIME }) };
}
class FileLock {
    #path;
    #timeoutMs;
    #host = (0,external_node_os_.hostname)();
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
                throw new errors/* VaultError */.hb('LockTimeout', `Timed out after ${this.#timeoutMs} ms waiting for the lock ${this.#path}${who}.`);
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
        this.#lock = new FileLock(`${path}.lock`, options.lockTimeoutMs);
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
            return { anchor: this.#snapshot.header.audit ?? undefined, size: this.#logIo(() => (0,audit_log_file/* logSize */.S2)(this.#auditPath)) };
        });
        return { anchor, lines: (0,audit_log_file/* readLogLines */.WK)(this.#auditPath, size) };
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
        const tail = this.#logIo(() => (0,audit_log_file/* readLogTail */.Ty)(this.#auditPath));
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
            this.#logIo(() => { (0,audit_log_file/* truncateLog */.l3)(this.#auditPath, tail.completeSize); });
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
            (0,audit_log_file/* appendLogLine */.v0)(this.#auditPath, line);
        }
        catch (error) {
            const code = error.code ?? 'unknown error';
            throw new errors/* VaultError */.hb('AuditWriteFailed', `The change was committed and its audit record is kept in ${this.location}, but appending it to ${this.#auditPath} failed (${code}); the next operation appends it. The result is withheld.`, { cause: error });
        }
    }
    #serialise(record) {
        const line = this.#logIo(() => JSON.stringify(record));
        // A record the log could not be read back with would lock everyone out: refuse it, unwritten.
        if (line.length > audit_log_file/* MAX_RECORD_CHARS */.PX) {
            throw new errors/* VaultError */.hb('AuditWriteFailed', `An audit record of ${line.length} characters is over the ${audit_log_file/* MAX_RECORD_CHARS */.PX} limit; nothing was written and the operation's result is withheld.`);
        }
        return line;
    }
    #appendLine(line) {
        this.#logIo(() => { (0,audit_log_file/* appendLogLine */.v0)(this.#auditPath, line); });
    }
    async #appendLineAsync(line) {
        try {
            await (0,audit_log_file/* appendLogLineAsync */.vL)(this.#auditPath, line);
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


/***/ }),

/***/ 723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ LocalVault),
  u: () => (/* binding */ MAX_BATCH)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __webpack_require__(6599);
// EXTERNAL MODULE: ./lib/core/access/decision.js + 2 modules
var decision = __webpack_require__(6904);
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

// EXTERNAL MODULE: ./lib/core/audit/record.js
var audit_record = __webpack_require__(9670);
// EXTERNAL MODULE: ./lib/core/secrets.js
var secrets = __webpack_require__(870);
// EXTERNAL MODULE: ./lib/core/objects.js
var objects = __webpack_require__(8427);
// EXTERNAL MODULE: ./lib/core/certificates/lazy.js
var lazy = __webpack_require__(5272);
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
const keysModule = () => __webpack_require__.e(/* import() */ 547).then(__webpack_require__.bind(__webpack_require__, 1547));
const keyMaterial = () => __webpack_require__.e(/* import() */ 886).then(__webpack_require__.bind(__webpack_require__, 2886));
const keyRotation = () => __webpack_require__.e(/* import() */ 91).then(__webpack_require__.bind(__webpack_require__, 3091));
const objectBackup = () => __webpack_require__.e(/* import() */ 839).then(__webpack_require__.bind(__webpack_require__, 3839));
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
        this.#certificates ??= (0,lazy/* lazyCertificates */.J)(async () => new (await Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(542), __webpack_require__.e(631), __webpack_require__.e(547), __webpack_require__.e(13), __webpack_require__.e(497)]).then(__webpack_require__.bind(__webpack_require__, 497))).LocalCertificates({
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
        const { verifyChain } = await __webpack_require__.e(/* import() */ 161).then(__webpack_require__.bind(__webpack_require__, 4542));
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
                    (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(166)]).then(__webpack_require__.bind(__webpack_require__, 6166))).checkPrecondition(tx, this.#precondition, ctx.now);
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
            const [loaded, { checkKeyRequest }] = await Promise.all([keysModule(), __webpack_require__.e(/* import() */ 419).then(__webpack_require__.bind(__webpack_require__, 8419))]);
            keys = loaded;
            executor = this.#keyExecutor ?? (await __webpack_require__.e(/* import() */ 858).then(__webpack_require__.bind(__webpack_require__, 7858))).defaultKeyExecutor();
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


/***/ }),

/***/ 9654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ parseRecoveryId),
/* harmony export */   Vo: () => (/* binding */ vaultOrigin),
/* harmony export */   u9: () => (/* binding */ parseObjectId)
/* harmony export */ });
/* unused harmony exports objectId, recoveryId */
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
    const base = `${vaultOrigin(origin)}/${collection}/${validateName(name, LABELS[collection])}`;
    return version === undefined ? base : `${base}/${validateVersion(version)}`;
}
/** `{origin}/deleted{collection}/{name}`: where the SDK polls a deletion and recovers from. */
function recoveryId(origin, collection, name) {
    return `${vaultOrigin(origin)}/deleted${collection}/${validateName(name, LABELS[collection])}`;
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid recovery id ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(id), 256)}: expected https://host/deleted${expected ?? '{secrets,keys,certificates}'}/name.`);
    }
    return { origin: parts.origin, collection, name: (0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .validateName */ .yS)(parts.name, LABELS[collection]), version: undefined };
}


/***/ }),

/***/ 4987:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ vaultOptions),
/* harmony export */   S2: () => (/* binding */ storeOptions),
/* harmony export */   Uy: () => (/* binding */ localOnly),
/* harmony export */   zS: () => (/* binding */ parseLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/**
 * Where a vault is, and how it is opened: the location forms (`path`, `file:path`,
 * `sqlite:path`, `https://…`) and the options a local vault takes. Apart from the openers so
 * that a caller that only parses a location (the actions' inputs) loads no store.
 */


/** Parses a vault location; relative paths resolve against `cwd`. */
function parseLocation(location, cwd = process.cwd()) {
    if (typeof location !== 'string' || location.trim() === '' || location.length > 4096) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh('Invalid vault location: expected a file path, file:PATH, sqlite:PATH or an https:// URL.');
    }
    const absolute = (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, p));
    if (location.startsWith('https://'))
        return { kind: 'https', url: location };
    if (location.startsWith('http://')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`Invalid vault location ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(location)}: a remote vault must use https://.`);
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
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadParameterError */ .lh(`The vault ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(raw)} is remote (https://): this works on a vault file or a sqlite:PATH database. Reach a remote vault with the actions, an Azure SDK or coffer role --server.`);
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


/***/ })

};
