import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { FileStore } from '../../src/core/store/file-store.js';
import { decodeVaultFile, encodeVaultFile, type FileObject, type ObjectTable } from '../../src/core/store/vault-file-format.js';
import { OTHER_KEY, TEST_KEY, failure, summary, tempVault, type TempVault } from './helpers.js';

/** Every byte position whose flip with `mask` did not make the open fail with IntegrityError. */
function positionsThatOpen(path: string, original: Buffer, mask: number): string[] {
  const escaped: string[] = [];
  for (let at = 0; at < original.length; at += 1) {
    const bytes = Buffer.from(original);
    bytes[at] = (bytes[at] ?? 0) ^ mask;
    writeFileSync(path, bytes);
    try {
      FileStore.open(path, TEST_KEY);
      escaped.push(`${at}: opened`);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'IntegrityError') escaped.push(`${at}: ${String(code)}`);
    }
  }
  return escaped;
}

const secretsOf = (table: ObjectTable): FileObject[] => [...table.secret.values()];
const withSecrets = (table: ObjectTable, secrets: FileObject[]): ObjectTable =>
  ({ ...table, secret: new Map(secrets.map((object) => [object.name.toLowerCase(), object])) });

describe('tamper: the vault file', () => {
  let t: TempVault;
  let original: Buffer;
  beforeAll(async () => {
    t = await tempVault();
    await t.vault.setSecret('alpha', 'value-a');
    await t.vault.setSecret('beta', 'value-b', { tags: { env: 'prod' }, contentType: 'text/plain' });
    await t.vault.setSecret('beta', 'value-b2');
    await t.vault.setSecret('gamma', 'value-g');
    await t.vault.deleteSecret('gamma');
    original = t.fileBytes();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** Writes a document with a valid MAC, as only a holder of the vault key could. */
  function writeRemacced(edit: (secrets: FileObject[]) => FileObject[]): void {
    const { header, table, keys } = decodeVaultFile(original, TEST_KEY, t.path);
    writeFileSync(t.path, encodeVaultFile(header, withSecrets(table, edit(secretsOf(table))), keys));
  }

  /** Writes an edited document under the original MAC, as an attacker without the key must. */
  function writeWithOldMac(edit: (secrets: FileObject[]) => FileObject[]): void {
    const { header, table, keys } = decodeVaultFile(original, TEST_KEY, t.path);
    const edited = encodeVaultFile(header, withSecrets(table, edit(secretsOf(table))), keys).toString('utf8');
    const oldMac = /"mac": "([^"]+)"/.exec(original.toString('utf8'))?.[1] ?? '';
    writeFileSync(t.path, edited.replace(/"mac": "[^"]+"/, `"mac": "${oldMac}"`));
  }

  const sealedOf = (object: FileObject | undefined, index = 0): string => object?.versions[index]?.sealed ?? '';
  const withSealed = (object: FileObject | undefined, sealed: string, index = 0): FileObject => {
    if (object === undefined) throw new Error('no such object');
    return { ...object, versions: object.versions.map((v, i) => (i === index ? { ...v, sealed } : v)) };
  };

  it.each([0x01, 0x20])('refuses to open after any single byte is flipped with mask %i', (mask) => {
    expect(original.length).toBeGreaterThan(2000);
    expect(positionsThatOpen(t.path, original, mask)).toEqual([]);
  });

  it('refuses to open when two entries swap their sealed values', async () => {
    writeWithOldMac(([alpha, beta, ...rest]) => [withSealed(alpha, sealedOf(beta)), withSealed(beta, sealedOf(alpha)), ...rest]);
    expect((await failure(() => t.open())).code).toBe('IntegrityError');
  });

  it('refuses to open when an entry is deleted', async () => {
    writeWithOldMac((secrets) => secrets.filter((object) => object.name !== 'beta'));
    expect((await failure(() => t.open())).code).toBe('IntegrityError');
  });

  it('refuses a sealed value moved to another record even under a valid MAC (the AAD)', async () => {
    writeRemacced(([alpha, beta, ...rest]) => [withSealed(alpha, sealedOf(beta, 1)), withSealed(beta, sealedOf(alpha), 1), ...rest]);
    const vault = t.open();
    const moved = await failure(vault.getSecret('alpha'));
    const version = (await vault.listPropertiesOfSecretVersions('alpha'))[0]?.version ?? '';
    expect(summary(moved)).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `Sealed data for ${vault.vaultId}/secret/alpha/${version} failed authentication: it was altered or moved from another record.`,
    });
    expect((await failure(vault.getSecret('beta'))).code).toBe('IntegrityError');
  });

  it('refuses a version swapped with an older version of the same secret under a valid MAC', async () => {
    const swapVersions = (o: FileObject): FileObject => withSealed(withSealed(o, sealedOf(o, 1), 0), sealedOf(o, 0), 1);
    writeRemacced((secrets) => secrets.map((object) => (object.name === 'beta' ? swapVersions(object) : object)));
    const vault = t.open();
    expect((await failure(vault.getSecret('beta'))).code).toBe('IntegrityError');
    expect((await vault.getSecret('alpha')).value).toBe('value-a');
  });

  it('answers KeyMismatch, not IntegrityError, for a wrong master key', async () => {
    writeFileSync(t.path, original);
    const error = await failure(() => t.open(OTHER_KEY));
    expect(summary(error)).toEqual({
      code: 'KeyMismatch', innerCode: undefined,
      message: `The master key (id ${OTHER_KEY.id}) does not open this vault: it was sealed with key id ${TEST_KEY.id}.`,
    });
  });
});
