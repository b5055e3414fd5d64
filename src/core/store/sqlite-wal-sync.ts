/**
 * Durable commits without blocking the event loop. With synchronous=FULL, SQLite fsyncs the
 * write-ahead log inside COMMIT, on the main thread, and a server would stop answering for the
 * length of every fsync. Instead the database runs with synchronous=NORMAL (in WAL mode: never
 * corrupt; SQLite syncs the log before each checkpoint and the database after it) and the store
 * fsyncs the log itself on the thread pool after each commit, releasing no result (and
 * acknowledging no write) before that fsync returns. The outcome is FULL's: an acknowledged
 * commit survives power loss.
 *
 * One fsync runs at a time; the commits that land while it runs share the next one (group
 * commit). After a failed fsync every later one fails too: Linux reports a lost write-back once,
 * so a later fsync that returns 0 does not mean that the commits before it reached the disk.
 */
import { closeSync, fstatSync, fsync, openSync } from 'node:fs';

export class WalSync {
  readonly #path: string;
  #fd: number | undefined;
  /** The fsync running now, if any. */
  #running: Promise<void> | undefined;
  /** The fsync that starts when the running one ends, shared by every commit waiting for it. */
  #next: Promise<void> | undefined;
  #failure: Error | undefined;

  constructor(databasePath: string) {
    this.#path = `${databasePath}-wal`;
  }

  /** Resolves once everything committed before the call is on stable storage; rejects if it cannot be. */
  sync(): Promise<void> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    // A waiting fsync starts after this call, so it covers this caller's commit.
    if (this.#next !== undefined) return this.#next;
    if (this.#running === undefined) return this.#start();
    const next = this.#running.catch(() => undefined).then(() => {
      this.#next = undefined;
      return this.#start();
    });
    this.#next = next;
    return next;
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  #start(): Promise<void> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const running = new Promise<void>((resolve, reject) => {
      fsync(this.#current(), (error) => {
        if (error === null) resolve();
        else reject(error);
      });
    }).catch((error: unknown) => {
      // Not `instanceof Error`: errors from node's own modules may come from another realm.
      this.#failure ??= typeof error === 'object' && error !== null ? error as Error : new Error('fsync failed');
      throw this.#failure;
    }).finally(() => {
      if (this.#running === running) this.#running = undefined;
    });
    this.#running = running;
    return running;
  }

  /**
   * The open log. SQLite deletes the log only when the last connection closes, and this store's
   * connection is open, so the file stays; if it was unlinked all the same (no links left), the
   * current one is opened.
   */
  #current(): number {
    if (this.#fd !== undefined && fstatSync(this.#fd).nlink > 0) return this.#fd;
    this.close();
    this.#fd = openSync(this.#path, 'r');
    return this.#fd;
  }
}
