/**
 * Key rotation from the command line: `key rotate` makes a new version now; `key
 * rotation-policy get|set` reads or writes the policy (Azure's wire shape, in a file); `key
 * rotate-if-due` runs the policy once — the step a scheduled pipeline calls — and prints one
 * word, `rotated`, `notify` or `not-due`, for the pipeline to branch on.
 */
import { resolve } from 'node:path';
import { BadParameterError } from '../../core/errors.js';
import { rotationPolicyWire } from '../../core/key-rotation.js';
import type { Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { decodeUtf8, readSmallFile } from '../files.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { rotationPolicyText, vaultKeyJson } from './key-format.js';

/** A policy is two actions and an expiry: a few hundred bytes. */
const MAX_POLICY_BYTES = 64 * 1024;

async function rotateKey(args: Args, io: CliIo): Promise<void> {
  const key = await withVault(args, io, (vault) => vault.rotateKey(args.positional(0)));
  io.writeOut(args.flag('json') ? renderJson(vaultKeyJson(key)) : `Rotated key ${key.name}: new version ${key.properties.version}\n`);
}

function readPolicy(path: string): unknown {
  const text = decodeUtf8(readSmallFile(path, MAX_POLICY_BYTES, 'Policy file'), 'The policy file');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the text; ours names the file's role only.
    throw new BadParameterError('The policy file is not valid JSON: expected {"lifetimeActions": [...], "attributes": {"expiryTime": "P2Y"}}.');
  }
}

async function rotationPolicy(args: Args, io: CliIo): Promise<void> {
  const command = 'key rotation-policy';
  const action = args.positional(0);
  const name = args.positional(1);
  const file = args.string('file');
  if (action === 'get') {
    if (file !== undefined) throw new UsageError('--file is for \'rotation-policy set\'.', command);
    const policy = await withVault(args, io, (vault) => vault.getKeyRotationPolicy(name));
    io.writeOut(args.flag('json') ? renderJson(rotationPolicyWire(policy)) : rotationPolicyText(name, policy));
    return;
  }
  // The word is not echoed: it may be a value typed in the wrong place.
  if (action !== 'set') throw new UsageError(`'coffer ${command}' takes get or set, then NAME.`, command);
  if (file === undefined) throw new UsageError(`'coffer ${command} set' needs --file POLICY.json.`, command);
  const wire = readPolicy(resolve(io.cwd, file));
  const policy = await withVault(args, io, (vault) => vault.updateKeyRotationPolicy(name, wire));
  io.writeOut(args.flag('json') ? renderJson(rotationPolicyWire(policy)) : `Set the rotation policy of key ${name}.\n`);
}

async function rotateIfDue(args: Args, io: CliIo): Promise<void> {
  const outcome = await withVault(args, io, (vault) => vault.rotateKeyIfDue(args.positional(0)));
  if (args.flag('json')) {
    io.writeOut(renderJson({ name: outcome.name, result: outcome.result, reason: outcome.reason ?? null, key: vaultKeyJson(outcome.key) }));
    return;
  }
  io.writeOut(`${outcome.result}\n`);
  const version = outcome.key.properties.version;
  const because = outcome.reason === undefined ? '' : ` (${outcome.reason})`;
  if (outcome.result === 'rotated') io.writeErr(`coffer: Rotated key ${outcome.name}: new version ${version}${because}.\n`);
  if (outcome.result === 'notify') io.writeErr(`coffer: Key ${outcome.name} version ${version} is due for attention${because}.\n`);
}

const JSON_DETAIL = '--json                print the key (public parts only) as JSON';

export const keyRotateCommand: Command = {
  name: 'key rotate',
  synopsis: 'key rotate NAME [--json]',
  summary: 'Make a new version of a key now, with the latest one\'s type, size or curve, operations and tags.',
  details: [JSON_DETAIL],
  options: { json: { type: 'boolean' } },
  positionals: ['NAME'],
  run: rotateKey,
};

export const keyRotationPolicyCommand: Command = {
  name: 'key rotation-policy',
  synopsis: 'key rotation-policy get|set NAME [--file POLICY.json] [--json]',
  summary: 'Show a key\'s rotation policy, or set it from a JSON file.',
  details: [
    'get NAME              show the policy (Azure\'s default, notify 30 days before expiry, if none was set)',
    'set NAME --file F     set the policy from F, in Key Vault\'s shape:',
    '                      {"lifetimeActions": [{"trigger": {"timeAfterCreate": "P90D"}, "action": {"type": "Rotate"}},',
    '                                           {"trigger": {"timeBeforeExpiry": "P30D"}, "action": {"type": "Notify"}}],',
    '                       "attributes": {"expiryTime": "P1Y"}}',
    '--json                print the policy in that shape (what set --file takes)',
  ],
  options: { file: { type: 'string' }, json: { type: 'boolean' } },
  positionals: ['get|set', 'NAME'],
  run: rotationPolicy,
};

export const keyRotateIfDueCommand: Command = {
  name: 'key rotate-if-due',
  synopsis: 'key rotate-if-due NAME [--json]',
  summary: 'Apply the rotation policy now: print rotated, notify or not-due (details on stderr).',
  details: ['--json                print {name, result, reason, key} as JSON'],
  options: { json: { type: 'boolean' } },
  positionals: ['NAME'],
  run: rotateIfDue,
};
