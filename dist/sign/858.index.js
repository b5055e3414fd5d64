export const id = 858;
export const ids = [858];
export const modules = {

/***/ 7858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KeyWorkerPool: () => (/* binding */ KeyWorkerPool),
/* harmony export */   copyBytes: () => (/* binding */ copyBytes),
/* harmony export */   defaultKeyExecutor: () => (/* binding */ defaultKeyExecutor),
/* harmony export */   inlineKeyExecutor: () => (/* binding */ inlineKeyExecutor),
/* harmony export */   keyWorkerUrl: () => (/* binding */ keyWorkerUrl),
/* harmony export */   workerExecArgv: () => (/* binding */ workerExecArgv)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _ecdsa_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3913);
/* harmony import */ var _key_ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8419);
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(error.message);
    if (error.name === 'IntegrityError')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(error.message);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VaultError */ .hb(error.code, error.message, error.innerCode === undefined ? undefined : { innerCode: error.innerCode });
}
const inlineKeys = new _key_ops_js__WEBPACK_IMPORTED_MODULE_3__.PreparedKeyCache(DEFAULT_KEYS_PER_WORKER);
/** Runs operations on the calling thread, for a one-shot process; errors reject as thrown. */
const inlineKeyExecutor = {
    async run(key, request) {
        if (key.jwk.kty === 'EC')
            await (0,_ecdsa_js__WEBPACK_IMPORTED_MODULE_4__/* .loadEcdsa */ .D)();
        // The operation runs synchronously, and what it throws rejects the promise.
        return (0,_key_ops_js__WEBPACK_IMPORTED_MODULE_3__.performKeyOperation)(inlineKeys.get(key), request);
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
        this.worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(url, { execArgv: workerExecArgv(process.execArgv) });
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VaultError */ .hb('StorageError', `A key worker thread stopped (${reason}) before the operation completed; the next operation starts a new worker.`);
}
function closedError() {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VaultError */ .hb('StorageError', 'The key worker pool is closed: it accepts no more operations.');
}
/** Runs key operations on worker threads, off the event loop. */
class KeyWorkerPool {
    #url;
    #keysPerWorker;
    #slots;
    #counters;
    #closed = false;
    constructor(options = {}) {
        const size = options.size ?? Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), MAX_DEFAULT_SIZE);
        const keysPerWorker = options.keysPerWorker ?? DEFAULT_KEYS_PER_WORKER;
        if (!Number.isInteger(size) || size < 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Invalid key worker pool size ${size}: expected an integer of at least 1.`);
        if (!Number.isInteger(keysPerWorker) || keysPerWorker < 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadParameterError */ .lh(`Invalid keys per worker ${keysPerWorker}: expected an integer of at least 1.`);
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


/***/ })

};
