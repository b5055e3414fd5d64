import { describe, it, expect } from '@jest/globals';
import { encodingsOf, linesOf, masksFor, masksForAll, tooShortToMask } from '../../../src/actions/masks.js';

const ON = { encodings: true, minLength: 4 } as const;
const OFF = { encodings: false, minLength: 4 } as const;

describe('masksFor: exact lists', () => {
  it('a plain value: itself, hex in both cases, base64url, base64', () => {
    expect(masksFor('pg-secret-123', ON)).toEqual([
      'pg-secret-123', '70672d7365637265742d313233', '70672D7365637265742D313233', 'cGctc2VjcmV0LTEyMw', 'cGctc2VjcmV0LTEyMw==',
    ]);
  });

  it('a multi-line value: each line without its \\r, as is and trimmed; lines shorter than the minimum left out', () => {
    expect(masksFor('line one\r\n  line two  \nx', ON)).toEqual([
      'line one\r\n  line two  \nx', 'line one', '  line two  ', 'line two',
      '6c696e65206f6e650d0a20206c696e652074776f20200a78', '6C696E65206F6E650D0A20206C696E652074776F20200A78', 'bGluZSBvbmUNCiAgbGluZSB0d28gIAp4',
    ]);
    expect(masksFor('line one\r\n  line two  \nx', OFF)).toEqual(['line one\r\n  line two  \nx', 'line one', '  line two  ', 'line two']);
  });

  it('a JSON secret: also each string and number leaf (not booleans or nulls), with encodings on', () => {
    const value = '{"user":"admin","pass":"p@ss word","port":5432,"on":true,"n":null}';
    expect(masksFor(value, ON)).toEqual([
      value,
      '7b2275736572223a2261646d696e222c2270617373223a227040737320776f7264222c22706f7274223a353433322c226f6e223a747275652c226e223a6e756c6c7d',
      '7B2275736572223A2261646D696E222C2270617373223A227040737320776F7264222C22706F7274223A353433322C226F6E223A747275652C226E223A6E756C6C7D',
      'eyJ1c2VyIjoiYWRtaW4iLCJwYXNzIjoicEBzcyB3b3JkIiwicG9ydCI6NTQzMiwib24iOnRydWUsIm4iOm51bGx9',
      'eyJ1c2VyIjoiYWRtaW4iLCJwYXNzIjoicEBzcyB3b3JkIiwicG9ydCI6NTQzMiwi',
      'b24iOnRydWUsIm4iOm51bGx9',
      'eyJ1c2VyIjoiYWRtaW4iLCJwYXNzIjoicEBzcyB3b3JkIiwicG9ydCI6NTQzMiwib24iOnRydWUs',
      'Im4iOm51bGx9',
      'admin', 'p@ss word', '5432',
    ]);
    expect(masksFor(value, OFF)).toEqual([value]);
  });

  it('base64 wrapped at 64 and at 76 columns: each line; equal hex cases counted once', () => {
    const value = '0123456789'.repeat(6);
    expect(masksFor(value, ON)).toEqual([
      value,
      '303132333435363738393031323334353637383930313233343536373839303132333435363738393031323334353637383930313233343536373839',
      'MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5',
      'MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3',
      'ODkwMTIzNDU2Nzg5',
      'MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2',
      'Nzg5',
    ]);
  });

  it('a value shorter than the minimum gets no mask at all, not even its encodings', () => {
    expect(masksFor('abc', ON)).toEqual([]);
    expect(masksFor('', ON)).toEqual([]);
    expect(masksFor('abc', { encodings: true, minLength: 2 })).toEqual(['abc', '616263', 'YWJj']);
  });

  it('unicode: encodings of the UTF-8 bytes; length counted in UTF-16 units as the runner does', () => {
    expect(masksFor('鍵🔑 key', ON)).toEqual(['鍵🔑 key', 'e98db5f09f9491206b6579', 'E98DB5F09F9491206B6579', '6Y218J-UkSBrZXk', '6Y218J+UkSBrZXk=']);
    expect(tooShortToMask('鍵🔑', ON)).toBe(true);
    expect(tooShortToMask('鍵🔑x', ON)).toBe(false);
  });

  it('% and quotes are kept raw (escaping is the runner module\'s job)', () => {
    expect(masksFor('100% "q" \'s\'', ON)).toEqual(['100% "q" \'s\'', '313030252022712220277327', 'MTAwJSAicSIgJ3Mn']);
  });
});

describe('helpers', () => {
  it('linesOf splits at \\n, \\r\\n and a lone \\r, giving each line as is and trimmed', () => {
    expect(linesOf('a \r\n b\rc\n')).toEqual(['a ', 'a', ' b', 'b', 'c', 'c', '', '']);
  });

  it('encodingsOf lists hex, HEX, base64url, then base64 wrapped at 64 and 76', () => {
    expect(encodingsOf('ab?')).toEqual(['61623f', '61623F', 'YWI_', 'YWI/', 'YWI/']);
  });

  it('masksForAll merges several values without repeats', () => {
    expect(masksForAll(['secret-one', 'secret-one', 'x'], OFF)).toEqual(['secret-one']);
    expect(masksForAll(['aaaa', 'bbbb'], OFF)).toEqual(['aaaa', 'bbbb']);
  });
});
