/**
 * Runs key operations. A server runs them on a pool of worker threads: an RSA-4096 signature
 * costs milliseconds of CPU, and on the event loop it would stall every other request. A
 * one-shot CLI runs them inline: starting a worker costs more than the operation it would run.
 *
 * Each worker keeps the key material it was sent, by handle id, so a key crosses the thread
 * boundary once per worker; the pool mirrors each worker's cache and tells it what to evict.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BadParameterError, IntegrityError, VaultError, type InnerErrorCode, type VaultErrorCode } from '../errors.js';
import { loadEcdsa } from './ecdsa.js';
import { PreparedKeyCache, performKeyOperation } from './key-ops.js';
import type { KeyExecutor, KeyHandle, KeyRequest, KeyResult, PrivateJwk } from './key-types.js';

const MAX_DEFAULT_SIZE = 8;
const DEFAULT_KEYS_PER_WORKER = 256;
const FOREIGN_ERROR_MESSAGE = 'Key operation failed in a worker.';

/**
 * A request to a worker (they travel in arrays, one message per turn of the event loop). `jwk`
 * comes with the first request for a key; `evict` names a key to drop first.
 */
export interface WorkerRequest {
  readonly seq: number;
  readonly keyId: string;
  readonly jwk?: PrivateJwk;
  readonly evict?: string;
  readonly request: KeyRequest;
}

/** An error as it crosses the thread boundary: a message only for a VaultError, whose messages never hold values. */
export interface SerialisedError {
  readonly name: string;
  readonly code?: VaultErrorCode;
  readonly innerCode?: InnerErrorCode | undefined;
  readonly message?: string;
}

export type WorkerReply =
  | { readonly seq: number; readonly result: KeyResult }
  | { readonly seq: number; readonly error: SerialisedError };

/**
 * Copies every byte field of a message into its own exact-size buffer, to be transferred. A
 * small Buffer is a view of a shared 8 KB pool, and cloning a view clones its whole buffer:
 * other values (key bytes, in a worker) would cross the boundary with it.
 */
export function copyBytes<T extends object>(message: T): { readonly message: T; readonly transfer: ArrayBuffer[] } {
  const copy: Record<string, unknown> = {};
  const transfer: ArrayBuffer[] = [];
  for (const [name, value] of Object.entries(message)) {
    if (value instanceof Uint8Array) {
      const bytes = new Uint8Array(value);
      transfer.push(bytes.buffer);
      copy[name] = bytes;
    } else {
      copy[name] = value;
    }
  }
  return { message: copy as T, transfer };
}

/** Re-creates a worker's error in this thread, as the same class with the same code and message. */
function reviveError(error: SerialisedError): Error {
  if (error.code === undefined || error.message === undefined) return new Error(FOREIGN_ERROR_MESSAGE);
  if (error.name === 'BadParameterError') return new BadParameterError(error.message);
  if (error.name === 'IntegrityError') return new IntegrityError(error.message);
  return new VaultError(error.code, error.message, error.innerCode === undefined ? undefined : { innerCode: error.innerCode });
}

const inlineKeys = new PreparedKeyCache(DEFAULT_KEYS_PER_WORKER);

/** Runs operations on the calling thread, for a one-shot process; errors reject as thrown. */
export const inlineKeyExecutor: KeyExecutor = {
  async run(key: KeyHandle, request: KeyRequest): Promise<KeyResult> {
    if (key.jwk.kty === 'EC') await loadEcdsa();
    // The operation runs synchronously, and what it throws rejects the promise.
    return performKeyOperation(inlineKeys.get(key), request);
  },
  close(): Promise<void> {
    return Promise.resolve();
  },
};

/**
 * The worker script: `key-worker.js` beside this module, in lib/ and in a bundle (scripts/bundle.mjs
 * puts a bundled copy beside each dist/<entry>/index.js that uses keys). Under jest this module
 * runs as TypeScript from src/, where no .js file sits beside it and a worker cannot load .ts,
 * so the compiled copy at the same place under lib/ is used (`npm test` builds first).
 * The URL is built from a parameter on purpose: ncc rewrites the literal form
 * `new URL('./key-worker.js', import.meta.url)` into a path string and copies the unbundled file.
 */
export function keyWorkerUrl(moduleUrl: string = import.meta.url): URL {
  const url = new URL('./key-worker.js', moduleUrl);
  const src = url.pathname.lastIndexOf('/src/');
  if (moduleUrl.endsWith('.ts') && src >= 0) {
    url.pathname = `${url.pathname.slice(0, src)}/lib/${url.pathname.slice(src + '/src/'.length)}`;
  }
  return url;
}

interface Pending {
  readonly resolve: (result: KeyResult) => void;
  readonly reject: (error: Error) => void;
}

/** One worker thread, its in-flight requests and the key ids it holds (least recently used first). */
class PoolWorker {
  readonly worker: Worker;
  readonly #pending = new Map<number, Pending>();
  readonly #keys = new Set<string>();
  readonly #keysPerWorker: number;
  readonly #onGone: () => void;
  #nextSeq = 0;
  #gone = false;
  /** Requests posted in this turn of the event loop, sent as one message: one post per batch, not per operation. */
  #outbox: { messages: WorkerRequest[]; transfer: ArrayBuffer[] } | undefined;

  constructor(url: URL, keysPerWorker: number, onGone: () => void) {
    this.#keysPerWorker = keysPerWorker;
    this.#onGone = onGone;
    this.worker = new Worker(url, { execArgv: workerExecArgv(process.execArgv) });
    this.worker.on('message', (replies: WorkerReply[]) => { for (const reply of replies) this.#settle(reply); });
    this.worker.on('error', (error) => { this.#fail(stoppedError(`error ${codeOf(error)}`)); });
    this.worker.on('messageerror', () => { this.#fail(stoppedError('unreadable reply')); });
    this.worker.on('exit', (code) => { this.#fail(stoppedError(`exit code ${code}`)); });
    // An idle pool must never keep the process alive; run() refs the worker while it has work.
    // After the listeners: adding a 'message' listener refs the worker's port again.
    this.worker.unref();
  }

  get inFlight(): number {
    return this.#pending.size;
  }

  get keysHeld(): number {
    return this.#keys.size;
  }

  holds(keyId: string): boolean {
    return this.#keys.has(keyId);
  }

  /** Posts a request; returns whether the key material went with it. State changes only once it is posted. */
  run(key: KeyHandle, request: KeyRequest, settle: Pending): boolean {
    const seq = this.#nextSeq++;
    const held = this.#keys.has(key.id);
    const evict = held || this.#keys.size < this.#keysPerWorker ? undefined : this.#keys.values().next().value;
    const copied = copyBytes(request);
    const message: WorkerRequest = {
      seq, keyId: key.id, request: copied.message,
      ...(held ? {} : { jwk: key.jwk }),
      ...(evict === undefined ? {} : { evict }),
    };
    this.#post(message, copied.transfer);
    this.#keys.delete(key.id);
    this.#keys.add(key.id);
    if (evict !== undefined) this.#keys.delete(evict);
    if (this.#pending.size === 0) this.worker.ref();
    this.#pending.set(seq, settle);
    return !held;
  }

  /** Queues a request for this turn's message; the first one schedules the send. */
  #post(message: WorkerRequest, transfer: ArrayBuffer[]): void {
    if (this.#outbox === undefined) {
      const outbox = { messages: [] as WorkerRequest[], transfer: [] as ArrayBuffer[] };
      this.#outbox = outbox;
      queueMicrotask(() => {
        this.#outbox = undefined;
        if (!this.#gone) this.worker.postMessage(outbox.messages, outbox.transfer);
      });
    }
    this.#outbox.messages.push(message);
    this.#outbox.transfer.push(...transfer);
  }

  /** Stops the worker; its in-flight requests reject with `reason`. */
  async stop(reason: Error): Promise<void> {
    this.#fail(reason);
    await this.worker.terminate();
  }

  #settle(reply: WorkerReply): void {
    const pending = this.#pending.get(reply.seq);
    if (pending === undefined) return;
    this.#pending.delete(reply.seq);
    if (this.#pending.size === 0) this.worker.unref();
    if ('result' in reply) pending.resolve(reply.result);
    else pending.reject(reviveError(reply.error));
  }

  #fail(reason: Error): void {
    if (this.#gone) return;
    this.#gone = true;
    this.#onGone();
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    this.worker.unref();
    for (const { reject } of pending) reject(reason);
    // An 'error' is followed by an exit; terminating a worker that is already stopping is harmless.
    void this.worker.terminate();
  }
}

/**
 * The parent's node options minus --input-type: a worker inherits them, and node refuses to
 * start a worker's file under `node --input-type=module -e …` (ERR_INPUT_TYPE_NOT_ALLOWED).
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  return execArgv.filter((option, index) => !option.startsWith('--input-type=') && option !== '--input-type' && execArgv[index - 1] !== '--input-type');
}

/** The `code` of a worker's error when it is an identifier; its message could hold anything. */
function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : (error instanceof Error ? error.name : 'unknown');
}

function stoppedError(reason: string): VaultError {
  return new VaultError('StorageError', `A key worker thread stopped (${reason}) before the operation completed; the next operation starts a new worker.`);
}

function closedError(): VaultError {
  return new VaultError('StorageError', 'The key worker pool is closed: it accepts no more operations.');
}

export interface KeyWorkerPoolOptions {
  /** Worker threads at most; they start as load needs them. Default: available parallelism, 1 to 8. */
  readonly size?: number;
  /** The worker script; default keyWorkerUrl(). */
  readonly workerUrl?: URL;
  /** Keys each worker keeps; the least recently used one is evicted beyond this. Default 256. */
  readonly keysPerWorker?: number;
}

/** What one slot of the pool has done, counting every worker started in it. */
export interface KeyWorkerStats {
  readonly running: boolean;
  readonly starts: number;
  readonly inFlight: number;
  readonly requests: number;
  /** Requests that carried key material, because the worker did not hold that key yet. */
  readonly keysPosted: number;
  readonly keysHeld: number;
}

interface SlotCounters {
  starts: number;
  requests: number;
  keysPosted: number;
}

/** Runs key operations on worker threads, off the event loop. */
export class KeyWorkerPool implements KeyExecutor {
  readonly #url: URL;
  readonly #keysPerWorker: number;
  readonly #slots: (PoolWorker | undefined)[];
  readonly #counters: SlotCounters[];
  #closed = false;

  constructor(options: KeyWorkerPoolOptions = {}) {
    const size = options.size ?? Math.min(availableParallelism(), MAX_DEFAULT_SIZE);
    const keysPerWorker = options.keysPerWorker ?? DEFAULT_KEYS_PER_WORKER;
    if (!Number.isInteger(size) || size < 1) throw new BadParameterError(`Invalid key worker pool size ${size}: expected an integer of at least 1.`);
    if (!Number.isInteger(keysPerWorker) || keysPerWorker < 1) {
      throw new BadParameterError(`Invalid keys per worker ${keysPerWorker}: expected an integer of at least 1.`);
    }
    this.#url = options.workerUrl ?? keyWorkerUrl();
    this.#keysPerWorker = keysPerWorker;
    this.#slots = new Array<PoolWorker | undefined>(size).fill(undefined);
    this.#counters = Array.from({ length: size }, () => ({ starts: 0, requests: 0, keysPosted: 0 }));
  }

  get closed(): boolean {
    return this.#closed;
  }

  run(key: KeyHandle, request: KeyRequest): Promise<KeyResult> {
    if (this.#closed) return Promise.reject(closedError());
    return new Promise<KeyResult>((resolve, reject) => {
      const index = this.#pick(key.id);
      const counters = this.#counters[index] as SlotCounters;
      const worker = this.#slots[index] ?? this.#start(index);
      if (worker.run(key, request, { resolve, reject })) counters.keysPosted += 1;
      counters.requests += 1;
    });
  }

  /** Terminates the workers; in-flight operations reject, and so does any later one. */
  async close(): Promise<void> {
    this.#closed = true;
    const workers = this.#slots.filter((worker) => worker !== undefined);
    this.#slots.fill(undefined);
    await Promise.all(workers.map((worker) => worker.stop(closedError())));
  }

  stats(): KeyWorkerStats[] {
    return this.#slots.map((worker, index) => ({
      ...(this.#counters[index] as SlotCounters),
      running: worker !== undefined,
      inFlight: worker?.inFlight ?? 0,
      keysHeld: worker?.keysHeld ?? 0,
    }));
  }

  /** Tests only: the running worker threads, so that a test can kill one mid-flight. */
  workersForTest(): Worker[] {
    return this.#slots.flatMap((worker) => (worker === undefined ? [] : [worker.worker]));
  }

  /** The least busy slot; on a tie, one whose worker holds the key, then any running one, before starting another. */
  #pick(keyId: string): number {
    let best = 0;
    let bestRank = Infinity;
    this.#slots.forEach((worker, index) => {
      const affinity = worker === undefined ? 2 : worker.holds(keyId) ? 0 : 1;
      const rank = (worker?.inFlight ?? 0) * 3 + affinity;
      if (rank < bestRank) {
        best = index;
        bestRank = rank;
      }
    });
    return best;
  }

  #start(index: number): PoolWorker {
    const worker: PoolWorker = new PoolWorker(this.#url, this.#keysPerWorker, () => {
      if (this.#slots[index] === worker) this.#slots[index] = undefined;
    });
    this.#slots[index] = worker;
    (this.#counters[index] as SlotCounters).starts += 1;
    return worker;
  }
}

let shared: KeyWorkerPool | undefined;

/** The process-wide pool, started on first use, so that a server's requests and a bench share one. */
export function defaultKeyExecutor(): KeyWorkerPool {
  if (shared === undefined || shared.closed) shared = new KeyWorkerPool();
  return shared;
}
