/**
 * What the server relies on in the core: a caller's view (withCaller) decides and records as its
 * caller; record() audits events that are not operations; If-Match is checked in the write's
 * transaction; concurrent secret reads are group-committed, each recorded and released only
 * after the commit.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { assignmentAuthorizer } from '../../src/core/access/decision.js';
import { principal } from '../../src/core/access/principal.js';
import { secretETag } from '../../src/core/etag.js';
import { VaultError } from '../../src/core/errors.js';
import type { LocalVault } from '../../src/core/vault.js';
import { tempVault, type TempVault } from './helpers.js';

const CANARY = 'CANARY-caller-7f3a9c';

let t: TempVault;
let vault: LocalVault;

beforeEach(async () => {
  t = await tempVault({ seed: 'caller' });
  vault = t.vault;
  await vault.setSecret('db-pass', CANARY);
});

afterEach(async () => {
  await vault.close();
  await t.cleanup();
});

const alice = principal('alice', { repository: 'org/app' });
const bob = principal('bob');
const readers = assignmentAuthorizer([{ principal: 'alice', role: 'Secrets User', scope: '/secrets' }]);

describe('withCaller', () => {
  it('decides access and records the audit identity as the caller, not as the vault owner', async () => {
    const asAlice = vault.withCaller({ principal: alice, authorizer: readers, callerIpAddress: '127.0.0.9', correlationId: 'req-1' });
    const asBob = vault.withCaller({ principal: bob, authorizer: readers, correlationId: 'req-2' });
    expect((await asAlice.getSecret('db-pass')).value).toBe(CANARY);
    await expect(asBob.getSecret('db-pass')).rejects.toMatchObject({ code: 'Forbidden', innerCode: 'ForbiddenByRbac' });
    await expect(asAlice.setSecret('db-pass', 'other')).rejects.toMatchObject({ code: 'Forbidden' });
    const [read, denied, write] = t.auditRecords().slice(-3);
    expect(read).toMatchObject({ operationName: 'SecretGet', resultType: 'Success', callerIpAddress: '127.0.0.9', correlationId: 'req-1',
      identity: { claim: { name: 'alice', repository: 'org/app' } } });
    expect(denied).toMatchObject({ operationName: 'SecretGet', resultSignature: 'Forbidden', correlationId: 'req-2', identity: { claim: { name: 'bob' } } });
    expect(write).toMatchObject({ operationName: 'SecretSet', resultSignature: 'Forbidden', identity: { claim: { name: 'alice' } } });
    expect(t.auditLines().join('\n')).not.toContain(CANARY);
  });

  it('closes nothing when a view is closed: the owner still works', async () => {
    const view = vault.withCaller({ principal: alice, authorizer: readers });
    await view.close();
    expect((await vault.getSecret('db-pass')).value).toBe(CANARY);
    expect((await view.getSecret('db-pass')).value).toBe(CANARY);
  });
});

describe('record', () => {
  it('appends one chained record for an event that is not an operation, its error as the failure', async () => {
    const before = t.auditLines().length;
    await vault.record({
      operationName: 'Authenticate', who: principal('anonymous'), started: t.clock.now(), correlationId: 'c-401', callerIpAddress: '::1',
      id: '/secrets/db-pass', error: new VaultError('Unauthorized', 'Authentication is required: send a bearer token.'),
    });
    expect(t.auditLines()).toHaveLength(before + 1);
    expect(t.lastRecord()).toMatchObject({
      operationName: 'Authenticate', resultType: 'Failure', resultSignature: 'Unauthorized', correlationId: 'c-401', callerIpAddress: '::1',
      resultDescription: 'Authentication is required: send a bearer token.', properties: { id: '/secrets/db-pass', errorCode: 'Unauthorized' },
    });
    expect((await vault.verifyAudit()).ok).toBe(true);
  });
});

describe('If-Match', () => {
  it('lets a write through with the current ETag, and refuses a stale one or a missing object, changing nothing', async () => {
    const current = (await vault.getSecret('db-pass')).properties;
    const etag = secretETag(current);
    const updated = await vault.withCaller({ principal: alice, authorizer: { decide: () => ({ allowed: true }) }, precondition: { type: 'secret', name: 'db-pass', ifMatch: etag } })
      .updateSecretProperties('db-pass', undefined, { tags: { a: 'b' } });
    expect(updated.tags).toEqual({ a: 'b' });
    const stale = vault.withCaller({ principal: alice, authorizer: { decide: () => ({ allowed: true }) }, precondition: { type: 'secret', name: 'db-pass', ifMatch: etag } });
    await expect(stale.setSecret('db-pass', 'lost-update')).rejects.toMatchObject({ code: 'PreconditionFailed' });
    const missing = vault.withCaller({ principal: alice, authorizer: { decide: () => ({ allowed: true }) }, precondition: { type: 'secret', name: 'nope', ifMatch: '*' } });
    await expect(missing.setSecret('nope', 'x')).rejects.toMatchObject({ code: 'PreconditionFailed' });
    expect(await vault.listPropertiesOfSecretVersions('db-pass')).toHaveLength(1);
    await expect(vault.getSecret('nope')).rejects.toMatchObject({ code: 'SecretNotFound' });
    expect(t.lastRecord()).toMatchObject({ operationName: 'SecretGet' });
  });

  it('refuses a malformed If-Match header as a bad parameter', async () => {
    const view = vault.withCaller({ principal: alice, authorizer: { decide: () => ({ allowed: true }) }, precondition: { type: 'secret', name: 'db-pass', ifMatch: 'not-quoted' } });
    await expect(view.deleteSecret('db-pass')).rejects.toMatchObject({ code: 'BadParameter' });
    expect((await vault.getSecret('db-pass')).value).toBe(CANARY);
  });
});

describe('group commit of secret reads', () => {
  it('records every read of a burst, each under its own caller, and releases each value only after the commit', async () => {
    await vault.setSecret('other', 'v2');
    const before = t.auditLines().length;
    const views = Array.from({ length: 20 }, (_, i) => vault.withCaller({ principal: principal(`caller-${i}`), authorizer: { decide: () => ({ allowed: true }) } }));
    const results = await Promise.allSettled(views.map((v, i) => v.getSecret(i % 5 === 4 ? 'missing' : i % 2 === 0 ? 'db-pass' : 'other')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(16);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r).reason as VaultError).every((e) => e.code === 'SecretNotFound')).toBe(true);
    const records = t.auditRecords().slice(before);
    expect(records).toHaveLength(20);
    expect(records.map((r) => r.identity.claim.name)).toEqual(views.map((_, i) => `caller-${i}`));
    expect(records.filter((r) => r.resultType === 'Failure')).toHaveLength(4);
    expect((await vault.verifyAudit()).ok).toBe(true);
  });

  it('withholds every read of a batch when its records cannot be written', async () => {
    const closing = vault.close();
    await expect(vault.getSecret('db-pass')).rejects.toMatchObject({ code: 'StorageError' });
    await closing;
    vault = t.open();
  });
});

describe('listing with a partial grant', () => {
  it('lists the secrets a prefix grant covers, and refuses a caller who can see none', async () => {
    await vault.setSecret('app-db', 'a');
    await vault.setSecret('app-cache', 'b');
    const appOnly = assignmentAuthorizer([{ principal: 'alice', role: 'Secrets User', scope: '/secrets/app-*' }]);
    const asAlice = vault.withCaller({ principal: alice, authorizer: appOnly });
    expect((await asAlice.listPropertiesOfSecrets()).map((p) => p.name)).toEqual(['app-cache', 'app-db']);
    expect((await asAlice.listPropertiesOfSecrets({ namePrefix: 'app-d' })).map((p) => p.name)).toEqual(['app-db']);
    expect(t.lastRecord()).toMatchObject({ operationName: 'SecretList', resultType: 'Success', identity: { claim: { name: 'alice' } } });
    await expect(asAlice.listPropertiesOfSecrets({ namePrefix: 'db' })).rejects.toMatchObject({ code: 'Forbidden', innerCode: 'ForbiddenByRbac' });
    const asBob = vault.withCaller({ principal: bob, authorizer: appOnly });
    await expect(asBob.listPropertiesOfSecrets()).rejects.toMatchObject({ code: 'Forbidden' });
    expect(t.lastRecord()).toMatchObject({ operationName: 'SecretList', resultSignature: 'Forbidden', identity: { claim: { name: 'bob' } } });
  });
});
