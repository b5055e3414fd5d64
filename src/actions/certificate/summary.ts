/**
 * The certificate action's step summary, as markdown: a table of the version written (subject,
 * SANs, issuer, version, validity, days to expiry, thumbprint, whether this step renewed it and
 * why, the files), then a mermaid gantt chart of the certificate's versions and their validity,
 * which GitHub renders. Pure; it is built from certificate properties, which hold nothing private.
 *
 * Everything user-controlled (subject, SANs, issuer names, reason, paths) goes into the table
 * through `code()`, which cannot break a table or inject markup; nothing user-controlled goes
 * into the chart but dates and the certificate name, which is first cut down to safe characters.
 */
import type { CertificateProperties, VaultCertificate } from '../../core/certificates/model.js';
import { code, whoRanIt, type RunContext } from '../summary.js';
import type { CertificatePaths } from './files.js';

export interface CertificateSummaryInput {
  readonly vault: string;
  readonly certificate: VaultCertificate;
  /** Every version, oldest first (may be empty when they could not be listed). */
  readonly versions: readonly CertificateProperties[];
  readonly renewed: boolean;
  readonly reason: string;
  readonly paths: CertificatePaths;
  readonly context: RunContext;
  readonly now: Date;
}

export const DAY_MS = 86_400_000;
/** Fewer days left than this gets a warning sign. */
const SOON_DAYS = 30;
/** The chart shows the newest versions only: a certificate renewed monthly for years would be unreadable. */
export const MAX_CHART_VERSIONS = 12;
const VERSION = /^[0-9a-f]{32}$/;

const day = (date: Date): string => date.toISOString().slice(0, 10);
const seconds = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/** Whole days from `now` to `date`; negative once past. */
export function daysUntil(date: Date, now: Date): number {
  return Math.floor((date.getTime() - now.getTime()) / DAY_MS);
}

/** Text safe anywhere in a mermaid gantt line: no `:`, `;`, `#`, quotes, brackets or line breaks. */
export function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._-]/g, '_').slice(0, 80);
}

function sansCell(properties: CertificateProperties): string {
  const sans = properties.subjectAlternativeNames;
  const groups: [string, readonly string[]][] = [['DNS', sans.dnsNames], ['IP', sans.ipAddresses], ['email', sans.emails], ['UPN', sans.upns]];
  const cells = groups.filter(([, items]) => items.length > 0).map(([kind, items]) => `${kind}: ${items.map((item) => code(item)).join(', ')}`);
  return cells.length === 0 ? '—' : cells.join('<br>');
}

function expiryCell(notAfter: Date | undefined, now: Date): string {
  if (notAfter === undefined) return '—';
  const days = daysUntil(notAfter, now);
  if (days < 0) return `❌ expired ${-days} day${days === -1 ? '' : 's'} ago`;
  return `${days}${days < SOON_DAYS ? ' ⚠️' : ''}`;
}

function filesCell(paths: CertificatePaths): string {
  const files: [string, string | undefined][] = [['certificate', paths.certificateFile], ['chain', paths.chainFile], ['key', paths.keyFile], ['pfx', paths.pfxFile]];
  return files.filter((file): file is [string, string] => file[1] !== undefined).map(([kind, path]) => `${kind} ${code(path)}`).join('<br>');
}

function issuerCell(certificate: VaultCertificate): string {
  const policyIssuer = certificate.policy?.issuerName;
  return `${code(certificate.properties.issuer)}${policyIssuer === undefined ? '' : ` (issuer ${code(policyIssuer)})`}`;
}

function table(input: CertificateSummaryInput): string[] {
  const { properties } = input.certificate;
  const validity = properties.notBefore === undefined || properties.expiresOn === undefined ? '—' : `${seconds(properties.notBefore)} → ${seconds(properties.expiresOn)}`;
  const rows: [string, string][] = [
    ['Subject', code(properties.subject)],
    ['SANs', sansCell(properties)],
    ['Issuer', issuerCell(input.certificate)],
    ['Version', code(properties.version)],
    ['Validity', validity],
    ['Days to expiry', expiryCell(properties.expiresOn, input.now)],
    ['Serial', code(properties.serialNumber)],
    ['SHA-256 thumbprint', code(Buffer.from(properties.x509ThumbprintSha256).toString('hex').toUpperCase())],
    ['Renewed', `${input.renewed ? '🔄 yes' : 'no'}: ${code(input.reason)}`],
    ['Files', filesCell(input.paths)],
  ];
  return ['| | |', '| --- | --- |', ...rows.map(([label, value]) => `| ${label} | ${value} |`)];
}

/** The gantt chart's lines: one bar per version, expired ones done, the written one active. */
export function versionChart(name: string, versions: readonly CertificateProperties[], written: string, now: Date): string[] {
  const shown = versions.slice(-MAX_CHART_VERSIONS);
  const bars = shown.flatMap((version, index) => {
    const start = version.notBefore ?? version.createdOn;
    const end = version.expiresOn;
    if (end === undefined) return [];
    const label = VERSION.test(version.version) ? version.version.slice(0, 8) : `version ${index + 1}`;
    const tags = [version.version === written ? 'active' : end.getTime() <= now.getTime() ? 'done' : '', `v${index + 1}`].filter((tag) => tag !== '');
    return [`    ${label}${version.version === written ? ' written' : ''} : ${tags.join(', ')}, ${day(start)}, ${day(end)}`];
  });
  const older = versions.length - shown.length;
  return [
    '```mermaid',
    'gantt',
    `    title Versions of ${mermaidText(name)}${older > 0 ? ` (${older} older not shown)` : ''}`,
    '    dateFormat YYYY-MM-DD',
    '    axisFormat %Y-%m-%d',
    '    section Validity',
    ...bars,
    '```',
  ];
}

/** The whole summary, ending with a newline. */
export function renderCertificateSummary(input: CertificateSummaryInput): string {
  const { certificate } = input;
  const versions = input.versions.length > 0 ? input.versions : [certificate.properties];
  return [
    `### 📜 Coffer certificate ${code(certificate.name)}: ${input.renewed ? 'new version' : 'current version'} from ${code(input.vault)}`,
    '',
    ...table(input),
    '',
    ...versionChart(certificate.name, versions, certificate.properties.version, input.now),
    '',
    whoRanIt(input.context, input.now),
    '',
  ].join('\n');
}
