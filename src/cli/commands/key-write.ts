/**
 * `coffer key create`, `key import` and `key update`: a new key (or a new version of one)
 * made in the vault or taken from a JWK or PEM file, and new properties for a version. An
 * imported file holds private key material: it is read once, handed to the vault, and never
 * quoted — the core's refusals name fields and sizes, not values.
 */
import { resolve } from 'node:path';
import type { UpdateKeyOptions } from '../../core/model.js';
import type { KeyMaterial } from '../../core/vault.js';
import { parseBoolean, parseTags, type Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { decodeUtf8, readSmallFile } from '../files.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { vaultKeyJson } from './key-format.js';
import { createOptions, parseDateOrNone, parseKeySpec, parseOperations } from './key-options.js';

/** A JWK or PEM private key is a few KiB; the vault refuses more than 64 KiB of either. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

async function createKey(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const spec = parseKeySpec(args, 'key create');
  const options = createOptions(args, 'key create');
  const key = await withVault(args, io, (vault) => vault.createKey(name, spec, options));
  io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Created key ${key.name} version ${key.properties.version}\n`);
}

function keyMaterial(args: Args, io: CliIo): KeyMaterial {
  const jwk = args.string('jwk');
  const pem = args.string('pem');
  if ((jwk === undefined) === (pem === undefined)) throw new UsageError('Give the key with --jwk FILE or --pem FILE (one of them).', 'key import');
  const path = resolve(io.cwd, jwk ?? pem ?? '');
  const text = decodeUtf8(readSmallFile(path, MAX_KEY_FILE_BYTES, 'Key file'), 'The key file');
  return jwk === undefined ? { pem: text } : { jwk: text };
}

async function importKey(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const options = createOptions(args, 'key import');
  const material = keyMaterial(args, io);
  const key = await withVault(args, io, (vault) => vault.importKey(name, material, options));
  io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Imported key ${key.name} version ${key.properties.version}\n`);
}

function updateOptions(args: Args): UpdateKeyOptions {
  const command = 'key update';
  const enabled = args.string('enabled');
  const expires = args.string('expires');
  const notBefore = args.string('not-before');
  const ops = args.string('ops');
  const tags = args.strings('tag');
  return {
    ...(enabled === undefined ? {} : { enabled: parseBoolean(enabled, '--enabled', command) }),
    ...(expires === undefined ? {} : { expiresOn: parseDateOrNone(expires, '--expires', command) }),
    ...(notBefore === undefined ? {} : { notBefore: parseDateOrNone(notBefore, '--not-before', command) }),
    ...(ops === undefined ? {} : { keyOperations: parseOperations(ops, command) }),
    ...(tags.length === 0 ? {} : { tags: parseTags(tags, command) }),
  };
}

async function updateKey(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const options = updateOptions(args);
  if (Object.keys(options).length === 0) {
    throw new UsageError('Nothing to update: give --enabled, --expires, --not-before, --ops or --tag.', 'key update');
  }
  const key = await withVault(args, io, (vault) => vault.updateKeyProperties(name, args.string('version'), options));
  io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Updated key ${key.name} version ${key.properties.version}\n`);
}

const NEW_KEY_OPTIONS = {
  ops: { type: 'string' },
  exportable: { type: 'boolean' },
  disabled: { type: 'boolean' },
  expires: { type: 'string' },
  'not-before': { type: 'string' },
  tag: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

const OPS_DETAIL = '--ops LIST            permitted operations, comma-separated: sign, verify, encrypt, decrypt, wrapKey, unwrapKey';

const NEW_KEY_DETAILS = [
  OPS_DETAIL,
  '                      (default: RSA all six; EC sign,verify; oct encrypt,decrypt,wrapKey,unwrapKey)',
  '--exportable          mark the key exportable (its private key may leave the vault later)',
  '--disabled            store the version disabled (it cannot be used until enabled)',
  '--expires ISO         expiry date, ISO 8601 (2026-01-31 or 2026-01-31T12:00:00Z)',
  '--not-before ISO      date before which the version cannot be used, ISO 8601',
  '--tag K=V             a tag; repeat for more (at most 15)',
  '--json                print the key (public parts only) as JSON',
];

export const keyCreateCommand: Command = {
  name: 'key create',
  synopsis: 'key create NAME --kty RSA|EC|oct [--size N] [--curve C] [--ops LIST] [--exportable] [--disabled] [--expires ISO] [--not-before ISO] [--tag K=V]... [--json]',
  summary: 'Generate a new key (or a new version of one) inside the vault.',
  details: [
    '--kty RSA|EC|oct      the key type',
    '--size N              RSA: 2048 (default), 3072 or 4096 bits; oct: 128, 192 or 256 (default) bits',
    '--curve C             EC: P-256 (default), P-384, P-521 or P-256K',
    ...NEW_KEY_DETAILS,
  ],
  options: { ...NEW_KEY_OPTIONS, kty: { type: 'string' }, size: { type: 'string' }, curve: { type: 'string' } },
  positionals: ['NAME'],
  run: createKey,
};

export const keyImportCommand: Command = {
  name: 'key import',
  synopsis: 'key import NAME (--jwk FILE | --pem FILE) [--ops LIST] [--exportable] [--disabled] [--expires ISO] [--not-before ISO] [--tag K=V]... [--json]',
  summary: 'Import a private key made elsewhere (JWK or unencrypted PEM) as a new key version.',
  details: [
    '--jwk FILE            a private JWK (RSA with all CRT parts, EC, or oct), at most 64 KiB',
    '--pem FILE            an unencrypted PEM private key (PKCS#8, PKCS#1 or SEC1), at most 64 KiB',
    ...NEW_KEY_DETAILS,
  ],
  options: { ...NEW_KEY_OPTIONS, jwk: { type: 'string' }, pem: { type: 'string' } },
  positionals: ['NAME'],
  run: importKey,
};

export const keyUpdateCommand: Command = {
  name: 'key update',
  synopsis: 'key update NAME [--version V] [--enabled true|false] [--expires ISO|none] [--not-before ISO|none] [--ops LIST] [--tag K=V]... [--json]',
  summary: 'Change the properties of a key version (the latest unless --version); never its material.',
  details: [
    '--version V           the version to change (default: the latest)',
    '--enabled true|false  enable or disable the version',
    '--expires ISO|none    new expiry date, ISO 8601; none removes it',
    '--not-before ISO|none new not-before date, ISO 8601; none removes it',
    OPS_DETAIL,
    '--tag K=V             replaces all of the version\'s tags; repeat for more',
    '--json                print the key (public parts only) as JSON',
  ],
  options: {
    version: { type: 'string' }, enabled: { type: 'string' }, expires: { type: 'string' }, 'not-before': { type: 'string' },
    ops: { type: 'string' }, tag: { type: 'string', multiple: true }, json: { type: 'boolean' },
  },
  positionals: ['NAME'],
  run: updateKey,
};
