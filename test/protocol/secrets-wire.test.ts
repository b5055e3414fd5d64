import { describe, it, expect } from '@jest/globals';
import type { DeletedSecret, Secret, SecretProperties } from '../../src/core/model.js';
import {
  deletedSecretBundle, deletedSecretItem, parseDeletedSecretBundle, parseSecretBundle, parseSecretProperties, parseSecretSetParameters,
  parseSecretUpdateParameters, secretBundle, secretItem, secretSetParametersWire, secretUpdateParametersWire,
} from '../../src/protocol/secrets-wire.js';
import { backupResultWire, parseRestoreParameters } from '../../src/protocol/backup-wire.js';
import { ORIGIN, VERSION, badParameter } from './helpers.js';

const at = (seconds: number): Date => new Date(seconds * 1000);

const PROPS: SecretProperties = {
  name: 'GetDeletedSecretTest', version: VERSION, enabled: true, notBefore: undefined, expiresOn: undefined,
  createdOn: at(1493938433), updatedOn: at(1493938433), contentType: undefined, tags: {}, managed: false,
  recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable',
};

describe('secrets-wire: responses', () => {
  it('renders the GetDeletedSecret example exactly (plus recoverableDays)', () => {
    const deleted: DeletedSecret = { properties: PROPS, deletedOn: at(1493938433), scheduledPurgeDate: at(1501714433) };
    expect(deletedSecretBundle(ORIGIN, deleted)).toEqual({
      recoveryId: 'https://myvault.vault.azure.net/deletedsecrets/GetDeletedSecretTest',
      deletedDate: 1493938433,
      scheduledPurgeDate: 1501714433,
      id: `https://myvault.vault.azure.net/secrets/GetDeletedSecretTest/${VERSION}`,
      attributes: { enabled: true, created: 1493938433, updated: 1493938433, recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable' },
    });
    expect(deletedSecretItem(ORIGIN, deleted).id).toBe('https://myvault.vault.azure.net/secrets/GetDeletedSecretTest');
    expect(parseDeletedSecretBundle(JSON.parse(JSON.stringify(deletedSecretBundle(ORIGIN, deleted))))).toEqual(deleted);
  });

  it('renders a full SecretBundle, dates in whole seconds, and a certificate secret with kid and managed', () => {
    const secret: Secret = {
      value: 'mysecretvalue',
      properties: { ...PROPS, name: 's1', notBefore: new Date(1700000000999), expiresOn: at(1800000000), contentType: 'text/plain', tags: { env: 'ci' }, recoverableDays: 7, recoveryLevel: 'CustomizedRecoverable+Purgeable' },
    };
    expect(secretBundle(ORIGIN, secret)).toEqual({
      value: 'mysecretvalue', id: `${ORIGIN}/secrets/s1/${VERSION}`, contentType: 'text/plain',
      attributes: { enabled: true, nbf: 1700000000, exp: 1800000000, created: 1493938433, updated: 1493938433, recoverableDays: 7, recoveryLevel: 'CustomizedRecoverable+Purgeable' },
      tags: { env: 'ci' },
    });
    const managed = secretBundle(ORIGIN, { ...secret, properties: { ...secret.properties, managed: true } });
    expect(managed.kid).toBe(`${ORIGIN}/keys/s1/${VERSION}`);
    expect(managed.managed).toBe(true);
  });

  it('lists the base id (GetSecrets example shape) or each version id', () => {
    const props = { ...PROPS, name: 'listsecrettest0', contentType: 'plainText', createdOn: at(1482189047), updatedOn: at(1482189047) };
    expect(secretItem(ORIGIN, props, false)).toEqual({
      contentType: 'plainText', id: 'https://myvault.vault.azure.net/secrets/listsecrettest0',
      attributes: { enabled: true, created: 1482189047, updated: 1482189047, recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable' },
    });
    expect(secretItem(ORIGIN, props, true).id).toBe(`https://myvault.vault.azure.net/secrets/listsecrettest0/${VERSION}`);
    expect(parseSecretProperties(secretItem(ORIGIN, props, false))).toEqual({ ...props, version: undefined });
  });

  it('round-trips a bundle through JSON', () => {
    const secret: Secret = { value: 'v', properties: { ...PROPS, expiresOn: at(1800000000), tags: { a: 'b' }, contentType: 'x' } };
    expect(parseSecretBundle(JSON.parse(JSON.stringify(secretBundle(ORIGIN, secret))))).toEqual(secret);
  });
});

describe('secrets-wire: requests', () => {
  it('reads SecretSetParameters, ignoring unknown and read-only fields', () => {
    expect(parseSecretSetParameters({
      value: 'v', contentType: 'text/plain', tags: { a: 'b' }, unknown: 1,
      attributes: { enabled: false, nbf: 1700000000, exp: 1800000000, created: 5, recoveryLevel: 'x' },
    })).toEqual({ value: 'v', options: { contentType: 'text/plain', enabled: false, notBefore: at(1700000000), expiresOn: at(1800000000), tags: { a: 'b' } } });
    expect(parseSecretSetParameters({ value: '', attributes: null, tags: null, contentType: null })).toEqual({ value: '', options: {} });
  });

  it('round-trips set and update bodies', () => {
    const options = { contentType: 'c', enabled: true, notBefore: at(1), expiresOn: at(2), tags: { t: 'u' } };
    expect(parseSecretSetParameters(secretSetParametersWire('val', options))).toEqual({ value: 'val', options });
    const update = { contentType: null, enabled: false, notBefore: null, expiresOn: at(3), tags: {} };
    expect(parseSecretUpdateParameters(secretUpdateParametersWire(update))).toEqual(update);
    expect(parseSecretUpdateParameters({ value: 'ignored' })).toEqual({});
  });

  it.each([
    [[], 'Invalid secret set request: expected a JSON object.'],
    [{}, "Missing field 'value': expected a string."],
    [{ value: 5 }, "Invalid field 'value': expected a string."],
    [{ value: 'v', contentType: 5 }, "Invalid field 'contentType': expected a string."],
    [{ value: 'v', contentType: 'x'.repeat(256) }, `Invalid content type '${'x'.repeat(64)}…': expected at most 255 characters.`],
    [{ value: 'v', attributes: [] }, "Invalid field 'attributes': expected a JSON object."],
    [{ value: 'v', attributes: { enabled: 'true' } }, "Invalid field 'attributes.enabled': expected true or false."],
    [{ value: 'v', attributes: { exp: '1800000000' } }, "Invalid field 'attributes.exp': expected a whole number from 0 to 253402300799."],
    [{ value: 'v', attributes: { nbf: 1.5 } }, "Invalid field 'attributes.nbf': expected a whole number from 0 to 253402300799."],
    [{ value: 'v', attributes: { nbf: 10, exp: 5 } }, "Invalid field 'attributes.nbf': it is after 'attributes.exp'."],
    [{ value: 'v', tags: 'a=b' }, "Invalid field 'tags': expected a JSON object."],
    [{ value: 'v', tags: { a: 1 } }, "Invalid value for tag 'a': expected a string of at most 256 characters."],
    [{ value: 'x'.repeat(25 * 1024 + 1) }, 'Secret value is 25601 bytes: the limit is 25600 bytes (25 KiB).'],
  ])('refuses the set body %#', (body, message) => {
    expect(badParameter(() => parseSecretSetParameters(body))).toBe(message);
  });

  it('reads and refuses restore bodies', () => {
    expect(parseRestoreParameters(backupResultWire('abc-_1'))).toBe('abc-_1');
    expect(badParameter(() => parseRestoreParameters({ value: 'a+b=' }))).toBe("Invalid field 'value': expected base64url (A-Z, a-z, 0-9, '-', '_', without padding).");
    expect(badParameter(() => parseRestoreParameters({}))).toBe("Invalid field 'value': expected a base64url string.");
    expect(badParameter(() => parseRestoreParameters({ value: '' }))).toBe("Invalid field 'value': expected 1-67108864 characters, got 0.");
  });
});
