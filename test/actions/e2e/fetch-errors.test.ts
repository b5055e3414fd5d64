/**
 * Failures and policies of the fetch bundle: a bad selection line, a missing secret under each
 * `missing` policy, an expired secret under each `expired` policy, a case collision, a wrong
 * key. Each message names what is wrong and never a value; a failed step delivers nothing.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { SimulatedRunner, describeStep, type StepResult } from './runner.js';
import { DAY_MS, readAudit, writeVault, type Fixture } from './vault-fixture.js';
import { marker } from './canaries.js';
import { fileLeaks, keyMaskedFirst, logLeaks } from './checks.js';
import type { Planted } from './leaks.js';
import { MasterKey } from '../../../src/core/crypto/master-key.js';

const VALUES = {
  'db-password': `pg ${marker()}\nsecond line ${marker()}`,
  'expired-one': `expired ${marker()}`,
  other: `other ${marker()}`,
  'json-collide': JSON.stringify({ 'a-b': `x ${marker()}`, a_b: `y ${marker()}` }),
};

let runner: SimulatedRunner;
let fixture: Fixture;
let planted: Planted[];

beforeAll(async () => {
  runner = new SimulatedRunner('fetch-errors');
  fixture = await writeVault(join(runner.workspace, 'ci', 'vault.json'), [
    { name: 'db-password', value: VALUES['db-password'] },
    { name: 'expired-one', value: VALUES['expired-one'], expiresOn: new Date(Date.now() - 3 * DAY_MS) },
    { name: 'other', value: VALUES.other },
    { name: 'disabled-one', value: VALUES.other, enabled: false },
    { name: 'json-collide', value: VALUES['json-collide'] },
  ]);
  planted = [...Object.entries(VALUES).map(([label, value]) => ({ label, value })), { label: 'key', value: fixture.key }];
});

afterAll(() => {
  runner.cleanup();
});

const fetch = (secrets: string, extra: Record<string, string> = {}): StepResult =>
  runner.step('fetch', { vault: 'ci/vault.json', key: fixture.key, secrets, ...extra });

const errors = (step: StepResult): string[] => step.annotations.filter((a) => a.level === 'error').map((a) => a.text);
const warnings = (step: StepResult): string[] => step.annotations.filter((a) => a.level === 'warning').map((a) => a.text);
const delivered = (step: StepResult): string[] => [...step.env.keys(), ...step.outputs.keys()];

/** A failed step: exit 1, one error matching every pattern, nothing delivered, the key masked first. */
function expectFailure(step: StepResult, ...patterns: RegExp[]): void {
  expect(step.status).toBe(1);
  expect(keyMaskedFirst(step, fixture.key)).toEqual([]);
  const matching = errors(step).filter((text) => patterns.every((p) => p.test(text)));
  expect({ errors: errors(step), matching: matching.length > 0 }).toEqual({ errors: errors(step), matching: true });
  expect(delivered(step)).toEqual([]);
  expect(logLeaks(step, planted)).toEqual([]);
}

describe('fetch: failures and policies', () => {
  it('fails on a bad selection line with its line number, before touching the vault', async () => {
    const before = (await readAudit(fixture)).length;
    const step = fetch('db-password\n# a comment\n\nbad/name!\nother');
    expectFailure(step, /\bline 4\b/i, /bad\/name!/);
    expect((await readAudit(fixture)).length).toBe(before);
  });

  it('fails on a disabled secret, naming it, like a missing one', () => {
    expectFailure(fetch('other\ndisabled-one'), /disabled-one/, /disabled/i);
  });

  it('fails without a key, saying which input is missing', () => {
    const step = runner.step('fetch', { vault: 'ci/vault.json', secrets: 'db-password' });
    expect(step.status).toBe(1);
    expect(errors(step).filter((e) => /\bkey\b/.test(e))).toHaveLength(1);
    expect(delivered(step)).toEqual([]);
  });

  it('fails on an https:// vault without the OIDC request variables, saying what the job needs', () => {
    expectFailure(fetch('db-password', { vault: 'https://vault.example.com' }), /permissions: id-token: write/);
  });

  it('fails on a missing secret, naming the secret and the vault', () => {
    const step = fetch('db-password\nnope-missing');
    expectFailure(step, /nope-missing/, /vault\.json/);
  });

  it('with missing: warn, warns naming the secret and delivers the rest', () => {
    const step = fetch('db-password\nnope-missing', { missing: 'warn' });
    expect(describeStep(step)).toMatch(/^exit 0;/);
    expect(warnings(step).filter((w) => w.includes('nope-missing'))).toHaveLength(1);
    expect(step.env.get('DB_PASSWORD') === VALUES['db-password']).toBe(true);
    expect(logLeaks(step, planted)).toEqual([]);
  });

  it('with missing: ignore, delivers the rest without a warning about it', () => {
    const step = fetch('db-password\nnope-missing', { missing: 'ignore' });
    expect(describeStep(step)).toMatch(/^exit 0;/);
    expect(warnings(step).filter((w) => w.includes('nope-missing'))).toEqual([]);
    expect(step.env.get('DB_PASSWORD') === VALUES['db-password']).toBe(true);
  });

  it('warns about an expired secret by default and delivers it', () => {
    const step = fetch('expired-one\nother');
    expect(describeStep(step)).toMatch(/^exit 0;/);
    expect(warnings(step).filter((w) => w.includes('expired-one') && /expire/i.test(w))).toHaveLength(1);
    expect(step.env.get('EXPIRED_ONE') === VALUES['expired-one']).toBe(true);
    expect(logLeaks(step, planted)).toEqual([]);
  });

  it('with expired: fail, fails naming the expired secret', () => {
    const step = fetch('other\nexpired-one', { expired: 'fail' });
    expectFailure(step, /expired-one/, /expire/i);
  });

  it('fails on two names that differ only in case, naming both', () => {
    const step = fetch('db-password > Api_Key\nother > API_KEY');
    expectFailure(step, /Api_Key/, /API_KEY/);
  });

  it('fails on a JSON secret whose keys flatten to one name, naming both', () => {
    expectFailure(fetch('json-collide.*'), /JSON_COLLIDE_A_B/, /json-collide/);
  });

  it('fails on a name that is taken (the names output, a GITHUB_ variable)', () => {
    expectFailure(fetch('db-password > names'), /names/);
    expectFailure(fetch('db-password > GITHUB_TOKEN'), /GITHUB_TOKEN/);
  });

  it('fails on a wildcard that matches nothing and on a version that does not exist, naming them', () => {
    expectFailure(fetch('zzz-*'), /zzz-\*/);
    expectFailure(fetch(`db-password@${'0'.repeat(32)}`), /db-password/, /0{32}/);
  });

  it('without the GITHUB_ENV file, fails instead of falling back to ::set-env commands on stdout', () => {
    const step = runner.step('fetch', { vault: 'ci/vault.json', key: fixture.key, secrets: 'db-password' }, { env: { GITHUB_ENV: '' } });
    expect(step.status).toBe(1);
    expect(step.commands.filter((c) => c.name === 'set-env' || c.name === 'set-output').length).toBe(0);
    expect(errors(step).filter((e) => e.includes('GITHUB_ENV'))).toHaveLength(1);
    expect(logLeaks(step, planted)).toEqual([]);
  });

  it('fails on a wrong key without printing it or any value', () => {
    const wrong = MasterKey.generate().toBase64();
    const step = runner.step('fetch', { vault: 'ci/vault.json', key: wrong, secrets: 'db-password' });
    expect(step.status).toBe(1);
    expect(keyMaskedFirst(step, wrong)).toEqual([]);
    expect(errors(step).length).toBeGreaterThan(0);
    expect(delivered(step)).toEqual([]);
    expect(logLeaks(step, [...planted, { label: 'wrong key', value: wrong }])).toEqual([]);
  });

  it('leaves no value in any file after all of these', () => {
    expect(runner.steps.flatMap((s) => s.unexpectedInputs)).toEqual([]);
    expect(fileLeaks(runner, planted)).toEqual([]);
  });
});
