import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { MAX_BATCH } from '../../src/core/vault.js';
import { failure, summary, tempVault, type TempVault } from './helpers.js';

describe('getSecrets: many secrets in one pass', () => {
  let t: TempVault;
  beforeEach(async () => {
    t = await tempVault();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('serves each secret, fails each on its own, and audits one SecretGet per request, chained', async () => {
    const one = await t.vault.setSecret('one', 'first-canary');
    const two = await t.vault.setSecret('two', 'second-canary');
    await t.vault.updateSecretProperties('two', undefined, { enabled: false });
    const before = t.auditLines().length;
    const results = await t.vault.getSecrets([{ name: 'one' }, { name: 'two' }, { name: 'gone' }, { name: 'ONE', version: one.properties.version }]);
    expect(results.map((r) => (r.ok ? r.secret.value : r.error.code))).toEqual(['first-canary', 'Forbidden', 'SecretNotFound', 'first-canary']);
    const records = t.auditRecords().slice(before);
    expect(records.map((r) => [r.operationName, r.resultSignature, r.properties.id])).toEqual([
      ['SecretGet', 'OK', `/secrets/one/${one.properties.version}`],
      ['SecretGet', 'Forbidden', '/secrets/two'],
      ['SecretGet', 'NotFound', '/secrets/gone'],
      ['SecretGet', 'OK', `/secrets/one/${one.properties.version}`],
    ]);
    expect(records.map((r) => r.seq)).toEqual([before + 1, before + 2, before + 3, before + 4]);
    expect(two.properties.version).toMatch(/^[0-9a-f]{32}$/);
    expect(await t.vault.verifyAudit()).toMatchObject({ ok: true, records: before + 4 });
    expect(t.auditLines().join('\n')).not.toContain('canary');
  });

  it('answers an empty batch with nothing, and refuses one over the bound', async () => {
    expect(await t.vault.getSecrets([])).toEqual([]);
    const tooMany = Array.from({ length: MAX_BATCH + 1 }, () => ({ name: 'a' }));
    expect(summary(await failure(t.vault.getSecrets(tooMany)))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: `Too many secrets in one batch (${MAX_BATCH + 1}): at most ${MAX_BATCH}.`,
    });
  });
});

describe('listPropertiesOfSecrets with a name prefix', () => {
  let t: TempVault;
  beforeEach(async () => {
    t = await tempVault();
    for (const name of ['App-One', 'app-two', 'apple', 'other']) await t.vault.setSecret(name, `${name}-value`);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('lists only the names that start with the prefix, compared case-insensitively, in order', async () => {
    expect((await t.vault.listPropertiesOfSecrets({ namePrefix: 'APP-' })).map((p) => p.name)).toEqual(['App-One', 'app-two']);
    expect((await t.vault.listPropertiesOfSecrets({ namePrefix: '' })).map((p) => p.name)).toEqual(['App-One', 'app-two', 'apple', 'other']);
    expect(await t.vault.listPropertiesOfSecrets({ namePrefix: 'zzz' })).toEqual([]);
  });

  it('refuses a prefix that no name could start with, quoting it', async () => {
    expect(summary(await failure(t.vault.listPropertiesOfSecrets({ namePrefix: 'app/*' })))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: "Invalid name prefix 'app/*': expected 0-127 of 0-9, a-z, A-Z, '-'.",
    });
  });

  it('serves a batch after a listing, and a reopened vault in either order', async () => {
    const reopened = t.open();
    const results = await reopened.getSecrets([{ name: 'other' }, { name: 'APP-ONE' }, { name: 'apple' }]);
    expect(results.map((r) => (r.ok ? r.secret.value : r.error.code))).toEqual(['other-value', 'App-One-value', 'apple-value']);
    expect((await reopened.listPropertiesOfSecrets({ namePrefix: 'app' })).map((p) => p.name)).toEqual(['App-One', 'app-two', 'apple']);
  });
});
