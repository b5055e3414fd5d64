/**
 * The reading commands: `secret get` (the one command that prints a value), `secret list`,
 * `secret versions` and `secret deleted` (properties only, as a table or as JSON).
 */
import type { Args } from '../args.js';
import type { Command } from '../command.js';
import { bundleJson, deletedJson, deletedTable, propertiesJson, propertiesTable, renderJson, validityWarning } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';

/**
 * Prints the value exactly as stored, so that `$(coffer secret get x)` and `> file` round-trip
 * byte for byte; only a terminal gets a newline, for the prompt's sake.
 */
async function getSecret(args: Args, io: CliIo): Promise<void> {
  const secret = await withVault(args, io, (vault) => vault.getSecret(args.positional(0), args.string('version')));
  // Azure serves expired and not-yet-valid versions; the caller should at least hear about it.
  const warning = validityWarning(secret.properties, io.now());
  if (warning !== undefined) io.writeErr(`coffer: warning: ${warning}\n`);
  if (args.flag('json')) {
    io.writeOut(renderJson(bundleJson(secret)));
    return;
  }
  io.writeOut(io.stdoutIsTTY ? `${secret.value}\n` : secret.value);
}

async function listSecrets(args: Args, io: CliIo): Promise<void> {
  const list = await withVault(args, io, (vault) => vault.listPropertiesOfSecrets());
  io.writeOut(args.flag('json') ? renderJson(list.map(propertiesJson)) : propertiesTable(list, io.now(), 'No secrets.'));
}

async function listVersions(args: Args, io: CliIo): Promise<void> {
  const list = await withVault(args, io, (vault) => vault.listPropertiesOfSecretVersions(args.positional(0)));
  io.writeOut(args.flag('json') ? renderJson(list.map(propertiesJson)) : propertiesTable(list, io.now(), 'No versions.'));
}

async function listDeleted(args: Args, io: CliIo): Promise<void> {
  const list = await withVault(args, io, (vault) => vault.listDeletedSecrets());
  io.writeOut(args.flag('json') ? renderJson(list.map(deletedJson)) : deletedTable(list, io.now()));
}

const JSON_OPTION = { json: { type: 'boolean' } } as const;

export const secretGetCommand: Command = {
  name: 'secret get',
  synopsis: 'secret get NAME [--version V] [--json]',
  summary: 'Print a secret\'s value (the latest version unless --version).',
  details: [
    '--version V           the version to read (default: the latest)',
    '--json                print the whole bundle, value and properties, as JSON',
  ],
  options: { ...JSON_OPTION, version: { type: 'string' } },
  positionals: ['NAME'],
  run: getSecret,
};

export const secretListCommand: Command = {
  name: 'secret list',
  synopsis: 'secret list [--json]',
  summary: 'List secrets: the latest version\'s properties of each, no values.',
  details: ['--json                print a JSON array of properties'],
  options: JSON_OPTION,
  positionals: [],
  run: listSecrets,
};

export const secretVersionsCommand: Command = {
  name: 'secret versions',
  synopsis: 'secret versions NAME [--json]',
  summary: 'List every version of a secret, oldest first, no values.',
  details: ['--json                print a JSON array of properties'],
  options: JSON_OPTION,
  positionals: ['NAME'],
  run: listVersions,
};

export const secretDeletedCommand: Command = {
  name: 'secret deleted',
  synopsis: 'secret deleted [--json]',
  summary: 'List deleted secrets that can still be recovered or purged.',
  details: ['--json                print a JSON array of deleted secrets'],
  options: JSON_OPTION,
  positionals: [],
  run: listDeleted,
};
