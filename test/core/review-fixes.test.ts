import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVault } from '../../src/open-vault.js';
import { principal } from '../../src/core/access/principal.js';
import { FileStore } from '../../src/core/store/file-store.js';
import { DAY_MS, TEST_KEY, TESTER, failure, summary, tempDir, tempVault, type TempVault } from './helpers.js';

/** Regressions for the findings of the security review: each would have served or hidden tampering. */
describe('review regressions', () => {
  let t: TempVault;
  beforeEach(async () => {
    t = await tempVault();
    await t.vault.setSecret('db-pass', 'one');
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('refuses a log whose last line is blank, so a rolled-back file cannot hide behind it', async () => {
    const newer = t.fileBytes();
    await t.vault.setSecret('db-pass', 'two');
    writeFileSync(t.path, newer);
    appendFileSync(t.auditPath, '\n');
    expect(summary(await failure(t.open().getSecret('db-pass')))).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `The last line of ${t.auditPath} is blank: the log was modified outside Coffer.`,
    });
  });

  it('snapshots the log and its anchor at one moment: records appended meanwhile are not read', async () => {
    const before = t.auditLines().length;
    const snapshot = await FileStore.open(t.path, TEST_KEY).auditSnapshot();
    await t.open().setSecret('db-pass', 'two');
    const lines: string[] = [];
    for await (const line of snapshot.lines) lines.push(line);
    expect(lines).toEqual(t.auditLines().slice(0, before));
    expect(snapshot.anchor).toEqual(JSON.parse(lines[before - 1] ?? ''));
  });

  it('names a line that is not a record without quoting it', async () => {
    appendFileSync(t.auditPath, 'not json at all\n');
    const reading = (async () => { for await (const _record of t.vault.readAudit()) { /* drain */ } })();
    expect(summary(await failure(reading))).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `Audit log line ${t.auditLines().length} is not a record: the log was modified outside Coffer.`,
    });
  });

  it('refuses a header whose key id is not a key id, as damage rather than a wrong key', async () => {
    const text = readFileSync(t.path, 'utf8').replace(/"keyId": "[0-9a-f]{16}"/, '"keyId": "\\u001b[31mrun this"');
    writeFileSync(t.path, text);
    expect((await failure(() => t.open())).code).toBe('IntegrityError');
  });

  it('refuses a backup whose vault id is not a vault id, without echoing it', async () => {
    const blob = Buffer.from(JSON.stringify({ format: 'coffer-backup/1', vaultId: '\u001b[2J' + 'x'.repeat(5000), type: 'secret', name: 'a', sealed: 'AAAA' })).toString('base64url');
    expect(summary(await failure(t.vault.restoreSecretBackup(blob)))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: 'Invalid backup blob: expected the base64url text that a secret backup produced.',
    });
  });

  it('keeps the principal name in the audit record even if a claim is called name', async () => {
    const who = principal('alice@laptop', { name: 'mallory', user: 'alice' });
    await t.open(TEST_KEY, { who }).getSecret('db-pass');
    expect(t.lastRecord().identity.claim).toEqual({ name: 'alice@laptop', user: 'alice' });
  });

  it('purges what is past its retention on any change, and says so in that change\'s record', async () => {
    await t.vault.setSecret('old', 'x');
    await t.vault.deleteSecret('old');
    t.clock.advance(91 * DAY_MS);
    await t.vault.updateSecretProperties('db-pass', undefined, { enabled: true });
    expect(t.lastRecord()).toMatchObject({ operationName: 'SecretUpdate', properties: { autoPurged: ['/secrets/old'] } });
    const file = JSON.parse(readFileSync(t.path, 'utf8')) as { secrets: { name: string }[] };
    expect(file.secrets.map((secret) => secret.name)).toEqual(['db-pass']);
  });
});

describe('createVault', () => {
  it('withdraws a vault whose creation could not be audited', async () => {
    const temp = await tempDir();
    try {
      const path = join(temp.dir, 'vault.json');
      mkdirSync(`${path}.audit.jsonl`);
      expect((await failure(createVault(path, { masterKey: TEST_KEY, principal: TESTER }))).code).toBe('AuditWriteFailed');
      expect(existsSync(path)).toBe(false);
    } finally {
      await temp.cleanup();
    }
  });
});

describe('a pinned generation', () => {
  it('refuses a vault file rolled back together with its log', async () => {
    const t = await tempVault();
    try {
      const oldFile = t.fileBytes();
      const oldLog = readFileSync(t.auditPath);
      await t.vault.setSecret('db-pass', 'rotated');
      const pinned = t.lastRecord().generation;
      writeFileSync(t.path, oldFile);
      writeFileSync(t.auditPath, oldLog);
      expect(summary(await failure(() => FileStore.open(t.path, TEST_KEY, { minGeneration: pinned })))).toEqual({
        code: 'IntegrityError', innerCode: undefined,
        message: `${t.path} is at generation 0, older than the pinned generation ${pinned}: the vault file was rolled back.`,
      });
      expect(FileStore.open(t.path, TEST_KEY, { minGeneration: 0 }).vaultId).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      await t.cleanup();
    }
  });
});
