/**
 * The simulated runner's own parsers, checked against what actions/runner does, so that the
 * e2e tests fail because of the actions and never because of the model of the runner.
 */
import { describe, it, expect } from '@jest/globals';
import { entryProblems, parseFileCommands } from './file-commands.js';
import { maskText, masksOf, parseCommand, readCommandStream, splitLines } from './workflow-commands.js';
import { findLeaks } from './leaks.js';

describe('the runner model', () => {
  it('reads heredoc entries exactly, CR and trailing newlines included (Linux rules)', () => {
    const d = 'ghadelimiter_0f8e2a5c-71b4-4a0e-9d1c-3b2f6e8a9c7d';
    const text = `A<<${d}\na\r\nb\n${d}\nB<<${d}\nline\n\n${d}\nC<<${d}\n\n${d}\nD=plain=value\nE<<${d}\nends with cr\r\n${d}\n`;
    expect(parseFileCommands(text).map((e) => [e.name, e.value])).toEqual([
      ['A', 'a\r\nb'], ['B', 'line\n'], ['C', ''], ['D', 'plain=value'], ['E', 'ends with cr\r'],
    ]);
    expect(() => parseFileCommands(`X<<${d}\nno end\n`)).toThrow(/delimiter not found/);
  });

  it('flags guessable delimiters, delimiters inside values and the NAME=VALUE form', () => {
    expect(entryProblems(parseFileCommands('A<<EOF\nx\nEOF\nB=1\nC<<ghadelimiter_0f8e2a5c-71b4\nghadelimiter_0f8e2a5c-71b4x\nghadelimiter_0f8e2a5c-71b4\n'))).toEqual([
      'A: delimiter "EOF" does not look random', 'B is written as NAME=VALUE, not in heredoc form', 'C: its delimiter occurs in its value',
    ]);
  });

  it('parses and unescapes commands as the runner does', () => {
    expect(parseCommand('::add-mask::a%0D%0Ab%25c%250A', 3)).toEqual({ index: 3, name: 'add-mask', properties: {}, data: 'a\r\nb%c%0A' });
    expect(parseCommand('  ::warning title=T%3Ax%2Cy,file=f::msg', 0)).toEqual({ index: 0, name: 'warning', properties: { title: 'T:x,y', file: 'f' }, data: 'msg' });
    expect(parseCommand('plain :: text', 0)).toBeUndefined();
    expect(splitLines('a\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('registers a mask, its trimmed lines, and applies masks to later lines only', () => {
    expect(masksOf('  one  \n\ntwo\r\n')).toEqual(['  one  \n\ntwo\r\n', 'one', 'two']);
    expect(masksOf(' \n ')).toEqual([]);
    const stream = readCommandStream(['before secret-one', '::add-mask::secret-one%0Aline-two', 'after secret-one and line-two']);
    expect(stream.log.map((l) => l.text)).toEqual(['before secret-one', 'after *** and ***']);
    expect(maskText('abcabc', ['bca', 'cab'])).toBe('a***c');
  });

  it('finds values in every encoding, named by label only', () => {
    const value = 'canary-0123456789ab value';
    expect(findLeaks(`x ${Buffer.from(value).toString('base64url')} y`, [{ label: 'v', value }], 'here')).toEqual(['v (base64url) in here']);
  });
});
