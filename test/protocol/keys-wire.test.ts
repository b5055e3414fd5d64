import { describe, it, expect } from '@jest/globals';
import type { DeletedKey, KeyProperties, VaultKey } from '../../src/core/model.js';
import { decodeBase64url, encodeBase64url } from '../../src/protocol/base64url.js';
import { deletedKeyBundle, keyBundle, keyItem, parseDeletedKeyBundle, parseKeyBundle, parseKeyItem } from '../../src/protocol/keys-wire.js';
import { keyRotationPolicyWire, parseKeyCreateParameters, parseKeyImportParameters, parseKeyUpdateParameters } from '../../src/protocol/key-params.js';
import {
  keyOperationResultWire, keyVerifyResultWire, parseDecryptParameters, parseEncryptParameters, parseKeyOperationResult,
  parseRandomBytesRequest, parseSignParameters, parseVerifyParameters, parseWrapParameters, randomBytesWire,
} from '../../src/protocol/key-operations-wire.js';
import { DEFAULT_ROTATION_POLICY } from '../../src/core/key-rotation.js';
import { ORIGIN, badParameter } from './helpers.js';

const V = '78deebed173b48e48f55abf87ed4cf71';
const N = '2HJAE5fU3Cw2Rt9hEuq-F6XjINKGa-zskfISVqopqUy60GOs2eyhxbWbJBeUXNor_gf-tXtNeuqeBgitLeVa640UDvnEjYTKWjCniTxZRaU7ewY8BfTSk-7KxoDdLsPSpX_MX4rwlAx-_1UGk5t4sQgTbm9T6Fm2oqFd37dsz5-Gj27UP2GTAShfJPFD7MqU_zIgOI0pfqsbNL5xTQVM29K6rX4jSPtylZV3uWJtkoQIQnrIHhk1d0SC0KwlBV3V7R_LVYjiXLyIXsFzSNYgQ68ZjAwt8iL7I8Osa-ehQLM13DVvLASaf7Jnu3sC3CWl3Gyirgded6cfMmswJzY87w';
const at = (seconds: number): Date => new Date(seconds * 1000);

const PROPS: KeyProperties = {
  name: 'CreateSoftKeyTest', version: V, enabled: true, notBefore: undefined, expiresOn: undefined, createdOn: at(1493942451),
  updatedOn: at(1493942451), tags: { purpose: 'unit test', 'test name ': 'CreateGetDeleteKeyTest' }, managed: false, exportable: false,
  recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable',
};
const RSA_KEY: VaultKey = {
  name: 'CreateSoftKeyTest', keyType: 'RSA', keyOperations: ['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  key: { kty: 'RSA', n: N, e: 'AQAB' }, keySize: 2048, curve: undefined, properties: PROPS,
};

describe('keys-wire: responses', () => {
  it('renders the GetKey example (plus recoverableDays and exportable), and reads it back', () => {
    const bundle = keyBundle(ORIGIN, RSA_KEY);
    expect(bundle).toEqual({
      key: { kid: `${ORIGIN}/keys/CreateSoftKeyTest/${V}`, kty: 'RSA', key_ops: ['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], n: N, e: 'AQAB' },
      attributes: { enabled: true, created: 1493942451, updated: 1493942451, recoveryLevel: 'Recoverable+Purgeable', recoverableDays: 90, exportable: false },
      tags: { purpose: 'unit test', 'test name ': 'CreateGetDeleteKeyTest' },
    });
    expect(parseKeyBundle(JSON.parse(JSON.stringify(bundle)))).toEqual(RSA_KEY);
  });

  it('never copies private members into the JWK', () => {
    const leaky = { ...RSA_KEY, key: { ...RSA_KEY.key, d: 'secret', p: 'secret' } } as VaultKey;
    expect(JSON.stringify(keyBundle(ORIGIN, leaky))).not.toContain('secret');
  });

  it('renders EC and oct keys, items and deleted keys, and round-trips them', () => {
    const x = encodeBase64url(Buffer.alloc(32, 1));
    const ec: VaultKey = { ...RSA_KEY, name: 'ec', keyType: 'EC', keyOperations: ['sign', 'verify'], key: { kty: 'EC', crv: 'P-256', x, y: x }, keySize: 256, curve: 'P-256', properties: { ...PROPS, name: 'ec', managed: true, tags: {} } };
    expect(keyBundle(ORIGIN, ec).key).toEqual({ kid: `${ORIGIN}/keys/ec/${V}`, kty: 'EC', key_ops: ['sign', 'verify'], crv: 'P-256', x, y: x });
    expect(keyBundle(ORIGIN, ec).managed).toBe(true);
    expect(parseKeyBundle(keyBundle(ORIGIN, ec))).toEqual(ec);
    const oct: VaultKey = { ...RSA_KEY, keyType: 'oct', keyOperations: ['encrypt'], key: { kty: 'oct' }, keySize: 0 };
    expect(keyBundle(ORIGIN, oct).key).toEqual({ kid: `${ORIGIN}/keys/CreateSoftKeyTest/${V}`, kty: 'oct', key_ops: ['encrypt'] });
    expect(keyItem(ORIGIN, PROPS, false).kid).toBe(`${ORIGIN}/keys/CreateSoftKeyTest`);
    expect(parseKeyItem(keyItem(ORIGIN, PROPS, true))).toEqual(PROPS);
    const deleted: DeletedKey = { key: RSA_KEY, deletedOn: at(1493942452), scheduledPurgeDate: at(1501718452) };
    const wire = deletedKeyBundle(ORIGIN, deleted);
    expect(wire.recoveryId).toBe(`${ORIGIN}/deletedkeys/CreateSoftKeyTest`);
    expect(parseDeletedKeyBundle(wire)).toEqual(deleted);
  });

  it('adds the policy id to the rotation policy wire shape', () => {
    expect(keyRotationPolicyWire(ORIGIN, 'k1', DEFAULT_ROTATION_POLICY)).toEqual({
      id: `${ORIGIN}/keys/k1/rotationpolicy`,
      lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Notify' } }], attributes: {},
    });
  });
});

describe('key-params', () => {
  it('reads KeyCreateParameters with Azure defaults', () => {
    expect(parseKeyCreateParameters({ kty: 'RSA' })).toEqual({ spec: { kty: 'RSA', size: 2048 }, options: {} });
    expect(parseKeyCreateParameters({ kty: 'EC-HSM', crv: 'P-384', key_ops: ['verify', 'sign'], tags: { a: 'b' }, attributes: { exportable: true, exp: 2000000000 }, release_policy: {} }))
      .toEqual({ spec: { kty: 'EC', curve: 'P-384' }, options: { keyOperations: ['sign', 'verify'], exportable: true, expiresOn: at(2000000000), tags: { a: 'b' } } });
    expect(parseKeyCreateParameters({ kty: 'RSA', key_size: 4096, public_exponent: 65537 }).spec).toEqual({ kty: 'RSA', size: 4096 });
    expect(parseKeyCreateParameters({ kty: 'oct' }).spec).toEqual({ kty: 'oct', size: 256 });
    expect(parseKeyCreateParameters({ kty: 'EC' }).spec).toEqual({ kty: 'EC', curve: 'P-256' });
  });

  it.each([
    [{}, "Invalid field 'kty': expected one of RSA, RSA-HSM, EC, EC-HSM, oct, oct-HSM."],
    [{ kty: 'DSA' }, "Invalid field 'kty': expected one of RSA, RSA-HSM, EC, EC-HSM, oct, oct-HSM."],
    [{ kty: 'RSA', key_size: '2048' }, "Invalid field 'key_size': expected a whole number from 1 to 16384."],
    [{ kty: 'RSA', key_size: 1024 }, 'Unsupported RSA key size 1024: expected 2048, 3072, 4096 bits.'],
    [{ kty: 'RSA', public_exponent: 3 }, "Invalid field 'public_exponent': only 65537 is supported, for RSA keys."],
    [{ kty: 'EC', key_size: 256 }, "Invalid field 'key_size': an EC key takes a curve (crv), not a size."],
    [{ kty: 'EC', crv: 'P-192' }, "Invalid field 'crv': expected one of P-256, P-384, P-521, P-256K."],
    [{ kty: 'RSA', crv: 'P-256' }, "Invalid field 'crv': an RSA key takes a size (key_size), not a curve."],
    [{ kty: 'EC', key_ops: ['encrypt'] }, 'An EC key cannot encrypt: its operations are sign, verify.'],
    [{ kty: 'RSA', key_ops: 'sign' }, "Invalid field 'key_ops': expected a JSON array."],
  ])('refuses the create body %#', (body, message) => {
    expect(badParameter(() => parseKeyCreateParameters(body))).toBe(message);
  });

  it('reads KeyImportParameters: the JWK whole, its key_ops as the permitted operations', () => {
    const jwk = { kty: 'RSA-HSM', n: N, e: 'AQAB', d: 'x', key_ops: ['sign'] };
    expect(parseKeyImportParameters({ key: jwk, Hsm: false, attributes: { enabled: false } })).toEqual({ material: { jwk }, options: { keyOperations: ['sign'], enabled: false } });
    expect(badParameter(() => parseKeyImportParameters({}))).toBe("Missing field 'key': expected a JSON Web Key.");
    expect(badParameter(() => parseKeyImportParameters({ key: 'pem' }))).toBe("Invalid field 'key': expected a JSON object.");
    expect(badParameter(() => parseKeyImportParameters({ key: jwk, Hsm: 'yes' }))).toBe("Invalid field 'Hsm': expected true or false.");
    expect(badParameter(() => parseKeyImportParameters({ key: { kty: 'x' } }))).toBe("Invalid field 'key.kty': expected one of RSA, RSA-HSM, EC, EC-HSM, oct, oct-HSM.");
  });

  it('reads KeyUpdateParameters; null clears a date', () => {
    expect(parseKeyUpdateParameters({ key_ops: ['verify', 'sign'], attributes: { enabled: true, exp: null }, tags: {} }))
      .toEqual({ keyOperations: ['sign', 'verify'], enabled: true, expiresOn: null, tags: {} });
    expect(badParameter(() => parseKeyUpdateParameters({ key_ops: ['export'] }))).toBe("Invalid field 'key_ops': expected a list of sign, verify, encrypt, decrypt, wrapKey, unwrapKey.");
  });
});

describe('key operations', () => {
  const b64 = (bytes: number[]): string => encodeBase64url(Uint8Array.from(bytes));

  it('reads encrypt, decrypt, wrap, sign, verify and rng requests', () => {
    // The encrypt example's value, with an algorithm Coffer supports (it refuses RSA1_5).
    expect(parseEncryptParameters({ alg: 'RSA-OAEP-256', value: '5ka5IVsnGrzufA' }))
      .toEqual({ algorithm: 'RSA-OAEP-256', plaintext: Uint8Array.from(Buffer.from('5ka5IVsnGrzufA', 'base64url')), aad: undefined });
    expect(parseDecryptParameters({ alg: 'A256GCM', value: b64([1]), iv: b64([2]), tag: b64([3]), aad: b64([4]) }))
      .toEqual({ algorithm: 'A256GCM', ciphertext: Uint8Array.from([1]), iv: Uint8Array.from([2]), aad: Uint8Array.from([4]), tag: Uint8Array.from([3]) });
    expect(parseWrapParameters({ alg: 'A256KW', value: b64([9]) }, 'wrapKey')).toEqual({ algorithm: 'A256KW', value: Uint8Array.from([9]) });
    expect(parseSignParameters({ alg: 'ES256', value: b64(new Array<number>(32).fill(7)) }).digest).toHaveLength(32);
    expect(parseVerifyParameters({ alg: 'PS256', digest: b64([1]), value: b64([2]) })).toEqual({ algorithm: 'PS256', digest: Uint8Array.from([1]), signature: Uint8Array.from([2]) });
    expect(parseRandomBytesRequest({ count: 128 })).toBe(128);
  });

  it.each([
    [() => parseEncryptParameters({ alg: 'RSA1_5', value: 'AA' }), "Invalid field 'alg': encrypt supports RSA-OAEP, RSA-OAEP-256, A128GCM, A192GCM, A256GCM."],
    [() => parseEncryptParameters({ value: 'AA' }), "Missing field 'alg': expected one of RSA-OAEP, RSA-OAEP-256, A128GCM, A192GCM, A256GCM."],
    [() => parseEncryptParameters({ alg: 'A256GCM', value: 'AA', iv: 'AA' }), "Invalid field 'iv': the vault chooses the iv of an encryption; leave it out."],
    [() => parseEncryptParameters({ alg: 'A256GCM' }), "Missing field 'value': expected a base64url string."],
    [() => parseSignParameters({ alg: 'HS256', value: 'AA' }), "Invalid field 'alg': sign supports RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, ES256K."],
    [() => parseSignParameters({ alg: 'RS256', value: 'A'.repeat(87) }), "Invalid field 'value': longer than 64 bytes."],
    [() => parseSignParameters({ alg: 'RS256', value: '' }), "Invalid field 'value': expected 1-64 bytes, got 0."],
    [() => parseVerifyParameters({ alg: 'RS256', value: 'AA' }), "Missing field 'digest': expected a base64url string."],
    [() => parseWrapParameters({ alg: 'RSA1_5', value: 'AA' }, 'unwrapKey'), "Invalid field 'alg': unwrapKey supports RSA-OAEP, RSA-OAEP-256, A128KW, A192KW, A256KW."],
    [() => parseDecryptParameters({ alg: 'A128GCM', value: 'AA', tag: b64(new Array<number>(17).fill(0)) }), "Invalid field 'tag': longer than 16 bytes."],
    [() => parseRandomBytesRequest({ count: 129 }), "Invalid field 'count': expected a whole number from 1 to 128."],
    [() => parseRandomBytesRequest({}), "Missing field 'count': expected a whole number from 1 to 128."],
  ])('refuses request %#', (fn, message) => {
    expect(badParameter(fn)).toBe(message);
  });

  it('renders KeyOperationResult, KeyVerifyResult and RandomBytes, and reads a result back', () => {
    const result = { keyId: `/keys/sdktestkey/${V}`, algorithm: 'A256GCM', result: Uint8Array.from([1, 2]), iv: Uint8Array.from([3]), tag: Uint8Array.from([4]) };
    const wire = keyOperationResultWire(ORIGIN, result, Uint8Array.from([5]));
    expect(wire).toEqual({ kid: `${ORIGIN}/keys/sdktestkey/${V}`, value: 'AQI', iv: 'Aw', tag: 'BA', aad: 'BQ' });
    expect(parseKeyOperationResult(wire, 'A256GCM')).toEqual(result);
    expect(keyVerifyResultWire(true)).toEqual({ value: true });
    expect(randomBytesWire(Uint8Array.from([255, 254]))).toEqual({ value: '__4' });
    expect(badParameter(() => keyOperationResultWire(ORIGIN, { ...result, keyId: '/keys/../x' }))).toBe("Invalid key name '..': expected 1-127 of 0-9, a-z, A-Z, '-'.");
  });
});

describe('base64url', () => {
  it('decodes canonical text only', () => {
    expect(decodeBase64url('AQAB', 'e', { max: 8 })).toEqual(Uint8Array.from([1, 0, 1]));
    expect(decodeBase64url('', 'aad', { max: 8 })).toEqual(new Uint8Array(0));
  });

  it.each([
    ['AQAB=', "Invalid field 'f': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding)."],
    ['A+/B', "Invalid field 'f': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding)."],
    ['AQ AB', "Invalid field 'f': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding)."],
    ['AQABA', "Invalid field 'f': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding)."],
    ['AB', "Invalid field 'f': not a canonical base64url encoding."],
    ['AAAAAAAAAAAA', "Invalid field 'f': longer than 8 bytes."],
  ])('refuses %s', (text, message) => {
    expect(badParameter(() => decodeBase64url(text, 'f', { max: 8 }))).toBe(message);
  });

  it('refuses a size under the minimum, and a non-string', () => {
    expect(badParameter(() => decodeBase64url('AA', 'f', { min: 2, max: 8 }))).toBe("Invalid field 'f': expected 2-8 bytes, got 1.");
    expect(badParameter(() => decodeBase64url(12, 'f', { max: 8 }))).toBe("Invalid field 'f': expected a base64url string.");
  });
});
