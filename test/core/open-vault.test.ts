import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { join } from 'node:path';
import { createVault, openVault, parseLocation } from '../../src/open-vault.js';
import { OTHER_KEY, TEST_KEY, TESTER, failure, summary, tempDir, type TempDir } from './helpers.js';

const options = { masterKey: TEST_KEY, principal: TESTER };

describe('openVault and createVault', () => {
  let temp: TempDir;
  beforeEach(async () => {
    temp = await tempDir();
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('parses a location: a path or file: is a vault file, sqlite: a SQLite vault, https:// a remote one', () => {
    expect(parseLocation('v/vault.json', '/work')).toEqual({ kind: 'file', path: '/work/v/vault.json' });
    expect(parseLocation('file:/abs/vault.json', '/work')).toEqual({ kind: 'file', path: '/abs/vault.json' });
    expect(parseLocation('sqlite:data.db', '/work')).toEqual({ kind: 'sqlite', path: '/work/data.db' });
    expect(parseLocation('https://vault.example:8443', '/work')).toEqual({ kind: 'https', url: 'https://vault.example:8443' });
  });

  it.each([
    ['', 'Invalid vault location: expected a file path, file:PATH, sqlite:PATH or an https:// URL.'],
    ['http://vault.example', "Invalid vault location 'http://vault.example': a remote vault must use https://."],
  ])('refuses the location %j with BadParameter', async (location, message) => {
    expect(summary(await failure(() => parseLocation(location)))).toEqual({ code: 'BadParameter', innerCode: undefined, message });
  });

  it('answers BadParameter for an https:// vault until the remote client lands', async () => {
    expect(summary(await failure(() => openVault('https://vault.example', options)))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: "The vault 'https://vault.example' is remote (https://): this works on a vault file or a sqlite:PATH database. Reach a remote vault with the actions, an Azure SDK or coffer role --server.",
    });
    expect((await failure(createVault('https://vault.example', options))).code).toBe('BadParameter');
  });

  it('creates a SQLite vault with sqlite:PATH that records its creation, and opens it again', async () => {
    const path = join(temp.dir, 'vault.db');
    const created = await createVault(`sqlite:${path}`, { ...options, recoverableDays: 30 });
    await created.setSecret('db-pass', 'one');
    await created.close();
    expect((await failure(createVault(`sqlite:${path}`, options))).code).toBe('Conflict');
    const opened = openVault(`sqlite:${path}`, options);
    expect(await opened.getSecret('db-pass')).toMatchObject({ value: 'one', properties: { recoverableDays: 30 } });
    expect((await opened.readAudit().next()).value).toMatchObject({ seq: 1, operationName: 'VaultCreate' });
    expect(opened.location).toBe(path);
    await opened.close();
    expect((await failure(() => openVault(`sqlite:${path}`, { ...options, masterKey: OTHER_KEY }))).code).toBe('KeyMismatch');
    expect((await failure(() => openVault(`sqlite:${path}`, { ...options, minGeneration: 5 }))).code).toBe('IntegrityError');
  });

  it('creates a vault that records its creation, and opens it again', async () => {
    const path = join(temp.dir, 'vault.json');
    const created = await createVault(`file:${path}`, { ...options, recoverableDays: 30 });
    await created.setSecret('db-pass', 'one');
    await created.close();
    const opened = openVault(path, options);
    expect(await opened.getSecret('db-pass')).toMatchObject({ value: 'one', properties: { recoverableDays: 30 } });
    expect((await opened.readAudit().next()).value).toMatchObject({ seq: 1, operationName: 'VaultCreate' });
    expect(opened.location).toBe(path);
  });

  it('refuses to create over an existing vault, to create with a bad retention, or to open with another key', async () => {
    const path = join(temp.dir, 'vault.json');
    await createVault(path, options);
    expect((await failure(createVault(path, options))).code).toBe('Conflict');
    expect((await failure(createVault(join(temp.dir, 'other.json'), { ...options, recoverableDays: 3 }))).code).toBe('BadParameter');
    expect((await failure(() => openVault(path, { ...options, masterKey: OTHER_KEY }))).code).toBe('KeyMismatch');
  });
});
