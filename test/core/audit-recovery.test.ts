import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { appendFileSync, mkdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chainRecord } from '../../src/core/audit/record.js';
import { FileStore } from '../../src/core/store/file-store.js';
import type { StoredObject } from '../../src/core/store/store.js';
import { TEST_KEY, digest, failure, summary, tempVault, type TempVault } from './helpers.js';

const VALUE = 'fail-closed-value-91c2';

/** A soft-deleted secret whose retention ended long ago: the next write sweeps it. */
const expired = (name: string): StoredObject => ({
  type: 'secret', name, recoverableDays: 7, deleted: { deletedOn: '2024-01-01T00:00:00.000Z', scheduledPurgeDate: '2024-01-08T00:00:00.000Z' },
  versions: [{ version: '0'.repeat(32), created: '2024-01-01T00:00:00.000Z', updated: '2024-01-01T00:00:00.000Z', enabled: true, tags: {}, sealed: '' }],
});

describe('audit: crash traces, tampering at the tail, and failing closed', () => {
  let t: TempVault;
  beforeEach(async () => {
    t = await tempVault();
    await t.vault.setSecret('db-pass', VALUE);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('cuts a torn last line (a crash mid-append) before verifying, and on the next operation', async () => {
    const lines = t.auditLines();
    appendFileSync(t.auditPath, '{"time":"2025-01-01T00:00:00.000Z","resourceId":"cof');
    expect(await t.vault.verifyAudit()).toMatchObject({ ok: true, records: lines.length });
    expect(t.auditLines()).toEqual(lines);
    appendFileSync(t.auditPath, '{"time":"2025-01-01T00:00:00.000Z","resourceId":"cof');
    await t.vault.getSecret('db-pass');
    expect(t.auditLines().slice(0, -1)).toEqual(lines);
    expect(t.lastRecord()).toMatchObject({ seq: lines.length + 1, operationName: 'SecretGet' });
    expect(await t.vault.verifyAudit()).toMatchObject({ ok: true, records: lines.length + 1 });
  });

  it('appends an anchored record missing from the log (a crash between commit and append)', async () => {
    const lines = t.auditLines();
    writeFileSync(t.auditPath, lines.slice(0, -1).map((line) => `${line}\n`).join(''));
    await t.vault.getSecret('db-pass');
    expect(t.auditLines().slice(0, -1)).toEqual(lines);
    expect(t.lastRecord()).toMatchObject({ seq: lines.length + 1, operationName: 'SecretGet' });
    expect(await t.vault.verifyAudit()).toMatchObject({ ok: true, records: lines.length + 1 });
  });

  it('refuses to go on when the last record was edited', async () => {
    const lines = t.auditLines();
    writeFileSync(t.auditPath, lines.map((line, i) => `${i === lines.length - 1 ? line.replace('"Success"', '"Failure"') : line}\n`).join(''));
    const error = await failure(t.vault.getSecret('db-pass'));
    expect(summary(error)).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `The last record of ${t.auditPath} fails its MAC: it was edited, or the log belongs to another vault.`,
    });
  });

  it('refuses to go on when records up to the anchor were removed from the log', async () => {
    await t.vault.setSecret('other', 'two');
    const lines = t.auditLines();
    writeFileSync(t.auditPath, lines.slice(0, 1).map((line) => `${line}\n`).join(''));
    expect(summary(await failure(t.vault.getSecret('db-pass')))).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `${t.auditPath} ends at record 1 but ${t.path} anchors record 3: audit records were removed.`,
    });
  });

  it('restarts a deleted log at the anchor, which verify then reports', async () => {
    rmSync(t.auditPath);
    await t.vault.getSecret('db-pass');
    expect(t.auditRecords().map((r) => r.operationName)).toEqual(['SecretSet', 'SecretGet']);
    expect(await t.vault.verifyAudit()).toMatchObject({ ok: false, line: 1, seq: 2 });
  });

  it('fails closed: no value is returned and nothing changes while the log cannot be written', async () => {
    const aside = join(t.dir, 'aside.jsonl');
    const bytes = digest(t.fileBytes());
    renameSync(t.auditPath, aside);
    mkdirSync(t.auditPath);
    let returned: unknown;
    const read = await failure(t.vault.getSecret('db-pass').then((secret) => { returned = secret; }));
    const write = await failure(t.vault.setSecret('db-pass', 'another'));
    expect(returned).toBeUndefined();
    expect(summary(read)).toEqual({
      code: 'AuditWriteFailed', innerCode: undefined,
      message: `Could not write the audit record to ${t.auditPath} (EISDIR); the operation's result is withheld.`,
    });
    expect(write.code).toBe('AuditWriteFailed');
    expect(digest(t.fileBytes())).toBe(bytes);
    rmdirSync(t.auditPath);
    renameSync(aside, t.auditPath);
    expect((await t.vault.getSecret('db-pass')).value).toBe(VALUE);
    expect((await t.vault.verifyAudit()).ok).toBe(true);
  });

  it('keeps working after a record longer than the tail window (many names purged at once)', async () => {
    const store = FileStore.open(t.path, TEST_KEY);
    const names = Array.from({ length: 700 }, (_v, i) => `${String(i).padStart(4, '0')}-${'n'.repeat(120)}`);
    const { seq: _seq, generation: _generation, prev: _prev, hash: _hash, ...event } = t.lastRecord();
    await store.transact((tx) => { for (const name of names) tx.putObject(expired(name)); },
      (head, outcome) => chainRecord(event, head, outcome.generation, (text) => store.keys.auditMac(text)));
    await t.vault.setSecret('another', 'two');
    expect(t.lastRecord().properties.autoPurged).toEqual(names.map((n) => `/secrets/${n}`));
    expect(t.auditLines().at(-1)?.length).toBeGreaterThan(64 * 1024);
    expect((await t.vault.getSecret('db-pass')).value).toBe(VALUE);
    expect((await t.vault.verifyAudit()).ok).toBe(true);
  });
});
