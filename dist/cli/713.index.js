export const id = 713;
export const ids = [713];
export const modules = {

/***/ 8713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DATA_DIR_DETAIL: () => (/* reexport safe */ _data_dir_options_js__WEBPACK_IMPORTED_MODULE_5__.XQ),
/* harmony export */   DATA_DIR_OPTION: () => (/* reexport safe */ _data_dir_options_js__WEBPACK_IMPORTED_MODULE_5__.xt),
/* harmony export */   withAccess: () => (/* binding */ withAccess)
/* harmony export */ });
/* harmony import */ var _caller_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8452);
/* harmony import */ var _core_crypto_key_executor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6870);
/* harmony import */ var _server_data_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7453);
/* harmony import */ var _server_auth_access_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9160);
/* harmony import */ var _data_dir_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(804);
/* harmony import */ var _data_dir_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3304);
/**
 * What `coffer role` and `coffer token` share: the server's data dir (--data-dir, default
 * `.coffer/server`) opened with its master key (COFFER_KEY, --key-file, COFFER_KEY_FILE, else
 * the dir's own master.key), its access file, and the caller's principal for the audit record.
 * Every change is audited in the server vault's log; the vault is closed however work ends.
 */






async function withAccess(args, io, work) {
    const dir = args.string('data-dir') ?? _server_data_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DATA_DIR */ .T6;
    const { key } = (0,_data_dir_key_js__WEBPACK_IMPORTED_MODULE_4__/* .dataDirKey */ .l)(args, io, (0,_server_data_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .dataDirPaths */ .YL)(dir, io.cwd), false);
    const who = (0,_caller_js__WEBPACK_IMPORTED_MODULE_0__/* .callerPrincipal */ .M)(io.env);
    const dataDir = await (0,_server_data_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .openDataDir */ .iq)(dir, { masterKey: key, principal: who, cwd: io.cwd, keyExecutor: _core_crypto_key_executor_js__WEBPACK_IMPORTED_MODULE_1__.inlineKeyExecutor });
    try {
        const access = _server_auth_access_file_js__WEBPACK_IMPORTED_MODULE_3__.AccessFile.load(dataDir.paths.access, dataDir.accessMacKey, { clock: () => io.now() });
        return await work({ dataDir, access, context: { who, record: (entry) => dataDir.vault.record(entry) } });
    }
    finally {
        await dataDir.close();
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


/***/ })

};
