/**
 * What a command is: its name, its synopsis and help, the options and positionals it accepts,
 * and the function that runs it. run.ts dispatches on these; usage.ts prints them.
 */
import type { Args, OptionSpecs } from './args.js';
import type { CliIo } from './io.js';

export interface Command {
  /** The words that select it: `init`, `secret set`. */
  readonly name: string;
  /** Everything after `coffer `, as in the contract: `secret get NAME [--version V] [--json]`. */
  readonly synopsis: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Option descriptions for `--help`, one per line. */
  readonly details: readonly string[];
  /** Its own options; the common ones (--vault, --key-file, --help) are added by run.ts. */
  readonly options: OptionSpecs;
  /** Names of its required positionals, in order. */
  readonly positionals: readonly string[];
  /** Runs it; failures are thrown (UsageError, CliError, VaultError) and mapped by run.ts. */
  run(args: Args, io: CliIo): Promise<void>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionSpecs = {
  vault: { type: 'string' },
  'key-file': { type: 'string' },
  help: { type: 'boolean' },
};
