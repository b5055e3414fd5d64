/**
 * Hashing a file for signing: the vault signs a digest, never the file (Key Vault semantics),
 * so each file is hashed here, streamed in 1 MiB chunks so a multi-gigabyte artifact costs no
 * more memory than a small one. One pass yields both the digest the algorithm signs and the
 * SHA-256 a person compares with `sha256sum`.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { SignatureAlgorithm } from '../../core/crypto/key-types.js';

export type DigestAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** RFC 7518 §3.1 and RFC 8812 §3.2: the hash each JWS algorithm signs with. */
const DIGEST_OF: Readonly<Record<SignatureAlgorithm, DigestAlgorithm>> = {
  RS256: 'sha256', RS384: 'sha384', RS512: 'sha512',
  PS256: 'sha256', PS384: 'sha384', PS512: 'sha512',
  ES256: 'sha256', ES384: 'sha384', ES512: 'sha512', ES256K: 'sha256',
};

/** The hash an algorithm signs: …256 → sha256, …384 → sha384, …512 → sha512. */
export function digestAlgorithmOf(algorithm: SignatureAlgorithm): DigestAlgorithm {
  return DIGEST_OF[algorithm];
}

export interface FileDigest {
  /** SHA-256 of the file, for people and the manifest, whatever the algorithm. */
  readonly sha256: Buffer;
  /** The digest that is signed, with the algorithm's hash. */
  readonly digest: Buffer;
  readonly bytes: number;
}

const CHUNK_BYTES = 1 << 20;

/** Hashes `path` once, streaming. */
export async function digestFile(path: string, algorithm: DigestAlgorithm): Promise<FileDigest> {
  const sha256 = createHash('sha256');
  const other = algorithm === 'sha256' ? undefined : createHash(algorithm);
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    const data = chunk as Buffer;
    sha256.update(data);
    other?.update(data);
    bytes += data.length;
  }
  const first = sha256.digest();
  return { sha256: first, digest: other === undefined ? first : other.digest(), bytes };
}
