/**
 * `coffer key sign` and `key verify`. Key Vault signs a digest, never the message: with --file
 * the CLI hashes the file here, streaming, with the algorithm's hash (…256 and ES256K: SHA-256,
 * …384: SHA-384, …512: SHA-512), so an artifact of any size costs the vault 32-64 bytes; with
 * --digest the caller has hashed it. Signatures are JOSE's: RSA as is, ECDSA as r‖s (not DER).
 */
import { resolve } from 'node:path';
import type { SignatureAlgorithm } from '../../core/crypto/key-types.js';
import type { Args } from '../args.js';
import { CliError, UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { readSmallFile } from '../files.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { deliver, hashFile, outputMode } from './key-files.js';
import { HASH_BYTES, base64urlOption, decodeBase64url, hashOf, signatureAlgorithm } from './key-options.js';

/** An RSA-4096 signature is 512 bytes, 683 as base64url; anything far larger is not a signature. */
const MAX_SIGNATURE_FILE_BYTES = 4096;

/** What to sign or verify: a file to hash (its path), or the caller's digest. */
type DigestSource = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'digest'; readonly digest: Buffer };

/** Checks --file/--digest against the algorithm before anything is read or asked. */
function digestSource(args: Args, io: CliIo, alg: SignatureAlgorithm, command: string): DigestSource {
  const file = args.string('file');
  const digest = base64urlOption(args, 'digest', command);
  if ((file === undefined) === (digest === undefined)) {
    throw new UsageError('Give --file F (coffer hashes it) or --digest B64URL (a digest you made), one of them.', command);
  }
  if (digest === undefined) return { kind: 'file', path: resolve(io.cwd, file ?? '') };
  const hash = hashOf(alg);
  if (digest.length !== HASH_BYTES[hash]) {
    throw new UsageError(`--digest for ${alg} must be ${HASH_BYTES[hash]} bytes (${hash.toUpperCase()}), got ${digest.length}.`, command);
  }
  return { kind: 'digest', digest };
}

async function digestOf(source: DigestSource, alg: SignatureAlgorithm): Promise<Buffer> {
  return source.kind === 'digest' ? source.digest : hashFile(source.path, hashOf(alg));
}

async function signWithKey(args: Args, io: CliIo): Promise<void> {
  const command = 'key sign';
  const name = args.positional(0);
  const alg = signatureAlgorithm(args, command);
  const source = digestSource(args, io, alg, command);
  const mode = outputMode(args, command);
  const digest = await digestOf(source, alg);
  const version = args.string('version');
  await deliver(io, mode, { what: 'signature', stdoutAs: 'base64url' }, () => withVault(args, io, (vault) => vault.sign(name, version, alg, digest)));
}

/**
 * A signature file as `key sign --out` writes it (raw bytes) or as it prints it (base64url
 * text, one trailing newline allowed). A raw signature that happened to be valid base64url
 * text would need every one of its 64+ bytes to fall in 64 of 256 values: it does not happen.
 */
export function signatureBytes(file: Buffer): Buffer {
  const text = file.toString('latin1').replace(/\r?\n$/, '');
  return decodeBase64url(text) ?? file;
}

async function verifyWithKey(args: Args, io: CliIo): Promise<void> {
  const command = 'key verify';
  const name = args.positional(0);
  const alg = signatureAlgorithm(args, command);
  const source = digestSource(args, io, alg, command);
  const signatureFile = args.string('signature');
  if (signatureFile === undefined) throw new UsageError(`'coffer ${command}' needs --signature SIGFILE.`, command);
  const signature = signatureBytes(readSmallFile(resolve(io.cwd, signatureFile), MAX_SIGNATURE_FILE_BYTES, 'Signature file'));
  const digest = await digestOf(source, alg);
  const result = await withVault(args, io, (vault) => vault.verify(name, args.string('version'), alg, digest, signature));
  io.writeOut(args.flag('json') ? renderJson({ keyId: result.keyId, algorithm: result.algorithm, valid: result.valid }) : `${result.valid ? 'valid' : 'invalid'}\n`);
  if (!result.valid) throw new CliError('SignatureInvalid', `The signature is not a valid ${alg} signature of this digest by ${result.keyId}.`);
}

const DIGEST_DETAILS = [
  '--alg A               RS256, RS384, RS512, PS256, PS384, PS512 (RSA keys); ES256 (P-256), ES384 (P-384),',
  '                      ES512 (P-521), ES256K (P-256K)',
  '--file F              hash file F here, streaming, with the algorithm\'s hash (…256 and ES256K: SHA-256,',
  '                      …384: SHA-384, …512: SHA-512); F may be of any size',
  '--digest B64URL       or give the digest itself, base64url without padding, of the hash\'s length',
  '--version V           the key version to use (default: the latest)',
];

export const keySignCommand: Command = {
  name: 'key sign',
  synopsis: 'key sign NAME --alg A (--file F | --digest B64URL) [--version V] [--out SIG | --json]',
  summary: 'Sign a file\'s digest with a key: base64url on stdout, or raw bytes into --out.',
  details: [
    ...DIGEST_DETAILS,
    '--out SIG             write the raw signature (RSA: the modulus size; EC: r‖s) to SIG (created, mode 0600)',
    '--json                print {keyId, algorithm, result} with the signature base64url in result',
  ],
  options: {
    alg: { type: 'string' }, file: { type: 'string' }, digest: { type: 'string' }, version: { type: 'string' },
    out: { type: 'string' }, json: { type: 'boolean' },
  },
  positionals: ['NAME'],
  run: signWithKey,
};

export const keyVerifyCommand: Command = {
  name: 'key verify',
  synopsis: 'key verify NAME --alg A (--file F | --digest B64URL) --signature SIGFILE [--version V] [--json]',
  summary: 'Check a signature: print valid (exit 0) or invalid (exit 1).',
  details: [
    ...DIGEST_DETAILS,
    '--signature SIGFILE   the signature: raw bytes (as key sign --out writes) or base64url text (as it prints)',
    '--json                print {keyId, algorithm, valid}',
  ],
  options: {
    alg: { type: 'string' }, file: { type: 'string' }, digest: { type: 'string' }, version: { type: 'string' },
    signature: { type: 'string' }, json: { type: 'boolean' },
  },
  positionals: ['NAME'],
  run: verifyWithKey,
};
