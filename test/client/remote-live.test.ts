/**
 * RemoteVault against a live `coffer serve` (in this process, on 127.0.0.1, TLS from the
 * server's own CA, the real authenticator): every Vault method once over the wire, each answer
 * compared with what a LocalVault answers for the same call where the two must agree. Then a
 * Secrets User vault token is refused writes with Forbidden/ForbiddenByRbac. A canary value is
 * sent in every refused write and must never come back in an error message.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { constants, createHash, createPublicKey, generateKeyPairSync, publicEncrypt, randomBytes, verify as nodeVerify, type JsonWebKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRemoteVault, type RemoteVault } from '../../src/client/remote-vault.js';
import { principal } from '../../src/core/access/principal.js';
import { inlineKeyExecutor } from '../../src/core/crypto/key-executor.js';
import { MasterKey } from '../../src/core/crypto/master-key.js';
import { VaultError } from '../../src/core/errors.js';
import type { KeyProperties, SecretProperties, VaultKey } from '../../src/core/model.js';
import type { LocalVault, Vault } from '../../src/core/vault.js';
import { createVault } from '../../src/open-vault.js';
import { MAX_RESULTS } from '../../src/protocol/paging.js';
import { startLiveServer, type LiveServer } from '../actions/e2e/live-server.js';

const DAY_MS = 86_400_000;
const CANARY = `canary-${randomBytes(8).toString('hex')}`;
/** Whole seconds: the wire carries dates as seconds. */
const seconds = (ms: number): Date => new Date(Math.floor(ms / 1000) * 1000);
const sha256 = (data: Uint8Array | string): Uint8Array => createHash('sha256').update(data).digest();

let dir: string;
let server: LiveServer;
let remote: RemoteVault;
let local: LocalVault;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coffer-remote-live-'));
  server = await startLiveServer();
  remote = openRemoteVault(server.url, { token: () => Promise.resolve(server.adminToken), ca: server.caPath });
  local = await createVault(`sqlite:${join(dir, 'local.db')}`, { masterKey: MasterKey.generate(), principal: principal('local'), keyExecutor: inlineKeyExecutor });
});

afterAll(async () => {
  await remote.close();
  await local.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The same call on the remote vault, then on the local one. */
async function both<T>(call: (vault: Vault) => Promise<T>): Promise<[T, T]> {
  return [await call(remote), await call(local)];
}

/** The error a call fails with (or a marker when it does not fail). */
async function failure(call: Promise<unknown>): Promise<VaultError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const summary = (error: VaultError): { code: string; innerCode: string | undefined } => ({ code: error.code, innerCode: error.innerCode });

/** What two vaults must agree on for a secret version: everything but its version id and times. */
function secretFacts(p: SecretProperties): Record<string, unknown> {
  return {
    name: p.name, enabled: p.enabled, notBefore: p.notBefore, expiresOn: p.expiresOn, tags: p.tags, managed: p.managed,
    recoverableDays: p.recoverableDays, recoveryLevel: p.recoveryLevel, contentType: p.contentType,
  };
}

function keyPropertyFacts(p: KeyProperties): Record<string, unknown> {
  return {
    name: p.name, enabled: p.enabled, notBefore: p.notBefore, expiresOn: p.expiresOn, tags: p.tags, managed: p.managed,
    recoverableDays: p.recoverableDays, recoveryLevel: p.recoveryLevel, exportable: p.exportable,
  };
}

/** What two vaults must agree on for a key: its type, size, operations, the JWK's members, its properties. */
function keyFacts(key: VaultKey): Record<string, unknown> {
  return {
    name: key.name, keyType: key.keyType, keySize: key.keySize, curve: key.curve, keyOperations: key.keyOperations,
    jwkMembers: Object.keys(key.key).sort(), properties: keyPropertyFacts(key.properties),
  };
}

const VERSION = /^[0-9a-f]{32}$/;

describe('secrets over the wire', () => {
  const notBefore = seconds(Date.now() - DAY_MS);
  const expiresOn = seconds(Date.now() + 60 * DAY_MS);
  const first = `first ${CANARY}\nline two`;
  const second = `second ${CANARY} 🔑`;
  let v1 = '';
  let v2 = '';

  it('sets a secret with a content type, tags and dates, as a local vault does', async () => {
    const options = { contentType: 'text/plain', tags: { env: 'prod', team: 'core' }, notBefore, expiresOn };
    const [set, expected] = await both((vault) => vault.setSecret('db-password', first, options));
    v1 = set.properties.version;
    expect(set.value).toBe(first);
    expect(set.properties.version).toMatch(VERSION);
    expect(secretFacts(set.properties)).toEqual(secretFacts(expected.properties));
    expect(secretFacts(set.properties)).toEqual(expect.objectContaining({ name: 'db-password', enabled: true, notBefore, expiresOn, tags: options.tags, contentType: 'text/plain' }));
  });

  it('gets the latest version and a named one', async () => {
    v2 = (await remote.setSecret('db-password', second)).properties.version;
    const latest = await remote.getSecret('db-password');
    const older = await remote.getSecret('db-password', v1);
    expect([latest.value, latest.properties.version, older.value, older.properties.version]).toEqual([second, v2, first, v1]);
    expect(older.properties.tags).toEqual({ env: 'prod', team: 'core' });
  });

  it('gets a batch, each item on its own: a missing name is a SecretNotFound item, as locally', async () => {
    await local.setSecret('db-password', second);
    const localV1 = (await local.listPropertiesOfSecretVersions('db-password'))[0]?.version ?? '';
    const requests = (version: string): { name: string; version?: string }[] => [{ name: 'db-password' }, { name: 'db-password', version }, { name: 'not-there' }];
    const [got, expected] = [await remote.getSecrets(requests(v1)), await local.getSecrets(requests(localV1))];
    const outcome = (r: (typeof got)[number]): string => (r.ok ? `ok ${r.secret.properties.name}` : `${r.error.code}/${r.error.innerCode ?? ''}`);
    expect(got.map(outcome)).toEqual(['ok db-password', 'ok db-password', 'SecretNotFound/']);
    expect(got.map(outcome)).toEqual(expected.map(outcome));
    expect(got.flatMap((r) => (r.ok ? [r.secret.value] : []))).toEqual([second, first]);
  });

  it('updates properties (and a disabled version is refused as locally)', async () => {
    const [remoteV1, localV1] = [v1, (await local.listPropertiesOfSecretVersions('db-password'))[0]?.version ?? ''];
    const update = { enabled: false, expiresOn: null, contentType: null, tags: { env: 'staging' } };
    const updated = await remote.updateSecretProperties('db-password', remoteV1, update);
    const expected = await local.updateSecretProperties('db-password', localV1, update);
    expect(updated.version).toBe(remoteV1);
    expect(secretFacts(updated)).toEqual(secretFacts(expected));
    expect(secretFacts(updated)).toEqual(expect.objectContaining({ enabled: false, expiresOn: undefined, contentType: undefined, tags: { env: 'staging' } }));
    const refused = await failure(remote.getSecret('db-password', remoteV1));
    expect(summary(refused)).toEqual(summary(await failure(local.getSecret('db-password', localV1))));
    expect(summary(refused)).toEqual({ code: 'Forbidden', innerCode: 'SecretDisabled' });
  });

  it('lists versions oldest first', async () => {
    const versions = await remote.listPropertiesOfSecretVersions('db-password');
    expect(versions.map((p) => [p.version, p.enabled])).toEqual([[v1, false], [v2, true]]);
  });

  it(`lists more than ${MAX_RESULTS} secrets, following the server's pages`, async () => {
    const names = Array.from({ length: MAX_RESULTS + 5 }, (_, i) => `page-${String(i).padStart(2, '0')}`);
    await Promise.all(names.map((name) => remote.setSecret(name, `value of ${name}`, { tags: { i: name } })));
    for (const name of names) await local.setSecret(name, `value of ${name}`, { tags: { i: name } });
    const listsBefore = (await server.audit()).filter((r) => r.operationName === 'SecretList').length;
    const [listed, expected] = await both((vault) => vault.listPropertiesOfSecrets({ namePrefix: 'page-' }));
    const lists = (await server.audit()).filter((r) => r.operationName === 'SecretList').length - listsBefore;
    expect(listed.map((p) => p.name)).toEqual(names);
    expect(listed.map(secretFacts)).toEqual(expected.map(secretFacts));
    // Lists carry base ids: the entries name no version (remote-vault.ts).
    expect(new Set(listed.map((p) => p.version))).toEqual(new Set(['']));
    expect(lists).toBe(2);
  });

  it('soft-deletes: gone from get, in the deleted list, a set on the name refused without echoing the value', async () => {
    const [deleted, expected] = await both(async (vault) => {
      await vault.setSecret('temp-secret', `temp ${CANARY}`);
      return vault.deleteSecret('temp-secret');
    });
    expect(secretFacts(deleted.properties)).toEqual(secretFacts(expected.properties));
    expect(deleted.scheduledPurgeDate.getTime() - deleted.deletedOn.getTime()).toBe(deleted.properties.recoverableDays * DAY_MS);
    expect(summary(await failure(remote.getSecret('temp-secret')))).toEqual({ code: 'SecretNotFound', innerCode: undefined });
    const [refused, localRefused] = [await failure(remote.setSecret('temp-secret', CANARY)), await failure(local.setSecret('temp-secret', CANARY))];
    expect(summary(refused)).toEqual({ code: 'ObjectIsDeletedButRecoverable', innerCode: 'ObjectIsDeletedButRecoverable' });
    expect(summary(refused)).toEqual(summary(localRefused));
    expect(refused.message).not.toContain(CANARY);
    expect((await remote.listDeletedSecrets()).map((d) => d.properties.name)).toEqual(['temp-secret']);
    expect(await remote.getDeletedSecret('temp-secret')).toEqual(deleted);
  });

  it('recovers a deleted secret with its value, then purges it for good', async () => {
    const recovered = await remote.recoverDeletedSecret('temp-secret');
    expect(recovered.name).toBe('temp-secret');
    expect((await remote.getSecret('temp-secret')).value).toBe(`temp ${CANARY}`);
    await remote.deleteSecret('temp-secret');
    await remote.purgeDeletedSecret('temp-secret');
    expect(summary(await failure(remote.getDeletedSecret('temp-secret')))).toEqual({ code: 'SecretNotFound', innerCode: undefined });
    expect(await remote.listDeletedSecrets()).toEqual([]);
    expect((await remote.setSecret('temp-secret', 'set again after purge')).value).toBe('set again after purge');
  });

  it('backs up, deletes, purges and restores a secret with every version', async () => {
    const blob = await remote.backupSecret('db-password');
    expect(blob).toMatch(/^[A-Za-z0-9_-]+$/);
    const refusedWhileLive = await failure(remote.restoreSecretBackup(blob));
    expect(summary(refusedWhileLive)).toEqual(summary(await failure(local.restoreSecretBackup(await local.backupSecret('db-password')))));
    await remote.deleteSecret('db-password');
    await remote.purgeDeletedSecret('db-password');
    const restored = await remote.restoreSecretBackup(blob);
    expect([restored.name, restored.version]).toEqual(['db-password', v2]);
    expect((await remote.getSecret('db-password')).value).toBe(second);
    expect((await remote.listPropertiesOfSecretVersions('db-password')).map((p) => p.version)).toEqual([v1, v2]);
  });
});

describe('keys over the wire', () => {
  const data = Buffer.from(`release ${CANARY}`);
  const digest = sha256(data);

  it('creates RSA, EC and oct keys, as a local vault does', async () => {
    const specs = [['rsa-key', { kty: 'RSA', size: 2048 }], ['ec-key', { kty: 'EC', curve: 'P-256' }], ['oct-key', { kty: 'oct', size: 256 }]] as const;
    for (const [name, spec] of specs) {
      const [created, expected] = await both((vault) => vault.createKey(name, spec, { tags: { purpose: name } }));
      // The wire carries no size for an oct key (its JWK has no public member): RemoteVault says 0 (keys-wire.ts).
      expect(keyFacts(created)).toEqual({ ...keyFacts(expected), keySize: spec.kty === 'oct' ? 0 : expected.keySize });
      expect(created.properties.version).toMatch(VERSION);
      expect(Object.keys(created.key)).not.toEqual(expect.arrayContaining(['d']));
    }
    expect((await remote.getKey('rsa-key')).keySize).toBe(2048);
    expect((await remote.getKey('ec-key')).curve).toBe('P-256');
    expect(Object.keys((await remote.getKey('oct-key')).key)).not.toContain('k');
  });

  it('imports a JWK: the public parts come back, never the private ones', async () => {
    const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    const [imported, expected] = await both((vault) => vault.importKey('imported-ec', { jwk }));
    expect(keyFacts(imported)).toEqual(keyFacts(expected));
    expect([imported.key.kty, imported.key.crv, imported.key.x, imported.key.y]).toEqual(['EC', 'P-256', jwk.x, jwk.y]);
    expect(JSON.stringify(imported)).not.toContain(jwk.d);
  });

  it('gets and updates a key', async () => {
    const got = await remote.getKey('rsa-key');
    const [updated, expected] = await both((vault) => vault.updateKeyProperties('rsa-key', undefined, { tags: { owner: 'release' }, keyOperations: ['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] }));
    expect(keyFacts(updated)).toEqual(keyFacts(expected));
    expect([updated.properties.version, updated.properties.tags, updated.key.n]).toEqual([got.properties.version, { owner: 'release' }, got.key.n]);
  });

  it('lists keys by name and, after a rotation, two versions oldest first', async () => {
    const before = await remote.getKey('ec-key');
    const [rotated, expected] = await both((vault) => vault.rotateKey('ec-key'));
    expect(keyFacts(rotated)).toEqual(keyFacts(expected));
    expect(rotated.properties.version).not.toBe(before.properties.version);
    expect(rotated.key.x).not.toBe(before.key.x);
    expect((await remote.listPropertiesOfKeys()).map((p) => [p.name, p.version])).toEqual([['ec-key', ''], ['imported-ec', ''], ['oct-key', ''], ['rsa-key', '']]);
    expect((await remote.listPropertiesOfKeyVersions('ec-key')).map((p) => p.version)).toEqual([before.properties.version, rotated.properties.version]);
    expect(summary(await failure(remote.rotateKeyIfDue('ec-key')))).toEqual({ code: 'BadParameter', innerCode: undefined });
  });

  it('reads the default rotation policy and updates it, as a local vault does', async () => {
    const [initial, expectedInitial] = await both((vault) => vault.getKeyRotationPolicy('rsa-key'));
    expect({ ...initial, createdOn: undefined, updatedOn: undefined }).toEqual({ ...expectedInitial, createdOn: undefined, updatedOn: undefined });
    const policy = { lifetimeActions: [{ trigger: { timeAfterCreate: 'P30D' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P90D' } };
    const [set, expected] = await both((vault) => vault.updateKeyRotationPolicy('rsa-key', policy));
    expect([set.lifetimeActions, set.expiresIn]).toEqual([[{ action: 'Rotate', timeAfterCreate: 'P30D' }], 'P90D']);
    expect([set.lifetimeActions, set.expiresIn]).toEqual([expected.lifetimeActions, expected.expiresIn]);
    expect(await remote.getKeyRotationPolicy('rsa-key')).toEqual(set);
  });

  it('signs with RS256 and ES256; the vault and node:crypto both verify; a changed digest does not', async () => {
    for (const [name, algorithm, dsaEncoding] of [['rsa-key', 'RS256', 'der'], ['ec-key', 'ES256', 'ieee-p1363']] as const) {
      const key = await remote.getKey(name);
      const signed = await remote.sign(name, undefined, algorithm, digest);
      expect(signed.keyId).toContain(`/keys/${name}/${key.properties.version}`);
      const valid = await remote.verify(name, undefined, algorithm, digest, signed.result);
      const forged = await remote.verify(name, undefined, algorithm, sha256('something else'), signed.result);
      const publicKey = createPublicKey({ key: key.key as JsonWebKey, format: 'jwk' });
      expect([valid.valid, forged.valid, nodeVerify('sha256', data, { key: publicKey, dsaEncoding }, signed.result)]).toEqual([true, false, true]);
    }
  });

  it('encrypts and decrypts with RSA-OAEP-256 (node encrypts, the vault decrypts) and A256GCM', async () => {
    const plaintext = Buffer.from(`plaintext ${CANARY}`);
    const rsa = await remote.getKey('rsa-key');
    const byNode = publicEncrypt({ key: createPublicKey({ key: rsa.key as JsonWebKey, format: 'jwk' }), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, plaintext);
    const byVault = await remote.encrypt('rsa-key', undefined, 'RSA-OAEP-256', plaintext);
    expect(Buffer.from((await remote.decrypt('rsa-key', undefined, 'RSA-OAEP-256', byNode)).result)).toEqual(plaintext);
    expect(Buffer.from((await remote.decrypt('rsa-key', undefined, 'RSA-OAEP-256', byVault.result)).result)).toEqual(plaintext);
    const aad = Buffer.from('header');
    const sealed = await remote.encrypt('oct-key', undefined, 'A256GCM', plaintext, { aad });
    expect([sealed.iv?.length, sealed.tag?.length, Buffer.from(sealed.result).includes(plaintext)]).toEqual([12, 16, false]);
    const opened = await remote.decrypt('oct-key', undefined, 'A256GCM', sealed.result, { iv: sealed.iv, tag: sealed.tag, aad });
    expect(Buffer.from(opened.result)).toEqual(plaintext);
    const tampered = await failure(remote.decrypt('oct-key', undefined, 'A256GCM', sealed.result, { iv: sealed.iv, tag: sealed.tag, aad: Buffer.from('other') }));
    expect(summary(tampered)).toEqual({ code: 'BadParameter', innerCode: undefined });
    expect(tampered.message).not.toContain(CANARY);
  });

  it('wraps and unwraps a key with RSA-OAEP and A256KW', async () => {
    const cek = randomBytes(32);
    for (const [name, algorithm] of [['rsa-key', 'RSA-OAEP'], ['oct-key', 'A256KW']] as const) {
      const wrapped = await remote.wrapKey(name, undefined, algorithm, cek);
      expect(Buffer.from(wrapped.result).equals(cek)).toBe(false);
      expect(Buffer.from((await remote.unwrapKey(name, undefined, algorithm, wrapped.result)).result)).toEqual(cek);
    }
  });

  it('backs up, deletes, purges and restores a key: the same key material answers', async () => {
    const before = await remote.getKey('rsa-key');
    const blob = await remote.backupKey('rsa-key');
    await remote.deleteKey('rsa-key');
    await remote.purgeDeletedKey('rsa-key');
    expect(summary(await failure(remote.getKey('rsa-key')))).toEqual({ code: 'KeyNotFound', innerCode: undefined });
    const restored = await remote.restoreKeyBackup(blob);
    expect([restored.properties.version, restored.key.n, restored.key.e]).toEqual([before.properties.version, before.key.n, before.key.e]);
    const signed = await remote.sign('rsa-key', undefined, 'RS256', digest);
    expect(nodeVerify('sha256', data, createPublicKey({ key: before.key as JsonWebKey, format: 'jwk' }), signed.result)).toBe(true);
  });

  it('deletes, lists deleted, recovers, and purges a key', async () => {
    const [deleted, expected] = await both((vault) => vault.deleteKey('imported-ec'));
    expect(keyFacts(deleted.key)).toEqual(keyFacts(expected.key));
    expect((await remote.listDeletedKeys()).map((d) => d.key.name)).toEqual(['imported-ec']);
    expect(await remote.getDeletedKey('imported-ec')).toEqual(deleted);
    const recovered = await remote.recoverDeletedKey('imported-ec');
    expect([recovered.name, recovered.key.x]).toEqual(['imported-ec', deleted.key.key.x]);
    await remote.deleteKey('imported-ec');
    await remote.purgeDeletedKey('imported-ec');
    expect(summary(await failure(remote.getDeletedKey('imported-ec')))).toEqual({ code: 'KeyNotFound', innerCode: undefined });
    expect(await remote.listDeletedKeys()).toEqual([]);
  });

  it('gets random bytes', async () => {
    const [a, b] = [await remote.getRandomBytes(32), await remote.getRandomBytes(32)];
    expect([a.length, b.length, Buffer.from(a).equals(Buffer.from(b))]).toEqual([32, 32, false]);
  });
});

describe('a Secrets User vault token', () => {
  let reader: RemoteVault;

  beforeAll(async () => {
    await remote.setSecret('reader-visible', `visible ${CANARY}`);
    const token = await server.tokenFor('Secrets User', '/secrets', 'ci-reader');
    reader = openRemoteVault(server.url, { token: () => Promise.resolve(token), ca: server.caPath });
  });

  afterAll(async () => {
    await reader.close();
  });

  it('reads a secret', async () => {
    expect((await reader.getSecret('reader-visible')).value).toBe(`visible ${CANARY}`);
  });

  it('is refused a write with Forbidden/ForbiddenByRbac, naming the operation but not the value', async () => {
    const refused = await failure(reader.setSecret('reader-write', `write ${CANARY}`));
    expect(summary(refused)).toEqual({ code: 'Forbidden', innerCode: 'ForbiddenByRbac' });
    expect(refused.message).toBe('ci-reader is not allowed to secrets/set on /secrets/reader-write.');
    expect(summary(await failure(remote.getSecret('reader-write')))).toEqual({ code: 'SecretNotFound', innerCode: undefined });
  });

  it('is refused keys outside its scope', async () => {
    expect(summary(await failure(reader.getKey('ec-key')))).toEqual({ code: 'Forbidden', innerCode: 'ForbiddenByRbac' });
    expect(summary(await failure(reader.getRandomBytes(16)))).toEqual({ code: 'Forbidden', innerCode: 'ForbiddenByRbac' });
  });

  it('is refused with a token whose signature does not check: a 401, said as Unauthorized, the token not in the message', async () => {
    const good = await server.tokenFor('Secrets User', '/secrets', 'ci-reader');
    const wrong = `${good.slice(0, -4)}${good.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const stranger = openRemoteVault(server.url, { token: () => Promise.resolve(wrong), ca: server.caPath });
    try {
      const refused = await failure(stranger.getSecret('reader-visible'));
      expect(summary(refused)).toEqual({ code: 'Unauthorized', innerCode: undefined });
      expect(refused.message).toMatch(new RegExp(`^The vault at ${server.url.replace(/\./g, '\\.')} refused the bearer token \\(401 Unauthorized\\)`));
      expect(refused.message).not.toContain(wrong);
      expect(refused.message).not.toContain(CANARY);
    } finally {
      await stranger.close();
    }
  });
});
