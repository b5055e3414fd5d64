/**
 * The key version a step signs or verifies with, settled once before any file is hashed: the
 * version is pinned (a rotation during the step cannot split the files between two versions),
 * the algorithm is chosen or checked against the key, and the public key is taken for the
 * outputs. A key that cannot do the job fails here, not after hashing gigabytes.
 */
import { keySpecOf, publicKeyPem } from '../../core/crypto/key-material.js';
import { checkKeyRequest, defaultSignatureAlgorithm, digestLength } from '../../core/crypto/key-ops.js';
import type { SignatureAlgorithm } from '../../core/crypto/key-types.js';
import { BadParameterError, quote } from '../../core/errors.js';
import type { Vault } from '../../core/vault.js';
import { digestAlgorithmOf, type DigestAlgorithm } from './digest.js';

/** A key version's public side and how it signs: nothing here can hold a private part. */
export interface SigningKey {
  readonly name: string;
  readonly version: string;
  /** `/keys/<name>/<version>`, as the vault names the version in its results and audit log. */
  readonly keyId: string;
  readonly algorithm: SignatureAlgorithm;
  readonly digestAlgorithm: DigestAlgorithm;
  readonly publicKeyPem: string;
}

export interface KeyChoice {
  readonly keyName: string;
  /** undefined: the latest version. */
  readonly keyVersion: string | undefined;
  /** undefined: the key type's default (PS256 for RSA, the curve's ES algorithm for EC). */
  readonly algorithm: SignatureAlgorithm | undefined;
}

/** Reads the key (keys/read) and settles version, algorithm and public key for `operation`. */
export async function resolveSigningKey(vault: Pick<Vault, 'getKey'>, choice: KeyChoice, operation: 'sign' | 'verify'): Promise<SigningKey> {
  const key = await vault.getKey(choice.keyName, choice.keyVersion);
  const { name, properties: { version } } = key;
  if (key.keyType === 'oct') {
    throw new BadParameterError(`Key ${quote(name)} is an oct (symmetric) key: it cannot ${operation} signatures; use an RSA or EC key.`);
  }
  if (!key.keyOperations.includes(operation)) {
    throw new BadParameterError(`Key ${quote(name)} version ${version} does not permit ${operation} (its operations: ${key.keyOperations.join(', ') || 'none'}).`);
  }
  const spec = keySpecOf(key.key);
  const algorithm = choice.algorithm ?? defaultSignatureAlgorithm(spec);
  // The vault makes the same check for each file; made once here, it fails before any hashing.
  checkKeyRequest(spec, { op: 'sign', algorithm, digest: new Uint8Array(digestLength(algorithm)) });
  return {
    name, version, keyId: `/keys/${name}/${version}`, algorithm, digestAlgorithm: digestAlgorithmOf(algorithm),
    publicKeyPem: publicKeyPem(key.key),
  };
}
