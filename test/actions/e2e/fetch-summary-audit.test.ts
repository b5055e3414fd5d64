/**
 * What a fetch leaves for auditors: the step summary (one row per secret with name, version,
 * destination, expiry marker and result, then who ran it and a link to the run, never a value)
 * and the vault's own audit log (one SecretGet per secret fetched, with the run's claims).
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { CONTEXT, RUN_URL, SimulatedRunner, describeStep, type StepResult } from './runner.js';
import { DAY_MS, latest, readAudit, writeVault, type Fixture } from './vault-fixture.js';
import { marker } from './canaries.js';
import { fileLeaks, logLeaks } from './checks.js';
import type { AuditRecord } from '../../../src/core/audit/record.js';

const now = Date.now();
const SECRETS = {
  'alpha-one': { value: `alpha one ${marker()}` },
  'alpha-two': { value: `alpha two ${marker()}`, expiresOn: new Date(now + 10 * DAY_MS) },
  'beta-solo': { value: `beta ${marker()}`, expiresOn: new Date(now + 400 * DAY_MS) },
  'old-expired': { value: `old ${marker()}`, expiresOn: new Date(now - 2 * DAY_MS) },
  'gamma-other': { value: `gamma ${marker()}` },
};
const FETCHED = ['alpha-one', 'alpha-two', 'beta-solo', 'old-expired'];
const WARNING_MARK = /⚠/;

let runner: SimulatedRunner;
let fixture: Fixture;
let step: StepResult;
let before: AuditRecord[];
let added: AuditRecord[];

beforeAll(async () => {
  runner = new SimulatedRunner('fetch-summary');
  fixture = await writeVault(join(runner.workspace, '.coffer', 'vault.json'), Object.entries(SECRETS).map(([name, spec]) => ({ name, ...spec })));
  before = await readAudit(fixture);
  step = runner.step('fetch', { vault: '.coffer/vault.json', key: fixture.key, secrets: 'alpha-*\nbeta-solo\nold-expired > OLD' });
  added = (await readAudit(fixture)).slice(before.length);
});

afterAll(() => {
  runner.cleanup();
});

/** The summary's table rows (markdown lines starting with `|`) that mention `name`. */
const rowsOf = (name: string): string[] => step.summary.split('\n').filter((line) => line.startsWith('|') && new RegExp(`(^|[^A-Za-z0-9-])${name}([^A-Za-z0-9-]|$)`).test(line));

describe('fetch: step summary', () => {
  it('succeeds', () => {
    expect(describeStep(step)).toMatch(/^exit 0;/);
  });

  it('has exactly one row per fetched secret, and none for secrets not selected', () => {
    expect(FETCHED.map((name) => [name, rowsOf(name).length])).toEqual(FETCHED.map((name) => [name, 1]));
    expect(rowsOf('gamma-other')).toEqual([]);
  });

  it('gives each row the version, where the value went and the result', () => {
    for (const name of FETCHED) {
      const row = rowsOf(name)[0] ?? '';
      expect({ name, version: row.includes(latest(fixture, name)), env: /\benv\b/.test(row), output: /\boutput\b/.test(row) }).toEqual({ name, version: true, env: true, output: true });
    }
    expect(rowsOf('alpha-one')[0]).toMatch(/✅|\bok\b/i);
    expect(rowsOf('old-expired')[0]).toMatch(/expired/i);
    expect(rowsOf('old-expired')[0]).toMatch(/\bOLD\b/);
  });

  it('marks an expiry within 30 days or past, and no other', () => {
    expect(FETCHED.map((name) => [name, WARNING_MARK.test(rowsOf(name)[0] ?? '')])).toEqual([
      ['alpha-one', false], ['alpha-two', true], ['beta-solo', false], ['old-expired', true],
    ]);
  });

  it('warns in annotations about the secrets expiring within 30 days or expired, naming them', () => {
    const warned = FETCHED.filter((name) => step.annotations.some((a) => a.level === 'warning' && a.text.includes(`'${name}'`)));
    expect(warned).toEqual(['alpha-two', 'old-expired']);
  });

  it('says who ran it and links the run', () => {
    for (const value of [CONTEXT.GITHUB_ACTOR, CONTEXT.GITHUB_REPOSITORY, CONTEXT.GITHUB_WORKFLOW, CONTEXT.GITHUB_RUN_ID, CONTEXT.GITHUB_REF, CONTEXT.GITHUB_EVENT_NAME]) {
      expect({ value, present: step.summary.includes(value) }).toEqual({ value, present: true });
    }
    expect(step.summary).toContain(RUN_URL);
  });

  it('holds no value, and neither does anything else', () => {
    const planted = [...Object.entries(SECRETS).map(([label, s]) => ({ label, value: s.value })), { label: 'key', value: fixture.key }];
    expect(logLeaks(step, planted)).toEqual([]);
    expect(fileLeaks(runner, planted)).toEqual([]);
  });
});

describe('fetch: the vault audit log', () => {
  const gets = (): AuditRecord[] => added.filter((r) => r.operationName === 'SecretGet');

  it('gains one successful SecretGet per fetched secret, naming its version', () => {
    expect(gets().map((r) => [r.resultType, r.properties.id]).sort()).toEqual(
      FETCHED.map((name) => ['Success', `/secrets/${name}/${latest(fixture, name)}`]).sort());
  });

  it('records the GitHub run in each identity', () => {
    for (const record of gets()) {
      expect(record.identity.claim).toMatchObject({
        repository: CONTEXT.GITHUB_REPOSITORY, repository_id: CONTEXT.GITHUB_REPOSITORY_ID, workflow: CONTEXT.GITHUB_WORKFLOW,
        run_id: CONTEXT.GITHUB_RUN_ID, run_attempt: CONTEXT.GITHUB_RUN_ATTEMPT, actor: CONTEXT.GITHUB_ACTOR,
        ref: CONTEXT.GITHUB_REF, sha: CONTEXT.GITHUB_SHA, event_name: CONTEXT.GITHUB_EVENT_NAME,
      });
    }
  });

  it('records nothing about secrets it did not fetch', () => {
    expect(added.filter((r) => String(r.properties.id ?? '').includes('gamma-other'))).toEqual([]);
  });
});
