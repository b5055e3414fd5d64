import { describe, it, expect, afterEach } from '@jest/globals';
import { EOL } from 'node:os';
import { debug, error, info, setFailed, setSecret, setSecrets, warning } from '../../../../src/actions/runner/log.js';
import { captureStdout } from './stdout.js';

afterEach(() => {
  process.exitCode = undefined;
});

describe('the step log', () => {
  it('setSecret: ::add-mask:: with the value escaped, so a multi-line value arrives whole', () => {
    expect(captureStdout(() => { setSecret('line one\r\nline two 100%'); })).toBe(`::add-mask::line one%0D%0Aline two 100%25${EOL}`);
  });

  it('setSecrets: the same commands as setSecret, in order, in one write; nothing for none', () => {
    expect(captureStdout(() => { setSecrets(['a\nb', 'c%']); })).toBe(`::add-mask::a%0Ab${EOL}::add-mask::c%25${EOL}`);
    expect(captureStdout(() => { setSecrets([]); })).toBe('');
  });

  it('info is a plain line; debug, warning and error are commands', () => {
    const out = captureStdout(() => {
      info('Delivered: A.');
      debug('d\ne');
      warning('w: 1, 2');
      error('e%');
    });
    expect(out).toBe(['Delivered: A.', '::debug::d%0Ae', '::warning::w: 1, 2', '::error::e%25', ''].join(EOL));
    expect(process.exitCode).toBeUndefined();
  });

  it('setFailed: an error annotation, and exit code 1 when the process ends', () => {
    expect(captureStdout(() => { setFailed('Nothing was delivered.'); })).toBe(`::error::Nothing was delivered.${EOL}`);
    expect(process.exitCode).toBe(1);
  });
});
