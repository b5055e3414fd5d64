/**
 * Help and usage text. Help goes to stdout with exit 0; a usage error prints its problem and
 * the relevant synopsis to stderr with exit 2.
 */
import type { Command } from './command.js';
import { VERSION } from './version.js';

const COMMON = [
  'Options every command accepts:',
  '  --vault PATH          the vault file (default: $COFFER_VAULT, else .coffer/vault.json)',
  '  --key-file PATH       a file holding the master key (mode 0600); for init, where to write it',
  '  -h, --help            show help',
];

const ENVIRONMENT = [
  'Environment:',
  '  COFFER_VAULT          the vault file, when --vault is not given',
  '  COFFER_KEY            the master key itself (base64 of 32 bytes), when --key-file is not given',
  '  COFFER_KEY_FILE       a file holding the master key, when neither --key-file nor COFFER_KEY is given',
  '  COFFER_PFX_PASSWORD   the PKCS#12 password of certificate import and get --format pfx, when neither',
  '                        --password-file nor --password is given (unlike --password, it does not show in ps)',
];

const EXIT_CODES = [
  'Exit codes: 0 success, 1 the operation failed (one line on stderr), 2 usage error.',
  '`coffer key verify` exits 1 for a signature that is not valid (after printing invalid).',
];

function commandList(commands: readonly Command[]): string[] {
  const width = Math.max(...commands.map((c) => c.name.length));
  return commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
}

/** `coffer --help`. */
export function mainHelp(commands: readonly Command[]): string {
  return [
    `coffer ${VERSION}: a key vault for CI/CD pipelines.`,
    '',
    'Usage: coffer COMMAND [options]',
    '',
    'Commands:',
    ...commandList(commands),
    '',
    ...COMMON,
    '',
    ...ENVIRONMENT,
    '',
    ...EXIT_CODES,
    'Run \'coffer COMMAND --help\' for a command\'s options.',
  ].join('\n') + '\n';
}

/** `coffer secret --help`: the group's commands and their synopses. */
export function groupHelp(group: string, commands: readonly Command[]): string {
  const members = commands.filter((c) => c.name.startsWith(`${group} `));
  return [
    `Usage: coffer ${group} COMMAND [options]`,
    '',
    ...members.map((c) => `  coffer ${c.synopsis}`),
    '',
    ...COMMON,
    '',
    `Run 'coffer ${group} COMMAND --help' for a command's options.`,
  ].join('\n') + '\n';
}

/** `coffer secret set --help`. */
export function commandHelp(command: Command): string {
  return [
    `Usage: coffer ${command.synopsis}`,
    '',
    command.summary,
    ...(command.details.length === 0 ? [] : ['', 'Options:', ...command.details.map((d) => `  ${d}`)]),
    '',
    ...COMMON,
  ].join('\n') + '\n';
}

/** The hint after a usage error: the synopsis of what was attempted, and where to learn more. */
export function usageHint(command: Command | undefined, group?: string): string {
  if (command !== undefined) return `Usage: coffer ${command.synopsis}\nRun 'coffer ${command.name} --help' for details.\n`;
  if (group !== undefined) return `Usage: coffer ${group} COMMAND [options]\nRun 'coffer ${group} --help' for its commands.\n`;
  return 'Usage: coffer COMMAND [options]\nRun \'coffer --help\' for the commands.\n';
}
