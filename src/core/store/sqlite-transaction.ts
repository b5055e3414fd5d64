/**
 * One SQLite store transaction as the vault sees it: reads go to the database (inside the
 * transaction's snapshot) through `rows`, which authenticates each row; changes stay here
 * until the store applies them with the transaction's audit record, or discards them.
 */
import type { ObjectType } from '../model.js';
import { nameKey } from '../names.js';
import type { StoredObject, StoreTransaction } from './store.js';

/** Authenticated reads of committed rows, by lower-case name. */
export interface ObjectRows {
  get(type: ObjectType, key: string): StoredObject | undefined;
  /** Ordered by lower-case name; `prefix` is lower-case, '' for every object of the type. */
  list(type: ObjectType, prefix: string): readonly StoredObject[];
}

/** Per type, lower-case name → the object as it should be stored, or null to remove it. */
export type ObjectChanges = ReadonlyMap<ObjectType, ReadonlyMap<string, StoredObject | null>>;

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class SqliteTransaction implements StoreTransaction {
  readonly generation: number;
  readonly #rows: ObjectRows;
  readonly #changes = new Map<ObjectType, Map<string, StoredObject | null>>();

  constructor(rows: ObjectRows, generation: number) {
    this.#rows = rows;
    this.generation = generation;
  }

  get changed(): boolean {
    return this.#changes.size > 0;
  }

  get changes(): ObjectChanges {
    return this.#changes;
  }

  getObject(type: ObjectType, name: string): StoredObject | undefined {
    const key = nameKey(name);
    const changed = this.#changes.get(type)?.get(key);
    return changed === undefined ? this.#rows.get(type, key) : changed ?? undefined;
  }

  listObjects(type: ObjectType, namePrefix = ''): readonly StoredObject[] {
    const prefix = nameKey(namePrefix);
    const committed = this.#rows.list(type, prefix);
    const changes = this.#changes.get(type);
    if (changes === undefined) return committed;
    const merged = new Map(committed.map((object) => [nameKey(object.name), object]));
    for (const [key, object] of changes) {
      if (!key.startsWith(prefix)) continue;
      if (object === null) merged.delete(key);
      else merged.set(key, object);
    }
    return [...merged.keys()].sort(byKey).map((key) => merged.get(key) as StoredObject);
  }

  putObject(object: StoredObject): void {
    this.#section(object.type).set(nameKey(object.name), object);
  }

  removeObject(type: ObjectType, name: string): void {
    this.#section(type).set(nameKey(name), null);
  }

  #section(type: ObjectType): Map<string, StoredObject | null> {
    let section = this.#changes.get(type);
    if (section === undefined) {
      section = new Map();
      this.#changes.set(type, section);
    }
    return section;
  }
}
