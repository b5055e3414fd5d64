/**
 * The SQLite database file of a vault: loading the driver, opening with the pragmas that make
 * a commit durable, checking that the schema is exactly ours, creating a new file atomically,
 * and turning SQLite's errors into VaultErrors that name a code, never a row's content.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { IntegrityError, VaultError, type VaultErrorCode } from '../errors.js';
import { fsyncDirectory } from './durable-file.js';
import { APPLICATION_ID, SCHEMA, SCHEMA_VERSION } from './sqlite-schema.js';

export type Database = BetterSqlite3.Database;

let driver: typeof BetterSqlite3 | undefined;

/**
 * better-sqlite3, loaded on first use by a require that bundlers do not follow: the actions'
 * bundles never open a SQLite vault and must not carry a native addon built for one Node.
 */
function sqlite(): typeof BetterSqlite3 {
  if (driver === undefined) {
    const load = createRequire(import.meta.url);
    const id = ['better', 'sqlite3'].join('-');
    try {
      driver = load(id) as typeof BetterSqlite3;
    } catch (error) {
      throw new VaultError('StorageError', `SQLite vaults need the better-sqlite3 package, which could not be loaded (${codeOf(error)}).`, { cause: error });
    }
  }
  return driver;
}

/** SQLite's result code name ('SQLITE_BUSY'), or the errno code, or the error's name. */
export function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
}

export const isBusy = (error: unknown): boolean => codeOf(error).startsWith('SQLITE_BUSY');

/**
 * A VaultError for a failed SQLite call. Only the code is quoted: SQLite's own message can
 * name a constraint's values. Damage reads as IntegrityError; anything else as `otherwise`.
 */
export function sqliteFailure(error: unknown, path: string, doing: string, otherwise: VaultErrorCode = 'StorageError'): VaultError {
  if (error instanceof VaultError) return error;
  const code = codeOf(error);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new IntegrityError(`${path} failed while ${doing} (${code}): it is damaged, or not a Coffer SQLite vault.`, error);
  }
  return new VaultError(otherwise, `${path} failed while ${doing} (${code}).`, { cause: error });
}

/** Every table is ours and nothing else is there: a trigger or view planted in the file would run inside our transactions. */
export function checkSchema(db: Database, path: string): void {
  const header = { application: db.pragma('application_id', { simple: true }), version: db.pragma('user_version', { simple: true }) };
  if (header.application !== APPLICATION_ID) throw new IntegrityError(`${path} is not a Coffer SQLite vault.`);
  if (header.version !== SCHEMA_VERSION) {
    throw new VaultError('UnsupportedFormat', `${path} has SQLite vault schema ${String(header.version)}: this Coffer reads schema ${SCHEMA_VERSION}.`);
  }
  const entries = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as { type: string; name: string; sql: string | null }[];
  const expected = Object.entries(SCHEMA);
  const same = entries.length === expected.length && expected.every(([name, sql]) => entries.some((e) => e.type === 'table' && e.name === name && e.sql === sql));
  if (!same) throw new IntegrityError(`${path} has tables, indexes, views or triggers that Coffer did not make: it was modified outside Coffer.`);
}

/**
 * WAL with synchronous=NORMAL, and the store fsyncs the log itself after each commit, off the
 * event loop, before it acknowledges anything (see sqlite-wal-sync.ts): an acknowledged write
 * survives power loss, and readers never block the writer.
 */
function configure(db: Database, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') throw new VaultError('StorageError', `${db.name} cannot use SQLite's write-ahead log here.`);
  db.pragma('synchronous = NORMAL');
  // Up to 32 MiB of pages in memory (SQLite's default is 2 MiB): a server reading a large store
  // at random would otherwise read most pages from the OS again. Allocated only as pages are read.
  db.pragma('cache_size = -32768');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
}

/** Opens an existing vault database, configured and with its schema checked. */
export function openDatabase(path: string, busyTimeoutMs: number): Database {
  if (!existsSync(path)) throw new VaultError('StorageError', `No vault at ${path}: create one with 'coffer init'.`);
  let db: Database | undefined;
  try {
    db = new (sqlite())(path, { fileMustExist: true, timeout: busyTimeoutMs });
    checkSchema(db, path);
    configure(db, busyTimeoutMs);
    return db;
  } catch (error) {
    db?.close();
    throw sqliteFailure(error, path, 'opening it');
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Not there: nothing to clean.
  }
}

/**
 * Creates a vault database at `path`, refusing (Conflict) to replace anything there. It is
 * built under a temp name, fsynced, then linked into place, so that nobody ever opens a
 * half-made vault, and a crash leaves either nothing or a whole one.
 */
export function createDatabase(path: string, initialise: (db: Database) => void): void {
  if (existsSync(path)) throw new VaultError('Conflict', `${path} already exists; it was left unchanged.`);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    closeSync(openSync(temp, 'wx', 0o600));
    const db = new (sqlite())(temp, { fileMustExist: true });
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      configure(db, 0);
      db.transaction(() => {
        for (const sql of Object.values(SCHEMA)) db.exec(sql);
        initialise(db);
      })();
    } finally {
      db.close();
    }
    const fd = openSync(temp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(temp, path);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') throw new VaultError('Conflict', `${path} already exists; it was left unchanged.`);
    throw sqliteFailure(error, path, 'creating it');
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) unlinkQuietly(`${temp}${suffix}`);
  }
  fsyncDirectory(dirname(path));
}
