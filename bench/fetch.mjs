// The fetch action's bench: 100 secrets out of a 10,000-secret vault file, through the bundle
// (dist/fetch/index.js) under a simulated runner (INPUT_* variables, GITHUB_* file-command
// files and RUNNER_TEMP in a temp folder, fresh files per run), as a ratio to bare `node -e 0`
// start-up timed interleaved in the same run (target ≤ 3×). Two selections: a wildcard that
// matches exactly 100 names, and 100 explicit lines spread across the vault. Also prints the
// sizes of the fetch and run bundles. Ends with one JSON line. `node bench/fetch.mjs` runs it
// alone (after `npm run build`); `npm run bench` runs it after the CLI table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { MasterKey } from '../lib/core/crypto/master-key.js';
import { valueFor } from '../test/fixtures/workload.mjs';
import { benchName, buildVault } from './build-vault.mjs';
import { median } from './stats.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const FETCH_BUNDLE = here('../dist/fetch/index.js');
const RUN_BUNDLE = here('../dist/run/index.js');
const SECRETS = 10_000;
const FETCHED = 100;
const RUNS = 11;
const TARGET_RATIO = 3;

/** `secret-001*`: secret-00100 … secret-00199, exactly 100 of the 10,000. */
const WILDCARD = { label: 'wildcard', secrets: 'secret-001*', indexes: Array.from({ length: FETCHED }, (_, i) => 100 + i) };
/** Every 100th secret, one line each: 100 gets spread over the whole vault. */
const EXPLICIT_INDEXES = Array.from({ length: FETCHED }, (_, i) => i * (SECRETS / FETCHED));
const EXPLICIT = { label: 'explicit', secrets: EXPLICIT_INDEXES.map(benchName).join('\n'), indexes: EXPLICIT_INDEXES };

const envName = (index) => benchName(index).toUpperCase().replace(/-/g, '_');

/** The runner's view of one job: workspace, RUNNER_TEMP and the file-command folder. */
function makeRunner(root) {
  const dirs = { workspace: join(root, 'workspace'), temp: join(root, 'runner-temp'), commands: join(root, 'commands'), home: join(root, 'home') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  let step = 0;
  /** A fresh environment and fresh file-command files, as the runner makes for each step. */
  const stepEnv = (inputs) => {
    step += 1;
    const file = (prefix) => {
      const path = join(dirs.commands, `${prefix}_${step}`);
      writeFileSync(path, '');
      return path;
    };
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dirs.home, CI: 'true', GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dirs.workspace, RUNNER_TEMP: dirs.temp, RUNNER_OS: 'Linux',
      GITHUB_REPOSITORY: 'octo-org/bench', GITHUB_REPOSITORY_ID: '1', GITHUB_ACTOR: 'bench', GITHUB_WORKFLOW: 'bench',
      GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: '0'.repeat(40),
      GITHUB_EVENT_NAME: 'push', GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_ENV: file('set_env'), GITHUB_OUTPUT: file('set_output'), GITHUB_STATE: file('save_state'),
      GITHUB_STEP_SUMMARY: file('step_summary'), GITHUB_PATH: file('add_path'),
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    return env;
  };
  return { dirs, stepEnv };
}

/** Runs `node …args` to its end; returns its wall time in ms. Fails loudly. */
function timeNode(args, env, cwd) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, cwd, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 60_000 });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    const error = result.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? result.stderr.trim();
    throw new Error(`node ${args.join(' ').slice(0, 80)} exited ${result.status}: ${error}`);
  }
  return ms;
}

/** The entries of a GITHUB_ENV file (heredoc form), as a Map. */
function readEnvFile(path) {
  const entries = new Map();
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (match === null) continue;
    const value = [];
    for (i += 1; i < lines.length && lines[i] !== match[2]; i += 1) value.push(lines[i]);
    entries.set(match[1], value.join('\n'));
  }
  return entries;
}

/** Checks that a run delivered exactly the selected secrets, with their values. */
function checkDelivered(envFile, selection) {
  const env = readEnvFile(envFile);
  if (env.size !== FETCHED) throw new Error(`${selection.label}: expected ${FETCHED} variables, got ${env.size}`);
  for (const index of selection.indexes) {
    if (env.get(envName(index)) !== valueFor(`bench.${index}`)) throw new Error(`${selection.label}: ${envName(index)} is missing or wrong`);
  }
}

/**
 * Median wall time of fresh fetch runs for each selection and of `node -e 0`, interleaved
 * round-robin (the starting point rotating each round) so that drift affects all alike.
 */
function measure(runner, vaultPath, key) {
  const times = { bare: [], inherited: [], wildcard: [], explicit: [] };
  const tasks = {
    bare: () => timeNode(['-e', '0'], runner.stepEnv({}), runner.dirs.workspace),
    // For comparison only: this shell's own environment (NODE_EXTRA_CA_CERTS, NODE_OPTIONS…)
    // can slow every node start-up; a runner's step environment does not carry it.
    inherited: () => timeNode(['-e', '0'], process.env, runner.dirs.workspace),
    ...Object.fromEntries([WILDCARD, EXPLICIT].map((selection) => [selection.label, () => {
      const env = runner.stepEnv({ vault: vaultPath, key, secrets: selection.secrets });
      const ms = timeNode([FETCH_BUNDLE], env, runner.dirs.workspace);
      checkDelivered(env.GITHUB_ENV, selection);
      return ms;
    }])),
  };
  const order = Object.keys(tasks);
  for (let round = 0; round < RUNS; round += 1) {
    for (let k = 0; k < order.length; k += 1) {
      const name = order[(round + k) % order.length];
      times[name].push(tasks[name]());
    }
  }
  return { nodeStartMs: median(times.bare), inheritedNodeStartMs: median(times.inherited), wildcardMs: median(times.wildcard), explicitMs: median(times.explicit) };
}

const fmt = (n, digits = 1) => n.toFixed(digits);
const verdict = (ok) => (ok ? 'meets target' : 'MISSES target');
const sizeOf = (path) => (existsSync(path) ? statSync(path).size : null);

async function main() {
  if (!existsSync(FETCH_BUNDLE)) throw new Error('dist/fetch/index.js is missing: run npm run bundle first.');
  const root = mkdtempSync(join(tmpdir(), 'coffer-bench-fetch-'));
  try {
    const runner = makeRunner(root);
    const masterKey = MasterKey.generate();
    const vaultPath = join(runner.dirs.workspace, 'vault.json');
    process.stderr.write(`bench fetch: building a ${SECRETS}-secret vault…\n`);
    await buildVault(vaultPath, masterKey, SECRETS);
    process.stderr.write(`bench fetch: ${RUNS} runs each of the wildcard, the explicit lines and node -e 0 (in both environments)…\n`);
    const figures = measure(runner, 'vault.json', masterKey.toBase64());
    const ratio = { wildcard: figures.wildcardMs / figures.nodeStartMs, explicit: figures.explicitMs / figures.nodeStartMs };
    const bundleBytes = { fetch: sizeOf(FETCH_BUNDLE), run: sizeOf(RUN_BUNDLE) };
    console.log(`fetch action — ${FETCHED} of ${SECRETS} secrets through dist/fetch/index.js under a simulated runner (median of ${RUNS} fresh runs each)`);
    console.log(`  wildcard '${WILDCARD.secrets}':   ${fmt(figures.wildcardMs).padStart(7)} ms  ${fmt(ratio.wildcard, 2)}× node -e 0 — target ≤ ${TARGET_RATIO}×: ${verdict(ratio.wildcard <= TARGET_RATIO)}`);
    console.log(`  ${FETCHED} explicit lines:      ${fmt(figures.explicitMs).padStart(7)} ms  ${fmt(ratio.explicit, 2)}× node -e 0 — target ≤ ${TARGET_RATIO}×: ${verdict(ratio.explicit <= TARGET_RATIO)}`);
    console.log(`  bare node -e 0:          ${fmt(figures.nodeStartMs).padStart(7)} ms (interleaved, same simulated runner environment)`);
    const slowStart = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS'].filter((name) => (process.env[name] ?? '') !== '');
    console.log(`  node -e 0 in this shell's environment${slowStart.length === 0 ? '' : ` (sets ${slowStart.join(', ')})`}: ${fmt(figures.inheritedNodeStartMs)} ms — not the baseline`);
    console.log(`  vault file: ${statSync(vaultPath).size} bytes; bundles: dist/fetch/index.js ${bundleBytes.fetch ?? 'missing'} bytes, dist/run/index.js ${bundleBytes.run ?? 'missing'} bytes`);
    console.log(JSON.stringify({
      secrets: SECRETS, fetched: FETCHED, runs: RUNS, ...figures,
      ratioWildcard: ratio.wildcard, ratioExplicit: ratio.explicit, targetRatio: TARGET_RATIO, bundleBytes,
    }, (_key, value) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
