import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { exec as realExec } from '@actions/exec';
import { childEnvironment, invocation, runScript, scriptFileName, scriptText, secretEnvironment, type Exec } from '../../../src/actions/run/script.js';
import { parseSelectionLine } from '../../../src/actions/selection.js';

describe('how each shell is started (the runner\'s templates)', () => {
  it.each([
    ['bash', { tool: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', '/t/script.sh'], windowsVerbatimArguments: false }],
    ['sh', { tool: 'sh', args: ['-e', '/t/script.sh'], windowsVerbatimArguments: false }],
    ['pwsh', { tool: 'pwsh', args: ['-command', ". '/t/script.sh'"], windowsVerbatimArguments: false }],
    ['cmd', { tool: 'cmd', args: ['/D', '/E:ON', '/V:OFF', '/S', '/C', '"CALL "/t/script.sh""'], windowsVerbatimArguments: true }],
  ] as const)('%s', (shell, expected) => {
    expect(invocation(shell, '/t/script.sh')).toEqual(expected);
  });

  it('doubles quotes in a pwsh path', () => {
    expect(invocation('pwsh', "/t/o'k/script.ps1").args).toEqual(['-command', ". '/t/o''k/script.ps1'"]);
  });

  it('names the file by shell, and wraps pwsh scripts so errors and exit codes stop them', () => {
    expect(['bash', 'sh', 'pwsh', 'cmd'].map((s) => scriptFileName(s as 'bash'))).toEqual(['script.sh', 'script.sh', 'script.ps1', 'script.cmd']);
    expect(scriptText('bash', 'make')).toBe('make\n');
    expect(scriptText('sh', 'make\n')).toBe('make\n');
    expect(scriptText('pwsh', 'Write-Output hi')).toBe("$ErrorActionPreference = 'stop'\nWrite-Output hi\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }\n");
  });
});

describe('the command\'s environment', () => {
  it('is the action\'s own, less INPUT_* (which hold the key), plus the secrets', () => {
    expect(childEnvironment({ PATH: '/bin', INPUT_KEY: 'k', input_other: 'x', HOME: undefined, DB: 'old' }, { DB: 'new', API: 'a' }))
      .toEqual({ PATH: '/bin', DB: 'new', API: 'a' });
  });

  it('hides the runner\'s service token and URLs, which a run: step never has, and keeps the OIDC request variables', () => {
    const parent = {
      PATH: '/bin', ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RUNTIME_URL: 'u', ACTIONS_CACHE_URL: 'c', ACTIONS_RESULTS_URL: 'r',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://id', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'idt', ACTIONS_STEP_DEBUG: 'true',
    };
    expect(childEnvironment(parent, {})).toEqual({
      PATH: '/bin', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://id', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'idt', ACTIONS_STEP_DEBUG: 'true',
    });
  });

  it('secretEnvironment maps every entry of every outcome', () => {
    const outcome = (line: number, entries: { name: string; value: string }[]) => ({ selection: parseSelectionLine(line, 'x'), secret: 'x', properties: undefined, issues: [], entries, value: 'v' });
    expect(secretEnvironment([outcome(1, [{ name: 'A', value: '1' }]), outcome(2, [{ name: 'B', value: '2' }, { name: 'C', value: '3' }])])).toEqual({ A: '1', B: '2', C: '3' });
  });
});

describe('runScript', () => {
  let temp = '';
  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), 'coffer-script-test-'));
  });
  afterEach(() => {
    rmSync(temp, { recursive: true, force: true });
  });

  it('writes a 0600 script in a fresh 0700 folder under RUNNER_TEMP, runs it, returns its code and deletes the folder', async () => {
    const seen: { tool: string; args: string[]; folder: string; content: string; mode: number; dirMode: number; env: Record<string, string> }[] = [];
    const fake: Exec = async (tool, args, options) => {
      const file = args.at(-1) ?? '';
      seen.push({
        tool, args: args.slice(0, -1), folder: basename(dirname(dirname(file))) + '/' + basename(dirname(file)).replace(/[^-]+$/, 'X'),
        content: readFileSync(file, 'utf8'), mode: statSync(file).mode & 0o777, dirMode: statSync(dirname(file)).mode & 0o777, env: options.env ?? {},
      });
      expect(options.ignoreReturnCode).toBe(true);
      return Promise.resolve(7);
    };
    const code = await runScript('bash', 'echo "$X"', { RUNNER_TEMP: temp, INPUT_KEY: 'k', PATH: '/bin' }, { X: 'secret-x' }, fake);
    expect(code).toBe(7);
    expect(seen).toEqual([{
      tool: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail'], folder: `${basename(temp)}/coffer-run-X`,
      content: 'echo "$X"\n', mode: 0o600, dirMode: 0o700, env: { RUNNER_TEMP: temp, PATH: '/bin', X: 'secret-x' },
    }]);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('deletes the script even when the shell cannot start, and reports a signal as 1', async () => {
    const cannotStart: Exec = async () => Promise.reject(new Error('Unable to locate executable file: sh'));
    await expect(runScript('sh', 'true', { RUNNER_TEMP: temp }, {}, cannotStart)).rejects.toThrow('Unable to locate');
    expect(readdirSync(temp)).toEqual([]);
    const signalled: Exec = async () => Promise.resolve(null as unknown as number);
    expect(await runScript('sh', 'true', { RUNNER_TEMP: temp }, {}, signalled)).toBe(1);
  });

  it('runs a real bash command with the secret in its environment, and returns its exit code', async () => {
    const chunks: string[] = [];
    const exec: Exec = async (tool, args, options) => realExec(tool, args, { ...options, silent: true, listeners: { stdout: (data) => { chunks.push(data.toString()); } } });
    const code = await runScript('bash', 'test "$TOKEN" = \'t 100% "q"\'; echo ok; exit 3', { RUNNER_TEMP: temp, PATH: process.env.PATH ?? '' }, { TOKEN: 't 100% "q"' }, exec);
    expect([code, chunks.join('')]).toEqual([3, 'ok\n']);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('stops a bash script at the first failing command, as a run: step does', async () => {
    const exec: Exec = async (tool, args, options) => realExec(tool, args, { ...options, silent: true });
    expect(await runScript('bash', 'false | true; false\nexit 0', { RUNNER_TEMP: temp, PATH: process.env.PATH ?? '' }, {}, exec)).toBe(1);
  });
});
