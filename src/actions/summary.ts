/**
 * The step summary's audit table, as markdown. Pure: it is built from names, versions, dates
 * and results — the types it takes carry no value — and report.ts writes it. One row per
 * secret (or per selection that found nothing), then who ran the step and a link to the run.
 */
import { expiresSoon, isoSeconds, resultOf, type Issue, type Outcome, type Result } from './resolve.js';

/** Who ran the step, from the runner's GITHUB_* variables. */
export interface RunContext {
  readonly actor: string | undefined;
  readonly repository: string | undefined;
  readonly workflow: string | undefined;
  readonly runId: string | undefined;
  readonly ref: string | undefined;
  readonly eventName: string | undefined;
  readonly serverUrl: string | undefined;
}

export function runContextOf(env: Readonly<Record<string, string | undefined>>): RunContext {
  const value = (name: string): string | undefined => (env[name] === '' ? undefined : env[name]);
  return {
    actor: value('GITHUB_ACTOR'), repository: value('GITHUB_REPOSITORY'), workflow: value('GITHUB_WORKFLOW'),
    runId: value('GITHUB_RUN_ID'), ref: value('GITHUB_REF'), eventName: value('GITHUB_EVENT_NAME'),
    serverUrl: value('GITHUB_SERVER_URL'),
  };
}

/** One row: never a value. */
export interface SummaryRow {
  readonly secret: string;
  readonly version: string | undefined;
  readonly expiresOn: Date | undefined;
  /** The names delivered (empty when nothing was). */
  readonly names: readonly string[];
  /** Where those names went: `env, output`, `file (path in env)`, `command environment`. */
  readonly where: string;
  readonly result: Result;
  readonly issues: readonly Pick<Issue, 'severity' | 'brief'>[];
}

export interface SummaryInput {
  /** `fetch` or `run`. */
  readonly action: string;
  readonly vault: string;
  readonly rows: readonly SummaryRow[];
  /** False when the step failed before delivering anything. */
  readonly delivered: boolean;
  readonly context: RunContext;
  readonly now: Date;
}

/** Rows for outcomes; `rename` gives the delivered name (`<NAME>_FILE` for files). */
export function summaryRows(outcomes: readonly Outcome[], where: string, rename: (name: string) => string = (name) => name): SummaryRow[] {
  return outcomes.map((outcome) => ({
    secret: outcome.secret,
    version: outcome.properties?.version,
    expiresOn: outcome.properties?.expiresOn,
    names: outcome.entries.map((entry) => rename(entry.name)),
    where,
    result: resultOf(outcome),
    issues: outcome.issues.map(({ severity, brief }) => ({ severity, brief })),
  }));
}

const SAFE_CODE = /^[^`|<>&\\\r\n]*$/;

/**
 * Inline code that cannot break the table or inject markup, whatever the text. Markdown is still
 * parsed between HTML tags, so inside `<code>` every character markdown could make a link, an
 * image or emphasis of is written as an entity too: a certificate subject such as
 * `CN=x|[Renew](https://…)` shows as text, not as a link.
 */
export function code(text: string): string {
  if (SAFE_CODE.test(text)) return `\`${text}\``;
  const named: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
  const escaped = text.replace(/[\r\n]+/g, ' ').replace(/[&<>|\\`[\](){}!*_~]/g, (c) => named[c] ?? `&#${c.charCodeAt(0)};`);
  return `<code>${escaped}</code>`;
}

const MAX_NAMES_SHOWN = 5;
const MARK: Readonly<Record<Result, string>> = { ok: '✅', warning: '⚠️', failed: '❌', ignored: '➖' };

function namesCell(row: SummaryRow, delivered: boolean): string {
  if (row.names.length === 0) return '—';
  if (!delivered) return 'not delivered';
  const shown = row.names.slice(0, MAX_NAMES_SHOWN).map(code).join(', ');
  const more = row.names.length > MAX_NAMES_SHOWN ? ` and ${row.names.length - MAX_NAMES_SHOWN} more` : '';
  return `${shown}${more} → ${row.where}`;
}

function expiresCell(row: SummaryRow, now: Date): string {
  if (row.expiresOn === undefined) return '—';
  return `${isoSeconds(row.expiresOn)}${expiresSoon(row.expiresOn, now) ? ' ⚠️' : ''}`;
}

function resultCell(row: SummaryRow): string {
  const briefs = row.issues.map((issue) => issue.brief);
  return [MARK[row.result], ...(briefs.length === 0 ? [] : [briefs.join('; ')])].join(' ');
}

function tableRow(row: SummaryRow, input: SummaryInput): string {
  const version = row.version === undefined ? '—' : code(row.version);
  return `| ${code(row.secret)} | ${version} | ${namesCell(row, input.delivered)} | ${expiresCell(row, input.now)} | ${resultCell(row)} |`;
}

/** The run's link, only when its parts look like what the runner sets. */
export function runUrl(context: RunContext): string | undefined {
  const server = context.serverUrl ?? 'https://github.com';
  const { repository, runId } = context;
  if (!/^https:\/\/[A-Za-z0-9.:-]+$/.test(server) || repository === undefined || runId === undefined) return undefined;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^[0-9]+$/.test(runId)) return undefined;
  return `${server}/${repository}/actions/runs/${runId}`;
}

/** The summary's last line, shared by every action: who ran the step, where, and when. */
export function whoRanIt(context: RunContext, now: Date): string {
  const url = runUrl(context);
  const parts = [
    context.actor === undefined ? undefined : `actor ${code(context.actor)}`,
    context.repository === undefined ? undefined : `repository ${code(context.repository)}`,
    context.workflow === undefined ? undefined : `workflow ${code(context.workflow)}`,
    context.runId === undefined ? undefined : `run ${url === undefined ? code(context.runId) : `[${context.runId}](${url})`}`,
    context.ref === undefined ? undefined : `ref ${code(context.ref)}`,
    context.eventName === undefined ? undefined : `event ${code(context.eventName)}`,
    `at ${isoSeconds(now)}`,
  ];
  return `Who ran it: ${parts.filter((part) => part !== undefined).join(' · ')}`;
}

function statusLine(input: SummaryInput): string {
  const count = (result: Result): number => input.rows.filter((row) => row.result === result).length;
  // A row counts as delivered by what it delivered: a missing secret under `missing: warn` is a warning, not a delivery.
  const delivered = input.delivered ? input.rows.filter((row) => row.result !== 'failed' && row.names.length > 0).length : 0;
  const counts = [`${delivered} delivered`, `${count('warning')} with warnings`, `${count('failed')} failed`, `${count('ignored')} ignored`];
  return input.delivered ? counts.join(' · ') : `${counts.join(' · ')} — the step failed, so nothing was delivered.`;
}

/** The whole summary, ending with a newline. */
export function renderSummary(input: SummaryInput): string {
  return [
    `### 🔐 Coffer ${input.action}: secrets from ${code(input.vault)}`,
    '',
    '| Secret | Version | Delivered as | Expires | Result |',
    '| --- | --- | --- | --- | --- |',
    ...input.rows.map((row) => tableRow(row, input)),
    '',
    statusLine(input),
    '',
    whoRanIt(input.context, input.now),
    '',
  ].join('\n');
}
