/**
 * Where the actions read their inputs: here, and for the sign action in sign/inputs.ts, which
 * builds on the parsers exported here. Each action's inputs are read once, by a pure function
 * over an injected `getInput`, into one typed settings object; a bad input fails there, before
 * the vault is opened, with a message that quotes it and says what was expected.
 *
 * The `key` input is read first and handed to `mask` before any other input is read, parsed
 * or reported, so that no later message or debug line can print it unmasked.
 */
import { masksFor } from './masks.js';
import { BadParameterError, quote } from '../core/errors.js';
import { MasterKey } from '../core/crypto/master-key.js';
import { parseLocation } from '../vault-location.js';
import { vaultOrigin } from '../protocol/ids.js';
import { parseSelections, type Selection } from './selection.js';

/** Reads one input as the runner passes it (`INPUT_<NAME>`), trimmed; '' when not set. */
export type GetInput = (name: string) => string;

/** Registers a string with the runner's masking (runner.setSecret). */
export type Mask = (secret: string) => void;

export type MissingPolicy = 'fail' | 'warn' | 'ignore';
export type ExpiredPolicy = 'fail' | 'warn';
export type Shell = 'bash' | 'sh' | 'pwsh' | 'cmd';

/** How a step proves itself to a remote vault: the job's GitHub OIDC token, or a token given. */
export type RemoteAuth =
  | { readonly kind: 'oidc'; readonly audience: string }
  | { readonly kind: 'token'; readonly token: string };

/** What opening an `https://` vault takes instead of a master key. */
export interface RemoteSettings {
  readonly auth: RemoteAuth;
  /** A PEM file of the CA to trust alone (relative to the workspace); undefined: the default trust store. */
  readonly caFile: string | undefined;
}

/** What every action reads first: where the vault is and what opens it. */
export interface VaultSettings {
  /** The vault location as given (`path`, `file:path`, `https://…`); relative to the workspace. */
  readonly vault: string;
  /** A vault file's master key; undefined for a remote vault, which is opened with `remote`. */
  readonly masterKey: MasterKey | undefined;
  /** Present for an `https://` vault only. */
  readonly remote?: RemoteSettings;
}

/** What the fetch and run actions read: the vault, what to take from it, how to mask it. */
export interface SecretSettings extends VaultSettings {
  readonly selections: readonly Selection[];
  /** A selected secret that does not exist or is disabled, or a wildcard that matches nothing. */
  readonly missing: MissingPolicy;
  /** A secret outside its validity dates (expired, or not valid yet). */
  readonly expired: ExpiredPolicy;
  readonly maskEncodings: boolean;
  readonly minMaskLength: number;
}

/** The fetch action (`action.yml`). */
export interface FetchSettings extends SecretSettings {
  readonly exportEnv: boolean;
  readonly outputs: boolean;
  /** Write each value to a 0600 file and deliver `<NAME>_FILE` (its path) instead of the value. */
  readonly files: boolean;
  /** The post step deletes the files written. */
  readonly cleanupFiles: boolean;
  /** The post step sets every exported variable to '' (the runner cannot unset one). */
  readonly cleanupEnv: boolean;
}

/** The run action (`actions/run/action.yml`). */
export interface RunSettings extends SecretSettings {
  readonly run: string;
  readonly shell: Shell;
}

/** Capped: a large minimum would switch masking off for real secrets with only a warning. */
export const MIN_MASK_LENGTH = { default: 4, min: 1, max: 8 } as const;

/** A required input's value; its absence is refused, saying what was expected. */
export function required(getInput: GetInput, name: string, expected: string): string {
  const value = getInput(name);
  if (value === '') throw new BadParameterError(`Input required and not supplied: ${name}. Expected ${expected}.`);
  return value;
}

export function boolean(getInput: GetInput, name: string, fallback: boolean): boolean {
  const value = getInput(name);
  if (value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new BadParameterError(`Invalid ${name} input ${quote(value)}: expected true or false.`);
}

/** One of `allowed`, or `fallback` when the input is empty. */
export function oneOf<T extends string>(getInput: GetInput, name: string, allowed: readonly T[], fallback: T): T {
  const value = getInput(name);
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1) ?? ''}`;
  throw new BadParameterError(`Invalid ${name} input ${quote(value)}: expected ${list}.`);
}

function minMaskLength(getInput: GetInput): number {
  const value = getInput('min-mask-length');
  if (value === '') return MIN_MASK_LENGTH.default;
  const number = /^[0-9]{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= MIN_MASK_LENGTH.min && number <= MIN_MASK_LENGTH.max)) {
    throw new BadParameterError(`Invalid min-mask-length input ${quote(value)}: expected a whole number from ${MIN_MASK_LENGTH.min} to ${MIN_MASK_LENGTH.max}.`);
  }
  return number;
}

function masterKey(key: string): MasterKey {
  if (key === '') {
    throw new BadParameterError('Input required and not supplied: key. Expected the vault\'s master key, e.g. key: ${{ secrets.COFFER_KEY }}.');
  }
  return MasterKey.parse(key, 'key input');
}

/** Every form of the key input worth masking, the text itself first. */
export function keyMasks(key: string): string[] {
  const forms = [key, ...masksFor(key, { encodings: true, minLength: 4 })];
  const bytes = Buffer.from(key.trim().replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length > 0) forms.push(bytes.toString('hex'), bytes.toString('hex').toUpperCase(), bytes.toString('base64url'));
  return [...new Set(forms)];
}

const REMOTE_INPUTS = ['auth', 'token', 'audience', 'ca-file'] as const;

/** auth, token, audience and ca-file of an `https://` vault; `token` was masked by the caller. */
function remoteSettings(getInput: GetInput, vault: string, token: string): RemoteSettings {
  const origin = vaultOrigin(vault);
  const auth = oneOf(getInput, 'auth', ['oidc', 'token'], 'oidc');
  const audience = getInput('audience');
  if (auth === 'token' && token === '') throw new BadParameterError('Input required and not supplied: token. Expected a bearer token for the vault with auth: token, e.g. token: ${{ secrets.VAULT_TOKEN }}.');
  if (auth === 'oidc' && token !== '') throw new BadParameterError('Invalid token input: a token is used only with auth: token; with auth: oidc the step requests the job\'s OIDC token.');
  if (auth === 'token' && audience !== '') throw new BadParameterError(`Invalid audience input ${quote(audience)}: an audience is used only with auth: oidc.`);
  const caFile = getInput('ca-file');
  return { auth: auth === 'token' ? { kind: 'token', token } : { kind: 'oidc', audience: audience === '' ? origin : audience }, caFile: caFile === '' ? undefined : caFile };
}

/**
 * The `key`, `token` and `vault` inputs every action reads, and for an `https://` vault its
 * auth, audience and ca-file. Masks the key and the token before anything else happens.
 */
export function readVaultSettings(getInput: GetInput, mask: Mask): VaultSettings {
  const key = getInput('key');
  // The key text, its lines and encodings, and the hex and base64url of the key bytes: a
  // process that can read this one's environment must not find a form the log shows in clear.
  if (key !== '') for (const form of keyMasks(key)) mask(form);
  const vault = required(getInput, 'vault', 'a vault file path, file:PATH or an https:// URL');
  // Masked before anything can fail with a message: a refusal of the vault input quotes only that input.
  const token = getInput('token');
  if (token !== '') mask(token);
  if (parseLocation(vault).kind === 'https') return { vault, masterKey: undefined, remote: remoteSettings(getInput, vault, token) };
  const remoteOnly = REMOTE_INPUTS.find((name) => getInput(name) !== '');
  if (remoteOnly !== undefined) throw new BadParameterError(`Invalid ${remoteOnly} input: it is used only with an https:// vault; ${quote(vault)} is a vault file, opened with the key input.`);
  return { vault, masterKey: masterKey(key) };
}

/** The inputs the fetch and run actions share. Masks the key before anything else happens. */
export function readSecretSettings(getInput: GetInput, mask: Mask): SecretSettings {
  const settings = readVaultSettings(getInput, mask);
  const selections = parseSelections(required(getInput, 'secrets', 'one selection per line, e.g. db-password'));
  if (selections.length === 0) throw new BadParameterError('The secrets input selects nothing: every line is blank or a comment.');
  return {
    ...settings, selections,
    missing: oneOf(getInput, 'missing', ['fail', 'warn', 'ignore'], 'fail'),
    expired: oneOf(getInput, 'expired', ['fail', 'warn'], 'warn'),
    maskEncodings: boolean(getInput, 'mask-encodings', true),
    minMaskLength: minMaskLength(getInput),
  };
}

/** Every input of the fetch action. */
export function readFetchSettings(getInput: GetInput, mask: Mask): FetchSettings {
  const settings: FetchSettings = {
    ...readSecretSettings(getInput, mask),
    exportEnv: boolean(getInput, 'export-env', true),
    outputs: boolean(getInput, 'outputs', true),
    files: boolean(getInput, 'files', false),
    cleanupFiles: boolean(getInput, 'cleanup-files', true),
    cleanupEnv: boolean(getInput, 'cleanup-env', false),
  };
  if (!settings.exportEnv && !settings.outputs) {
    throw new BadParameterError('Invalid inputs export-env \'false\' and outputs \'false\': the secrets would go nowhere; expected at least one of them true.');
  }
  return settings;
}

/** Every input of the run action; `platform` decides whether `cmd` is available. */
export function readRunSettings(getInput: GetInput, mask: Mask, platform: NodeJS.Platform = process.platform): RunSettings {
  const secrets = readSecretSettings(getInput, mask);
  const run = required(getInput, 'run', 'the command to run with the secrets in its environment');
  const shell = oneOf<Shell>(getInput, 'shell', ['bash', 'sh', 'pwsh', 'cmd'], 'bash');
  if (shell === 'cmd' && platform !== 'win32') {
    throw new BadParameterError('Invalid shell input \'cmd\': cmd is only available on Windows runners; use bash, sh or pwsh.');
  }
  return { ...secrets, run, shell };
}
