/**
 * One error hierarchy for the whole vault. Every error carries a stable `code` that adapters
 * map to their own surface (HTTP status and Key Vault error body, CLI exit code, action
 * failure) without parsing messages. Messages quote the bad input — never a secret value.
 */

/** Stable error codes. Adapters switch on these; never on message text. */
export type VaultErrorCode =
  | 'BadParameter'
  | 'SecretNotFound'
  | 'KeyNotFound'
  | 'CertificateNotFound'
  | 'Conflict'
  | 'PreconditionFailed'
  | 'ObjectIsDeletedButRecoverable'
  | 'Unauthorized'
  | 'Forbidden'
  | 'IntegrityError'
  | 'KeyMismatch'
  | 'LockTimeout'
  | 'Throttled'
  | 'AuditWriteFailed'
  | 'StorageError'
  | 'UnsupportedFormat';

/** Azure's inner error codes, kept apart so the wire body can carry them verbatim. */
export type InnerErrorCode =
  | 'ObjectIsDeletedButRecoverable'
  | 'SecretDisabled'
  | 'KeyDisabled'
  | 'KeyExpired'
  | 'KeyNotYetValid'
  | 'KeyOperationNotPermitted'
  | 'KeyNotExportable'
  | 'ForbiddenByRbac'
  | 'CertificateManaged'
  | 'PendingCertificateNotFound'
  | 'IssuerNotFound';

export class VaultError extends Error {
  readonly code: VaultErrorCode;
  readonly innerCode: InnerErrorCode | undefined;

  constructor(code: VaultErrorCode, message: string, options?: { innerCode?: InnerErrorCode; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VaultError';
    this.code = code;
    this.innerCode = options?.innerCode;
  }
}

/** Input that fails validation; nothing has been changed when this is thrown. */
export class BadParameterError extends VaultError {
  constructor(message: string) {
    super('BadParameter', message);
    this.name = 'BadParameterError';
  }
}

/** The stored data failed an authenticity check: a flipped byte, a moved or missing record. */
export class IntegrityError extends VaultError {
  constructor(message: string, cause?: unknown) {
    super('IntegrityError', message, { cause });
    this.name = 'IntegrityError';
  }
}

/** True for errors that carry one of our codes. */
export function isVaultError(error: unknown): error is VaultError {
  return error instanceof VaultError;
}

/** Quotes user input for an error message, bounded so that a huge input cannot flood a log. */
export function quote(input: string, max = 64): string {
  const shown = input.length > max ? `${input.slice(0, max)}…` : input;
  return `'${shown.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
}
