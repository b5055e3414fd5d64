/**
 * The sign action's inputs (actions/sign/action.yml), read once into one settings object with
 * the shared parsers of ../inputs.ts. The `key` input is masked by readVaultSettings before any
 * other input is read.
 */
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from '../../core/crypto/key-types.js';
import { BadParameterError, quote } from '../../core/errors.js';
import { validateName, validateVersion } from '../../core/names.js';
import { oneOf, readVaultSettings, required, type GetInput, type Mask, type VaultSettings } from '../inputs.js';
import { outsideWorkspaceProblem, parseFilePatterns, withoutDotSlash, type FilePattern } from './patterns.js';

export type SignMode = 'sign' | 'verify';

export interface SignSettings extends VaultSettings {
  readonly keyName: string;
  /** undefined: the latest version. */
  readonly keyVersion: string | undefined;
  /** undefined: the key type's default (PS256 for RSA, the curve's ES algorithm for EC). */
  readonly algorithm: SignatureAlgorithm | undefined;
  readonly patterns: readonly FilePattern[];
  readonly mode: SignMode;
  /** Appended to a file's path to name its signature file: `.sig`. */
  readonly suffix: string;
  /** Where the manifest goes (sign mode), relative to the workspace, with no `..` (nor `.`) segment. */
  readonly manifest: string;
}

export const DEFAULT_SUFFIX = '.sig';
export const DEFAULT_MANIFEST = 'signatures.json';
const SUFFIX = /^\.[A-Za-z0-9._-]{1,31}$/;

function algorithm(getInput: GetInput): SignatureAlgorithm | undefined {
  const value = getInput('algorithm');
  if (value === '') return undefined;
  if ((SIGNATURE_ALGORITHMS as readonly string[]).includes(value)) return value as SignatureAlgorithm;
  throw new BadParameterError(`Invalid algorithm input ${quote(value)}: expected one of ${SIGNATURE_ALGORITHMS.join(', ')}, or nothing for the key type's default.`);
}

function suffix(getInput: GetInput): string {
  const value = getInput('signature-suffix');
  if (value === '') return DEFAULT_SUFFIX;
  if (SUFFIX.test(value)) return value;
  throw new BadParameterError(`Invalid signature-suffix input ${quote(value)}: expected '.' and 1-31 of A-Z, a-z, 0-9, '.', '_', '-', e.g. .sig.`);
}

/** Relative to the workspace only, like the files patterns: the text alone must not be able to leave it. */
function manifest(getInput: GetInput): string {
  const value = getInput('manifest');
  if (value === '') return DEFAULT_MANIFEST;
  const path = withoutDotSlash(value);
  if (value.length > 4096 || /[\0-\x1f]/.test(value) || /[\\/]$/.test(value) || path === '') {
    throw new BadParameterError(`Invalid manifest input ${quote(value.slice(0, 80))}: expected a file path, e.g. ${DEFAULT_MANIFEST}.`);
  }
  const problem = outsideWorkspaceProblem(path);
  if (problem !== undefined) throw new BadParameterError(`Invalid manifest input ${quote(value)}: expected ${problem}, e.g. ${DEFAULT_MANIFEST}.`);
  return path;
}

/** Every input of the sign action. */
export function readSignSettings(getInput: GetInput, mask: Mask): SignSettings {
  const vault = readVaultSettings(getInput, mask);
  const keyName = validateName(required(getInput, 'key-name', 'the name of an RSA or EC key in the vault'), 'key');
  const version = getInput('key-version');
  const settings = {
    ...vault, keyName,
    keyVersion: version === '' ? undefined : validateVersion(version),
    algorithm: algorithm(getInput),
    patterns: parseFilePatterns(required(getInput, 'files', 'glob patterns, one per line, e.g. dist/*.tar.gz')),
    mode: oneOf<SignMode>(getInput, 'mode', ['sign', 'verify'], 'sign'),
    suffix: suffix(getInput),
    manifest: manifest(getInput),
  };
  if (settings.manifest.endsWith(settings.suffix)) {
    throw new BadParameterError(`Invalid manifest input ${quote(settings.manifest)}: it ends with the signature suffix ${quote(settings.suffix)}.`);
  }
  return settings;
}
