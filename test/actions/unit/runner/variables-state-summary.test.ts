import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getState, saveState } from '../../../../src/actions/runner/state.js';
import { appendSummary } from '../../../../src/actions/runner/summary.js';
import { exportVariable, setOutput } from '../../../../src/actions/runner/variables.js';
import { parseFileCommands } from '../../e2e/file-commands.js';

let temp: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'coffer-runner-test-'));
  env = {};
  for (const [name, file] of [['GITHUB_ENV', 'env'], ['GITHUB_OUTPUT', 'output'], ['GITHUB_STATE', 'state'], ['GITHUB_STEP_SUMMARY', 'summary']] as const) {
    env[name] = join(temp, file);
    writeFileSync(join(temp, file), '');
  }
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

const entries = (file: string): [string, string][] => parseFileCommands(readFileSync(join(temp, file), 'utf8')).map((e) => [e.name, e.value]);

describe('exportVariable and setOutput', () => {
  it('exportVariable writes GITHUB_ENV and sets the variable in this process\'s environment', () => {
    exportVariable('DB_PASSWORD', 'p\nq', env);
    expect([entries('env'), env.DB_PASSWORD]).toEqual([[['DB_PASSWORD', 'p\nq']], 'p\nq']);
  });

  it('setOutput writes GITHUB_OUTPUT only', () => {
    setOutput('names', '["A"]', env);
    expect([entries('output'), entries('env'), env.names]).toEqual([[['names', '["A"]']], [], undefined]);
  });

  it('both refuse without their file, writing nothing to stdout', () => {
    expect(() => { exportVariable('A', 'x', { GITHUB_OUTPUT: env.GITHUB_OUTPUT }); }).toThrow('GITHUB_ENV is not set');
    expect(() => { setOutput('A', 'x', { GITHUB_ENV: env.GITHUB_ENV }); }).toThrow('GITHUB_OUTPUT is not set');
  });
});

describe('saveState and getState', () => {
  it('saveState writes GITHUB_STATE; the post step reads it back as STATE_<name>', () => {
    saveState('files-dir', '/tmp/coffer-x', env);
    expect(entries('state')).toEqual([['files-dir', '/tmp/coffer-x']]);
    expect([getState('files-dir', { 'STATE_files-dir': '/tmp/coffer-x' }), getState('files-dir', {})]).toEqual(['/tmp/coffer-x', '']);
  });

  it('outside a runner (no GITHUB_STATE) saves nothing and does not throw: there is no post step', () => {
    expect(() => { saveState('isPost', 'true', { GITHUB_STATE: '' }); }).not.toThrow();
    expect(entries('state')).toEqual([]);
  });
});

describe('appendSummary', () => {
  it('appends the markdown as given', async () => {
    await appendSummary('### one\n', env);
    await appendSummary('| a |\n', env);
    expect(readFileSync(join(temp, 'summary'), 'utf8')).toBe('### one\n| a |\n');
  });

  it('throws without a summary file, or when it cannot be written', async () => {
    await expect(appendSummary('x', {})).rejects.toThrow('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
    const missing = join(temp, 'nope');
    await expect(appendSummary('x', { GITHUB_STEP_SUMMARY: missing })).rejects.toThrow(`Unable to access summary file: '${missing}'.`);
    if (process.getuid?.() !== 0) {
      chmodSync(join(temp, 'summary'), 0o400);
      await expect(appendSummary('x', env)).rejects.toThrow('Unable to access summary file');
    }
  });
});
