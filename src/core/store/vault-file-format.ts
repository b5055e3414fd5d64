/**
 * The vault file: one JSON document, diff-friendly (stable order, one block per version,
 * names in clear, values sealed), ending in a MAC over every byte before it.
 *
 *   {
 *     "format": "coffer-vault/1", "vaultId": …, "generation": …, "keyId": …, "dataKey": …,
 *     "recoverableDays": 90, "audit": {the last change's audit record},
 *     "secrets": [ {name, recoverableDays, deleted?, versions: [ … ]} ], "keys": [], "certificates": [],
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

export const SECTIONS: Readonly<Record<ObjectType, 'secrets' | 'keys' | 'certificates'>> = {
  secret: 'secrets',
  key: 'keys',
  certificate: 'certificates',
};

export interface VaultDocument {
  readonly format: string;
  readonly vaultId: string;
  readonly generation: number;
  readonly keyId: string;
  readonly dataKey: string;
  readonly recoverableDays: number;
  readonly audit: AuditRecord | null;
  readonly secrets: readonly FileObject[];
  readonly keys: readonly FileObject[];
  readonly certificates: readonly FileObject[];
}

/** The AAD that binds the wrapped data key to its vault and format. */
export function wrapContext(vaultId: string): readonly string[] {
  return [FORMAT, vaultId];
}

/** Serialises a document and appends its MAC. */
export function encodeVaultFile(document: VaultDocument, keys: VaultKeys): Buffer {
  const text = JSON.stringify(document, null, 2);
  const body = Buffer.from(text.slice(0, -2), 'utf8'); // without the closing "\n}"
  const mac = keys.mac(body).toString('base64');
  return Buffer.concat([body, MAC_MARKER, Buffer.from(`${mac}"\n}\n`, 'utf8')]);
}

function isHeader(value: unknown): value is VaultDocument {
  const doc = value as Partial<VaultDocument> | null;
  return doc !== null && typeof doc === 'object'
    && typeof doc.format === 'string' && typeof doc.vaultId === 'string' && /^[0-9a-f]{32}$/.test(doc.vaultId)
    && typeof doc.keyId === 'string' && /^[0-9a-f]{16}$/.test(doc.keyId)
    && typeof doc.dataKey === 'string' && typeof doc.generation === 'number' && typeof doc.recoverableDays === 'number'
    && Array.isArray(doc.secrets) && Array.isArray(doc.keys) && Array.isArray(doc.certificates);
}

/**
 * Parses and authenticates a vault file. Any damage is an IntegrityError; a key that is not
 * this vault's is a KeyMismatch. Nothing in the file is trusted before its MAC checks out.
 */
export function decodeVaultFile(bytes: Buffer, master: MasterKey, path: string, random?: RandomSource): { document: VaultDocument; keys: VaultKeys } {
  const damaged = (what: string, cause?: unknown): IntegrityError =>
    new IntegrityError(`${path} failed its integrity check (${what}): it was modified outside Coffer or is not a vault file.`, cause);
  const at = bytes.lastIndexOf(MAC_MARKER);
  const suffix = at < 0 ? undefined : MAC_SUFFIX.exec(bytes.subarray(at + MAC_MARKER.length).toString('latin1'));
  if (at < 0 || suffix === null || suffix === undefined) throw damaged('no MAC at its end');
  const body = bytes.subarray(0, at);
  let parsed: unknown;
  try {
    // The whole file is JSON too (the MAC is its last field): parsing it saves copying the body.
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw damaged('not valid JSON', error);
  }
  if (!isHeader(parsed)) throw damaged('a header field is missing or malformed');
  const { mac: _mac, ...document } = parsed as VaultDocument & { mac?: unknown };
  const keys = VaultKeys.unwrap(document.dataKey, master, document.keyId, wrapContext(document.vaultId), random);
  // Compare the text, not decoded bytes: base64 has spare bits, so two texts can decode alike.
  if (!constantTimeEqual(Buffer.from(keys.mac(body).toString('base64')), Buffer.from(suffix[1] ?? ''))) throw damaged('MAC mismatch');
  if (document.format !== FORMAT) {
    throw new VaultError('UnsupportedFormat', `${path} has format '${document.format}': this Coffer reads ${FORMAT}.`);
  }
  return { document, keys };
}
