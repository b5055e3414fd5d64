/**
 * The two mains in-process, with the runner module stubbed and a real vault file: the order of
 * what they tell the runner, the post-step dispatch, and failures. (The bundles themselves are
 * run under a simulated runner by test/actions/e2e.)
 */
import { describe, it, expect, jest, beforeEach, afterEach } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RUNNER_MODULE, runnerStub, type Call } from './runner-stub.js';
import { TEST_KEY, tempVault, type TempVault } from '../../core/helpers.js';
import { keyMasks } from '../../../src/actions/inputs.js';

const calls: Call[] = [];
const stub = runnerStub(calls);
jest.unstable_mockModule(RUNNER_MODULE, () => stub.module);
const fetchMain = await import('../../../src/actions/fetch/main.js');
const runMain = await import('../../../src/actions/run/main.js');

const KEY = TEST_KEY.toBase64();
let t: TempVault;
let inputs: Record<string, string>;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  calls.length = 0;
  stub.state.clear();
  t = await tempVault();
  await t.vault.setSecret('db-password', 'canary-db-7f3a');
  // The runner's files exist before a step starts (the runner module is stubbed: nothing is written to them).
  for (const file of ['env', 'out']) writeFileSync(join(t.dir, file), '');
  env = { GITHUB_WORKSPACE: t.dir, GITHUB_ENV: join(t.dir, 'env'), GITHUB_OUTPUT: join(t.dir, 'out'), GITHUB_STATE: '/s', GITHUB_STEP_SUMMARY: '/sum', RUNNER_TEMP: t.dir, PATH: process.env.PATH ?? '' };
  inputs = { vault: relative(t.dir, t.path), key: KEY, secrets: 'db-password' };
  (stub.module.getInput as jest.Mock<(name: string) => string>).mockImplementation((name) => inputs[name] ?? '');
});
afterEach(async () => {
  process.exitCode = undefined;
  await t.cleanup();
});

const fns = (): string[] => calls.map((c) => c.fn);
const appendSummary = (): jest.Mock => stub.module.appendSummary as jest.Mock;
const summaries = (): string[] => appendSummary().mock.calls.map((c) => String(c[0]));

describe('fetch main', () => {
  it('masks the key first, marks the post step, masks values, then delivers and summarises', async () => {
    appendSummary().mockClear();
    await fetchMain.run(env);
    expect(calls[0]).toEqual({ fn: 'saveState', args: ['isPost', 'true'] });
    expect(calls[1]).toEqual({ fn: 'setSecret', args: [KEY] });
    expect(fns().filter((f) => f !== 'setSecret')).toEqual(['saveState', 'exportVariable', 'setOutput', 'setOutput', 'info']);
    expect(calls.find((c) => c.fn === 'exportVariable')?.args).toEqual(['DB_PASSWORD', 'canary-db-7f3a']);
    expect(fns().lastIndexOf('setSecret')).toBeLessThan(fns().indexOf('exportVariable'));
    expect(summaries()).toHaveLength(1);
    expect(summaries()[0]).toContain('| `db-password` |');
    expect(summaries()[0]).not.toContain('canary-db');
    expect(calls.at(-1)).toEqual({ fn: 'info', args: ['Delivered to env, output: DB_PASSWORD.'] });
  });

  it('fails naming the missing secret, delivers nothing, and still writes the summary', async () => {
    appendSummary().mockClear();
    inputs.secrets = 'db-password\nnope';
    await fetchMain.run(env);
    expect(fns().filter((f) => ['exportVariable', 'setOutput'].includes(f))).toEqual([]);
    expect(calls.at(-1)).toEqual({ fn: 'setFailed', args: [`Secret 'nope' (line 2) was not found in ${t.path}. Nothing was delivered.`] });
    expect(summaries()[0]).toContain('the step failed, so nothing was delivered.');
  });

  it('as the post step, only cleans up: reads no input and opens no vault', async () => {
    stub.state.set('isPost', 'true');
    (stub.module.getInput as jest.Mock).mockClear();
    const records = t.auditLines().length;
    await fetchMain.run(env);
    expect(calls).toEqual([]);
    expect((stub.module.getInput as jest.Mock).mock.calls.length).toBe(0);
    expect(t.auditLines().length).toBe(records);
  });

  it('on an https:// vault without the OIDC request variables, fails saying what the job needs, after masking the key', async () => {
    inputs.vault = 'https://vault.example';
    await fetchMain.run(env);
    expect(calls.map((c) => [c.fn, c.args[0]])).toEqual([
      ['saveState', 'isPost'], ...keyMasks(KEY).map((form) => ['setSecret', form]),
      ['setFailed', 'The GitHub OIDC token is not available to this step: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set. Add `permissions: id-token: write` to the job (or the workflow), or use `auth: token` with a `token` input.'],
    ]);
  });

  it('describes destinations for the summary', () => {
    expect([
      fetchMain.destinations({ exportEnv: true, outputs: true, files: false }),
      fetchMain.destinations({ exportEnv: false, outputs: true, files: false }),
      fetchMain.destinations({ exportEnv: true, outputs: false, files: true }),
    ]).toEqual(['env, output', 'output', 'file (path in env)']);
  });
});

describe('run main', () => {
  it('runs the command with the secret in its environment only, masked first', async () => {
    inputs.run = 'test "$DB_PASSWORD" = canary-db-7f3a';
    const before = process.env.DB_PASSWORD;
    await runMain.run(env);
    expect(calls[0]).toEqual({ fn: 'setSecret', args: [KEY] });
    expect(fns().filter((f) => f !== 'setSecret')).toEqual([]);
    expect(process.env.DB_PASSWORD).toBe(before);
    expect(process.exitCode).toBeUndefined();
  });

  it('fails the step with the command\'s exit code', async () => {
    inputs.run = 'exit 4';
    await runMain.run(env);
    expect(calls.at(-1)).toEqual({ fn: 'setFailed', args: ['The command exited with code 4.'] });
    expect(process.exitCode).toBe(4);
  });

  it('does not run the command when a selection fails', async () => {
    inputs.run = 'exit 9';
    inputs.secrets = 'nope';
    await runMain.run(env);
    expect(calls.map((c) => c.fn)).toEqual([...keyMasks(KEY).map(() => 'setSecret'), 'setFailed']);
    expect(process.exitCode).toBeUndefined();
  });
});
