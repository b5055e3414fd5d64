export const id = 457;
export const ids = [457];
export const modules = {

/***/ 7457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openVault: () => (/* binding */ openVault)
});

// UNUSED EXPORTS: createVault, parseLocation

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/store/file-store.js + 3 modules
var file_store = __webpack_require__(7111);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/store/durable-file.js
var durable_file = __webpack_require__(9465);
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
function wrapContext(vaultId) {
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
        const load = (0,external_node_module_.createRequire)(import.meta.url);
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
class sqlite_store_SqliteStore {
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
                const keys = envelope/* VaultKeys */.v.unwrap(meta.dataKey, master, meta.keyId, wrapContext(meta.vaultId), options.random);
                const opened = new sqlite_store_SqliteStore(path, db, master, keys, meta, options);
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
            format: SQLITE_FORMAT, vaultId, keyId: master.id, dataKey: keys.wrap(master, wrapContext(vaultId)), generation: 0, recoverableDays,
            anchor: null, objectIndex: sealIndex(keys, vaultId, emptyDigests()),
        };
        createDatabase(path, (db) => { statements(db).insertMeta.run(metaParams(keys, meta)); });
        return sqlite_store_SqliteStore.open(path, master, options);
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
                const next = { ...meta, generation, keyId: newKey.id, dataKey: this.#keys.wrap(newKey, wrapContext(this.vaultId)), anchor: line };
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
                const row = this.#sql.lastAudit.get(audit_log_file/* MAX_RECORD_CHARS */.PX);
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
            const page = await this.#exclusive(() => this.#sql.auditPage.all(audit_log_file/* MAX_RECORD_CHARS */.PX, from, last, AUDIT_PAGE));
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
            envelope/* VaultKeys */.v.unwrap(meta.dataKey, this.#master, meta.keyId, wrapContext(this.vaultId), this.#random);
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
        const row = this.#sql.lastAudit.get(audit_log_file/* MAX_RECORD_CHARS */.PX);
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
            const anchored = this.#sql.auditAt.get(audit_log_file/* MAX_RECORD_CHARS */.PX, seq);
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
        if (typeof line !== 'string' || line.length > audit_log_file/* MAX_RECORD_CHARS */.PX) {
            throw new errors/* VaultError */.hb('AuditWriteFailed', `An audit record of ${typeof line === 'string' ? line.length : 0} characters is not a record that can be stored (limit ${audit_log_file/* MAX_RECORD_CHARS */.PX}); nothing was written and the operation's result is withheld.`);
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

// EXTERNAL MODULE: ./lib/core/vault.js + 1 modules
var vault = __webpack_require__(723);
// EXTERNAL MODULE: ./lib/vault-location.js
var vault_location = __webpack_require__(4987);
;// CONCATENATED MODULE: ./lib/open-vault.js
/**
 * openVault(location): the one way the CLI and the server reach a local vault. A path or
 * `file:path` is a vault file (LocalVault over FileStore); `sqlite:path` is a SQLite database
 * (LocalVault over SqliteStore). `https://` is refused here with a clear message, since these
 * callers (init, rekey, audit verify) use what only a local vault has; the actions open any kind
 * with openAnyVault (open-any-vault.ts).
 */






function openVault(location, options) {
    const local = (0,vault_location/* localOnly */.Uy)((0,vault_location/* parseLocation */.zS)(location), location);
    const store = local.kind === 'sqlite'
        ? sqlite_store_SqliteStore.open(local.path, options.masterKey, (0,vault_location/* storeOptions */.S2)(options))
        : file_store/* FileStore */.y.open(local.path, options.masterKey, (0,vault_location/* storeOptions */.S2)(options));
    return new vault/* LocalVault */.w(store, (0,vault_location/* vaultOptions */.Rr)(options));
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
            rmSync(`${local.path}${suffix}`, { force: true });
        throw error;
    }
    return vault;
}


/***/ })

};
