/**
 * Files mode and the post step: each value in a 0600 file under RUNNER_TEMP, `<NAME>_FILE`
 * holding its path; the post step deletes the files and, with cleanup-env, empties every
 * variable the main step exported.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { SimulatedRunner, describeStep, type StepResult } from './runner.js';
import { writeVault, type Fixture } from './vault-fixture.js';
import { canarySet, SHORT_VALUE, type CanarySet } from './canaries.js';
import { entryProblems } from './file-commands.js';
import { fileLeaks, keyMaskedFirst, logLeaks, maskOrderProblems } from './checks.js';
import type { Planted } from './leaks.js';

const SELECTED = ['MULTI', 'CRLF_VALUE', 'UNICODE_VALUE', 'BIG_VALUE', 'SHORT_ONE', 'COMMAND_LIKE', 'DB_HOST'];
const SECRETS = 'multi-line > MULTI\ncrlf-value\nunicode-value\nbig-value\nshort-one\ncommand-like\nsvc-config.database.host > DB_HOST';

let runner: SimulatedRunner;
let fixture: Fixture;
let canaries: CanarySet;
let main: StepResult;
let post: StepResult;
let planted: Planted[];
/** Env name → its value, for the names selected here. */
let expected: Map<string, string>;
/** What existed right after the main step: path → bytes and mode. */
const written = new Map<string, { bytes: Buffer; mode: number; dirMode: number }>();

beforeAll(async () => {
  runner = new SimulatedRunner('fetch-files');
  canaries = canarySet();
  fixture = await writeVault(join(runner.workspace, 'vault.json'), canaries.specs);
  expected = new Map(SELECTED.map((name) => [name, canaries.expected.get(name) ?? '']));
  planted = [...[...expected.values()].map((value, i) => ({ label: SELECTED[i] ?? '?', value })), { label: 'key', value: fixture.key }];
  main = runner.step('fetch', { vault: 'vault.json', key: fixture.key, secrets: SECRETS, files: 'true', 'cleanup-env': 'true' });
  for (const name of SELECTED) {
    const path = main.env.get(`${name}_FILE`);
    if (path === undefined || !existsSync(path)) continue;
    written.set(path, { bytes: readFileSync(path), mode: statSync(path).mode & 0o777, dirMode: statSync(join(path, '..')).mode & 0o777 });
  }
  post = runner.post(main);
});

afterAll(() => {
  runner.cleanup();
});

describe('fetch with files: true', () => {
  it('succeeds, masking the key first and every value before any other line', () => {
    expect(describeStep(main)).toMatch(/^exit 0;/);
    expect(main.unexpectedInputs).toEqual([]);
    expect(keyMaskedFirst(main, fixture.key)).toEqual([]);
    expect(maskOrderProblems(main, [...expected].map(([label, value]) => ({ label, value })))).toEqual([]);
  });

  it('sets <NAME>_FILE in env and outputs to a path under RUNNER_TEMP, and never the value itself', () => {
    const fileNames = SELECTED.map((name) => `${name}_FILE`);
    expect([...main.env.keys()].sort()).toEqual([...fileNames].sort());
    for (const name of fileNames) {
      expect(main.env.get(name)?.startsWith(runner.temp + sep)).toBe(true);
      expect(main.outputs.get(name)).toBe(main.env.get(name));
    }
    expect(JSON.parse(main.outputs.get('names') ?? '[]')).toEqual(expect.arrayContaining(fileNames));
    expect(entryProblems(main.envEntries)).toEqual([]);
  });

  it('writes each value, byte for byte, to its own file of mode 0600 in a folder only the owner can open', () => {
    expect(written.size).toBe(SELECTED.length);
    for (const name of SELECTED) {
      const file = written.get(main.env.get(`${name}_FILE`) ?? '');
      expect({ name, mode: file?.mode.toString(8), same: file?.bytes.equals(Buffer.from(expected.get(name) ?? '', 'utf8')) }).toEqual({ name, mode: '600', same: true });
      expect((file?.dirMode ?? 0o777) & 0o077).toBe(0);
    }
    expect(written.get(main.env.get('SHORT_ONE_FILE') ?? '')?.bytes.toString('utf8')).toBe(SHORT_VALUE);
  });

  it('post step deletes every file it wrote', () => {
    expect(describeStep(post)).toMatch(/^exit 0;/);
    expect([...written.keys()].filter((path) => existsSync(path))).toEqual([]);
  });

  it('post step with cleanup-env sets every exported variable to the empty string', () => {
    expect(Object.fromEntries(post.env)).toEqual(Object.fromEntries([...main.env.keys()].map((name) => [name, ''])));
    expect(entryProblems(post.envEntries)).toEqual([]);
  });

  it('leaves no value in the log, the state, or any file but the 0600 ones (which the post step removed)', () => {
    expect([...logLeaks(main, planted), ...logLeaks(post, planted)]).toEqual([]);
    expect(fileLeaks(runner, planted)).toEqual([]);
  });
});

describe('fetch with files: true and cleanup-files: false', () => {
  it('keeps the files after the post step', () => {
    const step = runner.step('fetch', { vault: 'vault.json', key: fixture.key, secrets: 'multi-line > MULTI', files: 'true', 'cleanup-files': 'false' });
    const path = step.env.get('MULTI_FILE') ?? '';
    const after = runner.post(step);
    expect([describeStep(step), describeStep(after)]).toEqual([expect.stringMatching(/^exit 0;/), expect.stringMatching(/^exit 0;/)]);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8') === expected.get('MULTI')).toBe(true);
    expect(fileLeaks(runner, planted, new Set([path]))).toEqual([]);
  });
});
