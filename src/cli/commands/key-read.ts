/**
 * The reading commands: `key get` (a key's properties and its public key, as a JWK or an SPKI
 * PEM), `key list`, `key versions` and `key deleted`. The vault hands out public parts only,
 * so none of these can print private key material.
 */
import { BadParameterError, quote } from '../../core/errors.js';
import { publicKeyPem } from '../../core/crypto/key-material.js';
import type { VaultKey } from '../../core/model.js';
import type { Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { deletedKeyJson, deletedKeysTable, keyDetails, keyPropertiesJson, keyPropertiesTable, publicJwkJson, vaultKeyJson } from './key-format.js';

type KeyFormat = 'jwk' | 'pem';

function formatOf(args: Args): KeyFormat | undefined {
  const format = args.string('format');
  if (format === undefined) return undefined;
  if (format !== 'jwk' && format !== 'pem') throw new UsageError(`Invalid --format ${quote(format)}: expected jwk or pem.`, 'key get');
  if (args.flag('json')) throw new UsageError('Give --json or --format, not both.', 'key get');
  return format;
}

/** The SPKI PEM that openssl reads with -pubin; a symmetric key has no public half. */
function pemOf(key: VaultKey): string {
  if (key.keyType === 'oct') {
    throw new BadParameterError(`Key ${quote(key.name)} is an oct (symmetric) key: it has no public key, so there is no PEM to print.`);
  }
  return publicKeyPem(key.key);
}

async function getKey(args: Args, io: CliIo): Promise<void> {
  const format = formatOf(args);
  const key = await withVault(args, io, (vault) => vault.getKey(args.positional(0), args.string('version')));
  if (args.flag('json')) {
    io.writeOut(renderJson(vaultKeyJson(key)));
    return;
  }
  if (format === 'pem') {
    io.writeOut(pemOf(key));
    return;
  }
  const jwk = renderJson(publicJwkJson(key.key));
  io.writeOut(format === 'jwk' ? jwk : keyDetails(key, io.now(), jwk));
}

async function listKeys(args: Args, io: CliIo): Promise<void> {
  const list = await withVault(args, io, (vault) => vault.listPropertiesOfKeys());
  io.writeOut(args.flag('json') ? renderJson(list.map(keyPropertiesJson)) : keyPropertiesTable(list, io.now(), 'No keys.'));
}

async function listVersions(args: Args, io: CliIo): Promise<void> {
  const list = await withVault(args, io, (vault) => vault.listPropertiesOfKeyVersions(args.positional(0)));
  io.writeOut(args.flag('json') ? renderJson(list.map(keyPropertiesJson)) : keyPropertiesTable(list, io.now(), 'No versions.'));
}

async function listDeleted(args: Args, io: CliIo): Promise<void> {
  const name = args.string('name');
  if (name !== undefined) {
    const deleted = await withVault(args, io, (vault) => vault.getDeletedKey(name));
    io.writeOut(args.flag('json') ? renderJson(deletedKeyJson(deleted)) : deletedKeysTable([deleted], io.now()));
    return;
  }
  const list = await withVault(args, io, (vault) => vault.listDeletedKeys());
  io.writeOut(args.flag('json') ? renderJson(list.map(deletedKeyJson)) : deletedKeysTable(list, io.now()));
}

const JSON_OPTION = { json: { type: 'boolean' } } as const;

export const keyGetCommand: Command = {
  name: 'key get',
  synopsis: 'key get NAME [--version V] [--format jwk|pem | --json]',
  summary: 'Show a key version (the latest unless --version): its properties and public key, never private parts.',
  details: [
    '--version V           the version to show (default: the latest)',
    '--format jwk          print only the public key, as a JWK (RSA n, e; EC crv, x, y)',
    '--format pem          print only the public key, as SPKI PEM for openssl -pubin (not for oct keys)',
    '                      without --format: the properties, then the public JWK',
    '--json                print the key as JSON: name, keyType, keyOperations, key, keySize, curve, properties',
  ],
  options: { ...JSON_OPTION, version: { type: 'string' }, format: { type: 'string' } },
  positionals: ['NAME'],
  run: getKey,
};

export const keyListCommand: Command = {
  name: 'key list',
  synopsis: 'key list [--json]',
  summary: 'List keys: the latest version\'s properties of each.',
  details: ['--json                print a JSON array of properties'],
  options: JSON_OPTION,
  positionals: [],
  run: listKeys,
};

export const keyVersionsCommand: Command = {
  name: 'key versions',
  synopsis: 'key versions NAME [--json]',
  summary: 'List every version of a key, oldest first.',
  details: ['--json                print a JSON array of properties'],
  options: JSON_OPTION,
  positionals: ['NAME'],
  run: listVersions,
};

export const keyDeletedCommand: Command = {
  name: 'key deleted',
  synopsis: 'key deleted [--name NAME] [--json]',
  summary: 'List deleted keys that can still be recovered or purged, or show one.',
  details: [
    '--name NAME           show only the deleted key NAME (exit 1 if there is none)',
    '--json                print a JSON array of deleted keys (with --name: one object)',
  ],
  options: { ...JSON_OPTION, name: { type: 'string' } },
  positionals: [],
  run: listDeleted,
};
