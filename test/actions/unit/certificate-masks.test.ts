/**
 * What the certificate action masks for a private key and a PFX: every body line of the PEM it
 * writes (and of the traditional PEM openssl converts it to), the DER on one line, base64url,
 * hex, and the JWK private members; for a PFX its base64 on one line and wrapped, base64url
 * and hex. PEM header lines are not masked. The random PFX password's shape.
 */
import { describe, it, expect } from '@jest/globals';
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { pfxMasks, privateKeyMasks, randomPassword } from '../../../src/actions/certificate/material.js';

const bodyLines = (pem: string): string[] => pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));

function expectKeyMasks(key: KeyObject, traditional: 'pkcs1' | 'sec1', members: readonly string[]): void {
  const masks = privateKeyMasks(key);
  const pkcs8 = key.export({ type: 'pkcs8', format: 'pem' }).toString();
  const old = key.export({ type: traditional, format: 'pem' }).toString();
  const der = key.export({ type: 'pkcs8', format: 'der' });
  const jwk = key.export({ format: 'jwk' }) as Record<string, string>;
  const missing = [
    ...bodyLines(pkcs8).map((line, i) => ({ form: `pkcs8 line ${i + 1}`, mask: line })),
    ...bodyLines(old).map((line, i) => ({ form: `${traditional} line ${i + 1}`, mask: line })),
    { form: 'pkcs8 one line', mask: bodyLines(pkcs8).join('') },
    { form: `${traditional} one line`, mask: bodyLines(old).join('') },
    { form: 'base64', mask: der.toString('base64') },
    { form: 'base64url', mask: der.toString('base64url') },
    { form: 'hex', mask: der.toString('hex') },
    { form: 'HEX', mask: der.toString('hex').toUpperCase() },
    ...members.map((member) => ({ form: `jwk ${member}`, mask: jwk[member] ?? '' })),
  ].filter(({ mask }) => !masks.includes(mask)).map(({ form }) => form);
  expect(missing).toEqual([]);
  expect(masks.filter((mask) => mask.startsWith('-----') || mask.trim().length < 4)).toEqual([]);
  expect(new Set(masks).size).toBe(masks.length);
}

describe('privateKeyMasks', () => {
  it('covers an RSA key in every form a script is likely to print it', () => {
    expectKeyMasks(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, 'pkcs1', ['d', 'p', 'q', 'dp', 'dq', 'qi']);
  });

  it('covers an EC key in every form a script is likely to print it', () => {
    expectKeyMasks(generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey, 'sec1', ['d']);
  });
});

describe('pfxMasks', () => {
  it('covers the PFX as base64 on one line, wrapped at 64 and 76, base64url and hex', () => {
    const pfx = randomBytes(2500);
    const masks = pfxMasks(pfx);
    const base64 = pfx.toString('base64');
    const wrapped = [64, 76].flatMap((width) => base64.match(new RegExp(`.{1,${width}}`, 'g')) ?? []);
    expect([base64, ...wrapped, pfx.toString('base64url'), pfx.toString('hex')].filter((mask) => !masks.includes(mask))).toEqual([]);
  });
});

describe('randomPassword', () => {
  it('is 24 random bytes as base64url: 32 characters no shell or YAML treats specially', () => {
    expect(randomPassword(() => Buffer.alloc(24, 0xfb))).toBe('-_v7'.repeat(8));
    const passwords = Array.from({ length: 20 }, () => randomPassword());
    expect(passwords.every((p) => /^[A-Za-z0-9_-]{32}$/.test(p))).toBe(true);
    expect(new Set(passwords).size).toBe(20);
  });
});
