/**
 * The fetch bundle against a live `coffer serve` (vault: https://127.0.0.1:<port>, ca-file: the
 * server's CA copied into the workspace):
 *
 * - auth: token with a Secrets User vault token over /secrets: the canary values arrive exactly
 *   as from a vault file, masked first; the token is masked on the first line of stdout and is in
 *   no log line, summary or file;
 * - auth: oidc (the default for a URL): the step asks the runner's ID-token endpoint for a token
 *   whose audience is the vault's origin, masks it, and the server matches its claims against a
 *   role assignment (repository org/app, id 123 → Secrets User over /secrets/app-*). A secret
 *   outside that scope, or a token from a repository with another id, is refused with a 403
 *   naming the secret and delivering nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { GITHUB_ISSUER } from '../../../src/cli/commands/serve-setup.js';
import type { LocalVault } from '../../../src/core/vault.js';
import { SimulatedRunner, describeStep, type StepResult } from './runner.js';
import { canarySet, marker, SHORT_VALUE, type CanarySet } from './canaries.js';
import { entryProblems } from './file-commands.js';
import { DEFAULT_POLICY, type MaskTarget, fileLeaks, keyMaskedFirst, logLeaks, maskOrderProblems, roundTripProblems, unexpectedEntries } from './checks.js';
import type { Planted } from './leaks.js';
import type { SecretSpec } from './vault-fixture.js';
import { TestIssuer, pushClaims, runStep, startIdTokenEndpoint, startLiveServer, type IdTokenEndpoint, type LiveServer } from './live-server.js';

const APP_DB = `app-db ${marker()}\nsecond line ${marker()}`;
const OTHER = `other ${marker()}`;
const REQUEST_TOKEN = { app: `req-app-${randomBytes(12).toString('hex')}`, recycled: `req-999-${randomBytes(12).toString('hex')}` };
const SUB = 'repo:org/app:ref:refs/heads/main';

let dir: string;
let issuer: TestIssuer;
let server: LiveServer;
let endpoint: IdTokenEndpoint;
let runner: SimulatedRunner;
let canaries: CanarySet;
let versions: Map<string, string[]>;
let token: string;
let planted: Planted[];
/** The canaries, and app-db, which the canaries' `app-*` selects too. */
let expected: Map<string, string>;
let targets: MaskTarget[];

/** Writes the specs into the server's own vault, as vault-fixture.ts writes a vault file. */
async function seed(vault: LocalVault, specs: readonly SecretSpec[]): Promise<Map<string, string[]>> {
  const written = new Map<string, string[]>();
  for (const spec of specs) {
    const secret = await vault.setSecret(spec.name, spec.value, {
      ...(spec.expiresOn === undefined ? {} : { expiresOn: spec.expiresOn }),
      ...(spec.enabled === undefined ? {} : { enabled: spec.enabled }),
    });
    written.set(spec.name, [...(written.get(spec.name) ?? []), secret.properties.version]);
  }
  for (const spec of specs) if (spec.deleted === true) await vault.deleteSecret(spec.name);
  return written;
}

const remoteInputs = (inputs: Record<string, string>): Record<string, string> => ({ vault: server.url, 'ca-file': 'ca.pem', ...inputs });
const oidcEnv = (requestToken: string): Record<string, string> => ({ ACTIONS_ID_TOKEN_REQUEST_URL: endpoint.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken });
const errors = (step: StepResult): string[] => step.annotations.filter((a) => a.level === 'error').map((a) => a.text.trim());
const delivered = (step: StepResult): string[] => [...step.env.keys(), ...step.outputs.keys()];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coffer-remote-fetch-'));
  issuer = await TestIssuer.create(GITHUB_ISSUER, dir);
  server = await startLiveServer({
    oidc: { issuer: issuer.issuer, jwksFile: issuer.jwksFile },
    assignments: [{ principal: { repository: 'org/app', repository_id: '123' }, role: 'Secrets User', scope: '/secrets/app-*' }],
  });
  endpoint = await startIdTokenEndpoint(issuer, new Map([
    [REQUEST_TOKEN.app, pushClaims()],
    // The same name, another repository: deleted and recreated, or renamed over.
    [REQUEST_TOKEN.recycled, pushClaims({ repository_id: '999' })],
  ]));
  runner = new SimulatedRunner('remote-fetch');
  copyFileSync(server.caPath, join(runner.workspace, 'ca.pem'));
  canaries = canarySet();
  versions = await seed(server.vault, [...canaries.specs, { name: 'app-db', value: APP_DB }, { name: 'other', value: OTHER }]);
  expected = new Map([...canaries.expected, ['APP_DB', APP_DB]]);
  targets = [...canaries.targets, { label: 'APP_DB', value: APP_DB }];
  token = await server.tokenFor('Secrets User', '/secrets', 'ci-fetch');
  planted = [
    ...canaries.targets.filter((t) => /[0-9a-f]{12}/.test(t.value) || t.value === SHORT_VALUE),
    { label: 'app-db', value: APP_DB }, { label: 'other', value: OTHER },
    { label: 'vault token', value: token }, { label: 'admin token', value: server.adminToken },
    { label: 'request token (app)', value: REQUEST_TOKEN.app }, { label: 'request token (999)', value: REQUEST_TOKEN.recycled },
  ];
});

afterAll(async () => {
  await endpoint.close();
  await server.stop();
  runner.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('fetch from a live server with auth: token', () => {
  let main: StepResult;
  let gets: string[];

  beforeAll(async () => {
    const before = (await server.audit()).length;
    main = await runStep(runner, 'fetch', remoteInputs({ auth: 'token', token, secrets: canaries.selections(versions) }));
    gets = (await server.audit()).slice(before).filter((r) => r.operationName === 'SecretGet')
      .map((r) => `${r.resultType} ${r.identity.claim.name ?? '?'} ${String(r.properties.id)}`);
  });

  it('succeeds, and passes only inputs its action.yml declares', () => {
    expect(describeStep(main)).toMatch(/^exit 0;/);
    expect(errors(main)).toEqual([]);
    expect(main.unexpectedInputs).toEqual([]);
  });

  it('masks the token on the first line of stdout, before anything else', () => {
    expect(keyMaskedFirst(main, token)).toEqual([]);
  });

  it('masks every value, each line, its hex and base64url and each JSON leaf in one block, before any output that follows', () => {
    expect(maskOrderProblems(main, targets, DEFAULT_POLICY)).toEqual([]);
  });

  it('delivers every value to GITHUB_ENV (heredoc form) and the outputs exactly, under the names each form specifies', () => {
    expect(roundTripProblems(main.env, expected, 'env')).toEqual([]);
    expect(roundTripProblems(main.outputs, expected, 'output')).toEqual([]);
    expect(unexpectedEntries(main, expected)).toEqual([]);
    expect(entryProblems(main.envEntries)).toEqual([]);
    expect(entryProblems(main.outputEntries)).toEqual([]);
    expect([...(JSON.parse(main.outputs.get('names') ?? '[]') as string[])].sort()).toEqual([...expected.keys()].sort());
  });

  it('leaves the 3-character value unmasked and warns naming its secret', () => {
    expect(main.masks.map((m) => m.mask)).not.toContain(SHORT_VALUE);
    expect(main.annotations.filter((a) => a.level === 'warning' && a.text.includes("'short-one'"))).toHaveLength(1);
  });

  it('shows no value and no token in the log, the annotations, stderr, the summary or any file', () => {
    expect(logLeaks(main, planted)).toEqual([]);
    expect(main.summary).toContain('`db-password`');
    expect(main.summary.includes(token)).toBe(false);
    expect(fileLeaks(runner, planted)).toEqual([]);
  });

  it("is audited by the server: one SecretGet per distinct version fetched, under the token's principal", () => {
    const fetched = ['db-password', 'multi-line', 'special-chars', 'crlf-value', 'delimiter-prefix', 'heredoc-like', 'command-like',
      'short-one', 'unicode-value', 'big-value', 'svc-config', 'app-one', 'app-two', 'app-db'].map((name) => `/secrets/${name}/${versions.get(name)?.at(-1) ?? ''}`);
    fetched.push(`/secrets/versioned/${versions.get('versioned')?.[0] ?? ''}`);
    expect([...gets].sort()).toEqual(fetched.map((id) => `Success ci-fetch ${id}`).sort());
  });
});

describe('fetch from a live server with auth: oidc (the default)', () => {
  let allowed: StepResult;
  let allowedRequests: typeof endpoint.requests;

  beforeAll(async () => {
    const before = endpoint.requests.length;
    allowed = await runStep(runner, 'fetch', remoteInputs({ secrets: 'app-db' }), { env: oidcEnv(REQUEST_TOKEN.app) });
    allowedRequests = endpoint.requests.slice(before);
  });

  it('asks the runner for one ID token, for the audience of the vault origin, on the URL it was given', () => {
    expect(allowedRequests.map((r) => [r.path, r.audience, r.authorized])).toEqual([
      [`/token?x=1&audience=${encodeURIComponent(server.url)}`, server.url, true],
    ]);
  });

  it('fetches a secret the role assignment covers, and delivers it exactly', () => {
    expect(describeStep(allowed)).toMatch(/^exit 0;/);
    expect(Object.fromEntries(allowed.env)).toEqual({ APP_DB });
    expect(Object.fromEntries(allowed.outputs)).toEqual({ APP_DB, names: '["APP_DB"]' });
  });

  it('masks the ID token before the values it fetched, and never shows it', () => {
    const idToken = allowedRequests[0]?.token ?? '';
    const at = allowed.maskedAt.get(idToken);
    const valueAt = allowed.maskedAt.get(APP_DB);
    expect([at === undefined, valueAt === undefined]).toEqual([false, false]);
    expect((at ?? Infinity) < (valueAt ?? -Infinity)).toBe(true);
    expect(allowed.log.filter((line) => line.index < (at ?? 0)).map((line) => line.text)).toEqual([]);
    expect(maskOrderProblems(allowed, [{ label: 'APP_DB', value: APP_DB }])).toEqual([]);
    const secrets = [...planted, { label: 'ID token', value: idToken }];
    expect(logLeaks(allowed, secrets)).toEqual([]);
    expect(fileLeaks(runner, secrets)).toEqual([]);
  });

  it("is audited under the job's identity", async () => {
    const records = (await server.audit()).filter((r) => r.operationName === 'SecretGet' && r.properties.id === `/secrets/app-db/${versions.get('app-db')?.[0] ?? ''}`);
    expect(records.map((r) => [r.resultType, r.identity.claim.name, r.identity.claim.repository, r.identity.claim.repository_id])).toContainEqual(['Success', SUB, 'org/app', '123']);
  });

  it('is refused a secret outside the assignment: 403 naming the secret, nothing delivered, no value shown', async () => {
    const refused = await runStep(runner, 'fetch', remoteInputs({ secrets: 'app-db\nother' }), { env: oidcEnv(REQUEST_TOKEN.app) });
    expect(refused.status).toBe(1);
    expect(errors(refused)).toEqual([`${SUB} is not allowed to secrets/get on /secrets/other.`]);
    expect(delivered(refused)).toEqual([]);
    expect(logLeaks(refused, planted)).toEqual([]);
    expect(refused.summary.includes(OTHER)).toBe(false);
  });

  it('refuses everything to a token from another repository with the same name (repository_id 999)', async () => {
    const before = endpoint.requests.length;
    const steps = [
      await runStep(runner, 'fetch', remoteInputs({ secrets: 'app-db' }), { env: oidcEnv(REQUEST_TOKEN.recycled) }),
      await runStep(runner, 'fetch', remoteInputs({ secrets: 'other' }), { env: oidcEnv(REQUEST_TOKEN.recycled) }),
    ];
    expect(steps.map((s) => [s.status, errors(s), delivered(s)])).toEqual([
      [1, [`${SUB} is not allowed to secrets/get on /secrets/app-db.`], []],
      [1, [`${SUB} is not allowed to secrets/get on /secrets/other.`], []],
    ]);
    const issued = endpoint.requests.slice(before).map((r) => r.token ?? '');
    expect(issued).toHaveLength(2);
    for (const [i, step] of steps.entries()) {
      expect(step.maskedAt.has(issued[i] ?? '')).toBe(true);
      expect(logLeaks(step, [...planted, { label: 'ID token', value: issued[i] ?? '' }])).toEqual([]);
    }
  });

  it('fails with a 401 explanation when the token is for another audience', async () => {
    const step = await runStep(runner, 'fetch', remoteInputs({ secrets: 'app-db', audience: 'https://elsewhere.example' }), { env: oidcEnv(REQUEST_TOKEN.app) });
    expect(step.status).toBe(1);
    expect(endpoint.requests.at(-1)?.audience).toBe('https://elsewhere.example');
    expect(errors(step)).toHaveLength(1);
    expect(errors(step)[0]).toMatch(/refused the bearer token \(401 Unauthorized\): it is missing, expired, or issued for another audience/);
    expect(delivered(step)).toEqual([]);
  });

  it('fails naming the missing permission when the job has no ID-token request variables', async () => {
    const step = await runStep(runner, 'fetch', remoteInputs({ secrets: 'app-db' }));
    expect(step.status).toBe(1);
    expect(errors(step)).toHaveLength(1);
    expect(errors(step)[0]).toMatch(/permissions: id-token: write/);
  });

  it('leaves no value, token or request token in any file', () => {
    const idTokens = endpoint.requests.flatMap((r, i) => (r.token === undefined ? [] : [{ label: `ID token ${i}`, value: r.token }]));
    expect(runner.steps.flatMap((s) => logLeaks(s, [...planted, ...idTokens]))).toEqual([]);
    expect(fileLeaks(runner, [...planted, ...idTokens])).toEqual([]);
  });
});
