import { describe, it, expect } from '@jest/globals';
import { getInput, inputVariable } from '../../../../src/actions/runner/inputs.js';

describe('getInput', () => {
  it('reads INPUT_<NAME>: spaces become _, upper-cased, dashes kept', () => {
    expect([inputVariable('secrets'), inputVariable('export-env'), inputVariable('my input name')]).toEqual(['INPUT_SECRETS', 'INPUT_EXPORT-ENV', 'INPUT_MY_INPUT_NAME']);
    expect(getInput('min-mask-length', {}, { 'INPUT_MIN-MASK-LENGTH': '8' })).toBe('8');
    expect(getInput('my input', {}, { INPUT_MY_INPUT: 'v' })).toBe('v');
  });

  it('trims surrounding whitespace, keeping inner lines', () => {
    expect(getInput('secrets', {}, { INPUT_SECRETS: '  \n db-password\n api-key > K \n\n' })).toBe('db-password\n api-key > K');
  });

  it('is empty when not set', () => {
    expect([getInput('vault', {}, {}), getInput('vault', {}, { INPUT_VAULT: '' })]).toEqual(['', '']);
  });

  it('a required input that is not set, or empty, throws naming it', () => {
    expect(() => getInput('vault', { required: true }, {})).toThrow(new Error('Input required and not supplied: vault'));
    expect(() => getInput('vault', { required: true }, { INPUT_VAULT: '' })).toThrow('Input required and not supplied: vault');
    expect(getInput('vault', { required: true }, { INPUT_VAULT: ' v ' })).toBe('v');
  });

  it('reads process.env by default', () => {
    process.env.INPUT_COFFER_RUNNER_TEST = ' from-process ';
    try {
      expect(getInput('coffer runner test')).toBe('from-process');
    } finally {
      delete process.env.INPUT_COFFER_RUNNER_TEST;
    }
  });
});
