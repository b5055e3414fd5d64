/**
 * Audit records: Azure Key Vault's AuditEvent field names, plus the chain fields `seq`,
 * `generation`, `prev` and `hash`. A record names objects, principals and outcomes — never a
 * value, a key or a token.
 */

import { constantTimeEqual } from '../crypto/envelope.js';

/** Who did it: claims about the caller (OS user and host, GitHub run, token subject...). */
export interface AuditIdentity {
  readonly claim: Readonly<Record<string, string>>;
}

/** Everything the vault knows about an operation, before it is chained. */
export interface AuditEvent {
  readonly time: string;
  readonly resourceId: string;
  readonly operationName: string;
  readonly operationVersion: string;
  readonly category: 'AuditEvent';
  readonly resultType: 'Success' | 'Failure';
  readonly resultSignature: string;
  readonly resultDescription?: string;
  readonly durationMs: number;
  readonly callerIpAddress?: string;
  readonly correlationId: string;
  readonly identity: AuditIdentity;
  readonly properties: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

/** A chained record. `hash` = HMAC-SHA256(audit key, canonical JSON of every other field). */
export interface AuditRecord extends AuditEvent {
  readonly seq: number;
  /** The store generation this operation saw or produced: exposes a rolled-back store. */
  readonly generation: number;
  readonly prev: string;
  readonly hash: string;
}

/** The newest record of a chain, which the next one links to. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
  readonly generation: number;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with keys sorted at every level: the form the MAC covers, whatever order a parser keeps.
 * Keys sort by UTF-16 code units (Array.prototype.sort's default), and undefined members are
 * left out, as JSON.stringify leaves them out. Every operation's record goes through this, so
 * it is written with plain loops.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += `${i === 0 ? '' : ','}${canonicalJson(value[i])}`;
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

/** Links an event to the head of a chain. `mac` is VaultKeys.auditMac. */
export function chainRecord(event: AuditEvent, head: AuditHead | undefined, generation: number, mac: (text: string) => string): AuditRecord {
  const unsigned = { ...event, seq: (head?.seq ?? 0) + 1, generation, prev: head?.hash ?? GENESIS_HASH };
  return { ...unsigned, hash: mac(canonicalJson(unsigned)) };
}

/** Recomputes a record's MAC; false if any field was edited. */
export function recordIsAuthentic(record: AuditRecord, mac: (text: string) => string): boolean {
  const { hash, ...unsigned } = record;
  return typeof hash === 'string' && constantTimeEqual(Buffer.from(hash), Buffer.from(mac(canonicalJson(unsigned))));
}

export function headOf(record: AuditRecord): AuditHead {
  return { seq: record.seq, hash: record.hash, generation: record.generation };
}
