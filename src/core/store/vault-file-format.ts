/**
 * The vault file: one JSON document, diff-friendly (stable order, one block per version,
 * names in clear, values sealed), ending in a MAC over every byte before it.
 *
 *   {
 *     "format": "coffer-vault/1", "vaultId": …, "generation": …, "keyId": …, "dataKey": …,
 *     "recoverableDays": 90, "audit": {the last change's audit record, one line},
 *     "secrets": [
 *       {"name":…,"recoverableDays":…,"deleted"?:…,"versions":[
 *         {one version per line}
 *       ]}
 *     ], "keys": [], "certificates": [],
 *     "mac": "<base64 HMAC-SHA256>"
 *   }
 *
 * The MAC covers the raw bytes, so any flipped byte — even whitespace — fails the open, and
 * adding, removing or swapping entries fails it too. Sealed values also carry their identity
 * in their AAD, which is a second line of defence should the MAC ever be skipped.
 */
import { VaultKeys, constantTimeEqual, type RandomSource } from '../crypto/envelope.js';
import type { MasterKey } from '../crypto/master-key.js';
import { IntegrityError, VaultError } from '../errors.js';
import type { ObjectType } from '../model.js';
import type { AuditRecord } from '../audit/record.js';
import type { StoredObject } from './store.js';

export const FORMAT = 'coffer-vault/1';
/** V8 strings top out near 512 MiB; 25 KiB × thousands of secrets fits far below this. */
export const MAX_VAULT_FILE_BYTES = 256 * 1024 * 1024;

const MAC_MARKER = Buffer.from(',\n  "mac": "', 'utf8');
const MAC_SUFFIX = /^([A-Za-z0-9+/]{43}=)"\n}\n$/;

/** On disk, an object's type is its section. */
export type FileObject = Omit<StoredObject, 'type'>;

/** Each section of the file, by lower-case name; the file keeps them sorted. */
export type ObjectTable = Readonly<Record<ObjectType, ReadonlyMap<string, FileObject>>>;

export const SECTIONS: Readonly<Record<ObjectType, 'secrets' | 'keys' | 'certificates'>> = {
  secret: 'secrets',
  key: 'keys',
  certificate: 'certificates',
};

const TYPES = Object.keys(SECTIONS) as ObjectType[];

/** Everything in the file but its objects. */
export interface VaultHeader {
  readonly format: string;
  readonly vaultId: string;
  readonly generation: number;
  readonly keyId: string;
  readonly dataKey: string;
  readonly recoverableDays: number;
  readonly audit: AuditRecord | null;
}

const HEADER_FIELDS: readonly (keyof VaultHeader)[] = ['format', 'vaultId', 'generation', 'keyId', 'dataKey', 'recoverableDays', 'audit'];

/** The AAD that binds the wrapped data key to its vault and format. */
export function wrapContext(vaultId: string): readonly string[] {
  return [FORMAT, vaultId];
}

/**
 * One object: its own fields on the first line, then one line per version, then `]}`. A
 * version is one line, so a diff shows each added or changed version as one line; and an
 * object ends at the only `\n    ]}` in its text, since JSON strings hold no raw newline.
 */
function encodeObject(object: FileObject): string {
  const { versions, ...fields } = object;
  const lines = versions.map((version, i) => `      ${JSON.stringify(version)}${i < versions.length - 1 ? ',' : ''}`);
  return [`    ${JSON.stringify(fields).slice(0, -1)},"versions":[`, ...lines, '    ]}'].join('\n');
}

function encodeSection(type: ObjectType, objects: ReadonlyMap<string, FileObject>): string {
  const sorted = [...objects.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length === 0) return `  "${SECTIONS[type]}": []`;
  return `  "${SECTIONS[type]}": [\n${sorted.map(([, object]) => encodeObject(object)).join(',\n')}\n  ]`;
}

/** Serialises a vault and appends its MAC. */
export function encodeVaultFile(header: VaultHeader, table: ObjectTable, keys: VaultKeys): Buffer {
  const fields = HEADER_FIELDS.map((field) => `  ${JSON.stringify(field)}: ${JSON.stringify(header[field])}`);
  const body = Buffer.from(`{\n${[...fields, ...TYPES.map((type) => encodeSection(type, table[type]))].join(',\n')}`, 'utf8');
  const mac = keys.mac(body).toString('base64');
  return Buffer.concat([body, MAC_MARKER, Buffer.from(`${mac}"\n}\n`, 'utf8')]);
}

function isHeader(value: unknown): value is VaultHeader {
  const doc = value as Partial<VaultHeader> | null;
  return doc !== null && typeof doc === 'object'
    && typeof doc.format === 'string' && typeof doc.vaultId === 'string' && /^[0-9a-f]{32}$/.test(doc.vaultId)
    && typeof doc.keyId === 'string' && /^[0-9a-f]{16}$/.test(doc.keyId)
    && typeof doc.dataKey === 'string' && typeof doc.generation === 'number' && typeof doc.recoverableDays === 'number';
}

const sectionMarker = (type: ObjectType): Buffer => Buffer.from(`\n  "${SECTIONS[type]}": [`, 'latin1');
const SECTION_MARKERS: Readonly<Record<ObjectType, Buffer>> = { secret: sectionMarker('secret'), key: sectionMarker('key'), certificate: sectionMarker('certificate') };
/** An object's first line starts with this (after its newline); nothing else in a section does. */
const OBJECT_START = Buffer.from('\n    {"name":"', 'latin1');
const OBJECT_END = Buffer.from('\n    ]}', 'latin1');
const QUOTE = 0x22;
/** Names are at most 127 characters (names.ts): a run this long without a closing quote is damage. */
const MAX_NAME_BYTES = 4096;
const COMMA = 0x2c;
/** Below this many bytes a lookup walks from object to object instead of halving further. */
const WALK_BYTES = 4096;

/** A section that can list the keys under a prefix without indexing all of it. */
export interface PrefixKeys {
  keysWithPrefix(prefix: string): string[];
}

/** True when the section can list a prefix's keys itself (a lazily parsed section of an opened file). */
export function hasPrefixKeys(section: ReadonlyMap<string, FileObject>): section is ReadonlyMap<string, FileObject> & PrefixKeys {
  return typeof (section as Partial<PrefixKeys>).keysWithPrefix === 'function';
}

/** One object's place in the body: where its text starts and ends, and its name. */
interface Span {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A section parsed on demand, straight from the body's bytes. Opening a vault parses its header
 * only. The file keeps each section sorted by lower-case name (encodeSection, in every version
 * of the format), so reading one object is a binary search over the section's bytes for its
 * first line, a listing by prefix is a search for the first name and a scan to the last, and
 * only the objects read are parsed. Only a full listing (or a write) visits every object.
 * Opening a 10,000-secret vault to read one secret then costs a few searches, not a decode or a
 * parse of every version of every secret. The bytes are authenticated and the layout is our own.
 *
 * An object starts at the only `\n    {"name":"` of its text (JSON strings hold no raw
 * newline, and version lines are indented further) and ends at its only `\n    ]}`.
 */
class LazySection implements ReadonlyMap<string, FileObject>, PrefixKeys {
  readonly #body: Buffer;
  readonly #start: number;
  readonly #end: number;
  readonly #parsed = new Map<string, FileObject>();
  /** Spans found so far, by key: by lookups, prefix scans, or (once #complete) all of them. */
  readonly #spans = new Map<string, Span>();
  #complete = false;
  /** Binary-search probes made so far (position → object found): every search starts with the same few. */
  readonly #probes = new Map<number, number>();

  /** `start` is just after the section's `[`, `end` where the next section (or the body) begins. */
  constructor(body: Buffer, start: number, end: number) {
    this.#body = body;
    this.#start = start;
    this.#end = end;
  }

  get size(): number {
    return this.#index().size;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get(key: string): FileObject | undefined {
    const cached = this.#parsed.get(key);
    if (cached !== undefined) return cached;
    const span = this.#spans.get(key) ?? (this.#complete ? undefined : this.#find(key));
    if (span === undefined) return undefined;
    const object = JSON.parse(this.#body.toString('utf8', span.start, span.end)) as FileObject;
    this.#parsed.set(key, object);
    return object;
  }

  keys(): MapIterator<string> {
    return this.#index().keys();
  }

  /** The keys that start with `prefix` (lower-case), in order, from one search and a scan of just those objects. */
  keysWithPrefix(prefix: string): string[] {
    if (prefix === '' || this.#complete) return [...this.keys()].filter((key) => key.startsWith(prefix));
    const keys: string[] = [];
    let previous = '';
    const first = this.#lowerBound(prefix);
    for (let span = first < 0 ? undefined : this.#spanAt(first); span !== undefined && span.key.startsWith(prefix); span = this.#objectAt(span.end)) {
      if (span.key <= previous) throw this.#unsorted();
      previous = span.key;
      this.#spans.set(span.key, span);
      keys.push(span.key);
    }
    return keys;
  }

  *entries(): MapIterator<[string, FileObject]> {
    for (const key of this.#index().keys()) yield [key, this.get(key) as FileObject];
  }

  *values(): MapIterator<FileObject> {
    for (const [, object] of this.entries()) yield object;
  }

  forEach(callback: (value: FileObject, key: string, map: ReadonlyMap<string, FileObject>) => void): void {
    for (const [key, object] of this.entries()) callback(object, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, FileObject]> {
    return this.entries();
  }

  /** The object named `key` (any case), found by binary search. */
  #find(key: string): Span | undefined {
    const at = this.#lowerBound(key);
    if (at < 0 || this.#compareName(at, key) !== 0) return undefined;
    const span = this.#spanAt(at);
    this.#spans.set(key, span);
    return span;
  }

  /**
   * Where the first object whose key is not below `key` starts (its newline), or -1 when every
   * object sorts below it. A binary search over the section's bytes, one search for an object's
   * first line per step (the first steps, which every search shares, remembered), down to a
   * few objects' worth of bytes; then a walk from object to object. Names are compared in place.
   */
  #lowerBound(key: string): number {
    // Every object starting before `low` sorts below `key`; the first one starting at or after
    // `high`, if any, does not.
    let low = this.#start;
    let high = this.#end;
    while (high - low > WALK_BYTES) {
      const middle = (low + high) >>> 1;
      let at = this.#probes.get(middle);
      if (at === undefined) {
        at = this.#nextObject(middle);
        this.#probes.set(middle, at);
      }
      if (at < 0 || at >= high || this.#compareName(at, key) >= 0) high = middle;
      else low = at + 1;
    }
    let at = this.#nextObject(low);
    while (at >= 0 && this.#compareName(at, key) < 0) at = this.#nextObject(at + 1);
    return at;
  }

  /** The newline that starts the first object at or after `from`, or -1 if none does in this section. */
  #nextObject(from: number): number {
    const at = this.#body.indexOf(OBJECT_START, from);
    return at < 0 || at >= this.#end ? -1 : at;
  }

  /**
   * The lower-cased name of the object starting at `at` compared with `key` (lower-case), as
   * JavaScript compares strings: negative, zero or positive. Names are ASCII (validated).
   */
  #compareName(at: number, key: string): number {
    const body = this.#body;
    const limit = Math.min(this.#end, at + OBJECT_START.length + MAX_NAME_BYTES + 1);
    let i = at + OBJECT_START.length;
    for (let k = 0; ; i += 1, k += 1) {
      if (i >= limit) throw new IntegrityError('A vault file object has no name.');
      let byte = body[i] as number;
      if (byte === QUOTE) return k === key.length ? 0 : -1;
      if (k === key.length) return 1;
      if (byte >= 0x41 && byte <= 0x5a) byte += 0x20;
      const diff = byte - key.charCodeAt(k);
      if (diff !== 0) return diff;
    }
  }

  /** The span of the object starting at `at` (its newline). */
  #spanAt(at: number): Span {
    const nameStart = at + OBJECT_START.length;
    const nameEnd = this.#body.indexOf(QUOTE, nameStart);
    const end = nameEnd < 0 ? -1 : this.#body.indexOf(OBJECT_END, nameEnd);
    if (end < 0 || end >= this.#end) throw new IntegrityError('A vault file object is not terminated.');
    return { key: this.#body.toString('latin1', nameStart, nameEnd).toLowerCase(), start: at + 1, end: end + OBJECT_END.length };
  }

  /** The span of the first object at or after `from`, or undefined. */
  #objectAt(from: number): Span | undefined {
    const at = this.#nextObject(from);
    return at < 0 ? undefined : this.#spanAt(at);
  }

  #unsorted(): IntegrityError {
    return new IntegrityError('A vault file section is not in name order.');
  }

  /** Every object's span, from one scan of the section (once). */
  #index(): Map<string, Span> {
    if (this.#complete) return this.#spans;
    const spans = new Map<string, Span>();
    const body = this.#body;
    let position = this.#start;
    let previous = '';
    while (position + OBJECT_START.length <= this.#end && body.compare(OBJECT_START, 0, OBJECT_START.length, position, position + OBJECT_START.length) === 0) {
      const span = this.#objectAt(position) as Span;
      if (span.key <= previous) throw this.#unsorted();
      previous = span.key;
      spans.set(span.key, span);
      position = span.end + (body[span.end] === COMMA ? 1 : 0);
    }
    this.#spans.clear();
    for (const [key, span] of spans) this.#spans.set(key, span);
    this.#complete = true;
    return this.#spans;
  }
}

/** Splits the body into its three sections; keys and certificates are found from the end. */
function sectionsOf(body: Buffer, damaged: (what: string) => IntegrityError): Record<ObjectType, LazySection> {
  const certificates = body.lastIndexOf(SECTION_MARKERS.certificate);
  const keys = certificates < 0 ? -1 : body.lastIndexOf(SECTION_MARKERS.key, certificates);
  const secrets = body.indexOf(SECTION_MARKERS.secret);
  if (secrets < 0 || keys < secrets || certificates < keys) throw damaged('its sections are out of place');
  const section = (type: ObjectType, at: number, end: number): LazySection => new LazySection(body, at + SECTION_MARKERS[type].length, end);
  return { secret: section('secret', secrets, keys), key: section('key', keys, certificates), certificate: section('certificate', certificates, body.length) };
}

/**
 * Parses and authenticates a vault file. Any damage is an IntegrityError; a key that is not
 * this vault's is a KeyMismatch. Nothing in the file is trusted before its MAC checks out.
 */
export function decodeVaultFile(bytes: Buffer, master: MasterKey, path: string, random?: RandomSource): { header: VaultHeader; table: ObjectTable; keys: VaultKeys } {
  const damaged = (what: string, cause?: unknown): IntegrityError =>
    new IntegrityError(`${path} failed its integrity check (${what}): it was modified outside Coffer or is not a vault file.`, cause);
  const at = bytes.lastIndexOf(MAC_MARKER);
  const suffix = at < 0 ? undefined : MAC_SUFFIX.exec(bytes.subarray(at + MAC_MARKER.length).toString('latin1'));
  if (at < 0 || suffix === null || suffix === undefined) throw damaged('no MAC at its end');
  const body = bytes.subarray(0, at);
  const sections = body.indexOf(SECTION_MARKERS.secret);
  // The header ends with the comma before the first section.
  if (sections < 1 || body[sections - 1] !== 0x2c) throw damaged('no secrets section');
  let parsed: unknown;
  try {
    // The header alone is parsed now; objects are parsed when an operation reads them.
    parsed = JSON.parse(`${body.toString('utf8', 0, sections - 1)}\n}`);
  } catch (error) {
    throw damaged('not valid JSON', error);
  }
  if (!isHeader(parsed)) throw damaged('a header field is missing or malformed');
  const header: VaultHeader = parsed;
  const keys = VaultKeys.unwrap(header.dataKey, master, header.keyId, wrapContext(header.vaultId), random);
  // Compare the text, not decoded bytes: base64 has spare bits, so two texts can decode alike.
  if (!constantTimeEqual(Buffer.from(keys.mac(body).toString('base64')), Buffer.from(suffix[1] ?? ''))) throw damaged('MAC mismatch');
  if (header.format !== FORMAT) {
    throw new VaultError('UnsupportedFormat', `${path} has format '${header.format}': this Coffer reads ${FORMAT}.`);
  }
  return { header, table: sectionsOf(body, damaged), keys };
}
