import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { tempVault, type TempVault } from './helpers.js';

/** Lines 1-6: create, set a, set b, get a, set c (the anchor), get c. */
const ANCHOR_SEQ = 5;

describe('audit: verify names the first bad record', () => {
  let t: TempVault;
  let lines: string[];
  beforeEach(async () => {
    t = await tempVault();
    await t.vault.setSecret('a', 'one');
    await t.vault.setSecret('b', 'two');
    await t.vault.getSecret('a');
    await t.vault.setSecret('c', 'three');
    await t.vault.getSecret('c');
    lines = t.auditLines();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const rewrite = (edited: readonly string[]): void => {
    writeFileSync(t.auditPath, edited.map((line) => `${line}\n`).join(''));
  };
  const broken = (line: number, seq: number | undefined, reason: string): unknown => ({ ok: false, records: line - 1, line, seq, reason });

  it('is ok for an intact log and returns its head', async () => {
    expect(await t.vault.verifyAudit()).toEqual({ ok: true, records: 6, head: t.lastRecord() });
    expect(t.lastRecord().seq).toBe(6);
  });

  it('names an edited record', async () => {
    rewrite(lines.map((line, i) => (i === 2 ? line.replace('"SecretSet"', '"SecretGet"') : line)));
    expect(await t.vault.verifyAudit()).toEqual(broken(3, 3, 'its MAC does not match: the record was edited'));
  });

  it('names an edited chain link even when the record is otherwise intact', async () => {
    rewrite(lines.map((line, i) => (i === 3 ? line.replace(/"prev":"[0-9a-f]{64}"/, `"prev":"${'0'.repeat(64)}"`) : line)));
    expect(await t.vault.verifyAudit()).toEqual(broken(4, 4, 'its MAC does not match: the record was edited'));
  });

  it('names the record after a removed one', async () => {
    rewrite(lines.filter((_line, i) => i !== 2));
    expect(await t.vault.verifyAudit()).toEqual(broken(3, 4, 'sequence 4 where 3 was expected: a record was removed or reordered'));
  });

  it('names the first of two reordered records', async () => {
    const [l1 = '', l2 = '', l3 = '', l4 = '', ...rest] = lines;
    rewrite([l1, l2, l4, l3, ...rest]);
    expect(await t.vault.verifyAudit()).toEqual(broken(3, 4, 'sequence 4 where 3 was expected: a record was removed or reordered'));
  });

  it('names a line that is not a record', async () => {
    rewrite(lines.map((line, i) => (i === 1 ? 'garbage' : line)));
    expect(await t.vault.verifyAudit()).toEqual(broken(2, undefined, 'not a JSON record'));
  });

  it('names the missing anchored record when the tail is truncated past the anchor', async () => {
    // Two records gone: more than a crash between commit and append can explain.
    rewrite(lines.slice(0, ANCHOR_SEQ - 2));
    expect(await t.vault.verifyAudit()).toEqual({
      ok: false, records: ANCHOR_SEQ - 2, line: ANCHOR_SEQ - 1, seq: ANCHOR_SEQ - 1,
      reason: `the log ends at sequence ${ANCHOR_SEQ - 2} but the vault anchors sequence ${ANCHOR_SEQ}: records were truncated`,
    });
  });

  it('restores the anchored record a crash kept from the log, instead of calling it tampering', async () => {
    rewrite(lines.slice(0, ANCHOR_SEQ - 1));
    expect(await t.vault.verifyAudit()).toMatchObject({ ok: true, records: ANCHOR_SEQ });
  });

  it('names a record spliced in from another vault', async () => {
    const other = await tempVault({ seed: 'other vault' });
    try {
      await other.vault.setSecret('a', 'one');
      rewrite([...lines.slice(0, 1), ...other.auditLines().slice(1, 2), ...lines.slice(2)]);
      expect(await t.vault.verifyAudit()).toEqual(broken(2, 2, 'its MAC does not match: the record was edited'));
    } finally {
      await other.cleanup();
    }
  });
});
