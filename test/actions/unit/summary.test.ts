import { describe, it, expect } from '@jest/globals';
import { code, renderSummary, runContextOf, runUrl, summaryRows, type SummaryInput } from '../../../src/actions/summary.js';
import type { Outcome } from '../../../src/actions/resolve.js';
import { parseSelectionLine } from '../../../src/actions/selection.js';
import type { SecretProperties } from '../../../src/core/model.js';

const NOW = new Date('2025-01-01T12:00:00.000Z');
const CANARY = 'canary-5e1f0c9a77d2';
const V1 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const V2 = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

function properties(name: string, version: string, expiresOn?: Date): SecretProperties {
  return {
    name, version, enabled: true, notBefore: undefined, expiresOn, createdOn: NOW, updatedOn: NOW,
    contentType: undefined, tags: {}, managed: false, recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable',
  };
}

const OUTCOMES: Outcome[] = [
  {
    selection: parseSelectionLine(1, 'db-password'), secret: 'db-password', properties: properties('db-password', V1),
    issues: [], entries: [{ name: 'DB_PASSWORD', value: CANARY }], value: CANARY,
  },
  {
    selection: parseSelectionLine(2, 'cfg.*'), secret: 'cfg', properties: properties('cfg', V2, new Date('2025-01-11T00:00:00.000Z')),
    issues: [{ severity: 'warning', brief: 'expires in 10 days', message: `never shown ${CANARY}` }],
    entries: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((k) => ({ name: `CFG_${k}`, value: `${CANARY}-${k}` })), value: `{"a":"${CANARY}"}`,
  },
  {
    selection: parseSelectionLine(3, 'nope'), secret: 'nope', properties: undefined,
    issues: [{ severity: 'error', brief: 'not found', message: 'Secret \'nope\' (line 3) was not found in /v.json.' }], entries: [], value: undefined,
  },
  {
    selection: parseSelectionLine(4, 'x-*'), secret: 'x-*', properties: undefined,
    issues: [{ severity: 'ignored', brief: 'no match', message: '' }], entries: [], value: undefined,
  },
];

const ENV = {
  GITHUB_ACTOR: 'mona', GITHUB_REPOSITORY: 'octo-org/octo-app', GITHUB_WORKFLOW: 'Deploy | prod', GITHUB_RUN_ID: '8812345678',
  GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push', GITHUB_SERVER_URL: 'https://github.com',
};

const input = (overrides: Partial<SummaryInput> = {}): SummaryInput => ({
  action: 'fetch', vault: '.coffer/vault.json', rows: summaryRows(OUTCOMES, 'env, output'), delivered: true,
  context: runContextOf(ENV), now: NOW, ...overrides,
});

describe('renderSummary', () => {
  it('renders the table, the counts and who ran it, exactly', () => {
    expect(renderSummary(input())).toBe([
      '### 🔐 Coffer fetch: secrets from `.coffer/vault.json`',
      '',
      '| Secret | Version | Delivered as | Expires | Result |',
      '| --- | --- | --- | --- | --- |',
      `| \`db-password\` | \`${V1}\` | \`DB_PASSWORD\` → env, output | — | ✅ |`,
      `| \`cfg\` | \`${V2}\` | \`CFG_A\`, \`CFG_B\`, \`CFG_C\`, \`CFG_D\`, \`CFG_E\` and 2 more → env, output | 2025-01-11T00:00:00Z ⚠️ | ⚠️ expires in 10 days |`,
      '| `nope` | — | — | — | ❌ not found |',
      '| `x-*` | — | — | — | ➖ no match |',
      '',
      '2 delivered · 1 with warnings · 1 failed · 1 ignored',
      '',
      'Who ran it: actor `mona` · repository `octo-org/octo-app` · workflow <code>Deploy &#124; prod</code> · run [8812345678](https://github.com/octo-org/octo-app/actions/runs/8812345678) · ref `refs/heads/main` · event `push` · at 2025-01-01T12:00:00Z',
      '',
    ].join('\n'));
  });

  it('counts a secret missing under `missing: warn` as a warning, not as delivered', () => {
    const [first] = summaryRows(OUTCOMES, 'env, output');
    if (first === undefined) throw new Error('no rows');
    const missing = { ...first, secret: 'gone', version: undefined, names: [], result: 'warning' as const, issues: [{ severity: 'warning' as const, brief: 'not found' }] };
    const text = renderSummary(input({ rows: [first, missing] }));
    expect(text).toContain('\n1 delivered · 1 with warnings · 0 failed · 0 ignored\n');
  });

  it('says nothing was delivered when the step failed', () => {
    const text = renderSummary(input({ delivered: false, action: 'run', rows: summaryRows(OUTCOMES, 'command environment') }));
    expect(text.split('\n').filter((line) => line.includes('not delivered') || line.startsWith('0 delivered'))).toEqual([
      '| `db-password` | `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa` | not delivered | — | ✅ |',
      '| `cfg` | `bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb` | not delivered | 2025-01-11T00:00:00Z ⚠️ | ⚠️ expires in 10 days |',
      '0 delivered · 1 with warnings · 1 failed · 1 ignored — the step failed, so nothing was delivered.',
    ]);
    expect(text.startsWith('### 🔐 Coffer run: ')).toBe(true);
  });

  it('never holds a value, nor an issue message', () => {
    const text = renderSummary(input());
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('never shown');
  });

  it('renames delivered names (files: <NAME>_FILE)', () => {
    const rows = summaryRows(OUTCOMES.slice(0, 1), 'file (path in env)', (name) => `${name}_FILE`);
    expect(renderSummary(input({ rows }))).toContain('| `DB_PASSWORD_FILE` → file (path in env) |');
  });

  it('leaves out what the runner did not say, and links nothing it cannot trust', () => {
    const text = renderSummary(input({ context: runContextOf({ GITHUB_RUN_ID: '12', GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: 'javascript:alert(1)' }), rows: [] }));
    expect(text.split('\n').at(-2)).toBe('Who ran it: repository `o/r` · run `12` · at 2025-01-01T12:00:00Z');
    expect(renderSummary(input({ context: runContextOf({}), rows: [] })).split('\n').at(-2)).toBe('Who ran it: at 2025-01-01T12:00:00Z');
  });
});

describe('pieces', () => {
  it('code() keeps safe text in backticks and escapes anything that could break the table or inject markup', () => {
    expect(code('refs/heads/main')).toBe('`refs/heads/main`');
    expect(code('a|b')).toBe('<code>a&#124;b</code>');
    expect(code('<img src=x>`&\\\nz')).toBe('<code>&lt;img src=x&gt;&#96;&amp;&#92; z</code>');
  });

  it('runUrl: server, repository and run id; GitHub by default', () => {
    expect(runUrl(runContextOf({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '1' }))).toBe('https://github.com/o/r/actions/runs/1');
    expect(runUrl(runContextOf({ GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '1' }))).toBe('https://ghe.example.com/o/r/actions/runs/1');
    expect(runUrl(runContextOf({ GITHUB_REPOSITORY: 'o/r)x', GITHUB_RUN_ID: '1' }))).toBeUndefined();
    expect(runUrl(runContextOf({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '1a' }))).toBeUndefined();
    expect(runUrl(runContextOf({ GITHUB_REPOSITORY: 'o/r' }))).toBeUndefined();
  });

  it('runContextOf treats empty variables as absent', () => {
    expect(runContextOf({ GITHUB_ACTOR: '' }).actor).toBeUndefined();
  });
});
