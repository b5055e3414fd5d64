import { describe, it, expect, jest, beforeEach, afterEach } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { RUNNER_MODULE, runnerStub, type Call } from './runner-stub.js';
import type { Outcome } from '../../../src/actions/resolve.js';
import type { DeliverOptions, SecretFiles } from '../../../src/actions/deliver.js';
import { parseSelectionLine } from '../../../src/actions/selection.js';

const calls: Call[] = [];
jest.unstable_mockModule(RUNNER_MODULE, () => runnerStub(calls).module);
const { deliver, registerMasks, valuesToMask } = await import('../../../src/actions/deliver.js');

const MULTI = 'first line canary-a1\r\nsecond "line" 100% canary-a2\n';
const JSON_VALUE = '{"host":"db.canary-b1","port":5432}';
const SHORT = 'q%Z';

function outcome(line: number, secret: string, value: string, entries: { name: string; value: string }[]): Outcome {
  return { selection: parseSelectionLine(line, secret), secret, properties: undefined, issues: [], entries, value };
}

const OUTCOMES: Outcome[] = [
  outcome(1, 'multi-line', MULTI, [{ name: 'MULTI', value: MULTI }]),
  outcome(2, 'cfg', JSON_VALUE, [{ name: 'CFG_HOST', value: 'db.canary-b1' }, { name: 'CFG_PORT', value: '5432' }]),
  outcome(3, 'short-one', SHORT, [{ name: 'SHORT_ONE', value: SHORT }]),
];

const OPTIONS: DeliverOptions = { exportEnv: true, outputs: true, files: false, cleanupFiles: true, cleanupEnv: false, maskEncodings: true, minMaskLength: 4 };

let temp: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  calls.length = 0;
  temp = mkdtempSync(join(tmpdir(), 'coffer-deliver-test-'));
  env = { GITHUB_ENV: join(temp, 'env'), GITHUB_OUTPUT: join(temp, 'out'), RUNNER_TEMP: temp };
  // The runner makes these files before the step starts.
  writeFileSync(join(temp, 'env'), '');
  writeFileSync(join(temp, 'out'), '');
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

const named = (fn: string): Call[] => calls.filter((c) => c.fn === fn);
const pairs = (fn: string): [unknown, unknown][] => named(fn).map((c) => [c.args[0], c.args[1]]);
const WRITES = new Set(['exportVariable', 'setOutput', 'write']);

/** A SecretFiles that records its calls in the same list, around the real file system. */
const watchedFiles = (real: SecretFiles): SecretFiles => ({
  makeDir: (root) => {
    calls.push({ fn: 'makeDir', args: [root] });
    return real.makeDir(root);
  },
  write: (path, value) => {
    calls.push({ fn: 'write', args: [path] });
    real.write(path, value);
  },
});

function expectMasksFirst(): void {
  const lastMask = calls.map((c) => c.fn).lastIndexOf('setSecret');
  const firstWrite = calls.findIndex((c) => WRITES.has(c.fn));
  expect(lastMask).toBeGreaterThanOrEqual(0);
  expect(firstWrite).toBeGreaterThan(lastMask);
}

describe('deliver: env and outputs', () => {
  it('masks every value first, then exports and outputs each value exactly, then names', () => {
    const report = deliver(OUTCOMES, OPTIONS, env);
    expectMasksFirst();
    const values: [string, string][] = [['MULTI', MULTI], ['CFG_HOST', 'db.canary-b1'], ['CFG_PORT', '5432'], ['SHORT_ONE', SHORT]];
    expect(pairs('exportVariable')).toEqual(values);
    expect(pairs('setOutput')).toEqual([...values, ['names', '["MULTI","CFG_HOST","CFG_PORT","SHORT_ONE"]']]);
    expect(report).toEqual({ names: ['MULTI', 'CFG_HOST', 'CFG_PORT', 'SHORT_ONE'], filesDir: undefined });
    expect(named('saveState')).toEqual([]);
  });

  it('delivers once a name that two selections give the same value (a secret named and matched by a wildcard)', () => {
    const outcomes = [outcome(1, 'app-one', 'same-canary', [{ name: 'APP_ONE', value: 'same-canary' }]), outcome(2, 'app-one', 'same-canary', [{ name: 'APP_ONE', value: 'same-canary' }])];
    const report = deliver(outcomes, OPTIONS, env);
    expect(pairs('exportVariable')).toEqual([['APP_ONE', 'same-canary']]);
    expect(report.names).toEqual(['APP_ONE']);
  });

  it('masks each value, each line, the encodings and the JSON leaves; never a value too short', () => {
    deliver(OUTCOMES, OPTIONS, env);
    const masks = named('setSecret').map((c) => c.args[0]);
    expect(masks).toEqual(expect.arrayContaining([
      MULTI, 'first line canary-a1', 'second "line" 100% canary-a2',
      Buffer.from(MULTI).toString('hex'), Buffer.from(MULTI).toString('base64url'),
      JSON_VALUE, 'db.canary-b1', '5432',
    ]));
    expect(masks).not.toContain(SHORT);
    expect(masks.filter((m) => typeof m !== 'string' || m.length < 4)).toEqual([]);
    expect(new Set(masks).size).toBe(masks.length);
  });

  it('with export-env false, exports nothing; with outputs false, sets no output', () => {
    deliver(OUTCOMES, { ...OPTIONS, exportEnv: false }, env);
    expect(named('exportVariable')).toEqual([]);
    expect(named('setOutput')).toHaveLength(5);
    calls.length = 0;
    deliver(OUTCOMES, { ...OPTIONS, outputs: false }, env);
    expect(named('setOutput')).toEqual([]);
    expect(named('exportVariable')).toHaveLength(4);
  });

  it('with cleanup-env, saves the exported names before exporting any', () => {
    deliver(OUTCOMES, { ...OPTIONS, cleanupEnv: true }, env);
    const save = calls.findIndex((c) => c.fn === 'saveState');
    expect(calls[save]?.args).toEqual(['clear-env', '["MULTI","CFG_HOST","CFG_PORT","SHORT_ONE"]']);
    expect(save).toBeLessThan(calls.findIndex((c) => c.fn === 'exportVariable'));
  });

  it('with mask-encodings false, masks values and lines only', () => {
    deliver(OUTCOMES.slice(0, 1), { ...OPTIONS, maskEncodings: false }, env);
    expect(named('setSecret').map((c) => c.args[0])).toEqual([MULTI, 'first line canary-a1', 'second "line" 100% canary-a2']);
  });
});

describe('deliver: files', () => {
  it('writes each value to a 0600 file in a fresh 0700 coffer-* folder under RUNNER_TEMP, after every mask, and delivers <NAME>_FILE', async () => {
    const { nodeSecretFiles } = await import('../../../src/actions/deliver.js');
    const report = deliver(OUTCOMES, { ...OPTIONS, files: true }, env, watchedFiles(nodeSecretFiles));
    expectMasksFirst();
    const dir = report.filesDir ?? '';
    expect([dirname(dir), basename(dir).startsWith('coffer-'), statSync(dir).mode & 0o777]).toEqual([temp, true, 0o700]);
    expect(readdirSync(dir).sort()).toEqual(['CFG_HOST', 'CFG_PORT', 'MULTI', 'SHORT_ONE']);
    for (const [name, value] of [['MULTI', MULTI], ['CFG_HOST', 'db.canary-b1'], ['SHORT_ONE', SHORT]] as const) {
      expect([name, readFileSync(join(dir, name), 'utf8') === value, statSync(join(dir, name)).mode & 0o777]).toEqual([name, true, 0o600]);
    }
    expect(pairs('exportVariable')).toEqual(['MULTI', 'CFG_HOST', 'CFG_PORT', 'SHORT_ONE'].map((n) => [`${n}_FILE`, join(dir, n)]));
    expect(pairs('setOutput').at(-1)).toEqual(['names', '["MULTI_FILE","CFG_HOST_FILE","CFG_PORT_FILE","SHORT_ONE_FILE"]']);
    expect(JSON.stringify(calls.filter((c) => c.fn !== 'setSecret'))).not.toMatch(/canary-a|canary-b|q%Z/);
  });

  it('saves the folder for the post step before writing any file (only with cleanup-files)', () => {
    const files: SecretFiles = { makeDir: () => join(temp, 'coffer-x'), write: (path) => { calls.push({ fn: 'write', args: [path] }); } };
    deliver(OUTCOMES, { ...OPTIONS, files: true }, env, files);
    expect(calls.filter((c) => c.fn === 'saveState' || c.fn === 'write').map((c) => c.fn)).toEqual(['saveState', 'write', 'write', 'write', 'write']);
    expect(named('saveState')[0]?.args).toEqual(['files-dir', join(temp, 'coffer-x')]);
    calls.length = 0;
    deliver(OUTCOMES, { ...OPTIONS, files: true, cleanupFiles: false }, env, files);
    expect(named('saveState')).toEqual([]);
  });

  it('refuses to overwrite an existing file', () => {
    const files: SecretFiles = { makeDir: () => temp, write: () => { throw Object.assign(new Error('EEXIST: file already exists'), { code: 'EEXIST' }); } };
    expect(() => deliver(OUTCOMES, { ...OPTIONS, files: true }, env, files)).toThrow('EEXIST');
    expect(named('exportVariable')).toEqual([]);
  });
});

describe('deliver: refusals before anything is written or masked', () => {
  const refused = (outcomes: Outcome[], options: DeliverOptions, environment: NodeJS.ProcessEnv = env): string => {
    try {
      deliver(outcomes, options, environment);
    } catch (error) {
      expect(calls).toEqual([]);
      return (error as Error).message;
    }
    throw new Error('expected delivery to be refused');
  };

  it('the same name twice, named as delivered (with _FILE)', () => {
    const outcomes = [outcome(1, 'a', 'value-one', [{ name: 'A', value: 'value-one' }]), outcome(2, 'b', 'value-two', [{ name: 'A', value: 'value-two' }])];
    expect(refused(outcomes, { ...OPTIONS, files: true })).toBe("Line 1 (secret 'a') and line 2 (secret 'b') both set 'A_FILE': rename one with '> NAME'.");
  });

  it('a name colliding with the names output', () => {
    const outcomes = [outcome(1, 'names', 'value-one', [{ name: 'NAMES', value: 'value-one' }])];
    expect(refused(outcomes, OPTIONS)).toBe("'names' (the 'names' output) and 'NAMES' (line 1 (secret 'names')) differ only in case: they are one variable on Windows runners; rename one with '> NAME'.");
  });

  it('no GITHUB_ENV or GITHUB_OUTPUT: refused before any mask, with what to do', () => {
    expect(refused(OUTCOMES, OPTIONS, { GITHUB_OUTPUT: 'x' })).toBe("GITHUB_ENV is not set: export-env needs the runner's env file (run this action in a GitHub Actions job, or set export-env: false).");
    expect(refused(OUTCOMES, OPTIONS, { GITHUB_ENV: 'x' })).toBe("GITHUB_OUTPUT is not set: outputs needs the runner's output file (run this action in a GitHub Actions job, or set outputs: false).");
  });

  it('a GITHUB_ENV or GITHUB_OUTPUT that names no file: refused before any mask, so delivery cannot stop halfway', () => {
    const missing = join(temp, 'missing');
    expect(refused(OUTCOMES, OPTIONS, { ...env, GITHUB_OUTPUT: missing })).toBe(`GITHUB_OUTPUT names a file that does not exist: '${missing}'. Nothing was delivered.`);
  });
});

describe('registerMasks and valuesToMask', () => {
  it('masks whole values and entries of outcomes going ahead; returns how many masks it registered', () => {
    expect(valuesToMask(OUTCOMES)).toEqual([MULTI, MULTI, JSON_VALUE, 'db.canary-b1', '5432', SHORT, SHORT]);
    const count = registerMasks(OUTCOMES, { maskEncodings: false, minMaskLength: 4 });
    expect(named('setSecret').map((c) => c.args[0])).toEqual([MULTI, 'first line canary-a1', 'second "line" 100% canary-a2', JSON_VALUE, 'db.canary-b1', '5432']);
    expect(count).toBe(6);
  });
});
