/**
 * Reads object rows and serves only authenticated content: a row whose MAC checks out and
 * whose (name, MAC) is the one the current object index holds for that name, and an absence
 * only where the index holds no row. Every read is checked, in the transaction that reads the
 * row and the meta row: a single get, a prefix listing and a whole type alike.
 *
 * The index is an XOR digest per type, so it cannot be looked up by name. What is kept here,
 * per type, is the set of (name, MAC) whose terms XOR to a digest the sealed index held: the
 * rows as they were when that digest was checked. A digest fixes its set (finding another set
 * with the same digest means predicting keyed terms that are never stored), so while a type's
 * digest in the current meta row is the kept one, the kept set is the committed one, and a
 * read only has to compare its row with it. When the digest changes (another store wrote), the
 * type's (name, MAC) pairs are read again in the same transaction and summed — reusing the
 * kept terms, so only changed rows cost a MAC — and refused unless they match. This store's
 * own writes update the kept set as they commit, from the set they started from.
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
import { MAX_OBJECT_CHARS, OBJECT_TYPES, indexTerm, macsEqual, rowMac, xorInto, type Digests } from './sqlite-schema.js';
import type { ObjectRow, Statements } from './sqlite-statements.js';
import type { ObjectRows } from './sqlite-transaction.js';
import type { StoredObject } from './store.js';

/** Characters of row bodies whose parsed objects are kept; the least recently used go first. */
const CACHE_CHARS = 32 * 1024 * 1024;

interface Checked {
  readonly mac: string;
  readonly body: string;
  readonly object: StoredObject;
  readonly size: number;
}

/** One row in a kept index: its MAC, and its term in the type's digest. */
interface Entry {
  readonly mac: string;
  readonly term: Buffer;
}

/** A type's rows as its digest in the sealed index vouches for them: lower-case name → entry. */
interface TypeIndex {
  readonly digest: Buffer;
  readonly rows: Map<string, Entry>;
}

/** Row changes of one transaction, the index they make, and what to keep once committed. */
export interface IndexUpdate {
  /** Records a row written (`mac`) or removed (null), and updates `digests` to match. */
  set(type: ObjectType, key: string, mac: string | null): void;
  /** The digests after the changes so far, to seal into the meta row. */
  readonly digests: Digests;
  /** Keeps the new rows: call once the transaction has committed, never before. */
  committed(): void;
}

export class SqliteObjects {
  readonly #sql: Statements;
  readonly #keys: VaultKeys;
  readonly #vaultId: string;
  readonly #location: string;
  readonly #checked = new Map<string, Checked>();
  #size = 0;
  readonly #index = new Map<ObjectType, TypeIndex>();

  constructor(sql: Statements, keys: VaultKeys, vaultId: string, location: string) {
    this.#sql = sql;
    this.#keys = keys;
    this.#vaultId = vaultId;
    this.#location = location;
  }

  /** Reads in the open transaction; `index` gives the object index (of the same transaction) it must agree with. */
  rows(index: () => Digests): ObjectRows {
    return {
      get: (type, key) => this.#reading(() => {
        const row = this.#sql.getObject.get(MAX_OBJECT_CHARS, type, key) as ObjectRow | undefined;
        const entry = this.#current(type, index()).get(key);
        if (row === undefined) {
          if (entry !== undefined) throw this.#mismatch(type, key, 'removed');
          return undefined;
        }
        if (entry?.mac !== row.mac) throw this.#mismatch(type, key, entry === undefined ? 'added' : 'put back as an older copy, or replaced');
        return this.#object(type, row).object;
      }),
      list: (type, prefix) => this.#reading(() => {
        const rows = (prefix === ''
          ? this.#sql.listObjects.all(MAX_OBJECT_CHARS, type)
          : this.#sql.listPrefix.all(MAX_OBJECT_CHARS, type, prefix, `${prefix}\u{10FFFF}`)) as ObjectRow[];
        // A whole type, read anyway: when its digest changed, these very rows are what is summed.
        const kept = this.#current(type, index(), prefix === '' ? rows : undefined);
        let expected = 0;
        if (prefix === '') expected = kept.size;
        else for (const name of kept.keys()) if (name.startsWith(prefix)) expected += 1;
        if (rows.length !== expected || rows.some((row) => kept.get(row.name)?.mac !== row.mac)) throw this.#mismatch(type);
        return rows.map((row) => this.#object(type, row).object);
      }),
    };
  }

  /** At open: every row's (type, name, MAC), which must match the index, type by type. */
  checkAll(rows: Iterable<{ readonly type: string; readonly name: string; readonly mac: string }>, digests: Digests): void {
    const byType = new Map<string, { name: string; mac: string }[]>(OBJECT_TYPES.map((type) => [type, []]));
    for (const row of rows) {
      const list = byType.get(row.type);
      if (list === undefined) throw new IntegrityError(`${this.#location} holds an object of unknown type ${quote(row.type)}.`);
      list.push({ name: row.name, mac: row.mac });
    }
    for (const type of OBJECT_TYPES) this.#current(type, digests, byType.get(type));
  }

  /**
   * The changes of a transaction whose meta row holds `digests`. Each row's old term comes from
   * the kept set (checked against `digests`), not from the row in the database: what is removed
   * from the digest is what the index vouched for, whatever the row holds now.
   */
  update(digests: Digests): IndexUpdate {
    const next = { secret: Buffer.from(digests.secret), key: Buffer.from(digests.key), certificate: Buffer.from(digests.certificate) };
    const changes: { type: ObjectType; key: string; entry: Entry | undefined }[] = [];
    return {
      digests: next,
      set: (type, key, mac) => {
        const old = this.#current(type, digests).get(key);
        if (old !== undefined) xorInto(next[type], old.term);
        const entry = mac === null ? undefined : { mac, term: indexTerm(this.#keys, type, key, mac) };
        if (entry !== undefined) xorInto(next[type], entry.term);
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
            if (entry === undefined) kept.rows.delete(key);
            else kept.rows.set(key, entry);
          }
          this.#index.set(type, { digest: Buffer.from(next[type]), rows: kept.rows });
        }
      },
    };
  }

  #reading<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      throw sqliteFailure(error, this.#location, 'reading');
    }
  }

  /**
   * The type's rows as `digests` vouches for them: the kept set if its digest is the one given,
   * else the (name, MAC) pairs read now (`rows`, or read here in the open transaction), summed
   * and kept only if they match.
   */
  #current(type: ObjectType, digests: Digests, rows?: Iterable<{ readonly name: string; readonly mac: string }>): ReadonlyMap<string, Entry> {
    const digest = digests[type];
    const kept = this.#index.get(type);
    if (kept?.digest.equals(digest)) return kept.rows;
    const read = new Map<string, Entry>();
    const sum = Buffer.alloc(digest.length);
    const take = (name: string, mac: string): void => {
      const known = kept?.rows.get(name);
      const entry = known?.mac === mac ? known : { mac, term: indexTerm(this.#keys, type, name, mac) };
      read.set(name, entry);
      xorInto(sum, entry.term);
    };
    if (rows !== undefined) {
      for (const row of rows) take(row.name, row.mac);
    } else {
      // However a planted MAC splits, the pairs are taken only if their keyed terms sum to the digest.
      for (const text of this.#sql.typeMacs.all(type) as string[]) {
        const cut = text.indexOf('\n');
        take(text.slice(cut + 1), text.slice(0, cut));
      }
    }
    if (!sum.equals(digest)) throw this.#mismatch(type);
    this.#index.set(type, { digest: Buffer.from(digest), rows: read });
    return read;
  }

  #mismatch(type: ObjectType, key?: string, what?: string): IntegrityError {
    if (key !== undefined) {
      return new IntegrityError(`The ${type} ${quote(key)} in ${this.#location} does not match its object index: its row was ${what ?? 'changed'} outside Coffer.`);
    }
    return new IntegrityError(`The ${type} rows of ${this.#location} do not match its object index: rows were added, removed or put back outside Coffer.`);
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
    const checked = { mac: row.mac, body, object, size: body.length };
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
