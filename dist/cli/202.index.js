export const id = 202;
export const ids = [202];
export const modules = {

/***/ 8202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remoteRoles: () => (/* binding */ remoteRoles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _cli_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1867);
/**
 * `coffer role … --server URL`: the role assignments of a running server, over HTTPS
 * (`/coffer/roleassignments`), as the caller whose bearer token is in COFFER_TOKEN. The server
 * decides (Administrator) and audits; this only carries the request and reads the answer.
 */





/** An answer larger than this is not a list of role assignments. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
function serverOrigin(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`Invalid --server ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(url)}: expected https://host[:port].`);
    }
    if (parsed.protocol !== 'https:' || (parsed.pathname !== '/' && parsed.pathname !== '') || parsed.search !== '' || parsed.username !== '') {
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`Invalid --server ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(url)}: expected https://host[:port], with no path.`);
    }
    return parsed.origin;
}
/** The wire error body as a VaultError with its code (Forbidden, BadParameter, …), or a plain failure. */
function failure(status, text) {
    try {
        const body = JSON.parse(text);
        const code = typeof body.error?.code === 'string' ? body.error.code : `HTTP${status}`;
        const message = typeof body.error?.message === 'string' ? body.error.message.slice(0, 1024) : `The server answered ${status}.`;
        const known = ['BadParameter', 'Forbidden', 'Unauthorized', 'Conflict', 'Throttled'].includes(code) ? code : 'StorageError';
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultError */ .hb(known, message);
    }
    catch {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultError */ .hb('StorageError', `The server answered ${status} without an error body.`);
    }
}
function remoteRoles(url, io, caFile) {
    const origin = serverOrigin(url);
    const token = io.env.COFFER_TOKEN ?? '';
    if (token === '')
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .CliError */ .z1('BadEnvironment', 'COFFER_TOKEN must hold a bearer token for the server (from `coffer token create --role Administrator` on its host).');
    const ca = caFile === undefined ? undefined : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, caFile), 'utf8');
    const call = (method, path, body) => new Promise((done, fail) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const req = (0,node_https__WEBPACK_IMPORTED_MODULE_1__.request)(`${origin}${path}`, {
            method, timeout: TIMEOUT_MS, ...(ca === undefined ? {} : { ca }),
            headers: { authorization: `Bearer ${token}`, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
        }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_ANSWER_BYTES)
                    req.destroy(new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultError */ .hb('StorageError', 'The server\'s answer is too large.'));
                else
                    chunks.push(chunk);
            });
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                const status = res.statusCode ?? 0;
                if (status < 200 || status > 299)
                    fail(failure(status, text));
                else
                    done(JSON.parse(text));
            });
        });
        req.on('timeout', () => req.destroy(new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultError */ .hb('StorageError', `The server did not answer within ${TIMEOUT_MS / 1000} s.`)));
        req.on('error', (error) => { fail(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultError */ .hb ? error : new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultError */ .hb('StorageError', `Could not reach ${origin}: ${error.code ?? error.message}.`)); });
        req.end(payload);
    });
    return {
        list: async () => (await call('GET', '/coffer/roleassignments')).value,
        assign: async (input) => (await call('POST', '/coffer/roleassignments', input)),
        remove: async (id) => {
            if (!/^[0-9a-f]{32}$/.test(id))
                throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`Invalid role assignment id ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(id)}: expected 32 lowercase hex characters.`, 'role remove');
            return (await call('DELETE', `/coffer/roleassignments/${id}`));
        },
    };
}


/***/ })

};
