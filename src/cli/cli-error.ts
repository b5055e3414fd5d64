/**
 * The CLI's own failures, apart from the vault's. A UsageError means the command line itself
 * was wrong (exit 2, with a usage hint); a CliError means a well-formed command failed (exit 1).
 * Both messages are built here from option names, paths and sizes — never from a value.
 */

/** Codes for failures that happen in the CLI before or around a vault call. */
export type CliErrorCode =
  | 'NoMasterKey'
  | 'KeyFileInsecure'
  | 'KeyFileUnreadable'
  | 'SameKey'
  | 'FileExists'
  | 'FileUnreadable'
  | 'FileUnwritable'
  | 'NotUtf8'
  | 'TooLarge'
  | 'AuditChainBroken'
  | 'SignatureInvalid'
  | 'BadEnvironment';

/** A well-formed command that could not be carried out: exit 1, one line on stderr. */
export class CliError extends Error {
  readonly code: CliErrorCode;

  constructor(code: CliErrorCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}

/**
 * A malformed command line: exit 2. `command` names the command whose synopsis the hint
 * shows (`secret set`), or is undefined for the top level.
 */
export class UsageError extends Error {
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** The errno code of a failed system call, if it has one (`ENOENT`, `EACCES`…). */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}
