import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { DAY_MS, T0, failure, summary, tempVault, type TempVault } from './helpers.js';

type Envelope = Record<string, string>;
const openBlob = (blob: string): Envelope => JSON.parse(Buffer.from(blob, 'base64url').toString('utf8')) as Envelope;
const closeBlob = (envelope: Envelope): string => Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url');

/** Flips one character in the middle of a base64 text to another base64 character. */
function flipMiddle(text: string): string {
  const at = Math.floor(text.length / 2);
  return `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
}

describe('secrets: backup and restore', () => {
  let t: TempVault;
  beforeEach(async () => {
    t = await tempVault();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('restores a purged secret exactly: versions, dates, properties and values', async () => {
    const first = await t.vault.setSecret('Db-Pass', 'one', { tags: { env: 'prod' }, expiresOn: new Date(T0.getTime() + DAY_MS) });
    t.clock.advance(60_000);
    const second = await t.vault.setSecret('db-pass', 'two', { contentType: 'text/plain' });
    await t.vault.updateSecretProperties('db-pass', first.properties.version, { enabled: false });
    const versions = await t.vault.listPropertiesOfSecretVersions('db-pass');
    const blob = await t.vault.backupSecret('db-pass');
    await t.vault.deleteSecret('db-pass');
    await t.vault.purgeDeletedSecret('db-pass');
    t.clock.advance(DAY_MS);

    const restored = await t.vault.restoreSecretBackup(blob);

    expect(blob).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(restored).toEqual(second.properties);
    expect(await t.vault.listPropertiesOfSecretVersions('db-pass')).toEqual(versions);
    expect(await t.vault.getSecret('db-pass')).toEqual(second);
    expect(await t.vault.updateSecretProperties('db-pass', first.properties.version, { enabled: true })).toMatchObject({ name: 'Db-Pass', tags: { env: 'prod' } });
    expect((await t.vault.getSecret('db-pass', first.properties.version)).value).toBe('one');
  });

  it('restores once the retention of a deleted secret has passed, without an explicit purge', async () => {
    await t.vault.setSecret('db-pass', 'one');
    const blob = await t.vault.backupSecret('db-pass');
    await t.vault.deleteSecret('db-pass');
    t.clock.advance(90 * DAY_MS);
    await t.vault.restoreSecretBackup(blob);
    expect((await t.vault.getSecret('db-pass')).value).toBe('one');
  });

  it('refuses with Conflict while the name exists, live or deleted', async () => {
    await t.vault.setSecret('db-pass', 'one');
    const blob = await t.vault.backupSecret('db-pass');
    expect(summary(await failure(t.vault.restoreSecretBackup(blob)))).toEqual({
      code: 'Conflict', innerCode: undefined, message: "Secret 'db-pass' exists: restore refuses to overwrite it.",
    });
    await t.vault.deleteSecret('db-pass');
    expect(summary(await failure(t.vault.restoreSecretBackup(blob)))).toEqual({
      code: 'Conflict', innerCode: undefined, message: "Secret 'db-pass' exists in a deleted state: restore refuses to overwrite it.",
    });
    expect(t.lastRecord()).toMatchObject({ operationName: 'SecretRestore', resultType: 'Failure', resultSignature: 'Conflict', properties: { id: '/secrets', errorCode: 'Conflict' } });
  });

  it('refuses a backup from another vault, even one relabelled with this vault id', async () => {
    const other = await tempVault({ seed: 'another vault' });
    try {
      await other.vault.setSecret('db-pass', 'theirs');
      const blob = await other.vault.backupSecret('db-pass');
      const foreign = await failure(t.vault.restoreSecretBackup(blob));
      const relabelled = await failure(t.vault.restoreSecretBackup(closeBlob({ ...openBlob(blob), vaultId: t.vault.vaultId })));
      expect(summary(foreign)).toEqual({
        code: 'BadParameter', innerCode: undefined,
        message: `This backup belongs to vault ${other.vault.vaultId}, not this vault (${t.vault.vaultId}): a backup restores only into the vault it came from.`,
      });
      expect(relabelled.code).toBe('IntegrityError');
      expect(await t.vault.listPropertiesOfSecrets()).toEqual([]);
    } finally {
      await other.cleanup();
    }
  });

  it('refuses a tampered backup: altered payload, renamed secret, or not a backup at all', async () => {
    await t.vault.setSecret('db-pass', 'one');
    const blob = await t.vault.backupSecret('db-pass');
    await t.vault.deleteSecret('db-pass');
    await t.vault.purgeDeletedSecret('db-pass');
    const altered = await failure(t.vault.restoreSecretBackup(closeBlob({ ...openBlob(blob), sealed: flipMiddle(openBlob(blob).sealed ?? '') })));
    const renamed = await failure(t.vault.restoreSecretBackup(closeBlob({ ...openBlob(blob), name: 'other-name' })));
    const garbage = await failure(t.vault.restoreSecretBackup('not a backup!'));
    expect(summary(altered)).toEqual({ code: 'IntegrityError', innerCode: undefined, message: 'The backup blob failed authentication: it was altered.' });
    expect(renamed.code).toBe('IntegrityError');
    expect(summary(garbage)).toEqual({ code: 'BadParameter', innerCode: undefined, message: 'Invalid backup blob: expected the base64url text that a secret backup produced.' });
    expect(await t.vault.listPropertiesOfSecrets()).toEqual([]);
  });

  it('answers SecretNotFound when backing up a missing or deleted secret', async () => {
    await t.vault.setSecret('db-pass', 'one');
    await t.vault.deleteSecret('db-pass');
    expect((await failure(t.vault.backupSecret('db-pass'))).code).toBe('SecretNotFound');
    expect((await failure(t.vault.backupSecret('nope'))).code).toBe('SecretNotFound');
  });
});
