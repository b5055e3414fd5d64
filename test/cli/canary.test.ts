/**
 * The canary: values planted through every input path (--value, --file, stdin, update,
 * backup/restore, rekey) must show up nowhere but on the stdout of `secret get` — not on any
 * stderr, not on any other command's stdout, not in the vault file, the audit log or the
 * backup blob, in any of the encodings a careless writer would use.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Sandbox, canary, leakForms, type Result } from './harness.js';

let box: Sandbox;
const planted = { inline: canary(), file: canary(), stdin: canary(), typo: canary(), positional: canary() };
/** Results whose stdout is allowed to carry a value: `secret get` without errors. */
const gets: Result[] = [];
let blob = '';

function expectAbsent(text: string, where: string): void {
  for (const value of Object.values(planted)) {
    for (const form of leakForms(value)) {
      if (text.includes(form)) throw new Error(`a canary (${form === value ? 'raw' : 'encoded'}) leaked into ${where}`);
    }
  }
}

beforeAll(() => {
  box = new Sandbox();
  box.init();
  box.writeFile('value.txt', `${planted.file}\n`);
  const run = (args: string[], input?: string): Result => box.run(args, input === undefined ? {} : { input });
  run(['secret', 'set', 'inline', '--value', planted.inline, '--tag', 'kind=inline', '--json']);
  run(['secret', 'set', 'from-file', '--file', 'value.txt', '--content-type', 'text/plain']);
  run(['secret', 'set', 'from-stdin', '--expires', '2020-01-01'], planted.stdin);
  gets.push(run(['secret', 'get', 'inline']), run(['secret', 'get', 'from-file', '--json']), run(['secret', 'get', 'from-stdin']));
  // Mistakes that put a value where it does not belong must not echo it either.
  run(['secret', 'set', 'typo', `--vlaue=${planted.typo}`]);
  run(['secret', 'set', 'typo', planted.positional]);
  run(['secret', 'set', 'typo', '--value', planted.typo, '--expires', 'soon']);
  run(['secret', 'set', 'bad/name', '--value', planted.typo]);
  run(['secret', 'set', 'too-big', '--value', `${planted.typo}${'x'.repeat(26 * 1024)}`]);
  run(['secret', 'update', 'inline', '--enabled', 'false']);
  run(['secret', 'get', 'inline']);
  run(['secret', 'update', 'inline', '--enabled', 'true', '--tag', 'rotated=yes']);
  for (const args of [['secret', 'list'], ['secret', 'list', '--json'], ['secret', 'versions', 'inline', '--json'], ['secret', 'versions', 'from-stdin']]) run(args);
  blob = run(['secret', 'backup', 'from-file']).stdout;
  run(['secret', 'backup', 'from-stdin', '--out', 'stdin.blob']);
  run(['secret', 'delete', 'from-file']);
  run(['secret', 'deleted']);
  run(['secret', 'deleted', '--json']);
  run(['secret', 'set', 'from-file', '--value', planted.inline]);
  run(['secret', 'purge', 'from-file']);
  run(['secret', 'restore'], blob);
  run(['secret', 'delete', 'inline']);
  run(['secret', 'recover', 'inline']);
  run(['audit', 'show']);
  run(['audit', 'show', '--json']);
  run(['audit', 'verify']);
  run(['rekey', '--new-key-file', 'new.key']);
  box.env.COFFER_KEY = box.read('new.key').trim();
  gets.push(run(['secret', 'get', 'from-file']));
});
afterAll(() => {
  box.cleanup();
});

describe('canary values', () => {
  it('are served intact by secret get', () => {
    expect(gets.map((r) => r.status)).toEqual([0, 0, 0, 0]);
    expect(gets[0]?.stdout).toBe(planted.inline);
    expect(JSON.parse(gets[1]?.stdout ?? '{}')).toMatchObject({ value: `${planted.file}\n` });
    expect(gets[2]?.stdout).toBe(planted.stdin);
    expect(gets[3]?.stdout).toBe(`${planted.file}\n`);
  });

  it('never appear on stderr', () => {
    expect(box.results.length).toBeGreaterThan(30);
    box.results.forEach((r, i) => {
      expectAbsent(r.stderr, `stderr of run ${i}`);
    });
  });

  it('never appear on the stdout of any command but secret get', () => {
    box.results.filter((r) => !gets.includes(r)).forEach((r, i) => {
      expectAbsent(r.stdout, `stdout of run ${i}`);
    });
  });

  it('never appear in the vault file or the audit log', () => {
    expectAbsent(box.read('.coffer/vault.json'), 'the vault file');
    expectAbsent(box.read('.coffer/vault.json.audit.jsonl'), 'the audit log');
  });

  it('never appear in a backup blob, decoded', () => {
    for (const text of [blob.trim(), box.read('stdin.blob').trim()]) {
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expectAbsent(text, 'a backup blob');
      expectAbsent(Buffer.from(text, 'base64url').toString('utf8'), 'a decoded backup blob');
    }
  });

  it('would be caught if they leaked (the check itself works)', () => {
    expect(() => {
      expectAbsent(`x${Buffer.from(planted.stdin).toString('hex')}x`, 'a test string');
    }).toThrow('a canary (encoded) leaked into a test string');
  });
});
