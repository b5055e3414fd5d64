// The crash-safety script: the loop of test/reliability/crash.test.ts (test/fixtures/crash-loop.mjs)
// with 500 SIGKILLs by default, then the stale-lock check. Prints
//   kills: N, acknowledged writes: M, lost: L
// and, as its last line, the figures as JSON; exits 1 if any acknowledged write was lost or any
// check failed. Progress goes to stderr.
//   node bench/crash.mjs [--kills N] [--seed S]
import { parseArgs } from 'node:util';
import { crashRounds, newWriterAfterStaleLock } from '../test/fixtures/crash-loop.mjs';
import { createScratchVault } from '../test/fixtures/scratch-vault.mjs';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '500' }, seed: { type: 'string' } } });
const kills = Number(values.kills);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 32) : Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  console.error('usage: node bench/crash.mjs [--kills N] [--seed S]   (N ≥ 1; S a whole number)');
  process.exit(2);
}

const progress = (round, stats) => {
  if ((round + 1) % 50 === 0) process.stderr.write(`crash: ${round + 1}/${kills} kills, ${stats.acknowledged} acknowledged writes, ${stats.lost} lost\n`);
};

async function main() {
  const scratch = await createScratchVault('crash-bench');
  try {
    const started = Date.now();
    const loop = await crashRounds(scratch, { seed, kills, onRound: progress });
    const lock = await newWriterAfterStaleLock(scratch, { seed });
    const { stats } = loop;
    const problems = [...loop.problems, ...lock.problems];
    console.log(`kills: ${stats.kills}, acknowledged writes: ${stats.acknowledged}, lost: ${stats.lost}`);
    console.log(`seed ${seed}; ${((Date.now() - started) / 1000).toFixed(1)} s; kills mid-write: ${stats.killedMidWrite}, holding the lock: ${stats.killedHoldingLock}, leaving a temp file: ${stats.killedWithTempFile}; in-flight writes found committed: ${stats.committedNotAcked}`);
    console.log(`stale lock broken by a new writer: ${lock.lockLeft && lock.problems.length === 0 ? 'yes' : 'NO'}; stranded lock temp files: ${stats.lockTempFilesLeft}; audit verify alarms before the first operation after a kill: ${stats.auditAlarmsBeforeRepair}`);
    for (const problem of problems) console.log(`  problem: ${problem}`);
    for (const alarm of loop.alarms) console.log(`  alarm: ${alarm}`);
    console.log(JSON.stringify({ seed, ...stats, staleLockBroken: lock.lockLeft && lock.problems.length === 0, problems: problems.length }));
    if (stats.lost > 0 || problems.length > 0 || loop.alarms.length > 0 || stats.lockTempFilesLeft > 0) process.exitCode = 1;
  } finally {
    scratch.remove();
  }
}

await main();
