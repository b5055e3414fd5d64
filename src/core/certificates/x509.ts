/**
 * X.509 for the vault: certificates and PKCS#10 requests built from a policy with
 * @peculiar/x509 over node's WebCrypto, and what the vault needs to know about a certificate.
 *
 * What a TLS stack checks is set as RFC 5280 and the CA/Browser Forum ask: basicConstraints
 * (critical; CA:true only for CA certificates), keyUsage (critical), extendedKeyUsage, the SANs,
 * subject and authority key identifiers, and a positive serial of 126 random bits. RSA issuers
 * sign with SHA-256 (PKCS#1 v1.5, what every TLS stack accepts); EC issuers with the hash that
 * matches their curve.
 */
import { createHash, createPublicKey, randomBytes, webcrypto, X509Certificate as NodeX509, type KeyObject } from 'node:crypto';
// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { BadParameterError, quote } from '../errors.js';
import type { PrivateJwk } from '../crypto/key-types.js';
import { KEY_USAGES, type KeyUsageName, type SubjectAlternativeNames } from './model.js';
import type { StoredPolicy } from './policy.js';

type CryptoKey = webcrypto.CryptoKey;

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);



/** What the vault records about a certificate version, read from its DER. */
export interface CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  /** Upper-case hex without separators, as openssl prints it. */
  readonly serialNumber: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly subjectAlternativeNames: SubjectAlternativeNames;
  readonly x5t: Buffer;
  readonly x5tS256: Buffer;
  readonly ca: boolean;
  /** basicConstraints pathLenConstraint: how many CAs may follow this one; undefined for no limit. */
  readonly pathLength: number | undefined;
  readonly keyUsage: readonly KeyUsageName[];
  readonly enhancedKeyUsage: readonly string[];
  readonly publicKey: KeyObject;
}

const USAGE_FLAGS: Readonly<Record<KeyUsageName, number>> = {
  digitalSignature: x509.KeyUsageFlags.digitalSignature,
  nonRepudiation: x509.KeyUsageFlags.nonRepudiation,
  keyEncipherment: x509.KeyUsageFlags.keyEncipherment,
  dataEncipherment: x509.KeyUsageFlags.dataEncipherment,
  keyAgreement: x509.KeyUsageFlags.keyAgreement,
  keyCertSign: x509.KeyUsageFlags.keyCertSign,
  cRLSign: x509.KeyUsageFlags.cRLSign,
  encipherOnly: x509.KeyUsageFlags.encipherOnly,
  decipherOnly: x509.KeyUsageFlags.decipherOnly,
};

/*
 * Parsed certificates, by SHA-256 of their DER, so that a vault CA's certificate is parsed once
 * rather than at every issuance (@peculiar/x509 takes milliseconds per parse). Bounded.
 */
const PARSED_CACHE = 64;
const parsed = new Map<string, { readonly info: CertificateInfo; readonly cert: x509.X509Certificate }>();

function parse(der: Uint8Array): { readonly info: CertificateInfo; readonly cert: x509.X509Certificate } {
  const id = createHash('sha256').update(der).digest('base64');
  const cached = parsed.get(id);
  if (cached !== undefined) return cached;
  const entry = parseUncached(der);
  if (parsed.size >= PARSED_CACHE) parsed.delete(parsed.keys().next().value as string);
  parsed.set(id, entry);
  return entry;
}

/** What the vault records about a certificate; BadParameterError if either parser refuses it. */
export function certificateInfo(der: Uint8Array): CertificateInfo {
  return parse(der).info;
}

function parseUncached(der: Uint8Array): { readonly info: CertificateInfo; readonly cert: x509.X509Certificate } {
  let node: NodeX509;
  let cert: x509.X509Certificate;
  try {
    node = new NodeX509(Buffer.from(der));
    cert = new x509.X509Certificate(Buffer.from(der));
  } catch {
    throw new BadParameterError('Invalid certificate: it is not a well-formed X.509 certificate.');
  }
  const sans = cert.getExtension(x509.SubjectAlternativeNameExtension);
  const names = sans?.names.items ?? [];
  const basic = cert.getExtension(x509.BasicConstraintsExtension);
  const usage = cert.getExtension(x509.KeyUsagesExtension);
  const eku = cert.getExtension(x509.ExtendedKeyUsageExtension);
  const info: CertificateInfo = {
    subject: cert.subject,
    issuer: cert.issuer,
    serialNumber: node.serialNumber.toUpperCase(),
    notBefore: new Date(node.validFrom),
    notAfter: new Date(node.validTo),
    subjectAlternativeNames: {
      dnsNames: names.filter((n) => n.type === 'dns').map((n) => n.value),
      emails: names.filter((n) => n.type === 'email').map((n) => n.value),
      upns: names.filter((n) => n.type === 'upn').map((n) => n.value),
      ipAddresses: names.filter((n) => n.type === 'ip').map((n) => n.value),
    },
    x5t: createHash('sha1').update(der).digest(),
    x5tS256: createHash('sha256').update(der).digest(),
    ca: basic?.ca === true,
    pathLength: basic?.ca === true ? basic.pathLength : undefined,
    keyUsage: usage === null ? [] : KEY_USAGES.filter((name) => (usage.usages & USAGE_FLAGS[name]) !== 0),
    enhancedKeyUsage: eku === null ? [] : eku.usages.map(String),
    publicKey: node.publicKey,
  };
  return { info: Object.freeze(info), cert };
}

/** The WebCrypto algorithm a key signs with, and the hash that goes with its size or curve. */
function signingAlgorithm(jwk: PrivateJwk): RsaHashedImportParams | EcKeyImportParams & { hash: string } {
  if (jwk.kty === 'RSA') return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  if (jwk.kty === 'EC') {
    const hash = { 'P-256': 'SHA-256', 'P-384': 'SHA-384', 'P-521': 'SHA-512' }[jwk.crv as string];
    if (hash !== undefined) return { name: 'ECDSA', namedCurve: jwk.crv as string, hash };
  }
  throw new BadParameterError(`A certificate's key must be RSA or EC P-256, P-384 or P-521, not ${jwk.kty}${jwk.kty === 'EC' ? ` ${String(jwk.crv)}` : ''}.`);
}

type RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5'; hash: string };
type EcKeyImportParams = { name: 'ECDSA'; namedCurve: string };

function privateParts(jwk: PrivateJwk): webcrypto.JsonWebKey {
  const { kty, crv, x, y, d, n, e, p, q, dp, dq, qi } = jwk as unknown as Record<string, string | undefined>;
  return Object.fromEntries(Object.entries({ kty, crv, x, y, d, n, e, p, q, dp, dq, qi }).filter(([, v]) => v !== undefined));
}

function publicParts(jwk: PrivateJwk): webcrypto.JsonWebKey {
  const { kty, crv, x, y, n, e } = jwk as unknown as Record<string, string | undefined>;
  return Object.fromEntries(Object.entries({ kty, crv, x, y, n, e }).filter(([, v]) => v !== undefined));
}

async function keyPair(jwk: PrivateJwk): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey; algorithm: ReturnType<typeof signingAlgorithm> }> {
  const algorithm = signingAlgorithm(jwk);
  const [privateKey, publicKey] = await Promise.all([
    webcrypto.subtle.importKey('jwk', privateParts(jwk), algorithm, false, ['sign']),
    webcrypto.subtle.importKey('jwk', publicParts(jwk), algorithm, true, ['verify']),
  ]);
  return { privateKey, publicKey, algorithm };
}

/** The public key of a JWK, as node sees it: to compare with a certificate's. */
export function publicKeyOfJwk(jwk: PrivateJwk): KeyObject {
  return createPublicKey({ key: publicParts(jwk) as Parameters<typeof createPublicKey>[0] & { kty: string } as never, format: 'jwk' });
}

function subjectName(subject: string): x509.Name {
  try {
    return new x509.Name(subject);
  } catch {
    throw new BadParameterError(`Invalid subject ${quote(subject)}: expected an X.500 name such as "CN=api.example.com, O=Example".`);
  }
}

function sanExtension(sans: SubjectAlternativeNames): x509.Extension[] {
  const names: x509.JsonGeneralName[] = [
    ...sans.dnsNames.map((value) => ({ type: 'dns' as const, value })),
    ...sans.emails.map((value) => ({ type: 'email' as const, value })),
    ...sans.upns.map((value) => ({ type: 'upn' as const, value })),
    ...sans.ipAddresses.map((value) => ({ type: 'ip' as const, value })),
  ];
  return names.length === 0 ? [] : [new x509.SubjectAlternativeNameExtension(names, false)];
}

function requestedExtensions(policy: StoredPolicy, pathLength?: number): x509.Extension[] {
  const flags = policy.keyUsage.reduce<number>((sum, usage) => sum | USAGE_FLAGS[usage], 0);
  return [
    new x509.BasicConstraintsExtension(policy.ca, policy.ca ? pathLength : undefined, true),
    // The extension takes the OR of its flags, which the enum's type cannot name.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    ...(flags === 0 ? [] : [new x509.KeyUsagesExtension(flags, true)]),
    ...(policy.enhancedKeyUsage.length === 0 ? [] : [new x509.ExtendedKeyUsageExtension([...policy.enhancedKeyUsage], false)]),
    ...sanExtension(policy.subjectAlternativeNames),
  ];
}

/** 126 random bits, positive and of fixed length (the top byte is 01xxxxxx). */
export function randomSerial(random: (size: number) => Buffer = randomBytes): string {
  const bytes = Buffer.from(random(16));
  bytes[0] = ((bytes[0] ?? 0) & 0x3f) | 0x40;
  return bytes.toString('hex');
}

/** Who signs: the subject itself (self-signed), or a CA certificate with its key. */
export type CertificateSigner = { readonly self: true } | { readonly certificate: Uint8Array; readonly key: PrivateJwk };

export interface IssueRequest {
  readonly policy: StoredPolicy;
  /** The subject's key pair (only its public part goes into the certificate). */
  readonly key: PrivateJwk;
  readonly signer: CertificateSigner;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly serialNumber: string;
  /** For a CA certificate: its pathLenConstraint, if it has one. */
  readonly pathLength?: number | undefined;
}

/** A certificate per the policy, DER. */
export async function issueCertificate(request: IssueRequest): Promise<Buffer> {
  const subject = await keyPair(request.key);
  const name = subjectName(request.policy.subject);
  let signingKey = subject.privateKey;
  let signing = subject.algorithm;
  let issuerName: x509.Name = name;
  let authority: x509.Extension;
  if ('certificate' in request.signer) {
    const issuerCert = parse(request.signer.certificate).cert;
    const issuer = await keyPair(request.signer.key);
    signingKey = issuer.privateKey;
    signing = issuer.algorithm;
    issuerName = issuerCert.subjectName;
    authority = await x509.AuthorityKeyIdentifierExtension.create(issuerCert);
  } else {
    authority = await x509.AuthorityKeyIdentifierExtension.create(subject.publicKey);
  }
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: request.serialNumber, subject: name, issuer: issuerName,
    notBefore: request.notBefore, notAfter: request.notAfter,
    publicKey: subject.publicKey, signingKey, signingAlgorithm: signing,
    extensions: [...requestedExtensions(request.policy, request.pathLength), await x509.SubjectKeyIdentifierExtension.create(subject.publicKey), authority],
  });
  return Buffer.from(certificate.rawData);
}

/** A PKCS#10 request (DER) for the policy's subject, names and usages, signed by the key. */
export async function certificateRequest(policy: StoredPolicy, key: PrivateJwk): Promise<Buffer> {
  const pair = await keyPair(key);
  const request = await x509.Pkcs10CertificateRequestGenerator.create({
    name: subjectName(policy.subject), keys: { privateKey: pair.privateKey, publicKey: pair.publicKey },
    signingAlgorithm: pair.algorithm, extensions: requestedExtensions(policy),
  });
  return Buffer.from(request.rawData);
}

/** Whether `child` was signed by `issuer`'s key and names it as its issuer. */
export function issuedBy(child: Uint8Array, issuer: Uint8Array): boolean {
  const c = new NodeX509(Buffer.from(child));
  const i = new NodeX509(Buffer.from(issuer));
  return c.checkIssued(i) && c.verify(i.publicKey);
}


