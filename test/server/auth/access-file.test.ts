import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccessFile, type ChangeContext } from '../../../src/server/auth/access-file.js';
import { sealAccessState } from '../../../src/server/auth/access-state.js';
import { principal } from '../../../src/core/access/principal.js';
import { VaultError } from '../../../src/core/errors.js';
import type { RequestRecord } from '../../../src/core/vault.js';

const MAC_KEY = Buffer.alloc(32, 1);
const T0 = new Date('2026-01-01T00:00:00.000Z');
const input = { principal: { repository: 'org/app', repository_id: '42' }, role: 'Secrets User', scope: '/secrets' };

describe('the access file', () => {
  let dir: string;
  let path: string;
  let now: Date;
  let records: RequestRecord[];
  let context: ChangeContext;
  const open = (): AccessFile => AccessFile.load(path, MAC_KEY, { clock: () => now });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coffer-access-'));
    path = join(dir, 'access.json');
    now = T0;
    records = [];
    context = { who: principal('alice'), record: (entry) => { records.push(entry); return Promise.resolve(); } };
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts empty, writes assignments durably with mode 0600, and audits each change', async () => {
    const file = open();
    expect(file.generation).toBe(0);
    const made = await file.assign(input, context);
    expect(made).toMatchObject({ ...input, created: T0.toISOString() });
    expect(made.id).toMatch(/^[0-9a-f]{32}$/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(open().assignments).toEqual([made]);
    expect(records).toEqual([expect.objectContaining({
      operationName: 'RoleAssignmentCreate', id: `/roleassignments/${made.id}`,
      extra: { role: 'Secrets User', scope: '/secrets', principal: '{"repository":"org/app","repository_id":"42"}' },
    })]);
    await expect(file.assign(input, context)).rejects.toThrow(`Role assignment ${made.id} already grants this.`);
    expect(await file.remove(made.id, context)).toEqual(made);
    expect(open().assignments).toEqual([]);
    expect(open().generation).toBe(2);
    expect(records.map((r) => [r.operationName, r.error === undefined])).toEqual([
      ['RoleAssignmentCreate', true], ['RoleAssignmentCreate', false], ['RoleAssignmentDelete', true],
    ]);
  });

  it('audits a refused change and changes nothing', async () => {
    const file = open();
    await expect(file.assign({ ...input, role: 'Owner' }, context)).rejects.toThrow("Unknown role 'Owner'");
    await expect(file.remove('0'.repeat(32), context)).rejects.toThrow(`No role assignment '${'0'.repeat(32)}'.`);
    expect(records.map((r) => [r.operationName, (r.error as VaultError).code])).toEqual([['RoleAssignmentCreate', 'BadParameter'], ['RoleAssignmentDelete', 'BadParameter']]);
    expect(() => statSync(path)).toThrow();
  });

  it('revokes token ids until they expire, and prunes them after', async () => {
    const file = open();
    await file.revoke('abc', new Date(T0.getTime() + 60_000), context);
    expect(file.isRevoked('abc')).toBe(true);
    expect(open().isRevoked('abc')).toBe(true);
    now = new Date(T0.getTime() + 120_000);
    await file.revoke('def', new Date(T0.getTime() + 600_000), context);
    expect(open().revoked).toEqual([{ jti: 'def', expires: new Date(T0.getTime() + 600_000).toISOString() }]);
    await expect(file.revoke('bad jti', now, context)).rejects.toThrow("Invalid token id 'bad jti'");
  });

  it('puts the previous content back when the audit record fails', async () => {
    const file = open();
    await file.assign(input, context);
    const failing: ChangeContext = { who: context.who, record: () => Promise.reject(new VaultError('AuditWriteFailed', 'disk full')) };
    await expect(file.revoke('abc', new Date(T0.getTime() + 60_000), failing)).rejects.toThrow('disk full');
    const reread = open();
    expect(reread.isRevoked('abc')).toBe(false);
    expect(reread.assignments).toHaveLength(1);
    expect(reread.generation).toBe(3);
    expect(file.isRevoked('abc')).toBe(false);
  });

  it('refuses a file whose MAC fails, one sealed with another key, and a rollback', async () => {
    const file = open();
    await file.assign(input, context);
    const good = readFileSync(path);
    writeFileSync(path, good.toString('utf8').replace('Secrets User', 'Administrator'));
    expect(() => open()).toThrow(`The access file '${path}' fails its MAC check: it was changed outside Coffer or written with another vault's key.`);
    writeFileSync(path, sealAccessState({ generation: 5, assignments: [], revoked: [] }, Buffer.alloc(32, 2)));
    expect(() => open()).toThrow('fails its MAC check');
    writeFileSync(path, 'not json');
    expect(() => open()).toThrow('is not JSON');

    writeFileSync(path, good);
    const server = open();
    await file.revoke('abc', new Date(T0.getTime() + 60_000), context);
    now = new Date(T0.getTime() + 2_000);
    expect(server.reloadIfChanged()).toBe(true);
    expect(server.isRevoked('abc')).toBe(true);
    writeFileSync(path, good);
    now = new Date(T0.getTime() + 4_000);
    expect(() => server.reloadIfChanged()).toThrow('went back from generation 2 to 1: an older copy was restored.');
    expect(() => server.isRevoked('abc')).toThrow('went back from generation 2 to 1');
    rmSync(path);
    expect(() => server.reloadIfChanged()).toThrow('was removed after generation 2.');
  });

  it('reloads at most once a second, and only when the file changed', async () => {
    const server = open();
    const cli = open();
    expect(server.reloadIfChanged()).toBe(false);
    await cli.assign(input, context);
    expect(server.reloadIfChanged()).toBe(false);
    now = new Date(T0.getTime() + 1_000);
    expect(server.reloadIfChanged()).toBe(true);
    expect(server.assignments).toHaveLength(1);
    now = new Date(T0.getTime() + 2_000);
    expect(server.reloadIfChanged()).toBe(false);
  });
});
