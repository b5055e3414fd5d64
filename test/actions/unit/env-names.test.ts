import { describe, it, expect } from '@jest/globals';
import { checkTargets, envNameOfKey, envNameOfSecret, envNameProblem, joinEnvName } from '../../../src/actions/env-names.js';

function checkError(targets: Parameters<typeof checkTargets>[0]): string {
  try {
    checkTargets(targets);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the targets to be refused');
}

describe('derived names', () => {
  it('a secret name: upper-cased, - as _', () => {
    expect(envNameOfSecret('db-password')).toBe('DB_PASSWORD');
    expect(envNameOfSecret('Api-Key-2')).toBe('API_KEY_2');
    expect(envNameOfSecret('1password')).toBe('1PASSWORD');
  });

  it('a JSON key: upper-cased, every non-alphanumeric as _', () => {
    expect(envNameOfKey('api-key')).toBe('API_KEY');
    expect(envNameOfKey('a.b c/d')).toBe('A_B_C_D');
    expect(envNameOfKey('héllo')).toBe('H_LLO');
    expect(envNameOfKey('')).toBe('');
  });

  it('joins a base and a path', () => {
    expect(joinEnvName('APP_CONFIG', ['database', 'host'])).toBe('APP_CONFIG_DATABASE_HOST');
    expect(joinEnvName('APP_CONFIG', ['hosts', '0'])).toBe('APP_CONFIG_HOSTS_0');
    expect(joinEnvName('APP_CONFIG', [])).toBe('APP_CONFIG');
  });
});

describe('envNameProblem', () => {
  it('accepts letters, digits and _ after a letter or _', () => {
    for (const name of ['A', '_', 'db_password', 'X1', '_9', 'a'.repeat(1024)]) expect(envNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', "invalid variable name '': expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL)."],
    ['1PASSWORD', "invalid variable name '1PASSWORD': expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL)."],
    ['A\nB', "invalid variable name 'A\\x0aB': expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL)."],
    ['A=B', "invalid variable name 'A=B': expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL)."],
    ['A\u0000', "invalid variable name 'A\\x00': expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL)."],
    ['A-B', "invalid variable name 'A-B': expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL)."],
    ['GITHUB_TOKEN', "variable name 'GITHUB_TOKEN' is reserved: names starting with GITHUB_ belong to the runner or steer how processes start."],
    ['Runner_Temp', "variable name 'Runner_Temp' is reserved: names starting with RUNNER_ belong to the runner or steer how processes start."],
    ['ACTIONS_RUNTIME_TOKEN', "variable name 'ACTIONS_RUNTIME_TOKEN' is reserved: names starting with ACTIONS_ belong to the runner or steer how processes start."],
  ])('refuses %j', (name, message) => {
    expect(envNameProblem(name)).toBe(message);
  });

  it('refuses a name longer than 1024 characters', () => {
    expect(envNameProblem('a'.repeat(1025))).toMatch(/^invalid variable name 'a{64}…'/);
  });
});

describe('checkTargets', () => {
  it('accepts distinct names', () => {
    expect(() => { checkTargets([{ name: 'A', origin: 'line 1' }, { name: 'B', origin: 'line 2' }]); }).not.toThrow();
  });

  it('refuses the same name twice, naming both origins', () => {
    expect(checkError([{ name: 'A', origin: 'line 1' }, { name: 'B', origin: 'line 2' }, { name: 'A', origin: "line 3 (secret 'a')" }]))
      .toBe("Line 1 and line 3 (secret 'a') both set 'A': rename one with '> NAME'.");
  });

  it('refuses names that differ only in case, naming both', () => {
    expect(checkError([{ name: 'Api_Key', origin: "line 1 (secret 'db-password')" }, { name: 'API_KEY', origin: "line 2 (secret 'other')" }]))
      .toBe("'Api_Key' (line 1 (secret 'db-password')) and 'API_KEY' (line 2 (secret 'other')) differ only in case: they are one variable on Windows runners; rename one with '> NAME'.");
  });

  it('refuses an invalid derived name, telling how to rename it', () => {
    expect(checkError([{ name: '1PASSWORD', origin: "line 4 (secret '1password')" }]))
      .toBe("Line 4 (secret '1password'): invalid variable name '1PASSWORD': expected a letter or '_', then letters, digits or '_' (no newline, '=' or NUL). Rename it with '> NAME'.");
  });
});
