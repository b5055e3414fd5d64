/**
 * The run bundle against a live `coffer serve` with auth: token: the command sees the selected
 * secrets in its environment (checked by digests it writes to a file, never by printing a
 * value), the token is masked first and hidden from the command, nothing is exported, and a
 * secret the token may not read fails the step before the command runs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SimulatedRunner, describeStep, type StepResult } from './runner.js';
import { marker } from './canaries.js';
import { fileLeaks, keyMaskedFirst, logLeaks, maskOrderProblems } from './checks.js';
import { walkFiles, type Planted } from './leaks.js';
import { runStep, startLiveServer, type LiveServer } from './live-server.js';

const VALUES = {
  'db-password': `pg "${marker()}" 100% \\ 'x'`,
  'multi-line': `first ${marker()}\r\nsecond ${marker()}\n🔑 third\n`,
  'team-secret': `team ${marker()}`,
};
const START = 'coffer-e2e-command-starts';
const sha256 = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

let server: LiveServer;
let runner: SimulatedRunner;
let token: string;
let planted: Planted[];
let step: StepResult;

const run = (command: string, extra: Record<string, string> = {}): Promise<StepResult> => runStep(runner, 'run', {
  vault: server.url, auth: 'token', token, 'ca-file': 'ca.pem', secrets: 'db-password\nmulti-line > MULTI', run: command, ...extra,
});

beforeAll(async () => {
  server = await startLiveServer();
  runner = new SimulatedRunner('remote-run');
  copyFileSync(server.caPath, join(runner.workspace, 'ca.pem'));
  for (const [name, value] of Object.entries(VALUES)) await server.vault.setSecret(name, value);
  token = await server.tokenFor('Secrets User', '/secrets', 'ci-run');
  planted = [...Object.entries(VALUES).map(([label, value]) => ({ label, value })), { label: 'token', value: token }];
  step = await run(`echo ${START}; printf %s "$DB_PASSWORD" | sha256sum > digests.txt; printf %s "$MULTI" | sha256sum >> digests.txt`);
});

afterAll(async () => {
  await server.stop();
  runner.cleanup();
});

describe('run action against a live server (auth: token)', () => {
  it('runs the command with the secrets in its environment, exactly', () => {
    expect(describeStep(step)).toMatch(/^exit 0;/);
    expect(step.unexpectedInputs).toEqual([]);
    const digests = readFileSync(join(runner.workspace, 'digests.txt'), 'utf8').split('\n').filter((l) => l !== '').map((l) => l.slice(0, 64));
    expect(digests).toEqual([sha256(VALUES['db-password']), sha256(VALUES['multi-line'])]);
  });

  it('masks the token first, and every value before the command writes anything', () => {
    expect(keyMaskedFirst(step, token)).toEqual([]);
    expect(maskOrderProblems(step, [{ label: 'DB_PASSWORD', value: VALUES['db-password'] }, { label: 'MULTI', value: VALUES['multi-line'] }])).toEqual([]);
    const start = step.lines.indexOf(START);
    expect(start).toBeGreaterThan(0);
    expect(step.masks.filter((m) => m.index > start).map((m) => m.index)).toEqual([]);
  });

  it('exports nothing: GITHUB_ENV and GITHUB_OUTPUT stay empty', () => {
    expect(step.envEntries.map((e) => e.name)).toEqual([]);
    expect(step.outputEntries.map((e) => e.name)).toEqual([]);
  });

  it('hides the token input from the command', async () => {
    const probe = await run('if [ -n "${INPUT_TOKEN:-}" ]; then echo token-visible; else echo token-hidden; fi');
    expect(describeStep(probe)).toMatch(/^exit 0;/);
    expect(probe.lines.filter((line) => line.startsWith('token-'))).toEqual(['token-hidden']);
  });

  it('does not run the command when the token may not read a selected secret', async () => {
    const narrow = await server.tokenFor('Secrets User', '/secrets/db-password', 'ci-narrow');
    const refused = await run(`echo ${START}`, { token: narrow, secrets: 'db-password\nteam-secret' });
    expect(refused.status).toBe(1);
    expect(refused.annotations.filter((a) => a.level === 'error').map((a) => a.text.trim())).toEqual(['ci-narrow is not allowed to secrets/get on /secrets/team-secret.']);
    expect(refused.lines).not.toContain(START);
    expect(keyMaskedFirst(refused, narrow)).toEqual([]);
    expect(logLeaks(refused, [...planted, { label: 'narrow token', value: narrow }])).toEqual([]);
  });

  it('leaves nothing in RUNNER_TEMP, and no value or token in the log or any file', () => {
    expect(walkFiles(runner.temp).map((f) => f.name)).toEqual([]);
    expect(runner.steps.flatMap((s) => logLeaks(s, planted))).toEqual([]);
    expect(fileLeaks(runner, planted)).toEqual([]);
  });
});
