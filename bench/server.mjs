// The server bench (issue 6): secret GETs per second through `coffer serve` — TLS, keep-alive,
// a vault token checked on every request, access decided and every read audited (group
// committed) — as a ratio to a bare node:https server answering a JSON body of the same size
// with the same certificate, measured side by side in the same run; p99 latency at 1,000 and
// 100,000 secrets; the server's RSS. The load comes from a second process (autocannon).
// Writes only to a temp folder. `node bench/server.mjs [--seconds N] [--rounds N]`
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MasterKey } from '../lib/core/crypto/master-key.js';
import { SqliteStore } from '../lib/core/store/sqlite-store.js';
import { buildVault } from './build-vault.mjs';
import { median } from './stats.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const SECONDS = arg('--seconds', 5);
const ROUNDS = arg('--rounds', 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SMALL = 1_000;
const LARGE = 100_000;
const TARGET_RATIO = 0.6;
const TARGET_P99_RATIO = 1.2;
/** Azure Key Vault's published limit: 4,000 secret GETs per 10 s per vault. */
const AZURE_GETS_PER_SECOND = 400;

function startChild(args) {
  const child = spawn(process.execPath, [here('./server-child.mjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, COFFER_ADMIN_TOKEN: '' } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve({ child, ...JSON.parse(line) });
    });
    child.on('exit', (code) => reject(new Error(`server child exited (${code}) before it was ready`)));
  });
}

function stopChild(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', resolve);
    child.kill('SIGTERM');
  });
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

function load(url, token, secrets) {
  const run = spawnSync(process.execPath, [here('./load.mjs'), url, token ?? '-', String(CONNECTIONS), String(SECONDS), String(secrets)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`load generator failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

function getOnce(url, token, path) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { headers: { authorization: `Bearer ${token}` }, rejectUnauthorized: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function prepare(root, count) {
  const dir = join(root, `vault-${count}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = MasterKey.generate();
  writeFileSync(join(dir, 'master.key'), `${key.toBase64()}\n`, { mode: 0o600 });
  const started = Date.now();
  await buildVault(join(dir, 'vault.db'), key, count, (p, k) => SqliteStore.create(p, k));
  process.stderr.write(`built a ${count}-secret SQLite vault in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return dir;
}

const root = mkdtempSync(join(tmpdir(), 'coffer-server-bench-'));
try {
  const smallDir = await prepare(root, SMALL);
  const largeDir = await prepare(root, LARGE);
  const small = await startChild(['coffer', smallDir]);
  const large = await startChild(['coffer', largeDir]);
  const sample = await getOnce(small.url, small.token, '/secrets/secret-00001?api-version=7.6');
  if (sample.status !== 200) throw new Error(`the bench's GET answered ${sample.status}`);
  const bodyFile = join(root, 'body.json');
  writeFileSync(bodyFile, sample.body);
  const bare = await startChild(['bare', smallDir, bodyFile]);
  const runs = { bare: [], small: [], large: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    runs.bare.push(load(bare.url, undefined, SMALL));
    runs.small.push(load(small.url, small.token, SMALL));
    runs.large.push(load(large.url, large.token, LARGE));
    process.stderr.write(`round ${round + 1}/${ROUNDS}: bare ${Math.round(runs.bare[round].rps)}/s, coffer 1k ${Math.round(runs.small[round].rps)}/s, coffer 100k ${Math.round(runs.large[round].rps)}/s\n`);
  }
  const memory = rssMb(small.child.pid);
  for (const side of [bare, small, large]) await stopChild(side.child);
  const fig = (list, field) => median(list.map((r) => r[field]));
  const failures = [...runs.small, ...runs.large].reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0);
  const result = {
    connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, bodyBytes: sample.body.length,
    bareRps: Math.round(fig(runs.bare, 'rps')), cofferRps: Math.round(fig(runs.small, 'rps')), coffer100kRps: Math.round(fig(runs.large, 'rps')),
    ratio: Number((fig(runs.small, 'rps') / fig(runs.bare, 'rps')).toFixed(2)),
    bareP99Ms: fig(runs.bare, 'p99'), p99Ms: fig(runs.small, 'p99'), p99At100kMs: fig(runs.large, 'p99'),
    p99Ratio100k: Number((fig(runs.large, 'p99') / fig(runs.small, 'p99')).toFixed(2)),
    rssMb: Number(memory.rss.toFixed(1)), peakRssMb: Number(memory.peak.toFixed(1)),
    timesAzureLimit: Number((fig(runs.small, 'rps') / AZURE_GETS_PER_SECOND).toFixed(1)), failedRequests: failures,
  };
  console.log('| figure | value | target |');
  console.log('|---|---|---|');
  console.log(`| bare node:https, same body (${result.bodyBytes} B) | ${result.bareRps}/s (p99 ${result.bareP99Ms} ms) | |`);
  console.log(`| coffer serve, 1k secrets | ${result.cofferRps}/s (p99 ${result.p99Ms} ms) | |`);
  console.log(`| ratio | ${result.ratio} | ≥ ${TARGET_RATIO} |`);
  console.log(`| coffer serve, 100k secrets | ${result.coffer100kRps}/s (p99 ${result.p99At100kMs} ms) | |`);
  console.log(`| p99 at 100k / p99 at 1k | ${result.p99Ratio100k} | ≤ ${TARGET_P99_RATIO} |`);
  console.log(`| server RSS after the run (peak) | ${result.rssMb} MB (${result.peakRssMb} MB) | |`);
  console.log(`| vs Azure's 4,000 GETs / 10 s | ${result.timesAzureLimit}× | |`);
  console.log(`| failed requests | ${failures} | 0 |`);
  console.log(JSON.stringify({ server: result }));
  if (failures > 0) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
