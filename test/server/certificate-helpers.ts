/**
 * Certificates made and checked with the openssl CLI (3.0), for the certificate server and
 * client tests: a CA whose key stays on disk, a leaf with its PKCS#8 key as PEM, the same as a
 * password-protected PFX, and a CSR signed with `openssl x509 -req`. Everything lives in one
 * temporary folder per Workshop (a CA lives ten years, so that it outlives what it issues); passwords reach openssl through the environment, never argv.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';

export interface MadeCa {
  readonly certPem: string;
  readonly keyPem: string;
  readonly der: Buffer;
}

export interface MadeLeaf {
  /** The PKCS#8 private key then the certificate, as Key Vault imports PEM. */
  readonly pem: string;
  readonly keyPem: string;
  readonly certPem: string;
  readonly der: Buffer;
}

export class Workshop {
  readonly dir = mkdtempSync(join(tmpdir(), 'coffer-openssl-'));
  #count = 0;

  /** Runs openssl in the folder; `env` adds variables (passwords go here). */
  openssl(args: readonly string[], env: Record<string, string> = {}, input?: Buffer): Buffer {
    return execFileSync('openssl', args, { cwd: this.dir, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], timeout: 30_000, ...(input === undefined ? {} : { input }) });
  }

  #file(stem: string): string {
    this.#count += 1;
    return join(this.dir, `${stem}-${this.#count}`);
  }

  /** A self-signed EC P-256 CA (basicConstraints CA:true, keyCertSign, cRLSign). */
  ca(subject = '/CN=Coffer Test Root'): MadeCa {
    const base = this.#file('ca');
    this.openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', subject, '-days', '3650',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
      '-keyout', `${base}.key`, '-out', `${base}.pem`]);
    const certPem = readFileSync(`${base}.pem`, 'utf8');
    return { certPem, keyPem: readFileSync(`${base}.key`, 'utf8'), der: Buffer.from(new X509Certificate(certPem).raw) };
  }

  /** A self-signed EC P-256 server certificate for `dns`, valid `days`. */
  leaf(dns: string, days = 30): MadeLeaf {
    const base = this.#file('leaf');
    this.openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', `/CN=${dns}`, '-days', String(days),
      '-addext', `subjectAltName=DNS:${dns}`, '-addext', 'keyUsage=critical,digitalSignature', '-addext', 'extendedKeyUsage=serverAuth',
      '-keyout', `${base}.key`, '-out', `${base}.pem`]);
    const keyPem = readFileSync(`${base}.key`, 'utf8');
    const certPem = readFileSync(`${base}.pem`, 'utf8');
    return { pem: `${keyPem}${certPem}`, keyPem, certPem, der: Buffer.from(new X509Certificate(certPem).raw) };
  }

  /** The leaf and its key as a PKCS#12 file under `password` (openssl 3's default algorithms). */
  pfx(leaf: MadeLeaf, password: string): Buffer {
    const base = this.#file('pfx');
    writeFileSync(`${base}.pem`, leaf.pem, { mode: 0o600 });
    this.openssl(['pkcs12', '-export', '-in', `${base}.pem`, '-out', `${base}.pfx`, '-passout', 'env:PFX_PASSWORD'], { PFX_PASSWORD: password });
    return readFileSync(`${base}.pfx`);
  }

  /** Signs a PKCS#10 request (DER) with the CA, copying its extensions: the certificate, DER. */
  signCsr(csr: Uint8Array, ca: MadeCa, days = 30): Buffer {
    const base = this.#file('csr');
    writeFileSync(`${base}.csr`, csr);
    writeFileSync(`${base}-ca.pem`, ca.certPem);
    writeFileSync(`${base}-ca.key`, ca.keyPem, { mode: 0o600 });
    this.openssl(['x509', '-req', '-inform', 'DER', '-in', `${base}.csr`, '-CA', `${base}-ca.pem`, '-CAkey', `${base}-ca.key`,
      '-CAcreateserial', '-days', String(days), '-copy_extensions', 'copyall', '-outform', 'DER', '-out', `${base}.der`]);
    return readFileSync(`${base}.der`);
  }

  /** `openssl verify -CAfile root [-untrusted chain] leaf`: true if it accepts the chain. */
  verifies(leafDer: Uint8Array, rootPem: string, intermediates: readonly Uint8Array[] = []): boolean {
    const base = this.#file('verify');
    writeFileSync(`${base}-root.pem`, rootPem);
    writeFileSync(`${base}-leaf.pem`, new X509Certificate(Buffer.from(leafDer)).toString());
    const untrusted = intermediates.map((der) => new X509Certificate(Buffer.from(der)).toString()).join('');
    if (untrusted !== '') writeFileSync(`${base}-chain.pem`, untrusted);
    try {
      this.openssl(['verify', '-CAfile', `${base}-root.pem`, ...(untrusted === '' ? [] : ['-untrusted', `${base}-chain.pem`]), `${base}-leaf.pem`]);
      return true;
    } catch {
      return false;
    }
  }

  /** Opens a PKCS#12 file with openssl: what it holds, as PEM text. */
  pkcs12Pem(pfx: Uint8Array, password: string): string {
    return this.openssl(['pkcs12', '-nodes', '-passin', 'env:PFX_PASSWORD'], { PFX_PASSWORD: password }, Buffer.from(pfx)).toString('utf8');
  }

  /** The number of certificates and private keys in a PKCS#12 file, as openssl reads it. */
  pkcs12Contents(pfx: Uint8Array, password: string): { certificates: number; keys: number } {
    const text = this.pkcs12Pem(pfx, password);
    return { certificates: text.split('-----BEGIN CERTIFICATE-----').length - 1, keys: text.split('-----BEGIN PRIVATE KEY-----').length - 1 };
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
