/**
 * Workflow commands (`::name key=value,key=value::message` on stdout), as actions/toolkit's
 * packages/core `command.ts` issues them. The runner reads stdout line by line and unescapes
 * `%25`, `%0D` and `%0A` (and in properties `%3A` and `%2C`), so escaping them is what keeps a
 * message with a newline in it from starting a second command the runner would obey — a value
 * passed to `add-mask` must arrive whole, or only its first line would be masked.
 */
import { EOL } from 'node:os';

/** Properties of a command (`::warning title=T::…`); an empty value is left out, as the toolkit does. */
export type CommandProperties = Readonly<Record<string, string>>;

/** Escapes a command's message: `%`, CR and LF, so it stays on one line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as a message, and `:` and `,`, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The command line, without its line ending. Pure: `issueCommand` is the one writer. */
export function formatCommand(name: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties).filter(([, value]) => value !== '').map(([key, value]) => `${key}=${escapeProperty(value)}`);
  return `::${name}${props.length === 0 ? '' : ` ${props.join(',')}`}::${escapeData(message)}`;
}

/**
 * Writes one command to stdout. Synchronous, like every stdout write of a Node process to a
 * pipe or file on Linux and macOS, so commands reach the runner in the order they were issued:
 * an `add-mask` issued first masks every line after it.
 */
export function issueCommand(name: string, properties: CommandProperties, message: string): void {
  process.stdout.write(`${formatCommand(name, properties, message)}${EOL}`);
}
