/**
 * An exclusive lock between processes on one host, as a lock file beside the vault.
 *
 * Node has no flock(), so the lock is a file created atomically with link() (it exists
 * complete or not at all) holding the owner's pid, host and a random nonce. A lock whose
 * owner is on this host and no longer alive — a writer killed with SIGKILL — is stale and is
 * broken. Breaking goes through a second, short-lived lock so that two processes cannot both
 * break the same stale lock and then both believe they own the fresh one.
 */
import { closeSync, linkSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { createHash, randomBytes } from 'node:crypto';
import { VaultError } from '../errors.js';

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly nonce: string;
  /** When the owner started (Linux: clock ticks since boot), so that a reused pid is not mistaken for it. */
  readonly started?: string;
}

/** A breaker lock older than this whose owner is unknown was left by a crash mid-break. */
const BREAKER_STALE_MS = 2_000;

/** A process's start time from /proc (field 22 of stat); undefined where there is no /proc. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerIsAlive(owner: LockOwner): boolean {
  if (!processExists(owner.pid)) return false;
  // Containers restart pid numbering: a live process with the owner's pid may be another one.
  return owner.started === undefined || startTimeOf(owner.pid) === owner.started;
}

function readOwner(path: string): LockOwner | undefined | 'gone' {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.nonce === 'string') {
      return { pid: value.pid, host: value.host, nonce: value.nonce, ...(typeof value.started === 'string' ? { started: value.started } : {}) };
    }
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : undefined;
  }
}

/** Creates `path` holding `owner`, atomically, or returns false if it exists. */
/**
 * The temp file tryCreate links from. Its name says whose it is (host tag, pid), so that one
 * stranded by a kill between open and write — empty, with no owner inside — can still be
 * judged and swept.
 */
function tempFor(path: string, owner: LockOwner): string {
  return `${path}.${hostTag(owner.host)}.${owner.pid}.${owner.nonce}`;
}

function hostTag(host: string): string {
  return createHash('sha256').update(host).digest('hex').slice(0, 8);
}

function tryCreate(path: string, owner: LockOwner): boolean {
  const temp = tempFor(path, owner);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function removeIfOwnedBy(path: string, nonce: string): void {
  const current = readOwner(path);
  if (typeof current === 'object' && current.nonce === nonce) unlinkQuietly(path);
}

function isStale(owner: LockOwner | undefined, path: string, host: string): boolean {
  if (owner === undefined) {
    // Unreadable content cannot come from tryCreate; only an old leftover is broken.
    try {
      return Date.now() - statSync(path).mtimeMs > BREAKER_STALE_MS;
    } catch {
      return false;
    }
  }
  return owner.host === host && !ownerIsAlive(owner);
}

/**
 * Removes the `<lock>.<nonce>` files of tryCreate whose process died between creating and
 * unlinking them (a SIGKILL mid-acquire); a live process's file is never stale.
 */
function sweepStrandedTemps(path: string, host: string): void {
  const prefix = `${basename(path)}.`;
  const mine = hostTag(host);
  for (const entry of readdirSync(dirname(path))) {
    if (!entry.startsWith(prefix)) continue;
    const match = /^(?:break\.)?([0-9a-f]{8})\.(\d+)\.[0-9a-f]{24}$/.exec(entry.slice(prefix.length));
    if (match?.[1] !== mine) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && !processExists(pid)) unlinkQuietly(join(dirname(path), entry));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const MY_START_TIME = startTimeOf(process.pid);

function myself(host: string): LockOwner {
  return { pid: process.pid, host, nonce: randomBytes(12).toString('hex'), ...(MY_START_TIME === undefined ? {} : { started: MY_START_TIME }) };
}

export class FileLock {
  readonly #path: string;
  readonly #timeoutMs: number;
  readonly #host = hostname();
  #held: LockOwner | undefined;

  constructor(path: string, timeoutMs = 30_000) {
    this.#path = path;
    this.#timeoutMs = timeoutMs;
  }

  async acquire(): Promise<void> {
    if (this.#held !== undefined) throw new Error('FileLock is not reentrant');
    const deadline = Date.now() + this.#timeoutMs;
    for (let attempt = 0; ; attempt += 1) {
      const owner = myself(this.#host);
      if (tryCreate(this.#path, owner)) {
        this.#held = owner;
        sweepStrandedTemps(this.#path, this.#host);
        return;
      }
      const current = readOwner(this.#path);
      if (current !== 'gone' && isStale(current, this.#path, this.#host)) {
        // Retry at once only if this call broke it; another breaker at work gets the usual wait.
        if (this.#breakStale(current)) continue;
      }
      if (Date.now() > deadline) {
        const who = typeof current === 'object' ? ` (held by pid ${current.pid} on ${current.host})` : '';
        throw new VaultError('LockTimeout', `Timed out after ${this.#timeoutMs} ms waiting for the lock ${this.#path}${who}.`);
      }
      await sleep(Math.min(50, 2 + attempt) * (0.5 + Math.random()));
    }
  }

  release(): void {
    if (this.#held === undefined) return;
    const nonce = this.#held.nonce;
    this.#held = undefined;
    removeIfOwnedBy(this.#path, nonce);
  }

  /** Breaks the lock judged stale; true if this call removed it. */
  #breakStale(stale: LockOwner | undefined): boolean {
    const breaker = `${this.#path}.break`;
    const me = myself(this.#host);
    if (!tryCreate(breaker, me)) {
      const other = readOwner(breaker);
      if (other !== 'gone' && isStale(other, breaker, this.#host)) {
        if (typeof other === 'object') removeIfOwnedBy(breaker, other.nonce);
        else unlinkQuietly(breaker);
      }
      return false;
    }
    try {
      // Re-read under the breaker: only the very lock judged stale may go.
      const again = readOwner(this.#path);
      if (again === 'gone') return true;
      const same = stale === undefined ? again === undefined : typeof again === 'object' && again.nonce === stale.nonce;
      if (same) unlinkQuietly(this.#path);
      return same;
    } finally {
      removeIfOwnedBy(breaker, me.nonce);
    }
  }
}
