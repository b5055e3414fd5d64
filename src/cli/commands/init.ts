/**
 * `coffer init`: a new vault under a new master key. The key exists nowhere else, so it is
 * either written to --key-file (exclusively, 0600, fsynced) before the vault is created, or
 * printed once on stdout after it is — and never both, and never on stderr.
 */
import { existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createVault, parseLocation } from '../../open-vault.js';
import { fsyncDirectory } from '../../core/store/durable-file.js';
import { MasterKey } from '../../core/crypto/master-key.js';
import { VaultError, isVaultError, quote } from '../../core/errors.js';
import { LIMITS } from '../../core/names.js';
import { parseInteger, type Args } from '../args.js';
import { CliError, UsageError, errnoOf } from '../cli-error.js';
import { callerPrincipal } from '../../caller.js';
import type { Command } from '../command.js';
import { quotePath, writeNewFile } from '../files.js';
import type { CliIo } from '../io.js';
import { givenLocation } from '../vault-context.js';

interface InitSettings {
  readonly vaultPath: string;
  /** What createVault is given: the path, or `sqlite:` and the path. */
  readonly location: string;
  /** Where to write the new key; undefined prints it instead. */
  readonly keyFile: string | undefined;
  readonly recoverableDays: number;
}

function initSettings(args: Args, io: CliIo): InitSettings {
  const where = givenLocation(args, io);
  const location = parseLocation(where, io.cwd);
  if (location.kind === 'https') {
    throw new VaultError('BadParameter', `coffer init creates local vaults: ${quote(where)} is not a file path or sqlite:PATH.`);
  }
  const days = args.string('retention-days');
  const given = args.string('key-file');
  const keyFile = given === undefined ? undefined : resolve(io.cwd, given);
  if (keyFile === location.path) throw new UsageError('--key-file must not be the vault file itself.', 'init');
  return {
    vaultPath: location.path,
    location: location.kind === 'sqlite' ? `sqlite:${location.path}` : location.path,
    keyFile,
    recoverableDays: days === undefined
      ? LIMITS.defaultRecoverableDays
      : parseInteger(days, '--retention-days', { min: LIMITS.minRecoverableDays, max: LIMITS.maxRecoverableDays }, 'init'),
  };
}

async function init(args: Args, io: CliIo): Promise<void> {
  const settings = initSettings(args, io);
  if (existsSync(settings.vaultPath)) {
    throw new VaultError('Conflict', `A vault already exists at ${quotePath(settings.vaultPath)}; it was left unchanged.`);
  }
  makeFolder(dirname(settings.vaultPath));
  const key = MasterKey.generate();
  if (settings.keyFile !== undefined) writeNewFile(settings.keyFile, `${key.toBase64()}\n`);
  try {
    const vault = await createVault(settings.location, { masterKey: key, principal: callerPrincipal(io.env), recoverableDays: settings.recoverableDays });
    await vault.close();
  } catch (error) {
    // Another init won the race: this key opens nothing, so it must not be left to look valid.
    if (settings.keyFile !== undefined && isVaultError(error) && error.code === 'Conflict') unlinkSync(settings.keyFile);
    throw error;
  }
  report(settings, key, io);
}

/** Creates the vault's folder; each new folder's entry is fsynced, so the vault cannot vanish with it on power loss. */
function makeFolder(folder: string): void {
  try {
    const first = mkdirSync(folder, { recursive: true, mode: 0o700 });
    for (let made = first === undefined ? undefined : folder; made !== undefined; made = made === first ? undefined : dirname(made)) {
      fsyncDirectory(dirname(made));
    }
  } catch (error) {
    throw new CliError('FileUnwritable', `Could not create the folder ${quotePath(folder)} (${errnoOf(error) ?? 'error'}).`);
  }
}

function report(settings: InitSettings, key: MasterKey, io: CliIo): void {
  if (settings.keyFile !== undefined) {
    io.writeOut(`Created vault ${settings.vaultPath} (key id ${key.id}); the master key is in ${settings.keyFile} (mode 0600).\n`);
    return;
  }
  io.writeOut(`${key.toBase64()}\n`);
  io.writeErr(`coffer: Created vault ${settings.vaultPath} (key id ${key.id}).\n`
    + 'coffer: Its master key was printed on stdout and is shown only this once: store it now, e.g. as the GitHub secret COFFER_KEY;'
    + ' give it to coffer in COFFER_KEY, or in a key file (mode 0600) named by --key-file or COFFER_KEY_FILE.\n');
}

export const initCommand: Command = {
  name: 'init',
  synopsis: 'init [--vault PATH] [--key-file PATH] [--retention-days N]',
  summary: 'Create a new vault and its master key.',
  details: [
    '--key-file PATH       write the new key to PATH (created, mode 0600) instead of printing it',
    '--retention-days N    days a deleted secret stays recoverable, 7-90 (default 90)',
  ],
  options: { 'retention-days': { type: 'string' } },
  positionals: [],
  run: init,
};
