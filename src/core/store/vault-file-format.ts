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

const sectionMarker = (type: ObjectType): string => `\n  "${SECTIONS[type]}": [`;
const OBJECT_START = '    {"name":"';
const OBJECT_END = '\n    ]}';

/**
 * A section parsed on demand. Opening a vault parses its header only; reading one object
 * finds it by a search for its first line and parses just that object; listing, or a name
 * asked for in another case, indexes the whole section once (a scan for object boundaries).
 * Opening a 10,000-secret vault to read one secret then costs a search, not a parse of every
 * version of every secret. The bytes are authenticated and the layout is our own.
 *
 * `text` is the body decoded as latin1, one character per byte, so its offsets are byte
 * offsets into `body`, which objects are decoded from as UTF-8.
 */
class LazySection implements ReadonlyMap<string, FileObject> {
  readonly #body: Buffer;
  readonly #text: string;
  readonly #start: number;
  readonly #end: number;
  readonly #parsed = new Map<string, FileObject>();
  #spans: Map<string, readonly [number, number]> | undefined;
  #lookups = 0;

  /** `start` is just after the section's `[`, `end` where the next section (or the body) begins. */
  constructor(body: Buffer, text: string, start: number, end: number) {
    this.#body = body;
    this.#text = text;
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
    // One lookup searches for its object; a second means a batch, which an index serves better.
    this.#lookups += 1;
    const span = this.#spans === undefined && this.#lookups === 1 ? this.#find(key) ?? this.#index().get(key) : this.#index().get(key);
    if (span === undefined) return undefined;
    const object = JSON.parse(this.#body.toString('utf8', span[0], span[1])) as FileObject;
    this.#parsed.set(key, object);
    return object;
  }

  keys(): MapIterator<string> {
    return this.#index().keys();
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

  /** The span of the object whose first line names exactly `key` (stored in that case). */
  #find(key: string): readonly [number, number] | undefined {
    const at = this.#text.indexOf(`\n${OBJECT_START}${key}"`, this.#start - 1);
    if (at < 0 || at >= this.#end) return undefined;
    const end = this.#text.indexOf(OBJECT_END, at + 1);
    return end < 0 ? undefined : [at + 1, end + OBJECT_END.length];
  }

  #index(): Map<string, readonly [number, number]> {
    if (this.#spans !== undefined) return this.#spans;
    const spans = new Map<string, readonly [number, number]>();
    const text = this.#text;
    let position = this.#start;
    while (position < this.#end && text.charCodeAt(position) === 0x0a && text.startsWith(OBJECT_START, position + 1)) {
      const start = position + 1;
      const nameStart = start + OBJECT_START.length;
      const nameEnd = text.indexOf('"', nameStart);
      const end = text.indexOf(OBJECT_END, nameEnd);
      if (nameEnd < 0 || end < 0) throw new IntegrityError('A vault file object is not terminated.');
      spans.set(text.slice(nameStart, nameEnd).toLowerCase(), [start, end + OBJECT_END.length]);
      position = end + OBJECT_END.length + (text.charCodeAt(end + OBJECT_END.length) === 0x2c ? 1 : 0);
    }
    this.#spans = spans;
    return spans;
  }
}

/** Splits the body into its three sections; keys and certificates are found from the end. */
function sectionsOf(body: Buffer, text: string, damaged: (what: string) => IntegrityError): Record<ObjectType, LazySection> {
  const certificates = text.lastIndexOf(sectionMarker('certificate'));
  const keys = text.lastIndexOf(sectionMarker('key'), certificates);
  const secrets = text.indexOf(sectionMarker('secret'));
  if (secrets < 0 || keys < secrets || certificates < keys) throw damaged('its sections are out of place');
  const section = (type: ObjectType, at: number, end: number): LazySection => new LazySection(body, text, at + sectionMarker(type).length, end);
  return { secret: section('secret', secrets, keys), key: section('key', keys, certificates), certificate: section('certificate', certificates, text.length) };
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
  const text = body.toString('latin1');
  const sections = text.indexOf(sectionMarker('secret'));
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
  return { header, table: sectionsOf(body, text, damaged), keys };
}
