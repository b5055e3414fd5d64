/**
 * Help, version, and usage errors (exit 2) through the bundle. A usage error names the option
 * at fault and never echoes a positional or an unknown option's value: either may be a secret
 * typed in the wrong place.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Sandbox } from './harness.js';

let box: Sandbox;
beforeAll(() => {
  box = new Sandbox();
  box.init();
  box.run(['secret', 'set', 'present', '--value', 'p']);
});
afterAll(() => {
  box.cleanup();
});

describe('help and version', () => {
  it('prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(box.run(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([[['--help']], [['help']], [['-h']]])('prints the full help for %j', (args) => {
    const result = box.run(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('coffer 0.1.0: a key vault for CI/CD pipelines.\n\nUsage: coffer COMMAND [options]\n')).toBe(true);
    for (const command of ['init', 'secret set', 'secret get', 'secret list', 'secret versions', 'secret update', 'secret delete', 'secret recover',
      'secret purge', 'secret deleted', 'secret backup', 'secret restore', 'audit show', 'audit verify', 'rekey']) {
      expect(result.stdout).toContain(`\n  ${command} `);
    }
    expect(result.stdout).toContain('Exit codes: 0 success, 1 the operation failed (one line on stderr), 2 usage error.');
  });

  it('prints a group\'s synopses and a command\'s options', () => {
    const group = box.run(['secret', '--help']);
    expect(group.status).toBe(0);
    expect(group.stdout).toContain('  coffer secret get NAME [--version V] [--json]\n');
    expect(group.stdout).not.toContain('coffer audit show');
    expect(box.run(['help', 'audit']).stdout).toContain('  coffer audit verify\n');
    const command = box.run(['secret', 'backup', 'x', '--help']);
    expect(command.status).toBe(0);
    expect(command.stdout.startsWith('Usage: coffer secret backup NAME [--out FILE]\n\nWrite a sealed backup')).toBe(true);
    expect(box.run(['help', 'rekey']).stdout).toBe(box.run(['rekey', '-h']).stdout);
  });
});

const hint = (synopsis: string, name: string): string => `Usage: coffer ${synopsis}\nRun 'coffer ${name} --help' for details.\n`;
const GET = hint('secret get NAME [--version V] [--json]', 'secret get');
const SET = hint('secret set NAME [--value V | --file F | stdin] [--content-type T] [--expires ISO] [--not-before ISO] [--tag K=V]... [--disabled] [--json]', 'secret set');
const UPDATE = hint('secret update NAME [--version V] [--enabled true|false] [--expires ISO] [--not-before ISO] [--content-type T] [--tag K=V]... [--json]', 'secret update');
const TOP = "Usage: coffer COMMAND [options]\nRun 'coffer --help' for the commands.\n";
const SECRET = "Usage: coffer secret COMMAND [options]\nRun 'coffer secret --help' for its commands.\n";

describe('usage errors exit 2 with a hint', () => {
  it.each<[string[], string]>([
    [[], `coffer: No command given.\n${TOP}`],
    [['frobnicate'], `coffer: Unknown command: run 'coffer --help' for the list.\n${TOP}`],
    [['secret'], `coffer: 'coffer secret' needs a command.\n${SECRET}`],
    [['secret', 'fetch', 'x'], `coffer: Unknown command under 'coffer secret'.\n${SECRET}`],
    [['secret', 'get'], `coffer: 'coffer secret get' needs NAME.\n${GET}`],
    [['secret', 'get', 'a', 'b'], `coffer: 'coffer secret get' takes 1 argument (NAME); got 2.\n${GET}`],
    [['secret', 'get', 'present', '--verbose'], `coffer: Unknown option --verbose for 'coffer secret get'.\n${GET}`],
    [['secret', 'get', 'present', '--json=yes'], `coffer: --json takes no value.\n${GET}`],
    [['secret', 'get', 'present', '--version'], `coffer: --version needs a value.\n${GET}`],
    [['secret', 'get', 'present', '--vault', 'a', '--vault', 'b'], `coffer: --vault was given more than once.\n${GET}`],
    [['secret', 'set', 'x', '--expires', '31/01/2026'], `coffer: Invalid --expires '31/01/2026': expected an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (a time needs Z or an offset).\n${SET}`],
    [['secret', 'set', 'x', '--not-before', '2026-13-45'], `coffer: Invalid --not-before '2026-13-45': expected an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (a time needs Z or an offset).\n${SET}`],
    [['secret', 'set', 'x', '--tag', 'novalue'], `coffer: Invalid --tag 'novalue': expected NAME=VALUE.\n${SET}`],
    [['secret', 'set', 'x', '--tag', '=v'], `coffer: Invalid --tag '=v': expected NAME=VALUE.\n${SET}`],
    [['secret', 'set', 'x', '--tag', 'a=1', '--tag', 'a=2'], `coffer: --tag 'a' was given more than once.\n${SET}`],
    [['secret', 'set', 'x', '--value', 'v', '--file', 'f'], `coffer: Give the value with --value or --file, not both.\n${SET}`],
    [['secret', 'update', 'present', '--enabled', 'yes'], `coffer: Invalid --enabled 'yes': expected true or false.\n${UPDATE}`],
    [['secret', 'update', 'present'], `coffer: Nothing to update: give --enabled, --expires, --not-before, --content-type or --tag.\n${UPDATE}`],
    [['secret', 'list', 'extra'], `coffer: 'coffer secret list' takes no arguments; got 1.\n${hint('secret list [--json]', 'secret list')}`],
    [['audit', 'show', '--tail', '0'], `coffer: Invalid --tail '0': expected a whole number of at least 1.\n${hint('audit show [--json] [--tail N]', 'audit show')}`],
    [['audit', 'show', '--tail', '-3'], `coffer: Invalid --tail '-3': expected a whole number of at least 1.\n${hint('audit show [--json] [--tail N]', 'audit show')}`],
    [['audit', 'show', '--tail', '2.5'], `coffer: Invalid --tail '2.5': expected a whole number of at least 1.\n${hint('audit show [--json] [--tail N]', 'audit show')}`],
    [['rekey'], `coffer: 'coffer rekey' needs --new-key-file PATH.\n${hint('rekey --new-key-file PATH', 'rekey')}`],
    [['init', '--retention-days', 'ninety'], `coffer: Invalid --retention-days 'ninety': expected a whole number from 7 to 90.\n${hint('init [--vault PATH] [--key-file PATH] [--retention-days N]', 'init')}`],
  ])('%j', (args, stderr) => {
    expect(box.run(args)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('changes nothing', () => {
    const before = box.read('.coffer/vault.json');
    box.run(['secret', 'set', 'x', '--expires', 'tomorrow', '--value', 'v']);
    box.run(['secret', 'update', 'present', '--enabled', 'maybe']);
    expect(box.read('.coffer/vault.json')).toBe(before);
    expect(box.run(['secret', 'get', 'x']).status).toBe(1);
  });
});
