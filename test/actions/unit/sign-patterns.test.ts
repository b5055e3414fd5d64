import { describe, it, expect } from '@jest/globals';
import { parseFilePatterns, parsePatternLine } from '../../../src/actions/sign/patterns.js';
import { BadParameterError } from '../../../src/core/errors.js';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof BadParameterError) return error.message;
    throw error;
  }
  throw new Error('expected a BadParameterError');
}

describe('the files input', () => {
  it('reads one pattern per line, skipping blank lines and comments, with line numbers', () => {
    expect(parseFilePatterns('# release\ndist/*.tar.gz\n\n  ./build/app.zip  \r\n!dist/*-debug.tar.gz\n')).toEqual([
      { line: 2, pattern: 'dist/*.tar.gz', negate: false },
      { line: 4, pattern: 'build/app.zip', negate: false },
      { line: 5, pattern: 'dist/*-debug.tar.gz', negate: true },
    ]);
  });

  it('refuses paths that leave the workspace, quoting the pattern and its line', () => {
    expect(refusal(() => parsePatternLine(3, '../secrets/*'))).toBe("Invalid files pattern '../secrets/*' (line 3): expected a path under the workspace, without '.' or '..' segments.");
    expect(refusal(() => parsePatternLine(1, 'dist/../../etc/passwd'))).toMatch(/without '\.' or '\.\.' segments/);
    expect(refusal(() => parsePatternLine(1, 'dist\\..\\x'))).toMatch(/without '\.' or '\.\.' segments/);
    expect(refusal(() => parsePatternLine(1, '/etc/passwd'))).toBe("Invalid files pattern '/etc/passwd' (line 1): expected a path relative to the workspace, not an absolute one.");
    expect(refusal(() => parsePatternLine(1, 'C:/x'))).toMatch(/not an absolute one/);
    expect(refusal(() => parsePatternLine(1, '~/.ssh/*'))).toMatch(/not to the home folder/);
    expect(refusal(() => parsePatternLine(2, '!!x'))).toBe("Invalid files pattern '!!x' (line 2): expected at most one leading ! (an exclusion).");
    expect(refusal(() => parsePatternLine(1, './'))).toMatch(/a path or glob under the workspace/);
  });

  it('refuses an input that selects nothing, or too many patterns', () => {
    expect(refusal(() => parseFilePatterns('# only a comment\n\n!dist/*.sig'))).toMatch(/^The files input selects nothing/);
    expect(refusal(() => parseFilePatterns(Array.from({ length: 101 }, (_, i) => `f${i}`).join('\n')))).toBe('The files input has 101 patterns: at most 100.');
  });
});
