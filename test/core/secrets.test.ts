import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { DAY_MS, T0, failure, summary, tempVault, type TempVault } from './helpers.js';

const VERSION = /^[0-9a-f]{32}$/;

/** The properties a new version gets when nothing but a value is given. */
const defaults = { enabled: true, notBefore: undefined, expiresOn: undefined, createdOn: T0, updatedOn: T0, contentType: undefined, tags: {}, managed: false, recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable' };

describe('secrets: set, get, list', () => {
  let t: TempVault;
  beforeEach(async () => {
    t = await tempVault();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('makes a new 32-hex version on every set and returns the value as stored', async () => {
    const first = await t.vault.setSecret('db-pass', 'one');
    t.clock.advance(1000);
    const second = await t.vault.setSecret('db-pass', 'two', { contentType: 'text/plain', tags: { env: 'prod' } });
    expect(first).toEqual({ value: 'one', properties: { ...defaults, name: 'db-pass', version: first.properties.version } });
    expect(second).toEqual({
      value: 'two',
      properties: { ...defaults, name: 'db-pass', version: second.properties.version, createdOn: new Date(T0.getTime() + 1000), updatedOn: new Date(T0.getTime() + 1000), contentType: 'text/plain', tags: { env: 'prod' } },
    });
    expect(first.properties.version).toMatch(VERSION);
    expect(second.properties.version).toMatch(VERSION);
    expect(second.properties.version).not.toBe(first.properties.version);
  });

  it('gets the latest version, a named version, and by name in another case', async () => {
    const first = await t.vault.setSecret('Db-Pass', 'one');
    const second = await t.vault.setSecret('db-pass', 'two');
    expect(await t.vault.getSecret('db-pass')).toEqual({ value: 'two', properties: { ...second.properties, name: 'Db-Pass' } });
    expect(await t.vault.getSecret('DB-PASS', first.properties.version)).toEqual(first);
  });

  it('refuses an empty version rather than serving the latest (an unset variable is not a choice)', async () => {
    await t.vault.setSecret('db-pass', 'one');
    expect(summary(await failure(t.vault.getSecret('db-pass', '')))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: "Invalid version '': expected 32 lowercase hexadecimal characters.",
    });
  });

  it('keeps values exactly, multi-line and non-ASCII included', async () => {
    const value = 'line 1\nline 2\r\n\u00e9\u{1f511}\u0000';
    await t.vault.setSecret('multi', value);
    expect((await t.vault.getSecret('multi')).value).toBe(value);
  });

  it('answers SecretNotFound for an unknown name or version, BadParameter for a malformed version', async () => {
    await t.vault.setSecret('db-pass', 'one');
    expect(summary(await failure(t.vault.getSecret('nope')))).toEqual({ code: 'SecretNotFound', innerCode: undefined, message: "A secret with name 'nope' was not found in this vault." });
    expect(summary(await failure(t.vault.getSecret('db-pass', 'f'.repeat(32))))).toEqual({
      code: 'SecretNotFound', innerCode: undefined, message: `Version '${'f'.repeat(32)}' of secret 'db-pass' was not found in this vault.`,
    });
    expect(summary(await failure(t.vault.getSecret('db-pass', 'ABC')))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: "Invalid version 'ABC': expected 32 lowercase hexadecimal characters.",
    });
  });

  it('refuses a disabled version with Forbidden / SecretDisabled, and serves the other versions', async () => {
    const first = await t.vault.setSecret('db-pass', 'one');
    await t.vault.setSecret('db-pass', 'two', { enabled: false });
    const error = await failure(t.vault.getSecret('db-pass'));
    expect(summary(error)).toEqual({ code: 'Forbidden', innerCode: 'SecretDisabled', message: 'Operation get is not allowed on a disabled secret.' });
    expect((await t.vault.getSecret('db-pass', first.properties.version)).value).toBe('one');
  });

  it('serves expired and not-yet-valid versions with their dates', async () => {
    const expiresOn = new Date(T0.getTime() + DAY_MS);
    const notBefore = new Date(T0.getTime() + 2 * DAY_MS);
    await t.vault.setSecret('expiring', 'old', { expiresOn });
    await t.vault.setSecret('future', 'new', { notBefore });
    t.clock.advance(DAY_MS + 1);
    expect(await t.vault.getSecret('expiring')).toMatchObject({ value: 'old', properties: { expiresOn, notBefore: undefined } });
    expect(await t.vault.getSecret('future')).toMatchObject({ value: 'new', properties: { notBefore, expiresOn: undefined } });
  });

  it('lists each live secret once, by name, with its latest version and no value', async () => {
    await t.vault.setSecret('zeta', 'z');
    await t.vault.setSecret('Alpha', 'a1');
    const latest = await t.vault.setSecret('alpha', 'a2', { tags: { n: '2' } });
    await t.vault.setSecret('gone', 'g');
    await t.vault.deleteSecret('gone');
    const listed = await t.vault.listPropertiesOfSecrets();
    expect(listed.map((p) => [p.name, p.version])).toEqual([['Alpha', latest.properties.version], ['zeta', expect.stringMatching(VERSION)]]);
    expect(listed[0]).toEqual({ ...latest.properties, name: 'Alpha' });
    expect(listed.every((p) => !('value' in p))).toBe(true);
  });

  it('serves concurrent calls on one vault, each audited once', async () => {
    await t.vault.setSecret('db-pass', 'one');
    const before = t.auditRecords().length;
    const results = await Promise.all([t.vault.getSecret('db-pass'), t.vault.setSecret('other', 'two'), t.vault.getSecret('db-pass')]);
    expect(results.map((secret) => secret.value)).toEqual(['one', 'two', 'one']);
    expect(t.auditRecords()).toHaveLength(before + 3);
    expect((await t.vault.verifyAudit()).ok).toBe(true);
  });

  it('lists every version of one secret, oldest first', async () => {
    const versions = [await t.vault.setSecret('db-pass', 'one'), await t.vault.setSecret('db-pass', 'two'), await t.vault.setSecret('DB-PASS', 'three')];
    const listed = await t.vault.listPropertiesOfSecretVersions('db-Pass');
    expect(listed).toEqual(versions.map((secret) => secret.properties));
    expect(listed.every((p) => !('value' in p))).toBe(true);
    expect((await failure(t.vault.listPropertiesOfSecretVersions('nope'))).code).toBe('SecretNotFound');
  });
});
