/**
 * A live `coffer serve` for the remote tests, in this process: a fresh data dir, the real
 * authenticator as `coffer serve` builds it (serverFactories().authenticatorFor: a 48-character
 * admin token, the vault's own tokens, and optionally OIDC against a local JWKS file), role
 * assignments written to the data dir's access file, TLS from the server's own CA. Plus:
 *
 * - TestIssuer: an RSA key pair and its JWKS file, signing GitHub-shaped OIDC tokens;
 * - startIdTokenEndpoint: a loopback HTTP server acting as the runner's ID-token service
 *   (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN), answering `{"value": <JWT>}` for the audience asked;
 * - runStep: SimulatedRunner.step without blocking. The runner's spawnSync blocks this process's
 *   event loop, so a server in this process could never answer the bundle it waits for; runStep
 *   runs the bundle with the same environment and files (asynchronously) and records the step
 *   on the runner, so that the checks in checks.ts (fileLeaks reads runner.steps) apply as they are.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';
import { serverFactories } from '../../../src/cli/commands/serve-setup.js';
import { principal } from '../../../src/core/access/principal.js';
import type { RoleAssignment, StoredRoleAssignment } from '../../../src/core/access/assignments.js';
import type { AuditRecord } from '../../../src/core/audit/record.js';
import { MasterKey } from '../../../src/core/crypto/master-key.js';
import type { LocalVault } from '../../../src/core/vault.js';
import { AccessFile } from '../../../src/server/auth/access-file.js';
import { mintToken, vaultTokenAudience } from '../../../src/server/auth/vault-token.js';
import type { RunningServer } from '../../../src/server/serve.js';
import type { Authenticator } from '../../../src/server/server.js';
import type { ActionName, Inputs, SimulatedRunner, StepOptions, StepResult } from './runner.js';

const SETUP = principal('live-setup');

export interface LiveServerOptions {
  /** Accept OIDC tokens from this issuer, verified with the keys in `jwksFile`. */
  readonly oidc?: {
    readonly issuer: string;
    readonly jwksFile: string;
    /** Default: the server's own URL, the audience the actions ask for by default. */
    readonly audience?: string;
  };
  /** Written to the access file before the authenticator loads it. */
  readonly assignments?: readonly RoleAssignment[];
}

export interface LiveServer {
  /** `https://127.0.0.1:<port>` */
  readonly url: string;
  readonly caPath: string;
  readonly adminToken: string;
  readonly running: RunningServer;
  /** The server's own vault (a LocalVault), for arranging objects and reading the audit log. */
  readonly vault: LocalVault;
  readonly assignments: readonly StoredRoleAssignment[];
  /** A vault token (HS256, 15 minutes) for `role` over `scope`, named `name`. */
  tokenFor(role: string, scope: string, name?: string): Promise<string>;
  audit(): Promise<AuditRecord[]>;
  stop(): Promise<void>;
}

export async function startLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const dir = mkdtempSync(join(tmpdir(), 'coffer-live-'));
  const adminToken = randomBytes(36).toString('base64url');
  const { startServer, authenticatorFor } = await serverFactories();
  let real: Authenticator | undefined;
  let running: RunningServer;
  try {
    running = await startServer({
      dataDir: join(dir, 'data'), masterKey: MasterKey.generate(), principal: principal('live-server'), host: '127.0.0.1', port: 0,
      // The OIDC audience is the server's URL, whose port is known once it listens: the real
      // authenticator is built right after, before anything can connect.
      authenticator: () => ({
        authenticate: (authorization, callerIpAddress) => {
          if (real === undefined) return Promise.reject(new Error('the authenticator is not ready'));
          return real.authenticate(authorization, callerIpAddress);
        },
      }),
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const { dataDir } = running;
    if (running.caPath === undefined) throw new Error('the server issued no CA');
    const access = AccessFile.load(dataDir.paths.access, dataDir.accessMacKey);
    const assignments: StoredRoleAssignment[] = [];
    for (const assignment of options.assignments ?? []) {
      assignments.push(await access.assign(assignment, { who: SETUP, record: (entry) => dataDir.vault.record(entry) }));
    }
    const { oidc } = options;
    real = authenticatorFor({ audience: oidc === undefined ? undefined : oidc.audience ?? running.url, issuer: oidc?.issuer, jwks: oidc?.jwksFile, adminToken })(dataDir);
    const caPath = running.caPath;
    return {
      url: running.url, caPath, adminToken, running, vault: dataDir.vault, assignments,
      tokenFor: async (role, scope, name = `live-${role.toLowerCase().replace(/ /g, '-')}`) => (await mintToken(
        { principal: name, role, scope, audience: vaultTokenAudience(dataDir.vault.vaultId) }, dataDir.tokenKey, new Date(),
      )).token,
      audit: async () => {
        const records: AuditRecord[] = [];
        for await (const record of dataDir.vault.readAudit()) records.push(record);
        return records;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The claims GitHub puts in a push run's ID token for org/app (ids as the role assignment binds them). */
export function pushClaims(overrides: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    sub: 'repo:org/app:ref:refs/heads/main',
    repository: 'org/app', repository_id: '123', repository_owner: 'org', repository_owner_id: '45',
    ref: 'refs/heads/main', ref_type: 'branch', sha: '0123456789abcdef0123456789abcdef01234567', event_name: 'push',
    runner_environment: 'github-hosted', workflow_ref: 'org/app/.github/workflows/deploy.yml@refs/heads/main',
    job_workflow_ref: 'org/app/.github/workflows/deploy.yml@refs/heads/main', actor: 'mona', actor_id: '583231',
    run_id: '8812345678', run_attempt: '1',
    ...overrides,
  };
}

/** An OIDC issuer's RSA key, its JWKS file, and RS256 tokens signed with it. */
export class TestIssuer {
  readonly issuer: string;
  readonly jwksFile: string;
  readonly kid: string;
  readonly #privateKey: CryptoKey;

  private constructor(issuer: string, jwksFile: string, kid: string, privateKey: CryptoKey) {
    this.issuer = issuer;
    this.jwksFile = jwksFile;
    this.kid = kid;
    this.#privateKey = privateKey;
  }

  /** A fresh key pair; its public key is written to `<dir>/jwks.json`. */
  static async create(issuer: string, dir: string): Promise<TestIssuer> {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
    const kid = `test-${randomBytes(4).toString('hex')}`;
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    const jwksFile = join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
    return new TestIssuer(issuer, jwksFile, kid, privateKey);
  }

  /** An ID token for `audience`, valid for five minutes from now, as GitHub issues them. */
  async sign(claims: JWTPayload, audience: string): Promise<string> {
    const iat = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claims, jti: randomUUID() })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.kid })
      .setIssuer(this.issuer).setAudience(audience).setIssuedAt(iat).setNotBefore(iat).setExpirationTime(iat + 300)
      .sign(this.#privateKey);
  }
}

/** One request the ID-token endpoint answered. */
export interface IdTokenRequest {
  readonly path: string;
  readonly audience: string | null;
  readonly authorized: boolean;
  /** The JWT answered; undefined when the request was refused. */
  readonly token: string | undefined;
}

export interface IdTokenEndpoint {
  /** `http://127.0.0.1:<port>/token?x=1`: ACTIONS_ID_TOKEN_REQUEST_URL. */
  readonly url: string;
  readonly requests: IdTokenRequest[];
  close(): Promise<void>;
}

/**
 * The runner's ID-token service: each request-token (ACTIONS_ID_TOKEN_REQUEST_TOKEN) is a job,
 * with the claims its ID token carries; the token is signed for the audience the request names.
 * An unknown request-token is answered 401.
 */
export async function startIdTokenEndpoint(issuer: TestIssuer, jobs: ReadonlyMap<string, JWTPayload>): Promise<IdTokenEndpoint> {
  const requests: IdTokenRequest[] = [];
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const audience = url.searchParams.get('audience');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const claims = bearer === undefined ? undefined : jobs.get(bearer);
    if (req.method !== 'GET' || url.pathname !== '/token' || claims === undefined || audience === null) {
      requests.push({ path: `${url.pathname}${url.search}`, audience, authorized: claims !== undefined, token: undefined });
      res.writeHead(claims === undefined ? 401 : 400, { 'content-type': 'application/json' }).end('{"message":"refused"}');
      return;
    }
    const token = await issuer.sign(claims, audience);
    requests.push({ path: `${url.pathname}${url.search}`, audience, authorized: true, token });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 1, value: token }));
  };
  const server = createServer((req, res) => {
    req.resume();
    answer(req, res).catch(() => { res.writeHead(500).end(); });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => { resolve(); });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/token?x=1`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    }),
  };
}

/** SimulatedRunner.stepAsync: the bundle runs without blocking this process, where the server lives. */
export function runStep(runner: SimulatedRunner, action: ActionName, inputs: Inputs, options: StepOptions = {}): Promise<StepResult> {
  return runner.stepAsync(action, inputs, { ...options, timeoutMs: Math.min(options.timeoutMs ?? 30_000, 30_000) });
}
