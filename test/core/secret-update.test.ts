import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { DAY_MS, T0, failure, summary, tempVault, type TempVault } from './helpers.js';

const later = (days: number): Date => new Date(T0.getTime() + days * DAY_MS);

describe('secrets: update properties', () => {
  let t: TempVault;
  beforeEach(async () => {
    t = await tempVault();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('changes enabled, dates, content type and tags of the latest version, never its value', async () => {
    const set = await t.vault.setSecret('db-pass', 'one');
    t.clock.advance(5000);
    const updated = await t.vault.updateSecretProperties('db-pass', undefined, {
      enabled: false, notBefore: later(1), expiresOn: later(30), contentType: 'text/plain', tags: { env: 'prod', team: 'core' },
    });
    expect(updated).toEqual({
      ...set.properties, enabled: false, notBefore: later(1), expiresOn: later(30), contentType: 'text/plain',
      tags: { env: 'prod', team: 'core' }, updatedOn: new Date(T0.getTime() + 5000),
    });
    expect(await t.vault.listPropertiesOfSecretVersions('db-pass')).toEqual([updated]);
    await t.vault.updateSecretProperties('db-pass', undefined, { enabled: true });
    expect((await t.vault.getSecret('db-pass')).value).toBe('one');
  });

  it('clears notBefore, expiresOn and contentType with null and leaves undefined fields alone', async () => {
    await t.vault.setSecret('db-pass', 'one', { notBefore: later(1), expiresOn: later(2), contentType: 'text/plain', tags: { a: '1' } });
    const cleared = await t.vault.updateSecretProperties('db-pass', undefined, { notBefore: null, expiresOn: null, contentType: null });
    expect(cleared).toMatchObject({ enabled: true, notBefore: undefined, expiresOn: undefined, contentType: undefined, tags: { a: '1' } });
    const untouched = await t.vault.updateSecretProperties('db-pass', undefined, {});
    expect(untouched).toEqual({ ...cleared, updatedOn: untouched.updatedOn });
  });

  it('replaces the tags as a whole; an empty object removes them all', async () => {
    await t.vault.setSecret('db-pass', 'one', { tags: { a: '1', b: '2' } });
    expect((await t.vault.updateSecretProperties('db-pass', undefined, { tags: { c: '3' } })).tags).toEqual({ c: '3' });
    expect((await t.vault.updateSecretProperties('db-pass', undefined, { tags: {} })).tags).toEqual({});
  });

  it('updates a named older version and leaves the others as they were', async () => {
    const first = await t.vault.setSecret('db-pass', 'one');
    const second = await t.vault.setSecret('db-pass', 'two');
    await t.vault.updateSecretProperties('DB-PASS', first.properties.version, { enabled: false });
    const versions = await t.vault.listPropertiesOfSecretVersions('db-pass');
    expect(versions).toEqual([{ ...first.properties, enabled: false }, second.properties]);
    expect((await t.vault.getSecret('db-pass')).value).toBe('two');
  });

  it('re-enables a disabled version, which is then served again', async () => {
    await t.vault.setSecret('db-pass', 'one', { enabled: false });
    expect((await failure(t.vault.getSecret('db-pass'))).innerCode).toBe('SecretDisabled');
    await t.vault.updateSecretProperties('db-pass', undefined, { enabled: true });
    expect((await t.vault.getSecret('db-pass')).value).toBe('one');
  });

  it('checks the dates as they will stand after the update', async () => {
    await t.vault.setSecret('db-pass', 'one', { expiresOn: later(2) });
    const error = await failure(t.vault.updateSecretProperties('db-pass', undefined, { notBefore: later(3) }));
    expect(summary(error)).toEqual({
      code: 'BadParameter', innerCode: undefined,
      message: `The not-before date ${later(3).toISOString()} is not before the expiry date ${later(2).toISOString()}.`,
    });
  });

  it('answers SecretNotFound for an unknown secret or version and for a deleted secret', async () => {
    await t.vault.setSecret('db-pass', 'one');
    expect((await failure(t.vault.updateSecretProperties('nope', undefined, { enabled: false }))).code).toBe('SecretNotFound');
    expect((await failure(t.vault.updateSecretProperties('db-pass', 'e'.repeat(32), { enabled: false }))).code).toBe('SecretNotFound');
    await t.vault.deleteSecret('db-pass');
    expect((await failure(t.vault.updateSecretProperties('db-pass', undefined, { enabled: false }))).code).toBe('SecretNotFound');
  });
});
