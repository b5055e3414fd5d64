/**
 * WalSync: one fsync at a time, commits waiting together share the next one, and after a failed
 * fsync nothing is acknowledged again (Linux reports a lost write-back only once).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WalSync } from '../../src/core/store/sqlite-wal-sync.js';
import { tempDir, type TempDir } from './helpers.js';

let dir: TempDir;
let sync: WalSync;

beforeEach(async () => {
  dir = await tempDir();
  writeFileSync(join(dir.dir, 'vault.db-wal'), 'frames');
  sync = new WalSync(join(dir.dir, 'vault.db'));
});

afterEach(async () => {
  sync.close();
  await dir.cleanup();
});

describe('WalSync', () => {
  it('lets the calls that arrive while an fsync runs share the next one', async () => {
    const first = sync.sync();
    const second = sync.sync();
    const third = sync.sync();
    expect(third).toBe(second);
    expect(second).not.toBe(first);
    await expect(Promise.all([first, second, third])).resolves.toEqual([undefined, undefined, undefined]);
  });

  it('fails every later call once one fails', async () => {
    await sync.sync();
    sync.close();
    unlinkSync(join(dir.dir, 'vault.db-wal'));
    await expect(sync.sync()).rejects.toMatchObject({ code: 'ENOENT' });
    writeFileSync(join(dir.dir, 'vault.db-wal'), 'frames again');
    await expect(sync.sync()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
