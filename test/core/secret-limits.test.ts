import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { LocalVault } from '../../src/core/vault.js';
import { T0, digest, failure, tempVault, type TempVault } from './helpers.js';

const VALUE = 'limit-test-value-7f3a';
const KIB25 = 25 * 1024;
const NAME_RULE = "expected 1-127 of 0-9, a-z, A-Z, '-'.";
const tags = (count: number, length = 1): Record<string, string> =>
  Object.fromEntries(Array.from({ length: count }, (_v, i) => [String(i).padStart(length, 't'), 'v'.repeat(length)]));
const at = (ms: number): Date => new Date(T0.getTime() + ms);

interface Refusal {
  readonly what: string;
  readonly act: (vault: LocalVault) => Promise<unknown>;
  readonly message: string;
}

const refusals: readonly Refusal[] = [
  { what: 'a 128-character name', act: (v) => v.setSecret('n'.repeat(128), VALUE), message: `Invalid secret name '${'n'.repeat(64)}…': ${NAME_RULE}` },
  { what: 'a name with a slash', act: (v) => v.setSecret('db/pass', VALUE), message: `Invalid secret name 'db/pass': ${NAME_RULE}` },
  { what: 'an empty name', act: (v) => v.setSecret('', VALUE), message: `Invalid secret name '': ${NAME_RULE}` },
  { what: 'a unicode name', act: (v) => v.setSecret('pässword', VALUE), message: `Invalid secret name 'pässword': ${NAME_RULE}` },
  { what: 'a name with a control character', act: (v) => v.getSecret('a\nb'), message: `Invalid secret name 'a\\x0ab': ${NAME_RULE}` },
  { what: 'a value of 25 KiB + 1 byte', act: (v) => v.setSecret('big', `${VALUE}${'x'.repeat(KIB25 - VALUE.length + 1)}`), message: 'Secret value is 25601 bytes: the limit is 25600 bytes (25 KiB).' },
  { what: 'a value over 25 KiB in UTF-8 only', act: (v) => v.setSecret('big', `${VALUE}${'é'.repeat(12800)}`), message: `Secret value is ${VALUE.length + 25600} bytes: the limit is 25600 bytes (25 KiB).` },
  { what: 'a 256-character content type', act: (v) => v.setSecret('ct', VALUE, { contentType: 'c'.repeat(256) }), message: `Invalid content type '${'c'.repeat(64)}…': expected at most 255 characters.` },
  { what: '16 tags', act: (v) => v.setSecret('tags', VALUE, { tags: tags(16) }), message: 'Too many tags (16): at most 15 are allowed.' },
  { what: 'a 257-character tag name', act: (v) => v.setSecret('tags', VALUE, { tags: { ['k'.repeat(257)]: 'v' } }), message: `Invalid tag name '${'k'.repeat(64)}…': expected 1-256 characters.` },
  { what: 'a 257-character tag value', act: (v) => v.setSecret('tags', VALUE, { tags: { k: 'v'.repeat(257) } }), message: "Invalid value for tag 'k': expected a string of at most 256 characters." },
  { what: 'notBefore equal to expiresOn', act: (v) => v.setSecret('dates', VALUE, { notBefore: at(5), expiresOn: at(5) }), message: `The not-before date ${at(5).toISOString()} is not before the expiry date ${at(5).toISOString()}.` },
  { what: 'notBefore after expiresOn', act: (v) => v.setSecret('dates', VALUE, { notBefore: at(6), expiresOn: at(5) }), message: `The not-before date ${at(6).toISOString()} is not before the expiry date ${at(5).toISOString()}.` },
  { what: 'an invalid date', act: (v) => v.setSecret('dates', VALUE, { expiresOn: new Date(NaN) }), message: 'Invalid expiry date: expected a valid date.' },
  { what: 'an update to a 256-character content type', act: (v) => v.updateSecretProperties('existing', undefined, { contentType: 'c'.repeat(256) }), message: `Invalid content type '${'c'.repeat(64)}…': expected at most 255 characters.` },
  { what: 'an update to 16 tags', act: (v) => v.updateSecretProperties('existing', undefined, { tags: tags(16) }), message: 'Too many tags (16): at most 15 are allowed.' },
];

describe('secrets: limits', () => {
  let t: TempVault;
  beforeAll(async () => {
    t = await tempVault();
    await t.vault.setSecret('existing', VALUE);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('accepts every limit exactly at its bound', async () => {
    const name = 'N'.repeat(127);
    await t.vault.setSecret(name, 'x'.repeat(KIB25), { contentType: 'c'.repeat(255), tags: tags(15, 256) });
    await t.vault.setSecret('utf8', 'é'.repeat(KIB25 / 2));
    expect((await t.vault.getSecret(name.toLowerCase())).value).toHaveLength(KIB25);
    expect((await t.vault.getSecret('utf8')).value).toBe('é'.repeat(KIB25 / 2));
    expect((await t.vault.getSecret(name)).properties.tags).toEqual(tags(15, 256));
  });

  it.each(refusals)('refuses $what with BadParameter, changing nothing and auditing the failure', async ({ act, message }) => {
    const bytes = digest(t.fileBytes());
    const before = t.auditRecords();
    const error = await failure(act(t.vault));
    const after = t.auditRecords();
    const record = after.at(-1);
    expect({ code: error.code, innerCode: error.innerCode, message: error.message }).toEqual({ code: 'BadParameter', innerCode: undefined, message });
    expect(error.message).not.toContain(VALUE);
    expect(digest(t.fileBytes())).toBe(bytes);
    expect(after).toHaveLength(before.length + 1);
    expect(record).toMatchObject({ resultType: 'Failure', resultSignature: 'BadRequest', resultDescription: message, generation: before.at(-1)?.generation });
    expect(record?.properties.errorCode).toBe('BadParameter');
  });
});
