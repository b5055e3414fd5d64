/**
 * The keys routes of the Key Vault data plane (reference: "Operations", keys), and `/rng`.
 * Cryptographic operations take `{name}/{version?}`: the SDK's CryptographyClient sends an
 * empty version for "the latest". Verify answers `{value: bool}`; a bad signature is not an error.
 */
import { keyETag } from '../core/etag.js';
import type { VaultKey } from '../core/model.js';
import { backupResultWire, parseRestoreParameters } from '../protocol/backup-wire.js';
import {
  keyOperationResultWire, keyVerifyResultWire, parseDecryptParameters, parseEncryptParameters, parseRandomBytesRequest, parseSignParameters,
  parseVerifyParameters, parseWrapParameters, randomBytesWire,
} from '../protocol/key-operations-wire.js';
import { keyRotationPolicyWire, parseKeyCreateParameters, parseKeyImportParameters, parseKeyUpdateParameters } from '../protocol/key-params.js';
import { deletedKeyBundle, deletedKeyItem, keyBundle, keyItem } from '../protocol/keys-wire.js';
import type { Reply } from './http-io.js';
import { listReply, MAX_RESTORE_BODY, param } from './route-helpers.js';
import type { Route } from './router.js';

const withETag = (key: VaultKey, origin: string): Reply =>
  ({ status: 200, body: keyBundle(origin, key), headers: { etag: keyETag(key) } });

const KEY_OPERATIONS: readonly Route[] = [
  {
    method: 'POST', pattern: '/keys/{name}/{version?}/sign', operation: 'KeySign',
    handle: async (ctx) => {
      const { algorithm, digest } = parseSignParameters(ctx.body);
      return { status: 200, body: keyOperationResultWire(ctx.origin, await ctx.vault.sign(param(ctx, 'name'), ctx.params.version, algorithm, digest)) };
    },
  },
  {
    method: 'POST', pattern: '/keys/{name}/{version?}/verify', operation: 'KeyVerify',
    handle: async (ctx) => {
      const { algorithm, digest, signature } = parseVerifyParameters(ctx.body);
      const result = await ctx.vault.verify(param(ctx, 'name'), ctx.params.version, algorithm, digest, signature);
      return { status: 200, body: keyVerifyResultWire(result.valid) };
    },
  },
  {
    method: 'POST', pattern: '/keys/{name}/{version?}/encrypt', operation: 'KeyEncrypt',
    handle: async (ctx) => {
      const { algorithm, plaintext, aad } = parseEncryptParameters(ctx.body);
      const result = await ctx.vault.encrypt(param(ctx, 'name'), ctx.params.version, algorithm, plaintext, { aad });
      return { status: 200, body: keyOperationResultWire(ctx.origin, result, aad) };
    },
  },
  {
    method: 'POST', pattern: '/keys/{name}/{version?}/decrypt', operation: 'KeyDecrypt',
    handle: async (ctx) => {
      const { algorithm, ciphertext, iv, aad, tag } = parseDecryptParameters(ctx.body);
      return { status: 200, body: keyOperationResultWire(ctx.origin, await ctx.vault.decrypt(param(ctx, 'name'), ctx.params.version, algorithm, ciphertext, { iv, aad, tag })) };
    },
  },
  {
    method: 'POST', pattern: '/keys/{name}/{version?}/wrapkey', operation: 'KeyWrap',
    handle: async (ctx) => {
      const { algorithm, value } = parseWrapParameters(ctx.body, 'wrapKey');
      return { status: 200, body: keyOperationResultWire(ctx.origin, await ctx.vault.wrapKey(param(ctx, 'name'), ctx.params.version, algorithm, value)) };
    },
  },
  {
    method: 'POST', pattern: '/keys/{name}/{version?}/unwrapkey', operation: 'KeyUnwrap',
    handle: async (ctx) => {
      const { algorithm, value } = parseWrapParameters(ctx.body, 'unwrapKey');
      return { status: 200, body: keyOperationResultWire(ctx.origin, await ctx.vault.unwrapKey(param(ctx, 'name'), ctx.params.version, algorithm, value)) };
    },
  },
];

export const KEY_ROUTES: readonly Route[] = [
  {
    method: 'GET', pattern: '/keys', operation: 'KeyList',
    handle: async (ctx) => listReply(ctx, (vault) => vault.listPropertiesOfKeys(), (p) => p.name, (p) => keyItem(ctx.origin, p, false)),
  },
  {
    method: 'POST', pattern: '/keys/restore', operation: 'KeyRestore', maxBody: MAX_RESTORE_BODY,
    handle: async (ctx) => withETag(await ctx.vault.restoreKeyBackup(parseRestoreParameters(ctx.body)), ctx.origin),
  },
  {
    method: 'POST', pattern: '/keys/{name}/create', operation: 'KeyCreate',
    handle: async (ctx) => {
      const { spec, options } = parseKeyCreateParameters(ctx.body);
      return withETag(await ctx.vault.createKey(param(ctx, 'name'), spec, options), ctx.origin);
    },
  },
  {
    method: 'GET', pattern: '/keys/{name}/versions', operation: 'KeyListVersions',
    handle: async (ctx) => listReply(ctx, (vault) => vault.listPropertiesOfKeyVersions(param(ctx, 'name')), (p) => p.version,
      (p) => keyItem(ctx.origin, p, true), false),
  },
  {
    method: 'GET', pattern: '/keys/{name}/rotationpolicy', operation: 'KeyRotationPolicyGet',
    handle: async (ctx) => ({ status: 200, body: keyRotationPolicyWire(ctx.origin, param(ctx, 'name'), await ctx.vault.getKeyRotationPolicy(param(ctx, 'name'))) }),
  },
  {
    method: 'PUT', pattern: '/keys/{name}/rotationpolicy', operation: 'KeyRotationPolicyUpdate',
    handle: async (ctx) => ({
      status: 200, body: keyRotationPolicyWire(ctx.origin, param(ctx, 'name'), await ctx.vault.updateKeyRotationPolicy(param(ctx, 'name'), ctx.body)),
    }),
  },
  {
    method: 'POST', pattern: '/keys/{name}/rotate', operation: 'KeyRotate',
    handle: async (ctx) => withETag(await ctx.vault.rotateKey(param(ctx, 'name')), ctx.origin),
  },
  {
    method: 'POST', pattern: '/keys/{name}/backup', operation: 'KeyBackup',
    handle: async (ctx) => ({ status: 200, body: backupResultWire(await ctx.vault.backupKey(param(ctx, 'name'))) }),
  },
  {
    method: 'PUT', pattern: '/keys/{name}', operation: 'KeyImport', maxBody: 128 * 1024, ifMatch: { type: 'key', versioned: false },
    handle: async (ctx) => {
      const { material, options } = parseKeyImportParameters(ctx.body);
      return withETag(await ctx.vault.importKey(param(ctx, 'name'), material, options), ctx.origin);
    },
  },
  ...KEY_OPERATIONS,
  {
    method: 'GET', pattern: '/keys/{name}/{version?}', operation: 'KeyGet',
    handle: async (ctx) => withETag(await ctx.vault.getKey(param(ctx, 'name'), ctx.params.version), ctx.origin),
  },
  {
    method: 'PATCH', pattern: '/keys/{name}/{version?}', operation: 'KeyUpdate', ifMatch: { type: 'key', versioned: true },
    handle: async (ctx) => withETag(await ctx.vault.updateKeyProperties(param(ctx, 'name'), ctx.params.version, parseKeyUpdateParameters(ctx.body)), ctx.origin),
  },
  {
    method: 'DELETE', pattern: '/keys/{name}', operation: 'KeyDelete', ifMatch: { type: 'key', versioned: false },
    handle: async (ctx) => ({ status: 200, body: deletedKeyBundle(ctx.origin, await ctx.vault.deleteKey(param(ctx, 'name'))) }),
  },
  {
    method: 'GET', pattern: '/deletedkeys', operation: 'KeyListDeleted',
    handle: async (ctx) => listReply(ctx, (vault) => vault.listDeletedKeys(), (d) => d.key.name, (d) => deletedKeyItem(ctx.origin, d)),
  },
  {
    method: 'GET', pattern: '/deletedkeys/{name}', operation: 'KeyGetDeleted',
    handle: async (ctx) => ({ status: 200, body: deletedKeyBundle(ctx.origin, await ctx.vault.getDeletedKey(param(ctx, 'name'))) }),
  },
  {
    method: 'DELETE', pattern: '/deletedkeys/{name}', operation: 'KeyPurge',
    handle: async (ctx) => {
      await ctx.vault.purgeDeletedKey(param(ctx, 'name'));
      return { status: 204 };
    },
  },
  {
    method: 'POST', pattern: '/deletedkeys/{name}/recover', operation: 'KeyRecover',
    handle: async (ctx) => withETag(await ctx.vault.recoverDeletedKey(param(ctx, 'name')), ctx.origin),
  },
  {
    method: 'POST', pattern: '/rng', operation: 'GetRandomBytes',
    handle: async (ctx) => ({ status: 200, body: randomBytesWire(await ctx.vault.getRandomBytes(parseRandomBytesRequest(ctx.body))) }),
  },
];
