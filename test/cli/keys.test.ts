/**
 * The key management commands end to end through the bundle: create and import, get (table,
 * JWK, PEM, JSON), list and versions, update, the soft-delete lifecycle, backup and restore,
 * rotation and its policy; their exact output, JSON shapes and exit codes (0, 1, 2).
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { Sandbox, json } from './harness.js';

let box: Sandbox;
beforeAll(() => {
  box = new Sandbox();
  box.init();
});
afterAll(() => {
  box.cleanup();
});

const VERSION = /^[0-9a-f]{32}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const PROPERTY_KEYS = ['name', 'version', 'enabled', 'notBefore', 'expiresOn', 'createdOn', 'updatedOn', 'tags', 'managed', 'exportable', 'recoverableDays', 'recoveryLevel'];
const KEY_KEYS = ['name', 'keyType', 'keyOperations', 'key', 'keySize', 'curve', 'properties'];

interface KeyProps {
  name: string; version: string; enabled: boolean; notBefore: string | null; expiresOn: string | null; createdOn: string; updatedOn: string;
  tags: Record<string, string>; managed: boolean; exportable: boolean; recoverableDays: number; recoveryLevel: string;
}
interface KeyJson {
  name: string; keyType: string; keyOperations: string[]; key: Record<string, string>; keySize: number; curve: string | null; properties: KeyProps;
}

const keyJson = (args: string[]): KeyJson => {
  const result = box.run([...args, '--json']);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return json(result) as KeyJson;
};
const hint = (synopsis: string, name: string): string => `Usage: coffer ${synopsis}\nRun 'coffer ${name} --help' for details.\n`;

describe('key create', () => {
  it('makes an RSA key (2048 bits by default) and prints the VaultKey shape with --json', () => {
    const result = box.run(['key', 'create', 'signer', '--kty', 'RSA', '--tag', 'env=prod', '--expires', '2099-01-31', '--not-before', '2020-01-01T12:00:00Z', '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const key = json(result) as KeyJson;
    expect(Object.keys(key)).toEqual(KEY_KEYS);
    expect(Object.keys(key.properties)).toEqual(PROPERTY_KEYS);
    expect(Object.keys(key.key)).toEqual(['kty', 'n', 'e']);
    expect(key).toEqual({
      name: 'signer', keyType: 'RSA', keyOperations: ['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
      key: { kty: 'RSA', n: key.key.n, e: 'AQAB' }, keySize: 2048, curve: null,
      properties: {
        name: 'signer', version: key.properties.version, enabled: true, notBefore: '2020-01-01T12:00:00.000Z', expiresOn: '2099-01-31T00:00:00.000Z',
        createdOn: key.properties.createdOn, updatedOn: key.properties.createdOn, tags: { env: 'prod' }, managed: false, exportable: false,
        recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable',
      },
    });
    expect(Buffer.from(key.key.n ?? '', 'base64url')).toHaveLength(256);
    expect(key.properties.version).toMatch(VERSION);
    expect(key.properties.createdOn).toMatch(ISO);
    expect(result.stdout).toBe(`${JSON.stringify(key, null, 2)}\n`);
  });

  it('makes EC and oct keys with their default operations, and says so in one line without --json', () => {
    const ec = box.run(['key', 'create', 'ec-key', '--kty', 'EC', '--curve', 'P-384']);
    expect(ec.status).toBe(0);
    expect(ec.stdout).toMatch(/^Created key ec-key version [0-9a-f]{32}\n$/);
    const got = keyJson(['key', 'get', 'ec-key']);
    expect(got).toMatchObject({ keyType: 'EC', keySize: 384, curve: 'P-384', keyOperations: ['sign', 'verify'] });
    expect(Object.keys(got.key)).toEqual(['kty', 'crv', 'x', 'y']);
    const oct = keyJson(['key', 'create', 'aes', '--kty', 'oct', '--size', '128', '--exportable', '--ops', 'wrapKey,unwrapKey']);
    expect(oct).toMatchObject({ keyType: 'oct', keySize: 128, curve: null, key: { kty: 'oct' }, keyOperations: ['wrapKey', 'unwrapKey'] });
    expect(oct.properties.exportable).toBe(true);
    expect(keyJson(['key', 'create', 'aes256', '--kty', 'oct']).keySize).toBe(256);
  });

  it('creates a new version under an existing name, and a disabled one with --disabled', () => {
    const first = keyJson(['key', 'create', 'multi', '--kty', 'EC']);
    const second = keyJson(['key', 'create', 'multi', '--kty', 'EC', '--curve', 'P-256K', '--disabled']);
    expect(second.properties.version).not.toBe(first.properties.version);
    expect(second).toMatchObject({ curve: 'P-256K', properties: { enabled: false } });
  });
});

describe('key import', () => {
  it('imports a private JWK and a PEM, showing only public parts', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    box.writeFile('rsa.jwk', JSON.stringify(rsa.privateKey.export({ format: 'jwk' })));
    const imported = box.run(['key', 'import', 'imported-rsa', '--jwk', 'rsa.jwk', '--ops', 'sign,verify']);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^Imported key imported-rsa version [0-9a-f]{32}\n$/);
    const key = keyJson(['key', 'get', 'imported-rsa']);
    const publicJwk = rsa.publicKey.export({ format: 'jwk' });
    expect(key.key).toEqual({ kty: 'RSA', n: publicJwk.n, e: publicJwk.e });
    expect(key.keyOperations).toEqual(['sign', 'verify']);

    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    box.writeFile('ec.pem', ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    const pem = keyJson(['key', 'import', 'imported-ec', '--pem', 'ec.pem', '--exportable', '--tag', 'source=openssl']);
    expect(pem).toMatchObject({ keyType: 'EC', curve: 'P-256', properties: { exportable: true, tags: { source: 'openssl' } } });
    expect(pem.key).toEqual({ kty: 'EC', ...ec.publicKey.export({ format: 'jwk' }) });
    const oct = { kty: 'oct', k: randomBytes(32).toString('base64url') };
    box.writeFile('oct.jwk', JSON.stringify(oct));
    expect(keyJson(['key', 'import', 'imported-oct', '--jwk', 'oct.jwk'])).toMatchObject({ keyType: 'oct', keySize: 256, key: { kty: 'oct' } });
  });

  it('refuses files that are not private keys, with messages that quote no key material', () => {
    box.writeFile('public.pem', generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'pem', type: 'spki' }).toString());
    expect(box.run(['key', 'import', 'bad', '--pem', 'public.pem'])).toEqual({
      status: 1, stdout: '', stderr: 'coffer: The PEM key holds no private key: a public key or certificate cannot be imported as a key. (BadParameter)\n',
    });
    expect(box.run(['key', 'import', 'bad', '--jwk', 'public.pem'])).toEqual({ status: 1, stdout: '', stderr: 'coffer: The JWK is not valid JSON. (BadParameter)\n' });
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' });
    box.writeFile('weak.jwk', JSON.stringify(weak));
    expect(box.run(['key', 'import', 'bad', '--jwk', 'weak.jwk']).stderr)
      .toBe('coffer: The RSA key is 1024 bits, too weak: expected 2048, 3072, 4096 bits. (BadParameter)\n');
    box.writeFile('big.jwk', 'x'.repeat(64 * 1024 + 1));
    expect(box.run(['key', 'import', 'bad', '--jwk', 'big.jwk']).stderr)
      .toBe(`coffer: Key file '${box.path('big.jwk')}' is 65537 bytes: the limit is 65536 bytes. (TooLarge)\n`);
    expect(box.run(['key', 'get', 'bad']).status).toBe(1);
  });
});

describe('key get', () => {
  it('prints the properties and the public JWK as text', () => {
    const key = keyJson(['key', 'get', 'signer']);
    const result = box.run(['key', 'get', 'signer']);
    expect(result).toEqual({
      status: 0, stderr: '', stdout: [
        'Name:        signer',
        `Version:     ${key.properties.version}`,
        'Type:        RSA 2048',
        'Operations:  sign, verify, encrypt, decrypt, wrapKey, unwrapKey',
        'Enabled:     true',
        'Not before:  2020-01-01T12:00:00.000Z',
        'Expires:     2099-01-31T00:00:00.000Z',
        `Created:     ${key.properties.createdOn}`,
        `Updated:     ${key.properties.updatedOn}`,
        'Exportable:  false',
        'Tags:        env=prod',
        '',
        JSON.stringify(key.key, null, 2),
        '',
      ].join('\n'),
    });
    expect(box.run(['key', 'get', 'signer', '--format', 'jwk'])).toEqual({ status: 0, stdout: `${JSON.stringify(key.key, null, 2)}\n`, stderr: '' });
  });

  it('prints the SPKI PEM of RSA and EC keys, and refuses it for an oct key', () => {
    for (const name of ['signer', 'ec-key']) {
      const pem = box.run(['key', 'get', name, '--format', 'pem']);
      expect(pem.status).toBe(0);
      expect(pem.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/);
      const { key } = keyJson(['key', 'get', name]);
      expect(createPublicKey(pem.stdout).export({ format: 'jwk' })).toMatchObject(name === 'signer' ? { n: key.n, e: key.e } : { x: key.x, y: key.y });
    }
    expect(box.run(['key', 'get', 'aes', '--format', 'pem'])).toEqual({
      status: 1, stdout: '', stderr: "coffer: Key 'aes' is an oct (symmetric) key: it has no public key, so there is no PEM to print. (BadParameter)\n",
    });
  });

  it('gets an older version with --version, and fails with exit 1 for a missing key or version', () => {
    const first = keyJson(['key', 'get', 'multi']);
    const versions = json(box.run(['key', 'versions', 'multi', '--json'])) as KeyProps[];
    const oldest = versions[0]?.version ?? '';
    expect(keyJson(['key', 'get', 'multi', '--version', oldest])).toMatchObject({ curve: 'P-256', properties: { version: oldest } });
    expect(first.curve).toBe('P-256K');
    expect(box.run(['key', 'get', 'nope'])).toEqual({ status: 1, stdout: '', stderr: "coffer: A key with name 'nope' was not found in this vault. (KeyNotFound)\n" });
    const missing = '0'.repeat(32);
    expect(box.run(['key', 'get', 'multi', '--version', missing]).stderr)
      .toBe(`coffer: Version '${missing}' of key 'multi' was not found in this vault. (KeyNotFound)\n`);
  });
});

describe('key list and versions', () => {
  let fresh: Sandbox;
  beforeAll(() => {
    fresh = new Sandbox();
    fresh.init();
  });
  afterAll(() => {
    fresh.cleanup();
  });

  it('lists keys as a table and as a JSON array of properties, and says so when there are none', () => {
    expect(fresh.run(['key', 'list'])).toEqual({ status: 0, stdout: 'No keys.\n', stderr: '' });
    expect(fresh.run(['key', 'list', '--json'])).toEqual({ status: 0, stdout: '[]\n', stderr: '' });
    const a = (json(fresh.run(['key', 'create', 'alpha', '--kty', 'oct', '--expires', '2020-02-02', '--json'])) as KeyJson).properties;
    const b = (json(fresh.run(['key', 'create', 'Beta-Key', '--kty', 'EC', '--disabled', '--json'])) as KeyJson).properties;
    expect(fresh.run(['key', 'list'])).toEqual({
      status: 0, stderr: '', stdout:
        'NAME      VERSION                           ENABLED  EXPIRES                             UPDATED\n'
        + `alpha     ${a.version}  true     2020-02-02T00:00:00.000Z (expired)  ${a.updatedOn}\n`
        + `Beta-Key  ${b.version}  false    -                                   ${b.updatedOn}\n`,
    });
    expect(fresh.run(['key', 'list', '--json']).stdout).toBe(`${JSON.stringify([a, b], null, 2)}\n`);
    const second = (json(fresh.run(['key', 'create', 'alpha', '--kty', 'oct', '--json'])) as KeyJson).properties;
    expect((json(fresh.run(['key', 'versions', 'ALPHA', '--json'])) as KeyProps[]).map((p) => p.version)).toEqual([a.version, second.version]);
    expect(fresh.run(['key', 'versions', 'alpha']).stdout.split('\n')).toHaveLength(4);
    expect(fresh.run(['key', 'deleted'])).toEqual({ status: 0, stdout: 'No deleted keys.\n', stderr: '' });
  });
});

describe('key update', () => {
  it('changes dates, operations, tags and enabled; none clears a date', () => {
    const before = keyJson(['key', 'get', 'signer']);
    const result = box.run(['key', 'update', 'signer', '--expires', 'none', '--not-before', 'none', '--ops', 'sign,verify', '--tag', 'a=1']);
    expect(result).toEqual({ status: 0, stdout: `Updated key signer version ${before.properties.version}\n`, stderr: '' });
    const after = keyJson(['key', 'get', 'signer']);
    expect(after.keyOperations).toEqual(['sign', 'verify']);
    expect(after.properties).toMatchObject({ expiresOn: null, notBefore: null, tags: { a: '1' }, enabled: true });
    expect(after.key).toEqual(before.key);
    const off = keyJson(['key', 'update', 'signer', '--version', before.properties.version, '--enabled', 'false']);
    expect(off.properties.enabled).toBe(false);
    expect(box.run(['key', 'sign', 'signer', '--alg', 'PS256', '--digest', Buffer.alloc(32).toString('base64url')])).toEqual({
      status: 1, stdout: '', stderr: `coffer: Operation sign is not allowed: key 'signer' version ${before.properties.version} is disabled. (Forbidden, KeyDisabled)\n`,
    });
    expect(keyJson(['key', 'update', 'signer', '--enabled', 'true']).properties.enabled).toBe(true);
  });

  it('refuses operations the key type cannot do, and dates in the wrong order', () => {
    expect(box.run(['key', 'update', 'ec-key', '--ops', 'encrypt']).stderr).toBe('coffer: An EC key cannot encrypt: its operations are sign, verify. (BadParameter)\n');
    expect(box.run(['key', 'update', 'ec-key', '--not-before', '2030-01-01', '--expires', '2029-01-01']).stderr)
      .toBe('coffer: The not-before date 2030-01-01T00:00:00.000Z is not before the expiry date 2029-01-01T00:00:00.000Z. (BadParameter)\n');
  });
});

describe('delete, deleted, recover, purge', () => {
  it('soft-deletes, reserves the name, lists and shows the deleted key, recovers, and purges', () => {
    const key = keyJson(['key', 'create', 'doomed', '--kty', 'EC']);
    const version = key.properties.version;
    const deleted = box.run(['key', 'delete', 'doomed']);
    expect(deleted.status).toBe(0);
    expect(deleted.stdout).toMatch(/^Deleted key doomed; recoverable until \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z with 'coffer key recover doomed'\.\n$/);
    expect(box.run(['key', 'get', 'doomed']).stderr).toBe("coffer: A key with name 'doomed' was not found in this vault. (KeyNotFound)\n");
    expect(box.run(['key', 'create', 'doomed', '--kty', 'EC']).stderr)
      .toBe("coffer: Key 'doomed' is deleted but recoverable: recover or purge it before setting it again. (ObjectIsDeletedButRecoverable)\n");

    const one = json(box.run(['key', 'deleted', '--name', 'doomed', '--json'])) as KeyJson & { deletedOn: string; scheduledPurgeDate: string };
    expect(Object.keys(one)).toEqual([...KEY_KEYS, 'deletedOn', 'scheduledPurgeDate']);
    expect(one.properties.version).toBe(version);
    expect(Date.parse(one.scheduledPurgeDate) - Date.parse(one.deletedOn)).toBe(90 * 86_400_000);
    expect((json(box.run(['key', 'deleted', '--json'])) as KeyJson[]).map((k) => k.name)).toContain('doomed');
    expect(box.run(['key', 'deleted', '--name', 'doomed']).stdout).toBe(
      'NAME    VERSION                           ENABLED  EXPIRES  UPDATED                   DELETED                   PURGE\n'
      + `doomed  ${version}  true     -        ${one.properties.updatedOn}  ${one.deletedOn}  ${one.scheduledPurgeDate}\n`);
    expect(box.run(['key', 'deleted', '--name', 'signer'])).toEqual({
      status: 1, stdout: '', stderr: "coffer: A deleted key with name 'signer' was not found in this vault. (KeyNotFound)\n",
    });

    expect(box.run(['key', 'recover', 'doomed'])).toEqual({ status: 0, stdout: `Recovered key doomed (latest version ${version}).\n`, stderr: '' });
    expect(keyJson(['key', 'get', 'doomed']).key).toEqual(key.key);
    box.run(['key', 'delete', 'doomed']);
    expect(box.run(['key', 'purge', 'doomed'])).toEqual({ status: 0, stdout: 'Purged key doomed.\n', stderr: '' });
    expect(box.run(['key', 'recover', 'doomed']).stderr).toBe("coffer: A deleted key with name 'doomed' was not found in this vault. (KeyNotFound)\n");
  });
});

describe('backup and restore', () => {
  it('backs up to stdout and --out (0600), and restores every version after a purge', () => {
    const versions = (json(box.run(['key', 'versions', 'multi', '--json'])) as KeyProps[]).map((p) => p.version);
    const blob = box.run(['key', 'backup', 'multi']);
    expect(blob.status).toBe(0);
    expect(blob.stdout).toMatch(/^[A-Za-z0-9_-]+\n$/);
    expect(box.run(['key', 'backup', 'multi', '--out', 'multi.blob'])).toEqual({ status: 0, stdout: 'Backed up key multi to multi.blob.\n', stderr: '' });
    expect(statSync(box.path('multi.blob')).mode & 0o777).toBe(0o600);
    expect(box.run(['key', 'backup', 'multi', '--out', 'multi.blob']).stderr).toBe(`coffer: '${box.path('multi.blob')}' already exists; it was left unchanged. (FileExists)\n`);
    expect(box.run(['key', 'restore'], { input: blob.stdout }).stderr).toBe("coffer: Key 'multi' exists: restore refuses to overwrite it. (Conflict)\n");
    box.run(['key', 'delete', 'multi']);
    box.run(['key', 'purge', 'multi']);
    expect(box.run(['key', 'restore', '--file', 'multi.blob'])).toEqual({ status: 0, stdout: `Restored key multi (latest version ${versions[1] ?? ''}).\n`, stderr: '' });
    expect((json(box.run(['key', 'versions', 'multi', '--json'])) as KeyProps[]).map((p) => p.version)).toEqual(versions);
    box.run(['key', 'delete', 'multi']);
    box.run(['key', 'purge', 'multi']);
    const restored = box.run(['key', 'restore', '--json'], { input: blob.stdout });
    expect((json(restored) as KeyJson).properties.version).toBe(versions[1]);
  });
});

describe('rotation', () => {
  const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it('rotates now: a new version with the same type, size, operations and tags', () => {
    const before = keyJson(['key', 'create', 'rot', '--kty', 'RSA', '--size', '2048', '--ops', 'sign,verify', '--tag', 't=1']);
    const result = box.run(['key', 'rotate', 'rot']);
    expect(result.status).toBe(0);
    const version = /^Rotated key rot: new version ([0-9a-f]{32})\n$/.exec(result.stdout)?.[1];
    const after = keyJson(['key', 'get', 'rot']);
    expect(after.properties.version).toBe(version);
    expect(after).toMatchObject({ keyType: 'RSA', keySize: 2048, keyOperations: ['sign', 'verify'], properties: { tags: { t: '1' } } });
    expect(after.key.n).not.toBe(before.key.n);
  });

  it('shows the default policy, sets one from a file, and prints it in the shape set takes', () => {
    expect(box.run(['key', 'rotation-policy', 'get', 'rot'])).toEqual({
      status: 0, stderr: '', stdout: 'Rotation policy of key rot (the default policy):\nACTION  WHEN\nNotify  P30D before expiry\nNew versions expire: never (no expiryTime)\n',
    });
    const policy = {
      lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'Rotate' } }, { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Notify' } }],
      attributes: { expiryTime: 'P1Y' },
    };
    box.writeFile('policy.json', JSON.stringify(policy));
    expect(box.run(['key', 'rotation-policy', 'set', 'rot', '--file', 'policy.json'])).toEqual({ status: 0, stdout: 'Set the rotation policy of key rot.\n', stderr: '' });
    const text = box.run(['key', 'rotation-policy', 'get', 'rot']).stdout;
    expect(text).toMatch(/^Rotation policy of key rot \(updated [^)]+\):\nACTION {2}WHEN\nRotate {2}P90D after creation\nNotify {2}P30D before expiry\nNew versions expire: P1Y after creation\n$/);
    const wire = json(box.run(['key', 'rotation-policy', 'get', 'rot', '--json'])) as typeof policy & { attributes: { created: number; updated: number } };
    expect(wire).toEqual({ lifetimeActions: policy.lifetimeActions, attributes: { expiryTime: 'P1Y', created: wire.attributes.created, updated: wire.attributes.created } });
    box.writeFile('bad-policy.json', '{"lifetimeActions": [');
    expect(box.run(['key', 'rotation-policy', 'set', 'rot', '--file', 'bad-policy.json']).stderr)
      .toBe('coffer: The policy file is not valid JSON: expected {"lifetimeActions": [...], "attributes": {"expiryTime": "P2Y"}}. (BadParameter)\n');
    box.writeFile('short-policy.json', JSON.stringify({ lifetimeActions: [{ trigger: { timeAfterCreate: 'P1D' }, action: { type: 'Rotate' } }] }));
    expect(box.run(['key', 'rotation-policy', 'set', 'rot', '--file', 'short-policy.json']).stderr)
      .toBe("coffer: Invalid lifetimeActions[0].trigger.timeAfterCreate 'P1D': the shortest allowed is P7D. (BadParameter)\n");
  });

  it('runs the policy: not-due, notify, rotated — one word on stdout, the details on stderr', () => {
    expect(box.run(['key', 'rotate-if-due', 'rot'])).toEqual({ status: 0, stdout: 'not-due\n', stderr: '' });
    const notify = keyJson(['key', 'create', 'expiring', '--kty', 'EC', '--expires', inDays(10)]);
    const due = box.run(['key', 'rotate-if-due', 'expiring']);
    expect(due.status).toBe(0);
    expect(due.stdout).toBe('notify\n');
    expect(due.stderr).toMatch(new RegExp(`^coffer: Key expiring version ${notify.properties.version} is due for attention \\(timeBeforeExpiry P30D \\(due [^)]+\\)\\)\\.\\n$`));
    box.writeFile('rotate-policy.json', JSON.stringify({ lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P90D' } }));
    box.run(['key', 'rotation-policy', 'set', 'expiring', '--file', 'rotate-policy.json']);
    const rotated = json(box.run(['key', 'rotate-if-due', 'expiring', '--json'])) as { name: string; result: string; reason: string | null; key: KeyJson };
    expect(Object.keys(rotated)).toEqual(['name', 'result', 'reason', 'key']);
    expect(rotated).toMatchObject({ name: 'expiring', result: 'rotated', reason: expect.stringMatching(/^timeBeforeExpiry P30D \(due /) as unknown });
    expect(rotated.key.properties.version).not.toBe(notify.properties.version);
    // The new version expires 90 days out (expiryTime), so nothing is due any more.
    expect(Date.parse(rotated.key.properties.expiresOn ?? '') - Date.parse(rotated.key.properties.createdOn)).toBe(90 * 86_400_000);
    expect(box.run(['key', 'rotate-if-due', 'expiring'])).toEqual({ status: 0, stdout: 'not-due\n', stderr: '' });
  });
});

const CREATE = hint('key create NAME --kty RSA|EC|oct [--size N] [--curve C] [--ops LIST] [--exportable] [--disabled] [--expires ISO] [--not-before ISO] [--tag K=V]... [--json]', 'key create');
const IMPORT = hint('key import NAME (--jwk FILE | --pem FILE) [--ops LIST] [--exportable] [--disabled] [--expires ISO] [--not-before ISO] [--tag K=V]... [--json]', 'key import');
const GET = hint('key get NAME [--version V] [--format jwk|pem | --json]', 'key get');
const UPDATE = hint('key update NAME [--version V] [--enabled true|false] [--expires ISO|none] [--not-before ISO|none] [--ops LIST] [--tag K=V]... [--json]', 'key update');
const POLICY = hint('key rotation-policy get|set NAME [--file POLICY.json] [--json]', 'key rotation-policy');
const KEY = "Usage: coffer key COMMAND [options]\nRun 'coffer key --help' for its commands.\n";

describe('usage errors exit 2 with a hint, and change nothing', () => {
  it.each<[string[], string]>([
    [['key'], `coffer: 'coffer key' needs a command.\n${KEY}`],
    [['key', 'frob'], `coffer: Unknown command under 'coffer key'.\n${KEY}`],
    [['key', 'create', 'x'], `coffer: 'coffer key create' needs --kty RSA|EC|oct.\n${CREATE}`],
    [['key', 'create', 'x', '--kty', 'DSA'], `coffer: Invalid --kty 'DSA': expected RSA, EC, oct.\n${CREATE}`],
    [['key', 'create', 'x', '--kty', 'EC', '--size', '256'], `coffer: An EC key takes --curve, not --size.\n${CREATE}`],
    [['key', 'create', 'x', '--kty', 'RSA', '--curve', 'P-256'], `coffer: An RSA key takes --size, not --curve.\n${CREATE}`],
    [['key', 'create', 'x', '--kty', 'RSA', '--size', '1024'], `coffer: Invalid --size '1024' for an RSA key: expected 2048, 3072, 4096 bits.\n${CREATE}`],
    [['key', 'create', 'x', '--kty', 'oct', '--size', 'big'], `coffer: Invalid --size 'big': expected a whole number from 1 to 65536.\n${CREATE}`],
    [['key', 'create', 'x', '--kty', 'EC', '--curve', 'P-999'], `coffer: Invalid --curve 'P-999': expected P-256, P-384, P-521, P-256K.\n${CREATE}`],
    [['key', 'create', 'x', '--kty', 'RSA', '--ops', 'sign,fly'], `coffer: Invalid operation 'fly' in --ops: expected a comma-separated list of sign, verify, encrypt, decrypt, wrapKey, unwrapKey.\n${CREATE}`],
    [['key', 'create', 'x', '--kty', 'RSA', '--expires', 'soon'], `coffer: Invalid --expires 'soon': expected an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (a time needs Z or an offset).\n${CREATE}`],
    [['key', 'import', 'x'], `coffer: Give the key with --jwk FILE or --pem FILE (one of them).\n${IMPORT}`],
    [['key', 'import', 'x', '--jwk', 'a', '--pem', 'b'], `coffer: Give the key with --jwk FILE or --pem FILE (one of them).\n${IMPORT}`],
    [['key', 'get', 'signer', '--format', 'der'], `coffer: Invalid --format 'der': expected jwk or pem.\n${GET}`],
    [['key', 'get', 'signer', '--format', 'pem', '--json'], `coffer: Give --json or --format, not both.\n${GET}`],
    [['key', 'get', 'signer', 'extra'], `coffer: 'coffer key get' takes 1 argument (NAME); got 2.\n${GET}`],
    [['key', 'update', 'signer'], `coffer: Nothing to update: give --enabled, --expires, --not-before, --ops or --tag.\n${UPDATE}`],
    [['key', 'update', 'signer', '--expires', 'never'], `coffer: Invalid --expires 'never': expected an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (a time needs Z or an offset).\n${UPDATE}`],
    [['key', 'update', 'signer', '--enabled', 'yes'], `coffer: Invalid --enabled 'yes': expected true or false.\n${UPDATE}`],
    [['key', 'rotation-policy', 'show', 'rot'], `coffer: 'coffer key rotation-policy' takes get or set, then NAME.\n${POLICY}`],
    [['key', 'rotation-policy', 'get'], `coffer: 'coffer key rotation-policy' needs get|set NAME.\n${POLICY}`],
    [['key', 'rotation-policy', 'set', 'rot'], `coffer: 'coffer key rotation-policy set' needs --file POLICY.json.\n${POLICY}`],
    [['key', 'rotation-policy', 'get', 'rot', '--file', 'p.json'], `coffer: --file is for 'rotation-policy set'.\n${POLICY}`],
    [['key', 'deleted', 'doomed'], `coffer: 'coffer key deleted' takes no arguments; got 1.\n${hint('key deleted [--name NAME] [--json]', 'key deleted')}`],
    [['key', 'purge', 'x', '--json'], `coffer: Unknown option --json for 'coffer key purge'.\n${hint('key purge NAME', 'key purge')}`],
  ])('%j', (args, stderr) => {
    const before = box.read('.coffer/vault.json');
    expect(box.run(args)).toEqual({ status: 2, stdout: '', stderr });
    expect(box.read('.coffer/vault.json')).toBe(before);
  });

  it('lists the key commands in the help', () => {
    const help = box.run(['--help']).stdout;
    for (const command of ['key create', 'key import', 'key get', 'key list', 'key versions', 'key update', 'key delete', 'key recover', 'key purge',
      'key deleted', 'key backup', 'key restore', 'key rotate', 'key rotation-policy', 'key rotate-if-due', 'key sign', 'key verify',
      'key encrypt', 'key decrypt', 'key wrap', 'key unwrap', 'key random']) {
      expect(help).toContain(`\n  ${command} `);
    }
    expect(box.run(['help', 'key', 'rotation-policy']).stdout).toContain('"attributes": {"expiryTime": "P1Y"}');
  });
});
