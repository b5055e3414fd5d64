import { describe, it, expect, afterEach } from '@jest/globals';
import { DAY_MS, T0, digest, failure, summary, tempVault, type TempVault } from './helpers.js';

describe('secrets: soft delete, recover, purge', () => {
  let t: TempVault;
  afterEach(async () => {
    await t.cleanup();
  });

  it('soft-deletes: the secret leaves get and list, and shows in the deleted list with its dates', async () => {
    t = await tempVault();
    const set = await t.vault.setSecret('Db-Pass', 'one');
    const deleted = await t.vault.deleteSecret('db-pass');
    const expected = { properties: set.properties, deletedOn: T0, scheduledPurgeDate: new Date(T0.getTime() + 90 * DAY_MS) };
    expect(deleted).toEqual(expected);
    expect(await t.vault.getDeletedSecret('DB-PASS')).toEqual(expected);
    expect(await t.vault.listDeletedSecrets()).toEqual([expected]);
    expect(await t.vault.listPropertiesOfSecrets()).toEqual([]);
    expect((await failure(t.vault.getSecret('db-pass'))).code).toBe('SecretNotFound');
    expect((await failure(t.vault.deleteSecret('db-pass'))).code).toBe('SecretNotFound');
  });

  it('reserves a deleted name: set fails with ObjectIsDeletedButRecoverable', async () => {
    t = await tempVault();
    await t.vault.setSecret('db-pass', 'one');
    await t.vault.deleteSecret('db-pass');
    const bytes = digest(t.fileBytes());
    const error = await failure(t.vault.setSecret('DB-PASS', 'two'));
    expect(summary(error)).toEqual({
      code: 'ObjectIsDeletedButRecoverable', innerCode: 'ObjectIsDeletedButRecoverable',
      message: "Secret 'db-pass' is deleted but recoverable: recover or purge it before setting it again.",
    });
    expect(digest(t.fileBytes())).toBe(bytes);
    expect(t.lastRecord()).toMatchObject({
      operationName: 'SecretSet', resultType: 'Failure', resultSignature: 'Conflict', generation: 2,
      properties: { id: '/secrets/db-pass', errorCode: 'ObjectIsDeletedButRecoverable' },
    });
  });

  it('recovers a deleted secret with every version', async () => {
    t = await tempVault();
    const first = await t.vault.setSecret('db-pass', 'one');
    const second = await t.vault.setSecret('db-pass', 'two');
    await t.vault.deleteSecret('db-pass');
    expect(await t.vault.recoverDeletedSecret('db-pass')).toEqual(second.properties);
    expect(await t.vault.getSecret('db-pass', first.properties.version)).toEqual(first);
    expect(await t.vault.listDeletedSecrets()).toEqual([]);
    expect((await failure(t.vault.recoverDeletedSecret('db-pass'))).code).toBe('SecretNotFound');
  });

  it('purges a deleted secret for good; the name is then free', async () => {
    t = await tempVault();
    await t.vault.setSecret('db-pass', 'one');
    await t.vault.deleteSecret('db-pass');
    await t.vault.purgeDeletedSecret('db-pass');
    expect(summary(await failure(t.vault.getDeletedSecret('db-pass')))).toEqual({
      code: 'SecretNotFound', innerCode: undefined, message: "A deleted secret with name 'db-pass' was not found in this vault.",
    });
    const again = await t.vault.setSecret('db-pass', 'two');
    expect(await t.vault.listPropertiesOfSecretVersions('db-pass')).toEqual([again.properties]);
    expect(t.fileBytes().toString('utf8').match(/"name":"db-pass"/g)).toHaveLength(1);
  });

  it('refuses to purge or recover a live secret', async () => {
    t = await tempVault();
    await t.vault.setSecret('db-pass', 'one');
    expect((await failure(t.vault.purgeDeletedSecret('db-pass'))).code).toBe('SecretNotFound');
    expect((await failure(t.vault.recoverDeletedSecret('db-pass'))).code).toBe('SecretNotFound');
    expect((await t.vault.getSecret('db-pass')).value).toBe('one');
  });

  it('keeps a deleted secret recoverable until its retention passes, then purges it automatically', async () => {
    t = await tempVault({ recoverableDays: 7 });
    const set = await t.vault.setSecret('db-pass', 'one');
    expect(set.properties).toMatchObject({ recoverableDays: 7, recoveryLevel: 'CustomizedRecoverable+Purgeable' });
    await t.vault.deleteSecret('db-pass');
    t.clock.advance(7 * DAY_MS - 1);
    expect((await t.vault.getDeletedSecret('db-pass')).scheduledPurgeDate).toEqual(new Date(T0.getTime() + 7 * DAY_MS));
    t.clock.advance(1);
    expect(await t.vault.listDeletedSecrets()).toEqual([]);
    expect((await failure(t.vault.getDeletedSecret('db-pass'))).code).toBe('SecretNotFound');
    expect((await failure(t.vault.recoverDeletedSecret('db-pass'))).code).toBe('SecretNotFound');
    const again = await t.vault.setSecret('db-pass', 'two');
    expect(t.lastRecord().properties).toEqual({ id: `/secrets/db-pass/${again.properties.version}`, autoPurged: ['/secrets/db-pass'] });
    expect(await t.vault.listPropertiesOfSecretVersions('db-pass')).toEqual([again.properties]);
  });

  it('sweeps every expired deleted secret on the next write', async () => {
    t = await tempVault({ recoverableDays: 7 });
    for (const name of ['a', 'b', 'c']) await t.vault.setSecret(name, name);
    await t.vault.deleteSecret('a');
    await t.vault.deleteSecret('b');
    t.clock.advance(8 * DAY_MS);
    await t.vault.deleteSecret('c');
    expect(t.lastRecord().properties).toEqual({ id: '/secrets/c', autoPurged: ['/secrets/a', '/secrets/b'] });
    expect((await t.vault.listDeletedSecrets()).map((d) => d.properties.name)).toEqual(['c']);
    expect(t.fileBytes().toString('utf8')).not.toMatch(/"name":"[ab]"/);
  });
});
