/**
 * Durable commits without blocking the event loop. With synchronous=FULL, SQLite fsyncs the
 * write-ahead log inside COMMIT, on the main thread, and a server would stop answering for the
 * length of every fsync. Instead the database runs with synchronous=NORMAL (in WAL mode: never
 * corrupt; SQLite syncs the log before each checkpoint and the database after it) and the store
 * fsyncs the log itself on the thread pool after each commit, releasing no result (and
 * acknowledging no write) before that fsync returns. The outcome is FULL's: an acknowledged
 * commit survives power loss. Commits that land while one fsync runs are covered by the next.
 */
import { closeSync, fstatSync, fsync, openSync } from 'node:fs';

export class WalSync {
  readonly #path: string;
  #fd: number | undefined;

  constructor(databasePath: string) {
    this.#path = `${databasePath}-wal`;
  }

  /** Flushes everything committed so far to stable storage; rejects if the system cannot. */
  async sync(): Promise<void> {
    const fd = this.#current();
    await new Promise<void>((resolve, reject) => {
      fsync(fd, (error) => { if (error === null) resolve(); else reject(error); });
    });
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
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
