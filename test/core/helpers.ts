/**
 * Shared test fixtures for the core: a fixed clock, a seeded random source, fixed master keys,
 * temp folders and a temp vault, so that every core test is exact and leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { principal, type Principal } from '../../src/core/access/principal.js';
import type { Authorizer } from '../../src/core/access/decision.js';
import type { AuditRecord } from '../../src/core/audit/record.js';
import type { RandomSource } from '../../src/core/crypto/envelope.js';
import { MasterKey } from '../../src/core/crypto/master-key.js';
import { inlineKeyExecutor } from '../../src/core/crypto/key-executor.js';
import type { KeyExecutor } from '../../src/core/crypto/key-types.js';
import { VaultError } from '../../src/core/errors.js';
import { FileStore } from '../../src/core/store/file-store.js';
import { LocalVault } from '../../src/core/vault.js';

export const T0 = new Date('2025-01-01T00:00:00.000Z');
export const DAY_MS = 86_400_000;

/** A clock that only moves when a test moves it. Pass `clock.now` where a clock is taken. */
export class FixedClock {
  #ms: number;

  constructor(start: Date = T0) {
    this.#ms = start.getTime();
  }

  readonly now = (): Date => new Date(this.#ms);

  advance(ms: number): void {
    this.#ms += ms;
  }
}

/** Deterministic bytes: SHA-256 of `seed:counter`, block after block. Tests only. */
export function seededRandom(seed: string): RandomSource {
  let counter = 0;
  return (size: number): Buffer => {
    const out = Buffer.alloc(size);
    for (let filled = 0; filled < size; counter += 1) {
      filled += createHash('sha256').update(`${seed}:${counter}`).digest().copy(out, filled);
    }
    return out;
  };
}

/** Fixed master keys: the key a test vault is created with, and another one. */
export const TEST_KEY = MasterKey.parse(Buffer.alloc(32, 0x11).toString('base64'));
export const OTHER_KEY = MasterKey.parse(Buffer.alloc(32, 0x22).toString('base64'));

export const TESTER: Principal = principal('tester@ci', { user: 'tester', host: 'ci' });

export interface TempDir {
  readonly dir: string;
  readonly cleanup: () => Promise<void>;
}

export async function tempDir(): Promise<TempDir> {
  const dir = await mkdtemp(join(tmpdir(), 'coffer-core-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface TempVaultOptions {
  readonly seed?: string;
  readonly recoverableDays?: number;
  readonly authorizer?: Authorizer;
  readonly who?: Principal;
  /** Key operations: the inline executor unless a test asks for another (the default pool, say). */
  readonly keyExecutor?: KeyExecutor;
  /** Where the fixed clock starts (T0 unless given): certificates checked by openssl need today. */
  readonly start?: Date;
}

export interface TempVault {
  readonly dir: string;
  readonly path: string;
  readonly auditPath: string;
  readonly clock: FixedClock;
  readonly vault: LocalVault;
  /** Another LocalVault over the same file, as a second process would open it. */
  open(key?: MasterKey, options?: { authorizer?: Authorizer; who?: Principal }): LocalVault;
  fileBytes(): Buffer;
  auditLines(): string[];
  auditRecords(): AuditRecord[];
  lastRecord(): AuditRecord;
  cleanup(): Promise<void>;
}

/** A new vault file (creation already audited as record 1) in a fresh temp folder. */
export async function tempVault(options: TempVaultOptions = {}): Promise<TempVault> {
  const { dir, cleanup } = await tempDir();
  const path = join(dir, 'vault.json');
  const auditPath = `${path}.audit.jsonl`;
  const clock = new FixedClock(options.start);
  const random = seededRandom(options.seed ?? 'vault');
  const vaultOf = (store: FileStore, authorizer?: Authorizer, who?: Principal): LocalVault => new LocalVault(store, {
    principal: who ?? options.who ?? TESTER, clock: clock.now, random, keyExecutor: options.keyExecutor ?? inlineKeyExecutor,
    ...(authorizer === undefined ? {} : { authorizer }),
  });
  const store = FileStore.create(path, TEST_KEY, { random, ...(options.recoverableDays === undefined ? {} : { recoverableDays: options.recoverableDays }) });
  const vault = vaultOf(store, options.authorizer);
  await vault.recordCreation();
  const auditLines = (): string[] => readFileSync(auditPath, 'utf8').split('\n').filter((line) => line.length > 0);
  const auditRecords = (): AuditRecord[] => auditLines().map((line) => JSON.parse(line) as AuditRecord);
  return {
    dir, path, auditPath, clock, vault, auditLines, auditRecords, cleanup,
    open: (key = TEST_KEY, opened = {}) => vaultOf(FileStore.open(path, key, { random }), opened.authorizer, opened.who),
    fileBytes: () => readFileSync(path),
    lastRecord: () => {
      const last = auditRecords().at(-1);
      if (last === undefined) throw new Error('the audit log is empty');
      return last;
    },
  };
}

/** A short stand-in for file bytes in assertions: comparing big buffers byte by byte is slow. */
export function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Awaits an operation that must fail with a VaultError, and returns that error. */
export async function failure(operation: Promise<unknown> | (() => unknown)): Promise<VaultError> {
  try {
    await (typeof operation === 'function' ? operation() : operation);
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected the operation to fail with a VaultError');
}

/** The parts of an error that tests assert exactly. */
export function summary(error: VaultError): { code: string; innerCode: string | undefined; message: string } {
  return { code: error.code, innerCode: error.innerCode, message: error.message };
}
