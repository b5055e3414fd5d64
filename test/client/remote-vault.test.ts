/**
 * RemoteVault's methods on the wire: the route and body each sends, and how it reads the answer,
 * against a loopback server answering with the server's own wire builders.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { VaultError } from '../../src/core/errors.js';
import { openRemoteVault, type RemoteVault } from '../../src/client/remote-vault.js';
import { deletedSecretBundle, secretPropertiesBundle } from '../../src/protocol/secrets-wire.js';
import { failure, json, makeCertificate, startLoopback, type Handler, type Loopback, type TestCertificate } from './loopback.js';
import { ecKeyWire, properties, secretItemWire, secretWire, VERSION, VERSION2 } from './wire-fixtures.js';

let certificate: TestCertificate;
let server: Loopback;
let vault: RemoteVault;

/** Answers by `METHOD /path` (without the query); anything else is a 404 naming the route. */
function routes(table: Record<string, Handler>): Handler {
  return (request, res, index) => {
    const handler = table[`${request.method} ${request.url.split('?')[0] ?? ''}`] ?? failure(404, 'NotFound', `no route ${request.method} ${request.url}`);
    handler(request, res, index);
  };
}

const bodies = (): unknown[] => server.requests.map((r) => (r.body === '' ? undefined : JSON.parse(r.body) as unknown));
const calls = (): string[] => server.requests.map((r) => `${r.method} ${r.url.split('?')[0] ?? ''}`);

beforeAll(async () => {
  certificate = makeCertificate();
  server = await startLoopback(certificate);
  vault = openRemoteVault(server.url, { token: () => Promise.resolve('t0ken'), ca: certificate.cert, maxParallel: 2 });
});

afterEach(() => {
  server.answer(json(200, {}));
});

afterAll(async () => {
  await vault.close();
  await server.close();
});

describe('secrets', () => {
  it('gets a batch in parallel, each failing on its own', async () => {
    server.answer(routes({
      'GET /secrets/a/': json(200, secretWire(server.url, 'a', 'va')),
      [`GET /secrets/b/${VERSION2}`]: json(200, secretWire(server.url, 'b', 'vb', VERSION2)),
      'GET /secrets/c/': failure(403, 'Forbidden', 'Operation get is not allowed on a disabled secret.', 'SecretDisabled'),
    }));
    const results = await vault.getSecrets([{ name: 'a' }, { name: 'b', version: VERSION2 }, { name: 'c' }, { name: 'nope' }]);
    expect(results.map((r) => (r.ok ? r.secret.value : `${r.error.code}/${r.error.innerCode ?? ''}`))).toEqual(['va', 'vb', 'Forbidden/SecretDisabled', 'SecretNotFound/']);
  });

  it('updates the latest version with PATCH …/ and null clearing a date', async () => {
    server.answer(json(200, secretPropertiesBundle(server.url, properties('db'))));
    const updated = await vault.updateSecretProperties('db', undefined, { enabled: false, expiresOn: null, tags: { env: 'prod' } });
    expect(updated.version).toBe(VERSION);
    expect(calls()).toEqual(['PATCH /secrets/db/']);
    expect(bodies()).toEqual([{ attributes: { enabled: false, exp: null }, tags: { env: 'prod' } }]);
  });

  it('lists versions oldest first', async () => {
    const older = secretPropertiesBundle(server.url, properties('db', VERSION2, { createdOn: new Date('2024-01-01T00:00:00Z') }));
    server.answer(json(200, { value: [secretPropertiesBundle(server.url, properties('db')), older], nextLink: null }));
    expect((await vault.listPropertiesOfSecretVersions('db')).map((p) => p.version)).toEqual([VERSION2, VERSION]);
    expect(calls()).toEqual(['GET /secrets/db/versions']);
  });

  it('deletes, lists deleted, recovers and purges', async () => {
    const deleted = deletedSecretBundle(server.url, { properties: properties('db'), deletedOn: new Date('2025-02-01T00:00:00Z'), scheduledPurgeDate: new Date('2025-05-02T00:00:00Z') });
    server.answer(routes({
      'DELETE /secrets/db': json(200, deleted),
      'GET /deletedsecrets': json(200, { value: [{ ...secretItemWire(server.url, 'db') as object, recoveryId: `${server.url}/deletedsecrets/db`, deletedDate: 1, scheduledPurgeDate: 2 }], nextLink: null }),
      'GET /deletedsecrets/db': json(200, deleted),
      'POST /deletedsecrets/db/recover': json(200, secretPropertiesBundle(server.url, properties('db'))),
      'DELETE /deletedsecrets/db': (_request, res) => {
        res.writeHead(204).end();
      },
    }));
    expect((await vault.deleteSecret('db')).scheduledPurgeDate.toISOString()).toBe('2025-05-02T00:00:00.000Z');
    expect((await vault.listDeletedSecrets()).map((d) => d.properties.version)).toEqual([VERSION]);
    expect((await vault.recoverDeletedSecret('db')).name).toBe('db');
    await vault.purgeDeletedSecret('db');
    expect(calls()).toEqual(['DELETE /secrets/db', 'GET /deletedsecrets', 'GET /deletedsecrets/db', 'POST /deletedsecrets/db/recover', 'DELETE /deletedsecrets/db']);
  });

  it('backs up and restores', async () => {
    server.answer(routes({
      'POST /secrets/db/backup': json(200, { value: 'QUJDRA' }),
      'POST /secrets/restore': json(200, secretPropertiesBundle(server.url, properties('db'))),
    }));
    const blob = await vault.backupSecret('db');
    expect((await vault.restoreSecretBackup(blob)).name).toBe('db');
    expect(bodies()).toEqual([undefined, { value: 'QUJDRA' }]);
  });
});

describe('keys', () => {
  const kid = (): string => `${server.url}/keys/k/${VERSION}`;

  it('creates a key with its spec, operations and attributes', async () => {
    server.answer(json(200, ecKeyWire(server.url, 'k')));
    await vault.createKey('k', { kty: 'EC', curve: 'P-256' }, { keyOperations: ['sign', 'verify'], exportable: false, tags: { a: 'b' } });
    expect(calls()).toEqual(['POST /keys/k/create']);
    expect(bodies()).toEqual([{ kty: 'EC', crv: 'P-256', key_ops: ['sign', 'verify'], attributes: { exportable: false }, tags: { a: 'b' } }]);
  });

  it('signs the latest version at …//sign, and verifies a pinned one', async () => {
    server.answer(routes({
      'POST /keys/k//sign': json(200, { kid: kid(), value: 'AQID' }),
      [`POST /keys/k/${VERSION}/verify`]: json(200, { value: true }),
    }));
    const signed = await vault.sign('k', undefined, 'ES256', new Uint8Array(32));
    expect({ keyId: signed.keyId, result: [...signed.result] }).toEqual({ keyId: `/keys/k/${VERSION}`, result: [1, 2, 3] });
    const verified = await vault.verify('k', VERSION, 'ES256', new Uint8Array(32), Uint8Array.of(1, 2, 3));
    expect({ valid: verified.valid, keyId: verified.keyId, result: [...verified.result] }).toEqual({ valid: true, keyId: `/keys/k/${VERSION}`, result: [1] });
    expect(bodies()).toEqual([
      { alg: 'ES256', value: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      { alg: 'ES256', digest: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', value: 'AQID' },
    ]);
  });

  it('decrypts with iv, aad and tag, and wraps at the lowercase route', async () => {
    server.answer(json(200, { kid: kid(), value: 'AQID' }));
    await vault.decrypt('k', VERSION, 'A256GCM', Uint8Array.of(9), { iv: Uint8Array.of(1), aad: Uint8Array.of(2), tag: Uint8Array.of(3) });
    await vault.wrapKey('k', VERSION, 'A256KW', new Uint8Array(32));
    expect(calls()).toEqual([`POST /keys/k/${VERSION}/decrypt`, `POST /keys/k/${VERSION}/wrapkey`]);
    expect(bodies()[0]).toEqual({ alg: 'A256GCM', value: 'CQ', iv: 'AQ', aad: 'Ag', tag: 'Aw' });
  });

  it('reads and writes a rotation policy, checking it before sending', async () => {
    const policy = { lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D', timeBeforeExpiry: null }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P1Y', created: 1700000000, updated: 1700000001 } };
    server.answer(json(200, { id: `${server.url}/keys/k/rotationpolicy`, ...policy }));
    const read = await vault.getKeyRotationPolicy('k');
    expect(read).toEqual({ lifetimeActions: [{ action: 'Rotate', timeAfterCreate: 'P90D' }], expiresIn: 'P1Y', createdOn: new Date(1700000000_000), updatedOn: new Date(1700000001_000) });
    await vault.updateKeyRotationPolicy('k', { lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P1Y' } });
    expect(bodies()[1]).toEqual({ lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P1Y' } });
    await expect(vault.updateKeyRotationPolicy('k', { lifetimeActions: [{ trigger: { timeAfterCreate: 'P1D' }, action: { type: 'Rotate' } }] })).rejects.toThrow('the shortest allowed is P7D');
    expect(server.requests).toHaveLength(2);
  });

  it('imports a JWK without ever quoting it, and refuses a broken one before sending', async () => {
    await expect(vault.importKey('k', { jwk: '{"kty": "oct", "k": "c2VjcmV0' })).rejects.toThrow('The JWK is not valid JSON.');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses rotateKeyIfDue: it needs one transaction, which only a local vault has', async () => {
    const error = await vault.rotateKeyIfDue('k').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).code).toBe('BadParameter');
    expect(server.requests).toHaveLength(0);
  });

  it('gets random bytes, exactly as many as asked', async () => {
    server.answer(json(200, { value: 'AQIDBA' }));
    expect([...await vault.getRandomBytes(4)]).toEqual([1, 2, 3, 4]);
    await expect(vault.getRandomBytes(5)).rejects.toThrow('gave an invalid answer to /rng');
    await expect(vault.getRandomBytes(129)).rejects.toThrow('expected a whole number from 1 to 128');
    expect(bodies()).toEqual([{ count: 4 }, { count: 5 }]);
  });
});
