/**
 * The official @azure/keyvault-keys KeyClient and CryptographyClient against a real
 * `coffer serve`: key lifecycle, rotation, backup/restore, soft delete, random bytes, and
 * signatures and ciphertexts checked independently with node:crypto.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { constants, createHash, createPublicKey, generateKeyPairSync, publicEncrypt, randomBytes, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { KeyClient, type JsonWebKey as SdkJwk, type KeyVaultKey } from '@azure/keyvault-keys';
import { startTestServer, type TestServer } from './harness.js';
import { all, fixedCredential, innerCode, restError, sdkTransport, type SdkTransport } from './sdk-helpers.js';

const FAST_POLL = { intervalInMs: 10 };
const DATA = Buffer.from('the data coffer signs');
const DIGEST = createHash('sha256').update(DATA).digest();

function publicKeyOf(key: KeyVaultKey): KeyObject {
  const jwk = key.key;
  const b64 = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? new Uint8Array()).toString('base64url');
  return jwk?.kty === 'RSA'
    ? createPublicKey({ key: { kty: 'RSA', n: b64(jwk.n), e: b64(jwk.e) }, format: 'jwk' })
    : createPublicKey({ key: { kty: 'EC', crv: jwk?.crv ?? '', x: b64(jwk?.x), y: b64(jwk?.y) }, format: 'jwk' });
}

describe('@azure/keyvault-keys against coffer serve', () => {
  let server: TestServer;
  let transport: SdkTransport;
  let client: KeyClient;
  let rsa: KeyVaultKey;
  let ec: KeyVaultKey;

  beforeAll(async () => {
    server = await startTestServer();
    transport = sdkTransport(server.ca);
    client = new KeyClient(server.url, fixedCredential(server.adminToken), { ...transport.options, disableChallengeResourceVerification: true });
    rsa = await client.createRsaKey('rsa-key', { keySize: 2048 });
    ec = await client.createEcKey('ec-key', { curve: 'P-256' });
  });
  afterAll(async () => {
    transport.agent.destroy();
    await server.stop();
  });

  it('creates RSA and EC keys (createKey and the typed helpers) and gets them', async () => {
    const generic = await client.createKey('generic-ec', 'EC', { curve: 'P-384', tags: { t: '1' } });
    const genericRsa = await client.createKey('generic-rsa', 'RSA', { keySize: 3072 });

    const got = await client.getKey('generic-ec');

    expect(rsa.keyType).toBe('RSA');
    expect(rsa.key?.n?.length).toBe(256);
    expect(rsa.key?.d).toBeUndefined();
    expect(ec.key?.crv).toBe('P-256');
    expect(ec.key?.d).toBeUndefined();
    expect(genericRsa.key?.n?.length).toBe(384);
    expect(got.id).toBe(generic.id);
    expect(got.key?.crv).toBe('P-384');
    expect(got.properties.tags).toEqual({ t: '1' });
  });

  it('lists keys and versions, updates properties, rotates', async () => {
    const rotated = await client.rotateKey('ec-key');
    const updated = await client.updateKeyProperties('ec-key', rotated.properties.version ?? '', { tags: { rotated: 'yes' } });

    const names = (await all(client.listPropertiesOfKeys())).map((p) => p.name);
    const versions = (await all(client.listPropertiesOfKeyVersions('ec-key'))).map((p) => p.version).sort();

    expect(names).toEqual(expect.arrayContaining(['ec-key', 'rsa-key']));
    expect(versions).toEqual([ec.properties.version, rotated.properties.version].sort());
    expect(rotated.properties.version).not.toBe(ec.properties.version);
    expect(updated.properties.tags).toEqual({ rotated: 'yes' });
    expect((await client.getKey('ec-key')).properties.version).toBe(rotated.properties.version);
  });

  it('sets and reads a rotation policy', async () => {
    const policy = { expiresIn: 'P1Y', lifetimeActions: [{ action: 'Rotate' as const, timeAfterCreate: 'P90D' }, { action: 'Notify' as const, timeBeforeExpiry: 'P30D' }] };

    const set = await client.updateKeyRotationPolicy('rsa-key', policy);
    const got = await client.getKeyRotationPolicy('rsa-key');

    expect(set.expiresIn).toBe('P1Y');
    expect(got.expiresIn).toBe('P1Y');
    expect(got.lifetimeActions).toEqual(policy.lifetimeActions);
    expect(got.id).toBe(`${server.url}/keys/rsa-key/rotationpolicy`);
  });

  it('deletes, gets the deleted key, recovers; then deletes, purges and restores from a backup', async () => {
    const key = await client.createEcKey('cycle-key');
    const backup = await client.backupKey('cycle-key');

    const deleted = await (await client.beginDeleteKey('cycle-key', FAST_POLL)).pollUntilDone();
    const gotDeleted = await client.getDeletedKey('cycle-key');
    await (await client.beginRecoverDeletedKey('cycle-key', FAST_POLL)).pollUntilDone();
    const recovered = await client.getKey('cycle-key');
    await (await client.beginDeleteKey('cycle-key', FAST_POLL)).pollUntilDone();
    await client.purgeDeletedKey('cycle-key');
    const gone = await client.getKey('cycle-key').then(() => undefined, (e: unknown) => e);
    const restored = await client.restoreKeyBackup(backup ?? new Uint8Array());

    expect(deleted.properties.recoveryId).toBe(`${server.url}/deletedkeys/cycle-key`);
    expect(gotDeleted.name).toBe('cycle-key');
    expect(recovered.id).toBe(key.id);
    expect(restError(gone)).toEqual({ name: 'RestError', statusCode: 404, code: 'KeyNotFound' });
    expect(restored.id).toBe(key.id);
    expect(restored.key?.x).toEqual(key.key?.x);
  });

  it('returns random bytes', async () => {
    const bytes = await client.getRandomBytes(32);

    expect(bytes.length).toBe(32);
  });

  it.each(['RS256', 'PS256'] as const)('signs %s with an RSA key; node:crypto and the SDK verify it', async (algorithm) => {
    const crypto = client.getCryptographyClient('rsa-key', { keyVersion: rsa.properties.version ?? '' });
    transport.requests.length = 0;

    const signed = await crypto.sign(algorithm, DIGEST);
    const sdkVerified = await crypto.verify(algorithm, DIGEST, signed.result);
    const tampered = await crypto.verify(algorithm, createHash('sha256').update('other').digest(), signed.result);

    const padding = algorithm === 'PS256' ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } : {};
    expect(nodeVerify('sha256', DATA, { key: publicKeyOf(rsa), ...padding }, Buffer.from(signed.result))).toBe(true);
    expect(signed.keyID).toBe(rsa.id);
    expect(transport.requests).toContain(`POST /keys/rsa-key/${rsa.properties.version ?? ''}/sign?api-version=2025-07-01`);
    expect(sdkVerified.result).toBe(true);
    expect(tampered.result).toBe(false);
  });

  it('signs ES256 with an EC key; node:crypto verifies the P1363 signature', async () => {
    const crypto = client.getCryptographyClient('ec-key', { keyVersion: ec.properties.version ?? '' });

    const signed = await crypto.sign('ES256', DIGEST);
    const sdkVerified = await crypto.verify('ES256', DIGEST, signed.result);

    expect(signed.result.length).toBe(64);
    expect(nodeVerify('sha256', DATA, { key: publicKeyOf(ec), dsaEncoding: 'ieee-p1363' }, Buffer.from(signed.result))).toBe(true);
    expect(sdkVerified.result).toBe(true);
  });

  it('encrypts and decrypts RSA-OAEP-256, and decrypts what node:crypto encrypted', async () => {
    const crypto = client.getCryptographyClient('rsa-key');
    const plaintext = Buffer.from('oaep plaintext');

    const encrypted = await crypto.encrypt({ algorithm: 'RSA-OAEP-256', plaintext });
    const decrypted = await crypto.decrypt({ algorithm: 'RSA-OAEP-256', ciphertext: encrypted.result });
    const fromNode = publicEncrypt({ key: publicKeyOf(rsa), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, plaintext);
    const decryptedNode = await crypto.decrypt({ algorithm: 'RSA-OAEP-256', ciphertext: fromNode });

    expect(Buffer.from(decrypted.result).toString()).toBe('oaep plaintext');
    expect(transport.requests.filter((r) => r.startsWith('POST /keys/rsa-key//decrypt?'))).toHaveLength(2);
    expect(Buffer.from(decryptedNode.result).toString()).toBe('oaep plaintext');
  });

  it('wraps and unwraps a key with RSA-OAEP', async () => {
    const crypto = client.getCryptographyClient('rsa-key');
    const dataKey = randomBytes(32);

    const wrapped = await crypto.wrapKey('RSA-OAEP', dataKey);
    const unwrapped = await crypto.unwrapKey('RSA-OAEP', wrapped.result);

    expect(wrapped.result.length).toBe(256);
    expect(Buffer.from(unwrapped.result)).toEqual(dataKey);
  });

  it('imports a node:crypto P-256 JWK, signs with it, and node:crypto verifies with its own public key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = privateKey.export({ format: 'jwk' });
    const bytes = (text: string | undefined): Uint8Array => Buffer.from(text ?? '', 'base64url');
    const key: SdkJwk = { kty: 'EC', crv: 'P-256', d: bytes(jwk.d), x: bytes(jwk.x), y: bytes(jwk.y), keyOps: ['sign', 'verify'] };

    const imported = await client.importKey('imported-ec', key);
    const signed = await client.getCryptographyClient('imported-ec').sign('ES256', DIGEST);

    expect(imported.key?.d).toBeUndefined();
    expect(Buffer.from(imported.key?.x ?? new Uint8Array()).toString('base64url')).toBe(jwk.x);
    expect(nodeVerify('sha256', DATA, { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signed.result))).toBe(true);
  });

  it('lets a Crypto User token sign but not create keys (403 ForbiddenByRbac)', async () => {
    const user = new KeyClient(server.url, fixedCredential(await server.tokenFor('Crypto User')), {
      ...transport.options, disableChallengeResourceVerification: true,
    });

    const signed = await user.getCryptographyClient('ec-key').sign('ES256', DIGEST);
    const refused = await user.createEcKey('not-allowed').then(() => undefined, (e: unknown) => e);

    expect(signed.result.length).toBe(64);
    expect(restError(refused)).toEqual({ name: 'RestError', statusCode: 403, code: 'Forbidden' });
    expect(innerCode(refused)).toBe('ForbiddenByRbac');
  });
});
