/**
 * Opening the vault a command names: its location (`--vault`, else COFFER_VAULT, else
 * `.coffer/vault.json` under the working folder), the master key, and the caller's principal.
 * Commands get a vault for the length of one callback and it is closed however that ends.
 */
import { openVault, parseLocation } from '../open-vault.js';
import type { LocalVault } from '../core/vault.js';
import type { MasterKey } from '../core/crypto/master-key.js';
import { inlineKeyExecutor } from '../core/crypto/key-executor.js';
import type { Args } from './args.js';
import { callerPrincipal } from '../caller.js';
import type { CliIo } from './io.js';
import { CliError } from './cli-error.js';
import { resolveMasterKey } from './key-source.js';

/** Where a vault lives when neither --vault nor COFFER_VAULT says. */
export const DEFAULT_VAULT = '.coffer/vault.json';

/** The vault location as given: --vault, else COFFER_VAULT, else the default. */
export function givenLocation(args: Args, io: CliIo): string {
  const fromEnv = io.env.COFFER_VAULT;
  return args.string('vault') ?? (fromEnv === undefined || fromEnv === '' ? DEFAULT_VAULT : fromEnv);
}

/**
 * The location to hand to openVault: a file path made absolute against the injected cwd
 * (openVault would use the process's), anything else as given, for openVault to refuse clearly.
 */
export function resolvedLocation(args: Args, io: CliIo): string {
  const given = givenLocation(args, io);
  const location = parseLocation(given, io.cwd);
  return location.kind === 'file' ? location.path : given;
}

/** The master key named by --key-file, COFFER_KEY or COFFER_KEY_FILE. */
export function masterKeyFor(args: Args, io: CliIo): MasterKey {
  return resolveMasterKey(args.string('key-file'), io.env, io.cwd);
}

/**
 * COFFER_MIN_GENERATION: refuse a vault file older than this generation. Kept outside the
 * repository (a CI variable), it exposes a vault file rolled back together with its log.
 */
export function minGenerationOf(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const text = env.COFFER_MIN_GENERATION;
  if (text === undefined || text === '') return undefined;
  if (!/^\d{1,15}$/.test(text)) {
    throw new CliError('BadEnvironment', 'COFFER_MIN_GENERATION must be a whole number (a vault generation).');
  }
  return Number(text);
}

/** Opens the vault with `key` (default: the configured one), runs `work`, and closes it. */
export async function withVault<T>(args: Args, io: CliIo, work: (vault: LocalVault) => Promise<T>, key?: MasterKey): Promise<T> {
  const location = resolvedLocation(args, io);
  const minGeneration = minGenerationOf(io.env);
  const vault = openVault(location, {
    // One process, a few operations: a worker thread would cost more to start than it saves.
    masterKey: key ?? masterKeyFor(args, io), principal: callerPrincipal(io.env), keyExecutor: inlineKeyExecutor,
    ...(minGeneration === undefined ? {} : { minGeneration }),
  });
  try {
    return await work(vault);
  } finally {
    await vault.close();
  }
}
