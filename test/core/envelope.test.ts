import { describe, it, expect } from '@jest/globals';
import { inspect } from 'node:util';
import { VaultKeys, constantTimeEqual } from '../../src/core/crypto/envelope.js';
import { OTHER_KEY, TEST_KEY, failure, seededRandom, summary } from './helpers.js';

const CONTEXT = ['coffer-seal/1', 'vault-1', 'secret', 'db-pass', 'a'.repeat(32)];

describe('envelope: VaultKeys', () => {
  it('seals and unseals a value, with a fresh salt and nonce every time', () => {
    const keys = VaultKeys.generate(seededRandom('envelope'));
    const plaintext = Buffer.from('the value \u{1f511}', 'utf8');
    const first = keys.seal(CONTEXT, plaintext);
    const second = keys.seal(CONTEXT, plaintext);
    expect(keys.unseal(CONTEXT, first)).toEqual(plaintext);
    expect(keys.unseal(CONTEXT, second)).toEqual(plaintext);
    expect(first).not.toBe(second);
    expect(Buffer.from(first, 'base64')).toHaveLength(12 + 12 + plaintext.length + 16);
  });

  it.each([
    ['another name', ['coffer-seal/1', 'vault-1', 'secret', 'db-pass2', 'a'.repeat(32)]],
    ['another version', ['coffer-seal/1', 'vault-1', 'secret', 'db-pass', 'b'.repeat(32)]],
    ['another vault', ['coffer-seal/1', 'vault-2', 'secret', 'db-pass', 'a'.repeat(32)]],
    ['another type', ['coffer-seal/1', 'vault-1', 'key', 'db-pass', 'a'.repeat(32)]],
    ['a shifted boundary', ['coffer-seal/1', 'vault-1', 'secret', 'db-pas', `s${'a'.repeat(32)}`]],
  ])('refuses to unseal under %s with IntegrityError', async (_what, context) => {
    const keys = VaultKeys.generate(seededRandom('envelope'));
    const sealed = keys.seal(CONTEXT, Buffer.from('value'));
    const error = await failure(() => keys.unseal(context, sealed));
    expect(summary(error)).toEqual({
      code: 'IntegrityError', innerCode: undefined,
      message: `Sealed data for ${context.slice(1).join('/')} failed authentication: it was altered or moved from another record.`,
    });
  });

  it('refuses an altered, truncated or empty sealed value with IntegrityError', async () => {
    const keys = VaultKeys.generate(seededRandom('envelope'));
    const bytes = Buffer.from(keys.seal(CONTEXT, Buffer.from('value')), 'base64');
    const altered = Buffer.from(bytes);
    altered[30] = (altered[30] ?? 0) ^ 1;
    for (const sealed of [altered.toString('base64'), bytes.subarray(0, 39).toString('base64'), '']) {
      expect((await failure(() => keys.unseal(CONTEXT, sealed))).code).toBe('IntegrityError');
    }
  });

  it('unwraps a wrapped data key only with the same master key and context', async () => {
    const keys = VaultKeys.generate(seededRandom('envelope'));
    const sealed = keys.seal(CONTEXT, Buffer.from('value'));
    const wrapped = keys.wrap(TEST_KEY, ['coffer-vault/1', 'vault-1']);
    const unwrapped = VaultKeys.unwrap(wrapped, TEST_KEY, TEST_KEY.id, ['coffer-vault/1', 'vault-1']);
    expect(unwrapped.unseal(CONTEXT, sealed).toString()).toBe('value');
    expect((await failure(() => VaultKeys.unwrap(wrapped, OTHER_KEY, TEST_KEY.id, ['coffer-vault/1', 'vault-1']))).code).toBe('KeyMismatch');
    expect((await failure(() => VaultKeys.unwrap(wrapped, TEST_KEY, TEST_KEY.id, ['coffer-vault/1', 'vault-2']))).code).toBe('IntegrityError');
    expect((await failure(() => VaultKeys.unwrap(wrapped.slice(4), TEST_KEY, TEST_KEY.id, ['coffer-vault/1', 'vault-1']))).code).toBe('IntegrityError');
  });

  it('derives separate file and audit MACs that survive a rewrap', () => {
    const keys = VaultKeys.generate(seededRandom('envelope'));
    const rewrapped = VaultKeys.unwrap(keys.wrap(OTHER_KEY, ['v']), OTHER_KEY, OTHER_KEY.id, ['v']);
    expect(rewrapped.auditMac('record')).toBe(keys.auditMac('record'));
    expect(rewrapped.mac('file')).toEqual(keys.mac('file'));
    expect(keys.mac('x').toString('hex')).not.toBe(keys.auditMac('x'));
  });

  it('shows no key bytes when inspected or serialised', () => {
    const dataKey = seededRandom('envelope')(32);
    const keys = VaultKeys.generate(seededRandom('envelope'));
    const shown = [inspect(keys), inspect(keys, { showHidden: true, depth: Infinity }), JSON.stringify({ keys })];
    expect(shown).toEqual(['VaultKeys([sealed])', 'VaultKeys([sealed])', '{"keys":"[VaultKeys]"}']);
    expect(shown.join()).not.toContain(dataKey.toString('base64').slice(0, 12));
  });

  it('compares MACs in constant time, unequal lengths unequal', () => {
    expect(constantTimeEqual(Buffer.from('abc'), Buffer.from('abc'))).toBe(true);
    expect(constantTimeEqual(Buffer.from('abc'), Buffer.from('abd'))).toBe(false);
    expect(constantTimeEqual(Buffer.from('abc'), Buffer.from('abcd'))).toBe(false);
  });
});
