/**
 * The one table from VaultError codes to HTTP statuses and the Key Vault error body
 * `{"error": {"code", "message", "innererror"?: {"code"}}}` (keys.json `KeyVaultError`).
 *
 * Server faults (a failed integrity check, storage, audit) answer 500 with a fixed message:
 * their VaultError messages name files, paths and key ids, which are for the server's log and
 * audit trail, not for the caller. Any error that is not a VaultError is a server fault too,
 * since its message could hold anything — a value included.
 */
import { isVaultError, type VaultErrorCode } from '../core/errors.js';

export interface WireErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innererror?: { readonly code: string };
  };
}

/** What the server sends for a failure: a status and its JSON body. */
export interface WireError {
  readonly status: number;
  readonly body: WireErrorBody;
}

/** The message of every 500: nothing about the server's internals. */
export const INTERNAL_ERROR_MESSAGE = 'The vault could not complete the request because of an internal error. Nothing about it is reported here; the server log has the details.';
const UNAVAILABLE_MESSAGE = 'The vault is busy: the request timed out waiting for the store. Retry after a short delay.';

/** A message longer than this is cut: messages quote bounded inputs, so this is a backstop. */
const MAX_MESSAGE_CHARS = 1024;

interface Mapping {
  readonly status: number;
  readonly code: string;
  /** A fixed message replaces the error's own. */
  readonly message?: string;
  readonly innerCode?: string;
}

const TABLE: Readonly<Record<VaultErrorCode, Mapping>> = {
  BadParameter: { status: 400, code: 'BadParameter' },
  SecretNotFound: { status: 404, code: 'SecretNotFound' },
  KeyNotFound: { status: 404, code: 'KeyNotFound' },
  CertificateNotFound: { status: 404, code: 'CertificateNotFound' },
  Conflict: { status: 409, code: 'Conflict' },
  PreconditionFailed: { status: 412, code: 'PreconditionFailed' },
  // Azure: 409 Conflict, innererror ObjectIsDeletedButRecoverable (reference, rule 10).
  ObjectIsDeletedButRecoverable: { status: 409, code: 'Conflict', innerCode: 'ObjectIsDeletedButRecoverable' },
  Unauthorized: { status: 401, code: 'Unauthorized' },
  Forbidden: { status: 403, code: 'Forbidden' },
  Throttled: { status: 429, code: 'Throttled' },
  LockTimeout: { status: 503, code: 'ServiceUnavailable', message: UNAVAILABLE_MESSAGE },
  IntegrityError: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
  AuditWriteFailed: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
  StorageError: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
  // The server's master key does not open its store: the operator's fault, not the caller's.
  KeyMismatch: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
  UnsupportedFormat: { status: 500, code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE },
};

function bounded(message: string): string {
  return message.length <= MAX_MESSAGE_CHARS ? message : `${message.slice(0, MAX_MESSAGE_CHARS)}…`;
}

/** A wire error from its parts; for failures that are not VaultErrors (401, 412, 404 routes). */
export function wireError(status: number, code: string, message: string, innerCode?: string): WireError {
  return {
    status,
    body: { error: { code, message: bounded(message), ...(innerCode === undefined ? {} : { innererror: { code: innerCode } }) } },
  };
}

/** Any thrown value as the status and body to send. */
export function errorResponse(error: unknown): WireError {
  if (!isVaultError(error)) return wireError(500, 'InternalServerError', INTERNAL_ERROR_MESSAGE);
  const mapping = TABLE[error.code];
  // A fixed message drops the inner code with it: it could say what failed inside.
  if (mapping.message !== undefined) return wireError(mapping.status, mapping.code, mapping.message);
  return wireError(mapping.status, mapping.code, error.message, error.innerCode ?? mapping.innerCode);
}

/** 401: no token, or one that is not valid. The server adds the WWW-Authenticate challenge. */
export function unauthorizedError(message = 'Authentication is required: send a bearer token.'): WireError {
  return wireError(401, 'Unauthorized', message);
}

/** 412: an If-Match header that names another version of the object. */
export function preconditionFailedError(message = 'The object has changed since it was read: its ETag does not match If-Match.'): WireError {
  return wireError(412, 'PreconditionFailed', message);
}

/** The status the table gives a code, for metrics and tests. */
export function statusOf(code: VaultErrorCode): number {
  return TABLE[code].status;
}
