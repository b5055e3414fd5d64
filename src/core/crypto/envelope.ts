/**
 * Envelope encryption. A random 256-bit data key does the work; the master key only wraps it,
 * so changing the master key (`coffer rekey`) re-wraps 60 bytes instead of re-sealing every
 * value. Sub-keys for the file MAC and the audit chain are derived from the data key with
 * HKDF-SHA256, so they survive a rekey and old audit records stay verifiable.
 *
 * Each sealed value gets its own AES-256-GCM key, derived with HKDF from the data key and a
 * random 96-bit salt stored beside it. Random GCM nonces under one key are safe for only 2^32
 * messages (NIST SP 800-38D §8.3); a per-value key lifts that bound from the vault's lifetime.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { IntegrityError, VaultError } from '../errors.js';
import type { MasterKey } from './master-key.js';

const DATA_KEY_BYTES = 32;
const SALT_BYTES = 12;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export type RandomSource = (size: number) => Buffer;

/** The additional data that binds a sealed value to its place: a moved ciphertext fails to open. */
export type SealContext = readonly string[];

function gcmSeal(key: Buffer, nonce: Buffer, aad: Buffer, plaintext: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** Returns undefined when authentication fails; callers decide which error that is. */
function gcmOpen(key: Buffer, nonce: Buffer, aad: Buffer, sealed: Buffer): Buffer | undefined {
  if (sealed.length < TAG_BYTES) return undefined;
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

function encodeContext(context: SealContext): Buffer {
  // A JSON array is an unambiguous encoding: ["a","bc"] and ["ab","c"] differ.
  return Buffer.from(JSON.stringify(context), 'utf8');
}

/** Per-value keys kept in memory at most (32 bytes each, plus the map's own). */
const MAX_CACHED_VALUE_KEYS = 16_384;

function derive(dataKey: Buffer, salt: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, salt, info, 32));
}

/** The unwrapped data key and what is derived from it. Lives only in memory. */
export class VaultKeys {
  readonly #dataKey: Buffer;
  readonly #macKey: Buffer;
  readonly #auditKey: Buffer;
  readonly #random: RandomSource;
  /** Per-value keys by salt, so that a value read again is not derived again (HKDF is most of an unseal). */
  readonly #valueKeys = new Map<string, Buffer>();

  private constructor(dataKey: Buffer, random: RandomSource) {
    this.#dataKey = dataKey;
    this.#macKey = derive(dataKey, Buffer.alloc(0), 'coffer/store-mac/v1');
    this.#auditKey = derive(dataKey, Buffer.alloc(0), 'coffer/audit-chain/v1');
    this.#random = random;
  }

  static generate(random: RandomSource = randomBytes): VaultKeys {
    return new VaultKeys(Buffer.from(random(DATA_KEY_BYTES)), random);
  }

  /**
   * Unwraps a data key. A wrong master key and a damaged wrapping look the same to GCM, so the
   * key fingerprint tells them apart: a matching fingerprint with a failed unwrap is damage.
   */
  static unwrap(wrapped: string, master: MasterKey, expectedKeyId: string, context: SealContext, random: RandomSource = randomBytes): VaultKeys {
    const bytes = Buffer.from(wrapped, 'base64');
    const dataKey = bytes.length === NONCE_BYTES + DATA_KEY_BYTES + TAG_BYTES
      ? gcmOpen(master.bytes, bytes.subarray(0, NONCE_BYTES), encodeContext(['wrap', ...context]), bytes.subarray(NONCE_BYTES))
      : undefined;
    if (dataKey !== undefined) return new VaultKeys(dataKey, random);
    if (master.id !== expectedKeyId) {
      throw new VaultError('KeyMismatch', `The master key (id ${master.id}) does not open this vault: it was sealed with key id ${expectedKeyId}.`);
    }
    throw new IntegrityError('The vault\'s wrapped data key failed authentication: the vault was modified outside Coffer.');
  }

  /** Wraps the data key under a master key, bound to the vault it belongs to. */
  wrap(master: MasterKey, context: SealContext): string {
    const nonce = this.#random(NONCE_BYTES);
    return Buffer.concat([nonce, gcmSeal(master.bytes, nonce, encodeContext(['wrap', ...context]), this.#dataKey)]).toString('base64');
  }

  /** Seals plaintext under a fresh per-value key; the result is base64 of salt‖nonce‖ciphertext‖tag. */
  seal(context: SealContext, plaintext: Buffer): string {
    const head = this.#random(SALT_BYTES + NONCE_BYTES);
    const key = derive(this.#dataKey, head.subarray(0, SALT_BYTES), 'coffer/seal/v1');
    return Buffer.concat([head, gcmSeal(key, head.subarray(SALT_BYTES), encodeContext(context), plaintext)]).toString('base64');
  }

  /** Opens a sealed value, or throws IntegrityError if it was altered or moved to another record. */
  unseal(context: SealContext, sealed: string): Buffer {
    const bytes = Buffer.from(sealed, 'base64');
    const head = SALT_BYTES + NONCE_BYTES;
    const key = this.#valueKey(bytes.subarray(0, SALT_BYTES));
    const plaintext = bytes.length >= head + TAG_BYTES
      ? gcmOpen(key, bytes.subarray(SALT_BYTES, head), encodeContext(context), bytes.subarray(head))
      : undefined;
    if (plaintext === undefined) {
      throw new IntegrityError(`Sealed data for ${context.slice(1).join('/')} failed authentication: it was altered or moved from another record.`);
    }
    return plaintext;
  }

  /**
   * The key of one sealed value. Cached (bounded, oldest out): a server reads the same values
   * over and over. The cache holds nothing the data key it sits beside does not already give.
   */
  #valueKey(salt: Buffer): Buffer {
    const id = salt.toString('base64');
    let key = this.#valueKeys.get(id);
    if (key === undefined) {
      key = derive(this.#dataKey, salt, 'coffer/seal/v1');
      if (this.#valueKeys.size >= MAX_CACHED_VALUE_KEYS) this.#valueKeys.delete(this.#valueKeys.keys().next().value as string);
      this.#valueKeys.set(id, key);
    }
    return key;
  }

  /** HMAC-SHA256 for the store's own integrity (the file MAC). */
  mac(data: Buffer | string): Buffer {
    return createHmac('sha256', this.#macKey).update(data).digest();
  }

  /** HMAC-SHA256 for the audit chain; keyed, so nobody without the vault key can re-forge a chain. */
  auditMac(data: string): string {
    return createHmac('sha256', this.#auditKey).update(data, 'utf8').digest('hex');
  }

  toJSON(): string {
    return '[VaultKeys]';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'VaultKeys([sealed])';
  }
}

/** Constant-time equality for MACs and tokens; unequal lengths are unequal without a timing leak on content. */
export function constantTimeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
