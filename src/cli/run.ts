/**
 * The CLI's one entry point below main.ts: picks the command, parses its command line, runs it,
 * and maps whatever it throws to an exit code and at most one line on stderr. This is the only
 * place that turns an error into text, so it is the one place that decides what text is safe.
 */
import { isVaultError } from '../core/errors.js';
import { parseCommandLine } from './args.js';
import { CliError, UsageError, errnoOf } from './cli-error.js';
import { COMMON_OPTIONS, type Command } from './command.js';
import { COMMANDS, GROUPS } from './commands/registry.js';
import { processIo, type CliIo } from './io.js';
import { commandHelp, groupHelp, mainHelp, usageHint } from './usage.js';
import { VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const HELP_FLAGS: readonly string[] = ['--help', '-h'];

const findCommand = (name: string): Command | undefined => COMMANDS.find((c) => c.name === name);

/** True if a help flag comes before any `--` (after which everything is an argument). */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((word) => HELP_FLAGS.includes(word));
}

/** `coffer help [TOPIC…]`. */
function helpFor(topic: readonly string[]): string {
  const name = topic.join(' ');
  if (name === '') return mainHelp(COMMANDS);
  if (GROUPS.includes(name)) return groupHelp(name, COMMANDS);
  const command = findCommand(name);
  if (command === undefined) throw new UsageError('No help for that: there is no such command.');
  return commandHelp(command);
}

/** Splits argv into a command and its own words; help and version are answered as text. */
function select(argv: readonly string[]): { command: Command; rest: readonly string[] } | string {
  const [first] = argv;
  if (first === undefined) throw new UsageError('No command given.');
  if (HELP_FLAGS.includes(first)) return mainHelp(COMMANDS);
  if (first === 'help') return helpFor(argv.slice(1));
  if (first === '--version' || first === '-V' || first === 'version') return `${VERSION}\n`;
  if (!GROUPS.includes(first)) {
    const command = findCommand(first);
    // The word is not echoed: a value typed in the wrong place must not reach a log.
    if (command === undefined) throw new UsageError('Unknown command: run \'coffer --help\' for the list.');
    return { command, rest: argv.slice(1) };
  }
  return selectIn(first, argv.slice(1));
}

/** The command a group's next word names, or a group inside it (`certificate issuer`) and its next word. */
function selectIn(group: string, words: readonly string[]): { command: Command; rest: readonly string[] } | string {
  const [word] = words;
  if (word === undefined) throw new UsageError(`'coffer ${group}' needs a command.`, group);
  if (HELP_FLAGS.includes(word)) return groupHelp(group, COMMANDS);
  const name = `${group} ${word}`;
  if (GROUPS.includes(name)) return selectIn(name, words.slice(1));
  const command = findCommand(name);
  if (command === undefined) throw new UsageError(`Unknown command under 'coffer ${group}'.`, group);
  return { command, rest: words.slice(1) };
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<void> {
  const selected = select(argv);
  if (typeof selected === 'string') {
    io.writeOut(selected);
    return;
  }
  const { command, rest } = selected;
  if (wantsHelp(rest)) {
    io.writeOut(commandHelp(command));
    return;
  }
  const args = parseCommandLine(rest, { ...COMMON_OPTIONS, ...command.options }, command.positionals, command.name);
  await command.run(args, io);
}

/** A class name is safe to show; anything odd about it is not worth the risk. */
const safeName = (error: unknown): string =>
  (error instanceof Error && /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(error.name) ? error.name : 'Error');

/**
 * The one line a failure prints. VaultError and CliError messages are built to quote names,
 * paths and sizes only; any other error's message could hold input, so only its class and
 * errno code are shown.
 */
export function describeError(error: unknown): string {
  if (isVaultError(error)) {
    const codes = error.innerCode === undefined || error.innerCode === error.code ? error.code : `${error.code}, ${error.innerCode}`;
    return `${error.message} (${codes})`;
  }
  if (error instanceof CliError) return `${error.message} (${error.code})`;
  const errno = errnoOf(error);
  return `Unexpected error (${safeName(error)}${errno === undefined ? '' : `, ${errno}`}); its details are not shown since they could contain input. (InternalError)`;
}

const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    const group = error.command !== undefined && GROUPS.includes(error.command) ? error.command : undefined;
    const command = error.command === undefined ? undefined : findCommand(error.command);
    io.writeErr(`coffer: ${oneLine(error.message)}\n${usageHint(command, group)}`);
    return EXIT_USAGE;
  }
  io.writeErr(`coffer: ${oneLine(describeError(error))}\n`);
  return EXIT_FAILED;
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    await dispatch(argv, io);
    return EXIT_OK;
  } catch (error) {
    return report(error, io);
  }
}
