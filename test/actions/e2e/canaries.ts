/**
 * The canary secrets: values built to break a careless writer — multi-line, JSON with nesting
 * and arrays, `%`, quotes, backslashes, CRLF, workflow-command and heredoc look-alikes, a value
 * equal to a delimiter prefix, a 3-character value, unicode (emoji, CJK, combining marks) and
 * exactly 25 KiB. Each carries a fresh random marker, so a scan cannot match by chance.
 */
import { randomBytes } from 'node:crypto';
import type { SecretSpec } from './vault-fixture.js';
import type { MaskTarget } from './checks.js';

/** A fresh marker: 12 random hex digits, the pattern leak scans key on. */
export const marker = (): string => `canary-${randomBytes(6).toString('hex')}`;

/** The 3-character value: shorter than the default min-mask-length. */
export const SHORT_VALUE = 'q%Z';

/** Exactly 25 KiB (the vault's limit) of distinct 63-character lines. */
function bigValue(): string {
  const lines: string[] = [];
  for (let i = 0; i < 400; i += 1) lines.push(`big-${String(i).padStart(3, '0')}-${marker()}-${randomBytes(18).toString('hex')}`.slice(0, 63));
  const value = `${lines.join('\n')}\n`;
  if (Buffer.byteLength(value) !== 25 * 1024) throw new Error('the big canary must be exactly 25 KiB');
  return value;
}

/** The JSON canary and what `.*` flattening must make of it (arrays by index, null as ''). */
function jsonCanary(): { value: string; flattened: [string, string][]; leaves: string[] } {
  const host = `db-${marker()}.internal`;
  const password = `pw "${marker()}" 100% \\ '`;
  const replicas = [`replica-a-${marker()}`, `replica-b-${marker()}`];
  const apiKey = `ak-${marker()}`;
  const unicode = `鍵 🔑 ${marker()}`;
  const document = {
    database: { host, port: 5432, password, replicas },
    features: ['alpha', 'beta'],
    enabled: true,
    ratio: 0.25,
    nothing: null,
    'api-key': apiKey,
    unicode,
  };
  return {
    value: JSON.stringify(document, null, 2),
    flattened: [
      ['SVC_CONFIG_DATABASE_HOST', host], ['SVC_CONFIG_DATABASE_PORT', '5432'], ['SVC_CONFIG_DATABASE_PASSWORD', password],
      ['SVC_CONFIG_DATABASE_REPLICAS_0', replicas[0] ?? ''], ['SVC_CONFIG_DATABASE_REPLICAS_1', replicas[1] ?? ''],
      ['SVC_CONFIG_FEATURES_0', 'alpha'], ['SVC_CONFIG_FEATURES_1', 'beta'], ['SVC_CONFIG_ENABLED', 'true'],
      ['SVC_CONFIG_RATIO', '0.25'], ['SVC_CONFIG_NOTHING', ''], ['SVC_CONFIG_API_KEY', apiKey], ['SVC_CONFIG_UNICODE', unicode],
    ],
    // String and number leaves: the parts a script could pick out and print.
    leaves: [host, '5432', password, ...replicas, 'alpha', 'beta', '0.25', apiKey, unicode],
  };
}

export interface CanarySet {
  readonly specs: readonly SecretSpec[];
  /** The `secrets` input: every selection form, with comments and blank lines. */
  readonly selections: (versions: ReadonlyMap<string, readonly string[]>) => string;
  /** Env name → value the selections must deliver. */
  readonly expected: ReadonlyMap<string, string>;
  /** What must be masked: every delivered value, the JSON secret with its leaves. */
  readonly targets: readonly MaskTarget[];
}

export function canarySet(): CanarySet {
  const json = jsonCanary();
  const values = {
    'db-password': `pg-${marker()}`,
    'multi-line': `first line ${marker()}\nsecond line ${marker()}\n\n   indented third ${marker()}   \n`,
    'special-chars': `100% "double" 'single' back\\slash \`tick\` $HOME \${{ secrets.X }} %0A%25%3A literal ${marker()}`,
    'crlf-value': `crlf first ${marker()}\r\ncrlf second ${marker()}\r\n`,
    'delimiter-prefix': 'ghadelimiter_',
    'heredoc-like': `EOF\nghadelimiter_\nDELIMITER\n${marker()}\nEOF`,
    'command-like': `::warning::injected ${marker()}\n::set-env name=INJECTED::${marker()}\n::add-mask::\n<<EOF ${marker()}`,
    'short-one': SHORT_VALUE,
    'unicode-value': `🔐 秘密の鍵 e\u0301 a\u0308 👩‍💻 \u202Eltr ${marker()}`,
    'big-value': bigValue(),
    'svc-config': json.value,
  };
  const old = `versioned-old-${marker()}`;
  const apps = { 'app-one': `app-one-${marker()}`, 'app-two': `app-two-${marker()}` };
  const specs: SecretSpec[] = [
    ...Object.entries(values).map(([name, value]) => ({ name, value })),
    { name: 'versioned', value: old },
    { name: 'versioned', value: `versioned-new-${marker()}` },
    ...Object.entries(apps).map(([name, value]) => ({ name, value })),
    { name: 'app-disabled', value: `app-disabled-${marker()}`, enabled: false },
    { name: 'app-deleted', value: `app-deleted-${marker()}`, deleted: true },
    { name: 'apple', value: `apple-${marker()}` },
  ];
  const expected = new Map<string, string>([
    ['DB_PASSWORD', values['db-password']], ['PGPASSWORD', values['db-password']], ['MULTI', values['multi-line']],
    ['SPECIAL_CHARS', values['special-chars']], ['CRLF_VALUE', values['crlf-value']], ['DELIMITER_PREFIX', values['delimiter-prefix']],
    ['HEREDOC_LIKE', values['heredoc-like']], ['COMMAND_LIKE', values['command-like']], ['SHORT_ONE', SHORT_VALUE],
    ['UNICODE_VALUE', values['unicode-value']], ['BIG_VALUE', values['big-value']], ['SVC_CONFIG', json.value],
    ...json.flattened, ['DB_HOST', json.flattened[0]?.[1] ?? ''], ['REPLICA_B', json.flattened[4]?.[1] ?? ''],
    ['VERSIONED', old], ['APP_ONE', apps['app-one']], ['APP_TWO', apps['app-two']],
  ]);
  const targets: MaskTarget[] = [...new Set(expected.values())].map((value) => ({
    label: [...expected].find(([, v]) => v === value)?.[0] ?? '?',
    value,
    ...(value === json.value ? { leaves: json.leaves } : {}),
  }));
  const selections = (versions: ReadonlyMap<string, readonly string[]>): string => [
    '# every selection form, with comments and blank lines',
    'db-password',
    '  db-password > PGPASSWORD  ',
    '',
    'multi-line > MULTI',
    ...['special-chars', 'crlf-value', 'delimiter-prefix', 'heredoc-like', 'command-like', 'short-one', 'unicode-value', 'big-value'],
    '   # an indented comment',
    'svc-config',
    'svc-config.*',
    'svc-config.database.host > DB_HOST',
    'svc-config.database.replicas.1 > REPLICA_B',
    `versioned@${versions.get('versioned')?.[0] ?? ''}`,
    'app-*',
    '',
  ].join('\n');
  return { specs, selections, expected, targets };
}
