import { describe, it, expect } from '@jest/globals';
import { objectId, parseObjectId, parseRecoveryId, recoveryId, vaultOrigin } from '../../src/protocol/ids.js';
import { ORIGIN, VERSION, badParameter } from './helpers.js';

describe('ids', () => {
  it('builds object and recovery ids as Azure does (GetDeletedSecret example)', () => {
    expect(objectId(ORIGIN, 'secrets', 'GetDeletedSecretTest', VERSION)).toBe(`${ORIGIN}/secrets/GetDeletedSecretTest/${VERSION}`);
    expect(objectId(`${ORIGIN}/`, 'keys', 'k1')).toBe(`${ORIGIN}/keys/k1`);
    expect(recoveryId(ORIGIN, 'secrets', 'GetDeletedSecretTest')).toBe(`${ORIGIN}/deletedsecrets/GetDeletedSecretTest`);
    expect(recoveryId('https://vault.localhost:8443', 'certificates', 'c')).toBe('https://vault.localhost:8443/deletedcertificates/c');
  });

  it('normalises an origin: lowercase host, default port dropped', () => {
    expect(vaultOrigin('https://MyVault.localhost:443/')).toBe('https://myvault.localhost');
    expect(vaultOrigin('https://[::1]:8443')).toBe('https://[::1]:8443');
  });

  it.each([
    ['http://vault.localhost', "Invalid vault URL 'http://vault.localhost': expected https://host[:port] with no path, query or user info."],
    ['https://vault.localhost/prefix', "Invalid vault URL 'https://vault.localhost/prefix': expected https://host[:port] with no path, query or user info."],
    ['https://u:p@vault.localhost', "Invalid vault URL 'https://u:p@vault.localhost': expected https://host[:port] with no path, query or user info."],
    ['https://vault.localhost?x=1', "Invalid vault URL 'https://vault.localhost?x=1': expected https://host[:port] with no path, query or user info."],
    ['not a url', "Invalid vault URL 'not a url': expected https://host[:port]."],
  ])('refuses the origin %s', (url, message) => {
    expect(badParameter(() => vaultOrigin(url))).toBe(message);
  });

  it('refuses a bad name or version when building', () => {
    expect(badParameter(() => objectId(ORIGIN, 'secrets', 'db/pass'))).toBe("Invalid secret name 'db/pass': expected 1-127 of 0-9, a-z, A-Z, '-'.");
    expect(badParameter(() => objectId(ORIGIN, 'keys', 'k', 'ABC'))).toBe("Invalid version 'ABC': expected 32 lowercase hexadecimal characters.");
  });

  it('parses ids back, with and without a version', () => {
    expect(parseObjectId(`${ORIGIN}/secrets/s1/${VERSION}`)).toEqual({ origin: ORIGIN, collection: 'secrets', name: 's1', version: VERSION });
    expect(parseObjectId('https://localhost:8443/keys/k-1', 'keys')).toEqual({ origin: 'https://localhost:8443', collection: 'keys', name: 'k-1', version: undefined });
    expect(parseRecoveryId(`${ORIGIN}/deletedkeys/k1`, 'keys')).toEqual({ origin: ORIGIN, collection: 'keys', name: 'k1', version: undefined });
  });

  it('round-trips every collection', () => {
    for (const collection of ['secrets', 'keys', 'certificates'] as const) {
      const id = objectId(ORIGIN, collection, 'Name-1', VERSION);
      const parsed = parseObjectId(id, collection);
      expect(objectId(parsed.origin, parsed.collection, parsed.name, parsed.version)).toBe(id);
      expect(parseRecoveryId(recoveryId(ORIGIN, collection, 'Name-1')).collection).toBe(collection);
    }
  });

  it.each([
    [`${ORIGIN}/secrets/s1/${VERSION}/extra`, "Invalid object id 'https://myvault.vault.azure.net/secrets/s1/b595353d9c39413d80626575b3b5d865/extra': expected https://host/collection/name[/version]."],
    [`${ORIGIN}/secrets/s1/`, "Invalid version '': expected 32 lowercase hexadecimal characters."],
    [`${ORIGIN}/secrets/../keys`, "Invalid secret name '..': expected 1-127 of 0-9, a-z, A-Z, '-'."],
    [`${ORIGIN}/secrets/s%31`, "Invalid secret name 's%31': expected 1-127 of 0-9, a-z, A-Z, '-'."],
    [`${ORIGIN}/secrets/s1?api-version=7.5`, "Invalid object id 'https://myvault.vault.azure.net/secrets/s1?api-version=7.5': expected https://host/collection/name[/version]."],
    [`${ORIGIN}/vault/secrets/s1`, "Invalid object id 'https://myvault.vault.azure.net/vault/secrets/s1': expected a path under /{secrets, keys, certificates}/."],
    [`http://h/secrets/s1`, "Invalid object id 'http://h/secrets/s1': expected https://host/collection/name[/version]."],
    [42, "Invalid object id '42': expected https://host/collection/name[/version]."],
  ])('refuses the id %s', (id, message) => {
    expect(badParameter(() => parseObjectId(id))).toBe(message);
  });

  it('refuses an id of another collection than expected', () => {
    expect(badParameter(() => parseObjectId(`${ORIGIN}/keys/k1`, 'secrets'))).toBe("Invalid object id 'https://myvault.vault.azure.net/keys/k1': expected a path under /secrets/.");
    expect(badParameter(() => parseRecoveryId(`${ORIGIN}/deletedkeys/k1/${VERSION}`))).toBe(
      "Invalid recovery id 'https://myvault.vault.azure.net/deletedkeys/k1/b595353d9c39413d80626575b3b5d865': expected https://host/deleted{secrets,keys,certificates}/name.");
  });
});
