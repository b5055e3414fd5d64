import { describe, it, expect } from '@jest/globals';
import { quote } from '../../src/core/errors.js';
import { validityAt } from '../../src/core/model.js';
import { LIMITS, nameKey, validateDate, validateName, validateRecoverableDays, validateTags, validateVersion } from '../../src/core/names.js';
import { T0, failure } from './helpers.js';

const message = async (check: () => unknown): Promise<string> => {
  const error = await failure(check);
  expect(error.code).toBe('BadParameter');
  return error.message;
};

describe('names and limits', () => {
  it('accepts Azure names and compares them in lower case', () => {
    expect(validateName('Db-Pass-01')).toBe('Db-Pass-01');
    expect(validateName('-')).toBe('-');
    expect(nameKey('Db-Pass')).toBe(nameKey('DB-PASS'));
  });

  it('refuses a name that is not a string, naming what it is for', async () => {
    expect(await message(() => validateName(42, 'key'))).toBe("Invalid key name '42': expected 1-127 of 0-9, a-z, A-Z, '-'.");
    expect(await message(() => validateName(undefined))).toBe("Invalid secret name 'undefined': expected 1-127 of 0-9, a-z, A-Z, '-'.");
  });

  it('accepts only 32 lowercase hex characters as a version', async () => {
    expect(validateVersion('0123456789abcdef0123456789abcdef')).toBe('0123456789abcdef0123456789abcdef');
    for (const bad of ['0123456789ABCDEF0123456789ABCDEF', 'a'.repeat(31), 'a'.repeat(33), 'g'.repeat(32)]) {
      expect(await message(() => validateVersion(bad))).toBe(`Invalid version ${quote(bad)}: expected 32 lowercase hexadecimal characters.`);
    }
  });

  it('bounds retention to whole days from 7 to 90', async () => {
    expect([7, 90].map(validateRecoverableDays)).toEqual([7, 90]);
    for (const bad of [6, 91, 7.5, Number.NaN]) {
      expect(await message(() => validateRecoverableDays(bad))).toBe(`Invalid retention '${String(bad)}': expected a whole number of days from 7 to 90.`);
    }
  });

  it('refuses tags that are not an object of strings, and empty tag names', async () => {
    expect(await message(() => validateTags(null))).toBe('Invalid tags: expected an object of name to value.');
    expect(await message(() => validateTags(['a']))).toBe('Invalid tags: expected an object of name to value.');
    expect(await message(() => validateTags({ '': 'v' }))).toBe("Invalid tag name '': expected 1-256 characters.");
    expect(await message(() => validateTags({ k: 1 }))).toBe("Invalid value for tag 'k': expected a string of at most 256 characters.");
  });

  it('keeps a tag named __proto__ as an ordinary tag', () => {
    const tags = validateTags(JSON.parse('{"__proto__":"x","a":"1"}'));
    expect(Object.entries(tags)).toEqual([['__proto__', 'x'], ['a', '1']]);
  });

  it('refuses an invalid Date', async () => {
    expect(await message(() => validateDate(new Date('nope'), 'expiry date'))).toBe('Invalid expiry date: expected a valid date.');
    expect(await message(() => validateDate('2025-01-01', 'expiry date'))).toBe('Invalid expiry date: expected a valid date.');
  });

  it('quotes input bounded to 64 characters, with control characters escaped', () => {
    expect(quote('a'.repeat(65))).toBe(`'${'a'.repeat(64)}…'`);
    expect(quote('a\u0000b\u001bc\u007f')).toBe("'a\\x00b\\x1bc\\x7f'");
  });

  it('keeps the documented limits', () => {
    expect(LIMITS).toEqual({
      nameLength: 127, secretValueBytes: 25_600, contentTypeLength: 255, tagCount: 15, tagLength: 256,
      minRecoverableDays: 7, maxRecoverableDays: 90, defaultRecoverableDays: 90,
    });
  });

  it('tells valid, expired and not-yet-valid apart at a moment', () => {
    const at = (ms: number): Date => new Date(T0.getTime() + ms);
    expect(validityAt({ notBefore: undefined, expiresOn: undefined }, T0)).toBe('valid');
    expect(validityAt({ notBefore: undefined, expiresOn: T0 }, T0)).toBe('expired');
    expect(validityAt({ notBefore: at(1), expiresOn: undefined }, T0)).toBe('not-yet-valid');
    expect(validityAt({ notBefore: T0, expiresOn: at(1) }, T0)).toBe('valid');
  });
});
