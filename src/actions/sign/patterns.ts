/**
 * The `files` input: glob patterns, one per line, relative to the workspace. Parsed before the
 * vault is opened, so a pattern that could reach outside the workspace fails with its line
 * number instead of signing (or overwriting the signature beside) a file nobody meant to name.
 */
import { BadParameterError, quote } from '../../core/errors.js';

/** One line of the `files` input. */
export interface FilePattern {
  /** The line of the input it came from, 1-based, for messages. */
  readonly line: number;
  /** The pattern as written, without its `!`: relative to the workspace, `/` or `\` separated. */
  readonly pattern: string;
  /** `!pattern`: files it matches are left out of every other pattern's matches. */
  readonly negate: boolean;
}

const MAX_PATTERN_CHARS = 1024;
const MAX_PATTERNS = 100;

function refuse(line: number, text: string, expected: string): BadParameterError {
  return new BadParameterError(`Invalid files pattern ${quote(text)} (line ${line}): expected ${expected}.`);
}

/**
 * One pattern, checked: relative (no root, drive or `~`), without `.` or `..` segments past a
 * leading `./` (which is dropped). @actions/glob refuses `..` too, but with an assertion message.
 */
export function parsePatternLine(line: number, text: string): FilePattern {
  const negate = text.startsWith('!');
  let pattern = negate ? text.slice(1).trim() : text;
  if (pattern.length > MAX_PATTERN_CHARS) throw refuse(line, `${pattern.slice(0, 40)}…`, `at most ${MAX_PATTERN_CHARS} characters`);
  if (pattern.startsWith('!')) throw refuse(line, text, 'at most one leading ! (an exclusion)');
  pattern = withoutDotSlash(pattern);
  if (pattern === '' || pattern === '.') throw refuse(line, text, 'a path or glob under the workspace, e.g. dist/*.tar.gz');
  const problem = outsideWorkspaceProblem(pattern);
  if (problem !== undefined) throw refuse(line, text, problem);
  return { line, pattern, negate };
}

/** `path` without its leading `./` segments. */
export function withoutDotSlash(path: string): string {
  let rest = path;
  while (rest.startsWith('./')) rest = rest.slice(2);
  return rest;
}

/**
 * What a path relative to the workspace is expected to be, when its text could name something
 * outside it (a root, a drive, `~`, a `.` or `..` segment, with `/` or `\` as the separator);
 * undefined when it cannot. Shared by the `files` patterns and the `manifest` input.
 */
export function outsideWorkspaceProblem(path: string): string | undefined {
  if (/^[\\/]/.test(path) || /^[A-Za-z]:/.test(path)) return 'a path relative to the workspace, not an absolute one';
  const segments = path.split(/[\\/]+/);
  if (segments[0] === '~') return 'a path relative to the workspace, not to the home folder';
  if (segments.some((segment) => segment === '.' || segment === '..')) return "a path under the workspace, without '.' or '..' segments";
  return undefined;
}

/**
 * Every pattern of the input; blank lines and whole-line `# comments` are skipped. At least one
 * pattern must select files (an input of exclusions alone selects nothing).
 */
export function parseFilePatterns(text: string): FilePattern[] {
  const patterns: FilePattern[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    patterns.push(parsePatternLine(index + 1, trimmed));
  });
  if (patterns.length > MAX_PATTERNS) throw new BadParameterError(`The files input has ${patterns.length} patterns: at most ${MAX_PATTERNS}.`);
  if (!patterns.some((pattern) => !pattern.negate)) {
    throw new BadParameterError('The files input selects nothing: expected at least one pattern that is not blank, a comment or an exclusion (!).');
  }
  return patterns;
}
