/**
 * The run action's bundle: the command sees the selected secrets in its environment (checked by
 * digest, never by printing a value), masks are registered before the command writes anything,
 * nothing is exported to later steps, and the step's exit code is the command's.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { SimulatedRunner, describeStep, type StepResult } from './runner.js';
import { writeVault, type Fixture } from './vault-fixture.js';
import { marker } from './canaries.js';
import { fileLeaks, keyMaskedFirst, logLeaks, maskOrderProblems } from './checks.js';
import { walkFiles, type Planted } from './leaks.js';

const VALUES = {
  'db-password': `pg "${marker()}" 100% \\ 'x'`,
  'multi-line': `first ${marker()}\r\nsecond ${marker()}\n🔑 third\n`,
};
const START = 'coffer-e2e-command-starts';
const sha256 = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

let runner: SimulatedRunner;
let fixture: Fixture;
let planted: Planted[];
let step: StepResult;

beforeAll(async () => {
  runner = new SimulatedRunner('run-action');
  fixture = await writeVault(join(runner.workspace, 'vault.json'), Object.entries(VALUES).map(([name, value]) => ({ name, value })));
  planted = [...Object.entries(VALUES).map(([label, value]) => ({ label, value })), { label: 'key', value: fixture.key }];
  step = runner.step('run', {
    vault: 'vault.json', key: fixture.key, secrets: 'db-password\nmulti-line > MULTI',
    run: `echo ${START}; printf %s "$DB_PASSWORD" | sha256sum; printf %s "$MULTI" | sha256sum`,
  });
});

afterAll(() => {
  runner.cleanup();
});

const run = (command: string, extra: Record<string, string> = {}): StepResult =>
  runner.step('run', { vault: 'vault.json', key: fixture.key, secrets: 'db-password\nmulti-line > MULTI', run: command, ...extra });

describe('run action', () => {
  it('runs the command with the secrets in its environment, exactly', () => {
    expect(describeStep(step)).toMatch(/^exit 0;/);
    expect(step.unexpectedInputs).toEqual([]);
    const digests = step.lines.filter((line) => / {2}-$/.test(line)).map((line) => line.slice(0, 64));
    expect(digests).toEqual([sha256(VALUES['db-password']), sha256(VALUES['multi-line'])]);
  });

  it('masks the key first, and every value before the command writes anything', () => {
    expect(keyMaskedFirst(step, fixture.key)).toEqual([]);
    expect(maskOrderProblems(step, [{ label: 'DB_PASSWORD', value: VALUES['db-password'] }, { label: 'MULTI', value: VALUES['multi-line'] }])).toEqual([]);
    const start = step.lines.indexOf(START);
    expect(start).toBeGreaterThan(0);
    expect(step.masks.filter((m) => m.index > start).map((m) => m.index)).toEqual([]);
  });

  it('exports nothing: GITHUB_ENV and GITHUB_OUTPUT stay empty', () => {
    expect(step.envEntries.map((e) => e.name)).toEqual([]);
    expect(step.outputEntries.map((e) => e.name)).toEqual([]);
  });

  it('gives the command the selected secrets, not the master key', () => {
    const probe = run('if [ -n "${INPUT_KEY:-}" ]; then echo key-visible; else echo key-hidden; fi');
    expect(describeStep(probe)).toMatch(/^exit 0;/);
    expect(probe.lines.filter((line) => line.startsWith('key-'))).toEqual(['key-hidden']);
  });

  it("ends the step with the command's exit code", () => {
    expect(run('exit 7').status).toBe(7);
    expect(run('true').status).toBe(0);
  });

  it('runs with shell: sh too', () => {
    const sh = run('printf %s "$DB_PASSWORD" | sha256sum', { shell: 'sh' });
    expect(describeStep(sh)).toMatch(/^exit 0;/);
    expect(sh.lines.filter((line) => / {2}-$/.test(line)).map((line) => line.slice(0, 64))).toEqual([sha256(VALUES['db-password'])]);
  });

  it('does not run the command when a secret is missing', () => {
    const missing = run(`echo ${START}`, { secrets: 'db-password\nnope-missing' });
    expect(missing.status).toBe(1);
    expect(missing.annotations.filter((a) => a.level === 'error' && a.text.includes('nope-missing'))).toHaveLength(1);
    expect(missing.lines).not.toContain(START);
  });

  it('writes an audit table to the step summary, naming each secret', () => {
    expect(step.summary).toMatch(/\| `db-password` \|/);
    expect(step.summary).toMatch(/\| `multi-line` \|/);
  });

  it('leaves nothing behind in RUNNER_TEMP (the script file is deleted)', () => {
    expect(walkFiles(runner.temp).map((f) => f.name)).toEqual([]);
  });

  it('leaves no value in the log, annotations or any file', () => {
    expect(runner.steps.flatMap((s) => logLeaks(s, planted))).toEqual([]);
    expect(fileLeaks(runner, planted)).toEqual([]);
  });
});
