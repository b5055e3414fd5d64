/**
 * The secret commands end to end through the bundle: set from each source, get byte for byte,
 * the JSON shapes and text tables, update, the soft-delete lifecycle, backup and restore.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { statSync } from 'node:fs';
import { PROPERTY_KEYS, Sandbox, json, type PropertiesJson } from './harness.js';

let box: Sandbox;
beforeAll(() => {
  box = new Sandbox();
  box.init();
});
afterAll(() => {
  box.cleanup();
});

const VERSION = /^[0-9a-f]{32}$/;
const setLine = (name: string): RegExp => new RegExp(`^Set secret ${name} version ([0-9a-f]{32})\n$`);
const versionOf = (stdout: string): string => /version ([0-9a-f]{32})/.exec(stdout)?.[1] ?? '';

describe('secret set and get', () => {
  it('stores stdin verbatim and prints it back byte for byte, with no newline added off a terminal', () => {
    const value = 'line one\n  ünïcødé ✓\r\nlast line with trailing newline\n';
    const set = box.run(['secret', 'set', 'from-stdin'], { input: value });
    expect(set.status).toBe(0);
    expect(set.stdout).toMatch(setLine('from-stdin'));
    expect(set.stderr).toBe('');
    expect(box.run(['secret', 'get', 'from-stdin'])).toEqual({ status: 0, stdout: value, stderr: '' });
  });

  it('stores a file verbatim, and an empty value', () => {
    box.writeFile('value.txt', '\uFEFFbom and = signs\n\n');
    expect(box.run(['secret', 'set', 'from-file', '--file', 'value.txt']).status).toBe(0);
    expect(box.run(['secret', 'get', 'from-file']).stdout).toBe('\uFEFFbom and = signs\n\n');
    const empty = box.run(['secret', 'set', 'empty'], { input: '' });
    expect(empty.status).toBe(0);
    expect(empty.stderr).toBe('coffer: warning: the value read from stdin is empty.\n');
    expect(box.run(['secret', 'get', 'empty'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('warns that --value leaks, without repeating the value', () => {
    const set = box.run(['secret', 'set', 'inline', '--value', 'v-inline-1']);
    expect(set.status).toBe(0);
    expect(set.stderr).toBe('coffer: warning: a value given with --value can leak into shell history and process lists; prefer --file F or stdin.\n');
    expect(box.run(['secret', 'get', 'inline']).stdout).toBe('v-inline-1');
  });

  it('prints properties as JSON in the documented key order with --json', () => {
    const result = box.run(['secret', 'set', 'with-props', '--value', 'p', '--content-type', 'text/plain',
      '--expires', '2099-01-31', '--not-before', '2020-01-01T12:00:00Z', '--tag', 'env=prod', '--tag', 'team=a=b', '--json']);
    expect(result.status).toBe(0);
    const props = json(result) as PropertiesJson;
    expect(Object.keys(props)).toEqual(PROPERTY_KEYS);
    expect(props).toEqual({
      name: 'with-props', version: props.version, enabled: true,
      notBefore: '2020-01-01T12:00:00.000Z', expiresOn: '2099-01-31T00:00:00.000Z',
      createdOn: props.createdOn, updatedOn: props.createdOn, contentType: 'text/plain',
      tags: { env: 'prod', team: 'a=b' }, managed: false, recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable',
    });
    expect(props.version).toMatch(VERSION);
    expect(result.stdout).toBe(`${JSON.stringify(props, null, 2)}\n`);
  });

  it('prints the bundle with get --json: name, version, value, then the properties', () => {
    const result = box.run(['secret', 'get', 'with-props', '--json']);
    const bundle = json(result) as Record<string, unknown>;
    expect(Object.keys(bundle)).toEqual(['name', 'version', 'value', ...PROPERTY_KEYS.slice(2)]);
    expect(bundle.value).toBe('p');
    expect(bundle.contentType).toBe('text/plain');
    expect(result.stdout.endsWith('}\n')).toBe(true);
  });

  it('gets an older version with --version, and warns when a version has expired', () => {
    const first = versionOf(box.run(['secret', 'set', 'rotating', '--value', 'one', '--expires', '2021-06-01']).stdout);
    box.run(['secret', 'set', 'rotating', '--value', 'two']);
    expect(box.run(['secret', 'get', 'rotating']).stdout).toBe('two');
    const old = box.run(['secret', 'get', 'rotating', '--version', first]);
    expect(old).toEqual({ status: 0, stdout: 'one', stderr: `coffer: warning: Secret 'rotating' version ${first} expired on 2021-06-01T00:00:00.000Z.\n` });
  });

  it('fails with one line for a missing secret or version', () => {
    expect(box.run(['secret', 'get', 'nope'])).toEqual({ status: 1, stdout: '', stderr: "coffer: A secret with name 'nope' was not found in this vault. (SecretNotFound)\n" });
    const missing = '0'.repeat(32);
    expect(box.run(['secret', 'get', 'rotating', '--version', missing]).stderr)
      .toBe(`coffer: Version '${missing}' of secret 'rotating' was not found in this vault. (SecretNotFound)\n`);
    expect(box.run(['secret', 'get', 'bad/name']).stderr)
      .toBe("coffer: Invalid secret name 'bad/name': expected 1-127 of 0-9, a-z, A-Z, '-'. (BadParameter)\n");
  });

  it('refuses a value over 25 KiB, a file that is not UTF-8, and a missing file', () => {
    const big = box.run(['secret', 'set', 'big'], { input: 'x'.repeat(25 * 1024 + 1) });
    expect(big).toEqual({ status: 1, stdout: '', stderr: 'coffer: The value on stdin is more than 25600 bytes (25 KiB), the limit for a secret value. (TooLarge)\n' });
    box.writeFile('latin1.bin', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(box.run(['secret', 'set', 'bin', '--file', 'latin1.bin']).stderr)
      .toBe('coffer: The value file is not valid UTF-8 text; store binary data as base64 (with --content-type). (NotUtf8)\n');
    expect(box.run(['secret', 'set', 'nofile', '--file', 'missing.txt']).stderr)
      .toBe(`coffer: Could not open value file '${box.path('missing.txt')}' (ENOENT). (FileUnreadable)\n`);
  });
});

describe('secret update', () => {
  it('changes properties, replaces the whole tag set, and keeps the value', () => {
    const version = versionOf(box.run(['secret', 'set', 'upd', '--value', 'keep', '--tag', 'a=1', '--tag', 'b=2']).stdout);
    const result = box.run(['secret', 'update', 'upd', '--tag', 'c=3', '--content-type', 'x/y', '--expires', '2098-01-01T00:00:00Z']);
    expect(result).toEqual({ status: 0, stdout: `Updated secret upd version ${version}\n`, stderr: '' });
    const props = json(box.run(['secret', 'get', 'upd', '--json'])) as PropertiesJson & { value: string };
    expect(props.tags).toEqual({ c: '3' });
    expect(props.contentType).toBe('x/y');
    expect(props.expiresOn).toBe('2098-01-01T00:00:00.000Z');
    expect(props.value).toBe('keep');
  });

  it('disables a version, which then is not served (Forbidden, SecretDisabled), and enables it again', () => {
    const v1 = versionOf(box.run(['secret', 'set', 'toggle', '--value', 'first']).stdout);
    box.run(['secret', 'set', 'toggle', '--value', 'second', '--disabled']);
    const denied = { status: 1, stdout: '', stderr: 'coffer: Operation get is not allowed on a disabled secret. (Forbidden, SecretDisabled)\n' };
    expect(box.run(['secret', 'get', 'toggle'])).toEqual(denied);
    expect(box.run(['secret', 'get', 'toggle', '--version', v1]).stdout).toBe('first');
    const off = json(box.run(['secret', 'update', 'toggle', '--version', v1, '--enabled', 'false', '--json'])) as PropertiesJson;
    expect(off.enabled).toBe(false);
    expect(box.run(['secret', 'get', 'toggle', '--version', v1])).toEqual(denied);
    box.run(['secret', 'update', 'toggle', '--enabled', 'true']);
    expect(box.run(['secret', 'get', 'toggle']).stdout).toBe('second');
  });

  it('refuses a not-before date after the expiry date', () => {
    box.run(['secret', 'set', 'dates', '--value', 'd']);
    expect(box.run(['secret', 'update', 'dates', '--not-before', '2030-01-01', '--expires', '2029-01-01']).stderr)
      .toBe('coffer: The not-before date 2030-01-01T00:00:00.000Z is not before the expiry date 2029-01-01T00:00:00.000Z. (BadParameter)\n');
  });
});

describe('listing', () => {
  let fresh: Sandbox;
  beforeAll(() => {
    fresh = new Sandbox();
    fresh.init();
  });
  afterAll(() => {
    fresh.cleanup();
  });

  it('lists secrets as aligned columns and as a JSON array, expired marked', () => {
    const a = json(fresh.run(['secret', 'set', 'alpha', '--value', '1', '--expires', '2020-02-02', '--json'])) as PropertiesJson;
    const b = json(fresh.run(['secret', 'set', 'Beta-Long-Name', '--value', '2', '--disabled', '--json'])) as PropertiesJson;
    const text = fresh.run(['secret', 'list']);
    expect(text).toEqual({
      status: 0, stderr: '', stdout:
        'NAME            VERSION                           ENABLED  EXPIRES                             UPDATED\n'
        + `alpha           ${a.version}  true     2020-02-02T00:00:00.000Z (expired)  ${a.updatedOn}\n`
        + `Beta-Long-Name  ${b.version}  false    -                                   ${b.updatedOn}\n`,
    });
    const list = fresh.run(['secret', 'list', '--json']);
    expect(list.stdout).toBe(`${JSON.stringify([a, b], null, 2)}\n`);
  });

  it('lists every version of one secret, oldest first', () => {
    const [first] = json(fresh.run(['secret', 'versions', 'alpha', '--json'])) as PropertiesJson[];
    if (first === undefined) throw new Error('no versions');
    const second = json(fresh.run(['secret', 'set', 'alpha', '--value', '1b', '--json'])) as PropertiesJson;
    const versions = fresh.run(['secret', 'versions', 'ALPHA', '--json']);
    expect((json(versions) as PropertiesJson[]).map((p) => p.version)).toEqual([first.version, second.version]);
    expect(fresh.run(['secret', 'versions', 'alpha']).stdout).toBe(
      'NAME   VERSION                           ENABLED  EXPIRES                             UPDATED\n'
      + `alpha  ${first.version}  true     2020-02-02T00:00:00.000Z (expired)  ${first.updatedOn}\n`
      + `alpha  ${second.version}  true     -                                   ${second.updatedOn}\n`);
  });

  it('says so when there is nothing to list', () => {
    const empty = new Sandbox();
    try {
      empty.init();
      expect(empty.run(['secret', 'list'])).toEqual({ status: 0, stdout: 'No secrets.\n', stderr: '' });
      expect(empty.run(['secret', 'list', '--json'])).toEqual({ status: 0, stdout: '[]\n', stderr: '' });
      expect(empty.run(['secret', 'deleted'])).toEqual({ status: 0, stdout: 'No deleted secrets.\n', stderr: '' });
      expect(empty.run(['secret', 'deleted', '--json'])).toEqual({ status: 0, stdout: '[]\n', stderr: '' });
    } finally {
      empty.cleanup();
    }
  });
});

describe('delete, deleted, recover, purge', () => {
  it('soft-deletes, reserves the name, recovers, and purges', () => {
    const version = versionOf(box.run(['secret', 'set', 'doomed', '--value', 'bye']).stdout);
    const deleted = box.run(['secret', 'delete', 'doomed']);
    expect(deleted.status).toBe(0);
    expect(deleted.stdout).toMatch(/^Deleted secret doomed; recoverable until \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z with 'coffer secret recover doomed'\.\n$/);
    expect(box.run(['secret', 'get', 'doomed']).stderr).toBe("coffer: A secret with name 'doomed' was not found in this vault. (SecretNotFound)\n");
    expect(box.run(['secret', 'set', 'doomed', '--value', 'again'])).toEqual({
      status: 1, stdout: '',
      stderr: 'coffer: warning: a value given with --value can leak into shell history and process lists; prefer --file F or stdin.\n'
        + "coffer: Secret 'doomed' is deleted but recoverable: recover or purge it before setting it again. (ObjectIsDeletedButRecoverable)\n",
    });

    const list = (json(box.run(['secret', 'deleted', '--json'])) as (PropertiesJson & { deletedOn: string; scheduledPurgeDate: string })[]);
    const entry = list.find((d) => d.name === 'doomed');
    expect(Object.keys(entry ?? {})).toEqual([...PROPERTY_KEYS, 'deletedOn', 'scheduledPurgeDate']);
    expect(entry?.version).toBe(version);
    expect(Date.parse(entry?.scheduledPurgeDate ?? '') - Date.parse(entry?.deletedOn ?? '')).toBe(90 * 86_400_000);
    const text = box.run(['secret', 'deleted']).stdout.split('\n');
    expect(text[0]).toBe('NAME    VERSION                           ENABLED  EXPIRES  UPDATED                   DELETED                   PURGE');
    expect(text[1]).toBe(`doomed  ${version}  true     -        ${entry?.updatedOn ?? ''}  ${entry?.deletedOn ?? ''}  ${entry?.scheduledPurgeDate ?? ''}`);

    expect(box.run(['secret', 'recover', 'doomed'])).toEqual({ status: 0, stdout: `Recovered secret doomed (latest version ${version}).\n`, stderr: '' });
    expect(box.run(['secret', 'get', 'doomed']).stdout).toBe('bye');
    box.run(['secret', 'delete', 'doomed']);
    expect(box.run(['secret', 'purge', 'doomed'])).toEqual({ status: 0, stdout: 'Purged secret doomed.\n', stderr: '' });
    expect(box.run(['secret', 'recover', 'doomed']).stderr).toBe("coffer: A deleted secret with name 'doomed' was not found in this vault. (SecretNotFound)\n");
    expect(box.run(['secret', 'set', 'doomed', '--file', 'value.txt']).status).toBe(0);
  });
});

describe('backup and restore', () => {
  it('backs up to stdout and restores from stdin after a purge, versions intact', () => {
    const v1 = versionOf(box.run(['secret', 'set', 'bk', '--value', 'bk-1']).stdout);
    const v2 = versionOf(box.run(['secret', 'set', 'bk', '--value', 'bk-2']).stdout);
    const backup = box.run(['secret', 'backup', 'bk']);
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/^[A-Za-z0-9_-]+\n$/);
    expect(box.run(['secret', 'restore'], { input: backup.stdout })).toEqual({
      status: 1, stdout: '', stderr: "coffer: Secret 'bk' exists: restore refuses to overwrite it. (Conflict)\n",
    });
    box.run(['secret', 'delete', 'bk']);
    expect(box.run(['secret', 'restore'], { input: backup.stdout }).stderr).toBe("coffer: Secret 'bk' exists in a deleted state: restore refuses to overwrite it. (Conflict)\n");
    box.run(['secret', 'purge', 'bk']);
    expect(box.run(['secret', 'restore'], { input: `  ${backup.stdout}\n` })).toEqual({ status: 0, stdout: `Restored secret bk (latest version ${v2}).\n`, stderr: '' });
    expect(box.run(['secret', 'get', 'bk', '--version', v1]).stdout).toBe('bk-1');
    expect(box.run(['secret', 'get', 'bk']).stdout).toBe('bk-2');
  });

  it('writes --out with mode 0600, refuses an existing file, and restores from --file', () => {
    box.run(['secret', 'set', 'bk-file', '--value', 'f']);
    expect(box.run(['secret', 'backup', 'bk-file', '--out', 'bk.blob'])).toEqual({ status: 0, stdout: 'Backed up secret bk-file to bk.blob.\n', stderr: '' });
    expect(statSync(box.path('bk.blob')).mode & 0o777).toBe(0o600);
    const blob = box.read('bk.blob');
    expect(box.run(['secret', 'backup', 'bk-file', '--out', 'bk.blob'])).toEqual({
      status: 1, stdout: '', stderr: `coffer: '${box.path('bk.blob')}' already exists; it was left unchanged. (FileExists)\n`,
    });
    expect(box.read('bk.blob')).toBe(blob);
    expect(box.run(['secret', 'backup', 'no-such', '--out', 'none.blob']).stderr).toBe("coffer: A secret with name 'no-such' was not found in this vault. (SecretNotFound)\n");
    expect(() => statSync(box.path('none.blob'))).toThrow();
    box.run(['secret', 'delete', 'bk-file']);
    box.run(['secret', 'purge', 'bk-file']);
    expect(box.run(['secret', 'restore', '--file', 'bk.blob']).status).toBe(0);
    expect(box.run(['secret', 'get', 'bk-file']).stdout).toBe('f');
  });

  it('refuses a blob that is not a backup, or one that was altered', () => {
    expect(box.run(['secret', 'restore'], { input: 'not a blob!' }).stderr)
      .toBe('coffer: Invalid backup blob: expected the base64url text that a secret backup produced. (BadParameter)\n');
    box.run(['secret', 'set', 'bk-alter', '--value', 'a']);
    const envelope = JSON.parse(Buffer.from(box.run(['secret', 'backup', 'bk-alter']).stdout.trim(), 'base64url').toString('utf8')) as { sealed: string };
    box.run(['secret', 'delete', 'bk-alter']);
    box.run(['secret', 'purge', 'bk-alter']);
    const flipped = `${envelope.sealed.slice(0, 20)}${envelope.sealed[20] === 'A' ? 'B' : 'A'}${envelope.sealed.slice(21)}`;
    const altered = Buffer.from(JSON.stringify({ ...envelope, sealed: flipped }), 'utf8').toString('base64url');
    expect(box.run(['secret', 'restore'], { input: altered })).toEqual({
      status: 1, stdout: '', stderr: 'coffer: The backup blob failed authentication: it was altered. (IntegrityError)\n',
    });
    expect(box.run(['secret', 'get', 'bk-alter']).status).toBe(1);
  });
});
