/**
 * What the certificate action's end-to-end tests share: its bundle (dist/certificate/index.js,
 * as the runner table lists it), a vault with a vault CA, openssl run on the files a step wrote,
 * and the checks every step gets: masks before output, no canary in the log.
 */
import { spawnSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import type { LocalVault } from '../../../src/core/vault.js';
import type { Planted } from './leaks.js';
import { ACTIONS, type ActionName, type StepResult } from './runner.js';

export const CERTIFICATE: ActionName = 'certificate';
export const BUNDLE = ACTIONS.certificate.bundle;

export const HAS_OPENSSL = spawnSync('openssl', ['version']).status === 0;

export interface OpensslResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs openssl with `args` in `cwd`, `input` on stdin; `env` adds variables (a password for `-passin env:NAME`). */
export function openssl(args: readonly string[], cwd: string, options: { readonly input?: string; readonly env?: Readonly<Record<string, string>> } = {}): OpensslResult {
  const result = spawnSync('openssl', args, { cwd, input: options.input ?? '', env: { ...process.env, ...options.env }, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `AB:CD:…` → `ABCD…`. */
export function fingerprintOf(output: string, label: 'sha1' | 'sha256'): string {
  const match = new RegExp(`^${label} Fingerprint=([0-9A-F:]+)$`, 'im').exec(output);
  if (match === null) throw new Error(`no ${label} fingerprint in openssl's output`);
  return (match[1] ?? '').replace(/:/g, '');
}

export interface VaultCa {
  /** The CA certificate's name in the vault and the issuer's name. */
  readonly certificate: string;
  readonly issuer: string;
}

/** A self-signed root CA certificate (EC P-384) and a vault CA issuer backed by it. */
export async function createVaultCa(vault: LocalVault, certificate = 'internal-root', issuer = 'internal-ca'): Promise<VaultCa> {
  const operation = await vault.certificates.createCertificate(certificate, {
    subject: 'CN=Coffer E2E Root CA, O=Coffer', ca: true, keyType: 'EC', curve: 'P-384', validityInMonths: 24, issuerName: 'Self',
  });
  if (operation.status !== 'completed') throw new Error(`the CA certificate is ${operation.status}`);
  await vault.certificates.createIssuer(issuer, { certificateName: certificate });
  return { certificate, issuer };
}

/** Each body line of the PEM blocks labelled `label` in `pem`. */
export function pemBodyLines(pem: string, label = 'PRIVATE KEY'): string[] {
  const blocks = pem.match(new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----`, 'g')) ?? [];
  return blocks.flatMap((block) => block.split(/\r?\n/).filter((line) => line !== '' && !line.startsWith('-----')));
}

/**
 * Problems with when `lines` were masked: each must have been passed to add-mask, and before
 * any stdout line that is not a mask (the first line that could carry a value).
 */
export function maskedBeforeOutput(step: StepResult, lines: readonly string[], label: string): string[] {
  const firstOutput = step.log[0]?.index ?? Number.POSITIVE_INFINITY;
  return lines.flatMap((line, i) => {
    const at = step.commands.find((command) => command.name === 'add-mask' && command.data === line)?.index;
    if (at === undefined) return [`${label} line ${i + 1} was never passed to add-mask`];
    return at < firstOutput ? [] : [`${label} line ${i + 1} was masked at stdout line ${at}, after output at line ${firstOutput}`];
  });
}

/**
 * The canaries of one private key: its private members (JWK d, and for RSA p, q, dp, dq, qi) as
 * base64url, hex and base64, and each PEM body line that holds any of their bytes. A line that
 * holds only public bytes (an EC key's PKCS#8 ends with its public point) is left out here: the
 * certificate, which is public and stored as such, holds the same bytes.
 */
export function privateKeyCanaries(label: string, pem: string): Planted[] {
  const key = createPrivateKey(pem);
  const der = key.export({ type: 'pkcs8', format: 'der' });
  const jwk = key.export({ format: 'jwk' }) as Record<string, unknown>;
  const members = ['d', 'p', 'q', 'dp', 'dq', 'qi'].flatMap((name) => (typeof jwk[name] === 'string' ? [{ name, bytes: Buffer.from(jwk[name], 'base64url') }] : []));
  const ranges = members.map(({ bytes }) => {
    const at = der.indexOf(bytes);
    if (at < 0) throw new Error(`the ${label} key's DER does not hold its own private member`);
    return [at, at + bytes.length] as const;
  });
  const lines = pemBodyLines(pem).flatMap((line, i) => {
    const [from, to] = [i * 48, i * 48 + 48];
    return ranges.some(([start, end]) => start < to && end > from) ? [{ label: `${label} key line ${i + 1}`, value: line }] : [];
  });
  return [
    ...lines,
    ...members.flatMap(({ name, bytes }) => [
      { label: `${label} ${name}`, value: bytes.toString('base64url') },
      { label: `${label} ${name} (hex)`, value: bytes.toString('hex') },
      { label: `${label} ${name} (base64)`, value: bytes.toString('base64').replace(/=+$/, '') },
    ]),
  ];
}
