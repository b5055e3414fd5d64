import { describe, it, expect } from '@jest/globals';
import { parseSelections, parseSelectionLine } from '../../../src/actions/selection.js';
import { BadParameterError } from '../../../src/core/errors.js';

const V = '0123456789abcdef0123456789abcdef';

/** The error a parse throws: its class, code and exact message. */
function parseError(input: string): { name: string; code: string; message: string } {
  try {
    parseSelections(input);
  } catch (error) {
    if (error instanceof BadParameterError) return { name: error.name, code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('parseSelections: every form', () => {
  it('a name, as its derived variable', () => {
    expect(parseSelections('db-password')).toEqual([{ kind: 'secret', line: 1, text: 'db-password', name: 'db-password', version: undefined, as: undefined }]);
  });

  it('a name with an explicit variable, with or without spaces around >', () => {
    expect(parseSelections('  db-password > PGPASSWORD  \ndb-password>PG2')).toEqual([
      { kind: 'secret', line: 1, text: 'db-password > PGPASSWORD', name: 'db-password', version: undefined, as: 'PGPASSWORD' },
      { kind: 'secret', line: 2, text: 'db-password>PG2', name: 'db-password', version: undefined, as: 'PG2' },
    ]);
  });

  it('a pinned version, alone and renamed', () => {
    expect(parseSelections(`db-password@${V}\nDb-Password@${V} > OLD_PW`)).toEqual([
      { kind: 'secret', line: 1, text: `db-password@${V}`, name: 'db-password', version: V, as: undefined },
      { kind: 'secret', line: 2, text: `Db-Password@${V} > OLD_PW`, name: 'Db-Password', version: V, as: 'OLD_PW' },
    ]);
  });

  it('a prefix wildcard, and * alone for every secret', () => {
    expect(parseSelections('app-*\n*')).toEqual([
      { kind: 'wildcard', line: 1, text: 'app-*', prefix: 'app-' },
      { kind: 'wildcard', line: 2, text: '*', prefix: '' },
    ]);
  });

  it('a flattened JSON secret, with or without a version', () => {
    expect(parseSelections(`app-config.*\napp-config@${V}.*`)).toEqual([
      { kind: 'flatten', line: 1, text: 'app-config.*', name: 'app-config', version: undefined },
      { kind: 'flatten', line: 2, text: `app-config@${V}.*`, name: 'app-config', version: V },
    ]);
  });

  it('one JSON field: renamed, named from its path, pinned, by array index', () => {
    expect(parseSelections(`app-config.database.host > DB_HOST\napp-config.database.host\napp-config@${V}.hosts.0`)).toEqual([
      { kind: 'field', line: 1, text: 'app-config.database.host > DB_HOST', name: 'app-config', version: undefined, path: ['database', 'host'], as: 'DB_HOST' },
      { kind: 'field', line: 2, text: 'app-config.database.host', name: 'app-config', version: undefined, path: ['database', 'host'], as: undefined },
      { kind: 'field', line: 3, text: `app-config@${V}.hosts.0`, name: 'app-config', version: V, path: ['hosts', '0'], as: undefined },
    ]);
  });

  it('skips blank lines and whole-line comments, keeping each line its number; CRLF input too', () => {
    const parsed = parseSelections('# a comment\r\n\r\n   \t\r\n   # indented comment\r\n  other-secret  \r\n');
    expect(parsed.map((s) => [s.line, s.text])).toEqual([[5, 'other-secret']]);
  });

  it('returns nothing for an input of comments only', () => {
    expect(parseSelections('# nothing\n\n')).toEqual([]);
  });

  it('parses one line on its own with the number it is given', () => {
    expect(parseSelectionLine(7, 'x')).toEqual({ kind: 'secret', line: 7, text: 'x', name: 'x', version: undefined, as: undefined });
  });
});

describe('parseSelections: every error names its line and quotes it', () => {
  const cases: [string, string][] = [
    ['db-password\n# a comment\n\nbad/name!\nother', "Line 4: 'bad/name!': invalid secret name 'bad/name!': expected 1-127 of 0-9, a-z, A-Z, '-'."],
    ['a > B > C', "Line 1: 'a > B > C': expected at most one '>'."],
    ['a >', "Line 1: 'a >': expected a variable name after '>'."],
    ['a > 1X', "Line 1: 'a > 1X': invalid variable name '1X': expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL)."],
    ['a > A=B', "Line 1: 'a > A=B': invalid variable name 'A=B': expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL)."],
    ['a > github_token', "Line 1: 'a > github_token': variable name 'github_token' is reserved: names starting with GITHUB_ belong to the runner or steer how processes start."],
    ['a > RUNNER_X', "Line 1: 'a > RUNNER_X': variable name 'RUNNER_X' is reserved: names starting with RUNNER_ belong to the runner or steer how processes start."],
    ['a@123', "Line 1: 'a@123': invalid version '123': expected 32 lowercase hexadecimal characters."],
    ['a@', "Line 1: 'a@': invalid version '': expected 32 lowercase hexadecimal characters."],
    [`a@${V.toUpperCase()}`, `Line 1: 'a@${V.toUpperCase()}': invalid version '${V.toUpperCase()}': expected 32 lowercase hexadecimal characters.`],
    [`@${V}`, `Line 1: '@${V}': expected a secret name before '@', '.' or '>'.`],
    ['> X', "Line 1: '> X': expected a secret name before '@', '.' or '>'."],
    ['.field', "Line 1: '.field': expected a secret name before '@', '.' or '>'."],
    ['app-* > X', "Line 1: 'app-* > X': a wildcard cannot be renamed with '>': each secret gets its own derived name."],
    ['a*b*', "Line 1: 'a*b*': a wildcard is one '*' at the end of a name prefix, as in 'app-*'."],
    ['a*b', "Line 1: 'a*b': invalid secret name 'a*b': expected 1-127 of 0-9, a-z, A-Z, '-'."],
    [`app@${V}*`, `Line 1: 'app@${V}*': a wildcard cannot pin a version.`],
    ['app.x*', "Line 1: 'app.x*': a wildcard cannot select JSON fields: flatten one secret at a time with 'name.*'."],
    ['ap_p*', "Line 1: 'ap_p*': invalid name prefix 'ap_p': expected 0-126 of 0-9, a-z, A-Z, '-' before '*'."],
    ['cfg.* > N', "Line 1: 'cfg.* > N': a flattened secret ('.*') cannot be renamed with '>': each field gets its own derived name."],
    ['cfg..b', "Line 1: 'cfg..b': invalid field path '.b': expected field names of A-Z, a-z, 0-9, '_', '-' separated by '.', or '*' alone."],
    ['cfg.', "Line 1: 'cfg.': invalid field path '': expected field names of A-Z, a-z, 0-9, '_', '-' separated by '.', or '*' alone."],
    ['cfg.a.*', "Line 1: 'cfg.a.*': invalid field path 'a.*': expected field names of A-Z, a-z, 0-9, '_', '-' separated by '.', or '*' alone."],
    ['cfg.a$', "Line 1: 'cfg.a$': invalid field path 'a$': expected field names of A-Z, a-z, 0-9, '_', '-' separated by '.', or '*' alone."],
    ['db password', "Line 1: 'db password': expected one selection per line: a name, then optionally '@version', '.field' or '.*', then optionally '> NAME'."],
    ['a # trailing comment', "Line 1: 'a # trailing comment': expected one selection per line: a name, then optionally '@version', '.field' or '.*', then optionally '> NAME'."],
  ];

  it.each(cases)('%j', (input, message) => {
    expect(parseError(input)).toEqual({ name: 'BadParameterError', code: 'BadParameter', message });
  });

  it('bounds a long line in its message, and refuses a name longer than 127 characters', () => {
    const long = 'a'.repeat(128);
    expect(parseError(`ok\n${long}`).message).toBe(`Line 2: '${'a'.repeat(64)}…': invalid secret name '${'a'.repeat(64)}…': expected 1-127 of 0-9, a-z, A-Z, '-'.`);
    expect(parseSelections('a'.repeat(127))).toHaveLength(1);
  });

  it('refuses a wildcard prefix that no 127-character name could extend', () => {
    expect(parseError(`${'a'.repeat(127)}*`).message).toMatch(/^Line 1: '.+': invalid name prefix '.+': expected 0-126 of 0-9, a-z, A-Z, '-' before '\*'\.$/);
    expect(parseSelections(`${'a'.repeat(126)}*`)).toHaveLength(1);
  });

  it('shows control characters in a quoted line escaped, never raw', () => {
    expect(parseError('a\u0000b').message).toBe("Line 1: 'a\\x00b': invalid secret name 'a\\x00b': expected 1-127 of 0-9, a-z, A-Z, '-'.");
  });

  it('stops at the first bad line', () => {
    expect(parseError('ok\nbad!\nworse!').message).toMatch(/^Line 2: /);
  });
});
