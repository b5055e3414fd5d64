/**
 * Which certificates a remote vault's TLS certificate must chain to. A `coffer serve` vault
 * usually has its own CA (the server writes it for clients); Azure Key Vault has a public one.
 *
 * Given a CA (PEM text, or the path of a PEM file), the client trusts that CA alone: a vault
 * with a private CA is pinned to it, so a certificate some public CA issued for the same host
 * does not open the connection. Without one, Node's default trust store applies, which
 * includes NODE_EXTRA_CA_CERTS (read once at process start-up).
 */
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { BadParameterError, quote } from '../core/errors.js';

/** A CA bundle larger than this is not a CA bundle; refused before it is parsed. */
const MAX_CA_BYTES = 1024 * 1024;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** True when `ca` is PEM text rather than a file path. */
function isPemText(ca: string): boolean {
  return ca.includes('-----BEGIN');
}

function readCaFile(path: string): string {
  let text: Buffer;
  try {
    text = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new BadParameterError(`Invalid CA file ${quote(path, 256)}: it cannot be read (${code}). Expected a PEM file of CA certificates.`);
  }
  if (text.length > MAX_CA_BYTES) throw new BadParameterError(`Invalid CA file ${quote(path, 256)}: ${text.length} bytes, the limit is ${MAX_CA_BYTES}.`);
  return text.toString('utf8');
}

/**
 * The PEM certificates of `ca` (PEM text or a file path), each checked to parse: a typo in a
 * CA file fails here with a clear message, not later as an opaque TLS handshake error.
 */
export function loadCa(ca: string): string[] {
  const where = isPemText(ca) ? 'The CA text' : `The CA file ${quote(ca, 256)}`;
  const text = isPemText(ca) ? ca : readCaFile(ca);
  if (text.length > MAX_CA_BYTES) throw new BadParameterError(`${where} is ${text.length} characters: the limit is ${MAX_CA_BYTES}.`);
  const certificates = text.match(PEM_CERTIFICATE) ?? [];
  if (certificates.length === 0) throw new BadParameterError(`${where} holds no PEM certificate: expected -----BEGIN CERTIFICATE----- blocks.`);
  certificates.forEach((pem, index) => {
    try {
      new X509Certificate(pem);
    } catch {
      throw new BadParameterError(`${where}: certificate ${index + 1} of ${certificates.length} cannot be parsed.`);
    }
  });
  return certificates;
}
