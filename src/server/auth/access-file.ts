/**
 * `<data-dir>/access.json` as the server and the CLI share it. Every change runs under a lock
 * file, re-reads the file, writes it durably (0600), and is then audited through the vault; if
 * the audit record cannot be written the previous content is put back and the change fails
 * (fail closed). The server picks up other processes' changes with reloadIfChanged().
 *
 * Rollback: a file whose generation is below one this process has seen, or that vanished
 * after one existed, is refused (IntegrityError) — an old file would un-revoke tokens.
 */
import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { BadParameterError, IntegrityError, VaultError, quote } from '../../core/errors.js';
import { readFully, replaceFileDurably } from '../../core/store/durable-file.js';
import { FileLock } from '../../core/store/file-lock.js';
import { createRoleAssignment } from '../../core/access/assignment-parse.js';
import type { StoredRoleAssignment } from '../../core/access/assignments.js';
import type { RandomSource } from '../../core/crypto/envelope.js';
import type { Principal } from '../../core/access/principal.js';
import type { RequestRecord } from '../../core/vault.js';
import {
  EMPTY_ACCESS_STATE, MAX_ACCESS_FILE_BYTES, canonicalJson, MAX_ASSIGNMENTS, MAX_REVOKED, checkJti, openAccessState, pruneRevoked, sealAccessState,
  type AccessState, type RevokedToken,
} from './access-state.js';

/** Who asks for a change, and where it is audited (LocalVault.record in production). */
export interface ChangeContext {
  readonly who: Principal;
  readonly record: (entry: RequestRecord) => Promise<void>;
  readonly correlationId?: string;
  readonly callerIpAddress?: string;
}

export interface AccessFileOptions {
  readonly clock?: () => Date;
  readonly random?: RandomSource;
  readonly lockTimeoutMs?: number;
}

/** What reloadIfChanged compares: cheap to get, and changed by every replace. */
interface FileSignature { readonly ino: number; readonly size: number; readonly mtimeMs: number }

const RELOAD_INTERVAL_MS = 1_000;

/** Reads the file if it exists, bounded; undefined if it does not. */
function readAccessBytes(path: string): { bytes: Buffer; signature: FileSignature } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new VaultError('StorageError', `Could not read ${quote(path, 200)}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`, { cause: error });
  }
  try {
    const stat = fstatSync(fd);
    const bytes = readFully(fd, 0, Math.min(stat.size, MAX_ACCESS_FILE_BYTES + 1));
    return { bytes, signature: { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs } };
  } finally {
    closeSync(fd);
  }
}

function sameSignature(a: FileSignature | undefined, b: FileSignature | undefined): boolean {
  return a?.ino === b?.ino && a?.size === b?.size && a?.mtimeMs === b?.mtimeMs;
}

export class AccessFile {
  readonly path: string;
  readonly #macKey: Buffer;
  readonly #clock: () => Date;
  readonly #random: RandomSource;
  readonly #lockTimeoutMs: number;
  #state: AccessState = EMPTY_ACCESS_STATE;
  #revoked = new Set<string>();
  #signature: FileSignature | undefined;
  #lastCheck = 0;
  #failure: IntegrityError | undefined;

  private constructor(path: string, macKey: Buffer, options: AccessFileOptions) {
    this.path = path;
    this.#macKey = macKey;
    this.#clock = options.clock ?? (() => new Date());
    this.#random = options.random ?? randomBytes;
    this.#lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
  }

  /** Opens `path`; a missing file is an empty one (a fresh data dir). IntegrityError if its MAC fails. */
  static load(path: string, macKey: Buffer, options: AccessFileOptions = {}): AccessFile {
    const file = new AccessFile(path, macKey, options);
    file.#readFromDisk();
    file.#lastCheck = file.#clock().getTime();
    return file;
  }

  get generation(): number {
    this.#throwIfFailed();
    return this.#state.generation;
  }

  get assignments(): readonly StoredRoleAssignment[] {
    this.#throwIfFailed();
    return this.#state.assignments;
  }

  get revoked(): readonly RevokedToken[] {
    this.#throwIfFailed();
    return this.#state.revoked;
  }

  isRevoked(jti: string): boolean {
    this.#throwIfFailed();
    return this.#revoked.has(jti);
  }

  /**
   * Re-reads the file if its inode, size or mtime changed, at most once a second. True if the
   * content was replaced. A file that fails its check leaves this object failing every call
   * (fail closed) until a good file appears.
   */
  reloadIfChanged(): boolean {
    const now = this.#clock().getTime();
    if (now - this.#lastCheck < RELOAD_INTERVAL_MS && this.#failure === undefined) return false;
    this.#lastCheck = now;
    let current: FileSignature | undefined;
    try {
      const stat = statSync(this.path);
      current = { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
    } catch {
      current = undefined;
    }
    if (this.#failure === undefined && sameSignature(current, this.#signature)) return false;
    const before = this.#state.generation;
    this.#readFromDisk();
    return this.#state.generation !== before;
  }

  /** Adds a role assignment (validated; a fresh id). Audited as RoleAssignmentCreate. */
  async assign(input: unknown, context: ChangeContext): Promise<StoredRoleAssignment> {
    return this.#change(context, 'RoleAssignmentCreate', (state) => {
      const assignment = createRoleAssignment(input, this.#clock(), this.#random);
      if (state.assignments.length >= MAX_ASSIGNMENTS) throw new BadParameterError(`There are ${MAX_ASSIGNMENTS} role assignments, the limit: remove one first.`);
      const same = state.assignments.find((a) => sameGrant(a, assignment));
      if (same !== undefined) throw new VaultError('Conflict', `Role assignment ${same.id} already grants this.`);
      return { state: { ...state, assignments: [...state.assignments, assignment] }, result: assignment, id: `/roleassignments/${assignment.id}`, extra: grantExtra(assignment) };
    }, input);
  }

  /** Removes a role assignment by id. Audited as RoleAssignmentDelete. */
  async remove(id: string, context: ChangeContext): Promise<StoredRoleAssignment> {
    return this.#change(context, 'RoleAssignmentDelete', (state) => {
      const found = state.assignments.find((a) => a.id === id);
      if (found === undefined) throw new BadParameterError(`No role assignment ${quote(id)}.`);
      return { state: { ...state, assignments: state.assignments.filter((a) => a !== found) }, result: found, id: `/roleassignments/${found.id}`, extra: grantExtra(found) };
    }, { id });
  }

  /** Refuses the token with id `jti` until `expires`. Audited as TokenRevoke. */
  async revoke(jti: string, expires: Date, context: ChangeContext): Promise<void> {
    await this.#change(context, 'TokenRevoke', (state) => {
      checkJti(jti);
      if (Number.isNaN(expires.getTime())) throw new BadParameterError('Invalid expiry: not a date.');
      const others = state.revoked.filter((entry) => entry.jti !== jti);
      if (others.length >= MAX_REVOKED) throw new BadParameterError(`There are ${MAX_REVOKED} unexpired revocations, the limit.`);
      return { state: { ...state, revoked: [...others, { jti, expires: expires.toISOString() }] }, result: undefined, id: `/tokens/${jti}`, extra: { expires: expires.toISOString() } };
    }, { jti });
  }

  #throwIfFailed(): void {
    if (this.#failure !== undefined) throw this.#failure;
  }

  #readFromDisk(): void {
    const read = readAccessBytes(this.path);
    try {
      const state = read === undefined ? this.#missing() : openAccessState(read.bytes, this.#macKey, this.path);
      if (state.generation < this.#state.generation) {
        throw new IntegrityError(`The access file ${quote(this.path, 200)} went back from generation ${this.#state.generation} to ${state.generation}: an older copy was restored.`);
      }
      this.#adopt(state, read?.signature);
    } catch (error) {
      if (error instanceof IntegrityError) this.#failure = error;
      throw error;
    }
  }

  #missing(): AccessState {
    if (this.#state.generation > 0) throw new IntegrityError(`The access file ${quote(this.path, 200)} was removed after generation ${this.#state.generation}.`);
    return EMPTY_ACCESS_STATE;
  }

  #adopt(state: AccessState, signature: FileSignature | undefined): void {
    this.#state = state;
    this.#revoked = new Set(state.revoked.map((entry) => entry.jti));
    this.#signature = signature;
    this.#failure = undefined;
  }

  /**
   * One change: lock, re-read, apply, write, audit. If the audit fails, the previous content
   * is written back under a newer generation (so that a reader who saw the change does not
   * take the restore for a rollback), and the audit error is thrown.
   */
  async #change<T>(context: ChangeContext, operationName: string, apply: (state: AccessState) => Change<T>, subject: unknown): Promise<T> {
    const started = this.#clock();
    const lock = new FileLock(`${this.path}.lock`, this.#lockTimeoutMs);
    await lock.acquire();
    try {
      this.#readFromDisk();
      const previous = this.#state;
      let change: Change<T>;
      try {
        change = apply(previous);
      } catch (error) {
        await context.record(requestRecord(context, operationName, started, subjectId(subject), { error })).catch(() => undefined);
        throw error;
      }
      const next: AccessState = { ...change.state, generation: previous.generation + 1, revoked: pruneRevoked(change.state.revoked, this.#clock()) };
      this.#write(next);
      try {
        await context.record(requestRecord(context, operationName, started, change.id, { extra: change.extra }));
      } catch (error) {
        this.#write({ ...previous, generation: next.generation + 1 });
        throw error;
      }
      return change.result;
    } finally {
      lock.release();
    }
  }

  #write(state: AccessState): void {
    replaceFileDurably(this.path, sealAccessState(state, this.#macKey), 0o600);
    this.#adopt(state, readAccessBytes(this.path)?.signature);
  }
}

interface Change<T> {
  readonly state: AccessState;
  readonly result: T;
  readonly id: string;
  readonly extra: Readonly<Record<string, string>>;
}

function requestRecord(context: ChangeContext, operationName: string, started: Date, id: string | undefined,
  more: { readonly error?: unknown; readonly extra?: Readonly<Record<string, string>> }): RequestRecord {
  return {
    operationName, who: context.who, started,
    ...(context.correlationId === undefined ? {} : { correlationId: context.correlationId }),
    ...(context.callerIpAddress === undefined ? {} : { callerIpAddress: context.callerIpAddress }),
    ...(id === undefined ? {} : { id }),
    ...more,
  };
}

/** The audit id of a refused change: the assignment or token it named, if it named one plainly. */
function subjectId(subject: unknown): string | undefined {
  const { id, jti } = (typeof subject === 'object' && subject !== null ? subject : {}) as { id?: unknown; jti?: unknown };
  if (typeof id === 'string' && /^[0-9a-f]{32}$/.test(id)) return `/roleassignments/${id}`;
  if (typeof jti === 'string' && /^[0-9A-Za-z_-]{1,128}$/.test(jti)) return `/tokens/${jti}`;
  return undefined;
}

function grantExtra(assignment: StoredRoleAssignment): Record<string, string> {
  return { role: assignment.role, scope: assignment.scope, principal: canonicalJson(assignment.principal) };
}

function sameGrant(a: StoredRoleAssignment, b: StoredRoleAssignment): boolean {
  return a.role === b.role && a.scope.toLowerCase() === b.scope.toLowerCase() && canonicalJson(a.principal) === canonicalJson(b.principal)
    && canonicalJson(a.allow ?? {}) === canonicalJson(b.allow ?? {});
}
