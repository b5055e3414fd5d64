import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandLine } from '../../src/cli/args.js';
import type { Command } from '../../src/cli/command.js';
import type { CliIo } from '../../src/cli/io.js';
import { roleAssignCommand, roleListCommand, roleRemoveCommand } from '../../src/cli/commands/role.js';
import { parseTtl, tokenCreateCommand, tokenRevokeCommand } from '../../src/cli/commands/token.js';
import { principal } from '../../src/core/access/principal.js';
import { MasterKey } from '../../src/core/crypto/master-key.js';
import { inlineKeyExecutor } from '../../src/core/crypto/key-executor.js';
import { openDataDir } from '../../src/server/data-dir.js';
import { AccessFile } from '../../src/server/auth/access-file.js';
import { vaultTokenAudience, verifyVaultToken } from '../../src/server/auth/vault-token.js';
import type { AuditRecord } from '../../src/core/audit/record.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');

describe('coffer role and coffer token', () => {
  let cwd: string;
  let key: MasterKey;
  let out: string;
  let err: string;
  const io = (): CliIo => ({
    env: { COFFER_KEY: key.toBase64() }, cwd, stdoutIsTTY: false, stdinIsTTY: false,
    readStdin: () => Promise.resolve(Buffer.alloc(0)),
    writeOut: (text) => { out += text; }, writeOutBytes: () => undefined, writeErr: (text) => { err += text; }, now: () => NOW,
  });
  const run = async (command: Command, argv: string[]): Promise<string> => {
    out = '';
    err = '';
    await command.run(parseCommandLine(argv, command.options, command.positionals, command.name), io());
    return out;
  };
  const open = () => openDataDir('.coffer/server', { masterKey: key, principal: principal('test'), cwd, keyExecutor: inlineKeyExecutor });
  const audit = async (): Promise<AuditRecord[]> => {
    const dataDir = await open();
    const records: AuditRecord[] = [];
    for await (const record of dataDir.vault.readAudit()) records.push(record);
    await dataDir.close();
    return records;
  };

  beforeEach(async () => {
    cwd = mkdtempSync(join(tmpdir(), 'coffer-role-'));
    key = MasterKey.generate();
    const dataDir = await openDataDir('.coffer/server', { masterKey: key, principal: principal('test'), cwd, create: true, keyExecutor: inlineKeyExecutor });
    await dataDir.close();
  });
  afterEach(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  it('assigns, lists and removes role assignments, warning about name-only bindings, auditing each', async () => {
    const id = (await run(roleAssignCommand, ['--role', 'Secrets User', '--scope', '/secrets/app-*', '--repository', 'org/app', '--allow-event', 'workflow_run'])).trim();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(err).toContain('coffer: warning: The assignment binds on names only');
    expect(err).toContain('coffer: warning: The assignment lets workflow_run runs use Secrets User');
    const listed = JSON.parse(await run(roleListCommand, ['--json'])) as unknown[];
    expect(listed).toEqual([{ id, principal: { repository: 'org/app' }, role: 'Secrets User', scope: '/secrets/app-*', allow: { events: ['workflow_run'] }, created: NOW.toISOString() }]);
    expect(await run(roleListCommand, [])).toContain(`${id}  Secrets User  /secrets/app-*  repository=org/app  workflow_run`);
    await expect(run(roleAssignCommand, ['--role', 'Reader', '--ref', 'refs/heads/main'])).rejects.toThrow('names no repository, owner or principal (only ref)');
    expect(await run(roleRemoveCommand, [id])).toBe(`Removed ${id} (Secrets User on /secrets/app-*).\n`);
    expect(await run(roleListCommand, [])).toBe('No role assignments.\n');
    expect((await audit()).slice(-3).map((r) => [r.operationName, r.resultType])).toEqual([
      ['RoleAssignmentCreate', 'Success'], ['RoleAssignmentCreate', 'Failure'], ['RoleAssignmentDelete', 'Success'],
    ]);
  });

  it('creates a token the server accepts, audits its id but never the token, and revokes it', async () => {
    const minted = JSON.parse(await run(tokenCreateCommand, ['--principal', 'deploy-bot', '--role', 'Reader', '--ttl', '1h', '--json'])) as { token: string; jti: string; expires: string };
    expect(minted.expires).toBe(new Date(NOW.getTime() + 3_600_000).toISOString());
    const dataDir = await open();
    const grant = await verifyVaultToken(minted.token, dataDir.tokenKey, vaultTokenAudience(dataDir.vault.vaultId), NOW);
    await dataDir.close();
    expect(grant).toMatchObject({ principal: 'deploy-bot', role: 'Reader', scope: '/', jti: minted.jti });
    expect(await run(tokenRevokeCommand, [minted.jti])).toBe(`Revoked ${minted.jti} until 2026-03-02T12:01:00.000Z.\n`);
    const reopened = await open();
    expect(AccessFile.load(reopened.paths.access, reopened.accessMacKey, { clock: () => NOW }).isRevoked(minted.jti)).toBe(true);
    await reopened.close();
    const records = await audit();
    expect(records.slice(-2).map((r) => r.operationName)).toEqual(['TokenCreate', 'TokenRevoke']);
    expect(JSON.stringify(records)).not.toContain(minted.token.split('.')[2]);
    await expect(run(tokenCreateCommand, ['--principal', 'x', '--role', 'Reader', '--ttl', '25h'])).rejects.toThrow("Invalid token lifetime '90000'");
  });

  it('reads durations', () => {
    expect([parseTtl('15m'), parseTtl('2h'), parseTtl('900s'), parseTtl('60')]).toEqual([900, 7200, 900, 60]);
    expect(() => parseTtl('1d')).toThrow("Invalid --ttl '1d': expected a duration such as 15m, 2h or 900s (at most 24h).");
  });
});
