/**
 * The work of the two modes, over the Vault interface: hash each file (one after another — the
 * hash runs on this thread, so hashing two at once would not be faster), then hand every digest
 * to the vault at once, which runs them as one batch with one audited transaction. Signing
 * writes nothing until every signature is back, so a refused key leaves no partial set behind.
 */
import type { Vault } from '../../core/vault.js';
import { IntegrityError } from '../../core/errors.js';
import { digestFile, type FileDigest } from './digest.js';
import type { WorkspaceFile } from './files.js';
import type { SignedFile } from './manifest.js';
import { readSignatureFile, signatureTarget } from './signature-file.js';
import type { SigningKey } from './signing-key.js';
import { realPathInside } from './workspace-paths.js';

export type VerifyResult = 'valid' | 'invalid' | 'missing';

/** A signed file, and where it is. */
export interface SignedWorkspaceFile extends SignedFile {
  readonly path: string;
}

export interface VerifiedFile {
  readonly name: string;
  readonly sha256: Uint8Array;
  readonly result: VerifyResult;
}

async function digestAll(files: readonly WorkspaceFile[], key: SigningKey): Promise<FileDigest[]> {
  const digests: FileDigest[] = [];
  for (const file of files) digests.push(await digestFile(file.realPath, key.digestAlgorithm));
  return digests;
}

/** keys/sign for each file's digest, with the pinned version. */
export async function signFiles(vault: Pick<Vault, 'sign'>, key: SigningKey, files: readonly WorkspaceFile[], clock: () => Date = () => new Date()): Promise<SignedWorkspaceFile[]> {
  const digests = await digestAll(files, key);
  return Promise.all(files.map(async (file, index): Promise<SignedWorkspaceFile> => {
    const { sha256, digest } = digests[index] as FileDigest;
    const result = await vault.sign(key.name, key.version, key.algorithm, digest);
    if (result.keyId !== key.keyId) throw new IntegrityError(`The vault signed ${file.name} with ${result.keyId}, not the version asked for (${key.keyId}).`);
    return { name: file.name, path: file.path, sha256, digest, signature: result.result, signedAt: clock() };
  }));
}

/** Where a signature file is read: its real path, which must be inside the workspace; undefined when it is missing. */
async function signatureToRead(root: string, file: WorkspaceFile, suffix: string): Promise<string | undefined> {
  const target = signatureTarget(file, suffix);
  return realPathInside(root, target.path, target.subject);
}

/**
 * keys/verify for each file against its signature file; a file without one is `missing`. Every
 * signature file is located before the first is read, so one outside the workspace fails the
 * step (naming it) before the vault verifies anything.
 */
export async function verifyFiles(vault: Pick<Vault, 'verify'>, key: SigningKey, files: readonly WorkspaceFile[], suffix: string, root: string): Promise<VerifiedFile[]> {
  const signatures: (string | undefined)[] = [];
  for (const file of files) signatures.push(await signatureToRead(root, file, suffix));
  const digests = await digestAll(files, key);
  return Promise.all(files.map(async (file, index): Promise<VerifiedFile> => {
    const { sha256, digest } = digests[index] as FileDigest;
    const path = signatures[index];
    const read = path === undefined ? { kind: 'missing' as const } : await readSignatureFile(path);
    if (read.kind === 'missing') return { name: file.name, sha256, result: 'missing' };
    if (read.signature === undefined) return { name: file.name, sha256, result: 'invalid' };
    const { valid } = await vault.verify(key.name, key.version, key.algorithm, digest, read.signature);
    return { name: file.name, sha256, result: valid ? 'valid' : 'invalid' };
  }));
}

/** The error that fails a verify step, naming the first file that failed; undefined when all are valid. */
export function verifyFailure(verified: readonly VerifiedFile[], suffix: string): Error | undefined {
  const failed = verified.filter((file) => file.result !== 'valid');
  const first = failed[0];
  if (first === undefined) return undefined;
  const why = first.result === 'missing' ? `its signature file ${first.name}${suffix} is missing` : 'its signature is INVALID';
  const more = failed.length === 1 ? '' : ` ${failed.length - 1} more of the ${verified.length} files failed too (see the annotations and the step summary).`;
  return new Error(`Signature verification failed for ${first.name}: ${why}.${more}`);
}
