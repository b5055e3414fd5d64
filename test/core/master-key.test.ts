import { describe, it, expect } from '@jest/globals';
import { inspect } from 'node:util';
import { MasterKey } from '../../src/core/crypto/master-key.js';
import { failure, summary } from './helpers.js';

/** 32 bytes whose base64 uses both '+' and '/', so the two alphabets differ. */
const BYTES = Buffer.from(Array.from({ length: 32 }, (_v, i) => (i * 37 + 251) % 256));
const BASE64 = BYTES.toString('base64');
const BASE64URL = BYTES.toString('base64url');

describe('MasterKey', () => {
  it('parses base64 and base64url of 32 bytes, ignoring surrounding whitespace', () => {
    expect(BASE64).toMatch(/[+/]/);
    const key = MasterKey.parse(BASE64);
    for (const text of [`  ${BASE64}\n`, `\t${BASE64URL}\r\n`, BASE64URL, `${BASE64URL}=`]) {
      expect(MasterKey.parse(text).id).toBe(key.id);
    }
    expect(key.toBase64()).toBe(BASE64);
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['31 bytes', Buffer.alloc(31, 1).toString('base64'), 'it decodes to 31 bytes.'],
    ['33 bytes', Buffer.alloc(33, 1).toString('base64'), 'it decodes to 33 bytes.'],
    ['hex text', BYTES.toString('hex'), 'it decodes to 48 bytes.'],
    ['a non-base64 character', `${BASE64.slice(0, -2)}!=`, 'it has characters outside base64.'],
    ['inner whitespace', `${BASE64.slice(0, 20)} ${BASE64.slice(20)}`, 'it has characters outside base64.'],
    ['an empty text', '   ', 'it has characters outside base64.'],
  ])('refuses %s without quoting the input', async (_what, text, reason) => {
    const error = await failure(() => MasterKey.parse(text, 'COFFER_KEY'));
    const expected = reason.startsWith('it decodes')
      ? `Invalid COFFER_KEY: expected base64 of 32 bytes; ${reason}`
      : `Invalid COFFER_KEY: expected base64 of 32 bytes (44 characters); ${reason}`;
    expect(summary(error)).toEqual({ code: 'BadParameter', innerCode: undefined, message: expected });
    if (text.trim().length > 0) expect(error.message).not.toContain(text.trim().slice(0, 8));
  });

  it('names a master key in the message when no source is given', async () => {
    expect((await failure(() => MasterKey.parse('short'))).message).toBe('Invalid master key: expected base64 of 32 bytes; it decodes to 3 bytes.');
  });

  it('shows no key bytes when inspected or serialised', () => {
    const key = MasterKey.parse(BASE64);
    const shown = [inspect(key), inspect(key, { showHidden: true, depth: Infinity }), JSON.stringify({ key }), String(Object.keys(key))];
    expect(shown.slice(0, 3)).toEqual([`MasterKey(${key.id})`, `MasterKey(${key.id})`, '{"key":"[MasterKey]"}']);
    for (const text of shown) {
      for (const form of [BASE64, BASE64URL, BYTES.toString('hex'), BASE64.slice(0, 12)]) expect(text).not.toContain(form);
    }
  });

  it('gives different keys different ids', () => {
    expect(MasterKey.parse(BASE64).id).not.toBe(MasterKey.parse(Buffer.alloc(32).toString('base64')).id);
    expect(MasterKey.generate().id).not.toBe(MasterKey.generate().id);
  });
});
