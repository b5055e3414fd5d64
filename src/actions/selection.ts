/**
 * The `secrets` input: one selection per line, parsed into typed selections before the vault
 * is touched, so that a typo fails the step with its line number and nothing is fetched.
 *
 *   db-password                      the latest version, as DB_PASSWORD
 *   db-password > PGPASSWORD         under an explicit name
 *   db-password@<32 hex>             a pinned version
 *   app-*                            every enabled secret whose name starts with `app-` (`*`: all)
 *   app-config.*                     a JSON secret flattened into APP_CONFIG_<KEY>[_<SUBKEY>]
 *   app-config.database.host > H     one field of a JSON secret
 *   # a comment                      (whole lines only; blank lines are ignored too)
 *
 * Errors quote the line (bounded by `quote`) — a selection names secrets, never holds a value.
 */
import { BadParameterError, quote } from '../core/errors.js';
import { LIMITS } from '../core/names.js';
import { envNameProblem } from './env-names.js';

interface SelectionBase {
  /** 1-based line number in the `secrets` input, for messages. */
  readonly line: number;
  /** The line as written, trimmed. */
  readonly text: string;
}

/** One secret, whole: `name[@version] [> NAME]`. */
export interface SecretSelection extends SelectionBase {
  readonly kind: 'secret';
  readonly name: string;
  readonly version: string | undefined;
  readonly as: string | undefined;
}

/** Every enabled secret whose name starts with `prefix` (case-insensitively); `''` is all. */
export interface WildcardSelection extends SelectionBase {
  readonly kind: 'wildcard';
  readonly prefix: string;
}

/** A JSON secret flattened into one variable per leaf: `name[@version].*`. */
export interface FlattenSelection extends SelectionBase {
  readonly kind: 'flatten';
  readonly name: string;
  readonly version: string | undefined;
}

/** One field of a JSON secret: `name[@version].a.b [> NAME]`; array items by index. */
export interface FieldSelection extends SelectionBase {
  readonly kind: 'field';
  readonly name: string;
  readonly version: string | undefined;
  readonly path: readonly string[];
  readonly as: string | undefined;
}

export type Selection = SecretSelection | WildcardSelection | FlattenSelection | FieldSelection;

const NAME = /^[0-9a-zA-Z-]+$/;
const VERSION = /^[0-9a-f]{32}$/;
const FIELD = /^[A-Za-z0-9_-]+$/;
/** name, then optional @version, then optional .path — split before each part is checked. */
const REFERENCE = /^(?<name>[^@.]*)(?:@(?<version>[^.]*))?(?:\.(?<path>.*))?$/s;

/** A line-numbered error that quotes the line. */
function lineError(line: number, text: string, problem: string): BadParameterError {
  return new BadParameterError(`Line ${line}: ${quote(text)}: ${problem}`);
}

function checkName(name: string): string | undefined {
  if (name === '') return 'expected a secret name before \'@\', \'.\' or \'>\'.';
  if (!NAME.test(name) || name.length > LIMITS.nameLength) {
    return `invalid secret name ${quote(name)}: expected 1-127 of 0-9, a-z, A-Z, '-'.`;
  }
  return undefined;
}

function parseWildcard(line: number, text: string, reference: string, as: string | undefined): WildcardSelection {
  const prefix = reference.slice(0, -1);
  if (prefix.includes('*')) throw lineError(line, text, 'a wildcard is one \'*\' at the end of a name prefix, as in \'app-*\'.');
  if (prefix.includes('@')) throw lineError(line, text, 'a wildcard cannot pin a version.');
  if (prefix.includes('.')) throw lineError(line, text, 'a wildcard cannot select JSON fields: flatten one secret at a time with \'name.*\'.');
  if (prefix !== '' && (!NAME.test(prefix) || prefix.length >= LIMITS.nameLength)) {
    throw lineError(line, text, `invalid name prefix ${quote(prefix)}: expected 0-126 of 0-9, a-z, A-Z, '-' before '*'.`);
  }
  if (as !== undefined) throw lineError(line, text, 'a wildcard cannot be renamed with \'>\': each secret gets its own derived name.');
  return { kind: 'wildcard', line, text, prefix };
}

function parsePath(line: number, text: string, path: string): readonly string[] {
  const fields = path.split('.');
  for (const field of fields) {
    if (!FIELD.test(field)) {
      throw lineError(line, text, `invalid field path ${quote(path)}: expected field names of A-Z, a-z, 0-9, '_', '-' separated by '.', or '*' alone.`);
    }
  }
  return fields;
}

function parseReference(line: number, text: string, reference: string, as: string | undefined): Selection {
  if (reference.endsWith('*') && !reference.endsWith('.*')) return parseWildcard(line, text, reference, as);
  const match = REFERENCE.exec(reference);
  const { name = '', version, path } = match?.groups ?? {};
  const nameProblem = checkName(name);
  if (nameProblem !== undefined) throw lineError(line, text, nameProblem);
  if (version !== undefined && !VERSION.test(version)) {
    throw lineError(line, text, `invalid version ${quote(version)}: expected 32 lowercase hexadecimal characters.`);
  }
  if (path === undefined) return { kind: 'secret', line, text, name, version, as };
  if (path === '*') {
    if (as !== undefined) throw lineError(line, text, 'a flattened secret (\'.*\') cannot be renamed with \'>\': each field gets its own derived name.');
    return { kind: 'flatten', line, text, name, version };
  }
  return { kind: 'field', line, text, name, version, path: parsePath(line, text, path), as };
}

function parseTarget(line: number, text: string, target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  if (target === '') throw lineError(line, text, 'expected a variable name after \'>\'.');
  const problem = envNameProblem(target);
  if (problem !== undefined) throw lineError(line, text, problem);
  return target;
}

/** Parses one non-blank, non-comment line (already trimmed). */
export function parseSelectionLine(line: number, text: string): Selection {
  const parts = text.split('>');
  if (parts.length > 2) throw lineError(line, text, 'expected at most one \'>\'.');
  const reference = (parts[0] ?? '').trim();
  const as = parseTarget(line, text, parts[1]?.trim());
  if (/\s/.test(reference)) {
    throw lineError(line, text, 'expected one selection per line: a name, then optionally \'@version\', \'.field\' or \'.*\', then optionally \'> NAME\'.');
  }
  return parseReference(line, text, reference, as);
}

/** Parses the whole `secrets` input; blank lines and `#` comment lines are skipped. */
export function parseSelections(input: string): Selection[] {
  const selections: Selection[] = [];
  input.split('\n').forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    selections.push(parseSelectionLine(index + 1, text));
  });
  return selections;
}
