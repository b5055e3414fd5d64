/**
 * The certificate lifecycle through the bundle, on a vault file and a SQLite vault: list,
 * versions, update (enabled and tags; a disabled version's key does not export), soft delete
 * with its managed key and secret, deleted, recover, purge, backup and restore — exact text,
 * JSON shapes and exit codes; and help for the group and its nested groups.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { statSync } from 'node:fs';
import type { Sandbox } from './harness.js';
import {
  CERTIFICATE_KEYS, PROPERTY_KEYS, VAULT_KINDS, certificateSandbox, ok, okJson,
  type CertificateJson, type CertificatePropertiesJson,
} from './certificate-tools.js';

type Deleted = CertificateJson & { deletedOn: string; scheduledPurgeDate: string };

describe.each(VAULT_KINDS)('certificate lifecycle on a %s vault', (kind) => {
  let box: Sandbox;
  let alpha: CertificateJson;
  beforeAll(() => {
    box = certificateSandbox(kind);
    ok(box, ['certificate', 'create', 'beta', '--subject', 'CN=beta', '--kty', 'EC']);
    ok(box, ['certificate', 'create', 'alpha', '--subject', 'CN=alpha', '--kty', 'EC']);
    alpha = (okJson(box, ['certificate', 'get', 'alpha']) as CertificateJson);
  });
  afterAll(() => {
    box.cleanup();
  });

  it('lists certificates by name, with subject and expiry', () => {
    expect(ok(box, ['certificate', 'list'])).toMatch(
      /^NAME {3}VERSION {27}ENABLED {2}EXPIRES {19}SUBJECT\nalpha {2}[0-9a-f]{32} {2}true {5}\S+Z {2}CN=alpha\nbeta {3}[0-9a-f]{32} {2}true {5}\S+Z {2}CN=beta\n$/);
    const list = (okJson(box, ['certificate', 'list']) as CertificatePropertiesJson[]);
    expect(list.map((p) => p.name)).toEqual(['alpha', 'beta']);
    expect(Object.keys(list[0] ?? {})).toEqual(PROPERTY_KEYS);
    expect(list[0]).toEqual(alpha.properties);
    // The managed key and secret are there too, marked managed.
    expect((okJson(box, ['secret', 'get', 'alpha']) as { managed: boolean }).managed).toBe(true);
  });

  it('lists versions oldest first and updates one', () => {
    ok(box, ['certificate', 'renew', 'alpha']);
    const versions = (okJson(box, ['certificate', 'versions', 'alpha']) as CertificatePropertiesJson[]);
    expect(versions.length).toBe(2);
    expect(versions[0]?.version).toBe(alpha.properties.version);
    expect(ok(box, ['certificate', 'update', 'alpha', '--version', alpha.properties.version, '--enabled', 'false', '--tag', 'state=old']))
      .toBe(`Updated certificate alpha version ${alpha.properties.version}.\n`);
    const updated = (okJson(box, ['certificate', 'get', 'alpha', '--version', alpha.properties.version]) as CertificateJson);
    expect(updated.properties).toMatchObject({ enabled: false, tags: { state: 'old' } });
    expect(box.run(['certificate', 'get', 'alpha', '--version', alpha.properties.version, '--with-key'])).toEqual({
      status: 1, stdout: '', stderr: 'coffer: Operation get is not allowed on a disabled secret. (Forbidden, SecretDisabled)\n',
    });
    expect(box.run(['certificate', 'update', 'alpha']).status).toBe(2);
    expect(box.run(['certificate', 'update', 'alpha', '--enabled', 'yes']).stderr.split('\n')[0]).toBe('coffer: Invalid --enabled \'yes\': expected true or false.');
  });

  it('deletes softly with the key and secret, lists the deletion, and recovers all three', () => {
    const deleted = box.run(['certificate', 'delete', 'beta']);
    expect(deleted.status).toBe(0);
    expect(deleted.stdout).toMatch(/^Deleted certificate beta with its key and secret; recoverable until \S+Z with 'coffer certificate recover beta'\.\n$/);
    expect(box.run(['certificate', 'get', 'beta']).stderr).toMatch(/\(CertificateNotFound\)\n$/);
    expect(box.run(['secret', 'get', 'beta']).status).toBe(1);
    expect(box.run(['key', 'get', 'beta']).status).toBe(1);
    const list = (okJson(box, ['certificate', 'deleted']) as Deleted[]);
    expect(list.map((d) => d.name)).toEqual(['beta']);
    expect(Object.keys(list[0] ?? {})).toEqual([...CERTIFICATE_KEYS, 'deletedOn', 'scheduledPurgeDate']);
    expect((okJson(box, ['certificate', 'deleted', '--name', 'beta']) as Deleted).name).toBe('beta');
    expect(ok(box, ['certificate', 'deleted'])).toMatch(/^NAME +VERSION +ENABLED +EXPIRES +UPDATED +DELETED +PURGE\nbeta +[0-9a-f]{32} +true /);
    expect(ok(box, ['certificate', 'recover', 'beta'])).toMatch(/^Recovered certificate beta with its key and secret \(latest version [0-9a-f]{32}\)\.\n$/);
    expect(ok(box, ['certificate', 'deleted'])).toBe('No deleted certificates.\n');
    expect(box.run(['secret', 'get', 'beta']).status).toBe(0);
    expect(box.run(['key', 'get', 'beta']).status).toBe(0);
  });

  it('backs up to a 0600 file, purges, restores, and refuses to restore over an existing name', () => {
    const before = (okJson(box, ['certificate', 'get', 'beta']) as CertificateJson);
    expect(ok(box, ['certificate', 'backup', 'beta', '--out', 'beta.blob'])).toBe('Backed up certificate beta to beta.blob.\n');
    expect(statSync(box.path('beta.blob')).mode & 0o777).toBe(0o600);
    ok(box, ['certificate', 'delete', 'beta']);
    expect(ok(box, ['certificate', 'purge', 'beta'])).toBe('Purged certificate beta with its key and secret.\n');
    expect(ok(box, ['certificate', 'deleted'])).toBe('No deleted certificates.\n');
    expect(ok(box, ['certificate', 'restore', '--file', 'beta.blob'])).toBe(`Restored certificate beta with its key and secret (latest version ${before.properties.version}).\n`);
    const after = (okJson(box, ['certificate', 'get', 'beta']) as CertificateJson);
    expect(after.cer).toBe(before.cer);
    expect(after.properties.x509ThumbprintSha256).toBe(before.properties.x509ThumbprintSha256);
    expect(ok(box, ['certificate', 'get', 'beta', '--with-key'])).toContain('-----BEGIN PRIVATE KEY-----\n');
    expect(box.run(['certificate', 'restore'], { input: box.read('beta.blob') })).toEqual({
      status: 1, stdout: '', stderr: 'coffer: Certificate \'beta\' exists: restore refuses to overwrite it. (Conflict)\n',
    });
    // Backup to stdout is the same kind of blob.
    expect(ok(box, ['certificate', 'backup', 'beta']).length).toBeGreaterThan(100);
  });

  it('answers for a certificate that does not exist with exit 1 and the vault\'s code', () => {
    for (const args of [['get', 'nope'], ['versions', 'nope'], ['delete', 'nope'], ['renew', 'nope'], ['policy', 'get', 'nope']]) {
      const result = box.run(['certificate', ...args]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^coffer: .*'nope'.*\(CertificateNotFound\)\n$/);
    }
  });
});

describe('certificate help', () => {
  let box: Sandbox;
  beforeAll(() => {
    box = certificateSandbox('file');
  });
  afterAll(() => {
    box.cleanup();
  });

  it('lists the group, nested groups included, and each command\'s options', () => {
    const group = ok(box, ['certificate', '--help']);
    expect(group.startsWith('Usage: coffer certificate COMMAND [options]\n\n')).toBe(true);
    for (const line of ['  coffer certificate get NAME [--version V] [--format pem|der|pfx] [--chain] [--with-key]', '  coffer certificate issuer create ISSUER --certificate CA_CERT_NAME',
      '  coffer certificate policy set NAME --file POLICY.json', '  coffer certificate contacts set --email E...', '  coffer certificate renew-if-due NAME [--json]']) {
      expect(group).toContain(line);
    }
    expect(ok(box, ['certificate', 'issuer', '--help'])).toMatch(/^Usage: coffer certificate issuer COMMAND \[options\]\n\n {2}coffer certificate issuer create /);
    expect(ok(box, ['help', 'certificate', 'policy'])).toContain('  coffer certificate policy get NAME [--json]\n');
    expect(ok(box, ['certificate', 'get', '--help'])).toContain('\n  --legacy              pfx with 3DES and an SHA-1 MAC');
    expect(ok(box, ['--help'])).toContain('  COFFER_PFX_PASSWORD   the PKCS#12 password of certificate import and get --format pfx');
  });

  it('gives a usage error for an unknown or missing command in a nested group', () => {
    expect(box.run(['certificate', 'issuer'])).toEqual({
      status: 2, stdout: '', stderr: 'coffer: \'coffer certificate issuer\' needs a command.\nUsage: coffer certificate issuer COMMAND [options]\nRun \'coffer certificate issuer --help\' for its commands.\n',
    });
    expect(box.run(['certificate', 'policy', 'show', 'x'])).toEqual({
      status: 2, stdout: '', stderr: 'coffer: Unknown command under \'coffer certificate policy\'.\nUsage: coffer certificate policy COMMAND [options]\nRun \'coffer certificate policy --help\' for its commands.\n',
    });
  });
});
