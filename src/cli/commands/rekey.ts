/**
 * `coffer rekey`: re-wraps the vault's data key under a new master key; no value is re-sealed.
 * A generated key is written and fsynced before the vault changes: if the process dies in
 * between, the vault still opens with the old key and the new key file is merely unused,
 * whereas the other order could leave a vault that no surviving key opens.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { MasterKey } from '../../core/crypto/master-key.js';
import type { Args } from '../args.js';
import { CliError, UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { quotePath, writeNewFile } from '../files.js';
import type { CliIo } from '../io.js';
import { readKeyFile } from '../key-source.js';
import { masterKeyFor, withVault } from '../vault-context.js';

/** The new key: read from PATH if it exists (same 0600 rule as any key file), else made and saved there. */
function newKeyAt(path: string): MasterKey {
  if (existsSync(path)) return readKeyFile(path);
  const key = MasterKey.generate();
  writeNewFile(path, `${key.toBase64()}\n`);
  return key;
}

async function rekey(args: Args, io: CliIo): Promise<void> {
  const given = args.string('new-key-file');
  if (given === undefined) throw new UsageError('\'coffer rekey\' needs --new-key-file PATH.', 'rekey');
  const oldKey = masterKeyFor(args, io);
  await withVault(args, io, async (vault) => {
    // Opening the vault first proves the old key before any new key file is made.
    const newKey = newKeyAt(resolve(io.cwd, given));
    if (newKey.id === oldKey.id) throw new CliError('SameKey', `The key in ${quotePath(given)} is the vault's current master key; nothing was changed.`);
    await vault.rekey(newKey);
    io.writeOut(`Re-wrapped the data key under the new master key (key id ${newKey.id}). Keep ${given}; the old key no longer opens this vault file (old copies of it still open with the old key).\n`);
  }, oldKey);
}

export const rekeyCommand: Command = {
  name: 'rekey',
  synopsis: 'rekey --new-key-file PATH',
  summary: 'Put the vault under a new master key (re-wraps the data key only).',
  details: ['--new-key-file PATH   the new key: read from PATH if it exists (mode 0600), else generated and written there (0600)'],
  options: { 'new-key-file': { type: 'string' } },
  positionals: [],
  run: rekey,
};
