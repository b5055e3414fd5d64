/**
 * The files the certificate action writes into output-dir (RUNNER_TEMP unless given), named
 * after the certificate: `<name>.cert.pem` and `<name>.chain.pem` (public, 0644), and
 * `<name>.key.pem` or `<name>.pfx` (the private key, 0600). Each is written to a fresh file
 * created with its final mode and renamed into place, so a file or link planted at the path is
 * replaced, never written through, and the key is never readable by others, not even briefly.
 *
 * The paths of the private files are saved for the post step before they are created, so a
 * failure halfway still gets them deleted (cleanup.ts).
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { replaceFile } from '../replace-file.js';
import type { OutputFormat } from './inputs.js';
import type { CertificateMaterial } from './material.js';

/** Where each file goes; a path is undefined when the format does not write that file. */
export interface CertificatePaths {
  readonly certificateFile: string;
  readonly chainFile: string | undefined;
  readonly keyFile: string | undefined;
  readonly pfxFile: string | undefined;
}

export const PRIVATE_MODE = 0o600;
export const PUBLIC_MODE = 0o644;
/** The endings of the files holding a private key: the post step deletes only files that end so. */
export const PRIVATE_SUFFIXES = ['.key.pem', '.pfx'] as const;

/** output-dir resolved: relative to the workspace, or RUNNER_TEMP (the OS temp folder outside a runner) when not given. */
export function outputDirOf(outputDir: string | undefined, workspace: string, env: NodeJS.ProcessEnv): string {
  if (outputDir !== undefined) return resolve(workspace, outputDir);
  return env.RUNNER_TEMP === undefined || env.RUNNER_TEMP === '' ? tmpdir() : env.RUNNER_TEMP;
}

/** The files a certificate named `name` is written to, per format: pem → certificate, chain, key; pfx → certificate, pfx. */
export function certificatePaths(dir: string, name: string, format: OutputFormat): CertificatePaths {
  const at = (suffix: string): string => join(dir, `${name}${suffix}`);
  return {
    certificateFile: at('.cert.pem'),
    chainFile: format === 'pem' ? at('.chain.pem') : undefined,
    keyFile: format === 'pem' ? at('.key.pem') : undefined,
    pfxFile: format === 'pfx' ? at('.pfx') : undefined,
  };
}

/** The paths holding a private key, for the post step. */
export function privatePaths(paths: CertificatePaths): string[] {
  return [paths.keyFile, paths.pfxFile].filter((path): path is string => path !== undefined);
}

/** Writes one file, replacing whatever is at `path`, with exactly `mode` (see replaceFile). */
export async function writeReplacing(path: string, data: string | Buffer, mode: number): Promise<void> {
  await replaceFile(path, data, mode, true);
}

/** Writes every file of `paths` from `material`; the folder is created (0700) if missing. Masks must be registered before. */
export async function writeCertificateFiles(paths: CertificatePaths, material: CertificateMaterial): Promise<void> {
  await mkdir(dirname(paths.certificateFile), { recursive: true, mode: 0o700 });
  await writeReplacing(paths.certificateFile, material.certificatePem, PUBLIC_MODE);
  if (paths.chainFile !== undefined) await writeReplacing(paths.chainFile, material.chainPem, PUBLIC_MODE);
  if (paths.keyFile !== undefined && material.privateKeyPem !== undefined) await writeReplacing(paths.keyFile, material.privateKeyPem, PRIVATE_MODE);
  if (paths.pfxFile !== undefined && material.pfx !== undefined) await writeReplacing(paths.pfxFile, material.pfx, PRIVATE_MODE);
}
