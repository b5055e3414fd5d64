/**
 * What the certificate CLI tests share: sandboxes on a vault file or a SQLite vault, a run that
 * keeps stdout as bytes (DER and PKCS#12 are binary), openssl, and a run that must succeed.
 */
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { BUNDLE, Sandbox, type Result } from './harness.js';

export type VaultKind = 'file' | 'sqlite';
export const VAULT_KINDS: readonly VaultKind[] = ['file', 'sqlite'];

/** A sandbox with a fresh vault of `kind` (the default .coffer/vault.json, or sqlite:vault.db). */
export function certificateSandbox(kind: VaultKind): Sandbox {
  const box = new Sandbox();
  if (kind === 'sqlite') box.env.COFFER_VAULT = 'sqlite:vault.db';
  box.init();
  return box;
}

/** Runs a command that must succeed (exit 0, nothing on stderr) and returns its stdout. */
export function ok(box: Sandbox, args: readonly string[], options: { input?: string; env?: Record<string, string | undefined> } = {}): string {
  const result = box.run(args, options);
  if (result.status !== 0 || result.stderr !== '') throw new Error(`coffer ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** Runs a command with --json that must succeed and parses its output (for the caller to cast). */
export function okJson(box: Sandbox, args: readonly string[], options: { input?: string; env?: Record<string, string | undefined> } = {}): unknown {
  return JSON.parse(ok(box, [...args, '--json'], options)) as unknown;
}

export interface RawResult {
  readonly status: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Like Sandbox.run, with stdout as bytes; recorded in box.results (stdout as latin1) for canary checks. */
export function runBytes(box: Sandbox, args: readonly string[], env: Record<string, string | undefined> = {}): RawResult {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...box.env, ...env })) if (value !== undefined) merged[name] = value;
  const child = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: box.dir, env: merged, input: '' });
  const result = { status: child.status, stdout: child.stdout, stderr: child.stderr.toString('utf8') };
  box.results.push({ status: result.status, stdout: result.stdout.toString('latin1'), stderr: result.stderr } satisfies Result);
  return result;
}

/** openssl in the sandbox's folder: exit status and stdout and stderr together. */
export function openssl(box: Sandbox, args: readonly string[]): { status: number | null; out: string } {
  const child = spawnSync('openssl', args, { cwd: box.dir, encoding: 'utf8' });
  return { status: child.status, out: `${child.stdout}${child.stderr}` };
}

/** The PEM CERTIFICATE blocks of a text, parsed. */
export function pemCertificates(text: string): X509Certificate[] {
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n/g)].map((m) => new X509Certificate(m[0]));
}

export const VERSION = /^[0-9a-f]{32}$/;
export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const HEX = /^[0-9A-F]+$/;

/** Key order of `--json` certificate properties and certificates: part of the contract. */
export const PROPERTY_KEYS = [
  'name', 'version', 'enabled', 'notBefore', 'expiresOn', 'createdOn', 'updatedOn', 'tags', 'subject', 'issuer', 'serialNumber',
  'x509Thumbprint', 'x509ThumbprintSha256', 'subjectAlternativeNames', 'recoverableDays', 'recoveryLevel',
];
export const CERTIFICATE_KEYS = ['name', 'keyId', 'secretId', 'cer', 'chain', 'properties'];

export interface SansJson { dnsNames: string[]; emails: string[]; upns: string[]; ipAddresses: string[] }
export interface CertificatePropertiesJson {
  name: string; version: string; enabled: boolean; notBefore: string | null; expiresOn: string | null; createdOn: string; updatedOn: string;
  tags: Record<string, string>; subject: string; issuer: string; serialNumber: string; x509Thumbprint: string; x509ThumbprintSha256: string;
  subjectAlternativeNames: SansJson; recoverableDays: number; recoveryLevel: string;
}
export interface CertificateJson { name: string; keyId: string | null; secretId: string; cer: string; chain: string[]; properties: CertificatePropertiesJson }
export interface OperationJson {
  name: string; status: string; statusDetails: string | null; issuerName: string; csr: string; cancellationRequested: boolean;
  requestId: string; error: { code: string; message: string } | null; target: string | null;
}
export interface CreateJson { operation: OperationJson; certificate: CertificateJson | null }

/** The certificate of `--json` output, parsed by node. */
export const x509Of = (certificate: CertificateJson): X509Certificate => new X509Certificate(Buffer.from(certificate.cer, 'base64'));
