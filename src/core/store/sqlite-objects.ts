/**
 * Reads object rows and serves only authenticated content: a row whose MAC checks out, from a
 * set of rows that matches the object index whenever a whole type is read.
 *
 * Checking a MAC and parsing the JSON is most of a read's cost, and every write lists every
 * object (to purge what is past its retention), so checked rows are kept, bounded: a row whose
 * name, MAC and body are exactly those of a kept one is served from it without the crypto and
 * the parse. Any other row — an edited one included — is checked afresh, so the result is the
 * same as checking every row on every read.
 */
import type { VaultKeys } from '../crypto/envelope.js';
import { IntegrityError, quote } from '../errors.js';
import type { ObjectType } from '../model.js';
import { sqliteFailure } from './sqlite-database.js';
import { MAX_OBJECT_CHARS, emptyDigests, indexTerm, macsEqual, rowMac, type Digests } from './sqlite-schema.js';
import type { ObjectRow, Statements } from './sqlite-statements.js';
import type { ObjectRows } from './sqlite-transaction.js';
import type { StoredObject } from './store.js';

/** Characters of row bodies whose parsed objects are kept; the least recently used go first. */
const CACHE_CHARS = 32 * 1024 * 1024;

interface Checked {
  readonly mac: string;
  readonly body: string;
  readonly object: StoredObject;
  /** The row's term in the object index. */
  readonly term: Buffer;
  readonly size: number;
}

export class SqliteObjects {
  readonly #sql: Statements;
  readonly #keys: VaultKeys;
  readonly #vaultId: string;
  readonly #location: string;
  readonly #checked = new Map<string, Checked>();
  #size = 0;

  constructor(sql: Statements, keys: VaultKeys, vaultId: string, location: string) {
    this.#sql = sql;
    this.#keys = keys;
    this.#vaultId = vaultId;
    this.#location = location;
  }

  /** Reads in the open transaction; `index` gives the object index it must agree with. */
  rows(index: () => Digests): ObjectRows {
    return {
      get: (type, key) => this.#reading(() => {
        const row = this.#sql.getObject.get(MAX_OBJECT_CHARS, type, key) as ObjectRow | undefined;
        return row === undefined ? undefined : this.#object(type, row).object;
      }),
      list: (type, prefix) => this.#reading(() => {
        const rows = (prefix === ''
          ? this.#sql.listObjects.all(MAX_OBJECT_CHARS, type)
          : this.#sql.listPrefix.all(MAX_OBJECT_CHARS, type, prefix, `${prefix}\u{10FFFF}`)) as ObjectRow[];
        const checked = rows.map((row) => this.#object(type, row));
        // A whole type, read anyway: check that no row was removed or put back since it was written.
        if (prefix === '') this.checkDigest(type, checked.map((c) => c.term), index());
        return checked.map((c) => c.object);
      }),
    };
  }

  #reading<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      throw sqliteFailure(error, this.#location, 'reading');
    }
  }

  checkDigest(type: ObjectType, terms: readonly Buffer[], index: Digests): void {
    const digest = emptyDigests()[type];
    for (const term of terms) for (let i = 0; i < digest.length; i += 1) digest[i] = (digest[i] ?? 0) ^ (term[i] ?? 0);
    if (!digest.equals(index[type])) {
      throw new IntegrityError(`The ${type} rows of ${this.#location} do not match its object index: rows were added, removed or put back outside Coffer.`);
    }
  }

  #object(type: ObjectType, row: ObjectRow): Checked {
    const id = `${type}\n${row.name}`;
    const kept = this.#checked.get(id);
    if (kept !== undefined && kept.mac === row.mac && kept.body === row.body) {
      this.#checked.delete(id);
      this.#checked.set(id, kept);
      return kept;
    }
    const object = this.#verified(type, row);
    const body = row.body ?? '';
    const checked = { mac: row.mac, body, object, term: indexTerm(this.#keys, type, row.name, row.mac), size: body.length };
    this.#keep(id, checked, kept);
    return checked;
  }

  #verified(type: ObjectType, row: ObjectRow): StoredObject {
    const damaged = (): IntegrityError =>
      new IntegrityError(`The ${type} ${quote(row.name)} in ${this.#location} failed its integrity check: its row was modified outside Coffer.`);
    if (row.body === null || !macsEqual(row.mac, rowMac(this.#keys, this.#vaultId, type, row.name, row.body))) throw damaged();
    try {
      return { type, ...(JSON.parse(row.body) as Omit<StoredObject, 'type'>) };
    } catch {
      throw damaged();
    }
  }

  #keep(id: string, checked: Checked, replaced: Checked | undefined): void {
    if (replaced !== undefined) {
      this.#checked.delete(id);
      this.#size -= replaced.size;
    }
    this.#checked.set(id, checked);
    this.#size += checked.size;
    for (const [oldest, entry] of this.#checked) {
      if (this.#size <= CACHE_CHARS) break;
      this.#checked.delete(oldest);
      this.#size -= entry.size;
    }
  }
}
