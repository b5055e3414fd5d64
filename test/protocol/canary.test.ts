import { describe, it, expect } from '@jest/globals';
import { VaultError } from '../../src/core/errors.js';
import { errorResponse } from '../../src/protocol/errors-wire.js';
import { parseSecretSetParameters, parseSecretUpdateParameters } from '../../src/protocol/secrets-wire.js';
import { parseDecryptParameters, parseEncryptParameters, parseSignParameters, parseVerifyParameters } from '../../src/protocol/key-operations-wire.js';
import { parseKeyImportParameters } from '../../src/protocol/key-params.js';
import { parseRestoreParameters } from '../../src/protocol/backup-wire.js';

/** A value that must never appear in an error body, in any of its forms. */
const CANARY = 'CanaryValue-7f3a9c';
const FORMS = [CANARY, Buffer.from(CANARY).toString('base64url'), Buffer.from(CANARY).toString('base64')];

function bodyOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return JSON.stringify(errorResponse(error));
  }
  throw new Error('expected a refusal');
}

describe('canary: no value in any error body', () => {
  const long = CANARY.repeat(2000);
  const b64 = Buffer.from(CANARY).toString('base64url');
  it.each<[string, () => unknown]>([
    ['oversized secret value', () => parseSecretSetParameters({ value: long })],
    ['secret with a bad attribute', () => parseSecretSetParameters({ value: CANARY, attributes: { exp: 'soon' } })],
    ['secret with a bad tag', () => parseSecretSetParameters({ value: CANARY, tags: { t: 5 } })],
    ['update with a bad content type', () => parseSecretUpdateParameters({ value: CANARY, contentType: 7 })],
    ['encrypt with padding', () => parseEncryptParameters({ alg: 'A256GCM', value: `${b64}=` })],
    ['encrypt with base64 characters', () => parseEncryptParameters({ alg: 'A256GCM', value: Buffer.from(CANARY).toString('base64').replace(/=+$/, '') + '+/' })],
    ['encrypt with a bad algorithm', () => parseEncryptParameters({ alg: 'RSA1_5', value: b64 })],
    ['decrypt with a huge value', () => parseDecryptParameters({ alg: 'A256GCM', value: b64.repeat(10_000) })],
    ['sign with a long digest', () => parseSignParameters({ alg: 'RS256', value: b64.repeat(10) })],
    ['verify without a digest', () => parseVerifyParameters({ alg: 'RS256', value: b64 })],
    ['import with a private key but a bad kty', () => parseKeyImportParameters({ key: { kty: 'DSA', d: b64 } })],
    ['restore with a bad blob', () => parseRestoreParameters({ value: `${CANARY}!` })],
    ['a server fault that quotes a value', () => { throw new VaultError('StorageError', `could not write ${CANARY}`); }],
    ['an unknown error that quotes a value', () => { throw new Error(CANARY); }],
  ])('%s', (_what, fn) => {
    const body = bodyOf(fn);
    for (const form of FORMS) expect(body).not.toContain(form);
  });
});
