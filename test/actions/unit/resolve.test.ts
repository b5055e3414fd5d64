import { describe, it, expect, afterEach } from '@jest/globals';
import { expiresSoon, resolveSelections, resultOf, type Outcome, type ResolvePolicy } from '../../../src/actions/resolve.js';
import { parseSelections } from '../../../src/actions/selection.js';
import type { Authorizer } from '../../../src/core/access/decision.js';
import { MAX_BATCH, type SecretRequest, type Vault } from '../../../src/core/vault.js';
import { DAY_MS, T0, tempVault, type TempVault } from '../../core/helpers.js';

const POLICY: ResolvePolicy = { missing: 'fail', expired: 'warn', minMaskLength: 4, now: T0 };
const day = (n: number): Date => new Date(T0.getTime() + n * DAY_MS);

let t: TempVault;
afterEach(async () => {
  await t.cleanup();
});

const resolve = (secrets: string, policy: Partial<ResolvePolicy> = {}): Promise<Outcome[]> =>
  resolveSelections(t.vault, parseSelections(secrets), { ...POLICY, ...policy });

/** What a test compares: the secret, its entries, its issues and result, and whether a value is held. */
const brief = (o: Outcome): unknown => ({ secret: o.secret, entries: o.entries, issues: o.issues, result: resultOf(o), value: o.value });
const gets = (): string[] => t.auditRecords().filter((r) => r.operationName === 'SecretGet').map((r) => String(r.properties.id));

/** `s-0000`, `s-0001`, … */
const numbered = (count: number): string[] => Array.from({ length: count }, (_, i) => `s-${String(i).padStart(4, '0')}`);

/** The vault, recording the size of each getSecrets batch. */
function watchBatches(real: Vault): { vault: Vault; batches: number[] } {
  const batches: number[] = [];
  const getSecrets: Vault['getSecrets'] = async (requests: readonly SecretRequest[]) => {
    batches.push(requests.length);
    return real.getSecrets(requests);
  };
  // A Proxy, not Object.create: LocalVault's private fields need the real receiver.
  const vault = new Proxy(real, {
    get: (target, property) => {
      if (property === 'getSecrets') return getSecrets;
      const member: unknown = Reflect.get(target, property, target);
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
    },
  });
  return { vault, batches };
}

describe('resolveSelections: forms', () => {
  it('a name, a renamed name and a pinned version, each with its properties', async () => {
    t = await tempVault();
    const first = await t.vault.setSecret('db-password', 'first-value');
    const second = await t.vault.setSecret('db-password', 'second-value');
    const outcomes = await resolve(`db-password\nDB-Password > PG\ndb-password@${first.properties.version}`);
    expect(outcomes.map(brief)).toEqual([
      { secret: 'db-password', entries: [{ name: 'DB_PASSWORD', value: 'second-value' }], issues: [], result: 'ok', value: 'second-value' },
      { secret: 'db-password', entries: [{ name: 'PG', value: 'second-value' }], issues: [], result: 'ok', value: 'second-value' },
      { secret: 'db-password', entries: [{ name: 'DB_PASSWORD', value: 'first-value' }], issues: [], result: 'ok', value: 'first-value' },
    ]);
    expect(outcomes.map((o) => o.properties)).toEqual([second.properties, second.properties, first.properties]);
    expect(outcomes.map((o) => o.selection.line)).toEqual([1, 2, 3]);
  });

  it('fetches a secret selected twice only once (one audited get)', async () => {
    t = await tempVault();
    const set = await t.vault.setSecret('db-password', 'the-value');
    await resolve('db-password\ndb-password > PG\ndb-*');
    expect(gets()).toEqual([`/secrets/db-password/${set.properties.version}`]);
  });

  it('a wildcard: enabled, live secrets with the prefix (any case), in name order; disabled and deleted skipped and not fetched', async () => {
    t = await tempVault();
    await t.vault.setSecret('app-two', 'two-value');
    await t.vault.setSecret('App-One', 'one-value');
    await t.vault.setSecret('app-disabled', 'disabled-value', { enabled: false });
    await t.vault.setSecret('app-deleted', 'deleted-value');
    await t.vault.deleteSecret('app-deleted');
    await t.vault.setSecret('apple', 'apple-value');
    const outcomes = await resolve('APP-*');
    expect(outcomes.map((o) => [o.secret, o.entries])).toEqual([
      ['App-One', [{ name: 'APP_ONE', value: 'one-value' }]],
      ['app-two', [{ name: 'APP_TWO', value: 'two-value' }]],
    ]);
    expect(gets().map((id) => id.split('/')[2])).toEqual(['App-One', 'app-two']);
  });

  it('* selects every enabled secret', async () => {
    t = await tempVault();
    await t.vault.setSecret('b', 'b-value');
    await t.vault.setSecret('a', 'a-value');
    await t.vault.setSecret('c', 'c-value', { enabled: false });
    expect((await resolve('*')).map((o) => o.secret)).toEqual(['a', 'b']);
  });

  it('a JSON secret flattened, one field by path, one renamed, an object field as JSON text', async () => {
    t = await tempVault();
    const value = JSON.stringify({ database: { host: 'db.internal', port: 5432 }, hosts: ['h-one', 'h-two'], on: true });
    const set = await t.vault.setSecret('app-config', value);
    const outcomes = await resolve(`app-config.*\napp-config.database.host\napp-config.hosts.1 > SECOND\napp-config@${set.properties.version}.database`);
    expect(outcomes.map((o) => o.entries)).toEqual([
      [
        { name: 'APP_CONFIG_DATABASE_HOST', value: 'db.internal' }, { name: 'APP_CONFIG_DATABASE_PORT', value: '5432' },
        { name: 'APP_CONFIG_HOSTS_0', value: 'h-one' }, { name: 'APP_CONFIG_HOSTS_1', value: 'h-two' }, { name: 'APP_CONFIG_ON', value: 'true' },
      ],
      [{ name: 'APP_CONFIG_DATABASE_HOST', value: 'db.internal' }],
      [{ name: 'SECOND', value: 'h-two' }],
      [{ name: 'APP_CONFIG_DATABASE', value: '{"host":"db.internal","port":5432}' }],
    ]);
    expect(outcomes.every((o) => o.value === value)).toBe(true);
    // One get for the latest version (three selections), one for the pinned one.
    expect(gets()).toEqual([`/secrets/app-config/${set.properties.version}`, `/secrets/app-config/${set.properties.version}`]);
  });
});

describe('resolveSelections: missing', () => {
  const missingCases = async (secrets: string, setUp: (t: TempVault) => Promise<void>, policy: ResolvePolicy['missing']): Promise<unknown[]> => {
    t = await tempVault();
    await setUp(t);
    return (await resolve(secrets, { missing: policy })).map(brief);
  };
  const none = async (): Promise<void> => {};

  it('fail: a failed outcome naming the secret, its line and the vault; nothing to deliver', async () => {
    expect(await missingCases('nope', none, 'fail')).toEqual([{
      secret: 'nope', entries: [], result: 'failed', value: undefined,
      issues: [{ severity: 'error', brief: 'not found', message: `Secret 'nope' (line 1) was not found in ${t.path}.` }],
    }]);
  });

  it('warn and ignore: the same issue as a warning, or ignored', async () => {
    expect(await missingCases('nope', none, 'warn')).toEqual([expect.objectContaining({ result: 'warning', issues: [expect.objectContaining({ severity: 'warning' })] })]);
    await t.cleanup();
    expect(await missingCases('nope', none, 'ignore')).toEqual([expect.objectContaining({ result: 'ignored', issues: [expect.objectContaining({ severity: 'ignored' })] })]);
  });

  it('a pinned version that does not exist', async () => {
    const v = 'f'.repeat(32);
    const outcomes = await missingCases(`db@${v}`, async (tv) => { await tv.vault.setSecret('db', 'value-one'); }, 'fail');
    expect(outcomes).toEqual([expect.objectContaining({ issues: [{ severity: 'error', brief: 'not found', message: `Version '${v}' of secret 'db' (line 1) was not found in ${t.path}.` }] })]);
  });

  it('a disabled secret, by name', async () => {
    const outcomes = await missingCases('\nlocked', async (tv) => { await tv.vault.setSecret('locked', 'value-one', { enabled: false }); }, 'fail');
    expect(outcomes).toEqual([expect.objectContaining({ issues: [{ severity: 'error', brief: 'disabled', message: `Secret 'locked' (line 2) is disabled in ${t.path}.` }] })]);
  });

  it('a wildcard that matches nothing', async () => {
    const outcomes = await missingCases('zzz-*', async (tv) => { await tv.vault.setSecret('zzz-off', 'value-one', { enabled: false }); }, 'warn');
    expect(outcomes).toEqual([{
      secret: 'zzz-*', entries: [], result: 'warning', value: undefined,
      issues: [{ severity: 'warning', brief: 'no match', message: `No enabled secret in ${t.path} matches 'zzz-*' (line 1).` }],
    }]);
  });

  it('a JSON field that is absent follows the missing policy', async () => {
    const outcomes = await missingCases('cfg.a.b', async (tv) => { await tv.vault.setSecret('cfg', '{"a":{}}'); }, 'ignore');
    expect(outcomes).toEqual([{
      secret: 'cfg', entries: [], result: 'ignored', value: undefined,
      issues: [{ severity: 'ignored', brief: "no field 'a.b'", message: `Secret 'cfg' (line 1) in ${t.path} has no field 'a.b'.` }],
    }]);
  });
});

describe('resolveSelections: JSON that is not', () => {
  it('fails naming the secret, never quoting the value, whatever the missing policy', async () => {
    t = await tempVault();
    await t.vault.setSecret('cfg', 'canary-NOT-JSON-9f3b');
    await t.vault.setSecret('num', '12345');
    const outcomes = await resolve('cfg.*\ncfg.a\nnum.*', { missing: 'ignore' });
    expect(outcomes.map(brief)).toEqual([
      { secret: 'cfg', entries: [], result: 'failed', value: undefined, issues: [{ severity: 'error', brief: 'not JSON', message: "Secret 'cfg' (line 1) is not valid JSON: a field or '.*' selection needs a JSON value." }] },
      { secret: 'cfg', entries: [], result: 'failed', value: undefined, issues: [{ severity: 'error', brief: 'not JSON', message: "Secret 'cfg' (line 2) is not valid JSON: a field or '.*' selection needs a JSON value." }] },
      { secret: 'num', entries: [], result: 'failed', value: undefined, issues: [{ severity: 'error', brief: 'not a JSON object', message: "Secret 'num' (line 3) is not a JSON object or array: '.*' flattens objects and arrays." }] },
    ]);
    expect(JSON.stringify(outcomes)).not.toContain('canary-NOT-JSON');
  });
});

describe('resolveSelections: dates', () => {
  it('expired: warn delivers with a warning; fail delivers nothing', async () => {
    t = await tempVault();
    await t.vault.setSecret('old', 'old-value', { expiresOn: day(-1) });
    const issue = { brief: 'expired', message: "Secret 'old' (line 1) expired on 2024-12-31T00:00:00Z." };
    expect((await resolve('old')).map(brief)).toEqual([{ secret: 'old', entries: [{ name: 'OLD', value: 'old-value' }], result: 'warning', value: 'old-value', issues: [{ severity: 'warning', ...issue }] }]);
    expect((await resolve('old', { expired: 'fail' })).map(brief)).toEqual([{ secret: 'old', entries: [], result: 'failed', value: undefined, issues: [{ severity: 'error', ...issue }] }]);
  });

  it('not valid yet follows the expired policy', async () => {
    t = await tempVault();
    await t.vault.setSecret('early', 'early-value', { notBefore: day(2) });
    expect((await resolve('early', { expired: 'fail' }))[0]?.issues).toEqual([{ severity: 'error', brief: 'not valid yet', message: "Secret 'early' (line 1) is not valid until 2025-01-03T00:00:00Z." }]);
  });

  it('expiring within 30 days: a warning, delivered, under either policy; 31 days: nothing', async () => {
    t = await tempVault();
    await t.vault.setSecret('soon', 'soon-value', { expiresOn: day(30) });
    await t.vault.setSecret('one-day', 'one-day-value', { expiresOn: new Date(T0.getTime() + 1000) });
    await t.vault.setSecret('later', 'later-value', { expiresOn: day(31) });
    const outcomes = await resolve('soon\none-day\nlater', { expired: 'fail' });
    expect(outcomes.map((o) => [resultOf(o), o.entries.length, o.issues])).toEqual([
      ['warning', 1, [{ severity: 'warning', brief: 'expires in 30 days', message: "Secret 'soon' (line 1) expires on 2025-01-31T00:00:00Z, in 30 days." }]],
      ['warning', 1, [{ severity: 'warning', brief: 'expires in 1 day', message: "Secret 'one-day' (line 2) expires on 2025-01-01T00:00:01Z, in 1 day." }]],
      ['ok', 1, []],
    ]);
  });
});

describe('resolveSelections: values too short to mask', () => {
  it('warns naming the secret and each short name; an empty value is not warned about', async () => {
    t = await tempVault();
    await t.vault.setSecret('pin', 'ab');
    await t.vault.setSecret('cfg', '{"a":"xy","b":"long enough","c":"","d":7}');
    await t.vault.setSecret('blank', '');
    const outcomes = await resolve('pin\ncfg.*\nblank');
    expect(outcomes.map((o) => [resultOf(o), o.issues])).toEqual([
      ['warning', [{ severity: 'warning', brief: 'not masked: shorter than 4', message: "Secret 'pin' (line 1): PIN is shorter than min-mask-length (4) and so not masked in logs." }]],
      ['warning', [{ severity: 'warning', brief: 'not masked: shorter than 4', message: "Secret 'cfg' (line 2): CFG_A, CFG_D are shorter than min-mask-length (4) and so not masked in logs." }]],
      ['ok', []],
    ]);
    expect(outcomes[0]?.entries).toEqual([{ name: 'PIN', value: 'ab' }]);
  });
});

describe('resolveSelections: vault errors', () => {
  it('throws what is not about one selection (access denied), after auditing it', async () => {
    const denyGets: Authorizer = { decide: (_who, permission) => ({ allowed: permission !== 'secrets/get' }) };
    t = await tempVault({ authorizer: denyGets });
    await expect(resolve('db-password')).rejects.toMatchObject({ code: 'Forbidden' });
    expect(t.lastRecord()).toMatchObject({ operationName: 'SecretGet', resultType: 'Failure' });
  });

  it('stops at the first vault error: later batches are not asked for', async () => {
    const denyGets: Authorizer = { decide: (_who, permission) => ({ allowed: permission !== 'secrets/get' }) };
    t = await tempVault({ authorizer: denyGets });
    const { vault, batches } = watchBatches(t.vault);
    await expect(resolveSelections(vault, parseSelections(numbered(MAX_BATCH + 1).join('\n')), POLICY)).rejects.toMatchObject({ code: 'Forbidden' });
    expect(batches).toEqual([MAX_BATCH]);
  });
});

describe('resolveSelections: batches', () => {
  it('fetches every distinct secret through getSecrets, MAX_BATCH at a time, and keeps selection order', async () => {
    t = await tempVault();
    await t.vault.setSecret('s-0000', 'value-0');
    await t.vault.setSecret('s-1500', 'value-1500');
    const names = numbered(2 * MAX_BATCH + 500);
    const { vault, batches } = watchBatches(t.vault);
    const outcomes = await resolveSelections(vault, parseSelections(names.join('\n')), { ...POLICY, missing: 'ignore' });
    expect(batches).toEqual([MAX_BATCH, MAX_BATCH, 500]);
    expect(outcomes.map((o) => o.secret)).toEqual(names);
    expect(outcomes.filter((o) => o.value !== undefined).map((o) => [o.secret, o.entries])).toEqual([
      ['s-0000', [{ name: 'S_0000', value: 'value-0' }]],
      ['s-1500', [{ name: 'S_1500', value: 'value-1500' }]],
    ]);
    expect(outcomes[1]?.issues).toEqual([{ severity: 'ignored', brief: 'not found', message: `Secret 's-0001' (line 2) was not found in ${t.path}.` }]);
    expect(gets()).toHaveLength(names.length);
  });

  it('asks for nothing when a wildcard matches nothing', async () => {
    t = await tempVault();
    const { vault, batches } = watchBatches(t.vault);
    await resolveSelections(vault, parseSelections('zzz-*'), { ...POLICY, missing: 'ignore' });
    expect(batches).toEqual([]);
  });
});

describe('resultOf and expiresSoon', () => {
  it('an error outweighs ignored, which outweighs a warning', () => {
    const of = (...severities: ('error' | 'warning' | 'ignored')[]): string => resultOf({ issues: severities.map((severity) => ({ severity, brief: '', message: '' })) });
    expect([of(), of('warning'), of('warning', 'ignored'), of('ignored', 'error'), of('warning', 'error')]).toEqual(['ok', 'warning', 'ignored', 'failed', 'failed']);
  });

  it('is true for past expiries and those within 30 days', () => {
    expect([expiresSoon(undefined, T0), expiresSoon(day(-1), T0), expiresSoon(day(30), T0), expiresSoon(new Date(day(30).getTime() + 1), T0)]).toEqual([false, true, true, false]);
  });
});
