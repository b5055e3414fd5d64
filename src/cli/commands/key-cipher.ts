/**
 * `coffer key encrypt`, `decrypt`, `wrap`, `unwrap` and `random`: raw bytes in (from --in or
 * stdin, bounded per algorithm) and raw bytes out (into --out or on stdout), so they compose
 * with files and pipes. AES-GCM needs its iv and tag again to decrypt: encrypt prints them on
 * stderr as the one line `iv=<b64url> tag=<b64url>` (a shell can source it) or puts them in
 * --json; decrypt takes them back with --iv and --tag.
 */
import type { EncryptionAlgorithm, KeyWrapAlgorithm } from '../../core/crypto/key-types.js';
import type { KeyOperationResult } from '../../core/model.js';
import { parseInteger, type Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { deliver, intoNewFile, outputMode, readInput } from './key-files.js';
import { base64urlOption, encryptionAlgorithm, keyWrapAlgorithm } from './key-options.js';

/** RSA-OAEP takes at most 446 bytes and gives 512 (4096-bit keys): a few KiB is generous. */
const RSA_INPUT_BYTES = 4 * 1024;
/** The vault's bound for AES-GCM and AES-KW data. */
const AES_INPUT_BYTES = 64 * 1024;

const inputLimit = (alg: string): number => (alg.startsWith('RSA') ? RSA_INPUT_BYTES : AES_INPUT_BYTES);
const isGcm = (alg: string): boolean => alg.endsWith('GCM');

/**
 * --aad (both) and --iv, --tag (decrypt), for AES-GCM only. Encryption's iv is always the
 * vault's own random one: a chosen iv that repeats under a key exposes the key stream.
 */
function gcmParameters(args: Args, alg: EncryptionAlgorithm, command: string): { iv?: Uint8Array; aad?: Uint8Array; tag?: Uint8Array } {
  const decrypting = command === 'key decrypt';
  const iv = decrypting ? base64urlOption(args, 'iv', command) : undefined;
  const aad = base64urlOption(args, 'aad', command);
  const tag = decrypting ? base64urlOption(args, 'tag', command) : undefined;
  const given = [iv, aad, tag].some((part) => part !== undefined);
  if (!isGcm(alg)) {
    if (given) throw new UsageError(`${decrypting ? '--iv, --aad and --tag belong' : '--aad belongs'} to AES-GCM, not ${alg}.`, command);
    return {};
  }
  if (decrypting && (iv === undefined || tag === undefined)) {
    throw new UsageError(`${alg} decryption needs --iv and --tag (as key encrypt printed them).`, command);
  }
  return { ...(iv === undefined ? {} : { iv }), ...(aad === undefined ? {} : { aad }), ...(tag === undefined ? {} : { tag }) };
}

/** After a GCM encryption: what decrypt will need, on stderr unless --json carried it. */
function reportGcm(result: KeyOperationResult, args: Args, io: CliIo): void {
  if (args.flag('json') || result.iv === undefined || result.tag === undefined) return;
  io.writeErr(`iv=${Buffer.from(result.iv).toString('base64url')} tag=${Buffer.from(result.tag).toString('base64url')}\n`);
}

async function encrypt(args: Args, io: CliIo): Promise<void> {
  const command = 'key encrypt';
  const name = args.positional(0);
  const alg = encryptionAlgorithm(args, command);
  const parameters = gcmParameters(args, alg, command);
  const mode = outputMode(args, command);
  const plaintext = await readInput(args, io, inputLimit(alg), 'The plaintext');
  const version = args.string('version');
  const result = await deliver(io, mode, { what: 'ciphertext', stdoutAs: 'raw' },
    () => withVault(args, io, (vault) => vault.encrypt(name, version, alg, plaintext, parameters)));
  reportGcm(result, args, io);
}

async function decrypt(args: Args, io: CliIo): Promise<void> {
  const command = 'key decrypt';
  const name = args.positional(0);
  const alg = encryptionAlgorithm(args, command);
  const parameters = gcmParameters(args, alg, command);
  const mode = outputMode(args, command);
  const ciphertext = await readInput(args, io, inputLimit(alg), 'The ciphertext');
  const version = args.string('version');
  await deliver(io, mode, { what: 'plaintext', stdoutAs: 'raw' },
    () => withVault(args, io, (vault) => vault.decrypt(name, version, alg, ciphertext, parameters)));
}

function wrapCommand(command: 'key wrap' | 'key unwrap'): Command['run'] {
  return async (args, io) => {
    const name = args.positional(0);
    const alg: KeyWrapAlgorithm = keyWrapAlgorithm(args, command);
    const mode = outputMode(args, command);
    const input = await readInput(args, io, inputLimit(alg), command === 'key wrap' ? 'The key to wrap' : 'The wrapped key');
    const version = args.string('version');
    const what = command === 'key wrap' ? 'wrapped key' : 'unwrapped key';
    await deliver(io, mode, { what, stdoutAs: 'raw' }, () => withVault(args, io, (vault) => (command === 'key wrap'
      ? vault.wrapKey(name, version, alg, input)
      : vault.unwrapKey(name, version, alg, input))));
  };
}

async function random(args: Args, io: CliIo): Promise<void> {
  const command = 'key random';
  const countText = args.string('count');
  if (countText === undefined) throw new UsageError(`'coffer ${command}' needs --count N (1 to 128).`, command);
  const count = parseInteger(countText, '--count', { min: 1, max: 128 }, command);
  const out = args.string('out');
  if (out === undefined) {
    const bytes = await withVault(args, io, (vault) => vault.getRandomBytes(count));
    io.writeOut(`${Buffer.from(bytes).toString('base64url')}\n`);
    return;
  }
  await intoNewFile(io, out, () => withVault(args, io, (vault) => vault.getRandomBytes(count)), (bytes) => bytes);
  io.writeOut(`Wrote ${count} random bytes to ${out}.\n`);
}

const COMMON_DETAILS = [
  '--in FILE             read the input from FILE instead of stdin (raw bytes; RSA: at most 4 KiB, AES: 64 KiB)',
  '--out FILE            write the raw output to FILE (created, mode 0600) instead of stdout',
  '--version V           the key version to use (default: the latest)',
  '--json                print {keyId, algorithm, result[, iv, tag]} with bytes as base64url (not with --out)',
];
const IO_OPTIONS = { in: { type: 'string' }, out: { type: 'string' }, version: { type: 'string' }, json: { type: 'boolean' }, alg: { type: 'string' } } as const;
const ENCRYPTION_DETAIL = '--alg A               RSA-OAEP, RSA-OAEP-256 (RSA keys); A128GCM, A192GCM, A256GCM (oct keys of that size)';
const WRAP_DETAIL = '--alg A               RSA-OAEP, RSA-OAEP-256 (RSA keys); A128KW, A192KW, A256KW (oct keys of that size)';

export const keyEncryptCommand: Command = {
  name: 'key encrypt',
  synopsis: 'key encrypt NAME --alg A [--in FILE] [--out FILE | --json] [--version V] [--aad B64URL]',
  summary: 'Encrypt bytes with a key; for AES-GCM, prints iv=<b64url> tag=<b64url> on stderr for decrypt.',
  details: [
    ENCRYPTION_DETAIL, ...COMMON_DETAILS,
    '--aad B64URL          AES-GCM: additional authenticated data, needed again to decrypt',
  ],
  options: { ...IO_OPTIONS, aad: { type: 'string' } },
  positionals: ['NAME'],
  run: encrypt,
};

export const keyDecryptCommand: Command = {
  name: 'key decrypt',
  synopsis: 'key decrypt NAME --alg A [--in FILE] [--out FILE | --json] [--version V] [--iv B64URL] [--aad B64URL] [--tag B64URL]',
  summary: 'Decrypt bytes with a key; AES-GCM needs the iv and tag that encrypt printed.',
  details: [
    ENCRYPTION_DETAIL, ...COMMON_DETAILS,
    '--iv B64URL           AES-GCM: the iv encrypt used',
    '--tag B64URL          AES-GCM: the authentication tag encrypt printed',
    '--aad B64URL          AES-GCM: the additional authenticated data given to encrypt',
  ],
  options: { ...IO_OPTIONS, iv: { type: 'string' }, aad: { type: 'string' }, tag: { type: 'string' } },
  positionals: ['NAME'],
  run: decrypt,
};

export const keyWrapCommand: Command = {
  name: 'key wrap',
  synopsis: 'key wrap NAME --alg A [--in FILE] [--out FILE | --json] [--version V]',
  summary: 'Wrap (encrypt) a key\'s bytes with a key.',
  details: [WRAP_DETAIL, ...COMMON_DETAILS],
  options: IO_OPTIONS,
  positionals: ['NAME'],
  run: wrapCommand('key wrap'),
};

export const keyUnwrapCommand: Command = {
  name: 'key unwrap',
  synopsis: 'key unwrap NAME --alg A [--in FILE] [--out FILE | --json] [--version V]',
  summary: 'Unwrap a wrapped key with the key that wrapped it.',
  details: [WRAP_DETAIL, ...COMMON_DETAILS],
  options: IO_OPTIONS,
  positionals: ['NAME'],
  run: wrapCommand('key unwrap'),
};

export const keyRandomCommand: Command = {
  name: 'key random',
  synopsis: 'key random --count N [--out FILE]',
  summary: 'Random bytes from the vault\'s random source: base64url on stdout, or raw into --out.',
  details: [
    '--count N             how many bytes, 1 to 128',
    '--out FILE            write the raw bytes to FILE (created, mode 0600) instead of stdout',
  ],
  options: { count: { type: 'string' }, out: { type: 'string' } },
  positionals: [],
  run: random,
};
