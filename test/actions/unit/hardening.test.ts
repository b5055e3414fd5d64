/**
 * Regressions for the security review of the actions: what a person who can write secrets to
 * the vault (and so choose names that a wildcard turns into variables) must not be able to do.
 */
import { describe, it, expect } from '@jest/globals';
import { envNameProblem } from '../../../src/actions/env-names.js';
import { MAX_JSON_DEPTH, flattenJson, jsonLeaves, parseJson } from '../../../src/actions/flatten.js';
import { masksFor } from '../../../src/actions/masks.js';

describe('names a secret may not set', () => {
  it.each(['PATH', 'path', 'BASH_ENV', 'NODE_OPTIONS', 'GIT_SSH_COMMAND', 'HTTPS_PROXY', 'TMPDIR'])('protects %s', (name) => {
    expect(envNameProblem(name)).toBe(`variable name '${name}' is protected: it steers how every later process starts, so no secret may set it.`);
  });

  it.each([['INPUT_KEY', 'INPUT_'], ['STATE_isPost', 'STATE_'], ['LD_PRELOAD', 'LD_'], ['DYLD_INSERT_LIBRARIES', 'DYLD_'], ['BASH_FUNC_x%%', undefined], ['GIT_CONFIG_COUNT', 'GIT_CONFIG_']])('reserves %s', (name, prefix) => {
    const problem = envNameProblem(name);
    if (prefix === undefined) expect(problem).toMatch(/^invalid variable name/);
    else expect(problem).toBe(`variable name '${name}' is reserved: names starting with ${prefix} belong to the runner or steer how processes start.`);
  });

  it.each(['NODE_AUTH_TOKEN', 'DB_PASSWORD', 'GIT_TOKEN', 'PATHNAME'])('lets %s through', (name) => {
    expect(envNameProblem(name)).toBeUndefined();
  });
});

describe('hostile JSON', () => {
  const nested = (depth: number): string => `${'['.repeat(depth)}"leaf-canary"${']'.repeat(depth)}`;

  it('masks a deeply nested value whole without walking it to the bottom, and never overflows the stack', () => {
    const value = nested(12_000);
    const masks = masksFor(value, { encodings: false, minLength: 4 });
    expect(masks[0]).toBe(value);
    expect(masks).not.toContain('leaf-canary');
    expect(jsonLeaves(parseJson(nested(MAX_JSON_DEPTH)) ?? null)).toEqual(['leaf-canary']);
  });

  it('refuses to flatten JSON nested deeper than the cap, naming the secret', () => {
    expect(() => flattenJson(parseJson(nested(MAX_JSON_DEPTH + 2)) ?? null, 'APP_CONFIG'))
      .toThrow(`The JSON of APP_CONFIG is nested deeper than ${MAX_JSON_DEPTH} levels: it cannot be flattened into names.`);
  });
});

describe('masks the runner would refuse or that garble a log', () => {
  it('leaves out lines that are only whitespace, or too short once trimmed', () => {
    expect(masksFor('first-line\n      \n  ab  \nlast-line', { encodings: false, minLength: 4 }))
      .toEqual(['first-line\n      \n  ab  \nlast-line', 'first-line', 'last-line']);
  });
});
