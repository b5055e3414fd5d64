import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { OTHER_KEY, failure, tempVault, type TempVault } from './helpers.js';

const CANARY = 'cnry-5d1e0b7a-Zq9!planted-value';

/** Every form the canary could take in a file or text: raw, hex, UTF-16, base64 and base64url at each alignment. */
function formsOf(canary: string): string[] {
  const bytes = Buffer.from(canary, 'utf8');
  const forms = [canary, bytes.toString('hex'), bytes.toString('hex').toUpperCase(), Buffer.from(canary, 'utf16le').toString('latin1')];
  for (const encoding of ['base64', 'base64url'] as const) {
    for (let align = 0; align < 3; align += 1) {
      const encoded = Buffer.concat([Buffer.alloc(align), bytes]).toString(encoding);
      forms.push(encoded.slice(align === 0 ? 0 : 4, -4));
    }
  }
  return forms;
}

const FORMS = formsOf(CANARY);
const leaks = (text: string): string[] => FORMS.filter((form) => text.includes(form));

describe('canary: a planted value appears nowhere but in a get', () => {
  let t: TempVault;
  const messages: string[] = [];
  const returned: unknown[] = [];
  let blob = '';

  const refused = async (operation: Promise<unknown>): Promise<void> => {
    messages.push((await failure(operation)).message);
  };

  beforeAll(async () => {
    t = await tempVault();
    const v = t.vault;
    const set = await v.setSecret('db-pass', CANARY, { contentType: 'text/plain' });
    const multi = await v.setSecret('multi', `${CANARY}\n${CANARY}`);
    returned.push(set.properties, multi.properties);
    returned.push((await v.getSecret('db-pass')).properties);
    returned.push(await v.updateSecretProperties('db-pass', undefined, { tags: { env: 'prod' } }));
    returned.push(await v.listPropertiesOfSecrets(), await v.listPropertiesOfSecretVersions('db-pass'));
    blob = await v.backupSecret('db-pass');
    returned.push(await v.deleteSecret('db-pass'), await v.listDeletedSecrets(), await v.getDeletedSecret('db-pass'));
    await refused(v.setSecret('db-pass', CANARY));
    returned.push(await v.recoverDeletedSecret('db-pass'));
    await refused(v.restoreSecretBackup(blob));
    await refused(v.setSecret('too-big', `${CANARY}${'x'.repeat(26_000)}`));
    await refused(v.setSecret('bad/name', CANARY));
    await refused(v.setSecret('dates', CANARY, { notBefore: new Date(2), expiresOn: new Date(1) }));
    await v.updateSecretProperties('multi', undefined, { enabled: false });
    await refused(v.getSecret('multi'));
    await v.deleteSecret('db-pass');
    await v.purgeDeletedSecret('db-pass');
    returned.push(await v.restoreSecretBackup(blob));
    await v.rekey(OTHER_KEY);
    await refused(Promise.resolve().then(() => t.open()));
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('finds the planted forms in a control text, so the search itself works', () => {
    const control = `x${Buffer.from(`ab${CANARY}`).toString('base64url')}y${Buffer.from(CANARY, 'utf16le').toString('latin1')}`;
    expect(leaks(control).length).toBeGreaterThanOrEqual(2);
  });

  it('is not in the vault file', () => {
    expect(leaks(readFileSync(t.path).toString('latin1'))).toEqual([]);
  });

  it('is not in the audit log', () => {
    expect(leaks(readFileSync(t.auditPath).toString('latin1'))).toEqual([]);
    expect(t.auditRecords().length).toBeGreaterThan(20);
  });

  it('is not in the backup blob', () => {
    expect(leaks(blob)).toEqual([]);
  });

  it('is not in any error message', () => {
    expect(messages).toHaveLength(7);
    expect(messages.flatMap(leaks)).toEqual([]);
  });

  it('is not in any returned properties object', () => {
    expect(leaks(JSON.stringify(returned))).toEqual([]);
  });

  it('is still what a get returns', async () => {
    expect((await t.open(OTHER_KEY).getSecret('db-pass')).value).toBe(CANARY);
  });
});
