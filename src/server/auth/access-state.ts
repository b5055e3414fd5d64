/**
 * The access file's content and its seal: role assignments and revoked token ids, with an
 * HMAC-SHA256 over the canonical JSON of everything but the MAC. Whoever can write the data
 * dir but lacks the vault's key cannot grant themselves a role or un-revoke a token: a file
 * whose MAC fails is never trusted.
 */
import { createHmac } from 'node:crypto';
import { canonicalJson } from '../../core/audit/record.js';
import { constantTimeEqual } from '../../core/crypto/envelope.js';
import { BadParameterError, IntegrityError, isVaultError, quote } from '../../core/errors.js';
import { parseStoredRoleAssignment } from '../../core/access/assignment-parse.js';
import type { StoredRoleAssignment } from '../../core/access/assignments.js';

export const ACCESS_FORMAT = 'coffer-access/1';
export const MAX_ASSIGNMENTS = 1_000;
export const MAX_REVOKED = 10_000;
export const MAX_ACCESS_FILE_BYTES = 4 * 1024 * 1024;

/** A token id refused until `expires` (ISO 8601), after which the token is dead anyway. */
export interface RevokedToken {
  readonly jti: string;
  readonly expires: string;
}

export interface AccessState {
  /** Grows by one on every write; a lower one than already seen is a rollback. */
  readonly generation: number;
  readonly assignments: readonly StoredRoleAssignment[];
  readonly revoked: readonly RevokedToken[];
}

export const EMPTY_ACCESS_STATE: AccessState = { generation: 0, assignments: [], revoked: [] };

/** Our own jtis are 32 hex; GitHub's are UUIDs. Anything printable and short is accepted. */
const JTI = /^[0-9A-Za-z_-]{1,128}$/;

export function checkJti(jti: string): string {
  if (!JTI.test(jti)) throw new BadParameterError(`Invalid token id ${quote(jti)}: expected 1-128 of 0-9, a-z, A-Z, '-', '_'.`);
  return jti;
}

/** The canonical JSON the audit chain uses: keys sorted at every level, so the MAC does not depend on key order. */
export { canonicalJson };

function macOf(body: unknown, macKey: Buffer): Buffer {
  return createHmac('sha256', macKey).update(canonicalJson(body)).digest();
}

/** The file's bytes for `state`: readable JSON with its MAC. */
export function sealAccessState(state: AccessState, macKey: Buffer): Buffer {
  const body = { format: ACCESS_FORMAT, generation: state.generation, assignments: state.assignments, revoked: state.revoked };
  const text = `${JSON.stringify({ ...body, mac: macOf(body, macKey).toString('base64') }, null, 2)}\n`;
  if (text.length > MAX_ACCESS_FILE_BYTES) throw new BadParameterError(`The access file would be ${text.length} bytes: the limit is ${MAX_ACCESS_FILE_BYTES}.`);
  return Buffer.from(text, 'utf8');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseRevoked(value: unknown): RevokedToken {
  if (!isRecord(value) || typeof value.jti !== 'string' || typeof value.expires !== 'string' || Number.isNaN(Date.parse(value.expires))) {
    throw new BadParameterError('a revoked entry is not { jti, expires }');
  }
  return { jti: checkJti(value.jti), expires: value.expires };
}

function parseBody(body: Record<string, unknown>): AccessState {
  const { format, generation, assignments, revoked } = body;
  if (format !== ACCESS_FORMAT) throw new BadParameterError(`the format is not ${ACCESS_FORMAT}`);
  if (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 0) throw new BadParameterError('the generation is not a whole number');
  if (!Array.isArray(assignments) || assignments.length > MAX_ASSIGNMENTS) throw new BadParameterError(`assignments is not a list of at most ${MAX_ASSIGNMENTS}`);
  if (!Array.isArray(revoked) || revoked.length > MAX_REVOKED) throw new BadParameterError(`revoked is not a list of at most ${MAX_REVOKED}`);
  return { generation, assignments: assignments.map(parseStoredRoleAssignment), revoked: revoked.map(parseRevoked) };
}

/**
 * Reads the file's bytes: the MAC is checked before anything in it is believed. Any failure —
 * not JSON, a wrong MAC, a wrong shape — is an IntegrityError naming `path`, never its content.
 */
export function openAccessState(bytes: Buffer, macKey: Buffer, path: string): AccessState {
  const fail = (why: string, cause?: unknown): IntegrityError => new IntegrityError(`The access file ${quote(path, 200)} ${why}: it was changed outside Coffer or written with another vault's key.`, cause);
  if (bytes.length > MAX_ACCESS_FILE_BYTES) throw fail(`is ${bytes.length} bytes, over the ${MAX_ACCESS_FILE_BYTES}-byte limit`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw fail('is not JSON');
  }
  if (!isRecord(parsed) || typeof parsed.mac !== 'string') throw fail('has no MAC');
  const { mac, ...body } = parsed;
  const expected = macOf(body, macKey);
  const given = Buffer.from(mac, 'base64');
  if (!constantTimeEqual(given, expected)) throw fail('fails its MAC check');
  try {
    return parseBody(body);
  } catch (error) {
    throw fail(`is malformed (${isVaultError(error) ? error.message : 'unreadable'})`, error);
  }
}

/** Drops revocations whose token has expired: a dead token needs no revocation. */
export function pruneRevoked(revoked: readonly RevokedToken[], now: Date): RevokedToken[] {
  return revoked.filter((entry) => Date.parse(entry.expires) > now.getTime());
}
