/**
 * The signing manifest (`signatures.json`): which key version signed which file, with what, and
 * when — everything a verifier needs besides the files, in one file to publish with a release.
 * Pure: the same signatures give the same text (files sorted by name, fields in a fixed order).
 * It holds the public key only; the types it is built from carry no private part.
 */
import { compareNames } from './files.js';
import type { DigestAlgorithm } from './digest.js';
import type { SigningKey } from './signing-key.js';

export const MANIFEST_VERSION = 1;

export interface ManifestKey {
  readonly name: string;
  readonly version: string;
  /** `/keys/<name>/<version>`. */
  readonly keyId: string;
  readonly algorithm: string;
  /** SPKI, the form `openssl pkeyutl -pubin` reads. */
  readonly publicKeyPem: string;
}

export interface ManifestFile {
  /** Relative to the workspace, forward slashes. */
  readonly file: string;
  /** Hex SHA-256 of the file, whatever the algorithm: what `sha256sum` prints. */
  readonly sha256: string;
  readonly digestAlgorithm: DigestAlgorithm;
  /** Hex of the digest that was signed. */
  readonly digest: string;
  /** Standard base64, as in the signature file. */
  readonly signature: string;
  /** ISO 8601, with milliseconds. */
  readonly signedAt: string;
}

export interface Manifest {
  readonly version: typeof MANIFEST_VERSION;
  readonly key: ManifestKey;
  readonly files: readonly ManifestFile[];
}

/** One signed file, as the signing step produced it. */
export interface SignedFile {
  readonly name: string;
  readonly sha256: Uint8Array;
  readonly digest: Uint8Array;
  readonly signature: Uint8Array;
  readonly signedAt: Date;
}

export function manifestKey(key: SigningKey): ManifestKey {
  return { name: key.name, version: key.version, keyId: key.keyId, algorithm: key.algorithm, publicKeyPem: key.publicKeyPem };
}

export function buildManifest(key: SigningKey, files: readonly SignedFile[]): Manifest {
  const entries = [...files].sort((a, b) => compareNames(a.name, b.name)).map((file): ManifestFile => ({
    file: file.name,
    sha256: Buffer.from(file.sha256).toString('hex'),
    digestAlgorithm: key.digestAlgorithm,
    digest: Buffer.from(file.digest).toString('hex'),
    signature: Buffer.from(file.signature).toString('base64'),
    signedAt: file.signedAt.toISOString(),
  }));
  return { version: MANIFEST_VERSION, key: manifestKey(key), files: entries };
}

/** The manifest file's text: two-space JSON and a trailing newline, so diffs and `jq` read it well. */
export function renderManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
