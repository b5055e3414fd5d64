/**
 * The certificate action's step summary, whole: the table, the mermaid gantt of versions, and
 * what happens to user-controlled text (a subject or SAN that tries to break the table or
 * inject markup, a certificate name that tries to break the chart).
 */
import { describe, it, expect } from '@jest/globals';
import type { CertificatePolicy, CertificateProperties, VaultCertificate } from '../../../src/core/certificates/model.js';
import { daysUntil, mermaidText, renderCertificateSummary, versionChart, MAX_CHART_VERSIONS } from '../../../src/actions/certificate/summary.js';
import { certificatePaths } from '../../../src/actions/certificate/files.js';
import type { RunContext } from '../../../src/actions/summary.js';

const NOW = new Date('2025-06-01T12:00:00Z');
const DAY = 86_400_000;
const CONTEXT: RunContext = { actor: 'mona', repository: 'org/app', workflow: 'TLS', runId: '7', ref: 'refs/heads/main', eventName: 'schedule', serverUrl: undefined };

function properties(version: string, from: string, to: string, extra: Partial<CertificateProperties> = {}): CertificateProperties {
  return {
    name: 'api-tls', version, enabled: true, notBefore: new Date(from), expiresOn: new Date(to), createdOn: new Date(from), updatedOn: new Date(from),
    tags: {}, managed: false, recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable',
    x509Thumbprint: new Uint8Array(20).fill(0xab), x509ThumbprintSha256: new Uint8Array(32).fill(0xcd),
    subject: 'CN=api.example.com', issuer: 'CN=Example Internal CA', serialNumber: '0A1B2C3D4E5F60718293',
    subjectAlternativeNames: { dnsNames: ['api.example.com', 'www.example.com'], emails: [], upns: [], ipAddresses: ['10.0.0.1'] },
    ...extra,
  };
}

const V1 = 'aa'.repeat(16);
const V2 = 'bb'.repeat(16);
const OLD = properties(V1, '2024-06-01T00:00:00Z', '2025-06-01T00:00:00Z');
const CURRENT = properties(V2, '2025-05-01T00:00:00Z', '2025-06-21T00:00:00Z');

function certificate(props: CertificateProperties): VaultCertificate {
  return { name: props.name, properties: props, cer: new Uint8Array([0x30]), chain: [], keyId: `/keys/${props.name}/${props.version}`, secretId: `/secrets/${props.name}/${props.version}` };
}

describe('renderCertificateSummary', () => {
  it('renders the table, the chart and who ran it', () => {
    const paths = certificatePaths('/runner/temp', 'api-tls', 'pem');
    const markdown = renderCertificateSummary({
      vault: '.coffer/vault.json', certificate: certificate(CURRENT), versions: [OLD, CURRENT], renewed: true, reason: 'due: an AutoRenew lifetime action is due (lifetimePercentage 80)', paths, context: CONTEXT, now: NOW,
    });
    expect(markdown).toBe([
      '### 📜 Coffer certificate `api-tls`: new version from `.coffer/vault.json`',
      '',
      '| | |',
      '| --- | --- |',
      '| Subject | `CN=api.example.com` |',
      '| SANs | DNS: `api.example.com`, `www.example.com`<br>IP: `10.0.0.1` |',
      '| Issuer | `CN=Example Internal CA` |',
      `| Version | \`${V2}\` |`,
      '| Validity | 2025-05-01T00:00:00Z → 2025-06-21T00:00:00Z |',
      '| Days to expiry | 19 ⚠️ |',
      '| Serial | `0A1B2C3D4E5F60718293` |',
      `| SHA-256 thumbprint | \`${'CD'.repeat(32)}\` |`,
      '| Renewed | 🔄 yes: `due: an AutoRenew lifetime action is due (lifetimePercentage 80)` |',
      '| Files | certificate `/runner/temp/api-tls.cert.pem`<br>chain `/runner/temp/api-tls.chain.pem`<br>key `/runner/temp/api-tls.key.pem` |',
      '',
      '```mermaid',
      'gantt',
      '    title Versions of api-tls',
      '    dateFormat YYYY-MM-DD',
      '    axisFormat %Y-%m-%d',
      '    section Validity',
      '    aaaaaaaa : done, v1, 2024-06-01, 2025-06-01',
      '    bbbbbbbb written : active, v2, 2025-05-01, 2025-06-21',
      '```',
      '',
      'Who ran it: actor `mona` · repository `org/app` · workflow `TLS` · run [7](https://github.com/org/app/actions/runs/7) · ref `refs/heads/main` · event `schedule` · at 2025-06-01T12:00:00Z',
      '',
    ].join('\n'));
  });

  it('escapes user-controlled text in the table; names the policy issuer; shows an expired version and a pfx', () => {
    const hostile = properties(V2, '2025-01-01T00:00:00Z', '2025-05-30T00:00:00Z', {
      subject: 'CN=a|b`c<img src=x>[Renew now](https://evil.example/login)!', subjectAlternativeNames: { dnsNames: ['x|y.example.com'], emails: ['a@b'], upns: ['u@corp'], ipAddresses: [] },
    });
    const cert: VaultCertificate = { ...certificate(hostile), policy: { issuerName: 'Self' } as CertificatePolicy };
    const markdown = renderCertificateSummary({
      vault: 'v|x', certificate: cert, versions: [], renewed: false, reason: 'renew: never', paths: certificatePaths('/t', 'api-tls', 'pfx'), context: CONTEXT, now: NOW,
    });
    // Markdown is parsed inside <code>: brackets and parentheses are entities, so no link forms.
    expect(markdown).toContain('| Subject | <code>CN=a&#124;b&#96;c&lt;img src=x&gt;&#91;Renew now&#93;&#40;https://evil.example/login&#41;&#33;</code> |');
    expect(markdown).not.toContain('Renew now](');
    expect(markdown).toContain('| SANs | DNS: <code>x&#124;y.example.com</code><br>email: `a@b`<br>UPN: `u@corp` |');
    expect(markdown).toContain('| Issuer | `CN=Example Internal CA` (issuer `Self`) |');
    expect(markdown).toContain('| Days to expiry | ❌ expired 3 days ago |');
    expect(markdown).toContain('| Renewed | no: `renew: never` |');
    expect(markdown).toContain('| Files | certificate `/t/api-tls.cert.pem`<br>pfx `/t/api-tls.pfx` |');
    expect(markdown).toContain('### 📜 Coffer certificate `api-tls`: current version from <code>v&#124;x</code>');
    // With no versions listed, the chart shows the version written.
    expect(markdown).toContain('    bbbbbbbb written : active, v1, 2025-01-01, 2025-05-30');
    expect(markdown.split('\n').filter((line) => line.startsWith('|')).every((line) => line.split('|').length === 4)).toBe(true);
  });
});

describe('versionChart', () => {
  it('shows the newest versions only, saying how many are left out, and cuts the name down to safe characters', () => {
    const versions = Array.from({ length: MAX_CHART_VERSIONS + 3 }, (_, i) => properties(i.toString(16).padEnd(32, '0'), new Date(Date.UTC(2020, i, 1)).toISOString(), new Date(Date.UTC(2021, i, 1)).toISOString()));
    const chart = versionChart('x:y#z;\n"w"', versions, 'not-a-version', NOW);
    expect(chart[2]).toBe('    title Versions of x_y_z___w_ (3 older not shown)');
    expect(chart.filter((line) => / : /.test(line))).toHaveLength(MAX_CHART_VERSIONS);
    expect(chart.at(-2)).toBe('    e0000000 : done, v12, 2021-03-01, 2022-03-01');
  });

  it('labels a version that is not 32 hex characters by its place, and marks nothing active when the written one is not listed', () => {
    expect(versionChart('c', [properties('../evil:', '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z')], V2, NOW)).toContain('    version 1 : v1, 2025-01-01, 2026-01-01');
  });

  it('keeps mermaid text to letters, digits, space, dot, underscore and dash', () => {
    expect(mermaidText('a-b_c.d e:f;g#h%i{j}')).toBe('a-b_c.d e_f_g_h_i_j_');
  });
});

describe('daysUntil', () => {
  it('counts whole days, negative once past', () => {
    expect(daysUntil(new Date(NOW.getTime() + 2.5 * DAY), NOW)).toBe(2);
    expect(daysUntil(new Date(NOW.getTime() - 0.5 * DAY), NOW)).toBe(-1);
  });
});
