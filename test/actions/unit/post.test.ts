import { describe, it, expect, jest, beforeEach, afterEach } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUNNER_MODULE, runnerStub, type Call } from './runner-stub.js';

const calls: Call[] = [];
const stub = runnerStub(calls);
jest.unstable_mockModule(RUNNER_MODULE, () => stub.module);
const { cleanup, isPost, markForPost, namesToClear, removeFilesDir } = await import('../../../src/actions/post.js');

let temp: string;
beforeEach(() => {
  calls.length = 0;
  stub.state.clear();
  temp = mkdtempSync(join(tmpdir(), 'coffer-post-test-'));
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('post step', () => {
  it('is detected from the isPost state, which main saves only inside a runner', () => {
    expect(isPost()).toBe(false);
    markForPost({});
    expect(calls).toEqual([]);
    markForPost({ GITHUB_STATE: '/x' });
    expect(calls).toEqual([{ fn: 'saveState', args: ['isPost', 'true'] }]);
    stub.state.set('isPost', 'true');
    expect(isPost()).toBe(true);
  });

  it('deletes the saved folder of secret files and empties the saved names', () => {
    const dir = join(temp, 'coffer-abc');
    mkdirSync(dir);
    writeFileSync(join(dir, 'DB_PASSWORD'), 'x', { mode: 0o600 });
    stub.state.set('files-dir', dir);
    stub.state.set('clear-env', '["DB_PASSWORD_FILE","OTHER"]');
    cleanup({ RUNNER_TEMP: temp });
    expect(existsSync(dir)).toBe(false);
    expect(calls).toEqual([
      { fn: 'info', args: [`Deleted the secret files in ${dir}.`] },
      { fn: 'exportVariable', args: ['DB_PASSWORD_FILE', ''] },
      { fn: 'exportVariable', args: ['OTHER', ''] },
      { fn: 'info', args: ['Cleared 2 exported variables: DB_PASSWORD_FILE, OTHER.'] },
    ]);
  });

  it('does nothing without saved state', () => {
    cleanup();
    expect(calls).toEqual([]);
  });

  it('refuses to delete a folder it did not create, with a warning', () => {
    const dir = join(temp, 'important');
    mkdirSync(dir);
    stub.state.set('files-dir', dir);
    cleanup({ RUNNER_TEMP: temp });
    expect(existsSync(dir)).toBe(true);
    expect(calls).toEqual([{ fn: 'warning', args: [`Did not delete ${dir}: it is not a folder this action created.`] }]);
  });
});

describe('post helpers', () => {
  it('namesToClear keeps valid names only, and ignores anything that is not a JSON list', () => {
    expect(namesToClear('["A","bad name","B",3,"GITHUB_TOKEN"]')).toEqual(['A', 'B']);
    expect([namesToClear(''), namesToClear('{'), namesToClear('"A"'), namesToClear('{"a":1}')]).toEqual([[], [], [], []]);
  });

  it('removeFilesDir removes only coffer-* folders directly under the runner temp folder', () => {
    const removed: string[] = [];
    const remove = (path: string): void => { removed.push(path); };
    const attempts = ['/tmp/coffer-x', '/tmp/other', '', '/', '/home/victim/coffer-important', 'coffer-relative', '/tmp/a/coffer-deeper', '/tmp/x/../coffer-y'];
    expect(attempts.map((dir) => removeFilesDir(dir, '/tmp', remove))).toEqual([true, false, false, false, false, false, false, true]);
    expect(removed).toEqual(['/tmp/coffer-x', '/tmp/x/../coffer-y']);
  });
});
