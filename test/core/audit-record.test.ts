import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { FileStore } from '../../src/core/store/file-store.js';
import { LocalVault } from '../../src/core/vault.js';
import { OTHER_KEY, TEST_KEY, TESTER, failure, tempVault, type TempVault } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const HASH = /^[0-9a-f]{64}$/;

describe('audit: one AuditEvent record per operation', () => {
  let t: TempVault;
  beforeEach(async () => {
    t = await tempVault();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('records a successful get with the AuditEvent fields and the chain fields', async () => {
    const set = await t.vault.setSecret('db-pass', 'one');
    const previous = t.lastRecord();
    await t.vault.getSecret('DB-PASS');
    expect(t.lastRecord()).toEqual({
      time: '2025-01-01T00:00:00.000Z', resourceId: `coffer:vault/${t.vault.vaultId}`, operationName: 'SecretGet',
      operationVersion: '1', category: 'AuditEvent', resultType: 'Success', resultSignature: 'OK', durationMs: 0,
      correlationId: expect.stringMatching(UUID), identity: { claim: { name: 'tester@ci', user: 'tester', host: 'ci' } },
      properties: { id: `/secrets/db-pass/${set.properties.version}` },
      seq: previous.seq + 1, generation: previous.generation, prev: previous.hash, hash: expect.stringMatching(HASH),
    });
  });

  it.each([
    ['an unknown secret', 'nope', 'NotFound', 'SecretNotFound', "A secret with name 'nope' was not found in this vault."],
    ['a disabled secret', 'off', 'Forbidden', 'SecretDisabled', 'Operation get is not allowed on a disabled secret.'],
    ['a bad name', 'a/b', 'BadRequest', 'BadParameter', "Invalid secret name 'a/b': expected 1-127 of 0-9, a-z, A-Z, '-'."],
  ])('records a failed get of %s with its signature, error code and description', async (_what, name, signature, errorCode, message) => {
    await t.vault.setSecret('off', 'one', { enabled: false });
    await failure(t.vault.getSecret(name));
    expect(t.lastRecord()).toMatchObject({
      operationName: 'SecretGet', resultType: 'Failure', resultSignature: signature, resultDescription: message,
      properties: { id: `/secrets/${name}`, errorCode },
    });
  });

  it('appends exactly one record for every operation, allowed or failed', async () => {
    const v = t.vault;
    const steps: readonly [string, () => Promise<unknown>][] = [
      ['SecretSet', () => v.setSecret('a', 'one')], ['SecretGet', () => v.getSecret('a')],
      ['SecretUpdate', () => v.updateSecretProperties('a', undefined, { tags: { k: 'v' } })], ['SecretList', () => v.listPropertiesOfSecrets()],
      ['SecretListVersions', () => v.listPropertiesOfSecretVersions('a')], ['SecretBackup', () => v.backupSecret('a')],
      ['SecretDelete', () => v.deleteSecret('a')], ['SecretListDeleted', () => v.listDeletedSecrets()],
      ['SecretGetDeleted', () => v.getDeletedSecret('a')], ['SecretRecover', () => v.recoverDeletedSecret('a')],
      ['SecretPurge', () => v.purgeDeletedSecret('a')], ['SecretGet', () => v.getSecret('missing')],
      ['SecretSet', () => v.setSecret('a', 'x'.repeat(30_000))], ['SecretRestore', () => v.restoreSecretBackup('not-a-blob')],
    ];
    for (const [operationName, step] of steps) {
      const before = t.auditRecords().length;
      await step().catch(() => undefined);
      expect(t.auditRecords().slice(before).map((r) => r.operationName)).toEqual([operationName]);
    }
    expect(t.auditRecords().map((r) => r.seq)).toEqual(Array.from({ length: steps.length + 1 }, (_v, i) => i + 1));
    expect((await t.vault.verifyAudit()).ok).toBe(true);
  });

  it('starts the chain with the vault creation record', () => {
    expect(t.auditRecords()).toEqual([expect.objectContaining({ seq: 1, generation: 0, operationName: 'VaultCreate', properties: { id: '/' }, prev: '0'.repeat(64) })]);
  });

  it('records the caller IP address when the vault was given one', async () => {
    const vault = new LocalVault(FileStore.open(t.path, TEST_KEY), { principal: TESTER, clock: t.clock.now, callerIpAddress: '203.0.113.7' });
    await vault.listPropertiesOfSecrets();
    expect(t.lastRecord()).toMatchObject({ operationName: 'SecretList', callerIpAddress: '203.0.113.7', properties: { id: '/secrets' } });
  });

  it('records a rekey, after which only the new key opens the vault and the chain still verifies', async () => {
    await t.vault.setSecret('db-pass', 'one');
    await t.vault.rekey(OTHER_KEY);
    expect(t.lastRecord()).toMatchObject({ operationName: 'VaultRekey', resultType: 'Success', generation: 2, properties: { keyId: OTHER_KEY.id } });
    expect(JSON.parse(readFileSync(t.path, 'utf8'))).toMatchObject({ keyId: OTHER_KEY.id, generation: 2 });
    expect((await failure(() => t.open(TEST_KEY))).code).toBe('KeyMismatch');
    const reopened = t.open(OTHER_KEY);
    expect((await reopened.getSecret('db-pass')).value).toBe('one');
    expect(await reopened.verifyAudit()).toMatchObject({ ok: true, records: 4 });
  });
});
