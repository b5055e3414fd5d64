/**
 * Runs the real `coffer` bundle (dist/cli/index.js; `npm run bundle` first) as a child
 * process, in a fresh temporary folder, with an environment built from nothing but PATH, so
 * that no COFFER_* or GITHUB_* variable of the machine running the tests leaks in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export const BUNDLE = resolve('dist/cli/index.js');

export interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Bytes or text on stdin; none means an empty stdin. */
  readonly input?: string | Buffer;
  /** Extra variables; `undefined` removes one set by the sandbox. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A temporary folder holding a vault, with the environment to reach it. */
export class Sandbox {
  readonly dir: string;
  readonly env: Record<string, string | undefined>;
  /** Every result, so that a test can check all output for a canary. */
  readonly results: Result[] = [];

  constructor() {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run 'npm run bundle' first.`);
    this.dir = mkdtempSync(join(tmpdir(), 'coffer-cli-'));
    this.env = { PATH: process.env.PATH };
  }

  path(relative: string): string {
    return join(this.dir, relative);
  }

  run(args: readonly string[], options: RunOptions = {}): Result {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...this.env, ...options.env })) if (value !== undefined) env[name] = value;
    const child = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: this.dir, env, input: options.input ?? '', encoding: 'utf8' });
    const result = { status: child.status, stdout: child.stdout, stderr: child.stderr };
    this.results.push(result);
    return result;
  }

  /** Creates the default vault (.coffer/vault.json) and puts its key in COFFER_KEY. */
  init(extra: readonly string[] = []): string {
    const result = this.run(['init', ...extra]);
    if (result.status !== 0) throw new Error(`init failed: ${result.stderr}`);
    const key = result.stdout.trim();
    this.env.COFFER_KEY = key;
    return key;
  }

  /** Writes a file with an exact mode (chmod, so the umask cannot change it). */
  writeFile(relative: string, content: string | Buffer, mode = 0o600): string {
    const path = this.path(relative);
    writeFileSync(path, content);
    chmodSync(path, mode);
    return path;
  }

  read(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A value no output should contain unless it is asked for. */
export function canary(): string {
  return `canary-${randomBytes(12).toString('hex')}`;
}

/** The forms in which a value could leak: as is, and in the encodings a careless writer uses. */
export function leakForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  return [value, bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')];
}

/** Properties of one version as `--json` prints them. */
export interface PropertiesJson {
  name: string;
  version: string;
  enabled: boolean;
  notBefore: string | null;
  expiresOn: string | null;
  createdOn: string;
  updatedOn: string;
  contentType: string | null;
  tags: Record<string, string>;
  managed: boolean;
  recoverableDays: number;
  recoveryLevel: string;
}

/** Parses a command's JSON output. */
export function json(result: Result): unknown {
  return JSON.parse(result.stdout);
}

/** The keys of `--json` properties, in the documented order. */
export const PROPERTY_KEYS = ['name', 'version', 'enabled', 'notBefore', 'expiresOn', 'createdOn', 'updatedOn', 'contentType', 'tags', 'managed', 'recoverableDays', 'recoveryLevel'];
