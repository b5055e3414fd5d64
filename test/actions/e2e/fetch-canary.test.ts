/**
 * The fetch bundle under a simulated runner, fed canary values through every selection form:
 * masks come first (the key before anything), nothing leaks into the log, annotations, summary,
 * state, names or any file, and every value reaches GITHUB_ENV and GITHUB_OUTPUT byte for byte.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { SimulatedRunner, describeStep, type StepResult } from './runner.js';
import { latest, writeVault, readAudit, type Fixture } from './vault-fixture.js';
import { canarySet, SHORT_VALUE, type CanarySet } from './canaries.js';
import { entryProblems } from './file-commands.js';
import { DEFAULT_POLICY, fileLeaks, keyMaskedFirst, logLeaks, maskOrderProblems, roundTripProblems, unexpectedEntries } from './checks.js';
import type { Planted } from './leaks.js';
import type { AuditRecord } from '../../../src/core/audit/record.js';

let runner: SimulatedRunner;
let fixture: Fixture;
let canaries: CanarySet;
let main: StepResult;
let post: StepResult;
let planted: Planted[];
let auditBeforeMain = 0;
let auditBeforePost = 0;
let auditAfterPost = 0;
let mainRecords: AuditRecord[] = [];

beforeAll(async () => {
  runner = new SimulatedRunner('fetch-canary');
  canaries = canarySet();
  fixture = await writeVault(join(runner.workspace, '.coffer', 'vault.json'), canaries.specs);
  // Canaries a scan can find without chance matches: marked values, the short one, the key.
  planted = [
    ...canaries.targets.filter((t) => /[0-9a-f]{12}/.test(t.value) || t.value === SHORT_VALUE),
    { label: 'key', value: fixture.key },
  ];
  auditBeforeMain = (await readAudit(fixture)).length;
  main = runner.step('fetch', { vault: '.coffer/vault.json', key: fixture.key, secrets: canaries.selections(fixture.versions) });
  mainRecords = (await readAudit(fixture)).slice(auditBeforeMain);
  auditBeforePost = auditBeforeMain + mainRecords.length;
  post = runner.post(main);
  auditAfterPost = (await readAudit(fixture)).length;
});

afterAll(() => {
  runner.cleanup();
});

describe('fetch: canary values through every selection form', () => {
  it('succeeds, and passes only inputs its action.yml declares', () => {
    expect(describeStep(main)).toMatch(/^exit 0;/);
    expect(main.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(main.unexpectedInputs).toEqual([]);
  });

  it('masks the key input on the first line of stdout, before anything else', () => {
    expect(keyMaskedFirst(main, fixture.key)).toEqual([]);
  });

  it('masks every value, each line, its hex and base64url and each JSON leaf in one block, before any output that follows', () => {
    expect(maskOrderProblems(main, canaries.targets, DEFAULT_POLICY)).toEqual([]);
  });

  it('leaves the 3-character value unmasked and warns naming its secret', () => {
    expect(main.masks.map((m) => m.mask)).not.toContain(SHORT_VALUE);
    expect(main.annotations.filter((a) => a.level === 'warning' && a.text.includes("'short-one'"))).toHaveLength(1);
  });

  it('delivers every value to GITHUB_ENV exactly, byte for byte, under the names each form specifies', () => {
    expect(roundTripProblems(main.env, canaries.expected, 'env')).toEqual([]);
    expect(unexpectedEntries(main, canaries.expected)).toEqual([]);
  });

  it('sets one output per name, exactly, and `names` lists every name set', () => {
    expect(roundTripProblems(main.outputs, canaries.expected, 'output')).toEqual([]);
    const names = JSON.parse(main.outputs.get('names') ?? 'null') as unknown;
    expect(Array.isArray(names)).toBe(true);
    expect([...(names as string[])].sort()).toEqual([...canaries.expected.keys()].sort());
  });

  it('writes env, output and state entries in heredoc form with random delimiters not found in their values', () => {
    expect(entryProblems(main.envEntries)).toEqual([]);
    expect(entryProblems(main.outputEntries)).toEqual([]);
    expect(entryProblems(main.stateEntries)).toEqual([]);
    const delimiters = new Set([...main.envEntries, ...main.outputEntries].map((e) => e.delimiter));
    expect(delimiters.has('ghadelimiter_')).toBe(false);
  });

  it('treats values that look like workflow commands as data', () => {
    expect(main.commands.filter((c) => c.name === 'set-env').length).toBe(0);
    expect(main.commands.filter((c) => c.name !== 'add-mask' && c.data.includes('injected')).length).toBe(0);
    expect(main.commands.filter((c) => c.name === 'add-mask' && c.data.trim() === '').length).toBe(0);
  });

  it('shows no value (nor its hex, base64 or base64url) in the masked log, the annotations or stderr', () => {
    expect([...logLeaks(main, planted), ...logLeaks(post, planted)]).toEqual([]);
  });

  it('writes no value into the summary, GITHUB_STATE, entry names, the vault, its audit log or any other file', () => {
    expect(main.summary.length).toBeGreaterThan(0);
    expect(fileLeaks(runner, planted)).toEqual([]);
  });

  it('audits one SecretGet per distinct secret version fetched, however many selections name it', () => {
    const fetched = ['db-password', 'multi-line', 'special-chars', 'crlf-value', 'delimiter-prefix', 'heredoc-like', 'command-like',
      'short-one', 'unicode-value', 'big-value', 'svc-config', 'app-one', 'app-two'].map((name) => `/secrets/${name}/${latest(fixture, name)}`);
    fetched.push(`/secrets/versioned/${fixture.versions.get('versioned')?.[0] ?? ''}`);
    const gets = mainRecords.filter((r) => r.operationName === 'SecretGet');
    expect(gets.map((r) => `${r.resultType} ${String(r.properties.id)}`).sort()).toEqual(fetched.map((id) => `Success ${id}`).sort());
  });

  it('post step after a plain fetch: succeeds, delivers nothing, fetches nothing', () => {
    expect(describeStep(post)).toMatch(/^exit 0;/);
    expect(post.envEntries.map((e) => e.name)).toEqual([]);
    expect(post.outputEntries.map((e) => e.name)).toEqual([]);
    expect(auditAfterPost).toBe(auditBeforePost);
  });
});

describe('fetch: mask-encodings and min-mask-length', () => {
  let plain: StepResult;
  let lenient: StepResult;
  const value = (name: string): string => canaries.specs.find((s) => s.name === name)?.value ?? '';

  beforeAll(() => {
    const secrets = 'db-password\nshort-one\nmulti-line > MULTI\nsvc-config';
    plain = runner.step('fetch', { vault: 'file:.coffer/vault.json', key: fixture.key, secrets, 'mask-encodings': 'false' });
    lenient = runner.step('fetch', { vault: '.coffer/vault.json', key: fixture.key, secrets, 'min-mask-length': '2' });
  });

  it('with mask-encodings false, masks values and lines but not hex or base64url', () => {
    expect(describeStep(plain)).toMatch(/^exit 0;/);
    const targets = canaries.targets.filter((t) => ['DB_PASSWORD', 'MULTI', 'SVC_CONFIG'].includes(t.label)).map((t) => ({ label: t.label, value: t.value }));
    expect(maskOrderProblems(plain, targets, { minLength: 4, encodings: false })).toEqual([]);
    const masks = new Set(plain.masks.map((m) => m.mask));
    expect(masks.has(Buffer.from(value('db-password')).toString('hex'))).toBe(false);
    expect(masks.has(Buffer.from(value('db-password')).toString('base64url'))).toBe(false);
  });

  it('with min-mask-length 2, masks the 3-character value first and does not warn about it', () => {
    expect(describeStep(lenient)).toMatch(/^exit 0;/);
    expect(maskOrderProblems(lenient, [{ label: 'SHORT_ONE', value: SHORT_VALUE }, { label: 'DB_PASSWORD', value: value('db-password') }], { minLength: 2, encodings: true })).toEqual([]);
    expect(lenient.annotations.filter((a) => a.text.includes("'short-one'"))).toEqual([]);
    expect(lenient.env.get('SHORT_ONE')).toBe(SHORT_VALUE);
  });

  it('with export-env false, sets outputs only; with outputs false, exports env only, without `names`', () => {
    const secrets = 'db-password\nmulti-line > MULTI';
    const outputsOnly = runner.step('fetch', { vault: '.coffer/vault.json', key: fixture.key, secrets, 'export-env': 'false' });
    const envOnly = runner.step('fetch', { vault: '.coffer/vault.json', key: fixture.key, secrets, outputs: 'false' });
    const expected = new Map([['DB_PASSWORD', value('db-password')], ['MULTI', value('multi-line')]]);
    expect([describeStep(outputsOnly), describeStep(envOnly)]).toEqual([expect.stringMatching(/^exit 0;/), expect.stringMatching(/^exit 0;/)]);
    expect([...outputsOnly.env.keys()]).toEqual([]);
    expect(roundTripProblems(outputsOnly.outputs, expected, 'output')).toEqual([]);
    expect([...envOnly.outputs.keys()]).toEqual([]);
    expect(roundTripProblems(envOnly.env, expected, 'env')).toEqual([]);
  });

  it('with cleanup-env, the post step sets every exported variable to the empty string', () => {
    const step = runner.step('fetch', { vault: '.coffer/vault.json', key: fixture.key, secrets: 'db-password\nmulti-line > MULTI', 'cleanup-env': 'true' });
    const after = runner.post(step);
    expect([describeStep(step), describeStep(after)]).toEqual([expect.stringMatching(/^exit 0;/), expect.stringMatching(/^exit 0;/)]);
    expect(Object.fromEntries(after.env)).toEqual({ DB_PASSWORD: '', MULTI: '' });
    expect(entryProblems(after.envEntries)).toEqual([]);
  });

  it('uses fresh delimiters on every run', () => {
    const first = new Set(main.envEntries.map((e) => e.delimiter));
    expect(plain.envEntries.filter((e) => first.has(e.delimiter))).toEqual([]);
  });

  it('leaks nothing in these runs either', () => {
    expect(runner.steps.flatMap((s) => s.unexpectedInputs)).toEqual([]);
    expect(runner.steps.flatMap((s) => logLeaks(s, planted))).toEqual([]);
    expect(fileLeaks(runner, planted)).toEqual([]);
  });
});
