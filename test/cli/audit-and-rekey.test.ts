/**
 * `coffer audit show` / `audit verify` and `coffer rekey`, through the bundle: the principal
 * recorded (OS user and host, plus the run's identity under GitHub Actions), the chain check
 * after an edit of the log, and a rekey after which only the new key opens the vault.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { hostname, userInfo } from 'node:os';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { Sandbox } from './harness.js';

interface AuditEntry {
  time: string;
  seq: number;
  operationName: string;
  resultSignature: string;
  identity: { claim: Partial<Record<string, string>> };
  properties: { id?: string; errorCode?: string };
}

const whoAmI = `${userInfo().username}@${hostname()}`;

let box: Sandbox;
let records: AuditEntry[];
beforeAll(() => {
  box = new Sandbox();
  box.init();
  box.run(['secret', 'set', 'audited', '--value', 'a']);
  box.run(['secret', 'get', 'audited']);
  box.run(['secret', 'get', 'missing']);
  records = box.read('.coffer/vault.json.audit.jsonl').trim().split('\n').map((line) => JSON.parse(line) as AuditEntry);
});
afterAll(() => {
  box.cleanup();
});

describe('audit show', () => {
  it('prints one line per record: time, seq, operation, result, who, object', () => {
    const result = box.run(['audit', 'show']);
    expect(result.status).toBe(0);
    const expected = records.map((r) => `${r.time}  ${r.seq}  ${r.operationName}  ${r.resultSignature}  ${whoAmI}  ${r.properties.id ?? '-'}`);
    expect(result.stdout).toBe(`${expected.join('\n')}\n`);
    expect(records.map((r) => [r.seq, r.operationName, r.resultSignature])).toEqual([
      [1, 'VaultCreate', 'OK'], [2, 'SecretSet', 'OK'], [3, 'SecretGet', 'OK'], [4, 'SecretGet', 'NotFound'],
    ]);
    expect(records[3]?.properties).toEqual({ id: '/secrets/missing', errorCode: 'SecretNotFound' });
  });

  it('prints JSON Lines exactly as stored with --json, and the last N with --tail', () => {
    const stored = box.read('.coffer/vault.json.audit.jsonl');
    expect(box.run(['audit', 'show', '--json'])).toEqual({ status: 0, stdout: stored, stderr: '' });
    const lines = stored.trim().split('\n');
    expect(box.run(['audit', 'show', '--json', '--tail', '2']).stdout).toBe(`${lines.slice(-2).join('\n')}\n`);
    expect(box.run(['audit', 'show', '--tail', '100']).stdout.split('\n')).toHaveLength(lines.length + 1);
  });

  it('records the OS user and host as the principal', () => {
    expect(records[0]?.identity.claim).toEqual({ name: whoAmI, user: userInfo().username, host: hostname() });
  });

  it('adds the run\'s identity under GitHub Actions', () => {
    const github = {
      GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/app', GITHUB_REPOSITORY_ID: '42', GITHUB_WORKFLOW: 'release',
      GITHUB_RUN_ID: '1001', GITHUB_RUN_ATTEMPT: '2', GITHUB_ACTOR: 'octocat', GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'abc123', GITHUB_EVENT_NAME: 'push', GITHUB_TOKEN: 'must-not-appear',
    };
    box.run(['secret', 'list'], { env: github });
    const last = JSON.parse(box.run(['audit', 'show', '--json', '--tail', '1']).stdout) as AuditEntry;
    expect(last.operationName).toBe('SecretList');
    expect(last.identity.claim).toEqual({
      name: whoAmI, user: userInfo().username, host: hostname(), repository: 'acme/app', repository_id: '42',
      workflow: 'release', run_id: '1001', run_attempt: '2', actor: 'octocat', ref: 'refs/heads/main', sha: 'abc123', event_name: 'push',
    });
    box.run(['secret', 'list'], { env: { ...github, GITHUB_ACTIONS: 'false' } });
    const outside = JSON.parse(box.run(['audit', 'show', '--json', '--tail', '1']).stdout) as AuditEntry;
    expect(Object.keys(outside.identity.claim)).toEqual(['user', 'host', 'name']);
  });
});

describe('audit verify', () => {
  it('reports an intact chain with its record count and head', () => {
    const count = box.read('.coffer/vault.json.audit.jsonl').trim().split('\n').length;
    expect(box.run(['audit', 'verify'])).toEqual({ status: 0, stdout: `Audit log intact: ${count} records, head sequence ${count}.\n`, stderr: '' });
  });

  it('names the first edited record and exits 1', () => {
    const edited = new Sandbox();
    try {
      edited.init();
      edited.run(['secret', 'set', 'x', '--value', 'x']);
      edited.run(['secret', 'get', 'x']);
      const path = edited.path('.coffer/vault.json.audit.jsonl');
      const lines = edited.read('.coffer/vault.json.audit.jsonl').split('\n');
      lines[1] = (lines[1] ?? '').replace('"SecretSet"', '"SecretGet"');
      writeFileSync(path, lines.join('\n'));
      expect(edited.run(['audit', 'verify'])).toEqual({
        status: 1, stdout: '', stderr: 'coffer: Audit log broken at line 2 (seq 2): its MAC does not match: the record was edited. (AuditChainBroken)\n',
      });
    } finally {
      edited.cleanup();
    }
  });

  it('names a line that is not JSON, which audit show also refuses to print past', () => {
    const damaged = new Sandbox();
    try {
      damaged.init();
      damaged.run(['secret', 'list']);
      const lines = damaged.read('.coffer/vault.json.audit.jsonl').split('\n');
      lines[0] = `{"canary": ${lines[0] ?? ''}`;
      writeFileSync(damaged.path('.coffer/vault.json.audit.jsonl'), lines.join('\n'));
      expect(damaged.run(['audit', 'verify']).stderr).toBe('coffer: Audit log broken at line 1 (seq unreadable): not a JSON record. (AuditChainBroken)\n');
      expect(damaged.run(['audit', 'show'])).toEqual({
        status: 1, stdout: '', stderr: 'coffer: Audit log line 1 is not a record: the log was modified outside Coffer. (IntegrityError)\n',
      });
    } finally {
      damaged.cleanup();
    }
  });

  it('names a removed record', () => {
    const removed = new Sandbox();
    try {
      removed.init();
      removed.run(['secret', 'list']);
      removed.run(['secret', 'list']);
      const lines = removed.read('.coffer/vault.json.audit.jsonl').split('\n');
      writeFileSync(removed.path('.coffer/vault.json.audit.jsonl'), [lines[0], ...lines.slice(2)].join('\n'));
      expect(removed.run(['audit', 'verify']).stderr)
        .toBe('coffer: Audit log broken at line 2 (seq 3): sequence 3 where 2 was expected: a record was removed or reordered. (AuditChainBroken)\n');
    } finally {
      removed.cleanup();
    }
  });
});

describe('rekey', () => {
  it('generates a new key file (0600), after which only the new key opens the vault', () => {
    const oldKey = box.env.COFFER_KEY ?? '';
    const result = box.run(['rekey', '--new-key-file', 'new.key']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Re-wrapped the data key under the new master key \(key id [0-9a-f]{16}\)\. Keep new\.key; the old key no longer opens this vault file \(old copies of it still open with the old key\)\.\n$/);
    expect(statSync(box.path('new.key')).mode & 0o777).toBe(0o600);
    const newKey = box.read('new.key');
    expect(newKey).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(result.stdout).not.toContain(newKey.trim());
    const old = box.run(['secret', 'get', 'audited']);
    expect(old.status).toBe(1);
    expect(old.stderr).toMatch(/^coffer: The master key \(id [0-9a-f]{16}\) does not open this vault: it was sealed with key id [0-9a-f]{16}\. \(KeyMismatch\)\n$/);
    expect(box.run(['secret', 'get', 'audited', '--key-file', 'new.key'])).toEqual({ status: 0, stdout: 'a', stderr: '' });
    expect(box.run(['audit', 'verify', '--key-file', 'new.key']).status).toBe(0);
    box.env.COFFER_KEY = newKey.trim();
    expect(oldKey).not.toBe(box.env.COFFER_KEY);
  });

  it('uses an existing key file as the new key, under the same 0600 rule', () => {
    const other = new Sandbox();
    try {
      other.run(['init', '--key-file', 'given.key']);
      const given = other.read('given.key');
      const current = box.env.COFFER_KEY ?? '';
      box.writeFile('given-loose.key', given, 0o644);
      expect(box.run(['rekey', '--new-key-file', 'given-loose.key']).stderr).toContain(`Key file '${box.path('given-loose.key')}' has mode 0644`);
      expect(box.env.COFFER_KEY).toBe(current);
      box.writeFile('given.key', given);
      const result = box.run(['rekey', '--new-key-file', 'given.key']);
      expect(result.status).toBe(0);
      expect(box.run(['secret', 'get', 'audited'], { env: { COFFER_KEY: given.trim() } }).stdout).toBe('a');
      box.env.COFFER_KEY = given.trim();
      expect(box.run(['rekey', '--new-key-file', 'given.key'])).toEqual({
        status: 1, stdout: '', stderr: "coffer: The key in 'given.key' is the vault's current master key; nothing was changed. (SameKey)\n",
      });
    } finally {
      other.cleanup();
    }
  });

  it('needs the current key before it writes a new key file', () => {
    const result = box.run(['rekey', '--new-key-file', 'never.key'], { env: { COFFER_KEY: undefined } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('(NoMasterKey)');
    const wrongKey = Buffer.alloc(32, 7).toString('base64');
    expect(box.run(['rekey', '--new-key-file', 'never.key'], { env: { COFFER_KEY: wrongKey } }).stderr).toContain('(KeyMismatch)');
    expect(existsSync(box.path('never.key'))).toBe(false);
    expect(box.run(['rekey']).status).toBe(2);
  });
});
