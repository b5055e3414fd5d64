// Sign throughput through the vault core against raw node:crypto on the same keys, in one run.
//
// Raw: crypto.sign with a callback (OpenSSL on libuv's thread pool, one thread per core),
// CONCURRENCY in flight.
// Vault: LocalVault over a vault file with its audit log, keys on a KeyWorkerPool with one worker
// per core, the same CONCURRENCY in flight; every signature is audited (group-committed: one
// fsync per batch) before it is returned. The two alternate in ROUNDS rounds of ROUND_MS each,
// so that the machine's drift hits both alike; the figure is the median round. Azure Key Vault's
// published limit for software RSA-2048 and EC keys is 4,000 operations per 10 s per vault.
//
// Prints a table, then one JSON line with every figure. Writes only to a temp folder.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes, sign as nodeSign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MasterKey } from '../lib/core/crypto/master-key.js';
import { KeyWorkerPool } from '../lib/core/crypto/key-executor.js';
import { principal } from '../lib/core/access/principal.js';
import { FileStore } from '../lib/core/store/file-store.js';
import { LocalVault } from '../lib/core/vault.js';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

// Both sides get one thread per core: raw node:crypto runs on libuv's pool, which has 4 threads
// by default; on a busy 2-core machine 4 threads would take a larger share of the CPU than the
// vault's 2 workers, and the ratio would measure the scheduler rather than the vault.
const THREADS = availableParallelism();
if (process.env.UV_THREADPOOL_SIZE !== String(THREADS)) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, UV_THREADPOOL_SIZE: String(THREADS) } });
  process.exit(child.status ?? 1);
}

const CONCURRENCY = 64;
const ROUND_MS = 3000;
const ROUNDS = 3;
const TARGET_RATIO = 0.85;
const AZURE_PER_SECOND = 4000 / 10;

const CASES = [
  { label: 'RSA-2048 PS256', name: 'rsa', algorithm: 'PS256', generate: () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
    raw: (key, digest, done) => nodeSign('sha256', digest, { key, padding: 6, saltLength: 32 }, done) },
  { label: 'P-256 ES256', name: 'ec', algorithm: 'ES256', generate: () => generateKeyPairSync('ec', { namedCurve: 'P-256' }),
    raw: (key, digest, done) => nodeSign('sha256', digest, { key, dsaEncoding: 'ieee-p1363' }, done) },
];

/** Keeps `CONCURRENCY` operations in flight for `ms`; returns operations completed per second. */
async function drive(ms, once) {
  let done = 0;
  const started = performance.now();
  const deadline = started + ms;
  const lane = async () => {
    while (performance.now() < deadline) {
      await once();
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return done / ((performance.now() - started) / 1000);
}

const rawOnce = (c, key, digest) => () => new Promise((resolve, reject) => {
  c.raw(key, digest, (error, signature) => (error ? reject(error) : resolve(signature)));
});

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'coffer-bench-sign-'));
  const workers = THREADS;
  const pool = new KeyWorkerPool({ size: workers });
  try {
    const store = FileStore.create(join(dir, 'vault.json'), MasterKey.generate());
    const vault = new LocalVault(store, { principal: principal('bench'), keyExecutor: pool });
    const rows = [];
    for (const c of CASES) {
      const { privateKey } = c.generate();
      await vault.importKey(c.name, { jwk: privateKey.export({ format: 'jwk' }) });
      const digest = randomBytes(32);
      // Warm both paths: worker start-up and key parsing are not what is measured.
      await Promise.all(Array.from({ length: CONCURRENCY }, () => vault.sign(c.name, undefined, c.algorithm, digest)));
      await Promise.all(Array.from({ length: CONCURRENCY }, rawOnce(c, privateKey, digest)));
      const raw = [];
      const pooled = [];
      const through = [];
      // The pool alone (no vault, no audit): where the gap between raw and vault comes from.
      const handle = { id: `bench-${c.name}`, jwk: privateKey.export({ format: 'jwk' }) };
      const poolOnce = () => pool.run(handle, { op: 'sign', algorithm: c.algorithm, digest });
      await Promise.all(Array.from({ length: CONCURRENCY }, poolOnce));
      for (let round = 0; round < ROUNDS; round += 1) {
        process.stderr.write(`bench sign: ${c.label} round ${round + 1}/${ROUNDS}…\n`);
        const vaultOnce = () => vault.sign(c.name, undefined, c.algorithm, digest);
        if (round % 2 === 0) raw.push(await drive(ROUND_MS, rawOnce(c, privateKey, digest)));
        through.push(await drive(ROUND_MS, vaultOnce));
        pooled.push(await drive(ROUND_MS, poolOnce));
        if (round % 2 === 1) raw.push(await drive(ROUND_MS, rawOnce(c, privateKey, digest)));
      }
      const row = { label: c.label, rawOpsPerSec: median(raw), poolOpsPerSec: median(pooled), vaultOpsPerSec: median(through) };
      rows.push({ ...row, ratio: row.vaultOpsPerSec / row.rawOpsPerSec, poolRatio: row.poolOpsPerSec / row.rawOpsPerSec, timesAzure: row.vaultOpsPerSec / AZURE_PER_SECOND });
    }
    process.stderr.write('bench sign: verifying the audit chain…\n');
    const verdict = await vault.verifyAudit();
    const fmt = (n, digits = 0) => n.toFixed(digits).padStart(8);
    console.log(`sign throughput — ${CONCURRENCY} in flight, ${workers} key workers and ${workers} libuv threads, median of ${ROUNDS} rounds of ${ROUND_MS / 1000} s, raw and vault alternating`);
    for (const row of rows) {
      console.log(`  ${row.label.padEnd(16)} raw node:crypto ${fmt(row.rawOpsPerSec)} ops/s   key pool alone ${fmt(row.poolOpsPerSec)} ops/s (${row.poolRatio.toFixed(2)})   vault ${fmt(row.vaultOpsPerSec)} ops/s   ratio ${row.ratio.toFixed(2)} — target ≥ ${TARGET_RATIO}: ${row.ratio >= TARGET_RATIO ? 'met' : 'MISSED'}   ${fmt(row.timesAzure, 1)}× Azure's ${AZURE_PER_SECOND}/s`);
    }
    console.log(`  audit chain after the run: ${verdict.ok ? `verified, ${verdict.records} records` : `FAILED: ${JSON.stringify(verdict)}`}`);
    console.log(JSON.stringify({ concurrency: CONCURRENCY, workers, roundMs: ROUND_MS, rounds: ROUNDS, rows, targetRatio: TARGET_RATIO, auditOk: verdict.ok },
      (_key, value) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value)));
    if (!verdict.ok) process.exitCode = 1;
    await vault.close();
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
