/**
 * The secrets routes of the Key Vault data plane (reference: "Operations", secrets). Each
 * parses its input with src/protocol, calls the caller's vault, and renders the wire shape;
 * access, validation of names and values, and the audit record are the vault's.
 */
import { secretETag } from '../core/etag.js';
import { backupResultWire, parseRestoreParameters } from '../protocol/backup-wire.js';
import {
  deletedSecretBundle, deletedSecretItem, parseSecretSetParameters, parseSecretUpdateParameters, secretBundle, secretItem, secretPropertiesBundle,
} from '../protocol/secrets-wire.js';
import type { SecretProperties } from '../core/model.js';
import type { Reply } from './http-io.js';
import { listReply, MAX_RESTORE_BODY, param } from './route-helpers.js';
import type { Route } from './router.js';

const withETag = (properties: SecretProperties, body: unknown): Reply =>
  ({ status: 200, body, headers: { etag: secretETag(properties) } });

export const SECRET_ROUTES: readonly Route[] = [
  {
    method: 'GET', pattern: '/secrets', operation: 'SecretList',
    handle: async (ctx) => listReply(ctx, (vault) => vault.listPropertiesOfSecrets(), (p) => p.name, (p) => secretItem(ctx.origin, p, false)),
  },
  {
    method: 'POST', pattern: '/secrets/restore', operation: 'SecretRestore', maxBody: MAX_RESTORE_BODY,
    handle: async (ctx) => {
      const blob = parseRestoreParameters(ctx.body);
      const properties = await ctx.vault.restoreSecretBackup(blob);
      return withETag(properties, secretPropertiesBundle(ctx.origin, properties));
    },
  },
  {
    method: 'GET', pattern: '/secrets/{name}/versions', operation: 'SecretListVersions',
    handle: async (ctx) => listReply(ctx, (vault) => vault.listPropertiesOfSecretVersions(param(ctx, 'name')), (p) => p.version,
      (p) => secretItem(ctx.origin, p, true), false),
  },
  {
    method: 'POST', pattern: '/secrets/{name}/backup', operation: 'SecretBackup',
    handle: async (ctx) => ({ status: 200, body: backupResultWire(await ctx.vault.backupSecret(param(ctx, 'name'))) }),
  },
  {
    method: 'PUT', pattern: '/secrets/{name}', operation: 'SecretSet', ifMatch: { type: 'secret', versioned: false },
    handle: async (ctx) => {
      const { value, options } = parseSecretSetParameters(ctx.body);
      const secret = await ctx.vault.setSecret(param(ctx, 'name'), value, options);
      return withETag(secret.properties, secretBundle(ctx.origin, secret));
    },
  },
  {
    method: 'GET', pattern: '/secrets/{name}/{version?}', operation: 'SecretGet',
    handle: async (ctx) => {
      const secret = await ctx.vault.getSecret(param(ctx, 'name'), ctx.params.version);
      return withETag(secret.properties, secretBundle(ctx.origin, secret));
    },
  },
  {
    method: 'PATCH', pattern: '/secrets/{name}/{version?}', operation: 'SecretUpdate', ifMatch: { type: 'secret', versioned: true },
    handle: async (ctx) => {
      const options = parseSecretUpdateParameters(ctx.body);
      const properties = await ctx.vault.updateSecretProperties(param(ctx, 'name'), ctx.params.version, options);
      return withETag(properties, secretPropertiesBundle(ctx.origin, properties));
    },
  },
  {
    method: 'DELETE', pattern: '/secrets/{name}', operation: 'SecretDelete', ifMatch: { type: 'secret', versioned: false },
    handle: async (ctx) => ({ status: 200, body: deletedSecretBundle(ctx.origin, await ctx.vault.deleteSecret(param(ctx, 'name'))) }),
  },
  {
    method: 'GET', pattern: '/deletedsecrets', operation: 'SecretListDeleted',
    handle: async (ctx) => listReply(ctx, (vault) => vault.listDeletedSecrets(), (d) => d.properties.name, (d) => deletedSecretItem(ctx.origin, d)),
  },
  {
    method: 'GET', pattern: '/deletedsecrets/{name}', operation: 'SecretGetDeleted',
    handle: async (ctx) => ({ status: 200, body: deletedSecretBundle(ctx.origin, await ctx.vault.getDeletedSecret(param(ctx, 'name'))) }),
  },
  {
    method: 'DELETE', pattern: '/deletedsecrets/{name}', operation: 'SecretPurge',
    handle: async (ctx) => {
      await ctx.vault.purgeDeletedSecret(param(ctx, 'name'));
      return { status: 204 };
    },
  },
  {
    method: 'POST', pattern: '/deletedsecrets/{name}/recover', operation: 'SecretRecover',
    handle: async (ctx) => {
      const properties = await ctx.vault.recoverDeletedSecret(param(ctx, 'name'));
      return withETag(properties, secretPropertiesBundle(ctx.origin, properties));
    },
  },
];
