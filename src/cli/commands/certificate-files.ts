/**
 * What the certificate commands read besides the vault: a PKCS#12 password (from a file, the
 * environment, or — with a warning — the command line), certificate and chain files, and
 * policy files. A password is never quoted, and neither is a file's content: messages name
 * paths, sizes and the option at fault.
 */
import { resolve } from 'node:path';
import { BadParameterError } from '../../core/errors.js';
import type { Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import { decodeUtf8, readSmallFile } from '../files.js';
import type { CliIo } from '../io.js';

/** The environment variable that carries a PKCS#12 password without showing it in `ps`. */
export const PASSWORD_ENV = 'COFFER_PFX_PASSWORD';

/** A password is a line of text; a file larger than this is the wrong file. */
const MAX_PASSWORD_BYTES = 4 * 1024;
/** A PFX or PEM bundle with a long chain is a few tens of KiB; the vault refuses more than 256 KiB. */
export const MAX_CERTIFICATE_FILE_BYTES = 256 * 1024;
/** A policy is a few hundred bytes of JSON. */
const MAX_POLICY_BYTES = 64 * 1024;

export const PASSWORD_OPTIONS = { password: { type: 'string' }, 'password-file': { type: 'string' } } as const;

export const PASSWORD_DETAILS = [
  '--password-file F     read the PKCS#12 password from F (without its final line break)',
  '--password P          the password itself: visible in `ps` and shell history, so it draws a warning',
  `                      with neither, the password is $${PASSWORD_ENV} if set (preferred, as is --password-file)`,
];

/** Whether any password source was named: the option or the environment variable. */
export function passwordGiven(args: Args, io: CliIo): boolean {
  return args.string('password') !== undefined || args.string('password-file') !== undefined || io.env[PASSWORD_ENV] !== undefined;
}

/**
 * The PKCS#12 password: --password-file (the file's text without its final line break) or
 * --password (which draws a warning: it shows in process lists and shell history), else
 * COFFER_PFX_PASSWORD. A flag wins over the environment, as --vault does over COFFER_VAULT.
 * Undefined when none is given.
 */
export function readPassword(args: Args, io: CliIo, command: string): string | undefined {
  const inline = args.string('password');
  const file = args.string('password-file');
  if (inline !== undefined && file !== undefined) throw new UsageError('Give --password or --password-file, not both.', command);
  if (file !== undefined) {
    const text = decodeUtf8(readSmallFile(resolve(io.cwd, file), MAX_PASSWORD_BYTES, 'Password file'), 'The password file');
    return text.replace(/\r?\n$/, '');
  }
  if (inline !== undefined) {
    io.writeErr(`coffer: warning: a password given with --password can leak into shell history and process lists; prefer --password-file F or ${PASSWORD_ENV}.\n`);
    return inline;
  }
  return io.env[PASSWORD_ENV];
}

/** A certificate file (PEM text, or PKCS#12 binary or base64) as bytes, for the core to parse. */
export function readCertificateFile(args: Args, io: CliIo, command: string): Buffer {
  const file = args.string('file');
  if (file === undefined) throw new UsageError(`'coffer ${command}' needs --file FILE.`, command);
  return readSmallFile(resolve(io.cwd, file), MAX_CERTIFICATE_FILE_BYTES, 'Certificate file');
}

/** A JSON policy file, parsed but not yet checked; `expected` says what shape it should have. */
export function readPolicyFile(path: string, expected: string): unknown {
  const text = decodeUtf8(readSmallFile(path, MAX_POLICY_BYTES, 'Policy file'), 'The policy file');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the text; ours names the file's role only.
    throw new BadParameterError(`The policy file is not valid JSON: expected ${expected}.`);
  }
}
