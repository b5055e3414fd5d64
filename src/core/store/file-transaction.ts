/**
 * A copy-on-write view of the file store's objects for one transaction: reads see the
 * transaction's own changes; nothing touches the committed table until apply().
 */
import type { ObjectType } from '../model.js';
import { nameKey } from '../names.js';
import { hasPrefixKeys, type FileObject, type ObjectTable } from './vault-file-format.js';

export type { ObjectTable };
import type { StoredObject, StoreTransaction } from './store.js';


function withType(type: ObjectType, object: FileObject | undefined): StoredObject | undefined {
  return object === undefined ? undefined : { type, ...object };
}

export class FileTransaction implements StoreTransaction {
  readonly generation: number;
  readonly #base: ObjectTable;
  readonly #changes = new Map<ObjectType, Map<string, FileObject | null>>();

  constructor(base: ObjectTable, generation: number) {
    this.#base = base;
    this.generation = generation;
  }

  get changed(): boolean {
    return this.#changes.size > 0;
  }

  getObject(type: ObjectType, name: string): StoredObject | undefined {
    const key = nameKey(name);
    const changed = this.#changes.get(type)?.get(key);
    if (changed !== undefined) return withType(type, changed ?? undefined);
    return withType(type, this.#base[type].get(key));
  }

  listObjects(type: ObjectType, namePrefix = ''): readonly StoredObject[] {
    const prefix = nameKey(namePrefix);
    const changes = this.#changes.get(type) ?? new Map<string, FileObject | null>();
    // Keys first: a lazily parsed section parses only the objects that are listed, and finds
    // those under a prefix without visiting the others.
    const base = this.#base[type];
    const baseKeys = hasPrefixKeys(base) ? base.keysWithPrefix(prefix) : [...base.keys()].filter((key) => key.startsWith(prefix));
    const keys = new Set([...baseKeys, ...[...changes.keys()].filter((key) => key.startsWith(prefix))]);
    return [...keys]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => this.getObject(type, key))
      .filter((object): object is StoredObject => object !== undefined);
  }

  putObject(object: StoredObject): void {
    const { type, ...stored } = object;
    this.#section(type).set(nameKey(object.name), stored);
  }

  removeObject(type: ObjectType, name: string): void {
    this.#section(type).set(nameKey(name), null);
  }

  /** The table as it stands after this transaction. */
  apply(): ObjectTable {
    const next = { ...this.#base } as Record<ObjectType, ReadonlyMap<string, FileObject>>;
    for (const [type, changes] of this.#changes) {
      const section = new Map(this.#base[type]);
      for (const [key, object] of changes) {
        if (object === null) section.delete(key);
        else section.set(key, object);
      }
      next[type] = section;
    }
    return next;
  }

  #section(type: ObjectType): Map<string, FileObject | null> {
    let section = this.#changes.get(type);
    if (section === undefined) {
      section = new Map();
      this.#changes.set(type, section);
    }
    return section;
  }
}
