/**
 * The key worker thread (see key-executor.ts): runs the operations of each message (an array,
 * in order) with the key material it keeps by handle id, and replies with one array of results
 * or serialised errors. The pool
 * decides what this thread keeps and evicts, so both sides agree on which keys it holds.
 */
import { parentPort } from 'node:worker_threads';
import { VaultError } from '../errors.js';
import { copyBytes, type SerialisedError, type WorkerReply, type WorkerRequest } from './key-executor.js';
import { loadEcdsa } from './ecdsa.js';
import { PreparedKey, performKeyOperation } from './key-ops.js';
import type { PrivateJwk } from './key-types.js';

/** Only a VaultError keeps its message: ours quote names and sizes; any other could quote key bytes. */
function serialiseError(error: unknown): SerialisedError {
  if (error instanceof VaultError) return { name: error.name, code: error.code, innerCode: error.innerCode, message: error.message };
  return { name: 'Error' };
}

/** A request for a key this thread does not hold means the pool lost track: a bug, never a caller's error. */
function unknownKey(): VaultError {
  return new VaultError('StorageError', 'The key worker was sent no key material for this key.');
}

/** Keys by handle id, parsed on first use; a key that fails to parse stays a JWK and fails again as it would inline. */
const keys = new Map<string, PrivateJwk | PreparedKey>();

function prepared(keyId: string): PreparedKey {
  const key = keys.get(keyId);
  if (key === undefined) throw unknownKey();
  if (key instanceof PreparedKey) return key;
  const parsed = PreparedKey.of(key);
  keys.set(keyId, parsed);
  return parsed;
}

function handle(message: WorkerRequest): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  if (message.evict !== undefined) keys.delete(message.evict);
  if (message.jwk !== undefined) keys.set(message.keyId, message.jwk);
  try {
    const copied = copyBytes(performKeyOperation(prepared(message.keyId), message.request));
    return { reply: { seq: message.seq, result: copied.message }, transfer: copied.transfer };
  } catch (error) {
    return { reply: { seq: message.seq, error: serialiseError(error) }, transfer: [] };
  }
}

const port = parentPort;
if (port === null) throw new Error('key-worker.js runs only as a worker thread of a KeyWorkerPool.');
// A worker is long-lived: load ECDSA once, before the first message (which waits in the port).
await loadEcdsa();
port.on('message', (messages: WorkerRequest[]) => {
  // One message holds the requests of one turn of the pool's event loop; one reply answers them.
  const handled = messages.map(handle);
  try {
    port.postMessage(handled.map(({ reply }) => reply), handled.flatMap(({ transfer }) => transfer));
  } catch {
    // A reply that cannot be sent fails alone: each goes on its own, and a failing one as an error.
    handled.forEach(({ reply, transfer }) => {
      try {
        port.postMessage([reply], transfer);
      } catch (error) {
        port.postMessage([{ seq: reply.seq, error: serialiseError(error) }] satisfies WorkerReply[]);
      }
    });
  }
});
