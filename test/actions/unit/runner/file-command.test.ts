import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueFileCommand, keyValueMessage } from '../../../../src/actions/runner/file-command.js';
import { entryProblems, parseFileCommands } from '../../e2e/file-commands.js';

const UUID = '0b5ec1b4-3a35-4c4b-9d9c-6c2f5e3d2a10';
const DELIMITER = `ghadelimiter_${UUID}`;
const fixed = (): string => UUID;

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'coffer-file-command-test-'));
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('keyValueMessage', () => {
  it('is NAME<<DELIMITER, the value, DELIMITER, each line ended by os.EOL', () => {
    expect(keyValueMessage('DB_PASSWORD', 'a\nb', fixed)).toBe(`DB_PASSWORD<<${DELIMITER}${EOL}a\nb${EOL}${DELIMITER}${EOL}`);
    expect(keyValueMessage('EMPTY', '', fixed)).toBe(`EMPTY<<${DELIMITER}${EOL}${EOL}${DELIMITER}${EOL}`);
  });

  it('uses a fresh random delimiter each time', () => {
    const delimiterOf = (message: string): string => message.slice(message.indexOf('<<') + 2, message.indexOf(EOL));
    const [a, b] = [keyValueMessage('A', 'x'), keyValueMessage('A', 'x')].map(delimiterOf);
    expect(a).toMatch(/^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });

  it('refuses a name or a value that contains the delimiter', () => {
    expect(() => keyValueMessage(`A${DELIMITER}`, 'x', fixed)).toThrow(`Unexpected input: name should not contain the delimiter "${DELIMITER}"`);
    expect(() => keyValueMessage('A', `x\n${DELIMITER}\nGITHUB_TOKEN=forged`, fixed)).toThrow(`Unexpected input: value should not contain the delimiter "${DELIMITER}"`);
  });
});

describe('issueFileCommand', () => {
  it('appends entries to GITHUB_<command>, which read back byte for byte as the runner reads them', () => {
    const path = join(temp, 'env');
    writeFileSync(path, '');
    const values = ['plain', 'two\nlines', 'cr\r\nlf\r', 'GITHUB_TOKEN=forged\nX<<EOF', '', '%0A::add-mask::'];
    values.forEach((value, i) => { issueFileCommand('ENV', `V${i}`, value, { GITHUB_ENV: path }); });
    const entries = parseFileCommands(readFileSync(path, 'utf8'));
    expect(entries.map((e) => [e.name, e.value])).toEqual(values.map((value, i) => [`V${i}`, value]));
    expect(entryProblems(entries)).toEqual([]);
  });

  it('writes to the file of its command: GITHUB_OUTPUT, GITHUB_STATE', () => {
    const out = join(temp, 'out');
    const state = join(temp, 'state');
    writeFileSync(out, '');
    writeFileSync(state, '');
    const env = { GITHUB_OUTPUT: out, GITHUB_STATE: state };
    issueFileCommand('OUTPUT', 'o', '1', env);
    issueFileCommand('STATE', 's', '2', env);
    expect([parseFileCommands(readFileSync(out, 'utf8')), parseFileCommands(readFileSync(state, 'utf8'))].map((es) => es.map((e) => [e.name, e.value]))).toEqual([[['o', '1']], [['s', '2']]]);
  });

  it('refuses when the runner gave no file, rather than print the value to stdout', () => {
    expect(() => { issueFileCommand('ENV', 'A', 'x', {}); }).toThrow('Unable to find environment variable for file command ENV: GITHUB_ENV is not set.');
    expect(() => { issueFileCommand('OUTPUT', 'A', 'x', { GITHUB_OUTPUT: '' }); }).toThrow('GITHUB_OUTPUT is not set');
    const missing = join(temp, 'nope');
    expect(() => { issueFileCommand('ENV', 'A', 'x', { GITHUB_ENV: missing }); }).toThrow(`Missing file at path: ${missing}`);
  });
});
