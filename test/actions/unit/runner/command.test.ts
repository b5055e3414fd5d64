import { describe, it, expect } from '@jest/globals';
import { EOL } from 'node:os';
import { escapeData, escapeProperty, formatCommand, issueCommand } from '../../../../src/actions/runner/command.js';
import { captureStdout } from './stdout.js';

describe('escaping, as actions/toolkit escapes', () => {
  it('data: % first, then CR and LF; nothing else', () => {
    expect(escapeData('100%\r\nnext\rline\n:,=::')).toBe('100%25%0D%0Anext%0Dline%0A:,=::');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('properties: as data, plus : and ,', () => {
    expect(escapeProperty('a:b,c%d\r\ne')).toBe('a%3Ab%2Cc%25d%0D%0Ae');
  });
});

describe('formatCommand', () => {
  it('::name::message, with the message escaped', () => {
    expect(formatCommand('add-mask', {}, 'line one\nline two 50%')).toBe('::add-mask::line one%0Aline two 50%25');
    expect(formatCommand('debug', {}, '')).toBe('::debug::');
  });

  it('::name key=value,key=value::message, leaving out empty properties', () => {
    expect(formatCommand('warning', { title: 'a:b', file: '', line: '3,4' }, 'm')).toBe('::warning title=a%3Ab,line=3%2C4::m');
  });

  it('a message cannot start a second command', () => {
    const line = formatCommand('warning', {}, 'x\n::add-mask::y\n::set-env name=A::b');
    expect(line.split(/\r\n|\r|\n/)).toEqual([line]);
  });
});

describe('issueCommand', () => {
  it('writes the command and a line ending to stdout', () => {
    expect(captureStdout(() => { issueCommand('error', {}, 'bad\nthing'); })).toBe(`::error::bad%0Athing${EOL}`);
  });
});
