/**
 * Command-line parsing: node:util parseArgs for the tokens, then our own strict checks, so that
 * a usage error names only the option at fault. Node's strict-mode messages echo the raw
 * argument, and an argument can be a secret (`--valeu=hunter2`, or a value typed as an extra
 * positional): our messages quote the values of dates, tags and numbers we know the meaning
 * of, and otherwise only option names and counts.
 */
import { parseArgs } from 'node:util';
import { quote } from '../core/errors.js';
import { UsageError } from './cli-error.js';

/** The options one command accepts, by long name. */
export type OptionSpecs = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly multiple?: boolean }>>;

type OptionValue = string | boolean | readonly string[];

/** A parsed command line: checked against its command's options and positional count. */
export class Args {
  readonly #values: ReadonlyMap<string, OptionValue>;
  readonly positionals: readonly string[];

  constructor(values: ReadonlyMap<string, OptionValue>, positionals: readonly string[]) {
    this.#values = values;
    this.positionals = positionals;
  }

  /** A string option's value, if it was given. */
  string(name: string): string | undefined {
    const value = this.#values.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  /** Whether a boolean option was given. */
  flag(name: string): boolean {
    return this.#values.get(name) === true;
  }

  /** A repeatable option's values, in order. */
  strings(name: string): readonly string[] {
    const value = this.#values.get(name);
    return Array.isArray(value) ? (value as readonly string[]) : [];
  }

  /** The i-th positional; parseCommandLine has checked that it exists. */
  positional(index: number): string {
    const value = this.positionals[index];
    if (value === undefined) throw new Error(`Args.positional: no argument ${index}`);
    return value;
  }
}

function recordOption(values: Map<string, OptionValue>, spec: OptionSpecs[string], name: string, value: string | boolean, command: string): void {
  if (spec.multiple === true) {
    const list = values.get(name);
    values.set(name, [...(Array.isArray(list) ? (list as readonly string[]) : []), String(value)]);
    return;
  }
  if (values.has(name)) throw new UsageError(`--${name} was given more than once.`, command);
  values.set(name, value);
}

/**
 * Parses `argv` (the words after the command's name) against `options` and exactly
 * `positionals.length` positional arguments. Throws UsageError naming what is wrong.
 */
export function parseCommandLine(argv: readonly string[], options: OptionSpecs, positionals: readonly string[], command: string): Args {
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const values = new Map<string, OptionValue>();
  const found: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') found.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (spec === undefined) throw new UsageError(`Unknown option ${token.rawName} for 'coffer ${command}'.`, command);
    if (spec.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value.`, command);
    if (spec.type === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value.`, command);
    recordOption(values, spec, token.name, token.value ?? true, command);
  }
  if (found.length !== positionals.length) throw new UsageError(positionalProblem(command, positionals, found.length), command);
  return new Args(values, found);
}

/** Counts only: an unexpected positional may be a value typed in the wrong place. */
function positionalProblem(command: string, expected: readonly string[], got: number): string {
  if (expected.length === 0) return `'coffer ${command}' takes no arguments; got ${got}.`;
  const names = expected.join(' ');
  if (got < expected.length) return `'coffer ${command}' needs ${names}.`;
  const hint = command === 'secret set' ? ' Give the value with --file, on stdin, or with --value.' : '';
  return `'coffer ${command}' takes ${expected.length} argument${expected.length === 1 ? '' : 's'} (${names}); got ${got}.${hint}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Dates on the command line are ISO 8601: a date (midnight UTC) or a date and time with `Z`
 * or an offset. A time without a zone is refused — it would mean the machine's local time,
 * which differs between a laptop and a runner — and so is a day the calendar lacks.
 */
export function parseIsoDate(text: string, option: string, command: string): Date {
  const match = ISO_DATE.exec(text);
  const [year, month, day] = match === null ? [0, 0, 0] : [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const date = new Date(Date.parse(text));
  if (match === null || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || Number.isNaN(date.getTime())) {
    throw new UsageError(`Invalid ${option} ${quote(text)}: expected an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (a time needs Z or an offset).`, command);
  }
  return date;
}

/** `--tag K=V`, repeated; the first `=` separates name from value, so a value may contain `=`. */
export function parseTags(items: readonly string[], command: string): Record<string, string> {
  // No prototype: a tag named __proto__ is a tag like any other, not a setter.
  const tags = Object.create(null) as Record<string, string>;
  for (const item of items) {
    const at = item.indexOf('=');
    if (at <= 0) throw new UsageError(`Invalid --tag ${quote(item)}: expected NAME=VALUE.`, command);
    const name = item.slice(0, at);
    if (Object.hasOwn(tags, name)) throw new UsageError(`--tag ${quote(name)} was given more than once.`, command);
    tags[name] = item.slice(at + 1);
  }
  return tags;
}

/** `true` or `false`, exactly: `--enabled yes` is more likely a typo than an intent. */
export function parseBoolean(text: string, option: string, command: string): boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new UsageError(`Invalid ${option} ${quote(text)}: expected true or false.`, command);
}

/** A whole number from `min` to `max`, written in plain decimal digits. */
export function parseInteger(text: string, option: string, range: { readonly min: number; readonly max: number }, command: string): number {
  const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= range.min && value <= range.max)) {
    const expected = range.max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${range.min}` : `a whole number from ${range.min} to ${range.max}`;
    throw new UsageError(`Invalid ${option} ${quote(text)}: expected ${expected}.`, command);
  }
  return value;
}
