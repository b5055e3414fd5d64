import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { failure, summary, tempVault, type TempVault } from './helpers.js';

describe('tamper: rollback to an older complete vault file', () => {
  let t: TempVault;
  let older: Buffer;
  beforeEach(async () => {
    t = await tempVault();
    await t.vault.setSecret('db-pass', 'old');
    older = t.fileBytes();
    await t.vault.setSecret('db-pass', 'new');
    await t.vault.getSecret('db-pass');
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('opens the older file (it is authentic) but fails its next operation with IntegrityError', async () => {
    writeFileSync(t.path, older);
    const reopened = t.open();
    const error = await failure(reopened.getSecret('db-pass'));
    expect(summary(error)).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `${t.path} is at generation 1 but ${t.auditPath} records generation 2: the vault file was rolled back.`,
    });
  });

  it('fails the next operation of an already open vault with IntegrityError', async () => {
    writeFileSync(t.path, older);
    const error = await failure(t.vault.getSecret('db-pass'));
    expect(summary(error)).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `${t.path} went back from generation 2 to 1: the file was rolled back.`,
    });
  });

  it('refuses writes as well as reads, and serves no old value', async () => {
    writeFileSync(t.path, older);
    const reopened = t.open();
    expect((await failure(reopened.setSecret('db-pass', 'newer'))).code).toBe('IntegrityError');
    expect((await failure(reopened.listPropertiesOfSecrets())).code).toBe('IntegrityError');
    expect(t.fileBytes()).toEqual(older);
  });

  it('makes verify name the first record of a generation the file no longer holds', async () => {
    const changeSeq = t.lastRecord().seq - 1;
    writeFileSync(t.path, older);
    const verdict = await t.open().verifyAudit();
    expect(verdict).toEqual({
      ok: false, records: changeSeq - 1, line: changeSeq, seq: changeSeq,
      reason: 'generation 2 is newer than the vault\'s 1: the vault file was rolled back',
    });
  });
});
