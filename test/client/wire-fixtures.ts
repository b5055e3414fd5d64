/**
 * Key Vault answers for the client tests, made with the server's own builders (src/protocol)
 * from domain objects, so the client is tested against exactly what the server will send.
 */
import type { Secret, SecretProperties, VaultKey } from '../../src/core/model.js';
import { keyBundle } from '../../src/protocol/keys-wire.js';
import { secretBundle, secretItem } from '../../src/protocol/secrets-wire.js';

export const VERSION = 'b595353d9c39413d80626575b3b5d865';
export const VERSION2 = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const CREATED = new Date('2025-01-02T03:04:05Z');

export function properties(name: string, version = VERSION, overrides: Partial<SecretProperties> = {}): SecretProperties {
  return {
    name, version, enabled: true, notBefore: undefined, expiresOn: undefined, createdOn: CREATED, updatedOn: CREATED,
    tags: {}, managed: false, recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable', contentType: undefined, ...overrides,
  };
}

export function secretWire(origin: string, name: string, value: string, version = VERSION): unknown {
  const secret: Secret = { properties: properties(name, version), value };
  return secretBundle(origin, secret);
}

export function secretItemWire(origin: string, name: string): unknown {
  return secretItem(origin, properties(name), false);
}

/** An EC P-256 key version (public parts only; the coordinates are the RFC 7515 A.3 example's). */
export function ecKeyWire(origin: string, name: string, version = VERSION): unknown {
  const key: VaultKey = {
    name, keyType: 'EC', keyOperations: ['sign', 'verify'], keySize: 256, curve: 'P-256',
    key: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
    properties: { ...properties(name, version), exportable: false },
  };
  return keyBundle(origin, key);
}
