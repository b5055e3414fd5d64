/**
 * The official @azure/keyvault-secrets client against a real `coffer serve`: every secrets
 * operation, its long-running operations, paging through nextLink, and the errors the SDK
 * surfaces (RestError code and status).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SecretClient } from '@azure/keyvault-secrets';
import { startTestServer, type TestServer } from './harness.js';
import { all, fixedCredential, innerCode, restError, sdkTransport, type SdkTransport } from './sdk-helpers.js';

const FAST_POLL = { intervalInMs: 10 };

describe('@azure/keyvault-secrets against coffer serve', () => {
  let server: TestServer;
  let transport: SdkTransport;
  let client: SecretClient;

  beforeAll(async () => {
    server = await startTestServer();
    transport = sdkTransport(server.ca);
    client = new SecretClient(server.url, fixedCredential(server.adminToken), {
      ...transport.options, disableChallengeResourceVerification: true,
    });
  });
  afterAll(async () => {
    transport.agent.destroy();
    await server.stop();
  });

  it('sets, gets the latest and a given version, and lists versions', async () => {
    const first = await client.setSecret('db-password', 'one', { contentType: 'text/plain', tags: { team: 'a' } });
    const second = await client.setSecret('db-password', 'two');

    const latest = await client.getSecret('db-password');
    const older = await client.getSecret('db-password', { version: first.properties.version ?? '' });
    const versions = await all(client.listPropertiesOfSecretVersions('db-password'));

    expect(latest.value).toBe('two');
    expect(latest.properties.version).toBe(second.properties.version);
    expect(latest.properties.id).toBe(`${server.url}/secrets/db-password/${second.properties.version ?? ''}`);
    expect(older.value).toBe('one');
    expect(older.properties.contentType).toBe('text/plain');
    expect(older.properties.tags).toEqual({ team: 'a' });
    expect(versions.map((v) => v.version).sort()).toEqual([first.properties.version, second.properties.version].sort());
  });

  it('lists 30 secrets across pages, following nextLink', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `page-${String(i).padStart(2, '0')}`);
    for (const name of names) await client.setSecret(name, `value-${name}`);
    transport.requests.length = 0;

    const listed = await all(client.listPropertiesOfSecrets());

    expect(listed.map((p) => p.name).filter((n) => n.startsWith('page-'))).toEqual(names);
    const listCalls = transport.requests.filter((r) => r.startsWith('GET /secrets?'));
    expect(listCalls.length).toBe(2);
    expect(listCalls[1]).toContain('$skiptoken=');
  });

  it('updates properties without touching the value', async () => {
    const set = await client.setSecret('updatable', 'keep-me');

    const updated = await client.updateSecretProperties('updatable', set.properties.version ?? '', { contentType: 'application/json', tags: { x: 'y' } });
    const read = await client.getSecret('updatable');

    expect(updated.contentType).toBe('application/json');
    expect(updated.tags).toEqual({ x: 'y' });
    expect(read.value).toBe('keep-me');
    expect(read.properties.version).toBe(set.properties.version);
  });

  it('deletes (polling), refuses a set on the soft-deleted name with 409, gets the deleted secret, recovers it (polling)', async () => {
    await client.setSecret('recoverable', 'r-value');

    const deleted = await (await client.beginDeleteSecret('recoverable', FAST_POLL)).pollUntilDone();
    const conflict = await client.setSecret('recoverable', 'again').then(() => undefined, (e: unknown) => e);
    const gotDeleted = await client.getDeletedSecret('recoverable');
    const recovered = await (await client.beginRecoverDeletedSecret('recoverable', FAST_POLL)).pollUntilDone();
    const read = await client.getSecret('recoverable');

    expect(deleted.recoveryId).toBe(`${server.url}/deletedsecrets/recoverable`);
    expect(restError(conflict)).toEqual({ name: 'RestError', statusCode: 409, code: 'Conflict' });
    expect(innerCode(conflict)).toBe('ObjectIsDeletedButRecoverable');
    expect(gotDeleted.name).toBe('recoverable');
    expect(gotDeleted.recoveryId).toBe(`${server.url}/deletedsecrets/recoverable`);
    expect(recovered.name).toBe('recoverable');
    expect(read.value).toBe('r-value');
  });

  it('purges a deleted secret, then restores it from a backup', async () => {
    const set = await client.setSecret('backed-up', 'b-value', { tags: { kept: 'yes' } });
    const backup = await client.backupSecret('backed-up');
    await (await client.beginDeleteSecret('backed-up', FAST_POLL)).pollUntilDone();

    await client.purgeDeletedSecret('backed-up');
    const gone = await client.getDeletedSecret('backed-up').then(() => undefined, (e: unknown) => e);
    const restored = await client.restoreSecretBackup(backup ?? new Uint8Array());
    const read = await client.getSecret('backed-up');

    expect(backup?.length).toBeGreaterThan(0);
    expect(restError(gone)).toEqual({ name: 'RestError', statusCode: 404, code: 'SecretNotFound' });
    expect(restored.name).toBe('backed-up');
    expect(read.value).toBe('b-value');
    expect(read.properties.version).toBe(set.properties.version);
    expect(read.properties.tags).toEqual({ kept: 'yes' });
  });

  it('surfaces 404 SecretNotFound for a missing secret', async () => {
    const error = await client.getSecret('no-such-secret').then(() => undefined, (e: unknown) => e);

    expect(restError(error)).toEqual({ name: 'RestError', statusCode: 404, code: 'SecretNotFound' });
  });

  it('surfaces 403 Forbidden (innererror SecretDisabled) for a disabled version', async () => {
    const set = await client.setSecret('disabled-one', 'hidden');
    await client.updateSecretProperties('disabled-one', set.properties.version ?? '', { enabled: false });

    const error = await client.getSecret('disabled-one').then(() => undefined, (e: unknown) => e);

    expect(restError(error)).toEqual({ name: 'RestError', statusCode: 403, code: 'Forbidden' });
    expect(innerCode(error)).toBe('SecretDisabled');
    expect((error as Error).message).toBe('Operation get is not allowed on a disabled secret.');
  });

  it('lets a Secrets User token read a secret but not set one (403 ForbiddenByRbac)', async () => {
    await client.setSecret('for-reader', 'readable');
    const reader = new SecretClient(server.url, fixedCredential(await server.tokenFor('Secrets User')), {
      ...transport.options, disableChallengeResourceVerification: true,
    });

    const read = await reader.getSecret('for-reader');
    const refused = await reader.setSecret('for-reader', 'overwrite').then(() => undefined, (e: unknown) => e);

    expect(read.value).toBe('readable');
    expect(restError(refused)).toEqual({ name: 'RestError', statusCode: 403, code: 'Forbidden' });
    expect(innerCode(refused)).toBe('ForbiddenByRbac');
    expect((await client.getSecret('for-reader')).value).toBe('readable');
  });
});

describe('@azure/keyvault-secrets challenge resource verification', () => {
  let server: TestServer;
  let transport: SdkTransport;

  beforeAll(async () => {
    server = await startTestServer({ names: ['vault.localhost'], resource: 'https://localhost' });
    transport = sdkTransport(server.ca);
  });
  afterAll(async () => {
    transport.agent.destroy();
    await server.stop();
  });

  it('passes verification at https://vault.localhost with resource https://localhost, ids on that host', async () => {
    const vaultUrl = `https://vault.localhost:${server.port}`;
    const credential = fixedCredential(server.adminToken);
    const client = new SecretClient(vaultUrl, credential, { ...transport.options });

    const set = await client.setSecret('verified', 'v1');
    const read = await client.getSecret('verified');

    expect(read.value).toBe('v1');
    expect(set.properties.id).toBe(`${vaultUrl}/secrets/verified/${set.properties.version ?? ''}`);
    expect(credential.calls[0]).toEqual({ scopes: ['https://localhost/.default'], tenantId: 'coffer' });
  });

  it('fails verification at https://127.0.0.1 without disableChallengeResourceVerification', async () => {
    const client = new SecretClient(server.url, fixedCredential(server.adminToken), { ...transport.options });

    const error = await client.getSecret('verified').then(() => undefined, (e: unknown) => e);

    expect((error as Error).message).toBe("The challenge resource 'localhost' does not match the requested domain. "
      + 'Set disableChallengeResourceVerification to true in your client options to disable. See https://aka.ms/azsdk/blog/vault-uri for more information.');
  });

  // @azure/keyvault-secrets 4.12.0 defaults to api-version 2026-04-01.
  it('works with the SDK\'s default service version', async () => {
    const client = new SecretClient(server.url, fixedCredential(server.adminToken), { ...transport.options, disableChallengeResourceVerification: true });

    const set = await client.setSecret('default-version', 'd');

    expect(set.value).toBe('d');
  });
});
