/**
 * Turns an operation and its outcome into an AuditEvent. Failure descriptions come only from
 * VaultError messages, which by construction quote names and sizes, never values; any other
 * error is described by its class alone, since its message could hold anything.
 */
import { isVaultError, type VaultErrorCode } from '../errors.js';
import type { Principal } from '../access/principal.js';
import type { AuditEvent } from './record.js';

/** Azure's resultSignature is the HTTP status text of the outcome. */
const SIGNATURES: Readonly<Record<VaultErrorCode, string>> = {
  BadParameter: 'BadRequest',
  SecretNotFound: 'NotFound',
  KeyNotFound: 'NotFound',
  CertificateNotFound: 'NotFound',
  Conflict: 'Conflict',
  PreconditionFailed: 'PreconditionFailed',
  ObjectIsDeletedButRecoverable: 'Conflict',
  Unauthorized: 'Unauthorized',
  Forbidden: 'Forbidden',
  IntegrityError: 'InternalServerError',
  KeyMismatch: 'Unauthorized',
  LockTimeout: 'ServiceUnavailable',
  Throttled: 'TooManyRequests',
  AuditWriteFailed: 'InternalServerError',
  StorageError: 'InternalServerError',
  UnsupportedFormat: 'InternalServerError',
};

export interface OperationOutcome {
  readonly operationName: string;
  readonly vaultId: string;
  readonly who: Principal;
  readonly started: Date;
  readonly finished: Date;
  readonly correlationId: string;
  readonly callerIpAddress?: string;
  /** The object the operation touched: `/secrets/db-password[/version]`. */
  readonly id?: string;
  readonly error?: unknown;
  readonly extra?: Readonly<Record<string, ExtraValue>>;
}

export function describeFailure(error: unknown): { signature: string; code: string; description: string } {
  if (isVaultError(error)) {
    const code = error.innerCode ?? error.code;
    return { signature: SIGNATURES[error.code], code, description: error.message };
  }
  return { signature: 'InternalServerError', code: 'InternalError', description: `Internal error (${error instanceof Error ? error.name : typeof error}).` };
}

/**
 * What a caller names goes into the record before it is validated (a refused request is
 * recorded too), so every such field is bounded: a hostile name or algorithm cannot grow the
 * log without limit, or make a record too long to read back.
 */
export const MAX_AUDIT_FIELD_CHARS = 256;

function bounded(text: string): string {
  return text.length <= MAX_AUDIT_FIELD_CHARS ? text : `${text.slice(0, MAX_AUDIT_FIELD_CHARS)}…(${text.length} characters)`;
}

type ExtraValue = string | number | boolean | readonly string[];

function boundedExtra(extra: Readonly<Record<string, ExtraValue>> | undefined): Record<string, ExtraValue> {
  const out: Record<string, ExtraValue> = {};
  for (const [key, value] of Object.entries(extra ?? {})) {
    // Lists (the names an operation purged) are the vault's own, already-valid names.
    out[key] = typeof value === 'string' ? bounded(value) : value;
  }
  return out;
}

export function auditEvent(outcome: OperationOutcome): AuditEvent {
  const failure = outcome.error === undefined ? undefined : describeFailure(outcome.error);
  return {
    time: outcome.started.toISOString(),
    resourceId: `coffer:vault/${outcome.vaultId}`,
    operationName: outcome.operationName,
    operationVersion: '1',
    category: 'AuditEvent',
    resultType: failure === undefined ? 'Success' : 'Failure',
    resultSignature: failure?.signature ?? 'OK',
    ...(failure === undefined ? {} : { resultDescription: failure.description }),
    durationMs: Math.max(0, outcome.finished.getTime() - outcome.started.getTime()),
    ...(outcome.callerIpAddress === undefined ? {} : { callerIpAddress: bounded(outcome.callerIpAddress) }),
    correlationId: outcome.correlationId,
    // The principal's name last, so that no claim can pose as it.
    identity: { claim: { ...outcome.who.claims, name: outcome.who.name } },
    properties: {
      ...(outcome.id === undefined ? {} : { id: bounded(outcome.id) }),
      ...(failure === undefined ? {} : { errorCode: failure.code }),
      ...boundedExtra(outcome.extra),
    },
  };
}
