// Builds an n-secret vault file fast: one store transaction that sets every secret and writes one
// audit record. n separate sets would rewrite the file n times (O(n²)); the bench measures the
// single set, not the filling.
import { randomBytes, randomUUID } from 'node:crypto';
import { principal } from '../lib/core/access/principal.js';
import { auditEvent } from '../lib/core/audit/event.js';
import { chainRecord } from '../lib/core/audit/record.js';
import { setSecret } from '../lib/core/secrets.js';
import { FileStore } from '../lib/core/store/file-store.js';
import { valueFor } from '../test/fixtures/workload.mjs';

const BUILDER = principal('coffer-bench');

/** The name of the i-th bench secret; zero-padded so the file's order is the numeric order. */
export const benchName = (i) => `secret-${String(i).padStart(5, '0')}`;

/** The audit record of the filling transaction, built the way LocalVault builds one per operation. */
function fillRecord(store, count, started) {
  return (head, outcome) => chainRecord(
    auditEvent({
      operationName: 'SecretSet', vaultId: store.vaultId, who: BUILDER, started, finished: new Date(),
      correlationId: randomUUID(), id: '/secrets', extra: { benchFill: count },
    }),
    head, outcome.generation, (text) => store.keys.auditMac(text));
}

/**
 * Creates `path` holding `count` secrets of 64–256 bytes, one version each: a vault file, or
 * with `create` another store (SqliteStore.create for the server's bench).
 */
export async function buildVault(path, masterKey, count, create = (p, k) => FileStore.create(p, k)) {
  const store = create(path, masterKey);
  const now = new Date();
  const ctx = {
    vaultId: store.vaultId, keys: store.keys, now, recoverableDays: store.recoverableDays,
    newVersion: () => randomBytes(16).toString('hex'),
  };
  await store.transact((tx) => {
    for (let i = 0; i < count; i += 1) setSecret(tx, ctx, benchName(i), valueFor(`bench.${i}`));
  }, fillRecord(store, count, now));
  await store.close();
}
