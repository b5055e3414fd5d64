import { describe, it, expect, beforeAll, beforeEach, afterEach } from '@jest/globals';
import { createHash, generatePrimeSync, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { assignmentAuthorizer } from '../../src/core/access/decision.js';
import { principal } from '../../src/core/access/principal.js';
import { defaultKeyExecutor } from '../../src/core/crypto/key-executor.js';
import { inlineKeyExecutor } from '../../src/core/crypto/key-executor.js';
import { checkRsaPrimes } from '../../src/core/crypto/key-material.js';
import { addDuration, parseDuration } from '../../src/core/key-rotation.js';
import type { KeyExecutor, KeyResult, PrivateJwk } from '../../src/core/crypto/key-types.js';
import { FileStore } from '../../src/core/store/file-store.js';
import { LocalVault } from '../../src/core/vault.js';
import { DAY_MS, T0, TEST_KEY, TESTER, failure, summary, tempVault, type TempVault } from './helpers.js';

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();
const HEX32 = /^[0-9a-f]{32}$/;

/** Every textual form a canary byte string could take in a file or a message. */
function forms(value: string): string[] {
  const bytes = Buffer.from(value, 'base64url');
  return [value, bytes.toString('base64'), bytes.toString('hex'), bytes.toString('base64').replace(/=+$/, '')];
}

describe('keys: create, get, list and update', () => {
  let t: TempVault;
  beforeEach(async () => { t = await tempVault(); });
  afterEach(async () => t.cleanup());

  it('creates RSA, EC and oct keys and returns their public parts only', async () => {
    const rsa = await t.vault.createKey('release-rsa', { kty: 'RSA', size: 2048 });
    const ec = await t.vault.createKey('release-ec', { kty: 'EC', curve: 'P-256' }, { tags: { team: 'build' } });
    const oct = await t.vault.createKey('data-key', { kty: 'oct', size: 256 });
    expect(Object.keys(rsa.key).sort()).toEqual(['e', 'kty', 'n']);
    expect(Object.keys(ec.key).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(oct.key).toEqual({ kty: 'oct' });
    expect([rsa.keyType, rsa.keySize, rsa.curve, rsa.key.e]).toEqual(['RSA', 2048, undefined, 'AQAB']);
    expect(Buffer.from(rsa.key.n ?? '', 'base64url')).toHaveLength(256);
    expect([ec.keyType, ec.keySize, ec.curve, ec.key.crv]).toEqual(['EC', 256, 'P-256', 'P-256']);
    expect([oct.keyType, oct.keySize]).toEqual(['oct', 256]);
    expect(rsa.keyOperations).toEqual(['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
    expect(ec.keyOperations).toEqual(['sign', 'verify']);
    expect(oct.keyOperations).toEqual(['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
    expect(ec.properties).toEqual({
      name: 'release-ec', version: ec.properties.version, enabled: true, notBefore: undefined, expiresOn: undefined,
      createdOn: T0, updatedOn: T0, tags: { team: 'build' }, managed: false, exportable: false,
      recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable',
    });
    expect(ec.properties.version).toMatch(HEX32);
    expect(await t.vault.getKey('RELEASE-EC')).toEqual(ec);
    expect((await t.vault.listPropertiesOfKeys()).map((p) => p.name)).toEqual(['data-key', 'release-ec', 'release-rsa']);
    expect(t.lastRecord()).toMatchObject({ operationName: 'KeyList', resultType: 'Success' });
  });

  it('refuses a bad spec, name or operation list before generating anything, and audits the refusal', async () => {
    expect(summary(await failure(t.vault.createKey('k', { kty: 'RSA', size: 1024 })))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: 'Unsupported RSA key size 1024: expected 2048, 3072, 4096 bits.',
    });
    expect(t.lastRecord()).toMatchObject({ operationName: 'KeyCreate', resultType: 'Failure', resultSignature: 'BadRequest', properties: { id: '/keys/k', errorCode: 'BadParameter', kty: 'RSA' } });
    expect((await failure(t.vault.createKey('bad_name', { kty: 'EC', curve: 'P-256' }))).message)
      .toBe("Invalid key name 'bad_name': expected 1-127 of 0-9, a-z, A-Z, '-'.");
    expect((await failure(t.vault.createKey('k', { kty: 'EC', curve: 'P-256' }, { keyOperations: ['encrypt'] }))).message)
      .toBe('An EC key cannot encrypt: its operations are sign, verify.');
    expect((await failure(t.vault.createKey('k', { kty: 'oct', size: 256 }, { keyOperations: ['sign'] }))).message)
      .toBe('An oct key cannot sign: its operations are encrypt, decrypt, wrapKey, unwrapKey.');
    expect(await t.vault.listPropertiesOfKeys()).toEqual([]);
  });

  it('keeps versions, and updates the properties of one version', async () => {
    const first = await t.vault.createKey('k', { kty: 'EC', curve: 'P-384' });
    t.clock.advance(1000);
    const second = await t.vault.createKey('k', { kty: 'EC', curve: 'P-384' });
    expect((await t.vault.listPropertiesOfKeyVersions('k')).map((p) => p.version)).toEqual([first.properties.version, second.properties.version]);
    expect((await t.vault.getKey('k')).properties.version).toBe(second.properties.version);
    expect((await t.vault.getKey('k', first.properties.version)).key).toEqual(first.key);
    t.clock.advance(1000);
    const expires = new Date(T0.getTime() + 30 * DAY_MS);
    const updated = await t.vault.updateKeyProperties('k', first.properties.version, { enabled: false, expiresOn: expires, keyOperations: ['verify'], tags: { a: 'b' } });
    expect([updated.properties.enabled, updated.properties.expiresOn, updated.keyOperations, updated.properties.tags, updated.properties.updatedOn])
      .toEqual([false, expires, ['verify'], { a: 'b' }, new Date(T0.getTime() + 2000)]);
    expect(updated.key).toEqual(first.key);
    expect((await t.vault.getKey('k')).properties.enabled).toBe(true);
    expect(t.lastRecord()).toMatchObject({ operationName: 'KeyGet', properties: { id: `/keys/k/${second.properties.version}` } });
  });
});

describe('keys: using a key', () => {
  let t: TempVault;
  beforeEach(async () => { t = await tempVault(); });
  afterEach(async () => t.cleanup());

  it('signs digests and verifies signatures with RSA and EC keys', async () => {
    const rsa = await t.vault.createKey('rsa', { kty: 'RSA', size: 2048 });
    const ec = await t.vault.createKey('ec', { kty: 'EC', curve: 'P-256' });
    const digest = sha256('release.tar.gz');
    for (const [name, algorithm, length] of [['rsa', 'PS256', 256], ['rsa', 'RS256', 256], ['ec', 'ES256', 64]] as const) {
      const signed = await t.vault.sign(name, undefined, algorithm, digest);
      const version = (name === 'rsa' ? rsa : ec).properties.version;
      expect([signed.keyId, signed.algorithm, signed.result.length]).toEqual([`/keys/${name}/${version}`, algorithm, length]);
      expect((await t.vault.verify(name, version, algorithm, digest, signed.result)).valid).toBe(true);
      expect((await t.vault.verify(name, undefined, algorithm, sha256('other'), signed.result)).valid).toBe(false);
    }
    const records = t.auditRecords().filter((r) => r.operationName === 'KeySign');
    expect(records.map((r) => r.properties)).toEqual([
      { id: `/keys/rsa/${rsa.properties.version}`, algorithm: 'PS256' },
      { id: `/keys/rsa/${rsa.properties.version}`, algorithm: 'RS256' },
      { id: `/keys/ec/${ec.properties.version}`, algorithm: 'ES256' },
    ]);
    expect(readFileSync(t.auditPath, 'utf8')).not.toContain(digest.toString('base64url'));
    expect(readFileSync(t.auditPath, 'utf8')).not.toContain(digest.toString('hex'));
  });

  it('encrypts, decrypts, wraps and unwraps with RSA and oct keys', async () => {
    await t.vault.createKey('rsa', { kty: 'RSA', size: 2048 });
    await t.vault.createKey('aes', { kty: 'oct', size: 256 });
    const plaintext = Buffer.from('a data key, say');
    const oaep = await t.vault.encrypt('rsa', undefined, 'RSA-OAEP-256', plaintext);
    expect(Buffer.from((await t.vault.decrypt('rsa', undefined, 'RSA-OAEP-256', oaep.result)).result)).toEqual(plaintext);
    const gcm = await t.vault.encrypt('aes', undefined, 'A256GCM', plaintext, { aad: Buffer.from('context') });
    expect([gcm.iv?.length, gcm.tag?.length, gcm.result.length]).toEqual([12, 16, plaintext.length]);
    const opened = await t.vault.decrypt('aes', undefined, 'A256GCM', gcm.result, { iv: gcm.iv, tag: gcm.tag, aad: Buffer.from('context') });
    expect(Buffer.from(opened.result)).toEqual(plaintext);
    const wrongAad = await failure(t.vault.decrypt('aes', undefined, 'A256GCM', gcm.result, { iv: gcm.iv, tag: gcm.tag, aad: Buffer.from('other') }));
    expect(summary(wrongAad)).toEqual({ code: 'BadParameter', innerCode: undefined, message: 'Decryption failed: the ciphertext is not valid for this key and algorithm.' });
    const cek = randomBytes(32);
    for (const [name, algorithm] of [['aes', 'A256KW'], ['rsa', 'RSA-OAEP']] as const) {
      const wrapped = await t.vault.wrapKey(name, undefined, algorithm, cek);
      expect(Buffer.from((await t.vault.unwrapKey(name, undefined, algorithm, wrapped.result)).result)).toEqual(cek);
    }
    expect(t.auditRecords().slice(-6).map((r) => [r.operationName, r.properties.algorithm, r.resultType])).toEqual([
      ['KeyDecrypt', 'A256GCM', 'Success'], ['KeyDecrypt', 'A256GCM', 'Failure'],
      ['KeyWrap', 'A256KW', 'Success'], ['KeyUnwrap', 'A256KW', 'Success'], ['KeyWrap', 'RSA-OAEP', 'Success'], ['KeyUnwrap', 'RSA-OAEP', 'Success'],
    ]);
  });

  it('refuses a disabled, expired, not-yet-valid key and an operation the key does not permit', async () => {
    const key = await t.vault.createKey('k', { kty: 'EC', curve: 'P-256' });
    const { version } = key.properties;
    const digest = sha256('x');
    const refusal = async (): Promise<unknown> => summary(await failure(t.vault.sign('k', undefined, 'ES256', digest)));
    await t.vault.updateKeyProperties('k', version, { enabled: false });
    expect(await refusal()).toEqual({ code: 'Forbidden', innerCode: 'KeyDisabled', message: `Operation sign is not allowed: key 'k' version ${version} is disabled.` });
    await t.vault.updateKeyProperties('k', version, { enabled: true, expiresOn: T0 });
    expect(await refusal()).toEqual({ code: 'Forbidden', innerCode: 'KeyExpired', message: "Operation sign is not allowed: key 'k' expired on 2025-01-01T00:00:00.000Z." });
    await t.vault.updateKeyProperties('k', version, { expiresOn: null, notBefore: new Date(T0.getTime() + DAY_MS) });
    expect(await refusal()).toEqual({ code: 'Forbidden', innerCode: 'KeyNotYetValid', message: "Operation sign is not allowed: key 'k' is not valid before 2025-01-02T00:00:00.000Z." });
    await t.vault.updateKeyProperties('k', version, { notBefore: null, keyOperations: ['verify'] });
    expect(await refusal()).toEqual({ code: 'Forbidden', innerCode: 'KeyOperationNotPermitted', message: "Operation sign is not permitted on key 'k': its operations are verify." });
    expect(t.lastRecord()).toMatchObject({ operationName: 'KeySign', resultType: 'Failure', resultSignature: 'Forbidden', properties: { errorCode: 'KeyOperationNotPermitted' } });
  });

  it('refuses a digest of the wrong length and an algorithm that does not fit the key', async () => {
    await t.vault.createKey('ec', { kty: 'EC', curve: 'P-256' });
    await t.vault.createKey('aes', { kty: 'oct', size: 128 });
    expect((await failure(t.vault.sign('ec', undefined, 'ES256', Buffer.alloc(31)))).code).toBe('BadParameter');
    expect((await failure(t.vault.sign('ec', undefined, 'ES384', Buffer.alloc(48)))).code).toBe('BadParameter');
    expect((await failure(t.vault.sign('ec', undefined, 'PS256', Buffer.alloc(32)))).code).toBe('BadParameter');
    expect((await failure(t.vault.encrypt('aes', undefined, 'A256GCM', Buffer.from('x')))).code).toBe('BadParameter');
    expect((await failure(t.vault.sign('missing', undefined, 'ES256', Buffer.alloc(32)))).code).toBe('KeyNotFound');
  });

  it('runs concurrent operations in batches: every one is audited, and the chain verifies', async () => {
    await t.vault.createKey('ec', { kty: 'EC', curve: 'P-256' });
    const digests = Array.from({ length: 60 }, (_v, i) => sha256(`file-${i}`));
    const signed = await Promise.all(digests.map((d) => t.vault.sign('ec', undefined, 'ES256', d)));
    const verdicts = await Promise.all(digests.map((d, i) => t.vault.verify('ec', undefined, 'ES256', d, signed[i]?.result ?? new Uint8Array())));
    expect(verdicts.every((v) => v.valid)).toBe(true);
    expect(t.auditRecords().filter((r) => r.operationName === 'KeySign')).toHaveLength(60);
    expect(t.auditRecords().filter((r) => r.operationName === 'KeyVerify')).toHaveLength(60);
    expect(await t.vault.verifyAudit()).toMatchObject({ ok: true });
  });

  it('runs on the worker pool as on the calling thread', async () => {
    const pooled = t.open();
    await t.vault.createKey('rsa', { kty: 'RSA', size: 2048 });
    const other = await tempVault({ keyExecutor: defaultKeyExecutor() });
    try {
      await other.vault.importKey('rsa', { jwk: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) });
      const digest = sha256('pool');
      const signature = (await other.vault.sign('rsa', undefined, 'PS512', createHash('sha512').update('pool').digest())).result;
      expect(signature).toHaveLength(256);
      expect((await other.vault.verify('rsa', undefined, 'PS512', createHash('sha512').update('pool').digest(), signature)).valid).toBe(true);
      expect((await other.vault.sign('rsa', undefined, 'PS256', digest)).result).toHaveLength(256);
    } finally {
      await other.cleanup();
      await pooled.close();
    }
  });

  it('withholds a result when its key version is disabled while the operation runs', async () => {
    const key = await t.vault.createKey('ec', { kty: 'EC', curve: 'P-256' });
    const other = t.open();
    // An executor that, mid-operation, lets another process disable the key version in use.
    const racing: KeyExecutor = {
      run: async (handle, request) => {
        await other.updateKeyProperties('ec', key.properties.version, { enabled: false });
        return inlineKeyExecutor.run(handle, request);
      },
      close: () => Promise.resolve(),
    };
    const vault = new LocalVault(FileStore.open(t.path, TEST_KEY), { principal: TESTER, clock: t.clock.now, keyExecutor: racing });
    expect(summary(await failure(vault.sign('ec', undefined, 'ES256', sha256('x'))))).toEqual({
      code: 'Forbidden', innerCode: 'KeyDisabled', message: `Operation sign is not allowed: key 'ec' version ${key.properties.version} is disabled.`,
    });
    expect(t.auditRecords().slice(-2).map((r) => [r.operationName, r.resultType])).toEqual([['KeyUpdate', 'Success'], ['KeySign', 'Failure']]);
  });

  it('fails closed: no result when the audit record cannot be written', async () => {
    await t.vault.createKey('ec', { kty: 'EC', curve: 'P-256' });
    rmSync(t.auditPath);
    mkdirSync(t.auditPath);
    const results = await Promise.allSettled([0, 1, 2].map((i) => t.vault.sign('ec', undefined, 'ES256', sha256(String(i)))));
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'fulfilled'))).toEqual(['AuditWriteFailed', 'AuditWriteFailed', 'AuditWriteFailed']);
  });

  it('audits a denied operation and does no work for it', async () => {
    await t.vault.createKey('ec', { kty: 'EC', curve: 'P-256' });
    const reader = t.open(undefined, { authorizer: assignmentAuthorizer([{ principal: 'bob', role: 'Reader', scope: '/' }]), who: principal('bob') });
    expect((await reader.getKey('ec')).keyType).toBe('EC');
    expect(summary(await failure(reader.sign('ec', undefined, 'ES256', sha256('x'))))).toEqual({
      code: 'Forbidden', innerCode: 'ForbiddenByRbac', message: 'bob is not allowed to keys/sign on /keys/ec.',
    });
    expect(summary(await failure(reader.createKey('new', { kty: 'RSA', size: 4096 })))).toMatchObject({ code: 'Forbidden' });
    expect(t.auditRecords().slice(-2).map((r) => [r.operationName, r.resultSignature, r.identity.claim.name])).toEqual([
      ['KeySign', 'Forbidden', 'bob'], ['KeyCreate', 'Forbidden', 'bob'],
    ]);
  });

  it('gives 1 to 128 random bytes', async () => {
    expect(await t.vault.getRandomBytes(32)).toHaveLength(32);
    for (const count of [0, 129, 1.5]) {
      expect(summary(await failure(t.vault.getRandomBytes(count)))).toEqual({
        code: 'BadParameter', innerCode: undefined, message: `Invalid count '${count}': expected a whole number of bytes from 1 to 128.`,
      });
    }
  });
});

describe('keys: hostile input', () => {
  let t: TempVault;
  beforeEach(async () => { t = await tempVault(); });
  afterEach(async () => t.cleanup());

  it('records a bounded id and algorithm for a huge name or algorithm, and keeps working', async () => {
    const huge = 'k'.repeat(1_000_000);
    expect((await failure(t.vault.getKey(huge))).code).toBe('BadParameter');
    expect((await failure(t.vault.sign('k', undefined, huge as 'ES256', sha256('x')))).code).toBe('KeyNotFound');
    const [get, sign] = t.auditRecords().slice(-2);
    expect(get?.properties.id).toBe(`/keys/${'k'.repeat(250)}…(1000006 characters)`);
    expect(sign?.properties.algorithm).toBe(`${'k'.repeat(256)}…(1000000 characters)`);
    expect(Math.max(...t.auditLines().map((line) => line.length))).toBeLessThan(4096);
    await t.vault.createKey('k', { kty: 'EC', curve: 'P-256' });
    expect((await t.vault.getKey('k')).keyType).toBe('EC');
  });

  it('refuses RSA keys whose primes are unequal in size, or whose exponent is small', async () => {
    const e = 65537n;
    const inverse = (a: bigint, m: bigint): bigint => {
      let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
      while (r1 !== 0n) { const q = r0 / r1; [r0, r1] = [r1, r0 - q * r1]; [s0, s1] = [s1, s0 - q * s1]; }
      return ((s0 % m) + m) % m;
    };
    const b64u = (v: bigint): string => Buffer.from(v.toString(16).padStart(Math.ceil(v.toString(16).length / 2) * 2, '0'), 'hex').toString('base64url');
    let p = 0n;
    let q = 0n;
    // A 2048-bit modulus from a 768-bit and a 1280-bit prime: consistent, but not two halves.
    while ((p * q).toString(2).length !== 2048 || (p - 1n) % e === 0n || (q - 1n) % e === 0n) {
      p = generatePrimeSync(768, { bigint: true });
      q = generatePrimeSync(1280, { bigint: true });
    }
    const d = inverse(e, (p - 1n) * (q - 1n));
    const jwk = { kty: 'RSA', n: b64u(p * q), e: b64u(e), d: b64u(d), p: b64u(p), q: b64u(q), dp: b64u(d % (p - 1n)), dq: b64u(d % (q - 1n)), qi: b64u(inverse(q, p)) };
    expect(summary(await failure(t.vault.importKey('weak', { jwk })))).toEqual({
      code: 'BadParameter', innerCode: undefined, message: 'The RSA primes p and q must each be 1024 bits for a 2048-bit key: this key is weak.',
    });
    const three = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 3 }).privateKey.export({ format: 'jwk' });
    expect((await failure(t.vault.importKey('weak', { jwk: three }))).message)
      .toBe('Unsupported RSA public exponent: expected an odd value from 65537 to 2^32 - 1 (FIPS 186-5; usually 65537).');
    expect((await failure(t.vault.importKey('weak', { jwk: { ...jwk, kty: 'constructor' } }))).message)
      .toBe("Unsupported key type 'constructor': expected RSA, EC or oct.");
    expect(await t.vault.listPropertiesOfKeys()).toEqual([]);
  });

  it('proves RSA factors prime', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as PrivateJwk;
    await expect(checkRsaPrimes(rsa)).resolves.toBeUndefined();
    // An odd multiple of 3 just below p: composite, of the same size.
    const p = BigInt(`0x${Buffer.from(rsa.p ?? '', 'base64url').toString('hex')}`);
    let composite = p - (p % 3n);
    if (composite % 2n === 0n) composite -= 3n;
    const bytes = Buffer.from(composite.toString(16).padStart(256, '0'), 'hex');
    await expect(checkRsaPrimes({ ...rsa, p: bytes.toString('base64url') })).rejects.toThrow('The RSA factor p or q is not prime: this key is weak.');
  });

  it('answers each operation of a batch for its own name and version', async () => {
    await t.vault.createKey('k', { kty: 'EC', curve: 'P-256' });
    const digest = sha256('x');
    const outcomes = await Promise.allSettled([
      t.vault.sign('k', undefined, 'ES256', digest), t.vault.sign('k', '', 'ES256', digest),
      t.vault.sign('\u212A', undefined, 'ES256', digest), t.vault.sign('K', undefined, 'ES256', digest),
    ]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? 'ok' : (o.reason as { code: string }).code))).toEqual(['ok', 'BadParameter', 'BadParameter', 'ok']);
    expect(t.auditRecords().slice(-4).map((r) => r.resultType)).toEqual(['Success', 'Failure', 'Failure', 'Success']);
  });

  it('records a failure, never a success, when the executor returns nothing', async () => {
    await t.vault.createKey('aes', { kty: 'oct', size: 128 });
    const broken: KeyExecutor = { run: () => Promise.resolve(undefined as unknown as KeyResult), close: () => Promise.resolve() };
    const vault = new LocalVault(FileStore.open(t.path, TEST_KEY), { principal: TESTER, clock: t.clock.now, keyExecutor: broken });
    await expect(vault.wrapKey('aes', undefined, 'A128KW', Buffer.alloc(16))).rejects.toThrow('The key executor returned no result for the operation.');
    expect(t.lastRecord()).toMatchObject({ operationName: 'KeyWrap', resultType: 'Failure', resultSignature: 'InternalServerError' });
  });

  it('finishes key operations in flight when closed, and refuses new ones', async () => {
    await t.vault.createKey('aes', { kty: 'oct', size: 128 });
    const vault = t.open();
    const inFlight = vault.wrapKey('aes', undefined, 'A128KW', Buffer.alloc(16));
    await vault.close();
    expect((await inFlight).result).toHaveLength(24);
    expect(summary(await failure(vault.wrapKey('aes', undefined, 'A128KW', Buffer.alloc(16))))).toEqual({
      code: 'StorageError', innerCode: undefined, message: 'The vault is closed: it accepts no more key operations.',
    });
  });

  it('refuses more than 10,000 waiting key operations, and serves the rest', async () => {
    await t.vault.createKey('aes', { kty: 'oct', size: 128 });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const gated: KeyExecutor = { run: async (handle, request) => { await gate; return inlineKeyExecutor.run(handle, request); }, close: () => Promise.resolve() };
    const vault = new LocalVault(FileStore.open(t.path, TEST_KEY), { principal: TESTER, clock: t.clock.now, keyExecutor: gated });
    const calls = Array.from({ length: 10_200 }, () => vault.wrapKey('aes', undefined, 'A128KW', Buffer.alloc(16)).then(() => 'ok', (error: unknown) => (error as { code: string }).code));
    // All 10,200 arrive before any batch starts: the last 200 find 10,000 waiting.
    release();
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((o) => o === 'ok').length + outcomes.filter((o) => o === 'Throttled').length).toBe(10_200);
    expect(outcomes.filter((o) => o === 'Throttled').length).toBe(200);
    expect(t.auditRecords().filter((r) => r.operationName === 'KeyWrap')).toHaveLength(10_000);
  });
});

describe('keys: delete, recover, purge, backup and restore', () => {
  let t: TempVault;
  beforeEach(async () => { t = await tempVault(); });
  afterEach(async () => t.cleanup());

  it('soft-deletes, recovers and purges, reserving the name meanwhile', async () => {
    const key = await t.vault.createKey('k', { kty: 'EC', curve: 'P-256' });
    const deleted = await t.vault.deleteKey('k');
    expect([deleted.deletedOn, deleted.scheduledPurgeDate, deleted.key.key]).toEqual([T0, new Date(T0.getTime() + 90 * DAY_MS), key.key]);
    expect((await failure(t.vault.getKey('k'))).code).toBe('KeyNotFound');
    expect((await failure(t.vault.sign('k', undefined, 'ES256', sha256('x')))).code).toBe('KeyNotFound');
    expect(summary(await failure(t.vault.createKey('k', { kty: 'EC', curve: 'P-256' })))).toEqual({
      code: 'ObjectIsDeletedButRecoverable', innerCode: 'ObjectIsDeletedButRecoverable',
      message: "Key 'k' is deleted but recoverable: recover or purge it before setting it again.",
    });
    expect((await t.vault.listDeletedKeys()).map((d) => d.key.name)).toEqual(['k']);
    expect(await t.vault.recoverDeletedKey('k')).toEqual(key);
    await t.vault.deleteKey('k');
    await t.vault.purgeDeletedKey('k');
    expect(await t.vault.listDeletedKeys()).toEqual([]);
    expect((await failure(t.vault.getDeletedKey('k'))).message).toBe("A deleted key with name 'k' was not found in this vault.");
  });

  it('backs up a key with its versions and policy, and restores it exactly', async () => {
    await t.vault.createKey('k', { kty: 'RSA', size: 2048 });
    const second = await t.vault.createKey('k', { kty: 'RSA', size: 2048 }, { tags: { v: '2' } });
    await t.vault.updateKeyRotationPolicy('k', { lifetimeActions: [{ trigger: { timeAfterCreate: 'P30D' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P90D' } });
    const versions = await t.vault.listPropertiesOfKeyVersions('k');
    const policy = await t.vault.getKeyRotationPolicy('k');
    const blob = await t.vault.backupKey('k');
    expect(summary(await failure(t.vault.restoreKeyBackup(blob)))).toEqual({ code: 'Conflict', innerCode: undefined, message: "Key 'k' exists: restore refuses to overwrite it." });
    const signature = (await t.vault.sign('k', undefined, 'PS256', sha256('before'))).result;
    await t.vault.deleteKey('k');
    await t.vault.purgeDeletedKey('k');
    expect(await t.vault.restoreKeyBackup(blob)).toEqual(second);
    expect(await t.vault.listPropertiesOfKeyVersions('k')).toEqual(versions);
    expect(await t.vault.getKeyRotationPolicy('k')).toEqual(policy);
    expect((await t.vault.verify('k', undefined, 'PS256', sha256('before'), signature)).valid).toBe(true);
    await t.vault.setSecret('s', 'value');
    expect((await failure(t.vault.restoreKeyBackup(await t.vault.backupSecret('s')))).message)
      .toBe('This backup holds a secret, not a key: restore it with the secret commands.');
  });
});

describe('keys: rotation', () => {
  let t: TempVault;
  beforeEach(async () => { t = await tempVault(); });
  afterEach(async () => t.cleanup());

  it("gives Azure's default policy to a key without one", async () => {
    await t.vault.createKey('k', { kty: 'EC', curve: 'P-256' });
    expect(await t.vault.getKeyRotationPolicy('k')).toEqual({
      lifetimeActions: [{ action: 'Notify', timeBeforeExpiry: 'P30D' }], expiresIn: undefined, createdOn: undefined, updatedOn: undefined,
    });
  });

  it.each([
    [{ lifetimeActions: [], attributes: { expiryTime: 'P27D' } }, "Invalid attributes.expiryTime 'P27D': the shortest allowed is P28D."],
    [{ lifetimeActions: [{ trigger: { timeAfterCreate: 'P30D' }, action: { type: 'Notify' } }] }, 'Invalid lifetimeActions[0]: a Notify action is triggered by timeBeforeExpiry only.'],
    [{ lifetimeActions: [{ trigger: { timeAfterCreate: 'P6D' }, action: { type: 'Rotate' } }] }, "Invalid lifetimeActions[0].trigger.timeAfterCreate 'P6D': the shortest allowed is P7D."],
    [{ lifetimeActions: [{ trigger: { timeAfterCreate: '90 days' }, action: { type: 'Rotate' } }] }, "Invalid lifetimeActions[0].trigger.timeAfterCreate '90 days': expected an ISO 8601 duration such as P90D, P1Y or P2Y6M."],
    [{ lifetimeActions: [{ trigger: { timeAfterCreate: 'P30D', timeBeforeExpiry: 'P30D' }, action: { type: 'Rotate' } }] }, 'Invalid lifetimeActions[0].trigger: set exactly one of timeAfterCreate and timeBeforeExpiry.'],
    [{ lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P60D' } }, 'Invalid rotation policy: the Rotate trigger P90D is not shorter than the expiry time P60D.'],
    [{ lifetimeActions: [{ trigger: { timeAfterCreate: 'P30D' }, action: { type: 'Delete' } }] }, "Invalid lifetimeActions[0].action.type 'Delete': expected Rotate or Notify."],
    [{ lifetimes: [] }, "Invalid rotation policy: unknown field 'lifetimes'."],
  ])('refuses the policy %j', async (policy, message) => {
    await t.vault.createKey('k', { kty: 'EC', curve: 'P-256' });
    expect(summary(await failure(t.vault.updateKeyRotationPolicy('k', policy)))).toEqual({ code: 'BadParameter', innerCode: undefined, message });
    expect((await t.vault.getKeyRotationPolicy('k')).createdOn).toBeUndefined();
  });

  it('refuses a policy whose trigger could fall after the expiry in some month (a rotation storm)', async () => {
    await t.vault.createKey('k', { kty: 'EC', curve: 'P-256' });
    expect((await failure(t.vault.updateKeyRotationPolicy('k', {
      lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P1M' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P29D' },
    }))).message).toBe('Invalid rotation policy: the Rotate trigger P1M is not shorter than the expiry time P29D.');
  });

  it.each([
    ['2025-01-31T10:00:00.000Z', 'P1M', 1, '2025-02-28T10:00:00.000Z'],
    ['2025-03-31T10:00:00.000Z', 'P1M', -1, '2025-02-28T10:00:00.000Z'],
    ['2024-02-29T00:00:00.000Z', 'P1Y', 1, '2025-02-28T00:00:00.000Z'],
    ['2025-12-15T00:00:00.000Z', 'P1Y1M', 1, '2027-01-15T00:00:00.000Z'],
    ['2025-01-01T00:00:00.000Z', 'P90D', 1, '2025-04-01T00:00:00.000Z'],
    ['2025-03-31T00:00:00.000Z', 'P1MT1H', 1, '2025-04-30T01:00:00.000Z'],
    ['2025-03-01T00:00:00.000Z', 'P2W', -1, '2025-02-15T00:00:00.000Z'],
  ] as const)('%s %s (sign %d) is %s: months clamp to the last day', (from, duration, sign, expected) => {
    expect(addDuration(new Date(from), parseDuration(duration, 'duration'), sign).toISOString()).toBe(expected);
  });

  it('rotates when the policy says so, with the same parameters and the policy expiry', async () => {
    const first = await t.vault.createKey('k', { kty: 'EC', curve: 'P-384' }, { keyOperations: ['sign', 'verify'], tags: { owner: 'release' } });
    await t.vault.updateKeyRotationPolicy('k', { lifetimeActions: [{ trigger: { timeAfterCreate: 'P30D' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P90D' } });
    t.clock.advance(29 * DAY_MS);
    const early = await t.vault.rotateKeyIfDue('k');
    expect([early.result, early.key.properties.version]).toEqual(['not-due', first.properties.version]);
    t.clock.advance(DAY_MS);
    const due = await t.vault.rotateKeyIfDue('k');
    const now = new Date(T0.getTime() + 30 * DAY_MS);
    expect([due.result, due.reason]).toEqual(['rotated', 'timeAfterCreate P30D (due 2025-01-31T00:00:00.000Z)']);
    expect(due.key.properties.version).not.toBe(first.properties.version);
    expect([due.key.keyType, due.key.curve, due.key.keyOperations, due.key.properties.tags, due.key.properties.createdOn, due.key.properties.expiresOn])
      .toEqual(['EC', 'P-384', ['sign', 'verify'], { owner: 'release' }, now, new Date(now.getTime() + 90 * DAY_MS)]);
    expect(due.key.key).not.toEqual(first.key);
    expect(t.lastRecord()).toMatchObject({ operationName: 'KeyRotateIfDue', properties: { id: `/keys/k/${due.key.properties.version}` } });
    expect((await t.vault.rotateKeyIfDue('k')).result).toBe('not-due');
    const manual = await t.vault.rotateKey('k');
    expect((await t.vault.listPropertiesOfKeyVersions('k')).map((v) => v.version)).toEqual([first.properties.version, due.key.properties.version, manual.properties.version]);
  });

  it('reports a due Notify action without rotating', async () => {
    const key = await t.vault.createKey('k', { kty: 'EC', curve: 'P-256' }, { expiresOn: new Date(T0.getTime() + 40 * DAY_MS) });
    expect((await t.vault.rotateKeyIfDue('k')).result).toBe('not-due');
    t.clock.advance(10 * DAY_MS);
    const outcome = await t.vault.rotateKeyIfDue('k');
    expect([outcome.result, outcome.reason, outcome.key.properties.version]).toEqual(['notify', 'timeBeforeExpiry P30D (due 2025-01-11T00:00:00.000Z)', key.properties.version]);
  });
});

describe('keys: private material never leaves the vault', () => {
  let t: TempVault;
  let rsa: PrivateJwk;
  let ec: PrivateJwk;
  let oct: PrivateJwk;
  beforeAll(() => {
    rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as PrivateJwk;
    ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) as PrivateJwk;
    oct = { kty: 'oct', k: randomBytes(32).toString('base64url') };
  });
  beforeEach(async () => { t = await tempVault(); });
  afterEach(async () => t.cleanup());

  it('keeps d, p, q and k out of the vault file, the audit log, backups, results and errors', async () => {
    const outputs: string[] = [];
    const keep = (value: unknown): void => { outputs.push(JSON.stringify(value)); };
    keep(await t.vault.importKey('rsa', { jwk: rsa }));
    keep(await t.vault.importKey('ec', { jwk: JSON.stringify(ec) }));
    keep(await t.vault.importKey('oct', { jwk: oct }, { exportable: true }));
    for (const name of ['rsa', 'ec', 'oct']) {
      keep(await t.vault.getKey(name));
      outputs.push(Buffer.from(await t.vault.backupKey(name), 'base64url').toString('utf8'));
      keep((await failure(t.vault.sign(name, undefined, 'PS384', Buffer.alloc(3)))).message);
    }
    keep((await failure(t.vault.importKey('bad', { jwk: { ...rsa, n: `${rsa.n ?? ''}AA` } }))).message);
    keep((await failure(t.vault.importKey('bad', { jwk: { kty: 'RSA', n: rsa.n, e: rsa.e } }))).message);
    keep((await failure(t.vault.importKey('bad', { pem: `-----BEGIN PRIVATE KEY-----\n${rsa.d ?? ''}\n-----END PRIVATE KEY-----` }))).message);
    keep(await t.vault.listPropertiesOfKeys());
    const haystack = [t.fileBytes().toString('utf8'), readFileSync(t.auditPath, 'utf8'), ...outputs].join('\n');
    const canaries = [rsa.d, rsa.p, rsa.q, rsa.dp, rsa.dq, rsa.qi, ec.d, oct.k].map((v) => v ?? '');
    for (const canary of canaries) {
      for (const form of forms(canary)) expect(haystack.includes(form)).toBe(false);
    }
    expect(haystack).toContain(rsa.n);
  });
});
