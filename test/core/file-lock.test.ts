import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FileLock } from '../../src/core/store/file-lock.js';
import { failure, summary, tempDir, type TempDir } from './helpers.js';

interface Owner {
  readonly pid: number;
  readonly host: string;
  readonly nonce: string;
  readonly started?: string;
}

/** This process's start time as /proc shows it (field 22), as the lock records it on Linux. */
function myStartTime(): string | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stat = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

const ownerOf = (path: string): Owner => JSON.parse(readFileSync(path, 'utf8')) as Owner;

/** The pid of a process that has exited (and been reaped), so nothing answers to it. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

describe('FileLock', () => {
  let temp: TempDir;
  let path: string;
  beforeEach(async () => {
    temp = await tempDir();
    path = join(temp.dir, 'vault.json.lock');
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('creates a lock file naming this process, and removes it on release', async () => {
    const lock = new FileLock(path, 100);
    await lock.acquire();
    const started = myStartTime();
    expect(ownerOf(path)).toEqual({ pid: process.pid, host: hostname(), nonce: expect.stringMatching(/^[0-9a-f]{24}$/), ...(started === undefined ? {} : { started }) });
    lock.release();
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('breaks a stale lock left by a dead process on this host, and acquires it', async () => {
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), nonce: 'dead' }));
    const lock = new FileLock(path, 100);
    await lock.acquire();
    expect(ownerOf(path).pid).toBe(process.pid);
    lock.release();
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('breaks a lock whose pid now belongs to another process (a reused pid)', async () => {
    // Our own pid is alive, but with another start time it names a process that has gone.
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'reused', started: '1' }));
    const lock = new FileLock(path, 100);
    if (myStartTime() === undefined) {
      expect((await failure(lock.acquire())).code).toBe('LockTimeout');
      return;
    }
    await lock.acquire();
    expect(ownerOf(path).nonce).not.toBe('reused');
    lock.release();
  });

  it('sweeps the temp files of owners killed mid-acquire, even empty ones, and keeps a live one', async () => {
    const tag = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    const nonce = 'ab'.repeat(12);
    const dead = deadPid();
    const stranded = [`vault.json.lock.${tag}.${dead}.${nonce}`, `vault.json.lock.break.${tag}.${dead}.${nonce}`];
    const live = `vault.json.lock.${tag}.${process.ppid}.${nonce}`;
    for (const name of [...stranded, live]) writeFileSync(join(temp.dir, name), '');
    const lock = new FileLock(path, 100);
    await lock.acquire();
    lock.release();
    expect(readdirSync(temp.dir)).toEqual([live]);
  });

  it('breaks an unreadable lock file once it is old, but not while it is fresh', async () => {
    writeFileSync(path, 'torn');
    expect((await failure(new FileLock(path, 50).acquire())).code).toBe('LockTimeout');
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    const lock = new FileLock(path, 100);
    await lock.acquire();
    expect(ownerOf(path).pid).toBe(process.pid);
    lock.release();
  });

  it('times out with LockTimeout on a live lock, naming its holder', async () => {
    const holder = new FileLock(path, 100);
    await holder.acquire();
    const held = ownerOf(path);
    const error = await failure(new FileLock(path, 50).acquire());
    expect(summary(error)).toEqual({
      code: 'LockTimeout', innerCode: undefined,
      message: `Timed out after 50 ms waiting for the lock ${path} (held by pid ${process.pid} on ${hostname()}).`,
    });
    expect(ownerOf(path)).toEqual(held);
    holder.release();
  });

  it('does not break a lock from another host, whose process it cannot check', async () => {
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: 'another-host', nonce: 'remote' }));
    expect((await failure(new FileLock(path, 50).acquire())).code).toBe('LockTimeout');
    expect(ownerOf(path).nonce).toBe('remote');
  });

  it('releases only its own lock', async () => {
    const first = new FileLock(path, 100);
    await first.acquire();
    unlinkSync(path);
    const second = new FileLock(path, 100);
    await second.acquire();
    const secondOwner = ownerOf(path);
    first.release();
    expect(ownerOf(path)).toEqual(secondOwner);
    second.release();
    expect(existsSync(path)).toBe(false);
  });

  it('hands the lock over once the holder releases it', async () => {
    const holder = new FileLock(path, 100);
    await holder.acquire();
    const waiter = new FileLock(path, 5_000);
    const waiting = waiter.acquire();
    setTimeout(() => { holder.release(); }, 20);
    await waiting;
    expect(ownerOf(path).pid).toBe(process.pid);
    waiter.release();
    expect(existsSync(path)).toBe(false);
  });
});
