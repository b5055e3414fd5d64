/**
 * The master key: 32 random bytes, written as base64. The same text is what users keep in
 * `COFFER_KEY`, in a key file, and in the GitHub secret. Error messages describe the shape of
 * a bad key, never its content.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { BadParameterError } from '../errors.js';

export const MASTER_KEY_BYTES = 32;

/** An opaque master key; `bytes` never leaves the crypto layer except to wrap or unwrap. */
export class MasterKey {
  readonly #bytes: Buffer;

  private constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }

  /** Parses base64 (standard or URL alphabet, surrounding whitespace ignored) of exactly 32 bytes. */
  static parse(text: string, source = 'master key'): MasterKey {
    const trimmed = text.trim();
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
      throw new BadParameterError(`Invalid ${source}: expected base64 of ${MASTER_KEY_BYTES} bytes (44 characters); it has characters outside base64.`);
    }
    const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length !== MASTER_KEY_BYTES) {
      throw new BadParameterError(`Invalid ${source}: expected base64 of ${MASTER_KEY_BYTES} bytes; it decodes to ${bytes.length} bytes.`);
    }
    return new MasterKey(bytes);
  }

  static generate(random: (size: number) => Buffer = randomBytes): MasterKey {
    return new MasterKey(Buffer.from(random(MASTER_KEY_BYTES)));
  }

  /** The text form users store; call only to hand a new key to its owner once. */
  toBase64(): string {
    return this.#bytes.toString('base64');
  }

  /**
   * A public fingerprint: tells a wrong key from a damaged vault without revealing the key.
   * HMAC with the key itself, so the fingerprint says nothing about other keys.
   */
  get id(): string {
    return createHmac('sha256', this.#bytes).update('coffer/key-id/v1').digest('hex').slice(0, 16);
  }

  /** @internal for the envelope only. */
  get bytes(): Buffer {
    return this.#bytes;
  }

  /** Keep the key out of console.log, JSON and inspection. */
  toJSON(): string {
    return '[MasterKey]';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `MasterKey(${this.id})`;
  }
}
