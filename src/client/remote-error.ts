/**
 * A vault's error answer as a VaultError: the Key Vault body `{"error": {"code", "message",
 * "innererror": {"code"}}}` keeps its code (the table in protocol/errors-wire.ts, read
 * backwards); a code Coffer does not know is mapped by the HTTP status, as the Azure SDKs do.
 * The server's message is passed on, bounded and with control characters escaped, and with any
 * string the request carried in confidence (the token, a value) cut out: a server must not be
 * able to put a secret into the caller's logs by echoing it.
 */
import { VaultError, type InnerErrorCode, type VaultErrorCode } from '../core/errors.js';

/** Messages longer than this are cut (errors-wire.ts bounds its own at 1024). */
const MAX_MESSAGE_CHARS = 1024;

const CODES: Readonly<Record<string, VaultErrorCode>> = {
  BadParameter: 'BadParameter', SecretNotFound: 'SecretNotFound', KeyNotFound: 'KeyNotFound',
  CertificateNotFound: 'CertificateNotFound', Conflict: 'Conflict', Forbidden: 'Forbidden', Throttled: 'Throttled',
  ObjectIsDeletedButRecoverable: 'ObjectIsDeletedButRecoverable',
  // Azure's spellings of codes Coffer has under another name.
  TooManyRequests: 'Throttled', ServiceUnavailable: 'LockTimeout', AccessDenied: 'Forbidden',
};

const INNER_CODES: readonly InnerErrorCode[] = [
  'ObjectIsDeletedButRecoverable', 'SecretDisabled', 'KeyDisabled', 'KeyExpired', 'KeyNotYetValid',
  'KeyOperationNotPermitted', 'KeyNotExportable', 'ForbiddenByRbac', 'CertificateManaged', 'PendingCertificateNotFound', 'IssuerNotFound',
];

export interface ErrorContext {
  /** The vault's origin, for messages. */
  readonly origin: string;
  /** The request's path, to tell a missing secret from a missing key. */
  readonly path: string;
  /** Strings to cut out of anything the server says. */
  readonly confidential: readonly string[];
}

interface WireErrorFields {
  readonly code: string | undefined;
  readonly message: string | undefined;
  readonly innerCode: string | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const record = (value: unknown): Record<string, unknown> | undefined =>
  (value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined);

/** The fields of an error body; anything that is not one yields nothing, not a failure. */
export function readWireError(body: Buffer): WireErrorFields {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { code: undefined, message: undefined, innerCode: undefined };
  }
  const error = record(record(parsed)?.error);
  return { code: text(error?.code), message: text(error?.message), innerCode: text(record(error?.innererror)?.code) };
}

/** `message` bounded, control characters escaped, confidential strings replaced by `***`. */
export function sanitize(message: string, confidential: readonly string[]): string {
  let clean = message;
  // Longest first, so that a secret holding another is cut whole.
  for (const secret of [...confidential].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) clean = clean.split(secret).join('***');
  }
  clean = clean.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return clean.length <= MAX_MESSAGE_CHARS ? clean : `${clean.slice(0, MAX_MESSAGE_CHARS)}…`;
}

function notFoundCode(path: string): VaultErrorCode {
  if (/^\/(deleted)?keys(\/|$)/.test(path)) return 'KeyNotFound';
  if (/^\/(deleted)?certificates(\/|$)/.test(path)) return 'CertificateNotFound';
  if (/^\/(deleted)?secrets(\/|$)/.test(path)) return 'SecretNotFound';
  return 'BadParameter';
}

/** The code an answer's status implies when its body names none Coffer knows. */
export function codeForStatus(status: number, path: string): VaultErrorCode {
  if (status === 404) return notFoundCode(path);
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  if (status === 409 || status === 412) return 'Conflict';
  if (status === 429) return 'Throttled';
  if (status === 503) return 'LockTimeout';
  if (status >= 400 && status < 500) return 'BadParameter';
  return 'StorageError';
}

/** A non-2xx answer (other than 401, see key-vault-http.ts) as the VaultError to throw. */
export function remoteError(status: number, body: Buffer, context: ErrorContext): VaultError {
  const wire = readWireError(body);
  const inner = INNER_CODES.find((code) => code === wire.innerCode);
  const known = wire.code === undefined || !Object.hasOwn(CODES, wire.code) ? undefined : CODES[wire.code];
  // Azure says Conflict + ObjectIsDeletedButRecoverable; Coffer's code for it is the inner one.
  const code = known === 'Conflict' && inner === 'ObjectIsDeletedButRecoverable' ? 'ObjectIsDeletedButRecoverable' : known ?? codeForStatus(status, context.path);
  const said = wire.message === undefined ? undefined : sanitize(wire.message, context.confidential);
  const message = known !== undefined && said !== undefined
    ? said
    : `The vault at ${context.origin} answered ${status}${wire.code === undefined ? '' : ` ${sanitize(wire.code, context.confidential).slice(0, 64)}`}${said === undefined ? '.' : `: ${said}`}`;
  return new VaultError(code, message, inner === undefined ? undefined : { innerCode: inner });
}
