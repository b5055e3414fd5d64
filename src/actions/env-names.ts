/**
 * The names values are delivered under (env variables, step outputs, file names): derived
 * from secret names and JSON keys, validated, and checked for collisions before anything is
 * masked or written.
 *
 * Why so strict: a name holding a newline, `=` or NUL could forge extra lines in GITHUB_ENV;
 * two names that differ only in case are one variable on Windows runners, so the second would
 * silently replace the first; GITHUB_*, RUNNER_*, ACTIONS_*, INPUT_* and STATE_* belong to the
 * runner and the actions; and names that steer how processes start (PATH, LD_PRELOAD,
 * BASH_ENV, NODE_OPTIONS, …) would let whoever can write a secret — whose name a wildcard
 * turns into a variable name — run code in every later step.
 */
import { BadParameterError, quote } from '../core/errors.js';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_PREFIXES = ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_', 'LD_', 'DYLD_', 'BASH_FUNC_', 'GIT_CONFIG_'] as const;
/** Variables that change what a process loads or runs, or where its trust and temp files are. */
const PROTECTED = new Set([
  'PATH', 'HOME', 'SHELL', 'ENV', 'BASH_ENV', 'SHELLOPTS', 'BASHOPTS', 'PS4', 'IFS', 'CDPATH', 'PROMPT_COMMAND', 'CI',
  'NODE_OPTIONS', 'NODE_PATH', 'NODE_EXTRA_CA_CERTS', 'PYTHONPATH', 'PYTHONSTARTUP', 'PYTHONHOME', 'PERL5OPT', 'PERL5LIB',
  'PERLLIB', 'RUBYOPT', 'RUBYLIB', 'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'GIT_SSH', 'GIT_SSH_COMMAND',
  'GIT_ASKPASS', 'GIT_EXEC_PATH', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE', 'HTTP_PROXY',
  'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY', 'TMPDIR', 'TEMP', 'TMP',
]);
/** Long enough for any derived name (a 127-character secret plus a JSON path), short enough to quote. */
const MAX_ENV_NAME = 1024;

/** What is wrong with `name` as a variable name, or undefined when nothing is. */
export function envNameProblem(name: string): string | undefined {
  if (!ENV_NAME.test(name) || name.length > MAX_ENV_NAME) {
    return `invalid variable name ${quote(name)}: expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL).`;
  }
  const upper = name.toUpperCase();
  const reserved = RESERVED_PREFIXES.find((prefix) => upper.startsWith(prefix));
  if (reserved !== undefined) return `variable name ${quote(name)} is reserved: names starting with ${reserved} belong to the runner or steer how processes start.`;
  if (PROTECTED.has(upper)) return `variable name ${quote(name)} is protected: it steers how every later process starts, so no secret may set it.`;
  return undefined;
}

/** The variable a secret is delivered under by default: upper-cased, `-` → `_`. */
export function envNameOfSecret(secretName: string): string {
  return secretName.toUpperCase().replace(/-/g, '_');
}

/** One JSON key as a name part: upper-cased, every character outside A-Z and 0-9 → `_`. */
export function envNameOfKey(key: string): string {
  return key.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** A derived name joined from parts: `APP_CONFIG` + `database` + `host` → APP_CONFIG_DATABASE_HOST. */
export function joinEnvName(base: string, keys: readonly string[]): string {
  return [base, ...keys.map(envNameOfKey)].join('_');
}

/** A name to deliver, with where it came from (`line 3, secret 'app-key'`) for messages. */
export interface NamedTarget {
  readonly name: string;
  readonly origin: string;
}

/**
 * Fails on an invalid name, and on two targets whose names are equal or differ only in case,
 * naming both with their origins.
 */
export function checkTargets(targets: readonly NamedTarget[]): void {
  const seen = new Map<string, NamedTarget>();
  for (const target of targets) {
    const problem = envNameProblem(target.name);
    if (problem !== undefined) throw new BadParameterError(`${capitalise(target.origin)}: ${problem} Rename it with '> NAME'.`);
    const key = target.name.toUpperCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, target);
      continue;
    }
    if (first.name === target.name) {
      throw new BadParameterError(`${capitalise(first.origin)} and ${target.origin} both set ${quote(target.name)}: rename one with '> NAME'.`);
    }
    throw new BadParameterError(`${quote(first.name)} (${first.origin}) and ${quote(target.name)} (${target.origin}) differ only in case: they are one variable on Windows runners; rename one with '> NAME'.`);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
