/**
 * File commands: appending `NAME<<DELIMITER`, the value, and `DELIMITER` to one of the files
 * the runner gives each step (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE), as actions/toolkit's
 * packages/core `file-command.ts` does. The heredoc form with a random delimiter is what keeps
 * a value from forging another entry: a value holding `\nGITHUB_TOKEN=x` is still one value,
 * because its last line can only be ended by a delimiter it cannot know in advance.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** The file commands the actions issue, by the suffix of their `GITHUB_*` variable. */
export type FileCommand = 'ENV' | 'OUTPUT' | 'STATE';

/**
 * One entry in heredoc form, ending with a line ending. Refuses a name or value that holds the
 * delimiter: with a fresh random UUID that only happens if the value was made to forge an entry.
 */
export function keyValueMessage(name: string, value: string, uuid: () => string = randomUUID): string {
  const delimiter = `ghadelimiter_${uuid()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** The file a command appends to, from `GITHUB_<command>`; '' when the runner gave none. */
export function fileCommandPath(command: FileCommand, env: NodeJS.ProcessEnv = process.env): string {
  return env[`GITHUB_${command}`] ?? '';
}

/**
 * Appends `NAME<<DELIMITER` … to the command's file. Without the file it throws rather than
 * fall back to a stdout command as the toolkit does (`::set-env`, `::set-output`): those would
 * print the value into the log. A missing file is refused too, as the toolkit refuses it: the
 * runner creates each file before the step, so its absence means this is not the runner's.
 */
export function issueFileCommand(command: FileCommand, name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  issueFileCommands(command, [[name, value]], env);
}

/**
 * Appends several entries in one write, each with its own random delimiter, in order. Every
 * entry is formatted (and checked) before anything is written, so a refused one writes none.
 */
export function issueFileCommands(command: FileCommand, entries: readonly (readonly [name: string, value: string])[], env: NodeJS.ProcessEnv = process.env): void {
  const path = fileCommandPath(command, env);
  if (path === '') throw new Error(`Unable to find environment variable for file command ${command}: GITHUB_${command} is not set.`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  if (entries.length === 0) return;
  let text = '';
  for (const [name, value] of entries) text += keyValueMessage(name, value);
  appendFileSync(path, text, { encoding: 'utf8' });
}
