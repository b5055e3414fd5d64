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
import { VaultKeys, constantTimeEqual } from '../crypto/envelope.js';
import { IntegrityError } from '../errors.js';
import type { ObjectType } from '../model.js';

export const SQLITE_FORMAT = 'coffer-sqlite/1';
/** PRAGMA application_id: 'Cofr', so that `file` and other tools can tell what the database is. */
export const APPLICATION_ID = 0x436f6672;
/** PRAGMA user_version: the schema below. */
export const SCHEMA_VERSION = 1;
/** One object row, versions included: ~1,900 versions of a 25 KiB secret. */
export const MAX_OBJECT_CHARS = 64 * 1024 * 1024;

export const OBJECT_TYPES: readonly ObjectType[] = ['secret', 'key', 'certificate'];

/** The tables, as SQLite keeps their text in sqlite_schema: open refuses anything else. */
export const SCHEMA: Readonly<Record<string, string>> = {
  meta: 'CREATE TABLE meta (id INTEGER PRIMARY KEY CHECK (id = 1), format TEXT NOT NULL, vault_id TEXT NOT NULL,'
    + ' key_id TEXT NOT NULL, data_key TEXT NOT NULL, generation INTEGER NOT NULL, recoverable_days INTEGER NOT NULL,'
    + ' anchor TEXT, object_index TEXT NOT NULL, mac TEXT NOT NULL)',
  objects: 'CREATE TABLE objects (type TEXT NOT NULL, name TEXT NOT NULL, mac TEXT NOT NULL, body TEXT NOT NULL,'
    + ' PRIMARY KEY (type, name)) WITHOUT ROWID',
  audit: 'CREATE TABLE audit (seq INTEGER PRIMARY KEY, record TEXT NOT NULL)',
};

/** The meta row, as stored. */
export interface Meta {
  readonly format: string;
  readonly vaultId: string;
  readonly keyId: string;
  readonly dataKey: string;
  readonly generation: number;
  readonly recoverableDays: number;
  /** The last change's audit record, the very text of its audit row; null before any change. */
  readonly anchor: string | null;
  /** The sealed object index (see the file comment). */
  readonly objectIndex: string;
}

/** The AAD that binds the wrapped data key to its vault and format. */
export function wrapContext(vaultId: string): readonly string[] {
  return [SQLITE_FORMAT, vaultId];
}

/** Reads the meta row's columns; a missing or mistyped column is damage. */
export function metaOf(row: unknown, path: string): Meta & { readonly mac: string } {
  const r = row as Record<string, unknown> | undefined;
  const text = (column: string): string => {
    const value = r?.[column];
    if (typeof value !== 'string') throw new IntegrityError(`${path} has no valid vault metadata (${column}): it was modified outside Coffer or is not a vault.`);
    return value;
  };
  const integer = (column: string): number => {
    const value = r?.[column];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new IntegrityError(`${path} has no valid vault metadata (${column}): it was modified outside Coffer or is not a vault.`);
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
export function metaMac(keys: VaultKeys, meta: Meta): string {
  const fields = [meta.format, meta.vaultId, meta.keyId, meta.dataKey, meta.generation, meta.recoverableDays, meta.anchor, meta.objectIndex];
  return keys.mac(`${SQLITE_FORMAT} meta\n${JSON.stringify(fields)}`).toString('base64');
}

/** An object row's MAC. The header is one JSON line, so the body after it cannot shift into it. */
export function rowMac(keys: VaultKeys, vaultId: string, type: string, name: string, body: string): string {
  return keys.mac(`${SQLITE_FORMAT} object\n${JSON.stringify([vaultId, type, name])}\n${body}`).toString('base64');
}

export function macsEqual(a: string, b: string): boolean {
  return constantTimeEqual(Buffer.from(a), Buffer.from(b));
}

export type Digests = Readonly<Record<ObjectType, Buffer>>;

export const emptyDigests = (): Record<ObjectType, Buffer> => ({ secret: Buffer.alloc(32), key: Buffer.alloc(32), certificate: Buffer.alloc(32) });

/** One row's term in the object index: keyed, and never stored, so nobody can predict or steer it. */
export function indexTerm(keys: VaultKeys, type: ObjectType, name: string, mac: string): Buffer {
  return keys.mac(`${SQLITE_FORMAT} index\n${JSON.stringify([type, name, mac])}`);
}

/** Adds (or, XOR being its own inverse, removes) one row's term to its type's digest. */
export function xorInto(digest: Buffer, term: Buffer): void {
  for (let i = 0; i < digest.length; i += 1) digest[i] = (digest[i] ?? 0) ^ (term[i] ?? 0);
}

const indexContext = (vaultId: string): readonly string[] => [SQLITE_FORMAT, vaultId, 'object-index'];

export function sealIndex(keys: VaultKeys, vaultId: string, digests: Digests): string {
  const plain = Object.fromEntries(OBJECT_TYPES.map((type) => [type, digests[type].toString('hex')]));
  return keys.seal(indexContext(vaultId), Buffer.from(JSON.stringify(plain), 'utf8'));
}

/** Opens the index; it was written by this code under a MACed meta row, so its shape is ours. */
export function openIndex(keys: VaultKeys, vaultId: string, sealed: string): Digests {
  const plain = JSON.parse(keys.unseal(indexContext(vaultId), sealed).toString('utf8')) as Record<string, unknown>;
  const digests = emptyDigests();
  for (const type of OBJECT_TYPES) {
    const hex = plain[type];
    if (typeof hex !== 'string' || !/^[0-9a-f]{64}$/.test(hex)) throw new IntegrityError(`The object index has no valid ${type} digest.`);
    digests[type] = Buffer.from(hex, 'hex');
  }
  return digests;
}
