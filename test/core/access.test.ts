import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { assignmentAuthorizer, decide, resourcePath, scopeCovers, type RoleAssignment } from '../../src/core/access/decision.js';
import { ROLES, type Permission, type RoleName } from '../../src/core/access/permissions.js';
import { principal } from '../../src/core/access/principal.js';
import type { LocalVault } from '../../src/core/vault.js';
import { OTHER_KEY, digest, failure, summary, tempVault, type TempVault } from './helpers.js';

const alice = principal('alice');
const assign = (role: RoleName, scope: string, who = 'alice'): RoleAssignment => ({ principal: who, role, scope });
const secret = (name: string): string => resourcePath('secrets', name);

describe('access: the decision', () => {
  it('denies by default', () => {
    expect(decide([], alice, 'secrets/get', secret('db-pass'))).toEqual({ allowed: false });
    expect(decide([assign('Administrator', '/', 'bob')], alice, 'secrets/get', secret('db-pass'))).toEqual({ allowed: false });
  });

  it('grants exactly the permissions of each built-in role', () => {
    const secretPermissions: Permission[] = ['secrets/get', 'secrets/set', 'secrets/readMetadata', 'secrets/update', 'secrets/delete', 'secrets/recover', 'secrets/purge', 'secrets/backup', 'secrets/restore'];
    const keyUse: Permission[] = ['keys/sign', 'keys/verify', 'keys/encrypt', 'keys/decrypt', 'keys/wrapKey', 'keys/unwrapKey'];
    const keyPermissions: Permission[] = ['keys/read', 'keys/create', 'keys/import', 'keys/update', 'keys/delete', 'keys/recover', 'keys/purge', 'keys/backup', 'keys/restore', 'keys/rotate', 'keys/readRotationPolicy', 'keys/writeRotationPolicy', ...keyUse, 'rng/get'];
    const every: Permission[] = [...secretPermissions, ...keyPermissions, 'vault/create', 'vault/rekey', 'roles/read', 'roles/write'];
    const granted = (role: RoleName): Permission[] => every.filter((p) => decide([assign(role, '/')], alice, p, secret('x')).allowed);
    // As in Azure, the Administrator manages the vault, not who may use it.
    expect(granted('Administrator')).toEqual(every.filter((p) => !p.startsWith('roles/')));
    expect(granted('Data Access Administrator')).toEqual(['roles/read', 'roles/write']);
    expect(granted('Secrets Officer')).toEqual(secretPermissions);
    expect(granted('Secrets User')).toEqual(['secrets/get', 'secrets/readMetadata']);
    expect(granted('Reader')).toEqual(['secrets/readMetadata', 'keys/read', 'keys/readRotationPolicy']);
    expect(granted('Crypto Officer')).toEqual(keyPermissions);
    expect(granted('Crypto User')).toEqual(['keys/read', ...keyUse, 'rng/get']);
    expect(granted('Crypto Service Encryption User')).toEqual(['keys/read', 'keys/wrapKey', 'keys/unwrapKey']);
    expect(Object.keys(ROLES).sort()).toEqual(['Administrator', 'Certificate User', 'Certificates Officer', 'Crypto Officer', 'Crypto Service Encryption User', 'Crypto User', 'Data Access Administrator', 'Reader', 'Secrets Officer', 'Secrets User']);
  });

  it('names the assignment that allowed an operation', () => {
    const assignments = [assign('Reader', '/'), assign('Secrets User', '/secrets/db-pass')];
    expect(decide(assignments, alice, 'secrets/get', secret('DB-PASS'))).toEqual({ allowed: true, assignment: assignments[1] });
  });

  it.each([
    ['/', '/', true], ['/', secret('x'), true], ['/', '/secrets', true],
    ['/secrets', '/secrets', true], ['/secrets', secret('x'), true], ['/secrets', '/secrets-other/x', false],
    ['/secrets/db-pass', secret('db-pass'), true], ['/secrets/db-pass', secret('db-pass2'), false], ['/secrets/db-pass', '/secrets', false],
    ['/secrets/app-*', secret('app-one'), true], ['/secrets/app-*', secret('app-'), true],
    ['/secrets/app-*', secret('ap'), false], ['/secrets/app-*', secret('app'), false], ['/secrets/app-*', '/secrets', false],
    ['/Secrets/App-*', secret('APP-ONE'), true], ['/SECRETS/DB-PASS', secret('Db-Pass'), true],
  ])('scope %s covers %s: %s', (scope, resource, covered) => {
    expect(scopeCovers(scope, resource)).toBe(covered);
  });

  it('compares object names in lower case', () => {
    expect(resourcePath('secrets', 'Db-Pass')).toBe('/secrets/db-pass');
    expect(resourcePath('secrets')).toBe('/secrets');
  });
});

describe('access: a LocalVault with role assignments', () => {
  let t: TempVault;
  beforeEach(async () => {
    t = await tempVault();
    await t.vault.setSecret('db-pass', 'one');
    await t.vault.setSecret('App-One', 'two');
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const as = (name: string, ...assignments: RoleAssignment[]): LocalVault => t.open(undefined, { who: principal(name), authorizer: assignmentAuthorizer(assignments) });

  it('denies with Forbidden / ForbiddenByRbac, changes nothing, and audits the denial', async () => {
    const reader = as('reader', assign('Reader', '/', 'reader'));
    const bytes = digest(t.fileBytes());
    const error = await failure(reader.getSecret('Db-Pass'));
    expect(summary(error)).toEqual({ code: 'Forbidden', innerCode: 'ForbiddenByRbac', message: 'reader is not allowed to secrets/get on /secrets/db-pass.' });
    expect(t.lastRecord()).toMatchObject({
      operationName: 'SecretGet', resultType: 'Failure', resultSignature: 'Forbidden', identity: { claim: { name: 'reader' } },
      properties: { id: '/secrets/db-pass', errorCode: 'ForbiddenByRbac' },
    });
    expect((await failure(reader.setSecret('db-pass', 'evil'))).innerCode).toBe('ForbiddenByRbac');
    expect(digest(t.fileBytes())).toBe(bytes);
    expect((await reader.listPropertiesOfSecrets()).map((p) => p.name)).toEqual(['App-One', 'db-pass']);
  });

  it('grants a prefix scope to matching names only, in any case', async () => {
    const app = as('ci', assign('Secrets User', '/secrets/app-*', 'ci'));
    expect((await app.getSecret('APP-ONE')).value).toBe('two');
    expect((await failure(app.getSecret('db-pass'))).innerCode).toBe('ForbiddenByRbac');
    expect((await failure(app.getSecret('ap'))).innerCode).toBe('ForbiddenByRbac');
    // A partial grant lists what it covers (and nothing else), so that `app-*` selections work.
    expect((await app.listPropertiesOfSecrets()).map((p) => p.name)).toEqual(['App-One']);
  });

  it('denies a principal with no assignment everything, rekey included', async () => {
    const nobody = as('nobody');
    expect((await failure(nobody.listPropertiesOfSecrets())).innerCode).toBe('ForbiddenByRbac');
    expect((await failure(nobody.rekey(OTHER_KEY))).innerCode).toBe('ForbiddenByRbac');
    expect(t.lastRecord()).toMatchObject({ operationName: 'VaultRekey', resultSignature: 'Forbidden', properties: { id: '/', errorCode: 'ForbiddenByRbac' } });
    expect((await t.vault.getSecret('db-pass')).value).toBe('one');
  });
});
