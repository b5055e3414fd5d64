/**
 * The server's own TLS: with no certificate given, `coffer serve` keeps a small CA in its data
 * dir and issues itself a server certificate from it, naming localhost, 127.0.0.1, ::1, the
 * listen host and any extra names. Clients trust the CA (`ca.pem`, for NODE_EXTRA_CA_CERTS),
 * never the leaf, so the leaf can be re-issued (when it nears expiry or its names change)
 * without touching any client. Keys are ECDSA P-256; files holding keys are 0600.
 */
import { randomBytes, webcrypto, X509Certificate as NodeX509 } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { pemBlock } from '../core/pem.js';
import { replaceFileDurably } from '../core/store/durable-file.js';
import type { DataDirPaths } from './data-dir.js';

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;
const CA_DAYS = 3650;
const LEAF_DAYS = 90;
/** A leaf with less left than this is re-issued on start. */
const RENEW_BEFORE_DAYS = 30;

export interface ServerTls {
  readonly cert: string;
  readonly key: string;
  /** The CA clients should trust, when the server issued its own certificate. */
  readonly caPath?: string;
  /** True when this start issued a new server certificate. */
  readonly issued: boolean;
}

/** 64+ random bits, positive (the top bit clear), as RFC 5280 and the CA/B Forum ask. */
function serialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

async function pkcs8Pem(key: CryptoKey): Promise<string> {
  return pemBlock('PRIVATE KEY', new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', key)));
}

async function importPkcs8(pem: string): Promise<CryptoKey> {
  const der = Buffer.from(pem.replace(/-----[A-Z ]+-----|\s+/g, ''), 'base64');
  return webcrypto.subtle.importKey('pkcs8', der, EC, false, ['sign']);
}

async function generateKeys(): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey(EC, true, ['sign', 'verify']);
}

async function createCa(dir: string, caPath: string): Promise<{ cert: x509.X509Certificate; key: CryptoKey }> {
  const keys = await generateKeys();
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(), name: `CN=Coffer server CA ${randomBytes(4).toString('hex')}`,
    notBefore: new Date(now - 60_000), notAfter: new Date(now + CA_DAYS * DAY_MS), keys, signingAlgorithm: SIGNING,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  replaceFileDurably(join(dir, 'ca-key.pem'), Buffer.from(await pkcs8Pem(keys.privateKey)));
  replaceFileDurably(caPath, Buffer.from(cert.toString('pem') + '\n'), 0o644);
  return { cert, key: keys.privateKey };
}

async function loadOrCreateCa(dir: string, caPath: string): Promise<{ cert: x509.X509Certificate; key: CryptoKey }> {
  const keyPath = join(dir, 'ca-key.pem');
  if (!existsSync(keyPath) || !existsSync(caPath)) return createCa(dir, caPath);
  const cert = new x509.X509Certificate(readFileSync(caPath, 'utf8'));
  if (cert.notAfter.getTime() - Date.now() < RENEW_BEFORE_DAYS * DAY_MS) return createCa(dir, caPath);
  return { cert, key: await importPkcs8(readFileSync(keyPath, 'utf8')) };
}

/** The names a server certificate must carry, as SAN entries. */
export function serverNames(listenHost: string, extra: readonly string[]): { dns: string[]; ip: string[] } {
  const names = new Set(['localhost', '127.0.0.1', '::1', listenHost, ...extra].filter((n) => n !== '' && n !== '0.0.0.0' && n !== '::'));
  const dns = [...names].filter((n) => isIP(n) === 0).sort();
  const ip = [...names].filter((n) => isIP(n) !== 0).sort();
  return { dns, ip };
}

/** True if the certificate on disk names exactly `names` and has long enough left to run. */
function leafIsCurrent(certPem: string, caPem: string, names: { dns: string[]; ip: string[] }): boolean {
  try {
    const leaf = new NodeX509(certPem);
    if (!leaf.checkIssued(new NodeX509(caPem))) return false;
    if (Date.parse(leaf.validTo) - Date.now() < RENEW_BEFORE_DAYS * DAY_MS) return false;
    const entries = (leaf.subjectAltName ?? '').split(', ').filter((e) => e !== '');
    return entries.length === names.dns.length + names.ip.length
      && names.dns.every((d) => leaf.checkHost(d, { wildcards: false }) === d)
      && names.ip.every((ip) => leaf.checkIP(ip) === ip);
  } catch {
    return false;
  }
}

/**
 * The certificate and key `coffer serve` listens with: the data dir's, re-issued from its CA
 * when missing, near expiry or naming other hosts.
 */
export async function ensureServerTls(paths: DataDirPaths, listenHost: string, extraNames: readonly string[] = []): Promise<ServerTls> {
  mkdirSync(paths.tls, { recursive: true, mode: 0o700 });
  const certPath = join(paths.tls, 'server.pem');
  const keyPath = join(paths.tls, 'server-key.pem');
  const names = serverNames(listenHost, extraNames);
  const ca = await loadOrCreateCa(paths.tls, paths.caCertificate);
  const caPem = ca.cert.toString('pem');
  if (existsSync(certPath) && existsSync(keyPath) && leafIsCurrent(readFileSync(certPath, 'utf8'), caPem, names)) {
    return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), caPath: paths.caCertificate, issued: false };
  }
  const keys = await generateKeys();
  const now = Date.now();
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(), subject: `CN=${names.dns[0] ?? 'localhost'}`, issuer: ca.cert.subject,
    notBefore: new Date(now - 60_000), notAfter: new Date(now + LEAF_DAYS * DAY_MS),
    publicKey: keys.publicKey, signingKey: ca.key, signingAlgorithm: SIGNING,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([...names.dns.map((value) => ({ type: 'dns' as const, value })), ...names.ip.map((value) => ({ type: 'ip' as const, value }))]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.cert),
    ],
  });
  const cert = `${leaf.toString('pem')}\n${caPem}\n`;
  const key = await pkcs8Pem(keys.privateKey);
  replaceFileDurably(keyPath, Buffer.from(key));
  replaceFileDurably(certPath, Buffer.from(cert), 0o644);
  return { cert, key, caPath: paths.caCertificate, issued: true };
}
