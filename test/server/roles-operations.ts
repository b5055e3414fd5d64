/**
 * For test/server/roles.test.ts: a small HTTPS client, and one row per route of the server
 * (routes-secrets.ts, routes-keys.ts; routes-certificates.ts in roles-certificate-operations.ts)
 * with the permission the vault checks for it. The
 * permission is copied from src/core/vault.ts (the secretRead/secretWrite/keyRead/keyWrite/
 * #useKey call of the method the route calls), never from the role table, so that the test
 * checks the table rather than restating it.
 *
 * Each row arranges what its call needs with the admin token (fresh names per call for
 * anything the call may change), and, for a write, says how to observe the state the write
 * would change, so that a denied write can be shown to have changed nothing.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { request as httpsRequest, type Agent } from 'node:https';
import type { Permission } from '../../src/core/access/permissions.js';
import { CERTIFICATE_OPERATIONS, makeCertificateFixtures, type CertificateFixtures } from './roles-certificate-operations.js';

export const API_VERSION = '7.6';

export interface Reply {
  readonly status: number;
  readonly text: string;
  /** The body parsed as JSON; undefined when there is none or it is not JSON. */
  readonly json: unknown;
  /** x-ms-request-id: the correlationId of the request's audit record. */
  readonly requestId: string | undefined;
}

export type Method = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/** One request over the keep-alive agent; `path` without the query (api-version is added). */
export function call(port: number, agent: Agent, method: Method, path: string, token: string | undefined, body?: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {};
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const target = `${path}${path.includes('?') ? '&' : '?'}api-version=${API_VERSION}`;
    const req = httpsRequest({ host: '127.0.0.1', port, method, path: target, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text === '' ? undefined : JSON.parse(text) as unknown;
        } catch {
          json = undefined;
        }
        const id = res.headers['x-ms-request-id'];
        resolve({ status: res.statusCode ?? 0, text, json, requestId: typeof id === 'string' ? id : undefined });
      });
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.end(payload);
  });
}

/** SHA-256 hex: how a test compares a value without ever printing it. */
export function digest(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex');
}

export function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** What the rows need from the test: admin calls, fresh names, and the fixtures made once. */
export interface Env {
  /** An admin request that must succeed (2xx); its JSON body. */
  admin(method: Method, path: string, body?: unknown): Promise<Record<string, unknown>>;
  /** An admin request whatever its outcome. */
  adminRaw(method: Method, path: string, body?: unknown): Promise<Reply>;
  /** `prefix-<n>`, never used before in this vault (s: secrets, k: keys, c: certificates, i: issuers). */
  fresh(prefix: 's' | 'k' | 'c' | 'i'): string;
  readonly shared: SharedFixtures;
}

/** Made once (admin) and never changed by any row: the reads and key operations use them. */
export interface SharedFixtures {
  /** A live secret whose value is `secretValue`. */
  readonly secret: string;
  readonly secretValue: string;
  /** A soft-deleted secret. */
  readonly deletedSecret: string;
  /** A live EC P-256 key (sign, verify), its latest version, a digest and the admin's ES256 signature of it. */
  readonly ecKey: string;
  readonly ecVersion: string;
  readonly signDigest: Uint8Array;
  readonly signature: string;
  /** A live RSA-2048 key (encrypt, decrypt, wrap, unwrap), its latest version. */
  readonly rsaKey: string;
  readonly rsaVersion: string;
  /** A plaintext and the admin's RSA-OAEP-256 ciphertext of it. */
  readonly plaintext: Uint8Array;
  readonly ciphertext: string;
  /** A 32-byte key and the admin's RSA-OAEP-256 wrapping of it. */
  readonly keyToWrap: Uint8Array;
  readonly wrapped: string;
  /** A soft-deleted key. */
  readonly deletedKey: string;
  readonly certificates: CertificateFixtures;
}

export interface Arranged {
  /** The path, without the query. */
  readonly path: string;
  readonly body?: unknown;
  /** For a write: the state it would change, read with the admin token (no value in clear). */
  readonly observe?: () => Promise<unknown>;
  /** For a read whose answer can be checked: a summary of the 200 body (never a value) and the one expected. */
  readonly result?: { readonly of: (json: Record<string, unknown>) => unknown; readonly expected: unknown };
}

export interface OperationRow {
  /** The route's operation name (also the audit record's operationName). */
  readonly operation: string;
  readonly method: Method;
  /** What the vault checks, from src/core/vault.ts. */
  readonly permission: Permission;
  /** The route's success status. */
  readonly success: 200 | 201 | 202 | 204;
  arrange(env: Env): Promise<Arranged>;
}

/** The version part of a kid or secret id: `https://host/keys/name/version`. */
export function versionOf(id: unknown): string {
  if (typeof id !== 'string') throw new Error('no id in the answer');
  const version = id.split('/').pop();
  if (version === undefined || !/^[0-9a-f]{32}$/.test(version)) throw new Error('the id names no version');
  return version;
}

const RSA_ALG = 'RSA-OAEP-256';

/** A secret's observable state: its versions, its latest version's properties and value digest, whether it is deleted. */
export async function secretState(env: Env, name: string): Promise<unknown> {
  const versions = await env.adminRaw('GET', `/secrets/${name}/versions`);
  const latest = await env.adminRaw('GET', `/secrets/${name}`);
  const deleted = await env.adminRaw('GET', `/deletedsecrets/${name}`);
  const latestBody = latest.json as { value?: string; id?: string; attributes?: unknown; tags?: unknown; contentType?: unknown } | undefined;
  return {
    versions: versions.status === 200 ? ((versions.json as { value: { id: string }[] }).value.map((v) => v.id).sort()) : versions.status,
    latest: latest.status === 200 && latestBody !== undefined
      ? { id: latestBody.id, attributes: latestBody.attributes, tags: latestBody.tags, contentType: latestBody.contentType, value: digest(latestBody.value ?? '') }
      : latest.status,
    deleted: deleted.status,
  };
}

/** A key's observable state: its versions, its latest version (public parts, attributes, tags), its rotation policy, whether it is deleted. */
export async function keyState(env: Env, name: string): Promise<unknown> {
  const versions = await env.adminRaw('GET', `/keys/${name}/versions`);
  const latest = await env.adminRaw('GET', `/keys/${name}`);
  const policy = await env.adminRaw('GET', `/keys/${name}/rotationpolicy`);
  const deleted = await env.adminRaw('GET', `/deletedkeys/${name}`);
  return {
    versions: versions.status === 200 ? ((versions.json as { value: { kid: string }[] }).value.map((v) => v.kid).sort()) : versions.status,
    latest: latest.status === 200 ? latest.json : latest.status,
    policy: policy.status === 200 ? policy.json : policy.status,
    deleted: deleted.status,
  };
}

async function liveSecret(env: Env): Promise<string> {
  const name = env.fresh('s');
  await env.admin('PUT', `/secrets/${name}`, { value: `fixture-${name}` });
  return name;
}

async function deletedSecret(env: Env): Promise<string> {
  const name = await liveSecret(env);
  await env.admin('DELETE', `/secrets/${name}`);
  return name;
}

async function liveKey(env: Env): Promise<string> {
  const name = env.fresh('k');
  await env.admin('POST', `/keys/${name}/create`, { kty: 'EC', crv: 'P-256' });
  return name;
}

async function deletedKey(env: Env): Promise<string> {
  const name = await liveKey(env);
  await env.admin('DELETE', `/keys/${name}`);
  return name;
}

/** A row that changes nothing: it works on the shared fixtures. */
const read = (make: (s: SharedFixtures) => Arranged) => (env: Env): Promise<Arranged> => Promise.resolve(make(env.shared));

export const SECRET_OPERATIONS: readonly OperationRow[] = [
  { operation: 'SecretList', method: 'GET', permission: 'secrets/readMetadata', success: 200, arrange: read(() => ({ path: '/secrets' })) },
  {
    operation: 'SecretRestore', method: 'POST', permission: 'secrets/restore', success: 200,
    arrange: async (env) => {
      const name = await liveSecret(env);
      const { value } = await env.admin('POST', `/secrets/${name}/backup`);
      await env.admin('DELETE', `/secrets/${name}`);
      await env.admin('DELETE', `/deletedsecrets/${name}`);
      return { path: '/secrets/restore', body: { value }, observe: () => secretState(env, name) };
    },
  },
  { operation: 'SecretListVersions', method: 'GET', permission: 'secrets/readMetadata', success: 200, arrange: read((s) => ({ path: `/secrets/${s.secret}/versions` })) },
  { operation: 'SecretBackup', method: 'POST', permission: 'secrets/backup', success: 200, arrange: read((s) => ({ path: `/secrets/${s.secret}/backup` })) },
  {
    operation: 'SecretSet', method: 'PUT', permission: 'secrets/set', success: 200,
    arrange: async (env) => {
      const name = await liveSecret(env);
      return { path: `/secrets/${name}`, body: { value: `overwritten-${name}` }, observe: () => secretState(env, name) };
    },
  },
  {
    operation: 'SecretGet', method: 'GET', permission: 'secrets/get', success: 200,
    arrange: read((s) => ({ path: `/secrets/${s.secret}`, result: { of: (json) => digest(String(json.value)), expected: digest(s.secretValue) } })),
  },
  {
    operation: 'SecretUpdate', method: 'PATCH', permission: 'secrets/update', success: 200,
    arrange: async (env) => {
      const name = await liveSecret(env);
      return { path: `/secrets/${name}`, body: { contentType: 'text/plain', tags: { touched: 'yes' } }, observe: () => secretState(env, name) };
    },
  },
  {
    operation: 'SecretDelete', method: 'DELETE', permission: 'secrets/delete', success: 200,
    arrange: async (env) => {
      const name = await liveSecret(env);
      return { path: `/secrets/${name}`, observe: () => secretState(env, name) };
    },
  },
  { operation: 'SecretListDeleted', method: 'GET', permission: 'secrets/readMetadata', success: 200, arrange: read(() => ({ path: '/deletedsecrets' })) },
  { operation: 'SecretGetDeleted', method: 'GET', permission: 'secrets/readMetadata', success: 200, arrange: read((s) => ({ path: `/deletedsecrets/${s.deletedSecret}` })) },
  {
    operation: 'SecretPurge', method: 'DELETE', permission: 'secrets/purge', success: 204,
    arrange: async (env) => {
      const name = await deletedSecret(env);
      return { path: `/deletedsecrets/${name}`, observe: () => secretState(env, name) };
    },
  },
  {
    operation: 'SecretRecover', method: 'POST', permission: 'secrets/recover', success: 200,
    arrange: async (env) => {
      const name = await deletedSecret(env);
      return { path: `/deletedsecrets/${name}/recover`, observe: () => secretState(env, name) };
    },
  },
];

export const KEY_OPERATIONS: readonly OperationRow[] = [
  { operation: 'KeyList', method: 'GET', permission: 'keys/read', success: 200, arrange: read(() => ({ path: '/keys' })) },
  {
    operation: 'KeyRestore', method: 'POST', permission: 'keys/restore', success: 200,
    arrange: async (env) => {
      const name = await liveKey(env);
      const { value } = await env.admin('POST', `/keys/${name}/backup`);
      await env.admin('DELETE', `/keys/${name}`);
      await env.admin('DELETE', `/deletedkeys/${name}`);
      return { path: '/keys/restore', body: { value }, observe: () => keyState(env, name) };
    },
  },
  {
    operation: 'KeyCreate', method: 'POST', permission: 'keys/create', success: 200,
    arrange: (env) => {
      const name = env.fresh('k');
      return Promise.resolve({ path: `/keys/${name}/create`, body: { kty: 'EC', crv: 'P-256' }, observe: () => keyState(env, name) });
    },
  },
  { operation: 'KeyListVersions', method: 'GET', permission: 'keys/read', success: 200, arrange: read((s) => ({ path: `/keys/${s.ecKey}/versions` })) },
  { operation: 'KeyRotationPolicyGet', method: 'GET', permission: 'keys/readRotationPolicy', success: 200, arrange: read((s) => ({ path: `/keys/${s.ecKey}/rotationpolicy` })) },
  {
    operation: 'KeyRotationPolicyUpdate', method: 'PUT', permission: 'keys/writeRotationPolicy', success: 200,
    arrange: async (env) => {
      const name = await liveKey(env);
      const policy = { lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P180D' } };
      return { path: `/keys/${name}/rotationpolicy`, body: policy, observe: () => keyState(env, name) };
    },
  },
  {
    operation: 'KeyRotate', method: 'POST', permission: 'keys/rotate', success: 200,
    arrange: async (env) => {
      const name = await liveKey(env);
      return { path: `/keys/${name}/rotate`, observe: () => keyState(env, name) };
    },
  },
  { operation: 'KeyBackup', method: 'POST', permission: 'keys/backup', success: 200, arrange: read((s) => ({ path: `/keys/${s.ecKey}/backup` })) },
  {
    operation: 'KeyImport', method: 'PUT', permission: 'keys/import', success: 200,
    arrange: (env) => {
      const name = env.fresh('k');
      const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
      return Promise.resolve({ path: `/keys/${name}`, body: { key: jwk }, observe: () => keyState(env, name) });
    },
  },
  {
    operation: 'KeySign', method: 'POST', permission: 'keys/sign', success: 200,
    arrange: read((s) => ({ path: `/keys/${s.ecKey}/${s.ecVersion}/sign`, body: { alg: 'ES256', value: base64url(s.signDigest) } })),
  },
  {
    operation: 'KeyVerify', method: 'POST', permission: 'keys/verify', success: 200,
    arrange: read((s) => ({
      path: `/keys/${s.ecKey}/${s.ecVersion}/verify`, body: { alg: 'ES256', digest: base64url(s.signDigest), value: s.signature },
      result: { of: (json) => json.value, expected: true },
    })),
  },
  {
    operation: 'KeyEncrypt', method: 'POST', permission: 'keys/encrypt', success: 200,
    arrange: read((s) => ({ path: `/keys/${s.rsaKey}/${s.rsaVersion}/encrypt`, body: { alg: RSA_ALG, value: base64url(s.plaintext) } })),
  },
  {
    operation: 'KeyDecrypt', method: 'POST', permission: 'keys/decrypt', success: 200,
    arrange: read((s) => ({
      path: `/keys/${s.rsaKey}/${s.rsaVersion}/decrypt`, body: { alg: RSA_ALG, value: s.ciphertext },
      result: { of: (json) => digest(Buffer.from(String(json.value), 'base64url')), expected: digest(s.plaintext) },
    })),
  },
  {
    operation: 'KeyWrap', method: 'POST', permission: 'keys/wrapKey', success: 200,
    arrange: read((s) => ({ path: `/keys/${s.rsaKey}/${s.rsaVersion}/wrapkey`, body: { alg: RSA_ALG, value: base64url(s.keyToWrap) } })),
  },
  {
    operation: 'KeyUnwrap', method: 'POST', permission: 'keys/unwrapKey', success: 200,
    arrange: read((s) => ({
      path: `/keys/${s.rsaKey}/${s.rsaVersion}/unwrapkey`, body: { alg: RSA_ALG, value: s.wrapped },
      result: { of: (json) => digest(Buffer.from(String(json.value), 'base64url')), expected: digest(s.keyToWrap) },
    })),
  },
  { operation: 'KeyGet', method: 'GET', permission: 'keys/read', success: 200, arrange: read((s) => ({ path: `/keys/${s.ecKey}` })) },
  {
    operation: 'KeyUpdate', method: 'PATCH', permission: 'keys/update', success: 200,
    arrange: async (env) => {
      const name = await liveKey(env);
      return { path: `/keys/${name}`, body: { tags: { touched: 'yes' } }, observe: () => keyState(env, name) };
    },
  },
  {
    operation: 'KeyDelete', method: 'DELETE', permission: 'keys/delete', success: 200,
    arrange: async (env) => {
      const name = await liveKey(env);
      return { path: `/keys/${name}`, observe: () => keyState(env, name) };
    },
  },
  { operation: 'KeyListDeleted', method: 'GET', permission: 'keys/read', success: 200, arrange: read(() => ({ path: '/deletedkeys' })) },
  { operation: 'KeyGetDeleted', method: 'GET', permission: 'keys/read', success: 200, arrange: read((s) => ({ path: `/deletedkeys/${s.deletedKey}` })) },
  {
    operation: 'KeyPurge', method: 'DELETE', permission: 'keys/purge', success: 204,
    arrange: async (env) => {
      const name = await deletedKey(env);
      return { path: `/deletedkeys/${name}`, observe: () => keyState(env, name) };
    },
  },
  {
    operation: 'KeyRecover', method: 'POST', permission: 'keys/recover', success: 200,
    arrange: async (env) => {
      const name = await deletedKey(env);
      return { path: `/deletedkeys/${name}/recover`, observe: () => keyState(env, name) };
    },
  },
  {
    operation: 'GetRandomBytes', method: 'POST', permission: 'rng/get', success: 200,
    arrange: read(() => ({ path: '/rng', body: { count: 16 }, result: { of: (json) => Buffer.from(String(json.value), 'base64url').length, expected: 16 } })),
  },
];

/** Every route of the server, in the order of its route table. */
export const OPERATIONS: readonly OperationRow[] = [...SECRET_OPERATIONS, ...KEY_OPERATIONS, ...CERTIFICATE_OPERATIONS];

/** Makes the shared fixtures with the admin token; `canary` marks every value, so that a leak can be grepped for. */
export async function makeSharedFixtures(env: Pick<Env, 'admin'>, canary: string): Promise<SharedFixtures> {
  const secretValue = `${canary}-secret`;
  await env.admin('PUT', '/secrets/shared-secret', { value: secretValue });
  await env.admin('PUT', '/secrets/shared-deleted-secret', { value: `${canary}-deleted` });
  await env.admin('DELETE', '/secrets/shared-deleted-secret');
  const ec = await env.admin('POST', '/keys/shared-ec/create', { kty: 'EC', crv: 'P-256' });
  const ecVersion = versionOf((ec.key as { kid?: unknown } | undefined)?.kid);
  const signDigest = createHash('sha256').update(`${canary}-message`).digest();
  const signed = await env.admin('POST', `/keys/shared-ec/${ecVersion}/sign`, { alg: 'ES256', value: base64url(signDigest) });
  const rsa = await env.admin('POST', '/keys/shared-rsa/create', { kty: 'RSA', key_size: 2048 });
  const rsaVersion = versionOf((rsa.key as { kid?: unknown } | undefined)?.kid);
  const plaintext = Buffer.from(`${canary}-plaintext`);
  const encrypted = await env.admin('POST', `/keys/shared-rsa/${rsaVersion}/encrypt`, { alg: RSA_ALG, value: base64url(plaintext) });
  const keyToWrap = createHash('sha256').update(`${canary}-wrapped-key`).digest();
  const wrapped = await env.admin('POST', `/keys/shared-rsa/${rsaVersion}/wrapkey`, { alg: RSA_ALG, value: base64url(keyToWrap) });
  await env.admin('POST', '/keys/shared-deleted-key/create', { kty: 'EC', crv: 'P-256' });
  await env.admin('DELETE', '/keys/shared-deleted-key');
  return {
    secret: 'shared-secret', secretValue, deletedSecret: 'shared-deleted-secret',
    ecKey: 'shared-ec', ecVersion, signDigest, signature: String(signed.value),
    rsaKey: 'shared-rsa', rsaVersion, plaintext, ciphertext: String(encrypted.value), keyToWrap, wrapped: String(wrapped.value),
    deletedKey: 'shared-deleted-key',
    certificates: await makeCertificateFixtures(env),
  };
}
