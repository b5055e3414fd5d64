/**
 * `coffer secret set` and `coffer secret update`: a new version with its value, or new
 * properties for an existing version. The value arrives from a file or stdin by preference;
 * `--value` works but leaks into shell history and the process list, so it draws a warning
 * (which, like every message here, never contains the value).
 */
import { resolve } from 'node:path';
import { LIMITS } from '../../core/names.js';
import type { SetSecretOptions, UpdateSecretOptions } from '../../core/model.js';
import { parseBoolean, parseIsoDate, parseTags, type Args } from '../args.js';
import { CliError, UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { decodeUtf8, readSmallFile } from '../files.js';
import { propertiesJson, renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';

type ValueSource = { readonly kind: 'inline'; readonly value: string } | { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' };

/** The options set and update share, parsed; undefined where not given. */
function propertyOptions(args: Args, command: string): SetSecretOptions {
  const expires = args.string('expires');
  const notBefore = args.string('not-before');
  const contentType = args.string('content-type');
  const tags = args.strings('tag');
  return {
    ...(expires === undefined ? {} : { expiresOn: parseIsoDate(expires, '--expires', command) }),
    ...(notBefore === undefined ? {} : { notBefore: parseIsoDate(notBefore, '--not-before', command) }),
    ...(contentType === undefined ? {} : { contentType }),
    ...(tags.length === 0 ? {} : { tags: parseTags(tags, command) }),
  };
}

function valueSource(args: Args, io: CliIo): ValueSource {
  const inline = args.string('value');
  const file = args.string('file');
  if (inline !== undefined && file !== undefined) throw new UsageError('Give the value with --value or --file, not both.', 'secret set');
  if (file !== undefined) return { kind: 'file', path: resolve(io.cwd, file) };
  return inline === undefined ? { kind: 'stdin' } : { kind: 'inline', value: inline };
}

async function readValue(source: ValueSource, io: CliIo): Promise<string> {
  const max = LIMITS.secretValueBytes;
  switch (source.kind) {
    case 'inline':
      io.writeErr('coffer: warning: a value given with --value can leak into shell history and process lists; prefer --file F or stdin.\n');
      return source.value;
    case 'file':
      return decodeUtf8(readSmallFile(source.path, max, 'Value file'), 'The value file');
    case 'stdin': {
      if (io.stdinIsTTY) io.writeErr('coffer: reading the value from stdin; end it with Ctrl-D (it is stored exactly, newline included).\n');
      const bytes = await io.readStdin(max);
      if (bytes.length > max) throw new CliError('TooLarge', `The value on stdin is more than ${max} bytes (25 KiB), the limit for a secret value.`);
      // An empty stdin is more often a forgotten pipe (CI gives /dev/null) than an intended empty value.
      if (bytes.length === 0) io.writeErr('coffer: warning: the value read from stdin is empty.\n');
      return decodeUtf8(bytes, 'The value on stdin');
    }
  }
}

async function setSecret(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const options: SetSecretOptions = { ...propertyOptions(args, 'secret set'), ...(args.flag('disabled') ? { enabled: false } : {}) };
  const source = valueSource(args, io);
  const value = await readValue(source, io);
  const secret = await withVault(args, io, (vault) => vault.setSecret(name, value, options));
  const p = secret.properties;
  io.writeOut(args.flag('json') ? renderJson(propertiesJson(p)) : `Set secret ${p.name} version ${p.version}\n`);
}

async function updateSecret(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const enabled = args.string('enabled');
  const options: UpdateSecretOptions = {
    ...propertyOptions(args, 'secret update'),
    ...(enabled === undefined ? {} : { enabled: parseBoolean(enabled, '--enabled', 'secret update') }),
  };
  if (Object.keys(options).length === 0) {
    throw new UsageError('Nothing to update: give --enabled, --expires, --not-before, --content-type or --tag.', 'secret update');
  }
  const p = await withVault(args, io, (vault) => vault.updateSecretProperties(name, args.string('version'), options));
  io.writeOut(args.flag('json') ? renderJson(propertiesJson(p)) : `Updated secret ${p.name} version ${p.version}\n`);
}

const PROPERTY_OPTIONS = {
  'content-type': { type: 'string' },
  expires: { type: 'string' },
  'not-before': { type: 'string' },
  tag: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

const PROPERTY_DETAILS = [
  '--content-type T      a MIME type or any hint of what the value is (at most 255 characters)',
  '--expires ISO         expiry date, ISO 8601 (2026-01-31 or 2026-01-31T12:00:00Z)',
  '--not-before ISO      date before which the version is not yet valid, ISO 8601',
  '--tag K=V             a tag; repeat for more (at most 15)',
  '--json                print the version\'s properties as JSON',
];

export const secretSetCommand: Command = {
  name: 'secret set',
  synopsis: 'secret set NAME [--value V | --file F | stdin] [--content-type T] [--expires ISO] [--not-before ISO] [--tag K=V]... [--disabled] [--json]',
  summary: 'Store a new version of a secret.',
  details: [
    '--file F              read the value from file F, byte for byte (UTF-8, at most 25 KiB)',
    '--value V             the value itself (discouraged: it leaks into shell history and ps)',
    '                      without --file or --value the value is read from stdin, verbatim',
    ...PROPERTY_DETAILS,
    '--disabled            store the version disabled (it is not served until enabled)',
  ],
  options: { ...PROPERTY_OPTIONS, value: { type: 'string' }, file: { type: 'string' }, disabled: { type: 'boolean' } },
  positionals: ['NAME'],
  run: setSecret,
};

export const secretUpdateCommand: Command = {
  name: 'secret update',
  synopsis: 'secret update NAME [--version V] [--enabled true|false] [--expires ISO] [--not-before ISO] [--content-type T] [--tag K=V]... [--json]',
  summary: 'Change the properties of a version (the latest unless --version); never the value.',
  details: [
    '--version V           the version to change (default: the latest)',
    '--enabled true|false  enable or disable the version',
    ...PROPERTY_DETAILS.map((line) => (line.startsWith('--tag') ? '--tag K=V             replaces all of the version\'s tags; repeat for more' : line)),
  ],
  options: { ...PROPERTY_OPTIONS, version: { type: 'string' }, enabled: { type: 'string' } },
  positionals: ['NAME'],
  run: updateSecret,
};
