/**
 * Concurrent writers: two processes that write the same vault at once must never lose each
 * other's writes. Both open the vault, report ready, and start on one shared signal, so their
 * writes contend for the lock from the first one on.
 */
import { describe, expect, it } from '@jest/globals';
import { createScratchVault, type ScratchVault } from '../fixtures/scratch-vault.mjs';
import { startWriter, type Ack } from '../fixtures/start-writer.mjs';
import { auditProblems, readBack } from '../fixtures/vault-check.mjs';
import type { WritePlan } from '../fixtures/workload.mjs';
import type { LocalVault } from '../../src/core/vault.js';

/** Runs two writers of `plan` together; returns every write they acknowledged. */
async function writeTogether(scratch: ScratchVault, plan: WritePlan, count: number): Promise<Ack[]> {
  const writers = ['a', 'b'].map((writerId) => startWriter({ vault: scratch.path, key: scratch.key, plan, writerId, count, waitForGo: true }));
  expect(await Promise.all(writers.map((writer) => writer.ready))).toEqual([true, true]);
  for (const writer of writers) writer.go();
  const exits = await Promise.all(writers.map((writer) => writer.exited));
  expect(exits).toEqual([{ code: 0, signal: null, stderr: '' }, { code: 0, signal: null, stderr: '' }]);
  return writers.flatMap((writer) => writer.acks);
}

/** The audit records' sequence numbers, in log order. */
async function auditSeqs(vault: LocalVault): Promise<number[]> {
  const seqs: number[] = [];
  for await (const record of vault.readAudit()) seqs.push(record.seq);
  return seqs;
}

/** Checks the acks read back exactly and the chain verifies with seq 1, 2, 3, … */
async function expectIntact(vault: LocalVault, acks: readonly Ack[]): Promise<void> {
  expect(await readBack(vault, acks)).toEqual([]);
  expect(await auditProblems(vault)).toEqual([]);
  const seqs = await auditSeqs(vault);
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
}

const sorted = (items: readonly string[]): string[] => [...items].sort();

describe('two writer processes at once', () => {
  it('each setting 200 versions of one secret: all 400 versions are kept, each with its value', async () => {
    const scratch = await createScratchVault('versions');
    try {
      const acks = await writeTogether(scratch, 'versions', 200);
      expect(acks).toHaveLength(400);
      const vault = scratch.open();
      const versions = (await vault.listPropertiesOfSecretVersions('shared')).map((p) => p.version);
      expect(versions).toHaveLength(400);
      expect(new Set(versions).size).toBe(400);
      expect(sorted(versions)).toEqual(sorted(acks.map((ack) => ack.version)));
      await expectIntact(vault, acks);
      await vault.close();
    } finally {
      scratch.remove();
    }
  }, 60_000);

  it('each adding 100 secrets: all 200 secrets are kept, each with its value', async () => {
    const scratch = await createScratchVault('names');
    try {
      const acks = await writeTogether(scratch, 'names', 100);
      expect(acks).toHaveLength(200);
      const vault = scratch.open();
      const names = (await vault.listPropertiesOfSecrets()).map((p) => p.name);
      expect(sorted(names)).toEqual(sorted(acks.map((ack) => ack.name)));
      await expectIntact(vault, acks);
      await vault.close();
    } finally {
      scratch.remove();
    }
  }, 60_000);
});
