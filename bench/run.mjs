// `npm run bench`: the vault's speed and size at 1k–10k secrets, side by side with bare Node
// start-up measured in the same run, then the fetch action's bench (bench/fetch.mjs; skip it with
// --no-fetch), the crash-safety script (bench/crash.mjs; skip it with --no-crash:
// `npm run bench -- --no-crash`), sign throughput (bench/sign.mjs; --no-sign) and the server
// (bench/server.mjs; --no-server) and certificate issuance (bench/certificates.mjs; --no-certificates). Prints a table, then one JSON line with every figure; exits 1
// if either script fails. Writes only to a temp folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openVault } from '../lib/open-vault.js';
import { MasterKey } from '../lib/core/crypto/master-key.js';
import { principal } from '../lib/core/access/principal.js';
import { valueFor } from '../test/fixtures/workload.mjs';
import { benchName, buildVault } from './build-vault.mjs';
import { median, slope } from './stats.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const SIZES = [1_000, 2_000, 5_000, 10_000];
const GET_RUNS = 15;
const SET_RUNS = 7;
const TARGET_RATIO = 3;
const TARGET_RSS_MB = 150;
const RSS_PRELOAD = pathToFileURL(here('./rss-report.mjs')).href;

/** The bundled CLI, as users run it (`npx coffer`); dist/ is committed, so it is always there. */
function pickTool() {
  const cli = here('../dist/cli/index.js');
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run bundle first.');
  return { script: cli, name: 'dist/cli/index.js', label: 'dist/cli/index.js (the bundled CLI)' };
}

/** Runs `node …args` to its end; returns its wall time in ms and its output. Fails loudly. */
function runNode(args, env, input) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, input, encoding: 'utf8', maxBuffer: 1 << 24 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.trim()}`);
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Median wall time of a fresh `secret get` process and of `node -e 0`, interleaved (and
 * alternating which goes first) so that the machine's drift affects both alike.
 */
function timeOpenGet(tool, vaultPath, env, index) {
  const name = benchName(index);
  const get = [];
  const bare = [];
  for (let i = 0; i < GET_RUNS; i += 1) {
    const timeBare = () => bare.push(runNode(['-e', '0'], env).ms);
    if (i % 2 === 0) timeBare();
    const { ms, stdout } = runNode([tool.script, 'secret', 'get', name, '--vault', vaultPath], env);
    if (stdout !== valueFor(`bench.${index}`)) throw new Error(`secret get ${name} printed a value other than the one stored`);
    get.push(ms);
    if (i % 2 === 1) timeBare();
  }
  return { openGetMs: median(get), nodeStartMs: median(bare) };
}

/** Median time of setSecret in this process, over an open vault: the store's rewrite alone. */
async function timeSetInProcess(vaultPath, masterKey) {
  const vault = openVault(vaultPath, { masterKey, principal: principal('coffer-bench') });
  const times = [];
  // One more than measured: the first set also warms up the JIT.
  for (let i = 0; i <= SET_RUNS; i += 1) {
    const started = performance.now();
    await vault.setSecret(benchName(0), valueFor(`bench.set.${i}`));
    if (i > 0) times.push(performance.now() - started);
  }
  await vault.close();
  return median(times);
}

/** Median wall time of a fresh `secret set` process, the value on stdin. */
function timeSetCommand(tool, vaultPath, env) {
  const times = [];
  for (let i = 0; i < SET_RUNS; i += 1) {
    times.push(runNode([tool.script, 'secret', 'set', benchName(1), '--vault', vaultPath], env, valueFor(`bench.cmd.${i}`)).ms);
  }
  return median(times);
}

/** Peak RSS of `node …args`, in MB, reported by the rss-report.mjs preload. */
function peakRssMb(args, env, input) {
  const { stderr } = runNode(['--import', RSS_PRELOAD, ...args], env, input);
  const kb = /maxRSS-kB (\d+)/.exec(stderr)?.[1];
  if (kb === undefined) throw new Error(`no peak RSS reported by node ${args.join(' ')}`);
  return Number(kb) / 1024;
}

async function measureSize(vaultPath, tool, masterKey, env, secrets) {
  await buildVault(vaultPath, masterKey, secrets);
  const fileBytes = statSync(vaultPath).size;
  const { openGetMs, nodeStartMs } = timeOpenGet(tool, vaultPath, env, Math.floor(secrets / 2));
  const setMs = await timeSetInProcess(vaultPath, masterKey);
  const setCommandMs = timeSetCommand(tool, vaultPath, env);
  return { secrets, fileBytes, openGetMs, nodeStartMs, ratio: openGetMs / nodeStartMs, setMs, setCommandMs };
}

function measureRss(tool, vaultPath, env) {
  return {
    openGet: peakRssMb([tool.script, 'secret', 'get', benchName(0), '--vault', vaultPath], env),
    set: peakRssMb([tool.script, 'secret', 'set', benchName(2), '--vault', vaultPath], env, valueFor('bench.rss')),
    nodeBare: peakRssMb(['-e', '0'], env),
  };
}

const fmt = (n, digits = 1) => n.toFixed(digits);
const verdict = (ok) => (ok ? 'meets target' : 'MISSES target');

function printTable(tool, rows, figures) {
  const last = rows[rows.length - 1];
  console.log(`\nCoffer bench — node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPUs`);
  console.log(`get/set commands run: ${tool.label}\n`);
  console.log('secrets  vault file   open+get   node -e 0   ratio   set (in-process)   set command');
  for (const r of rows) {
    console.log(`${String(r.secrets).padStart(7)}  ${fmt(r.fileBytes / 1048576, 2).padStart(7)} MB  ${fmt(r.openGetMs).padStart(6)} ms  ${fmt(r.nodeStartMs).padStart(7)} ms  ${fmt(r.ratio, 2).padStart(5)}×  ${fmt(r.setMs).padStart(13)} ms  ${fmt(r.setCommandMs).padStart(9)} ms`);
  }
  console.log(`\nopen + get one secret at ${last.secrets} secrets: ${fmt(last.openGetMs)} ms (median of ${GET_RUNS} fresh processes); bare node -e 0: ${fmt(last.nodeStartMs)} ms (${GET_RUNS} runs, interleaved)`);
  console.log(`  ratio ${fmt(last.ratio, 2)}× — target ≤ ${TARGET_RATIO}×: ${verdict(last.ratio <= TARGET_RATIO)}`);
  console.log(`set one secret (median of ${SET_RUNS}): slope ${fmt(figures.setSlopeMsPer1k, 2)} ms per 1,000 secrets in-process; ${fmt(figures.setCommandSlopeMsPer1k, 2)} ms per 1,000 for the command`);
  console.log(`peak RSS at ${last.secrets} secrets: open+get ${fmt(figures.rssMB.openGet)} MB, set ${fmt(figures.rssMB.set)} MB (bare node ${fmt(figures.rssMB.nodeBare)} MB) — target ≤ ${TARGET_RSS_MB} MB: ${verdict(Math.max(figures.rssMB.openGet, figures.rssMB.set) <= TARGET_RSS_MB)}`);
  console.log(`vault file at ${last.secrets} secrets: ${last.fileBytes} bytes (${fmt(last.fileBytes / last.secrets, 0)} bytes per secret)\n`);
}

/**
 * Runs a bench script (bench/crash.mjs, bench/fetch.mjs), echoing its report; returns its exit
 * status and the figures of its last line (JSON), or none if it died before printing them (its
 * stderr, inherited, says why).
 */
function runScript(title, script) {
  console.log(`${title} (bench/${script}):`);
  const result = spawnSync(process.execPath, [here(`./${script}`)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const lines = result.stdout.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  const figures = result.status !== null && last.startsWith('{') ? JSON.parse(last) : undefined;
  for (const line of figures === undefined ? lines : lines.slice(0, -1)) console.log(`  ${line}`);
  return { status: result.status, figures };
}

async function main() {
  const tool = pickTool();
  const masterKey = MasterKey.generate();
  // Both sides run without the variables that slow every node start (NODE_EXTRA_CA_CERTS loads
  // a CA bundle: +70 ms here): the baseline is bare Node, as users start it.
  const env = { ...process.env, COFFER_KEY: masterKey.toBase64() };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  const dir = mkdtempSync(join(tmpdir(), 'coffer-bench-'));
  const vaultPath = (secrets) => join(dir, `vault-${secrets}.json`);
  const rows = [];
  let rssMB;
  try {
    for (const secrets of SIZES) {
      process.stderr.write(`bench: ${secrets} secrets…\n`);
      rows.push(await measureSize(vaultPath(secrets), tool, masterKey, env, secrets));
    }
    rssMB = measureRss(tool, vaultPath(SIZES[SIZES.length - 1]), env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const perThousand = (key) => slope(rows.map((r) => [r.secrets / 1000, r[key]]));
  const figures = { setSlopeMsPer1k: perThousand('setMs'), setCommandSlopeMsPer1k: perThousand('setCommandMs'), rssMB };
  printTable(tool, rows, figures);
  const fetch = process.argv.includes('--no-fetch') ? undefined : runScript('fetch action', 'fetch.mjs');
  const crash = process.argv.includes('--no-crash') ? undefined : runScript('crash safety', 'crash.mjs');
  const sign = process.argv.includes('--no-sign') ? undefined : runScript('sign throughput', 'sign.mjs');
  const server = process.argv.includes('--no-server') ? undefined : runScript('coffer serve', 'server.mjs');
  const certificates = process.argv.includes('--no-certificates') ? undefined : runScript('certificate issuance', 'certificates.mjs');
  const last = rows[rows.length - 1];
  console.log(JSON.stringify({
    tool: tool.name, getRuns: GET_RUNS, setRuns: SET_RUNS,
    sizes: rows,
    openGetMs: last.openGetMs, nodeStartMs: last.nodeStartMs, ratio: last.ratio, ...figures,
    fileBytes: last.fileBytes, fetch: fetch?.figures, crash: crash?.figures, sign: sign?.figures, server: server?.figures?.server,
    certificates: certificates?.figures?.certificates,
  }, (_key, value) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value)));
  if ([fetch, crash, sign, server, certificates].some((script) => script !== undefined && script.status !== 0)) process.exitCode = 1;
}

await main();
